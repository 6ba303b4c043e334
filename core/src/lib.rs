//! Standpoint's parsing core: who said what in an English news article, and where each actor
//! stands.
//!
//! [`annotate`] runs the whole pipeline over one text and returns a [`Document`], the JSON
//! document described in `FORMAT.md`. The passes, each in its own room, run in this order:
//! segmentation (`segment`, `tokens`), quotation marks (`quotes`), actors (`actors/`),
//! attribution (`attribution/`, over the speaker phrases of `phrase/`), coreference
//! (`coref`), stance (`stance/`) and the timeline (`timeline`). Everything is rules plus
//! compiled-in lexicons (`core/data/`, loaded by `lexicon/`), linear in the length of the
//! input, and never panics. DESIGN.md explains the design; with [`Options::explain`] every
//! quote, actor and stance names the rule that made it.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod actors;
mod attribution;
mod calendar;
mod coref;
pub mod corpus;
pub mod document;
mod error;
pub mod export;
#[cfg(feature = "pages")]
pub mod html;
mod lexicon;
mod linear;
mod ops;
mod phrase;
mod pipeline;
mod quotes;
mod rules;
mod segment;
pub mod sort;
mod stance;
mod summary;
mod text;
mod timeline;
mod tokens;
mod view;

pub use document::{
    Actor, ActorKind, CharRange, Document, Event, IssuePositions, Meta, Polarity, Position, Quote, QuoteKind, Stance,
    StanceEvidence, Summary, Target, TargetKind, TargetStance, Voice, SCHEMA,
};
pub use error::Error;
pub use pipeline::{annotate, annotate_fields, annotate_line, Input, Options};
pub use stance::{matrix, Cell};
pub use text::{OffsetMap, Span};
pub use tokens::markup;

/// Training support for the compiled-in models (`--features train`): the target-stance model
/// and the model of actor kinds, with the core's own feature functions.
#[cfg(feature = "train")]
pub mod train {
    pub use crate::actors::{name_examples, NAME_BUCKETS, NAME_CLASSES};
    pub use crate::coref::{heuristic_only, take_records, Record, RANK_BUCKETS};

    /// The byte span of every token the core reads in `text`, in order.
    pub fn token_spans(text: &str) -> Vec<crate::Span> {
        crate::segment::segment(text).tokens.iter().map(|t| t.span()).collect()
    }
    pub use crate::linear::{fit, quantize};
    pub use crate::stance::{training_examples, BUCKETS, CLASSES};
}
