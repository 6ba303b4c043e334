//! The web worker that runs the core, so that annotating never blocks the page.

use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use standpoint_core::{annotate, CharRange, Document, Options};

/// A request to annotate one text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// Increases with every edit, so the page can drop stale answers.
    pub seq: u64,
    /// The article.
    pub text: String,
    /// Optional target spans for `target_stances`.
    pub targets: Vec<CharRange>,
}

/// The annotated document for a request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Response {
    /// The request's `seq`.
    pub seq: u64,
    /// The document.
    pub doc: Document,
    /// Time spent in the core, in milliseconds.
    pub elapsed_ms: f64,
}

/// The worker: one `annotate` call per request.
#[derive(Debug)]
pub struct Annotator;

fn now_ms() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| {
            let now = js_sys::Reflect::get(&p, &"now".into()).ok()?;
            let f: js_sys::Function = now.into();
            f.call0(&p).ok()?.as_f64()
        })
        .unwrap_or(0.0)
}

impl Worker for Annotator {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Annotator
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, req: Self::Input, id: HandlerId) {
        let t0 = now_ms();
        let options = Options {
            id: None,
            targets: req.targets,
            include_text: false,
        };
        let doc = annotate(&req.text, &options);
        let elapsed_ms = now_ms() - t0;
        scope.respond(
            id,
            Response {
                seq: req.seq,
                doc,
                elapsed_ms,
            },
        );
    }
}
