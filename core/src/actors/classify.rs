//! Classifying a run of capitalized words: a place, an organization, a person after a title,
//! or a person or body by the shape of the name. Each reading names its [`Rule`].

use std::ops::Range;

use super::names::is_connector;
use crate::document::ActorKind;
use crate::lexicon::{flag, lexicon, EntryId, Gender};
use crate::rules::Rule;
use crate::tokens::{shape, Kind, Token};
use crate::view::View;

/// A name candidate.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Tokens of the name itself (titles stripped for people).
    pub name: Range<usize>,
    pub kind: Option<ActorKind>,
    /// The rule that gave the kind.
    pub rule: Rule,
    pub gender: Gender,
    /// Whether the gender comes from a title or honorific.
    pub gender_strong: bool,
    /// See [`super::Entity::evidence`].
    pub evidence: u8,
    pub roles: Vec<EntryId>,
    /// See [`super::Entity::described`].
    pub described: Vec<u64>,
}

impl Candidate {
    /// A candidate of `kind` by `rule`, with no other evidence.
    fn plain(name: Range<usize>, kind: Option<ActorKind>, rule: Rule) -> Candidate {
        Candidate {
            name,
            kind,
            rule,
            gender: Gender::Unknown,
            gender_strong: false,
            evidence: 0,
            roles: Vec::new(),
            described: Vec::new(),
        }
    }

    /// Marks the candidate a certain person known by `role` (`rule` says how the role showed).
    pub fn person_with_role(&mut self, role: EntryId, rule: Rule) {
        self.kind = Some(ActorKind::Person);
        self.rule = rule;
        self.evidence = self.evidence.max(2);
        // A gendered role ("her son Kody Cook", "his wife, a nurse,") tells the person's
        // gender as surely as a title does.
        let gender = lexicon().entry(role).gender;
        if gender != Gender::Unknown && !self.gender_strong {
            self.gender = gender;
            self.gender_strong = true;
        }
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
    }

    /// How many capitalized words the name has.
    pub fn words(&self, toks: &[Token]) -> usize {
        toks[self.name.clone()]
            .iter()
            .filter(|t| t.kind == Kind::Word && t.is(shape::CAP))
            .count()
    }

    /// The name as written.
    pub fn name_text<'a>(&self, text: &'a str, toks: &[Token]) -> &'a str {
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

/// Whether token `t` is a title word (President, Minister, Sen., Mr.).
fn is_title_word(t: &Token) -> bool {
    t.kind == Kind::Word && t.lex().has(flag::TITLE | flag::HONORIFIC)
}

/// Whether any word of `r` is an organization head word, suffix or news-outlet word.
fn has_org_head(toks: &[Token], r: Range<usize>) -> bool {
    toks[r]
        .iter()
        .any(|t| t.kind == Kind::Word && t.lex().has(flag::ORG_HEAD | flag::ORG_SUFFIX | flag::MEDIA_WORD))
}

/// actor.city-region: a name followed by a comma and a listed place that closes the phrase
/// is a town in its province, state or country ("Amherst, N.S.,", "Saint John, N.B.",
/// "Fresno, Calif.", "Lyon, France."), not a person. A place the phrase goes on from is
/// none ("Ford, Ontario's premier", "Ford, Ontario premier").
fn before_its_region(v: &View, b: usize) -> bool {
    let toks = v.toks;
    if !toks.get(b).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    let Some(end) = [b + 2, b + 3]
        .into_iter()
        .find(|&end| end <= toks.len() && toks[b + 1].is_cap() && listed_place(v, b + 1, end))
    else {
        return false;
    };
    let closes = |k: usize| toks[k].kind == Kind::Punct && matches!(toks[k].ch, ',' | '.' | ')' | ';' | '—' | '–');
    end >= toks.len() || closes(end)
}

