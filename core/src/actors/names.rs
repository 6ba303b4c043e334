//! Finding names: runs of capitalized words (joined by particles such as "of", "de", "von
//! der") that may start where they stand, with the evidence around them: a dateline, a role
//! noun before the name, a role in apposition after it.

use super::classify::{classify, Candidate};
use super::Actors;
use crate::document::ActorKind;
use crate::lexicon::{flag, FastMap};
use crate::rules::Rule;
use crate::segment::{Segmented, Sent};
use crate::tokens::{is_double_quote, is_single_quote, shape, Kind, Token};
use crate::view::View;

/// The longest name, in tokens.
const MAX_NAME: usize = 12;

/// Connectors allowed inside names: "Ministry of Health", "Ursula von der Leyen".
pub(super) fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "de"
            | "da"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "du"
            | "la"
            | "le"
            | "les"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "y"
            | "and"
            | "&"
            | "for"
            | "the"
            | "on"
            | "St"
    )
}

/// How many words after a name's comma an appositive role word may come ("Ruiz, a
/// long-serving independent analyst").
const APPOSITIVE_REACH: usize = 6;

/// The head of an appositive after a name ending before token `j`, and whether it is a role
/// word: ", president of …", ", an independent analyst who …", ", 45, a nurse", ", a
/// 26-year-old deckhand,". Only words up to the next comma are read. A head that is no role
/// word must follow an article and end the phrase (at a comma, a stop or a function word:
/// ", a deckhand from …"), and must be able to be a noun.
fn appositive(toks: &[Token], j: usize, end: usize) -> Option<(usize, bool)> {
    if !toks.get(j).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let mut k = j + 1;
    // An age first: "Ruiz, 45, a nurse".
    if k + 1 < end && toks[k].kind == Kind::Number && toks[k + 1].is_punct(',') {
        k += 2;
    }
    // An owner first: "Ruiz, Donald Trump's campaign manager".
    let owner_end = (k..end.min(k + 4)).find(|&o| !(toks[o].kind == Kind::Word && toks[o].is(shape::CAP)));
    if let Some(o) = owner_end.filter(|&o| o > k && toks[o].is(shape::POSSESSIVE)) {
        k = o + 1;
    }
    let start = k;
    let article = toks.get(start).is_some_and(|t| t.is_det());
    let mut last = None;
    while k < end && k < start + APPOSITIVE_REACH {
        let t = &toks[k];
        if t.kind != Kind::Word {
            // Hyphenated modifiers ("long-serving") are one token; other punctuation ends it.
            break;
        }
        let e = t.lex();
        if e.has(flag::ROLE | flag::TITLE) && !e.has(flag::HONORIFIC) && !t.is(shape::CAP) {
            return Some((k, true));
        }
        // Only determiners and modifiers may come before the role word.
        let det = k == start && t.is_det();
        if !det && (e.has(flag::FUNCTION) || e.cue.is_some() || t.is(shape::CAP) && k == start) {
            break;
        }
        let noun = !t.is(shape::CAP) && (e.has(flag::NOUN_WORD) || !e.has(flag::ADJ_WORD | flag::VERB_WORD));
        last = (!det && noun).then_some(k);
        k += 1;
    }
    let ends = k >= end || toks[k].kind == Kind::Punct || toks[k].lex().has(flag::FUNCTION);
    let head = last.filter(|&h| h + 1 == k && article && ends)?;
    Some((head, false))
}

/// Whether a token of `text` can be part of a name. Not a compound that ends in a lowercase
/// participle or adjective ("Boston-based", "Calgary-born", "U.S.-led"): it describes, it
/// names no one. (A romanized given name keeps its syllables: "Jae-in", "Ki-moon".)
fn is_name_word(text: &str, t: &Token) -> bool {
    if t.kind != Kind::Word || !t.is(shape::CAP) {
        return false;
    }
    let modifier = t.text(text).rsplit_once('-').is_some_and(|(_, last)| {
        let e = crate::lexicon::lexicon().get(last);
        last.chars().next().is_some_and(char::is_lowercase)
            && e.has(flag::VERB_WORD | flag::ADJ_WORD)
            && !e.has(flag::FUNCTION | flag::NOUN_WORD)
    });
    if modifier {
        return false;
    }
    let e = t.lex();
    if e.has(flag::PRONOUN) && !t.is(shape::ALL_CAPS) {
        return false;
    }
    if e.has(flag::FUNCTION) && !t.is(shape::ALL_CAPS) && !e.has(flag::GIVEN | flag::PLACE) {
        return false;
    }
    if e.has(flag::CALENDAR) && !e.has(flag::GIVEN) {
        return false;
    }
    true
}

