//! Tokens: words, numbers and punctuation, each looked up once in the lexicon.
//!
//! Words keep internal periods ("U.S"), hyphens ("Jong-un"), apostrophes ("O'Brien") and
//! combining marks; the clitics "'s" and "n't" are split off so that "Trudeau's" yields the name
//! and a possessive, and "didn't" yields a negation.

use crate::lexicon::{lexicon, Entry, EntryId};
use crate::text::{is_mark, Span};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (with internal periods, hyphens, apostrophes).
    Word,
    /// Digits, with internal separators: "10,000", "3.5", "1990s".
    Number,
    /// One punctuation character (or a run of periods/dashes).
    Punct,
    /// Anything else: emoji, symbols.
    Symbol,
}

/// Shape bits of a token.
pub(crate) mod shape {
    /// The first letter is uppercase.
    pub const CAP: u8 = 1 << 0;
    /// Every letter is uppercase (and there are at least two).
    pub const ALL_CAPS: u8 = 1 << 1;
    /// Followed directly by a period that belongs to it ("Mr.", "U.S.").
    pub const DOTTED: u8 = 1 << 2;
    /// Whitespace precedes the token.
    pub const SPACE_BEFORE: u8 = 1 << 3;
    /// A line break precedes the token.
    pub const NEWLINE_BEFORE: u8 = 1 << 4;
    /// Contains a letter.
    pub const ALPHA: u8 = 1 << 5;
    /// A possessive clitic: "'s", "’s", or a bare "’" after a plural.
    pub const POSSESSIVE: u8 = 1 << 6;
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// Word, number, punctuation or symbol.
    pub kind: Kind,
    /// [`shape`] bits.
    pub shape: u8,
    /// The lexicon entry of the lowercased word (the empty entry when unknown).
    pub entry: &'static Entry,
    /// The first character (for punctuation, the character itself).
    pub ch: char,
}

impl Token {
    /// The token's byte span.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The token's text.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The lexicon entry.
    #[inline]
    pub fn lex(&self) -> &'static Entry {
        self.entry
    }

    /// The id of the lexicon entry ([`crate::lexicon::NO_ENTRY`] when unknown).
    #[inline]
    pub fn entry_id(&self) -> EntryId {
        self.entry.id
    }

    /// Whether any of the [`shape`] bits is set.
    #[inline]
    pub fn is(&self, bits: u8) -> bool {
        self.shape & bits != 0
    }

    /// Whether this is a word starting with an uppercase letter.
    #[inline]
    pub fn is_cap(&self) -> bool {
        self.kind == Kind::Word && self.is(shape::CAP)
    }

    /// Whether this is the punctuation character `c`.
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.ch == c
    }

    /// Whether this is a determiner ("the", "a", "some").
    #[inline]
    pub fn is_det(&self) -> bool {
        self.kind == Kind::Word && self.entry.tag == Some(crate::lexicon::Tag::Det)
    }

    /// Whether this is a word or number.
    #[inline]
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Number)
    }
}

/// Whether token `k` is a period that belongs to the abbreviation or initial before it
/// ("Mr.", "J.", "U.S.").
pub(crate) fn is_abbrev_period(toks: &[Token], k: usize) -> bool {
    k > 0 && toks[k].is_punct('.') && toks[k - 1].is(shape::DOTTED) && toks[k - 1].end == toks[k].start
}

/// Whether token `k` ends a clause or sentence: `. ! ? ;` other than an abbreviation's period
/// or a period glued to a word with a comma right after it ("D-Ore., said").
pub(crate) fn is_stop(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let before_comma = t.ch == '.'
        && k > 0
        && toks[k - 1].end == t.start
        && toks.get(k + 1).is_some_and(|n| n.is_punct(',') && n.start == t.end);
    t.kind == Kind::Punct && matches!(t.ch, '.' | '!' | '?' | ';' | '…') && !is_abbrev_period(toks, k) && !before_comma
}

/// Double quotation marks.
pub(crate) fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}'
    )
}

/// Single quotation marks and apostrophes.
pub(crate) fn is_single_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
    )
}

/// Marks that may stand for an apostrophe: the straight mark, the right single quotation
/// mark and the modifier letter apostrophe.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Single marks that may open a quotation (a straight mark may also close one).
pub(crate) fn opens_single(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{201A}' | '\u{201B}' | '\u{2039}')
}

/// Dashes used as punctuation.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '\u{2014}' | '\u{2013}' | '\u{2012}' | '\u{2015}')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General punctuation (curly quotes, dashes, spaces): only the joiners continue a word.
        is_mark(c)
    } else {
        c.is_alphanumeric() || is_mark(c)
    }
}

