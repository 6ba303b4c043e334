//! The `standpoint` binary end to end: files, stdin, JSON Lines with bad lines, formats.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_standpoint"))
}

fn run_with_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
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
