//! Actors: named people, organizations and places, found by capitalization, titles and the
//! lexicons, then clustered so that every name of one entity ("Darian Lonechild", "Lonechild",
//! "Ms. Lonechild") belongs to one actor.
//!
//! Groups ("critics"), anonymous sources ("a senior official") and descriptions ("the
//! minister") are added later by the attribution and coreference passes, through
//! [`Actors::add`] and [`Actors::mention`].

use std::ops::Range;

use crate::document::ActorKind;
use crate::lexicon::{flag, lexicon, EntryId, FastMap, Gender};
use crate::segment::Segmented;
use crate::text::Span;
use crate::tokens::{is_double_quote, is_single_quote, shape, Kind, Token};

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
    /// Mention indices.
    pub mentions: Vec<usize>,
    /// Whether it speaks or holds a stance somewhere (such entities are always reported).
    pub active: bool,
    /// Whether it is plural (groups, most organizations referred to as "they").
    pub plural: bool,
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
}

/// The longest name, in tokens.
const MAX_NAME: usize = 12;

/// Connectors allowed inside names: "Ministry of Health", "Ursula von der Leyen".
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "de"
            | "da"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "du"
            | "la"
            | "le"
            | "les"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "y"
            | "and"
            | "&"
            | "for"
            | "the"
            | "on"
            | "St"
    )
}

/// How many words after a name's comma an appositive role word may come ("Ruiz, a
/// long-serving independent analyst").
const APPOSITIVE_REACH: usize = 6;

/// The role word of an appositive after a name ending before token `j`: ", president of …",
/// ", an independent analyst who …", ", 45, a nurse". Only words up to the next comma are read.
fn appositive_role(toks: &[Token], j: usize, end: usize) -> Option<EntryId> {
    if !toks.get(j).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let mut k = j + 1;
    // An age first: "Ruiz, 45, a nurse".
    if k + 1 < end && toks[k].kind == Kind::Number && toks[k + 1].is_punct(',') {
        k += 2;
    }
    // An owner first: "Ruiz, Donald Trump's campaign manager".
    let owner_end = (k..end.min(k + 4)).find(|&o| !(toks[o].kind == Kind::Word && toks[o].is(shape::CAP)));
    if let Some(o) = owner_end.filter(|&o| o > k && toks[o].is(shape::POSSESSIVE)) {
        k = o + 1;
    }
    let start = k;
    while k < end && k < start + APPOSITIVE_REACH {
        let t = &toks[k];
        if t.kind != Kind::Word {
            // Hyphenated modifiers ("long-serving") are one token; other punctuation ends it.
            return None;
        }
        let e = t.lex();
        if e.has(flag::ROLE | flag::TITLE) && !e.has(flag::HONORIFIC) && !t.is(shape::CAP) {
            return Some(t.entry_id());
        }
        // Only determiners and modifiers may come before the role word.
        let det = k == start && t.is_det();
        if !det && (e.has(flag::FUNCTION) || e.cue.is_some() || t.is(shape::CAP) && k == start) {
            return None;
        }
        k += 1;
    }
    None
}

/// Whether a token can be part of a name.
fn is_name_word(t: &Token) -> bool {
    if t.kind != Kind::Word || !t.is(shape::CAP) {
        return false;
    }
    let e = t.lex();
    if e.has(flag::PRONOUN) && !t.is(shape::ALL_CAPS) {
        return false;
    }
    if e.has(flag::FUNCTION) && !t.is(shape::ALL_CAPS) && !e.has(flag::GIVEN | flag::PLACE) {
        return false;
    }
    if e.has(flag::CALENDAR) && !e.has(flag::GIVEN) {
        return false;
    }
    true
}

