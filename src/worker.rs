//! The web worker that runs the core, so the page never blocks: annotating, and the heavier
//! file work (reading a saved web page or an export, writing exports).

use std::rc::Rc;

use gloo_worker::{HandlerId, Worker, WorkerBridge, WorkerScope};
use serde::{Deserialize, Serialize};
use standpoint_core::{annotate, CharRange, Document, Options};

use crate::io::{self, Opened};

/// Something for the worker to do.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Request {
    /// Annotate a text.
    Annotate {
        /// Increases with every edit, so the page can drop stale answers.
        seq: u64,
        /// The article.
        text: String,
        /// Optional target spans for `target_stances`.
        targets: Vec<CharRange>,
    },
    /// Turn a file into an article or an import.
    Open {
        /// The file's name.
        name: String,
        /// Its contents.
        contents: String,
    },
    /// Write an export.
    Export {
        /// Which export (an index into [`io::EXPORTS`]).
        which: usize,
        /// The annotation.
        doc: Box<Document>,
        /// The article.
        text: String,
        /// The file name stem.
        stem: String,
    },
}

/// An annotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The request's `seq`.
    pub seq: u64,
    /// The document.
    pub doc: Document,
    /// Time spent in the core, in milliseconds.
    pub elapsed_ms: f64,
}

/// The worker's answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Reply {
    /// An annotation.
    Annotated(Response),
    /// An opened file.
    Opened(Result<Opened, String>),
    /// Export files: (name, MIME type, contents).
    Exported(Vec<(String, String, String)>),
}

/// The worker.
///
/// The page and the worker share this type (it fixes the message types), but only the worker
/// binary installs the function that does the work ([`Annotator::install`]), so the page's
/// wasm carries neither the core's lexicons and models nor the export code.
#[derive(Debug)]
pub struct Annotator;

/// The function that answers requests, set by the worker binary.
static HANDLER: std::sync::OnceLock<fn(Request) -> Reply> = std::sync::OnceLock::new();

impl Annotator {
    /// Makes this thread (the worker) answer requests with [`handle`].
    pub fn install() {
        let _ = HANDLER.set(handle);
    }
}

/// Answers one request.
pub fn handle(req: Request) -> Reply {
    match req {
        Request::Annotate { seq, text, targets } => {
            let t0 = now_ms();
            let options = Options {
                id: None,
                targets,
                include_text: false,
            };
            let doc = annotate(&text, &options);
            Reply::Annotated(Response {
                seq,
                doc,
                elapsed_ms: now_ms() - t0,
            })
        }
        Request::Open { name, contents } => Reply::Opened(io::open(&name, &contents)),
        Request::Export { which, doc, text, stem } => Reply::Exported(
            io::export_files(which, &doc, &text, &stem)
                .into_iter()
                .map(|(n, m, c)| (n, m.to_string(), c))
                .collect(),
        ),
    }
}

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
    type Output = Reply;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Annotator
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, req: Self::Input, id: HandlerId) {
        if let Some(handler) = HANDLER.get() {
            scope.respond(id, handler(req));
        }
    }
}

/// The page's connection to the worker, shared through a Yew context.
#[derive(Clone)]
pub struct Link(pub Rc<WorkerBridge<Annotator>>);

impl Link {
    /// Sends a request.
    pub fn send(&self, req: Request) {
        self.0.send(req);
    }
}

impl PartialEq for Link {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Link")
    }
}
