//! Named cases of name recognition and kinds. A case is named by the kind rules of its
//! actors, in order of first mention, before a colon.

use super::*;
use crate::segment::segment;
use crate::{annotate, Options};

/// Name, kind and number of mentions of one actor.
type Row = (String, Option<ActorKind>, usize);
/// Case name, input, and the actors expected.
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, Option<ActorKind>, usize)],
);

/// The rule ids a case's name starts with.
fn rule_ids(name: &str) -> Vec<&str> {
    name.split_once(": ")
        .map(|(ids, _)| ids.split(' ').collect())
        .unwrap_or_default()
}

/// The recognized actors with a mention, in order of first mention, with their kind rules.
fn actors(s: &str) -> (Vec<Row>, Vec<&'static str>) {
    let seg = segment(s);
    let a = Actors::recognize(s, &seg);
    let mut v: Vec<(usize, Row, &'static str)> = a
        .entities
        .iter()
        .filter(|e| !e.mentions.is_empty())
        .map(|e| {
            let first = e.mentions.iter().map(|&m| a.mentions[m].span.start).min().unwrap_or(0);
            (first, (e.name.clone(), e.kind, e.mentions.len()), e.kind_rule.id())
        })
        .collect();
    v.sort_by_key(|x| x.0);
    v.into_iter().map(|x| (x.1, x.2)).unzip()
}

use ActorKind::*;

/// Kinds given when names are recognized.
const KIND_CASES: &[Case] = &[
    (
        "actor.place-head actor.place-head: names headed by a place word",
        "They walked along Bay Street to the Museum of Flight.",
        &[("Bay Street", Some(Place), 1), ("Museum of Flight", Some(Place), 1)],
    ),
    (
        "actor.place-head actor.place-head: a first word that heads a place's name",
        "The hikers left Fort Alder for Mount Kelvale at dawn.",
        &[("Fort Alder", Some(Place), 1), ("Mount Kelvale", Some(Place), 1)],
    ),
    (
        "actor.org-head: a place's first word before a body's head word",
        "She was treated at Mount Kelvale Hospital.",
        &[("Mount Kelvale Hospital", Some(Organization), 1)],
    ),
    (
        "actor.regnal: a ruler's Roman numeral is no acronym, and makes a person",
        "The treaty was signed by Tomas IV of Alderland.",
        &[("Tomas IV of Alderland", Some(Person), 1)],
    ),
    (
        "actor.place-head actor.place-head actor.acronym: a connector does not carry a name into a date or a code",
        "The crew flew from the Kelvale Space Park on April 12 and from Alder Park on KX-1.",
        &[
            ("Kelvale Space Park", Some(Place), 1),
            ("Alder Park", Some(Place), 1),
            ("KX-1", Some(Organization), 1),
        ],
    ),
    (
        "actor.body-members actor.org-head: the members of a body are a group, not the body",
        "Senate Democrats walked out, and the Senate adjourned.",
        &[("Senate Democrats", Some(Group), 1), ("Senate", Some(Organization), 1)],
    ),
    (
        "actor.capitalized: a verb's -ing form opening a heading starts no name",
        "EXAMPLE 3\n\nTesting Kelvale’s idea\n\nIn 1890 the physicist Ana Kelvale proposed it. Kelvale’s model held for decades.",
        &[("Ana Kelvale", Some(Person), 3)],
    ),
    (
        "actor.capitalized actor.org-head actor.capitalized actor.org-head: a person of a body, and a second one after \"and\"",
        "Ana Ruiz of the Civic Party and Peter Lind of the Harbour Party spoke.",
        &[
            ("Ana Ruiz", Some(Person), 1),
            ("Civic Party", Some(Organization), 1),
            ("Peter Lind", Some(Person), 1),
            ("Harbour Party", Some(Organization), 1),
        ],
    ),
    (
        "actor.org-head actor.org-head: \"and the\" begins a second body",
        "Parents wrote to the Kelvale Teachers Union and the Kelvale Police Department.",
        &[("Kelvale Teachers Union", Some(Organization), 1), ("Kelvale Police Department", Some(Organization), 1)],
    ),
    (
        "actor.org-head: a body named later by its first word",
        "Kelvale Energy Corp. reported a loss. Kelvale said prices fell.",
        &[("Kelvale Energy Corp.", Some(Organization), 2)],
    ),
    (
        "actor.org-head actor.capitalized: a surname a body begins with stays the person's",
        "The Ruiz Foundation gave a grant to Ana Ruiz. Ruiz thanked it.",
        &[("Ruiz Foundation", Some(Organization), 1), ("Ana Ruiz", Some(Person), 2)],
    ),
    (
        "actor.acronym: a name given an acronym in parentheses is a body",
        "North Marine Development (NMD) raised rates. NMD said so.",
        &[("North Marine Development", Some(Organization), 3)],
    ),
    (
        "actor.place actor.capitalized: a place that is a given name, after \"from\"",
        "The family came from Georgia. Georgia Lane met them.",
        &[("Georgia", Some(Place), 1), ("Georgia Lane", Some(Person), 1)],
    ),
    (
        "actor.capitalized: a common noun before a number is a label, no name",
        "Students who reach Level 4 move on. Kelvale Lind said so.",
        &[("Kelvale Lind", Some(Person), 1)],
    ),
    (
        "actor.place-head actor.place-head: buildings and grounds people go to are places",
        "The shuttle went from the Kelvale Air Force Base to the Alder Planetarium.",
        &[("Kelvale Air Force Base", Some(Place), 1), ("Alder Planetarium", Some(Place), 1)],
    ),
    (
        "actor.place-context actor.place-context: a name the text calls a place",
        "Rice grows in the Kelvale region and around the village of Tarnby.",
        &[("Kelvale", Some(Place), 1), ("Tarnby", Some(Place), 1)],
    ),
    (
        "actor.capitalized: a verb of saying is no place noun",
        "“The board failed,” Dana Holm states.",
        &[("Dana Holm", Some(Person), 1)],
    ),
    (
        "actor.place: a title with no name keeps the place it is of",
        "The Governor of Virginia spoke first.",
        &[("Virginia", Some(Place), 1)],
    ),
    (
        "actor.acronym: an acronym before a place noun is a body",
        "Voters packed the KTV town hall.",
        &[("KTV", Some(Organization), 1)],
    ),
    (
        "a law, a pact and a holiday are no actors",
        "The Clean Water Act and the Harbour Pact took effect on Boxing Day.",
        &[],
    ),
    (
        "actor.model: a single word no full name takes in, typed by the model",
        "Officials met in Kelvale on Monday. Kelvale has a port.",
        &[("Kelvale", Some(Place), 2)],
    ),
    (
        "actor.org-head: an acronym after the name it abbreviates joins it",
        "The Department of Fisheries and Oceans closed the bay. Later DFO reopened it.",
        &[("Department of Fisheries and Oceans", Some(Organization), 2)],
    ),
    (
        "actor.body-before-title actor.title: a body's acronym before a title is a mention of its own",
        "NASA Administrator Marta Quillon spoke.",
        &[("NASA", Some(Organization), 1), ("Marta Quillon", Some(Person), 1)],
    ),
    (
        "actor.body-before-title actor.title: so is a name ending in a body's word",
        "Interior Ministry Spokesman Pavel Trusk spoke.",
        &[
            ("Interior Ministry", Some(Organization), 1),
            ("Pavel Trusk", Some(Person), 1),
        ],
    ),
    (
        "actor.title: a qualifier before a title is no body",
        "Health Minister Ana Lo spoke.",
        &[("Ana Lo", Some(Person), 1)],
    ),
    (
        "actor.title: title and name",
        "Foreign Minister Ana Ruiz spoke.",
        &[("Ana Ruiz", Some(Person), 1)],
    ),
    (
        "actor.dateline-place actor.dateline-agency: dateline with the filing agency",
        "LAKE VERN (Northgate Press) — Officials met.",
        &[
            ("LAKE VERN", Some(Place), 1),
            ("Northgate Press", Some(Organization), 1),
        ],
    ),
    (
        "actor.capitalized: a social-media handle is not a name",
        "A long night in the capital. Marit Olsen (@MaritOlsen) posted it.",
        &[("Marit Olsen", Some(Person), 1)],
    ),
    (
        "actor.capitalized: surname links",
        "Darian Lonechild met them. Later Lonechild left.",
        &[("Darian Lonechild", Some(Person), 2)],
    ),
    (
        "actor.title: family name first",
        "Chinese President Xi Jinping arrived.",
        &[("Xi Jinping", Some(Person), 1)],
    ),
    (
        "actor.capitalized: hyphenated",
        "He met Kim Jong-un there.",
        &[("Kim Jong-un", Some(Person), 1)],
    ),
    (
        "actor.capitalized: particle",
        "They met Ursula von der Leyen today.",
        &[("Ursula von der Leyen", Some(Person), 1)],
    ),
    (
        "actor.org-head: ministry",
        "The Foreign Ministry said no.",
        &[("Foreign Ministry", Some(Organization), 1)],
    ),
    (
        "actor.org-head: a word of a company's trade ends its name",
        "Brannock Shipping said it would appeal.",
        &[("Brannock Shipping", Some(Organization), 1)],
    ),
    (
        "actor.org-head: a company's name without its legal form is the same company",
        "Tarn Mills Ltd. closed a plant. Tarn Mills said demand fell.",
        &[("Tarn Mills Ltd.", Some(Organization), 2)],
    ),
    (
        "actor.acronym actor.org-head: an acronym and a body's name are two bodies",
        "The WHL and Tarn Hockey Association declined to comment. The WHL met on Monday.",
        &[
            ("WHL", Some(Organization), 2),
            ("Tarn Hockey Association", Some(Organization), 1),
        ],
    ),
    (
        "actor.national-body actor.capitalized: a common noun before a country is a body, a name is not",
        "Health Canada issued a recall. Maria Lund said she was not surprised.",
        &[
            ("Health Canada", Some(Organization), 1),
            ("Maria Lund", Some(Person), 1),
        ],
    ),
    (
        "actor.national-body actor.model: a word of no known class before a country is a body, an adjective is not",
        "Curling Canada met in Arctic Canada.",
        &[("Curling Canada", Some(Organization), 1), ("Arctic Canada", Some(Place), 1)],
    ),
    (
        "actor.org-head: of-organization",
        "The Ministry of Health agreed.",
        &[("Ministry of Health", Some(Organization), 1)],
    ),
    (
        "actor.org-head: \"on\" inside a body's name after its head",
        "The Council on Coastal Affairs met on Monday.",
        &[("Council on Coastal Affairs", Some(Organization), 1)],
    ),
    (
        "actor.org-head: \"for\" after the head, past \"of\"",
        "The Court of Appeals for the Ninth Circuit ruled.",
        &[("Court of Appeals for the Ninth Circuit", Some(Organization), 1)],
    ),
    (
        "actor.capitalized actor.org-head: \"on\" between a person and a body joins nothing",
        "Ana Ruiz on the House Harbour Committee objected.",
        &[
            ("Ana Ruiz", Some(Person), 1),
            ("House Harbour Committee", Some(Organization), 1),
        ],
    ),
    (
        "actor.org-head: a place-based modifier is no part of the name",
        "The Calgary-based Harbour Energy Corp. said on Monday it would sell.",
        &[("Harbour Energy Corp.", Some(Organization), 1)],
    ),
    (
        "actor.title actor.capitalized: a romanized given name keeps its syllables",
        "President Moon Jae-in met Ban Ki-moon.",
        &[("Moon Jae-in", Some(Person), 1), ("Ban Ki-moon", Some(Person), 1)],
    ),
    (
        "actor.place: capital",
        "Officials in Beijing said no.",
        &[("Beijing", Some(Place), 1)],
    ),
    (
        "actor.place actor.place actor.place: a state of the past is a place as a country is",
        "The Confederacy sought help from Britain, as the Soviet Union later did.",
        &[("Confederacy", Some(Place), 1), ("Britain", Some(Place), 1), ("Soviet Union", Some(Place), 1)],
    ),
    (
        "actor.title actor.title: a pageant's place or world is part of the title before a name",
        "Miss Universe Alicia Moreno met Miss Canada Ana Ruiz on Monday.",
        &[("Alicia Moreno", Some(Person), 1), ("Ana Ruiz", Some(Person), 1)],
    ),
    (
        "actor.place: multiword place",
        "They flew to New York on Monday.",
        &[("New York", Some(Place), 1)],
    ),
    (
        "actor.org-head: acronym alias",
        "The Assembly of First Nations (AFN) met. The AFN agreed.",
        &[("Assembly of First Nations", Some(Organization), 3)],
    ),
    (
        "actor.org-head actor.title: senator",
        "The Senate leader, Sen. Jane Doe, objected.",
        &[("Senate", Some(Organization), 1), ("Jane Doe", Some(Person), 1)],
    ),
    (
        "actor.title actor.role-before: a role noun before a name, capitalized as a title or not",
        "Spokesperson Lu Kang spoke. Later spokesperson Hua Chunying spoke.",
        &[("Lu Kang", Some(Person), 1), ("Hua Chunying", Some(Person), 1)],
    ),
    (
        "actor.appositive-role: a role in apposition",
        "Ana Ruiz, president of the union, spoke.",
        &[("Ana Ruiz", Some(Person), 1)],
    ),
    (
        "actor.place: a place closing an opening phrase is no appositive's head",
        "In Ottawa, the minister spoke.",
        &[("Ottawa", Some(Place), 1)],
    ),
    (
        "actor.single-word: a month closing an opening phrase is no person (it keeps no kind)",
        "In June, the minister spoke.",
        &[("June", None, 1)],
    ),
    (
        "a month next to a number is a date, not a person",
        "The crews left on June 24, 2014, and came back in May 2015.",
        &[],
    ),
    (
        "actor.place actor.place actor.city-region actor.place: a province's abbreviation after a city is a place",
        "The ferry ran from Halifax, N.S., to Saint John, N.B., all winter.",
        &[
            ("Halifax", Some(Place), 1),
            ("N.S.", Some(Place), 1),
            ("Saint John", Some(Place), 1),
            ("N.B.", Some(Place), 1),
        ],
    ),
    (
        "actor.city-region actor.place: a town before its state, closing the phrase",
        "The plant in Kelvale, Calif. closed.",
        &[("Kelvale", Some(Place), 1), ("Calif.", Some(Place), 1)],
    ),
    (
        "actor.capitalized actor.place: a place the phrase goes on from is no person's town",
        "The bill came from Dana Okafor, Ontario premier.",
        &[("Dana Okafor", Some(Person), 1), ("Ontario", Some(Place), 1)],
    ),
    (
        "actor.org-name: a known one-word body",
        "The reporters from Yonhap filed it.",
        &[("Yonhap", Some(Organization), 1)],
    ),
    (
        "actor.acronym: an acronym",
        "The union NAPE met on Monday.",
        &[("NAPE", Some(Organization), 1)],
    ),
    (
        "actor.long-name: five capitalized words without a given name",
        "Workers on the Alder Harbour Ferry Pier Road Crossing waited.",
        &[("Alder Harbour Ferry Pier Road Crossing", Some(Organization), 1)],
    ),
    (
        "actor.single-word: one word whose kind is not known yet",
        "On Monday, the crews waited for Holm.",
        &[("Holm", None, 1)],
    ),
];

#[test]
fn recognizes_kinds() {
    for (name, input, want) in KIND_CASES {
        let (got, rules) = actors(input);
        let want: Vec<Row> = want.iter().map(|(n, k, c)| (n.to_string(), *k, *c)).collect();
        assert_eq!(got, want, "case {name}");
        assert_eq!(rules, rule_ids(name), "case {name}: the rules of the kinds");
    }
}

/// Kinds given after recognition: to a name that speaks or that a pronoun refers to, to an
/// unnamed actor made by what it says or holds, and to a name whose kind was taken away.
/// A case: its name, the text, each actor's name and kind.
type DocumentCase = (&'static str, &'static str, &'static [(&'static str, ActorKind)]);

