//! Actors: named people, organizations and places, found by capitalization, titles and the
//! lexicons ([`names`], [`classify`]), then clustered ([`cluster`]) so that every name of one
//! entity ("Darian Lonechild", "Lonechild", "Ms. Lonechild") belongs to one actor.
//!
//! Groups ("critics"), anonymous sources ("a senior official") and descriptions ("the
//! minister") are added later by the attribution, coreference and stance passes, through
//! [`Actors::add`] and [`Actors::mention`]. Every entity keeps the [`Rule`] that gave its kind.

mod affiliation;
mod classify;
mod cluster;
mod model;
mod names;

use std::ops::Range;

use crate::document::ActorKind;
use crate::lexicon::{flag, lexicon, EntryId, FastMap, Gender};
use crate::rules::Rule;
use crate::text::Span;

pub(crate) use cluster::normalized_into;
pub(crate) use names::lowercase_hash;

/// The name candidates of `text` before the model settles them, as character spans with the
/// model's features: what `core/examples/train_names.rs` learns from.
#[cfg(feature = "train")]
pub fn name_examples(text: &str) -> Vec<([usize; 2], Vec<u32>)> {
    let seg = crate::segment::segment(text);
    let v = crate::view::View::new(text, &seg);
    let map = crate::text::OffsetMap::new(text);
    let contexts = model::Contexts::new(&v);
    names::candidates(&v)
        .into_iter()
        .map(|c| {
            let mut feats = Vec::new();
            model::features(&v, &contexts, &c.name, c.rule, &mut feats);
            let span = v.span_of(&c.name);
            ([map.char_of(span.start), map.char_of(span.end)], feats)
        })
        .collect()
}

#[cfg(feature = "train")]
pub use model::{BUCKETS as NAME_BUCKETS, CLASSES as NAME_CLASSES};

/// One mention of an actor.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Its tokens.
    pub toks: Range<usize>,
    /// Its byte span.
    pub span: Span,
    /// The entity it belongs to.
    pub entity: usize,
}

/// An entity under construction.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    /// Canonical name.
    pub name: String,
    /// Number of words in the canonical name.
    pub name_words: usize,
    /// Kind; `None` while it is an unclassified single capitalized word.
    pub kind: Option<ActorKind>,
    /// The rule that gave the kind.
    pub kind_rule: Rule,
    /// Gender, for people.
    pub gender: Gender,
    /// Whether the gender comes from a title, an honorific or a resolved pronoun (rather than
    /// from the usual gender of a given name, which is only a prior).
    pub gender_strong: bool,
    /// How sure we are that this is a person: 0 not at all, 1 a capitalized name without
    /// other evidence, 2 a given name, a title, or a speaker.
    pub evidence: u8,
    /// Lowercase title, role and head words seen with it ("minister", "ministry").
    pub roles: Vec<EntryId>,
    /// The head nouns of the descriptions given it in apposition, by the hash of their
    /// lowercase text, known words or not ("Tom Brandt, a 26-year-old deckhand"): a later
    /// "the deckhand" refers back to it.
    pub described: Vec<u64>,
    /// Mention indices.
    pub mentions: Vec<usize>,
    /// Whether it speaks or holds a stance somewhere (such entities are always reported).
    pub active: bool,
    /// Whether it is plural (groups, most organizations referred to as "they").
    pub plural: bool,
    /// The body an unnamed person speaks for ("a senior Interior Ministry official").
    pub affiliation: Option<usize>,
}

impl Entity {
    /// Whether it can speak or hold a position: any actor but a place that is no government
    /// (a city, a region, a street: "Events in Edmonton … drew protests" tells nothing
    /// Edmonton thinks, and "…, it said" after "Lake Cowichan" is not the town).
    pub fn acts(&self) -> bool {
        self.kind != Some(ActorKind::Place) || lexicon().governs(&self.name)
    }

    /// Whether this is a news outlet ("The Globe and Mail", "Daily Post"): its name has a
    /// word of the news media (`data/organizations.txt`), whatever kind it was given.
    pub fn is_news_outlet(&self) -> bool {
        let lex = lexicon();
        self.name.split_whitespace().any(|w| lex.get(w).has(flag::MEDIA_WORD))
    }
}