/// Classifies the capitalized run `[a, b)`.
pub(super) fn classify(v: &View, a: usize, b: usize) -> Option<Candidate> {
    let toks = v.toks;
    let mut a = a;
    while a < b
        && toks[a].lex().has(flag::FUNCTION)
        && !toks[a].is(shape::ALL_CAPS)
        && !toks[a].lex().has(flag::DEMONYM)
    {
        a += 1;
    }
    // actor.org-head: a body's name keeps its nationality word ("Canadian Pacific Railway",
    // "Chinese Communist Party"), unless a title comes first ("Canadian Labour Minister …").
    let org_name = has_org_head(toks, a..b) && !(a..b).any(|k| is_title_word(&toks[k]));
    if org_name && a < b && toks[a].lex().has(flag::DEMONYM) {
        let mut end = b;
        while end > a && (toks[end - 1].kind != Kind::Word || is_connector(v.word(end - 1))) {
            end -= 1;
        }
        return (a < end).then(|| org(a, end, toks, Rule::ActorOrgHead));
    }
    let (a, b) = trim_name(v, a, b);
    if a >= b {
        return None;
    }
    if members_of_body(v, a, b) {
        return Some(Candidate::plain(a..b, Some(ActorKind::Group), Rule::ActorBodyMembers));
    }
    if is_place(v, a, b) {
        return Some(Candidate::plain(a..b, Some(ActorKind::Place), Rule::ActorPlace));
    }
    if names_a_thing(v, a, b) {
        return None;
    }
    if before_its_region(v, b) && !org_name {
        return Some(Candidate::plain(a..b, Some(ActorKind::Place), Rule::ActorCityRegion));
    }
    if has_place_head(v, a, b) {
        return Some(Candidate::plain(a..b, Some(ActorKind::Place), Rule::ActorPlaceHead));
    }
    // actor.org-head: "<Head> of …": "Ministry of Health", "Office of the President".
    if toks[a].lex().has(flag::ORG_HEAD) && b - a > 2 && v.word(a + 1) == "of" {
        return Some(org(a, b, toks, Rule::ActorOrgHead));
    }
    if let Some(last_title) = (a..b).rev().find(|&k| is_title_word(&toks[k])) {
        return after_title(v, a, last_title, b).or_else(|| title_complement(v, last_title, b));
    }
    if placed_by_context(v, a, b) {
        return Some(Candidate::plain(a..b, Some(ActorKind::Place), Rule::ActorPlaceContext));
    }
    by_shape(v, a, b)
}

/// actor.body-before-title: the body named before a title in one run of capitals ("NASA
/// Administrator Marta Quillon", "Interior Ministry Spokesman Pavel Trusk", "the NASA
/// Administrator"): an acronym, or a name of two words or more ending in a body's head word,
/// is a mention of its own, and a person named after the title is its member (see
/// [`super::affiliation`]). A qualifier is not ("Health Minister Ana Lo", "Canadian Labour
/// Minister").
pub(super) fn body_before_title(v: &View, a: usize, b: usize, whole: Option<&Candidate>) -> Option<Candidate> {
    let toks = v.toks;
    let b = match whole {
        Some(c) if c.rule == Rule::ActorTitle => c.name.start,
        Some(_) => return None,
        None => b,
    };
    let (a, _) = trim_name(v, a, b);
    let first_title = (a..b).find(|&k| is_title_word(&toks[k]))?;
    let (a, b) = trim_name(v, a, first_title);
    if a >= b {
        return None;
    }
    let words: Vec<&Token> = toks[a..b].iter().filter(|t| t.kind == Kind::Word).collect();
    let last = words.last()?;
    let acronym = words.len() == 1
        && is_acronym(v, last)
        && !last
            .lex()
            .has(flag::TITLE | flag::PLACE | flag::PRONOUN | flag::FUNCTION);
    let headed =
        words.len() >= 2 && last.is(shape::CAP) && last.lex().has(flag::ORG_HEAD) && !last.lex().has(flag::TITLE);
    (acronym || headed).then(|| org(a, b, toks, Rule::ActorBodyBeforeTitle))
}

/// Whether `t` has an acronym's shape: two to six capitals, and not a given name or a Roman
/// numeral ("NASA", "UFCW"; not "ANA", "III").
fn is_acronym(v: &View, t: &Token) -> bool {
    let word = t.text(v.text);
    t.is(shape::ALL_CAPS) && (2..=6).contains(&word.chars().count()) && !t.lex().has(flag::GIVEN) && !is_roman(word)
}

/// Whether `word` is a Roman numeral of a ruler's or a sequel's number ("II", "III", "XIV"),
/// which makes no acronym: "Napoleon III", "Elizabeth II".
fn is_roman(word: &str) -> bool {
    word.len() <= 5 && word.bytes().all(|c| matches!(c, b'I' | b'V' | b'X'))
}

