//! Standpoint's parsing core: who said what in an English news article, and where each actor
//! stands.
//!
//! [`annotate`] runs the whole pipeline over one text and returns a [`Document`], the JSON
//! document described in `FORMAT.md`. The passes, one module each, are:
//! segmentation ([`segment`](crate::segment)), tokens, quotation marks, actors, attribution,
//! coreference, stance and the timeline. Everything is rules plus compiled-in lexicons
//! (`core/data/`), linear in the length of the input, and never panics.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod actors;
mod attribution;
mod calendar;
mod coref;
pub mod document;
mod error;
pub mod export;
pub mod html;
mod lexicon;
mod ops;
mod phrase;
mod pipeline;
mod quotes;
mod rules;
mod segment;
mod stance;
mod text;
mod timeline;
mod tokens;
mod view;

pub use document::{
    Actor, ActorKind, CharRange, Document, Event, Meta, Polarity, Quote, QuoteKind, Stance, Target, TargetStance,
    SCHEMA,
};
pub use error::Error;
pub use pipeline::{annotate, Input, Options};
pub use stance::{matrix, Cell};
pub use text::{OffsetMap, Span};
pub use tokens::markup;

/// Training support for the target-stance model (`--features train`).
#[cfg(feature = "train")]
pub mod train {
    pub use crate::stance::{training_examples, BUCKETS, CLASSES};
}
