//! Coreference: which actor a pronoun or a description refers to.
//!
//! A pronoun goes to the nearest compatible actor mentioned before it (gender and number must
//! agree; an unknown gender agrees with both), preferring subjects and speakers; a definite
//! description ("the minister", "the ministry") goes to the last actor that carried that title
//! or head word. The search looks back a bounded number of tokens, so the pass stays linear.

use crate::actors::Actors;
use crate::document::ActorKind;
use crate::lexicon::{flag, Case, EntryId, FastMap, Gender, Person};
use crate::quotes::Region;
use crate::rules::Rule;
use crate::segment::Segmented;
use crate::text::Span;
use crate::tokens::{Kind, Token};

mod rank;

#[cfg(feature = "train")]
pub use rank::{heuristic_only, take_records, Record, RANK_BUCKETS};

/// How far back (in tokens) a pronoun looks for its antecedent.
const WINDOW: usize = 400;

/// One remembered reference: where an entity was last mentioned and how.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Seen {
    /// The entity.
    pub entity: usize,
    /// Token position of the mention.
    pub pos: usize,
    /// Sentence of the mention.
    pub sent: usize,
    /// Whether the mention was a subject or a speaker.
    pub prominent: bool,
}

/// What the text has said so far: recent references, in order.
#[derive(Debug, Default)]
pub(crate) struct Discourse {
    seen: Vec<Seen>,
}

impl Discourse {
    /// Remembers a reference.
    pub(crate) fn note(&mut self, s: Seen) {
        self.seen.push(s);
    }

    /// References made before token `pos`, most recent first, within the window.
    pub(crate) fn before(&self, pos: usize) -> impl Iterator<Item = &Seen> {
        let cut = self.seen.partition_point(|s| s.pos < pos);
        self.seen[..cut]
            .iter()
            .rev()
            .take_while(move |s| pos - s.pos <= WINDOW)
            .inspect(|_| crate::ops::tick(1))
    }

    /// Remembers a reference made at any position, keeping the list in token order (cheap
    /// when, as in a left-to-right pass, the position is near the end).
    pub(crate) fn insert(&mut self, s: Seen) {
        let at = self.seen.partition_point(|x| x.pos <= s.pos);
        crate::ops::tick(self.seen.len() - at + 1);
        self.seen.insert(at, s);
    }

    /// Keeps the list in token order after out-of-order notes.
    pub(crate) fn sort(&mut self) {
        crate::sort::by_key(&mut self.seen, |s| s.pos);
    }
}

/// How well entity `e` fits a pronoun of this person/number: `None` when it cannot be meant,
/// otherwise a penalty added to its distance (0 for a good fit).
fn fit(actors: &Actors, e: usize, person: Person) -> Option<f32> {
    let ent = &actors.entities[e];
    match person {
        Person::Male | Person::Female => {
            let want = if person == Person::Male {
                Gender::Male
            } else {
                Gender::Female
            };
            let personal = matches!(ent.kind, Some(ActorKind::Person) | None)
                || (ent.kind == Some(ActorKind::Anonymous) && !ent.plural);
            if !personal {
                return None;
            }
            let mut penalty = if ent.evidence >= 2 { 0.0 } else { 2.0 };
            // A person of no known gender fits less well than one known to fit.
            if ent.gender == Gender::Unknown {
                penalty += UNKNOWN_GENDER_PENALTY;
            }
            if ent.gender != Gender::Unknown && ent.gender != want {
                if ent.gender_strong {
                    return None;
                }
                // The usual gender of a given name is only a prior.
                penalty += 3.0;
            }
            Some(penalty)
        }
        Person::Plural => {
            (ent.plural || matches!(ent.kind, Some(ActorKind::Group | ActorKind::Organization))).then_some(0.0)
        }
        Person::Neuter => matches!(ent.kind, Some(ActorKind::Organization | ActorKind::Place)).then_some(0.0),
        _ => None,
    }
}

/// What a he/she adds to the distance of a person whose gender nothing has shown.
const UNKNOWN_GENDER_PENALTY: f32 = 0.5;

/// How many sentences back "they" and "it" may find their antecedent.
const MAX_NEUTER_REACH: f32 = 3.0;

/// The most compatible references a pronoun weighs.
const CONSIDERED: usize = 12;

/// The entity a pronoun at `pos` (in sentence `sent`) that names a speaker refers to ("…,"
/// she said): among the entities it can mean, mentioned recently, the nearest by sentences,
/// with penalties for a weak fit and for a mention that was neither subject nor speaker.
///
/// A town, a region or a street says nothing ("…, it said" after "Lake Cowichan" is the
/// utility named before it): only a place that governs can be a speaker's "it".
///
/// Rule: `actor.pronoun`.
pub(crate) fn resolve_pronoun(
    actors: &mut Actors,
    disc: &Discourse,
    person: Person,
    pos: usize,
    sent: usize,
) -> Option<usize> {
    resolve(actors, disc, (person, pos, sent), Reference::Speaker { not: None })
}

