//! The app's state: a [`Reducible`] driven by [`Action`]s.

use std::rc::Rc;

use standpoint_core::Document;
use yew::Reducible;

use crate::protocol::{PageFacts, Response};
use crate::render::Layers;
use crate::store::Entry;

/// Something selected in a panel or in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// A quote, by index.
    Quote(usize),
    /// An actor, by index.
    Actor(usize),
    /// A stance, by index.
    Stance(usize),
    /// An event, by index.
    Event(usize),
    /// A cell of the stance matrix: holder id and target key (the target's id, or its label in
    /// documents without ids).
    Cell(String, String),
}

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on a light page.
    Light,
    /// Light text on a dark page.
    Dark,
}

impl Theme {
    /// The value of the `data-theme` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The text in the editor.
    pub text: Rc<str>,
    /// The title of the open article, when it came from a file, a sample or the library.
    pub title: Option<String>,
    /// What the article's page told about it: the date that dates "on Tuesday" in the
    /// timeline, the captions that are never read for quotes.
    pub page: PageFacts,
    /// The latest annotation, with the text it was made for.
    pub annotated: Option<(Rc<str>, Rc<Document>)>,
    /// Bumped on every edit; answers for older numbers are dropped.
    pub seq: u64,
    /// Whether an annotation is on its way.
    pub busy: bool,
    /// Time the core took for the shown annotation.
    pub elapsed_ms: Option<f64>,
    /// Which layers are shown.
    pub layers: Layers,
    /// What is selected.
    pub selection: Option<Selection>,
    /// The colour theme.
    pub theme: Theme,
    /// Whether single-key shortcuts are on.
    pub shortcuts: bool,
    /// Whether the shortcut help is open.
    pub help: bool,
    /// The saved articles.
    pub library: Vec<Entry>,
    /// A message for the status line ("Saved", an error).
    pub notice: Option<String>,
    /// The library's id of the open article, when it came from there.
    pub library_id: Option<String>,
    /// Whether the text area is shown in place of the annotated article.
    pub editing: bool,
    /// Whether the toolbar's menu is open (it folds into a menu on narrow screens).
    pub menu: bool,
    /// The panel shown on narrow screens, where the panels sit in a tab bar under the article.
    pub tab: Tab,
    /// The article, or the library read as a corpus.
    pub view: View,
    /// What to select once the article being opened is annotated (a passage chosen in the
    /// library view).
    pub pending: Option<Pending>,
}

/// The main view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The annotated article (or its editor) with the panels.
    Article,
    /// The library across articles: actors, voices, comparison.
    Library,
}

/// Something to select in an article by its id, once the article is annotated.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Pending {
    /// A quote (`q3`).
    Quote(String),
    /// A stance (`s2`).
    Stance(String),
    /// An actor (`a1`).
    Actor(String),
}

impl Pending {
    /// The selection it is in `doc`, if `doc` has it.
    fn select(&self, doc: &Document) -> Option<Selection> {
        match self {
            Pending::Quote(id) => doc.quotes.iter().position(|q| &q.id == id).map(Selection::Quote),
            Pending::Stance(id) => doc.stances.iter().position(|s| &s.id == id).map(Selection::Stance),
            Pending::Actor(id) => doc.actors.iter().position(|a| &a.id == id).map(Selection::Actor),
        }
    }
}

/// A panel of the tab bar on narrow screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// The actors.
    Actors,
    /// Quotes by speaker.
    Quotes,
    /// The stance matrix and evidence.
    Stances,
    /// The dated events.
    Timeline,
    /// The saved articles.
    Library,
}

impl Tab {
    /// Every tab, in the order the bar shows them.
    pub const ALL: [Tab; 5] = [Tab::Actors, Tab::Quotes, Tab::Stances, Tab::Timeline, Tab::Library];

    /// The id of the panel's region (also the value of the panels' `data-tab`).
    pub fn id(self) -> &'static str {
        match self {
            Tab::Actors => "actors",
            Tab::Quotes => "quotes",
            Tab::Stances => "stances",
            Tab::Timeline => "timeline",
            Tab::Library => "library",
        }
    }

    /// What the tab says.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Actors => "Actors",
            Tab::Quotes => "Quotes",
            Tab::Stances => "Stances",
            Tab::Timeline => "Timeline",
            Tab::Library => "Library",
        }
    }
}

/// A layer that can be switched on and off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Quotes and speakers.
    Quotes,
    /// Actor mentions.
    Actors,
    /// Stance cues.
    Stances,
    /// Dates.
    Dates,
}

