//! The actor × target matrix: all the evidence of one holder about one target, in one cell.

use crate::document::{Polarity, TargetKind};
use crate::lexicon::FastMap;

/// One cell of the actor × target matrix: all the evidence of one holder about one target.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Cell {
    /// The holder's actor id.
    pub holder: String,
    /// The target's label.
    pub target: String,
    /// The target's id among the document's targets (empty in documents without them).
    #[serde(default)]
    pub target_id: String,
    /// Whether the target is an actor or an issue.
    #[serde(default)]
    pub target_kind: TargetKind,
    /// Pieces of evidence for each polarity.
    pub support: usize,
    /// Pieces of evidence that oppose.
    pub oppose: usize,
    /// Neutral pieces of evidence (hedges, evasions).
    pub neutral: usize,
    /// The cell's overall stance: the polarity with the most evidence (neutral on a tie).
    pub overall: Polarity,
    /// The stance ids behind the cell, in text order.
    pub stances: Vec<String>,
}

impl Cell {
    /// What identifies the cell's target: its id, or its label in documents without ids (the
    /// key [`crate::Stance::target_key`] gives its stances).
    pub fn target_key(&self) -> &str {
        if self.target_id.is_empty() {
            &self.target
        } else {
            &self.target_id
        }
    }
}

/// Aggregates a document's stances into an actor × target matrix, rows in the order of the
/// holders' first evidence and cells in the order of the targets' first evidence. The app and
/// the CLI both show this, so they always agree.
pub fn matrix(doc: &crate::document::Document) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    let mut index: FastMap<(String, String), usize> = FastMap::default();
    for s in &doc.stances {
        let key = (s.holder.clone(), s.target_key().to_string());
        let i = *index.entry(key).or_insert_with(|| {
            cells.push(Cell {
                holder: s.holder.clone(),
                target: s.target.label.clone(),
                target_id: s.target.id.clone(),
                target_kind: s.target.kind,
                support: 0,
                oppose: 0,
                neutral: 0,
                overall: Polarity::Neutral,
                stances: Vec::new(),
            });
            cells.len() - 1
        });
        let c = &mut cells[i];
        // Each stance counts its pieces of evidence (one at least).
        let n = s.evidence.len().max(1);
        match s.polarity {
            Polarity::Support => c.support += n,
            Polarity::Oppose => c.oppose += n,
            Polarity::Neutral => c.neutral += n,
        }
        c.stances.push(s.id.clone());
    }
    for c in &mut cells {
        c.overall = if c.support > c.oppose && c.support >= c.neutral {
            Polarity::Support
        } else if c.oppose > c.support && c.oppose >= c.neutral {
            Polarity::Oppose
        } else {
            Polarity::Neutral
        };
    }
    // Rows grouped by holder, in order of first appearance.
    let mut order: Vec<String> = Vec::new();
    for c in &cells {
        if !order.contains(&c.holder) {
            order.push(c.holder.clone());
        }
    }
    let mut sorted = Vec::with_capacity(cells.len());
    for h in &order {
        sorted.extend(cells.iter().filter(|c| &c.holder == h).cloned());
    }
    sorted
}
