//! The messages between the page and its two workers: what the page asks for and what the
//! workers answer. Both sides share these types; neither shares the other's code.

use serde::{Deserialize, Serialize};
use standpoint_core::{CharRange, Document, Meta};

use crate::io::Opened;

/// What an article's page tells about it beside its text, which the core is given with the
/// text: its publication date and its figure captions. Empty for pasted or typed text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageFacts {
    /// The publication date (`YYYY-MM-DD`) when the page gave one; it dates "on Tuesday".
    pub date: Option<String>,
    /// The figure captions, shown and never read for quotes.
    pub captions: Vec<String>,
}

impl PageFacts {
    /// The facts a document was annotated with.
    pub fn of(meta: &Meta) -> PageFacts {
        PageFacts {
            date: meta.date.clone(),
            captions: meta.captions.clone(),
        }
    }
}

/// A text to annotate.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// Increases with every edit, so the page can drop stale answers.
    pub seq: u64,
    /// The article.
    pub text: String,
    /// Optional target spans for `target_stances`.
    pub targets: Vec<CharRange>,
    /// What its page told about it.
    pub page: PageFacts,
}

/// An annotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The request's `seq`.
    pub seq: u64,
    /// The document.
    pub doc: Document,
    /// Time spent in the core, in milliseconds; `None` for a sample annotated when the app
    /// was built.
    pub elapsed_ms: Option<f64>,
}

/// File work.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum FileRequest {
    /// Turn a file into an article or an import.
    Open {
        /// The file's name.
        name: String,
        /// Its bytes (a saved page may be in any encoding).
        #[serde(with = "serde_bytes")]
        contents: Vec<u8>,
    },
    /// Turn rich text pasted from a web page (the clipboard's `text/html`) into plain text.
    Paste {
        /// The markup.
        html: String,
    },
    /// Write an export.
    Export {
        /// Which export (an index into [`crate::io::EXPORTS`]).
        which: usize,
        /// The annotation.
        doc: Box<Document>,
        /// The article.
        text: String,
        /// The file name stem.
        stem: String,
    },
}

/// The file worker's answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum FileReply {
    /// An opened file.
    Opened(Result<Opened, String>),
    /// Export files: (name, MIME type, contents).
    Exported(Vec<(String, String, String)>),
    /// The text of pasted rich text (empty when it holds none).
    Pasted(String),
}
