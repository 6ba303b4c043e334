//! The kind of a name no rule settles (`actor.model`): a small linear model over the name's
//! words, their shapes and lexicon classes, the rule that found it and the words around it,
//! answering person, organization, place or no actor at all (a holiday, a bill, a heading, a
//! sentence's first word). Trained on GUM's entity annotations by
//! `core/examples/train_names.rs` and compiled in as `data/name_model.bin`.

use std::ops::Range;

use super::classify::Candidate;
use super::names::lowercase_hash;
use crate::document::ActorKind;
use crate::lexicon::{flag, FastMap};
use crate::linear::{self, Weights};
use crate::rules::Rule;
use crate::tokens::{shape, Kind};
use crate::view::View;

/// Feature buckets of the model.
pub const BUCKETS: usize = 1 << 14;
/// The classes, in the model's order.
#[cfg(feature = "train")]
pub const CLASSES: [&str; 4] = ["person", "organization", "place", "other"];

static MODEL: &[u8] = include_bytes!("../../data/name_model.bin");

/// How far the model's answer must lead the next to give a kind to a single word that no
/// full name took in.
const MARGIN: f32 = 0.5;
/// How far it must lead to replace the person a name of several capitalized words was taken
/// for.
const GUESS_MARGIN: f32 = 2.0;
/// How far "no actor" must lead for a candidate to be dropped.
const DROP_MARGIN: f32 = 2.0;

/// The model, when `data/name_model.bin` holds one.
fn model() -> Option<Weights<4>> {
    Weights::<4>::parse(MODEL, b"SPNM", BUCKETS)
}

/// The model's reading of the name `r` found by `rule`: a kind (`None` for no actor) and how
/// far it leads the next class.
fn read(v: &View, cx: &Contexts, r: &Range<usize>, rule: Rule) -> Option<(Option<ActorKind>, f32)> {
    let model = model()?;
    let mut feats = Vec::new();
    features(v, cx, r, rule, &mut feats);
    let (class, margin) = linear::best(&model.scores(&feats));
    let kind = match class {
        0 => Some(ActorKind::Person),
        1 => Some(ActorKind::Organization),
        2 => Some(ActorKind::Place),
        _ => None,
    };
    Some((kind, margin))
}

/// Lets the model settle a name of several words whose kind a rule only guessed from its
/// shape (`actor.capitalized`, `actor.long-name`): gives it the kind the model reads clearly,
/// or drops it (returns `false`) when the model clearly reads no actor. Single words wait for
/// clustering, which may join them to a full name ([`type_single_words`]).
pub(super) fn refine(v: &View, cx: &Contexts, c: &mut Candidate) -> bool {
    if !matches!(c.rule, Rule::ActorCapitalized | Rule::ActorLongName) {
        return true;
    }
    match read(v, cx, &c.name, c.rule) {
        Some((None, margin)) => margin < DROP_MARGIN || c.evidence >= 2,
        Some((Some(kind), margin)) => {
            if margin >= GUESS_MARGIN && c.kind != Some(kind) {
                c.kind = Some(kind);
                c.rule = Rule::ActorModel;
            }
            true
        }
        None => true,
    }
}

/// Gives each entity that clustering left without a kind (a single word that joined no full
/// name) the kind the model reads clearly at its first mention.
pub(super) fn type_single_words(v: &View, cx: &Contexts, actors: &mut super::Actors) {
    for e in 0..actors.entities.len() {
        let ent = &actors.entities[e];
        let Some(&m) = ent.mentions.first() else { continue };
        if ent.kind.is_some() {
            continue;
        }
        let r = actors.mentions[m].toks.clone();
        if let Some((Some(kind), margin)) = read(v, cx, &r, Rule::ActorSingleWord) {
            if margin >= MARGIN {
                actors.entities[e].kind = Some(kind);
                actors.entities[e].kind_rule = Rule::ActorModel;
            }
        }
    }
}

/// How many of a word's contexts the document keeps.
const CONTEXTS: usize = 8;

/// Where each capitalized word of the document stands: the words before and after its first
/// few uses, and whether it is also written in lowercase. One sense per discourse: "in
/// Virginia" anywhere tells what "Virginia" is everywhere.
pub(crate) struct Contexts {
    uses: FastMap<u64, Vec<(u64, u64)>>,
    lowercase: FastMap<u64, ()>,
}

impl Contexts {
    /// The contexts of every word of the document's prose.
    pub(crate) fn new(v: &View) -> Contexts {
        let mut cx = Contexts {
            uses: FastMap::default(),
            lowercase: FastMap::default(),
        };
        let hash = |k: Option<usize>| match k.and_then(|k| v.get(k)) {
            Some(t) if t.kind == Kind::Word => word_key(v, t),
            Some(t) => u64::from(u32::from(t.ch)),
            None => 0,
        };
        for (k, t) in v.toks.iter().enumerate() {
            crate::ops::tick(1);
            if t.kind != Kind::Word {
                continue;
            }
            let key = word_key(v, t);
            if !t.is(shape::CAP) {
                cx.lowercase.insert(key, ());
                continue;
            }
            let list = cx.uses.entry(key).or_default();
            if list.len() < CONTEXTS {
                list.push((hash(k.checked_sub(1)), hash(Some(k + 1))));
            }
        }
        cx
    }
}