const DOCUMENT_CASES: &[DocumentCase] = &[
    (
        "actor.described-body: a description of a body makes a name read as a person a body",
        "Cisco Talos published the findings. The security firm said the campaign was new.",
        &[("Cisco Talos", Organization)],
    ),
    (
        "actor.speaks: a single word that speaks, which the model leaves open",
        "“Yes,” said Kowalczyk.",
        &[("Kowalczyk", Person)],
    ),
    (
        "actor.model: a single word the model types before it speaks",
        "“Yes,” Okafor said.",
        &[("Okafor", Person)],
    ),
    (
        "actor.pronoun: a single word a pronoun refers to",
        "The crews waited for Ostrander. Later, he said the ferries would run.",
        &[("Ostrander", Person)],
    ),
    (
        "actor.described: a group that speaks",
        "Critics said the plan would fail.",
        &[("critics", Group)],
    ),
    (
        "actor.single-word: a single word that holds a stance is shown as a person",
        "On Monday, Holm voiced sharp criticism of the permit.",
        &[("Holm", Person)],
    ),
    (
        "actor.full-name actor.capitalized: a body whose acronym a dateline took reads as a person",
        "Story by the Harbour Press; filed by Dana Holm PORTSMOUTH (HP) — The crews waited.",
        &[("Harbour Press", Person), ("Dana Holm PORTSMOUTH", Person)],
    ),
];