/// [`resolve_pronoun`] with an entity the pronoun cannot mean, whatever its fit: the one it
/// is contrasted with or that its clause is about ("Unlike Al Mnajer, he …", "Schumer, he
/// said, knows …").
pub(crate) fn resolve_pronoun_except(
    actors: &mut Actors,
    disc: &Discourse,
    query: (Person, usize, usize),
    not: Option<usize>,
) -> Option<usize> {
    resolve(actors, disc, query, Reference::Speaker { not })
}

/// The entity any other pronoun refers to: the candidate the ranking model ([`rank`], learned
/// from GUM's chains of narrative text) scores highest. Speakers' pronouns keep the rule
/// above: what GUM teaches about "he" in a story was worth less than the rule on news quotes
/// (GGT dev speaker accuracy 0.889 with the model against 0.894 without).
pub(crate) fn resolve_mention(
    actors: &mut Actors,
    disc: &Discourse,
    person: Person,
    pos: usize,
    sent: usize,
) -> Option<usize> {
    resolve(actors, disc, (person, pos, sent), Reference::Mention)
}

/// What a pronoun refers to for: a speaker, or any other mention.
#[derive(Debug, Clone, Copy)]
enum Reference {
    /// A speaker's pronoun ("…," she said): resolved by the rule, to an entity that acts (a
    /// town says nothing), never to `not`.
    Speaker {
        /// The entity the pronoun cannot mean, if any.
        not: Option<usize>,
    },
    /// Any other pronoun: resolved by the ranking model.
    Mention,
}

/// [`resolve_pronoun_except`] and [`resolve_mention`], by the kind of `reference`.
fn resolve(
    actors: &mut Actors,
    disc: &Discourse,
    query: (Person, usize, usize),
    reference: Reference,
) -> Option<usize> {
    let keep = |e: usize| match reference {
        Reference::Speaker { not } => Some(e) != not && actors.entities[e].acts(),
        Reference::Mention => true,
    };
    let ranked = matches!(reference, Reference::Mention);
    let e = choose(actors, disc, query, ranked, &keep)?;
    settle(actors, query.0, e);
    Some(e)
}

/// The antecedent [`resolve`] would give among the entities `keep` keeps, without settling
/// anything about it.
fn choose(
    actors: &Actors,
    disc: &Discourse,
    (person, pos, sent): (Person, usize, usize),
    ranked: bool,
    keep: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut cands: Vec<rank::Candidate> = Vec::new();
    let mut considered = 0;
    for s in disc.before(pos) {
        let Some(penalty) = fit(actors, s.entity, person).filter(|_| keep(s.entity)) else {
            continue;
        };
        considered += 1;
        let dist = sent.saturating_sub(s.sent) as f32;
        // "they" and "it" reach back a few sentences at most: a paragraph's plural subject
        // is rarely an organization named long before.
        if matches!(person, Person::Plural | Person::Neuter) && dist > MAX_NEUTER_REACH {
            continue;
        }
        let score = dist + penalty + if s.prominent { 0.0 } else { 1.5 };
        match cands.iter_mut().find(|c| c.entity == s.entity) {
            Some(c) => c.seen_again(s, considered, score),
            None => cands.push(rank::Candidate::new(s, cands.len(), considered, (dist, penalty, score))),
        }
        if considered >= CONSIDERED {
            break;
        }
    }
    rank::choose(actors, (person, pos), &cands, ranked)
}

/// What resolving a pronoun of `person` to entity `e` tells of it: a he/she tells the gender
/// of a person whose name did not, and any personal pronoun that it is a person.
fn settle(actors: &mut Actors, person: Person, e: usize) {
    let ent = &mut actors.entities[e];
    if matches!(person, Person::Male | Person::Female) {
        ent.gender = if person == Person::Male {
            Gender::Male
        } else {
            Gender::Female
        };
        ent.gender_strong = true;
        ent.evidence = 2;
    }
    actors.default_kind(e, ActorKind::Person, Rule::ActorPronoun);
}

