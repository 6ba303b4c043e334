//! The side panels: Actors, Quotes by speaker, the Stances matrix (in `stances.rs`), the
//! Timeline, and the details of what is selected. Each is a region named by its heading.

use std::rc::Rc;

use standpoint_core::{ActorKind, Document, OffsetMap, Polarity};
use yew::prelude::*;

use super::stances::evidence_list;
pub use super::stances::StancesPanel;
use crate::state::Selection;

/// Properties shared by the panels.
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// The article's text.
    pub text: Rc<str>,
    /// Its annotation.
    pub doc: Rc<Document>,
    /// What is selected.
    pub selection: Option<Selection>,
    /// Called to select something.
    pub on_select: Callback<Option<Selection>>,
}

/// The text of a code-point range.
pub fn slice(map: &OffsetMap, text: &str, r: [usize; 2]) -> String {
    map.span(r).text(text).to_string()
}

/// The icon and word for a polarity (never colour alone).
pub fn polarity_label(p: Polarity) -> &'static str {
    match p {
        Polarity::Support => "▲ support",
        Polarity::Oppose => "▼ oppose",
        Polarity::Neutral => "● neutral",
    }
}

/// A section with a heading that names its region.
pub(super) fn region(id: &str, title: &str, body: Html) -> Html {
    let heading = format!("{id}-heading");
    html! {
        <section class="panel" id={id.to_string()} aria-labelledby={heading.clone()} tabindex="-1">
            <h2 id={heading}>{ title }</h2>
            { body }
        </section>
    }
}

