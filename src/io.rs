//! Files in and out: opening text, Markdown, saved web pages and JSON exports; downloading
//! exports; small preferences in local storage.

use standpoint_core::{export, html, Document, SCHEMA};
use wasm_bindgen::JsCast;

use crate::protocol::PageFacts;

/// What opening a file gives.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Opened {
    /// An article to annotate.
    Article {
        /// The text.
        text: String,
        /// A title from the page or the file name.
        title: Option<String>,
        /// What a saved page tells about it (its date, its captions).
        page: PageFacts,
    },
    /// A JSON export to show exactly as it was.
    Import(Box<Document>),
}

/// The largest article the reader annotates: text of 5 MB (5,000,000 bytes of UTF-8) or more
/// is refused with a message, and what was shown and saved stays as it was.
pub const MAX_ARTICLE_BYTES: usize = 5_000_000;

/// The largest saved web page or JSON export opened at all: their markup is not article text,
/// so they may be larger, but the article inside must still be under [`MAX_ARTICLE_BYTES`].
pub const MAX_FILE_BYTES: usize = 10 * MAX_ARTICLE_BYTES;

/// The message refusing an article of `bytes` bytes (`what` names it), if it is too large.
pub fn too_large(what: &str, bytes: usize) -> Option<String> {
    (bytes >= MAX_ARTICLE_BYTES).then(|| {
        format!(
            "{what} is {:.1} MB; Standpoint reads articles under 5 MB, so it was not read. Split it into parts. Nothing shown or saved was changed.",
            bytes as f64 / 1e6
        )
    })
}

/// The message refusing a file of `bytes` bytes before it is read, if it is too large.
pub fn file_too_large(name: &str, bytes: f64) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    let markup = [".json", ".html", ".htm"].iter().any(|e| lower.ends_with(e));
    let limit = if markup { MAX_FILE_BYTES } else { MAX_ARTICLE_BYTES };
    if bytes < limit as f64 {
        return None;
    }
    too_large(name, bytes as usize).map(|m| {
        if markup {
            m.replace("articles under 5 MB", "files under 50 MB")
        } else {
            m
        }
    })
}

/// Whether a file read as UTF-8 text is binary data (an image, a PDF, a word-processor
/// file): it holds a NUL, or many characters that are neither text nor line breaks.
fn looks_binary(contents: &str) -> bool {
    let mut seen = 0usize;
    let mut odd = 0usize;
    for c in contents.chars().take(65_536) {
        seen += 1;
        match c {
            '\0' => return true,
            '\u{fffd}' => odd += 1,
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') => odd += 1,
            _ => {}
        }
    }
    odd * 10 > seen
}

/// Turns a file's name and bytes into an article or an import. A saved web page may be in
/// any encoding; other files are read as UTF-8.
pub fn open(name: &str, bytes: &[u8]) -> Result<Opened, String> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        if bytes.contains(&0) {
            return Err(not_text(name));
        }
        // The page's markup is never rendered or run: only its article and head are kept.
        let (text, meta) = html::read(bytes).article();
        if text.trim().is_empty() {
            return Err(format!("{name} has no visible article text."));
        }
        if let Some(refusal) = too_large(name, text.len()) {
            return Err(refusal);
        }
        return Ok(Opened::Article {
            text,
            page: PageFacts::of(&meta),
            title: meta.title,
        });
    }
    open_text(name, &String::from_utf8_lossy(bytes))
}

/// The refusal of a file that is not text.
fn not_text(name: &str) -> String {
    format!(
        "{name} is not a text file, so it was not opened. Open a .txt, .md, .html or exported .json file; nothing shown or saved was changed."
    )
}

/// Turns a text file (an article or a JSON export) into an article or an import.
fn open_text(name: &str, contents: &str) -> Result<Opened, String> {
    if looks_binary(contents) {
        return Err(not_text(name));
    }
    if name.to_ascii_lowercase().ends_with(".json") {
        let doc: Document =
            serde_json::from_str(contents).map_err(|e| format!("{name} is not a Standpoint export: {e}"))?;
        if doc.schema != SCHEMA {
            return Err(format!("{name} has schema {:?}, not {SCHEMA:?}.", doc.schema));
        }
        let Some(text) = &doc.text else {
            return Err(format!(
                "{name} holds annotations without their article text; export from Standpoint includes it."
            ));
        };
        if let Some(refusal) = too_large(name, text.len()) {
            return Err(refusal);
        }
        return Ok(Opened::Import(Box::new(doc)));
    }
    if let Some(refusal) = too_large(name, contents.len()) {
        return Err(refusal);
    }
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    Ok(Opened::Article {
        text: contents.replace("\r\n", "\n"),
        title: Some(stem.replace(['-', '_'], " ")),
        page: PageFacts::default(),
    })
}

/// A file name made from a title: lowercase words joined by hyphens.
pub fn file_stem(title: Option<&str>) -> String {
    let stem: String = title
        .unwrap_or("article")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem: Vec<&str> = stem.split('-').filter(|s| !s.is_empty()).take(8).collect();
    if stem.is_empty() {
        "article".into()
    } else {
        stem.join("-")
    }
}

/// The exports offered, as (label, file suffix, MIME type).
pub const EXPORTS: &[(&str, &str, &str)] = &[
    ("JSON document", ".standpoint.json", "application/json"),
    ("Web Annotation (JSON-LD)", ".annotations.jsonld", "application/ld+json"),
    ("brat standoff (.txt + .ann)", ".ann", "text/plain"),
    ("Quotes as CSV", ".quotes.csv", "text/csv"),
    ("Stance matrix as CSV", ".stances.csv", "text/csv"),
];