/// The entity a definite description with head word `head` (whose text is `word`) refers to:
/// the last one that carried the word as a title or head, or was described by it in
/// apposition ("Tom Brandt, a deckhand, … the deckhand"), or, for organization words, the last
/// organization,
/// or a name taken for a person only by its shape ("Cisco Talos … the security firm"), which
/// then becomes an organization.
pub(crate) fn resolve_description(
    actors: &mut Actors,
    disc: &Discourse,
    head: &Token,
    word: &str,
    pos: usize,
    sent: usize,
) -> Option<usize> {
    let want: EntryId = head.entry_id();
    let key = crate::actors::lowercase_hash(word);
    let org_word = head.lex().has(flag::ORG_HEAD);
    // "the ministers" is several people: it does not fall back to the last person.
    let plural = head.lex().has(flag::GROUP) || head.lex().has(flag::ANON_PLURAL);
    let person_word = head.lex().has(flag::TITLE | flag::ROLE | flag::ANON) && !org_word && !plural;
    let place_word = head.lex().has(flag::PLACE_WORD);
    if let Some(e) = described_as(actors, disc, want, key, pos) {
        return Some(e);
    }
    let mut fallback = None;
    for s in disc.before(pos) {
        let ent = &actors.entities[s.entity];
        // A description does not fall back on someone named in its own sentence ("Dana
        // Whitfield endorsed the candidate" is about another person).
        if fallback.is_none() && s.sent != sent {
            // "the company" is not the newspaper reporting the story ("told The Globe").
            // actor.described-body: a name read as a person by its shape alone, with no given
            // name or title, can be the body a description names.
            let guessed =
                ent.kind == Some(ActorKind::Person) && ent.kind_rule == Rule::ActorCapitalized && ent.evidence < 2;
            let ok = (place_word && ent.kind == Some(ActorKind::Place) && place_fits(ent, head, word))
                || (org_word
                    && (ent.kind == Some(ActorKind::Organization) || guessed)
                    && !ent.is_news_outlet()
                    && body_fits(ent, head, word))
                || (person_word
                    && ent.kind == Some(ActorKind::Person)
                    && head.lex().has(flag::TITLE | flag::ROLE)
                    && !head.lex().has(flag::ANON));
            if ok {
                fallback = Some(s.entity);
            }
        }
    }
    let e = fallback?;
    if org_word && actors.entities[e].kind == Some(ActorKind::Person) {
        actors.entities[e].kind = Some(ActorKind::Organization);
        actors.entities[e].kind_rule = Rule::ActorDescribedBody;
    }
    Some(e)
}

/// The last body before `pos` whose name holds a modifier of its description, given as the
/// lowercase words `modifiers`: "the railway company" is "Canadian Pacific Railway" even when
/// another body was named since, "the shipping firm" is "Brannock Shipping".
pub(crate) fn body_with_modifier(actors: &Actors, disc: &Discourse, modifiers: &[&str], pos: usize) -> Option<usize> {
    if modifiers.is_empty() {
        return None;
    }
    disc.before(pos)
        .find(|s| {
            let ent = &actors.entities[s.entity];
            ent.kind == Some(ActorKind::Organization)
                && !ent.is_news_outlet()
                && ent
                    .name
                    .split_whitespace()
                    .any(|w| modifiers.iter().any(|m| singular(m) == singular(w)))
        })
        .map(|s| s.entity)
}

/// A word lowercased without a final "s", to compare a description's word with a name's
/// ("unions" and "Union").
fn singular(w: &str) -> String {
    w.strip_suffix(['s', 'S']).unwrap_or(w).to_ascii_lowercase()
}

/// Whether a body's description with the head `word` may name `ent`: "the company" any body,
/// "the union" one whose name holds "union" or no word of a body's kind ("Unifor"), never
/// the "Tarn Company", and never a company's name ("Brannock Shipping … the council").
fn body_fits(ent: &crate::actors::Entity, head: &Token, word: &str) -> bool {
    if head.lex().has(flag::ANY_BODY) {
        return true;
    }
    let lex = crate::lexicon::lexicon();
    let want = singular(word);
    let mut kinds = ent
        .name
        .split_whitespace()
        .filter(|w| lex.get(w).has(flag::ORG_HEAD))
        .peekable();
    if kinds.peek().is_none() {
        // A company's name ("Brannock Shipping", "Tarn Ltd") is no council or ministry.
        return !ent.name.split_whitespace().any(|w| lex.get(w).has(flag::ORG_SUFFIX));
    }
    kinds.any(|w| singular(w) == want)
}

/// Whether a place's description with the head `head` may name the place `ent`: "the
/// country" a government (a listed place no city or region), "the city" a place that is none.
/// A place whose name has a word of a place's kind fits only a description with that word:
/// "Quebec City … the city", never "Merrow River … the city" or "Linden Street … the region".
fn place_fits(ent: &crate::actors::Entity, head: &Token, word: &str) -> bool {
    let lex = crate::lexicon::lexicon();
    let e = head.lex();
    let governs = lex.governs(&ent.name);
    let mut kinds = ent
        .name
        .split_whitespace()
        .filter(|w| lex.get(w).has(flag::PLACE_HEAD))
        .peekable();
    let same_kind = kinds.peek().is_none() || kinds.any(|w| w.eq_ignore_ascii_case(word));
    same_kind
        && (e.has(flag::ANY_PLACE_WORD)
            || (e.has(flag::GOVERNED_PLACE_WORD) && governs)
            || (e.has(flag::LOCAL_PLACE_WORD) && !governs))
}

