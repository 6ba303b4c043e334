//! The `standpoint` binary end to end: files, stdin, JSON Lines with bad lines, formats.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_standpoint"))
}

fn run_with_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    run_bytes(args, input.as_bytes())
}

#[test]
fn stdin_to_one_document() {
    let (code, out, _) = run_with_stdin(&["annotate"], "“We won,” said Ana Ruiz.");
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(doc["schema"], "standpoint/1");
    assert_eq!(doc["id"], serde_json::Value::Null);
    assert_eq!(doc["quotes"][0]["kind"], "direct");
    assert_eq!(doc["quotes"][0]["content"][0], serde_json::json!([1, 8]));
}

#[test]
fn jsonl_keeps_ids_and_reports_bad_lines() {
    let input = [
        r#"{"id": "a", "text": "Critics said the plan would fail."}"#,
        "not json",
        r#"{"id": 3}"#,
        "",
        r#"{"id": 42, "text": "“Yes,” she said."}"#,
    ]
    .join("\n");
    let (code, out, err) = run_with_stdin(&["annotate", "--jsonl", "-", "--quiet"], &input);
    assert_eq!(code, 1, "some lines failed");
    let docs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "a");
    assert_eq!(docs[1]["id"], 42);
    assert!(err.contains("-:2: not valid JSON"), "{err}");
    assert!(err.contains("-:3: no \"text\" string field"), "{err}");
}

