//! Exports of an annotated document: W3C Web Annotation (JSON-LD), brat standoff, and CSV.
//!
//! Every export takes the document and the text it annotates; offsets stay in code points.

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

/// The document as a W3C Web Annotation collection: one annotation per quote, actor mention,
/// stance and dated event, each targeting its spans with both a TextQuoteSelector and a
/// TextPositionSelector (code points).
pub fn web_annotation(doc: &Document, text: &str) -> Value {
    let chars: Vec<char> = text.chars().collect();
    let source = match &doc.id {
        Some(Value::String(s)) => format!("urn:standpoint:article:{s}"),
        Some(v) => format!("urn:standpoint:article:{v}"),
        None => "urn:standpoint:article".to_string(),
    };
    let name_of = |id: &Option<String>| {
        id.as_ref()
            .and_then(|i| doc.actor(i))
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let mut items = Vec::new();
    for q in &doc.quotes {
        let mut body = vec![
            json!({ "type": "TextualBody", "purpose": "classifying", "value": format!("{} quote", q.kind.as_str()) }),
        ];
        if q.speaker.is_some() {
            body.push(json!({ "type": "TextualBody", "purpose": "identifying", "value": name_of(&q.speaker) }));
        }
        items.push(json!({
            "id": format!("{source}#{}", q.id),
            "type": "Annotation",
            "motivation": "classifying",
            "body": body,
            "target": targets(&chars, &source, &q.content),
        }));
        for (role, spans) in [("cue", &q.cue), ("source", &q.source)] {
            if !spans.is_empty() {
                items.push(json!({
                    "id": format!("{source}#{}-{role}", q.id),
                    "type": "Annotation",
                    "motivation": "tagging",
                    "body": { "type": "TextualBody", "purpose": "tagging", "value": format!("attribution {role} of {}", q.id) },
                    "target": targets(&chars, &source, spans),
                }));
            }
        }
    }
    for a in &doc.actors {
        items.push(json!({
            "id": format!("{source}#{}", a.id),
            "type": "Annotation",
            "motivation": "identifying",
            "body": [
                { "type": "TextualBody", "purpose": "identifying", "value": a.name },
                { "type": "TextualBody", "purpose": "classifying", "value": a.kind.as_str() }
            ],
            "target": targets(&chars, &source, &a.mentions),
        }));
    }
    for s in &doc.stances {
        items.push(json!({
            "id": format!("{source}#{}", s.id),
            "type": "Annotation",
            "motivation": "assessing",
            "body": [
                { "type": "TextualBody", "purpose": "assessing", "value": s.polarity.as_str() },
                { "type": "TextualBody", "purpose": "identifying", "value": format!("{} on {}", name_of(&Some(s.holder.clone())), s.target.label) }
            ],
            "target": targets(&chars, &source, &s.cue),
        }));
    }
    for (n, e) in doc.events.iter().enumerate() {
        items.push(json!({
            "id": format!("{source}#e{}", n + 1),
            "type": "Annotation",
            "motivation": "describing",
            "body": { "type": "TextualBody", "purpose": "describing", "value": if e.date.is_empty() { "undated".to_string() } else { e.date.clone() } },
            "target": targets(&chars, &source, &[e.mention]),
        }));
    }
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("{source}#annotations"),
        "type": "AnnotationCollection",
        "label": doc.meta.title.clone().unwrap_or_else(|| "Standpoint annotations".to_string()),
        "total": items.len(),
        "first": { "type": "AnnotationPage", "items": items },
    })
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
        // brat fragments may not contain line breaks: split each span at newlines.
        let mut frags: Vec<CharRange> = Vec::new();
        for s in spans {
            let mut start = s[0];
            for (i, &c) in chars.iter().enumerate().take(s[1]).skip(s[0]) {
                if c == '\n' || c == '\r' {
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

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One CSV field, quoted when it needs to be (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
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
}