impl Actors {
    /// Finds and clusters the named actors of a segmented text.
    pub(crate) fn recognize(text: &str, seg: &Segmented) -> Actors {
        let mut a = Actors {
            name_at: vec![0; seg.tokens.len()],
            ..Actors::default()
        };
        let toks = &seg.tokens;
        let mid_caps = mid_sentence_capitals(text, seg);
        let mut cands: Vec<Candidate> = Vec::new();
        // The token after a dateline's opening parenthesis: the wire or paper that filed it.
        let mut agency_at: Option<usize> = None;
        for s in &seg.sents {
            if !seg.paras[s.para].is_prose() {
                continue;
            }
            let mut i = s.toks.start;
            let end = s.toks.end;
            while i < end {
                crate::ops::tick(1);
                if !is_name_word(&toks[i]) || !may_start(text, toks, i, s.toks.start, &mid_caps) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                // Names are short; the cap also keeps a run of capitals linear.
                let end = end.min(i + MAX_NAME);
                while j < end {
                    let t = &toks[j];
                    if is_name_word(t) && t.start <= toks[j - 1].end + 1 {
                        j += 1;
                        continue;
                    }
                    // A capitalized function word inside a name: "Assembly of First Nations".
                    if t.kind == Kind::Word
                        && t.is(shape::CAP)
                        && !t.lex().has(flag::PRONOUN)
                        && j + 1 < end
                        && is_name_word(&toks[j + 1])
                    {
                        j += 1;
                        continue;
                    }
                    if t.is_punct('.') && toks[j - 1].is(shape::DOTTED) && toks[j - 1].end == t.start {
                        // The period of "Mr." or "J." belongs to the name.
                        if j + 1 < end && is_name_word(&toks[j + 1]) {
                            j += 1;
                            continue;
                        }
                        break;
                    }
                    if t.kind == Kind::Word && !t.is(shape::CAP) && is_connector(t.text(text)) {
                        // A run of connectors must lead to another name word ("von der Leyen").
                        let mut n = j;
                        while n < end
                            && n < j + 3
                            && toks[n].kind == Kind::Word
                            && !toks[n].is(shape::CAP)
                            && is_connector(toks[n].text(text))
                        {
                            n += 1;
                        }
                        if n < end && toks[n].is_cap() && !toks[n].lex().has(flag::PRONOUN) {
                            j = n;
                            continue;
                        }
                    }
                    if t.kind == Kind::Word && t.text(text) == "St" && j + 1 < end {
                        j += 1;
                        continue;
                    }
                    break;
                }
                // "and", "for", "on", "the" join words only inside organization names
                // ("Department of Fisheries and Oceans"); elsewhere they separate two names
                // ("Patrick Bardos and Anne Cerato").
                let weak = (i + 1..j).find(|&k| {
                    toks[k].kind == Kind::Word
                        && !toks[k].is(shape::CAP)
                        && matches!(toks[k].text(text), "and" | "&" | "for" | "on" | "the")
                });
                let mut whole = classify(text, toks, i, j);
                // A dateline: capitals opening the first lines of a story ("PORT ALDER (Wire) —").
                let para_start = seg.paras[s.para].toks.start;
                let shouting = toks[i..j]
                    .iter()
                    .filter(|t| t.kind == Kind::Word)
                    .all(|t| t.is(shape::ALL_CAPS));
                let set_off = toks
                    .get(j)
                    .is_some_and(|t| t.kind == Kind::Punct && matches!(t.ch, '(' | ',' | '—' | '–' | '-'));
                if i == para_start && shouting && set_off {
                    if let Some(c) = whole.as_mut() {
                        c.kind = Some(ActorKind::Place);
                    }
                    if toks[j].ch == '(' {
                        agency_at = Some(j + 1);
                    }
                }
                let closed = toks.get(j).is_some_and(|t| t.kind == Kind::Punct && t.ch == ')');
                if agency_at == Some(i) && closed {
                    if let Some(c) = whole.as_mut() {
                        c.kind = Some(ActorKind::Organization);
                    }
                }
                // "Ana Ruiz, president of the union," / "Ruiz, a retired nurse,": a role in
                // apposition shows a person as surely as a title before the name.
                if let Some(c) = whole.as_mut() {
                    if c.kind != Some(ActorKind::Organization) && c.kind != Some(ActorKind::Place) {
                        // "spokesperson Lu Kang", "union president Dolores Achebe": a role noun
                        // just before the name.
                        let before = i.checked_sub(1).map(|p| &toks[p]).filter(|p| {
                            p.kind == Kind::Word
                                && !p.is(shape::CAP)
                                && p.lex().has(flag::TITLE | flag::ROLE)
                                && !p.lex().has(flag::GROUP)
                                && c.words(toks) >= 2
                        });
                        let roles = before
                            .map(Token::entry_id)
                            .into_iter()
                            .chain(appositive_role(toks, j, end));
                        for role in roles {
                            c.person_with_role(role);
                        }
                    }
                }
                match (weak, &whole) {
                    (Some(w), c) if c.as_ref().is_none_or(|c| c.kind != Some(ActorKind::Organization)) => {
                        cands.extend(classify(text, toks, i, w));
                        // The rest is scanned again from the word after the connector.
                        i = w + 1;
                        continue;
                    }
                    _ => cands.extend(whole),
                }
                i = j;
            }
        }
        a.cluster(text, toks, cands);
        a
    }