/// A word's key, the same for all its capitalizations: a hash of its lowercase form, kept
/// with its lexicon entry for a known word. (Not the entry's id: ids move whenever a data file
/// gains a word, and the model must read the same features it was trained on.)
fn word_key(v: &View, t: &crate::tokens::Token) -> u64 {
    let hash = match t.entry_id() {
        crate::lexicon::NO_ENTRY => lowercase_hash(t.text(v.text)),
        _ => t.lex().text_hash,
    };
    hash | 1 << 63
}

/// The hashed features of the name `r` found by `rule`.
pub(crate) fn features(v: &View, cx: &Contexts, r: &Range<usize>, rule: Rule, out: &mut Vec<u32>) {
    let toks = v.toks;
    let mut push = |parts: &[&[u8]]| out.push(linear::bucket(parts, BUCKETS));
    // The document's other uses of the name's last word.
    if let Some(last) = r.clone().rev().find(|&k| toks[k].kind == Kind::Word) {
        let key = word_key(v, &toks[last]);
        for (p, n) in cx.uses.get(&key).map_or(&[][..], Vec::as_slice) {
            push(&[b"doc-before", &p.to_le_bytes()]);
            push(&[b"doc-after", &n.to_le_bytes()]);
        }
        if cx.lowercase.contains_key(&key) {
            push(&[b"doc-lowercase"]);
        }
    }
    push(&[b"bias"]);
    push(&[b"rule", rule.id().as_bytes()]);
    let words: Vec<usize> = r.clone().filter(|&k| toks[k].kind == Kind::Word).collect();
    push(&[b"n", &[words.len().min(5) as u8]]);
    let mut lower = String::new();
    for (i, &k) in words.iter().enumerate() {
        let t = &toks[k];
        lower.clear();
        lower.push_str(v.word(k));
        lower.make_ascii_lowercase();
        let w = lower.as_bytes();
        push(&[b"w", w]);
        if i == 0 {
            push(&[b"first", w]);
        }
        if i + 1 == words.len() {
            push(&[b"last", w]);
            let tail = &w[w.len().saturating_sub(3)..];
            push(&[b"suffix", tail]);
        }
        let e = t.lex();
        for (name, bit) in FLAGS {
            if e.has(*bit) {
                push(&[b"flag", name.as_bytes()]);
            }
        }
        if t.is(shape::ALL_CAPS) {
            push(&[b"caps"]);
        }
        if !t.is(shape::CAP) {
            push(&[b"lower", w]);
        }
    }
    for (side, at) in [
        (b"p1", r.start.checked_sub(1)),
        (b"p2", r.start.checked_sub(2)),
        (b"n1", Some(r.end)),
        (b"n2", Some(r.end + 1)),
    ] {
        match at.filter(|&k| k < toks.len()).map(|k| &toks[k]) {
            Some(t) if t.kind == Kind::Word => {
                lower.clear();
                lower.push_str(t.text(v.text));
                lower.make_ascii_lowercase();
                push(&[side, lower.as_bytes()]);
                if t.lex().cue.is_some() {
                    push(&[side, b"cue"]);
                }
            }
            Some(t) => push(&[side, t.text(v.text).as_bytes()]),
            None => push(&[side, b"none"]),
        }
    }
    if r.end < toks.len() && toks[r.end].is(shape::POSSESSIVE) {
        push(&[b"possessive"]);
    }
    let sent = v.sentence(r.start);
    if sent.start == r.start {
        push(&[b"initial"]);
    }
    if v.para_of(r.start).is_title {
        push(&[b"title"]);
    }
}

/// The lexicon classes the features name.
const FLAGS: &[(&str, u64)] = &[
    ("given", flag::GIVEN),
    ("honorific", flag::HONORIFIC),
    ("title", flag::TITLE),
    ("role", flag::ROLE),
    ("group", flag::GROUP),
    ("org_head", flag::ORG_HEAD),
    ("org_suffix", flag::ORG_SUFFIX),
    ("media", flag::MEDIA_WORD),
    ("org_name", flag::ORG_NAME),
    ("place", flag::PLACE),
    ("place_start", flag::PLACE_START),
    ("function", flag::FUNCTION),
    ("calendar", flag::CALENDAR),
    ("demonym", flag::DEMONYM),
    ("document", flag::DOCUMENT),
    ("noun", flag::NOUN_WORD),
    ("verb", flag::VERB_WORD),
    ("adj", flag::ADJ_WORD),
];