/// All mentions and entities of a document.
#[derive(Debug, Default)]
pub(crate) struct Actors {
    /// Mentions in the order they were found.
    pub mentions: Vec<Mention>,
    /// Entities.
    pub entities: Vec<Entity>,
    /// For each token, the name mention it starts or lies in (+1), or 0.
    pub name_at: Vec<u32>,
    by_key: FastMap<String, usize>,
    /// People by surname and by given name (lowercase), for names found after recognition.
    surnames: FastMap<String, Vec<usize>>,
    given_names: FastMap<String, Vec<usize>>,
    /// Bodies of two words or more by their first word (lowercase), for "Suncor" after
    /// "Suncor Energy".
    body_first_words: FastMap<String, Vec<usize>>,
    /// People of three words or more by their last two (lowercase): "al turkmani".
    long_surnames: FastMap<String, Vec<usize>>,
}

impl Actors {
    /// The person or body a name found after recognition refers to: the same full name, or
    /// a unique surname or given name ("Obama" in a headline for "Barack Obama").
    pub(crate) fn find_name(&self, name: &str) -> Option<usize> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let mut key = String::new();
        normalized_into(&words, &mut key);
        if let Some(&e) = self.by_key.get(&key) {
            return Some(e);
        }
        let last = words.last()?.to_lowercase();
        let unique = |m: &FastMap<String, Vec<usize>>, k: &str| m.get(k).filter(|v| v.len() == 1).map(|v| v[0]);
        if words.len() == 1 {
            return unique(&self.surnames, &last).or_else(|| unique(&self.given_names, &last));
        }
        // "Former President Obama": a title plus a known surname.
        unique(&self.surnames, &last).filter(|_| {
            words[..words.len() - 1]
                .iter()
                .all(|w| lexicon().get(w).has(flag::TITLE | flag::HONORIFIC | flag::DEMONYM))
        })
    }

    /// The one person whose family name is `word` (any case), if only one has it.
    pub(crate) fn person_by_surname(&self, word: &str) -> Option<usize> {
        let v = self.surnames.get(&word.to_lowercase())?;
        let mut people = v.iter().filter(|&&e| self.entities[e].kind == Some(ActorKind::Person));
        let first = *people.next()?;
        people.next().is_none().then_some(first)
    }

    /// The name mention covering token `k`.
    pub(crate) fn name_mention_at(&self, k: usize) -> Option<usize> {
        match self.name_at.get(k) {
            Some(&m) if m > 0 => Some(m as usize - 1),
            _ => None,
        }
    }

    /// Adds a new entity of a kind `rule` gave, and returns its index; an entity of the same
    /// kind and name is returned as it is.
    ///
    /// Rule: `actor.described`.
    pub(crate) fn add(&mut self, name: String, kind: ActorKind, gender: Gender, plural: bool, rule: Rule) -> usize {
        let key = format!("{}:{}", kind.as_str(), name.to_lowercase());
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        let e = self.entities.len();
        self.entities.push(Entity {
            name_words: name.split_whitespace().count(),
            name,
            kind: Some(kind),
            kind_rule: rule,
            gender,
            gender_strong: gender != Gender::Unknown,
            evidence: 2,
            roles: Vec::new(),
            described: Vec::new(),
            mentions: Vec::new(),
            active: false,
            plural,
            affiliation: None,
        });
        self.by_key.insert(key, e);
        e
    }

    /// Gives entity `e` a kind, by `rule`, when it has none yet.
    pub(crate) fn default_kind(&mut self, e: usize, kind: ActorKind, rule: Rule) {
        let ent = &mut self.entities[e];
        if ent.kind.is_none() {
            ent.kind = Some(kind);
            ent.kind_rule = rule;
        }
    }

    /// Records a mention of entity `e` (unless the same tokens are already its mention).
    pub(crate) fn mention(&mut self, e: usize, toks: Range<usize>, span: Span) -> usize {
        // Mentions arrive roughly in text order: a repeat is among the last few.
        if let Some(&m) = self.entities[e]
            .mentions
            .iter()
            .rev()
            .take(8)
            .find(|&&m| self.mentions[m].span == span)
        {
            return m;
        }
        crate::ops::tick(1);
        let m = self.mentions.len();
        self.mentions.push(Mention { toks, span, entity: e });
        self.entities[e].mentions.push(m);
        m
    }
}

#[cfg(test)]
mod tests;
