//! Two saved articles side by side: the speakers both quote (their quotes in two columns),
//! those each quotes alone, and where the same actor's position on an issue differs.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{doc_id, open_at, quote_text, PartProps};
use crate::components::panels::polarity_label;
use crate::state::Pending;
use standpoint_core::Document;

/// A list of quotes of one article, each opening its passage.
fn quotes(doc: &Document, ids: &[String]) -> Html {
    let items = ids.iter().map(|id| {
        html! {
            <li><button type="button" class="link quote-link" onclick={open_at(doc, Pending::Quote(id.clone()))}>
                { quote_text(doc, id) }</button></li>
        }
    });
    html! { <ul class="side-quotes">{ for items }</ul> }
}

/// The comparison part.
#[function_component]
pub fn CompareTwo(p: &PartProps) -> Html {
    let lib = &p.lib;
    let docs = &lib.docs;
    let pair = use_state(|| (0usize, 1usize.min(docs.len().saturating_sub(1))));
    let compared = {
        let lib = lib.clone();
        use_memo((*pair, lib), |((a, b), lib)| {
            match (lib.docs.get(*a), lib.docs.get(*b)) {
                (Some(x), Some(y)) => Some(standpoint_core::corpus::compare(x, y)),
                _ => None,
            }
        })
    };
    let select = |which: usize, label: &str| {
        let current = if which == 0 { pair.0 } else { pair.1 };
        let pair = pair.clone();
        let on_change = Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let i = s.value().parse().unwrap_or(0);
            pair.set(if which == 0 { (i, pair.1) } else { (pair.0, i) });
        });
        let options = docs.iter().enumerate().map(|(i, d)| {
            html! { <option value={i.to_string()} selected={i == current}>{ lib.title_of(d) }</option> }
        });
        let id = format!("compare-{which}");
        html! {
            <div class="compare-pick">
                <label for={id.clone()}>{ label.to_string() }</label>
                <select id={id} onchange={on_change}>{ for options }</select>
            </div>
        }
    };
    let (a, b) = *pair;
    let body = match (&*compared, docs.get(a), docs.get(b)) {
        (Some(c), Some(da), Some(db)) => {
            let both = c.both.iter().map(|t| {
                html! {
                    <tr data-actor-name={t.name.clone()}>
                        <th scope="row">{ t.name.clone() }</th>
                        <td>{ quotes(da, &t.a) }</td>
                        <td>{ quotes(db, &t.b) }</td>
                    </tr>
                }
            });
            let alone = |sides: &[standpoint_core::corpus::Side], doc: &Document| {
                let items = sides.iter().map(|s| html! { <li>{ format!("{} ({}, {} quote{})", s.name, s.kind.as_str(), s.quotes.len(), if s.quotes.len() == 1 { "" } else { "s" }) }</li> });
                if sides.is_empty() {
                    html! { <p class="empty">{ "None." }</p> }
                } else {
                    html! { <ul class="only" data-article={doc_id(doc)}>{ for items }</ul> }
                }
            };
            let diffs = c.differences.iter().map(|d| {
                html! {
                    <li class="difference">
                        <strong>{ d.name.clone() }</strong>
                        { format!(" on {}: {} in the first, {} in the second", d.issue_a, polarity_label(d.a), polarity_label(d.b)) }
                    </li>
                }
            });
            html! {
                <>
                    <h3>{ "Quoted by both" }</h3>
                    if c.both.is_empty() {
                        <p class="empty">{ "No speaker is quoted in both." }</p>
                    } else {
                        <div class="matrix-wrap"><table class="grid compare-table">
                            <thead><tr><th scope="col">{ "Speaker" }</th><th scope="col">{ lib.title_of(da) }</th><th scope="col">{ lib.title_of(db) }</th></tr></thead>
                            <tbody>{ for both }</tbody>
                        </table></div>
                    }
                    <h3>{ format!("Only in {}", lib.title_of(da)) }</h3>
                    { alone(&c.only_a, da) }
                    <h3>{ format!("Only in {}", lib.title_of(db)) }</h3>
                    { alone(&c.only_b, db) }
                    <h3>{ "Different positions" }</h3>
                    if c.differences.is_empty() {
                        <p class="empty">{ "No actor takes a different position on the same issue." }</p>
                    } else {
                        <ul class="differences">{ for diffs }</ul>
                    }
                </>
            }
        }
        _ => html! {},
    };
    html! {
        <div class="across-compare">
            if docs.len() < 2 {
                <p class="empty">{ "Save two articles to compare them." }</p>
            } else {
                <div class="compare-picks">{ select(0, "First article") }{ select(1, "Second article") }</div>
                { body }
            }
        </div>
    }
}
