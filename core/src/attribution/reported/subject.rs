//! Phase 2: who speaks.

use super::*;

impl Pass<'_> {
    /// The speaker of cue `c`: the subject before it, perhaps given way to an inverted speaker
    /// after it; for a participle or coordinated verb, the speaker it shares; for evidence, a
    /// document whose description hides it from the verb. `None` when nobody speaks.
    pub(super) fn reported_subject(&self, c: &Cue, frames: &[Frame]) -> Option<Subject> {
        let toks = self.v.toks;
        let (v, lo) = (c.v, c.lo);
        // A participle ("…, adding that") or a coordinated verb ("… and added that") shares
        // the subject of the attribution before it.
        let coordinated = self.is_coordinated(v, lo);
        let participle = coordinated
            || (self.v.word(v).ends_with("ing") && v > lo && toks[v - 1].is_punct(','))
            || self.gerund_after_prep(v);
        let np = if participle { None } else { self.subject_before(c) };
        let mut s = Subject {
            np: self.document_sender(c, np),
            inherit: false,
            inverted: false,
            participle,
        };
        // reported.left-inverted: "CLAUSE, said X."
        if !participle && v > lo && toks[v - 1].is_punct(',') && c.flags.speech() {
            self.inverted_speaker(c, &mut s);
        }
        if participle {
            self.shared_subject(c, frames, &mut s)?;
        }
        // "The average of polls taken this month shows …": evidence from a document whose
        // describing words hide it from the verb.
        if c.flags.evidence() && !participle && !s.inverted && !s.is_document(toks) {
            if let Some(d) = crate::phrase::document_subject_left(&self.v, v, c.clause_lo) {
                s.np = Some(d);
            }
        }
        (s.np.is_some() || s.inherit).then_some(s)
    }

    /// The subject before the verb (or before the verb phrase it ends), past a phrase naming
    /// the medium ("Ruiz in an interview said").
    fn subject_before(&self, c: &Cue) -> Option<Np> {
        let start = self.phrase_start(c.v);
        let m = self.medium_left(start, c.clause_lo);
        subject_left(&self.v, m, c.clause_lo)
            .or_else(|| (m < start).then(|| subject_left(&self.v, start, c.clause_lo)).flatten())
    }

    /// "The union issued a statement saying …": a document that is a verb's object and that a
    /// participle follows was sent by the clause's subject.
    fn document_sender(&self, c: &Cue, np: Option<Np>) -> Option<Np> {
        let toks = self.v.toks;
        let v = c.v;
        let sent = np.as_ref().filter(|d| {
            is_document(toks, d)
                && self.skip_adjuncts(d.toks.end, v) == v
                && d.toks.start > c.clause_lo
                && self.v.word(v).ends_with("ing")
                && toks[d.toks.start - 1].kind == Kind::Word
                && (toks[d.toks.start - 1].lex().tag != Some(Tag::Prep) || self.is_particle(d.toks.start - 1))
        });
        match sent.and_then(|d| self.main_subject(c.clause_lo, d.toks.start)) {
            Some(sender) => Some(sender),
            None => np,
        }
    }

    /// "CLAUSE, said X.": a speaker after the verb, when the subject reading found none, or a
    /// name that ends the sentence in place of a subject read before the comma.
    fn inverted_speaker(&self, c: &Cue, s: &mut Subject) {
        let toks = self.v.toks;
        let (v, lo, hi) = (c.v, c.lo, c.hi);
        let after = self.skip_adjuncts(v + 1, hi);
        let Some(n) = np_right(&self.v, after, hi) else {
            return;
        };
        // The speaker must end the clause ("…, said Ana Ruiz." / "…, said Ruiz, a lawyer"),
        // else the words after the verb are its content ("said no decision was made").
        let end = self.skip_adjuncts(n.toks.end, hi);
        let punct = |ch: &[char]| end < hi && toks[end].kind == Kind::Punct && ch.contains(&toks[end].ch);
        let ends_clause = end >= hi || punct(&[',', '.', ';', '!', '?', '(']);
        // A subject already read before the comma ("Ruiz, who leads the party, said") gives
        // way only to a name that ends the sentence, alone or with a description that has no
        // verb ("…, whom he has angered, said Ana Ruiz, a professor.").
        let ends_sentence = end >= hi
            || punct(&['.', '!', '?'])
            || (punct(&[','])
                && (end + 1..hi).all(|j| {
                    let t = &toks[j];
                    !(crate::phrase::is_verbish(t) || matches!(t.lex().pron, Some((_, Case::Subj))))
                }));
        // Only a verb that reports a clause and takes no addressee inverts ("…, told The
        // Globe" names who heard it), and a subject read after another verb of saying is that
        // verb's inverted speaker ("…, said Ruiz, a lawyer, reports The Globe").
        let inverting = c.flags.clause() && !c.flags.addressee();
        let after_cue = |m: &Np| m.toks.start > lo && toks[m.toks.start - 1].lex().cue.is_some();
        let replaces =
            inverting && n.kind == Head::Name && ends_sentence && s.np.as_ref().is_some_and(|m| !after_cue(m));
        if (s.np.is_none() && ends_clause) || replaces {
            s.np = Some(n);
            s.inverted = true;
        }
    }

    /// A participle's speaker: the attribution before it in the sentence; else the subject of
    /// the clause it hangs on ("The union filed a complaint, arguing that …"); else the speaker
    /// before, when its clause has a subject at all. `None` when there is none.
    fn shared_subject(&self, c: &Cue, frames: &[Frame], s: &mut Subject) -> Option<()> {
        let sent = self.v.sentence_of(c.v);
        s.inherit = frames.iter().rev().take(4).any(|f| f.attr.sent == sent);
        if s.inherit {
            return Some(());
        }
        s.np = self.main_subject(c.lo, c.v);
        if s.np.is_none() {
            s.inherit = subject_left(&self.v, c.v - 1, c.lo).is_some();
            if !s.inherit {
                return None;
            }
        }
        Some(())
    }
}
