//! Phase 4: the clause on the cue's left, when its right reports nothing.

use super::*;

impl Pass<'_> {
    /// reported.left, reported.left-inverted, reported.parenthetical,
    /// reported.opening-adjunct: "CLAUSE, X said." / "CLAUSE, said X." / "The plan, she said,
    /// will fail." The speaker phrase starts at `src_start`, after the clause's comma; a verb
    /// of saying (or a document's verb of evidence or clause: "…, a new poll shows.") must end
    /// its clause. `None` when the left side reports nothing either ("X said.").
    pub(super) fn left_side(&self, c: &Cue, s: &Subject, src_start: usize) -> Option<(Vec<Range<usize>>, Rule)> {
        let toks = self.v.toks;
        let flags = c.flags;
        let document_verb = s.is_document(toks) && flags.any(CueFlags::EVIDENCE | CueFlags::CLAUSE);
        let left_ok = !s.participle
            && (flags.speech() || document_verb)
            && src_start > c.clause_lo + 1
            && toks[src_start - 1].is_punct(',')
            && self.claims.region_at[src_start - 1] == 0
            && self.verb_ends_clause(c, s);
        if !left_ok {
            return None;
        }
        let mut parts = Vec::with_capacity(2);
        parts.push(c.clause_lo..src_start - 1);
        let tail = self.interrupted_rest(c, s, &parts[0]);
        let rule = match &tail {
            Some((_, true)) => Rule::ReportedParenthetical,
            Some((_, false)) => Rule::ReportedOpeningAdjunct,
            None if s.inverted => Rule::ReportedLeftInverted,
            None => Rule::ReportedLeft,
        };
        parts.extend(tail.map(|(t, _)| t));
        let words: usize = parts.iter().map(|p| self.v.words_in(p)).sum();
        if words < 3 || self.v.words_in(&parts[0]) == 0 {
            return None;
        }
        Some((parts, rule))
    }

    /// Whether the verb ends its clause, after any adjuncts and addressee ("…, she told
    /// reporters on Monday."); "…, Clinton maintains a large lead" has an object instead.
    fn verb_ends_clause(&self, c: &Cue, s: &Subject) -> bool {
        if s.inverted {
            return true;
        }
        let hi = c.hi;
        let mut a = self.skip_adjuncts(c.v + c.verb_phrase.map_or(1, |(len, _)| len), hi);
        if c.flags.addressee() {
            a = self.skip_adjuncts(self.skip_object(a, hi), hi);
        }
        a >= hi || self.v.toks[a].kind == Kind::Punct
    }

    /// After a parenthetical cue and its comma, the rest of the clause it interrupts: one that
    /// goes on with its verb ("The plan, she said, will fail"; "…, he says, and are meant
    /// for …"), or, when the `left` part is only an opening adjunct, the clause after it ("In
    /// the long run, many economists say, the levy will …"). With whether it goes on (`true`)
    /// or follows an adjunct (`false`). Not a new clause ("…, as they left"), a cue phrase
    /// ("…, he said, adding …", "…, according to …"), nor a role describing an inverted
    /// speaker ("…, said Dan Ortiz, director of the port.").
    fn interrupted_rest(&self, c: &Cue, s: &Subject, left: &Range<usize>) -> Option<(Range<usize>, bool)> {
        let toks = self.v.toks;
        let (v, hi) = (c.v, c.hi);
        let after_src = if s.inverted {
            s.np.as_ref().map_or(v + 1, |n| n.toks.end)
        } else if c.flags.addressee()
            && toks
                .get(v + 1)
                .is_some_and(|t| matches!(t.lex().pron, Some((_, Case::Obj))))
        {
            // "The solution, the partner told them, was simple."
            v + 2
        } else {
            v + 1
        };
        let after = self.skip_adjuncts(after_src, hi);
        if after >= hi || !toks[after].is_punct(',') {
            return None;
        }
        let after = after + 1;
        let tail_end = self.content_end(after, hi);
        let tail = after..tail_end;
        let tail_is_cue = self.cue_at(after).is_some_and(|_| self.v.word(after).ends_with("ing"))
            || self.phrase_at(after, hi).is_some();
        let first = &toks[after.min(hi.saturating_sub(1))];
        let continues = first.kind == Kind::Word
            && !first.is(shape::CAP)
            && first.lex().pron.is_none()
            && !(s.inverted && first.lex().has(flag::ROLE | flag::TITLE | flag::GROUP | flag::ANON))
            && !matches!(
                first.lex().tag,
                Some(Tag::Sub | Tag::Conj | Tag::Prep | Tag::Det | Tag::Wh)
            );
        let second_verb = (self.v.is(after, "and") || self.v.is(after, "but"))
            && toks
                .get(after + 1)
                .is_some_and(|t| matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal)));
        let continues = continues || second_verb;
        let clause_after = self.opening_adjunct(left) && self.plausible_clause(after, tail_end);
        // (Two words are enough when an auxiliary goes on: "…, was simple.")
        let aux_first = matches!(first.lex().tag, Some(Tag::Aux | Tag::Modal));
        let long_enough = self.v.words_in(&tail) >= 3 || (aux_first && self.v.words_in(&tail) >= 2);
        (long_enough && !tail_is_cue && (continues || clause_after) && self.claims.region_at[after] == 0)
            .then_some((tail, continues))
    }
}
