//! The library across articles: the actors of every saved article joined (with an actor
//! page and a search), the voices of a selection (a table and a bar chart, exported as CSV),
//! and two articles compared. These views are built into their own wasm (`src/bin/library.rs`,
//! started by [`crate::across`]), which the page loads when the view first opens, so none of
//! it weighs on the first load; they talk to the page by DOM events ([`crate::events`]).

mod actors;
mod compare;
mod voices;

use std::rc::Rc;

use standpoint_core::corpus::{self, CorpusActor, Voices};
use standpoint_core::{Document, OffsetMap};
use yew::prelude::*;

use crate::state::Pending;
use crate::store::Entry;

/// The library read as a corpus: its entries, the annotations of those saved with one (each
/// `id` its library id, its `text` the article), the actors across them and their voices.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    /// Every saved article.
    pub entries: Vec<Entry>,
    /// The annotated ones.
    pub docs: Vec<Document>,
    /// The actors across them, each with where it is (`appearances`).
    pub actors: Vec<CorpusActor>,
    /// Their voices.
    pub voices: Voices,
}

impl Library {
    /// Reads the saved articles; those saved without an annotation (before annotations were
    /// kept) are counted by [`Library::unread`] and left out.
    pub fn read(entries: Vec<Entry>) -> Library {
        let docs: Vec<Document> = entries
            .iter()
            .filter_map(|e| {
                let mut doc = e.doc.clone()?;
                doc.id = Some(serde_json::Value::String(e.id.clone()));
                doc.text = Some(e.text.clone());
                Some(doc)
            })
            .collect();
        let actors = corpus::actors(&docs);
        let voices = corpus::voices(&docs);
        Library {
            entries,
            docs,
            actors,
            voices,
        }
    }

    /// How many saved articles have no annotation.
    pub fn unread(&self) -> usize {
        self.entries.iter().filter(|e| e.doc.is_none()).count()
    }

    /// The title a saved article goes by.
    pub fn title_of(&self, doc: &Document) -> String {
        let id = doc_id(doc);
        self.entries
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.title.clone())
            .or_else(|| doc.meta.title.clone())
            .unwrap_or(id)
    }
}

/// Properties of a part of the view.
#[derive(Properties, PartialEq)]
pub struct PartProps {
    /// The library read as a corpus.
    pub lib: Rc<Library>,
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

/// A callback that asks the page to open the saved article `doc` and select `pending` in it.
pub(crate) fn open_at(doc: &Document, pending: Pending) -> Callback<MouseEvent> {
    let id = doc_id(doc);
    Callback::from(move |_: MouseEvent| {
        crate::events::send(&crate::events::Message::Open {
            entry: id.clone(),
            pending: pending.clone(),
        })
    })
}

/// Properties of [`CorpusView`].
#[derive(Properties, PartialEq)]
pub struct CorpusProps {
    /// The library, once read.
    pub lib: Option<Rc<Library>>,
}

/// The library view.
#[function_component]
pub fn CorpusView(p: &CorpusProps) -> Html {
    let part = use_state(|| Part::Actors);
    let back = Callback::from(|_: MouseEvent| crate::events::send(&crate::events::Message::Back));
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
    let body = match &p.lib {
        None => html! { <p class="status" role="status">{ "Reading the saved articles…" }</p> },
        Some(lib) if lib.entries.is_empty() => html! {
            <p class="empty">{ "Save articles to the library (“Save to library”) to follow their actors and voices across them." }</p>
        },
        Some(lib) => {
            let inner = match *part {
                Part::Actors => html! { <actors::ActorsAcross lib={lib.clone()} /> },
                Part::Voices => html! { <voices::VoicesAcross lib={lib.clone()} /> },
                Part::Compare => html! { <compare::CompareTwo lib={lib.clone()} /> },
            };
            let unread = lib.unread();
            html! {
                <>
                    if unread > 0 {
                        <p class="meta unread">{ format!("Left out, saved before annotations were kept: {unread} of the saved \
                            articles. Open each and save it again to include it.") }</p>
                    }
                    <div class="tabs corpus-tabs" role="tablist" aria-label="Across the library" onkeydown={on_tab_key}>{ for tabs }</div>
                    <div role="tabpanel" id={part.id()} aria-labelledby={format!("{}-tab", part.id())} tabindex="0" class="corpus-part">{ inner }</div>
                </>
            }
        }
    };
    html! {
        <main class="corpus" aria-labelledby="corpus-heading">
            <div class="corpus-bar">
                <h2 id="corpus-heading">{ "Across the library" }</h2>
                <button type="button" onclick={back}>{ "Back to the article" }</button>
            </div>
            { body }
        </main>
    }
}