/// Splits `text[from..to]` into tokens, appending to `out`.
pub(crate) fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    let mut space_before = true;
    let mut newline_before = true;
    let mut i = from;
    while let Some(c) = char_at(text, i, to) {
        crate::ops::tick(1);
        let start = i;
        // Zero-width spaces and byte-order marks separate like spaces but are not spaces.
        if c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}') {
            space_before = true;
            if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                newline_before = true;
            }
            i += c.len_utf8();
            continue;
        }
        // Markdown markup is not part of the words: emphasis, heading and list markers, the
        // brackets and address of a link. Skipping it keeps "said **Holm**" a plain attribution.
        if is_markup_start(c) {
            if let Some(end) = markup_end(text, start, to, c, newline_before) {
                i = end;
                continue;
            }
        }
        let mut sh = 0u8;
        if space_before {
            sh |= shape::SPACE_BEFORE;
        }
        if newline_before {
            sh |= shape::NEWLINE_BEFORE;
        }
        space_before = false;
        newline_before = false;
        let tok = token_at(text, start, to, c, sh, out.last());
        i = tok.end;
        out.push(tok);
    }
}

/// The character at byte `i` of `text[..to]`, if any.
#[inline]
fn char_at(text: &str, i: usize, to: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        _ if i >= to => None,
        Some(&b) if b < 0x80 => Some(b as char),
        _ => text[i..to].chars().next(),
    }
}

/// The token starting with character `c` at byte `start` (not a space), with shape bits `sh`
/// so far; `prev` is the token before it.
#[inline]
fn token_at(text: &str, start: usize, to: usize, c: char, sh: u8, prev: Option<&Token>) -> Token {
    let lex = lexicon();
    let glued = prev.is_some_and(|t| t.end == start && t.kind == Kind::Word);
    if glued && is_nt(&text[start..to]) {
        let end = start + 1 + text[start + 1..].chars().next().map_or(0, char::len_utf8) + 1;
        return Token {
            start,
            end,
            kind: Kind::Word,
            shape: sh | shape::ALPHA,
            entry: lex.lookup_entry(&text[start..end]),
            ch: c,
        };
    }
    if is_word_char(c) {
        return word_token(text, start, to, c, sh);
    }
    if c == '\'' || c == '\u{2019}' {
        let after = start + c.len_utf8();
        let rest = &text[after..to];
        let glued = prev.is_some_and(|t| t.end == start && t.kind != Kind::Punct);
        if glued && is_clitic(rest) {
            let len = rest
                .char_indices()
                .find(|&(_, ch)| !ch.is_alphabetic())
                .map_or(rest.len(), |(k, _)| k);
            let end = after + len;
            let possessive = matches!(&text[after..end], "s" | "S");
            return Token {
                start,
                end,
                kind: Kind::Word,
                shape: sh | shape::ALPHA | if possessive { shape::POSSESSIVE } else { 0 },
                entry: lex.lookup_entry(&text[start..end]),
                ch: c,
            };
        }
    }
    // Two single marks in a row ('' `` ‘‘ ’’) stand for a double quotation mark, as in some
    // wire and archive texts.
    if matches!(c, '\'' | '`' | '\u{2018}' | '\u{2019}') && char_at(text, start + c.len_utf8(), to) == Some(c) {
        return Token {
            start,
            end: start + 2 * c.len_utf8(),
            kind: Kind::Punct,
            shape: sh,
            entry: lex.empty(),
            ch: '"',
        };
    }
    // Punctuation and symbols: runs of periods or dashes are one token.
    let mut end = start + c.len_utf8();
    if c == '.' || c == '-' || is_dash(c) {
        while char_at(text, end, to) == Some(c) {
            end += c.len_utf8();
        }
    }
    let kind = if c.is_ascii_punctuation()
        || is_double_quote(c)
        || is_single_quote(c)
        || is_dash(c)
        || matches!(c, '…' | '¡' | '¿' | '•' | '·')
    {
        Kind::Punct
    } else {
        Kind::Symbol
    };
    Token {
        start,
        end,
        kind,
        shape: sh,
        entry: lex.empty(),
        ch: c,
    }
}

