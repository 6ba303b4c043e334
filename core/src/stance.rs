//! Stance: who supports or opposes what, and how a text treats a given target.

use crate::actors::Actors;
use crate::attribution::Attr;
use crate::document::{CharRange, Stance, TargetStance};
use crate::lexicon::{flag, Lexicon, StanceWord};
use crate::segment::Segmented;
use crate::text::OffsetMap;

/// Adds the stance lexicon to the word table.
pub(crate) fn load_lexicon(lex: &mut Lexicon) {
    for line in include_str!("../data/stance.txt").lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let weight: f32 = cols.get(1).and_then(|w| w.parse().ok()).unwrap_or(0.0);
        let hedge = cols.get(2).is_some_and(|h| *h == "hedge");
        let e = lex.entry_mut(cols[0]);
        e.flags |= flag::STANCE;
        e.stance = Some(StanceWord { weight, hedge });
    }
}

/// The stance pass's results, before actor and quote ids are known.
#[derive(Debug, Default)]
pub(crate) struct StanceOutput {
    /// Answers for the input's targets.
    pub target_stances: Vec<TargetStance>,
}

impl StanceOutput {
    /// Actor stances with their final ids.
    pub(crate) fn stances(
        &self,
        _actor_ids: &[Option<String>],
        _quote_ids: &[String],
        _map: &OffsetMap,
    ) -> Vec<Stance> {
        Vec::new()
    }
}

/// Runs the stance pass.
pub(crate) fn analyze(
    _text: &str,
    _seg: &Segmented,
    _attrs: &[Attr],
    _actors: &Actors,
    _targets: &[CharRange],
    _map: &OffsetMap,
) -> StanceOutput {
    StanceOutput::default()
}
