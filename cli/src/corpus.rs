//! `standpoint corpus actors|voices IN.jsonl`: the actors across a corpus of annotated
//! documents (the lines `annotate --jsonl` writes), or whose voices it carries.

use std::io;
use std::path::Path;

use standpoint_core::{corpus, Document};

use crate::lines::{LineError, Lines};
use crate::run::Outcome;
use crate::sink::Sink;

/// What `corpus` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Report {
    /// Every actor, the same actor across articles joined: its articles, quotes and stances.
    Actors,
    /// Quoted words by kind of source, per article and in total.
    Voices,
}

/// How `corpus` writes its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CorpusFormat {
    /// One JSON value.
    Json,
    /// CSV with a header row.
    Csv,
}

/// Reads the documents of a JSON Lines file; a line that is not a document is reported as
/// `file:N: reason` and left out. The second value says whether any was.
fn read_documents(path: &Path) -> io::Result<(Vec<Document>, bool)> {
    let (reader, _) = crate::run::open_lines(path)?;
    let mut docs = Vec::new();
    let mut bad = false;
    for line in Lines::new(reader) {
        let place = format!("{}:{}", path.display(), line.number);
        match line.text {
            Ok(t) if t.trim().is_empty() => {}
            Ok(t) => match serde_json::from_str::<Document>(&t) {
                Ok(d) => docs.push(d),
                Err(e) => {
                    eprintln!("standpoint: {place}: not a standpoint document: {e}");
                    bad = true;
                }
            },
            Err(e) => {
                eprintln!("standpoint: {place}: {e}");
                bad = true;
                if matches!(e, LineError::Io(_)) {
                    break;
                }
            }
        }
    }
    Ok((docs, bad))
}

/// Runs `corpus`.
pub fn run(report: Report, format: CorpusFormat, path: &Path, sink: &mut Sink) -> Outcome {
    let (docs, bad) = match read_documents(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("standpoint: {}: {e}", path.display());
            return Outcome {
                failed: true,
                stop: None,
            };
        }
    };
    let bytes = match (report, format) {
        // The sink ends the last line, as it does for `annotate --format csv`.
        (Report::Actors, CorpusFormat::Csv) => corpus::actors_csv(&corpus::actors(&docs))
            .trim_end()
            .as_bytes()
            .to_vec(),
        (Report::Voices, CorpusFormat::Csv) => corpus::voices_csv(&corpus::voices(&docs))
            .trim_end()
            .as_bytes()
            .to_vec(),
        (Report::Actors, CorpusFormat::Json) => json(&corpus::actors(&docs)),
        (Report::Voices, CorpusFormat::Json) => json(&corpus::voices(&docs)),
    };
    let stop = sink.document(|w| w.write_all(&bytes)).err();
    Outcome { failed: bad, stop }
}

/// A report as pretty JSON (a report is read by people as often as by programs).
fn json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // Our own types: serializing them cannot fail.
    serde_json::to_vec_pretty(value).unwrap_or_default()
}
