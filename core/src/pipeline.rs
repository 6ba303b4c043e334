//! The pipeline: input, options, and [`annotate`], which runs every pass in order.

use serde_json::Value;

use crate::actors::Actors;
use crate::document::{numbered_id, Actor, ActorKind, CharRange, Document, Event, Meta, Quote};
use crate::error::Error;
use crate::rules::Rule;
use crate::text::{OffsetMap, Span};
use crate::{attribution, coref, quotes, segment, stance, summary, timeline};

/// What to annotate besides the text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// The input's id, echoed in the document.
    pub id: Option<Value>,
    /// Spans (code points) whose stance the text takes should be reported in `target_stances`.
    pub targets: Vec<CharRange>,
    /// Whether to copy the text into the document's `text` field.
    pub include_text: bool,
    /// Whether to name, beside each quote, actor and stance, the rule that made it (the
    /// `rule`, `speaker_rule` and `kind_rule` fields), for tracing a wrong reading.
    pub explain: bool,
    /// What is known of the article from outside its text (a web page's head, a corpus's
    /// columns): a title, date (`YYYY-MM-DD`) or byline, each used where the text's own head
    /// gives none. The date resolves relative dates ("on Tuesday") in the timeline.
    pub meta: Meta,
}

/// One input record: `{"id", "text", "targets"?}`, as read from a JSON Lines file.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The article.
    pub text: String,
    /// Everything else that shapes the output.
    pub options: Options,
}

impl Input {
    /// Parses one JSON object with a `text` string, an optional `id` (any JSON value),
    /// optional `targets` (`[[start, end], ...]` in code points) and optional `title`, `date`
    /// (`YYYY-MM-DD`, or a date-time) and `byline` strings (see [`Options::meta`]).
    pub fn from_json(line: &str) -> Result<Input, Error> {
        let v: Value = serde_json::from_str(line).map_err(Error::json)?;
        let Value::Object(obj) = v else {
            return Err(Error::not_an_object());
        };
        Input::from_object(obj)
    }

    /// Like [`Input::from_json`] for a line given in two parts: its `text`, and the rest of
    /// its fields as a JSON object (which must not hold a `text` of its own). An article's
    /// text need not be escaped into JSON and read back.
    pub fn from_fields(fields: &str, text: String) -> Result<Input, Error> {
        let v: Value = serde_json::from_str(fields).map_err(Error::json)?;
        let Value::Object(mut obj) = v else {
            return Err(Error::not_an_object());
        };
        if obj.contains_key("text") {
            return Err(Error::bad_field("text", "given twice"));
        }
        obj.insert("text".into(), Value::String(text));
        Input::from_object(obj)
    }

    /// The input an object of JSON Lines fields describes.
    fn from_object(mut obj: serde_json::Map<String, Value>) -> Result<Input, Error> {
        let text = match obj.remove("text") {
            Some(Value::String(s)) => s,
            _ => return Err(Error::missing_text()),
        };
        let id = obj.remove("id").filter(|v| !v.is_null());
        let mut field = |name: &'static str| match obj.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(Error::bad_field(name, "expected a string")),
        };
        let title = field("title")?;
        let byline = field("byline")?;
        let date = match field("date")? {
            // A date-time's date is the date.
            Some(d) if d.len() >= 10 && d.is_char_boundary(10) && crate::calendar::valid_ymd(&d[..10]) => {
                Some(d[..10].to_string())
            }
            Some(_) => return Err(Error::bad_field("date", "expected YYYY-MM-DD")),
            None => None,
        };
        let mut targets = Vec::new();
        if let Some(t) = obj.remove("targets") {
            let Value::Array(items) = t else {
                return Err(Error::bad_target("expected an array".into()));
            };
            for item in items {
                // Accept [s, e] or {"span": [s, e]}.
                let pair = match &item {
                    Value::Object(o) => o.get("span").cloned().unwrap_or(Value::Null),
                    other => other.clone(),
                };
                let r: Option<CharRange> = pair.as_array().and_then(|a| {
                    let s = a.first()?.as_u64()? as usize;
                    let e = a.get(1)?.as_u64()? as usize;
                    (a.len() == 2 && s <= e).then_some([s, e])
                });
                match r {
                    Some(r) => targets.push(r),
                    None => return Err(Error::bad_target(format!("not a [start, end] pair: {item}"))),
                }
            }
        }
        Ok(Input {
            text,
            options: Options {
                id,
                targets,
                meta: Meta {
                    title,
                    date,
                    byline,
                    captions: Vec::new(),
                },
                ..Options::default()
            },
        })
    }
}

/// Annotates one line of JSON Lines input (see [`Input::from_json`]) exactly as
/// `standpoint annotate --jsonl` does, and returns the document as one line of JSON (no
/// newline). With `include_text` the document carries the article; with `explain`, the rule
/// behind each quote, actor and stance. The CLI and the Python package both call this, so
/// their documents are the same bytes.
///
/// An integer `id` beyond 2^53 keeps all its digits only when `serde_json`'s
/// `arbitrary_precision` feature is on in the build (the CLI and the Python package turn it on).
pub fn annotate_line(line: &str, include_text: bool, explain: bool) -> Result<String, Error> {
    annotate_input(Input::from_json(line)?, include_text, explain)
}

