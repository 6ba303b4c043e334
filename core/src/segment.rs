//! Segmentation: the article's head (metadata, title, byline), paragraphs, tokens, sentences.

use std::ops::Range;

use crate::document::Meta;
use crate::lexicon::{flag, Abbr, Tag};
use crate::text::Span;
use crate::tokens::{is_double_quote, is_single_quote, shape, tokenize, Kind, Token};

/// A paragraph: its span and its tokens.
#[derive(Debug, Clone)]
pub(crate) struct Para {
    /// Byte span, trimmed of surrounding whitespace.
    pub span: Span,
    /// Token index range.
    pub toks: Range<usize>,
    /// Whether this paragraph is the article's title line.
    pub is_title: bool,
    /// Whether this paragraph is newsroom boilerplate ("Story continues below", "READ MORE: …")
    /// or a figure's caption.
    pub boilerplate: bool,
}

impl Para {
    /// Whether the paragraph is the article's own prose (not its headline or boilerplate).
    pub fn is_prose(&self) -> bool {
        !self.is_title && !self.boilerplate
    }
}

/// A sentence: its span, tokens and paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Sent {
    /// Byte span from its first token to its last.
    pub span: Span,
    /// Token index range.
    pub toks: Range<usize>,
    /// Index of its paragraph.
    pub para: usize,
}

/// The result of segmentation.
#[derive(Debug, Clone, Default)]
pub(crate) struct Segmented {
    /// Title, date, byline.
    pub meta: Meta,
    /// Paragraphs in order.
    pub paras: Vec<Para>,
    /// Sentences in order.
    pub sents: Vec<Sent>,
    /// All tokens of all paragraphs, in order.
    pub tokens: Vec<Token>,
    /// For each token, the index of its sentence.
    pub sent_of: Vec<u32>,
}

/// Segments `text`.
#[cfg(any(test, feature = "train"))]
pub(crate) fn segment(text: &str) -> Segmented {
    segment_with(text, &Meta::default())
}

/// The figure captions a page gave, as paragraphs to look for: each caption's words joined
/// by single spaces.
struct Captions(std::collections::HashSet<String>);

impl Captions {
    fn new(captions: &[String]) -> Captions {
        Captions(captions.iter().map(|c| words_of(c)).filter(|c| !c.is_empty()).collect())
    }

    /// Whether paragraph text `para` is one of the captions (spacing aside).
    fn holds(&self, para: &str) -> bool {
        !self.0.is_empty() && self.0.contains(&words_of(para))
    }
}

