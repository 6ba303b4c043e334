//! The app's state: a [`Reducible`] driven by [`Action`]s.

use std::rc::Rc;

use standpoint_core::Document;
use yew::Reducible;

use crate::render::Layers;
use crate::worker::Response;

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The text in the editor.
    pub text: Rc<str>,
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
}

/// Something that changes the state.
#[derive(Debug, Clone)]
pub enum Action {
    /// The text changed (typing, pasting, opening a sample).
    Edit(String),
    /// The worker answered.
    Annotated(Rc<Response>),
}

impl State {
    /// The state at start-up, with `text` in the editor.
    pub fn new(text: &str) -> State {
        State {
            text: text.into(),
            annotated: None,
            seq: 1,
            busy: true,
            elapsed_ms: None,
            layers: Layers::default(),
        }
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
            Action::Annotated(resp) => {
                if resp.seq != next.seq {
                    // An answer for text that has changed since.
                    return self;
                }
                next.annotated = Some((next.text.clone(), Rc::new(resp.doc.clone())));
                next.elapsed_ms = Some(resp.elapsed_ms);
                next.busy = false;
            }
        }
        Rc::new(next)
    }
}
