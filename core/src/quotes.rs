//! Quotation marks: pairing opening and closing marks into quoted regions.
//!
//! Double marks (straight or curly, in any combination) pair within a paragraph. A straight
//! mark's direction comes from its neighbours (space before and a word after opens; a word
//! before and space or punctuation after closes), and otherwise from whether a quotation is
//! open. A quotation still open at the end of a paragraph continues when the next paragraph
//! opens with a quotation mark (the newswire convention for long quotes); otherwise it ends
//! with its paragraph. Curly single quotes pair at the top level; single marks inside double
//! quotes and apostrophes (’ in "it’s", "’90s") are never treated as quotation marks.

use std::ops::Range;

use crate::lexicon::flag;
use crate::segment::Para;
use crate::tokens::{is_dash, is_double_quote, shape, Kind, Token};

/// A quoted region.
#[derive(Debug, Clone)]
pub(crate) struct Region {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, when there is one.
    pub close: Option<usize>,
    /// Content token ranges, one per paragraph the quotation runs through (marks excluded).
    pub parts: Vec<Range<usize>>,
    /// Whether single quotation marks enclose it.
    pub single: bool,
}

impl Region {
    /// The first content token.
    pub fn first(&self) -> usize {
        self.parts.first().map_or(self.open + 1, |p| p.start)
    }

    /// One past the last content token.
    pub fn last_end(&self) -> usize {
        self.parts.last().map_or(self.open + 1, |p| p.end)
    }

    /// The last token belonging to the region, including its closing mark.
    pub fn outer_end(&self) -> usize {
        self.close.map_or(self.last_end(), |c| c + 1)
    }

    /// Byte spans of the content, one per part, empty parts dropped.
    #[cfg(test)]
    pub fn spans(&self, toks: &[Token]) -> Vec<crate::text::Span> {
        self.parts
            .iter()
            .filter(|r| !r.is_empty())
            .map(|r| crate::text::Span::new(toks[r.start].start, toks[r.end - 1].end))
            .collect()
    }

    /// Number of word tokens in the content.
    pub fn words(&self, toks: &[Token]) -> usize {
        self.parts
            .iter()
            .flat_map(|r| toks[r.clone()].iter())
            .filter(|t| t.is_wordlike())
            .count()
    }

    /// Whether the quoted words are in title case, as the name of a film, book or report is
    /// ("The Kid Who Would Be King"): every word capitalized except short function words,
    /// and the first one capitalized.
    pub fn title_case(&self, text: &str, toks: &[Token]) -> bool {
        let mut words = toks[self.first().min(toks.len())..self.last_end().min(toks.len())]
            .iter()
            .filter(|t| t.kind == Kind::Word);
        let Some(first) = words.next() else {
            return false;
        };
        first.is(shape::CAP)
            && words.all(|t| {
                t.is(shape::CAP)
                    || (t.lex().has(flag::FUNCTION) && t.text(text).len() <= 4 && !t.lex().has(flag::PRONOUN))
            })
    }
}

/// How far (in tokens) a single quotation may run.
const MAX_SINGLE: usize = 120;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

fn glued_before(toks: &[Token], k: usize, lo: usize) -> bool {
    k > lo && toks[k - 1].end == toks[k].start && !opens_context(&toks[k - 1])
}

fn glued_after(toks: &[Token], k: usize, hi: usize) -> bool {
    k + 1 < hi && toks[k + 1].start == toks[k].end
}

/// Punctuation after which a glued mark still opens: "(", "—", "[".
fn opens_context(t: &Token) -> bool {
    t.kind == Kind::Punct && (matches!(t.ch, '(' | '[' | '{' | '-' | '/') || is_dash(t.ch))
}

/// Punctuation that may follow a closing mark.
fn closes_context(t: &Token) -> bool {
    t.kind == Kind::Punct && !is_double_quote(t.ch) && !matches!(t.ch, '(' | '[' | '{')
}

fn direction(toks: &[Token], k: usize, lo: usize, hi: usize) -> Dir {
    let t = &toks[k];
    let before = glued_before(toks, k, lo);
    let after = glued_after(toks, k, hi) && !closes_context(&toks[k + 1]);
    let after_punct = glued_after(toks, k, hi) && closes_context(&toks[k + 1]);
    match t.ch {
        '\u{201C}' | '\u{201E}' | '\u{00AB}' => {
            if before && !after {
                Dir::Close
            } else {
                Dir::Open
            }
        }
        '\u{201D}' | '\u{00BB}' => {
            if !before && after {
                Dir::Open
            } else {
                Dir::Close
            }
        }
        _ => {
            if !before && after {
                Dir::Open
            } else if before && (!after || after_punct) {
                Dir::Close
            } else {
                Dir::Either
            }
        }
    }
}

