//! Step 1, direct quotations: each quotation with a cue beside it, after its closing mark or
//! before its opening mark.

use super::*;

/// A cue that introduces a quotation, and how: its token, the speaker phrase, whether the
/// speaker is the one before (a participle with no subject of its own), and the rule.
pub(super) struct Intro {
    pub cue: usize,
    pub np: Option<Np>,
    pub inherit: bool,
    pub rule: Rule,
}

impl Intro {
    fn new(cue: usize, np: Option<Np>, rule: Rule) -> Intro {
        Intro {
            cue,
            np,
            inherit: false,
            rule,
        }
    }
}

impl Pass<'_> {
    /// Attributes quotation `ri` to a cue beside it.
    pub(super) fn direct(&mut self, ri: usize) -> Option<Frame> {
        let r = &self.regions[ri];
        if r.single && r.words(self.v.toks) < 4 {
            return None;
        }
        // A short title in quotation marks after an owner, a preposition or an addressee's
        // verb names a programme or a work: "said on NBC's “Meet the Press.”", "told “Fox and
        // Friends”".
        if r.open > 0 && self.quoted_title_end(r.open, self.v.toks.len()).is_some() {
            let p = &self.v.toks[r.open - 1];
            let names = p.kind == Kind::Word
                && (p.is(shape::POSSESSIVE)
                    || p.lex().tag == Some(Tag::Prep)
                    || p.lex()
                        .cue
                        .is_some_and(|c| lexicon().cues[c as usize].flags.addressee()));
            if names {
                return None;
            }
        }
        let post = r.close.and_then(|c| self.after_quote(ri, c));
        let pre = self.before_quote(ri);
        // A cue with a speaker after the quotation wins, then one before it (or a participle
        // that inherits one), then either without a speaker.
        let intro = match (post, pre) {
            (Some(p), _) if p.np.is_some() => p,
            (_, Some(p)) if p.np.is_some() || p.inherit => p,
            (Some(p), _) => p,
            (None, Some(p)) => p,
            (None, None) => return None,
        };
        let parts = r.parts.clone();
        self.claims.claim(ri);
        self.claims.use_cue(intro.cue);
        let kind = (QuoteKind::Direct, Some(ri));
        let attr = self.new_attr(intro.rule, kind, parts, Some(intro.cue), intro.np.as_ref(), r.open);
        Some(Frame {
            attr,
            np: intro.np,
            inherit: intro.inherit,
        })
    }

    /// `"…," X said` / `"…," said X` / `"…" X told reporters.`: the cue after closing mark `c`.
    ///
    /// Rules: `direct.after-close`, `direct.after-close-inverted`.
    pub(super) fn after_quote(&self, ri: usize, c: usize) -> Option<Intro> {
        let para = self.v.paragraph(c);
        let hi = para.end;
        let mut k = c + 1;
        if k < hi && self.v.toks[k].kind == Kind::Punct && matches!(self.v.toks[k].ch, ',' | '—' | '–') {
            k += 1;
        }
        if k >= hi {
            return None;
        }
        // The quotation must end its clause: a comma, question or exclamation mark inside the
        // marks, or a comma just after them.
        let last_inside = self.regions[ri].last_end().checked_sub(1)?;
        let closing_punct = self.v.toks[last_inside].kind == Kind::Punct
            && matches!(
                self.v.toks[last_inside].ch,
                ',' | '?' | '!' | '.' | '…' | '—' | '-' | '–'
            )
            || k > c + 1;
        if !closing_punct && self.v.toks[k].kind == Kind::Word && !self.v.toks[k].is(shape::CAP) {
            // "the plan was “a disaster” she said" is rare; "“a disaster” for voters" is not.
            let w = self.v.toks[k].lex();
            if w.pron.is_none() && w.cue.is_none() {
                return None;
            }
        }
        let ended = self.v.toks[last_inside].kind == Kind::Punct && self.v.toks[last_inside].ch == '.';
        // Inverted: "said X".
        if let Some(f) = self.cue_at(k) {
            if f.speech() && !self.is_passive_or_bare(k) {
                let after = self.skip_adjuncts(k + 1, hi);
                let np = np_right(&self.v, after, hi);
                return Some(Intro::new(k, np, Rule::DirectAfterCloseInverted));
            }
        }
        // "X said", "X, a lawyer, said", "he later added".
        let sent_end = hi;
        let mut v = k;
        let mut n = 0;
        while v < sent_end && n < 30 {
            let t = &self.v.toks[v];
            if is_stop(self.v.toks, v) || (t.kind == Kind::Punct && is_double_quote(t.ch)) {
                return None;
            }
            if let Some(f) = self.cue_at(v) {
                if f.speech() && v > k && !self.is_passive_or_bare(v) {
                    // "… policy.” The network said it would …": after a quotation that ended
                    // its sentence, a cue with content of its own starts a new attribution.
                    if ended && self.has_own_content(v, f, hi) {
                        return None;
                    }
                    let np = subject_left(&self.v, v, k)?;
                    let starts_right = np.toks.start == k
                        || (np.toks.start > k && (k..np.toks.start).all(|j| self.v.toks[j].is_det()));
                    if !starts_right {
                        // Read from the left instead: "the lanky, bespectacled professor said",
                        // whose commas stop a reading leftwards from the verb.
                        let np = np_right(&self.v, k, v).filter(|np| np.toks.end == v)?;
                        return Some(Intro::new(v, Some(np), Rule::DirectAfterClose));
                    }
                    return Some(Intro::new(v, Some(np), Rule::DirectAfterClose));
                }
                return None;
            }
            v += 1;
            n += 1;
        }
        None
    }

    /// "Martell, the addictions doctor, is more blunt: “…”": a clause about a person that
    /// ends with a colon introduces their words. The colon is the cue.
    ///
    /// Rule: `direct.colon-intro`.
    pub(super) fn colon_intro(&self, o: usize, lo: usize) -> Option<Intro> {
        let colon = o.checked_sub(1).filter(|&c| c > lo && self.v.toks[c].is_punct(':'))?;
        let np = self.main_subject(lo, colon)?;
        let person = match np.kind {
            Head::Pronoun => matches!(
                self.v.toks[np.head].lex().pron,
                Some((Person::Male | Person::Female | Person::Plural, Case::Subj))
            ),
            Head::Name => self
                .actors
                .name_mention_at(np.head)
                .is_some_and(|m| self.actors.entities[self.actors.mentions[m].entity].kind == Some(ActorKind::Person)),
            Head::Noun => crate::phrase::is_speaker_noun(&self.v.toks[np.head]),
        };
        person.then_some(Intro::new(colon, Some(np), Rule::DirectColonIntro))
    }

    /// `X said: "…"`, `X told reporters, "…"`, `…, adding: "…"`: the cue before the opening mark.
    pub(super) fn before_quote(&self, ri: usize) -> Option<Intro> {
        let r = &self.regions[ri];
        // "said that “a bomb” had gone off": a quotation inside a that-clause that goes on
        // after it is a mixed quote, read as reported speech.
        let goes_on = r
            .close
            .and_then(|c| self.v.toks.get(c + 1))
            .is_some_and(|t| t.kind == Kind::Word && !t.is(shape::CAP) && t.lex().cue.is_none());
        self.cue_before(r.open, goes_on)
    }

    /// The cue that introduces words starting at token `o`, a quotation's opening mark or a
    /// block quotation's first word; `goes_on` when the sentence continues after them.
    ///
    /// Rules: `direct.before-open`, `direct.before-open-inverted`, `direct.participle`.
    pub(super) fn cue_before(&self, o: usize, goes_on: bool) -> Option<Intro> {
        let sent = self.v.sentence(o);
        let mut lo = sent.start;
        // "X said:" at the end of the previous paragraph introduces a quotation paragraph.
        let opens_line = o == self.v.paragraph(o).start || o == sent.start;
        if opens_line && o > 0 && self.v.toks[o - 1].is_punct(':') {
            lo = self.v.sentence(o - 1).start;
        }
        let min = o.saturating_sub(14).max(lo);
        let mut v = None;
        for j in (min..o).rev() {
            if self.claims.region_at[j] != 0 {
                // Another quotation in between: `"A," he said, "B"` is fine when its cue comes
                // after it; stop at its marks.
                break;
            }
            if is_stop(self.v.toks, j) {
                break;
            }
            if self.cue_at(j).is_some() {
                v = Some(j);
                break;
            }
        }
        let Some(v) = v else {
            return self.colon_intro(o, lo);
        };
        let flags = self.cue_at(v)?;
        if self.is_passive_or_bare(v) {
            return None;
        }
        // A short quotation that a noun follows names that noun: "told NBC's “Today” show".
        if self.quoted_name_end(o).is_some() {
            return None;
        }
        // Between the cue and the mark: only an addressee, adjuncts, "that", and a colon or comma.
        let mut k = v + 1;
        // Inverted "said Smith:" or a phrase verb "pointed out:".
        if let Some((len, object)) = self.verb_phrase_at(v, o) {
            k = v + len;
            if object && self.names_passively(k, o) {
                return None;
            }
        }
        if flags.addressee() {
            k = self.skip_object(k, o);
        }
        k = self.skip_adjuncts(k, o);
        let mut inverted = None;
        if k < o && self.v.toks[k].kind == Kind::Word {
            if let Some(np) = np_right(&self.v, k, o) {
                // `said X: "…"` / `said X, "…"`: a speaker after the verb is set off by
                // punctuation; "said the draft “…”" is reported speech with a quotation in it.
                if np.toks.end < o && self.v.toks[np.toks.end].kind == Kind::Punct {
                    k = np.toks.end;
                    inverted = Some(np);
                }
            }
        }
        while k < o
            && (self.v.toks[k].kind == Kind::Punct && matches!(self.v.toks[k].ch, ',' | ':' | '—' | '–' | '-')
                || self.v.is(k, "that")
                || self.v.is(k, "as"))
        {
            k += 1;
        }
        if k != o {
            return None;
        }
        let that_clause = (v + 1..o).any(|j| self.v.is(j, "that"));
        if that_clause && goes_on {
            return None;
        }
        let participle = self.v.word(v).ends_with("ing") && v > 0 && self.v.toks[v - 1].kind == Kind::Punct
            || self.is_coordinated(v, lo)
            || self.gerund_after_prep(v);
        if let Some(np) = inverted {
            return Some(Intro::new(v, Some(np), Rule::DirectBeforeOpenInverted));
        }
        let subject = subject_left(&self.v, self.phrase_start(v), lo);
        if subject.is_none() && participle {
            // "He defended the remark, saying: “…”": the subject of the clause it hangs on;
            // else the speaker before it.
            return Some(match self.main_subject(lo, v) {
                Some(np) => Intro::new(v, Some(np), Rule::DirectParticiple),
                None => Intro {
                    inherit: true,
                    ..Intro::new(v, None, Rule::DirectParticiple)
                },
            });
        }
        // "an app called “Screenwise”", "a plan dubbed “Fortress”": a name given, not said.
        if subject.is_none() && flags.naming() {
            return None;
        }
        // A quotation right before the subject would have been attributed after its mark.
        Some(Intro::new(v, subject, Rule::DirectBeforeOpen))
    }
}
