//! Reading a subject leftwards from its verb: [`subject_left`] and the readings it tries in
//! turn (a pronoun, a phrase set off by commas, dashes or brackets, a name, a speaker noun,
//! a share, a noun with its prepositional phrase or relative clause).

use super::appositive::*;
use super::extend::*;
use super::nouns::*;
use super::right::*;
use super::time::*;
use super::words::*;
use super::*;

/// The subject phrase ending just before token `end` (exclusive), not reaching before `lo`.
pub(crate) fn subject_left(v: &View, end: usize, lo: usize) -> Option<Np> {
    subject_at(v, end, lo, 0)
}

/// [`subject_left`] at nesting `depth`.
pub(super) fn subject_at(v: &View, end: usize, lo: usize, depth: u8) -> Option<Np> {
    crate::ops::tick(1);
    if depth > MAX_DEPTH {
        return None;
    }
    subject_core(v, end, lo, depth).map(|np| coordinated_left(v, pp_chain_left(v, np, lo), lo))
}

/// The readings of [`subject_at`] before any chain of prepositional phrases is joined: the
/// phrase ends at `i`, before the fillers between subject and verb, with its last word `h`.
pub(super) fn subject_core(v: &View, end: usize, lo: usize, depth: u8) -> Option<Np> {
    let i = fillers_left(v, end, lo);
    if i <= lo {
        return None;
    }
    let h = head_before_participle(v, i, lo);
    let t = &v.toks[h];
    if t.kind == Kind::Word && t.lex().has(flag::PRONOUN) {
        return pronoun_subject(v, h, i, lo, depth);
    }
    if t.is_punct(',') {
        return appositive(v, h, lo, depth);
    }
    if is_set_off_dash(v, h) && h > lo {
        return dashed_subject(v, h, i, lo, depth);
    }
    if t.is_punct(')') {
        // "the Saskatoon Police Service (SPS) said"
        let open = (lo..h).rev().take(8).find(|&k| v.toks[k].is_punct('('))?;
        return subject_at(v, open, lo, depth + 1).map(|mut np| {
            np.toks.end = i;
            np
        });
    }
    if let Some(np) = those_subject(v, h, i, lo).or_else(|| bare_noun_subject(v, h, i, lo)) {
        return Some(np);
    }
    if is_cap_word(t) || (t.is_punct('.') && h > lo && v.toks[h - 1].is(shape::DOTTED)) {
        return Some(name_subject(v, h, i, lo));
    }
    if is_speaker_noun(t) || t.lex().has(flag::GROUP) {
        return Some(speaker_noun_subject(v, h, i, lo));
    }
    // "Six in 10 say", "about one in five said": a share of those asked.
    if let Some(np) = share_left(v, h, i, lo) {
        return Some(np);
    }
    // "a lawyer for the family said", "a person familiar with the talks said", "an official who
    // spoke on condition of anonymity said"
    pp_left(v, h, lo)
        .or_else(|| relative_left(v, h, lo, depth))
        .or_else(|| unlisted_noun_left(v, h, i, lo))
        .or_else(|| described_noun_left(v, h, i, lo))
        .or_else(|| who_antecedent(v, h, i, lo))
}

/// Where a subject ends before the verb at `end`, past adverbs, auxiliaries and time phrases
/// ("has also said", "last week said", "on Tuesday said", "Proponents, however, say"); at most
/// four of them.
fn fillers_left(v: &View, end: usize, lo: usize) -> usize {
    let toks = v.toks;
    let mut i = end;
    let mut fillers = 0;
    while i > lo && fillers < 4 {
        let n = time_phrase_left(v, i, lo);
        if n < i {
            i = n;
        } else if is_verb_filler(&toks[i - 1], v.text) {
            i -= 1;
        } else if i >= lo + 4
            && toks[i - 1].is_punct(',')
            && toks[i - 3].is_punct(',')
            && toks[i - 2].kind == Kind::Word
            && (toks[i - 2].lex().tag == Some(Tag::Adv) || toks[i - 2].lex().has(flag::ADJUNCT_ADVERB))
        {
            // An adverb set off by commas.
            i -= 3;
        } else {
            break;
        }
        fillers += 1;
    }
    i
}

/// The last word of a subject ending at `i`: the word before a participle that follows its
/// head ("people arrested last week said", "all those involved say").
fn head_before_participle(v: &View, i: usize, lo: usize) -> usize {
    let toks = v.toks;
    let h = i - 1;
    if h > lo && toks[h].kind == Kind::Word && !toks[h].is(shape::CAP) && v.word(h).ends_with("ed") {
        let p = &toks[h - 1];
        if is_speaker_noun(p) || p.lex().has(flag::GROUP) || matches!(v.word(h - 1), "those" | "people") {
            return h - 1;
        }
    }
    h
}