/// The words of `s` joined by single spaces.
fn words_of(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether paragraph text `para` is the title `known` (spaces and `#` marks aside).
fn is_known_title(para: &str, known: Option<&str>) -> bool {
    let words = |s: &str| words_of(s.trim_start_matches('#'));
    known.is_some_and(|k| !k.trim().is_empty() && words(para) == words(k))
}

/// Segments `text`, given what is `known` of its head from outside it (a web page's title,
/// date and byline): each is used where the text's own head gives none, and a first
/// paragraph that is the known title is the title.
pub(crate) fn segment_with(text: &str, known: &Meta) -> Segmented {
    let mut seg = Segmented {
        tokens: Vec::with_capacity(text.len() / 5 + 16),
        ..Segmented::default()
    };
    let body = read_metadata(text, &mut seg.meta);
    if seg.meta.date.is_none() {
        seg.meta.date = known.date.clone().filter(|d| crate::calendar::valid_ymd(d));
    }
    let raw = split_paragraphs(text, body);
    let captions = Captions::new(&known.captions);
    for (i, span) in raw.into_iter().enumerate() {
        let first = seg.tokens.len();
        tokenize(text, span.start, span.end, &mut seg.tokens);
        let toks = first..seg.tokens.len();
        if toks.is_empty() {
            continue;
        }
        let is_title = i == 0
            && seg.meta.title.is_none()
            && (is_known_title(span.text(text), known.title.as_deref())
                || looks_like_title(text, span, &seg.tokens[toks.clone()]));
        if is_title {
            let t = span.text(text).trim_start_matches('#').trim();
            seg.meta.title = Some(t.to_string());
        }
        let caption = !is_title && captions.holds(span.text(text));
        if caption {
            seg.meta.captions.push(span.text(text).to_string());
        }
        let boilerplate = caption || (!is_title && is_boilerplate(span.text(text)));
        seg.paras.push(Para {
            span,
            toks,
            is_title,
            boilerplate,
        });
    }
    if seg.paras.len() < 2 {
        // A one-paragraph text has no title: it is the article.
        if let Some(p) = seg.paras.first_mut() {
            if p.is_title {
                p.is_title = false;
                seg.meta.title = None;
            }
        }
    }
    // A byline: "By Jane Doe" near the top, without sentence punctuation.
    for p in seg.paras.iter().take(4) {
        // Markdown emphasis around it ("*By Jane Doe*") is not part of it.
        let t = p.span.text(text).trim_matches(|c| c == '*' || c == '_').trim();
        if let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) {
            let words = rest.split_whitespace().count();
            if seg.meta.byline.is_none() && (1..=8).contains(&words) && !rest.ends_with('.') {
                seg.meta.byline = Some(rest.trim().to_string());
            }
        }
    }
    if seg.meta.byline.is_none() {
        seg.meta.byline = known.byline.clone();
    }
    if seg.meta.title.is_none() && !seg.paras.first().is_some_and(|p| p.is_title) {
        seg.meta.title = known.title.clone().filter(|t| !t.trim().is_empty());
    }
    for (pi, p) in seg.paras.iter().enumerate() {
        split_sentences(text, &seg.tokens, p.toks.clone(), pi, &mut seg.sents);
    }
    seg.sent_of = vec![0; seg.tokens.len()];
    for (si, s) in seg.sents.iter().enumerate() {
        for k in s.toks.clone() {
            seg.sent_of[k] = si as u32;
        }
    }
    seg
}

/// Longest photo credit read at a caption's end, in bytes ("(Andrew Vaughan/Canadian Press)").
const MAX_CREDIT: usize = 80;

/// Whether a paragraph is a photo caption: it ends with a credit in parentheses naming a
/// photographer and an outlet, "(Jane Doe/The Canadian Press)", or opens with one, "Jane Doe /
/// The Canadian Press".
fn is_photo_caption(para: &str) -> bool {
    let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // A credit first: "Jane Doe / The Canadian Press A family sits …".
    if let Some(who) = before_spaced_slash(para) {
        if who.len() <= MAX_CREDIT && few_words(who, 3, capitalized) {
            return true;
        }
    }
    let t = para.trim_end();
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let credit = &body[open + 1..];
    let Some((who, outlet)) = credit.split_once('/') else {
        return false;
    };
    credit.len() <= MAX_CREDIT && few_words(who, 5, capitalized) && few_words(outlet, 5, capitalized)
}

/// Whether `s` holds one to `max` words, each of which `word` accepts.
fn few_words(s: &str, max: usize, word: impl Fn(&str) -> bool) -> bool {
    let mut n = 0;
    s.split_whitespace().all(|w| {
        n += 1;
        n <= max && word(w)
    }) && n > 0
}

/// The text before the first " / " in `para`, if there is one.
fn before_spaced_slash(para: &str) -> Option<&str> {
    let bytes = para.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'/', &bytes[from..]) {
        let i = from + k;
        if i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ') {
            return Some(&para[..i - 1]);
        }
        from = i + 1;
    }
    None
}

/// How many words after an all-capitals label make a paragraph part of the story.
const LONG_AFTER_LABEL: usize = 24;

