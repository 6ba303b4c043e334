//! Coreference: which actor a pronoun or a description refers to.
//!
//! A pronoun goes to the nearest compatible actor mentioned before it (gender and number must
//! agree; an unknown gender agrees with both), preferring subjects and speakers; a definite
//! description ("the minister", "the ministry") goes to the last actor that carried that title
//! or head word. The search looks back a bounded number of tokens, so the pass stays linear.

use crate::actors::Actors;
use crate::document::ActorKind;
use crate::lexicon::{flag, Case, EntryId, Gender, Person};
use crate::quotes::Region;
use crate::rules::Rule;
use crate::segment::Segmented;
use crate::text::Span;
use crate::tokens::{Kind, Token};

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
        self.seen.sort_by_key(|s| s.pos);
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

/// How many sentences back "they" and "it" may find their antecedent.
const MAX_NEUTER_REACH: f32 = 3.0;

/// The entity a pronoun at `pos` (in sentence `sent`) refers to.
pub(crate) fn resolve_pronoun(
    actors: &mut Actors,
    disc: &Discourse,
    person: Person,
    pos: usize,
    sent: usize,
) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    let mut considered = 0;
    for s in disc.before(pos) {
        let Some(penalty) = fit(actors, s.entity, person) else {
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
        if best.is_none_or(|(b, _)| score < b) {
            best = Some((score, s.entity));
        }
        if considered >= 12 {
            break;
        }
    }
    let e = best?.1;
    // A resolved he/she tells the gender of a person whose name did not.
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
    Some(e)
}

/// Whether an organization's name is a news outlet's ("The Globe and Mail", "Daily Post").
fn is_news_outlet(name: &str) -> bool {
    let lex = crate::lexicon::lexicon();
    name.split_whitespace().any(|w| lex.get(w).has(flag::MEDIA_WORD))
}

/// The entity a definite description with head word `head` refers to: the last one that
/// carried the word as a title or head, or, for organization words, the last organization.
pub(crate) fn resolve_description(
    actors: &Actors,
    disc: &Discourse,
    head: &Token,
    pos: usize,
    sent: usize,
) -> Option<usize> {
    let want: EntryId = head.entry_id();
    let org_word = head.lex().has(flag::ORG_HEAD);
    // "the ministers" is several people: it does not fall back to the last person.
    let plural = head.lex().has(flag::GROUP) || head.lex().has(flag::ANON_PLURAL);
    let person_word = head.lex().has(flag::TITLE | flag::ROLE | flag::ANON) && !org_word && !plural;
    let mut fallback = None;
    for s in disc.before(pos) {
        let ent = &actors.entities[s.entity];
        if ent.roles.contains(&want) {
            return Some(s.entity);
        }
        // A description does not fall back on someone named in its own sentence ("Dana
        // Whitfield endorsed the candidate" is about another person).
        if fallback.is_none() && s.sent != sent {
            // "the company" is not the newspaper reporting the story ("told The Globe").
            let ok = (org_word && ent.kind == Some(ActorKind::Organization) && !is_news_outlet(&ent.name))
                || (person_word
                    && ent.kind == Some(ActorKind::Person)
                    && head.lex().has(flag::TITLE | flag::ROLE)
                    && !head.lex().has(flag::ANON));
            if ok {
                fallback = Some(s.entity);
            }
        }
    }
    fallback
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
                        None
                    } else {
                        resolve_pronoun(actors, disc, person, k, sent)
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
        // "the minister", "the ministry"
        let is_the = t.text(text).eq_ignore_ascii_case("the");
        if is_the && k + 1 < toks.len() {
            let n = &toks[k + 1];
            if n.kind == Kind::Word
                && !n.is(crate::tokens::shape::CAP)
                && n.lex().has(flag::TITLE | flag::ROLE | flag::ORG_HEAD)
                && !taken[k + 1]
            {
                // Not when a name follows ("the minister, Ana Ruiz" is handled as a name).
                let followed_by_name = toks.get(k + 2).is_some_and(|x| x.is_cap());
                if !followed_by_name {
                    if let Some(ent) = resolve_description(actors, disc, n, k, sent) {
                        actors.mention(ent, k..k + 2, Span::new(t.start, n.end));
                        taken[k + 1] = true;
                    }
                }
            }
        }
    }
    for s in new_notes {
        disc.note(s);
    }
}
