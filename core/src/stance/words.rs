//! Speakers' words: what each attribution says about each target it mentions. The words
//! around a target's mention inside a speaker's content — stance words, words of general
//! sentiment, the lean learned from news — with a negation before them turning them round,
//! show where the speaker stands on it (`stance.quoted`).

use std::ops::Range;

use super::targets::Targets;
use super::Evidence;
use crate::actors::Actors;
use crate::attribution::Attr;
use crate::document::{Polarity, TargetKind};
use crate::lexicon::{flag, Tag};
use crate::rules::Rule;
use crate::tokens::Kind;
use crate::view::View;

/// How many words either side of a mention its clause may lend it.
const REACH: usize = 12;
/// The least score that shows a side.
const SIDE: f32 = 0.4;
/// The least salience of an issue a speaker's words can be about: mentioned three times, or
/// once in the title or a quotation and again. (Evaluations of issues mentioned in passing
/// were mostly descriptions on PolNeAR dev: "the lives are terrible", "a good school".)
const MIN_SALIENCE: u32 = 3;

/// Evidence from every attribution with a speaker: each target its content mentions (not the
/// speaker), with the side its words take.
pub(super) fn speakers(v: &View, attrs: &[Attr], actors: &mut Actors, targets: &Targets, out: &mut Vec<Evidence>) {
    let model = super::target::Model::get();
    for (qi, a) in attrs.iter().enumerate() {
        let Some(holder) = a.speaker else { continue };
        // A news outlet's report tells what happened, not where the outlet stands.
        if actors.entities[holder].is_news_outlet() {
            continue;
        }
        for r in &a.content_toks {
            let mut k = r.start;
            while k < r.end {
                crate::ops::tick(1);
                let Some(t) = targets.at(k) else {
                    k += 1;
                    continue;
                };
                let m = targets.mention_at(t, k).unwrap_or(k..k + 1);
                let target = &targets.list[t];
                let eligible = target.actor != Some(holder)
                    && match target.kind {
                        TargetKind::Actor => true,
                        TargetKind::Issue => target.salience >= MIN_SALIENCE,
                    };
                if eligible && !reported_within(v, r, m.start) {
                    let taken = side_taken(v, r, &m).or_else(|| {
                        (target.kind == TargetKind::Actor)
                            .then(|| model_side(v, r, &m, model))
                            .flatten()
                    });
                    if let Some((polarity, score, cues)) = taken {
                        out.push(Evidence {
                            holder,
                            target: t,
                            rule: Rule::StanceQuoted,
                            polarity,
                            strength: score.abs().min(3.0) / 2.0,
                            cue: cues.into_iter().map(|j| v.toks[j].span()).collect(),
                            sent: v.sentence_of(m.start),
                            quote: Some(qi),
                        });
                    }
                }
                k = m.end.max(k + 1);
            }
        }
    }
}

/// Whether the words before `k` in its sentence, within content `r`, report someone else's
/// words ("people said this agreement was dead"): then what follows is not the speaker's own
/// view. The speaker's own "I think", "we believe" keep it theirs.
fn reported_within(v: &View, r: &Range<usize>, k: usize) -> bool {
    let lo = v.sentence(k).start.max(r.start).max(k.saturating_sub(REACH));
    let cues = &crate::lexicon::lexicon().cues;
    (lo..k).any(|j| {
        let reports = v.toks[j].lex().cue.is_some_and(|c| cues[usize::from(c)].flags.strong());
        let own = (j.saturating_sub(2).max(lo)..j).any(|i| v.is_any(i, &["i", "we"]));
        reports && !own
    })
}

