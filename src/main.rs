//! Entry point of the page, and of the annotating worker: the worker runs this same wasm (one
//! runtime, one copy of serde and the allocator in the first load, instead of two), so here
//! it registers the annotator instead of drawing the page.

use gloo_worker::Registrable;
use standpoint_web::codec::JsCodec;
use standpoint_web::worker::{warm_up, Annotator};

fn main() {
    // A worker has no `document`.
    let in_worker = js_sys::Reflect::get(&js_sys::global(), &"document".into()).map_or(true, |d| d.is_undefined());
    if in_worker {
        Annotator::install();
        Annotator::registrar().encoding::<JsCodec>().register();
        // Requests that arrive meanwhile wait in the event queue until this returns.
        warm_up();
    } else {
        yew::Renderer::<standpoint_web::app::App>::new().render();
    }
}
