//! Golden documents: each sample article's annotation, rendered readably, must match the
//! file committed under `tests/golden/`. After an intended change, regenerate with
//! `STANDPOINT_BLESS=1 cargo test -p standpoint-core --test golden` and review the diff.

use standpoint_core::{annotate, CharRange, Document, Options};

const SAMPLES: &[(&str, &str)] = &[
    ("harbour-pact", include_str!("../../www/samples/harbour-pact.txt")),
    ("water-rights", include_str!("../../www/samples/water-rights.txt")),
    ("transit-strike", include_str!("../../www/samples/transit-strike.txt")),
];

fn slice(chars: &[char], r: CharRange) -> String {
    chars[r[0]..r[1]].iter().collect::<String>().replace('\n', "⏎")
}

fn join(chars: &[char], spans: &[CharRange]) -> String {
    spans.iter().map(|&r| slice(chars, r)).collect::<Vec<_>>().join(" … ")
}

/// A readable rendering of everything the document says.
fn render(text: &str, doc: &Document) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    out.push_str(&format!("meta: {:?}\n", doc.meta));
    out.push_str(&format!(
        "{} paragraphs, {} sentences\n\n",
        doc.paragraphs.len(),
        doc.sentences.len()
    ));
    out.push_str("actors:\n");
    for a in &doc.actors {
        let mentions: Vec<String> = a.mentions.iter().map(|&r| slice(&chars, r)).collect();
        out.push_str(&format!(
            "  {} {} [{}]: {}\n",
            a.id,
            a.name,
            a.kind.as_str(),
            mentions.join(" | ")
        ));
    }
    out.push_str("\nquotes:\n");
    for q in &doc.quotes {
        let speaker = q
            .speaker
            .as_deref()
            .and_then(|s| doc.actor(s))
            .map_or("-".to_string(), |a| a.name.clone());
        out.push_str(&format!(
            "  {} {} speaker={} cue={:?} source={:?}\n     {:?}\n",
            q.id,
            q.kind.as_str(),
            speaker,
            join(&chars, &q.cue),
            join(&chars, &q.source),
            join(&chars, &q.content)
        ));
    }
    out.push_str("\nstances:\n");
    for s in &doc.stances {
        let holder = doc.actor(&s.holder).map_or("-".to_string(), |a| a.name.clone());
        out.push_str(&format!(
            "  {} {} {} on {:?} cue={:?}\n",
            s.id,
            holder,
            s.polarity.as_str(),
            s.target.label,
            join(&chars, &s.cue)
        ));
    }
    out.push_str("\nevents:\n");
    for e in &doc.events {
        out.push_str(&format!(
            "  {} {:?}\n",
            if e.date.is_empty() { "?" } else { &e.date },
            slice(&chars, e.mention)
        ));
    }
    out
}

#[test]
fn samples_match_their_golden_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("STANDPOINT_BLESS").is_some();
    let mut failures = Vec::new();
    for (name, text) in SAMPLES {
        let doc = annotate(text, &Options::default());
        let got = render(text, &doc);
        let path = dir.join(format!("{name}.txt"));
        if bless {
            std::fs::write(&path, &got).expect("writes golden file");
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            failures.push(format!(
                "{name}: differs from {} (run with STANDPOINT_BLESS=1 to update)",
                path.display()
            ));
            for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
                if g != w {
                    failures.push(format!("  line {}:\n    got:  {g}\n    want: {w}", i + 1));
                    break;
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
