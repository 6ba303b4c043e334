//! Word classes and position tests the phrase readers share: which words can head a
//! speaker phrase, which read as verbs, where a clause starts.

use super::*;

/// Word classes that can head a speaker phrase.
pub(super) const SPEAKER_NOUN: u64 =
    flag::GROUP | flag::ROLE | flag::ANON | flag::TITLE | flag::ORG_HEAD | flag::MEDIA_WORD;

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

/// Whether a word is a possessive pronoun before a noun: "his", "their", and "her" (listed
/// as an object pronoun, but an owner before a noun: "her friend said").
pub(crate) fn is_owner_pronoun(t: &Token, text: &str) -> bool {
    matches!(t.lex().pron, Some((_, crate::lexicon::Case::Poss))) || is_word(t, "her", text)
}

pub(super) fn is_word(t: &Token, w: &str, text: &str) -> bool {
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

/// Whether a token looks like a finite verb or auxiliary (which an appositive lacks).
pub(crate) fn is_verbish(t: &Token) -> bool {
    t.kind == Kind::Word
        && (matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal)) || (t.lex().has(flag::CUE) && !t.is(shape::CAP)))
}

/// Whether token `j` inside a phrase reads as a verb: verb-like, and not a noun after a
/// preposition, a determiner or an owner ("director of state campaigns").
pub(crate) fn verb_in_phrase(v: &View, j: usize) -> bool {
    let toks = v.toks;
    is_verbish(&toks[j])
        && !(j > 0 && {
            let p = &toks[j - 1];
            matches!(p.lex().tag, Some(Tag::Prep | Tag::Det)) || p.is(shape::POSSESSIVE)
        })
}

/// Whether the token ends a clause for content purposes: `;`, a dash, or a sentence end.
pub(crate) fn is_clause_break(t: &Token) -> bool {
    t.kind == Kind::Punct && (t.ch == ';' || is_dash(t.ch))
}

/// Prepositions that tie a phrase to the speaker noun before it: "a lawyer for the family",
/// "experts on fisheries".
pub(super) fn is_speaker_prep(t: &Token, text: &str) -> bool {
    t.kind == Kind::Word && matches!(t.text(text), "of" | "in" | "for" | "at" | "from" | "with" | "on")
}

/// Prepositions that can tie one noun phrase to the next inside a speaker phrase: those of
/// [`is_speaker_prep`] and "to" ("the delegation to the forum").
pub(super) fn is_chain_prep(t: &Token, text: &str) -> bool {
    is_speaker_prep(t, text) || is_word(t, "to", text)
}

/// Whether token `k` is a quantity that stands for people and opens its clause: "Some say",
/// "Many in the crowd", "One of her aides" (not "the", "much" or "more").
pub(crate) fn opening_quantity(v: &View, k: usize, lo: usize) -> bool {
    let toks = v.toks;
    toks[k].kind == Kind::Word && toks[k].lex().has(flag::PEOPLE_QUANTITY) && clause_start(v, k, lo)
}

/// Whether a phrase starting at `k` starts its clause: at `lo`, or after punctuation or a
/// conjunction ("But the school's defenders said").
pub(super) fn clause_start(v: &View, k: usize, lo: usize) -> bool {
    let toks = v.toks;
    k == lo || toks[k - 1].kind == Kind::Punct || matches!(toks[k - 1].lex().tag, Some(Tag::Conj | Tag::Sub))
}

/// Whether a phrase at `k` is the first of its sentence from `lo`, or follows only an opening
/// phrase and its comma ("On Tuesday, …", "In a statement, …").
pub(crate) fn opens_clause(v: &View, k: usize, lo: usize) -> bool {
    let toks = v.toks;
    if after_first_comma(v, k, lo) {
        let t = &toks[lo];
        return matches!(t.lex().tag, Some(Tag::Prep | Tag::Adv | Tag::Sub))
            || t.lex().has(flag::CALENDAR | flag::TIME_WORD);
    }
    (lo..k).all(|j| (toks[j].kind == Kind::Punct && toks[j].ch != ',') || toks[j].lex().tag == Some(Tag::Det))
}

/// Whether token `k` directly follows the only comma since `lo`: the end of an opening phrase.
pub(crate) fn after_first_comma(v: &View, k: usize, lo: usize) -> bool {
    let toks = v.toks;
    k > lo && toks[k - 1].is_punct(',') && !(lo..k - 1).any(|j| toks[j].is_punct(','))
}

/// Whether what describes an unnamed source starts at `k`: "familiar with", "close to",
/// "briefed on", "with knowledge".
#[inline]
pub(crate) fn source_descriptor(v: &View, k: usize) -> bool {
    let toks = v.toks;
    let text = v.text;
    // Most words start with none of the four first letters: they are turned away without a call.
    let first = toks
        .get(k)
        .and_then(|t| text.as_bytes().get(t.start))
        .map_or(0, u8::to_ascii_lowercase);
    matches!(first, b'f' | b'c' | b'b' | b'w') && source_descriptor_from(v, k)
}

/// [`source_descriptor`] for a word with one of the four first letters.
#[inline(never)]
pub(super) fn source_descriptor_from(v: &View, k: usize) -> bool {
    let toks = v.toks;
    let text = v.text;
    let word = |j: usize, w: &str| toks.get(j).is_some_and(|t| is_word(t, w, text));
    (word(k, "familiar") && word(k + 1, "with"))
        || (word(k, "close") && word(k + 1, "to"))
        || (word(k, "briefed") && word(k + 1, "on"))
        || (word(k, "with") && word(k + 1, "knowledge"))
}
