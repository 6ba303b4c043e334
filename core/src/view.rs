//! One view of the analysed text: the text itself, its tokens, sentences and paragraphs.
//!
//! Every reader after segmentation (the phrase readers, attribution, coreference, stance)
//! takes a [`View`] instead of threading the text and its token slice through each call, and
//! asks it about positions: [`View::word`], [`View::is`], [`View::sentence`], … Positions are
//! token indices.

use std::ops::Range;

use crate::segment::{Para, Segmented};
use crate::text::Span;
use crate::tokens::{Kind, Token};

/// The analysed text, as the readers see it. Cheap to copy.
#[derive(Debug, Clone, Copy)]
pub(crate) struct View<'a> {
    /// The article.
    pub text: &'a str,
    /// Its tokens (the same as `seg.tokens`).
    pub toks: &'a [Token],
    /// Its paragraphs and sentences.
    pub seg: &'a Segmented,
}

impl<'a> View<'a> {
    /// The view of `text`, segmented as `seg`.
    pub fn new(text: &'a str, seg: &'a Segmented) -> View<'a> {
        View {
            text,
            toks: &seg.tokens,
            seg,
        }
    }

    /// How many tokens the text has.
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Token `k`, if there is one.
    #[inline]
    pub fn get(&self, k: usize) -> Option<&'a Token> {
        self.toks.get(k)
    }

    /// The text of token `k`, as written.
    #[inline]
    pub fn word(&self, k: usize) -> &'a str {
        self.toks[k].text(self.text)
    }

    /// Whether token `k` is the word `w`, ignoring ASCII case (false past the end).
    #[inline]
    pub fn is(&self, k: usize, w: &str) -> bool {
        k < self.toks.len() && self.toks[k].kind == Kind::Word && self.word(k).eq_ignore_ascii_case(w)
    }

    /// Whether token `k` is one of the words `ws`, ignoring ASCII case.
    #[inline]
    pub fn is_any(&self, k: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(k, w))
    }

    /// The index of token `k`'s sentence.
    #[inline]
    pub fn sentence_of(&self, k: usize) -> usize {
        self.seg.sent_of[k] as usize
    }

    /// The tokens of token `k`'s sentence.
    #[inline]
    pub fn sentence(&self, k: usize) -> Range<usize> {
        self.seg.sents[self.sentence_of(k)].toks.clone()
    }

    /// Token `k`'s paragraph.
    #[inline]
    pub fn para_of(&self, k: usize) -> &'a Para {
        &self.seg.paras[self.seg.sents[self.sentence_of(k)].para]
    }

    /// The tokens of token `k`'s paragraph.
    #[inline]
    pub fn paragraph(&self, k: usize) -> Range<usize> {
        self.para_of(k).toks.clone()
    }

    /// How many words the tokens `r` hold.
    pub fn words_in(&self, r: &Range<usize>) -> usize {
        self.toks[r.clone()].iter().filter(|t| t.kind == Kind::Word).count()
    }

    /// The byte span from the start of token `r.start` to the end of token `r.end - 1`.
    #[inline]
    pub fn span_of(&self, r: &Range<usize>) -> Span {
        Span::new(self.toks[r.start].start, self.toks[r.end - 1].end)
    }
}

#[cfg(test)]
mod tests {
    use super::View;
    use crate::segment::segment;

    #[test]
    fn positions() {
        let text = "Ana Ruiz spoke.\n\nThen SHE left. He stayed.";
        let seg = segment(text);
        let v = View::new(text, &seg);
        let she = (0..v.len()).find(|&k| v.word(k) == "SHE").unwrap();
        assert!(v.is(she, "she") && v.is_any(she, &["he", "she"]));
        assert!(!v.is(v.len(), "she"), "past the end");
        assert_eq!(v.sentence_of(she), 1);
        assert_eq!(v.words_in(&v.sentence(she)), 3);
        assert_eq!(v.paragraph(she), v.paragraph(v.len() - 1));
        assert_eq!(v.span_of(&v.sentence(0)).text(text), "Ana Ruiz spoke.");
        assert!(!v.para_of(0).is_title);
    }
}
