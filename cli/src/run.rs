//! The two runs of `annotate`: over files (or standard input), and over JSON Lines.

use std::fs;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::Path;
use std::time::Instant;

use standpoint_core::{annotate, export, Document, Input, Meta, Options};

use crate::lines::{LineError, Lines};
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

/// A progress bar on standard error, drawn only on a terminal.
struct Progress {
    on: bool,
    total: u64,
    done: u64,
    start: Instant,
    last_draw: Instant,
}

impl Progress {
    fn new(total: u64, quiet: bool) -> Progress {
        let now = Instant::now();
        Progress {
            on: !quiet && io::stderr().is_terminal() && total > 0,
            total,
            done: 0,
            start: now,
            last_draw: now,
        }
    }

    fn set(&mut self, bytes: u64) {
        self.done = bytes;
        if self.on && (self.last_draw.elapsed().as_millis() >= 100 || self.done >= self.total) {
            self.last_draw = Instant::now();
            let frac = (self.done as f64 / self.total as f64).min(1.0);
            let width = 30;
            let filled = (frac * width as f64) as usize;
            let mb = self.done as f64 / 1e6;
            let secs = self.start.elapsed().as_secs_f64().max(1e-6);
            eprint!(
                "\r[{}{}] {:5.1}% {:.1} MB, {:.1} MB/s ",
                "#".repeat(filled),
                " ".repeat(width - filled),
                frac * 100.0,
                mb,
                mb / secs
            );
        }
    }

    fn finish(&self) {
        if self.on {
            eprintln!();
        }
    }
}

/// Opens a JSON Lines input and its size in bytes (0 when unknown).
fn open_lines(path: &Path) -> io::Result<(Box<dyn BufRead>, u64)> {
    if is_stdin(path) {
        return Ok((Box::new(io::stdin().lock()), 0));
    }
    let f = fs::File::open(path)?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    Ok((Box::new(io::BufReader::with_capacity(1 << 16, f)), len))
}

/// Annotates one document per line; a bad line is reported as `file:N: reason` and the run
/// goes on. Only a failure to read the input at all ends it early.
pub fn jsonl(path: &Path, args: &Args, sink: &mut Sink) -> Outcome {
    let (reader, total) = match open_lines(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("standpoint: {}: {e}", path.display());
            return Outcome {
                failed: true,
                stop: None,
            };
        }
    };
    let mut progress = Progress::new(total, args.quiet);
    let (mut good, mut bad) = (0usize, 0usize);
    let mut lines = Lines::new(reader);
    while let Some(line) = lines.next() {
        progress.set(lines.consumed());
        let where_ = format!("{}:{}", path.display(), line.number);
        let text = match line.text {
            Ok(t) => t,
            Err(e) => {
                eprintln!("standpoint: {where_}: {e}");
                bad += 1;
                // A line that is not UTF-8 is one bad line; a failing read ends the input.
                match e {
                    LineError::NotUtf8 { .. } => continue,
                    LineError::Io(_) => break,
                }
            }
        };
        if text.trim().is_empty() {
            continue;
        }
        match Input::from_json(&text) {
            Ok(mut input) => {
                input.options.include_text = args.with_text;
                input.options.explain = args.explain;
                let doc = annotate(&input.text, &input.options);
                if let Err(s) = sink.document(|w| write_json(w, &doc, false)) {
                    progress.finish();
                    return Outcome {
                        failed: bad > 0,
                        stop: Some(s),
                    };
                }
                good += 1;
            }
            Err(e) => {
                eprintln!("standpoint: {where_}: {e}");
                bad += 1;
            }
        }
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
