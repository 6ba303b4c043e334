//! Cue readers: whether a word is a verb of saying here, the phrases that act as cues, and the
//! forms around a cue (passive, infinitive, participle, coordination).

use super::*;

/// Whether `word` is the base or -s form of the cue verb `lemma`, the forms a noun shares
/// ("state", "states"; not "stated", "stating").
pub(super) fn noun_form(word: &str, lemma: &str) -> bool {
    word.eq_ignore_ascii_case(lemma)
        || (word.len() > lemma.len()
            && word.as_bytes()[..lemma.len()].eq_ignore_ascii_case(lemma.as_bytes())
            && matches!(&word[lemma.len()..], "s" | "es"))
}

/// Whether `word` is a past form of the cue verb `lemma` ("said", "stated"): neither a form a
/// noun shares nor a participle in -ing.
pub(super) fn past_form(word: &str, lemma: &str) -> bool {
    !noun_form(word, lemma) && !word.ends_with("ing")
}

/// The forms of "be", before a passive participle.
pub(super) const BE_FORMS: [&str; 7] = ["is", "are", "was", "were", "be", "been", "being"];

/// Words that open an indirect question ("asked whether …", "said why …").
pub(super) const QUESTION_WORDS: [&str; 6] = ["whether", "if", "why", "how", "what", "when"];

/// Particles that complete a phrasal verb ("backed away", "put out a statement").
pub(super) const PARTICLES: [&str; 5] = ["away", "down", "off", "out", "up"];

