//! The page reader's fuzz targets: any bytes given as a page are read without a panic, in
//! time linear in their length, and what is read annotates like any text. `./x test` runs
//! 64 cases of each; `PROPTEST_CASES` asks for more.
#![cfg(feature = "pages")]

use std::time::{Duration, Instant};

use proptest::prelude::*;
use standpoint_core::{annotate, html, Options};

fn config() -> ProptestConfig {
    let mut c = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = 64;
    }
    c
}

/// Something like a saved web page: tags (some broken), comments, scripts, entities and text.
fn markup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<html>",
        "<head>",
        "<title>",
        "</title>",
        "<body>",
        "<p>",
        "</p>",
        "<div class=\"a\">",
        "</div>",
        "<article>",
        "</article>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "<br/>",
        "<a href='x'>",
        "</a>",
        "<h1>",
        "</h1>",
        "<nav>",
        "</nav>",
        "&amp;",
        "&ldquo;",
        "&#8221;",
        "&#x201C;",
        "&#xZZ;",
        "&",
        "<",
        ">",
        "\"",
        "'",
        "=",
        "<!DOCTYPE html>",
        "<![CDATA[",
        "]]>",
        "<meta charset=utf-8>",
        "“We won,” said Ana Ruiz.",
        "Critics said",
        "the plan",
        "\n",
        " ",
        "é",
        "北京",
        "<p",
        "</",
        "<<",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// The shortest of three readings of `page`.
fn best_of_three(page: &[u8]) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            let _ = html::read(page);
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Hostile shapes, each repeated to about `n` bytes: a tree builder or a scorer that is
/// quadratic in any of them takes sixteen times as long for four times the input.
#[test]
fn hostile_pages_take_linear_time() {
    let shapes: &[(&str, &str)] = &[
        ("angle brackets", "<"),
        ("nesting", "<div>"),
        ("unclosed formatting", "<b><i><a href=x>"),
        ("unclosed quotes", "<p title=\"x>"),
        ("tables", "<table><tr><td>"),
        ("paragraphs", "<p>word, word. "),
        ("comments", "<!-- c -->"),
        ("entities", "&amp;&euro;&#150;"),
    ];
    for (name, unit) in shapes {
        let make = |n: usize| unit.repeat(n / unit.len()).into_bytes();
        let small = best_of_three(&make(50_000));
        let large = best_of_three(&make(200_000));
        // Linear is 4x; quadratic 16x. The margin absorbs a noisy machine.
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-4);
        assert!(
            ratio < 9.0,
            "{name}: 4x the input took {ratio:.1}x the time ({small:?} → {large:?})"
        );
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_bytes_are_read_as_a_page(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let page = html::read(&bytes);
        prop_assert!(!page.text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        let doc = annotate(&page.text, &Options::default());
        prop_assert!(doc.sentences.iter().all(|s| s[1] <= page.text.chars().count()));
    }

    #[test]
    fn any_markup_is_read(page in markup()) {
        let read = html::extract(&page);
        let doc = annotate(&read.text, &Options::default());
        prop_assert!(doc.paragraphs.iter().all(|p| p[1] <= read.text.chars().count()));
    }

    #[test]
    fn any_string_is_read_as_a_page(page in any::<String>()) {
        let read = html::extract(&page);
        let _ = annotate(&read.text, &Options::default());
    }

    #[test]
    fn any_fragment_is_read(page in markup()) {
        let _ = html::fragment_text(&page);
    }
}