/// Actors: kind, whether anonymous, mentions and quotes.
#[function_component]
pub fn ActorsPanel(p: &PanelProps) -> Html {
    let doc = &p.doc;
    if doc.actors.is_empty() {
        return region(
            "actors",
            "Actors",
            html! { <p class="empty">{ "No actors found." }</p> },
        );
    }
    let rows = doc.actors.iter().enumerate().map(|(i, a)| {
        let quotes = doc.quotes.iter().filter(|q| q.speaker.as_deref() == Some(a.id.as_str())).count();
        let selected = p.selection == Some(Selection::Actor(i));
        let on_click = {
            let cb = p.on_select.clone();
            Callback::from(move |_: MouseEvent| cb.emit(Some(Selection::Actor(i))))
        };
        html! {
            <tr class={classes!(selected.then_some("selected"))}>
                <th scope="row">
                    <span class={format!("swatch c{}", i % 10)} aria-hidden="true"></span>
                    <button type="button" class="link" onclick={on_click} aria-pressed={selected.to_string()}>{ &a.name }</button>
                </th>
                <td>{ if a.kind == ActorKind::Anonymous { "anonymous source" } else { a.kind.as_str() } }</td>
                <td class="num">{ a.mentions.len() }</td>
                <td class="num">{ quotes }</td>
            </tr>
        }
    });
    region(
        "actors",
        "Actors",
        html! {
            <table class="grid">
                <thead><tr><th scope="col">{ "Name" }</th><th scope="col">{ "Kind" }</th>
                    <th scope="col" class="num">{ "Mentions" }</th><th scope="col" class="num">{ "Quotes" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        },
    )
}

/// Quotes grouped by speaker.
#[function_component]
pub fn QuotesPanel(p: &PanelProps) -> Html {
    let doc = &p.doc;
    let map = OffsetMap::new(&p.text);
    if doc.quotes.is_empty() {
        return region(
            "quotes",
            "Quotes",
            html! { <p class="empty">{ "No quotes found." }</p> },
        );
    }
    // Speakers in order of their first quote; quotes without a speaker last.
    let mut speakers: Vec<Option<String>> = Vec::new();
    for q in &doc.quotes {
        if !speakers.contains(&q.speaker) {
            speakers.push(q.speaker.clone());
        }
    }
    standpoint_core::sort::by_key(&mut speakers, |s| s.is_none());
    let groups = speakers.into_iter().map(|sp| {
        let name = sp.as_deref().and_then(|id| doc.actor(id)).map_or("Unknown speaker".to_string(), |a| a.name.clone());
        let items = doc.quotes.iter().enumerate().filter(|(_, q)| q.speaker == sp).map(|(i, q)| {
            let selected = p.selection == Some(Selection::Quote(i));
            let on_click = {
                let cb = p.on_select.clone();
                Callback::from(move |_: MouseEvent| cb.emit(Some(Selection::Quote(i))))
            };
            let content: Vec<String> = q.content.iter().map(|&r| slice(&map, &p.text, r)).collect();
            let mut excerpt = content.join(" … ");
            if excerpt.chars().count() > 140 {
                excerpt = excerpt.chars().take(137).collect::<String>() + "…";
            }
            html! {
                <li>
                    <button type="button" class={classes!("quote-item", q.kind.as_str(), selected.then_some("selected"))}
                        onclick={on_click} aria-pressed={selected.to_string()} data-quote={q.id.clone()}>
                        <span class="kind">{ q.kind.as_str() }</span>{ " " }{ excerpt }
                    </button>
                </li>
            }
        });
        html! {
            <div class="speaker-group">
                <h3>{ name }</h3>
                <ul>{ for items }</ul>
            </div>
        }
    });
    region("quotes", "Quotes", html! { <div>{ for groups }</div> })
}

/// Dated events, in date order.
#[function_component]
pub fn TimelinePanel(p: &PanelProps) -> Html {
    let doc = &p.doc;
    let map = OffsetMap::new(&p.text);
    if doc.events.is_empty() {
        return region(
            "timeline",
            "Timeline",
            html! { <p class="empty">{ "No dates found." }</p> },
        );
    }
    let mut order: Vec<usize> = (0..doc.events.len()).collect();
    standpoint_core::sort::by(&mut order, |&a, &b| {
        let (ea, eb) = (&doc.events[a], &doc.events[b]);
        (ea.date.is_empty(), &ea.date, ea.mention[0]).cmp(&(eb.date.is_empty(), &eb.date, eb.mention[0]))
    });
    let items = order.into_iter().map(|i| {
        let e = &doc.events[i];
        let selected = p.selection == Some(Selection::Event(i));
        let on_click = {
            let cb = p.on_select.clone();
            Callback::from(move |_: MouseEvent| cb.emit(Some(Selection::Event(i))))
        };
        let mut sentence = slice(&map, &p.text, e.sentence);
        if sentence.chars().count() > 120 {
            sentence = sentence.chars().take(117).collect::<String>() + "…";
        }
        let date = if e.date.is_empty() { "undated".to_string() } else { e.date.clone() };
        html! {
            <li>
                <button type="button" class={classes!("event", selected.then_some("selected"))} onclick={on_click} aria-pressed={selected.to_string()}>
                    <time datetime={e.date.clone()}>{ date }</time>
                    <span class="mention">{ format!(" “{}” ", slice(&map, &p.text, e.mention)) }</span>
                    <span class="sentence">{ sentence }</span>
                </button>
            </li>
        }
    });
    region(
        "timeline",
        "Timeline",
        html! { <ol class="timeline">{ for items }</ol> },
    )
}

/// Details of what is selected: a quote's speaker and the stances it carries, an actor's
/// mentions, a matrix cell's evidence.
#[function_component]
pub fn DetailsPanel(p: &PanelProps) -> Html {
    let doc = &p.doc;
    let map = OffsetMap::new(&p.text);
    let body = match &p.selection {
        None => html! { <p class="empty">{ "Select a quote, an actor, a stance or a date." }</p> },
        Some(Selection::Quote(i)) => match doc.quotes.get(*i) {
            Some(q) => {
                let speaker = q
                    .speaker
                    .as_deref()
                    .and_then(|s| doc.actor(s))
                    .map_or("unknown".to_string(), |a| a.name.clone());
                let stances = doc.stances.iter().filter(|s| s.quote.as_deref() == Some(q.id.as_str())).map(|s| {
                    html! { <li data-stance={s.polarity.as_str()}>{ format!("{} {}", polarity_label(s.polarity), s.target.label) }</li> }
                });
                let cue: Vec<String> = q.cue.iter().map(|&r| slice(&map, &p.text, r)).collect();
                html! {
                    <dl>
                        <dt>{ "Speaker" }</dt><dd class="detail-speaker">{ speaker }</dd>
                        <dt>{ "Kind" }</dt><dd>{ q.kind.as_str() }</dd>
                        <dt>{ "Cue" }</dt><dd>{ if cue.is_empty() { "none (continues the last speaker)".to_string() } else { cue.join(" ") } }</dd>
                        <dt>{ "Stance" }</dt><dd>{ if doc.stances.iter().any(|s| s.quote.as_deref() == Some(q.id.as_str())) {
                            html! { <ul>{ for stances }</ul> } } else { html! { "none found" } } }</dd>
                    </dl>
                }
            }
            None => html! {},
        },
        Some(Selection::Actor(i)) => match doc.actors.get(*i) {
            Some(a) => {
                let mentions: Vec<String> = a.mentions.iter().map(|&r| slice(&map, &p.text, r)).collect();
                html! {
                    <dl>
                        <dt>{ "Name" }</dt><dd>{ &a.name }</dd>
                        <dt>{ "Kind" }</dt><dd>{ a.kind.as_str() }</dd>
                        if let Some(body) = a.affiliation.as_deref().and_then(|o| doc.actor(o)) {
                            <dt>{ "Speaks for" }</dt><dd class="detail-affiliation">{ &body.name }</dd>
                        }
                        <dt>{ "Mentions" }</dt><dd>{ mentions.join(", ") }</dd>
                    </dl>
                }
            }
            None => html! {},
        },
        Some(Selection::Stance(i)) => doc
            .stances
            .get(*i)
            .map_or(html! {}, |s| evidence_list(p, std::slice::from_ref(s))),
        Some(Selection::Cell(h, t)) => {
            let list: Vec<_> = doc
                .stances
                .iter()
                .filter(|s| &s.holder == h && s.target_key() == t)
                .cloned()
                .collect();
            evidence_list(p, &list)
        }
        Some(Selection::Event(i)) => match doc.events.get(*i) {
            Some(e) => html! {
                <dl>
                    <dt>{ "Date" }</dt><dd>{ if e.date.is_empty() { "unresolved".to_string() } else { e.date.clone() } }</dd>
                    <dt>{ "Mention" }</dt><dd>{ slice(&map, &p.text, e.mention) }</dd>
                </dl>
            },
            None => html! {},
        },
    };
    region("details", "Selection", body)
}