#[test]
fn jsonl_all_good_exits_zero() {
    let (code, out, _) = run_with_stdin(&["annotate", "--jsonl", "-"], r#"{"id": "x", "text": "Hello."}"#);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn files_and_formats() {
    let dir = std::env::temp_dir().join(format!("standpoint-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let txt = dir.join("a.txt");
    std::fs::write(&txt, "“We won,” said Ana Ruiz.").unwrap();
    let html = dir.join("b.html");
    std::fs::write(
        &html,
        "<html><head><title>T</title><script>x()</script></head><body><p>“No,” said Li Wei.</p></body></html>",
    )
    .unwrap();
    let out = bin()
        .args(["annotate", txt.to_str().unwrap(), html.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], txt.to_str().unwrap());
    assert_eq!(lines[1]["meta"]["title"], "T");
    let csv = bin()
        .args(["annotate", "--format", "csv", txt.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(String::from_utf8(csv.stdout).unwrap().starts_with("id,kind,speaker"));
    let missing = bin()
        .args(["annotate", dir.join("nope.txt").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    let usage = bin().args(["annotate", "--nope"]).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn explain_names_the_rules() {
    let text = "“We won,” said Ana Ruiz. Critics said the plan would fail.";
    let (code, out, _) = run_with_stdin(&["annotate", "--explain"], text);
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(doc["quotes"][0]["rule"], "direct.after-close-inverted");
    assert_eq!(doc["quotes"][0]["speaker_rule"], "speaker.name");
    assert_eq!(doc["quotes"][1]["rule"], "reported.clause");
    assert_eq!(doc["quotes"][1]["speaker_rule"], "speaker.new-source");
    let kinds: Vec<&str> = doc["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind_rule"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["actor.capitalized", "actor.described"]);
    // Off by default: the same document without the debug fields.
    let (_, plain, _) = run_with_stdin(&["annotate"], text);
    assert!(!plain.contains("rule"), "{plain}");
    // And in JSON Lines.
    let line = format!("{{\"id\": 1, \"text\": {}}}", serde_json::Value::from(text));
    let (_, out, _) = run_with_stdin(&["annotate", "--jsonl", "-", "--explain"], &line);
    assert!(out.contains("\"rule\":\"direct.after-close-inverted\""), "{out}");
}

/// A scratch directory for one test, removed when it ends.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("standpoint-cli-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, contents: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, contents).unwrap();
        p.to_str().unwrap().to_string()
    }

    /// Names of the files left in the directory (temporary files would show here).
    fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

fn run_bytes(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn ids(out: &str) -> Vec<String> {
    out.lines()
        .map(|l| {
            // The raw text of the id, as written (parsing it would round big numbers).
            let rest = &l[l.find("\"id\":").unwrap() + 5..];
            rest[..rest.find(",\"meta\"").unwrap()].to_string()
        })
        .collect()
}

#[test]
fn jsonl_line_that_is_not_utf8_is_one_bad_line() {
    let (code, out, err) = run_bytes(
        &["annotate", "--jsonl", "-"],
        b"{\"id\":1,\"text\":\"a\"}\n\xff\n{\"id\":3,\"text\":\"b\"}\n",
    );
    assert_eq!(code, 1);
    assert_eq!(ids(&out), ["1", "3"], "the line after the bad one is read");
    assert!(err.contains("-:2: not UTF-8"), "{err}");
}

#[test]
fn jsonl_line_endings_and_byte_order_mark() {
    let cases: &[(&str, &[u8])] = &[
        ("LF", b"{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n"),
        ("CRLF", b"{\"id\":1,\"text\":\"a\"}\r\n{\"id\":2,\"text\":\"b\"}\r\n"),
        ("CR only", b"{\"id\":1,\"text\":\"a\"}\r{\"id\":2,\"text\":\"b\"}\r"),
        (
            "no final ending",
            b"{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}",
        ),
        (
            "BOM",
            b"\xef\xbb\xbf{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n",
        ),
        (
            "blank lines",
            b"\n\r\n{\"id\":1,\"text\":\"a\"}\r\r{\"id\":2,\"text\":\"b\"}\n\n",
        ),
    ];
    for (name, input) in cases {
        let (code, out, err) = run_bytes(&["annotate", "--jsonl", "-"], input);
        assert_eq!(
            (code, ids(&out)),
            (0, vec!["1".to_string(), "2".to_string()]),
            "{name}: {err}"
        );
    }
}

#[test]
fn jsonl_ids_are_echoed_with_every_digit() {
    let input = [
        r#"{"id": 9007199254740993, "text": "a"}"#,
        r#"{"id": 123456789012345678901234567890, "text": "a"}"#,
        r#"{"id": -98765432109876543210, "text": "a"}"#,
        r#"{"id": 1.50, "text": "a"}"#,
        r#"{"id": "s", "text": "a"}"#,
        r#"{"id": [1, {"k": true}], "text": "a"}"#,
    ]
    .join("\n");
    let (code, out, _) = run_with_stdin(&["annotate", "--jsonl", "-"], &input);
    assert_eq!(code, 0);
    assert_eq!(
        ids(&out),
        [
            "9007199254740993",
            "123456789012345678901234567890",
            "-98765432109876543210",
            "1.50",
            "\"s\"",
            "[1,{\"k\":true}]"
        ]
    );
}

#[test]
fn csv_cells_that_would_run_as_formulas_stay_text() {
    let (code, out, _) = run_with_stdin(&["annotate", "--format", "csv"], "“=1+2,” said Bo Li.");
    assert_eq!(code, 0);
    let row = out.lines().nth(1).unwrap();
    assert!(row.contains("\"'=1+2,\""), "{row}");
}

#[test]
fn output_that_is_an_input_is_refused() {
    let s = Scratch::new("same");
    let a = s.file("a.txt", "“We won,” said Ana Ruiz.".as_bytes());
    let out = bin().args(["annotate", &a, "-o", &a]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is also an input"));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "“We won,” said Ana Ruiz.");
    // A hard link is the same file under another name.
    let link = s.0.join("b.txt");
    std::fs::hard_link(&a, &link).unwrap();
    let out = bin()
        .args(["annotate", "--jsonl", link.to_str().unwrap(), "-o", &a])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "“We won,” said Ana Ruiz.");
}

#[test]
fn output_is_left_as_it_was_when_nothing_was_annotated() {
    let s = Scratch::new("kept");
    let out_path = s.file("out.jsonl", b"earlier results\n");
    let missing = s.0.join("missing.txt");
    let run = bin()
        .args(["annotate", missing.to_str().unwrap(), "-o", &out_path])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("left as it was"));
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "earlier results\n");
    let run = bin()
        .args(["annotate", "--jsonl", missing.to_str().unwrap(), "-o", &out_path])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "earlier results\n");
    assert_eq!(s.names(), ["out.jsonl"], "no temporary file is left");
}

#[test]
fn output_is_replaced_whole_when_the_run_ends() {
    let s = Scratch::new("replaced");
    let out_path = s.file("out.jsonl", b"earlier results\n");
    let a = s.file("a.txt", "“We won,” said Ana Ruiz.".as_bytes());
    let missing = s.0.join("missing.txt");
    // One good input and one missing: what was annotated is written, and the run says 1.
    let run = bin()
        .args(["annotate", &a, missing.to_str().unwrap(), "-o", &out_path])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(written.lines().count(), 1);
    assert!(written.starts_with("{\"schema\":\"standpoint/1\""), "{written}");
    assert_eq!(s.names(), ["a.txt", "out.jsonl"], "no temporary file is left");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_reported_with_its_reason() {
    for args in [
        &["annotate", "-o", "/dev/full"][..],
        &["annotate", "--jsonl", "-", "-o", "/dev/full"][..],
    ] {
        let (code, _, err) = run_with_stdin(args, r#"{"text": "“Yes,” she said."}"#);
        assert_eq!(code, 1, "{args:?}");
        assert!(
            err.contains("cannot write /dev/full: No space left on device"),
            "{args:?}: {err}"
        );
    }
    // Standard output on a full disk.
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = bin()
        .args(["annotate", "--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(br#"{"text": "a"}"#)?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot write standard output: No space left on device"),
        "{err}"
    );
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let s = Scratch::new("pipe");
    let line = "{\"text\": \"“Yes,” she said. The council backed the plan.\"}\n";
    let input = s.file("in.jsonl", line.repeat(5000).as_bytes());
    let mut child = bin()
        .args(["annotate", "--jsonl", &input])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    {
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    } // `head -1` closes its end here.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with("{\"schema\""));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn usage_mistakes_are_refused_in_words() {
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "unknown format",
            &["annotate", "--format", "xml"],
            "invalid value 'xml'",
        ),
        (
            "stdin twice",
            &["annotate", "-", "-"],
            "standard input (-) can be read only once",
        ),
        (
            "jsonl with csv",
            &["annotate", "--jsonl", "-", "--format", "csv"],
            "--jsonl always writes JSON",
        ),
    ];
    for (name, args, want) in cases {
        let out = bin().args(*args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(err.contains(want) && !err.contains("Some("), "{name}: {err}");
    }
    // After `--`, a name that begins with a dash is a file.
    let s = Scratch::new("dashdash");
    let odd = s.file("-odd.txt", "“We won,” said Ana Ruiz.".as_bytes());
    let out = bin()
        .current_dir(&s.0)
        .args(["annotate", "--", "-odd.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"id\":\"-odd.txt\""));
    drop(odd);
}

#[test]
fn targets_past_the_text_are_clamped_as_documented() {
    let (code, out, _) = run_with_stdin(
        &["annotate", "--jsonl", "-"],
        r#"{"text": "The plan failed.", "targets": [[4, 8], [10, 99], [50, 60]]}"#,
    );
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let spans: Vec<&serde_json::Value> = doc["target_stances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["span"])
        .collect();
    assert_eq!(
        spans,
        [
            &serde_json::json!([4, 8]),
            &serde_json::json!([10, 16]),
            &serde_json::json!([16, 16])
        ]
    );
}

#[test]
fn summary_format_lists_voices_and_positions() {
    let text = "Ferry Plan Splits the Island\n\n“We will fight this plan every step of the way,” said Mara Lind.\n\nA senior official said the plan had little support.";
    let (code, out, _) = run_with_stdin(&["annotate", "--format", "summary"], text);
    assert_eq!(code, 0);
    assert!(out.contains("Voices: 2 speaking") && out.contains("Mara Lind"), "{out}");
    assert!(out.contains("▼ oppose"), "{out}");
    // The same summary is in the JSON document.
    let (_, json, _) = run_with_stdin(&["annotate"], text);
    let doc: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(doc["summary"]["voices"][0]["name"], "Mara Lind");
    assert_eq!(doc["summary"]["voices"][0]["voice"], "named");
}

/// More lines than one parallel batch, with bad lines among them: every thread count writes
/// the same documents in input order and reports the same bad lines in the same order.
#[test]
fn jsonl_output_is_the_same_for_every_thread_count() {
    let samples = [
        "“We will appeal,” said Ana Ruiz, the mayor, on Monday.",
        "The union said it opposed the plan. “It is unfair,” Bo Li added.",
        "Critics said the ferry plan would fail, according to a senior official.",
    ];
    let mut input = String::new();
    for i in 0..1200 {
        match i % 97 {
            13 => input.push_str("not json\n"),
            14 => input.push('\n'),
            _ => {
                let line = serde_json::json!({"id": i, "text": samples[i % samples.len()]});
                input.push_str(&format!("{line}\n"));
            }
        }
    }
    let runs: Vec<(i32, String, String)> = ["1", "2", "3"]
        .iter()
        .map(|t| run_with_stdin(&["annotate", "--jsonl", "-", "--quiet", "--threads", t], &input))
        .collect();
    let (code, out, err) = &runs[0];
    assert_eq!(*code, 1, "the bad lines fail the run");
    let ids = ids(out);
    assert_eq!(ids.len(), 1200 - 2 * 13, "{}", &err[..err.len().min(300)]);
    assert_eq!(ids.first().map(String::as_str), Some("0"));
    assert_eq!(err.lines().count(), 13);
    assert!(err.starts_with("standpoint: -:14: not valid JSON"), "{err}");
    for run in &runs[1..] {
        assert!(run == &runs[0], "a thread count changed the output");
    }
}

#[test]
fn threads_must_be_a_positive_number() {
    for (bad, says) in [("0", "--threads"), ("many", "--threads"), ("-1", "'-1'")] {
        let (code, _, err) = run_with_stdin(&["annotate", "--jsonl", "-", "--threads", bad], "");
        assert_eq!(code, 2, "--threads {bad}: {err}");
        assert!(err.contains(says), "{err}");
    }
}

/// Annotated documents of three short articles, as `annotate --jsonl` writes them.
fn corpus_docs() -> String {
    let input = [
        r#"{"id": "one", "date": "2026-03-02", "text": "“The ferry plan will save us,” said Ana Ruiz, the mayor. “Too costly,” said Li."}"#,
        r#"{"id": "two", "text": "Ana Ruiz said she opposes the plan now. “Nobody asked us,” said Li, a fisherman."}"#,
        r#"{"id": 3, "text": "A senior official said the vote would go ahead."}"#,
    ]
    .join("\n");
    let (code, out, err) = run_with_stdin(&["annotate", "--jsonl", "-", "--quiet"], &input);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn corpus_actors_join_full_names_only() {
    let (code, out, err) = run_with_stdin(&["corpus", "actors", "-"], &corpus_docs());
    assert_eq!(code, 0, "{err}");
    let actors: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let named = |n: &str| actors.iter().filter(|a| a["name"] == n).collect::<Vec<_>>();
    assert_eq!(named("Ana Ruiz").len(), 1);
    assert_eq!(named("Ana Ruiz")[0]["articles"], serde_json::json!(["one", "two"]));
    assert_eq!(named("Li").len(), 2, "a single name never joins: {out}");
    for a in &actors {
        for key in ["name", "kind", "articles", "quotes", "stances"] {
            assert!(a.get(key).is_some(), "{key} in {a}");
        }
    }
    let (code, csv, _) = run_with_stdin(&["corpus", "actors", "-", "--format", "csv"], &corpus_docs());
    assert_eq!(code, 0);
    assert!(
        csv.starts_with("name,kind,articles,quotes,quoted_words,stances\r\n"),
        "{csv}"
    );
    assert!(csv.contains("Ana Ruiz,person,one;two,"), "{csv}");
}

#[test]
fn corpus_voices_per_article_and_total() {
    let (code, csv, err) = run_with_stdin(&["corpus", "voices", "-", "--format", "csv"], &corpus_docs());
    assert_eq!(code, 0, "{err}");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 5, "{csv}");
    assert!(rows[1].starts_with("one,,"), "{csv}");
    assert!(rows[3].starts_with("3,,"), "{csv}");
    assert!(rows[4].starts_with("total,,"), "{csv}");
    let (_, json, _) = run_with_stdin(&["corpus", "voices", "-"], &corpus_docs());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["total"]["anonymous"].as_u64().unwrap() > 0, "{json}");
}

#[test]
fn corpus_reports_lines_that_are_not_documents() {
    let input = format!(
        "{}not json\n{{\"text\": \"a plain input, not a document\"}}\n",
        corpus_docs()
    );
    let (code, out, err) = run_with_stdin(&["corpus", "voices", "-"], &input);
    assert_eq!(code, 1, "bad lines fail the run");
    assert!(err.contains("-:4: not a standpoint document"), "{err}");
    assert!(err.contains("-:5: not a standpoint document"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["articles"].as_array().unwrap().len(),
        3,
        "the good lines are reported"
    );
    let (code, _, err) = run_with_stdin(&["corpus", "people", "-"], "");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn corpus_output_that_is_its_input_is_refused() {
    let dir = std::env::temp_dir().join(format!("standpoint-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("docs.jsonl");
    std::fs::write(&f, corpus_docs()).unwrap();
    let p = f.to_str().unwrap();
    let (code, _, err) = run_with_stdin(&["corpus", "actors", p, "-o", p], "");
    assert_eq!(code, 2, "{err}");
    assert_eq!(std::fs::read_to_string(&f).unwrap(), corpus_docs());
    std::fs::remove_dir_all(&dir).unwrap();
}