/// Whether a paragraph is a newsroom insert rather than part of the story: it starts with a
/// line from `data/boilerplate.txt`, or with an all-capitals label and a colon before a short
/// line with no closing stop ("WATCH: …").
fn is_boilerplate(para: &str) -> bool {
    static PREFIXES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let prefixes = PREFIXES.get_or_init(|| {
        include_str!("../data/boilerplate.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    if is_photo_caption(para) {
        return true;
    }
    let mut head = [0u8; 40];
    let n = para.len().min(head.len());
    head[..n].copy_from_slice(&para.as_bytes()[..n]);
    head[..n].make_ascii_lowercase();
    if prefixes.iter().any(|p| head[..n].starts_with(p.as_bytes())) {
        return true;
    }
    // "WATCH:", "READ MORE:", "LISTEN:" — an all-capitals label of one to three words before
    // a short line. A long paragraph after such a label ("ANALYSIS: Some experts say …") is
    // the story, sorted under a section's name.
    let Some(colon) = memchr::memchr(b':', para.as_bytes()) else {
        return false;
    };
    let label = few_words(&para[..colon], 3, |w| {
        w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '\'')
    });
    // A transcript's line ("TAPPER: Do you think he has …?") ends as a sentence does; a link
    // under a label is a headline, without a stop.
    let sentence = para
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}'))
        .ends_with(['.', '?', '!']);
    label && !sentence && para[colon + 1..].split_whitespace().nth(LONG_AFTER_LABEL).is_none()
}

/// Reads a leading metadata line (`date 2026-03-05`, `Date: 2026-03-05`) and returns the byte
/// offset where the article's body starts.
fn read_metadata(text: &str, meta: &mut Meta) -> usize {
    let lead = text.len() - text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']).len();
    let rest = &text[lead..];
    let lower_head: String = rest.chars().take(5).flat_map(char::to_lowercase).collect();
    if !lower_head.starts_with("date") {
        return lead;
    }
    let after_key = &rest[4..];
    let trimmed = after_key.trim_start_matches([':', ' ', '\t', '=']);
    if trimmed.len() == after_key.len() && !after_key.starts_with(':') {
        // "date" must be followed by a separator.
        return lead;
    }
    let b = trimmed.as_bytes();
    let is_date = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && b.get(10).is_none_or(|c| !c.is_ascii_alphanumeric());
    if !is_date {
        return lead;
    }
    let date = &trimmed[..10];
    if crate::calendar::valid_ymd(date) {
        meta.date = Some(date.to_string());
    }
    lead + (rest.len() - trimmed.len()) + 10
}

/// Splits the body into paragraphs: blank lines separate paragraphs, and so does a single line
/// break unless the next line continues a wrapped sentence (starts in lowercase).
fn split_paragraphs(text: &str, body: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_content_end = body;
    let mut line_start = body;
    let bytes = text.as_bytes();
    let mut i = body;
    while i <= text.len() {
        // Straight to the next byte that may break a line.
        if let Some(rest) = bytes.get(i..) {
            i += memchr::memchr2(b'\n', 0xE2, rest).unwrap_or(rest.len());
        }
        let at_end = i == text.len();
        let is_nl = !at_end && bytes[i] == b'\n';
        // U+2028 and U+2029 (line and paragraph separators) are E2 80 A8 and E2 80 A9.
        let is_sep = !at_end
            && bytes[i] == 0xE2
            && bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9));
        if at_end || is_nl || is_sep {
            let line = &text[line_start..i];
            let trimmed = line.trim();
            if trimmed.is_empty() {
                if let Some(s) = start.take() {
                    out.push(Span::new(s, last_content_end));
                }
            } else {
                let lead = line.len() - line.trim_start().len();
                let content_start = line_start + lead;
                let content_end = line_start + line.trim_end().len();
                let first = trimmed.chars().next().unwrap_or(' ');
                let continues = first.is_lowercase();
                let block = starts_block(trimmed);
                match start {
                    Some(s) if continues && !block => {
                        let _ = s;
                    }
                    Some(s) => {
                        out.push(Span::new(s, last_content_end));
                        start = Some(content_start);
                    }
                    None => start = Some(content_start),
                }
                last_content_end = content_end;
            }
            if at_end {
                break;
            }
            let step = if is_nl { 1 } else { 3 };
            i += step;
            line_start = i;
            continue;
        }
        i += 1;
    }
    if let Some(s) = start {
        out.push(Span::new(s, last_content_end));
    }
    out
}

