//! The top-level component: toolbar, the annotated article with its summary (or, in edit
//! mode, the text area in its place) and the panels, with the workers behind them. It starts
//! what runs beside the view (the annotation after each pause in typing, the library, the
//! service worker, the theme, the shortcuts, pasting anywhere) and lays out the page.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::{after_paint, apply_theme, focus, from_file, initial_theme, register_service_worker};
use crate::components::article::Article;
use crate::components::editor::Editor;
use crate::components::help::Help;
use crate::components::library::LibraryPanel;
use crate::components::panels::{ActorsPanel, DetailsPanel, QuotesPanel, StancesPanel, TimelinePanel};
use crate::components::summary::Summary;
use crate::components::tabs::TabBar;
use crate::components::toolbar::Toolbar;
use crate::events::Message;
use crate::files::{file_reply, listen_paste, on_drag_over, on_drop};
use crate::io;
use crate::link::Link;
use crate::protocol::{Request, Response};
use crate::samples::{self, SAMPLES};
use crate::shortcuts::Mode;
use crate::state::{Action, Selection, State, Tab, View};

/// How long typing must pause before the text is annotated again.
const DEBOUNCE_MS: u32 = 250;

/// How long the page waits, after showing its first article, before it starts the annotating
/// worker (which is then ready when the reader pastes or edits).
const WARM_AFTER_MS: u32 = 1_500;

