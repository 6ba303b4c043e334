//! The annotated article: paragraphs with quotes highlighted and speakers named.

use std::rc::Rc;

use standpoint_core::{Document, OffsetMap};
use yew::prelude::*;

use crate::render::{annotations, paragraph, Layer, Layers, Piece};

/// Properties of [`Article`].
#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// The text the document annotates.
    pub text: Rc<str>,
    /// The document.
    pub doc: Rc<Document>,
    /// Which layers to show.
    pub layers: Layers,
}

/// The annotated article.
#[function_component]
pub fn Article(props: &ArticleProps) -> Html {
    let text = &props.text;
    let doc = &props.doc;
    let anns = annotations(doc, text, props.layers);
    let map = OffsetMap::new(text);
    let paras = doc.paragraphs.iter().enumerate().map(|(i, &r)| {
        let span = map.span(r);
        let pieces = paragraph(span.start..span.end, &anns);
        let is_title = i == 0 && doc.meta.title.is_some();
        let body = pieces.iter().map(|p| piece(text, doc, p)).collect::<Html>();
        if is_title {
            html! { <h2 class="article-title">{ body }</h2> }
        } else {
            html! { <p>{ body }</p> }
        }
    });
    html! {
        <article class="article" aria-label="Annotated article">
            { for paras }
        </article>
    }
}

fn piece(text: &str, doc: &Document, p: &Piece) -> Html {
    match p {
        Piece::Text(r) => html! { { &text[r.clone()] } },
        Piece::Span { ann, children } => {
            let inner = children.iter().map(|c| piece(text, doc, c)).collect::<Html>();
            match &ann.layer {
                Layer::Quote { index, kind, last } => {
                    let q = &doc.quotes[*index];
                    let speaker = q.speaker.as_deref().and_then(|s| doc.actor(s)).map(|a| a.name.clone());
                    let label = speaker.clone().unwrap_or_else(|| "unknown speaker".to_string());
                    let kind = kind.as_str();
                    html! {
                        <>
                            <mark class={classes!("quote", kind)} data-kind={kind} data-speaker={speaker.clone().unwrap_or_default()}
                                data-quote={q.id.clone()} title={format!("{kind} quote — {label}")}>{ inner }</mark>
                            if *last {
                                <span class="speaker-label" data-quote={q.id.clone()}>{ label }</span>
                            }
                        </>
                    }
                }
                Layer::Mention { index } => {
                    let a = &doc.actors[*index];
                    html! { <span class="mention" data-actor={a.id.clone()} title={format!("{} ({})", a.name, a.kind.as_str())}>{ inner }</span> }
                }
                Layer::Cue { .. } => html! { <span class="cue">{ inner }</span> },
                Layer::Stance { polarity, .. } => {
                    html! { <span class="stance" data-stance={polarity.as_str()}>{ inner }</span> }
                }
                Layer::Date { index } => {
                    let e = &doc.events[*index];
                    html! { <time class="date" datetime={e.date.clone()}>{ inner }</time> }
                }
            }
        }
    }
}