/// A subject pronoun ("she said"), or an object pronoun that ends a phrase that speaks ("a
/// source close to him said", "most of them said", "people who know her say").
fn pronoun_subject(v: &View, h: usize, i: usize, lo: usize, depth: u8) -> Option<Np> {
    if !matches!(v.toks[h].lex().pron, Some((_, crate::lexicon::Case::Subj))) {
        return pp_left(v, h, lo).or_else(|| relative_left(v, h, lo, depth));
    }
    Some(Np {
        toks: h..i,
        head: h,
        kind: Head::Pronoun,
    })
}

/// Whether token `k` is a dash or a hyphen, which may set a phrase off.
fn is_set_off_dash(v: &View, k: usize) -> bool {
    let t = &v.toks[k];
    t.kind == Kind::Punct && (is_dash(t.ch) || t.ch == '-')
}

/// "Mayor Ruiz — a former teacher — said", "The justice -- who has … -- said": a phrase set
/// off by dashes after the subject, whose closing dash is `h`.
fn dashed_subject(v: &View, h: usize, i: usize, lo: usize, depth: u8) -> Option<Np> {
    let toks = v.toks;
    let dash = |k: usize| is_set_off_dash(v, k);
    // A doubled hyphen is one dash.
    let close = if dash(h - 1) { h - 1 } else { h };
    let open = (lo.max(close.saturating_sub(30))..close).rev().find(|&k| dash(k))?;
    let open = if open > lo && dash(open - 1) { open - 1 } else { open };
    // Hyphens must be spaced to set a phrase off ("well-known" is one word).
    let spaced = |k: usize| k > 0 && (toks[k].ch != '-' || toks[k].start > toks[k - 1].end);
    if open <= lo || !spaced(open) || !spaced(close) {
        return None;
    }
    subject_at(v, open, lo, depth + 1).map(|mut np| {
        np.toks.end = i;
        np
    })
}

/// "All those involved say", "those affected said": a pronoun-like "those" with the participle
/// read before it, opening its clause.
fn those_subject(v: &View, h: usize, i: usize, lo: usize) -> Option<Np> {
    if !v.is(h, "those") {
        return None;
    }
    let start = if h > lo && v.toks[h - 1].lex().tag == Some(Tag::Det) {
        h - 1
    } else {
        h
    };
    (h + 1 < i && clause_start(v, start, lo)).then_some(Np {
        toks: start..i,
        head: h,
        kind: Head::Noun,
    })
}

/// One word that opens its clause and stands for speakers: a quantity ("Some say", "Many
/// said", "Both have said"), or a capitalized common noun ("Critics said", "Officials say").
fn bare_noun_subject(v: &View, h: usize, i: usize, lo: usize) -> Option<Np> {
    let t = &v.toks[h];
    let quantity = h + 1 == i && opening_quantity(v, h, lo);
    let clause_initial = h == lo || v.toks[h - 1].kind == Kind::Punct;
    let capitalized_noun = clause_initial
        && t.kind == Kind::Word
        && !t.is(shape::ALL_CAPS)
        && t.lex().has(SPEAKER_NOUN | flag::DOCUMENT)
        && !t.lex().has(flag::GIVEN);
    (quantity || capitalized_noun).then_some(Np {
        toks: h..i,
        head: h,
        kind: Head::Noun,
    })
}

/// A name ending at `h` with its titles and description ("Foreign Minister Ana Ruiz", "the
/// former mayor, Ruiz"); "Tim Guest with the Health Authority said": the person before the
/// preposition speaks.
fn name_subject(v: &View, h: usize, i: usize, lo: usize) -> Np {
    let toks = v.toks;
    let start = extend_name_left(v, h, lo);
    let head = (start..=h).rev().find(|&k| is_cap_word(&toks[k])).unwrap_or(h);
    let p = start;
    if p >= lo + 2 && toks[p - 1].kind == Kind::Word && matches!(v.word(p - 1), "with" | "from" | "at" | "of") {
        let last = p - 2;
        if is_cap_word(&toks[last]) {
            let pstart = extend_name_left(v, last, lo);
            if starts_person_name(v, pstart, last + 1) || (pstart < last && toks[pstart].lex().has(flag::GIVEN)) {
                return Np {
                    toks: pstart..i,
                    head: last,
                    kind: Head::Name,
                };
            }
        }
    }
    Np {
        toks: start..i,
        head,
        kind: Head::Name,
    }
}

