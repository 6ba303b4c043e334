//! Noun phrases that can name a speaker: found by shape and the lexicons, without a parser.
//!
//! [`subject_left`] reads leftwards from a verb to the subject ("Foreign Minister Ana Ruiz",
//! "she", "a senior official who spoke on condition of anonymity", "Smith, 45,");
//! [`np_right`] reads rightwards after an inverted verb or "according to".

use std::ops::Range;

use crate::lexicon::{flag, Tag};
use crate::tokens::{is_abbrev_period, is_dash, is_double_quote, is_stop, shape, Kind, Token};

/// What the head of a speaker phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    /// A capitalized name.
    Name,
    /// A pronoun.
    Pronoun,
    /// A common noun of a known class (official, critics, ministry, report).
    Noun,
}

/// A speaker phrase: its tokens and the token of its head.
#[derive(Debug, Clone)]
pub(crate) struct Np {
    /// All tokens of the phrase.
    pub toks: Range<usize>,
    /// The head token.
    pub head: usize,
    /// What the head is.
    pub kind: Head,
}

/// Word classes that can head a speaker phrase.
const SPEAKER_NOUN: u64 = flag::GROUP | flag::ROLE | flag::ANON | flag::TITLE | flag::ORG_HEAD | flag::MEDIA_WORD;

/// Whether a lowercase word is a noun that can name a speaker.
pub(crate) fn is_speaker_noun(t: &Token) -> bool {
    t.kind == Kind::Word && !t.is(shape::CAP) && (t.lex().has(SPEAKER_NOUN) || is_source_noun(t))
}

/// Words for documents and data that "say" or "show" things: report, poll, study.
pub(crate) fn is_source_noun(t: &Token) -> bool {
    t.kind == Kind::Word && t.lex().has(flag::DOCUMENT)
}

/// Whether a token is a capitalized name word (or an initial's period inside a name).
pub(crate) fn is_cap_word(t: &Token) -> bool {
    let e = t.lex();
    t.kind == Kind::Word
        && t.is(shape::CAP)
        && (!e.has(flag::FUNCTION) || t.is(shape::ALL_CAPS) || e.has(flag::GIVEN))
        && !e.has(flag::PRONOUN)
        // Weekdays are not names; months can be ("May", "June").
        && !(e.has(flag::CALENDAR) && e.calendar.is_some_and(|(month, _)| !month))
}

/// Whether token `k` is a quantity that stands for people and opens its clause: "Some say",
/// "Many in the crowd", "One of her aides" (not "the", "much" or "more").
pub(crate) fn opening_quantity(toks: &[Token], k: usize, lo: usize) -> bool {
    toks[k].kind == Kind::Word && toks[k].lex().has(flag::PEOPLE_QUANTITY) && clause_start(toks, k, lo)
}

/// Whether a word is a possessive pronoun before a noun: "his", "their", and "her" (listed
/// as an object pronoun, but an owner before a noun: "her friend said").
pub(crate) fn is_owner_pronoun(t: &Token, text: &str) -> bool {
    matches!(t.lex().pron, Some((_, crate::lexicon::Case::Poss))) || is_word(t, "her", text)
}

fn is_word(t: &Token, w: &str, text: &str) -> bool {
    t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case(w)
}

/// Whether the token is an adverb, auxiliary or modal that may sit between subject and verb.
pub(crate) fn is_verb_filler(t: &Token, text: &str) -> bool {
    if t.kind != Kind::Word || t.is(shape::CAP) {
        return false;
    }
    let e = t.lex();
    matches!(e.tag, Some(Tag::Aux | Tag::Modal | Tag::Adv))
        || (t.text(text).ends_with("ly") && !e.has(SPEAKER_NOUN) && t.end - t.start > 4)
}

/// The subject phrase ending just before token `end` (exclusive), not reaching before `lo`.
pub(crate) fn subject_left(toks: &[Token], text: &str, end: usize, lo: usize) -> Option<Np> {
    subject_at(toks, text, end, lo, 0)
}

/// How deep phrase readers may nest (an appositive inside a relative clause inside …); the
/// bound keeps the work per verb constant whatever the input.
const MAX_DEPTH: u8 = 2;

/// [`subject_left`] at nesting `depth`.
fn subject_at(toks: &[Token], text: &str, end: usize, lo: usize, depth: u8) -> Option<Np> {
    crate::ops::tick(1);
    if depth > MAX_DEPTH {
        return None;
    }
    subject_core(toks, text, end, lo, depth)
        .map(|np| coordinated_left(toks, text, pp_chain_left(toks, text, np, lo), lo))
}

/// "Ruiz and her deputy said", "Residents and business owners say": a name or speaker phrase
/// joined by "and" before the subject, opening the clause, is part of it; a name there is the
/// one named as speaker.
fn coordinated_left(toks: &[Token], text: &str, np: Np, lo: usize) -> Np {
    let s = np.toks.start;
    if np.kind == Head::Pronoun || s < lo + 2 || !is_word(&toks[s - 1], "and", text) {
        return np;
    }
    let h = s - 2;
    let (start, head, kind) = if is_cap_word(&toks[h]) {
        (extend_name_left(toks, text, h, lo), h, Head::Name)
    } else if is_speaker_noun(&toks[h]) {
        (extend_noun_left(toks, text, h, lo), np.head, np.kind)
    } else {
        return np;
    };
    if !clause_start(toks, start, lo) {
        return np;
    }
    Np {
        toks: start..np.toks.end,
        head,
        kind,
    }
}

/// Prepositions that tie a phrase to the speaker noun before it: "a lawyer for the family",
/// "experts on fisheries".
fn is_speaker_prep(t: &Token, text: &str) -> bool {
    t.kind == Kind::Word && matches!(t.text(text), "of" | "in" | "for" | "at" | "from" | "with" | "on")
}

/// Prepositions that can tie one noun phrase to the next inside a speaker phrase: those of
/// [`is_speaker_prep`] and "to" ("the delegation to the forum").
fn is_chain_prep(t: &Token, text: &str) -> bool {
    is_speaker_prep(t, text) || is_word(t, "to", text)
}

