//! Step 5c, questions put: "Asked whether …, Ruiz said", "Ruiz was asked if …".

use super::*;

impl Pass<'_> {
    /// "Asked whether the pier was safe, Ruiz said …", "When asked about the fees, …": a
    /// question put to the subject of the main clause, in a clause with no subject of its
    /// own. The question runs to the clause's comma; whoever asked it goes unnamed unless
    /// "by" names them ("Asked by a reporter to explain …").
    ///
    /// Rules: `question.leading`, `question.within`.
    #[inline]
    pub(super) fn asked_question(&mut self, k: usize, lo: usize, hi: usize) -> Option<Frame> {
        let t = &self.v.toks[k];
        if t.kind != Kind::Word || t.end - t.start != 5 || !self.v.is(k, "asked") {
            return None;
        }
        self.asked_question_from(k, lo, hi)
    }

    /// [`Pass::asked_question`] for the word "asked".
    #[inline(never)]
    pub(super) fn asked_question_from(&mut self, k: usize, lo: usize, hi: usize) -> Option<Frame> {
        let toks = self.v.toks;
        if self.claims.used[k] || self.claims.in_content[k] || self.claims.region_at[k] != 0 {
            return None;
        }
        // The clause opens the sentence, or follows a comma, alone or after a subordinator
        // ("when", "if", "once") or "after" / "before"; then the main clause follows it.
        let opens = |j: usize| j == lo || self.sentence_initial(j) || toks[j - 1].is_punct(',');
        let leading = opens(k) || (k > lo && (self.v.is(k - 1, "after") || self.v.is(k - 1, "before")) && opens(k - 1));
        // Else the question is put to the main clause's subject within it: "she said, when
        // asked whether …", "Ruiz was asked what …", "he was first asked if …".
        let subordinate = k > lo && toks[k - 1].lex().tag == Some(Tag::Sub) && !self.v.is(k - 1, "that");
        let passive = self.be_before(k, lo);
        if !leading && !subordinate && !passive {
            return None;
        }
        let mut j = k + 1;
        let mut np = None;
        if self.v.is(j, "by") {
            let n = np_right(&self.v, j + 1, hi)?;
            j = n.toks.end;
            np = Some(n);
        }
        let opens_question = |j: usize| {
            QUESTION_WORDS.iter().any(|w| self.v.is(j, w))
                || ["who", "where", "which", "to"].iter().any(|w| self.v.is(j, w))
        };
        j = self.skip_adjuncts(j, hi);
        // A longer phrase of place or time before the question: "Asked on the radio who
        // leads …", "Asked during a debate in January why …".
        if !opens_question(j) && j < hi && toks[j].lex().has(flag::ADJUNCT_PREP) {
            if let Some(q) = (j + 1..hi.min(j + 9))
                .take_while(|&q| toks[q].kind == Kind::Word && toks[q].lex().cue.is_none())
                .find(|&q| matches!(toks[q].lex().tag, Some(Tag::Sub | Tag::Wh)) || self.v.is(q, "to"))
            {
                if opens_question(q) {
                    j = q;
                }
            }
        }
        if self.v.is(j, "about") {
            j += 1;
        }
        let start = j;
        // "Asked to explain, …" puts a request; "are asked to work late" is a duty, not words.
        let question = opens_question(start) && (leading || !self.v.is(start, "to"));
        if !question && !self.v.is(start - 1, "about") {
            return None;
        }
        // To the comma that ends the clause, perhaps inside a quotation that ends with it.
        let comma = (start + 1..hi.min(start + MAX_CLAUSE)).find(|&c| {
            toks[c].is_punct(',')
                && (self.claims.region_at[c] == 0
                    || (c + 1 < hi && {
                        let ri = self.claims.region_at[c + 1];
                        ri != 0 && self.regions[ri as usize - 1].close == Some(c + 1)
                    }))
        });
        let end = match comma {
            Some(c) if self.claims.region_at[c] != 0 => c + 2,
            Some(c) => c,
            // Within the main clause, the question may end the sentence.
            None if !leading && hi - start <= MAX_CLAUSE => self.without_final_punct(start, hi),
            None => return None,
        };
        let content = start..end;
        // After a leading clause, a main clause must follow.
        if self.v.words_in(&content) < 2 || (leading && self.v.words_in(&(end..hi)) < 2) {
            return None;
        }
        if content
            .clone()
            .any(|j| self.claims.used[j] || self.claims.in_content[j])
        {
            return None;
        }
        self.claims.use_cue(k);
        self.claims.mark_content(&content);
        let kind = self.claims.mixed_kind(std::slice::from_ref(&content));
        let rule = if leading {
            Rule::QuestionLeading
        } else {
            Rule::QuestionWithin
        };
        let attr = self.new_attr(rule, kind, vec![content], Some(k), np.as_ref(), k);
        Some(Frame::new(attr, np))
    }
}
