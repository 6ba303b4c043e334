//! A linear pass over a page's markup before the HTML parser sees it, so that no page,
//! however hostile, costs more than linear time.
//!
//! Two inputs make an HTML5 tree builder slow. A `<` that starts no tag is a parse error per
//! character (a page of five million `<` takes seconds); such a `<` is replaced here by
//! [`LT`], a private-use character turned back into `<` in everything read from the page.
//! And every start tag looks through the stack of open elements, so nesting ten thousand
//! deep costs a hundred million steps; start tags past [`MAX_DEPTH`] open elements are
//! dropped here (their text stays), as browsers cap the depth of the tree.
//!
//! A third is the serializer's: escaping a text node looks ahead to its next `<` or `>` for
//! every `&` (and every U+0080–U+00BF), so one long text node full of them is quadratic.
//! Text runs longer than [`MAX_RUN`] bytes get an invisible `<wbr>` at a safe place.
//!
//! The pass knows just enough HTML: comments, raw-text elements (`script`, `style`,
//! `textarea`, `title`, …) whose content holds no tags, quoted attribute values (which may
//! hold `>`), void elements and elements whose end tag may be left out.

/// Stands for a `<` that starts no tag, until the text is read out.
pub const LT: char = '\u{e000}';

/// Open elements past which start tags are dropped. Real pages nest 20–40 deep.
pub const MAX_DEPTH: usize = 128;

/// The longest run of text between two tags that is left whole.
pub const MAX_RUN: usize = 4096;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    "keygen", "frame", "basefont", "bgsound",
];

/// Elements whose end tag may be omitted: they do not deepen the tree without bound.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rt", "rp", "rb", "rtc",
    "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// The tag name at the start of `s` (ASCII letters, digits, `-`, `:`), lowercased.
fn tag_name(s: &[u8]) -> String {
    s.iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
        .map(|b| char::from(b.to_ascii_lowercase()))
        .collect()
}

/// The index just past the `>` ending the tag that starts at `i` (`s[i] == b'<'`), skipping
/// quoted attribute values; `s.len()` when the tag runs to the end.
fn tag_end(s: &[u8], i: usize) -> usize {
    let mut quote = None;
    let mut last = b'<';
    for (j, &b) in s.iter().enumerate().skip(i + 1) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            // A quote opens a value only after `=` (with spaces between).
            None if (b == b'"' || b == b'\'') && last == b'=' => quote = Some(b),
            None if b == b'>' => return j + 1,
            None => {}
        }
        if !b.is_ascii_whitespace() {
            last = b;
        }
    }
    s.len()
}

/// Finds `</name` (any case) from `from`; returns its index or `s.len()`.
fn find_end_tag(s: &[u8], from: usize, name: &str) -> usize {
    let n = name.len();
    let mut j = from;
    while let Some(k) = memchr::memchr(b'<', &s[j..]) {
        let at = j + k;
        if s.get(at + 1) == Some(&b'/')
            && s.len() >= at + 2 + n
            && s[at + 2..at + 2 + n].eq_ignore_ascii_case(name.as_bytes())
        {
            return at;
        }
        j = at + 1;
    }
    s.len()
}

/// A place at or after `p` (and before `end`) where a `<wbr>` splits text safely: before an
/// `&`, at a space, or at a character boundary with no `&` in the 40 bytes before it (so no
/// character reference is cut); none within 256 bytes, no place.
fn break_at(html: &str, p: usize, end: usize) -> Option<usize> {
    let s = html.as_bytes();
    (p..end.min(p + 256)).find(|&j| {
        html.is_char_boundary(j)
            && (s[j] == b'&' || s[j].is_ascii_whitespace() || !s[j.saturating_sub(40)..j].contains(&b'&'))
    })
}

/// Copies the text `html[from..to]` to `out`, with a `<wbr>` about every [`MAX_RUN`] bytes.
fn push_text(out: &mut String, html: &str, from: usize, to: usize) {
    let mut start = from;
    let mut p = from + MAX_RUN;
    while p < to {
        match break_at(html, p, to) {
            Some(b) => {
                out.push_str(&html[start..b]);
                out.push_str("<wbr>");
                start = b;
                p = b + MAX_RUN;
            }
            None => p += 256,
        }
    }
    out.push_str(&html[start..to]);
}

