//! Actor stance: who supports, opposes or is neutral toward what, by rules over the stance
//! lexicon. Each piece of evidence names its rule: `stance.word`, `stance.negated`,
//! `stance.hedge`, `stance.denial`, `stance.refusal`, `stance.called` ([`super::called`]).

use std::ops::Range;

use super::targets::Targets;
use super::Evidence;
use crate::actors::Actors;
use crate::attribution::Attr;
use crate::document::Polarity;
use crate::lexicon::{flag, Case, StanceWord, Tag};
use crate::rules::Rule;
use crate::text::Span;
use crate::tokens::{shape, Kind};
use crate::view::View;

/// What a word shows before its target and holder are known.
pub(super) struct Reading {
    /// The side it shows.
    pub(super) polarity: Polarity,
    /// Where the cue ends.
    pub(super) cue_end: usize,
    /// Where the target phrase starts.
    pub(super) object_from: usize,
    /// The phrase the stance is about, when the reading found it.
    pub(super) object: Option<Range<usize>>,
    /// The words that show it, when not the cue's span (a naming verb and its evaluation).
    pub(super) words: Option<[usize; 2]>,
    /// Whether only the speaker of the words can hold it ("X is to blame": never X).
    pub(super) speaker_only: bool,
    /// The rule that read it.
    pub(super) rule: Rule,
}

impl Reading {
    /// A reading by `rule` whose cue ends at `cue_end` and whose object phrase starts at
    /// `object_from`, to be read there.
    pub(super) fn new(polarity: Polarity, cue_end: usize, object_from: usize, rule: Rule) -> Reading {
        Reading {
            polarity,
            cue_end,
            object_from,
            object: None,
            words: None,
            speaker_only: false,
            rule,
        }
    }
}

/// What the scan of the article knows: which actor each token refers to (names, pronouns,
/// descriptions), which quotation each token is the content of, and the targets.
struct Scan<'a> {
    v: &'a View<'a>,
    attrs: &'a [Attr],
    ent_at: Vec<u32>,
    quote_at: Vec<u32>,
    targets: &'a Targets,
}

/// Actor-stance evidence from the stance words of the article's prose.
pub(super) fn predicates(v: &View, attrs: &[Attr], actors: &mut Actors, targets: &Targets, out: &mut Vec<Evidence>) {
    let (toks, seg) = (v.toks, v.seg);
    let mut ent_at = vec![u32::MAX; toks.len()];
    for m in &actors.mentions {
        for k in m.toks.clone() {
            if k < ent_at.len() {
                ent_at[k] = m.entity as u32;
            }
        }
    }
    let mut quote_at = vec![u32::MAX; toks.len()];
    for (qi, a) in attrs.iter().enumerate() {
        for r in &a.content_toks {
            for k in r.clone() {
                if k < quote_at.len() {
                    quote_at[k] = qi as u32;
                }
            }
        }
    }
    let mut scan = Scan {
        v,
        attrs,
        ent_at,
        quote_at,
        targets,
    };
    for (si, sent) in seg.sents.iter().enumerate() {
        if !seg.paras[sent.para].is_prose() {
            continue;
        }
        let (lo, hi) = (sent.toks.start, sent.toks.end);
        let mut k = lo;
        while k < hi {
            crate::ops::tick(1);
            let Some(r) = reading_at(v, targets, k, lo, hi) else {
                k += 1;
                continue;
            };
            scan.evidence(&r, k, (lo, hi), si, actors, out);
            k = r.cue_end.max(k + 1);
        }
    }
}

