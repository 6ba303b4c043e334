//! Clause bounds: where reported content starts and ends, whether words read as a clause, and
//! the second cues and speakers that end one.

use super::*;

impl Pass<'_> {
    /// Where reported content after token `k` ends: before the sentence's final punctuation,
    /// a semicolon or dash break, or a following ", adding"/", according to".
    pub(super) fn content_end(&self, k: usize, hi: usize) -> usize {
        // A reported clause is not longer than this many tokens; the cap keeps a pathological
        // sentence (no punctuation for megabytes) linear.
        let hi = hi.min(k + MAX_CLAUSE);
        let mut j = k;
        while j < hi {
            crate::ops::tick(1);
            let t = &self.v.toks[j];
            if is_clause_break(t) && self.claims.region_at[j] == 0 && !is_dash(t.ch) {
                break;
            }
            if t.is_punct(',') && self.claims.region_at[j] == 0 && j + 1 < hi {
                let n = j + 1;
                let participle = self.cue_at(n).is_some() && self.v.word(n).ends_with("ing");
                if participle || self.phrase_at(n, hi).is_some_and(|(_, r)| r == PhraseRole::SourceAfter) {
                    break;
                }
                // ", she said" / ", said Smith" inside the clause: a parenthetical of its own;
                // ", Mr. McKinley said that …": a new speaker's clause.
                if self.parenthetical_cue(n, hi).is_some() || (j > k && self.subject_and_cue(n, hi)) {
                    break;
                }
                // ", which he called …": a relative clause with a speaker of its own.
                let relative = self.v.is(n, "which") || self.v.is(n, "whom");
                if j > k && relative && self.subject_and_cue(n + 1, hi) {
                    break;
                }
            }
            // A second verb of saying starts its own attribution: "…, and added that …", "… but
            // said …" (sharing the subject), "…, though she acknowledged …", "… and Democrats
            // accused …" (with a subject of its own).
            if self.claims.region_at[j] == 0 {
                let conj = self.v.is(j, "and") || self.v.is(j, "but");
                let joins = conj
                    || (j > k
                        && self.v.toks[j - 1].is_punct(',')
                        && (self.v.is(j, "though") || self.v.is(j, "although") || self.v.is(j, "while")));
                // (Inside a clause that a subordinator opens, only after a first conjunct with
                // a verb: in "said when Ruiz and other members dismiss …" the "and" joins two
                // subjects.)
                let verb_before = || {
                    self.v.toks[k].lex().tag != Some(Tag::Sub)
                        || (k..j).any(|i| {
                            let t = &self.v.toks[i];
                            crate::phrase::is_verbish(t)
                                || (t.kind == Kind::Word && !t.is(shape::CAP) && t.text(self.v.text).ends_with("ed"))
                        })
                };
                if (conj && self.coordinated_cue(j + 1, hi).is_some())
                    || (joins && self.subject_and_cue(j + 1, hi) && (!conj || verb_before()))
                {
                    break;
                }
            }
            j += 1;
        }
        // Drop final punctuation (keeping a closing quotation mark with its quote).
        while j > k {
            let t = &self.v.toks[j - 1];
            let stop = matches!(t.ch, '.' | ',' | ';' | ':' | '!' | '?') && self.claims.region_at[j - 1] == 0;
            if t.kind == Kind::Punct && (stop || is_dash(t.ch)) {
                j -= 1;
            } else {
                break;
            }
        }
        j
    }

    /// Where a cue's reported content starts, from `k` past the cue and its addressee: past
    /// adjuncts ("on Tuesday", "to reporters"), but not past an infinitive that is the content
    /// ("pledged to cut the budget"), adverbs that open it ("said too often, the ward …"), or
    /// into a set-off adjunct ("said on Monday, before the vote, that …").
    pub(super) fn content_start(&self, k: usize, hi: usize, flags: CueFlags) -> usize {
        let toks = self.v.toks;
        if flags.infinitive() && flags.speech() && self.infinitive_at(k) {
            return k;
        }
        let after = self.skip_adjuncts(k, hi);
        if after >= hi || !toks[after].is_punct(',') {
            return after;
        }
        let adverbs_only = (k..after).all(|j| {
            let e = toks[j].lex();
            toks[j].kind == Kind::Word && !matches!(e.tag, Some(Tag::Prep | Tag::Det)) && !e.has(flag::CALENDAR)
        });
        if after > k && adverbs_only && self.plausible_clause(after + 1, hi) {
            return k;
        }
        let close = (after + 1..hi.min(after + 10)).find(|&j| toks[j].is_punct(','));
        if let Some(c) = close.filter(|&c| self.v.is(c + 1, "that")) {
            return c + 1;
        }
        if after > k && self.plausible_clause(after + 1, hi) {
            // "said at 7:30 p.m., there were no units": the clause after the adjunct.
            return after + 1;
        }
        after
    }

    /// Whether what follows a verb of saying can be its reported clause: anything but a
    /// preposition, conjunction or punctuation at the start ("said in a statement." is not).
    pub(super) fn plausible_clause(&self, k: usize, end: usize) -> bool {
        if k >= end {
            return false;
        }
        let t = &self.v.toks[k];
        match t.kind {
            // "said about 550 students attend", "said in his area a drug bust will …": a
            // leading phrase is fine when a finite verb follows.
            Kind::Word if t.lex().tag == Some(Tag::Prep) => {
                (k + 1..end.min(k + 25)).any(|j| {
                    let u = &self.v.toks[j];
                    u.kind == Kind::Word
                        && (matches!(u.lex().tag, Some(Tag::Aux | Tag::Modal)) || u.lex().has(flag::NEGATION))
                }) || (k + 1 < end
                    && (self.v.toks[k + 1].kind == Kind::Number
                        || (self.v.is(k, "about") && self.v.toks[k + 1].lex().tag == Some(Tag::Num))
                        || (self.v.is(k, "about") && self.v.is(k + 1, "half"))))
            }
            Kind::Word => {
                let e = t.lex();
                !matches!(e.tag, Some(Tag::Prep | Tag::Conj | Tag::Aux | Tag::Modal))
                    || self.v.is(k, "as")
                    || self.v.is(k, "after")
                    || self.v.is(k, "before")
                    || self.v.is(k, "since")
                    || self.v.is(k, "because")
                    || self.v.is(k, "while")
            }
            Kind::Number => true,
            Kind::Punct => is_double_quote(t.ch) || is_single_quote(t.ch),
            Kind::Symbol => false,
        }
    }

    /// Whether tokens `[k, end)` start like a clause: a subject (pronoun, name, determiner,
    /// number) rather than an object noun phrase or an adverbial.
    pub(super) fn clause_starts(&self, k: usize, end: usize) -> bool {
        if k >= end {
            return false;
        }
        let t = &self.v.toks[k];
        if t.kind == Kind::Punct && (is_double_quote(t.ch) || is_single_quote(t.ch)) {
            return true;
        }
        if t.kind == Kind::Number {
            return true;
        }
        if t.kind != Kind::Word {
            return false;
        }
        let e = t.lex();
        if matches!(e.pron, Some((_, crate::lexicon::Case::Subj))) {
            return true;
        }
        if matches!(e.tag, Some(Tag::Det | Tag::Num)) || t.is(shape::CAP) {
            // A subject phrase followed somewhere by a verb-like word (aux, modal, -ed, -s).
            return (k + 1..end.min(k + 12)).any(|j| {
                let u = &self.v.toks[j];
                u.kind == Kind::Word
                    && (matches!(u.lex().tag, Some(Tag::Aux | Tag::Modal)) || u.lex().has(flag::NEGATION))
            });
        }
        if matches!(e.tag, Some(Tag::Aux | Tag::Modal | Tag::Prep | Tag::Sub | Tag::Conj)) {
            return matches!(e.tag, Some(Tag::Sub));
        }
        // A bare noun subject: "officials were", "prices will".
        (k + 1..end.min(k + 6)).any(|j| matches!(self.v.toks[j].lex().tag, Some(Tag::Aux | Tag::Modal)))
    }

    /// Whether a short subject (a pronoun, a name, or a determiner and noun) and then a verb
    /// of saying start at `n`: "she acknowledged", "Democrats accused", "the senator said".
    pub(super) fn subject_and_cue(&self, n: usize, hi: usize) -> bool {
        let mut v = n;
        while v < hi && v < n + 5 {
            let t = &self.v.toks[v];
            let subject_word = crate::tokens::is_abbrev_period(self.v.toks, v) && v > n
                || t.kind == Kind::Word
                    && (t.is(shape::CAP)
                        || matches!(t.lex().pron, Some((_, Case::Subj)))
                        || (v == n && t.lex().tag == Some(Tag::Det))
                        || crate::phrase::is_speaker_noun(t)
                        // Up to two lowercase modifiers before a speaker noun: "human rights groups".
                        || self.is_lower_modifier(v)
                        || (self.is_lower_modifier(v + 1) && !t.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN)));
            if !subject_word {
                break;
            }
            v += 1;
        }
        if v == n || !self.ends_in_subject_head(v - 1) {
            // A share or quantity that the word test above does not read ("and one in four
            // said …", "and 40 percent say …"): the subject reader decides.
            let quantity = self.v.toks.get(n).is_some_and(|t| {
                t.kind == Kind::Number || t.lex().has(flag::PEOPLE_QUANTITY) || t.lex().tag == Some(Tag::Num)
            });
            return quantity
                && (n + 1..hi.min(n + 8))
                    .find(|&c| self.cue_at(c).is_some())
                    .is_some_and(|c| {
                        self.cue_at(c).is_some_and(|f| f.speech())
                            && subject_left(&self.v, c, n).is_some_and(|np| np.toks.start == n)
                    });
        }
        let mut aux = false;
        while v < hi && v < n + 6 && crate::phrase::is_verb_filler(&self.v.toks[v], self.v.text) {
            aux |= matches!(self.v.toks[v].lex().tag, Some(Tag::Aux));
            v += 1;
        }
        // "is promising to …": a progressive after its auxiliary.
        self.cue_at(v)
            .is_some_and(|f| f.speech() && !f.weak() && (aux || !self.v.word(v).ends_with("ing")))
    }

    /// Whether token `k` is a lowercase word that may modify the speaker noun after it.
    pub(super) fn is_lower_modifier(&self, k: usize) -> bool {
        let Some(t) = self.v.toks.get(k) else {
            return false;
        };
        t.kind == Kind::Word
            && !t.is(shape::CAP)
            && !t.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN)
            && self.v.toks.get(k + 1).is_some_and(crate::phrase::is_speaker_noun)
    }

    /// Whether a subject read up to token `k` ends in a word that can head it: a name, a
    /// pronoun, or a speaker noun.
    pub(super) fn ends_in_subject_head(&self, k: usize) -> bool {
        let t = &self.v.toks[k];
        t.is(shape::CAP) || matches!(t.lex().pron, Some((_, Case::Subj))) || crate::phrase::is_speaker_noun(t)
    }

    /// A verb of saying right after a conjunction at `n` (adverbs allowed between): "and added",
    /// "but later said".
    pub(super) fn coordinated_cue(&self, n: usize, hi: usize) -> Option<usize> {
        if n >= hi {
            return None;
        }
        let mut v = n;
        // "… and he urged …": a pronoun subject of its own may come first.
        if v < hi && matches!(self.v.toks[v].lex().pron, Some((_, crate::lexicon::Case::Subj))) {
            v += 1;
        }
        // (Auxiliaries, adverbs and a negation: "… but did not suggest …".)
        while v < hi
            && v < n + 3
            && (crate::phrase::is_verb_filler(&self.v.toks[v], self.v.text)
                || self.v.toks[v].lex().tag == Some(Tag::Neg))
        {
            v += 1;
        }
        let f = self.cue_at(v)?;
        (f.speech() && !self.v.word(v).ends_with("ing")).then_some(v)
    }

    /// A cue after `n` that forms ", X said" or ", said X" up to the end of the clause.
    pub(super) fn parenthetical_cue(&self, n: usize, hi: usize) -> Option<usize> {
        for v in n..hi.min(n + 8) {
            if self.v.toks[v].kind == Kind::Punct {
                return None;
            }
            if let Some(f) = self.cue_at(v) {
                if !f.speech() {
                    return None;
                }
                let np = if v == n {
                    np_right(&self.v, v + 1, hi)
                } else {
                    subject_left(&self.v, v, n).filter(|np| np.toks.start == n)
                };
                let np = np?;
                let after = self.skip_adjuncts(if v == n { np.toks.end } else { v + 1 }, hi);
                let closes = after >= hi
                    || self.v.toks[after].kind == Kind::Punct
                        && matches!(self.v.toks[after].ch, ',' | '.' | ';' | '!' | '?');
                return closes.then_some(v);
            }
        }
        None
    }

    /// Whether a verb of saying after a comma at or past `from` may report the clause before
    /// it ("Canada preferred immigrants who …, Foster writes."), which a noun-phrase target
    /// inside that clause must then leave whole.
    pub(super) fn reported_later(&self, from: usize, hi: usize) -> bool {
        // (A verb of saying that ends the sentence, not a participle: "…, saying …" reports
        // what follows it.)
        let ends = |c: usize| {
            let stop = (c + 1..hi.min(c + 12)).find(|&j| self.v.toks[j].kind == Kind::Punct);
            match stop {
                Some(j) => matches!(self.v.toks[j].ch, '.' | '!' | '?'),
                None => c + 12 >= hi,
            }
        };
        (from..hi.min(from + MAX_CLAUSE)).any(|j| {
            self.v.toks[j].is_punct(',')
                && (j + 1..hi.min(j + 8))
                    .take_while(|&c| c == j + 1 || !crate::phrase::is_verbish(&self.v.toks[c - 1]))
                    .any(|c| {
                        !self.v.toks[c].is(shape::CAP)
                            && !self.v.word(c).ends_with("ing")
                            && self.cue_at(c).is_some_and(|f| f.speech())
                            && !self.is_passive_or_bare(c)
                            && ends(c)
                    })
        })
    }

    /// Where the words from `lo` end before `hi`, without the punctuation that closes them
    /// (a closing quotation mark stays with its quote).
    pub(super) fn without_final_punct(&self, lo: usize, hi: usize) -> usize {
        let mut end = hi;
        while end > lo && self.v.toks[end - 1].kind == Kind::Punct && self.claims.region_at[end - 1] == 0 {
            end -= 1;
        }
        end
    }

    /// Whether tokens `l` are only an opening adjunct: a short prepositional phrase ("In the
    /// long run"), a lone adverb ("Privately") or a time phrase ("Last year"), with no verb,
    /// cue or quotation inside.
    pub(super) fn opening_adjunct(&self, l: &Range<usize>) -> bool {
        let toks = self.v.toks;
        let words = self.v.words_in(l);
        let Some(first) = toks.get(l.start).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        let e = first.lex();
        // "Privately", "Even then", "And so", "And yet": adverbs and linking words.
        let linking =
            |t: &Token| matches!(t.lex().tag, Some(Tag::Adv | Tag::Conj)) || t.lex().has(flag::ADJUNCT_ADVERB);
        let adverbs = words <= 3
            && l.clone()
                .filter(|&j| toks[j].kind == Kind::Word)
                .all(|j| linking(&toks[j]));
        let opener = e.tag == Some(Tag::Prep)
            || adverbs
            || (words <= 3
                && l.clone()
                    .any(|j| toks[j].lex().has(flag::TIME_UNIT | flag::TIME_WORD | flag::CALENDAR)));
        opener
            && words <= 6
            && !l.clone().any(|j| {
                let e = toks[j].lex();
                matches!(e.tag, Some(Tag::Aux | Tag::Modal)) || e.cue.is_some() || self.claims.region_at[j] != 0
            })
    }

    /// Whether an infinitive starts at `k`: "to" and a lowercase word that is not a function
    /// word ("to delay", not "to the").
    pub(super) fn infinitive_at(&self, k: usize) -> bool {
        // A headline capitalizes its verbs ("Vows To Cut Taxes").
        let headline = |j: usize| self.v.para_of(j).is_title;
        self.v.is(k, "to")
            && self.v.toks.get(k + 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && (!t.is(shape::CAP) || headline(k + 1))
                    && !t.lex().has(flag::FUNCTION | flag::PRONOUN)
            })
    }
}