/// Copies the markup from `copied` to `to` into `out`, splitting the text run that began at
/// `text_from` if it is long; returns the new `copied`.
fn copy_to(out: &mut String, html: &str, copied: usize, text_from: usize, to: usize) -> usize {
    if to - text_from > MAX_RUN {
        let from = text_from.max(copied);
        out.push_str(&html[copied..from]);
        push_text(out, html, from, to);
        to
    } else {
        copied
    }
}

/// The markup with stray `<` replaced by [`LT`], start tags past [`MAX_DEPTH`] removed and
/// long text runs split.
pub fn guard(html: &str) -> String {
    let s = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 16);
    let mut open: Vec<String> = Vec::new();
    let mut i = 0;
    let mut copied = 0;
    // Where the text since the last tag began.
    let mut text_from = 0;
    while let Some(k) = memchr::memchr(b'<', &s[i..]) {
        let at = i + k;
        let next = s.get(at + 1).copied().unwrap_or(b' ');
        if s[at..].starts_with(b"<!--") {
            let end = html[at + 4..].find("-->").map_or(s.len(), |e| at + 4 + e + 3);
            copied = copy_to(&mut out, html, copied, text_from, at);
            i = end;
            text_from = end;
            continue;
        }
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            out.push_str(&html[copied..at]);
            out.push(LT);
            copied = at + 1;
            i = at + 1;
            continue;
        }
        // A long run of text ends here: copy it split.
        copied = copy_to(&mut out, html, copied, text_from, at);
        let end = tag_end(s, at);
        text_from = end;
        if next == b'/' {
            let name = tag_name(&s[at + 2..]);
            if let Some(pos) = open.iter().rposition(|o| *o == name) {
                open.truncate(pos);
            }
            i = end;
            continue;
        }
        if next == b'!' || next == b'?' {
            i = end;
            continue;
        }
        let name = tag_name(&s[at + 1..]);
        let self_closing = end >= 2 && s[end - 2] == b'/' && s[end - 1] == b'>';
        if RAW_TEXT.contains(&name.as_str()) {
            // Its content is text up to its end tag, never tags, and is never split.
            i = find_end_tag(s, end, &name);
            text_from = i;
            continue;
        }
        if VOID.contains(&name.as_str()) || OPTIONAL_END.contains(&name.as_str()) || self_closing {
            i = end;
            continue;
        }
        if open.len() >= MAX_DEPTH {
            out.push_str(&html[copied..at]);
            copied = end;
        } else {
            open.push(name);
        }
        i = end;
        text_from = end;
    }
    let copied = copy_to(&mut out, html, copied, text_from, s.len());
    out.push_str(&html[copied..]);
    out
}

/// Turns every [`LT`] back into `<`.
pub fn unguard(s: &str) -> String {
    s.replace(LT, "<")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_cases() {
        let deep = "<div>".repeat(MAX_DEPTH + 3) + "x";
        let cases: &[(&str, &str, String)] = &[
            (
                "ordinary markup is kept",
                "<p class=a>Hi <b>there</b></p>",
                "<p class=a>Hi <b>there</b></p>".into(),
            ),
            ("a stray < is marked", "a < b <3 <<", format!("a {LT} b {LT}3 {LT}{LT}")),
            (
                "a > inside a quoted value",
                "<a title=\"1 > 0\">x</a> < y",
                format!("<a title=\"1 > 0\">x</a> {LT} y"),
            ),
            (
                "script text is untouched",
                "<script>if (a < b) {}</script>",
                "<script>if (a < b) {}</script>".into(),
            ),
            (
                "comments are untouched",
                "<!-- a < b --> c < d",
                format!("<!-- a < b --> c {LT} d"),
            ),
            (
                "long comments and titles are not split",
                &format!("<!--{0}--><title>{0}</title>", "a ".repeat(5000)),
                format!("<!--{0}--><title>{0}</title>", "a ".repeat(5000)),
            ),
            ("depth is capped", &deep, "<div>".repeat(MAX_DEPTH) + "x"),
            (
                "closed elements free their depth",
                &"<div></div>".repeat(500),
                "<div></div>".repeat(500),
            ),
            (
                "unclosed paragraphs do not deepen",
                &"<p>a".repeat(500),
                "<p>a".repeat(500),
            ),
            ("long text is split before an ampersand", &"&amp;".repeat(2000), {
                let mut s = "&amp;".repeat(2000);
                s.insert_str(4100, "<wbr>");
                s.insert_str(8200 + 5, "<wbr>");
                s
            }),
        ];
        for (name, input, want) in cases {
            assert_eq!(guard(input), *want, "{name}");
        }
        assert_eq!(unguard(&guard("a < b")), "a < b");
    }
}