/// A word or number starting with `c` at byte `start`: its shape (capitals, a period that
/// belongs to it) and its lexicon entry.
#[inline]
fn word_token(text: &str, start: usize, to: usize, c: char, mut sh: u8) -> Token {
    let lex = lexicon();
    let (end, stats) = scan_word(text, start, to);
    let word = &text[start..end];
    let kind = if stats.has_alpha {
        sh |= shape::ALPHA;
        Kind::Word
    } else {
        Kind::Number
    };
    if c.is_uppercase() {
        sh |= shape::CAP;
    }
    if stats.letters >= 2 && stats.upper == stats.letters {
        sh |= shape::ALL_CAPS;
    }
    let entry = if kind == Kind::Word {
        lex.lookup_entry(word)
    } else {
        lex.empty()
    };
    // A following period belongs to a known abbreviation, an initial, or a dotted word.
    if end < to && text.as_bytes()[end] == b'.' {
        let initial = stats.letters == 1 && stats.chars == 1 && c.is_uppercase();
        if stats.inner_dot || initial || entry.abbr.is_some() {
            sh |= shape::DOTTED;
        }
    }
    Token {
        start,
        end,
        kind,
        shape: sh,
        entry,
        ch: c,
    }
}

/// The byte ranges of Markdown markup in `text` (emphasis, heading, quote and list markers,
/// link brackets and addresses): what the tokenizer skips, for a reader to hide.
pub fn markup(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line_start = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        if is_markup_start(char::from(b)) {
            if let Some(end) = markup_end(text, i, text.len(), b as char, line_start) {
                out.push(i..end);
                i = end;
                line_start = false;
                continue;
            }
        }
        line_start = false;
        // On to the next byte that may start markup or a line.
        i += 1;
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        if b.is_ascii_alphanumeric() || b >= 0x80 {
            // Inside a word: "well-known" and "snake_case" are not markup.
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] >= 0x80 || matches!(bytes[i], b'-' | b'\''))
            {
                i += 1;
            }
        }
    }
    out
}

/// Longest span of a link label scanned for its closing `](`, so the lookahead stays bounded.
const MAX_LINK_LABEL: usize = 400;
/// Longest link address skipped.
const MAX_LINK_URL: usize = 2000;

/// Whether Markdown markup may start with `c` (see [`markup_end`]).
fn is_markup_start(c: char) -> bool {
    matches!(c, '_' | '#' | '>' | '-' | '+' | '*' | '[' | '!' | ']')
}

/// Where Markdown markup starting with `c` at `start` ends, if it is markup.
fn markup_end(text: &str, start: usize, to: usize, c: char, line_start: bool) -> Option<usize> {
    let bytes = &text.as_bytes()[..to];
    let run = |b: u8| start + bytes[start..].iter().take_while(|&&x| x == b).count();
    let space_after = |end: usize| bytes.get(end).is_none_or(|b| b.is_ascii_whitespace());
    match c {
        '_' => {
            let end = run(b'_');
            let before_word = start > 0 && bytes[start - 1].is_ascii_alphanumeric();
            let after_word = bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
            // Not "snake_case" inside a word.
            (!(before_word && after_word)).then_some(end)
        }
        // Headings and block quotes.
        '#' | '>' if line_start => {
            let end = run(c as u8);
            space_after(end).then(|| end + usize::from(bytes.get(end) == Some(&b' ')))
        }
        // List bullets.
        '-' | '+' | '*' if line_start && bytes.get(start + 1) == Some(&b' ') => Some(start + 2),
        // Emphasis ("*word*", "**word**").
        '*' => Some(run(b'*')),
        // A link's label opens: skip "[" (and an image's "![") when "](" closes it on the line.
        '[' | '!' => {
            let open = if c == '!' { start + 1 } else { start };
            if bytes.get(open) != Some(&b'[') {
                return None;
            }
            let limit = to.min(open + MAX_LINK_LABEL);
            let close = bytes[open + 1..limit]
                .iter()
                .position(|&b| b == b']' || b == b'\n' || b == b'[')?;
            let close = open + 1 + close;
            (bytes[close] == b']' && bytes.get(close + 1) == Some(&b'(')).then_some(open + 1)
        }
        // A link's label closes: skip "](address)".
        ']' if bytes.get(start + 1) == Some(&b'(') => {
            let limit = to.min(start + 2 + MAX_LINK_URL);
            let close = bytes[start + 2..limit]
                .iter()
                .position(|&b| b == b')' || b.is_ascii_whitespace() && b != b' ')?;
            let close = start + 2 + close;
            (bytes[close] == b')').then_some(close + 1)
        }
        _ => None,
    }
}

#[derive(Default)]
struct WordStats {
    has_alpha: bool,
    letters: usize,
    upper: usize,
    chars: usize,
    inner_dot: bool,
}

