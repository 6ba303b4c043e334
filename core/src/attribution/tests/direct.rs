//! Step 1: quotations with a cue beside them.

use super::*;

/// The cases of this room.
pub(super) const CASES: &[Case] = &[
    (
        "direct.after-close: quote then subject and verb",
        "“The budget is balanced,” Mayor Lena Ortiz said.",
        &[(
            "The budget is balanced,",
            "said",
            "Mayor Lena Ortiz",
            Some("Lena Ortiz"),
            Direct,
        )],
    ),
    (
        "direct.after-close-inverted: quote then verb and subject",
        "\"We expect a long winter,\" said Omar Haddad, a farmer near the river.",
        &[(
            "We expect a long winter,",
            "said",
            "Omar Haddad",
            Some("Omar Haddad"),
            Direct,
        )],
    ),
    (
        "direct.before-open: colon before quote",
        "Councillor Priya Nair said: “This vote settles nothing.”",
        &[(
            "This vote settles nothing.",
            "said",
            "Councillor Priya Nair",
            Some("Priya Nair"),
            Direct,
        )],
    ),
    (
        "direct.before-open: told reporters before quote",
        "Coach Dana Whitfield told reporters, \"We played scared tonight.\"",
        &[(
            "We played scared tonight.",
            "told",
            "Coach Dana Whitfield",
            Some("Dana Whitfield"),
            Direct,
        )],
    ),
    (
        "direct.after-close-inverted: question quote",
        "“Who pays for the bridge?” asked Tomas Berg.",
        &[(
            "Who pays for the bridge?",
            "asked",
            "Tomas Berg",
            Some("Tomas Berg"),
            Direct,
        )],
    ),
    (
        "direct.after-close-inverted: curly opened, straight closed",
        "“The river rose overnight,\" said Elif Kaya.",
        &[(
            "The river rose overnight,",
            "said",
            "Elif Kaya",
            Some("Elif Kaya"),
            Direct,
        )],
    ),
    (
        "direct.after-close direct.before-open: split around attribution",
        "“We will rebuild,” Jon Arlo said, “and we will do it this year.”",
        &[
            ("We will rebuild,", "said", "Jon Arlo", Some("Jon Arlo"), Direct),
            (
                "and we will do it this year.",
                "said",
                "Jon Arlo",
                Some("Jon Arlo"),
                Direct,
            ),
        ],
    ),
    (
        "direct.after-close: pronoun continues the speaker",
        "Marta Quist runs the shelter.\n\n“Every bed is full,” she said.",
        &[("Every bed is full,", "said", "she", Some("Marta Quist"), Direct)],
    ),
    (
        "direct.after-close floating.speech: floating quote paragraph",
        "“The harvest failed twice,” Ruth Imbo said.\n\n“Nobody in the valley has seen anything like it.”",
        &[
            (
                "The harvest failed twice,",
                "said",
                "Ruth Imbo",
                Some("Ruth Imbo"),
                Direct,
            ),
            (
                "Nobody in the valley has seen anything like it.",
                "",
                "",
                Some("Ruth Imbo"),
                Direct,
            ),
        ],
    ),
    (
        "direct.after-close-inverted floating.speech: second sentence of a split quote floats",
        "“The vote is close,” said Ada Min. “We need every seat.”",
        &[
            ("The vote is close,", "said", "Ada Min", Some("Ada Min"), Direct),
            ("We need every seat.", "", "", Some("Ada Min"), Direct),
        ],
    ),
    (
        "direct.before-open: quote over two paragraphs",
        "Paul Ndiaye said: “The first thing we did was call the families.\n\n“Then we called the police.”",
        &[(
            "The first thing we did was call the families. | Then we called the police.",
            "said",
            "Paul Ndiaye",
            Some("Paul Ndiaye"),
            Direct,
        )],
    ),
    (
        "direct.after-close direct.participle: adding a second quote",
        "“The plan is sound,” Ines Roca said, adding: “It only needs time.”",
        &[
            ("The plan is sound,", "said", "Ines Roca", Some("Ines Roca"), Direct),
            ("It only needs time.", "adding", "Ines Roca", Some("Ines Roca"), Direct),
        ],
    ),
    (
        "direct.after-close-inverted: dash inside quote",
        "“The deal — if it holds — changes the region,” said Hal Voss.",
        &[(
            "The deal — if it holds — changes the region,",
            "said",
            "Hal Voss",
            Some("Hal Voss"),
            Direct,
        )],
    ),
    (
        "direct.after-close: appositive between subject and verb",
        "“We are ready,” Nadia Farouk, the union's president, said.",
        &[("We are ready,", "said", "Nadia Farouk", Some("Nadia Farouk"), Direct)],
    ),
    (
        "direct.participle: a coordinated cue after an opening clause with verbs of its own",
        "As the crowd began to chant, Ruiz took the stage and joked, “You are all early.”",
        &[("You are all early.", "joked", "Ruiz", Some("Ruiz"), Direct)],
    ),
    (
        "direct.after-close: a noun before a verb of saying is its subject, not a cue",
        "“The pier was never inspected,” the civil claim said.",
        &[("The pier was never inspected,", "said", "the civil claim", None, Direct)],
    ),
    (
        "direct.after-close-inverted: asking not to be named is not speech",
        "“It is over,” said a source close to the family, who asked not to be named.",
        &[(
            "It is over,",
            "said",
            "a source close to the family",
            Some("a source close to the family"),
            Direct,
        )],
    ),
    (
        "direct.before-open-inverted: an inverted speaker set off before the quotation",
        "Said the harbour master, Dana Holm: “Nobody sails tonight.”",
        &[(
            "Nobody sails tonight.",
            "Said",
            "the harbour master, Dana Holm",
            Some("Dana Holm"),
            Direct,
        )],
    ),
];

#[test]
fn cases() {
    check_all(CASES);
}