/// Pairs the quotation marks of all paragraphs.
pub(crate) fn find(toks: &[Token], paras: &[Para]) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::new();
    // The open region carried from the previous paragraph.
    let mut carry: Option<Region> = None;
    for (pi, p) in paras.iter().enumerate() {
        let (lo, hi) = (p.toks.start, p.toks.end);
        let first_new = out.len();
        let mut open: Option<Region> = None;
        let mut k = lo;
        if let Some(mut r) = carry.take() {
            // The continuation paragraph reopens with a mark; the quotation resumes after it.
            if lo < hi && toks[lo].kind == Kind::Punct && is_double_quote(toks[lo].ch) {
                r.parts.push(lo + 1..lo + 1);
                open = Some(r);
                k = lo + 1;
            } else {
                out.push(r);
            }
        }
        while k < hi {
            crate::ops::tick(1);
            let t = &toks[k];
            if t.kind != Kind::Punct || !is_double_quote(t.ch) {
                if let Some(r) = open.as_mut() {
                    if let Some(part) = r.parts.last_mut() {
                        part.end = k + 1;
                    }
                }
                k += 1;
                continue;
            }
            let dir = direction(toks, k, lo, hi);
            match open.take() {
                None => {
                    if dir != Dir::Close {
                        open = Some(Region {
                            open: k,
                            close: None,
                            parts: std::iter::once(k + 1..k + 1).collect(),
                            single: false,
                        });
                    }
                }
                Some(mut r) => {
                    if dir == Dir::Open && r.parts.len() == 1 && r.parts[0].is_empty() {
                        // Two opening marks in a row: keep the later one.
                        r.open = k;
                        r.parts = std::iter::once(k + 1..k + 1).collect();
                        open = Some(r);
                    } else if dir == Dir::Open {
                        // An opening mark inside an open quotation: the earlier one was never
                        // closed. End it here and start again.
                        out.push(r);
                        open = Some(Region {
                            open: k,
                            close: None,
                            parts: std::iter::once(k + 1..k + 1).collect(),
                            single: false,
                        });
                    } else {
                        r.close = Some(k);
                        out.push(r);
                    }
                }
            }
            k += 1;
        }
        // Token ranges of this paragraph inside double quotations (marks included).
        let mut covered: Vec<Range<usize>> = out[first_new..].iter().map(|r| r.open..r.outer_end()).collect();
        if let Some(r) = open.as_ref() {
            covered.push(r.open.max(lo)..hi);
        }
        if let Some(r) = open {
            let next_opens = paras.get(pi + 1).is_some_and(|n| {
                n.toks.start < n.toks.end
                    && toks[n.toks.start].kind == Kind::Punct
                    && is_double_quote(toks[n.toks.start].ch)
                    && direction(toks, n.toks.start, n.toks.start, n.toks.end) != Dir::Close
            });
            if next_opens && !r.parts.iter().all(|p| p.is_empty()) {
                carry = Some(r);
            } else if !r.parts.iter().all(|p| p.is_empty()) {
                out.push(r);
            }
        }
        find_single(toks, lo, hi, &covered, &mut out);
    }
    if let Some(r) = carry {
        out.push(r);
    }
    out.retain(|r| r.parts.iter().any(|p| !p.is_empty()));
    crate::sort::by_key(&mut out, |r| r.open);
    out
}

/// Pairs curly single quotation marks outside double quotations in one paragraph.
fn find_single(toks: &[Token], lo: usize, hi: usize, covered: &[Range<usize>], out: &mut Vec<Region>) {
    let inside_double = |k: usize| covered.iter().any(|r| r.contains(&k));
    let mut k = lo;
    while k < hi {
        let t = &toks[k];
        let opening = t.kind == Kind::Punct
            && t.ch == '\u{2018}'
            && !glued_before(toks, k, lo)
            && glued_after(toks, k, hi)
            && !inside_double(k);
        if !opening {
            k += 1;
            continue;
        }
        // The first right single mark glued to a word and followed by space or punctuation.
        let mut close = None;
        // A single quotation is short: look for its end within a bounded stretch.
        for j in k + 2..hi.min(k + 2 + MAX_SINGLE) {
            crate::ops::tick(1);
            let c = &toks[j];
            if c.kind == Kind::Punct && is_double_quote(c.ch) {
                break;
            }
            if c.kind == Kind::Punct
                && c.ch == '\u{2019}'
                && glued_before(toks, j, lo)
                && (!glued_after(toks, j, hi) || closes_context(&toks[j + 1]))
            {
                close = Some(j);
                break;
            }
        }
        match close {
            Some(j) => {
                out.push(Region {
                    open: k,
                    close: Some(j),
                    parts: std::iter::once(k + 1..j).collect(),
                    single: true,
                });
                k = j + 1;
            }
            None => k += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn quoted(s: &str) -> Vec<Vec<String>> {
        let seg = segment(s);
        find(&seg.tokens, &seg.paras)
            .iter()
            .map(|r| r.spans(&seg.tokens).iter().map(|sp| sp.text(s).to_string()).collect())
            .collect()
    }

    #[test]
    fn pairing_cases() {
        let cases: &[(&str, &str, &[&[&str]])] = &[
            ("straight", "\"We won,\" she said.", &[&["We won,"]]),
            ("curly", "“We won,” she said.", &[&["We won,"]]),
            ("curly closed by straight", "“We won,\" she said.", &[&["We won,"]]),
            ("two quotes", "\"Yes,\" he said. \"No.\"", &[&["Yes,"], &["No."]]),
            (
                "nested singles",
                "“He said ‘never’ twice,” she said.",
                &[&["He said ‘never’ twice,"]],
            ),
            ("apostrophes", "It’s the ministry’s plan from the ’90s.", &[]),
            (
                "dash inside",
                "“We — all of us — agree,” he said.",
                &[&["We — all of us — agree,"]],
            ),
            (
                "parentheses inside",
                "“The deal (signed today) holds,” she said.",
                &[&["The deal (signed today) holds,"]],
            ),
            (
                "runs over paragraphs",
                "“First part of it.\n\n“Second part,” she said.",
                &[&["First part of it.", "Second part,"]],
            ),
            (
                "unclosed ends with paragraph",
                "He called it “a mess\n\nNext paragraph.",
                &[&["a mess"]],
            ),
            ("single quotes", "Critics called it ‘a sham’ on Monday.", &[&["a sham"]]),
            ("plural possessive", "The ministers’ votes were counted.", &[]),
            ("doubled apostrophes", "''We won,'' he said.", &[&["We won,"]]),
        ];
        for (name, input, want) in cases {
            let got = quoted(input);
            let want: Vec<Vec<String>> = want.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect();
            assert_eq!(got, want, "case {name}");
        }
    }
}
