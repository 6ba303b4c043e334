//! `standpoint`: annotate news articles from the command line.
//!
//! ```text
//! standpoint annotate [OPTIONS] [FILE...]        one JSON document per file (stdin if none)
//! standpoint annotate --jsonl IN.jsonl [-o OUT]   one document per input line
//! ```

use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use standpoint_core::{annotate, export, Document, Input, Options};

const USAGE: &str = "\
standpoint: who said what in a news article, and where each actor stands

USAGE:
    standpoint annotate [OPTIONS] [FILE...]
    standpoint annotate --jsonl IN.jsonl [-o OUT.jsonl] [OPTIONS]

Reads plain text, Markdown or a saved web page (.html) from each FILE (or from standard
input when no FILE is given, or FILE is -) and prints one JSON document per input, one per
line. With --jsonl, reads lines {\"id\", \"text\", \"targets\"?} and writes one document per line
with the same id; a bad line is reported with its line number and the others go on.

OPTIONS:
    --jsonl FILE        read JSON Lines input (- for standard input)
    -o, --output FILE   write to FILE instead of standard output
    --format FORMAT     json (default), web-annotation, brat, csv (quotes), matrix (stances)
                        (formats other than json are for files, not --jsonl)
    --pretty            indent JSON output
    --with-text         include the input text in each document
    --explain           name beside each quote, actor and stance the rule that made it
                        (rule, speaker_rule, kind_rule: ids listed in DESIGN.md)
    -q, --quiet         no progress bar
    -h, --help          print this help
    -V, --version       print the version

EXIT STATUS:
    0 every input was annotated; 1 some input could not be read; 2 bad usage.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    WebAnnotation,
    Brat,
    Csv,
    Matrix,
}

#[derive(Debug)]
struct Args {
    files: Vec<String>,
    jsonl: Option<String>,
    output: Option<String>,
    format: Format,
    pretty: bool,
    with_text: bool,
    explain: bool,
    quiet: bool,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut args = Args {
        files: Vec::new(),
        jsonl: None,
        output: None,
        format: Format::Json,
        pretty: false,
        with_text: false,
        explain: false,
        quiet: false,
    };
    let Some(cmd) = it.next() else {
        return Err("missing command".into());
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => return Ok(None),
        "-V" | "--version" => {
            println!("standpoint {}", env!("CARGO_PKG_VERSION"));
            std::process::exit(0);
        }
        "annotate" => {}
        other => return Err(format!("unknown command {other:?}")),
    }
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--jsonl" => args.jsonl = Some(it.next().ok_or("--jsonl needs a file")?),
            "-o" | "--output" => args.output = Some(it.next().ok_or("-o needs a file")?),
            "--format" => {
                args.format = match it.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("web-annotation") => Format::WebAnnotation,
                    Some("brat") => Format::Brat,
                    Some("csv") => Format::Csv,
                    Some("matrix") => Format::Matrix,
                    other => return Err(format!("unknown format {other:?}")),
                }
            }
            "--pretty" => args.pretty = true,
            "--with-text" => args.with_text = true,
            "--explain" => args.explain = true,
            "-q" | "--quiet" => args.quiet = true,
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s:?}")),
            _ => args.files.push(a),
        }
    }
    if args.jsonl.is_some() && !args.files.is_empty() {
        return Err("give either --jsonl or files, not both".into());
    }
    if args.jsonl.is_some() && args.format != Format::Json {
        return Err("--format applies to files; --jsonl always writes JSON documents".into());
    }
    Ok(Some(args))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("standpoint: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let out: Box<dyn Write> = match &args.output {
        Some(p) => match fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("standpoint: cannot write {p}: {e}");
                return ExitCode::from(1);
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let ok = match &args.jsonl {
        Some(path) => run_jsonl(path, &args, &mut out),
        None => run_files(&args, &mut out),
    };
    if let Err(e) = out.flush() {
        eprintln!("standpoint: cannot write output: {e}");
        return ExitCode::from(1);
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn to_json(doc: &Document, pretty: bool) -> String {
    let r = if pretty {
        serde_json::to_string_pretty(doc)
    } else {
        serde_json::to_string(doc)
    };
    // A Document holds only strings, numbers and lists: serializing cannot fail.
    r.unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string()))
}

