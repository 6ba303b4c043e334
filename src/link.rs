//! The page side of the workers: the [`Link`] the page keeps to both, shared through a Yew
//! context. Both start on first use: the annotating worker when an article needs annotating
//! or the page has shown its first one and is idle ([`Link::warm`]); the file worker when a
//! file is opened, pasted rich text read, or an export written.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_worker::{Spawnable, Worker, WorkerBridge};
use serde::{Deserialize, Serialize};

use crate::codec::JsCodec;
use crate::protocol::{FileReply, FileRequest, Request, Response};
use crate::worker::{Annotator, Filer};

/// Where Trunk puts the annotating worker's loader script, relative to the page.
pub const ANNOTATOR_URL: &str = "./annotator_loader.js";
/// Where Trunk puts the file worker's loader script, relative to the page.
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
    annotator: Rc<RefCell<Option<WorkerBridge<Annotator>>>>,
    on_annotated: Rc<dyn Fn(Response)>,
    filer: Rc<RefCell<Option<WorkerBridge<Filer>>>>,
    on_file: Rc<dyn Fn(FileReply)>,
}

impl Link {
    /// A link that starts no worker yet: `on_annotated` will receive the annotating worker's
    /// answers and `on_file` the file worker's.
    pub fn new(on_annotated: impl Fn(Response) + 'static, on_file: impl Fn(FileReply) + 'static) -> Link {
        Link {
            annotator: Rc::new(RefCell::new(None)),
            on_annotated: Rc::new(on_annotated),
            filer: Rc::new(RefCell::new(None)),
            on_file: Rc::new(on_file),
        }
    }

    /// Starts the annotating worker, if it is not running, so the next article does not wait
    /// while it loads and builds its lexicons.
    pub fn warm(&self) {
        let on = self.on_annotated.clone();
        self.annotator
            .borrow_mut()
            .get_or_insert_with(|| spawn("annotator", ANNOTATOR_URL, move |r| on(r)));
    }

    /// Asks for an annotation, starting the annotating worker if needed.
    pub fn annotate(&self, req: Request) {
        self.warm();
        if let Some(bridge) = self.annotator.borrow().as_ref() {
            bridge.send(req);
        }
    }

    /// Asks for file work, starting the file worker if needed.
    pub fn file(&self, req: FileRequest) {
        let on = self.on_file.clone();
        let mut filer = self.filer.borrow_mut();
        filer
            .get_or_insert_with(|| spawn("files", FILER_URL, move |r| on(r)))
            .send(req);
    }
}

/// Starts a worker (a classic worker, from Trunk's loader or the one-file app's Blob).
fn spawn<W>(name: &str, default: &str, on: impl Fn(W::Output) + 'static) -> WorkerBridge<W>
where
    W: Worker + 'static,
    W::Input: Serialize + for<'de> Deserialize<'de>,
    W::Output: Serialize + for<'de> Deserialize<'de>,
{
    let mut spawner = W::spawner();
    spawner.callback(on);
    let mut spawner = spawner.encoding::<JsCodec>();
    spawner
        .with_loader(true)
        .as_module(false)
        .spawn(&worker_url(name, default))
}

impl PartialEq for Link {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.annotator, &other.annotator) && Rc::ptr_eq(&self.filer, &other.filer)
    }
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Link")
    }
}