/// "A lawyer for the family of the victim said", "the director of the museum in Oslo said":
/// a subject read as the last phrase of a chain of prepositional phrases is the whole chain
/// when a speaker noun heads it and it opens its clause. Up to three links are read.
fn pp_chain_left(toks: &[Token], text: &str, np: Np, lo: usize) -> Np {
    if np.kind == Head::Pronoun {
        return np;
    }
    let mut s = np.toks.start;
    let mut found = None;
    for _ in 0..3 {
        if s < lo + 2 || !is_chain_prep(&toks[s - 1], text) {
            break;
        }
        let h = s - 2;
        // "people close to Clinton", "sources familiar with the talks".
        if h > lo && source_descriptor(toks, text, h) && is_speaker_noun(&toks[h - 1]) {
            s = extend_noun_left(toks, text, h - 1, lo);
            found = Some((s, h - 1));
            continue;
        }
        let u = &toks[h];
        if u.kind != Kind::Word || u.lex().has(flag::FUNCTION | flag::PRONOUN) || is_verbish(u) {
            break;
        }
        let start = if is_cap_word(u) {
            extend_name_left(toks, text, h, lo)
        } else {
            extend_noun_left(toks, text, h, lo)
        };
        // "Many Republicans in Congress": a quantity before a capitalized plural.
        let start = if start > lo
            && start == h
            && is_cap_word(u)
            && matches!(toks[start - 1].lex().tag, Some(Tag::Det | Tag::Num))
        {
            start - 1
        } else {
            start
        };
        // The leftmost speaker noun that a preposition follows heads the chain; capitalized,
        // it must open the phrase ("Officials at the port in Bergen").
        let speaker = |k: usize| {
            is_speaker_noun(&toks[k])
                || (toks[k].is(shape::CAP)
                    && !toks[k].is(shape::ALL_CAPS)
                    && toks[k].lex().has(SPEAKER_NOUN)
                    && !toks[k].lex().has(flag::GIVEN | flag::TITLE)
                    && (k == start || toks[start].lex().tag.is_some()))
        };
        if let Some(head) = (start..s - 1).find(|&k| speaker(k) && is_chain_prep(&toks[k + 1], text)) {
            found = Some((start, head));
        }
        s = start;
    }
    match found {
        Some((start, head)) if clause_start(toks, start, lo) => Np {
            toks: start..np.toks.end,
            head,
            kind: Head::Noun,
        },
        _ => np,
    }
}

/// The readings of [`subject_at`] before any chain of prepositional phrases is joined.
fn subject_core(toks: &[Token], text: &str, end: usize, lo: usize, depth: u8) -> Option<Np> {
    let mut i = end;
    let mut fillers = 0;
    while i > lo && fillers < 4 {
        // Adverbs, auxiliaries, and time phrases between subject and verb: "has also said",
        // "last week said", "on Tuesday said".
        let n = time_phrase_left(toks, text, i, lo);
        if n < i {
            i = n;
        } else if is_verb_filler(&toks[i - 1], text) {
            i -= 1;
        } else if i >= lo + 4
            && toks[i - 1].is_punct(',')
            && toks[i - 3].is_punct(',')
            && toks[i - 2].kind == Kind::Word
            && (toks[i - 2].lex().tag == Some(Tag::Adv) || toks[i - 2].lex().has(flag::ADJUNCT_ADVERB))
        {
            // "Proponents, however, say": an adverb set off by commas.
            i -= 3;
        } else {
            break;
        }
        fillers += 1;
    }
    if i <= lo {
        return None;
    }
    let mut h = i - 1;
    // "people arrested last week said", "all those involved say": a participle after the head.
    if h > lo && toks[h].kind == Kind::Word && !toks[h].is(shape::CAP) && toks[h].text(text).ends_with("ed") {
        let p = &toks[h - 1];
        if is_speaker_noun(p) || p.lex().has(flag::GROUP) || matches!(p.text(text), "those" | "people") {
            h -= 1;
        }
    }
    let t = &toks[h];
    if t.kind == Kind::Word && t.lex().has(flag::PRONOUN) {
        let subj = matches!(t.lex().pron, Some((_, crate::lexicon::Case::Subj)));
        if !subj {
            // An object pronoun ends a phrase that speaks: "a source close to him said",
            // "most of them said", "people who know her say".
            return pp_left(toks, text, h, lo).or_else(|| relative_left(toks, text, h, lo, depth));
        }
        return Some(Np {
            toks: h..i,
            head: h,
            kind: Head::Pronoun,
        });
    }
    if t.kind == Kind::Punct && t.ch == ',' {
        return appositive(toks, text, h, lo, depth);
    }
    // "Mayor Ruiz — a former teacher — said", "The justice -- who has … -- said": a phrase
    // set off by dashes after the subject.
    let dash = |k: usize| toks[k].kind == Kind::Punct && (crate::tokens::is_dash(toks[k].ch) || toks[k].ch == '-');
    if dash(h) && h > lo {
        // A doubled hyphen is one dash.
        let close = if dash(h - 1) { h - 1 } else { h };
        let open = (lo.max(close.saturating_sub(30))..close).rev().find(|&k| dash(k))?;
        let open = if open > lo && dash(open - 1) { open - 1 } else { open };
        // Hyphens must be spaced to set a phrase off ("well-known" is one word).
        let spaced = |k: usize| k > 0 && (toks[k].ch != '-' || toks[k].start > toks[k - 1].end);
        if open <= lo || !spaced(open) || !spaced(close) {
            return None;
        }
        return subject_at(toks, text, open, lo, depth + 1).map(|mut np| {
            np.toks.end = i;
            np
        });
    }
    if t.kind == Kind::Punct && t.ch == ')' {
        // "the Saskatoon Police Service (SPS) said"
        let open = (lo..h).rev().take(8).find(|&k| toks[k].is_punct('('))?;
        return subject_at(toks, text, open, lo, depth + 1).map(|mut np| {
            np.toks.end = i;
            np
        });
    }
    // "All those involved say", "those affected said": a pronoun-like "those" with the
    // participle read above, opening its clause.
    if is_word(t, "those", text) {
        let start = if h > lo && toks[h - 1].lex().tag == Some(Tag::Det) {
            h - 1
        } else {
            h
        };
        if h + 1 < i && clause_start(toks, start, lo) {
            return Some(Np {
                toks: start..i,
                head: h,
                kind: Head::Noun,
            });
        }
    }
    // "Some say", "Many said", "Both have said": a quantity alone that opens its clause
    // stands for people.
    if h + 1 == i && opening_quantity(toks, h, lo) {
        return Some(Np {
            toks: h..i,
            head: h,
            kind: Head::Noun,
        });
    }
    // A capitalized common noun at the start of a clause ("Critics said", "Officials say").
    let clause_initial = h == lo || toks[h - 1].kind == Kind::Punct;
    if clause_initial
        && t.kind == Kind::Word
        && !t.is(shape::ALL_CAPS)
        && t.lex().has(SPEAKER_NOUN | flag::DOCUMENT)
        && !t.lex().has(flag::GIVEN)
    {
        return Some(Np {
            toks: h..i,
            head: h,
            kind: Head::Noun,
        });
    }
    if is_cap_word(t) || (t.kind == Kind::Punct && t.ch == '.' && h > lo && toks[h - 1].is(shape::DOTTED)) {
        let start = extend_name_left(toks, text, h, lo);
        let head = (start..=h).rev().find(|&k| is_cap_word(&toks[k])).unwrap_or(h);
        // "Tim Guest with the Health Authority said": the person before the preposition speaks.
        let p = start;
        if p >= lo + 2
            && toks[p - 1].kind == Kind::Word
            && matches!(toks[p - 1].text(text), "with" | "from" | "at" | "of")
        {
            let last = p - 2;
            if is_cap_word(&toks[last]) {
                let pstart = extend_name_left(toks, text, last, lo);
                if starts_person_name(toks, pstart, last + 1) || (pstart < last && toks[pstart].lex().has(flag::GIVEN))
                {
                    return Some(Np {
                        toks: pstart..i,
                        head: last,
                        kind: Head::Name,
                    });
                }
            }
        }
        return Some(Np {
            toks: start..i,
            head,
            kind: Head::Name,
        });
    }
    if is_speaker_noun(t) || t.lex().has(flag::GROUP) {
        let start = extend_noun_left(toks, text, h, lo);
        // In "a spokesperson for the ministry" the head is the noun before the preposition.
        let head = (start + 1..h)
            .find(|&k| {
                toks[k].kind == Kind::Word && toks[k].lex().tag == Some(Tag::Prep) && is_speaker_noun(&toks[k - 1])
            })
            .map_or(h, |k| k - 1);
        return Some(Np {
            toks: start..i,
            head,
            kind: Head::Noun,
        });
    }
    // "Six in 10 say", "about one in five said": a share of those asked.
    if let Some(np) = share_left(toks, text, h, i, lo) {
        return Some(np);
    }
    // "a lawyer for the family said", "a person familiar with the talks said", "an official who
    // spoke on condition of anonymity said"
    pp_left(toks, text, h, lo)
        .or_else(|| relative_left(toks, text, h, lo, depth))
        .or_else(|| unlisted_noun_left(toks, text, h, i, lo))
        .or_else(|| described_noun_left(toks, text, h, i, lo))
        .or_else(|| who_antecedent(toks, text, h, i, lo))
}

