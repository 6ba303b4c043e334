//! Exports of an annotated document: W3C Web Annotation (JSON-LD), brat standoff, and CSV.
//!
//! Every export takes the document and the text it annotates; offsets stay in code points.

use std::io::{self, Write};

use serde_json::{json, Value};

use crate::document::{CharRange, Document};

/// Characters of context kept in a TextQuoteSelector's prefix and suffix.
const CONTEXT: usize = 32;

/// The text of a code-point range (empty when out of range).
fn slice(chars: &[char], r: CharRange) -> String {
    let s = r[0].min(chars.len());
    let e = r[1].min(chars.len()).max(s);
    chars[s..e].iter().collect()
}

fn selector(chars: &[char], r: CharRange) -> Value {
    let s = r[0].min(chars.len());
    let e = r[1].min(chars.len()).max(s);
    json!([
        {
            "type": "TextQuoteSelector",
            "exact": slice(chars, [s, e]),
            "prefix": slice(chars, [s.saturating_sub(CONTEXT), s]),
            "suffix": slice(chars, [e, (e + CONTEXT).min(chars.len())]),
        },
        { "type": "TextPositionSelector", "start": s, "end": e }
    ])
}

fn targets(chars: &[char], source: &str, spans: &[CharRange]) -> Value {
    let items: Vec<Value> = spans
        .iter()
        .map(|&r| json!({ "type": "SpecificResource", "source": source, "selector": selector(chars, r) }))
        .collect();
    if items.len() == 1 {
        items.into_iter().next().unwrap_or(Value::Null)
    } else {
        Value::Array(items)
    }
}

/// Percent-encodes what an IRI's path may not hold as it is: everything but letters, digits,
/// `-._~` and `/:@` (a `%` too, so the encoding is never ambiguous).
fn iri_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The IRI of the annotated article: `urn:standpoint:article:` and its id, percent-encoded
/// (a string id as it reads, any other JSON value as its JSON text).
fn source_iri(doc: &Document) -> String {
    match &doc.id {
        Some(Value::String(s)) => format!("urn:standpoint:article:{}", iri_escape(s)),
        Some(v) => format!("urn:standpoint:article:{}", iri_escape(&v.to_string())),
        None => "urn:standpoint:article".to_string(),
    }
}

/// The annotations of a document, made one at a time so a writer never holds them all.
struct Annotations<'a> {
    doc: &'a Document,
    chars: Vec<char>,
    source: String,
}