/// Scans one word from `start`: word characters joined by `.`, `-`, `'`, `’` when a word
/// character follows (and `,`, `:`, `/` inside numbers). Stops before a clitic ("'s", "n't").
fn scan_word(text: &str, start: usize, to: usize) -> (usize, WordStats) {
    scan_ascii_word(text, start, to).unwrap_or_else(|| scan_unicode_word(text, start, to))
}

/// Class bits of ASCII bytes, for [`scan_ascii_word`]: a letter, an uppercase letter, a digit.
const ALPHA: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;

/// [`ALPHA`], [`UPPER`] and [`DIGIT`] of each byte (zero for every other byte).
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALPHA | UPPER
        } else if c.is_ascii_lowercase() {
            ALPHA
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// [`scan_word`] for a word of ASCII characters only (most English words); `None` as soon as
/// a non-ASCII character is met, so the general scanner takes over.
fn scan_ascii_word(text: &str, start: usize, to: usize) -> Option<(usize, WordStats)> {
    let bytes = &text.as_bytes()[..to];
    let (mut letters, mut upper, mut joiners, mut inner_dot) = (0usize, 0usize, 0usize, false);
    let mut i = start;
    loop {
        // A run of letters and digits: the bulk of every word.
        while let Some(&b) = bytes.get(i) {
            let c = ASCII_CLASS[usize::from(b)];
            if c == 0 {
                break;
            }
            letters += usize::from(c & ALPHA);
            upper += usize::from(c & UPPER != 0);
            i += 1;
        }
        // A joiner continues the word only before another letter or digit.
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b >= 0x80 {
            return None;
        }
        let Some(&n) = bytes.get(i + 1) else {
            break;
        };
        if n >= 0x80 {
            return None;
        }
        if ASCII_CLASS[usize::from(n)] == 0 {
            break;
        }
        // No letter yet: a number, whose separators differ ("10,000", "3.5", "9/11").
        let all_digits = letters == 0;
        let ok = match b {
            b'.' => {
                inner_dot |= !all_digits || !n.is_ascii_digit();
                true
            }
            b'-' => true,
            b'\'' => !is_clitic(&text[i + 1..to]),
            b',' | b':' | b'/' => all_digits && n.is_ascii_digit(),
            _ => false,
        };
        if !ok {
            break;
        }
        joiners += 1;
        i += 1;
    }
    let mut st = WordStats {
        has_alpha: letters > 0,
        letters,
        upper,
        chars: i - start - joiners,
        inner_dot,
    };
    let mut end = i;
    if end > start + 1 && bytes[end - 1].eq_ignore_ascii_case(&b'n') && is_nt(&text[end - 1..to]) {
        end -= 1;
        st.chars = st.chars.saturating_sub(1);
    }
    Some((end, st))
}

/// [`scan_word`] for any word.
fn scan_unicode_word(text: &str, start: usize, to: usize) -> (usize, WordStats) {
    let mut st = WordStats::default();
    let mut all_digits = true;
    let mut end = start;
    let mut chars = text[start..to].char_indices().peekable();
    while let Some((j, d)) = chars.next() {
        let at = start + j;
        if is_word_char(d) {
            st.has_alpha |= d.is_alphabetic();
            all_digits &= d.is_ascii_digit();
            st.upper += usize::from(d.is_uppercase());
            st.letters += usize::from(d.is_alphabetic());
            st.chars += 1;
            end = at + d.len_utf8();
            continue;
        }
        let Some(&(_, n)) = chars.peek() else { break };
        if !is_word_char(n) {
            break;
        }
        let ok = match d {
            '.' => {
                st.inner_dot |= !all_digits || !n.is_ascii_digit();
                true
            }
            '-' | '\u{2010}' | '\u{2011}' => true,
            '\'' | '\u{2019}' => !is_clitic(&text[at + d.len_utf8()..to]),
            ',' | ':' | '/' => all_digits && n.is_ascii_digit(),
            _ => false,
        };
        if !ok {
            break;
        }
        end = at + d.len_utf8();
    }
    // "didn't": the word ends before the "n" of the clitic "n't".
    if end > start + 1 && text[..end].ends_with(['n', 'N']) && is_nt(&text[end - 1..to]) {
        end -= 1;
        st.chars = st.chars.saturating_sub(1);
    }
    (end, st)
}

/// Whether `s` starts with the clitic "n't" (straight or curly apostrophe) ending a word.
fn is_nt(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some('n' | 'N'))
        && matches!(c.next(), Some('\'' | '\u{2019}'))
        && matches!(c.next(), Some('t' | 'T'))
        && c.next().is_none_or(|a| !is_word_char(a))
}

