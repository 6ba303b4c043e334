//! The article inside a saved web page: its text, title, byline and date.
//!
//! The page is parsed by a real HTML5 parser (html5ever, through `dom_query`), and the
//! article is found by Mozilla Readability's method as `dom_smoothie` ports it: candidates
//! scored by text density, class and id weights and link density, siblings joined, hidden
//! content dropped. Nothing in the page is executed or rendered. Before parsing, a linear
//! pass ([`guard`]) defuses the two inputs that make tree building slow, so any page reads in
//! linear time. Bytes are decoded by [`decode`] (a byte-order mark, `<meta charset>`, then a
//! guess), never refused. When Readability finds no article (a page that is one short
//! paragraph, a page too large or too odd to score), the visible text of the body is the
//! article.
//!
//! This room is behind the `pages` feature: the app's annotating worker does not carry it.

mod decode;
mod guard;
mod visible;

use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};

pub use decode::decode;

/// Pages with more elements than this are not scored; their visible text is read instead.
const MAX_ELEMENTS: usize = 60_000;

/// Pages with more text than this (bytes) are not scored either: no article is so long, and
/// scoring a page is slower than reading it.
const MAX_SCORED_TEXT: usize = 2_000_000;

/// Articles shorter than this (bytes) are taken as the page's visible text instead, which
/// drops navigation that Readability keeps when it has nothing to score.
const SHORT: usize = 500;

/// A page's article and metadata.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// The headline: `og:title`, JSON-LD `headline`, or `<title>` without the site's name, as
    /// Readability chooses it; else the first `<h1>`.
    pub title: Option<String>,
    /// The author line, if the page names one.
    pub byline: Option<String>,
    /// The publication date as `YYYY-MM-DD`: `article:published_time`, JSON-LD
    /// `datePublished`, or the first `<time datetime>`.
    pub date: Option<String>,
    /// The article's text, paragraphs separated by blank lines, control characters dropped.
    pub text: String,
    /// The page's figure captions (`<figcaption>`) that stand as paragraphs of the text: shown
    /// to a reader, never read for quotes, actors or stances.
    pub captions: Vec<String>,
}

impl Page {
    /// The text to annotate, headed by the title unless the article already starts with it,
    /// and the page's head as known meta (see `Options::meta`): what the CLI and the app's
    /// file worker both annotate.
    pub fn article(self) -> (String, crate::Meta) {
        let text = match &self.title {
            Some(t) if !self.text.starts_with(t.as_str()) => format!("{t}\n\n{}", self.text),
            _ => self.text,
        };
        let meta = crate::Meta {
            title: self.title,
            date: self.date,
            byline: self.byline,
            captions: self.captions,
        };
        (text, meta)
    }
}

/// Reads the article of a page given as bytes in any encoding.
pub fn read(bytes: &[u8]) -> Page {
    extract(&decode(bytes).0)
}

/// Reads the article of a page given as text.
pub fn extract(html: &str) -> Page {
    let guarded = guard::guard(html);
    let dom = Dom::from(guarded.as_str());
    let date = published_date(&dom);
    let first_h1 = clean_line(&dom.select("h1").first().text());
    let page_title = clean_line(&dom.select("title").first().text());
    let figure_captions = captions(&dom);
    let scorable = dom.select("*").length() <= MAX_ELEMENTS && dom.select("body").text().len() <= MAX_SCORED_TEXT;
    // Readability changes the tree it scores; a page it does not score keeps its tree for
    // the visible text.
    let (scored, unscored) = if scorable {
        (readable(dom), None)
    } else {
        (None, Some(dom))
    };
    let (title, byline, date_meta, text) = match scored {
        Some(found) if found.3.len() >= SHORT => found,
        found => {
            // No article, or one too short to have been scored: what a reader sees is it.
            let seen = visible::text(&unscored.unwrap_or_else(|| Dom::from(guarded.as_str())));
            match found {
                Some((title, byline, published, text)) if seen.trim().is_empty() => (title, byline, published, text),
                Some((title, byline, published, _)) => (title, byline, published, seen),
                None => (page_title, None, None, seen),
            }
        }
    };
    let (text, captions) = set_apart(clean_text(&text), figure_captions);
    Page {
        title: title.or(first_h1),
        byline,
        date: date_meta.as_deref().and_then(iso_date).or(date),
        text,
        captions,
    }
}

