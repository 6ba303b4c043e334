//! Subjects headed by a common noun that the lexicon may not list: "his aunt", "a lawyer for
//! the family", "Six in 10", "A narrator in the ad", "Footage of the crossing".

use super::extend::*;
use super::words::*;
use super::*;

/// A determined phrase that opens its clause and runs to the verb, its noun followed by one
/// prepositional phrase and no verb form: "A narrator in the ad asks", "The head of the port
/// said". The head is the word before the preposition.
pub(super) fn described_noun_left(v: &View, h: usize, end: usize, lo: usize) -> Option<Np> {
    let toks = v.toks;
    let text = v.text;
    let mut j = h + 1;
    let mut prep = None;
    let mut preps = 0;
    while j > lo && h + 1 - j < 10 {
        let p = &toks[j - 1];
        let word = p.kind == Kind::Word || p.kind == Kind::Number || p.is_punct('-');
        // No verb-like word inside: "a haven shielded from …", "outriders reserved for …".
        let verb_form = p.kind == Kind::Word && !p.is(shape::CAP) && {
            let w = p.text(text);
            w.ends_with("ed") || w.ends_with("ing")
        };
        if !word || verb_form || is_verbish(p) || matches!(p.lex().pron, Some((_, crate::lexicon::Case::Subj))) {
            break;
        }
        if p.kind == Kind::Word && p.lex().tag == Some(Tag::Prep) {
            prep = Some(j - 1);
            preps += 1;
        }
        j -= 1;
    }
    let start = (j..=h).find(|&k| toks[k].is_det())?;
    let head = prep?.checked_sub(1)?;
    let last = &toks[h];
    let ok = start == j
        && preps == 1
        && last.kind == Kind::Word
        && !last.lex().has(flag::FUNCTION)
        && clause_start(v, start, lo)
        && head > start
        && toks[head].kind == Kind::Word
        && !toks[head].lex().has(flag::FUNCTION)
        && !is_verb_filler(&toks[head], text);
    ok.then_some(Np {
        toks: start..end,
        head,
        kind: Head::Noun,
    })
}

/// A determined phrase ending in a noun the lexicon does not list: "his aunt", "the
/// cybersecurity unit", "Cisco's unit", or a bare plural at the start of a clause ("Rights
/// organizations").
pub(super) fn unlisted_noun_left(v: &View, h: usize, end: usize, lo: usize) -> Option<Np> {
    let toks = v.toks;
    let text = v.text;
    let t = &toks[h];
    if t.kind != Kind::Word
        || t.is(shape::CAP)
        || t.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN)
        || is_verb_filler(t, text)
    {
        return None;
    }
    let mut j = h;
    while j > lo && h - j < 4 {
        let p = &toks[j - 1];
        let determiner = p.is_det() || is_owner_pronoun(p, text) || p.is(shape::POSSESSIVE);
        if determiner {
            let mut start = j - 1;
            if p.is(shape::POSSESSIVE) && start > lo && is_cap_word(&toks[start - 1]) {
                start = extend_name_left(v, start - 1, lo);
            } else if p.is(shape::POSSESSIVE) && start > lo && toks[start - 1].kind == Kind::Word {
                // A common-noun owner: "the school's defenders".
                start = extend_noun_left(v, start - 1, lo);
            }
            // Only a phrase that starts its clause is a subject ("gave an interview noting …"
            // is not "an interview noting").
            return clause_start(v, start, lo).then_some(Np {
                toks: start..end,
                head: h,
                kind: Head::Noun,
            });
        }
        let modifier =
            (p.kind == Kind::Word && !p.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN)) || is_cap_word(p);
        if !modifier {
            break;
        }
        j -= 1;
    }
    // A bare plural at the start of the clause.
    let at_start = clause_start(v, j, lo);
    (at_start && t.text(text).ends_with('s') && h - j <= 2).then_some(Np {
        toks: j..end,
        head: h,
        kind: Head::Noun,
    })
}