/// The stance the word at `k` shows, if any: a hedge or denial phrase starting there, a
/// stance word that is no adjective before its noun ("an unfair burden" describes the
/// burden), or refusing to take part ("chose not to attend"), with a negation in the three
/// words before flipping a stance word ("did not support", "no longer opposes").
fn reading_at(v: &View, targets: &Targets, k: usize, lo: usize, hi: usize) -> Option<Reading> {
    let toks = v.toks;
    let t = &toks[k];
    if let Some((named, word, polarity)) = super::called::called_at(v, k, hi, |j| named_phrase(v, targets, j, hi)) {
        return Some(Reading {
            object: Some(named.clone()),
            words: Some([k, word]),
            ..Reading::new(polarity, word + 1, named.start, Rule::StanceCalled)
        });
    }
    let e = t.lex();
    // Asking for something reads as that alone, or as nothing ("campaigning for mayor").
    if let Some(from) = e
        .has(flag::ASK_FOR | flag::ASK_OBJECT)
        .then(|| super::asks::asks_from(v, k, hi))
        .flatten()
    {
        return super::asks::asking(v, from, hi);
    }
    if e.stance.is_some() {
        if let Some(r) = super::asks::blamed_at(v, k, lo) {
            return Some(r);
        }
        if no_stance_here(v, k, lo, hi) {
            return None;
        }
    }
    let stance = e
        .stance
        .filter(|s| s.predicate && t.kind == Kind::Word && !t.is(shape::CAP));
    // "Trump's supporters", "his critics", "a Trump ally": the owner is whom they stand for;
    // who they are, the phrase does not say.
    if stance.is_some_and(|s| s.agent) && k > lo && owned_agent(v, k - 1) {
        return None;
    }
    let phrase = e.has(flag::STANCE_PHRASE);
    let hedge_phrase = if phrase { super::hedge::hedge_at(v, k, hi) } else { None };
    let denial = if phrase {
        super::hedge::denial_at(v, k, hi)
    } else {
        None
    };
    let participates = t.kind == Kind::Word && e.has(flag::PARTICIPATION) && stance.is_none_or(|s| s.weight >= 0.0);
    if stance.is_none() && hedge_phrase.is_none() && denial.is_none() && !participates {
        return None;
    }
    let next = toks.get(k + 1).filter(|_| k + 1 < hi);
    let modifies = next.is_some_and(|n| {
        n.kind == Kind::Word && !n.is(shape::CAP) && !n.lex().has(flag::FUNCTION) && n.lex().cue.is_none()
    });
    if stance.is_some() && hedge_phrase.is_none() && denial.is_none() && modifies {
        return None;
    }
    let (mut polarity, cue_end, object_from, mut rule) = if let Some((end, obj)) = hedge_phrase {
        (Polarity::Neutral, end, obj, Rule::StanceHedge)
    } else if let Some((end, obj)) = denial {
        (Polarity::Oppose, end, obj, Rule::StanceDenial)
    } else {
        let (p, obj) = word_reading(v, stance, k, hi);
        // A feeling followed by a clause ("confident the party has learned", "worried the
        // plan will fail") is about the clause, not its subject.
        if obj == k + 1 && stance.is_some_and(|s| s.feeling) && takes_clause(v, k + 1, hi) {
            return None;
        }
        (p, k + 1, obj, Rule::StanceWord)
    };
    let negated = negated_before(v, k, lo);
    if negated && hedge_phrase.is_none() && denial.is_none() {
        polarity = match polarity {
            Polarity::Support => Polarity::Oppose,
            Polarity::Oppose => Polarity::Neutral,
            Polarity::Neutral => Polarity::Neutral,
        };
        rule = if stance.is_none() {
            Rule::StanceRefusal
        } else {
            Rule::StanceNegated
        };
    }
    if participates && stance.is_none() && !negated {
        // Taking part is only evidence when refused ("signed the letter" says little), or
        // when it is for something ("voted for the bill").
        if !(v.word(k).to_ascii_lowercase().starts_with("vot") && v.is(k + 1, "for") && k + 2 < hi) {
            return None;
        }
        return Some(Reading::new(Polarity::Support, k + 2, k + 2, Rule::StanceWord));
    }
    Some(Reading::new(polarity, cue_end, object_from, rule))
}

/// The side a stance word (or, without one, a word of taking part) shows, and where its
/// object starts: after a preposition that introduces it ("support for the plan", "opposition
/// to the pact", "concerns about the deal", "questioned whether the mayor was ready").
fn word_reading(v: &View, stance: Option<StanceWord>, k: usize, hi: usize) -> (Polarity, usize) {
    let w = stance.map_or(1.0, |s| s.weight);
    let polarity = if stance.is_some_and(|s| s.hedge) {
        Polarity::Neutral
    } else if w > 0.0 {
        Polarity::Support
    } else {
        Polarity::Oppose
    };
    let introduces = |j: usize| {
        v.toks[j].kind == Kind::Word
            && matches!(
                v.word(j),
                "for" | "to" | "of" | "about" | "over" | "against" | "on" | "with" | "whether"
            )
    };
    let obj = if k + 1 < hi && introduces(k + 1) { k + 2 } else { k + 1 };
    (polarity, obj)
}

