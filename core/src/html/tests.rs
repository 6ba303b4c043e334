//! The page reader on pages of our own: ordinary news pages, then one hostile case per test.

use super::*;

/// A news page of ours: navigation, a headline, a standfirst, the article with a figure,
/// related links, comments and a footer.
const NEWS: &str = r##"<!doctype html><html><head><meta charset="utf-8">
<title>Harbour Board Delays Dredging Vote | The Coastline Courier</title>
<meta property="og:title" content="Harbour Board Delays Dredging Vote">
<meta property="article:published_time" content="2026-03-05T09:30:00Z">
<meta name="author" content="Mara Lind">
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<div class="share"><a href="#">Share on social media</a></div>
<article><header><h1>Harbour Board Delays Dredging Vote</h1>
<p class="standfirst">Fishing crews and the port authority remain split over the channel.</p></header>
<p>The harbour board postponed its vote on dredging the north channel on Tuesday, after fishing crews packed the meeting hall for the third week in a row.</p>
<figure><img src="crews.jpg" alt=""><figcaption>Crews gathered outside the hall before the meeting.</figcaption></figure>
<p>“We are not against the port growing, we are against losing the shellfish beds,” said Ida Brenner, who has fished the bay for thirty years. Her crew joined two others in a petition signed by more than four hundred residents.</p>
<p>The port authority said the channel must be deepened before larger ferries arrive next spring, and that a study of the beds would be published before any work began.</p>
<p>Board chair Tomas Weil said the members needed more time to read the study. The vote is now expected in April, when the board meets again in the town hall.</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Ferry fares rise</a></li><li><a href="/b">Storm closes pier</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><p>Great article!</p></section>
<footer>© The Coastline Courier. All rights reserved.</footer>
</body></html>"##;

fn page(body: &str) -> String {
    format!(
        "<html><head><title>Test Page</title></head><body><article><h1>Test Page</h1>{body}{}</article></body></html>",
        "<p>The council met on Monday to hear from residents about the plan for the old mill, which has stood empty for a decade. Several spoke for an hour.</p>".repeat(4)
    )
}

#[test]
fn a_news_page_gives_its_article_and_metadata() {
    let p = extract(NEWS);
    assert_eq!(p.title.as_deref(), Some("Harbour Board Delays Dredging Vote"));
    assert_eq!(p.date.as_deref(), Some("2026-03-05"));
    assert_eq!(p.byline.as_deref(), Some("Mara Lind"));
    for kept in [
        "postponed its vote",
        "said Ida Brenner",
        "Board chair Tomas Weil",
        "Crews gathered outside the hall",
    ] {
        assert!(p.text.contains(kept), "lost {kept:?}: {}", p.text);
    }
    for dropped in [
        "Home",
        "Share on social media",
        "Ferry fares rise",
        "Great article",
        "All rights reserved",
    ] {
        assert!(!p.text.contains(dropped), "kept {dropped:?}: {}", p.text);
    }
    assert!(p.text.contains("\n\n"), "paragraphs are kept apart");
    assert_eq!(p.captions, ["Crews gathered outside the hall before the meeting."]);
}

#[test]
fn a_caption_is_shown_and_never_attributed() {
    let html = page(
        "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>“We will rebuild the mill,” said Mayor Ada Lind at the site.</figcaption></figure>\
         <p>“The roof comes first,” said Ines Moreau, who leads the residents' group.</p>",
    );
    let p = extract(&html);
    assert_eq!(
        p.captions,
        ["“We will rebuild the mill,” said Mayor Ada Lind at the site."]
    );
    let (text, meta) = p.article();
    assert!(
        text.contains("We will rebuild the mill"),
        "the caption is shown: {text}"
    );
    let doc = crate::annotate(
        &text,
        &crate::Options {
            meta,
            ..crate::Options::default()
        },
    );
    assert_eq!(
        doc.meta.captions,
        ["“We will rebuild the mill,” said Mayor Ada Lind at the site."]
    );
    let chars: Vec<char> = text.chars().collect();
    let quoted: Vec<String> = doc
        .quotes
        .iter()
        .flat_map(|q| q.content.iter().map(|&[s, e]| chars[s..e].iter().collect::<String>()))
        .collect();
    assert!(quoted.iter().any(|q| q.contains("The roof comes first")), "{quoted:?}");
    assert!(
        !quoted.iter().any(|q| q.contains("rebuild")),
        "a caption is not speech: {quoted:?}"
    );
    assert!(
        !doc.actors.iter().any(|a| a.name.contains("Lind")),
        "nor its names actors"
    );
}

#[test]
fn a_caption_that_is_not_a_paragraph_of_the_text_is_not_kept() {
    let html = page("<figure><img src=\"a.jpg\" alt=\"\"><figcaption>   </figcaption></figure>");
    assert!(extract(&html).captions.is_empty());
}