/// A speaker noun ending at `h` with its modifiers ("a senior government official"); in "a
/// spokesperson for the ministry" the head is the noun before the preposition.
fn speaker_noun_subject(v: &View, h: usize, i: usize, lo: usize) -> Np {
    let toks = v.toks;
    let start = extend_noun_left(v, h, lo);
    let head = (start + 1..h)
        .find(|&k| toks[k].kind == Kind::Word && toks[k].lex().tag == Some(Tag::Prep) && is_speaker_noun(&toks[k - 1]))
        .map_or(h, |k| k - 1);
    Np {
        toks: start..i,
        head,
        kind: Head::Noun,
    }
}

/// "Ruiz and her deputy said", "Residents and business owners say": a name or speaker phrase
/// joined by "and" before the subject, opening the clause, is part of it; a name there is the
/// one named as speaker.
pub(super) fn coordinated_left(v: &View, np: Np, lo: usize) -> Np {
    let toks = v.toks;
    let s = np.toks.start;
    if np.kind == Head::Pronoun || s < lo + 2 || !v.is(s - 1, "and") {
        return np;
    }
    let h = s - 2;
    let (start, head, kind) = if is_cap_word(&toks[h]) {
        (extend_name_left(v, h, lo), h, Head::Name)
    } else if is_speaker_noun(&toks[h]) {
        (extend_noun_left(v, h, lo), np.head, np.kind)
    } else {
        return np;
    };
    if !clause_start(v, start, lo) {
        return np;
    }
    Np {
        toks: start..np.toks.end,
        head,
        kind,
    }
}

/// "A lawyer for the family of the victim said", "the director of the museum in Oslo said":
/// a subject read as the last phrase of a chain of prepositional phrases is the whole chain
/// when a speaker noun heads it and it opens its clause. Up to three links are read.
pub(super) fn pp_chain_left(v: &View, np: Np, lo: usize) -> Np {
    let toks = v.toks;
    let text = v.text;
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
        if h > lo && source_descriptor(v, h) && is_speaker_noun(&toks[h - 1]) {
            s = extend_noun_left(v, h - 1, lo);
            found = Some((s, h - 1));
            continue;
        }
        let u = &toks[h];
        if u.kind != Kind::Word || u.lex().has(flag::FUNCTION | flag::PRONOUN) || is_verbish(u) {
            break;
        }
        let start = if is_cap_word(u) {
            extend_name_left(v, h, lo)
        } else {
            extend_noun_left(v, h, lo)
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
        Some((start, head)) if clause_start(v, start, lo) => Np {
            toks: start..np.toks.end,
            head,
            kind: Head::Noun,
        },
        _ => np,
    }
}

/// "an official who spoke on condition of anonymity said": the phrase before "who",
/// "familiar", "close" or "with knowledge", with everything up to the verb.
pub(super) fn relative_left(v: &View, h: usize, lo: usize, depth: u8) -> Option<Np> {
    let toks = v.toks;
    let text = v.text;
    let min = h.saturating_sub(14).max(lo);
    for k in (min..=h).rev() {
        let t = &toks[k];
        if t.is_punct(',') || is_stop(toks, k) || (t.kind == Kind::Punct && is_double_quote(t.ch)) {
            return None;
        }
        if t.kind != Kind::Word {
            continue;
        }
        let anchor = t.text(text).eq_ignore_ascii_case("who") || source_descriptor(v, k);
        if anchor && k > lo {
            let inner = subject_at(v, k, lo, depth + 1)?;
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

/// "…, opposed by Ines Kowal, who said …", "… from residents, who say …": when no reading
/// above found a subject, the antecedent of a "who" right after a comma speaks, wherever it
/// stands in its own clause.
pub(super) fn who_antecedent(v: &View, h: usize, end: usize, lo: usize) -> Option<Np> {
    let toks = v.toks;
    if !v.is(h, "who") || h < lo + 2 || !toks[h - 1].is_punct(',') {
        return None;
    }
    let a = h - 2;
    let ante = &toks[a];
    let (start, kind) = if is_cap_word(ante) {
        (extend_name_left(v, a, lo), Head::Name)
    } else if is_speaker_noun(ante) {
        (extend_noun_left(v, a, lo), Head::Noun)
    } else {
        return None;
    };
    Some(Np {
        toks: start..end,
        head: a,
        kind,
    })
}