impl<'a> Annotations<'a> {
    fn new(doc: &'a Document, text: &str) -> Annotations<'a> {
        Annotations {
            doc,
            chars: text.chars().collect(),
            source: source_iri(doc),
        }
    }

    fn name_of(&self, id: Option<&str>) -> String {
        id.and_then(|i| self.doc.actor(i))
            .map(|a| a.name.clone())
            .unwrap_or_default()
    }

    /// Calls `each` with every annotation in order: quotes (each followed by its cue and
    /// source), actors, stances, events. Stops at the first error `each` returns.
    fn each<E>(&self, mut each: impl FnMut(Value) -> Result<(), E>) -> Result<(), E> {
        let (doc, chars, source) = (self.doc, &self.chars[..], self.source.as_str());
        for q in &doc.quotes {
            let mut body = vec![
                json!({ "type": "TextualBody", "purpose": "classifying", "value": format!("{} quote", q.kind.as_str()) }),
            ];
            if q.speaker.is_some() {
                body.push(json!({ "type": "TextualBody", "purpose": "identifying", "value": self.name_of(q.speaker.as_deref()) }));
            }
            each(json!({
                "id": format!("{source}#{}", q.id),
                "type": "Annotation",
                "motivation": "classifying",
                "body": body,
                "target": targets(chars, source, &q.content),
            }))?;
            for (role, spans) in [("cue", &q.cue), ("source", &q.source)] {
                if !spans.is_empty() {
                    each(json!({
                        "id": format!("{source}#{}-{role}", q.id),
                        "type": "Annotation",
                        "motivation": "tagging",
                        "body": { "type": "TextualBody", "purpose": "tagging", "value": format!("attribution {role} of {}", q.id) },
                        "target": targets(chars, source, spans),
                    }))?;
                }
            }
        }
        for a in &doc.actors {
            each(json!({
                "id": format!("{source}#{}", a.id),
                "type": "Annotation",
                "motivation": "identifying",
                "body": [
                    { "type": "TextualBody", "purpose": "identifying", "value": a.name },
                    { "type": "TextualBody", "purpose": "classifying", "value": a.kind.as_str() }
                ],
                "target": targets(chars, source, &a.mentions),
            }))?;
        }
        for s in &doc.stances {
            each(json!({
                "id": format!("{source}#{}", s.id),
                "type": "Annotation",
                "motivation": "assessing",
                "body": [
                    { "type": "TextualBody", "purpose": "assessing", "value": s.polarity.as_str() },
                    { "type": "TextualBody", "purpose": "identifying", "value": format!("{} on {}", self.name_of(Some(&s.holder)), s.target.label) }
                ],
                "target": targets(chars, source, &s.cue),
            }))?;
        }
        for (n, e) in doc.events.iter().enumerate() {
            each(json!({
                "id": format!("{source}#e{}", n + 1),
                "type": "Annotation",
                "motivation": "describing",
                "body": { "type": "TextualBody", "purpose": "describing", "value": if e.date.is_empty() { "undated".to_string() } else { e.date.clone() } },
                "target": targets(chars, source, &[e.mention]),
            }))?;
        }
        Ok(())
    }

    /// The collection's label: the article's title, or a generic one.
    fn label(&self) -> Value {
        Value::String(
            self.doc
                .meta
                .title
                .clone()
                .unwrap_or_else(|| "Standpoint annotations".to_string()),
        )
    }
}

/// The document as a W3C Web Annotation collection: one annotation per quote, actor mention,
/// stance and dated event, each targeting its spans with both a TextQuoteSelector and a
/// TextPositionSelector (code points). [`write_web_annotation`] writes the same collection
/// without holding it in memory.
pub fn web_annotation(doc: &Document, text: &str) -> Value {
    let a = Annotations::new(doc, text);
    let mut items = Vec::new();
    let _ = a.each(|v| -> Result<(), ()> {
        items.push(v);
        Ok(())
    });
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("{}#annotations", a.source),
        "type": "AnnotationCollection",
        "label": a.label(),
        "total": items.len(),
        "first": { "type": "AnnotationPage", "items": items },
    })
}

/// Writes [`web_annotation`]'s collection to `w`, byte for byte what serializing it gives
/// (indented when `pretty`), one annotation at a time: its memory stays that of the document.
pub fn write_web_annotation(doc: &Document, text: &str, w: &mut dyn Write, pretty: bool) -> io::Result<()> {
    let a = Annotations::new(doc, text);
    // Objects are written with their keys in order: "@context", "first", "id", "label", "total", "type".
    let (nl, i1, i2, i3, colon) = if pretty {
        ("\n", "  ", "    ", "      ", ": ")
    } else {
        ("", "", "", "", ":")
    };
    write!(
        w,
        "{{{nl}{i1}\"@context\"{colon}\"http://www.w3.org/ns/anno.jsonld\",{nl}"
    )?;
    write!(w, "{i1}\"first\"{colon}{{{nl}{i2}\"items\"{colon}[")?;
    let mut total = 0usize;
    a.each(|item| -> io::Result<()> {
        w.write_all(if total == 0 { b"" } else { b"," })?;
        total += 1;
        if pretty {
            let one = serde_json::to_string_pretty(&item).map_err(io::Error::other)?;
            // JSON strings hold no raw line breaks, so every one is the layout's.
            write!(w, "\n{i3}{}", one.replace('\n', "\n      "))
        } else {
            serde_json::to_writer(&mut *w, &item).map_err(io::Error::other)
        }
    })?;
    if total > 0 {
        write!(w, "{nl}{i2}")?;
    }
    write!(w, "],{nl}{i2}\"type\"{colon}\"AnnotationPage\"{nl}{i1}}},{nl}")?;
    let id = Value::String(format!("{}#annotations", a.source));
    write!(w, "{i1}\"id\"{colon}{id},{nl}{i1}\"label\"{colon}{},{nl}", a.label())?;
    write!(
        w,
        "{i1}\"total\"{colon}{total},{nl}{i1}\"type\"{colon}\"AnnotationCollection\"{nl}}}"
    )
}

