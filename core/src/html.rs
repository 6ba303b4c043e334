//! The article inside a saved web page: its title and the visible text of its body.
//!
//! A small tag scanner, not a browser: nothing is executed or rendered. Scripts, styles,
//! navigation, headers, footers, forms and asides are dropped; when the page has an
//! `<article>` (or else a `<main>`), only that is kept. Block elements become paragraphs
//! separated by blank lines; character references are decoded.

/// A page's title and article text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// The `<title>` (or the first `<h1>` when there is no title).
    pub title: Option<String>,
    /// The article's visible text, paragraphs separated by blank lines.
    pub text: String,
}

/// Elements whose content is never visible article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button", "select",
    "iframe", "object", "canvas", "head", "figure",
];

/// Elements that end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "br",
    "tr",
    "table",
    "pre",
    "dd",
    "dt",
    "hr",
    "body",
];

#[derive(Debug)]
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
}

/// Scans the tag starting at `s[0] == '<'`; returns it and its length.
fn scan_tag(s: &str) -> Option<(Tag, usize)> {
    if s.starts_with("<!--") {
        let end = s.find("-->").map_or(s.len(), |e| e + 3);
        return Some((
            Tag {
                name: "!--".into(),
                closing: false,
                self_closing: true,
            },
            end,
        ));
    }
    // A tag ends within a few kilobytes; a stray "<" is text (and the search stays bounded).
    let window = &s.as_bytes()[..s.len().min(4096)];
    let end = window.iter().position(|&b| b == b'>')? + 1;
    let inner = &s[1..end - 1];
    let closing = inner.starts_with('/');
    let body = inner.trim_start_matches('/');
    let name: String = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '!')
        .collect::<String>()
        .to_ascii_lowercase();
    if name.is_empty() {
        return None;
    }
    Some((
        Tag {
            name,
            closing,
            self_closing: inner.ends_with('/'),
        },
        end,
    ))
}

/// Extracts the title and article text of an HTML page.
pub fn extract(html: &str) -> Page {
    let title = element_text(html, "title").or_else(|| element_text(html, "h1"));
    // Prefer the article element, then main, then the body, then everything.
    let region = inner_of(html, "article")
        .or_else(|| inner_of(html, "main"))
        .or_else(|| inner_of(html, "body"))
        .unwrap_or(html);
    let text = visible_text(region);
    Page {
        title: title.filter(|t| !t.is_empty()),
        text,
    }
}

/// The inner HTML of the first `<name …>…</name>`.
fn inner_of<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(i) = lower[from..].find(&open) {
        let at = from + i;
        let after = lower.as_bytes().get(at + open.len()).copied();
        if matches!(after, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            let start = at + lower[at..].find('>')? + 1;
            let close = format!("</{name}");
            let end = lower[start..].rfind(&close).map_or(html.len(), |e| start + e);
            return html.get(start..end);
        }
        from = at + open.len();
    }
    None
}

fn element_text(html: &str, name: &str) -> Option<String> {
    let inner = inner_of(html, name)?;
    let t = visible_text(inner);
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(t)
}