/// The name inside `[a, b)`: without a leading "The" or nationality adjective ("Chinese
/// President Xi"), trailing connectors and periods.
fn trim_name(v: &View, a: usize, b: usize) -> (usize, usize) {
    let toks = v.toks;
    let mut a = a;
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
    let mut b = b;
    while b > a && (toks[b - 1].kind != Kind::Word || is_connector(v.word(b - 1))) {
        b -= 1;
    }
    (a, b)
}

/// actor.place: a place of the lists, one word ("Beijing", not a given name unless "in" or
/// "from" comes before it) or several ("New York", looked up only when the first word can
/// start one).
fn is_place(v: &View, a: usize, b: usize) -> bool {
    let mut words = v.toks[a..b].iter().filter(|t| t.kind == Kind::Word);
    let single_given = words.next().is_some_and(|w| w.lex().has(flag::GIVEN)) && words.next().is_none();
    // A place that is also a given name is the place after "in" or "from" ("from Jordan",
    // "in Georgia").
    let located = a > 0 && v.is_any(a - 1, &["in", "from", "across", "throughout"]);
    listed_place(v, a, b) && (!single_given || located)
}

/// actor.body-members: a name that ends in a group of people after a body's word or acronym
/// is those members, a group ("Senate Democrats", "House Republicans", "UFCW Members"), not
/// the body.
fn members_of_body(v: &View, a: usize, b: usize) -> bool {
    let toks = v.toks;
    let last = &toks[b - 1];
    let body_before = toks[a..b - 1].iter().any(|t| {
        t.kind == Kind::Word && (t.lex().has(flag::ORG_HEAD) || is_acronym(v, t)) && !t.lex().has(flag::TITLE)
    });
    // A connector makes it the body's own name ("Assembly of First Nations").
    let connected = (a..b).any(|k| toks[k].kind == Kind::Word && !toks[k].is(shape::CAP));
    b - a >= 2 && last.is(shape::CAP) && last.lex().has(flag::GROUP) && body_before && !connected
}

/// Whether the words `[a, b)` are a listed place, of one word or several ("Virginia", "New
/// York").
fn listed_place(v: &View, a: usize, b: usize) -> bool {
    let toks = v.toks;
    let mut words = toks[a..b].iter().filter(|t| t.kind == Kind::Word);
    let n_words = words.clone().count();
    let Some(first) = words.next() else {
        return false;
    };
    if n_words == 1 {
        return first.lex().has(flag::PLACE);
    }
    first.lex().has(flag::PLACE_START)
        && lexicon().places.contains_key(
            toks[a..b]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .map(|t| t.text(v.text).to_lowercase())
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        )
}

/// A name of two words or more whose last word heads a thing's name ("Clean Water Act",
/// "Harbour Pact", "Boxing Day"): no actor, unless a title or an organization's word is in it
/// ("Labour Day Committee" ends in a body's word, so it is not read here).
fn names_a_thing(v: &View, a: usize, b: usize) -> bool {
    let toks = v.toks;
    let words = toks[a..b].iter().filter(|t| t.kind == Kind::Word).count();
    let last = toks[b - 1].lex();
    words >= 2
        && toks[b - 1].is(shape::CAP)
        && last.has(flag::THING_HEAD)
        && !(a..b).any(|k| is_title_word(&toks[k]) || toks[k].lex().has(flag::ORG_HEAD | flag::ORG_SUFFIX))
}

/// actor.place-head: a name of two words or more whose head is a place's ("Casamance River",
/// "Bay Street", "Dulles International Airport"), the head being its last word or the word
/// before "of" ("Museum of Flight"), or a first word that heads what follows ("Mount Hood",
/// "Fort Wagner", "Lake Louise", unless a body's word comes later: "Mount Sinai Hospital");
/// never after a title ("Mayor Ana Park").
fn has_place_head(v: &View, a: usize, b: usize) -> bool {
    let toks = v.toks;
    let words = toks[a..b].iter().filter(|t| t.kind == Kind::Word).count();
    let first = &toks[a];
    if words >= 2 && first.is(shape::CAP) && first.lex().has(flag::PLACE_FIRST_HEAD) && !has_org_head(toks, a..b) {
        return true;
    }
    if words < 2 || (a..b).any(|k| is_title_word(&toks[k]) || toks[k].lex().has(flag::GIVEN)) {
        return false;
    }
    let head = (a..b)
        .find(|&k| v.word(k) == "of")
        .map_or(b - 1, |of| of.saturating_sub(1).max(a));
    toks[head].is(shape::CAP) && toks[head].lex().has(flag::PLACE_HEAD)
}

