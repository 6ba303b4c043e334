//! Asking for something and blaming someone: positions that no single stance word carries.
//!
//! - `stance.asks`: "called for an inquiry", "pushed for tax fairness", "demanded an apology":
//!   the holder wants what is asked for (support).
//! - `stance.blame`: "the utility is to blame", "Democrats and the media are partly to blame":
//!   whoever says so opposes what is blamed; the holder is the speaker of those words, never the
//!   subject blamed.

use std::ops::Range;

use super::actor::Reading;
use crate::document::Polarity;
use crate::lexicon::flag;
use crate::rules::Rule;
use crate::view::View;

/// Words that may stand between the copula and "to blame": "partly", "largely", "also".
const BLAME_FILLERS: &[&str] = &[
    "partly", "largely", "mostly", "also", "not", "entirely", "chiefly", "solely", "to",
];

/// Heads that ask for an end of what their "of" phrase names: "called for the repeal of the
/// act" opposes the act.
const ENDING: &[&str] = &[
    "repeal",
    "end",
    "ban",
    "abolition",
    "removal",
    "withdrawal",
    "resignation",
    "ouster",
    "halt",
    "cancellation",
    "scrapping",
    "suspension",
    "reversal",
    "dismissal",
    "firing",
    "impeachment",
];

/// What asking for the phrase `object` shows: support for it, or, for an end of something
/// ("the repeal of the act"), opposition to what its "of" phrase names. `None` when what is
/// asked for is an act of others ("called for voters to stay home") or an office sought
/// ("campaigning for president").
fn asked(v: &View, object: &Range<usize>) -> Option<(Polarity, Range<usize>)> {
    let last = object.end.checked_sub(1)?;
    if v.is(object.end, "to") || (object.len() == 1 && v.toks[last].lex().has(flag::ROLE | flag::TITLE)) {
        return None;
    }
    if ENDING.iter().any(|w| v.word(last).eq_ignore_ascii_case(w)) && v.is(object.end, "of") {
        let hi = v.sentence(last).end;
        let ended = super::object::object_phrase(v, object.end + 1, hi)?;
        return Some((Polarity::Oppose, ended));
    }
    Some((Polarity::Support, object.clone()))
}

/// Where what is asked for starts when `k` asks for something ("called for X", "demanded an
/// apology"; the verbs of `data/asking.txt`).
pub(super) fn asks_from(v: &View, k: usize, hi: usize) -> Option<usize> {
    let e = v.toks[k].lex();
    let object_next = || v.get(k + 1).is_some_and(|n| n.is_det() || n.lex().pron.is_some());
    if e.has(flag::ASK_FOR) && k + 2 < hi && v.is(k + 1, "for") {
        Some(k + 2)
    } else if e.has(flag::ASK_OBJECT) && k + 1 < hi && object_next() && !v.is(k + 1, "that") {
        Some(k + 1)
    } else {
        None
    }
}

/// The reading of asking for the phrase starting at `from`: support for it, or opposition to
/// what an end is asked for ([`asked`]); none when what is asked for is no target.
pub(super) fn asking(v: &View, from: usize, hi: usize) -> Option<Reading> {
    let object = super::object::object_phrase(v, from, hi)?;
    let (polarity, object) = asked(v, &object)?;
    Some(Reading {
        object: Some(object),
        ..Reading::new(polarity, from, from, Rule::StanceAsks)
    })
}

/// "[X] is (partly) to blame" ending at `k` ("blame"): opposition to the subject blamed, held
/// only by the speaker of those words.
pub(super) fn blamed_at(v: &View, k: usize, lo: usize) -> Option<Reading> {
    if !v.is(k, "blame") || k < lo + 2 || !v.is(k - 1, "to") {
        return None;
    }
    let mut c = k - 1;
    while c > lo && c + 4 > k && BLAME_FILLERS.iter().any(|f| v.is(c - 1, f)) {
        c -= 1;
    }
    if c <= lo || !v.is_any(c - 1, &["is", "are", "was", "were", "be", "'s", "’s"]) {
        return None;
    }
    let subject = crate::phrase::subject_left(v, c - 1, lo)?;
    Some(Reading {
        object: Some(subject.toks.clone()),
        words: Some([k - 1, k]),
        speaker_only: true,
        ..Reading::new(Polarity::Oppose, k + 1, subject.toks.start, Rule::StanceBlame)
    })
}
