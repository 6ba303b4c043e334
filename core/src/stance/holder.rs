//! Who holds a stance: the subject before a stance word (a name, pronoun or description the
//! coreference pass linked), the subject of a copula whose predicate holds a stance noun, the
//! agent of a passive ("was endorsed by the union"), or a group made an actor ("Environmental
//! groups criticized the plan"). Used by [`super::actor`].

use std::ops::Range;

use crate::actors::Actors;
use crate::lexicon::{flag, Tag};
use crate::text::Span;
use crate::tokens::{shape, Kind};
use crate::view::View;

/// The actor holding a stance expressed at `k`: the subject before it (a name, pronoun or
/// description the coreference pass linked), looking back over a few words.
pub(super) fn holder_before(v: &View, ent_at: &[u32], k: usize, lo: usize) -> Option<usize> {
    let toks = v.toks;
    let actor = |j: usize| (ent_at[j] != u32::MAX).then_some(ent_at[j] as usize);
    // "Trump's attacks on Machado": the owner of a stance noun holds it.
    if k > lo + 1 && toks[k - 1].is(shape::POSSESSIVE) {
        if let Some(e) = actor(k - 2) {
            return Some(e);
        }
    }
    // "Kaine is a staunch opponent of …": a stance noun in a copula's predicate is its
    // subject's.
    // ("Ruiz has been a consistent and outspoken supporter of …": modifiers may be joined.)
    let mut c = k;
    while c > lo && c + 6 > k && {
        let p = &toks[c - 1];
        let joins = c < k && (p.is_punct(',') || v.is(c - 1, "and"));
        p.is_det() || joins || (p.kind == Kind::Word && !p.lex().has(flag::FUNCTION) && !is_copula(v, c - 1))
    } {
        c -= 1;
    }
    if c < k && c > lo && is_copula(v, c - 1) {
        if let Some(e) = crate::phrase::subject_left(v, c - 1, lo).and_then(|np| np.toks.clone().rev().find_map(actor))
        {
            return Some(e);
        }
    }
    if let Some(np) = crate::phrase::subject_left(v, verb_chain_start(v, k, lo), lo) {
        // "Kaine is a lawyer who opposes …": a description after a copula is its subject's.
        if let Some(e) = predicated_of(v, ent_at, np.toks.start, lo) {
            return Some(e);
        }
        match subject_holder(v, ent_at, &np) {
            Subject::Actor(e) => return Some(e),
            Subject::Other => return None,
            Subject::None => {}
        }
    }
    // "X has long criticized", "X, a lawyer, criticized": the nearest actor within six words.
    (k.saturating_sub(6).max(lo)..k).rev().find_map(|j| {
        let t = &toks[j];
        if t.kind == Kind::Punct && (matches!(t.ch, '.' | ';') || crate::tokens::is_double_quote(t.ch)) {
            return None;
        }
        (ent_at[j] != u32::MAX && !after_preposition(v, ent_at, j, lo)).then_some(ent_at[j] as usize)
    })
}

/// Whether the actor mentioned at `j` is the object of a preposition ("took to Twitter to
/// accuse", "the invasions of Georgia and Ukraine as a threat", "the integrity of the U.S.
/// voting system, encouraging"): then it is no subject of what follows. Only the last
/// [`LIST_REACH`] tokens are looked at, so that the test stays constant per word.
fn after_preposition(v: &View, ent_at: &[u32], j: usize, lo: usize) -> bool {
    let lo = lo.max(j.saturating_sub(LIST_REACH));
    let mut i = j;
    loop {
        while i > lo && ent_at[i - 1] != u32::MAX && ent_at[i - 1] == ent_at[i] {
            i -= 1;
        }
        if i > lo && v.toks[i - 1].is_det() {
            i -= 1;
        }
        // A list of names: "of Georgia and Ukraine".
        if i > lo + 1 && v.is_any(i - 1, &["and", "or", ","]) && ent_at[i - 2] != u32::MAX {
            i -= 2;
            continue;
        }
        break;
    }
    i > lo && v.toks[i - 1].lex().tag == Some(Tag::Prep)
}

/// How far back a list of names is followed to the preposition before it.
const LIST_REACH: usize = 16;

/// The actor a description starting at `start` is predicated of: the subject of a copula
/// just before it ("Kaine is [a former lawyer who …]"), when that subject is an actor.
fn predicated_of(v: &View, ent_at: &[u32], start: usize, lo: usize) -> Option<usize> {
    if start <= lo + 1 || !is_copula(v, start - 1) || !v.toks[start].is_det() {
        return None;
    }
    let np = crate::phrase::subject_left(v, start - 1, lo)?;
    (ent_at[np.head] != u32::MAX).then_some(ent_at[np.head] as usize)
}

/// Who a subject phrase names.
enum Subject {
    /// An actor: the one its head mentions, or the owner of its head ("Trump's campaign"),
    /// or a name compounded with a head that is no group ("the Trump campaign").
    Actor(usize),
    /// Someone else: a group or body whose name only holds an actor ("Edmonton police",
    /// "Democrats on Capitol Hill").
    Other,
    /// Nothing the phrase says.
    None,
}