/// "…, opposed by Ines Kowal, who said …", "… from residents, who say …": when no reading
/// above found a subject, the antecedent of a "who" right after a comma speaks, wherever it
/// stands in its own clause.
fn who_antecedent(toks: &[Token], text: &str, h: usize, end: usize, lo: usize) -> Option<Np> {
    if !is_word(&toks[h], "who", text) || h < lo + 2 || !toks[h - 1].is_punct(',') {
        return None;
    }
    let a = h - 2;
    let ante = &toks[a];
    let (start, kind) = if is_cap_word(ante) {
        (extend_name_left(toks, text, a, lo), Head::Name)
    } else if is_speaker_noun(ante) {
        (extend_noun_left(toks, text, a, lo), Head::Noun)
    } else {
        return None;
    };
    Some(Np {
        toks: start..end,
        head: a,
        kind,
    })
}

/// A determined phrase that opens its clause and runs to the verb, its noun followed by one
/// prepositional phrase and no verb form: "A narrator in the ad asks", "The head of the port
/// said". The head is the word before the preposition.
fn described_noun_left(toks: &[Token], text: &str, h: usize, end: usize, lo: usize) -> Option<Np> {
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
        && clause_start(toks, start, lo)
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

/// A document that opens its clause and is followed by words that describe it, before the verb
/// at `v`: "Footage of the crossing shows …", "The transcript of the hearing – published by
/// the council – shows …" (dashes may set words off; commas end the search). The head is the
/// first document word from the left.
pub(crate) fn document_subject_left(toks: &[Token], text: &str, v: usize, lo: usize) -> Option<Np> {
    let from = lo.max(v.saturating_sub(16));
    let mut head = None;
    for j in (from..v).rev() {
        let t = &toks[j];
        if t.kind == Kind::Punct && !(t.ch == '-' || crate::tokens::is_dash(t.ch)) {
            break;
        }
        if t.kind == Kind::Word && t.lex().has(flag::DOCUMENT) && !t.is(shape::POSSESSIVE) {
            head = Some(j);
        }
    }
    let h = head?;
    let mut start = extend_noun_left(toks, text, h, lo);
    // "the average of polls": the phrase the document completes.
    if start >= lo + 2 && is_word(&toks[start - 1], "of", text) && toks[start - 2].kind == Kind::Word {
        start = extend_noun_left(toks, text, start - 2, lo);
    }
    let mut end = v;
    while end > h + 1 && is_verb_filler(&toks[end - 1], text) {
        end -= 1;
    }
    clause_start(toks, start, lo).then_some(Np {
        toks: start..end,
        head: h,
        kind: Head::Noun,
    })
}

/// Whether a phrase starting at `k` starts its clause: at `lo`, or after punctuation or a
/// conjunction ("But the school's defenders said").
fn clause_start(toks: &[Token], k: usize, lo: usize) -> bool {
    k == lo || toks[k - 1].kind == Kind::Punct || matches!(toks[k - 1].lex().tag, Some(Tag::Conj | Tag::Sub))
}

/// A time phrase ending just before `i`: "last week", "on Tuesday", "earlier this month",
/// "in July", "Tuesday". Returns where it starts (or `i`).
pub(crate) fn time_phrase_left(toks: &[Token], text: &str, i: usize, lo: usize) -> usize {
    if i <= lo {
        return i;
    }
    let last = &toks[i - 1];
    let unit = matches!(
        last.text(text),
        "week" | "month" | "year" | "weekend" | "night" | "morning" | "afternoon" | "evening"
    );
    // A weekday alone ("Tuesday"); a month only after "in", "last", … ("in July").
    let calendar = last.kind == Kind::Word && last.is(shape::CAP) && last.lex().calendar.is_some();
    let month = last.lex().calendar.is_some_and(|(m, _)| m);
    let day = calendar
        && (!month
            || (i >= 2
                && matches!(
                    toks[i - 2].text(text),
                    "in" | "last" | "this" | "next" | "early" | "late" | "mid"
                )));
    if !(unit || day) {
        return i;
    }
    let mut j = i - 1;
    while j > lo && j + 4 > i {
        let p = &toks[j - 1];
        let part = matches!(
            p.text(text),
            "last"
                | "this"
                | "next"
                | "on"
                | "in"
                | "early"
                | "late"
                | "earlier"
                | "later"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
        ) || (p.kind == Kind::Word && p.lex().has(flag::CALENDAR) && p.is(shape::CAP));
        if !part {
            break;
        }
        j -= 1;
    }
    // A bare unit word ("week") needs its determiner ("last week").
    if unit && j == i - 1 {
        return i;
    }
    j
}

/// A determined phrase ending in a noun the lexicon does not list: "his aunt", "the
/// cybersecurity unit", "Cisco's unit", or a bare plural at the start of a clause ("Rights
/// organizations").
fn unlisted_noun_left(toks: &[Token], text: &str, h: usize, end: usize, lo: usize) -> Option<Np> {
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
                start = extend_name_left(toks, text, start - 1, lo);
            } else if p.is(shape::POSSESSIVE) && start > lo && toks[start - 1].kind == Kind::Word {
                // A common-noun owner: "the school's defenders".
                start = extend_noun_left(toks, text, start - 1, lo);
            }
            // Only a phrase that starts its clause is a subject ("gave an interview noting …"
            // is not "an interview noting").
            return clause_start(toks, start, lo).then_some(Np {
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
    let at_start = clause_start(toks, j, lo);
    (at_start && t.text(text).ends_with('s') && h - j <= 2).then_some(Np {
        toks: j..end,
        head: h,
        kind: Head::Noun,
    })
}

/// A share of people ending at `h`, as polls report it: "Six in 10", "about one in five". It
/// must open its clause; an adverb of degree may come first.
fn share_left(toks: &[Token], text: &str, h: usize, end: usize, lo: usize) -> Option<Np> {
    let number = |k: usize| toks[k].kind == Kind::Number || toks[k].lex().tag == Some(Tag::Num);
    // "47% say": a number and its percent sign.
    let percent = h > lo && toks[h].is_punct('%') && toks[h - 1].kind == Kind::Number;
    // "Six in 10", "nine out of 10".
    let in_ten = h >= lo + 2 && number(h) && is_word(&toks[h - 1], "in", text) && number(h - 2);
    let out_of = h >= lo + 3
        && number(h)
        && is_word(&toks[h - 1], "of", text)
        && is_word(&toks[h - 2], "out", text)
        && number(h - 3);
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
            .any(|w| is_word(&toks[start - 1], w, text))
    {
        start -= 1;
    }
    clause_start(toks, start, lo).then_some(Np {
        toks: start..end,
        head: h,
        kind: Head::Noun,
    })
}

/// `SPEAKER-NOUN PREP NP` ending at `h`: "a lawyer for the family", "officials at the agency".
fn pp_left(toks: &[Token], text: &str, h: usize, lo: usize) -> Option<Np> {
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
                && clause_start(toks, k, lo)
        };
        // The preposition needs its object ("won a majority of pledged delegates" has no
        // "a majority of" before a verb); before it, a speaker noun or a quantity ("Many in
        // the crowd said").
        let head_ok = |k: usize| is_speaker_noun(&toks[k]) || opening_noun(k) || opening_quantity(toks, k, lo);
        if prep && j < h && j > lo && head_ok(j - 1) {
            let start = extend_noun_left(toks, text, j - 1, lo);
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

/// `NP, APPOSITIVE,` before a verb: "Ruiz, who leads the party, said"; "Smith, 45, said". The
/// appositive may itself hold commas, so up to three earlier commas are tried.
fn appositive(toks: &[Token], text: &str, comma: usize, lo: usize, depth: u8) -> Option<Np> {
    let first = appositive_from(toks, text, comma, lo, depth)?;
    // With commas inside the appositive ("Tasker, the president of the council, which
    // represents the mayors, urged"), the nearest reading may be a noun inside it; a name that
    // opens the clause before an earlier comma is the subject.
    if first.kind == Head::Name && opens_clause(toks, first.toks.start, lo) {
        return Some(first);
    }
    let mut c = first.toks.start;
    for _ in 0..3 {
        let Some(k) = (c.saturating_sub(40).max(lo)..c).rev().find(|&k| toks[k].is_punct(',')) else {
            break;
        };
        if let Some(np) = subject_at(toks, text, k, lo, depth + 1) {
            if np.kind == Head::Name && opens_clause(toks, np.toks.start, lo) {
                return Some(np);
            }
        }
        c = k;
    }
    Some(first)
}

/// Whether a phrase at `k` is the first of its sentence from `lo`, or follows only an opening
/// phrase and its comma ("On Tuesday, …", "In a statement, …").
pub(crate) fn opens_clause(toks: &[Token], k: usize, lo: usize) -> bool {
    if after_first_comma(toks, k, lo) {
        let t = &toks[lo];
        return matches!(t.lex().tag, Some(Tag::Prep | Tag::Adv | Tag::Sub))
            || t.lex().has(flag::CALENDAR | flag::TIME_WORD);
    }
    (lo..k).all(|j| (toks[j].kind == Kind::Punct && toks[j].ch != ',') || toks[j].lex().tag == Some(Tag::Det))
}

/// Whether token `k` directly follows the only comma since `lo`: the end of an opening phrase.
pub(crate) fn after_first_comma(toks: &[Token], k: usize, lo: usize) -> bool {
    k > lo && toks[k - 1].is_punct(',') && !(lo..k - 1).any(|j| toks[j].is_punct(','))
}

/// [`appositive`]: the nearest reading.
fn appositive_from(toks: &[Token], text: &str, comma: usize, lo: usize, depth: u8) -> Option<Np> {
    let min = comma.saturating_sub(40).max(lo);
    let mut tried = 0;
    let mut k = comma;
    while k > min && tried < 3 {
        k -= 1;
        let t = &toks[k];
        if is_stop(toks, k) || (t.kind == Kind::Punct && is_double_quote(t.ch)) {
            return None;
        }
        if !t.is_punct(',') {
            continue;
        }
        tried += 1;
        // "A lawyer for the family, David Schulz, said": the name inside the commas speaks.
        // (Not "Roenick, a nine-time All-Star who …, said": a name after an article there is a
        // description.)
        if let Some(name) = subject_at(toks, text, comma, k + 1, depth + 1).filter(|n| {
            n.kind == Head::Name
                && n.toks.start == k + 1
                && !toks[k + 1].is_det()
                && !party_tag(toks, text, k + 1, comma)
        }) {
            if let Some(desc) = subject_at(toks, text, k, lo, depth + 1).filter(|d| d.kind != Head::Pronoun) {
                return Some(Np {
                    toks: desc.toks.start..comma,
                    head: name.head,
                    kind: Head::Name,
                });
            }
        }
        let Some(np) = subject_at(toks, text, k, lo, depth + 1).filter(|np| np.kind != Head::Pronoun) else {
            continue;
        };
        // "Senator Jane Doe, Democrat of Ohio, said": a short verbless phrase after a name (but
        // not after a bare title such as "Minister of Innovation", itself an appositive).
        let short_after_name = np.kind == Head::Name
            && !is_bare_title(toks, np.toks.clone())
            && comma - k <= 20
            && !(k + 1..comma).any(|j| verb_in_phrase(toks, j));
        // "New York, the race will be tight, said …": a determined phrase with a verb of its
        // own is a clause, not an appositive.
        // (An auxiliary inside a relative clause is the relative's: "the strategist who has …";
        // after an inner comma it may be the subject's own verb.)
        let clause_inside = toks[k + 1].is_det()
            && (k + 2..comma)
                .take_while(|&j| {
                    !matches!(toks[j].lex().tag, Some(Tag::Wh | Tag::Sub))
                        && !is_word(&toks[j], "that", text)
                        && !toks[j].is_punct(',')
                })
                .any(|j| matches!(toks[j].lex().tag, Some(Tag::Aux | Tag::Modal)));
        if (looks_appositive(toks, text, k + 1, comma) || short_after_name) && !clause_inside {
            return Some(np);
        }
    }
    None
}

/// Whether a name phrase is only a title and its complement ("Minister of Innovation",
/// "the Prime Minister"), naming no one.
fn is_bare_title(toks: &[Token], r: Range<usize>) -> bool {
    let mut after_of = false;
    let mut saw_title = false;
    for t in &toks[r] {
        if t.kind != Kind::Word {
            continue;
        }
        if t.lex().has(flag::TITLE | flag::HONORIFIC) {
            saw_title = true;
        } else if !t.is(shape::CAP) && t.lex().tag == Some(Tag::Prep) && saw_title {
            after_of = true;
        } else if t.is(shape::CAP) && !after_of {
            return false;
        }
    }
    saw_title
}

/// Whether token `j` inside a phrase reads as a verb: verb-like, and not a noun after a
/// preposition, a determiner or an owner ("director of state campaigns").
pub(crate) fn verb_in_phrase(toks: &[Token], j: usize) -> bool {
    is_verbish(&toks[j])
        && !(j > 0 && {
            let p = &toks[j - 1];
            matches!(p.lex().tag, Some(Tag::Prep | Tag::Det)) || p.is(shape::POSSESSIVE)
        })
}

/// Whether a token looks like a finite verb or auxiliary (which an appositive lacks).
pub(crate) fn is_verbish(t: &Token) -> bool {
    t.kind == Kind::Word
        && (matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal)) || (t.lex().has(flag::CUE) && !t.is(shape::CAP)))
}

/// Whether the words from `first` up to the comma at `end` read as an appositive or a
/// relative clause: "who leads the party", "45", "a lawyer for the family", "the minister".
fn looks_appositive(toks: &[Token], text: &str, first: usize, end: usize) -> bool {
    let Some(f) = toks.get(first) else { return false };
    f.kind == Kind::Number
        || matches!(f.lex().tag, Some(Tag::Det | Tag::Wh))
        || f.lex().has(flag::TITLE | flag::ROLE | flag::GROUP)
        || (f.kind == Kind::Word && !f.is(shape::CAP) && f.text(text).ends_with("ing"))
        || (is_cap_word(f) && first + 1 < end && toks[first + 1].lex().has(flag::TITLE | flag::ROLE))
        || is_word(f, "who", text)
        // A participle and its agent: ", led by Terry Sullivan,".
        || (f.kind == Kind::Word && !f.is(shape::CAP) && first + 1 < end && is_word(&toks[first + 1], "by", text))
        || party_tag(toks, text, first, end)
        // A phrase set off after its subject: ", like their rivals,", ", in a statement,".
        || (f.kind == Kind::Word && f.lex().tag == Some(Tag::Prep) && !is_word(f, "of", text))
}

/// A party and state tag in apposition: "D-Ore.", "R-Texas" — one capital letter, a hyphen
/// and a capitalized word, filling the appositive.
fn party_tag(toks: &[Token], text: &str, first: usize, end: usize) -> bool {
    let Some(f) = toks.get(first).filter(|f| f.kind == Kind::Word) else {
        return false;
    };
    let b = f.text(text).as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && (first + 1..end).all(|k| toks[k].is_punct('.'))
}

/// Extends a name leftwards from its last word `h` over names, titles, roles, connectors,
/// possessives and a leading determiner.
fn extend_name_left(toks: &[Token], text: &str, h: usize, lo: usize) -> usize {
    let mut j = h;
    let mut steps = 0;
    while j > lo && steps < 12 {
        let p = &toks[j - 1];
        let ok = is_cap_word(p)
            || (p.kind == Kind::Punct
                && p.ch == '.'
                && j >= 2
                && toks[j - 2].is(shape::DOTTED)
                && toks[j - 2].end == p.start)
            || (p.kind == Kind::Word && !p.is(shape::CAP) && p.lex().has(flag::TITLE | flag::ROLE))
            || (p.kind == Kind::Word
                && matches!(
                    p.text(text),
                    "of" | "de" | "van" | "von" | "der" | "al" | "bin" | "for" | "and"
                )
                && j >= 2
                && is_cap_word(&toks[j - 2]))
            || (p.is(shape::POSSESSIVE)
                && j >= 2
                && (is_cap_word(&toks[j - 2]) || toks[j - 2].lex().has(flag::ORG_HEAD)))
            || (p.kind == Kind::Number && j >= 2 && is_cap_word(&toks[j - 2]))
            || (p.kind == Kind::Word && !p.is(shape::CAP) && p.lex().has(flag::DEMONYM));
        if !ok {
            break;
        }
        j -= 1;
        steps += 1;
    }
    // A determiner ("the", "The") or a lowercase modifier after one ("the former").
    if j > lo && toks[j - 1].is_det() {
        j -= 1;
    } else if j > lo + 1
        && toks[j - 1].kind == Kind::Word
        && !toks[j - 1].is(shape::CAP)
        && !toks[j - 1].lex().has(flag::FUNCTION | flag::CUE)
        && toks[j - 2].is_det()
    {
        j -= 2;
    }
    j
}

/// Extends a common-noun speaker phrase leftwards over modifiers, possessives and its
/// determiner: "a senior government official", "the ministry's spokesperson", "South Korean
/// officials", "a spokesperson for the ministry".
fn extend_noun_left(toks: &[Token], text: &str, h: usize, lo: usize) -> usize {
    let mut j = h;
    let mut steps = 0;
    while j > lo && steps < 8 {
        let p = &toks[j - 1];
        let possessive_pronoun = is_owner_pronoun(p, text);
        if p.is_det() || possessive_pronoun || matches!(p.lex().tag, Some(Tag::Num)) || p.kind == Kind::Number {
            j -= 1;
            // A determiner closes the phrase unless it is part of a possessive ("the ministry's").
            if j > lo && toks[j - 1].kind == Kind::Word && toks[j - 1].lex().tag == Some(Tag::Prep) {
                // "a spokesperson for the ministry": continue across the preposition when a
                // speaker noun precedes it.
                if let Some(k) = across_preposition(toks, text, j - 1, lo) {
                    j = k;
                    continue;
                }
            }
            break;
        }
        // A word before a possessive is a noun even when it can be a verb ("the state's").
        let owner = toks.get(j).is_some_and(|n| n.is(shape::POSSESSIVE));
        let ok = is_cap_word(p)
            || p.is(shape::POSSESSIVE)
            || (p.kind == Kind::Word
                && !p.lex().has(flag::FUNCTION | flag::PRONOUN)
                && (owner || !p.lex().has(flag::CUE))
                && !is_verb_filler(p, text))
            || (p.kind == Kind::Punct && p.ch == '-');
        // "an inside source": a preposition right after an article modifies the noun.
        let modifier_prep = p.kind == Kind::Word
            && p.lex().tag == Some(Tag::Prep)
            && j >= lo + 2
            && (is_word(&toks[j - 2], "a", text) || is_word(&toks[j - 2], "an", text));
        if modifier_prep {
            j -= 1;
            steps += 1;
            continue;
        }
        if p.kind == Kind::Word && p.lex().tag == Some(Tag::Prep) {
            if let Some(k) = across_preposition(toks, text, j - 1, lo) {
                j = k;
                steps += 1;
                continue;
            }
        }
        if !ok {
            break;
        }
        j -= 1;
        steps += 1;
    }
    j
}

/// At a preposition `p` inside "a spokesperson for the ministry", the start of the phrase
/// before it, when a speaker noun heads that phrase.
fn across_preposition(toks: &[Token], text: &str, p: usize, lo: usize) -> Option<usize> {
    if p <= lo {
        return None;
    }
    let before = &toks[p - 1];
    // "47% of voters".
    if before.is_punct('%') && p >= lo + 2 && toks[p - 2].kind == Kind::Number {
        return Some(p - 2);
    }
    if before.kind == Kind::Word
        && !before.is(shape::CAP)
        && before.lex().has(flag::ROLE | flag::ANON | flag::GROUP | flag::TITLE)
    {
        let mut j = p - 1;
        let mut steps = 0;
        while j > lo && steps < 4 {
            let q = &toks[j - 1];
            if q.is_det() || matches!(q.lex().tag, Some(Tag::Num)) || q.kind == Kind::Number {
                return Some(j - 1);
            }
            if q.kind == Kind::Word && !q.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN) {
                j -= 1;
                steps += 1;
                continue;
            }
            break;
        }
        return Some(j);
    }
    // "Some in the party", "One of her aides": a quantity that opens its clause.
    if matches!(toks[p].text(text), "of" | "in" | "among") && opening_quantity(toks, p - 1, lo) {
        return Some(p - 1);
    }
    // "a wide array of economists", "a group of residents": a determined phrase whose words
    // gather the plural speakers right after "of" (the speakers stay the head).
    let mut after = p + 1;
    if toks.get(after).is_some_and(Token::is_det) {
        after += 1;
    }
    let plural_after = toks
        .get(after)
        .is_some_and(|t| t.kind == Kind::Word && t.text(text).ends_with('s') && t.lex().has(SPEAKER_NOUN));
    if is_word(&toks[p], "of", text) && plural_after && before.kind == Kind::Word && !before.is(shape::CAP) {
        let plain = |q: &Token| {
            q.kind == Kind::Word && !q.is(shape::CAP) && !q.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN)
        };
        let mut j = p;
        while j > lo && p - j < 3 && plain(&toks[j - 1]) {
            j -= 1;
        }
        if j < p && j > lo && toks[j - 1].is_det() {
            return Some(j - 1);
        }
    }
    None
}

