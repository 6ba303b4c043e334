//! Clustering name candidates into entities: full names first, then single words, which join
//! the unique full name with that surname or given name ("Lonechild" → "Darian Lonechild"),
//! and acronyms defined in parentheses ("Assembly of First Nations (AFN)").

use super::classify::Candidate;
use super::names::is_connector;
use super::{Actors, Entity, Mention};
use crate::document::ActorKind;
use crate::lexicon::{flag, lexicon, FastMap, Gender};
use crate::rules::Rule;
use crate::text::Span;
use crate::tokens::{shape, Kind, Token};

impl Actors {
    /// Clusters the candidates into entities and records every candidate as a mention.
    pub(super) fn cluster(&mut self, text: &str, toks: &[Token], cands: Vec<Candidate>) {
        let mut acronyms: FastMap<String, usize> = FastMap::default();
        // Two passes in text order, without sorting: full names, then single words.
        let single = |c: &Candidate| c.words(toks) < 2 && c.kind != Some(ActorKind::Place);
        let order: Vec<usize> = (0..cands.len())
            .filter(|&i| !single(&cands[i]))
            .chain((0..cands.len()).filter(|&i| single(&cands[i])))
            .collect();
        let mut assigned: Vec<Option<usize>> = vec![None; cands.len()];
        let mut words: Vec<&str> = Vec::new();
        let mut key = String::new();
        for &ci in &order {
            crate::ops::tick(1);
            let c = &cands[ci];
            words.clear();
            words.extend(
                toks[c.name.clone()]
                    .iter()
                    .filter(|t| t.kind == Kind::Word && !is_connector(t.text(text)))
                    .map(|t| t.text(text)),
            );
            if words.is_empty() {
                continue;
            }
            normalized_into(&words, &mut key);
            let e = match self.known_entity(&key, c, words.len() == 1, &acronyms) {
                Some(e) => e,
                None => self.new_entity(text, toks, c, &words, &key, &mut acronyms),
            };
            assigned[ci] = Some(e);
            self.absorb(e, c);
        }
        self.acronyms_in_parentheses(text, toks, &cands, &mut assigned);
        self.record_mentions(toks, cands, &assigned);
        // actor.full-name: a name of two words or more left without a kind is a person's. (Only
        // an entity whose kind the step above took away is: "WASHINGTON (AP)" after a name
        // takes "AP" from "Associated Press", which then reads as a person.)
        for e in &mut self.entities {
            if e.kind.is_none() && e.name_words >= 2 {
                e.kind = Some(ActorKind::Person);
                e.kind_rule = Rule::ActorFullName;
            }
        }
    }

    /// The entity a candidate with name key `key` joins: the same name, or for a single word
    /// the unique person with that surname or given name, or the body with that acronym.
    fn known_entity(&self, key: &str, c: &Candidate, single: bool, acronyms: &FastMap<String, usize>) -> Option<usize> {
        if let Some(&e) = self.by_key.get(key) {
            Some(e)
        } else if let Some(e) = self.by_two_word_surname(key, c) {
            Some(e)
        } else if single && c.kind != Some(ActorKind::Place) && c.kind != Some(ActorKind::Organization) {
            let by_sur = self.surnames.get(key).filter(|v| v.len() == 1).map(|v| v[0]);
            let by_given = self.given_names.get(key).filter(|v| v.len() == 1).map(|v| v[0]);
            // A body by its first word only when no person bears that name ("Clinton" is
            // never the "Clinton Foundation" beside Bill and Hillary Clinton).
            let personal = self.surnames.contains_key(key) || self.given_names.contains_key(key);
            let by_body = self
                .body_first_words
                .get(key)
                .filter(|v| v.len() == 1 && !personal)
                .map(|v| v[0]);
            by_sur.or(by_given).or(by_body)
        } else if single && c.kind == Some(ActorKind::Organization) {
            acronyms.get(key).copied()
        } else {
            None
        }
    }

    /// The unique person of three words or more whose last two words are the two-word name
    /// `key`: a surname of two words said alone ("Al Turkmani" after "Ragheb Al Turkmani",
    /// "Rempel Garner" after "Michelle Rempel Garner").
    fn by_two_word_surname(&self, key: &str, c: &Candidate) -> Option<usize> {
        let personal = matches!(c.kind, Some(ActorKind::Person) | None) && c.rule != Rule::ActorTitle;
        if !personal || key.split(' ').count() != 2 {
            return None;
        }
        let found = self.long_surnames.get(key)?;
        (found.len() == 1).then(|| found[0])
    }