/// Whether a line starts a Markdown block of its own: a heading or a list item.
fn starts_block(line: &str) -> bool {
    line.starts_with('#') || line.starts_with("- ") || line.starts_with("* ") || line.starts_with("> ") || {
        // "1. ", "12. ": a numbered list item.
        let b = line.as_bytes();
        let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
        (1..=3).contains(&digits) && b[digits..].starts_with(b". ")
    }
}

/// Whether the first paragraph is a headline: a Markdown heading, or one short line in title
/// case or without final punctuation.
fn looks_like_title(text: &str, span: Span, toks: &[Token]) -> bool {
    let t = span.text(text);
    if t.contains('\n') {
        return false;
    }
    if t.starts_with("# ") || t.starts_with("## ") {
        return true;
    }
    let words: Vec<&Token> = toks.iter().filter(|t| t.kind == Kind::Word).collect();
    if words.is_empty() || words.len() > 30 {
        return false;
    }
    let content: Vec<&&Token> = words
        .iter()
        .filter(|w| !w.lex().has(flag::FUNCTION) && w.end - w.start >= 3)
        .collect();
    let capped = content.iter().filter(|w| w.is(shape::CAP)).count();
    let title_case = !content.is_empty() && capped * 10 >= content.len() * 7 && content.len() >= 2;
    let last = toks.last().map(|t| t.ch).unwrap_or(' ');
    let unpunctuated = t.len() < 120
        && !matches!(last, '.' | '!' | '?' | ':' | ',' | ';')
        && !is_double_quote(last)
        && !is_single_quote(last);
    // "Lewandowski: FBI director acted as judge and jury": a headline's speaker label, a
    // few capitalized words and a colon, opening a short line.
    let colon = toks.iter().take(6).position(|t| t.kind == Kind::Punct && t.ch == ':');
    let label = t.len() < 120
        && colon.is_some_and(|c| c > 0 && toks[..c].iter().all(|t| t.kind == Kind::Word && t.is(shape::CAP)));
    title_case || unpunctuated || label
}

fn is_terminal(t: &Token) -> bool {
    t.kind == Kind::Punct && matches!(t.ch, '.' | '!' | '?' | '…')
}

fn is_closer(t: &Token) -> bool {
    t.kind == Kind::Punct && (matches!(t.ch, ')' | ']' | '}' | '”' | '’' | '»') || t.ch == '"' || t.ch == '\'')
}