impl Pass<'_> {
    /// The cue verb at token `k`, if it is one and not part of a quotation.
    #[inline]
    pub(super) fn cue_at(&self, k: usize) -> Option<CueFlags> {
        // Most words are no verb of saying: they are turned away without a call.
        let t = self.v.toks.get(k)?;
        if t.kind != Kind::Word || t.lex().cue.is_none() || self.claims.region_at[k] != 0 || t.is(shape::ALL_CAPS) {
            return None;
        }
        self.cue_from(k)
    }

    /// [`Pass::cue_at`] for a word outside quotation marks whose entry is a verb of saying.
    #[inline(never)]
    pub(super) fn cue_from(&self, k: usize) -> Option<CueFlags> {
        let t = self.v.toks.get(k)?;
        let e = t.lex();
        let verb = &lexicon().cues[e.cue? as usize];
        let flags = verb.flags;
        // "the said agreement", "to say" after a verb of refusal are not attributions.
        if k > 0
            && self.v.toks[k - 1].is_det()
            && !crate::phrase::opening_quantity(&self.v, k - 1, self.v.sentence(k).start)
        {
            return None;
        }
        if flags.noun() && self.noun_reading(k, verb.lemma) {
            return None;
        }
        if let Some(n) = self.v.toks.get(k + 1) {
            let w = t.text(self.v.text);
            let lower_word_after = n.kind == Kind::Word && !n.is(shape::CAP);
            // "a GOP state senator", "the report card": a base form before a role or body noun
            // modifies that noun.
            let noun_after = lower_word_after
                && n.start == t.end + 1
                && ((flags.noun() && n.lex().has(flag::TITLE | flag::ROLE | flag::ORG_HEAD))
                    // "federal and state law": after "and", a base form before a plain noun is
                    // that noun's modifier (unless the verb takes an addressee: "and tell
                    // reporters").
                    || (k > 0
                        && self.v.is(k - 1, "and")
                        && !verb.flags.addressee()
                        && n.lex().cue.is_none()
                        && !n.lex().has(flag::FUNCTION | flag::PRONOUN)
                        && !n.text(self.v.text).ends_with("ly")));
            if noun_after && w.eq_ignore_ascii_case(verb.lemma) {
                return None;
            }
            // "the civil claim said", "campaign-finance reports show": a word right before a
            // finite verb of saying is the noun that speaks. A base form only after a plural
            // noun that a determiner, owner or modifier shows ("Hua's comments add"); in
            // "warned state officials" it is a modifier.
            let p = k.checked_sub(1).map(|j| &self.v.toks[j]);
            let plural_noun = w.ends_with('s')
                && p.is_some_and(|p| {
                    p.kind == Kind::Word
                        && (p.is(shape::POSSESSIVE)
                            || p.is_det()
                            || !p.is(shape::CAP) && !p.lex().has(flag::FUNCTION | flag::PRONOUN | flag::CUE))
                });
            let next_speaks = lower_word_after
                && n.start <= t.end + 1
                && n.lex().cue.is_some_and(|nc| {
                    let next = &lexicon().cues[nc as usize];
                    let nw = n.text(self.v.text);
                    next.flags.speech() && !nw.ends_with("ing") && (plural_noun || !nw.eq_ignore_ascii_case(next.lemma))
                });
            // A past form ("said states like Ohio …") is a verb, never the noun that speaks.
            if next_speaks && !w.ends_with("ing") && !past_form(w, verb.lemma) {
                return None;
            }
        }
        // A capitalized cue word inside a sentence is part of a name ("United States", "The
        // Washington Post"), except in headlines.
        let para = self.v.para_of(k);
        if t.is(shape::CAP) && !para.is_title && (self.actors.name_mention_at(k).is_some() || !self.sentence_initial(k))
        {
            return None;
        }
        // In a headline only the plain verbs of saying attribute ("Minister Says …"); a word
        // like "States" or "Reports" there is a noun.
        if para.is_title
            && !matches!(
                verb.lemma,
                "say" | "tell" | "warn" | "urge" | "insist" | "vow" | "pledge" | "admit" | "deny"
            )
        {
            return None;
        }
        // "The index added 0.4 per cent": a gain, not a remark.
        if verb.lemma == "add" && self.v.toks.get(k + 1).is_some_and(|n| n.kind == Kind::Number) {
            return None;
        }
        // "five coastal states", "many reports": a plural noun after a number, not a verb.
        let w = t.text(self.v.text);
        if w.ends_with('s') && !w.eq_ignore_ascii_case("says") {
            let counted = (k.saturating_sub(2)..k).any(|j| {
                let p = &self.v.toks[j];
                p.kind == Kind::Number
                    || matches!(p.lex().tag, Some(Tag::Num))
                    || self.v.is(j, "many")
                    || self.v.is(j, "several")
            });
            if counted {
                return None;
            }
        }
        Some(flags)
    }

    /// Whether the cue word at `k`, one that is also a noun, stands where no finite verb
    /// can: after an owner ("Trump's tweet", "her promise"), after a preposition ("the
    /// secretary of state") or a form of have or be ("have claims"), before "of" ("his home
    /// state of Vermont"), after a singular
    /// phrase that a determiner opens ("the TLC reality show"), or before a relative clause
    /// with no subject ("Rust Belt states that have suffered").
    pub(super) fn noun_reading(&self, k: usize, lemma: &str) -> bool {
        let toks = self.v.toks;
        let w = toks[k].text(self.v.text);
        // Only the base and -s forms are nouns: "stated", "stating" are verbs.
        if !noun_form(w, lemma) {
            return false;
        }
        let base = w.eq_ignore_ascii_case(lemma);
        let prev = k.checked_sub(1).map(|j| &toks[j]).filter(|p| p.kind == Kind::Word);
        if let Some(p) = prev {
            let pe = p.lex();
            let owner = p.is(shape::POSSESSIVE) || crate::phrase::is_owner_pronoun(p, self.v.text);
            let after_prep = pe.tag == Some(Tag::Prep) && !p.text(self.v.text).eq_ignore_ascii_case("to");
            // "have claims in the area", "is a report": after a form of have or be (not do),
            // a base or -s form is no verb.
            let after_aux = pe.tag == Some(Tag::Aux)
                && !["do", "does", "did"]
                    .iter()
                    .any(|d| p.text(self.v.text).eq_ignore_ascii_case(d));
            // "He said states like Ohio will decide": right after a past form of a verb of
            // saying (not its base or -s form, which may itself be a noun), no second finite
            // verb can stand.
            let after_past_cue = pe
                .cue
                .is_some_and(|c| past_form(p.text(self.v.text), lexicon().cues[c as usize].lemma));
            if owner || after_prep || after_aux || after_past_cue {
                return true;
            }
            // "his home state of Vermont", but "Sanders boasts of his record".
            let modifier = !p.is(shape::CAP) && pe.pron.is_none() && !pe.has(flag::FUNCTION);
            if modifier && self.v.is(k + 1, "of") {
                return true;
            }
            // A base form agrees with no singular subject that a determiner or owner opens:
            // "a new report compares …", "the MSNBC show", but "Ruiz and the mayor state".
            let singular = pe.pron.is_none() && !pe.has(flag::FUNCTION) && !p.text(self.v.text).ends_with('s');
            if base && singular {
                let opener = (k.saturating_sub(4)..k - 1)
                    .rev()
                    .take_while(|&j| toks[j].kind == Kind::Word)
                    .find(|&j| toks[j].is_det() || toks[j].lex().pron.is_some());
                if opener.is_some_and(|j| j == 0 || !(self.v.is(j - 1, "and") || self.v.is(j - 1, "or"))) {
                    return true;
                }
            }
        }
        // "states that have suffered": a "that" with no subject opens a relative clause.
        self.v.is(k + 1, "that")
            && toks
                .get(k + 2)
                .is_some_and(|t| matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal)))
    }

    /// Whether token `k` is a particle of a phrasal verb ([`PARTICLES`]).
    pub(super) fn is_particle(&self, k: usize) -> bool {
        self.v.is_any(k, &PARTICLES)
    }

    /// Whether token `k` starts its sentence (after any opening quotation marks or brackets).
    pub(super) fn sentence_initial(&self, k: usize) -> bool {
        let start = self.v.sentence(k).start;
        k - start <= 4 && (start..k).all(|j| self.v.toks[j].kind == Kind::Punct)
    }

    /// Whether the verb at `v` is a passive or infinitive use that attributes nothing
    /// ("is said to", "was told", "to say").
    pub(super) fn is_passive_or_bare(&self, v: usize) -> bool {
        if v == 0 {
            return false;
        }
        let w = self.v.word(v);
        let participle = w.ends_with("ed")
            || ["said", "told", "written", "thought", "known", "shown", "found", "asked"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p));
        if participle && self.be_before(v, 0) {
            return true;
        }
        // "to say" is an infinitive unless a verb of saying governs it ("went on to say").
        self.v.is(v - 1, "to") && !(v >= 2 && self.v.is(v - 2, "on"))
    }

    /// Whether a form of "be" comes before the participle at `v`, perhaps with adverbs
    /// between, not before `lo`: "was told", "are often asked", "was not told", "was first
    /// asked".
    pub(super) fn be_before(&self, v: usize, lo: usize) -> bool {
        let mut b = v;
        while b > lo && v - b < 2 && {
            let t = &self.v.toks[b - 1];
            t.kind == Kind::Word
                && !t.is(shape::CAP)
                && (matches!(t.lex().tag, Some(Tag::Adv | Tag::Neg))
                    || t.lex().has(flag::ADJUNCT_ADVERB)
                    || (t.text(self.v.text).ends_with("ly") && t.end - t.start > 4)
                    || self.v.is(b - 1, "first"))
        } {
            b -= 1;
        }
        b > lo && BE_FORMS.iter().any(|w| self.v.is(b - 1, w))
    }

    /// A multi-word cue phrase starting at `k`: its length in tokens and its role (the
    /// longest that matches).
    #[inline]
    pub(super) fn phrase_at(&self, k: usize, hi: usize) -> Option<(usize, PhraseRole)> {
        // Most words start no phrase: they are turned away without a call.
        if !self.v.toks.get(k)?.lex().has(flag::PHRASE_START) {
            return None;
        }
        self.phrase_from(k, hi)
    }

    /// [`Pass::phrase_at`] for a word that starts some phrase.
    #[inline(never)]
    pub(super) fn phrase_from(&self, k: usize, hi: usize) -> Option<(usize, PhraseRole)> {
        let t = self.v.toks.get(k)?;
        let candidates = lexicon().phrases.get(&t.entry_id())?;
        let mut best: Option<(usize, PhraseRole)> = None;
        for (ids, role) in candidates {
            let n = ids.len();
            if k + n > hi || best.is_some_and(|(b, _)| b >= n) {
                continue;
            }
            let matches = ids
                .iter()
                .zip(&self.v.toks[k..k + n])
                .all(|(&id, tok)| tok.kind == Kind::Word && tok.entry_id() == id);
            if matches {
                best = Some((n, *role));
            }
        }
        best
    }

    /// A verb phrase acting as a cue at `v` ("pointed out", "called for"): its length, and
    /// whether its object is what it reports.
    pub(super) fn verb_phrase_at(&self, v: usize, hi: usize) -> Option<(usize, bool)> {
        match self.phrase_at(v, hi)? {
            (len, PhraseRole::Verb) => Some((len, false)),
            (len, PhraseRole::Object) => Some((len, true)),
            _ => None,
        }
    }

    /// Where the verb phrase that ends with cue `v` starts ("went on to say"): its subject
    /// is read from there. Else `v`.
    pub(super) fn phrase_start(&self, v: usize) -> usize {
        (1..=3.min(v))
            .map(|back| v - back)
            .find(|&s| self.verb_phrase_at(s, v + 1).is_some_and(|(len, _)| s + len == v + 1))
            .unwrap_or(v)
    }

    /// Whether an object phrase that ends before `k` has no object but "as", perhaps after
    /// adverbs: "referred to (condescendingly) as “our baby”" is a passive name, not words said.
    pub(super) fn names_passively(&self, k: usize, hi: usize) -> bool {
        let mut j = self.skip_adjuncts(k, hi);
        while j < hi && crate::phrase::is_verb_filler(&self.v.toks[j], self.v.text) {
            j += 1;
        }
        self.v.is(j, "as")
    }

    /// Whether cue `v` is a gerund after a preposition ("ended the meeting by saying …",
    /// "without saying"), which shares the subject of the clause it hangs on.
    pub(super) fn gerund_after_prep(&self, v: usize) -> bool {
        v > 0
            && self.v.word(v).ends_with("ing")
            && self.v.toks[v - 1].kind == Kind::Word
            && self.v.toks[v - 1].lex().tag == Some(Tag::Prep)
            // "criticized Berg for saying …": what Berg said.
            && !self.v.is(v - 1, "for")
    }

    /// Whether the cue at `v` is coordinated with an earlier verb: "… and added that".
    pub(super) fn is_coordinated(&self, v: usize, lo: usize) -> bool {
        let mut before = v;
        while before > lo && crate::phrase::is_verb_filler(&self.v.toks[before - 1], self.v.text) {
            before -= 1;
        }
        before > lo && (self.v.is(before - 1, "and") || self.v.is(before - 1, "but"))
    }

    /// Whether the cue at `v` only describes someone inside a relative clause set off by
    /// commas: "Stavros, an expert who writes about the port, noted that …". A relative cue
    /// that reports ("who said that …", "who told reporters: …") is kept.
    pub(super) fn describes_in_relative(&self, v: usize, hi: usize) -> bool {
        if v == 0 || !(self.v.is(v - 1, "who") || self.v.is(v - 1, "which")) {
            return false;
        }
        // (After any adjuncts: "who said in an interview that …".)
        let next = self.skip_adjuncts(v + 1, hi);
        let reports = next < hi
            && (self.v.is(next, "that")
                || self.v.toks[next].is_punct(':')
                || self.claims.region_at[next] != 0
                || matches!(self.v.toks[next].lex().pron, Some((_, crate::lexicon::Case::Subj))));
        if reports {
            return false;
        }
        // The relative clause closes with a comma before the sentence's own verb.
        (next..hi.min(next + MAX_CLAUSE)).any(|j| self.v.toks[j].is_punct(',') && self.cue_at(j + 1).is_some())
    }
}
