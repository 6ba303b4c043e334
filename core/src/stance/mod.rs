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
//! Targets share a label ([`labels`]); [`matrix`] aggregates the evidence per holder and
//! target.

mod actor;
mod labels;
mod matrix;
mod target;

use crate::actors::Actors;
use crate::attribution::Attr;
use crate::document::{CharRange, Polarity, Stance, Target, TargetStance};
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
    holder: usize,
    rule: Rule,
    polarity: Polarity,
    cue: Vec<Span>,
    sent: usize,
    quote: Option<usize>,
}

/// How far (in bytes) from its evidence a target mention is listed with a stance.
const NEAR_BYTES: usize = 4_000;
/// The most target mentions listed with one stance.
const NEAR_MENTIONS: usize = 24;

/// The stance pass's results, before actor and quote ids are known.
#[derive(Debug, Default)]
pub(crate) struct StanceOutput {
    /// Answers for the input's targets.
    pub target_stances: Vec<TargetStance>,
    /// The evidence, in text order.
    evidence: Vec<Evidence>,
    /// Target labels: the evidence's target → (label, all mentions of that label).
    labels: Vec<(String, Vec<Span>)>,
    /// Each piece of evidence's label.
    target_of: Vec<usize>,
    /// Every sentence's span.
    sentence_spans: Vec<Span>,
}

impl StanceOutput {
    /// Actor stances with their final ids, in text order. Each lists the mentions of its target
    /// near its evidence (within a few paragraphs, at most [`NEAR_MENTIONS`]), so that the
    /// output stays proportional to the article however often a target recurs.
    pub(crate) fn stances(
        &self,
        actor_ids: &[Option<String>],
        quote_ids: &[String],
        map: &OffsetMap,
        explain: bool,
    ) -> Vec<Stance> {
        let mut out = Vec::new();
        for (i, ev) in self.evidence.iter().enumerate() {
            let Some(holder) = actor_ids.get(ev.holder).cloned().flatten() else {
                continue;
            };
            let (label, mentions) = &self.labels[self.target_of[i]];
            let at = self.sentence_spans.get(ev.sent).map_or(0, |s| s.start);
            let from = at.saturating_sub(NEAR_BYTES);
            let first = mentions.partition_point(|m| m.start < from);
            let near: Vec<CharRange> = mentions[first..]
                .iter()
                .take_while(|m| m.start <= at + NEAR_BYTES)
                .take(NEAR_MENTIONS)
                .map(|&s| map.range(s))
                .collect();
            crate::ops::tick(near.len() + 1);
            out.push(Stance {
                id: crate::document::numbered_id('s', out.len() + 1),
                holder,
                target: Target {
                    label: label.clone(),
                    mentions: near,
                },
                polarity: ev.polarity,
                cue: ev.cue.iter().map(|&s| map.range(s)).collect(),
                sentence: self.sentence_spans.get(ev.sent).map(|&s| map.range(s)),
                quote: ev.quote.and_then(|q| quote_ids.get(q).cloned()),
                rule: explain.then(|| ev.rule.id().to_string()),
            });
        }
        out
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
    actor::actor_stances(&View::new(text, seg), attrs, actors, &mut out);
    out
}

#[cfg(test)]
mod tests;