/// Whether `rest` (the text after an apostrophe) starts with an English clitic.
fn is_clitic(rest: &str) -> bool {
    let mut chars = rest.chars();
    let a = chars.next().map(|c| c.to_ascii_lowercase());
    let b = chars.next().map(|c| c.to_ascii_lowercase());
    let c = chars.next();
    let ends = |x: Option<char>| x.is_none_or(|x| !x.is_alphanumeric());
    match (a, b) {
        (Some('s'), n) | (Some('d'), n) | (Some('m'), n) => ends(n),
        (Some('t'), n) => ends(n),
        (Some('r'), Some('e')) | (Some('v'), Some('e')) | (Some('l'), Some('l')) => ends(c),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(s, 0, s.len(), &mut out);
        out.iter().map(|t| t.text(s).to_string()).collect()
    }

    #[test]
    fn markup_ranges() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("heading", "# Title here", &["# "]),
            (
                "emphasis",
                "said **Holm**, _a_ well-known farmer",
                &["**", "**", "_", "_"],
            ),
            (
                "bullet and link",
                "- The [office](https://x.org/a_b) said",
                &["- ", "[", "](https://x.org/a_b)"],
            ),
            ("quote block", "> “Yes,” she said", &["> "]),
            ("plain text", "snake_case and a - dash [sic] here", &[]),
            ("accents", "Zoë **Müller** said", &["**", "**"]),
        ];
        for (name, text, want) in cases {
            let got: Vec<&str> = markup(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(&got, want, "case {name}");
        }
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("plain", "He said no.", &["He", "said", "no", "."]),
            ("abbreviation", "the U.S. Senate", &["the", "U.S", ".", "Senate"]),
            ("hyphenated name", "Kim Jong-un met", &["Kim", "Jong-un", "met"]),
            ("possessive", "Trudeau's plan", &["Trudeau", "'s", "plan"]),
            (
                "curly possessive",
                "the ministry’s view",
                &["the", "ministry", "’s", "view"],
            ),
            ("negation", "didn't go", &["did", "n't", "go"]),
            ("curly negation", "don’t", &["do", "n’t"]),
            ("number", "10,000 people, 3.5%", &["10,000", "people", ",", "3.5", "%"]),
            ("apostrophe name", "O'Brien said", &["O'Brien", "said"]),
            ("decade", "the ’90s", &["the", "’", "90s"]),
            ("quote marks", "“Yes,” she said", &["“", "Yes", ",", "”", "she", "said"]),
            ("ellipsis", "wait... no", &["wait", "...", "no"]),
            ("dash", "one — two", &["one", "—", "two"]),
            ("accent", "Zoë Müller", &["Zoë", "Müller"]),
            ("combining", "Zoe\u{308} said", &["Zoe\u{308}", "said"]),
            ("emoji", "hi 👋 there", &["hi", "👋", "there"]),
            (
                "doubled apostrophes",
                "''Yes,'' he said",
                &["''", "Yes", ",", "''", "he", "said"],
            ),
            ("time", "at 5:30 p.m.", &["at", "5:30", "p.m", "."]),
            (
                "markdown emphasis",
                "said **Greta Holm**, _a_ farmer",
                &["said", "Greta", "Holm", ",", "a", "farmer"],
            ),
            ("markdown heading", "## Frost hits", &["Frost", "hits"]),
            ("markdown bullet", "- The office said", &["The", "office", "said"]),
            (
                "markdown link",
                "The [office](https://x.org/a_b) said",
                &["The", "office", "said"],
            ),
            ("markdown image", "![a map](m.png) here", &["a", "map", "here"]),
            (
                "brackets kept",
                "he [the minister] said",
                &["he", "[", "the", "minister", "]", "said"],
            ),
            (
                "inner hyphen kept",
                "a well-known - fact",
                &["a", "well-known", "-", "fact"],
            ),
            ("snake case kept", "file_name here", &["file", "_", "name", "here"]),
        ];
        for (name, input, want) in cases {
            assert_eq!(toks(input), *want, "case {name}");
        }
    }

    #[test]
    fn shapes() {
        let s = "Mr. Smith of NATO said";
        let mut out = Vec::new();
        tokenize(s, 0, s.len(), &mut out);
        assert!(out[0].is(shape::DOTTED) && out[0].is(shape::CAP));
        assert!(out[2].is(shape::CAP) && !out[2].is(shape::ALL_CAPS));
        assert!(!out[3].is(shape::CAP));
        assert!(out[4].is(shape::ALL_CAPS));
    }
}
