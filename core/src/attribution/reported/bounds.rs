//! Phase 1: where the cue's clause starts.

use super::*;

impl Pass<'_> {
    /// The start of the clause of the verb at `v` in the sentence from `lo`: after the last
    /// semicolon or closing mark of an attributed quotation before it, at most
    /// [`MAX_CLAUSE`] tokens back.
    pub(super) fn clause_lo(&self, v: usize, lo: usize) -> usize {
        let toks = self.v.toks;
        let start = lo.max(v.saturating_sub(MAX_CLAUSE));
        for j in (start..v).rev() {
            let claimed_close =
                self.claims.in_claimed_quote(j) && self.regions[self.claims.region_at[j] as usize - 1].close == Some(j);
            if toks[j].kind == Kind::Punct && (toks[j].ch == ';' || claimed_close) {
                return j + 1;
            }
        }
        start
    }
}