/// At most this many figure captions are looked for in a page's text.
const MAX_CAPTIONS: usize = 256;

/// The texts of the page's `<figcaption>` elements, one line each.
fn captions(dom: &Dom) -> Vec<String> {
    dom.select("figcaption")
        .iter()
        .take(MAX_CAPTIONS)
        .filter_map(|c| clean_line(&c.text()))
        .collect()
}

/// `text` with each of `captions` that stands as a line of it made a paragraph of its own
/// (Readability's text runs a caption into the paragraph after it), and the captions found,
/// each once, in the order of the text.
fn set_apart(text: String, captions: Vec<String>) -> (String, Vec<String>) {
    if captions.is_empty() {
        return (text, captions);
    }
    let wanted: std::collections::HashSet<String> = captions.into_iter().collect();
    let mut found = Vec::new();
    let mut paras: Vec<String> = Vec::new();
    for para in text.split("\n\n") {
        let mut lines: Vec<&str> = Vec::new();
        for line in para.split('\n') {
            if !wanted.contains(line) {
                lines.push(line);
                continue;
            }
            if !lines.is_empty() {
                paras.push(lines.join("\n"));
                lines.clear();
            }
            if !found.iter().any(|f| f == line) {
                found.push(line.to_string());
            }
            paras.push(line.to_string());
        }
        if !lines.is_empty() {
            paras.push(lines.join("\n"));
        }
    }
    (paras.join("\n\n"), found)
}

/// The visible text of an HTML fragment (rich text from the clipboard): paragraphs kept,
/// scripts, styles and hidden content dropped, nothing scored away.
pub fn fragment_text(html: &str) -> String {
    let dom = Dom::from(guard::guard(html).as_str());
    clean_text(&visible::text(&dom))
}

/// Readability's reading: title, byline, publication time, text.
type Found = (Option<String>, Option<String>, Option<String>, String);

fn readable(dom: Dom) -> Option<Found> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut r = Readability::with_document(dom, None, Some(cfg)).ok()?;
    let a = r.parse().ok()?;
    let text = a.text_content.to_string();
    if text.trim().is_empty() {
        return None;
    }
    Some((
        clean_line(&a.title),
        a.byline.as_deref().and_then(clean_line),
        a.published_time,
        text,
    ))
}

/// The first `<time datetime>` (or `pubdate`) as a date.
fn published_date(dom: &Dom) -> Option<String> {
    dom.select("time[datetime]")
        .iter()
        .find_map(|t| t.attr("datetime").and_then(|d| iso_date(&d)))
}

/// `YYYY-MM-DD` from the start of an ISO 8601 date or date-time, if it is a real date.
fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|d| d.bytes().all(|c| c.is_ascii_digit()))?
            .parse::<u32>()
            .ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let date = format!("{y:04}-{m:02}-{d:02}");
    crate::calendar::valid_ymd(&date).then_some(date)
}

/// A one-line field: stray `<` restored, spaces collapsed, empty as none.
fn clean_line(s: &str) -> Option<String> {
    let s = guard::unguard(s);
    let line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!line.is_empty()).then_some(line)
}

/// The article text: stray `<` restored, control characters dropped, spaces collapsed,
/// paragraphs separated by one blank line (lines inside a paragraph kept).
fn clean_text(s: &str) -> String {
    let s = guard::unguard(s);
    let mut paras: Vec<String> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for line in s.lines() {
        let kept: String = line.chars().filter(|c| !c.is_control() || *c == '\t').collect();
        let line = kept.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            lines.push(line);
        } else if !lines.is_empty() {
            paras.push(lines.join("\n"));
            lines.clear();
        }
    }
    if !lines.is_empty() {
        paras.push(lines.join("\n"));
    }
    paras.join("\n\n")
}

#[cfg(test)]
mod tests;
