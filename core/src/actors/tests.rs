//! Named cases of name recognition and kinds.

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
