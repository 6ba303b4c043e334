//! The worker side: the two web workers that keep the page responsive, each a wasm of its own
//! started on first use, so neither is part of the first page load. One annotates (the core
//! and its models); one does the rarer file work — reading a saved web page or an export,
//! writing exports. The page side is [`crate::link`].

use gloo_worker::{HandlerId, Worker, WorkerScope};
use standpoint_core::{annotate, Meta, Options};

use crate::io;
use crate::protocol::{FileReply, FileRequest, Request, Response};

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
        targets: req.targets,
        meta: Meta {
            date: req.page.date,
            captions: req.page.captions,
            ..Meta::default()
        },
        ..Options::default()
    };
    let doc = annotate(&req.text, &options);
    Response {
        seq: req.seq,
        doc,
        elapsed_ms: Some(now_ms() - t0),
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
        FileRequest::Paste { html } => FileReply::Pasted(standpoint_core::html::fragment_text(&html)),
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
