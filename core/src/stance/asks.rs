//! Asking for something and blaming someone: positions that no single stance word carries.
//!
//! - `stance.asks`: "called for an inquiry", "pushed for tax fairness", "demanded an apology":
//!   the holder wants what is asked for (support).
//! - `stance.blame`: "the utility is to blame", "Democrats and the media are partly to blame":
//!   whoever says so opposes what is blamed; the holder is the speaker of those words, never the
//!   subject blamed.

use std::ops::Range;

use crate::lexicon::flag;
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
pub(super) fn asked(v: &View, object: &Range<usize>) -> Option<(crate::document::Polarity, Range<usize>)> {
    use crate::document::Polarity;
    let last = object.end.checked_sub(1)?;
    if v.is(object.end, "to") || (object.len() == 1 && v.toks[last].lex().has(flag::ROLE | flag::TITLE)) {
        return None;
    }
    if ENDING.iter().any(|w| v.word(last).eq_ignore_ascii_case(w)) && v.is(object.end, "of") {
        let hi = v.sentence(last).end;
        let ended = super::actor::object_phrase(v, object.end + 1, hi)?;
        return Some((Polarity::Oppose, ended));
    }
    Some((Polarity::Support, object.clone()))
}

/// "called for X", "demanded an apology" at `k` (verbs of `data/asking.txt`): where the cue
/// ends and the object starts.
pub(super) fn asks_at(v: &View, k: usize, hi: usize) -> Option<(usize, usize)> {
    let e = v.toks[k].lex();
    if e.has(flag::ASK_FOR) && k + 2 < hi && v.is(k + 1, "for") {
        return Some((k + 2, k + 2));
    }
    let object_next = || v.get(k + 1).is_some_and(|n| n.is_det() || n.lex().pron.is_some());
    if e.has(flag::ASK_OBJECT) && k + 1 < hi && object_next() && !v.is(k + 1, "that") {
        return Some((k + 1, k + 1));
    }
    None
}

/// "[X] is (partly) to blame" ending at `k` ("blame"): the subject blamed.
pub(super) fn blamed_at(v: &View, k: usize, lo: usize) -> Option<Range<usize>> {
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
    Some(subject.toks)
}
