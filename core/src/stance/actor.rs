//! Actor stance: who supports, opposes or is neutral toward what, by rules over the stance
//! lexicon. Each piece of evidence names its rule: `stance.word`, `stance.negated`,
//! `stance.hedge`, `stance.denial`, `stance.refusal`, `stance.called` ([`super::called`]).

use std::ops::Range;

use super::holder::{group_holder, holder_before, passive_agent};
use super::object::{named_phrase, object_phrase, past_light_head, takes_clause};
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
    // "lashed out at the premier", "spoke out against the plan".
    let out_at = k + 2 < hi && v.is(k + 1, "out") && v.is_any(k + 2, &["at", "against"]);
    let obj = if out_at {
        k + 3
    } else if k + 1 < hi && introduces(k + 1) {
        k + 2
    } else {
        k + 1
    };
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
        if let Some((giver, receiver)) = received_from(v, &self.ent_at, k, (lo, hi)) {
            self.received(r, k, si, (giver, receiver), out);
            return;
        }
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
        if self.targets.list[target].actor == Some(holder) || urged_to_act(v, self.targets, (k, target), &object) {
            return;
        }
        let cue: Vec<Span> = match r.words {
            Some(words) => words.iter().map(|&j| toks[j].span()).collect(),
            None => vec![Span::new(toks[k].start, toks[r.cue_end.saturating_sub(1).max(k)].end)],
        };
        let mut each = vec![target];
        if !pointer {
            conjuncts(v, self.targets, &object, (lo, hi), &mut each);
        }
        for t in each {
            if self.targets.list[t].actor == Some(holder) {
                continue;
            }
            out.push(Evidence {
                holder,
                target: t,
                rule: r.rule,
                polarity: r.polarity,
                strength: 2.0,
                cue: cue.clone(),
                sent: si,
                quote,
            });
        }
    }
}

impl Scan<'_> {
    /// Records that `giver` supports `receiver`, read from the support noun at `k` that
    /// `receiver` won from `giver` in sentence `si`.
    fn received(&self, r: &Reading, k: usize, si: usize, (giver, receiver): (usize, usize), out: &mut Vec<Evidence>) {
        let target = self.targets.list.iter().position(|t| t.actor == Some(receiver));
        let Some(target) = target.filter(|_| giver != receiver && r.polarity == Polarity::Support) else {
            return;
        };
        let quote = (self.quote_at[k] != u32::MAX).then_some(self.quote_at[k] as usize);
        out.push(Evidence {
            holder: giver,
            target,
            rule: r.rule,
            polarity: Polarity::Support,
            strength: 2.0,
            cue: vec![self.v.toks[k].span()],
            sent: si,
            quote,
        });
    }
}

/// Verbs of getting that a support noun follows: "won the endorsement of the union",
/// "received the backing of".
const RECEIVING: &[&str] = &[
    "win",
    "wins",
    "won",
    "winning",
    "receive",
    "receives",
    "received",
    "receiving",
    "earn",
    "earns",
    "earned",
    "earning",
    "secure",
    "secures",
    "secured",
    "securing",
    "get",
    "gets",
    "got",
    "getting",
    "gain",
    "gains",
    "gained",
    "gaining",
    "land",
    "landed",
    "enjoys",
    "enjoyed",
    "enjoy",
    "has",
    "had",
    "have",
];

/// The giver and the receiver of the support noun at `k` when one actor wins it from
/// another: "[Ruiz] won the endorsement of [the Harbour Union]", "received the backing from".
/// The giver is the actor heading the phrase after "of" or "from"; the receiver is the subject of the
/// verb of getting a few words before the noun.
fn received_from(v: &View, ent_at: &[u32], k: usize, (lo, hi): (usize, usize)) -> Option<(usize, usize)> {
    if !v.is_any(k, &["endorsement", "backing", "support", "blessing"]) || !v.is_any(k + 1, &["of", "from"]) {
        return None;
    }
    // The giver heads its phrase: "of Cleveland Cavaliers star LeBron James" is James's.
    let phrase = object_phrase(v, k + 2, hi)?;
    let giver = phrase
        .rev()
        .find_map(|j| (ent_at[j] != u32::MAX).then_some(ent_at[j] as usize))?;
    let verb = (k.saturating_sub(4).max(lo)..k)
        .rev()
        .find(|&j| RECEIVING.iter().any(|w| v.is(j, w)))?;
    // Only a determiner or modifiers between: "won the crucial endorsement of".
    let between_ok = (verb + 1..k).all(|j| {
        let t = &v.toks[j];
        t.is_det()
            || matches!(t.lex().pron, Some((_, Case::Poss)))
            || (t.kind == Kind::Word && !t.lex().has(flag::FUNCTION))
    });
    if !between_ok {
        return None;
    }
    let receiver = holder_before(v, ent_at, verb, lo)?;
    Some((giver, receiver))
}

/// The most phrases one stance word reads each way along a list of joined phrases (so that the work
/// per word stays constant however long the list).
const MAX_CONJUNCTS: usize = 6;

/// The targets of the phrases joined to `object` by "and" or "or" (before it or after it, in
/// sentence `lo..hi`), added to `each`: "the council and the press are to blame", "opposed
/// the levy and the toll".
fn conjuncts(v: &View, targets: &Targets, object: &Range<usize>, (lo, hi): (usize, usize), each: &mut Vec<usize>) {
    let mut add = |r: &Range<usize>| {
        if let Some(t) = targets.of_phrase(r) {
            if !each.contains(&t) {
                each.push(t);
            }
        }
    };
    let mut j = object.end;
    let mut steps = 0;
    while steps < MAX_CONJUNCTS
        && j + 1 < hi
        && (v.is_any(j, &["and", "or"]) || (v.toks[j].is_punct(',') && v.is_any(j + 1, &["and", "or"])))
    {
        let from = if v.toks[j].is_punct(',') { j + 2 } else { j + 1 };
        let Some(np) = object_phrase(v, from, hi) else { break };
        add(&np);
        j = np.end;
        steps += 1;
    }
    let mut s = object.start;
    steps = 0;
    while steps < MAX_CONJUNCTS && s > lo + 1 && v.is_any(s - 1, &["and", "or"]) {
        let Some(np) = crate::phrase::subject_left(v, s - 1, lo) else {
            break;
        };
        if np.toks.end != s - 1 && !(np.toks.end + 1 == s - 1 && v.toks[np.toks.end].is_punct(',')) {
            break;
        }
        add(&np.toks);
        s = np.toks.start;
        steps += 1;
    }
}

/// Whether the actor `target` named by `object` of the word at `k` is only pushed to act ("encouraged Americans
/// to check it out", "urged voters to stay home"): a stance toward the act, not the actor.
fn urged_to_act(v: &View, targets: &Targets, (k, target): (usize, usize), object: &Range<usize>) -> bool {
    let urges = v.toks[k].lex().stance.is_some_and(|s| s.urges);
    // (A quotation may open after "to": encouraged Americans to "check out" ….)
    let verb_at = object.end
        + 1
        + usize::from(
            v.get(object.end + 1)
                .is_some_and(|n| n.kind == Kind::Punct && crate::tokens::is_double_quote(n.ch)),
        );
    let infinitive = v.is(object.end, "to")
        && v.get(verb_at).is_some_and(|n| {
            n.kind == Kind::Word && !n.is(shape::CAP) && !n.is_det() && !n.lex().has(flag::FUNCTION | flag::PRONOUN)
        });
    urges && infinitive && targets.list[target].kind == crate::document::TargetKind::Actor
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
