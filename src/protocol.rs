//! The messages between the page and its two workers: what the page asks for and what the
//! workers answer. Both sides share these types; neither shares the other's code.

use serde::{Deserialize, Serialize};
use standpoint_core::corpus::{Comparison, CorpusActor, Voices};
use standpoint_core::{CharRange, Document};

use crate::io::Opened;

/// A text to annotate.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// Increases with every edit, so the page can drop stale answers.
    pub seq: u64,
    /// The article.
    pub text: String,
    /// Optional target spans for `target_stances`.
    pub targets: Vec<CharRange>,
    /// The article's publication date (`YYYY-MM-DD`) when its page gave one.
    pub date: Option<String>,
}

/// An annotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The request's `seq`.
    pub seq: u64,
    /// The document.
    pub doc: Document,
    /// Time spent in the core, in milliseconds.
    pub elapsed_ms: f64,
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
    /// Read the library as a corpus: join the saved articles' actors and count their voices.
    Corpus {
        /// The saved articles.
        articles: Vec<Saved>,
    },
    /// Compare two annotated articles.
    Compare {
        /// The first.
        a: Box<Document>,
        /// The second.
        b: Box<Document>,
    },
    /// Write the voices of these articles as CSV.
    VoicesCsv {
        /// The articles (their ids are their library ids).
        docs: Vec<Document>,
    },
}

/// A saved article as the corpus reads it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Saved {
    /// Its library id.
    pub id: String,
    /// Its text.
    pub text: String,
    /// Its annotation, when it was saved with one (articles without are left out).
    pub doc: Option<Document>,
}

/// The library read as a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusReply {
    /// Each saved article's annotation, in the order asked (those saved without one left
    /// out), its `id` its library id and its `text` the article.
    pub docs: Vec<Document>,
    /// The actors across them.
    pub actors: Vec<LibraryActor>,
    /// Their voices.
    pub voices: Voices,
}

/// An actor across the library, with where it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LibraryActor {
    /// The actor.
    pub actor: CorpusActor,
    /// (the article's place in [`CorpusReply::docs`], the actor's id there).
    pub appearances: Vec<(usize, String)>,
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
    /// The library read as a corpus.
    Corpus(Box<CorpusReply>),
    /// Two articles compared.
    Compared(Box<Comparison>),
}
