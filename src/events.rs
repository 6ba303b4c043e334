//! The messages between the page and the library view, which runs in a wasm of its own (see
//! [`crate::across`]): JSON in the `detail` of a DOM event on the window, the one channel two
//! wasm modules on one page share.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::Pending;

/// The event's name.
pub const EVENT: &str = "standpoint-library";

/// What one side tells the other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Message {
    /// The page to the view: draw yourself in `#library-root` (again), reading the library.
    Show,
    /// The view to the page: open this saved article and select this in it.
    Open {
        /// The library id.
        entry: String,
        /// What to select.
        pending: Pending,
    },
    /// The view to the page: back to the article.
    Back,
}

/// Sends a message to the other side.
pub fn send(m: &Message) {
    let (Some(w), Ok(json)) = (web_sys::window(), serde_json::to_string(m)) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(&json));
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(EVENT, &init) {
        let _ = w.dispatch_event(&e);
    }
}

/// Calls `f` with every message until the returned function is called.
pub fn listen(f: impl Fn(Message) + 'static) -> impl FnOnce() {
    let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        if let Some(m) = e.detail().as_string().and_then(|s| serde_json::from_str(&s).ok()) {
            f(m);
        }
    });
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback(EVENT, listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = &window {
            let _ = w.remove_event_listener_with_callback(EVENT, listener.as_ref().unchecked_ref());
        }
        drop(listener);
    }
}