/// Whether the run `[i, j)` is one common noun before a number, a label and not a name
/// ("Level 4", "Phase 2", "Grade 9"); a given name is still a name ("Carmen 2" is rare, but
/// "Ana" is never a label).
fn is_numbered_label(v: &View, i: usize, j: usize) -> bool {
    let t = &v.toks[i];
    let e = t.lex();
    j == i + 1
        && e.has(flag::NOUN_WORD)
        && !e.has(flag::GIVEN | flag::PLACE | flag::ORG_NAME | flag::TITLE)
        && !t.is(shape::ALL_CAPS)
        && v.toks
            .get(j)
            .is_some_and(|n| n.kind == Kind::Number && n.start == t.end + 1)
}

/// Whether the word at `i` is a calendar word next to a number: a date, even when it is also
/// a given name ("on June 24", "24 April 2019", "May 2019"), not a person.
fn is_date(v: &View, i: usize, end: usize) -> bool {
    let number = |k: usize| v.toks.get(k).is_some_and(|t| t.kind == Kind::Number);
    v.toks[i].lex().has(flag::CALENDAR) && ((i + 1 < end && number(i + 1)) || (i > 0 && number(i - 1)))
}

impl Actors {
    /// Finds and clusters the named actors of a segmented text.
    pub(crate) fn recognize(text: &str, seg: &Segmented) -> Actors {
        let mut a = Actors {
            name_at: vec![0; seg.tokens.len()],
            ..Actors::default()
        };
        let v = View::new(text, seg);
        let mut cands = candidates(&v);
        let contexts = super::model::Contexts::new(&v);
        cands.retain_mut(|c| super::model::refine(&v, &contexts, c));
        a.cluster(text, v.toks, cands);
        super::model::type_single_words(&v, &contexts, &mut a);
        a.affiliations(&v);
        a
    }
}

/// Every name candidate of the article's prose, in text order.
pub(super) fn candidates(v: &View) -> Vec<Candidate> {
    let mid_caps = mid_sentence_capitals(v);
    let mut cands: Vec<Candidate> = Vec::new();
    // The token after a dateline's opening parenthesis: the wire or paper that filed it.
    let mut agency_at: Option<usize> = None;
    for s in &v.seg.sents {
        if !v.seg.paras[s.para].is_prose() {
            continue;
        }
        let mut i = s.toks.start;
        let end = s.toks.end;
        while i < end {
            crate::ops::tick(1);
            if !is_name_word(v.text, &v.toks[i]) || !may_start(v, i, s.toks.start, &mid_caps) || is_date(v, i, end) {
                i += 1;
                continue;
            }
            // Names are short; the cap also keeps a run of capitals linear.
            let end = end.min(i + MAX_NAME);
            let j = run_end(v, i, end);
            if is_numbered_label(v, i, j) {
                i = j;
                continue;
            }
            let mut whole = classify(v, i, j);
            if let Some(body) = super::classify::body_before_title(v, i, j, whole.as_ref()) {
                cands.push(body);
            }
            dateline(v, s, i, j, &mut whole, &mut agency_at);
            if let Some(c) = whole.as_mut() {
                role_evidence(v, i, j, end, c);
            }
            // "and", "for", "on", "the" join words only inside organization names
            // ("Department of Fisheries and Oceans"); elsewhere they separate two names
            // ("Patrick Bardos and Anne Cerato"), and the rest is scanned again from the word
            // after the connector.
            let weak = (i + 1..j).find(|&k| {
                v.toks[k].kind == Kind::Word
                    && !v.toks[k].is(shape::CAP)
                    && matches!(v.word(k), "and" | "&" | "for" | "on" | "the")
            });
            // Nor after an acronym, a name of its own ("the WHL and Hockey Canada").
            let acronym_first = |w: usize| w == i + 1 && v.toks[i].is(shape::ALL_CAPS) && v.is_any(w, &["and", "&"]);
            // Two names even in a body's run: "Ana Ruiz of the Civic Party and Tomas Lind".
            let two_names = (i + 1..j).find(|&k| second_name_after_and(v, k, j) || person_before_of(v, i, k, j));
            match (two_names.or(weak), &whole) {
                (Some(w), c)
                    if two_names.is_some()
                        || acronym_first(w)
                        || c.as_ref().is_none_or(|c| c.kind != Some(ActorKind::Organization)) =>
                {
                    cands.extend(classify(v, i, w));
                    i = w + 1;
                    continue;
                }
                _ => cands.extend(whole),
            }
            i = j;
        }
    }
    cands
}

