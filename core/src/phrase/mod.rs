//! Phrases that can name a speaker, found by shape and the lexicons, without a parser.
//!
//! [`subject_left`] reads leftwards from a verb to its subject ("Foreign Minister Ana Ruiz",
//! "she", "a senior official who spoke on condition of anonymity", "Smith, 45,");
//! [`np_right`] reads rightwards after an inverted verb or "according to"
//! ("said oil and gas worker Mike Wipf"). Both return an [`Np`]: the phrase's tokens and its
//! head. Readers nest (an appositive inside a relative clause) at most [`MAX_DEPTH`] deep, so
//! the work per verb is bounded whatever the input.

mod appositive;
mod extend;
mod nouns;
mod right;
mod subject;
mod time;
mod words;

use std::ops::Range;

use crate::lexicon::{flag, Tag};
use crate::tokens::{is_abbrev_period, is_dash, is_double_quote, is_stop, shape, Kind, Token};
use crate::view::View;

pub(crate) use nouns::document_subject_left;
pub(crate) use right::np_right;
pub(crate) use subject::subject_left;
pub(crate) use time::time_phrase_left;
pub(crate) use words::{
    after_first_comma, is_cap_word, is_clause_break, is_owner_pronoun, is_speaker_noun, is_verb_filler, is_verbish,
    opening_quantity, opens_clause, source_descriptor, verb_in_phrase,
};

/// What the head of a speaker phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    /// A capitalized name.
    Name,
    /// A pronoun.
    Pronoun,
    /// A common noun of a known class (official, critics, ministry, report).
    Noun,
}

/// A speaker phrase: its tokens and the token of its head.
#[derive(Debug, Clone)]
pub(crate) struct Np {
    /// All tokens of the phrase.
    pub toks: Range<usize>,
    /// The head token.
    pub head: usize,
    /// What the head is.
    pub kind: Head,
}

/// How deep phrase readers may nest (an appositive inside a relative clause inside …); the
/// bound keeps the work per verb constant whatever the input.
const MAX_DEPTH: u8 = 2;

#[cfg(test)]
mod tests;