#[test]
fn the_date_from_json_ld_or_a_time_element() {
    let ld = page(
        r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Test Page","datePublished":"2025-11-30T08:00:00+01:00"}</script>"#,
    );
    assert_eq!(extract(&ld).date.as_deref(), Some("2025-11-30"));
    let time = page(r#"<p>Posted <time datetime="2024-02-29">Thursday</time></p>"#);
    assert_eq!(extract(&time).date.as_deref(), Some("2024-02-29"));
    let bad = page(r#"<p><time datetime="2024-02-30">soon</time></p>"#);
    assert_eq!(extract(&bad).date, None);
}

#[test]
fn svg_titles_do_not_become_the_page_title() {
    let html = page(r#"<svg><title>Close</title><path d="M0 0"/></svg><svg><title>Menu</title></svg>"#);
    let p = extract(&html);
    assert_eq!(p.title.as_deref(), Some("Test Page"));
    assert_eq!(p.text.matches("The council met").count(), 4, "the article appears once");
}

#[test]
fn a_self_closed_script_still_hides_its_code() {
    let html = page("<script src=x/>var secret = 1; document.write('leak');</script><p>After the script.</p>");
    let p = extract(&html);
    assert!(!p.text.contains("secret") && !p.text.contains("leak"), "{}", p.text);
}

#[test]
fn a_greater_than_sign_inside_an_attribute_ends_no_tag() {
    let html = page(r#"<p><a title="a > b, c > d" href="x">the link</a> and text.</p>"#);
    let p = extract(&html);
    assert!(!p.text.contains("b, c") && !p.text.contains("href"), "{}", p.text);
    assert!(p.text.contains("the link and text."), "{}", p.text);
}

#[test]
fn a_tag_longer_than_four_kilobytes_is_a_tag() {
    let long = format!(r#"<p data-x="{}">Long tag, short text.</p>"#, "x".repeat(8192));
    let p = extract(&page(&long));
    assert!(
        p.text.contains("Long tag, short text.") && !p.text.contains("xxxx"),
        "{}",
        p.text
    );
}

#[test]
fn markup_in_comments_and_scripts_is_not_read() {
    let html = format!(
        "<!-- <title>Commented Title</title><article><p>Commented article.</p></article> -->\
         <script>var s = '<title>Script Title</title><article>Script article.</article>';</script>{}",
        page("")
    );
    let p = extract(&html);
    assert_eq!(p.title.as_deref(), Some("Test Page"));
    assert!(
        !p.text.contains("Commented") && !p.text.contains("Script article"),
        "{}",
        p.text
    );
}

#[test]
fn hidden_content_and_form_fields_are_dropped() {
    let html = page(
        r#"<p hidden>Hidden by attribute.</p><p aria-hidden="true">Hidden from readers.</p>
        <div style="display:none">Hidden by style.</div><textarea>Typed into a form.</textarea>"#,
    );
    let p = extract(&html);
    for hidden in ["by attribute", "from readers", "by style", "into a form"] {
        assert!(!p.text.contains(hidden), "kept {hidden:?}: {}", p.text);
    }
}

#[test]
fn every_html5_entity_is_decoded() {
    let html =
        page("<p>Price &euro;5, co&shy;operate, a&nbspb, 1&#150;2, &frac12;, &NotNestedGreaterGreater;, &amp;.</p>");
    let p = extract(&html);
    assert!(
        p.text.contains("Price €5, co\u{ad}operate, a\u{a0}b") || p.text.contains("Price €5, co\u{ad}operate, a b"),
        "{}",
        p.text
    );
    assert!(p.text.contains("1–2, ½, ⪢̸, &."), "{}", p.text);
}

#[test]
fn control_characters_are_dropped() {
    let p = extract(&page("<p>Bell\u{7} and escape\u{1b} and NUL&#0; gone.</p>"));
    assert!(
        p.text.contains("Bell and escape and NUL\u{fffd} gone.") || p.text.contains("Bell and escape and NUL gone."),
        "{}",
        p.text
    );
    assert!(!p.text.chars().any(|c| c.is_control() && c != '\n'), "{:?}", p.text);
}

#[test]
fn a_page_not_in_utf8_is_read() {
    let mut bytes =
        b"<html><head><meta charset=windows-1252><title>Caf\xe9 Reopens</title></head><body><article>".to_vec();
    bytes.extend(
        b"<p>\x93We are back,\x94 said the owner of the caf\xe9 on Main Street, who closed it in the spring.</p>"
            .repeat(5),
    );
    bytes.extend(b"</article></body></html>");
    let p = read(&bytes);
    assert_eq!(p.title.as_deref(), Some("Café Reopens"));
    assert!(
        p.text.contains("“We are back,” said the owner of the café"),
        "{}",
        p.text
    );
}

#[test]
fn a_page_of_angle_brackets_is_text() {
    let p = extract(&"<".repeat(1_000_000));
    assert_eq!(p.text.len(), 1_000_000);
    assert!(p.text.bytes().all(|b| b == b'<'));
    let nested = "<div>".repeat(50_000) + "deep text";
    assert_eq!(extract(&nested).text, "deep text");
}

#[test]
fn a_short_page_without_an_article_gives_its_visible_text() {
    let p = extract("<html><body><nav>Menu</nav><p>“Yes,” said Ana Ruiz.</p><script>x()</script></body></html>");
    assert_eq!(p.text, "“Yes,” said Ana Ruiz.");
}

#[test]
fn a_fragment_keeps_its_paragraphs() {
    let t = fragment_text(
        "<meta charset=utf-8><p>“Yes,” said Ana Ruiz.</p><p>She left.<br>Then she came back.</p><style>p{}</style>",
    );
    assert_eq!(t, "“Yes,” said Ana Ruiz.\n\nShe left.\nThen she came back.");
}