/// Reads one file (or stdin for "-"), turning a saved web page into its article text.
fn read_input(path: &str) -> io::Result<(String, Option<String>)> {
    let mut raw = Vec::new();
    if path == "-" {
        io::stdin().read_to_end(&mut raw)?;
    } else {
        raw = fs::read(path)?;
    }
    let text =
        String::from_utf8(raw).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("not UTF-8: {e}")))?;
    let is_html = Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    if is_html {
        let page = standpoint_core::html::extract(&text);
        let body = match &page.title {
            Some(t) if !page.text.starts_with(t.as_str()) => format!("{t}\n\n{}", page.text),
            _ => page.text.clone(),
        };
        return Ok((body, page.title));
    }
    Ok((text, None))
}

fn run_files(args: &Args, out: &mut impl Write) -> bool {
    let files: Vec<String> = if args.files.is_empty() {
        vec!["-".to_string()]
    } else {
        args.files.clone()
    };
    let mut ok = true;
    for path in &files {
        let (text, _) = match read_input(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("standpoint: {path}: {e}");
                ok = false;
                continue;
            }
        };
        let id = (path != "-").then(|| serde_json::Value::String(path.clone()));
        let opts = Options {
            id,
            targets: Vec::new(),
            include_text: args.with_text,
            explain: args.explain,
        };
        let doc = annotate(&text, &opts);
        let rendered = match args.format {
            Format::Json => to_json(&doc, args.pretty),
            Format::WebAnnotation => {
                let v = export::web_annotation(&doc, &text);
                if args.pretty {
                    serde_json::to_string_pretty(&v).unwrap_or_default()
                } else {
                    v.to_string()
                }
            }
            Format::Brat => export::brat(&doc, &text),
            Format::Csv => export::quotes_csv(&doc, &text),
            Format::Matrix => export::matrix_csv(&doc),
        };
        if writeln!(out, "{}", rendered.trim_end()).is_err() {
            return false;
        }
    }
    ok
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

    fn advance(&mut self, bytes: u64) {
        self.done += bytes;
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

fn run_jsonl(path: &str, args: &Args, out: &mut impl Write) -> bool {
    let (reader, total): (Box<dyn BufRead>, u64) = if path == "-" {
        (Box::new(io::stdin().lock()), 0)
    } else {
        match fs::File::open(path) {
            Ok(f) => {
                let len = f.metadata().map(|m| m.len()).unwrap_or(0);
                (Box::new(io::BufReader::new(f)), len)
            }
            Err(e) => {
                eprintln!("standpoint: {path}: {e}");
                return false;
            }
        }
    };
    let mut progress = Progress::new(total, args.quiet);
    let mut ok = true;
    let (mut good, mut bad) = (0usize, 0usize);
    for (n, line) in reader.lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("standpoint: {path}:{}: cannot read: {e}", n + 1);
                ok = false;
                bad += 1;
                break;
            }
        };
        progress.advance(line.len() as u64 + 1);
        if line.trim().is_empty() {
            continue;
        }
        match Input::from_json(&line) {
            Ok(mut input) => {
                input.options.include_text = args.with_text;
                input.options.explain = args.explain;
                let doc = annotate(&input.text, &input.options);
                if writeln!(out, "{}", to_json(&doc, false)).is_err() {
                    eprintln!("standpoint: cannot write output");
                    return false;
                }
                good += 1;
            }
            Err(e) => {
                eprintln!("standpoint: {path}:{}: {e}", n + 1);
                ok = false;
                bad += 1;
            }
        }
    }
    progress.finish();
    if !args.quiet && io::stderr().is_terminal() {
        eprintln!("standpoint: {good} documents written, {bad} lines failed");
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: &[&str]) -> Result<Option<Args>, String> {
        parse_args(v.iter().map(|s| s.to_string()))
    }

    #[test]
    fn argument_cases() {
        assert!(parse(&[]).is_err());
        assert!(parse(&["frobnicate"]).is_err());
        assert!(parse(&["annotate", "--help"]).unwrap().is_none());
        let a = parse(&["annotate", "--jsonl", "in.jsonl", "-o", "out.jsonl"])
            .unwrap()
            .unwrap();
        assert_eq!(a.jsonl.as_deref(), Some("in.jsonl"));
        assert_eq!(a.output.as_deref(), Some("out.jsonl"));
        assert!(parse(&["annotate", "--jsonl", "in.jsonl", "a.txt"]).is_err());
        assert!(parse(&["annotate", "--jsonl", "x", "--format", "csv"]).is_err());
        let a = parse(&["annotate", "--format", "brat", "a.txt", "-"]).unwrap().unwrap();
        assert_eq!(a.format, Format::Brat);
        assert_eq!(a.files, vec!["a.txt", "-"]);
        assert!(parse(&["annotate", "--bogus"]).is_err());
    }
}