/// The last entity before `pos` that carried the role `want` or was described in apposition
/// by the word whose hash is `key`.
fn described_as(actors: &Actors, disc: &Discourse, want: EntryId, key: u64, pos: usize) -> Option<usize> {
    disc.before(pos)
        .find(|s| {
            let ent = &actors.entities[s.entity];
            (want != crate::lexicon::NO_ENTRY && ent.roles.contains(&want)) || ent.described.contains(&key)
        })
        .map(|s| s.entity)
}

/// How many modifiers a definite description may have before its head ("the 26-year-old
/// rookie winger").
const DESCRIPTION_MODIFIERS: usize = 3;

/// The actor a definite description starting at "the" (token `k`) refers to, and its head:
/// a bare title, role or body word right after "the" as [`resolve_description`] finds it
/// (which may fall back on the last fitting actor), or else the first of the next lowercase
/// words (not function words, verbs of saying or parts of a mention) that described someone
/// in apposition and is not a modifier of a noun after it. Not when a name follows: "the
/// minister, Ana Ruiz" is a name.
fn description(
    actors: &mut Actors,
    disc: &Discourse,
    (text, toks): (&str, &[Token]),
    (taken, described): (&[bool], &FastMap<u64, ()>),
    (k, sent): (usize, usize),
) -> Option<(usize, usize)> {
    let open = |j: usize| {
        toks.get(j).is_some_and(|t| {
            let e = t.lex();
            t.is_wordlike()
                && !t.is(crate::tokens::shape::CAP)
                && !e.has(flag::FUNCTION)
                && e.cue.is_none()
                && !taken[j]
        })
    };
    let end = (k + 1..k + 2 + DESCRIPTION_MODIFIERS)
        .find(|&j| !open(j))
        .unwrap_or(k + 2 + DESCRIPTION_MODIFIERS);
    if end == k + 1 || toks.get(end).is_some_and(|x| x.is_cap()) {
        return None;
    }
    let n = &toks[k + 1];
    if n.kind == Kind::Word
        && n.lex()
            .has(flag::TITLE | flag::ROLE | flag::ORG_HEAD | flag::PLACE_WORD)
    {
        return resolve_description(actors, disc, n, n.text(text), k, sent).map(|e| (e, k + 1));
    }
    (k + 1..end).find_map(|h| {
        let modifier = h + 1 < end && toks[h + 1].lex().has(flag::NOUN_WORD) && !toks[h + 1].lex().has(flag::VERB_WORD);
        let role = toks[h].lex().has(flag::TITLE | flag::ROLE);
        if modifier || (!role && described.is_empty()) {
            return None;
        }
        // Only a role word, or a word some actor was described by, can name one.
        let key = crate::actors::lowercase_hash(toks[h].text(text));
        if !role && !described.contains_key(&key) {
            return None;
        }
        described_as(actors, disc, toks[h].entry_id(), key, k).map(|e| (e, h))
    })
}

/// Links every remaining pronoun and definite description to an actor, for the actors'
/// mention lists; first-person pronouns inside a quotation go to its speaker.
pub(crate) fn link_rest(
    text: &str,
    seg: &Segmented,
    regions: &[Region],
    speaker_of_region: &[Option<usize>],
    actors: &mut Actors,
    disc: &mut Discourse,
) {
    let toks = &seg.tokens;
    // Which region each token is in (content only).
    let mut region_at = vec![u32::MAX; toks.len()];
    for (ri, r) in regions.iter().enumerate() {
        for p in &r.parts {
            for k in p.clone() {
                region_at[k] = ri as u32;
            }
        }
    }
    let mut taken = vec![false; toks.len()];
    for m in &actors.mentions {
        for k in m.toks.clone() {
            if k < taken.len() {
                taken[k] = true;
            }
        }
    }
    let named = named_in_regions(actors, &region_at, regions.len());
    let described: FastMap<u64, ()> = actors
        .entities
        .iter()
        .flat_map(|e| e.described.iter().map(|&d| (d, ())))
        .collect();
    disc.sort();
    let mut new_notes = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        crate::ops::tick(1);
        if taken[k] || t.kind != Kind::Word {
            continue;
        }
        let e = t.lex();
        let sent = seg.sent_of[k] as usize;
        if let Some((person, case)) = e.pron {
            let inside = region_at[k];
            let target = match person {
                Person::First if inside != u32::MAX => speaker_of_region[inside as usize],
                Person::Male | Person::Female | Person::Plural => {
                    if inside != u32::MAX {
                        // Third-person pronouns inside quotes refer to people the speaker talks
                        // about; resolve them only when they are unambiguous.
                        let (ri, speaker) = (inside as usize, speaker_of_region[inside as usize]);
                        quoted_referent(actors, &named[ri], speaker, person, k).or_else(|| {
                            let nobody = !names_one_who_fits(actors, &named[ri], speaker, person, k);
                            nobody
                                .then(|| story_referent(actors, disc, speaker, (person, k, sent)))
                                .flatten()
                        })
                    } else {
                        resolve_mention(actors, disc, person, k, sent)
                    }
                }
                _ => None,
            };
            if let Some(ent) = target {
                actors.mention(ent, k..k + 1, t.span());
                new_notes.push(Seen {
                    entity: ent,
                    pos: k,
                    sent,
                    prominent: case == Case::Subj,
                });
            }
            continue;
        }
        // "the minister", "the ministry", "the 26-year-old deckhand"
        if t.text(text).eq_ignore_ascii_case("the") {
            if let Some((ent, h)) = description(actors, disc, (text, toks), (&taken, &described), (k, sent)) {
                actors.mention(ent, k..h + 1, Span::new(t.start, toks[h].end));
                (k + 1..=h).for_each(|j| taken[j] = true);
            }
        }
    }
    for s in new_notes {
        disc.note(s);
    }
}