fn visible_text(html: &str) -> String {
    // One lowercase copy for finding closing tags (ASCII lowering keeps byte offsets).
    let lower_all = html.to_ascii_lowercase();
    let mut paras: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut skip_depth: Vec<String> = Vec::new();
    let mut i = 0;
    let flush = |cur: &mut String, paras: &mut Vec<String>| {
        let p = cur.split_whitespace().collect::<Vec<_>>().join(" ");
        if !p.is_empty() {
            paras.push(p);
        }
        cur.clear();
    };
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with('<') {
            if let Some((tag, len)) = scan_tag(rest) {
                i += len;
                if tag.name == "!--" || tag.name.starts_with('!') {
                    continue;
                }
                if let Some(top) = skip_depth.last() {
                    if tag.closing && &tag.name == top {
                        skip_depth.pop();
                    } else if !tag.closing && !tag.self_closing && SKIP.contains(&tag.name.as_str()) && &tag.name == top
                    {
                        skip_depth.push(tag.name.clone());
                    }
                    continue;
                }
                if !tag.closing && !tag.self_closing && SKIP.contains(&tag.name.as_str()) {
                    // Raw-text elements end only at their own closing tag.
                    if matches!(tag.name.as_str(), "script" | "style") {
                        let close = format!("</{}", tag.name);
                        let end = lower_all[i..].find(&close).map_or(html.len(), |e| i + e);
                        i = html[end..].find('>').map_or(html.len(), |g| end + g + 1);
                        continue;
                    }
                    skip_depth.push(tag.name.clone());
                    continue;
                }
                if BLOCK.contains(&tag.name.as_str()) {
                    flush(&mut cur, &mut paras);
                }
                continue;
            }
        }
        if !skip_depth.is_empty() {
            let c = rest.chars().next().unwrap_or(' ');
            i += c.len_utf8();
            continue;
        }
        if rest.starts_with('&') {
            if let Some((decoded, len)) = decode_entity(rest) {
                cur.push_str(&decoded);
                i += len;
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        cur.push(c);
        i += c.len_utf8();
    }
    flush(&mut cur, &mut paras);
    paras.join("\n\n")
}

/// Decodes a character reference at the start of `s`; returns it and its length.
fn decode_entity(s: &str) -> Option<(String, usize)> {
    let end = s.as_bytes()[..s.len().min(12)].iter().position(|&b| b == b';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let n = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse().ok()?
        };
        char::from_u32(n)
            .filter(|c| !c.is_control() || c.is_whitespace())?
            .to_string()
    } else {
        match body {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "nbsp" => "\u{a0}",
            "rsquo" => "\u{2019}",
            "lsquo" => "\u{2018}",
            "rdquo" => "\u{201d}",
            "ldquo" => "\u{201c}",
            "mdash" => "\u{2014}",
            "ndash" => "\u{2013}",
            "hellip" => "\u{2026}",
            "laquo" => "\u{ab}",
            "raquo" => "\u{bb}",
            "eacute" => "é",
            "egrave" => "è",
            "aacute" => "á",
            "oacute" => "ó",
            "iacute" => "í",
            "uacute" => "ú",
            "ntilde" => "ñ",
            "ccedil" => "ç",
            "uuml" => "ü",
            "ouml" => "ö",
            "auml" => "ä",
            "copy" => "©",
            _ => return None,
        }
        .to_string()
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_and_title() {
        let html = r#"<!doctype html><html><head><title>Council &amp; Mayor Clash</title>
            <script>alert("no")</script><style>p{color:red}</style></head>
            <body><nav><a href="/">Home</a></nav>
            <article><h1>Council &amp; Mayor Clash</h1>
            <p>&ldquo;We disagree,&rdquo; the mayor said.</p>
            <p>The vote is <b>Tuesday</b>.<br>More&nbsp;later.</p>
            <aside>Related: other story</aside></article>
            <footer>© Example News</footer></body></html>"#;
        let p = extract(html);
        assert_eq!(p.title.as_deref(), Some("Council & Mayor Clash"));
        assert_eq!(
            p.text,
            "Council & Mayor Clash\n\n“We disagree,” the mayor said.\n\nThe vote is Tuesday.\n\nMore later."
        );
    }

    #[test]
    fn no_markup_executes_or_leaks() {
        let p =
            extract("<body><p>Hi</p><script>document.write('x')</script><img src=x onerror=alert(1)><p>Bye</p></body>");
        assert_eq!(p.text, "Hi\n\nBye");
    }

    #[test]
    fn broken_markup_is_tolerated() {
        for s in ["<", "<p", "&#xZZ;", "<p>a &amp b</p>", "<div><p>unclosed", "&#1114112;"] {
            let _ = extract(s);
        }
        assert_eq!(extract("<p>a &amp b</p>").text, "a &amp b");
    }
}
