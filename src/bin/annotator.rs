//! Entry point of the annotating worker (built by Trunk as `annotator.js`): the core with its
//! lexicons and models. The page starts it once it has shown the first article (a sample,
//! annotated at build time) and the page is idle, or as soon as an article needs annotating.

use gloo_worker::Registrable;
use standpoint_web::codec::JsCodec;
use standpoint_web::worker::{warm_up, Annotator};

fn main() {
    Annotator::install();
    Annotator::registrar().encoding::<JsCodec>().register();
    // Requests that arrive meanwhile wait in the event queue until this returns.
    warm_up();
}