/// How many of the latest mentions inside a quotation a pronoun there looks back over.
const QUOTED_REACH: usize = 6;

/// Per quotation: the actors mentioned in its words (position, entity), in text order.
fn named_in_regions(actors: &Actors, region_at: &[u32], regions: usize) -> Vec<Vec<(usize, usize)>> {
    let mut named = vec![Vec::new(); regions];
    for m in &actors.mentions {
        let ri = region_at.get(m.toks.start).copied().unwrap_or(u32::MAX);
        if ri != u32::MAX {
            named[ri as usize].push((m.toks.start, m.entity));
        }
    }
    for list in &mut named {
        crate::sort::sort(list);
    }
    named
}

/// The person a singular "he" or "she" at `k` inside a quotation refers to: the one person of
/// that gender the speaker has just named in the same quotation ("Tom Berg came late again.
/// He is careless"), when the latest mentions there leave no doubt; never the speaker, who is
/// "I" in their own words.
fn quoted_referent(
    actors: &Actors,
    named: &[(usize, usize)],
    speaker: Option<usize>,
    person: Person,
    k: usize,
) -> Option<usize> {
    if !matches!(person, Person::Male | Person::Female) {
        return None;
    }
    let before = named.partition_point(|&(pos, _)| pos < k);
    let latest = &named[before.saturating_sub(QUOTED_REACH)..before];
    // A capitalized word not yet known as a person ("Hispanics", "Tuesday") is a candidate only
    // when no known person is.
    let known = |e: usize| actors.entities[e].kind.is_some();
    one_fitting(actors, latest, speaker, person, &known)
        .or_else(|| one_fitting(actors, latest, speaker, person, &|_| true))
}

/// The person a "he" or "she" inside a quotation that names no one who fits refers to: the one
/// the story is about, as the ranking would choose outside quotations, among those known to
/// have the pronoun's gender and never the speaker (a vox-pop's "He can't answer a question"
/// is about the candidate, not about the reader quoted just before).
fn story_referent(
    actors: &mut Actors,
    disc: &Discourse,
    speaker: Option<usize>,
    (person, k, sent): (Person, usize, usize),
) -> Option<usize> {
    let gendered = |e: usize| Some(e) != speaker && same_gender(actors, e, person);
    let e = choose(actors, disc, (person, k, sent), true, &gendered)?;
    settle(actors, person, e);
    Some(e)
}

/// Whether entity `e` is known to have the gender of "he" or "she" (`person`).
fn same_gender(actors: &Actors, e: usize, person: Person) -> bool {
    let g = actors.entities[e].gender;
    matches!(
        (person, g),
        (Person::Male, Gender::Male) | (Person::Female, Gender::Female)
    )
}

/// Whether the quotation's words before `k` name anyone but the speaker who fits `person`.
fn names_one_who_fits(
    actors: &Actors,
    named: &[(usize, usize)],
    speaker: Option<usize>,
    person: Person,
    k: usize,
) -> bool {
    named
        .iter()
        .take_while(|&&(pos, _)| pos < k)
        .any(|&(_, e)| Some(e) != speaker && fit(actors, e, person).is_some())
}

