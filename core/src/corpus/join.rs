//! When two articles' actors are the same actor: the joining rules. Each rule has a name, so
//! the tests, DESIGN.md and this code meet.
//!
//! - `join.person.full-name`: a person joins by their full name (two or more name words,
//!   case-insensitive, a possessive `'s` and titles like "Dr." left out). A single name word
//!   never joins: "Li" in one article and "Li" in another may be two people.
//! - `join.proper-name`: an organization or a place joins by its name when the name is a proper
//!   name (a capitalized word in it), with a leading "the" left out: "the Harbour Authority" and
//!   "Harbour Authority" are one. A description ("the council", "the city") never joins: every
//!   town has one.
//! - `join.never`: groups ("critics", "residents") and anonymous sources ("a senior official")
//!   never join; each stays with its article.
//! - `join.same-kind`: actors join only when their kinds agree ("Jordan" the person's surname is
//!   never "Jordan" the country).

use crate::document::{Actor, ActorKind};

/// Titles left out of a person's name before joining.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "rev",
    "mayor",
    "president",
    "minister",
    "senator",
    "governor",
    "judge",
    "chief",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "capt",
    "lt",
    "sgt",
    "st",
];

/// The words of a name, lowercased, without a possessive, quotes or trailing full stops.
fn words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | ',' | '(' | ')'));
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
            w.trim_end_matches('.').to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether a word is capitalized (a proper name's word).
fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The key two actors share when they are the same actor, or `None` when this actor never
/// joins another article's.
pub fn join_key(actor: &Actor) -> Option<String> {
    match actor.kind {
        ActorKind::Group | ActorKind::Anonymous => None,
        ActorKind::Person => {
            let name: Vec<String> = words(&actor.name)
                .into_iter()
                .filter(|w| !TITLES.contains(&w.as_str()))
                .collect();
            let proper = actor.name.split_whitespace().filter(|w| capitalized(w)).count();
            (name.len() >= 2 && proper >= 2).then(|| format!("person:{}", name.join(" ")))
        }
        ActorKind::Organization | ActorKind::Place => {
            if !actor.name.split_whitespace().any(capitalized) {
                return None;
            }
            let mut name = words(&actor.name);
            if name.first().is_some_and(|w| w == "the") {
                name.remove(0);
            }
            (!name.is_empty()).then(|| format!("{}:{}", actor.kind.as_str(), name.join(" ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(name: &str, kind: ActorKind) -> Actor {
        Actor {
            id: "a1".into(),
            name: name.into(),
            kind,
            mentions: Vec::new(),
            affiliation: None,
            kind_rule: None,
        }
    }

    use ActorKind::*;

    /// A name and a kind.
    type Named = (&'static str, ActorKind);

    /// (rule, first actor, second actor, whether they join)
    const CASES: &[(&str, Named, Named, bool)] = &[
        (
            "join.person.full-name",
            ("Ana Ruiz", Person),
            ("Ana Ruiz", Person),
            true,
        ),
        (
            "join.person.full-name: case",
            ("Ana Ruiz", Person),
            ("ANA RUIZ", Person),
            true,
        ),
        (
            "join.person.full-name: title",
            ("Dr. Ana Ruiz", Person),
            ("Ana Ruiz", Person),
            true,
        ),
        (
            "join.person.full-name: possessive",
            ("Ana Ruiz's", Person),
            ("Ana Ruiz", Person),
            true,
        ),
        (
            "join.person.full-name: one word never",
            ("Li", Person),
            ("Li", Person),
            false,
        ),
        (
            "join.person.full-name: title and one word never",
            ("Mr. Li", Person),
            ("Mr. Li", Person),
            false,
        ),
        (
            "join.person.full-name: other person",
            ("Bo Li", Person),
            ("Mei Li", Person),
            false,
        ),
        (
            "join.person.full-name: a description never",
            ("the mayor", Person),
            ("the mayor", Person),
            false,
        ),
        (
            "join.person.full-name: diacritics count",
            ("José Díaz", Person),
            ("Jose Diaz", Person),
            false,
        ),
        (
            "join.proper-name",
            ("Harbour Authority", Organization),
            ("the Harbour Authority", Organization),
            true,
        ),
        (
            "join.proper-name: one word",
            ("Reuters", Organization),
            ("Reuters", Organization),
            true,
        ),
        (
            "join.proper-name: place",
            ("Port Alder", Place),
            ("Port Alder", Place),
            true,
        ),
        (
            "join.proper-name: a description never",
            ("the council", Organization),
            ("the council", Organization),
            false,
        ),
        (
            "join.proper-name: other name",
            ("Harbour Authority", Organization),
            ("Port Authority", Organization),
            false,
        ),
        ("join.never: groups", ("critics", Group), ("critics", Group), false),
        (
            "join.never: anonymous",
            ("a senior official", Anonymous),
            ("a senior official", Anonymous),
            false,
        ),
        ("join.same-kind", ("Jordan", Place), ("Jordan", Organization), false),
        (
            "join.same-kind: person and place",
            ("Georgia Banks", Person),
            ("Georgia Banks", Place),
            false,
        ),
    ];

    #[test]
    fn joining_rules() {
        for (name, (a, ka), (b, kb), joins) in CASES {
            let (x, y) = (join_key(&actor(a, *ka)), join_key(&actor(b, *kb)));
            let joined = x.is_some() && x == y;
            assert_eq!(joined, *joins, "{name}: {a:?} / {b:?} gave {x:?} / {y:?}");
        }
    }
}
