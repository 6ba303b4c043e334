//! A page's bytes as text: a byte-order mark, then UTF-8 if the bytes are valid UTF-8, then a
//! `<meta charset>` in the first kilobyte, then the best guess of `chardetng`. Never a
//! refusal: bytes that fit no encoding become U+FFFD.
//!
//! Valid UTF-8 comes before the page's own declaration because saved pages are often
//! re-encoded as UTF-8 while keeping their old `<meta charset>`; text in a legacy encoding
//! is valid UTF-8 only by rare chance.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

/// How far the `<meta charset>` prescan looks, as the HTML standard's prescan does.
const PRESCAN: usize = 1024;

/// The encoding a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` in the
/// first kilobyte names, if any (UTF-16 there means UTF-8, as the standard says).
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = find(&lower[from..], b"charset") {
        let mut j = from + k + 7;
        from = j;
        while lower.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        if lower.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while lower
            .get(j)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            j += 1;
        }
        let end = lower[j..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'>' | b'/'))
            .map_or(lower.len(), |e| j + e);
        let enc = Encoding::for_label(&lower[j..end])?;
        return Some(match enc {
            e if e == UTF_16LE || e == UTF_16BE => UTF_8,
            e if e == X_USER_DEFINED => WINDOWS_1252,
            e => e,
        });
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decodes a page's bytes; returns the text and the encoding used.
pub fn decode(bytes: &[u8]) -> (String, &'static Encoding) {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), enc);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), UTF_8);
    }
    let enc = declared(bytes).unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new();
        detector.feed(bytes, true);
        detector.guess(None, true)
    });
    let (text, _) = enc.decode_without_bom_handling(bytes);
    (text.into_owned(), enc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_cases() {
        let latin1 = b"<p>Caf\xe9 owners said \x93no\x94.</p>".to_vec();
        let cases: &[(&str, Vec<u8>, &str, &str)] = &[
            (
                "UTF-8",
                "<p>Café “no”</p>".as_bytes().to_vec(),
                "UTF-8",
                "<p>Café “no”</p>",
            ),
            (
                "BOM",
                [b"\xef\xbb\xbf".as_slice(), "<p>é</p>".as_bytes()].concat(),
                "UTF-8",
                "<p>é</p>",
            ),
            ("UTF-16 BOM", b"\xff\xfe<\0p\0>\0".to_vec(), "UTF-16LE", "<p>"),
            (
                "meta charset",
                [b"<meta charset=\"windows-1252\">".as_slice(), &latin1].concat(),
                "windows-1252",
                "Café owners said “no”.",
            ),
            (
                "http-equiv",
                [
                    b"<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>".as_slice(),
                    &latin1,
                ]
                .concat(),
                "windows-1252",
                "Café",
            ),
            (
                "undeclared legacy bytes are guessed",
                latin1.clone(),
                "windows-1252",
                "Café owners",
            ),
            (
                "a meta charset of UTF-16 means UTF-8",
                b"<meta charset=utf-16><p>\xc3\xa9</p>".to_vec(),
                "UTF-8",
                "é",
            ),
            (
                "a page saved as UTF-8 keeping its old declaration",
                "<meta charset=gb2312><p>新台阶</p>".as_bytes().to_vec(),
                "UTF-8",
                "新台阶",
            ),
            (
                "an unknown label falls back",
                b"<meta charset=klingon><p>\xc3\xa9</p>".to_vec(),
                "UTF-8",
                "é",
            ),
        ];
        for (name, bytes, enc, has) in cases {
            let (text, used) = decode(bytes);
            assert_eq!(used.name(), *enc, "{name}");
            assert!(text.contains(has), "{name}: {text}");
        }
    }
}
