//! Naming with an evaluation (`stance.called`): "called the levy reckless", "described the
//! plan as a mistake", "branded it a disgrace". The actor who names holds the stance; the
//! phrase named is the target; the evaluation's words give the side.

use std::ops::Range;

use super::words::{ends_clause, word_score};
use crate::document::Polarity;
use crate::view::View;

/// The attribution verbs (by lemma, `data/cues.txt`) that name: "called it a mistake".
const NAMING: &[&str] = &["call", "describe", "label", "brand"];

/// The most words an evaluation may have after the phrase named.
const EVALUATION: usize = 5;

/// The least score of an evaluation.
const LEAST: f32 = 0.75;

/// What naming at `k` shows: the phrase named, the evaluation's strongest word and the side.
/// `object` reads the phrase named from a token; `hi` ends the sentence.
pub(super) fn called_at(
    v: &View,
    k: usize,
    hi: usize,
    object: impl Fn(usize) -> Option<Range<usize>>,
) -> Option<(Range<usize>, usize, Polarity)> {
    // Most words are no verbs of attribution: one lookup settles them.
    let cue = v.toks[k].lex().cue?;
    if !NAMING.contains(&crate::lexicon::lexicon().cues[usize::from(cue)].lemma)
        || v.is_any(k + 1, &["for", "on", "in", "up", "off", "out", "back", "to"])
    {
        return None;
    }
    let named = object(k + 1)?;
    let mut j = named.end;
    if v.is(j, "as") {
        j += 1;
    }
    let (mut total, mut best, mut best_w) = (0.0_f32, None, 0.0_f32);
    let mut i = j;
    while i < hi && i < j + EVALUATION && !ends_clause(v, i) {
        let w = word_score(v, i, j);
        total += w;
        if w.abs() > best_w.abs() {
            (best, best_w) = (Some(i), w);
        }
        i += 1;
    }
    let best = best?;
    if total.abs() < LEAST {
        return None;
    }
    let polarity = if total > 0.0 {
        Polarity::Support
    } else {
        Polarity::Oppose
    };
    Some((named, best, polarity))
}