/// Whether token `k` is a lowercase noun for a kind of place: city, town, village, state,
/// province, country, region (`data/place_words.txt`) or area; in the plural too when
/// `plural` ("the villages of"), never a verb of saying ("Sinclair states").
fn is_place_noun(v: &View, k: usize, plural: bool) -> bool {
    let t = &v.toks[k];
    if t.kind != Kind::Word || t.is(shape::CAP) || t.lex().cue.is_some() {
        return false;
    }
    let word = v.word(k);
    let single = if plural {
        word.strip_suffix('s').unwrap_or(word)
    } else {
        word
    };
    [word, single]
        .iter()
        .any(|w| *w == "area" || lexicon().get(w).has(flag::PLACE_WORD))
}

/// actor.place-context: a name the text calls a place, with no body's word in it and no
/// acronym: before a place noun ("the Casamance region", "the Kelvale area", "Kelvale city
/// council") or after one and "of" ("the village of Djibonker", "the region of Casamance").
fn placed_by_context(v: &View, a: usize, b: usize) -> bool {
    if has_org_head(v.toks, a..b) {
        return false;
    }
    let before = a >= 2 && v.word(a - 1) == "of" && is_place_noun(v, a - 2, true);
    let after = b < v.toks.len() && is_place_noun(v, b, false);
    // "the CNN town hall": an acronym before a place noun is a body's.
    let acronym = b == a + 1 && is_acronym(v, &v.toks[a]);
    (before || after) && !acronym
}

/// A title with no name after it keeps its "of" complement when that is a place or a body of
/// its own ("Governor of Virginia", "President of the United States"): the title describes a
/// person, the complement is still named.
fn title_complement(v: &View, p: usize, b: usize) -> Option<Candidate> {
    let of = (p + 1..b).find(|&k| v.word(k) == "of")?;
    let (a, b) = trim_name(v, of + 1, b);
    if a >= b || (a..b).any(|k| is_title_word(&v.toks[k])) {
        return None;
    }
    if listed_place(v, a, b) {
        return Some(Candidate::plain(a..b, Some(ActorKind::Place), Rule::ActorPlace));
    }
    has_org_head(v.toks, a..b).then(|| org(a, b, v.toks, Rule::ActorOrgHead))
}

