//! The top-level component: toolbar, editor, annotated article, panels, and the worker behind
//! them; keyboard shortcuts, the theme, and the service worker.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::article::Article;
use crate::components::editor::Editor;
use crate::components::help::Help;
use crate::components::library::{load as load_library, LibraryPanel};
use crate::components::panels::{ActorsPanel, DetailsPanel, QuotesPanel, StancesPanel, TimelinePanel};
use crate::components::toolbar::{file_reply, on_drag_over, on_drop, Toolbar};
use crate::io;
use crate::samples::SAMPLES;
use crate::state::{Action, Layer, Selection, State, Theme};
use crate::worker::{Link, Request};

/// How long typing must pause before the text is annotated again.
const DEBOUNCE_MS: u32 = 250;

/// The theme to start with: the saved choice, else the system's.
fn initial_theme() -> Theme {
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

/// Whether the page was opened from a file (the self-contained `standpoint.html`).
fn from_file() -> bool {
    web_sys::window().is_some_and(|w| w.location().protocol().is_ok_and(|p| p == "file:"))
}

/// Registers the service worker, so that the app works offline after one visit (not from a
/// file, and not where the browser has none).
fn register_service_worker() {
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
fn after_paint(f: impl FnOnce() + 'static) {
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
fn typing() -> bool {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "textarea" | "input" | "select") || el.has_attribute("contenteditable")
}

fn focus(selector: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The action for a key, if it is a shortcut.
fn shortcut(key: &str, theme: Theme) -> Option<Action> {
    Some(match key {
        "j" | "n" => Action::StepQuote(1),
        "k" | "p" => Action::StepQuote(-1),
        "1" => Action::Toggle(Layer::Quotes),
        "2" => Action::Toggle(Layer::Actors),
        "3" => Action::Toggle(Layer::Stances),
        "4" => Action::Toggle(Layer::Dates),
        "d" => {
            let next = if theme == Theme::Light {
                Theme::Dark
            } else {
                Theme::Light
            };
            io::set_pref("standpoint.theme", next.as_str());
            Action::SetTheme(next)
        }
        "?" => Action::SetHelp(true),
        "t" => {
            // Between the article and the panels.
            let in_article = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_some_and(|e| e.closest("#article").ok().flatten().is_some());
            focus(if in_article { "#actors" } else { "#article" });
            return None;
        }
        "e" => {
            focus("#article-text");
            return None;
        }
        _ => return None,
    })
}

/// The app.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let shortcuts = io::pref("standpoint.shortcuts").as_deref() != Some("off");
        State::new(
            SAMPLES[0].text,
            Some(SAMPLES[0].title.to_string()),
            initial_theme(),
            shortcuts,
        )
    });
    let link = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let d = dispatcher.clone();
            Link::start(
                move |resp| d.dispatch(Action::Annotated(Rc::new(resp))),
                move |reply| file_reply(reply, &dispatcher),
            )
        })
    };
    // Annotate after each change, once typing pauses.
    {
        let link = link.clone();
        let text = state.text.clone();
        let (seq, busy) = (state.seq, state.busy);
        use_effect_with((seq, busy), move |_| {
            let timeout = busy.then(|| {
                let delay = if seq == 1 { 0 } else { DEBOUNCE_MS };
                Timeout::new(delay, move || {
                    link.annotate(Request {
                        seq,
                        text: text.to_string(),
                        targets: Vec::new(),
                    });
                })
            });
            move || drop(timeout)
        });
    }
    // Start-up: the library, the service worker.
    {
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            load_library(d);
            register_service_worker();
        });
    }
    // On the first annotation the article is drawn first and the panels a frame later, so
    // the highlights appear sooner; later annotations redraw both together.
    let panels_on = use_state(|| false);
    {
        let panels_on = panels_on.clone();
        use_effect_with(state.annotated.is_some(), move |&ready| {
            if ready && !*panels_on {
                after_paint(move || panels_on.set(true));
            }
        });
    }
    // The theme lives on the root element, so the whole page follows it.
    use_effect_with(state.theme, |theme| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-theme", theme.as_str());
        }
    });
    // Keyboard shortcuts.
    {
        let d = state.dispatcher();
        let (shortcuts, help, theme) = (state.shortcuts, state.help, state.theme);
        use_effect_with((shortcuts, help, theme), move |_| {
            let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                if e.ctrl_key() || e.meta_key() {
                    return;
                }
                let key = e.key();
                if key == "Escape" {
                    if help {
                        d.dispatch(Action::SetHelp(false));
                    } else {
                        d.dispatch(Action::Select(None));
                    }
                    return;
                }
                if help {
                    return;
                }
                // Single keys act unless they are off or typing; Alt+key always acts.
                let allowed = e.alt_key() || (shortcuts && !typing());
                if !allowed {
                    return;
                }
                let key = if e.alt_key() {
                    e.code()
                        .trim_start_matches("Key")
                        .trim_start_matches("Digit")
                        .to_ascii_lowercase()
                } else {
                    key
                };
                let key = if e.alt_key() && key == "slash" {
                    "?".to_string()
                } else {
                    key
                };
                if let Some(action) = shortcut(&key, theme) {
                    e.prevent_default();
                    d.dispatch(action);
                } else if matches!(key.as_str(), "t" | "e") {
                    e.prevent_default();
                }
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
        });
    }
    // The notice fades after a while.
    {
        let d = state.dispatcher();
        use_effect_with(state.notice.clone(), move |n| {
            let t = n
                .as_ref()
                .map(|_| Timeout::new(8_000, move || d.dispatch(Action::Notice(None))));
            move || drop(t)
        });
    }
    let on_edit = {
        let d = state.dispatcher();
        Callback::from(move |text: String| d.dispatch(Action::Edit(text)))
    };
    let on_select = {
        let d = state.dispatcher();
        Callback::from(move |sel: Option<Selection>| d.dispatch(Action::Select(sel)))
    };
    let status = match (&state.annotated, state.busy) {
        (_, true) => "Annotating…".to_string(),
        (Some((_, doc)), false) => format!(
            "{} quotes, {} actors, {} stances, {} dates{}",
            doc.quotes.len(),
            doc.actors.len(),
            doc.stances.len(),
            doc.events.len(),
            state
                .elapsed_ms
                .map(|ms| format!(" · annotated in {ms:.1} ms"))
                .unwrap_or_default()
        ),
        (None, false) => String::new(),
    };
    let help = state.help.then(|| {
        let d = state.dispatcher();
        let d2 = state.dispatcher();
        html! {
            <Help shortcuts={state.shortcuts}
                on_shortcuts={Callback::from(move |on: bool| {
                    io::set_pref("standpoint.shortcuts", if on { "on" } else { "off" });
                    d.dispatch(Action::SetShortcuts(on));
                })}
                on_close={Callback::from(move |_| d2.dispatch(Action::SetHelp(false)))} />
        }
    });
    html! {
        <ContextProvider<Link> context={(*link).clone()}>
        <div class="app" ondrop={on_drop((*link).clone(), state.dispatcher())} ondragover={on_drag_over()}>
            <header class="top">
                <h1>{ "Standpoint" }</h1>
                <p class="tagline">{ "Who said what, and where each actor stands. Nothing leaves your browser." }</p>
                if from_file() {
                    <p class="file-note">{ "Opened from a file: everything works without a network. Installing for offline use (a service worker) is not possible from a file, and not needed: this file is the whole app. Saved articles stay in this browser's storage for local files, where the browser allows it." }</p>
                }
            </header>
            <Toolbar state={state.clone()} />
            <p class="notice" role="status" aria-live="polite">{ state.notice.clone().unwrap_or_default() }</p>
            <main class="layout">
                <Editor text={AttrValue::from(state.text.to_string())} on_edit={on_edit} />
                <section class="reader" aria-labelledby="reader-heading" aria-busy={state.busy.to_string()}>
                    <h2 id="reader-heading" class="visually-hidden">{ "Annotated article" }</h2>
                    <p class="status" data-seq={state.seq.to_string()}
                        data-elapsed-ms={state.elapsed_ms.map(|ms| format!("{ms:.3}")).unwrap_or_default()}>{ status }</p>
                    if let Some((text, doc)) = &state.annotated {
                        <Article text={text.clone()} doc={doc.clone()} layers={state.layers}
                            selection={state.selection.clone()} on_select={on_select.clone()} />
                    }
                </section>
                <aside class="panels" aria-label="Panels">
                    if let (Some((text, doc)), true) = (&state.annotated, *panels_on) {
                        <DetailsPanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                        <ActorsPanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                        <QuotesPanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                        <StancesPanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                        <TimelinePanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                    }
                    <LibraryPanel state={state.clone()} />
                </aside>
            </main>
            { for help }
        </div>
        </ContextProvider<Link>>
    }
}
