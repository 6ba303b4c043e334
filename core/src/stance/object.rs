//! What a stance is about: the noun phrase after a stance word ("backed the ferry plan"),
//! the phrase a naming verb names ("called the levy reckless"), the "of" phrase after a light
//! head ("the idea of a tax"), and whether a clause follows a feeling word ("confident the
//! party has learned"). Used by [`super::actor`] and [`super::asks`].

use std::ops::Range;

use super::targets::Targets;
use crate::lexicon::{flag, Case, Tag};
use crate::tokens::{shape, Kind};
use crate::view::View;

/// Whether a clause starts at `k`: a noun phrase or pronoun and a verb after it ("the party
/// has learned", "it would regain").
pub(super) fn takes_clause(v: &View, k: usize, hi: usize) -> bool {
    object_phrase(v, k, hi).is_some_and(|np| {
        np.end < hi && {
            let t = &v.toks[np.end];
            let e = t.lex();
            crate::phrase::is_verbish(t) || e.has(flag::VERB_WORD) && !e.has(flag::NOUN_WORD)
        }
    })
}

/// The phrase a stance on `object` is about: the "of" or "for" phrase after a light head
/// ("denied the existence of a link", "rejected the idea of a tax", "questioned the need for
/// a bridge"; `data/light_heads.txt`),
/// else `object` itself.
pub(super) fn past_light_head(v: &View, object: Range<usize>, hi: usize) -> Range<usize> {
    let light = object.end > object.start
        && v.toks[object.end - 1].lex().has(flag::LIGHT_HEAD)
        && v.is_any(object.end, &["of", "for"]);
    light
        .then(|| object_phrase(v, object.end + 1, hi))
        .flatten()
        .unwrap_or(object)
}

/// The phrase a naming verb names, from `k`: a target's mention starting there (so that the
/// evaluation after it stays out: "called the levy reckless"), or else the noun phrase.
pub(super) fn named_phrase(v: &View, targets: &Targets, k: usize, hi: usize) -> Option<Range<usize>> {
    let mention = targets.at(k).and_then(|t| targets.mention_at(t, k));
    mention
        .filter(|m| m.start == k && m.end <= hi)
        .or_else(|| object_phrase(v, k, hi))
}

/// The noun phrase starting at `k` (a determiner or possessive, modifiers, a head noun or a
/// name): what a stance is about.
pub(super) fn object_phrase(v: &View, k: usize, hi: usize) -> Option<Range<usize>> {
    let toks = v.toks;
    let text = v.text;
    let mut j = k;
    // Skip a verb after "stopped short of" ("endorsing"), "to" before an infinitive.
    while j < hi
        && j < k + 2
        && toks[j].kind == Kind::Word
        && (toks[j].text(text).ends_with("ing") || toks[j].text(text) == "to")
        && !toks[j].is(shape::CAP)
    {
        j += 1;
    }
    // Time words are not targets ("criticism on Wednesday from farmers").
    while j < hi && (toks[j].lex().has(flag::CALENDAR) || matches!(toks[j].text(text), "on" | "in" | "at")) && j < k + 3
    {
        j += 1;
    }
    let start = j;
    let mut last_word = None;
    while j < hi && j < start + 8 {
        let t = &toks[j];
        let e = t.lex();
        if e.has(flag::CALENDAR) {
            break;
        }
        let determiner = matches!(e.tag, Some(Tag::Det | Tag::Num)) || matches!(e.pron, Some((_, Case::Poss)));
        // (A cue word after a determiner, an owner or a preposition is a noun: "the talks".)
        let content = t.kind == Kind::Word
            && !e.has(flag::FUNCTION | flag::PRONOUN)
            && if j == start {
                t.lex().cue.is_none() || t.is(shape::CAP)
            } else {
                !crate::phrase::verb_in_phrase(v, j)
            };
        let joiner = t.is(shape::POSSESSIVE) || (t.kind == Kind::Punct && t.ch == '-');
        if (determiner && last_word.is_none()) || content || (joiner && last_word.is_some()) || t.kind == Kind::Number {
            if content {
                last_word = Some(j);
            }
            j += 1;
            continue;
        }
        // A pronoun object ("oppose it", "praised her").
        if last_word.is_none() && j == start && e.pron.is_some() && t.kind == Kind::Word {
            return Some(j..j + 1);
        }
        break;
    }
    last_word.map(|l| start..l + 1)
}