/// Whether a negation or a verb of refusing comes in the three words before `k` (not before
/// `lo`): "did not support", "no longer opposes", "refused to back".
fn negated_before(v: &View, k: usize, lo: usize) -> bool {
    (k.saturating_sub(3).max(lo)..k).any(|j| {
        v.toks[j].lex().has(flag::NEGATION)
            || v.word(j).eq_ignore_ascii_case("longer")
            || v.is_any(j, &["refused", "refuses", "refusing", "declined", "declines"]) && v.is(j + 1, "to")
    })
}

impl Scan<'_> {
    /// Records the evidence of reading `r` at `k` in sentence `si` (tokens `lo..hi`), when it
    /// has a target and a holder: the speaker when the words are quoted, else the clause's
    /// subject. The target is the one the object phrase mentions; a pointer ("oppose it")
    /// goes to the last target argued about, if recent; a holder is never its own target.
    #[allow(clippy::too_many_arguments)]
    fn evidence(
        &mut self,
        r: &Reading,
        k: usize,
        (lo, hi): (usize, usize),
        si: usize,
        actors: &mut Actors,
        out: &mut Vec<Evidence>,
    ) {
        let v = self.v;
        let toks = v.toks;
        let passive = passive_agent(v, &self.ent_at, k, lo, hi);
        let object = r.object.clone().or_else(|| passive.as_ref().map(|(_, s)| s.clone()));
        let Some(object) = object.or_else(|| object_phrase(v, r.object_from, hi)) else {
            return;
        };
        let object = past_light_head(v, object, hi);
        // The holder: the subject before the word; inside a speaker's words, the speaker when
        // the subject is the speaker's own or none ("I support", "we oppose"), and the
        // subject when it is another actor ("Ruiz said Berg backed the plan").
        let quote = (self.quote_at[k] != u32::MAX).then_some(self.quote_at[k] as usize);
        let holder = match (passive.as_ref(), quote) {
            _ if r.speaker_only => quote.and_then(|q| self.attrs[q].speaker),
            (Some(&(agent, _)), _) => Some(agent),
            (None, Some(q)) => {
                let from = self.attrs[q]
                    .content_toks
                    .iter()
                    .find(|r| r.contains(&k))
                    .map_or(lo, |r| r.start.max(lo));
                holder_before(v, &self.ent_at, k, from).or(self.attrs[q].speaker)
            }
            (None, None) => holder_before(v, &self.ent_at, k, lo).or_else(|| group_holder(v, actors, k, lo)),
        };
        let Some(holder) = holder else {
            return;
        };
        let pointer = object.len() == 1
            && ["it", "this", "that"]
                .iter()
                .any(|p| v.word(object.start).eq_ignore_ascii_case(p));
        let target = if pointer {
            match out.last() {
                Some(prev) if si.saturating_sub(prev.sent) <= 2 => prev.target,
                _ => return,
            }
        } else {
            match self.targets.of_phrase(&object) {
                Some(t) => t,
                None => return,
            }
        };
        if self.targets.list[target].actor == Some(holder) {
            return;
        }
        let cue = match r.words {
            Some(words) => words.iter().map(|&j| toks[j].span()).collect(),
            None => vec![Span::new(toks[k].start, toks[r.cue_end.saturating_sub(1).max(k)].end)],
        };
        out.push(Evidence {
            holder,
            target,
            rule: r.rule,
            polarity: r.polarity,
            strength: 2.0,
            cue,
            sent: si,
            quote,
        });
    }
}

/// Whether a clause starts at `k`: a noun phrase or pronoun and a verb after it ("the party
/// has learned", "it would regain").
fn takes_clause(v: &View, k: usize, hi: usize) -> bool {
    object_phrase(v, k, hi).is_some_and(|np| {
        np.end < hi && {
            let t = &v.toks[np.end];
            let e = t.lex();
            crate::phrase::is_verbish(t) || e.has(flag::VERB_WORD) && !e.has(flag::NOUN_WORD)
        }
    })
}

/// Heads that only point at their "of" phrase: "denied the existence of a link", "rejected
/// the idea of a tax", "welcomed the prospect of talks".
const LIGHT_HEADS: &[&str] = &[
    "existence",
    "idea",
    "notion",
    "possibility",
    "prospect",
    "concept",
    "premise",
];

