//! Voices across a selection of saved articles: who is quoted most, and the share of quoted
//! words by kind of source per article and in total, as a table and a bar chart (our own
//! SVG, described for screen readers), exported as CSV.

use std::collections::HashSet;

use standpoint_core::corpus::VoiceWords;
use yew::prelude::*;

use super::{doc_id, PartProps};

/// The kinds of source, with the words the table and chart use for them.
const KINDS: [(&str, &str); 5] = [
    ("named", "Named people"),
    ("anonymous", "Anonymous sources"),
    ("group", "Groups"),
    ("organization", "Organizations"),
    ("unattributed", "Unattributed"),
];

/// A share as a whole percentage.
fn percent(words: usize, total: usize) -> String {
    if total == 0 {
        "0%".into()
    } else {
        format!("{:.0}%", words as f64 * 100.0 / total as f64)
    }
}

/// One row of the table.
fn row(label: Html, w: &VoiceWords, total_row: bool) -> Html {
    let t = w.total();
    let cells = w
        .kinds()
        .map(|(_, n)| html! { <td class="num">{ format!("{n} ({})", percent(n, t)) }</td> });
    html! {
        <tr class={classes!(total_row.then_some("total"))}>
            <th scope="row">{ label }</th>
            <td class="num">{ t }</td>
            { for cells }
        </tr>
    }
}

/// One stacked bar of the chart: the `y`th, 100 wide, 3 high on a pitch of 4.
fn bar(y: usize, w: &VoiceWords) -> Html {
    let t = w.total().max(1) as f64;
    let mut x = 0.0;
    let parts = w.kinds().map(|(kind, n)| {
        let width = n as f64 * 100.0 / t;
        let r = html! { <rect class={format!("kind-{kind}")} x={format!("{x:.2}")} y={(y * 4).to_string()} width={format!("{width:.2}")} height="3" /> };
        x += width;
        r
    });
    html! { <g>{ for parts }</g> }
}

/// The voices part.
#[function_component]
pub fn VoicesAcross(p: &PartProps) -> Html {
    let lib = &p.lib;
    let message = use_state(String::new);
    let all: Vec<String> = p.lib.docs.iter().map(doc_id).collect();
    let selected = use_state(|| all.iter().cloned().collect::<HashSet<String>>());
    let picks = p.lib.docs.iter().map(|doc| {
        let id = doc_id(doc);
        let on = selected.contains(&id);
        let toggle = {
            let selected = selected.clone();
            let id = id.clone();
            Callback::from(move |_: Event| {
                let mut s = (*selected).clone();
                if !s.remove(&id) {
                    s.insert(id.clone());
                }
                selected.set(s);
            })
        };
        html! { <label class="pick"><input type="checkbox" checked={on} onchange={toggle} />{ format!(" {}", lib.title_of(doc)) }</label> }
    });
    let chosen: Vec<_> = p
        .lib
        .voices
        .articles
        .iter()
        .zip(&p.lib.docs)
        .filter(|(_, d)| selected.contains(&doc_id(d)))
        .collect();
    let mut total = VoiceWords::default();
    for (a, _) in &chosen {
        total.add(&a.words);
    }
    // Who is quoted most in the selection: quotes in the chosen articles.
    let ids: HashSet<usize> = p
        .lib
        .docs
        .iter()
        .enumerate()
        .filter(|(_, d)| selected.contains(&doc_id(d)))
        .map(|(i, _)| i)
        .collect();
    let mut most: Vec<(String, usize)> = p
        .lib
        .actors
        .iter()
        .map(|a| {
            let n = a
                .appearances
                .iter()
                .filter(|(d, _)| ids.contains(d))
                .map(|(d, id)| {
                    p.lib.docs[*d]
                        .quotes
                        .iter()
                        .filter(|q| q.speaker.as_deref() == Some(id.as_str()))
                        .count()
                })
                .sum();
            (a.name.clone(), n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    standpoint_core::sort::by_key(&mut most, |(_, n)| std::cmp::Reverse(*n));
    let most = most
        .into_iter()
        .take(5)
        .map(|(name, n)| html! { <li>{ format!("{name}: {n}") }</li> });
    let rows = chosen
        .iter()
        .map(|(a, d)| row(html! { { lib.title_of(d) } }, &a.words, false));
    let bars = chosen.iter().enumerate().map(|(i, (a, _))| bar(i, &a.words));
    let height = (chosen.len() + 1) * 4;
    let desc = chosen
        .iter()
        .map(|(a, d)| {
            let t = a.words.total();
            let parts: Vec<String> = a
                .words
                .kinds()
                .iter()
                .zip(KINDS)
                .map(|((_, n), (_, label))| format!("{label} {}", percent(*n, t)))
                .collect();
            format!("{}: {}.", lib.title_of(d), parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let legend = KINDS.iter().map(|(k, label)| html! { <li><svg class="key" viewBox="0 0 10 10" aria-hidden="true"><rect class={format!("kind-{k}")} width="10" height="10" /></svg>{ format!(" {label}") }</li> });
    let on_export = {
        let docs: Vec<_> = chosen.iter().map(|(_, d)| (*d).clone()).collect();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = standpoint_core::corpus::voices_csv(&standpoint_core::corpus::voices(&docs));
            message.set(match crate::io::download("library-voices.csv", "text/csv", &csv) {
                Ok(()) => "Exported library-voices.csv.".to_string(),
                Err(e) => e,
            });
        })
    };
    let heads = KINDS
        .iter()
        .map(|(_, label)| html! { <th scope="col" class="num">{ *label }</th> });
    html! {
        <div class="across-voices">
            <fieldset class="picks"><legend>{ "Articles" }</legend>{ for picks }</fieldset>
            <h3>{ "Quoted most" }</h3>
            <ol class="most-quoted">{ for most }</ol>
            <h3 id="voices-table-caption">{ "Quoted words by kind of source" }</h3>
            <div class="matrix-wrap">
                <table class="grid voices-table" aria-labelledby="voices-table-caption">
                    <thead><tr><th scope="col">{ "Article" }</th><th scope="col" class="num">{ "Quoted words" }</th>{ for heads }</tr></thead>
                    <tbody>{ for rows }{ row(html! { "All selected" }, &total, true) }</tbody>
                </table>
            </div>
            <svg class="voices-chart" viewBox={format!("0 0 100 {height}")} role="img" aria-labelledby="voices-chart-title voices-chart-desc">
                <title id="voices-chart-title">{ "Share of quoted words by kind of source, one bar per article" }</title>
                <desc id="voices-chart-desc">{ desc }</desc>
                { for bars }
                { bar(chosen.len(), &total) }
            </svg>
            <ul class="chart-legend">{ for legend }</ul>
            <button type="button" onclick={on_export} disabled={chosen.is_empty()}>{ "Export voices as CSV" }</button>
            <p class="meta" role="status">{ (*message).clone() }</p>
        </div>
    }
}
