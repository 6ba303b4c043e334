//! The state the steps share: which quotations are claimed, which cues used, which tokens
//! already some attribution's content.
//!
//! Every step reads these marks before it attributes, and sets them when it does, so that no
//! cue, quotation or word is attributed twice. That is why the steps' order matters (see the
//! module above); every write goes through a method here.

use std::ops::Range;

use crate::document::QuoteKind;
use crate::quotes::Region;
use crate::tokens::{is_double_quote, Kind, Token};

/// The marks shared by the steps of the attribution pass.
pub(super) struct Claims {
    /// Per token: region index + 1 for content tokens and marks, else 0.
    pub region_at: Vec<u32>,
    /// Per region: whether an attribution has taken it.
    pub claimed: Vec<bool>,
    /// Per token: whether the cue at this token has been used.
    pub used: Vec<bool>,
    /// Per token: whether the token is inside some attribution's content.
    pub in_content: Vec<bool>,
}

impl Claims {
    /// No marks yet, with each token's quotation.
    pub fn new(toks: &[Token], regions: &[Region]) -> Claims {
        let mut region_at = vec![0u32; toks.len()];
        for (ri, r) in regions.iter().enumerate() {
            region_at[r.open] = ri as u32 + 1;
            if let Some(c) = r.close {
                region_at[c] = ri as u32 + 1;
            }
            for p in &r.parts {
                for k in p.clone() {
                    region_at[k] = ri as u32 + 1;
                }
                // The reopening mark of a continued paragraph.
                if p.start > 0
                    && region_at[p.start - 1] == 0
                    && toks[p.start - 1].kind == Kind::Punct
                    && is_double_quote(toks[p.start - 1].ch)
                {
                    region_at[p.start - 1] = ri as u32 + 1;
                }
            }
        }
        Claims {
            region_at,
            claimed: vec![false; regions.len()],
            used: vec![false; toks.len()],
            in_content: vec![false; toks.len()],
        }
    }

    /// Marks quotation `ri` as attributed.
    #[inline]
    pub fn claim(&mut self, ri: usize) {
        self.claimed[ri] = true;
    }

    /// Marks the cue at token `k` as used.
    #[inline]
    pub fn use_cue(&mut self, k: usize) {
        self.used[k] = true;
    }

    /// Whether token `j` lies in a quotation that a cue has already claimed.
    pub fn in_claimed_quote(&self, j: usize) -> bool {
        let ri = self.region_at[j];
        ri != 0 && self.claimed[ri as usize - 1]
    }

    /// Marks tokens `r` as an attribution's content.
    pub fn mark_content(&mut self, r: &Range<usize>) {
        for j in r.clone() {
            self.in_content[j] = true;
        }
    }

    /// Whether content ranges hold a quotation (mixed), claiming every quotation inside them.
    pub fn mixed_kind(&mut self, content: &[Range<usize>]) -> (QuoteKind, Option<usize>) {
        let mut found = None;
        for r in content {
            for j in r.clone() {
                let ri = self.region_at[j];
                if ri != 0 && !self.claimed[ri as usize - 1] {
                    found = Some(ri as usize - 1);
                    break;
                }
            }
        }
        match found {
            Some(ri) => {
                for r in content {
                    for j in r.clone() {
                        let q = self.region_at[j];
                        if q != 0 {
                            self.claim(q as usize - 1);
                        }
                    }
                }
                (QuoteKind::Mixed, Some(ri))
            }
            None => (QuoteKind::Indirect, None),
        }
    }

    /// The kind of words given as the speaker's own without quotation marks (a block
    /// quotation, a signed post): `direct`, or `mixed` when a quotation inside them is claimed
    /// with them.
    pub fn own_words_kind(&mut self, content: &Range<usize>) -> (QuoteKind, Option<usize>) {
        match self.mixed_kind(std::slice::from_ref(content)) {
            (QuoteKind::Indirect, region) => (QuoteKind::Direct, region),
            other => other,
        }
    }
}