/// Splits a paragraph's tokens into sentences.
fn split_sentences(text: &str, toks: &[Token], range: Range<usize>, para: usize, out: &mut Vec<Sent>) {
    let mut start = range.start;
    let mut k = range.start;
    while k < range.end {
        let t = &toks[k];
        if !is_terminal(t) {
            k += 1;
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        let mut j = k + 1;
        while j < range.end && is_closer(&toks[j]) && !opens_quote(toks, j, range.end) {
            j += 1;
        }
        if j >= range.end {
            break;
        }
        if ends_sentence(text, toks, k, j, range.end) {
            push(toks, start..j, para, out);
            start = j;
        }
        k = j.max(k + 1);
    }
    if start < range.end {
        push(toks, start..range.end, para, out);
    }
}

fn push(toks: &[Token], r: Range<usize>, para: usize, out: &mut Vec<Sent>) {
    let span = Span::new(toks[r.start].start, toks[r.end - 1].end);
    out.push(Sent { span, toks: r, para });
}

/// Whether the straight quote at `j` opens a quotation (space before, word after).
fn opens_quote(toks: &[Token], j: usize, end: usize) -> bool {
    let t = &toks[j];
    (t.ch == '"' || t.ch == '\'') && t.is(shape::SPACE_BEFORE) && j + 1 < end && !toks[j + 1].is(shape::SPACE_BEFORE)
}

/// Whether the terminal at `k`, followed (after closers) by token `j`, ends a sentence.
fn ends_sentence(text: &str, toks: &[Token], k: usize, j: usize, end: usize) -> bool {
    let next = &toks[j];
    // The next sentence must start like one: a capital, a digit, or an opening quote/bracket.
    let starts_like_sentence = match next.kind {
        Kind::Word => next.is(shape::CAP),
        Kind::Number => true,
        Kind::Punct => {
            is_double_quote(next.ch) || is_single_quote(next.ch) || matches!(next.ch, '(' | '[' | '—' | '-' | '*' | '#')
        }
        Kind::Symbol => true,
    };
    if !starts_like_sentence {
        return false;
    }
    // "?" or "!" followed by a capital ends a sentence.
    let t = &toks[k];
    if t.ch != '.' || k == 0 {
        return true;
    }
    let prev = &toks[k - 1];
    if !prev.is(shape::DOTTED) || prev.end != t.start {
        return true;
    }
    // The period ends an abbreviation or initial: decide by what kind and what follows.
    let lex = prev.lex();
    let first_word = if next.kind == Kind::Punct && j + 1 < end {
        &toks[j + 1]
    } else {
        next
    };
    let starter = first_word.kind == Kind::Word
        && (first_word.lex().has(flag::PRONOUN)
            || matches!(
                first_word.lex().tag,
                Some(Tag::Det | Tag::Conj | Tag::Sub | Tag::Adv | Tag::Wh | Tag::Prep)
            ));
    match lex.abbr {
        Some(Abbr::Title) => false,
        Some(Abbr::Month) | Some(Abbr::Number) | Some(Abbr::Day) => next.kind != Kind::Number && starter,
        Some(Abbr::Other) => starter,
        None => {
            // A single capital letter: an initial ("J. Smith") unless a sentence clearly starts.
            let w = prev.text(text);
            if w.chars().count() == 1 {
                starter && first_word.text(text) != "A"
            } else {
                // Dotted words like "U.S" not in the list behave like "other" abbreviations.
                starter
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(s: &str) -> Vec<String> {
        let seg = segment(s);
        seg.sents.iter().map(|x| x.span.text(s).to_string()).collect()
    }

    #[test]
    fn boilerplate_cases() {
        let cases: &[(&str, &str, bool)] = &[
            ("story text", "Ruiz said the plan would pass.", false),
            ("a read-more line", "READ MORE: Port deal collapses", true),
            ("a link under a label", "VIDEO: Ferry crews walk off the job", true),
            (
                "a transcript's line is the story",
                "TAPPER: Do you think the port deal will pass?",
                false,
            ),
            (
                "a credit at the end",
                "Ana Ruiz speaks at the rally. (Jane Doe/The Harbour Times)",
                true,
            ),
            (
                "a spaced credit",
                "The new ferry in the bay. ( Jane Doe / Harbour Times )",
                true,
            ),
            (
                "a credit first",
                "Jane Doe / The Harbour Times Ana Ruiz at the rally.",
                true,
            ),
            (
                "a parenthesis that is no credit",
                "Ruiz said the fee (about $10) was fair.",
                false,
            ),
            (
                "an and/or",
                "Ruiz said a yes/no vote would follow (Monday or Tuesday).",
                false,
            ),
        ];
        for (name, text, want) in cases {
            assert_eq!(is_boilerplate(text), *want, "case {name}");
        }
    }

    #[test]
    fn sentence_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("two sentences", "It rained. We stayed.", &["It rained.", "We stayed."]),
            (
                "title abbreviation",
                "Sen. Jane Doe spoke. Then she left.",
                &["Sen. Jane Doe spoke.", "Then she left."],
            ),
            (
                "representative",
                "Rep. Al Cole voted no. He was alone.",
                &["Rep. Al Cole voted no.", "He was alone."],
            ),
            (
                "month",
                "It ends Nov. 3 in Ohio. Votes follow.",
                &["It ends Nov. 3 in Ohio.", "Votes follow."],
            ),
            (
                "country inside",
                "The U.S. Senate voted. It passed.",
                &["The U.S. Senate voted.", "It passed."],
            ),
            (
                "country at end",
                "She moved to the U.S. The move was hard.",
                &["She moved to the U.S.", "The move was hard."],
            ),
            (
                "initial",
                "J. Smith wrote it. Others agreed.",
                &["J. Smith wrote it.", "Others agreed."],
            ),
            (
                "number abbreviation",
                "He is No. 2 on the list. She is first.",
                &["He is No. 2 on the list.", "She is first."],
            ),
            (
                "quote ends sentence",
                "“We will win.” She smiled.",
                &["“We will win.”", "She smiled."],
            ),
            (
                "quote with attribution",
                "“Will we win?” she asked. Nobody knew.",
                &["“Will we win?” she asked.", "Nobody knew."],
            ),
            (
                "straight quotes",
                "\"Go home,\" he said. \"Now.\"",
                &["\"Go home,\" he said.", "\"Now.\""],
            ),
            (
                "governor",
                "Gov. Li Wei said so. Dr. Ana Paz agreed.",
                &["Gov. Li Wei said so.", "Dr. Ana Paz agreed."],
            ),
            (
                "lowercase after period",
                "The 3 p.m. meeting ended.",
                &["The 3 p.m. meeting ended."],
            ),
        ];
        for (name, input, want) in cases {
            assert_eq!(sentences(input), *want, "case {name}");
        }
    }

    #[test]
    fn paragraphs_and_title() {
        let s =
            "Council Rejects Budget Plan\n\nThe council voted.\nIt was close.\n\nwrapped line\nthat continues here.";
        let seg = segment(s);
        assert_eq!(seg.meta.title.as_deref(), Some("Council Rejects Budget Plan"));
        let paras: Vec<&str> = seg.paras.iter().map(|p| p.span.text(s)).collect();
        assert_eq!(
            paras,
            [
                "Council Rejects Budget Plan",
                "The council voted.",
                "It was close.",
                "wrapped line\nthat continues here."
            ]
        );
    }

    #[test]
    fn first_sentence_is_not_a_title() {
        let s = "The mayor said on Monday that the plan would pass.\n\nOthers disagreed.";
        assert_eq!(segment(s).meta.title, None);
    }

    #[test]
    fn metadata_line() {
        let s = "date 2026-03-05 The council met. It voted.";
        let seg = segment(s);
        assert_eq!(seg.meta.date.as_deref(), Some("2026-03-05"));
        assert_eq!(seg.sents[0].span.text(s), "The council met.");
        let s = "Date: 2026-03-05\nHeadline Here\n\nBody text.";
        let seg = segment(s);
        assert_eq!(seg.meta.date.as_deref(), Some("2026-03-05"));
        assert_eq!(seg.meta.title.as_deref(), Some("Headline Here"));
    }

    #[test]
    fn crlf() {
        let s = "One.\r\n\r\nTwo said so.\r\n";
        let seg = segment(s);
        let paras: Vec<&str> = seg.paras.iter().map(|p| p.span.text(s)).collect();
        assert_eq!(paras, ["One.", "Two said so."]);
    }

    #[test]
    fn byline() {
        let s = "Big News Today\n\nBy Jane Roe and Sam Poe\n\nThe body.";
        assert_eq!(segment(s).meta.byline.as_deref(), Some("Jane Roe and Sam Poe"));
        let md = "# Title\n\n*By Jane Roe*\n\nThe council met.";
        assert_eq!(segment(md).meta.byline.as_deref(), Some("Jane Roe"));
    }
}
