//! The summary above the article: whose voices it carries (quotes and share of the quoted
//! words), how much of it comes from anonymous sources, and where the voices stand on the
//! main issues. Every item selects its passage in the text. It shows the document's own
//! `summary`, so the page, the JSON export and the CLI's `--format summary` agree.

use std::rc::Rc;

use standpoint_core::{Document, IssuePositions, Polarity, Voice};
use yew::prelude::*;

use crate::state::Selection;

/// Properties of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The annotated document.
    pub doc: Rc<Document>,
    /// Called to select a quote or a stance.
    pub on_select: Callback<Option<Selection>>,
}

/// How many voices show before the "more voices" disclosure.
const SHOWN: usize = 4;

/// A share (0–1) as a whole percentage.
fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// The icon a polarity shows, and the word a screen reader reads with it.
fn icon(p: Polarity) -> (&'static str, &'static str) {
    match p {
        Polarity::Support => ("▲", "supports"),
        Polarity::Oppose => ("▼", "opposes"),
        Polarity::Neutral => ("●", "neutral on"),
    }
}

/// A button that selects `sel`, with `body` as its visible text.
fn select_button(
    on_select: &Callback<Option<Selection>>,
    sel: Option<Selection>,
    class: &'static str,
    body: Html,
) -> Html {
    let cb = on_select.clone();
    let disabled = sel.is_none();
    let onclick = Callback::from(move |_: MouseEvent| cb.emit(sel.clone()));
    html! { <button type="button" class={classes!("link", class)} {onclick} {disabled}>{ body }</button> }
}

/// One voice: name (a link to its first quote), kind, quotes and share, with a bar.
fn voice(doc: &Document, on_select: &Callback<Option<Selection>>, v: &Voice) -> Html {
    let first = v
        .quotes
        .first()
        .and_then(|id| doc.quotes.iter().position(|q| &q.id == id))
        .map(Selection::Quote);
    let n = v.quotes.len();
    let quotes = if n == 1 {
        "1 quote".to_string()
    } else {
        format!("{n} quotes")
    };
    // The bar's width is an SVG attribute: the page's style policy allows no inline styles.
    let width = format!("{:.1}", (v.share * 100.0).clamp(0.0, 100.0));
    html! {
        <li class="voice" data-voice={v.name.clone()} data-kind={v.voice.clone()}>
            { select_button(on_select, first, "voice-name", html! { { v.name.clone() } }) }
            <span class="voice-kind">{ v.voice.clone() }</span>
            <span class="voice-count">{ format!("{quotes} · {} of quoted words", percent(v.share)) }</span>
            <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-track" x="0" y="0" width="100" height="4" />
                <rect class="bar-fill" x="0" y="0" width={width} height="4" />
            </svg>
        </li>
    }
}

/// One issue with each holder's position on it.
fn issue(doc: &Document, on_select: &Callback<Option<Selection>>, i: &IssuePositions) -> Html {
    let positions = i.positions.iter().map(|p| {
        let (mark, word) = icon(p.polarity);
        let sel = p
            .stances
            .first()
            .and_then(|id| doc.stances.iter().position(|s| &s.id == id))
            .map(Selection::Stance);
        let body = html! {
            <>
                <span aria-hidden="true">{ format!("{mark} ") }</span>{ p.name.clone() }
                <span class="visually-hidden">{ format!(" {word} {}", i.label) }</span>
            </>
        };
        html! {
            <li class="position" data-stance={p.polarity.as_str()} data-holder={p.name.clone()}>
                { select_button(on_select, sel, "position-link", body) }
            </li>
        }
    });
    html! {
        <li class="issue" data-target={i.target.clone()}>
            <span class="issue-label">{ i.label.clone() }</span>
            <ul class="positions">{ for positions }</ul>
        </li>
    }
}

/// The summary region.
#[function_component]
pub fn Summary(p: &SummaryProps) -> Html {
    let s = &p.doc.summary;
    let overview = if s.quoted_words == 0 {
        "No quotes found.".to_string()
    } else {
        let voices = match s.voices.len() {
            1 => "1 voice".to_string(),
            n => format!("{n} voices"),
        };
        format!(
            "{voices}; {} quoted words, {} of them from anonymous sources.",
            s.quoted_words,
            percent(s.anonymous_share)
        )
    };
    // The first few voices at once; the rest behind a disclosure, so the article stays near.
    let voices = s.voices.iter().take(SHOWN).map(|v| voice(&p.doc, &p.on_select, v));
    let rest = s.voices.iter().skip(SHOWN).map(|v| voice(&p.doc, &p.on_select, v));
    let more = s.voices.len().saturating_sub(SHOWN);
    let issues = s.issues.iter().map(|i| issue(&p.doc, &p.on_select, i));
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ "Summary" }</h2>
            <p class="overview" data-anonymous-share={s.anonymous_share.to_string()}>{ overview }</p>
            if !s.voices.is_empty() {
                <h3 class="summary-sub">{ "Voices" }</h3>
                <ul class="voices">{ for voices }</ul>
                if more > 0 {
                    <details class="more-voices">
                        <summary>{ if more == 1 { "1 more voice".to_string() } else { format!("{more} more voices") } }</summary>
                        <ul class="voices">{ for rest }</ul>
                    </details>
                }
            }
            if !s.issues.is_empty() {
                <h3 class="summary-sub">{ "Positions on the main issues" }</h3>
                <ul class="issues">{ for issues }</ul>
            }
        </section>
    }
}
