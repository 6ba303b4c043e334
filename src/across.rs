//! The library view's own wasm (`src/bin/library.rs`): started by the page when the view first
//! opens, it reads the saved articles from IndexedDB, joins them with the core's corpus room
//! and draws [`CorpusView`] into `#library-root`; each later [`Message::Show`] draws it again
//! from a fresh read. The page side is [`load`].

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::components::corpus::{CorpusView, Library};
use crate::events::{self, Message};

thread_local! {
    static APP: RefCell<Option<yew::AppHandle<Across>>> = const { RefCell::new(None) };
}

/// The view's root: the library, once read.
#[function_component]
fn Across() -> Html {
    let lib = use_state(|| None::<Rc<Library>>);
    {
        let lib = lib.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                // A store that cannot be read shows as an empty library; the page reports
                // the store's own errors.
                let entries = crate::store::list().await.unwrap_or_default();
                lib.set(Some(Rc::new(Library::read(entries))));
            });
        });
    }
    html! { <CorpusView lib={(*lib).clone()} /> }
}

/// Draws the view into `#library-root`, replacing an earlier drawing.
fn show() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("library-root"))
    else {
        return;
    };
    APP.with(|app| {
        if let Some(old) = app.borrow_mut().take() {
            old.destroy();
        }
        *app.borrow_mut() = Some(yew::Renderer::<Across>::with_root(root).render());
    });
}

/// The view's entry point: draw now, and again on every [`Message::Show`].
pub fn start() {
    show();
    let stop = events::listen(|m| {
        if m == Message::Show {
            show();
        }
    });
    // Listens for the page's lifetime.
    std::mem::forget(stop);
}

/// Adds a script element loading `src` to the page.
fn add_script(doc: &web_sys::Document, src: &str) -> Option<web_sys::HtmlScriptElement> {
    let s = doc
        .create_element("script")
        .ok()?
        .dyn_into::<web_sys::HtmlScriptElement>()
        .ok()?;
    s.set_src(src);
    doc.body()?.append_child(&s).ok()?;
    Some(s)
}

/// The page side: starts the view's wasm the first time (from its files, or from the Blob URL
/// the one-file app made for it), and asks a running one to draw itself again.
pub fn load() {
    let Some((w, doc)) = web_sys::window().and_then(|w| w.document().map(|d| (w, d))) else {
        return;
    };
    let started = js_sys::Reflect::get(&w, &"standpointLibraryStarted".into()).is_ok_and(|v| v.is_truthy());
    if started {
        events::send(&Message::Show);
        return;
    }
    let _ = js_sys::Reflect::set(&w, &"standpointLibraryStarted".into(), &true.into());
    // The one-file app's Blob starts itself; the hosted files need the boot script after them.
    if let Some(url) = crate::link::blob_url("library") {
        add_script(&doc, &url);
        return;
    }
    if let Some(glue) = add_script(&doc, "./library.js") {
        let boot = wasm_bindgen::closure::Closure::once_into_js(move || {
            add_script(&doc, "./library-boot.js");
        });
        glue.set_onload(Some(boot.unchecked_ref()));
    }
}
