//! Step 7, floating quotes: quotations no cue claimed that read as speech.

use super::*;

impl Pass<'_> {
    /// Quotations that no cue claimed: speech continues the last speaker (a floating quote);
    /// short labels are not speech.
    ///
    /// Rule: `floating.speech`.
    pub(super) fn floating(&mut self, regions: &[usize], frames: &mut Vec<Frame>) {
        for &ri in regions {
            if self.claims.claimed[ri] {
                continue;
            }
            let r = &self.regions[ri];
            let words = r.words(self.v.toks);
            let first = r.first();
            let last = r.last_end().saturating_sub(1).max(first);
            let sent = self.v.sentence(first.min(self.v.toks.len() - 1));
            let para = self.v.paragraph(first.min(self.v.toks.len() - 1));
            let starts_sentence = r.open == sent.start || r.open == para.start;
            let ends_with_stop =
                self.v.toks[last].kind == Kind::Punct && matches!(self.v.toks[last].ch, '.' | '?' | '!' | ',' | '…');
            let multi_para = r.parts.len() > 1;
            let speech = multi_para
                || (starts_sentence && (words >= 4 || ends_with_stop))
                || words >= 8
                || (words >= 5 && ends_with_stop);
            if !speech {
                continue;
            }
            if r.single && words < 6 {
                continue;
            }
            // A title in quotation marks names a work; nobody says it.
            if !multi_para && (2..=12).contains(&words) && r.title_case(self.v.text, self.v.toks) {
                continue;
            }
            self.claims.claim(ri);
            let attr = self.new_attr(
                Rule::Floating,
                (QuoteKind::Direct, Some(ri)),
                r.parts.clone(),
                None,
                None,
                r.open,
            );
            frames.push(Frame {
                attr,
                np: None,
                inherit: true,
            });
        }
    }
}
