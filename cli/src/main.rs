//! `standpoint`: annotate news articles from the command line.
//!
//! ```text
//! standpoint annotate [OPTIONS] [FILE...]        one JSON document per file (stdin if none)
//! standpoint annotate --jsonl IN.jsonl [-o OUT]   one document per input line
//! standpoint corpus actors|voices IN.jsonl        across annotated documents
//! ```

mod corpus;
mod lines;
mod progress;
mod run;
mod sink;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use sink::{Sink, Stop};

const ANNOTATE_HELP: &str = "\
Reads plain text, Markdown or a saved web page (.html) from each FILE (or from standard input
when no FILE is given, or FILE is -) and prints one JSON document per input, one per line.
With --jsonl, reads lines {\"id\", \"text\", \"targets\"?} and writes one document per line with
the same id; a bad line is reported with its line number and the others go on.

An output file (-o) is written beside itself and put in place when the run ends, so a failed
run leaves no partial file; a run that annotated nothing leaves it as it was.

EXIT STATUS:
    0 every input was annotated; 1 some input could not be read, or the output could not be
    written; 2 bad usage.";

/// Who said what in a news article, and where each actor stands.
#[derive(Debug, Parser)]
#[command(name = "standpoint", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Annotate articles: one JSON document per file, or per JSON Lines line.
    #[command(after_help = ANNOTATE_HELP)]
    Annotate(Args),
    /// Across a corpus of annotated documents (the JSON Lines `annotate --jsonl` writes): the
    /// actors, the same actor in several articles joined, or the voices each article carries.
    #[command(after_help = CORPUS_HELP)]
    Corpus(CorpusArgs),
}