/// Whether the "and" at `w` in a run ending at `j` begins a second name, even after a body's
/// name: a person's given name and surname ("Ana Ruiz of the Harbour Party and Tomas Lind of
/// the Civic Party"), or "the" and a name ("the Kelvale School District and the Kelvale
/// Police"). A body's own "and" joins single words ("Department of Fisheries and Oceans").
fn second_name_after_and(v: &View, w: usize, j: usize) -> bool {
    if !v.is_any(w, &["and", "&"]) {
        return false;
    }
    let toks = v.toks;
    let mut k = w + 1;
    let the = k < j && v.word(k) == "the";
    if the {
        k += 1;
    }
    let cap_words = toks[k..j]
        .iter()
        .filter(|t| t.kind == Kind::Word && t.is(shape::CAP))
        .count();
    let given = k < j && toks[k].lex().has(flag::GIVEN) && !toks[k].lex().has(flag::ORG_HEAD | flag::PLACE);
    (the && cap_words >= 1) || (given && cap_words >= 2)
}

/// Whether the "of" at `w` in the run `[i, j)` follows a person's name and leads to their body:
/// two or three capitalized words, none a body's, a title's, a place's or a nationality
/// ("Ana Ruiz of the Civic Party", "Cheng Chung-tai of KPA"), not "Bank of Kelvale",
/// "Minister of Finance" or "Royal College of Nurses".
fn person_before_of(v: &View, i: usize, w: usize, j: usize) -> bool {
    if v.word(w) != "of" || w + 1 >= j {
        return false;
    }
    let toks = v.toks;
    let left = &toks[i..w];
    let words = left.iter().filter(|t| t.kind == Kind::Word).count();
    let plain = left.iter().all(|t| {
        t.kind != Kind::Word
            || !t
                .lex()
                .has(flag::ORG_HEAD | flag::ORG_SUFFIX | flag::TITLE | flag::HONORIFIC | flag::PLACE)
    });
    let first = &toks[i];
    let name_like =
        first.is(shape::CAP) && !first.is(shape::ALL_CAPS) && !first.lex().has(flag::DEMONYM | flag::ORG_NAME);
    let body_after = toks[w + 1..j]
        .iter()
        .any(|t| t.kind == Kind::Word && (t.lex().has(flag::ORG_HEAD) || t.is(shape::ALL_CAPS)));
    name_like && plain && (2..=3).contains(&words) && body_after
}

