//! The JSON document, version 1: the contract between the core, the CLI and the app.
//!
//! Every offset is a Unicode code point index into the input text exactly as given,
//! end-exclusive. A span list is one or more `[start, end]` segments.

use serde::{Deserialize, Serialize};

/// The schema tag every document carries.
pub const SCHEMA: &str = "standpoint/1";

/// A `[start, end)` range of code points into the input text.
pub type CharRange = [usize; 2];

/// An annotated article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The input's `id`, echoed unchanged (any JSON value), or null.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    /// The input text itself. Omitted by the CLI unless asked for; the app's exports carry it
    /// so that an import restores the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Title, date and byline found at the head of the article.
    pub meta: Meta,
    /// Paragraph ranges, in order.
    pub paragraphs: Vec<CharRange>,
    /// Sentence ranges, in order; every sentence lies inside one paragraph.
    pub sentences: Vec<CharRange>,
    /// Everyone and everything that speaks, is spoken of, or takes a stance.
    pub actors: Vec<Actor>,
    /// Attributions: direct, indirect and mixed quotations.
    pub quotes: Vec<Quote>,
    /// What the actors take positions on: the actors and issues that stances are about, and
    /// the salient issues of the article.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// Actor stances, one per piece of evidence.
    pub stances: Vec<Stance>,
    /// Answers to the input's `targets`, in the same order.
    pub target_stances: Vec<TargetStance>,
    /// Dated events, in text order.
    pub events: Vec<Event>,
    /// The article at a glance (added within `standpoint/1`: documents without it read as an
    /// empty summary).
    #[serde(default)]
    pub summary: Summary,
}

/// What the head of the article says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The title line, if the article starts with one.
    pub title: Option<String>,
    /// The article's date as `YYYY-MM-DD`, from a leading metadata line.
    pub date: Option<String>,
    /// The byline ("By Jane Doe"), if present.
    pub byline: Option<String>,
    /// The captions of a saved page's figures, as they stand in the text: paragraphs a reader
    /// sees that are never read for quotes, actors or stances (absent when there are none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub captions: Vec<String>,
}

/// The kind of an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named or described person.
    Person,
    /// A company, ministry, party, agency, court, outlet, …
    Organization,
    /// A country, city or region (also a capital standing for its government).
    Place,
    /// A group of people named by a common noun: "critics", "residents".
    Group,
    /// An unnamed source: "a senior official", "people familiar with the talks".
    Anonymous,
}

impl ActorKind {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Place => "place",
            ActorKind::Group => "group",
            ActorKind::Anonymous => "anonymous",
        }
    }
}

/// One real-world entity with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// `a1`, `a2`, … in order of first mention.
    pub id: String,
    /// The canonical name: the fullest name the article uses.
    pub name: String,
    /// What sort of actor this is.
    pub kind: ActorKind,
    /// Every mention, including pronouns and descriptions that refer to it.
    pub mentions: Vec<CharRange>,
    /// The actor an unnamed person speaks for ("a senior Interior Ministry official" → the
    /// Interior Ministry), or `None`.
    #[serde(default)]
    pub affiliation: Option<String>,
    /// With `explain`: the id of the rule that gave the kind (DESIGN.md lists them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind_rule: Option<String>,
}

/// How a quotation reports speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech that contains a quoted fragment.
    Mixed,
}

impl QuoteKind {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// One attribution: what was said, the words that attribute it, and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// `q1`, `q2`, … in text order.
    pub id: String,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// What was said, without the quotation marks.
    pub content: Vec<CharRange>,
    /// The attributing words ("said", "according to", "in a statement").
    pub cue: Vec<CharRange>,
    /// The mention naming the speaker in this attribution; empty for a floating quote.
    pub source: Vec<CharRange>,
    /// The resolved speaker (an actor id), if any.
    pub speaker: Option<String>,
    /// With `explain`: the id of the rule that made the attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// With `explain`: the id of the rule that found the speaker (absent without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_rule: Option<String>,
}

/// The direction of a stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// For it.
    Support,
    /// Against it.
    Oppose,
    /// Neither, or withholding judgement.
    Neutral,
}

impl Polarity {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Support => "support",
            Polarity::Oppose => "oppose",
            Polarity::Neutral => "neutral",
        }
    }

    /// The opposite direction (neutral stays neutral).
    pub fn flipped(self) -> Polarity {
        match self {
            Polarity::Support => Polarity::Oppose,
            Polarity::Oppose => Polarity::Support,
            Polarity::Neutral => Polarity::Neutral,
        }
    }
}

/// What sort of thing a target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    /// One of the article's actors.
    Actor,
    /// One of its issues: a plan, a bill, a decision, an event, an idea.
    #[default]
    Issue,
}

impl TargetKind {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Actor => "actor",
            TargetKind::Issue => "issue",
        }
    }
}

/// What a stance is about: one of the document's `targets`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// `t1`, `t2`, … in order of first mention (empty in documents written before targets had
    /// ids).
    #[serde(default)]
    pub id: String,
    /// The label a reader recognizes: an actor's name, or an issue's fullest mention ("the
    /// ferry plan" → "ferry plan").
    pub label: String,
    /// An actor or an issue.
    #[serde(default)]
    pub kind: TargetKind,
    /// The target's mentions in the text (in a stance: those near its evidence).
    pub mentions: Vec<CharRange>,
}

