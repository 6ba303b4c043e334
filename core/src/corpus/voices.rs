//! Whose voices a selection of articles carries: quoted words by kind of source, per article
//! and in total, from each document's summary.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{article_id, id_text};
use crate::document::Document;

/// Quoted words by kind of source (the summary's voices: named people, anonymous sources,
/// groups, organizations and places), and the words no speaker was found for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoiceWords {
    /// Named people.
    pub named: usize,
    /// Anonymous sources.
    pub anonymous: usize,
    /// Groups ("critics", "residents").
    pub group: usize,
    /// Organizations, and places speaking for their governments.
    pub organization: usize,
    /// Quoted words with no speaker.
    pub unattributed: usize,
}

impl VoiceWords {
    /// Every quoted word.
    pub fn total(&self) -> usize {
        self.named + self.anonymous + self.group + self.organization + self.unattributed
    }

    /// The kinds with their words, in a fixed order.
    pub fn kinds(&self) -> [(&'static str, usize); 5] {
        [
            ("named", self.named),
            ("anonymous", self.anonymous),
            ("group", self.group),
            ("organization", self.organization),
            ("unattributed", self.unattributed),
        ]
    }

    /// Adds another's words to these.
    pub fn add(&mut self, o: &VoiceWords) {
        self.named += o.named;
        self.anonymous += o.anonymous;
        self.group += o.group;
        self.organization += o.organization;
        self.unattributed += o.unattributed;
    }
}

/// One article's voices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleVoices {
    /// The article.
    pub article: Value,
    /// Its title, when known.
    pub title: Option<String>,
    /// Its quoted words by kind of source.
    pub words: VoiceWords,
}

/// The voices of a selection: per article, and in total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Voices {
    /// Each article, in corpus order.
    pub articles: Vec<ArticleVoices>,
    /// All of them together.
    pub total: VoiceWords,
}

/// The quoted words of each article by kind of source, and their sum.
pub fn voices(docs: &[Document]) -> Voices {
    let mut total = VoiceWords::default();
    let articles = docs
        .iter()
        .enumerate()
        .map(|(i, doc)| {
            let mut w = VoiceWords::default();
            for v in &doc.summary.voices {
                match v.voice.as_str() {
                    "named" => w.named += v.words,
                    "anonymous" => w.anonymous += v.words,
                    "group" => w.group += v.words,
                    _ => w.organization += v.words,
                }
            }
            w.unattributed = doc.summary.quoted_words.saturating_sub(w.total());
            total.add(&w);
            ArticleVoices {
                article: article_id(doc, i),
                title: doc.meta.title.clone(),
                words: w,
            }
        })
        .collect();
    Voices { articles, total }
}

/// A share of `total` with three decimals ("0.250"), 0 when there is nothing.
fn share(words: usize, total: usize) -> String {
    format!("{:.3}", if total == 0 { 0.0 } else { words as f64 / total as f64 })
}

/// The voices as CSV: one row per article and a last row `total`, each with the quoted words
/// by kind and each kind's share.
pub fn voices_csv(v: &Voices) -> String {
    let kinds = VoiceWords::default().kinds().map(|(k, _)| k);
    let mut out = String::from("article,title,quoted_words");
    for k in kinds {
        out.push_str(&format!(",{k}"));
    }
    for k in kinds {
        out.push_str(&format!(",{k}_share"));
    }
    out.push_str("\r\n");
    let row = |out: &mut String, id: &str, title: &str, w: &VoiceWords| {
        let t = w.total();
        let mut cells = vec![
            crate::export::csv_field(id),
            crate::export::csv_field(title),
            t.to_string(),
        ];
        cells.extend(w.kinds().iter().map(|(_, n)| n.to_string()));
        cells.extend(w.kinds().iter().map(|(_, n)| share(*n, t)));
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    for a in &v.articles {
        row(
            &mut out,
            &id_text(&a.article),
            a.title.as_deref().unwrap_or(""),
            &a.words,
        );
    }
    row(&mut out, "total", "", &v.total);
    out
}
