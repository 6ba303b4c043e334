//! From a document's spans to a tree of nested highlights, one tree per paragraph.
//!
//! Annotations may nest (an actor's name inside a quote) or cross (a stance cue that starts
//! inside a quote and ends after it). Nesting is kept; a crossing span is split at the outer
//! span's end, so the tree is always well formed and every character appears exactly once.

use std::ops::Range;

use standpoint_core::{Document, OffsetMap, Polarity, QuoteKind, Stance};

/// What a highlighted span marks (one of the shown layers: a quote, its cue, a mention, a
/// stance cue, a stance's target, a date).
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Quote content: index into `doc.quotes`.
    Quote {
        /// The quote's index.
        index: usize,
        /// Its kind.
        kind: QuoteKind,
        /// Whether this is the quote's last segment (where the speaker label goes).
        last: bool,
    },
    /// A mention of actor `index` in `doc.actors`.
    Mention {
        /// The actor's index.
        index: usize,
    },
    /// The cue of quote `index`.
    Cue {
        /// The quote's index.
        index: usize,
    },
    /// A stance cue of stance `index`.
    Stance {
        /// The stance's index.
        index: usize,
        /// Its polarity.
        polarity: Polarity,
    },
    /// A mention of the target of stance `index`, in a sentence of its evidence.
    Target {
        /// The stance's index.
        index: usize,
    },
    /// A dated event `index`.
    Date {
        /// The event's index.
        index: usize,
    },
}

impl Mark {
    /// Outer layers first when two spans start together and have the same length.
    fn rank(&self) -> u8 {
        match self {
            Mark::Quote { .. } => 0,
            Mark::Cue { .. } => 1,
            Mark::Stance { .. } => 2,
            Mark::Target { .. } => 3,
            Mark::Mention { .. } => 4,
            Mark::Date { .. } => 5,
        }
    }
}

/// One annotation over a byte range of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Ann {
    /// What it is.
    pub mark: Mark,
    /// Byte range in the text.
    pub range: Range<usize>,
}

/// A piece of a rendered paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Plain text (a byte range of the article).
    Text(Range<usize>),
    /// A highlighted span and what it contains.
    Span {
        /// The annotation.
        ann: Ann,
        /// Its contents.
        children: Vec<Piece>,
    },
}

/// Which layers to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    /// Quotes and speakers.
    pub quotes: bool,
    /// Actor mentions underlined at rest (with it off, a mention is underlined on hover, and
    /// every mention of a selected actor is).
    pub actors: bool,
    /// Stance cues.
    pub stances: bool,
    /// Dates.
    pub dates: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers {
            // A calm page by default: quotes and stances.
            quotes: true,
            actors: false,
            stances: true,
            dates: false,
        }
    }
}

/// All annotations of a document as byte ranges, for the chosen layers.
pub fn annotations(doc: &Document, text: &str, layers: Layers) -> Vec<Ann> {
    let map = OffsetMap::new(text);
    let mut out = Vec::new();
    let byte = |r: [usize; 2]| {
        let s = map.span(r);
        s.start..s.end
    };
    if layers.quotes {
        for (i, q) in doc.quotes.iter().enumerate() {
            let n = q.content.len();
            for (k, &r) in q.content.iter().enumerate() {
                out.push(Ann {
                    mark: Mark::Quote {
                        index: i,
                        kind: q.kind,
                        last: k + 1 == n,
                    },
                    range: byte(r),
                });
            }
            for &r in &q.cue {
                out.push(Ann {
                    mark: Mark::Cue { index: i },
                    range: byte(r),
                });
            }
        }
    }
    // Mentions are always marked: with the actors layer off they are underlined only on
    // hover or when their actor is selected (the article draws them quietly).
    for (i, a) in doc.actors.iter().enumerate() {
        for &r in &a.mentions {
            out.push(Ann {
                mark: Mark::Mention { index: i },
                range: byte(r),
            });
        }
    }
    if layers.stances {
        for (i, s) in doc.stances.iter().enumerate() {
            for &r in &s.cue {
                out.push(Ann {
                    mark: Mark::Stance {
                        index: i,
                        polarity: s.polarity,
                    },
                    range: byte(r),
                });
            }
            for r in target_mentions(s) {
                out.push(Ann {
                    mark: Mark::Target { index: i },
                    range: byte(r),
                });
            }
        }
    }
    if layers.dates {
        for (i, e) in doc.events.iter().enumerate() {
            out.push(Ann {
                mark: Mark::Date { index: i },
                range: byte(e.mention),
            });
        }
    }
    out.retain(|a| a.range.start < a.range.end);
    out
}