/// The side the speaker's words in content `r` take toward the mention `m`, with its score
/// and the words that show it: an evaluation predicated of it ("the plan is a disaster",
/// "Trudeau is the most divisive prime minister"), or an effect it has ("the plan will ruin
/// the harbour"). `None` when the words take no side: a fact told about the target is no
/// position on it, and neither is a word that describes it ("a healthy workplace").
fn side_taken(v: &View, r: &Range<usize>, m: &Range<usize>) -> Option<(Polarity, f32, Vec<usize>)> {
    let (mut score, mut cues) = predicated(v, r, m).or_else(|| effect(v, r, m))?;
    if score.abs() < SIDE || cues.is_empty() {
        return None;
    }
    // "afraid that Trump will win", "I hope the plan works": what is feared is opposed.
    if let Some(f) = feeling_before(v, r, m.start) {
        if v.toks[f].lex().stance.is_some_and(|s| s.weight < 0.0) {
            score = -score;
        }
        cues.insert(0, f);
    }
    let polarity = if score > 0.0 {
        Polarity::Support
    } else {
        Polarity::Oppose
    };
    Some((polarity, score, cues))
}

/// A word of feeling whose clause holds the mention at `k` ("afraid that", "hope"), within
/// a few words before it in its clause.
fn feeling_before(v: &View, r: &Range<usize>, k: usize) -> Option<usize> {
    let lo = v.sentence(k).start.max(r.start).max(k.saturating_sub(FEELING_REACH));
    (lo..k)
        .rev()
        .take_while(|&j| !ends_clause(v, j))
        .find(|&j| v.toks[j].lex().stance.is_some_and(|s| s.feeling))
}

/// How far before a mention a word of feeling may take it into its clause.
const FEELING_REACH: usize = 4;

/// The words after a mention, within content `r`, up to the end of their clause, at most
/// [`REACH`] of them.
fn clause_after(v: &View, r: &Range<usize>, from: usize) -> Range<usize> {
    let mut hi = from;
    while hi < r.end && hi - from < REACH && !ends_clause(v, hi) {
        hi += 1;
    }
    from..hi
}

/// Whether token `j` ends a clause: a comma, a stop, a dash, "but", "and" before a verb.
pub(super) fn ends_clause(v: &View, j: usize) -> bool {
    let t = &v.toks[j];
    (t.kind == Kind::Punct && matches!(t.ch, ',' | ';' | ':' | '.' | '?' | '!' | '—' | '–'))
        || v.is_any(j, &["but", "because", "while", "although"])
}

/// Where the verb of a subject ending before `k` is, past adverbs, auxiliaries and modals
/// ("will", "has long been"), and whether a negation came on the way.
fn verb_after(v: &View, k: usize, hi: usize) -> (usize, bool) {
    let mut j = k;
    let mut negated = false;
    while j < hi && j < k + 4 {
        let e = v.toks[j].lex();
        let filler = matches!(e.tag, Some(Tag::Modal | Tag::Adv))
            || e.has(flag::NEGATION)
            || (e.tag == Some(Tag::Aux) && !is_copula(v, j));
        if !filler {
            break;
        }
        negated |= e.has(flag::NEGATION);
        j += 1;
    }
    (j, negated)
}

/// Whether token `j` is a copula: a form of "be", or "seem", "remain", "look", "sound".
fn is_copula(v: &View, j: usize) -> bool {
    v.is_any(
        j,
        &[
            "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "seems", "seemed", "remains", "remained",
            "looks", "sounds", "feels",
        ],
    )
}

/// "[target] is [evaluation]": the evaluative words of the predicate after a copula.
fn predicated(v: &View, r: &Range<usize>, m: &Range<usize>) -> Option<(f32, Vec<usize>)> {
    let (c, negated) = verb_after(v, m.end, r.end);
    if c >= r.end || !is_copula(v, c) {
        return None;
    }
    let pred = clause_after(v, r, c + 1);
    let negated = negated || pred.clone().take(2).any(|j| v.toks[j].lex().has(flag::NEGATION));
    score(v, pred, negated, |e| !e.has(flag::MAINLY_VERB))
}

/// "[target] will ruin / helps …": an effect the target has, by its verb.
fn effect(v: &View, r: &Range<usize>, m: &Range<usize>) -> Option<(f32, Vec<usize>)> {
    let (j, negated) = verb_after(v, m.end, r.end);
    if j >= r.end || is_copula(v, j) {
        return None;
    }
    let e = v.toks[j].lex();
    // A verb of saying or promising tells what the target said, not what it does.
    let listed = e.has(flag::NOUN_WORD | flag::VERB_WORD | flag::ADJ_WORD | flag::ADV_WORD);
    if e.cue.is_some() || (listed && !e.has(flag::VERB_WORD) && e.stance.is_none()) {
        return None;
    }
    let (total, cues) = score(v, j..j + 1, negated, |_| true)?;
    // A mild verb ("prepared", "improved") tells what the target did; an effect it has on others
    // is a strong one ("will ruin", "helps").
    (total.abs() >= EFFECT).then_some((total, cues))
}