/// brat standoff: the `.ann` file for the text (the `.txt` file is the text itself).
///
/// Text-bound annotations `T` for actor mentions (by kind), quotes (by kind), cues, sources
/// and stance cues; relations `R` from each quote to its speaker's mention; attributes `A` for
/// stance polarity; and equivalences `*` joining an actor's mentions.
pub fn brat(doc: &Document, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut t = 0usize;
    let mut r = 0usize;
    let mut a = 0usize;
    let mut first_mention: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut tb = |out: &mut String, label: &str, spans: &[CharRange]| -> Option<usize> {
        let spans: Vec<CharRange> = spans
            .iter()
            .copied()
            .filter(|s| s[1] > s[0] && s[1] <= chars.len())
            .collect();
        if spans.is_empty() {
            return None;
        }
        t += 1;
        // brat fragments may not contain line breaks: split each span at every character
        // brat's reader (Python's `str.splitlines`) takes for one.
        let mut frags: Vec<CharRange> = Vec::new();
        for s in spans {
            let mut start = s[0];
            for (i, &c) in chars.iter().enumerate().take(s[1]).skip(s[0]) {
                if is_brat_break(c) {
                    if i > start {
                        frags.push([start, i]);
                    }
                    start = i + 1;
                }
            }
            if s[1] > start {
                frags.push([start, s[1]]);
            }
        }
        let offsets: Vec<String> = frags.iter().map(|f| format!("{} {}", f[0], f[1])).collect();
        let shown: Vec<String> = frags.iter().map(|&f| slice(&chars, f)).collect();
        out.push_str(&format!("T{t}\t{label} {}\t{}\n", offsets.join(";"), shown.join(" ")));
        Some(t)
    };
    for act in &doc.actors {
        let label = capitalize(act.kind.as_str());
        let mut ts = Vec::new();
        for m in &act.mentions {
            if let Some(id) = tb(&mut out, &label, std::slice::from_ref(m)) {
                ts.push(id);
            }
        }
        if let Some(&f) = ts.first() {
            first_mention.insert(act.id.as_str(), f);
        }
        if ts.len() > 1 {
            let list: Vec<String> = ts.iter().map(|x| format!("T{x}")).collect();
            out.push_str(&format!("*\tCoref {}\n", list.join(" ")));
        }
    }
    for q in &doc.quotes {
        let label = format!("{}_quote", capitalize(q.kind.as_str()));
        let Some(qt) = tb(&mut out, &label, &q.content) else {
            continue;
        };
        tb(&mut out, "Cue", &q.cue);
        if let Some(st) = tb(&mut out, "Source", &q.source) {
            r += 1;
            out.push_str(&format!("R{r}\tSource Arg1:T{qt} Arg2:T{st}\n"));
        }
        if let Some(m) = q.speaker.as_deref().and_then(|s| first_mention.get(s)) {
            r += 1;
            out.push_str(&format!("R{r}\tSpeaker Arg1:T{qt} Arg2:T{m}\n"));
        }
    }
    for s in &doc.stances {
        if let Some(ct) = tb(&mut out, "Stance_cue", &s.cue) {
            a += 1;
            out.push_str(&format!("A{a}\tPolarity T{ct} {}\n", capitalize(s.polarity.as_str())));
            if let Some(m) = first_mention.get(s.holder.as_str()) {
                r += 1;
                out.push_str(&format!("R{r}\tHolder Arg1:T{ct} Arg2:T{m}\n"));
            }
        }
    }
    out
}

