//! Phase 3: what the cue reports on its right, and by which rule.

use super::*;

/// Where the content on the cue's right starts, and what opens it.
struct Start {
    /// The content's first token.
    k: usize,
    /// An explicit "that" opens it.
    that: bool,
    /// "As the Globe noted, CLAUSE": the main clause after an "as" lead.
    as_lead: bool,
    /// A colon opens it.
    colon: bool,
    /// An infinitive opens it ("agreed to cut").
    infinitive: bool,
    /// An indirect question opens it ("said why").
    question: bool,
}

/// The right side of a cue.
pub(super) struct Right {
    /// The content on the right (possibly empty).
    pub range: Range<usize>,
    /// The rule by which the right side is what the cue reports; `None` when it reports
    /// nothing there.
    pub reason: Option<Rule>,
    /// The verb interrupts a relative clause ("a move the board said was needed"), whose
    /// relative word is then no part of the subject.
    pub gap_relative: bool,
}

impl Pass<'_> {
    /// The content on the right of cue `c` spoken by `s`, and the rule that reports it.
    /// `None` when the cue reports nothing at all (a passive name, a condition of anonymity).
    pub(super) fn right_side(&self, c: &Cue, s: &Subject) -> Option<Right> {
        let start = self.right_start(c, s);
        let object_phrase = c.verb_phrase.is_some_and(|(_, object)| object);
        let mut end = self.right_end(c, s, &start, object_phrase)?;
        let target = self.reports_target(c, s, &start);
        if target {
            end = self.target_end(start.k, end);
        }
        let range = start.k..end.max(start.k);
        let gap_relative = self.gap_relative(c, s, start.k);
        let reason = self.right_reason(c, s, &start, &range, object_phrase, target, gap_relative);
        Some(Right {
            range,
            reason,
            gap_relative,
        })
    }

    /// Where the content starts: past a verb phrase or an inverted speaker, an addressee and
    /// adjuncts, a comma before "that", the comma of an "as" lead, a colon.
    ///
    /// Rules: `reported.that`, `reported.as-lead`, `reported.colon`, `reported.infinitive`, `reported.question`.
    fn right_start(&self, c: &Cue, s: &Subject) -> Start {
        let toks = self.v.toks;
        let (lo, hi, flags) = (c.lo, c.hi, c.flags);
        let mut k = c.v + c.verb_phrase.map_or(1, |(len, _)| len);
        if s.inverted {
            k = s.np.as_ref().map_or(k, |n| n.toks.end);
        }
        if flags.addressee() {
            k = self.skip_object(k, hi);
        }
        k = self.content_start(k, hi, flags);
        if k < hi && toks[k].is_punct(',') && k + 1 < hi && self.v.is(k + 1, "that") {
            k += 1;
        }
        let as_lead = flags.speech()
            && !s.inverted
            && s.np
                .as_ref()
                .is_some_and(|n| n.toks.start > lo && self.v.is(n.toks.start - 1, "as"))
            && s.np
                .as_ref()
                .is_some_and(|n| n.toks.start - 1 == lo || toks[n.toks.start - 2].kind == Kind::Punct)
            && k < hi
            && toks[k].is_punct(',');
        if as_lead {
            k += 1;
        }
        let that = self.v.is(k, "that");
        // "agreed to cut", "vowed to never return", "hopes to be", not "agreed to more talks".
        let infinitive = flags.infinitive()
            && (self.infinitive_at(k)
                || (self.v.is(k, "to")
                    && toks.get(k + 1).is_some_and(|t| {
                        t.lex().has(flag::NEGATION) || matches!(t.lex().tag, Some(Tag::Adv | Tag::Aux))
                    })));
        let question = flags.speech() && QUESTION_WORDS.iter().any(|w| self.v.is(k, w));
        let colon = k < hi && toks[k].is_punct(':');
        if colon {
            k += 1;
        }
        Start {
            k,
            that,
            as_lead,
            colon,
            infinitive,
            question,
        }
    }

    /// Where the content on the right ends: the clause's end, extended to the closing mark of
    /// a quotation that runs on, cut at a comma inside a subordinate clause or after an object
    /// phrase's noun phrase, and at the comma that ends a relative clause. `None` for a
    /// passive name ("referred to as “our baby”") and a condition of anonymity ("who asked
    /// not to be named").
    fn right_end(&self, c: &Cue, s: &Subject, start: &Start, object_phrase: bool) -> Option<usize> {
        let toks = self.v.toks;
        let (v, lo, hi, k) = (c.v, c.lo, c.hi, start.k);
        let mut end = self.content_end(k, hi);
        // A quotation opened inside the content that runs on past the sentence's end ("said he
        // was “very pleased. This levels the field.”") is reported whole, to its closing mark
        // in the same paragraph.
        if end >= hi && end > k {
            let para_end = self.v.paragraph(k).end;
            let open = (k..end).find(|&j| {
                let ri = self.claims.region_at[j];
                ri != 0 && self.regions[ri as usize - 1].open == j && !self.claims.claimed[ri as usize - 1]
            });
            if let Some(close) = open.and_then(|j| self.regions[self.claims.region_at[j] as usize - 1].close) {
                if close >= end && close < para_end {
                    end = close + 1;
                }
            }
        }
        // "Though the judge said he was loath to penalize them, he ruled …": inside a clause
        // opened by a subordinator, what was said ends at the clause's comma.
        let first_word = (lo..v).take(4).find(|&j| toks[j].kind == Kind::Word);
        let subordinate = !start.as_lead
            && v - lo <= MAX_CLAUSE
            && first_word.is_some_and(|j| toks[j].lex().tag == Some(Tag::Sub))
            && !(lo..v).any(|j| toks[j].is_punct(','));
        if object_phrase && self.names_passively(k, hi) {
            return None;
        }
        if subordinate || object_phrase {
            // (A list goes on past its comma: "the end of the fees, and more exceptions".)
            let list_goes_on = |j: usize| {
                object_phrase
                    && toks.get(j + 1).is_some_and(|t| t.lex().tag == Some(Tag::Conj))
                    && toks.get(j + 2).is_some_and(|t| {
                        t.kind == Kind::Word
                            && !crate::phrase::is_verbish(t)
                            && !matches!(t.lex().pron, Some((_, Case::Subj)))
                    })
            };
            if let Some(c) =
                (k..end).find(|&j| toks[j].is_punct(',') && self.claims.region_at[j] == 0 && !list_goes_on(j))
            {
                end = c;
            }
        }
        // "O'Donnell, who said in an interview that …, recalled …": a relative clause ends at
        // the comma before the sentence's own verb.
        let relative =
            s.np.as_ref()
                .is_some_and(|n| n.toks.len() > 1 && self.v.is(n.toks.end - 1, "who"));
        if relative {
            if let Some(c) = (k..end.min(k + MAX_CLAUSE)).find(|&j| {
                toks[j].is_punct(',')
                    && self.claims.region_at[j] == 0
                    && toks.get(j + 1).is_some_and(crate::phrase::is_verbish)
            }) {
                end = c;
            }
        }
        // "who asked not to be named": a condition of anonymity, not something said.
        if self.v.is(k, "not") && self.v.is(k + 1, "to") && self.v.is(k + 2, "be") {
            return None;
        }
        Some(end)
    }

    /// reported.target: whether the cue reports its noun-phrase object, the target of a
    /// judgement or what is put forward ("criticized the plan", "announced a new tax"). Not a
    /// passive, with adverbs between ("has been praised, but also criticized, for …"), and not
    /// a phrase with no object ("whom he has criticized for years").
    fn reports_target(&self, c: &Cue, s: &Subject, start: &Start) -> bool {
        let (v, lo, k) = (c.v, c.lo, start.k);
        c.flags.target()
            && !s.inverted
            && !start.that
            && !start.colon
            && !start.question
            && self.v.toks.get(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && !matches!(
                        t.lex().tag,
                        Some(Tag::Prep | Tag::Sub | Tag::Conj | Tag::Aux | Tag::Modal | Tag::Adv)
                    )
                    && !self.is_particle(k)
            })
            && !(v.saturating_sub(4).max(lo)..v).any(|j| BE_FORMS.iter().any(|b| self.v.is(j, b)))
    }

    /// Where a target object from `k` ends: before the next verb of saying ("a woman who has
    /// accused him of assault said …", the preposition leading to it dropped: "criticized Berg
    /// for saying"), and before a date that says when ("criticized the board on Tuesday").
    fn target_end(&self, k: usize, end: usize) -> usize {
        let toks = self.v.toks;
        let mut end = end;
        if let Some(j) = (k + 1..end.min(k + MAX_CLAUSE))
            .find(|&j| self.cue_at(j).is_some_and(|f| f.speech()) && !toks[j].is(shape::CAP) && !toks[j - 1].is_det())
        {
            end = j;
            while end > k + 1 && toks[end - 1].lex().tag == Some(Tag::Prep) {
                end -= 1;
            }
        }
        let t = crate::phrase::time_phrase_left(&self.v, end, k + 1);
        if t > k && t < end {
            end = t;
        }
        end
    }

    /// reported.gap-relative: "a move the company said was needed", "what officials say is
    /// his birthday": right after the verb, an auxiliary with no subject of its own goes on
    /// with a relative clause whose subject the verb of saying interrupted. (A cue word that is
    /// also a noun is that noun here in its base and -s forms: "his remarks are".)
    fn gap_relative(&self, c: &Cue, s: &Subject, k: usize) -> bool {
        let v = c.v;
        let speech = c.flags.speech() || c.verb_phrase.is_some();
        speech
            && !s.inverted
            && !(c.flags.noun() && self.base_or_s_form(v))
            && k == v + 1
            && self.v.toks.get(k).is_some_and(|t| {
                t.kind == Kind::Word && !t.is(shape::CAP) && matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal))
            })
    }

    /// Whether the cue at `v` is in its base or -s form, the forms a noun shares.
    fn base_or_s_form(&self, v: usize) -> bool {
        self.v.toks[v]
            .lex()
            .cue
            .is_some_and(|cue| noun_form(self.v.word(v), lexicon().cues[cue as usize].lemma))
    }

    /// The rule by which the right side `range` is what the cue reports, the first that holds
    /// in the order of DESIGN.md's table; `None` when it is too short, follows an inverted
    /// speaker, or no rule holds.
    ///
    /// Rules: `reported.object-phrase`, `reported.quoted-object`, `reported.evidence`.
    #[allow(clippy::too_many_arguments)]
    fn right_reason(
        &self,
        c: &Cue,
        s: &Subject,
        start: &Start,
        range: &Range<usize>,
        object_phrase: bool,
        target: bool,
        gap_relative: bool,
    ) -> Option<Rule> {
        let (k, end) = (range.start, range.end);
        let flags = c.flags;
        let words = self.v.words_in(range);
        let document = s.is_document(self.v.toks);
        // reported.quoted-object: "called her plan “a disaster”", "criticized what he called
        // “reckless spending”" (a verb that takes a plain object needs a quotation in it).
        let quoted_object = flags.object() && (k..end).any(|j| self.claims.region_at[j] != 0);
        // ("urged police to investigate", "called her “weak”": an infinitive or a quoted
        // object of two words is enough.)
        let enough = words >= 3
            || ((start.infinitive || quoted_object) && words >= 2)
            || ((target || object_phrase) && words >= 1);
        if !enough || s.inverted {
            return None;
        }
        let clause = self.clause_reason(c, document, k, end);
        let evidence = flags.evidence() && (flags.speech() || document);
        // reported.called-as: "described the plan as reckless".
        let called_as =
            flags.called_as() && (k + 1..end.min(k + 12)).any(|j| self.v.is(j, "as") && self.claims.region_at[j] == 0);
        let checks = [
            (start.that, Rule::ReportedThat),
            (start.as_lead, Rule::ReportedAsLead),
            (start.colon, Rule::ReportedColon),
            (start.infinitive, Rule::ReportedInfinitive),
            (start.question, Rule::ReportedQuestion),
        ];
        if let Some(&(_, rule)) = checks.iter().find(|(holds, _)| *holds) {
            return Some(rule);
        }
        if clause.is_some() {
            return clause;
        }
        let checks = [
            (object_phrase, Rule::ReportedObjectPhrase),
            (quoted_object, Rule::ReportedQuotedObject),
            (evidence, Rule::ReportedEvidence),
        ];
        if let Some(&(_, rule)) = checks.iter().find(|(holds, _)| *holds) {
            return Some(rule);
        }
        // (Not a target inside a clause that a later verb of saying reports: "Canada preferred
        // immigrants who …, Foster writes.")
        if target && !self.reported_later(end, c.hi) {
            return Some(Rule::ReportedTarget);
        }
        let checks = [
            (called_as, Rule::ReportedCalledAs),
            (self.relative_naming(c, s, k), Rule::ReportedNamingRelative),
            (gap_relative, Rule::ReportedGapRelative),
        ];
        checks.iter().find(|(holds, _)| *holds).map(|&(_, rule)| rule)
    }

    /// The rule by which the words `k..end` are a clause the cue reports: for verbs of saying
    /// any plausible clause (a verb that also takes a plain object, "announced", needs one with
    /// a subject), for a document's verb a plausible clause ("the report found"), for a belief
    /// in the present tense a clause with a subject ("Democrats believe the pressure will
    /// grow").
    ///
    /// Rules: `reported.clause`, `reported.document-clause`, `reported.belief`.
    fn clause_reason(&self, c: &Cue, document: bool, k: usize, end: usize) -> Option<Rule> {
        let flags = c.flags;
        let strong = flags.strong() || c.verb_phrase.is_some();
        if flags.speech() || c.verb_phrase.is_some() {
            let free_clause = strong && !flags.object() && flags.speech() && self.plausible_clause(k, end);
            return (free_clause || (strong && self.clause_starts(k, end))).then_some(Rule::ReportedClause);
        }
        if document && self.plausible_clause(k, end) {
            return Some(Rule::ReportedDocumentClause);
        }
        (flags.opinion() && self.base_or_s_form(c.v) && self.clause_starts(k, end)).then_some(Rule::ReportedBelief)
    }

    /// reported.naming-relative: "what he calls the ministry's attack on free speech", "Ruiz,
    /// who he calls a good player": a naming verb whose object is the relative word before its
    /// subject reports the name it gives.
    fn relative_naming(&self, c: &Cue, s: &Subject, k: usize) -> bool {
        c.flags.naming()
            && !self
                .v
                .toks
                .get(k)
                .is_some_and(|t| matches!(t.lex().tag, Some(Tag::Prep | Tag::Adv)))
            && s.np.as_ref().is_some_and(|n| {
                n.toks.start > c.lo
                    && ["what", "who", "whom", "which"]
                        .iter()
                        .any(|w| self.v.is(n.toks.start - 1, w))
            })
    }
}