/// Whether what describes an unnamed source starts at `k`: "familiar with", "close to",
/// "briefed on", "with knowledge".
#[inline]
pub(crate) fn source_descriptor(toks: &[Token], text: &str, k: usize) -> bool {
    // Most words start with none of the four first letters: they are turned away without a call.
    let first = toks
        .get(k)
        .and_then(|t| text.as_bytes().get(t.start))
        .map_or(0, u8::to_ascii_lowercase);
    matches!(first, b'f' | b'c' | b'b' | b'w') && source_descriptor_from(toks, text, k)
}

/// [`source_descriptor`] for a word with one of the four first letters.
#[inline(never)]
fn source_descriptor_from(toks: &[Token], text: &str, k: usize) -> bool {
    let word = |j: usize, w: &str| toks.get(j).is_some_and(|t| is_word(t, w, text));
    (word(k, "familiar") && word(k + 1, "with"))
        || (word(k, "close") && word(k + 1, "to"))
        || (word(k, "briefed") && word(k + 1, "on"))
        || (word(k, "with") && word(k + 1, "knowledge"))
}

/// "an official who spoke on condition of anonymity said": the phrase before "who",
/// "familiar", "close" or "with knowledge", with everything up to the verb.
fn relative_left(toks: &[Token], text: &str, h: usize, lo: usize, depth: u8) -> Option<Np> {
    let min = h.saturating_sub(14).max(lo);
    for k in (min..=h).rev() {
        let t = &toks[k];
        if t.is_punct(',') || is_stop(toks, k) || (t.kind == Kind::Punct && is_double_quote(t.ch)) {
            return None;
        }
        if t.kind != Kind::Word {
            continue;
        }
        let anchor = t.text(text).eq_ignore_ascii_case("who") || source_descriptor(toks, text, k);
        if anchor && k > lo {
            let inner = subject_at(toks, text, k, lo, depth + 1)?;
            if inner.kind == Head::Pronoun {
                return None;
            }
            return Some(Np {
                toks: inner.toks.start..h + 1,
                head: inner.head,
                kind: inner.kind,
            });
        }
    }
    None
}

