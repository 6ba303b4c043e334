//! Across articles: a corpus of annotated documents (the ones `annotate --jsonl` writes, or
//! the reader's saved articles). Who appears where ([`actors`], joined by the rules of
//! [`join`]), whose voices the articles carry ([`voices`]), and how two articles differ
//! ([`compare`]). Everything here reads finished documents; no text is needed.

mod compare;
pub mod join;
mod voices;

pub use compare::{compare, Comparison, Difference, Side, Together};
pub use join::join_key;
pub use voices::{voices, voices_csv, ArticleVoices, VoiceWords, Voices};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::document::{ActorKind, Document, Polarity};

/// How an article is named in corpus results: its document's `id`, or its position in the
/// corpus (from 0) when it has none.
pub fn article_id(doc: &Document, index: usize) -> Value {
    doc.id.clone().unwrap_or_else(|| Value::from(index))
}

/// One actor across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusActor {
    /// The fullest name any article gives.
    pub name: String,
    /// Its kind.
    pub kind: ActorKind,
    /// The articles it appears in, in corpus order.
    pub articles: Vec<Value>,
    /// Its quotes, in all.
    pub quotes: usize,
    /// Words inside them.
    pub quoted_words: usize,
    /// Its stances, by article date (undated last), then corpus order.
    pub stances: Vec<CorpusStance>,
    /// Where it is: (the article's place in the corpus, the actor's id there).
    #[serde(skip)]
    pub appearances: Vec<(usize, String)>,
}

/// One stance of an actor, in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusStance {
    /// The article.
    pub article: Value,
    /// Its date (`meta.date`), when known.
    pub date: Option<String>,
    /// The stance's id in that article.
    pub stance: String,
    /// What it is about.
    pub target: String,
    /// Its polarity.
    pub polarity: Polarity,
}

/// Every actor of the corpus, the same actor in several articles joined by [`join_key`]; most
/// quoted first, then the one in most articles, then the first to appear.
pub fn actors(docs: &[Document]) -> Vec<CorpusActor> {
    let mut out: Vec<CorpusActor> = Vec::new();
    let mut by_key: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (d, doc) in docs.iter().enumerate() {
        let id = article_id(doc, d);
        for a in &doc.actors {
            // A joinable actor seen before is that entry; anything else is a new one.
            let key = join_key(a);
            let slot = match key.as_ref().and_then(|k| by_key.get(k)) {
                Some(&i) => i,
                None => {
                    if let Some(k) = key {
                        by_key.insert(k, out.len());
                    }
                    out.push(CorpusActor {
                        name: a.name.clone(),
                        kind: a.kind,
                        articles: Vec::new(),
                        quotes: 0,
                        quoted_words: 0,
                        stances: Vec::new(),
                        appearances: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let c = &mut out[slot];
            if a.name.chars().count() > c.name.chars().count() {
                c.name = a.name.clone();
            }
            if c.appearances.last().map(|(i, _)| *i) != Some(d) {
                c.articles.push(id.clone());
            }
            c.appearances.push((d, a.id.clone()));
            c.quotes += doc
                .quotes
                .iter()
                .filter(|q| q.speaker.as_deref() == Some(a.id.as_str()))
                .count();
            c.quoted_words += doc
                .summary
                .voices
                .iter()
                .filter(|v| v.actor == a.id)
                .map(|v| v.words)
                .sum::<usize>();
            c.stances
                .extend(doc.stances.iter().filter(|s| s.holder == a.id).map(|s| CorpusStance {
                    article: id.clone(),
                    date: doc.meta.date.clone(),
                    stance: s.id.clone(),
                    target: s.target.label.clone(),
                    polarity: s.polarity,
                }));
        }
    }
    for c in &mut out {
        // Dated first, by date; the sort is stable, so corpus order among equals.
        crate::sort::by(&mut c.stances, |x, y| match (&x.date, &y.date) {
            (Some(a), Some(b)) => a.cmp(b),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
    }
    crate::sort::by_key(&mut out, |c| {
        (std::cmp::Reverse(c.quotes), std::cmp::Reverse(c.articles.len()))
    });
    out
}

/// The corpus actors as CSV: name, kind, articles (their ids, `;`-separated), quotes, quoted
/// words, stances (target and polarity, `;`-separated). Cells are quoted as RFC 4180 asks and
/// kept from running as spreadsheet formulas.
pub fn actors_csv(actors: &[CorpusActor]) -> String {
    let mut out = String::from("name,kind,articles,quotes,quoted_words,stances\r\n");
    for a in actors {
        let ids: Vec<String> = a.articles.iter().map(id_text).collect();
        let stances: Vec<String> = a
            .stances
            .iter()
            .map(|s| format!("{} {}", s.polarity.as_str(), s.target))
            .collect();
        let row = [
            a.name.clone(),
            a.kind.as_str().to_string(),
            ids.join(";"),
            a.quotes.to_string(),
            a.quoted_words.to_string(),
            stances.join(";"),
        ];
        out.push_str(
            &row.iter()
                .map(|c| crate::export::csv_field(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

/// An article id as text: a string as it is, anything else as JSON.
pub(crate) fn id_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests;
