//! The annotated article: paragraphs with every layer highlighted, quotes named by speaker.

use std::rc::Rc;

use standpoint_core::{Document, OffsetMap};
use yew::prelude::*;

use crate::browser::show_and_focus;
use crate::render::{annotations, paragraph, visible, Layers, Mark, Piece};
use crate::state::Selection;

/// Properties of [`Article`].
#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// The text the document annotates.
    pub text: Rc<str>,
    /// The document.
    pub doc: Rc<Document>,
    /// Which layers to show.
    pub layers: Layers,
    /// What is selected.
    pub selection: Option<Selection>,
    /// Called when something in the text is chosen.
    pub on_select: Callback<Option<Selection>>,
}

/// Whether a marked span belongs to the selection.
fn selected(sel: &Option<Selection>, doc: &Document, mark: &Mark) -> bool {
    match (sel, mark) {
        (Some(Selection::Quote(i)), Mark::Quote { index, .. }) => i == index,
        (Some(Selection::Quote(i)), Mark::Cue { index }) => i == index,
        (Some(Selection::Actor(i)), Mark::Mention { index }) => i == index,
        (Some(Selection::Stance(i)), Mark::Stance { index, .. }) => i == index,
        (Some(Selection::Stance(i)), Mark::Target { index }) => i == index,
        (Some(Selection::Cell(h, t)), Mark::Stance { index, .. } | Mark::Target { index }) => doc
            .stances
            .get(*index)
            .is_some_and(|s| &s.holder == h && s.target_key() == t),
        (Some(Selection::Event(i)), Mark::Date { index }) => i == index,
        _ => false,
    }
}

/// The layers to draw: the chosen ones, and the one a selection belongs to, so a date picked
/// in the timeline or a stance in the summary shows in the text with its layer off.
fn shown_layers(layers: Layers, sel: &Option<Selection>) -> Layers {
    let mut l = layers;
    match sel {
        Some(Selection::Quote(_)) => l.quotes = true,
        Some(Selection::Stance(_) | Selection::Cell(..)) => l.stances = true,
        Some(Selection::Event(_)) => l.dates = true,
        Some(Selection::Actor(_)) | None => {}
    }
    l
}

/// The annotated article.
#[function_component]
pub fn Article(props: &ArticleProps) -> Html {
    let root = use_node_ref();
    // Bring the selection into view and give it focus.
    {
        let root = root.clone();
        use_effect_with(props.selection.clone(), move |sel| {
            if sel.is_some() {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    if let Ok(Some(target)) = el.query_selector("[data-selected='true']") {
                        show_and_focus(&target);
                    }
                }
            }
        });
    }
    let text = &props.text;
    let doc = &props.doc;
    let anns = annotations(doc, text, shown_layers(props.layers, &props.selection));
    let map = OffsetMap::new(text);
    let markup = use_memo(text.clone(), |t| standpoint_core::markup(t));
    let ctx = Ctx {
        text,
        markup: &markup,
        doc,
        selection: &props.selection,
        on_select: &props.on_select,
        actors: props.layers.actors,
    };
    // The core lists each caption paragraph as it stands in the text.
    let captions: std::collections::HashSet<&str> = doc.meta.captions.iter().map(String::as_str).collect();
    let paras = doc.paragraphs.iter().enumerate().map(|(i, &r)| {
        let span = map.span(r);
        let pieces = paragraph(span.start..span.end, &anns);
        let body = pieces.iter().map(|p| ctx.piece(p)).collect::<Html>();
        if i == 0 && doc.meta.title.is_some() {
            html! { <h2 class="article-title">{ body }</h2> }
        } else if text.get(span.start..span.end).is_some_and(|p| captions.contains(p)) {
            // A figure's caption: shown as one, never read for quotes.
            html! { <p class="caption">{ body }</p> }
        } else {
            html! { <p>{ body }</p> }
        }
    });
    html! {
        <article class="article" ref={root} aria-label="Annotated article" tabindex="-1" id="article">
            { for paras }
        </article>
    }
}

struct Ctx<'a> {
    text: &'a str,
    /// Markdown markup, left out of what is shown.
    markup: &'a [std::ops::Range<usize>],
    doc: &'a Document,
    selection: &'a Option<Selection>,
    on_select: &'a Callback<Option<Selection>>,
    /// Whether mentions are underlined at rest.
    actors: bool,
}