/// Annotates the article after each change, once typing pauses: a sample as it was annotated
/// when the app was built, any other text in the annotating worker. Once the first article is
/// shown the worker is started anyway, after a pause.
#[hook]
fn use_annotation(state: &UseReducerHandle<State>, link: &Link) {
    {
        let link = link.clone();
        let d = state.dispatcher();
        let text = state.text.clone();
        let page = state.page.clone();
        let (seq, busy) = (state.seq, state.busy);
        use_effect_with((seq, busy), move |_| {
            let timeout = busy.then(|| match samples::annotated(&text, &page) {
                Some(doc) => {
                    let elapsed_ms = None;
                    d.dispatch(Action::Annotated(Rc::new(Response { seq, doc, elapsed_ms })));
                    None
                }
                None => {
                    let delay = if seq == 1 { 0 } else { DEBOUNCE_MS };
                    let request = Request {
                        seq,
                        text: text.to_string(),
                        targets: Vec::new(),
                        page,
                    };
                    Some(Timeout::new(delay, move || link.annotate(request)))
                }
            });
            move || drop(timeout)
        });
    }
    let link = link.clone();
    use_effect_with(state.annotated.is_some(), move |&shown| {
        let timeout = shown.then(|| Timeout::new(WARM_AFTER_MS, move || link.warm()));
        move || drop(timeout)
    });
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
            Link::new(
                move |resp| d.dispatch(Action::Annotated(Rc::new(resp))),
                move |reply| file_reply(reply, &dispatcher),
            )
        })
    };
    use_annotation(&state, &link);
    // Start-up: the library, the service worker.
    {
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            crate::library::refresh(d);
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
    use_effect_with(state.theme, |theme| apply_theme(*theme));
    // Keyboard shortcuts.
    {
        let d = state.dispatcher();
        let mode = Mode {
            shortcuts: state.shortcuts,
            help: state.help,
            theme: state.theme,
            editing: state.editing,
            tab: state.tab,
            library: state.view == View::Library,
        };
        use_effect_with(mode, move |&mode| crate::shortcuts::listen(d, mode));
    }
    // Entering the editor puts the caret in it; leaving it returns to the article.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.editing, move |&editing| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus(if editing { "#article-text" } else { "#article" });
            }
        });
    }
    // The library view: started (or drawn again) when it opens; its messages.
    use_effect_with(state.view, |&view| {
        if view == View::Library {
            crate::across::load();
        }
    });
    {
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            crate::events::listen(move |m| match m {
                Message::Open { entry, pending } => d.dispatch(Action::OpenAt { entry, pending }),
                Message::Back => d.dispatch(Action::SetView(View::Article)),
                Message::Show => {}
            })
        });
    }
    // Pasting outside a text field opens the pasted article.
    {
        let link = (*link).clone();
        let d = state.dispatcher();
        use_effect_with((), move |_| listen_paste(link, d));
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
    let on_refuse = {
        let d = state.dispatcher();
        Callback::from(move |msg: String| d.dispatch(Action::Notice(Some(msg))))
    };
    let on_select = {
        let d = state.dispatcher();
        Callback::from(move |sel: Option<Selection>| d.dispatch(Action::Select(sel)))
    };
    let on_tab = {
        let d = state.dispatcher();
        Callback::from(move |tab: Tab| d.dispatch(Action::SetTab(tab)))
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
    let on_edit_mode = {
        let d = state.dispatcher();
        let editing = state.editing;
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetEditing(!editing)))
    };
    let doc = state.annotated.clone().filter(|_| *panels_on);
    html! {
        <ContextProvider<Link> context={(*link).clone()}>
        <div class="app" ondrop={on_drop((*link).clone(), state.dispatcher())} ondragover={on_drag_over()}>
            <header class="top">
                <div class="masthead">
                    <h1>{ "Standpoint" }</h1>
                    <p class="tagline">{ "Who said what, and where each actor stands. Nothing leaves your browser." }</p>
                </div>
                if from_file() {
                    <p class="file-note">{ "Opened from a file: everything works without a network. Installing for offline use (a service worker) is not possible from a file, and not needed: this file is the whole app. Saved articles stay in this browser's storage for local files, where the browser allows it." }</p>
                }
                <Toolbar state={state.clone()} />
                <p class="notice" role="status" aria-live="polite">{ state.notice.clone().unwrap_or_default() }</p>
            </header>
            if state.view == View::Library {
                // The library view's own wasm draws here (see `across`).
                <div id="library-root" class="library-root"></div>
            } else {
            <main class="layout">
                <section class="reader" aria-labelledby="reader-heading" aria-busy={state.busy.to_string()} data-editing={state.editing.to_string()}>
                    <h2 id="reader-heading" class="visually-hidden">{ "Article" }</h2>
                    <div class="reader-bar">
                        <p class="status" data-seq={state.seq.to_string()}
                            data-elapsed-ms={state.elapsed_ms.map(|ms| format!("{ms:.3}")).unwrap_or_default()}>{ status }</p>
                        <button type="button" class="edit-toggle" onclick={on_edit_mode} aria-keyshortcuts="e">
                            { if state.editing { "Done" } else { "Edit" } }<kbd>{ "e" }</kbd>
                        </button>
                    </div>
                    <Editor text={AttrValue::from(state.text.to_string())} on_edit={on_edit} on_refuse={on_refuse} hidden={!state.editing} />
                    <div class="reading" hidden={state.editing}>
                        if let Some((text, doc)) = &state.annotated {
                            <Summary doc={doc.clone()} on_select={on_select.clone()} />
                            <Article text={text.clone()} doc={doc.clone()} layers={state.layers}
                                selection={state.selection.clone()} on_select={on_select.clone()} />
                        }
                    </div>
                </section>
                <aside class="panels" id="panels" aria-label="Panels" data-tab={state.tab.id()}>
                    if let Some((text, doc)) = &doc {
                        <DetailsPanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                        <TabBar tab={state.tab} on_tab={on_tab} />
                        <ActorsPanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                        <QuotesPanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                        <StancesPanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                        <TimelinePanel text={text.clone()} doc={doc.clone()} selection={state.selection.clone()} on_select={on_select.clone()} />
                    }
                    <LibraryPanel state={state.clone()} />
                </aside>
            </main>
            }
            { for help }
        </div>
        </ContextProvider<Link>>
    }
}