/// The phrase a stance on `object` is about: the "of" phrase after a light head
/// ([`LIGHT_HEADS`]), else `object` itself.
fn past_light_head(v: &View, object: Range<usize>, hi: usize) -> Range<usize> {
    let light = object.end > object.start
        && LIGHT_HEADS
            .iter()
            .any(|w| v.word(object.end - 1).eq_ignore_ascii_case(w))
        && v.is(object.end, "of");
    light
        .then(|| object_phrase(v, object.end + 1, hi))
        .flatten()
        .unwrap_or(object)
}

/// Whether a stance word at `k` is here another word: "against" as a preposition (it takes
/// a side only after a word that does: "voted against", `data/against.txt`), "back" as an
/// adverb ("came back", "traced back to").
fn no_stance_here(v: &View, k: usize, lo: usize, hi: usize) -> bool {
    let sides = |j: usize| v.toks[j].lex().has(flag::SIDES_AGAINST) || v.toks[j].lex().stance.is_some();
    (v.is(k, "against") && !(k > lo && sides(k - 1)))
        || (v.is(k, "back") && !back_verb(v, k, lo, hi))
        || reclining(v, k, hi)
}

/// Whether "lie" at `k` is lying somewhere, not lying to someone: "lying on the couch", "lies
/// in the valley", "lay down".
fn reclining(v: &View, k: usize, hi: usize) -> bool {
    v.is_any(k, &["lie", "lies", "lying"])
        && k + 1 < hi
        && v.is_any(
            k + 1,
            &[
                "on", "in", "down", "under", "beside", "next", "at", "around", "awake", "face", "flat", "low",
                "dormant", "ahead", "there", "here", "beneath", "near", "along",
            ],
        )
}

/// Whether the word at `j` before an agent noun owns it: a possessive, an owner pronoun, or
/// a name compounded with it ("Trump supporters").
fn owned_agent(v: &View, j: usize) -> bool {
    let t = &v.toks[j];
    t.is(shape::POSSESSIVE)
        || matches!(t.lex().pron, Some((_, Case::Poss)))
        || (t.kind == Kind::Word && t.is(shape::CAP))
}

/// Whether "back" at `k` is the verb: a modal, auxiliary, "to", a negation or a subject
/// pronoun before it, and a determiner, an owner or a name after it.
fn back_verb(v: &View, k: usize, lo: usize, hi: usize) -> bool {
    let before = k > lo && {
        let e = v.toks[k - 1].lex();
        matches!(e.tag, Some(Tag::Modal | Tag::Aux)) || e.has(flag::NEGATION) || v.is(k - 1, "to") || e.pron.is_some()
    };
    let after = k + 1 < hi && {
        let n = &v.toks[k + 1];
        n.is_det() || matches!(n.lex().pron, Some((_, Case::Poss))) || n.is(shape::CAP)
    };
    before && after
}

/// The phrase a naming verb names, from `k`: a target's mention starting there (so that the
/// evaluation after it stays out: "called the levy reckless"), or else the noun phrase.
fn named_phrase(v: &View, targets: &Targets, k: usize, hi: usize) -> Option<Range<usize>> {
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

/// The actor holding a stance expressed at `k`: the subject before it (a name, pronoun or
/// description the coreference pass linked), looking back over a few words.
fn holder_before(v: &View, ent_at: &[u32], k: usize, lo: usize) -> Option<usize> {
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
    let mut c = k;
    while c > lo && c + 4 > k && {
        let p = &toks[c - 1];
        p.is_det() || (p.kind == Kind::Word && !p.lex().has(flag::FUNCTION) && !is_copula(v, c - 1))
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
        if t.kind == Kind::Punct && matches!(t.ch, '.' | ';' | '"' | '“' | '”') {
            return None;
        }
        (ent_at[j] != u32::MAX).then_some(ent_at[j] as usize)
    })
}

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
fn group_holder(v: &View, actors: &mut Actors, k: usize, lo: usize) -> Option<usize> {
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
    if toks[start]
        .lex()
        .has(flag::FUNCTION | flag::GROUP | flag::ROLE | flag::ANON | flag::ORG_HEAD)
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
fn passive_agent(v: &View, ent_at: &[u32], k: usize, lo: usize, hi: usize) -> Option<(usize, Range<usize>)> {
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