/// The least score of an effect verb.
const EFFECT: f32 = 0.75;

/// The evaluation the words `range` give, turned round when `negated`: the weights of stance
/// words and half the valence of general sentiment words among those `class` accepts.
fn score(
    v: &View,
    range: Range<usize>,
    negated: bool,
    class: impl Fn(&crate::lexicon::Entry) -> bool,
) -> Option<(f32, Vec<usize>)> {
    let mut total = 0.0;
    let mut cues = Vec::new();
    for j in range {
        let e = v.toks[j].lex();
        if v.toks[j].kind != Kind::Word || !class(e) {
            continue;
        }
        let w = word_score(v, j, j.saturating_sub(3));
        if w != 0.0 {
            total += w;
            cues.push(j);
        }
    }
    if negated {
        total *= -0.8;
    }
    (total != 0.0).then_some((total, cues))
}

/// What the word at `j` says for (> 0) or against (< 0): a stance word's weight, or half a
/// word of general sentiment's valence, turned round by a negation within three words before
/// it (not before `lo`).
pub(super) fn word_score(v: &View, j: usize, lo: usize) -> f32 {
    let t = &v.toks[j];
    if t.kind != Kind::Word {
        return 0.0;
    }
    let e = t.lex();
    // ("like that", "kind of", "as well": words of sentiment that are mostly something else.)
    if e.has(flag::FUNCTION | flag::GENERIC_NOUN) || v.is(j, "well") {
        return 0.0;
    }
    // A capitalized word inside a sentence is part of a name ("the Republican Party", "Hope
    // Street"), no evaluation.
    let after_word = j > v.sentence(j).start && v.toks[j - 1].kind == Kind::Word;
    if after_word && t.is(crate::tokens::shape::CAP) && !t.is(crate::tokens::shape::ALL_CAPS) {
        return 0.0;
    }
    let mut w = match e.stance {
        Some(s) if !s.hedge => s.weight,
        _ => e.valence / 2.0,
    };
    if w == 0.0 {
        return 0.0;
    }
    if (j.saturating_sub(3).max(lo)..j).any(|k| v.toks[k].lex().has(flag::NEGATION)) {
        w *= -0.8;
    }
    w
}

/// How far the model's best class must lead the next for its answer to count.
const MODEL_MARGIN: f32 = 3.0;

/// The side the target-stance model reads in the speaker's content toward an actor's mention
/// `m`, when it reads one clearly.
fn model_side(
    v: &View,
    r: &Range<usize>,
    m: &Range<usize>,
    model: Option<super::target::Model>,
) -> Option<(Polarity, f32, Vec<usize>)> {
    let model = model?;
    let sent = v.sentence(m.start);
    let within = sent.start.max(r.start)..sent.end.min(r.end);
    let feats = super::target::target_features(v.text, v.toks, within, m.clone(), &|_| true, &|t| {
        let e = t.lex();
        (e.learned, e.learned_neutral)
    });
    let s = model.scores(&feats);
    let (polarity, cue) = model.predict(&feats);
    // Verbs of saying and promising tell what the target said, not how the speaker sees it.
    let cue: Vec<u32> = cue
        .into_iter()
        .filter(|&t| v.toks[t as usize].lex().cue.is_none())
        .collect();
    let best = s.iter().copied().fold(f32::MIN, f32::max);
    let second = s.iter().copied().filter(|&x| x < best).fold(f32::MIN, f32::max);
    if polarity == Polarity::Neutral || best - second < MODEL_MARGIN || cue.is_empty() {
        return None;
    }
    let score = if polarity == Polarity::Support {
        best - second
    } else {
        second - best
    };
    Some((polarity, score, cue.into_iter().map(|t| t as usize).collect()))
}
