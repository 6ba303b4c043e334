//! The page side of the workers: the [`Link`] the page keeps to both, shared through a Yew
//! context. The annotating worker starts with the page; the file worker on first use.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_worker::{Spawnable, WorkerBridge};

use crate::codec::JsCodec;
use crate::protocol::{FileReply, FileRequest, Request, Response};
use crate::worker::{Annotator, Filer};

/// The annotating worker's loader, relative to the page: a module that starts the page's own
/// wasm in the worker (`tools/postbuild.py` writes it with the names Trunk gave them).
pub const ANNOTATOR_URL: &str = "./annotator_loader.js";
/// Where Trunk puts the file worker's loader script, relative to the page.
/// See [`ANNOTATOR_URL`].
pub const FILER_URL: &str = "./files_loader.js";

/// The Blob URL the self-contained page (`standpoint.html`) made for a bundle (a worker, or
/// the library view), found in `globalThis.standpointWorkers`; `None` on a hosted page.
pub fn blob_url(name: &str) -> Option<String> {
    js_sys::Reflect::get(&js_sys::global(), &"standpointWorkers".into())
        .ok()
        .filter(|w| w.is_object())
        .and_then(|w| js_sys::Reflect::get(&w, &name.into()).ok())
        .and_then(|u| u.as_string())
}

/// The script a worker starts from: Trunk's loader by default, or its [`blob_url`].
fn worker_url(name: &str, default: &str) -> String {
    blob_url(name).unwrap_or_else(|| default.to_string())
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
                // Hosted, a module worker that imports the page's own glue; in the one-file
                // app a classic worker from a Blob (see tools/single.py).
                spawner
                    .with_loader(true)
                    .as_module(blob_url("annotator").is_none())
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