#[test]
fn kinds_in_a_document() {
    for (name, text, want) in DOCUMENT_CASES {
        let doc = annotate(
            text,
            &Options {
                explain: true,
                ..Options::default()
            },
        );
        let got: Vec<(&str, ActorKind)> = doc.actors.iter().map(|a| (a.name.as_str(), a.kind)).collect();
        assert_eq!(&got, want, "case {name}: {text}");
        let rules: Vec<&str> = doc
            .actors
            .iter()
            .map(|a| a.kind_rule.as_deref().unwrap_or("-"))
            .collect();
        assert_eq!(rules, rule_ids(name), "case {name}: the rules of the kinds");
    }
}

#[test]
fn a_gendered_role_before_a_name_gives_its_gender() {
    for (text, name, want) in [
        (
            "Wendy Golden said her son Kody Cook had left.",
            "Kody Cook",
            Gender::Male,
        ),
        (
            "The coach and his wife Sam Okafor moved here.",
            "Sam Okafor",
            Gender::Female,
        ),
    ] {
        let a = Actors::recognize(text, &segment(text));
        let e = a.entities.iter().find(|e| e.name == name);
        let e = e.unwrap_or_else(|| panic!("no {name} in {text:?}"));
        assert_eq!((e.gender, e.gender_strong), (want, true), "{text}");
    }
}