/// Where the run of name words starting at `i` ends (before `end`): capitalized words, a
/// capitalized function word between two of them ("Assembly of First Nations"), the period
/// of an initial, connectors that lead to another name word ("von der Leyen"), "St".
fn run_end(v: &View, i: usize, end: usize) -> usize {
    let toks = v.toks;
    let mut j = i + 1;
    while j < end {
        let t = &toks[j];
        if is_name_word(v.text, t) && t.start <= toks[j - 1].end + 1 {
            j += 1;
            continue;
        }
        if t.kind == Kind::Word
            && t.is(shape::CAP)
            && !t.lex().has(flag::PRONOUN)
            && j + 1 < end
            && is_name_word(v.text, &toks[j + 1])
        {
            j += 1;
            continue;
        }
        if t.is_punct('.') && toks[j - 1].is(shape::DOTTED) && toks[j - 1].end == t.start {
            // The period of "Mr." or "J." belongs to the name.
            if j + 1 < end && is_name_word(v.text, &toks[j + 1]) {
                j += 1;
                continue;
            }
            break;
        }
        // "on" and "for" join a body's name only once it has its head word ("Council on
        // Foreign Relations", "Court of Appeals for the Sixth Circuit"), not two names
        // ("Republicans on the House Committee", "Memphis Grizzlies for Jonas Valanciunas").
        let body_only = matches!(v.word(j), "on" | "for") && !toks[i..j].iter().any(|t| t.lex().has(flag::ORG_HEAD));
        if t.kind == Kind::Word && !t.is(shape::CAP) && is_connector(v.word(j)) && !body_only {
            let mut n = j;
            while n < end
                && n < j + 3
                && toks[n].kind == Kind::Word
                && !toks[n].is(shape::CAP)
                && is_connector(v.word(n))
            {
                n += 1;
            }
            // The connector leads to a name word, not a date or a code ("Kennedy Space
            // Center on April 12", "on STS-1").
            let name_follows = n < end
                && toks[n].is_cap()
                && !toks[n].lex().has(flag::PRONOUN)
                && !toks[n].lex().has(flag::CALENDAR)
                && !toks[n].text(v.text).bytes().any(|c| c.is_ascii_digit());
            if name_follows {
                j = n;
                continue;
            }
        }
        if t.kind == Kind::Word && v.word(j) == "St" && j + 1 < end {
            j += 1;
            continue;
        }
        break;
    }
    j
}

/// actor.dateline-place, actor.dateline-agency: capitals opening a paragraph and set off by
/// punctuation are a dateline's place ("PORT ALDER (Wire) —"), and the name in its
/// parentheses is the agency that filed the story.
fn dateline(v: &View, s: &Sent, i: usize, j: usize, whole: &mut Option<Candidate>, agency_at: &mut Option<usize>) {
    let toks = v.toks;
    let para_start = v.seg.paras[s.para].toks.start;
    let shouting = toks[i..j]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .all(|t| t.is(shape::ALL_CAPS));
    let set_off = toks
        .get(j)
        .is_some_and(|t| t.kind == Kind::Punct && matches!(t.ch, '(' | ',' | '—' | '–' | '-'));
    if i == para_start && shouting && set_off {
        if let Some(c) = whole.as_mut() {
            c.kind = Some(ActorKind::Place);
            c.rule = Rule::ActorDatelinePlace;
        }
        if toks[j].ch == '(' {
            *agency_at = Some(j + 1);
        }
    }
    let closed = toks.get(j).is_some_and(|t| t.kind == Kind::Punct && t.ch == ')');
    if *agency_at == Some(i) && closed {
        if let Some(c) = whole.as_mut() {
            c.kind = Some(ActorKind::Organization);
            c.rule = Rule::ActorDatelineAgency;
        }
    }
}

/// actor.role-before, actor.appositive-role: a role noun just before the name ("spokesperson
/// Lu Kang", "union president Dolores Achebe") or in apposition after it ("Ana Ruiz, president
/// of the union,", "Ruiz, a retired nurse,") shows a person as surely as a title does; not
/// after a preposition or for a date ("In June, the senator said").
fn role_evidence(v: &View, i: usize, j: usize, end: usize, c: &mut Candidate) {
    let toks = v.toks;
    if c.kind == Some(ActorKind::Organization) || c.kind == Some(ActorKind::Place) {
        return;
    }
    let before = i.checked_sub(1).map(|p| &toks[p]).filter(|p| {
        p.kind == Kind::Word
            && !p.is(shape::CAP)
            && p.lex().has(flag::TITLE | flag::ROLE)
            && !p.lex().has(flag::GROUP)
            && c.words(toks) >= 2
    });
    if let Some(p) = before {
        c.person_with_role(p.entry_id(), Rule::ActorRoleBefore);
    }
    // "In June, the senator …", "In Ottawa, the minister …": a name closing an opening
    // prepositional phrase is no appositive's head; the role opens the main clause.
    let opening_phrase = i
        .checked_sub(1)
        .is_some_and(|p| toks[p].kind == Kind::Word && toks[p].lex().tag == Some(crate::lexicon::Tag::Prep));
    let calendar = (i..j).any(|k| toks[k].lex().has(flag::CALENDAR));
    if opening_phrase || calendar {
        return;
    }
    if let Some((head, role)) = appositive(toks, j, end) {
        if role {
            c.person_with_role(toks[head].entry_id(), Rule::ActorAppositiveRole);
        }
        c.described.push(lowercase_hash(v.word(head)));
    }
}

