//! Small helpers over the browser: the theme to start with, whether the page came from a
//! file, the service worker, the next paint, focus.

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::io;
use crate::state::{Action, Theme};

/// The theme to start with: the saved choice, else the system's.
pub fn initial_theme() -> Theme {
    match io::pref("standpoint.theme").as_deref() {
        Some("dark") => Theme::Dark,
        Some("light") => Theme::Light,
        _ => {
            let dark = web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .is_some_and(|m| m.matches());
            if dark {
                Theme::Dark
            } else {
                Theme::Light
            }
        }
    }
}

/// Puts the theme on the root element, so the whole page follows it.
pub fn apply_theme(theme: Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}

/// Whether the page was opened from a file (the self-contained `standpoint.html`).
pub fn from_file() -> bool {
    web_sys::window().is_some_and(|w| w.location().protocol().is_ok_and(|p| p == "file:"))
}

/// Registers the service worker, so that the app works offline after one visit (not from a
/// file, and not where the browser has none).
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let http = window
        .location()
        .protocol()
        .is_ok_and(|p| p == "http:" || p == "https:");
    let has_sw = js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false);
    if http && has_sw {
        let _ = window.navigator().service_worker().register("./sw.js");
    }
}

/// Runs `f` once the browser has painted the current frame.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return f() };
    let cb = Closure::once_into_js(move || {
        // The animation frame comes before the paint; a task queued from it runs after.
        Timeout::new(0, f).forget();
    });
    if window.request_animation_frame(cb.unchecked_ref()).is_err() {
        // No animation frames (a hidden page): nothing is painted anyway.
    }
}

/// Whether focus is in a field where keys type text.
pub fn typing() -> bool {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "textarea" | "input" | "select") || el.has_attribute("contenteditable")
}

/// Whether focus is inside the element matching `selector`.
pub fn focus_within(selector: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| e.closest(selector).ok().flatten().is_some())
}

/// Moves focus to the element matching `selector`.
pub fn focus(selector: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Switches to the other theme, remembering the choice: the action that shows it.
pub fn switch_theme(current: Theme) -> Action {
    let next = if current == Theme::Light {
        Theme::Dark
    } else {
        Theme::Light
    };
    io::set_pref("standpoint.theme", next.as_str());
    Action::SetTheme(next)
}

/// Brings `target` into the middle of the view (smoothly, unless the reader asked for less
/// motion) and gives it focus.
pub fn show_and_focus(target: &web_sys::Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    let reduce = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches());
    opts.set_behavior(if reduce {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    target.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Some(h) = target.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}