    /// A new entity for candidate `c`, indexed by its key, a person's surname and given name,
    /// and a body's acronym.
    fn new_entity(
        &mut self,
        text: &str,
        toks: &[Token],
        c: &Candidate,
        words: &[&str],
        key: &str,
        acronyms: &mut FastMap<String, usize>,
    ) -> usize {
        let e = self.entities.len();
        let name = c.name_text(text, toks).to_string();
        self.entities.push(Entity {
            name: tidy_name(&name),
            name_words: words.len(),
            kind: c.kind,
            kind_rule: c.rule,
            gender: Gender::Unknown,
            gender_strong: false,
            evidence: 0,
            roles: Vec::new(),
            described: Vec::new(),
            mentions: Vec::new(),
            active: false,
            plural: c.kind == Some(ActorKind::Organization),
            affiliation: None,
        });
        self.by_key.insert(key.to_string(), e);
        if c.kind == Some(ActorKind::Person) && words.len() >= 2 {
            self.surnames
                .entry(words[words.len() - 1].to_lowercase())
                .or_default()
                .push(e);
            self.given_names.entry(words[0].to_lowercase()).or_default().push(e);
            // The key's last two words: "ragheb al turkmani" → "al turkmani".
            if let Some((space, _)) = key.rmatch_indices(' ').nth(1) {
                self.long_surnames
                    .entry(key[space + 1..].to_string())
                    .or_default()
                    .push(e);
            }
        }
        if c.kind == Some(ActorKind::Organization) && words.len() >= 2 {
            let lex = lexicon();
            // A company is often named later by its first word ("Suncor Energy" … "Suncor"),
            // when that word is a name of its own, not a body's word or a place.
            let first = lex.get(words[0]);
            if !first.has(flag::ORG_HEAD | flag::FUNCTION | flag::PLACE | flag::DEMONYM | flag::TITLE)
                && !words[0].chars().all(|c| c.is_uppercase())
            {
                self.body_first_words
                    .entry(words[0].to_lowercase())
                    .or_default()
                    .push(e);
            }
            // A legal form may be left out later: "Tarn Mills Ltd." … "Tarn Mills".
            if lex.get(words[words.len() - 1]).has(flag::LEGAL_SUFFIX) {
                let short = key.rfind(' ').map_or(key, |i| &key[..i]);
                self.by_key.entry(short.to_string()).or_insert(e);
            }
            let acr: String = words
                .iter()
                .filter(|w| !lex.get(w).has(flag::FUNCTION))
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_lowercase)
                .collect();
            if acr.len() >= 2 {
                acronyms.entry(acr).or_insert(e);
            }
        }
        e
    }

    /// What a candidate tells about the entity it joined: a kind, roles, a gender, evidence.
    fn absorb(&mut self, e: usize, c: &Candidate) {
        let ent = &mut self.entities[e];
        if ent.kind.is_none() && c.kind.is_some() {
            ent.kind = c.kind;
            ent.kind_rule = c.rule;
        }
        for &r in &c.roles {
            if !ent.roles.contains(&r) {
                ent.roles.push(r);
            }
        }
        for &d in &c.described {
            if !ent.described.contains(&d) {
                ent.described.push(d);
            }
        }
        if c.gender != Gender::Unknown && (ent.gender == Gender::Unknown || (c.gender_strong && !ent.gender_strong)) {
            ent.gender = c.gender;
            ent.gender_strong = c.gender_strong;
        }
        ent.evidence = ent.evidence.max(c.evidence);
    }

    /// "Assembly of First Nations (AFN)": the acronym in parentheses names the same body, and
    /// so do its later single-word mentions.
    fn acronyms_in_parentheses(
        &mut self,
        text: &str,
        toks: &[Token],
        cands: &[Candidate],
        assigned: &mut [Option<usize>],
    ) {
        for (ci, c) in cands.iter().enumerate() {
            let n = c.name.end;
            let defined = n + 2 < toks.len()
                && toks[n].is_punct('(')
                && toks[n + 2].is_punct(')')
                && toks[n + 1].is(shape::ALL_CAPS);
            let (Some(e), Some(next)) = (assigned[ci], cands.get(ci + 1)) else {
                continue;
            };
            if !defined || next.name.start != n + 1 {
                continue;
            }
            if let Some(slot) = assigned.get_mut(ci + 1) {
                let old = *slot;
                *slot = Some(e);
                // A name given its initials as an acronym is a body's, whatever its shape
                // suggested ("Export Development Canada (EDC)"; not a dateline's agency).
                let key = toks[n + 1].text(text).to_lowercase();
                let spelled = name_initials(text, toks, c).is_some_and(|i| i == key);
                let ent = &mut self.entities[e];
                if spelled
                    && ent.kind == Some(ActorKind::Person)
                    && matches!(ent.kind_rule, Rule::ActorCapitalized | Rule::ActorModel)
                {
                    ent.kind = Some(ActorKind::Organization);
                    ent.kind_rule = Rule::ActorAcronym;
                    ent.plural = true;
                }
                self.by_key.insert(key, e);
                if let Some(o) = old {
                    if o != e && self.entities[o].mentions.is_empty() {
                        self.entities[o].kind = None;
                    }
                }
            }
        }
        // actor.acronym: "the PBO" after "the Parliamentary Budget Officer", without
        // parentheses: an acronym whose letters are the initials of a name before it.
        let mut by_initials: FastMap<String, usize> = FastMap::default();
        for (ci, c) in cands.iter().enumerate() {
            crate::ops::tick(1);
            if c.words(toks) == 1 {
                let key = c.name_text(text, toks).to_lowercase();
                if let Some(&e) = self.by_key.get(&key) {
                    assigned[ci] = Some(e);
                } else if c.rule == Rule::ActorAcronym {
                    if let Some(&e) = by_initials.get(&key) {
                        assigned[ci] = Some(e);
                        self.by_key.insert(key, e);
                    }
                }
            } else if let (Some(e), Some(initials)) = (assigned[ci], initials(text, toks, c)) {
                by_initials.entry(initials).or_insert(e);
            }
        }
    }

    /// Every assigned candidate as a mention of its entity, and the name mention of its tokens.
    fn record_mentions(&mut self, toks: &[Token], cands: Vec<Candidate>, assigned: &[Option<usize>]) {
        for (ci, c) in cands.into_iter().enumerate() {
            let Some(e) = assigned[ci] else { continue };
            let span = Span::new(toks[c.name.start].start, toks[c.name.end - 1].end);
            let m = self.mentions.len();
            self.mentions.push(Mention {
                toks: c.name.clone(),
                span,
                entity: e,
            });
            self.entities[e].mentions.push(m);
            for k in c.name.clone() {
                self.name_at[k] = m as u32 + 1;
            }
        }
    }
}