/// [`annotate_line`] for a line given as its text and its other fields (see
/// [`Input::from_fields`]): the same document, byte for byte, as for the whole line.
pub fn annotate_fields(fields: &str, text: String, include_text: bool, explain: bool) -> Result<String, Error> {
    annotate_input(Input::from_fields(fields, text)?, include_text, explain)
}

/// The document for `input`, as one line of JSON.
fn annotate_input(mut input: Input, include_text: bool, explain: bool) -> Result<String, Error> {
    input.options.include_text = include_text;
    input.options.explain = explain;
    let doc = annotate(&input.text, &input.options);
    serde_json::to_string(&doc).map_err(Error::json)
}

/// Annotates one article.
///
/// Never panics; every span in the result lies inside the text on character boundaries.
pub fn annotate(text: &str, options: &Options) -> Document {
    let explain = |rule: Rule| (options.explain && rule != Rule::None).then(|| rule.id().to_string());
    let map = OffsetMap::new(text);
    let seg = segment::segment_with(text, &options.meta);
    let regions = quotes::find(&seg.tokens, &seg.paras);
    let mut actors = Actors::recognize(text, &seg);
    let (attrs, mut disc) = attribution::extract(text, &seg, &regions, &mut actors);
    let mut speaker_of_region = vec![None; regions.len()];
    // A quotation's speaker is the first attribution's that holds it: not that of a speech
    // the quotation itself reports ("“Berg said no. He is wrong,” said Ruiz").
    for a in &attrs {
        if let Some(r) = a.region {
            if speaker_of_region[r].is_none() {
                speaker_of_region[r] = a.speaker;
            }
        }
    }
    coref::link_rest(text, &seg, &regions, &speaker_of_region, &mut actors, &mut disc);
    let dates = timeline::find(text, &seg, seg.meta.date.as_deref());
    let stance_out = stance::analyze(text, &seg, &regions, &attrs, &mut actors, &options.targets, &map);

    let mut doc = Document::empty(options.id.clone());
    if options.include_text {
        doc.text = Some(text.to_string());
    }
    doc.meta = seg.meta.clone();
    doc.paragraphs = seg.paras.iter().map(|p| map.range(p.span)).collect();
    doc.sentences = seg.sents.iter().map(|s| map.range(s.span)).collect();

    // Actors: every entity with a kind and a mention, in order of first mention.
    let mut ids: Vec<Option<String>> = vec![None; actors.entities.len()];
    let mut order: Vec<(usize, usize)> = actors
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.mentions.is_empty() && (e.kind.is_some() || e.active))
        .map(|(i, e)| {
            let first = e
                .mentions
                .iter()
                .map(|&m| actors.mentions[m].span.start)
                .min()
                .unwrap_or(0);
            (first, i)
        })
        .collect();
    crate::sort::sort(&mut order);
    doc.actors.reserve_exact(order.len());
    for (n, &(_, e)) in order.iter().enumerate() {
        let ent = &actors.entities[e];
        let id = numbered_id('a', n + 1);
        ids[e] = Some(id.clone());
        // Code-point ranges sort and compare as their byte spans do.
        let mut mentions: Vec<CharRange> = ent
            .mentions
            .iter()
            .map(|&m| map.range(actors.mentions[m].span))
            .collect();
        crate::sort::sort(&mut mentions);
        mentions.dedup();
        doc.actors.push(Actor {
            id,
            name: ent.name.clone(),
            kind: ent.kind.unwrap_or(ActorKind::Person),
            mentions,
            affiliation: None,
            kind_rule: explain(ent.kind_rule),
        });
    }
    for (actor, &(_, e)) in doc.actors.iter_mut().zip(&order) {
        actor.affiliation = actors.entities[e].affiliation.and_then(|o| ids[o].clone());
    }

    let ranges = |spans: &[Span]| -> Vec<CharRange> { spans.iter().map(|&s| map.range(s)).collect() };
    let mut quote_ids = vec![String::new(); attrs.len()];
    doc.quotes.reserve_exact(attrs.len());
    for (n, a) in attrs.iter().enumerate() {
        let id = numbered_id('q', n + 1);
        quote_ids[n] = id.clone();
        let source = a
            .source
            .as_ref()
            .filter(|r| !r.is_empty())
            .map(|r| vec![map.range(Span::new(seg.tokens[r.start].start, seg.tokens[r.end - 1].end))])
            .unwrap_or_default();
        doc.quotes.push(Quote {
            id,
            kind: a.kind,
            content: ranges(&a.content),
            cue: ranges(&a.cue),
            source,
            speaker: a.speaker.and_then(|e| ids[e].clone()),
            rule: explain(a.rule),
            speaker_rule: explain(a.speaker_rule),
        });
    }
    (doc.targets, doc.stances) = stance_out.stances(&ids, &quote_ids, &map, options.explain);
    doc.target_stances = stance_out.target_stances;
    doc.events = dates
        .into_iter()
        .map(|d| Event {
            date: d.date.map_or(String::new(), |(y, p)| y.format(p)),
            mention: map.range(d.span),
            sentence: map.range(seg.sents[d.sent].span),
            until: d.until.map(|(y, p)| y.format(p)),
        })
        .collect();
    doc.summary = summary::summarize(&doc, text, &map);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_parsing() {
        let i = Input::from_json(r#"{"id": 7, "text": "Hi.", "targets": [[0, 2], {"span": [1, 3]}]}"#).unwrap();
        assert_eq!(i.text, "Hi.");
        assert_eq!(i.options.id, Some(Value::from(7)));
        assert_eq!(i.options.targets, vec![[0, 2], [1, 3]]);
        for bad in ["nope", "[1]", r#"{"id": 1}"#, r#"{"text": "x", "targets": [[3, 1]]}"#] {
            assert!(Input::from_json(bad).is_err(), "{bad}");
        }
        let e = Input::from_json(r#"{"id": 1}"#).unwrap_err();
        assert_eq!(e.to_string(), "no \"text\" string field");
    }

    #[test]
    fn a_line_in_two_parts_is_the_whole_line() {
        let text = "“We will sign,” Ana Ruiz said on Tuesday.";
        let whole = format!(
            r#"{{"id": 12, "date": "2026-03-06", "text": {}}}"#,
            serde_json::to_string(text).unwrap()
        );
        let parts = annotate_fields(r#"{"id": 12, "date": "2026-03-06"}"#, text.to_string(), true, true).unwrap();
        assert_eq!(parts, annotate_line(&whole, true, true).unwrap());
        assert!(annotate_fields("{}", text.to_string(), false, false).is_ok());
        for bad in ["[1]", "nope", r#"{"text": "again"}"#, r#"{"date": "Tuesday"}"#] {
            assert!(Input::from_fields(bad, text.to_string()).is_err(), "{bad}");
        }
        let e = Input::from_fields(r#"{"text": "again"}"#, text.to_string()).unwrap_err();
        assert!(e.to_string().contains("given twice"), "{e}");
    }

    /// Work (counted operations) for `text` and for it doubled.
    fn work(text: &str) -> (u64, u64) {
        crate::ops::take();
        let _ = annotate(text, &Options::default());
        let one = crate::ops::take();
        // Joined by a space, so that a sentence or paragraph without end doubles in length too.
        let doubled = format!("{text} {text}");
        let _ = annotate(&doubled, &Options::default());
        (one, crate::ops::take())
    }

    #[test]
    fn work_grows_linearly_with_input() {
        let article = include_str!("../../www/samples/harbour-pact.txt");
        let news: String = std::iter::repeat_n(article, 8).collect::<Vec<_>>().join("\n\n");
        // Inputs that would expose a quadratic scan: one endless sentence of verbs of saying,
        // quotation marks, capitals joined by "and", commas, parentheses, "according to".
        let cases: Vec<(&str, String)> = vec![
            ("news", news),
            ("said said", "Ana said ".repeat(4000)),
            ("quote marks", "\"a \" b “c ‘d ".repeat(3000)),
            ("capitals and", "Ana and Bo and Cy and ".repeat(3000)),
            ("commas", "Ana Ruiz, the minister, who spoke, said, ".repeat(2000)),
            ("parentheses", "(a) (b) said (c) ".repeat(3000)),
            ("according to", "according to Ana, according to ".repeat(3000)),
            ("possessives", "Ana's Bo's Cy's ".repeat(3000)),
            ("pronouns", "“Yes,” she said. “No,” he said. ".repeat(3000)),
            (
                "stances",
                "Ana Ruiz opposed the pact. Bo Li backed the pact. ".repeat(2000),
            ),
            (
                "joined targets",
                "Ana Ruiz opposed the levy and the toll and Bo Li backed the pact and ".repeat(1500),
            ),
            (
                "names after a preposition",
                "to Ana Ruiz and Bo Li, to attack the levy, ".repeat(2000),
            ),
            (
                "documents known by role",
                "Prosecutors say more. The dog ran, the complaint said. ".repeat(2000),
            ),
        ];
        for (name, text) in cases {
            let (one, two) = work(&text);
            assert!(one > 0, "case {name}: no work counted");
            let ratio = two as f64 / one as f64;
            assert!(
                ratio < 2.6,
                "case {name}: doubling the input multiplied the work by {ratio:.2} ({one} -> {two})"
            );
        }
    }

    #[test]
    fn empty_and_whitespace() {
        for t in ["", " ", "\n\n\n", "\u{feff}"] {
            let d = annotate(t, &Options::default());
            assert!(d.quotes.is_empty());
            assert_eq!(d.schema, "standpoint/1");
        }
    }
}