const CORPUS_HELP: &str = "\
actors: every actor with the articles it appears in (their ids), its quotes, quoted words and
stances by article date; a person joins across articles by full name, an organization or place
by its proper name; a single name (\"Li\"), a group or an anonymous source never joins.
voices: quoted words by kind of source (named, anonymous, group, organization, unattributed)
per article and in total.

EXIT STATUS:
    0 every line was a document; 1 some line was not, or the output could not be written;
    2 bad usage.";

/// The options of `standpoint corpus`.
#[derive(Debug, clap::Args)]
struct CorpusArgs {
    /// What to report.
    #[arg(value_enum)]
    report: corpus::Report,
    /// Annotated documents, one per line (- for standard input).
    #[arg(value_name = "IN.jsonl")]
    input: PathBuf,
    /// The output format.
    #[arg(long, value_enum, default_value_t = corpus::CorpusFormat::Json)]
    format: corpus::CorpusFormat,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// The options of `standpoint annotate`.
#[derive(Debug, clap::Args)]
struct Args {
    /// Articles to read (- for standard input; standard input when none).
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Read JSON Lines input (- for standard input).
    #[arg(long, value_name = "FILE", conflicts_with = "files")]
    jsonl: Option<PathBuf>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The output format (formats other than json are for files, not --jsonl).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Indent JSON output.
    #[arg(long)]
    pretty: bool,
    /// Include the input text in each document.
    #[arg(long)]
    with_text: bool,
    /// Name, beside each quote, actor and stance, the rule that made it (rule, speaker_rule,
    /// kind_rule: ids listed in DESIGN.md).
    #[arg(long)]
    explain: bool,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
    /// Annotate on N threads (default: every core). The documents come out in input order,
    /// the same bytes for every N.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
}

/// What `annotate` writes for each input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The standpoint/1 document.
    Json,
    /// A W3C Web Annotation collection (JSON-LD).
    WebAnnotation,
    /// brat standoff (.ann).
    Brat,
    /// The quotes as CSV.
    Csv,
    /// The stance matrix as CSV.
    Matrix,
    /// The summary (voices, their share of what is quoted, positions on the main issues) as a
    /// text table.
    Summary,
}

fn is_stdin(p: &Path) -> bool {
    p.as_os_str() == "-"
}

impl Args {
    /// The inputs this run reads, in order.
    fn inputs(&self) -> Vec<&Path> {
        match &self.jsonl {
            Some(p) => vec![p.as_path()],
            None if self.files.is_empty() => vec![Path::new("-")],
            None => self.files.iter().map(PathBuf::as_path).collect(),
        }
    }

    /// Checks what clap cannot: the usage mistakes that would lose or repeat data.
    fn check(&self) -> Result<(), String> {
        if self.jsonl.is_some() && self.format != Format::Json {
            return Err("--format applies to files; --jsonl always writes JSON documents".into());
        }
        let inputs = self.inputs();
        if inputs.iter().filter(|p| is_stdin(p)).count() > 1 {
            return Err("standard input (-) can be read only once".into());
        }
        if let Some(out) = &self.output {
            if let Some(same) = inputs.iter().find(|p| !is_stdin(p) && sink::same_file(p, out)) {
                let also = if same == out {
                    String::new()
                } else {
                    format!(" ({})", same.display())
                };
                return Err(format!(
                    "the output {} is also an input{also}; write to another file",
                    out.display()
                ));
            }
        }
        Ok(())
    }
}

/// A command's run, once its output is open.
type Run = dyn FnOnce(&mut Sink) -> run::Outcome;

/// Prints a usage error the way clap prints its own, and returns status 2.
fn usage_error(sub: &str, msg: &str) -> ExitCode {
    let mut cmd = Cli::command();
    cmd.build();
    let e = match cmd.find_subcommand_mut(sub) {
        Some(sub) => sub.error(clap::error::ErrorKind::ArgumentConflict, msg),
        None => cmd.error(clap::error::ErrorKind::ArgumentConflict, msg),
    };
    let _ = e.print();
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            // Help and version are not errors.
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let (output, run): (Option<PathBuf>, Box<Run>) = match cli.command {
        Command::Annotate(args) => {
            if let Err(msg) = args.check() {
                return usage_error("annotate", &msg);
            }
            (
                args.output.clone(),
                Box::new(move |sink: &mut Sink| match &args.jsonl {
                    Some(path) => run::jsonl(path, &args, sink),
                    None => run::files(&args, sink),
                }),
            )
        }
        Command::Corpus(c) => {
            if !is_stdin(&c.input) && c.output.as_deref().is_some_and(|o| sink::same_file(&c.input, o)) {
                return usage_error("corpus", "the output is also the input; write to another file");
            }
            (
                c.output.clone(),
                Box::new(move |sink: &mut Sink| corpus::run(c.report, c.format, &c.input, sink)),
            )
        }
    };
    let mut sink = match Sink::open(output.as_deref()) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("standpoint: {msg}");
            return ExitCode::from(1);
        }
    };
    let outcome = run(&mut sink);
    let status = |failed: bool| ExitCode::from(u8::from(failed));
    match outcome.stop {
        // The reader went away: what it wanted was written; end quietly.
        Some(Stop::Closed) => status(outcome.failed),
        Some(Stop::Failed(msg)) => {
            eprintln!("standpoint: {msg}");
            ExitCode::from(1)
        }
        None => match sink.finish(outcome.failed) {
            Ok(note) => {
                if let Some(note) = note {
                    eprintln!("standpoint: {note}");
                }
                status(outcome.failed)
            }
            Err(Stop::Closed) => status(outcome.failed),
            Err(Stop::Failed(msg)) => {
                eprintln!("standpoint: {msg}");
                ExitCode::from(1)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: &[&str]) -> Result<Args, String> {
        let cli =
            Cli::try_parse_from(std::iter::once("standpoint").chain(v.iter().copied())).map_err(|e| e.to_string())?;
        match cli.command {
            Command::Annotate(a) => a.check().map(|()| a),
            Command::Corpus(_) => Err("corpus".into()),
        }
    }

    #[test]
    fn argument_cases() {
        let cases: &[(&str, &[&str], bool)] = &[
            ("no command", &[], false),
            ("unknown command", &["frobnicate"], false),
            (
                "jsonl and output",
                &["annotate", "--jsonl", "in.jsonl", "-o", "out.jsonl"],
                true,
            ),
            ("jsonl and files", &["annotate", "--jsonl", "in.jsonl", "a.txt"], false),
            (
                "jsonl with another format",
                &["annotate", "--jsonl", "x", "--format", "csv"],
                false,
            ),
            ("files and stdin", &["annotate", "--format", "brat", "a.txt", "-"], true),
            ("unknown option", &["annotate", "--bogus"], false),
            ("unknown format", &["annotate", "--format", "xml"], false),
            ("double dash", &["annotate", "--", "-odd-name.txt"], true),
            ("stdin twice", &["annotate", "-", "-"], false),
            ("threads", &["annotate", "--jsonl", "in.jsonl", "--threads", "2"], true),
            (
                "no threads",
                &["annotate", "--jsonl", "in.jsonl", "--threads", "0"],
                false,
            ),
            ("threads not a number", &["annotate", "--threads", "many"], false),
            (
                "stdin twice by default and by name",
                &["annotate", "--jsonl", "-", "-"],
                false,
            ),
        ];
        for (name, argv, ok) in cases {
            assert_eq!(parse(argv).is_ok(), *ok, "{name}: {:?}", parse(argv).err());
        }
        let a = parse(&["annotate", "--format", "brat", "a.txt", "-"]).unwrap();
        assert_eq!(a.format, Format::Brat);
        assert_eq!(a.files, [PathBuf::from("a.txt"), PathBuf::from("-")]);
        let a = parse(&["annotate", "--", "-odd-name.txt"]).unwrap();
        assert_eq!(a.files, [PathBuf::from("-odd-name.txt")]);
    }

    #[test]
    fn usage_errors_are_words_not_debug_values() {
        let e = parse(&["annotate", "--format", "xml"]).unwrap_err();
        assert!(!e.contains("Some("), "{e}");
        assert!(e.contains("xml") && e.contains("web-annotation"), "{e}");
    }
}
