//! The Stances panel: the actor × target matrix with its legend, and the evidence a cell or a
//! stance opens in the Selection panel.

use standpoint_core::{matrix, Cell, CharRange, OffsetMap, TargetKind};
use yew::prelude::*;

use super::panels::{polarity_label, region, slice, PanelProps};
use crate::state::Selection;

/// The actor × target stance matrix, issues before actors; a cell opens its evidence.
#[function_component]
pub fn StancesPanel(p: &PanelProps) -> Html {
    let doc = &p.doc;
    let cells = matrix(doc);
    if cells.is_empty() {
        return region(
            "stances",
            "Stances",
            html! { <p class="empty">{ "No stances found." }</p> },
        );
    }
    let columns = matrix_columns(&cells);
    let mut holders: Vec<&str> = Vec::new();
    for c in &cells {
        if !holders.contains(&c.holder.as_str()) {
            holders.push(&c.holder);
        }
    }
    let header = columns.iter().map(|c| {
        let kind = c.target_kind.as_str();
        html! { <th scope="col" data-kind={kind} title={format!("{} ({kind})", c.target)}>{ &c.target }</th> }
    });
    let rows = holders.iter().map(|&h| {
        let name = doc.actor(h).map_or(h.to_string(), |a| a.name.clone());
        let tds: Vec<Html> = columns
            .iter()
            .map(|col| {
                match cells
                    .iter()
                    .find(|c| c.holder == h && c.target_key() == col.target_key())
                {
                    Some(c) => matrix_cell(p, &name, c),
                    None => html! { <td class="none">{ "—" }</td> },
                }
            })
            .collect();
        html! { <tr><th scope="row">{ name }</th>{ for tds }</tr> }
    });
    region(
        "stances",
        "Stances",
        html! {
            <>
                { stance_legend() }
                <div class="matrix-wrap">
                    <table class="grid matrix">
                        <thead><tr><th scope="col">{ "Actor" }</th>{ for header }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </>
        },
    )
}

/// The matrix's columns: one cell per target, issues first, each kind in order of first
/// evidence.
fn matrix_columns(cells: &[Cell]) -> Vec<&Cell> {
    let mut columns: Vec<&Cell> = Vec::new();
    for c in cells {
        if !columns.iter().any(|o| o.target_key() == c.target_key()) {
            columns.push(c);
        }
    }
    standpoint_core::sort::by_key(&mut columns, |c| c.target_kind != TargetKind::Issue);
    columns
}

/// A filled cell of the matrix: the overall stance and how much evidence there is.
fn matrix_cell(p: &PanelProps, name: &str, c: &Cell) -> Html {
    let sel = Selection::Cell(c.holder.clone(), c.target_key().to_string());
    let selected = p.selection.as_ref() == Some(&sel);
    let on_click = {
        let cb = p.on_select.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Some(sel.clone())))
    };
    let pieces = c.support + c.oppose + c.neutral;
    let counts = format!(
        "{pieces} evidence: {} support, {} oppose, {} neutral",
        c.support, c.oppose, c.neutral
    );
    html! {
        <td>
            // The name a screen reader gives is the visible text with its row and column
            // around it (never a label that leaves the visible words out).
            <button type="button" class={classes!("cell", selected.then_some("selected"))} data-stance={c.overall.as_str()}
                onclick={on_click} aria-pressed={selected.to_string()} title={counts.clone()}>
                <span class="visually-hidden">{ format!("{name} on {}: ", c.target) }</span>
                { polarity_label(c.overall) }{ format!(" ×{pieces}") }
                <span class="visually-hidden">{ format!(" ({counts})") }</span>
            </button>
        </td>
    }
}

/// What the stance layer's marks mean.
fn stance_legend() -> Html {
    html! {
        <p class="legend" aria-label="Legend">
            <span class="stance" data-stance="support">{ "support" }</span>{ " " }
            <span class="stance" data-stance="oppose">{ "oppose" }</span>{ " " }
            <span class="stance" data-stance="neutral">{ "neutral" }</span>{ " — the words that show a stance; " }
            <span class="target-mention">{ "underlined" }</span>{ ": what it is about." }
        </p>
    }
}

/// Each stance with its confidence and every piece of its evidence: the cue, the sentence and
/// the quote it comes from.
pub(super) fn evidence_list(p: &PanelProps, stances: &[standpoint_core::Stance]) -> Html {
    let doc = &p.doc;
    let map = OffsetMap::new(&p.text);
    let items = stances.iter().map(|s| {
        let holder = doc.actor(&s.holder).map_or(s.holder.clone(), |a| a.name.clone());
        let index = doc.stances.iter().position(|x| x.id == s.id).unwrap_or(0);
        let on_click = {
            let cb = p.on_select.clone();
            Callback::from(move |_: MouseEvent| cb.emit(Some(Selection::Stance(index))))
        };
        // Documents from before evidence was kept have the stance's own cue and sentence.
        let pieces: Vec<(Vec<CharRange>, Option<CharRange>, Option<String>)> = if s.evidence.is_empty() {
            vec![(s.cue.clone(), s.sentence, s.quote.clone())]
        } else {
            s.evidence
                .iter()
                .map(|e| (e.cue.clone(), Some(e.sentence), e.quote.clone()))
                .collect()
        };
        let pieces =
            pieces.into_iter().map(|(cue, sentence, quote)| {
                let cue: Vec<String> = cue.iter().map(|&r| slice(&map, &p.text, r)).collect();
                let sentence = sentence.map(|r| slice(&map, &p.text, r)).unwrap_or_default();
                let from = quote.and_then(|id| doc.quotes.iter().position(|q| q.id == id)).map(|qi| {
                let cb = p.on_select.clone();
                let on_quote = Callback::from(move |_: MouseEvent| cb.emit(Some(Selection::Quote(qi))));
                html! { <button type="button" class="link from-quote" onclick={on_quote}>{ "in a quote" }</button> }
            });
                html! {
                    <li>
                        <strong>{ cue.join(" … ") }</strong>{ for from }
                        <blockquote>{ sentence }</blockquote>
                    </li>
                }
            });
        let kind = s.target.kind.as_str();
        html! {
            <li class="evidence" data-stance={s.polarity.as_str()}>
                <button type="button" class="link" onclick={on_click}>
                    { format!("{} — {} on “{}” ({kind})", polarity_label(s.polarity), holder, s.target.label) }
                </button>
                <span class="confidence">{ format!(" confidence {:.0}%", s.confidence * 100.0) }</span>
                <ol class="pieces">{ for pieces }</ol>
            </li>
        }
    });
    html! { <ul class="evidence-list">{ for items }</ul> }
}
