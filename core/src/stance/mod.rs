//! Stance: how a text treats a given target, and who supports or opposes what.
//!
//! **Target stance** (`target_stances`, [`target`]) is a small linear model: a multinomial
//! logistic regression over hashed features of the target's sentence — the words around the
//! target by side and distance, stance-lexicon words with their negation, and facts about the
//! target (it speaks, it is an agent after "by", a possessive, inside a quotation). The
//! weights are learned from NewsMTSC's training set by `core/examples/train_stance.rs` and
//! compiled in as `data/stance_model.bin` (8-bit weights, 2^15 buckets × 3 classes).
//!
//! **Actor stance** (`stances`, [`actor`]) is rule-based evidence: a stance verb or noun whose
//! holder is an actor (the speaker of a quotation it appears in, or the subject of the verb)
//! and whose target is the phrase it governs; negation flips it ("no longer opposes"), and
//! hedges and evasions ("declined to comment", "stopped short of endorsing") are neutral.
//! The article's speakers' own words about each target they mention are evidence too
//! ([`words`]). Targets are the article's actors and issues ([`targets`]); [`merge`] makes one
//! stance per holder, target and polarity from all its evidence, and [`matrix`] aggregates the
//! stances per holder and target.

mod actor;
mod asks;
mod called;
mod hedge;
mod holder;
mod matrix;
mod merge;
mod object;
mod target;
mod targets;
mod words;

use crate::actors::Actors;
use crate::attribution::Attr;
use crate::document::{CharRange, Polarity, Stance, StanceEvidence, Target, TargetKind, TargetStance};
use crate::rules::Rule;
use crate::segment::Segmented;
use crate::text::{OffsetMap, Span};
use crate::tokens::Token;
use crate::view::View;

pub use matrix::{matrix, Cell};
#[cfg(feature = "train")]
pub use target::{training_examples, BUCKETS, CLASSES};

/// One piece of evidence before ids are assigned.
#[derive(Debug, Clone)]
struct Evidence {
    /// The actor holding the stance.
    holder: usize,
    /// The target, in [`Targets::list`].
    target: usize,
    /// The rule that read it.
    rule: Rule,
    polarity: Polarity,
    /// How strongly it shows the stance: 2 for a stance predicate, less for words about the
    /// target.
    strength: f32,
    cue: Vec<Span>,
    sent: usize,
    quote: Option<usize>,
}

/// How far (in bytes) from its evidence a target mention is listed with a stance.
const NEAR_BYTES: usize = 4_000;
/// The most target mentions listed with one stance.
const NEAR_MENTIONS: usize = 24;
/// How salient an issue must be to be listed among the targets when no stance is about it:
/// mentioned three times, or in the title.
const SHOWN_SALIENCE: u32 = 3;

/// The stance pass's results, before actor and quote ids are known.
#[derive(Debug, Default)]
pub(crate) struct StanceOutput {
    /// Answers for the input's targets.
    pub target_stances: Vec<TargetStance>,
    /// The evidence, in text order.
    evidence: Vec<Evidence>,
    /// The targets and their mentions.
    targets: Vec<targets::Target>,
    /// Each target's mentions as byte spans.
    target_spans: Vec<Vec<Span>>,
    /// Every sentence's span.
    sentence_spans: Vec<Span>,
}

impl StanceOutput {
    /// The document's targets and stances with their final ids: one stance per holder, target
    /// and polarity, gathering all its evidence. Each stance lists the mentions of its target
    /// near its first evidence (within a few paragraphs, at most [`NEAR_MENTIONS`]), so that
    /// the output stays proportional to the article however often a target recurs.
    pub(crate) fn stances(
        &self,
        actor_ids: &[Option<String>],
        quote_ids: &[String],
        map: &OffsetMap,
        explain: bool,
    ) -> (Vec<Target>, Vec<Stance>) {
        let groups = merge::groups(&self.evidence, |e| actor_ids.get(e).cloned().flatten().is_some());
        let target_ids = self.target_ids(&groups);
        let shown: Vec<Target> = target_ids
            .iter()
            .enumerate()
            .filter_map(|(t, id)| id.as_ref().map(|id| (t, id)))
            .map(|(t, id)| self.target(t, id.clone(), &self.target_spans[t], map))
            .collect();
        let mut order: Vec<usize> = (0..shown.len()).collect();
        crate::sort::by_key(&mut order, |&i| shown[i].id[1..].parse::<usize>().unwrap_or(0));
        let shown: Vec<Target> = order.into_iter().map(|i| shown[i].clone()).collect();
        let mut out = Vec::with_capacity(groups.len());
        for g in &groups {
            let first = &self.evidence[g.evidence[0]];
            let (Some(holder), Some(tid)) = (actor_ids[first.holder].clone(), target_ids[first.target].clone()) else {
                continue;
            };
            let near = self.near(first.target, first.sent);
            crate::ops::tick(near.len() + g.evidence.len());
            let mut target = self.target(first.target, tid, &near, map);
            target.mentions.truncate(NEAR_MENTIONS);
            let evidence: Vec<StanceEvidence> = g
                .evidence
                .iter()
                .map(|&i| {
                    let ev = &self.evidence[i];
                    StanceEvidence {
                        cue: ev.cue.iter().map(|&s| map.range(s)).collect(),
                        sentence: self.sentence_spans.get(ev.sent).map_or([0, 0], |&s| map.range(s)),
                        quote: ev.quote.and_then(|q| quote_ids.get(q).cloned()),
                        rule: explain.then(|| ev.rule.id().to_string()),
                    }
                })
                .collect();
            let strongest = &self.evidence[g.strongest];
            out.push(Stance {
                id: crate::document::numbered_id('s', out.len() + 1),
                holder,
                target,
                polarity: first.polarity,
                cue: evidence.iter().flat_map(|e| e.cue.iter().copied()).collect(),
                sentence: evidence.first().map(|e| e.sentence),
                quote: evidence.first().and_then(|e| e.quote.clone()),
                confidence: g.confidence,
                evidence,
                rule: explain.then(|| strongest.rule.id().to_string()),
            });
        }
        (shown, out)
    }

