//! Extending a name or a noun phrase leftwards from its last word, over titles, modifiers,
//! possessives, determiners and the prepositions inside a speaker phrase.

use super::words::*;
use super::*;

/// Extends a name leftwards from its last word `h` over names, titles, roles, connectors,
/// possessives and a leading determiner.
pub(super) fn extend_name_left(v: &View, h: usize, lo: usize) -> usize {
    let toks = v.toks;
    let text = v.text;
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
pub(super) fn extend_noun_left(v: &View, h: usize, lo: usize) -> usize {
    let toks = v.toks;
    let text = v.text;
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
                if let Some(k) = across_preposition(v, j - 1, lo) {
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
            && (v.is(j - 2, "a") || v.is(j - 2, "an"));
        if modifier_prep {
            j -= 1;
            steps += 1;
            continue;
        }
        if p.kind == Kind::Word && p.lex().tag == Some(Tag::Prep) {
            if let Some(k) = across_preposition(v, j - 1, lo) {
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
pub(super) fn across_preposition(v: &View, p: usize, lo: usize) -> Option<usize> {
    let toks = v.toks;
    let text = v.text;
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
    if matches!(v.word(p), "of" | "in" | "among") && opening_quantity(v, p - 1, lo) {
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
    if v.is(p, "of") && plural_after && before.kind == Kind::Word && !before.is(shape::CAP) {
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