/// actor.title: after the last title word `p` (and its "of" complement) comes a person's name;
/// a title alone ("the Prime Minister") is a description, which coreference handles.
fn after_title(v: &View, a: usize, p: usize, b: usize) -> Option<Candidate> {
    let toks = v.toks;
    let mut roles: Vec<EntryId> = Vec::new();
    let mut gender = Gender::Unknown;
    for t in &toks[a..=p] {
        if is_title_word(t) {
            roles.push(t.entry_id());
            // "Gov. Mike Pence" is also the one "the governor" refers back to.
            if let Some(&full) = lexicon().title_words.get(&t.entry_id()) {
                roles.push(full);
            }
            if t.lex().gender != Gender::Unknown && !t.lex().has(flag::GIVEN) {
                gender = t.lex().gender;
            }
        }
    }
    let mut start = p + 1;
    while start < b && toks[start].is_punct('.') {
        start += 1;
    }
    if start < b && v.word(start) == "of" {
        // "Minister of Foreign Affairs Ana Ruiz": the name is the given name onward, or the
        // last two words.
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
    // "Miss Universe Alicia Machado", "Miss Canada Ana Ruiz": a pageant's place or world is
    // part of the title when a given name and a surname follow.
    let pageant = start + 2 < b
        && (toks[start].lex().has(flag::PLACE) || v.is_any(start, &["universe", "world"]))
        && !toks[start].lex().has(flag::GIVEN)
        && toks[start + 1].lex().has(flag::GIVEN)
        && toks[start + 1].is_cap();
    if pageant {
        start += 1;
    }
    if start >= b {
        return None;
    }
    if has_org_head(toks, start..b) {
        return Some(org(a, b, toks, Rule::ActorOrgHead));
    }
    let gender_strong = gender != Gender::Unknown;
    if gender == Gender::Unknown {
        gender = toks[start].lex().gender;
    }
    Some(Candidate {
        name: start..b,
        kind: Some(ActorKind::Person),
        rule: Rule::ActorTitle,
        gender,
        gender_strong,
        evidence: 2,
        roles,
        described: Vec::new(),
    })
}

/// A name without a title, by its shape: a body's head word, a known body, an acronym, a
/// single word (kind unknown yet), or two to four capitalized words (a person).
///
/// Rules: `actor.org-name`, `actor.acronym`, `actor.national-body`, `actor.capitalized`, `actor.long-name`,
/// `actor.single-word`.
fn by_shape(v: &View, a: usize, b: usize) -> Option<Candidate> {
    let toks = v.toks;
    let words = || toks[a..b].iter().filter(|t| t.kind == Kind::Word);
    let n_words = words().count();
    let first = words().next()?;
    if has_org_head(toks, a..b) {
        return Some(org(a, b, toks, Rule::ActorOrgHead));
    }
    if n_words == 1 && first.lex().has(flag::ORG_NAME) && first.is(shape::CAP) {
        return Some(org(a, b, toks, Rule::ActorOrgName));
    }
    if n_words == 1 {
        let t = first;
        if is_acronym(v, t) {
            return Some(org(a, b, toks, Rule::ActorAcronym));
        }
        if t.lex().has(flag::DEMONYM) || t.lex().has(flag::ORG_HEAD) {
            return None;
        }
        return Some(Candidate {
            gender: t.lex().gender,
            evidence: if t.lex().has(flag::GIVEN) { 2 } else { 1 },
            ..Candidate::plain(a..b, None, Rule::ActorSingleWord)
        });
    }
    // An acronym inside a longer name makes it a body's name ("UFCW Local", "CBC News").
    let acronym = words().any(|w| is_acronym(v, w) && !w.lex().has(flag::TITLE));
    if acronym {
        return Some(org(a, b, toks, Rule::ActorAcronym));
    }
    // actor.national-body: a common noun before a country's name is a body ("Health Canada",
    // "Hockey Canada"), not a person ("Atlantic Canada" is caught as a place before).
    if n_words == 2 && b - a == 2 && national_body(v, a) {
        return Some(org(a, b, toks, Rule::ActorNationalBody));
    }
    // actor.regnal: a ruler's or a pope's number after a name makes it a person's, for
    // certain ("Napoleon III of France", "Pius XII").
    let regnal = words()
        .skip(1)
        .any(|w| w.is(shape::ALL_CAPS) && is_roman(w.text(v.text)));
    if regnal {
        return Some(Candidate {
            evidence: 2,
            ..Candidate::plain(a..b, Some(ActorKind::Person), Rule::ActorRegnal)
        });
    }
    // Two to four capitalized words without other evidence read as a person's name.
    let (kind, rule) = if first.lex().has(flag::GIVEN) || n_words <= 4 {
        (ActorKind::Person, Rule::ActorCapitalized)
    } else {
        (ActorKind::Organization, Rule::ActorLongName)
    };
    Some(Candidate {
        gender: first.lex().gender,
        evidence: if first.lex().has(flag::GIVEN) { 2 } else { 1 },
        ..Candidate::plain(a..b, Some(kind), rule)
    })
}

/// Whether the two words at `a` are a common noun and a country's or state's name: "Health
/// Canada", "Hockey Canada", not "Paula Canada" (a given name) or "Western Canada" (an
/// adjective).
fn national_body(v: &View, a: usize) -> bool {
    let (first, second) = (&v.toks[a], &v.toks[a + 1]);
    let e = first.lex();
    let named = e.has(flag::ADJ_WORD | flag::GIVEN | flag::PLACE | flag::DEMONYM | flag::FUNCTION);
    // A word of no known class counts as a noun unless it is shaped like an adjective
    // ("Hockey Canada", not "Arctic Canada").
    let unclassified = !e.has(flag::NOUN_WORD | flag::VERB_WORD)
        && !["al", "ic", "ern", "ian", "ese", "ish", "ous", "ive", "ary"]
            .iter()
            .any(|s| v.word(a).ends_with(s));
    let common_noun = (e.has(flag::NOUN_WORD) || unclassified) && !named;
    common_noun && second.lex().has(flag::PLACE) && lexicon().governs(v.word(a + 1))
}

/// An organization candidate for `[a, b)`, known by its head words.
fn org(a: usize, b: usize, toks: &[Token], rule: Rule) -> Candidate {
    let roles = toks[a..b]
        .iter()
        .filter(|t| t.kind == Kind::Word && t.lex().has(flag::ORG_HEAD))
        .map(Token::entry_id)
        .collect();
    Candidate {
        roles,
        ..Candidate::plain(a..b, Some(ActorKind::Organization), rule)
    }
}