/// The one entity among `latest` (position, entity) that `keep` keeps, that fits `person` and
/// is not the speaker; `None` when there is none or more than one.
fn one_fitting(
    actors: &Actors,
    latest: &[(usize, usize)],
    speaker: Option<usize>,
    person: Person,
    keep: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut found = None;
    for &(_, e) in latest.iter().rev() {
        let fits = keep(e) && fit(actors, e, person).is_some_and(|penalty| penalty < 3.0);
        if !fits || Some(e) == speaker {
            continue;
        }
        match found {
            None => found = Some(e),
            Some(f) if f == e => {}
            Some(_) => return None,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;
    use crate::{annotate, Options};

    /// An actor: its name, kind, gender, whether plural, and where it was seen (position,
    /// sentence, prominent).
    type Seeing<'a> = (&'a str, ActorKind, Gender, bool, (usize, usize, bool));

    /// A discourse over actors made by `add`.
    fn world(people: &[Seeing]) -> (Actors, Discourse) {
        let mut actors = Actors::default();
        let mut disc = Discourse::default();
        for &(name, kind, gender, plural, (pos, sent, prominent)) in people {
            let e = actors.add(name.to_string(), kind, gender, plural, Rule::ActorDescribed);
            disc.note(Seen {
                entity: e,
                pos,
                sent,
                prominent,
            });
        }
        (actors, disc)
    }

    fn name(actors: &Actors, e: Option<usize>) -> Option<&str> {
        e.map(|e| actors.entities[e].name.as_str())
    }

    #[test]
    fn discourse_keeps_text_order_and_looks_back_within_its_window() {
        let mut d = Discourse::default();
        for pos in [10, 30] {
            d.note(Seen {
                entity: pos,
                pos,
                sent: 0,
                prominent: true,
            });
        }
        d.insert(Seen {
            entity: 20,
            pos: 20,
            sent: 0,
            prominent: true,
        });
        let seen: Vec<usize> = d.before(31).map(|s| s.pos).collect();
        assert_eq!(seen, [30, 20, 10], "most recent first");
        assert_eq!(
            d.before(20).map(|s| s.pos).collect::<Vec<_>>(),
            [10],
            "only before the position"
        );
        assert_eq!(d.before(10 + WINDOW + 1).count(), 2, "the first is past the window");
    }

    #[test]
    fn pronoun_cases() {
        use crate::lexicon::Person as Pron;
        use ActorKind::{Group, Organization, Person, Place};
        use Gender::*;
        // (case, actors with where they were seen, pronoun, its position and sentence, want)
        type Case<'a> = (&'a str, &'a [Seeing<'a>], Pron, (usize, usize), Option<&'a str>);
        let cases: &[Case] = &[
            (
                "she skips a man for the woman before him",
                &[
                    ("Ana Ruiz", Person, Female, false, (1, 0, true)),
                    ("Tom Berg", Person, Male, false, (5, 0, true)),
                ],
                Pron::Female,
                (9, 1),
                Some("Ana Ruiz"),
            ),
            (
                "the nearer of two fits wins",
                &[
                    ("Ana Ruiz", Person, Female, false, (1, 0, true)),
                    ("Lena Holt", Person, Female, false, (20, 2, true)),
                ],
                Pron::Female,
                (30, 3),
                Some("Lena Holt"),
            ),
            (
                "a subject wins over a nearer mention that is not one",
                &[
                    ("Ana Ruiz", Person, Female, false, (1, 2, true)),
                    ("Lena Holt", Person, Female, false, (20, 3, false)),
                ],
                Pron::Female,
                (30, 3),
                Some("Ana Ruiz"),
            ),
            (
                "he finds no body",
                &[("Harbour Board", Organization, Unknown, true, (1, 0, true))],
                Pron::Male,
                (5, 0),
                None,
            ),
            (
                "they find a group",
                &[
                    ("Ana Ruiz", Person, Female, false, (1, 0, true)),
                    ("critics", Group, Unknown, true, (3, 0, true)),
                ],
                Pron::Plural,
                (9, 1),
                Some("critics"),
            ),
            (
                "they reach back only a few sentences",
                &[("critics", Group, Unknown, true, (1, 0, true))],
                Pron::Plural,
                (90, 5),
                None,
            ),
            (
                "it finds a body, not a person",
                &[
                    ("Harbour Board", Organization, Unknown, true, (1, 0, true)),
                    ("Ana Ruiz", Person, Female, false, (4, 0, true)),
                ],
                Pron::Neuter,
                (9, 1),
                Some("Harbour Board"),
            ),
            (
                "a speaker's it is a body, not the town named after it",
                &[
                    ("Harbour Board", Organization, Unknown, true, (1, 0, true)),
                    ("Kelvale", Place, Unknown, false, (4, 0, true)),
                ],
                Pron::Neuter,
                (9, 1),
                Some("Harbour Board"),
            ),
            (
                "a speaker's it may be a country",
                &[
                    ("Harbour Board", Organization, Unknown, true, (1, 0, true)),
                    ("China", Place, Unknown, false, (4, 0, true)),
                ],
                Pron::Neuter,
                (9, 1),
                Some("China"),
            ),
        ];
        for (case, people, person, (pos, sent), want) in cases {
            let (mut actors, disc) = world(people);
            let got = resolve_pronoun(&mut actors, &disc, *person, *pos, *sent);
            assert_eq!(name(&actors, got), *want, "case {case}");
        }
    }

    #[test]
    fn the_ranking_keeps_to_what_a_pronoun_can_mean() {
        use crate::lexicon::Person as Pron;
        use ActorKind::*;
        use Gender::*;
        let cases: &[(&str, &[Seeing], Pron, Option<&str>)] = &[
            (
                "he finds no body",
                &[("Harbour Board", Organization, Unknown, true, (1, 0, true))],
                Pron::Male,
                None,
            ),
            (
                "she finds the one woman",
                &[("Ana Ruiz", Person, Female, false, (1, 0, true))],
                Pron::Female,
                Some("Ana Ruiz"),
            ),
            (
                "she is not the man",
                &[
                    ("Ana Ruiz", Person, Female, false, (1, 0, true)),
                    ("Tom Berg", Person, Male, false, (4, 0, true)),
                ],
                Pron::Female,
                Some("Ana Ruiz"),
            ),
            (
                "it finds a body, not a person",
                &[
                    ("Harbour Board", Organization, Unknown, true, (1, 0, true)),
                    ("Ana Ruiz", Person, Female, false, (4, 0, true)),
                ],
                Pron::Neuter,
                Some("Harbour Board"),
            ),
        ];
        for (case, people, person, want) in cases {
            let (mut actors, disc) = world(people);
            for e in &mut actors.entities {
                e.gender_strong = e.gender != Unknown;
            }
            let got = resolve_mention(&mut actors, &disc, *person, 9, 1);
            assert_eq!(name(&actors, got), *want, "case {case}");
        }
    }

    #[test]
    fn a_resolved_pronoun_tells_the_gender() {
        let (mut actors, disc) = world(&[("Dana Holm", ActorKind::Person, Gender::Unknown, false, (1, 0, true))]);
        let e = resolve_pronoun(&mut actors, &disc, crate::lexicon::Person::Female, 4, 0);
        assert_eq!(e, Some(0));
        assert_eq!(actors.entities[0].gender, Gender::Female);
        assert!(actors.entities[0].gender_strong);
        // Now "he" cannot mean her.
        assert_eq!(
            resolve_pronoun(&mut actors, &disc, crate::lexicon::Person::Male, 6, 0),
            None
        );
    }

    /// The mentions of `name` in the annotated `text`, as text.
    fn mentions_of(text: &str, name: &str) -> Vec<String> {
        let doc = annotate(text, &Options::default());
        let chars: Vec<char> = text.chars().collect();
        doc.actors
            .iter()
            .filter(|a| a.name == name)
            .flat_map(|a| a.mentions.iter().map(|r| chars[r[0]..r[1]].iter().collect::<String>()))
            .collect()
    }

    #[test]
    fn quoted_pronoun_cases() {
        let cases: &[(&str, &str, &str, &[&str])] = &[
            (
                "a man the speaker just named",
                "“Tom Berg came late again. He is careless,” said Ana Ruiz.",
                "Tom Berg",
                &["Tom Berg", "He"],
            ),
            (
                "a signed quotation",
                "Readers wrote in.\n\n“Tom Berg came late again. He is careless.” ― Lena Moss",
                "Tom Berg",
                &["Tom Berg", "He"],
            ),
            (
                "two men named: no link",
                "“Tom Berg met Ivo Brandt. He is careless,” said Ana Ruiz.",
                "Tom Berg",
                &["Tom Berg"],
            ),
            (
                "a known man beside a capitalized word not known as a person",
                "Readers wrote in.\n\n“At the rally Tom Berg said Hispanics live in hell. He is careless.” ― Lena Moss",
                "Tom Berg",
                &["Tom Berg", "He"],
            ),
            (
                "nobody named in the quotation: the man the story is about",
                "Tom Berg left early. “He is careless,” said Ana Ruiz.",
                "Tom Berg",
                &["Tom Berg", "He"],
            ),
            (
                "nobody named in the quotation: never the speaker",
                "Tom Berg left early. “He is careless,” said Tom Berg's neighbour Ivo Brandt.",
                "Ivo Brandt",
                &["Ivo Brandt"],
            ),
            (
                "nobody named in the quotation: not a woman for he",
                "Maria Lind left early. “He is careless,” said Ana Ruiz.",
                "Maria Lind",
                &["Maria Lind"],
            ),
            (
                "nobody named in the quotation: not the last quotation's speaker",
                "Readers wrote in.\n\n“Tom Berg scares me.” ― Krystal Moss\n\n“He cannot answer a question.” ― Esther Lind",
                "Krystal Moss",
                &["me", "Krystal Moss"],
            ),
        ];
        for (name, text, actor, want) in cases {
            let got = mentions_of(text, actor);
            assert_eq!(
                got,
                want.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
                "case {name}: {text}"
            );
        }
    }

    #[test]
    fn description_cases() {
        let lex = lexicon();
        let minister = lex.lookup("minister");
        let (mut actors, disc) = world(&[
            ("Ana Ruiz", ActorKind::Person, Gender::Female, false, (1, 0, true)),
            (
                "The Harbour Post",
                ActorKind::Organization,
                Gender::Unknown,
                true,
                (4, 0, true),
            ),
            ("Tom Berg", ActorKind::Person, Gender::Male, false, (8, 1, true)),
        ]);
        actors.entities[0].roles.push(minister);
        let text = "the minister the company the lawyer";
        let seg = crate::segment::segment(text);
        let head = |w: &str| seg.tokens.iter().find(|t| t.text(text) == w).copied().unwrap();
        // "the minister" is whoever carried the title, even past a nearer person.
        let found = resolve_description(&mut actors, &disc, &head("minister"), "minister", 12, 2);
        assert_eq!(name(&actors, found), Some("Ana Ruiz"));
        // "the company" is no news outlet.
        assert_eq!(
            resolve_description(&mut actors, &disc, &head("company"), "company", 12, 2),
            None
        );
        // "the lawyer" falls back on the last person of an earlier sentence, not of its own.
        let found = resolve_description(&mut actors, &disc, &head("lawyer"), "lawyer", 12, 2);
        assert_eq!(name(&actors, found), Some("Tom Berg"));
        let found = resolve_description(&mut actors, &disc, &head("lawyer"), "lawyer", 12, 1);
        assert_eq!(name(&actors, found), Some("Ana Ruiz"));
    }

    #[test]
    fn a_body_described_makes_a_guessed_person_a_body() {
        let (mut actors, disc) = world(&[("Cisco Talos", ActorKind::Person, Gender::Unknown, false, (1, 0, true))]);
        actors.entities[0].kind_rule = Rule::ActorCapitalized;
        actors.entities[0].evidence = 1;
        let text = "the firm";
        let seg = crate::segment::segment(text);
        let firm = seg.tokens[1];
        assert_eq!(resolve_description(&mut actors, &disc, &firm, "firm", 12, 2), Some(0));
        assert_eq!(actors.entities[0].kind, Some(ActorKind::Organization));
        assert_eq!(actors.entities[0].kind_rule, Rule::ActorDescribedBody);
        // A person known by a given name or a title is not.
        let (mut actors, disc) = world(&[("Dana Holm", ActorKind::Person, Gender::Female, false, (1, 0, true))]);
        assert_eq!(resolve_description(&mut actors, &disc, &firm, "firm", 12, 2), None);
    }

    #[test]
    fn descriptions_given_in_apposition() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "coref.described: a description names whom an appositive described, known word or not",
                "Tom Brandt, a 26-year-old deckhand, joined the picket on Monday. By noon the deckhand had gone home.",
                &["Tom Brandt", "the deckhand"],
            ),
            (
                "coref.described: modifiers before the head",
                "Tom Brandt, a deckhand from Pictou, joined the picket on Monday. By noon the young deckhand had gone home.",
                &["Tom Brandt", "the young deckhand"],
            ),
            (
                "coref.described: a role word after modifiers",
                "Ana Ruiz, a retired nurse, spoke first. Later the retired nurse left the hall.",
                &["Ana Ruiz", "the retired nurse"],
            ),
            (
                "coref.described: a described word modifying a noun after it names no one",
                "Tom Brandt, a deckhand, joined the picket. By noon the deckhand union had gone home.",
                &["Tom Brandt"],
            ),
            (
                "coref.described: a role word needs no article",
                "Tom Brandt, deckhand and father of two, joined the picket. By noon the father had gone home.",
                &["Tom Brandt", "the father"],
            ),
            (
                "coref.described: words after a comma with no article describe no one",
                "When Tom Brandt arrived, pickets were singing. By noon the pickets had gone home.",
                &["Tom Brandt"],
            ),
        ];
        for (name, text, want) in cases {
            let got = [mentions_of(text, "Tom Brandt"), mentions_of(text, "Ana Ruiz")].concat();
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn a_description_given_in_apposition_speaks() {
        let text =
            "Tom Brandt, a 26-year-old deckhand, joined the picket. “They never listen to us,” the deckhand said.";
        let doc = annotate(text, &Options::default());
        let brandt = doc.actors.iter().find(|a| a.name == "Tom Brandt").map(|a| a.id.clone());
        assert_eq!(doc.quotes.len(), 1);
        assert_eq!(doc.quotes[0].speaker, brandt, "{:?}", doc.actors);
    }

    #[test]
    fn remaining_mentions_are_linked() {
        let text = "Mayor Ana Ruiz opened the pier. “I built it for the crews,” she said. The mayor left at noon.";
        let doc = annotate(text, &Options::default());
        let ruiz = doc.actors.iter().find(|a| a.name == "Ana Ruiz").unwrap();
        let chars: Vec<char> = text.chars().collect();
        let mentions: Vec<String> = ruiz
            .mentions
            .iter()
            .map(|r| chars[r[0]..r[1]].iter().collect())
            .collect();
        // Her name, "I" inside her quotation, "she", and "The mayor".
        assert_eq!(mentions, ["Ana Ruiz", "I", "she", "The mayor"]);
    }
}
