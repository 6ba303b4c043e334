//! Step 5b, an owner's claim: "Ruiz's claim that the pier was safe".

use super::*;

impl Pass<'_> {
    /// "Ruiz's claim that the pier was safe", "the mayor's warning that fees would rise": a
    /// noun for something said, its owner, and the that-clause it holds. The noun is the cue.
    ///
    /// Rule: `owned.claim`.
    #[inline]
    pub(super) fn owned_saying(&mut self, k: usize, lo: usize, hi: usize) -> Option<Frame> {
        // Most words are no such noun: they are turned away without a call.
        let t = &self.v.toks[k];
        if t.kind != Kind::Word || t.is(shape::CAP) || !t.lex().has(flag::SAYING_NOUN) {
            return None;
        }
        self.owned_saying_from(k, lo, hi)
    }

    /// [`Pass::owned_saying`] for a lowercase noun of saying.
    #[inline(never)]
    pub(super) fn owned_saying_from(&mut self, k: usize, lo: usize, hi: usize) -> Option<Frame> {
        let toks = self.v.toks;
        if self.claims.used[k]
            || self.claims.in_content[k]
            || k < lo + 2
            || !toks[k - 1].is(shape::POSSESSIVE)
            || !self.v.is(k + 1, "that")
        {
            return None;
        }
        let np = subject_left(&self.v, k - 1, lo)?;
        // As an object ("looked at Ruiz's claim that …") the clause runs to the sentence's
        // end; as a subject ("Ruiz's claim that … angered them") its end is not marked.
        let object = np.toks.start > lo && toks[np.toks.start - 1].kind == Kind::Word;
        if np.kind == Head::Pronoun || !object || !self.clause_starts(k + 2, hi) {
            return None;
        }
        let end = self.content_end(k + 1, hi);
        let content = k + 1..end;
        if self.v.words_in(&content) < 4 || content.clone().any(|j| self.claims.in_claimed_quote(j)) {
            return None;
        }
        let (kind, region) = self.claims.mixed_kind(std::slice::from_ref(&content));
        self.claims.mark_content(&content);
        self.claims.use_cue(k);
        let pos = np.toks.start;
        let attr = self.new_attr(Rule::OwnedClaim, (kind, region), vec![content], Some(k), Some(&np), pos);
        Some(Frame::new(attr, Some(np)))
    }
}
