//! Entry point of the annotation worker (built by Trunk as `worker.js`).

use gloo_worker::Registrable;
use standpoint_web::codec::JsCodec;
use standpoint_web::worker::{warm_up, Annotator};

fn main() {
    Annotator::install();
    Annotator::registrar().encoding::<JsCodec>().register();
    // Requests that arrive meanwhile wait in the event queue until this returns.
    warm_up();
}