impl Ctx<'_> {
    fn select(&self, sel: Selection) -> Callback<MouseEvent> {
        let cb = self.on_select.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            cb.emit(Some(sel.clone()));
        })
    }

    fn piece(&self, p: &Piece) -> Html {
        match p {
            Piece::Text(r) => visible(r.clone(), self.markup)
                .into_iter()
                .map(|r| html! { { &self.text[r] } })
                .collect::<Html>(),
            Piece::Span { ann, children } => {
                let inner = children.iter().map(|c| self.piece(c)).collect::<Html>();
                let sel = selected(self.selection, self.doc, &ann.mark);
                let sel_attr = sel.then_some("true");
                match &ann.mark {
                    Mark::Quote { index, kind, last } => {
                        let q = &self.doc.quotes[*index];
                        let speaker = q
                            .speaker
                            .as_deref()
                            .and_then(|s| self.doc.actor(s))
                            .map(|a| a.name.clone());
                        let label = speaker.clone().unwrap_or_else(|| "unknown speaker".to_string());
                        let kind = kind.as_str();
                        let on_key = {
                            let cb = self.on_select.clone();
                            let i = *index;
                            Callback::from(move |e: KeyboardEvent| {
                                if e.key() == "Enter" {
                                    cb.emit(Some(Selection::Quote(i)));
                                }
                            })
                        };
                        html! {
                            <>
                                <mark class={classes!("quote", kind, sel.then_some("selected"))} data-kind={kind}
                                    data-speaker={speaker.clone().unwrap_or_default()} data-quote={q.id.clone()}
                                    data-selected={sel_attr} tabindex="0" title={format!("{kind} quote — {label}")}
                                    onclick={self.select(Selection::Quote(*index))} onkeydown={on_key}>{ inner }</mark>
                                if *last {
                                    <span class="speaker-label" data-quote={q.id.clone()}>{ label }</span>
                                }
                            </>
                        }
                    }
                    Mark::Mention { index } => {
                        let a = &self.doc.actors[*index];
                        let on_key = {
                            let cb = self.on_select.clone();
                            let i = *index;
                            Callback::from(move |e: KeyboardEvent| {
                                if e.key() == "Enter" {
                                    e.stop_propagation();
                                    cb.emit(Some(Selection::Actor(i)));
                                }
                            })
                        };
                        // The name shows on hover (title) and on keyboard focus (data-name,
                        // drawn by the style sheet). With the actors layer off a mention is
                        // quiet: no underline at rest, and no stop for the Tab key.
                        let quiet = !self.actors;
                        html! {
                            <span class={classes!("mention", format!("c{}", index % 10), sel.then_some("selected"), quiet.then_some("quiet"))}
                                data-actor={a.id.clone()} data-name={a.name.clone()} data-selected={sel_attr}
                                title={format!("{} ({})", a.name, a.kind.as_str())} tabindex={(!quiet).then_some("0")}
                                onclick={self.select(Selection::Actor(*index))} onkeydown={on_key}>{ inner }</span>
                        }
                    }
                    Mark::Cue { .. } => html! { <span class="cue">{ inner }</span> },
                    Mark::Stance { index, polarity } => {
                        let s = &self.doc.stances[*index];
                        let holder = self.doc.actor(&s.holder).map_or(String::new(), |a| a.name.clone());
                        html! {
                            <span class={classes!("stance", sel.then_some("selected"))} data-stance={polarity.as_str()}
                                data-selected={sel_attr} title={format!("{holder}: {} on {}", polarity.as_str(), s.target.label)} tabindex="-1"
                                onclick={self.select(Selection::Stance(*index))}>
                                <span class="visually-hidden">{ format!("({}) ", polarity.as_str()) }</span>{ inner }
                            </span>
                        }
                    }
                    Mark::Target { index } => {
                        let s = &self.doc.stances[*index];
                        let holder = self.doc.actor(&s.holder).map_or(String::new(), |a| a.name.clone());
                        html! {
                            <span class={classes!("target-mention", sel.then_some("selected"))} data-target-stance={s.polarity.as_str()}
                                data-selected={sel_attr} title={format!("what {holder}'s stance is about: {}", s.target.label)}>{ inner }</span>
                        }
                    }
                    Mark::Date { index } => {
                        let e = &self.doc.events[*index];
                        html! {
                            <time class={classes!("date", sel.then_some("selected"))} datetime={e.date.clone()} data-selected={sel_attr}
                                title={if e.date.is_empty() { "undated".to_string() } else { e.date.clone() }} tabindex="-1"
                                onclick={self.select(Selection::Event(*index))}>{ inner }</time>
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn a_selection_shows_its_layer() {
        let off = Layers {
            quotes: false,
            actors: false,
            stances: false,
            dates: false,
        };
        assert!(shown_layers(off, &Some(Selection::Event(0))).dates);
        assert!(shown_layers(off, &Some(Selection::Stance(0))).stances);
        assert!(shown_layers(off, &Some(Selection::Quote(0))).quotes);
        assert_eq!(shown_layers(off, &None), off);
        assert_eq!(
            shown_layers(Layers::default(), &Some(Selection::Actor(0))),
            Layers::default()
        );
    }
}