/// Something that changes the state.
#[derive(Debug, Clone)]
pub enum Action {
    /// The text changed (typing, pasting).
    Edit(String),
    /// A whole article was opened (a file, a sample, the library, an import).
    Open {
        /// The article.
        text: String,
        /// Its title.
        title: Option<String>,
        /// What its page told about it.
        page: PageFacts,
        /// Its library id, if it came from the library.
        library_id: Option<String>,
    },
    /// An imported JSON export: the article and its annotations exactly as exported.
    Import(Rc<Document>),
    /// The worker answered.
    Annotated(Rc<Response>),
    /// Show or hide a layer.
    Toggle(Layer),
    /// Select something (or nothing).
    Select(Option<Selection>),
    /// Move the selection to the next (+1) or previous (-1) quote.
    StepQuote(i32),
    /// Switch between light and dark.
    SetTheme(Theme),
    /// Turn single-key shortcuts on or off.
    SetShortcuts(bool),
    /// Open or close the help overlay.
    SetHelp(bool),
    /// The library's list changed.
    Library(Vec<Entry>),
    /// The open article was saved under this id.
    Saved(String),
    /// Show a message (or clear it).
    Notice(Option<String>),
    /// Show the text area (true) or the annotated article (false).
    SetEditing(bool),
    /// Open or close the toolbar's menu.
    SetMenu(bool),
    /// Show this panel on narrow screens.
    SetTab(Tab),
    /// Show the article or the library view.
    SetView(View),
    /// Open a saved article and select a passage in it once it is annotated.
    OpenAt {
        /// The saved article's library id (an id not in the library changes nothing).
        entry: String,
        /// What to select.
        pending: Pending,
    },
}

impl State {
    /// The state at start-up, with `text` in the editor.
    pub fn new(text: &str, title: Option<String>, theme: Theme, shortcuts: bool) -> State {
        State {
            text: text.into(),
            title,
            page: PageFacts::default(),
            annotated: None,
            seq: 1,
            busy: true,
            elapsed_ms: None,
            layers: Layers::default(),
            selection: None,
            theme,
            shortcuts,
            help: false,
            library: Vec::new(),
            notice: None,
            library_id: None,
            editing: false,
            menu: false,
            tab: Tab::Actors,
            view: View::Article,
            pending: None,
        }
    }