/// Lowercase words seen capitalized somewhere other than at a sentence start: evidence that a
/// sentence-initial capitalized word is a name.
fn mid_sentence_capitals(v: &View) -> FastMap<u64, ()> {
    let (text, seg) = (v.text, v.seg);
    let mut set = FastMap::default();
    for s in &seg.sents {
        if !seg.paras[s.para].is_prose() {
            continue;
        }
        for k in s.toks.clone() {
            let t = &seg.tokens[k];
            if k == s.toks.start || t.kind != Kind::Word || !t.is(shape::CAP) {
                continue;
            }
            let prev = &seg.tokens[k - 1];
            let after_opener = prev.kind == Kind::Punct
                && (is_double_quote(prev.ch) || is_single_quote(prev.ch) || matches!(prev.ch, '(' | ':' | '—' | '-'));
            if after_opener || t.lex().has(flag::FUNCTION) {
                continue;
            }
            set.insert(lowercase_hash(t.text(text)), ());
        }
    }
    set
}

/// A hash of a word's lowercase form: hashed eight bytes at a time, and without allocating for
/// a word of up to 64 ASCII bytes.
pub(crate) fn lowercase_hash(w: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::lexicon::FastHasher::default();
    let mut buf = [0u8; 64];
    if w.len() <= buf.len() && w.is_ascii() {
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        h.write(lower);
    } else {
        let lower: String = w.chars().flat_map(char::to_lowercase).collect();
        h.write(lower.as_bytes());
    }
    h.finish()
}

/// Whether a capitalized word at `i` may start a name, given the sentence start.
fn may_start(v: &View, i: usize, sent_start: usize, mid_caps: &FastMap<u64, ()>) -> bool {
    let toks = v.toks;
    let t = &toks[i];
    let e = t.lex();
    // A social-media handle or hashtag ("@MichelleRempel", "#Budget2026") is not a name.
    if i > 0 && toks[i - 1].end == t.start && matches!(toks[i - 1].ch, '@' | '#') {
        return false;
    }
    let initial = i == sent_start
        || (i > sent_start && {
            let p = &toks[i - 1];
            p.kind == Kind::Punct
                && (is_double_quote(p.ch) || is_single_quote(p.ch) || matches!(p.ch, '(' | '—' | '-' | ':'))
                && (i - 1 == sent_start || toks[i - 2].kind == Kind::Punct)
        });
    if !initial {
        return true;
    }
    if e.has(flag::GIVEN | flag::PLACE | flag::PLACE_START | flag::ORG_NAME | flag::HONORIFIC | flag::TITLE) {
        return true;
    }
    if e.has(flag::FUNCTION | flag::GROUP | flag::ROLE | flag::ANON | flag::CUE | flag::STANCE) {
        return false;
    }
    if t.is(shape::ALL_CAPS) {
        return true;
    }
    if mid_caps.contains_key(&lowercase_hash(v.word(i))) {
        return true;
    }
    // A verb's "-ing" form opening a sentence or a heading starts no name ("Testing Dalton's
    // theory", "Using Census Data").
    if v.word(i).ends_with("ing") && e.has(flag::VERB_WORD) {
        return false;
    }
    // Followed by another capitalized word, or directly by a verb of saying.
    toks.get(i + 1).is_some_and(|n| {
        (is_name_word(v.text, n) && n.start <= t.end + 1) || n.lex().has(flag::CUE) && n.kind == Kind::Word
    })
}