/// The lowercase initials of a name of three words or more, its connectors left out
/// ("Parliamentary Budget Officer" → "pbo", "Department of Fisheries and Oceans" → "dfo").
fn initials(text: &str, toks: &[Token], c: &Candidate) -> Option<String> {
    name_initials(text, toks, c).filter(|i| (3..=6).contains(&i.chars().count()))
}

/// The lowercase initials of a name's capitalized words, its connectors left out.
fn name_initials(text: &str, toks: &[Token], c: &Candidate) -> Option<String> {
    let initials: String = toks[c.name.clone()]
        .iter()
        .filter(|t| t.kind == Kind::Word && t.is(shape::CAP) && !is_connector(t.text(text)))
        .filter_map(|t| t.text(text).chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    (!initials.is_empty()).then_some(initials)
}

/// A lookup key for a name, into `s`: lowercase words joined by single spaces.
pub(crate) fn normalized_into(words: &[&str], s: &mut String) {
    s.clear();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        if w.is_ascii() {
            let from = s.len();
            s.push_str(w);
            s[from..].make_ascii_lowercase();
            continue;
        }
        for c in w.chars() {
            match c {
                '\u{2019}' => s.push('\''),
                _ => s.extend(c.to_lowercase()),
            }
        }
    }
}

/// A name as shown: single spaces, curly apostrophes kept.
fn tidy_name(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for w in name.split_whitespace() {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}
