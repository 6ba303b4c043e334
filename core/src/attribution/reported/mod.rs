//! Step 5, reported speech: every other cue of a sentence, and what it reports.
//!
//! [`Pass::reported`] reads one cue verb in named phases, each in its own file:
//! 1. [`bounds`]: where the verb's clause starts (after a semicolon or an attributed quotation);
//! 2. [`subject`]: who speaks: the subject before the verb, an inverted speaker after it
//!    ("…, said X"), the subject a participle or coordinated verb shares, a document's sender;
//! 3. [`right`]: what the verb reports on its right, and by which rule (an explicit "that", a
//!    colon, an infinitive, a clause, a judgement's target, …);
//! 4. [`left`]: when the right side reports nothing, the clause on its left ("CLAUSE, X
//!    said"), and the rest of a clause the cue interrupts ("The plan, she said, will fail");
//! 5. [`commit`](Pass::commit): the attribution, claiming its content and its cue.

mod bounds;
mod left;
mod right;
mod subject;

use super::*;

/// The cue verb being read, with its frames and the sentence and clause around it.
struct Cue {
    /// The verb's token.
    v: usize,
    /// What it takes.
    flags: CueFlags,
    /// Its sentence.
    lo: usize,
    hi: usize,
    /// Where its clause starts ([`bounds`]).
    clause_lo: usize,
    /// A verb phrase the verb starts ("pointed out", "called for"): its length, and whether
    /// its object is what it reports.
    verb_phrase: Option<(usize, bool)>,
}

/// Who speaks, as the [`subject`] phase reads it.
struct Subject {
    /// The speaker phrase.
    np: Option<Np>,
    /// The speaker is the one of the attribution before (a participle, a coordinated verb).
    inherit: bool,
    /// The speaker follows the verb ("…, said X").
    inverted: bool,
    /// The verb is a participle or coordinated with one before it ("…, adding", "and added").
    participle: bool,
}

impl Subject {
    /// Whether the speaker is a document ("the report").
    fn is_document(&self, toks: &[Token]) -> bool {
        self.np.as_ref().is_some_and(|n| is_document(toks, n))
    }

    /// Where the speaker phrase starts, for content on its left: the verb when inverted.
    fn start(&self, v: usize) -> usize {
        if self.inverted {
            v
        } else {
            self.np.as_ref().map_or(v, |n| n.toks.start)
        }
    }
}

/// Whether a phrase is headed by a document noun ("the report", "a statement").
fn is_document(toks: &[Token], n: &Np) -> bool {
    n.kind == Head::Noun && toks[n.head].lex().has(flag::DOCUMENT)
}

impl Pass<'_> {
    /// Reads the remaining cues of sentence `s` as reported speech.
    pub(super) fn indirect(&mut self, s: usize, frames: &mut Vec<Frame>) {
        let sent = self.v.seg.sents[s].toks.clone();
        let (lo, hi) = (sent.start, sent.end);
        // A finding stated "in" a poll or a survey holds the clauses of saying inside it.
        if let Some(f) = self.in_finding(lo, hi) {
            frames.push(f);
        }
        let mut k = lo;
        while k < hi {
            crate::ops::tick(1);
            // "according to X"
            if let Some((len, PhraseRole::SourceAfter)) = self.phrase_at(k, hi) {
                if self.claims.region_at[k] == 0 && !self.claims.used[k] {
                    if let Some(f) = self.according_to(k, len, lo, hi) {
                        frames.push(f);
                    }
                }
                k += len;
                continue;
            }
            if let Some(f) = self.owned_saying(k, lo, hi) {
                let end = f.attr.content_toks.iter().map(|r| r.end).max().unwrap_or(k + 1);
                frames.push(f);
                k = end.max(k + 1);
                continue;
            }
            if let Some(f) = self.asked_question(k, lo, hi) {
                let end = f.attr.content_toks.iter().map(|r| r.end).max().unwrap_or(k + 1);
                frames.push(f);
                k = end.max(k + 1);
                continue;
            }
            let Some(flags) = self.cue_at(k) else {
                k += 1;
                continue;
            };
            if self.claims.used[k]
                || self.claims.in_content[k]
                || self.is_passive_or_bare(k)
                || self.describes_in_relative(k, hi)
            {
                k += 1;
                continue;
            }
            if let Some(f) = self.reported(k, flags, lo, hi, frames) {
                let end = f.attr.content_toks.iter().map(|r| r.end).max().unwrap_or(k + 1);
                frames.push(f);
                // Cues inside the reported content belong to it ("X said Y told him that ...").
                k = if end > k { end } else { k + 1 };
                continue;
            }
            k += 1;
        }
    }

    /// A reported-speech attribution around cue verb `v` of the sentence `lo..hi`; `frames`
    /// are the attributions read before it in the paragraph.
    pub(super) fn reported(
        &mut self,
        v: usize,
        flags: CueFlags,
        lo: usize,
        hi: usize,
        frames: &[Frame],
    ) -> Option<Frame> {
        // A negated cue ("did not say") reports nothing.
        if v > lo && self.v.toks[v - 1].lex().has(flag::NEGATION) {
            return None;
        }
        let cue = Cue {
            v,
            flags,
            lo,
            hi,
            clause_lo: self.clause_lo(v, lo),
            verb_phrase: self.verb_phrase_at(v, hi),
        };
        let mut subject = self.reported_subject(&cue, frames)?;
        let right = self.right_side(&cue, &subject)?;
        // The relative word is not part of the subject ("wounds that authorities said did not
        // …").
        if right.gap_relative {
            if let Some(n) = subject
                .np
                .as_mut()
                .filter(|n| n.toks.len() > 1 && n.head > n.toks.start)
            {
                if self.v.is(n.toks.start, "that") || self.v.is(n.toks.start, "which") {
                    n.toks.start += 1;
                }
            }
        }
        let src_start = subject.start(v);
        let (content, rule) = match right.reason {
            Some(rule) => (vec![right.range], rule),
            None => self.left_side(&cue, &subject, src_start)?,
        };
        self.commit(&cue, subject, content, rule, src_start)
    }

    /// The attribution of `content` to the cue, unless it is only quotations already
    /// attributed: the quotations inside it are claimed (a `mixed` quote), its tokens marked
    /// as content and the cue used.
    fn commit(
        &mut self,
        c: &Cue,
        s: Subject,
        content: Vec<Range<usize>>,
        rule: Rule,
        src_start: usize,
    ) -> Option<Frame> {
        let toks = self.v.toks;
        if content
            .iter()
            .all(|r| (r.clone()).all(|j| self.claims.in_claimed_quote(j) || toks[j].kind == Kind::Punct))
        {
            return None;
        }
        let kind = self.claims.mixed_kind(&content);
        for r in &content {
            self.claims.mark_content(r);
        }
        self.claims.use_cue(c.v);
        let pos = content.iter().map(|r| r.start).min().unwrap_or(c.v).min(src_start);
        let attr = self.new_attr(rule, kind, content, Some(c.v), s.np.as_ref(), pos);
        Some(Frame {
            attr,
            np: s.np,
            inherit: s.inherit,
        })
    }
}