#[test]
fn every_kind_rule_has_a_case() {
    let named: Vec<&str> = KIND_CASES
        .iter()
        .map(|c| c.0)
        .chain(DOCUMENT_CASES.iter().map(|c| c.0))
        .flat_map(rule_ids)
        .collect();
    for r in Rule::ALL.iter().filter(|r| r.id().starts_with("actor.")) {
        assert!(named.contains(&r.id()), "no case is named by {}", r.id());
    }
}

/// actor.affiliation: a case's name, its text, a person and the body the text affiliates
/// them with (`None`: no body).
const AFFILIATION_CASES: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "a body and a lowercase role before the name",
        "Interior Ministry spokesman Pavel Trusk said the border was closed.",
        "Pavel Trusk",
        Some("Interior Ministry"),
    ),
    (
        "a body's acronym and a title before the name",
        "NASA Administrator Marta Quillon said the launch would wait.",
        "Marta Quillon",
        Some("NASA"),
    ),
    (
        "a company and a role of two words",
        "Brannock Shipping chief executive Hana Soult said sales rose.",
        "Hana Soult",
        Some("Brannock Shipping"),
    ),
    (
        "a possessive body",
        "Brannock Shipping's chief executive Hana Soult said sales rose.",
        "Hana Soult",
        Some("Brannock Shipping"),
    ),
    (
        "a role of the body in apposition",
        "Hana Soult, chief executive of Brannock Shipping, said sales rose.",
        "Hana Soult",
        Some("Brannock Shipping"),
    ),
    (
        "the body before the role in apposition",
        "Pavel Trusk, an Interior Ministry spokesman, said the border was closed.",
        "Pavel Trusk",
        Some("Interior Ministry"),
    ),
    (
        "a professor at a university",
        "Ada Pim, a professor at Harwell University, said the results were clear.",
        "Ada Pim",
        Some("Harwell University"),
    ),
    (
        "a meeting with a body is no affiliation",
        "Hana Soult, who met Brannock Shipping officials, said sales rose.",
        "Hana Soult",
        None,
    ),
    (
        "a place is no body",
        "Kelowna resident Ada Pim said the road was closed.",
        "Ada Pim",
        None,
    ),
    (
        "a title alone is no body",
        "Mayor Ana Ruiz said the road was closed.",
        "Ana Ruiz",
        None,
    ),
];

#[test]
fn affiliations() {
    for (name, text, person, body) in AFFILIATION_CASES {
        let seg = segment(text);
        let a = Actors::recognize(text, &seg);
        let ent = a.entities.iter().find(|e| e.name == *person);
        let ent = ent.unwrap_or_else(|| panic!("case {name}: no actor {person}"));
        let got = ent.affiliation.map(|b| a.entities[b].name.as_str());
        assert_eq!(got, *body, "case {name}: {text}");
    }
}
