//! Table-driven attribution cases, in our own words, one table per room of the pass.
//!
//! A case is named by the ids of the rules that make its quotes, in order, before a colon
//! ("reported.left: a clause before its speaker"); [`check`] requires those rules, so a case
//! fails when another rule reads its sentence, and DESIGN.md, the code and the tests share one
//! name per rule. A case with no quotes has no ids.

mod direct;
mod not_speech;
mod others;
mod paragraphs;
mod regressions;
mod reported;
mod speakers;

use crate::rules::Rule;
use crate::{annotate, Document, Options, QuoteKind};

/// What a case expects of one quote: content, cue, source text, speaker name, kind.
type Want = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    QuoteKind,
);

/// A case: its name (rule ids, a colon, what it shows), the text, the quotes expected.
type Case = (&'static str, &'static str, &'static [Want]);

use QuoteKind::{Direct, Indirect, Mixed};

fn text_of(text: &str, spans: &[[usize; 2]]) -> String {
    let chars: Vec<char> = text.chars().collect();
    spans
        .iter()
        .map(|r| chars[r[0]..r[1]].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" | ")
}

fn got(text: &str, doc: &Document) -> Vec<(String, String, String, Option<String>, QuoteKind)> {
    doc.quotes
        .iter()
        .map(|q| {
            (
                text_of(text, &q.content),
                text_of(text, &q.cue),
                text_of(text, &q.source),
                q.speaker.as_ref().and_then(|s| doc.actor(s)).map(|a| a.name.clone()),
                q.kind,
            )
        })
        .collect()
}

/// The rule ids a case's name starts with ("direct.after-close reported.that: …"; "-" for a
/// quote left without a speaker).
fn rule_ids(name: &str) -> Vec<&str> {
    match name.split_once(": ") {
        Some((ids, _))
            if ids
                .split(' ')
                .all(|id| id == "-" || (id.contains('.') && !id.contains(','))) =>
        {
            ids.split(' ').collect()
        }
        _ => Vec::new(),
    }
}

/// The text annotated with the rules explained.
fn explained(text: &str) -> Document {
    annotate(
        text,
        &Options {
            explain: true,
            ..Options::default()
        },
    )
}

fn check(name: &str, text: &str, want: &[Want]) {
    let doc = explained(text);
    let want: Vec<(String, String, String, Option<String>, QuoteKind)> = want
        .iter()
        .map(|(c, cue, s, sp, k)| {
            (
                c.to_string(),
                cue.to_string(),
                s.to_string(),
                sp.map(str::to_string),
                *k,
            )
        })
        .collect();
    assert_eq!(got(text, &doc), want, "case {name}: {text}");
    let rules: Vec<&str> = doc.quotes.iter().map(|q| q.rule.as_deref().unwrap_or("-")).collect();
    assert_eq!(rules, rule_ids(name), "case {name}: the rules that made its quotes");
}

fn check_all(cases: &[Case]) {
    for (name, text, want) in cases {
        check(name, text, want);
    }
}

/// Every rule of the attribution pass (a quote's rule or a speaker's) has a named case.
#[test]
fn every_rule_has_a_case() {
    let tables = [
        direct::CASES,
        paragraphs::CASES,
        reported::CASES,
        others::CASES,
        regressions::CASES,
    ];
    let mut named: Vec<&str> = tables
        .iter()
        .flat_map(|t| t.iter())
        .flat_map(|(n, _, _)| rule_ids(n))
        .collect();
    named.extend(speakers::CASES.iter().flat_map(|(n, _, _)| rule_ids(n)));
    let rooms = [
        "direct.",
        "block.",
        "label.",
        "signed.",
        "reported.",
        "according.",
        "finding.",
        "question.",
        "owned.",
        "floating.",
        "speaker.",
    ];
    for r in Rule::ALL {
        let id = r.id();
        if rooms.iter().any(|room| id.starts_with(room)) {
            assert!(named.contains(&id), "no case is named by {id}");
        }
    }
}
