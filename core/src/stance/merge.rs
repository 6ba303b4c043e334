//! One stance per holder, target and polarity, gathering all its evidence. When a holder's
//! evidence about one target conflicts, the stronger side stands, and both stand when each is
//! stated by a stance predicate; a neutral reading gives way to a side taken.

use super::Evidence;
use crate::document::Polarity;
use crate::lexicon::FastMap;

/// Evidence strong enough to stand beside conflicting evidence: a stance predicate's.
const STATED: f32 = 2.0;

/// One stance before ids are assigned: its evidence (indices, in text order), the strongest
/// piece, and its confidence.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub evidence: Vec<usize>,
    pub strongest: usize,
    pub confidence: f64,
}

/// The stances of `evidence` (in text order) whose holder `keep` accepts, in order of first
/// evidence.
pub(super) fn groups(evidence: &[Evidence], keep: impl Fn(usize) -> bool) -> Vec<Group> {
    let mut index: FastMap<(usize, usize, Polarity), usize> = FastMap::default();
    let mut groups: Vec<(Polarity, f32, Group)> = Vec::new();
    for (i, e) in evidence.iter().enumerate() {
        crate::ops::tick(1);
        if !keep(e.holder) {
            continue;
        }
        let g = *index.entry((e.holder, e.target, e.polarity)).or_insert_with(|| {
            groups.push((
                e.polarity,
                0.0,
                Group {
                    evidence: Vec::new(),
                    strongest: i,
                    confidence: 0.0,
                },
            ));
            groups.len() - 1
        });
        let (_, total, group) = &mut groups[g];
        *total += e.strength;
        if e.strength > evidence[group.strongest].strength {
            group.strongest = i;
        }
        group.evidence.push(i);
    }
    // The totals of each holder and target by polarity, to settle conflicts.
    let mut sides: FastMap<(usize, usize), [f32; 3]> = FastMap::default();
    for (p, total, g) in &groups {
        let e = &evidence[g.evidence[0]];
        sides.entry((e.holder, e.target)).or_default()[slot(*p)] += total;
    }
    groups
        .into_iter()
        .filter(|(p, total, g)| {
            let e = &evidence[g.evidence[0]];
            let s = sides[&(e.holder, e.target)];
            match p {
                Polarity::Neutral => s[0] == 0.0 && s[1] == 0.0,
                side => {
                    let other = s[1 - slot(*side)];
                    *total >= other || *total >= STATED
                }
            }
        })
        .map(|(_, total, mut g)| {
            g.confidence = (f64::from(total) / 3.0).min(1.0);
            g.confidence = (g.confidence * 100.0).round() / 100.0;
            g
        })
        .collect()
}

/// The slot of a polarity in a side's totals: support, oppose, neutral.
fn slot(p: Polarity) -> usize {
    match p {
        Polarity::Support => 0,
        Polarity::Oppose => 1,
        Polarity::Neutral => 2,
    }
}
