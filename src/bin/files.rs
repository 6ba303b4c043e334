//! Entry point of the file worker (built by Trunk as `files.js`): reads saved web pages and
//! imports, writes exports. The page starts it the first time a file is opened or exported.

use gloo_worker::Registrable;
use standpoint_web::codec::JsCodec;
use standpoint_web::worker::Filer;

fn main() {
    Filer::install();
    Filer::registrar().encoding::<JsCodec>().register();
}
