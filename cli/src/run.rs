//! The two runs of `annotate`: over files (or standard input), and over JSON Lines.

use std::fs;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::Path;

use standpoint_core::{annotate, annotate_line, export, Document, Meta, Options};

use crate::lines::{LineError, Lines};
use crate::progress::Progress;
use crate::sink::{Sink, Stop};
use crate::{is_stdin, Args, Format};

/// How a run went.
pub struct Outcome {
    /// Some input could not be read or annotated.
    pub failed: bool,
    /// Writing stopped early.
    pub stop: Option<Stop>,
}

/// Writes `doc` as JSON. It is serialized into memory first and written in one piece: serde
/// writes many small fragments, each a dynamic call into the output.
fn write_json(w: &mut dyn Write, doc: &Document, pretty: bool) -> io::Result<()> {
    let bytes = if pretty {
        serde_json::to_vec_pretty(doc)
    } else {
        serde_json::to_vec(doc)
    };
    w.write_all(&bytes.map_err(io::Error::from)?)
}

/// Reads one file (or standard input for "-"): a saved web page (`.html`, `.htm`) becomes its
/// article text, headed by its title, with the page's title, date and byline as known meta;
/// any other file must be UTF-8 text.
fn read_input(path: &Path) -> io::Result<(String, Meta)> {
    let mut raw = Vec::new();
    if is_stdin(path) {
        io::stdin().read_to_end(&mut raw)?;
    } else {
        raw = fs::read(path)?;
    }
    let is_html = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    if is_html {
        let (text, meta) = standpoint_core::html::read(&raw).article();
        return Ok((text, meta));
    }
    let text = String::from_utf8(raw).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("not UTF-8 (bad byte at offset {at})"),
        )
    })?;
    Ok((text, Meta::default()))
}

/// Writes one annotated file in the chosen format.
fn write_doc(w: &mut dyn Write, args: &Args, doc: &Document, text: &str) -> io::Result<()> {
    match args.format {
        Format::Json => write_json(w, doc, args.pretty),
        Format::WebAnnotation => export::write_web_annotation(doc, text, w, args.pretty),
        Format::Brat => w.write_all(export::brat(doc, text).trim_end().as_bytes()),
        Format::Csv => w.write_all(export::quotes_csv(doc, text).trim_end().as_bytes()),
        Format::Matrix => w.write_all(export::matrix_csv(doc).trim_end().as_bytes()),
        Format::Summary => w.write_all(export::summary_text(doc).trim_end().as_bytes()),
    }
}

/// Annotates each file in turn; a file that cannot be read is reported and skipped.
pub fn files(args: &Args, sink: &mut Sink) -> Outcome {
    let mut failed = false;
    for path in args.inputs() {
        let (text, meta) = match read_input(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("standpoint: {}: {e}", path.display());
                failed = true;
                continue;
            }
        };
        let id = (!is_stdin(path)).then(|| serde_json::Value::String(path.to_string_lossy().into_owned()));
        let opts = Options {
            id,
            targets: Vec::new(),
            include_text: args.with_text,
            explain: args.explain,
            meta,
        };
        let doc = annotate(&text, &opts);
        if let Err(stop) = sink.document(|w| write_doc(w, args, &doc, &text)) {
            return Outcome {
                failed,
                stop: Some(stop),
            };
        }
    }
    Outcome { failed, stop: None }
}

/// Opens a JSON Lines input and its size in bytes (0 when unknown).
pub fn open_lines(path: &Path) -> io::Result<(Box<dyn BufRead>, u64)> {
    if is_stdin(path) {
        return Ok((Box::new(io::stdin().lock()), 0));
    }
    let f = fs::File::open(path)?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    Ok((Box::new(io::BufReader::with_capacity(1 << 16, f)), len))
}

/// A batch is annotated in parallel once it holds this many lines or this many bytes.
const BATCH_LINES: usize = 512;
/// See [`BATCH_LINES`].
const BATCH_BYTES: usize = 4 << 20;

/// One input line of a batch: its place (`file:N`) and its text, or why it could not be read.
struct Item {
    place: String,
    line: Result<String, String>,
}

/// Annotates the batch on the pool: for each item, the document's JSON or the reason it failed.
fn annotate_batch(pool: &rayon::ThreadPool, batch: &[Item], args: &Args) -> Vec<Result<String, String>> {
    use rayon::prelude::*;
    pool.install(|| {
        batch
            .par_iter()
            .map(|item| match &item.line {
                Ok(text) => annotate_line(text, args.with_text, args.explain).map_err(|e| e.to_string()),
                Err(e) => Err(e.clone()),
            })
            .collect()
    })
}

/// The thread pool for `--threads` (every core when not given).
fn pool(threads: Option<u16>) -> Result<rayon::ThreadPool, String> {
    let n = threads.map_or(0, usize::from);
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(|e| format!("cannot start {n} threads: {e}"))
}

/// Annotates one document per line; a bad line is reported as `file:N: reason` and the run
/// goes on. Only a failure to read the input at all ends it early. Lines are annotated in
/// parallel batches and written in input order, so the output is the same for any thread
/// count.
pub fn jsonl(path: &Path, args: &Args, sink: &mut Sink) -> Outcome {
    let failed = |stop| Outcome { failed: true, stop };
    let (reader, total) = match open_lines(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("standpoint: {}: {e}", path.display());
            return failed(None);
        }
    };
    let pool = match pool(args.threads) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("standpoint: {e}");
            return failed(None);
        }
    };
    let mut progress = Progress::new(total, args.quiet);
    let (mut good, mut bad) = (0usize, 0usize);
    let mut lines = Lines::new(reader);
    let mut ended = false;
    while !ended {
        let (batch, end) = read_batch(&mut lines, path);
        ended = end;
        let results = annotate_batch(&pool, &batch, args);
        for (item, result) in batch.iter().zip(results) {
            match result {
                Ok(json) => {
                    if let Err(s) = sink.document(|w| w.write_all(json.as_bytes())) {
                        progress.finish();
                        return Outcome {
                            failed: bad > 0,
                            stop: Some(s),
                        };
                    }
                    good += 1;
                }
                Err(e) => {
                    eprintln!("standpoint: {}: {e}", item.place);
                    bad += 1;
                }
            }
        }
        progress.advance(lines.consumed(), batch.len() as u64);
    }
    progress.finish();
    if !args.quiet && io::stderr().is_terminal() {
        eprintln!("standpoint: {good} documents written, {bad} lines failed");
    }
    Outcome {
        failed: bad > 0,
        stop: None,
    }
}

/// Reads the next batch of non-blank lines; also says whether the input has ended (at its
/// end, or at a read error, which is the batch's last item).
fn read_batch<R: BufRead>(lines: &mut Lines<R>, path: &Path) -> (Vec<Item>, bool) {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
        let Some(line) = lines.next() else {
            return (batch, true);
        };
        let place = format!("{}:{}", path.display(), line.number);
        match line.text {
            Ok(t) if t.trim().is_empty() => {}
            Ok(t) => {
                bytes += t.len();
                batch.push(Item { place, line: Ok(t) });
            }
            // A line that is not UTF-8 is one bad line; a failing read ends the input.
            Err(e) => {
                let end = matches!(e, LineError::Io(_));
                batch.push(Item {
                    place,
                    line: Err(e.to_string()),
                });
                if end {
                    return (batch, true);
                }
            }
        }
    }
    (batch, false)
}