/// Whether brat reads `c` as a line break: Python's `str.splitlines` splits at these.
fn is_brat_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{1c}'..='\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One CSV field, quoted when it needs to be (RFC 4180).
///
/// A field a spreadsheet would run as a formula (one that begins with `=`, `+`, `-`, `@`, a
/// tab or a carriage return) gets a leading `'` and quotes, as OWASP recommends, so quoted
/// text such as `=HYPERLINK(…)` stays text.
pub(crate) fn csv_field(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula {
        format!("\"'{}\"", s.replace('"', "\"\""))
    } else if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The quotes as CSV: one row per quote with its speaker, kind, the quoted text, the cue and
/// source text, and the content's code-point offsets.
pub fn quotes_csv(doc: &Document, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let join = |spans: &[CharRange]| spans.iter().map(|&r| slice(&chars, r)).collect::<Vec<_>>().join(" … ");
    let mut out = String::from("id,kind,speaker,speaker_kind,content,cue,source,start,end\r\n");
    for q in &doc.quotes {
        let actor = q.speaker.as_deref().and_then(|s| doc.actor(s));
        let start = q.content.iter().map(|r| r[0]).min().unwrap_or(0);
        let end = q.content.iter().map(|r| r[1]).max().unwrap_or(0);
        let row = [
            q.id.clone(),
            q.kind.as_str().to_string(),
            actor.map(|a| a.name.clone()).unwrap_or_default(),
            actor.map(|a| a.kind.as_str().to_string()).unwrap_or_default(),
            join(&q.content),
            join(&q.cue),
            join(&q.source),
            start.to_string(),
            end.to_string(),
        ];
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The document's summary as a text table for a terminal: the voices with their quotes,
/// words and share of what is quoted, then each main issue with every voice's position.
pub fn summary_text(doc: &Document) -> String {
    let s = &doc.summary;
    let percent = |x: f64| format!("{:.0}%", x * 100.0);
    let title = doc.meta.title.as_deref().unwrap_or("(untitled)");
    let mut out = format!(
        "{title}\n\nVoices: {} speaking, {} quoted words, {} from anonymous sources\n",
        s.voices.len(),
        s.quoted_words,
        percent(s.anonymous_share)
    );
    let width = s
        .voices
        .iter()
        .map(|v| v.name.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(4, 40);
    for v in &s.voices {
        let quotes = if v.quotes.len() == 1 { "quote" } else { "quotes" };
        let name: String = v.name.chars().take(width).collect();
        out.push_str(&format!(
            "  {name:<width$}  {:<12}  {:>3} {quotes:<6}  {:>5} words  {:>4}\n",
            v.voice,
            v.quotes.len(),
            v.words,
            percent(v.share)
        ));
    }
    if s.voices.is_empty() {
        out.push_str("  (no one is quoted)\n");
    }
    out.push_str("\nIssues\n");
    for i in &s.issues {
        let positions: Vec<String> = i
            .positions
            .iter()
            .map(|p| {
                let mark = match p.polarity {
                    crate::Polarity::Support => "▲",
                    crate::Polarity::Oppose => "▼",
                    crate::Polarity::Neutral => "●",
                };
                format!("{} {mark} {}", p.name, p.polarity.as_str())
            })
            .collect();
        out.push_str(&format!("  {}: {}\n", i.label, positions.join("; ")));
    }
    if s.issues.is_empty() {
        out.push_str("  (no positions found)\n");
    }
    out
}

/// The stance matrix as CSV: one row per holder and target.
pub fn matrix_csv(doc: &Document) -> String {
    let mut out = String::from("holder,holder_kind,target,support,oppose,neutral,overall,stances\r\n");
    for c in crate::stance::matrix(doc) {
        let actor = doc.actor(&c.holder);
        let row = [
            actor.map(|a| a.name.clone()).unwrap_or_default(),
            actor.map(|a| a.kind.as_str().to_string()).unwrap_or_default(),
            c.target.clone(),
            c.support.to_string(),
            c.oppose.to_string(),
            c.neutral.to_string(),
            c.overall.as_str().to_string(),
            c.stances.join(" "),
        ];
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    const TEXT: &str = "“We will not sign this deal,” Foreign Minister Ana Ruiz said on Monday.\n\nCritics said the plan was “a disaster, plain and simple.”";

    #[test]
    fn web_annotation_selectors_match_the_text() {
        let doc = annotate(TEXT, &Options::default());
        let wa = web_annotation(&doc, TEXT);
        let chars: Vec<char> = TEXT.chars().collect();
        let items = wa["first"]["items"].as_array().unwrap();
        assert!(!items.is_empty());
        for it in items {
            let targets = match &it["target"] {
                Value::Array(a) => a.clone(),
                t => vec![t.clone()],
            };
            for t in targets {
                let sel = t["selector"].as_array().unwrap();
                let exact = sel[0]["exact"].as_str().unwrap();
                let s = sel[1]["start"].as_u64().unwrap() as usize;
                let e = sel[1]["end"].as_u64().unwrap() as usize;
                assert_eq!(exact, chars[s..e].iter().collect::<String>());
            }
        }
    }

    #[test]
    fn brat_offsets_match_the_text() {
        let doc = annotate(TEXT, &Options::default());
        let ann = brat(&doc, TEXT);
        let chars: Vec<char> = TEXT.chars().collect();
        assert!(ann.contains("Direct_quote"), "{ann}");
        for line in ann.lines().filter(|l| l.starts_with('T')) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (_, offs) = cols[1].split_once(' ').unwrap();
            let pieces: Vec<String> = offs
                .split(';')
                .map(|f| {
                    let (s, e) = f.split_once(' ').unwrap();
                    chars[s.parse::<usize>().unwrap()..e.parse::<usize>().unwrap()]
                        .iter()
                        .collect()
                })
                .collect();
            assert_eq!(pieces.join(" "), cols[2], "{line}");
        }
    }

    #[test]
    fn csv_quotes_fields() {
        let doc = annotate(TEXT, &Options::default());
        let csv = quotes_csv(&doc, TEXT);
        let mut lines = csv.split("\r\n");
        assert_eq!(
            lines.next(),
            Some("id,kind,speaker,speaker_kind,content,cue,source,start,end")
        );
        let first = lines.next().unwrap();
        assert!(
            first.starts_with("q1,direct,Ana Ruiz,person,\"We will not sign this deal,\",said,"),
            "{first}"
        );
    }

    /// Texts whose exports the tests below compare: quotes, stances, dates, an empty text.
    const TEXTS: &[&str] = &[
        TEXT,
        "",
        "Plain words, nobody speaking.",
        "“Fine,” said Bo Li on Friday.\n\nThe council backed the plan, officials said.",
    ];

    #[test]
    fn summary_text_lists_voices_and_positions() {
        let text = "Ferry Plan Splits the Island\n\n“We will fight this plan every step of the way,” said Mara Lind.\n\nA senior official said the plan had little support.";
        let doc = annotate(text, &Options::default());
        let t = summary_text(&doc);
        assert!(
            t.starts_with("Ferry Plan Splits the Island\n\nVoices: 2 speaking"),
            "{t}"
        );
        assert!(
            t.contains("Mara Lind") && t.contains("named") && t.contains("anonymous"),
            "{t}"
        );
        assert!(t.contains("plan: ") && t.contains("▼ oppose"), "{t}");
        let empty = summary_text(&annotate("The river rose.", &Options::default()));
        assert!(
            empty.contains("(no one is quoted)") && empty.contains("(no positions found)"),
            "{empty}"
        );
    }

    #[test]
    fn web_annotation_streams_what_it_builds() {
        for (n, text) in TEXTS.iter().enumerate() {
            for id in [None, Some(json!("a b#c/ü%")), Some(json!(12))] {
                let opts = Options {
                    id,
                    ..Options::default()
                };
                let doc = annotate(text, &opts);
                let v = web_annotation(&doc, text);
                for pretty in [false, true] {
                    let mut out = Vec::new();
                    write_web_annotation(&doc, text, &mut out, pretty).unwrap();
                    let want = if pretty {
                        serde_json::to_string_pretty(&v).unwrap()
                    } else {
                        v.to_string()
                    };
                    assert_eq!(String::from_utf8(out).unwrap(), want, "text {n}, pretty {pretty}");
                }
            }
        }
    }

    #[test]
    fn web_annotation_iris_are_percent_encoded() {
        let cases: &[(&str, Value, &str)] = &[
            ("plain", json!("a-1.txt"), "urn:standpoint:article:a-1.txt"),
            ("path", json!("/tmp/a b.txt"), "urn:standpoint:article:/tmp/a%20b.txt"),
            (
                "fragment and percent",
                json!("x#y%z"),
                "urn:standpoint:article:x%23y%25z",
            ),
            ("non-ASCII", json!("é"), "urn:standpoint:article:%C3%A9"),
            ("number", json!(7), "urn:standpoint:article:7"),
            ("object", json!({"k": 1}), "urn:standpoint:article:%7B%22k%22:1%7D"),
        ];
        for (name, id, want) in cases {
            let doc = annotate(
                "Hello.",
                &Options {
                    id: Some(id.clone()),
                    ..Options::default()
                },
            );
            let wa = web_annotation(&doc, "Hello.");
            assert_eq!(wa["id"], format!("{want}#annotations"), "{name}");
        }
    }

    #[test]
    fn csv_cells_that_would_run_as_formulas_stay_text() {
        let cases: &[(&str, &str, &str)] = &[
            ("equals", "=1+2", "\"'=1+2\""),
            ("plus", "+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""),
            ("minus", "-Bo Li", "\"'-Bo Li\""),
            ("at", "@SUM(A1)", "\"'@SUM(A1)\""),
            ("tab", "\tx", "\"'\tx\""),
            ("carriage return", "\rx", "\"'\rx\""),
            ("quotes inside", "=\"a\"", "\"'=\"\"a\"\"\""),
            ("ordinary", "Bo Li", "Bo Li"),
            ("comma", "a, b", "\"a, b\""),
            ("minus inside", "a-b", "a-b"),
            ("empty", "", ""),
        ];
        for (name, field, want) in cases {
            assert_eq!(csv_field(field), *want, "{name}");
        }
        // End to end: a quotation that begins with a formula.
        let text = "“+1+cmd|' /C calc'!A0,” said Bo Li.";
        let doc = annotate(text, &Options::default());
        let csv = quotes_csv(&doc, text);
        let row = csv.split("\r\n").nth(1).unwrap();
        assert!(row.contains(",\"'+1+cmd|' /C calc'!A0,\","), "{row}");
    }

    #[test]
    fn brat_fragments_hold_no_line_break_of_any_kind() {
        for c in [
            '\u{b}', '\u{c}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}', '\u{2029}', '\r',
        ] {
            let text = format!("“We will{c}not sign this deal,” said Ana Ruiz.");
            let doc = annotate(&text, &Options::default());
            let ann = brat(&doc, &text);
            assert!(ann.contains("Direct_quote"), "U+{:04X}: {ann}", c as u32);
            for line in ann.split(is_brat_break).filter(|l| !l.is_empty()) {
                assert!(
                    line.starts_with(['T', 'R', 'A', '*']),
                    "U+{:04X} broke a line: {line:?}",
                    c as u32
                );
            }
        }
    }
}