    /// The ids of the targets shown (`t1`, … in order of first mention): those a stance is
    /// about, and the salient issues.
    fn target_ids(&self, groups: &[merge::Group]) -> Vec<Option<String>> {
        let mut shown = vec![false; self.targets.len()];
        for g in groups {
            shown[self.evidence[g.evidence[0]].target] = true;
        }
        for (t, target) in self.targets.iter().enumerate() {
            if target.kind == TargetKind::Issue && target.salience >= SHOWN_SALIENCE {
                shown[t] = true;
            }
        }
        let mut order: Vec<(usize, usize)> = (0..self.targets.len())
            .filter(|&t| shown[t] && !self.target_spans[t].is_empty())
            .map(|t| (self.target_spans[t][0].start, t))
            .collect();
        crate::sort::sort(&mut order);
        let mut ids = vec![None; self.targets.len()];
        for (n, &(_, t)) in order.iter().enumerate() {
            ids[t] = Some(crate::document::numbered_id('t', n + 1));
        }
        ids
    }

    /// Target `t` as the document shows it, with `mentions`.
    fn target(&self, t: usize, id: String, mentions: &[Span], map: &OffsetMap) -> Target {
        let target = &self.targets[t];
        Target {
            id,
            label: target.label.clone(),
            kind: target.kind,
            mentions: mentions.iter().map(|&s| map.range(s)).collect(),
        }
    }

    /// The mentions of target `t` within [`NEAR_BYTES`] of sentence `sent`.
    fn near(&self, t: usize, sent: usize) -> Vec<Span> {
        let mentions = &self.target_spans[t];
        let at = self.sentence_spans.get(sent).map_or(0, |s| s.start);
        let from = at.saturating_sub(NEAR_BYTES);
        let first = mentions.partition_point(|m| m.start < from);
        mentions[first..]
            .iter()
            .take_while(|m| m.start <= at + NEAR_BYTES)
            .take(NEAR_MENTIONS)
            .copied()
            .collect()
    }
}

/// Runs the stance pass: the model over the input's targets, and the rules over the article.
pub(crate) fn analyze(
    text: &str,
    seg: &Segmented,
    regions: &[crate::quotes::Region],
    attrs: &[Attr],
    actors: &mut Actors,
    targets: &[CharRange],
    map: &OffsetMap,
) -> StanceOutput {
    let mut out = StanceOutput::default();
    // Only targets need to know which tokens are quoted, and the model.
    if !targets.is_empty() {
        let in_quote = target::quote_test(seg, regions);
        let model = target::Model::get();
        for &r in targets {
            let n = map.char_len();
            let clamped = [r[0].min(n), r[1].min(n).max(r[0].min(n))];
            let answer = target::locate(seg, map.span(clamped)).and_then(|(sent, toks)| {
                let feats = target::target_features(text, &seg.tokens, sent, toks, &in_quote, &|t: &Token| {
                    let e = t.lex();
                    (e.learned, e.learned_neutral)
                });
                let (polarity, cue) = model.as_ref()?.predict(&feats);
                let cue = cue.iter().map(|&t| map.range(seg.tokens[t as usize].span())).collect();
                Some((polarity, cue))
            });
            let (polarity, cue) = answer.unwrap_or((Polarity::Neutral, Vec::new()));
            out.target_stances.push(TargetStance {
                span: clamped,
                polarity,
                cue,
            });
        }
    }
    let v = View::new(text, seg);
    let found = targets::find(&v, actors);
    actor::predicates(&v, attrs, actors, &found, &mut out.evidence);
    words::speakers(&v, attrs, actors, &found, &mut out.evidence);
    out.evidence.retain(|e| actors.entities[e.holder].acts());
    // Whoever holds a stance is reported, whatever kind the rules gave it.
    for e in &out.evidence {
        actors.entities[e.holder].active = true;
    }
    crate::sort::by_key(&mut out.evidence, |e| (e.sent, e.cue.first().map(|c| c.start)));
    out.sentence_spans = seg.sents.iter().map(|s| s.span).collect();
    out.target_spans = (0..found.list.len()).map(|t| found.spans(&v, t)).collect();
    out.targets = found.list;
    out
}

#[cfg(test)]
mod tests;
