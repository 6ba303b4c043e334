//! Any input is handled: no panic, every span in bounds and on character boundaries, every
//! reference resolvable, and the document survives a JSON round trip.

//!
//! These are the fuzz targets of the core's entry points (`annotate`, the JSON Lines record
//! reader, the exports; the web-page reader's are in `pages.rs`), run as property tests so
//! they need no nightly compiler. `./x test` runs 256 cases of each; a longer run sets `PROPTEST_CASES`:
//! `PROPTEST_CASES=20000 cargo test --release -p standpoint-core --test robustness`.

use proptest::prelude::*;
use standpoint_core::{annotate, export, CharRange, Document, Input, Options};

/// Checks every invariant of a document for `text`.
fn check(text: &str, doc: &Document) {
    let n = text.chars().count();
    let ok = |r: &CharRange| r[0] <= r[1] && r[1] <= n;
    let all = doc
        .paragraphs
        .iter()
        .chain(&doc.sentences)
        .chain(doc.actors.iter().flat_map(|a| &a.mentions))
        .chain(
            doc.quotes
                .iter()
                .flat_map(|q| q.content.iter().chain(&q.cue).chain(&q.source)),
        )
        .chain(doc.stances.iter().flat_map(|s| s.cue.iter().chain(&s.target.mentions)))
        .chain(
            doc.stances
                .iter()
                .flat_map(|s| s.evidence.iter().flat_map(|e| e.cue.iter().chain([&e.sentence]))),
        )
        .chain(doc.targets.iter().flat_map(|t| &t.mentions))
        .chain(doc.events.iter().flat_map(|e| [&e.mention, &e.sentence]));
    for r in all {
        assert!(ok(r), "span {r:?} outside a text of {n} code points");
    }
    for w in doc.paragraphs.windows(2) {
        assert!(w[0][1] <= w[1][0], "paragraphs overlap or are out of order");
    }
    for s in &doc.sentences {
        assert!(
            doc.paragraphs.iter().any(|p| p[0] <= s[0] && s[1] <= p[1]),
            "sentence {s:?} is not inside a paragraph"
        );
    }
    for q in &doc.quotes {
        assert!(!q.content.is_empty(), "a quote without content");
        if let Some(sp) = &q.speaker {
            assert!(doc.actor(sp).is_some(), "quote {} names unknown actor {sp}", q.id);
        }
    }
    for a in &doc.actors {
        if let Some(o) = &a.affiliation {
            assert!(
                doc.actor(o).is_some() && o != &a.id,
                "actor {} is affiliated with unknown actor {o}",
                a.id
            );
        }
    }
    for s in &doc.stances {
        assert!(doc.actor(&s.holder).is_some(), "stance {} has unknown holder", s.id);
        if let Some(q) = &s.quote {
            assert!(doc.quote(q).is_some(), "stance {} cites unknown quote", s.id);
        }
        assert!(!s.evidence.is_empty(), "stance {} without evidence", s.id);
        for q in s.evidence.iter().filter_map(|e| e.quote.as_ref()) {
            assert!(doc.quote(q).is_some(), "stance {} cites unknown quote {q}", s.id);
        }
        let t = doc.targets.iter().find(|t| t.id == s.target.id);
        assert!(
            t.is_some_and(|t| t.label == s.target.label),
            "stance {} names unknown target",
            s.id
        );
        assert!(
            (0.0..=1.0).contains(&s.confidence),
            "stance {} confidence {}",
            s.id,
            s.confidence
        );
    }
    let mut seen = std::collections::HashSet::new();
    for s in &doc.stances {
        assert!(
            seen.insert((&s.holder, &s.target.id, s.polarity)),
            "two stances of one holder, target and polarity"
        );
    }
    let mut ids: Vec<&str> = doc.actors.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), doc.actors.len(), "actor ids repeat");
    let json = serde_json::to_string(doc).expect("serializes");
    let back: Document = serde_json::from_str(&json).expect("parses back");
    assert_eq!(&back, doc);
}

fn run(text: &str) {
    let doc = annotate(text, &Options::default());
    check(text, &doc);
}