/// The actor subject phrase `np` names ([`Subject`]): an actor after its head (in a
/// prepositional phrase, "on Capitol Hill") is never the subject, and neither is a place or
/// name before a group's head ("Edmonton police", "the Sherbrook Street employees").
fn subject_holder(v: &View, ent_at: &[u32], np: &crate::phrase::Np) -> Subject {
    let actor = |j: usize| (ent_at[j] != u32::MAX).then_some(ent_at[j] as usize);
    if let Some(e) = actor(np.head) {
        return Subject::Actor(e);
    }
    let before = np.toks.start..np.head.min(np.toks.end);
    let owner = before
        .clone()
        .rev()
        .find(|&j| v.toks[j].is(shape::POSSESSIVE))
        .and_then(|j| (before.start..j).rev().find_map(actor));
    if let Some(e) = owner {
        return Subject::Actor(e);
    }
    let head = v.toks[np.head].lex();
    let group = head.has(flag::GROUP | flag::ANON | flag::ORG_HEAD | flag::ROLE);
    match before.rev().find_map(actor) {
        Some(e) if !group => Subject::Actor(e),
        Some(_) => Subject::Other,
        None if np.toks.clone().any(|j| actor(j).is_some()) => Subject::Other,
        None => Subject::None,
    }
}

/// Where the verb chain of the stance word at `k` starts: before the auxiliaries, modals,
/// negations and verbs of refusing that lead to it ("did not back", "has refused to join",
/// "will no longer support").
fn verb_chain_start(v: &View, k: usize, lo: usize) -> usize {
    let mut j = k;
    while j > lo && j + 6 > k {
        let e = v.toks[j - 1].lex();
        let leads = matches!(e.tag, Some(Tag::Aux | Tag::Modal))
            || e.has(flag::NEGATION)
            || v.is_any(
                j - 1,
                &[
                    "to", "longer", "refused", "refuses", "declined", "declines", "chose", "decided",
                ],
            );
        if !leads {
            break;
        }
        j -= 1;
    }
    j
}

/// A group or unnamed source as the subject of a stance verb ("Environmental groups
/// criticized the plan"): made an actor, as the attribution pass makes speakers.
pub(super) fn group_holder(v: &View, actors: &mut Actors, k: usize, lo: usize) -> Option<usize> {
    let toks = v.toks;
    let text = v.text;
    let np = crate::phrase::subject_left(v, verb_chain_start(v, k, lo), lo)?;
    if np.kind != crate::phrase::Head::Noun {
        return None;
    }
    let head = &toks[np.head];
    let e = head.lex();
    if !e.has(flag::GROUP | flag::ANON | flag::ORG_HEAD | flag::ROLE) {
        return None;
    }
    let first = &toks[np.toks.start];
    let start = if first.text(text).eq_ignore_ascii_case("the") {
        np.toks.start + 1
    } else {
        np.toks.start
    };
    let span = Span::new(toks[start].start, toks[np.head].end);
    let mut name = span.text(text).to_string();
    let opener = toks[start].lex();
    if opener.has(flag::FUNCTION | flag::GROUP | flag::ROLE | flag::ANON | flag::ORG_HEAD)
        && !opener.has(flag::NAMED_GROUP)
    {
        let mut c = name.chars();
        name = c
            .next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default();
    }
    let plural = e.has(flag::GROUP | flag::ANON_PLURAL);
    let kind = if e.has(flag::ORG_HEAD) && !plural {
        crate::document::ActorKind::Organization
    } else if plural {
        crate::document::ActorKind::Group
    } else {
        crate::document::ActorKind::Anonymous
    };
    let ent = actors.add(
        name,
        kind,
        crate::lexicon::Gender::Unknown,
        plural,
        crate::rules::Rule::ActorDescribed,
    );
    actors.mention(ent, start..np.head + 1, span);
    Some(ent)
}

/// Whether token `j` is a form of "be".
fn is_copula(v: &View, j: usize) -> bool {
    v.is_any(j, &["is", "are", "was", "were", "be", "been", "being"])
}

/// "X was endorsed by Y": the actor after "by" a passive stance word takes, and the subject
/// it is about.
pub(super) fn passive_agent(v: &View, ent_at: &[u32], k: usize, lo: usize, hi: usize) -> Option<(usize, Range<usize>)> {
    let toks = v.toks;
    let w = v.word(k);
    if !(w.ends_with("ed") || w.ends_with("en")) || k < lo + 2 {
        return None;
    }
    let mut b = k;
    while b > lo && b + 3 > k && toks[b - 1].lex().tag == Some(Tag::Adv) {
        b -= 1;
    }
    if b <= lo || !is_copula(v, b - 1) || !v.is(k + 1, "by") {
        return None;
    }
    let agent = (k + 2..hi.min(k + 8))
        .take_while(|&j| toks[j].kind != Kind::Punct)
        .find_map(|j| (ent_at[j] != u32::MAX).then_some(ent_at[j] as usize))?;
    let subject = crate::phrase::subject_left(v, b - 1, lo)?;
    Some((agent, subject.toks))
}