/// The files of export `which` (an index into [`EXPORTS`]): (file name, MIME type, contents).
pub fn export_files(which: usize, doc: &Document, text: &str, stem: &str) -> Vec<(String, &'static str, String)> {
    let mut with_text = doc.clone();
    with_text.text = Some(text.to_string());
    match which {
        0 => vec![(
            format!("{stem}.standpoint.json"),
            "application/json",
            serde_json::to_string_pretty(&with_text).unwrap_or_default(),
        )],
        1 => vec![(
            format!("{stem}.annotations.jsonld"),
            "application/ld+json",
            serde_json::to_string_pretty(&export::web_annotation(doc, text)).unwrap_or_default(),
        )],
        2 => vec![
            (format!("{stem}.txt"), "text/plain", text.to_string()),
            (format!("{stem}.ann"), "text/plain", export::brat(doc, text)),
        ],
        3 => vec![(format!("{stem}.quotes.csv"), "text/csv", export::quotes_csv(doc, text))],
        _ => vec![(format!("{stem}.stances.csv"), "text/csv", export::matrix_csv(doc))],
    }
}

/// Offers `contents` as a download named `name`.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&contents.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|_| "cannot build the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot offer the file")?;
    let doc = gloo_utils_document().ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "cannot offer the file")?
        .dyn_into()
        .map_err(|_| "cannot offer the file")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Give the browser a moment to start the download before the URL goes away.
    gloo_timers::callback::Timeout::new(5_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

fn gloo_utils_document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// A preference from local storage.
pub fn pref(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Stores a preference (silently ignored where storage is unavailable).
pub fn set_pref(key: &str, value: &str) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(key, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn opening_each_kind() {
        match open("notes.md", b"# Title\r\n\r\nBody.").unwrap() {
            Opened::Article { text, title, .. } => {
                assert_eq!(text, "# Title\n\nBody.");
                assert_eq!(title.as_deref(), Some("notes"));
            }
            other => panic!("{other:?}"),
        }
        match open("page.html", b"<title>T</title><script>bad()</script><p>Hi there.</p>").unwrap() {
            Opened::Article { text, title, .. } => {
                assert_eq!(text, "T\n\nHi there.");
                assert_eq!(title.as_deref(), Some("T"));
            }
            other => panic!("{other:?}"),
        }
        let mut doc = standpoint_core::annotate("Hi.", &Default::default());
        assert!(
            open("x.json", serde_json::to_string(&doc).unwrap().as_bytes()).is_err(),
            "an export needs its text"
        );
        doc.text = Some("Hi.".into());
        assert_eq!(
            open("x.json", serde_json::to_string(&doc).unwrap().as_bytes()).unwrap(),
            Opened::Import(Box::new(doc))
        );
        assert!(open("x.json", b"{").is_err());
    }

    #[wasm_bindgen_test]
    fn refusals() {
        let big = "a".repeat(MAX_ARTICLE_BYTES);
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "a NUL",
                "photo.png",
                "\u{89}PNG\r\n\u{1a}\n\0\0\0\rIHDR",
                "is not a text file",
            ),
            (
                "replacement characters",
                "scan.pdf",
                &"%PDF-1.7 \u{fffd}\u{fffd}\u{fffd} x".repeat(20),
                "is not a text file",
            ),
            (
                "5 MB of text",
                "long.txt",
                &big,
                "is 5.0 MB; Standpoint reads articles under 5 MB",
            ),
            ("5 MB inside a page", "long.html", &format!("<p>{big}</p>"), "is 5.0 MB"),
        ];
        for (name, file, contents, want) in cases {
            let e = open(file, contents.as_bytes()).unwrap_err();
            assert!(e.contains(want), "{name}: {e}");
            assert!(
                e.contains("Nothing shown or saved was changed") || e.contains("nothing shown or saved"),
                "{name}: {e}"
            );
        }
        // Just under the limit, and text with a few odd characters, open.
        assert!(open("ok.txt", &big.as_bytes()[1..]).is_ok());
        assert!(open(
            "latin.txt",
            "Caf\u{fffd} owner Ana Ruiz said \u{fffd}yes\u{fffd}.".as_bytes()
        )
        .is_ok());
        assert_eq!(file_too_large("a.txt", 4_999_999.0), None);
        assert!(file_too_large("a.txt", 5e6).is_some());
        assert_eq!(file_too_large("a.html", 6e6), None);
        assert!(file_too_large("a.json", 6e7).unwrap().contains("files under 50 MB"));
        // A saved page in a legacy encoding is decoded, and its date is kept.
        let page = b"<html><head><meta charset=windows-1252><meta property=article:published_time content=2026-04-02><title>Caf\xe9 Vote</title></head><body><p>\x93Yes,\x94 said Ana Ruiz.</p></body></html>";
        match open("cafe.html", page).unwrap() {
            Opened::Article { text, title, page } => {
                assert_eq!(title.as_deref(), Some("Café Vote"));
                assert!(text.contains("“Yes,” said Ana Ruiz."), "{text}");
                assert_eq!(page.date.as_deref(), Some("2026-04-02"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[wasm_bindgen_test]
    fn file_stems() {
        assert_eq!(
            file_stem(Some("Coastal States Split, Again!")),
            "coastal-states-split-again"
        );
        assert_eq!(file_stem(None), "article");
        assert_eq!(file_stem(Some("—")), "article");
    }
}
