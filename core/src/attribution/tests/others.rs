//! Step 5: "according to", findings, questions put, owned claims; step 7: floating quotes.

use super::*;

/// The cases of this room.
pub(super) const CASES: &[Case] = &[
    (
        "according.closing: a document's author after by belongs to the source",
        "The fare rise is popular with older riders, according to a new poll by the Harbour Institute.",
        &[(
            "The fare rise is popular with older riders",
            "according to",
            "a new poll by the Harbour Institute",
            Some("Harbour Institute"),
            Indirect,
        )],
    ),
    (
        "according.opening: a long source phrase after according to",
        "According to early results of exit polls conducted for the Harbour Times and two networks, nearly half of the riders were angry.",
        &[(
            "nearly half of the riders were angry",
            "According to",
            "early results of exit polls conducted for the Harbour Times and two networks",
            None,
            Indirect,
        )],
    ),
    (
        "finding.opening: a finding stated in a poll that opens the sentence",
        "In a Harbour Times poll released Monday, 52 percent of riders chose the ferry.",
        &[(
            "52 percent of riders chose the ferry",
            "In",
            "a Harbour Times poll released Monday",
            Some("Harbour Times"),
            Indirect,
        )],
    ),
    (
        "finding.closing: a finding stated in a poll that ends the sentence",
        "Ruiz was ahead by nine points in a CBC survey last month.",
        &[(
            "Ruiz was ahead by nine points",
            "in",
            "a CBC survey last month",
            Some("CBC"),
            Indirect,
        )],
    ),
    (
        "according.closing: according to at the end",
        "Turnout reached a record high, according to the election commission.",
        &[(
            "Turnout reached a record high",
            "according to",
            "the election commission",
            Some("election commission"),
            Indirect,
        )],
    ),
    (
        "according.opening: according to at the start",
        "According to Rosa Delgado, the mine will close in the spring.",
        &[(
            "the mine will close in the spring",
            "According to",
            "Rosa Delgado",
            Some("Rosa Delgado"),
            Indirect,
        )],
    ),
    (
        "owned.claim: an owner's claim that",
        "Inspectors looked into Tova Lind's claim that the pier had never been repaired.",
        &[(
            "that the pier had never been repaired",
            "claim",
            "Tova Lind",
            Some("Tova Lind"),
            Indirect,
        )],
    ),
    (
        "according.opening according.closing: according to a rule or a record, not a speaker",
        "According to city bylaw, no boat may moor at the pier overnight. The pier is the busiest on the coast, according to a count by the harbour office, which keeps the log.",
        &[
            (
                "no boat may moor at the pier overnight",
                "According to",
                "city bylaw",
                None,
                Indirect,
            ),
            (
                "The pier is the busiest on the coast",
                "according to",
                "a count by the harbour office",
                None,
                Indirect,
            ),
        ],
    ),
    (
        "according.closing: an unnamed source's description after according to",
        "The ferry deal is off, according to two people familiar with the talks.",
        &[(
            "The ferry deal is off",
            "according to",
            "two people familiar with the talks",
            Some("two people familiar with the talks"),
            Indirect,
        )],
    ),
    (
        "question.leading reported.clause: a question put in a clause with no subject",
        "Asked whether the pier was safe, the harbour master said the divers had found no damage.",
        &[
            ("whether the pier was safe", "Asked", "", None, Indirect),
            (
                "the divers had found no damage",
                "said",
                "the harbour master",
                Some("harbour master"),
                Indirect,
            ),
        ],
    ),
    (
        "question.within reported.target: a question with its asker after by",
        "When asked by a reporter about the delay, Berg blamed the cranes.",
        &[
            ("the delay", "asked", "a reporter", Some("a reporter"), Indirect),
            ("the cranes", "blamed", "Berg", Some("Berg"), Indirect),
        ],
    ),
    (
        "question.within: a question put to the subject of a passive",
        "Ortiz was asked whether the ferries would run on Sunday.",
        &[("whether the ferries would run on Sunday", "asked", "", None, Indirect)],
    ),
    (
        "question.within: a question after the main clause, when asked",
        "Ruiz would not comment when asked if the board had met.",
        &[("if the board had met", "asked", "", None, Indirect)],
    ),
    (
        "question.leading reported.clause: a question after a longer phrase of place or time",
        "Asked on the radio who leads the union now, Berg said he did not know.",
        &[
            ("who leads the union now", "Asked", "", None, Indirect),
            ("he did not know", "said", "Berg", Some("Berg"), Indirect),
        ],
    ),
];

#[test]
fn cases() {
    check_all(CASES);
}