/// The mentions of a stance's target that lie in a sentence of its evidence, each once (none
/// for a cue that is the mention itself).
fn target_mentions(s: &Stance) -> Vec<[usize; 2]> {
    let sentences: Vec<[usize; 2]> = if s.evidence.is_empty() {
        s.sentence.into_iter().collect()
    } else {
        s.evidence.iter().map(|e| e.sentence).collect()
    };
    let mut out: Vec<[usize; 2]> = Vec::new();
    for &m in &s.target.mentions {
        let inside = sentences.iter().any(|r| r[0] <= m[0] && m[1] <= r[1]);
        if inside && !s.cue.contains(&m) && !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

/// The pieces of one paragraph (byte range `para`) given all annotations.
pub fn paragraph(para: Range<usize>, anns: &[Ann]) -> Vec<Piece> {
    let mut inside: Vec<Ann> = anns
        .iter()
        .filter(|a| a.range.start < para.end && a.range.end > para.start)
        .map(|a| Ann {
            mark: a.mark.clone(),
            range: a.range.start.max(para.start)..a.range.end.min(para.end),
        })
        .collect();
    sort(&mut inside);
    nest(para, inside)
}

fn sort(anns: &mut [Ann]) {
    standpoint_core::sort::by(anns, |a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(b.range.end.cmp(&a.range.end))
            .then(a.mark.rank().cmp(&b.mark.rank()))
    });
}

/// Builds the tree for `range` from annotations sorted by start (outer first).
fn nest(range: Range<usize>, mut anns: Vec<Ann>) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut pos = range.start;
    let mut i = 0;
    while i < anns.len() {
        let a = anns[i].clone();
        let start = a.range.start.max(pos);
        if start >= a.range.end {
            // Fully covered by an earlier sibling: nothing left to show.
            i += 1;
            continue;
        }
        if start > pos {
            out.push(Piece::Text(pos..start));
        }
        let end = a.range.end;
        let mut children = Vec::new();
        let mut remainders = Vec::new();
        let mut j = i + 1;
        while j < anns.len() && anns[j].range.start < end {
            let c = &anns[j];
            if c.range.end <= end {
                children.push(c.clone());
            } else {
                // Crossing: the part inside becomes a child, the rest stays outside.
                children.push(Ann {
                    mark: c.mark.clone(),
                    range: c.range.start..end,
                });
                remainders.push(Ann {
                    mark: c.mark.clone(),
                    range: end..c.range.end,
                });
            }
            j += 1;
        }
        out.push(Piece::Span {
            ann: Ann {
                mark: a.mark.clone(),
                range: start..end,
            },
            children: nest(start..end, children),
        });
        pos = end;
        if !remainders.is_empty() {
            let mut rest: Vec<Ann> = anns.split_off(j);
            rest.extend(remainders);
            sort(&mut rest);
            anns.truncate(j);
            anns.extend(rest);
        }
        i = j;
    }
    if pos < range.end {
        out.push(Piece::Text(pos..range.end));
    }
    out
}

/// The parts of `range` outside every markup range (`markup` sorted and disjoint): what the
/// reader shows of a Markdown article, without its asterisks, hashes and link addresses.
pub fn visible(range: Range<usize>, markup: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = range.start;
    let first = markup.partition_point(|m| m.end <= range.start);
    for m in &markup[first..] {
        if m.start >= range.end {
            break;
        }
        if m.start > pos {
            out.push(pos..m.start);
        }
        pos = pos.max(m.end);
    }
    if pos < range.end {
        out.push(pos..range.end);
    }
    out
}

/// The text covered by pieces, in order (for tests: it must equal the paragraph).
pub fn flatten(text: &str, pieces: &[Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Text(r) => s.push_str(&text[r.clone()]),
            Piece::Span { children, .. } => s.push_str(&flatten(text, children)),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn ann(mark: Mark, r: Range<usize>) -> Ann {
        Ann { mark, range: r }
    }

    #[wasm_bindgen_test]
    fn visible_leaves_out_markup() {
        let markup = [2..4, 6..8, 12..20];
        assert_eq!(visible(0..10, &markup), vec![0..2, 4..6, 8..10]);
        assert_eq!(visible(3..7, &markup), vec![4..6]);
        assert_eq!(visible(13..15, &markup), Vec::<Range<usize>>::new());
        assert_eq!(visible(20..25, &markup), vec![20..25]);
        assert_eq!(visible(0..5, &[]), vec![0..5]);
    }

    #[wasm_bindgen_test]
    fn nested_and_crossing_spans_keep_every_character() {
        let text = "abcdefghij";
        let q = Mark::Quote {
            index: 0,
            kind: QuoteKind::Direct,
            last: true,
        };
        let m = Mark::Mention { index: 0 };
        let s = Mark::Stance {
            index: 0,
            polarity: Polarity::Support,
        };
        let anns = vec![ann(q.clone(), 2..6), ann(m.clone(), 3..4), ann(s.clone(), 5..8)];
        let pieces = paragraph(0..10, &anns);
        assert_eq!(flatten(text, &pieces), text);
        // The quote holds the mention and the first part of the stance cue.
        match &pieces[1] {
            Piece::Span { ann, children } => {
                assert_eq!(ann.mark, q);
                assert!(children
                    .iter()
                    .any(|c| matches!(c, Piece::Span { ann, .. } if ann.mark == m)));
                assert!(children
                    .iter()
                    .any(|c| matches!(c, Piece::Span { ann, .. } if ann.mark == s && ann.range == (5..6))));
            }
            other => panic!("expected the quote, got {other:?}"),
        }
        assert!(pieces
            .iter()
            .any(|c| matches!(c, Piece::Span { ann, .. } if ann.mark == s && ann.range == (6..8))));
    }

    #[wasm_bindgen_test]
    fn annotations_follow_the_document() {
        let text = "“We won,” said Ana Ruiz. Héllo 👋.";
        let doc = standpoint_core::annotate(text, &standpoint_core::Options::default());
        let anns = annotations(&doc, text, Layers::default());
        let quote = anns
            .iter()
            .find(|a| matches!(a.mark, Mark::Quote { .. }))
            .expect("a quote");
        assert_eq!(&text[quote.range.clone()], "We won,");
        let pieces = paragraph(0..text.len(), &anns);
        assert_eq!(flatten(text, &pieces), text);
    }
}
