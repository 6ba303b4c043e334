//! Keyboard shortcuts: j/k for quotes, 1–4 for layers, t between text and panels, e to edit
//! and back, d for the theme, ? for help, Escape to close, leave the editor or unselect. Single keys act unless they are
//! switched off or focus is in a text field; Alt with the key always acts.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::UseReducerDispatcher;

use crate::browser::{focus, focus_within, switch_theme, typing};
use crate::state::{Action, Layer, State, Tab, Theme, View};

/// What the shortcuts read of the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mode {
    /// Whether single keys act.
    pub shortcuts: bool,
    /// Whether the help is open.
    pub help: bool,
    /// The theme.
    pub theme: Theme,
    /// Whether the editor is shown.
    pub editing: bool,
    /// The panel the tab bar shows on narrow screens (the one `t` moves to).
    pub tab: Tab,
    /// Whether the library view is shown (where only Escape, back to the article, acts).
    pub library: bool,
}

/// The action for a key, if it is a shortcut ("t" moves focus and changes nothing).
fn shortcut(key: &str, mode: Mode) -> Option<Action> {
    let theme = mode.theme;
    Some(match key {
        "j" | "n" => Action::StepQuote(1),
        "k" | "p" => Action::StepQuote(-1),
        "1" => Action::Toggle(Layer::Quotes),
        "2" => Action::Toggle(Layer::Actors),
        "3" => Action::Toggle(Layer::Stances),
        "4" => Action::Toggle(Layer::Dates),
        "d" => switch_theme(theme),
        "?" => Action::SetHelp(true),
        "t" => {
            // Between the article and the panels.
            if focus_within("#article") {
                focus(&format!("#{}", mode.tab.id()));
            } else {
                focus("#article");
            }
            return None;
        }
        "e" => Action::SetEditing(!mode.editing),
        _ => return None,
    })
}

/// The key a shortcut reads from an event: the key itself, or with Alt the key's code
/// ("KeyJ" → "j", "Digit1" → "1", "Slash" → "?").
fn key_of(e: &web_sys::KeyboardEvent) -> String {
    if !e.alt_key() {
        return e.key();
    }
    let key = e
        .code()
        .trim_start_matches("Key")
        .trim_start_matches("Digit")
        .to_ascii_lowercase();
    if key == "slash" {
        "?".to_string()
    } else {
        key
    }
}

/// Handles one key press in the given mode.
fn on_key(e: &web_sys::KeyboardEvent, d: &UseReducerDispatcher<State>, mode: Mode) {
    if e.ctrl_key() || e.meta_key() {
        return;
    }
    if mode.library {
        if e.key() == "Escape" && !mode.help {
            d.dispatch(Action::SetView(View::Article));
        }
        return;
    }
    if e.key() == "Escape" {
        d.dispatch(if mode.help {
            Action::SetHelp(false)
        } else if mode.editing {
            Action::SetEditing(false)
        } else {
            Action::Select(None)
        });
        return;
    }
    if mode.help || !(e.alt_key() || (mode.shortcuts && !typing())) {
        return;
    }
    let key = key_of(e);
    if let Some(action) = shortcut(&key, mode) {
        e.prevent_default();
        d.dispatch(action);
    } else if key == "t" {
        e.prevent_default();
    }
}

/// Listens for shortcuts on the window until the returned function is called.
pub fn listen(d: UseReducerDispatcher<State>, mode: Mode) -> impl FnOnce() {
    let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
        on_key(&e, &d, mode);
    });
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = &window {
            let _ = w.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
        }
        drop(listener);
    }
}