/// A share of people ending at `h`, as polls report it: "Six in 10", "about one in five". It
/// must open its clause; an adverb of degree may come first.
pub(super) fn share_left(v: &View, h: usize, end: usize, lo: usize) -> Option<Np> {
    let toks = v.toks;
    let number = |k: usize| toks[k].kind == Kind::Number || toks[k].lex().tag == Some(Tag::Num);
    // "47% say": a number and its percent sign.
    let percent = h > lo && toks[h].is_punct('%') && toks[h - 1].kind == Kind::Number;
    // "Six in 10", "nine out of 10".
    let in_ten = h >= lo + 2 && number(h) && v.is(h - 1, "in") && number(h - 2);
    let out_of = h >= lo + 3 && number(h) && v.is(h - 1, "of") && v.is(h - 2, "out") && number(h - 3);
    let mut start = if percent {
        h - 1
    } else if in_ten {
        h - 2
    } else if out_of {
        h - 3
    } else {
        return None;
    };
    if start > lo
        && toks[start - 1].kind == Kind::Word
        && ["about", "nearly", "roughly", "almost", "only", "just", "some"]
            .iter()
            .any(|w| v.is(start - 1, w))
    {
        start -= 1;
    }
    clause_start(v, start, lo).then_some(Np {
        toks: start..end,
        head: h,
        kind: Head::Noun,
    })
}

/// `SPEAKER-NOUN PREP NP` ending at `h`: "a lawyer for the family", "officials at the agency".
pub(super) fn pp_left(v: &View, h: usize, lo: usize) -> Option<Np> {
    let toks = v.toks;
    let text = v.text;
    let min = h.saturating_sub(7).max(lo + 1);
    for j in (min..=h).rev() {
        let t = &toks[j];
        if t.kind == Kind::Punct || is_verbish(t) {
            return None;
        }
        let prep = is_speaker_prep(t, text);
        // "Experts on fisheries said": a capitalized speaker noun that opens the clause.
        let opening_noun = |k: usize| {
            let u = &toks[k];
            u.kind == Kind::Word
                && u.is(shape::CAP)
                && !u.is(shape::ALL_CAPS)
                && u.lex().has(SPEAKER_NOUN)
                && !u.lex().has(flag::GIVEN | flag::TITLE)
                && clause_start(v, k, lo)
        };
        // The preposition needs its object ("won a majority of pledged delegates" has no
        // "a majority of" before a verb); before it, a speaker noun or a quantity ("Many in
        // the crowd said").
        let head_ok = |k: usize| is_speaker_noun(&toks[k]) || opening_noun(k) || opening_quantity(v, k, lo);
        if prep && j < h && j > lo && head_ok(j - 1) {
            let start = extend_noun_left(v, j - 1, lo);
            // The object of a verb is no subject ("a skipper who accused the port authority
            // of neglect said").
            if start > lo && is_verbish(&toks[start - 1]) {
                return None;
            }
            return Some(Np {
                toks: start..h + 1,
                head: j - 1,
                kind: Head::Noun,
            });
        }
    }
    None
}

/// A document that opens its clause and is followed by words that describe it, before the verb
/// at `verb`: "Footage of the crossing shows …", "The transcript of the hearing – published by
/// the council – shows …" (dashes may set words off; commas end the search). The head is the
/// first document word from the left.
pub(crate) fn document_subject_left(v: &View, verb: usize, lo: usize) -> Option<Np> {
    let toks = v.toks;
    let text = v.text;
    let from = lo.max(verb.saturating_sub(16));
    let mut head = None;
    for j in (from..verb).rev() {
        let t = &toks[j];
        if t.kind == Kind::Punct && !(t.ch == '-' || crate::tokens::is_dash(t.ch)) {
            break;
        }
        if t.kind == Kind::Word && t.lex().has(flag::DOCUMENT) && !t.is(shape::POSSESSIVE) {
            head = Some(j);
        }
    }
    let h = head?;
    let mut start = extend_noun_left(v, h, lo);
    // "the average of polls": the phrase the document completes.
    if start >= lo + 2 && v.is(start - 1, "of") && toks[start - 2].kind == Kind::Word {
        start = extend_noun_left(v, start - 2, lo);
    }
    let mut end = verb;
    while end > h + 1 && is_verb_filler(&toks[end - 1], text) {
        end -= 1;
    }
    clause_start(v, start, lo).then_some(Np {
        toks: start..end,
        head: h,
        kind: Head::Noun,
    })
}
