//! The web workers that keep the page responsive: one annotates (started with the page), one
//! does the rarer file work — reading a saved web page or an export, writing exports — and is
//! started the first time it is needed, so its code is not part of the first page load.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_worker::{HandlerId, Spawnable, Worker, WorkerBridge, WorkerScope};
use serde::{Deserialize, Serialize};
use standpoint_core::{annotate, CharRange, Document, Options};

use crate::codec::JsCodec;
use crate::io::{self, Opened};

/// Where Trunk puts the workers' loader scripts, relative to the page.
pub const ANNOTATOR_URL: &str = "./worker_loader.js";
/// See [`ANNOTATOR_URL`].
pub const FILER_URL: &str = "./files_loader.js";

/// The script a worker starts from: Trunk's loader by default, or the Blob URL that the
/// self-contained page (`standpoint.html`) made for it, found in `globalThis.standpointWorkers`.
fn worker_url(name: &str, default: &str) -> String {
    js_sys::Reflect::get(&js_sys::global(), &"standpointWorkers".into())
        .ok()
        .filter(|w| w.is_object())
        .and_then(|w| js_sys::Reflect::get(&w, &name.into()).ok())
        .and_then(|u| u.as_string())
        .unwrap_or_else(|| default.to_string())
}

/// A text to annotate.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// Increases with every edit, so the page can drop stale answers.
    pub seq: u64,
    /// The article.
    pub text: String,
    /// Optional target spans for `target_stances`.
    pub targets: Vec<CharRange>,
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

/// File work.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum FileRequest {
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

/// The file worker's answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum FileReply {
    /// An opened file.
    Opened(Result<Opened, String>),
    /// Export files: (name, MIME type, contents).
    Exported(Vec<(String, String, String)>),
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

/// Annotates one request, timing the core.
pub fn annotate_request(req: Request) -> Response {
    let t0 = now_ms();
    let options = Options {
        id: None,
        targets: req.targets,
        include_text: false,
    };
    let doc = annotate(&req.text, &options);
    Response {
        seq: req.seq,
        doc,
        elapsed_ms: now_ms() - t0,
    }
}

/// Builds the core's lexicons and stance model before the first request arrives, so the first
/// article does not wait for them: the worker does this while the page is still starting.
pub fn warm_up() {
    let _ = annotate("“We will sign,” Ana Ruiz said on Monday.", &Options::default());
}

/// Does one piece of file work.
pub fn file_request(req: FileRequest) -> FileReply {
    match req {
        FileRequest::Open { name, contents } => FileReply::Opened(io::open(&name, &contents)),
        FileRequest::Export { which, doc, text, stem } => FileReply::Exported(
            io::export_files(which, &doc, &text, &stem)
                .into_iter()
                .map(|(n, m, c)| (n, m.to_string(), c))
                .collect(),
        ),
    }
}

/// Declares a worker whose work function only its own binary installs: the page shares the
/// type (it fixes the messages) without carrying the work's code.
macro_rules! worker {
    ($name:ident, $input:ty, $output:ty, $handler:ident, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug)]
        pub struct $name;

        impl $name {
            /// Makes this thread (the worker) answer requests.
            pub fn install() {
                let _ = $handler.set(|req| Self::work(req));
            }
        }

        static $handler: std::sync::OnceLock<fn($input) -> $output> = std::sync::OnceLock::new();

        impl Worker for $name {
            type Message = ();
            type Input = $input;
            type Output = $output;

            fn create(_scope: &WorkerScope<Self>) -> Self {
                $name
            }

            fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

            fn received(&mut self, scope: &WorkerScope<Self>, req: Self::Input, id: HandlerId) {
                if let Some(handler) = $handler.get() {
                    scope.respond(id, handler(req));
                }
            }
        }
    };
}

worker!(Annotator, Request, Response, ANNOTATOR, "The annotating worker.");
worker!(Filer, FileRequest, FileReply, FILER, "The file worker.");

impl Annotator {
    fn work(req: Request) -> Response {
        annotate_request(req)
    }
}

impl Filer {
    fn work(req: FileRequest) -> FileReply {
        file_request(req)
    }
}

/// The page's connection to both workers, shared through a Yew context.
#[derive(Clone)]
pub struct Link {
    annotator: Rc<WorkerBridge<Annotator>>,
    filer: Rc<RefCell<Option<WorkerBridge<Filer>>>>,
    on_file: Rc<dyn Fn(FileReply)>,
}

impl Link {
    /// Starts the annotating worker; `on_annotated` receives its answers and `on_file` the
    /// file worker's (which starts on first use).
    pub fn start(on_annotated: impl Fn(Response) + 'static, on_file: impl Fn(FileReply) + 'static) -> Link {
        let mut spawner = Annotator::spawner();
        spawner.callback(on_annotated);
        let mut spawner = spawner.encoding::<JsCodec>();
        Link {
            annotator: Rc::new(
                spawner
                    .with_loader(true)
                    .as_module(false)
                    .spawn(&worker_url("annotator", ANNOTATOR_URL)),
            ),
            filer: Rc::new(RefCell::new(None)),
            on_file: Rc::new(on_file),
        }
    }

    /// Asks for an annotation.
    pub fn annotate(&self, req: Request) {
        self.annotator.send(req);
    }

    /// Asks for file work, starting the file worker if needed.
    pub fn file(&self, req: FileRequest) {
        let mut filer = self.filer.borrow_mut();
        let bridge = filer.get_or_insert_with(|| {
            let on_file = self.on_file.clone();
            let mut spawner = Filer::spawner();
            spawner.callback(move |reply| on_file(reply));
            let mut spawner = spawner.encoding::<JsCodec>();
            spawner
                .with_loader(true)
                .as_module(false)
                .spawn(&worker_url("files", FILER_URL))
        });
        bridge.send(req);
    }
}

impl PartialEq for Link {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.annotator, &other.annotator)
    }
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Link")
    }
}