    /// The document being shown, if any.
    pub fn doc(&self) -> Option<&Rc<Document>> {
        self.annotated.as_ref().map(|(_, d)| d)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                if *next.text == *text {
                    return self;
                }
                next.text = text.into();
                next.seq += 1;
                next.busy = true;
            }
            Action::Open {
                text,
                title,
                page,
                library_id,
            } => {
                next.text = text.into();
                next.title = title;
                next.page = page;
                next.library_id = library_id;
                next.seq += 1;
                next.busy = true;
                next.selection = None;
                // An opened article is there to be read.
                next.editing = false;
                next.menu = false;
            }
            Action::Import(doc) => {
                let text: Rc<str> = doc.text.clone().unwrap_or_default().into();
                next.text = text.clone();
                next.title = doc.meta.title.clone();
                next.page = PageFacts::of(&doc.meta);
                next.library_id = None;
                // The import is shown exactly as exported; later edits re-annotate.
                next.seq += 1;
                next.annotated = Some((text, doc));
                next.busy = false;
                next.elapsed_ms = None;
                next.selection = None;
                next.editing = false;
                next.menu = false;
            }
            Action::Annotated(resp) => {
                if resp.seq != next.seq {
                    // An answer for text that has changed since.
                    return self;
                }
                next.annotated = Some((next.text.clone(), Rc::new(resp.doc.clone())));
                next.elapsed_ms = resp.elapsed_ms;
                next.busy = false;
                // A selection may point past the new document's lists; a passage chosen in
                // the library is selected now.
                next.selection = next.pending.take().and_then(|p| p.select(&resp.doc));
            }
            Action::Toggle(layer) => {
                let l = &mut next.layers;
                match layer {
                    Layer::Quotes => l.quotes = !l.quotes,
                    Layer::Actors => l.actors = !l.actors,
                    Layer::Stances => l.stances = !l.stances,
                    Layer::Dates => l.dates = !l.dates,
                }
            }
            Action::Select(sel) => next.selection = sel,
            Action::StepQuote(dir) => {
                let n = next.doc().map_or(0, |d| d.quotes.len());
                if n == 0 {
                    return self;
                }
                let cur = match next.selection {
                    Some(Selection::Quote(i)) => i as i64,
                    _ if dir > 0 => -1,
                    _ => n as i64,
                };
                let i = (cur + i64::from(dir)).rem_euclid(n as i64) as usize;
                next.selection = Some(Selection::Quote(i));
            }
            Action::SetTheme(t) => next.theme = t,
            Action::SetShortcuts(on) => next.shortcuts = on,
            Action::SetHelp(on) => next.help = on,
            Action::Library(list) => next.library = list,
            Action::Saved(id) => {
                next.library_id = Some(id);
                next.notice = Some("Saved to the library.".into());
            }
            Action::Notice(n) => next.notice = n,
            Action::SetEditing(on) => {
                next.editing = on;
                next.menu = false;
            }
            Action::SetMenu(on) => next.menu = on,
            Action::SetTab(tab) => next.tab = tab,
            Action::SetView(view) => {
                next.view = view;
                next.menu = false;
            }
            Action::OpenAt { entry, pending } => {
                let Some(entry) = next.library.iter().find(|e| e.id == entry) else {
                    return self;
                };
                next.text = entry.text.as_str().into();
                next.title = Some(entry.title.clone());
                next.page = entry.page();
                next.library_id = Some(entry.id.clone());
                next.seq += 1;
                next.busy = true;
                next.selection = None;
                next.editing = false;
                next.view = View::Article;
                next.pending = Some(pending);
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn state_with_doc(text: &str) -> Rc<State> {
        let s = Rc::new(State::new(text, None, Theme::Light, true));
        let doc = standpoint_core::annotate(text, &standpoint_core::Options::default());
        s.reduce(Action::Annotated(Rc::new(Response {
            seq: 1,
            doc,
            elapsed_ms: Some(1.0),
        })))
    }

    #[wasm_bindgen_test]
    fn stale_answers_are_dropped() {
        let s = Rc::new(State::new("a", None, Theme::Light, true));
        let s = s.reduce(Action::Edit("b".into()));
        let stale = Response {
            seq: 1,
            doc: standpoint_core::annotate("a", &standpoint_core::Options::default()),
            elapsed_ms: Some(0.5),
        };
        let s = s.reduce(Action::Annotated(Rc::new(stale)));
        assert!(s.annotated.is_none() && s.busy);
    }

    #[wasm_bindgen_test]
    fn quote_stepping_wraps() {
        let s = state_with_doc("“One,” said Ana Ruiz. “Two,” said Bo Li.");
        let s = s.reduce(Action::StepQuote(1));
        assert_eq!(s.selection, Some(Selection::Quote(0)));
        let s = s.reduce(Action::StepQuote(1)).reduce(Action::StepQuote(1));
        assert_eq!(s.selection, Some(Selection::Quote(0)));
        let s = s.reduce(Action::StepQuote(-1));
        assert_eq!(s.selection, Some(Selection::Quote(1)));
    }

    #[wasm_bindgen_test]
    fn opening_an_article_leaves_edit_mode() {
        let s = Rc::new(State::new("a", None, Theme::Light, true)).reduce(Action::SetEditing(true));
        assert!(s.editing);
        let s = s.reduce(Action::Edit("b".into()));
        assert!(s.editing, "typing stays in the editor");
        let s = s.reduce(Action::Open {
            text: "c".into(),
            title: None,
            page: PageFacts::default(),
            library_id: None,
        });
        assert!(!s.editing && !s.menu);
    }

    #[wasm_bindgen_test]
    fn a_passage_chosen_in_the_library_is_selected_once_annotated() {
        let text = "“One,” said Ana Ruiz. “Two,” said Bo Li.";
        let entry = Entry {
            id: "e1".into(),
            title: "T".into(),
            saved: 0.0,
            text: text.into(),
            doc: None,
        };
        let s = Rc::new(State::new("other", None, Theme::Light, true))
            .reduce(Action::Library(vec![entry]))
            .reduce(Action::SetView(View::Library));
        let unknown = s.clone().reduce(Action::OpenAt {
            entry: "gone".into(),
            pending: Pending::Quote("q2".into()),
        });
        assert_eq!(unknown.view, View::Library, "an id not in the library changes nothing");
        let s = s.reduce(Action::OpenAt {
            entry: "e1".into(),
            pending: Pending::Quote("q2".into()),
        });
        assert_eq!(
            (s.view, s.library_id.as_deref(), &*s.text),
            (View::Article, Some("e1"), text)
        );
        let doc = standpoint_core::annotate(text, &standpoint_core::Options::default());
        let seq = s.seq;
        let s = s.reduce(Action::Annotated(Rc::new(Response {
            seq,
            doc,
            elapsed_ms: Some(1.0),
        })));
        assert_eq!(s.selection, Some(Selection::Quote(1)));
        assert!(s.pending.is_none());
    }

    #[wasm_bindgen_test]
    fn import_restores_text_and_annotations() {
        let text = "“One,” said Ana Ruiz.";
        let mut doc = standpoint_core::annotate(text, &standpoint_core::Options::default());
        doc.text = Some(text.to_string());
        let s = Rc::new(State::new("other", None, Theme::Light, true)).reduce(Action::Import(Rc::new(doc.clone())));
        assert_eq!(&*s.text, text);
        assert_eq!(s.doc().map(|d| (**d).clone()), Some(doc));
        assert!(!s.busy);
    }
}