/// One stance: an actor supports, opposes or is neutral toward a target, with all the evidence
/// the article gives for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// `s1`, `s2`, … in order of first evidence.
    pub id: String,
    /// The actor holding the stance.
    pub holder: String,
    /// What the stance is about.
    pub target: Target,
    /// Its direction.
    pub polarity: Polarity,
    /// The words that show it, over all its evidence.
    pub cue: Vec<CharRange>,
    /// The sentence of its first evidence.
    #[serde(default)]
    pub sentence: Option<CharRange>,
    /// The quote its first evidence comes from, if any.
    pub quote: Option<String>,
    /// How sure the evidence makes it, from 0 to 1.
    #[serde(default)]
    pub confidence: f64,
    /// Every piece of evidence, in text order.
    #[serde(default)]
    pub evidence: Vec<StanceEvidence>,
    /// With `explain`: the id of the rule that read its strongest evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

impl Stance {
    /// What identifies the stance's target: its id, or its label in documents written before
    /// targets had ids.
    pub fn target_key(&self) -> &str {
        if self.target.id.is_empty() {
            &self.target.label
        } else {
            &self.target.id
        }
    }
}

/// One piece of evidence for a stance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StanceEvidence {
    /// The words that show it.
    pub cue: Vec<CharRange>,
    /// Its sentence.
    pub sentence: CharRange,
    /// The quote it comes from, if any.
    pub quote: Option<String>,
    /// With `explain`: the id of the rule that read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// The stance the text takes toward one span given in the input's `targets`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetStance {
    /// The span as given, clamped to the text: an end (or start) past the last code point
    /// becomes the text's length, so every span in a document lies inside its text.
    pub span: CharRange,
    /// Its direction.
    pub polarity: Polarity,
    /// The words that show it (empty for a neutral answer without evidence).
    pub cue: Vec<CharRange>,
}

/// A date mention resolved to an absolute date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when a relative mention cannot be resolved
    /// because the article has no date.
    pub date: String,
    /// The date mention.
    pub mention: CharRange,
    /// The sentence it is in.
    pub sentence: CharRange,
    /// The end of a range ("from 2015 to 2017"), when the mention is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// The article at a glance: whose voices it carries, how much of it is anonymous, and where
/// the voices stand on its main issues. Every item names the quotes or stances behind it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Words inside quotes (direct, reported, mixed), attributed or not.
    pub quoted_words: usize,
    /// The share of those words (0–1, three decimals) from anonymous sources.
    pub anonymous_share: f64,
    /// Each speaker, most quoted words first.
    pub voices: Vec<Voice>,
    /// The issues most stances are about (at most three), each with every voice's position.
    pub issues: Vec<IssuePositions>,
}

/// One speaker in the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Voice {
    /// The actor's id.
    pub actor: String,
    /// The actor's name.
    pub name: String,
    /// `named` (a person), `anonymous`, `group` or `organization` (also a place speaking for
    /// its government).
    pub voice: String,
    /// The speaker's quotes, in text order.
    pub quotes: Vec<String>,
    /// Words inside those quotes.
    pub words: usize,
    /// Their share of all quoted words (0–1, three decimals).
    pub share: f64,
}

/// The positions taken on one issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssuePositions {
    /// The target's id.
    pub target: String,
    /// Its label.
    pub label: String,
    /// One position per holder, in order of first evidence.
    pub positions: Vec<Position>,
}

/// One holder's overall position on an issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// The holder's actor id.
    pub actor: String,
    /// The holder's name.
    pub name: String,
    /// The polarity with the most evidence (neutral on a tie).
    pub polarity: Polarity,
    /// The stances behind it.
    pub stances: Vec<String>,
}

impl Document {
    /// An empty document for the given id: every list empty, no metadata.
    pub fn empty(id: Option<serde_json::Value>) -> Document {
        Document {
            schema: SCHEMA.to_string(),
            id,
            text: None,
            meta: Meta::default(),
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            actors: Vec::new(),
            quotes: Vec::new(),
            targets: Vec::new(),
            stances: Vec::new(),
            target_stances: Vec::new(),
            events: Vec::new(),
            summary: Summary::default(),
        }
    }

    /// The actor with the given id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The quote with the given id.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.id == id)
    }
}

/// The id of the `n`th item (from 1) of a list whose ids start with `prefix`: "a1", "q12".
/// Written digit by digit, without the formatting machinery, since every actor, quote and
/// stance of every article gets one.
pub(crate) fn numbered_id(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut v = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(prefix.len_utf8() + digits.len() - k);
    id.push(prefix);
    id.extend(digits[k..].iter().map(|&d| char::from(d)));
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_ids() {
        for (prefix, n) in [('a', 1), ('q', 9), ('q', 10), ('s', 1234), ('a', 0), ('q', usize::MAX)] {
            assert_eq!(numbered_id(prefix, n), format!("{prefix}{n}"));
        }
    }

    #[test]
    fn documents_from_before_targets_still_load() {
        let old = r#"{"schema": "standpoint/1", "id": null,
            "meta": {"title": null, "date": null, "byline": null},
            "paragraphs": [[0, 26]], "sentences": [[0, 26]],
            "actors": [{"id": "a1", "name": "Ana Ruiz", "kind": "person", "mentions": [[0, 8]]}],
            "quotes": [],
            "stances": [{"id": "s1", "holder": "a1", "target": {"label": "levy", "mentions": [[20, 24]]},
                         "polarity": "oppose", "cue": [[9, 16]], "quote": null}],
            "target_stances": [], "events": []}"#;
        let doc: Document = serde_json::from_str(old).expect("an earlier document loads");
        assert!(doc.targets.is_empty());
        let s = &doc.stances[0];
        assert_eq!((s.target.id.as_str(), s.target.kind), ("", TargetKind::Issue));
        assert!(s.evidence.is_empty());
        assert_eq!(s.confidence, 0.0);
    }
}
