//! The library across articles: the actors of every saved article joined (with an actor
//! page and a search), the voices of a selection (a table and a bar chart, exported as CSV),
//! and two articles compared. The file worker does the reading and joining when the view
//! opens, so none of it weighs on the first load.

mod actors;
mod compare;
mod voices;

use std::rc::Rc;

use standpoint_core::{Document, OffsetMap};
use yew::prelude::*;

use crate::link::Link;
use crate::protocol::{CorpusReply, FileRequest, Saved};
use crate::state::{Action, Pending, State, View};
use crate::store::Entry;

/// Properties shared by the library view's parts.
#[derive(Properties, PartialEq)]
pub struct CorpusProps {
    /// The app's state.
    pub state: UseReducerHandle<State>,
}

/// Properties of a part that reads the corpus.
#[derive(Properties, PartialEq)]
pub struct PartProps {
    /// The app's state.
    pub state: UseReducerHandle<State>,
    /// The library read as a corpus.
    pub corpus: Rc<CorpusReply>,
}

/// The parts of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Actors,
    Voices,
    Compare,
}

impl Part {
    const ALL: [Part; 3] = [Part::Actors, Part::Voices, Part::Compare];

    fn label(self) -> &'static str {
        match self {
            Part::Actors => "Actors",
            Part::Voices => "Voices",
            Part::Compare => "Compare two",
        }
    }

    fn id(self) -> &'static str {
        match self {
            Part::Actors => "across-actors",
            Part::Voices => "across-voices",
            Part::Compare => "across-compare",
        }
    }
}

/// A document's library id.
pub(crate) fn doc_id(doc: &Document) -> String {
    match &doc.id {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The title a saved article goes by.
pub(crate) fn title_of(state: &State, doc: &Document) -> String {
    let id = doc_id(doc);
    state
        .library
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.title.clone())
        .or_else(|| doc.meta.title.clone())
        .unwrap_or(id)
}

/// The words of a quote.
pub(crate) fn quote_text(doc: &Document, id: &str) -> String {
    let (Some(text), Some(q)) = (doc.text.as_deref(), doc.quote(id)) else {
        return String::new();
    };
    let map = OffsetMap::new(text);
    q.content
        .iter()
        .map(|&r| map.span(r).text(text))
        .collect::<Vec<_>>()
        .join(" … ")
}

/// A callback that opens the saved article `doc` and selects `pending` in it.
pub(crate) fn open_at(state: &UseReducerHandle<State>, doc: &Document, pending: Pending) -> Callback<MouseEvent> {
    let entry: Option<Entry> = state.library.iter().find(|e| e.id == doc_id(doc)).cloned();
    let d = state.dispatcher();
    Callback::from(move |_: MouseEvent| {
        if let Some(entry) = entry.clone() {
            d.dispatch(Action::OpenAt {
                entry: Box::new(entry),
                pending: pending.clone(),
            });
        }
    })
}

/// The library view.
#[function_component]
pub fn CorpusView(p: &CorpusProps) -> Html {
    let state = &p.state;
    let link = use_context::<Link>();
    let part = use_state(|| Part::Actors);
    // Read the library when the view opens (and again after it changes).
    {
        let articles: Vec<Saved> = state
            .library
            .iter()
            .map(|e| Saved {
                id: e.id.clone(),
                text: e.text.clone(),
                doc: e.doc.clone(),
            })
            .collect();
        let key = (state.corpus.is_none(), state.library.len());
        use_effect_with(key, move |&(missing, n)| {
            if let (true, true, Some(link)) = (missing, n > 0, link) {
                link.file(FileRequest::Corpus { articles });
            }
        });
    }
    let back = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetView(View::Article)))
    };
    let tabs = Part::ALL.iter().map(|&t| {
        let part = part.clone();
        let chosen = *part == t;
        html! {
            <button type="button" role="tab" id={format!("{}-tab", t.id())} aria-controls={t.id()}
                aria-selected={chosen.to_string()} tabindex={if chosen { "0" } else { "-1" }}
                onclick={Callback::from(move |_: MouseEvent| part.set(t))}>{ t.label() }</button>
        }
    });
    let on_tab_key = {
        let part = part.clone();
        Callback::from(move |e: KeyboardEvent| {
            let i = Part::ALL.iter().position(|&t| t == *part).unwrap_or(0) as i32;
            let next = match e.key().as_str() {
                "ArrowRight" => (i + 1).rem_euclid(3),
                "ArrowLeft" => (i - 1).rem_euclid(3),
                _ => return,
            };
            e.prevent_default();
            let t = Part::ALL[next as usize];
            part.set(t);
            crate::browser::focus(&format!("#{}-tab", t.id()));
        })
    };
    let body = match (&state.corpus, state.library.is_empty()) {
        (_, true) => {
            html! { <p class="empty">{ "Save articles to the library (“Save to library”) to follow their actors and voices across them." }</p> }
        }
        (None, false) => html! { <p class="status" role="status">{ "Reading the saved articles…" }</p> },
        (Some(c), false) => {
            let inner = match *part {
                Part::Actors => html! { <actors::ActorsAcross state={state.clone()} corpus={c.clone()} /> },
                Part::Voices => html! { <voices::VoicesAcross state={state.clone()} corpus={c.clone()} /> },
                Part::Compare => html! { <compare::CompareTwo state={state.clone()} corpus={c.clone()} /> },
            };
            let unread = state.library.iter().filter(|e| e.doc.is_none()).count();
            html! {
                <>
                    if unread > 0 {
                        <p class="meta unread">{ format!("{unread} saved article{} from before annotations were kept {} left out: open {} and save {} again to include {}.",
                            if unread == 1 { "" } else { "s" }, if unread == 1 { "is" } else { "are" }, if unread == 1 { "it" } else { "them" },
                            if unread == 1 { "it" } else { "them" }, if unread == 1 { "it" } else { "them" }) }</p>
                    }
                    <div class="tabs corpus-tabs" role="tablist" aria-label="Across the library" onkeydown={on_tab_key}>{ for tabs }</div>
                    <div role="tabpanel" id={part.id()} aria-labelledby={format!("{}-tab", part.id())} tabindex="0" class="corpus-part">{ inner }</div>
                </>
            }
        }
    };
    html! {
        <main class="corpus" aria-labelledby="corpus-heading" data-articles={state.library.len().to_string()}>
            <div class="corpus-bar">
                <h2 id="corpus-heading">{ "Across the library" }</h2>
                <button type="button" onclick={back}>{ "Back to the article" }</button>
            </div>
            { body }
        </main>
    }
}