/// The speaker phrase starting at token `s` (after an inverted verb or "according to"), not
/// reaching `hi`: "Ana Ruiz", "the minister", "oil and gas worker Mike Wipf", "the lanky,
/// bespectacled professor", "Campbell's partner, Jason Louth", "a spokesperson for the ministry".
pub(crate) fn np_right(toks: &[Token], text: &str, s: usize, hi: usize) -> Option<Np> {
    np_right_owned(toks, text, s, hi, false, 0)
}

/// [`np_right`], where `owned` says an owner ("Wise's") came before and acts as a determiner.
fn np_right_owned(toks: &[Token], text: &str, s: usize, hi: usize, owned: bool, depth: u8) -> Option<Np> {
    crate::ops::tick(1);
    if s >= hi || depth > MAX_DEPTH {
        return None;
    }
    let t = &toks[s];
    // A possessive ("my daughter", "her brother") is read as a determiner below.
    if t.kind == Kind::Word && t.lex().has(flag::PRONOUN) && !possessive_det(toks, s, hi) {
        let subj = matches!(t.lex().pron, Some((_, crate::lexicon::Case::Subj)));
        return subj.then_some(Np {
            toks: s..s + 1,
            head: s,
            kind: Head::Pronoun,
        });
    }
    // The description before a name or noun: determiners, numbers, modifiers, roles, "and".
    let limit = (s + 12).min(hi);
    let mut j = s;
    let mut noun_head: Option<usize> = None;
    while j < limit {
        let u = &toks[j];
        if is_cap_word(u) {
            break;
        }
        match u.kind {
            Kind::Word if is_speaker_noun(u) => noun_head = Some(j),
            Kind::Word if u.lex().has(flag::FUNCTION) => {
                let det = (matches!(u.lex().tag, Some(Tag::Det | Tag::Num)) || possessive_det(toks, j, hi)) && j == s;
                let joiner = is_word(u, "and", text) && noun_head.is_none() && j > s;
                if !(det || joiner) {
                    break;
                }
            }
            Kind::Word if is_verbish(u) || u.lex().has(flag::CUE) => break,
            Kind::Word | Kind::Number => {
                if noun_head.is_some() {
                    // Words after the head belong to something else ("the minister said").
                    break;
                }
            }
            Kind::Punct if u.ch == '-' => {}
            // "the lanky, bespectacled professor"
            Kind::Punct
                if u.ch == ','
                    && noun_head.is_none()
                    && j > s
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.kind == Kind::Word && !n.is(shape::CAP) && !n.lex().has(flag::FUNCTION)) => {
            }
            _ => break,
        }
        j += 1;
    }
    // A name, possibly after the description ("oil and gas worker Mike Wipf").
    if j < hi && is_cap_word(&toks[j]) {
        let e = name_end(toks, text, j, hi);
        if e < hi && toks[e].is(shape::POSSESSIVE) {
            // An owner: "Campbell's partner, Jason Louth", "the ministry's spokeswoman".
            let inner = np_right_owned(toks, text, e + 1, hi, true, depth + 1)?;
            return Some(Np {
                toks: s..inner.toks.end,
                head: inner.head,
                kind: inner.kind,
            });
        }
        // A place or body modifying a role noun: "the self-taught Waterloo resident", "the
        // Ottawa-based lawyer". A determined phrase reads on to its noun.
        let determined = j > s && matches!(toks[s].lex().tag, Some(Tag::Det));
        if determined && e < hi && is_speaker_noun(&toks[e]) && !toks[e].is(shape::POSSESSIVE) {
            return Some(Np {
                toks: s..e + 1,
                head: e,
                kind: Head::Noun,
            });
        }
        let head = (j..e).rev().find(|&k| is_cap_word(&toks[k])).unwrap_or(j);
        // "said Ana Ruiz and Tom Berg", "said Doyle and others": a second speaker joined by
        // "and" belongs to the phrase; the first is the one named as speaker.
        let mut end = e;
        if e + 1 < hi && is_word(&toks[e], "and", text) {
            let n = &toks[e + 1];
            if is_cap_word(n) {
                end = name_end(toks, text, e + 1, hi);
            } else if n.kind == Kind::Word && n.lex().has(flag::GROUP) {
                end = e + 2;
            }
        }
        return Some(Np {
            toks: s..end,
            head,
            kind: Head::Name,
        });
    }
    // A noun the lexicon does not list still heads a determined phrase that ends the clause:
    // "the affable proprietor", "Wise's dad, Darrin".
    let determined =
        (owned && j > s) || (j > s + 1 && (matches!(toks[s].lex().tag, Some(Tag::Det)) || possessive_det(toks, s, hi)));
    let last = j.saturating_sub(1);
    let unlisted_noun = determined
        && toks[last].kind == Kind::Word
        && !toks[last].is(shape::CAP)
        && !toks[last].lex().has(flag::FUNCTION | flag::CUE)
        && (j >= hi || toks[j].kind == Kind::Punct);
    let h = noun_head.or(unlisted_noun.then_some(last))?;
    let mut end = h + 1;
    // "a spokesperson for the ministry", and a document's author: "a poll by Gallup"
    if end + 1 < hi
        && toks[end].kind == Kind::Word
        && (matches!(toks[end].text(text), "for" | "of" | "at" | "with" | "from")
            || (toks[end].text(text) == "by" && toks[h].lex().has(flag::DOCUMENT)))
    {
        if let Some(more) = np_right_owned(toks, text, end + 1, hi, false, depth + 1) {
            if more.kind != Head::Pronoun {
                end = more.toks.end;
            }
        }
    }
    // "two people familiar with the talks", "a source close to the family": what makes an
    // unnamed source one belongs to the phrase.
    if end + 2 < hi && source_descriptor(toks, text, end) {
        let mut j = end + 2;
        while j < hi
            && j < end + 10
            && toks[j].kind == Kind::Word
            && !verb_in_phrase(toks, j)
            && !matches!(toks[j].lex().tag, Some(Tag::Wh | Tag::Sub | Tag::Conj))
        {
            j += 1;
        }
        if j > end + 2 {
            end = j;
        }
    }
    // "the president, Ana Ruiz": the name in apposition is who speaks.
    if end + 1 < hi && toks[end].is_punct(',') && is_cap_word(&toks[end + 1]) {
        let e = name_end(toks, text, end + 1, hi);
        let closes = e >= hi || toks[e].kind == Kind::Punct;
        if closes {
            let head = (end + 1..e).rev().find(|&k| is_cap_word(&toks[k])).unwrap_or(end + 1);
            return Some(Np {
                toks: s..e,
                head,
                kind: Head::Name,
            });
        }
    }
    Some(Np {
        toks: s..end,
        head: h,
        kind: Head::Noun,
    })
}

