//! Step 5b, "according to": the phrase and the clause it frames.

use super::*;

/// How many tokens a source phrase after "according to" may have ("early results of exit
/// polls conducted for the Harbour Times and two networks").
pub(super) const MAX_SOURCE_PHRASE: usize = 20;

impl Pass<'_> {
    /// `according to X, CLAUSE` / `CLAUSE, according to X`.
    ///
    /// Rules: `according.opening`, `according.closing`, `according.middle`.
    pub(super) fn according_to(&mut self, k: usize, len: usize, lo: usize, hi: usize) -> Option<Frame> {
        // "according to state law", "according to a count by the Post": whatever the phrase
        // names is the source, though only a speaker's phrase gives a speaker.
        let found = np_right(&self.v, k + len, hi);
        let speaks = found.is_some();
        let np = found.or_else(|| self.plain_phrase(k + len, hi))?;
        let mut after = np.toks.end;
        // "according to a statement from the ministry", "according to X, a lawyer for Y,"
        while after < hi
            && self.v.toks[after].kind == Kind::Word
            && !self.v.is(after, "that")
            && after - np.toks.end < 8
        {
            after += 1;
        }
        let at_start = k == lo
            || (k > lo
                && k - lo <= 4
                && (lo..k).all(|j| self.v.toks[j].kind == Kind::Punct || self.v.toks[j].lex().tag == Some(Tag::Conj)));
        let content = if at_start {
            // At the start: the content follows the next comma.
            let mut c = after;
            while c < hi && c < after + MAX_CLAUSE && !self.v.toks[c].is_punct(',') {
                c += 1;
            }
            let start = (c + 1).min(hi);
            let end = self.content_end(start, hi);
            start..end
        } else {
            // At the end (or middle): the content precedes it.
            let mut end = k;
            while end > lo
                && self.v.toks[end - 1].kind == Kind::Punct
                && matches!(self.v.toks[end - 1].ch, ',' | '(' | '—')
            {
                end -= 1;
            }
            lo.max(end.saturating_sub(MAX_CLAUSE))..end
        };
        // In the middle, set off by commas ("The truth, according to experts, is that …"): the
        // clause goes on after the phrase.
        let mut parts = vec![content];
        let set_off = k > lo && self.v.toks[k - 1].is_punct(',');
        if !at_start && set_off && after + 1 < hi && self.v.toks[after].is_punct(',') {
            let start = after + 1;
            let end = self.content_end(start, hi);
            // Not when the clause has a speaker of its own ("…, according to Gibson, Major said …").
            let own_cue = (start..end).any(|j| self.cue_at(j).is_some_and(|f| f.speech()));
            // Nor a relative clause about the source ("…, according to state law, which …").
            let relative = self.v.toks[start].lex().tag == Some(Tag::Wh);
            if self.v.words_in(&(start..end)) >= 2
                && self.claims.region_at[start] == 0
                && !self.claims.in_content[start]
                && !own_cue
                && !relative
            {
                parts.push(start..end);
            }
        }
        let rule = if at_start {
            Rule::AccordingOpening
        } else if parts.len() == 2 {
            Rule::AccordingMiddle
        } else {
            Rule::AccordingClosing
        };
        parts.retain(|r| self.v.words_in(r) > 0);
        let words: usize = parts.iter().map(|r| self.v.words_in(r)).sum();
        if words < 3 || parts.is_empty() {
            return None;
        }
        self.claims.use_cue(k);
        let kind = self.claims.mixed_kind(&parts);
        let first = parts[0].start;
        let mut attr = self.new_attr(rule, kind, parts.clone(), None, Some(&np), first.min(k));
        attr.cue = vec![Span::new(self.v.toks[k].start, self.v.toks[k + len - 1].end)];
        for r in &parts {
            self.claims.mark_content(r);
        }
        Some(Frame::new(attr, speaks.then_some(np)))
    }

    /// A phrase of words from `s` to the punctuation that ends it, at most
    /// [`MAX_SOURCE_PHRASE`] tokens and without "that" or a verb of saying (a weak one such as
    /// "state" may be a noun): "state law", "one global index", "a count by the Post". `None`
    /// when the words run on.
    pub(super) fn plain_phrase(&self, s: usize, hi: usize) -> Option<Np> {
        let toks = self.v.toks;
        let mut j = s;
        while j < hi && j < s + MAX_SOURCE_PHRASE {
            let t = &toks[j];
            let word = t.kind == Kind::Word || t.kind == Kind::Number || t.is(shape::POSSESSIVE) || t.is_punct('-');
            // A verb of saying ends it, unless it is one that also names things ("state law").
            let saying = t.lex().cue.is_some_and(|c| !lexicon().cues[c as usize].flags.weak());
            if !word || self.v.is(j, "that") || saying && !t.is(shape::CAP) || self.claims.region_at[j] != 0 {
                break;
            }
            j += 1;
        }
        let ends = j >= hi || (toks[j].kind == Kind::Punct && !toks[j].is_punct('-'));
        let last_word = (s..j).rev().find(|&x| toks[x].kind == Kind::Word)?;
        (ends && j > s).then_some(Np {
            toks: s..j,
            head: last_word,
            kind: Head::Noun,
        })
    }
}