    fn cluster(&mut self, text: &str, toks: &[Token], cands: Vec<Candidate>) {
        let lex = lexicon();
        // Full names first (two words or more, or organizations and places), then single
        // words, which join a full name sharing their surname or given name.
        let mut surname = std::mem::take(&mut self.surnames);
        let mut given = std::mem::take(&mut self.given_names);
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
            let single = words.len() == 1;
            let entity = if let Some(&e) = self.by_key.get(&key) {
                Some(e)
            } else if single && c.kind != Some(ActorKind::Place) && c.kind != Some(ActorKind::Organization) {
                let by_sur = surname.get(&key).filter(|v| v.len() == 1).map(|v| v[0]);
                let by_given = given.get(&key).filter(|v| v.len() == 1).map(|v| v[0]);
                by_sur.or(by_given)
            } else if single && c.kind == Some(ActorKind::Organization) {
                acronyms.get(&key).copied()
            } else {
                None
            };
            let e = match entity {
                Some(e) => e,
                None => {
                    let e = self.entities.len();
                    let name = c.name_text(text, toks).to_string();
                    self.entities.push(Entity {
                        name: tidy_name(&name),
                        name_words: words.len(),
                        kind: c.kind,
                        gender: Gender::Unknown,
                        gender_strong: false,
                        evidence: 0,
                        roles: Vec::new(),
                        mentions: Vec::new(),
                        active: false,
                        plural: c.kind == Some(ActorKind::Organization),
                    });
                    self.by_key.insert(key.clone(), e);
                    if c.kind == Some(ActorKind::Person) && words.len() >= 2 {
                        surname
                            .entry(words[words.len() - 1].to_lowercase())
                            .or_default()
                            .push(e);
                        given.entry(words[0].to_lowercase()).or_default().push(e);
                    }
                    if c.kind == Some(ActorKind::Organization) && words.len() >= 2 {
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
            };
            assigned[ci] = Some(e);
            let ent = &mut self.entities[e];
            if ent.kind.is_none() {
                ent.kind = c.kind;
            }
            for &r in &c.roles {
                if !ent.roles.contains(&r) {
                    ent.roles.push(r);
                }
            }
            if c.gender != Gender::Unknown && (ent.gender == Gender::Unknown || (c.gender_strong && !ent.gender_strong))
            {
                ent.gender = c.gender;
                ent.gender_strong = c.gender_strong;
            }
            ent.evidence = ent.evidence.max(c.evidence);
        }
        self.surnames = surname;
        self.given_names = given;
        // "Assembly of First Nations (AFN)": the acronym in parentheses names the same body.
        for (ci, c) in cands.iter().enumerate() {
            let n = c.name.end;
            if n + 2 < toks.len()
                && toks[n].is_punct('(')
                && toks[n + 2].is_punct(')')
                && toks[n + 1].is(shape::ALL_CAPS)
            {
                if let (Some(e), Some(next)) = (assigned[ci], cands.get(ci + 1)) {
                    if next.name.start == n + 1 {
                        if let Some(slot) = assigned.get_mut(ci + 1) {
                            let old = *slot;
                            *slot = Some(e);
                            let key = toks[n + 1].text(text).to_lowercase();
                            self.by_key.insert(key, e);
                            if let Some(o) = old {
                                if o != e && self.entities[o].mentions.is_empty() {
                                    self.entities[o].kind = None;
                                }
                            }
                        }
                    }
                }
            }
        }
        // Later single-word mentions of an acronym defined in parentheses.
        for (ci, c) in cands.iter().enumerate() {
            if c.words(toks) == 1 {
                let key = c.name_text(text, toks).to_lowercase();
                if let Some(&e) = self.by_key.get(&key) {
                    assigned[ci] = Some(e);
                }
            }
        }
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
        // A longer name form seen later becomes the canonical one ("Trudeau" then "Justin Trudeau").
        for e in &mut self.entities {
            if e.kind.is_none() && e.name_words >= 2 {
                e.kind = Some(ActorKind::Person);
            }
        }
    }

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

    /// Adds a new entity and returns its index.
    pub(crate) fn add(&mut self, name: String, kind: ActorKind, gender: Gender, plural: bool) -> usize {
        let key = format!("{}:{}", kind.as_str(), name.to_lowercase());
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        let e = self.entities.len();
        self.entities.push(Entity {
            name_words: name.split_whitespace().count(),
            name,
            kind: Some(kind),
            gender,
            gender_strong: gender != Gender::Unknown,
            evidence: 2,
            roles: Vec::new(),
            mentions: Vec::new(),
            active: false,
            plural,
        });
        self.by_key.insert(key, e);
        e
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

/// A name candidate.
#[derive(Debug, Clone)]
struct Candidate {
    /// Tokens of the name itself (titles stripped for people).
    name: Range<usize>,
    kind: Option<ActorKind>,
    gender: Gender,
    /// Whether the gender comes from a title or honorific.
    gender_strong: bool,
    /// See [`Entity::evidence`].
    evidence: u8,
    roles: Vec<EntryId>,
}

impl Candidate {
    /// Marks the candidate a certain person known by `role`.
    fn person_with_role(&mut self, role: EntryId) {
        self.kind = Some(ActorKind::Person);
        self.evidence = self.evidence.max(2);
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
    }

    fn words(&self, toks: &[Token]) -> usize {
        toks[self.name.clone()]
            .iter()
            .filter(|t| t.kind == Kind::Word && t.is(shape::CAP))
            .count()
    }

    fn name_text<'a>(&self, text: &'a str, toks: &[Token]) -> &'a str {
        let last = &toks[self.name.end - 1];
        // A dotted abbreviation keeps its final period: "U.S.", "Ford Motor Co."
        let end = if last.is(shape::DOTTED) && text.as_bytes().get(last.end) == Some(&b'.') {
            last.end + 1
        } else {
            last.end
        };
        &text[toks[self.name.start].start..end]
    }
}

/// Lowercase words seen capitalized somewhere other than at a sentence start: evidence that a
/// sentence-initial capitalized word is a name.
fn mid_sentence_capitals(text: &str, seg: &Segmented) -> FastMap<u64, ()> {
    let mut set = FastMap::default();
    for s in &seg.sents {
        if !seg.paras[s.para].is_prose() {
            continue;
        }
        for k in s.toks.clone() {
            let t = &seg.tokens[k];
            if k == s.toks.start || t.kind != Kind::Word || !t.is(shape::CAP) {
                continue;
            }
            let prev = &seg.tokens[k - 1];
            let after_opener = prev.kind == Kind::Punct
                && (is_double_quote(prev.ch) || is_single_quote(prev.ch) || matches!(prev.ch, '(' | ':' | '—' | '-'));
            if after_opener || t.lex().has(flag::FUNCTION) {
                continue;
            }
            set.insert(lowercase_hash(t.text(text)), ());
        }
    }
    set
}

/// A hash of a word's lowercase form: hashed eight bytes at a time, and without allocating for
/// a word of up to 64 ASCII bytes.
fn lowercase_hash(w: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::lexicon::FastHasher::default();
    let mut buf = [0u8; 64];
    if w.len() <= buf.len() && w.is_ascii() {
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        h.write(lower);
    } else {
        let lower: String = w.chars().flat_map(char::to_lowercase).collect();
        h.write(lower.as_bytes());
    }
    h.finish()
}

/// Whether a capitalized word at `i` may start a name, given the sentence start.
fn may_start(text: &str, toks: &[Token], i: usize, sent_start: usize, mid_caps: &FastMap<u64, ()>) -> bool {
    let t = &toks[i];
    let e = t.lex();
    // A social-media handle or hashtag ("@MichelleRempel", "#Budget2026") is not a name.
    if i > 0 && toks[i - 1].end == t.start && matches!(toks[i - 1].ch, '@' | '#') {
        return false;
    }
    let initial = i == sent_start
        || (i > sent_start && {
            let p = &toks[i - 1];
            p.kind == Kind::Punct
                && (is_double_quote(p.ch) || is_single_quote(p.ch) || matches!(p.ch, '(' | '—' | '-' | ':'))
                && (i - 1 == sent_start || toks[i - 2].kind == Kind::Punct)
        });
    if !initial {
        return true;
    }
    if e.has(flag::GIVEN | flag::PLACE | flag::PLACE_START | flag::ORG_NAME | flag::HONORIFIC | flag::TITLE) {
        return true;
    }
    if e.has(flag::FUNCTION | flag::GROUP | flag::ROLE | flag::ANON | flag::CUE | flag::STANCE) {
        return false;
    }
    if t.is(shape::ALL_CAPS) {
        return true;
    }
    if mid_caps.contains_key(&lowercase_hash(t.text(text))) {
        return true;
    }
    // Followed by another capitalized word, or directly by a verb of saying.
    toks.get(i + 1)
        .is_some_and(|n| (is_name_word(n) && n.start <= t.end + 1) || n.lex().has(flag::CUE) && n.kind == Kind::Word)
}

/// Whether token `t` is a title word (President, Minister, Sen., Mr.).
fn is_title_word(t: &Token) -> bool {
    t.kind == Kind::Word && t.lex().has(flag::TITLE | flag::HONORIFIC)
}

/// Classifies the capitalized run `[a, b)`.
fn classify(text: &str, toks: &[Token], a: usize, b: usize) -> Option<Candidate> {
    let lex = lexicon();
    let mut a = a;
    while a < b
        && toks[a].lex().has(flag::FUNCTION)
        && !toks[a].is(shape::ALL_CAPS)
        && !toks[a].lex().has(flag::DEMONYM)
    {
        a += 1;
    }
    // A body's name keeps its nationality word ("Canadian Pacific Railway", "Chinese
    // Communist Party"), unless a title comes first ("Canadian Labour Minister …").
    let org_name = (a..b)
        .any(|k| toks[k].kind == Kind::Word && toks[k].lex().has(flag::ORG_HEAD | flag::ORG_SUFFIX | flag::MEDIA_WORD))
        && !(a..b).any(|k| is_title_word(&toks[k]));
    if org_name && a < b && toks[a].lex().has(flag::DEMONYM) {
        let mut end = b;
        while end > a && (toks[end - 1].kind != Kind::Word || is_connector(toks[end - 1].text(text))) {
            end -= 1;
        }
        return (a < end).then(|| org(a, end, toks));
    }
    // Leading "The", nationality adjectives ("Chinese President Xi") are not part of names.
    while a < b {
        let t = &toks[a];
        let e = t.lex();
        let strip = (e.has(flag::FUNCTION) && !t.is(shape::ALL_CAPS))
            || (e.has(flag::DEMONYM) && !e.has(flag::PLACE | flag::PLACE_START | flag::GIVEN))
            || t.is_punct('.');
        if !strip {
            break;
        }
        a += 1;
    }
    // Drop trailing connectors and periods.
    let mut b = b;
    while b > a && (toks[b - 1].kind != Kind::Word || is_connector(toks[b - 1].text(text))) {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    let words = || toks[a..b].iter().filter(|t| t.kind == Kind::Word);
    let n_words = words().count();
    // Never empty: the last token is a word.
    let first = words().next()?;
    // Multi-word places ("New York") are looked up only when the first word can start one.
    let multiword_place = n_words > 1
        && first.lex().has(flag::PLACE_START)
        && lex.places.contains_key(
            toks[a..b]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .map(|t| t.text(text).to_lowercase())
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        );
    if multiword_place || (n_words == 1 && first.lex().has(flag::PLACE) && !first.lex().has(flag::GIVEN)) {
        return Some(Candidate {
            name: a..b,
            kind: Some(ActorKind::Place),
            gender: Gender::Unknown,
            gender_strong: false,
            evidence: 0,
            roles: Vec::new(),
        });
    }
    let head_org = |r: Range<usize>| {
        toks[r]
            .iter()
            .any(|t| t.kind == Kind::Word && t.lex().has(flag::ORG_HEAD | flag::ORG_SUFFIX | flag::MEDIA_WORD))
    };
    // An organization named "<Head> of ...": "Ministry of Health", "Office of the President".
    if toks[a].lex().has(flag::ORG_HEAD) && b - a > 2 && toks[a + 1].text(text) == "of" {
        return Some(org(a, b, toks));
    }
    // Titles: the name starts after the last title word (and its "of" complement).
    let last_title = (a..b).rev().find(|&k| is_title_word(&toks[k]));
    if let Some(p) = last_title {
        let mut roles: Vec<EntryId> = Vec::new();
        let mut gender = Gender::Unknown;
        for t in &toks[a..=p] {
            if is_title_word(t) {
                roles.push(t.entry_id());
                if t.lex().gender != Gender::Unknown && !t.lex().has(flag::GIVEN) {
                    gender = t.lex().gender;
                }
            }
        }
        let mut start = p + 1;
        while start < b && toks[start].is_punct('.') {
            start += 1;
        }
        if start < b && toks[start].text(text) == "of" {
            // "Minister of Foreign Affairs Ana Ruiz": the name is the given name onward, or
            // the last two words.
            let rest: Vec<usize> = (start + 1..b).filter(|&k| toks[k].kind == Kind::Word).collect();
            let given = rest
                .iter()
                .copied()
                .find(|&k| toks[k].lex().has(flag::GIVEN) && k + 1 < b);
            start = match given {
                Some(g) => g,
                None if rest.len() >= 3 => rest[rest.len() - 2],
                None => b,
            };
        }
        if start >= b {
            // A title alone ("the Prime Minister") is a description, handled by coreference.
            return None;
        }
        if head_org(start..b) {
            return Some(org(a, b, toks));
        }
        let gender_strong = gender != Gender::Unknown;
        if gender == Gender::Unknown {
            gender = toks[start].lex().gender;
        }
        return Some(Candidate {
            name: start..b,
            kind: Some(ActorKind::Person),
            gender,
            gender_strong,
            evidence: 2,
            roles,
        });
    }
    if head_org(a..b) || (n_words == 1 && first.lex().has(flag::ORG_NAME) && first.is(shape::CAP)) {
        return Some(org(a, b, toks));
    }
    if n_words == 1 {
        let t = first;
        let w = t.text(text);
        if t.is(shape::ALL_CAPS) && (2..=6).contains(&w.chars().count()) && !t.lex().has(flag::GIVEN) {
            return Some(org(a, b, toks));
        }
        if t.lex().has(flag::DEMONYM) || t.lex().has(flag::ORG_HEAD) {
            return None;
        }
        return Some(Candidate {
            name: a..b,
            kind: None,
            gender: t.lex().gender,
            gender_strong: false,
            evidence: if t.lex().has(flag::GIVEN) { 2 } else { 1 },
            roles: Vec::new(),
        });
    }
    // An acronym inside a longer name makes it a body's name ("UFCW Local", "CBC News").
    let acronym = words().any(|w| {
        w.is(shape::ALL_CAPS) && (2..=6).contains(&(w.end - w.start)) && !w.lex().has(flag::TITLE | flag::GIVEN)
    });
    if acronym {
        return Some(org(a, b, toks));
    }
    // Two to four capitalized words without other evidence read as a person's name.
    let gender = first.lex().gender;
    let kind = if first.lex().has(flag::GIVEN) || n_words <= 4 {
        Some(ActorKind::Person)
    } else {
        Some(ActorKind::Organization)
    };
    Some(Candidate {
        name: a..b,
        kind,
        gender,
        gender_strong: false,
        evidence: if first.lex().has(flag::GIVEN) { 2 } else { 1 },
        roles: Vec::new(),
    })
}

fn org(a: usize, b: usize, toks: &[Token]) -> Candidate {
    let roles = toks[a..b]
        .iter()
        .filter(|t| t.kind == Kind::Word && t.lex().has(flag::ORG_HEAD))
        .map(Token::entry_id)
        .collect();
    Candidate {
        name: a..b,
        kind: Some(ActorKind::Organization),
        gender: Gender::Unknown,
        gender_strong: false,
        evidence: 0,
        roles,
    }
}

/// A lookup key for a name, into `s`: lowercase words joined by single spaces.
fn normalized_into(words: &[&str], s: &mut String) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// Name, kind and number of mentions of one actor.
    type Row = (String, Option<ActorKind>, usize);
    /// Case name, input, and the actors expected.
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, Option<ActorKind>, usize)],
    );

    fn actors(s: &str) -> Vec<Row> {
        let seg = segment(s);
        let a = Actors::recognize(s, &seg);
        let mut v: Vec<(usize, Row)> = a
            .entities
            .iter()
            .filter(|e| !e.mentions.is_empty())
            .map(|e| {
                let first = e.mentions.iter().map(|&m| a.mentions[m].span.start).min().unwrap_or(0);
                (first, (e.name.clone(), e.kind, e.mentions.len()))
            })
            .collect();
        v.sort_by_key(|x| x.0);
        v.into_iter().map(|x| x.1).collect()
    }

    #[test]
    fn recognizes_kinds() {
        use ActorKind::*;
        let cases: &[Case] = &[
            (
                "title and name",
                "Foreign Minister Ana Ruiz spoke.",
                &[("Ana Ruiz", Some(Person), 1)],
            ),
            (
                "dateline with the filing agency",
                "LAKE VERN (Northgate Press) — Officials met.",
                &[
                    ("LAKE VERN", Some(Place), 1),
                    ("Northgate Press", Some(Organization), 1),
                ],
            ),
            (
                "a social-media handle is not a name",
                "A long night in the capital. Marit Olsen (@MaritOlsen) posted it.",
                &[("Marit Olsen", Some(Person), 1)],
            ),
            (
                "surname links",
                "Darian Lonechild met them. Later Lonechild left.",
                &[("Darian Lonechild", Some(Person), 2)],
            ),
            (
                "family name first",
                "Chinese President Xi Jinping arrived.",
                &[("Xi Jinping", Some(Person), 1)],
            ),
            (
                "hyphenated",
                "He met Kim Jong-un there.",
                &[("Kim Jong-un", Some(Person), 1)],
            ),
            (
                "particle",
                "They met Ursula von der Leyen today.",
                &[("Ursula von der Leyen", Some(Person), 1)],
            ),
            (
                "ministry",
                "The Foreign Ministry said no.",
                &[("Foreign Ministry", Some(Organization), 1)],
            ),
            (
                "of-organization",
                "The Ministry of Health agreed.",
                &[("Ministry of Health", Some(Organization), 1)],
            ),
            (
                "capital",
                "Officials in Beijing said no.",
                &[("Beijing", Some(Place), 1)],
            ),
            (
                "multiword place",
                "They flew to New York on Monday.",
                &[("New York", Some(Place), 1)],
            ),
            (
                "acronym alias",
                "The Assembly of First Nations (AFN) met. The AFN agreed.",
                &[("Assembly of First Nations", Some(Organization), 3)],
            ),
            (
                "senator",
                "The Senate leader, Sen. Jane Doe, objected.",
                &[("Senate", Some(Organization), 1), ("Jane Doe", Some(Person), 1)],
            ),
        ];
        for (name, input, want) in cases {
            let got = actors(input);
            let want: Vec<Row> = want.iter().map(|(n, k, c)| (n.to_string(), *k, *c)).collect();
            assert_eq!(got, want, "case {name}");
        }
    }
}