/// Whether the pronoun at `k` is a possessive before a lowercase word ("my daughter", "her
/// brother"; "her" is listed as an object pronoun, and is possessive only before a noun).
fn possessive_det(toks: &[Token], k: usize, hi: usize) -> bool {
    use crate::lexicon::Case;
    matches!(toks[k].lex().pron, Some((_, Case::Poss | Case::Obj)))
        && k + 1 < hi
        && toks[k + 1].kind == Kind::Word
        && !toks[k + 1].is(shape::CAP)
        && !toks[k + 1].lex().has(flag::FUNCTION)
}

/// Whether a person's name starts at `k`: a given name, or a title, followed by another
/// capitalized word.
fn starts_person_name(toks: &[Token], k: usize, hi: usize) -> bool {
    let t = &toks[k];
    is_cap_word(t)
        && t.lex().has(flag::GIVEN | flag::TITLE | flag::HONORIFIC)
        && k + 1 < hi
        && is_cap_word(&toks[k + 1])
}

/// The end of the name starting at `j`: capitalized words, initials' periods, and particles
/// followed by another capitalized word.
fn name_end(toks: &[Token], text: &str, j: usize, hi: usize) -> usize {
    let mut e = j;
    while e < hi {
        let u = &toks[e];
        let inside = is_cap_word(u)
            || is_abbrev_period(toks, e)
            || (u.kind == Kind::Word
                && matches!(u.text(text), "of" | "de" | "van" | "von" | "der" | "al" | "bin")
                && e + 1 < hi
                && is_cap_word(&toks[e + 1]));
        if !inside {
            // "Cambridge cartoonist Andre Campbell", "Green party leader Elizabeth May": up to
            // two lowercase words between a place or body and a person's name.
            let mut n = e;
            while n < hi
                && n < e + 3
                && toks[n].kind == Kind::Word
                && !toks[n].is(shape::CAP)
                && !toks[n].lex().has(flag::FUNCTION | flag::CUE)
            {
                n += 1;
            }
            // "Chinese foreign ministry spokeswoman Hua Chunying": after a role noun, two
            // capitalized words are a name even when the lexicon does not know the first.
            let role_before = n > e
                && toks[n - 1].lex().has(flag::TITLE | flag::ROLE)
                && n + 1 < hi
                && is_cap_word(&toks[n])
                && is_cap_word(&toks[n + 1]);
            if n > e && n < hi && (starts_person_name(toks, n, hi) || role_before) {
                e = n;
                continue;
            }
            break;
        }
        e += 1;
    }
    e
}

/// Whether the token ends a clause for content purposes: `;`, a dash, or a sentence end.
pub(crate) fn is_clause_break(t: &Token) -> bool {
    t.kind == Kind::Punct && (t.ch == ';' || is_dash(t.ch))
}
