//! Step 5a, findings: a clause stated in a poll or survey.

use super::*;
use crate::tokens::is_apostrophe;

impl Pass<'_> {
    /// "In a poll released Monday, 40 percent of riders backed the fare", "Ruiz leads by nine
    /// points in the latest survey": a clause stated in a document of findings. The
    /// document (to its comma, or to the sentence's end) is the source, "in" the cue, and the
    /// clause the content: the main clause after the phrase's comma when it opens the
    /// sentence, else the words before it when it ends the sentence.
    ///
    /// Rules: `finding.opening`, `finding.closing`.
    pub(super) fn in_finding(&mut self, lo: usize, hi: usize) -> Option<Frame> {
        let toks = self.v.toks;
        let end = self.without_final_punct(lo, hi);
        // The first finding noun of the sentence that heads a phrase after "in": looked for
        // by its flag, then back to the preposition over the phrase's words.
        let in_phrase = |j: usize| {
            let t = &toks[j];
            (t.kind == Kind::Word
                && t.lex().cue.is_none()
                && !matches!(t.lex().tag, Some(Tag::Sub | Tag::Wh | Tag::Prep)))
                || t.kind == Kind::Number
                || (t.kind == Kind::Punct && (matches!(t.ch, '/' | '-') || is_apostrophe(t.ch)))
        };
        let (k, head) = (lo + 1..end.min(lo + 4 * MAX_CLAUSE + 9))
            .filter(|&h| toks[h].lex().has(flag::FINDING) && in_phrase(h))
            .find_map(|head| {
                let k = (head.saturating_sub(9).max(lo)..head).rev().find(|&j| !in_phrase(j))?;
                let free = self.claims.region_at[k] == 0 && !self.claims.used[k] && !self.claims.in_content[k];
                (self.v.is(k, "in") && free).then_some((k, head))
            })?;
        // The phrase runs to its comma, or to the sentence's end.
        let comma = (head + 1..end.min(head + 12)).find(|&j| toks[j].is_punct(','));
        let opens = k == lo || (k == lo + 1 && toks[lo].lex().tag == Some(Tag::Conj));
        let (content, source) = if opens {
            let c = comma?;
            (c + 1..end, k + 1..c)
        } else {
            // The phrase ends the sentence, perhaps with a list of places ("in polls in
            // Leeds, York and Hull"); a clause of saying after its comma reports the whole.
            if comma.is_some_and(|c| self.v.words_in(&(c..end)) > 4 || (c..end).any(|j| self.cue_at(j).is_some())) {
                return None;
            }
            let src_end = end;
            // After its noun, only a short description ("released Monday", "in Leeds"), not
            // a clause ("… in a recent poll said that …").
            let clause_after = src_end - head > 8
                || (head + 1..src_end).any(|j| {
                    let t = &toks[j];
                    self.cue_at(j).is_some() || matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal)) || t.is_punct(':')
                });
            // Nor does a relative clause state a finding ("a rival who is far behind him in
            // the polls").
            if clause_after || (lo..k).any(|j| toks[j].lex().tag == Some(Tag::Wh)) {
                return None;
            }
            let mut c_end = k;
            while c_end > lo && toks[c_end - 1].is_punct(',') {
                c_end -= 1;
            }
            if toks[lo].lex().tag == Some(Tag::Sub) {
                return None;
            }
            (lo..c_end, k + 1..src_end)
        };
        if self.v.words_in(&content) < 3
            || content
                .clone()
                .any(|j| self.claims.used[j] || self.claims.in_content[j] || self.claims.in_claimed_quote(j))
        {
            return None;
        }
        let np = Np {
            toks: source,
            head,
            kind: Head::Noun,
        };
        self.claims.use_cue(k);
        self.claims.mark_content(&content);
        let kind = self.claims.mixed_kind(std::slice::from_ref(&content));
        let rule = if opens {
            Rule::FindingOpening
        } else {
            Rule::FindingClosing
        };
        let attr = self.new_attr(rule, kind, vec![content], Some(k), Some(&np), k);
        Some(Frame::new(attr, Some(np)))
    }
}