#[test]
fn special_inputs() {
    let long_line = "word ".repeat(20_000);
    let cases: &[(&str, &str)] = &[
        ("empty", ""),
        ("spaces", "   \t  "),
        ("newlines", "\n\n\r\n\n"),
        ("emoji", "“We did it 🎉👏🏽,” said Ana Ruiz 👩🏽‍💻. She smiled 😀."),
        ("flags and joiners", "🇨🇦🇺🇸 said 👨‍👩‍👧‍👦 “ok”"),
        ("cjk", "北京 said “我们同意” on Monday. 東京は晴れ。"),
        ("rtl", "“שלום,” said Dana Levi. قال أحمد “مرحبا”."),
        (
            "combining marks",
            "“Zoe\u{301} e\u{300}tait la\u{300},” said Rene\u{301} Le\u{301}vesque.",
        ),
        ("control characters", "\u{0}\u{1}“a\u{7}b,” said\u{1b} X.\u{7f}"),
        ("lone marks", "\" ” “ ‘ ’ « » „"),
        ("only punctuation", ".,;:!?—–-()[]{}…"),
        ("a lone opening mark", "“"),
        ("a lone mark after a paragraph", "Ana Ruiz spoke.\n\n“"),
        ("unclosed quote", "“This never ends, said Ana Ruiz"),
        ("bom", "\u{feff}date 2026-03-05 “Yes,” she said."),
        ("bad date", "date 2026-13-45 The vote was held."),
        ("zero width", "Ana\u{200b} said\u{200b} “yes”\u{2060}."),
        ("long line", long_line.as_str()),
        (
            "markdown",
            "# Title\n\n- “Yes,” said **Ana Ruiz**.\n- *No*, said [Bo](http://x.y/).\n\n> quoted",
        ),
    ];
    for (name, text) in cases {
        let doc = annotate(text, &Options::default());
        check(text, &doc);
        let _ = name;
    }
}

#[test]
fn five_megabytes() {
    let article = include_str!("../../www/samples/harbour-pact.txt");
    let mut text = String::new();
    while text.len() < 5_000_000 {
        text.push_str(article);
        text.push_str("\n\n");
    }
    let doc = annotate(&text, &Options::default());
    assert!(doc.quotes.len() > 1000);
    check(&text, &doc);
}

#[test]
fn targets_out_of_range_are_answered_in_bounds() {
    let text = "Critics said the plan would fail.";
    let opts = Options {
        targets: vec![[0, 7], [20, 500], [40, 50]],
        ..Options::default()
    };
    let doc = annotate(text, &opts);
    check(text, &doc);
}

/// Text that looks like news: words, names, verbs of saying, quotation marks, punctuation and
/// line breaks in random order.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "said",
        "told",
        "according to",
        "Ana",
        "Ruiz",
        "Minister",
        "Sen.",
        "Dr.",
        "U.S.",
        "she",
        "he",
        "they",
        "the",
        "critics",
        "a senior official",
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        ",",
        ".",
        "!",
        "?",
        ":",
        ";",
        "—",
        "(",
        ")",
        "\n",
        "\n\n",
        "that",
        "plan",
        "will",
        "support",
        "oppose",
        "Tuesday",
        "March 5, 2026",
        "in 2016",
        "'s",
        "n't",
        "é",
        "👍",
        "北京",
        "and",
        "of",
        "who",
        "adding",
        "date 2026-03-05",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.join(" "))
}

/// 256 cases unless `PROPTEST_CASES` asks for more (or fewer).
fn config() -> ProptestConfig {
    let mut c = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = 256;
    }
    c
}

/// Something like a JSON Lines record: fields, values and broken JSON.
fn record() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"id\"",
        "\"text\"",
        "\"targets\"",
        "\"span\"",
        "\"“Yes,” she said.\"",
        "\"Critics said the plan would fail.\"",
        "0",
        "3",
        "-1",
        "99999999999999999999",
        "1.5",
        "1e400",
        "null",
        "true",
        "\"\\u00e9\"",
        "\"\\ud800\"",
        "\"",
        "\\",
        " ",
    ]);
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

/// Every export of `doc` is made without a panic, and holds what its readers need.
fn check_exports(text: &str, doc: &Document) {
    let brat = export::brat(doc, text);
    for line in brat.split([
        '\n', '\r', '\u{b}', '\u{c}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}', '\u{2029}',
    ]) {
        assert!(
            line.is_empty() || line.starts_with(['T', 'R', 'A', '*']),
            "a broken brat line: {line:?}"
        );
    }
    let csv = export::quotes_csv(doc, text) + &export::matrix_csv(doc);
    assert!(csv.ends_with("\r\n"));
    let mut streamed = Vec::new();
    export::write_web_annotation(doc, text, &mut streamed, false).expect("writes to memory");
    assert_eq!(
        String::from_utf8(streamed).expect("UTF-8"),
        export::web_annotation(doc, text).to_string()
    );
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_string_is_handled(text in any::<String>()) {
        run(&text);
    }

    #[test]
    fn any_newsy_text_is_handled(text in newsy()) {
        run(&text);
    }

    #[test]
    fn any_targets_are_handled(text in newsy(), targets in prop::collection::vec((0usize..400, 0usize..400), 0..5)) {
        let opts = Options {
            targets: targets.into_iter().map(|(a, b)| [a.min(b), a.max(b)]).collect(),
            ..Options::default()
        };
        let doc = annotate(&text, &opts);
        check(&text, &doc);
    }

    #[test]
    fn any_record_is_read(line in record()) {
        if let Ok(input) = Input::from_json(&line) {
            let doc = annotate(&input.text, &input.options);
            check(&input.text, &doc);
        }
    }

    #[test]
    fn any_document_is_exported(text in newsy()) {
        let doc = annotate(&text, &Options::default());
        check_exports(&text, &doc);
    }
}
