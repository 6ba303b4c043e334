//! Entry point of the annotation worker (built by Trunk as `worker.js`).

use gloo_worker::Registrable;
use standpoint_web::codec::JsCodec;
use standpoint_web::worker::Annotator;

fn main() {
    Annotator::install();
    Annotator::registrar().encoding::<JsCodec>().register();
}
