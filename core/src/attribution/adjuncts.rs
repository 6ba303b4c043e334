//! What stands between a cue and its content: adjuncts ("on Tuesday", "in a statement",
//! "to reporters"), an addressee, a phrase naming the medium, a quoted programme title.

use super::*;

impl Pass<'_> {
    /// Skips adjuncts after a cue verb: a weekday, "on Tuesday", "in a statement", "to
    /// reporters", "last week", "earlier". At most four. Returns the next token index.
    pub(super) fn skip_adjuncts(&self, mut k: usize, hi: usize) -> usize {
        let mut rounds = 0;
        while k < hi && rounds < 4 {
            rounds += 1;
            match self.adjunct_end(k, hi) {
                Some(next) => k = next,
                None => break,
            }
        }
        k
    }

    /// Where one adjunct starting at `k` ends, if one does.
    fn adjunct_end(&self, k: usize, hi: usize) -> Option<usize> {
        let t = &self.v.toks[k];
        if t.kind != Kind::Word {
            return None;
        }
        let e = t.lex();
        let possessed = self.v.toks.get(k + 1).is_some_and(|n| n.is(shape::POSSESSIVE));
        if e.has(flag::CALENDAR) && !e.calendar.is_some_and(|(m, _)| m) && !possessed {
            let mut j = k + 1;
            while j < hi && self.lower_with(j, flag::DAY_PART) {
                j += 1;
            }
            return Some(j);
        }
        if e.has(flag::ADJUNCT_ADVERB) {
            return Some(k + 1);
        }
        if e.has(flag::TIME_START) && k + 1 < hi && self.lower_with(k + 1, flag::TIME_UNIT) {
            return Some(k + 2);
        }
        if let Some((len, PhraseRole::Nominal)) = self.phrase_at(k, hi) {
            return Some(self.nominal_phrase_end(k + len, hi));
        }
        // "on Monday", "in July": a date after the preposition is the whole adjunct.
        if e.has(flag::ADJUNCT_PREP) && self.v.toks.get(k + 1).is_some_and(|n| n.lex().has(flag::CALENDAR)) {
            let mut j = k + 2;
            while j < hi && (self.lower_with(j, flag::DAY_PART) || self.v.toks[j].kind == Kind::Number) {
                j += 1;
            }
            // Not "during Saturday's debate".
            if !self.v.toks.get(j).is_some_and(|n| n.is(shape::POSSESSIVE)) {
                return Some(j);
            }
        }
        if e.has(flag::ADJUNCT_PREP) && k + 1 < hi {
            return self.prep_phrase_end(k, hi);
        }
        None
    }

    /// Whether token `j` is a lowercase word with one of the word classes `bits`.
    fn lower_with(&self, j: usize, bits: u64) -> bool {
        self.v
            .toks
            .get(j)
            .is_some_and(|u| u.kind == Kind::Word && !u.is(shape::CAP) && u.lex().has(bits))
    }

    /// Where a nominal cue phrase ("in a statement", "at a news conference") ending before `k`
    /// ends with what goes on with its noun: "in a video message", "in a statement issued",
    /// "in a statement on Monday", "in an interview with CBC News".
    fn nominal_phrase_end(&self, mut k: usize, hi: usize) -> usize {
        let mut extra = 0;
        while k < hi && extra < 2 {
            let u = &self.v.toks[k];
            let noun_on =
                u.kind == Kind::Word && !u.is(shape::CAP) && !u.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN);
            if !noun_on || self.v.is(k, "that") {
                break;
            }
            k += 1;
            extra += 1;
        }
        if k < hi && matches!(self.v.word(k), "with" | "to" | "on" | "from" | "posted" | "released") {
            let mut j = k + 1;
            let mut n = 0;
            while j < hi && n < 6 && !matches!(self.v.toks[j].kind, Kind::Punct) && !self.v.is(j, "that") {
                j += 1;
                n += 1;
            }
            k = j;
        }
        k
    }

    /// "on Tuesday", "on Twitter", "in Ottawa", "to reporters", "at a rally": a short phrase
    /// from the preposition at `k` ending before "that", a comma, a colon, a quotation mark or
    /// a subject pronoun ("said on Twitter it would …"); a longer one only when "that" closes
    /// it ("said during a rally in Leeds on Friday that …").
    fn prep_phrase_end(&self, k: usize, hi: usize) -> Option<usize> {
        let toks = self.v.toks;
        let mut j = k + 1;
        let mut n = 0;
        while j < hi && n < 9 {
            let u = &toks[j];
            if let Some(e) = self.quoted_name_end(j).filter(|&e| e <= hi) {
                j = e;
                n += 2;
                continue;
            }
            // (A cue word after a determiner is a noun: "in the report that".)
            let verb = u.lex().has(flag::CUE) && !u.is(shape::CAP) && !toks[j - 1].is_det();
            let subject = matches!(u.lex().pron, Some((_, Case::Subj)));
            if u.kind == Kind::Punct || self.v.is(j, "that") || verb || subject {
                break;
            }
            j += 1;
            n += 1;
        }
        let stop = toks.get(j);
        // Before a subject pronoun only a plain phrase ends ("on Twitter it"), not an
        // infinitive or a clause ("to discuss whether it").
        let plain = !self.infinitive_at(k)
            && (k + 1..j).all(|i| !matches!(toks[i].lex().tag, Some(Tag::Sub | Tag::Wh | Tag::Conj)));
        let ends_well = j >= hi
            || stop.is_some_and(|s| {
                (s.kind == Kind::Punct && matches!(s.ch, ',' | ':' | '.') || is_double_quote(s.ch))
                    || self.v.is(j, "that")
                    || (plain && matches!(s.lex().pron, Some((_, Case::Subj))))
            });
        (ends_well && (n <= 5 || self.v.is(j, "that"))).then_some(j)
    }

    /// Skips the addressee of a verb like "told": a pronoun, a name, or a short noun phrase.
    pub(super) fn skip_object(&self, k: usize, hi: usize) -> usize {
        if k >= hi {
            return k;
        }
        let t = &self.v.toks[k];
        if t.kind == Kind::Word && matches!(t.lex().pron, Some((_, crate::lexicon::Case::Obj))) {
            return k + 1;
        }
        // A programme named in quotation marks: "told “Good Morning America” that …".
        if let Some(e) = self.quoted_title_end(k, hi) {
            return e;
        }
        if t.kind == Kind::Word
            && (t.is(shape::CAP)
                || t.lex().tag == Some(Tag::Det)
                || t.lex().has(flag::GROUP)
                || t.text(self.v.text) == "reporters")
        {
            let mut j = k;
            let mut n = 0;
            while j < hi && n < 7 {
                let u = &self.v.toks[j];
                // "asked the board to delay the vote": an infinitive ends the addressee.
                if j > k && self.infinitive_at(j) {
                    break;
                }
                if let Some(e) = self
                    .quoted_name_end(j)
                    .filter(|&e| e <= hi)
                    .or_else(|| self.quoted_title_end(j, hi))
                {
                    j = e;
                    n += 2;
                    continue;
                }
                let ok = u.kind == Kind::Word
                    && !self.v.is(j, "that")
                    && (u.is(shape::CAP) || !u.lex().has(flag::CUE))
                    && (u.is(shape::CAP)
                        || !matches!(u.lex().tag, Some(Tag::Aux | Tag::Modal | Tag::Sub | Tag::Conj))
                            && !u.lex().has(flag::PRONOUN))
                    || u.is(shape::POSSESSIVE)
                    || (u.is_punct('.') && j > 0 && self.v.toks[j - 1].is(shape::DOTTED));
                if !ok {
                    break;
                }
                // Stop after a head noun followed by something that starts content.
                j += 1;
                n += 1;
                if u.kind == Kind::Word
                    && !u.is(shape::CAP)
                    && (u.lex().has(flag::GROUP | flag::ROLE) || u.text(self.v.text) == "reporters")
                {
                    break;
                }
                if u.is(shape::CAP)
                    && j < hi
                    && !self.v.toks[j].is(shape::CAP)
                    && !self.v.toks[j].is(shape::POSSESSIVE)
                    && self.v.toks[j].kind == Kind::Word
                {
                    break;
                }
            }
            return j;
        }
        k
    }

    /// Where the subject of verb `v` ends when a phrase naming the medium stands between them
    /// ("Ruiz in an interview said", "Berg in a letter to members wrote", "the governor on
    /// Fox News said"): the phrase's first token, else `v`.
    pub(super) fn medium_left(&self, v: usize, lo: usize) -> usize {
        for j in (v.saturating_sub(10).max(lo + 1)..v).rev() {
            let t = &self.v.toks[j];
            if t.kind != Kind::Word || (t.lex().pron.is_some() && j + 1 == v) {
                break;
            }
            let nominal = self
                .phrase_at(j, v)
                .is_some_and(|(_, role)| role == PhraseRole::Nominal);
            // "in a Medium post", "in her weekly column": a document right before the verb.
            let document = self.v.is(j, "in")
                && j + 2 < v
                && v - j <= 5
                && self.v.toks[v - 1].lex().has(flag::DOCUMENT)
                && (j + 2..v).all(|k| !matches!(self.v.toks[k].lex().tag, Some(Tag::Prep | Tag::Sub | Tag::Conj)))
                && (matches!(self.v.toks[j + 1].lex().tag, Some(Tag::Det))
                    || matches!(self.v.toks[j + 1].lex().pron, Some((_, Case::Poss))));
            // "on Twitter", "on Fox News": a name that is no date.
            let outlet = self.v.is(j, "on")
                && j + 1 < v
                && self.v.toks[j + 1].lex().has(flag::ORG_NAME | flag::MEDIA_WORD)
                && !self.v.toks[j - 1].lex().has(flag::ORG_HEAD)
                && (j + 1..v).all(|k| {
                    let u = &self.v.toks[k];
                    u.kind == Kind::Word && u.is(shape::CAP) && !u.lex().has(flag::CALENDAR)
                });
            if (nominal && self.skip_adjuncts(j, v) == v) || outlet || document {
                let before = &self.v.toks[j - 1];
                let noun_end = before.kind == Kind::Word
                    && !crate::phrase::is_verbish(before)
                    && !matches!(before.lex().tag, Some(Tag::Adv | Tag::Prep | Tag::Conj | Tag::Sub));
                return if noun_end { j } else { v };
            }
        }
        v
    }

    /// When token `j` opens a short quoted name that a lowercase noun follows ("the “Today”
    /// show", "its “Green Streets” plan"), the index past that noun.
    pub(super) fn quoted_name_end(&self, j: usize) -> Option<usize> {
        let ri = self.claims.region_at.get(j).copied().filter(|&r| r != 0)? as usize - 1;
        let r = &self.regions[ri];
        let c = r.close?;
        let noun = self.v.toks.get(c + 1)?;
        let names_noun = r.open == j
            && noun.kind == Kind::Word
            && !noun.is(shape::CAP)
            && !noun.lex().has(flag::FUNCTION)
            && noun.lex().cue.is_none();
        (names_noun && r.words(self.v.toks) <= 4).then_some(c + 2)
    }

    /// Past a short title in quotation marks opening at `j` ("“Good Morning America”"): the
    /// token after its closing mark.
    pub(super) fn quoted_title_end(&self, j: usize, hi: usize) -> Option<usize> {
        let r = &self.regions[self.claims.region_at.get(j)?.checked_sub(1)? as usize];
        let short_title =
            r.open == j && r.parts.len() == 1 && r.words(self.v.toks) <= 8 && r.title_case(self.v.text, self.v.toks);
        r.close.filter(|&c| short_title && c < hi).map(|c| c + 1)
    }

    /// Whether the cue at `v` (with [`cue`] `flags`) has words of its own after it (beyond an
    /// addressee and adjuncts)
    /// before its sentence ends: "said it would send her" rather than "said." or "said on
    /// Monday.".
    pub(super) fn has_own_content(&self, v: usize, flags: CueFlags, hi: usize) -> bool {
        let mut k = self.skip_adjuncts(v + 1, hi);
        if flags.addressee() {
            k = self.skip_object(k, hi);
            k = self.skip_adjuncts(k, hi);
        }
        let mut words = 0;
        while k < hi && !is_stop(self.v.toks, k) && !self.v.toks[k].is_punct(',') && words < 3 {
            words += usize::from(self.v.toks[k].kind == Kind::Word);
            k += 1;
        }
        words >= 2
    }
}
