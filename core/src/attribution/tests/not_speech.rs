//! What is no attribution: scare quotes, names, titles, refusals, passives.

use super::*;

/// The cases of this room.
pub(super) const CASES: &[Case] = &[
    (
        "a headline whose words before the colon name no one",
        "A Curious Plan to Fix the Port: Sell the Pier.\n\nMayor Ana Ruiz spoke on Monday.",
        &[],
    ),
    (
        "a headline that asks a question after a name",
        "Ted Berg: Reformer or Insider?\n\nThe harbour board met on Monday.",
        &[],
    ),
    (
        "a passive name after referred to",
        "The crews were sometimes referred to as “the harbour boys” in town.",
        &[],
    ),
    (
        "reported.clause: talks after a determiner are a noun",
        "Sources familiar with the talks said a deal was near.",
        &[(
            "a deal was near",
            "said",
            "Sources familiar with the talks",
            Some("sources familiar with the talks"),
            Indirect,
        )],
    ),
    (
        "reported.clause: people in a poll who said something are the poll's finding only when it opens",
        "Some 20 percent of riders in a recent poll said the fares were fair.",
        &[(
            "the fares were fair",
            "said",
            "20 percent of riders",
            Some("20 percent of riders"),
            Indirect,
        )],
    ),
    (
        "reported.clause: a relative clause about the polls states no finding",
        "Ortiz attacked a rival who is far behind him in the polls.",
        &[(
            "a rival who is far behind him in the polls",
            "attacked",
            "Ortiz",
            Some("Ortiz"),
            Indirect,
        )],
    ),
    (
        "a passive request to work is a duty, not a question",
        "The crews are often asked to work past midnight.",
        &[],
    ),
    (
        "a clause about a person ending with a colon does not make the next paragraph speech",
        "Ruiz was blunt about the delay:\n\nThe harbour board met three times in March and \
         voted twice.",
        &[],
    ),
    (
        "a paragraph that ends with a colon introduces what follows it",
        "Ruiz wrote:\n\nThe board has three choices:\n\nIt can wait, sell the land or build.",
        &[],
    ),
    (
        "a plural noun that is also a cue before its verb",
        "His many angry remarks are turning voters away from the port plan.",
        &[],
    ),
    (
        "agreeing to a noun phrase is no infinitive",
        "The ferry company agreed to any conditions for the new licence.",
        &[],
    ),
    (
        "a market gain after added",
        "The harbour index added 0.4 per cent to 2,106 on Friday.",
        &[],
    ),
    ("scare quote", "The so-called “reform” package passed on Monday.", &[]),
    ("named committee", "The “Friends of the Park” committee met again.", &[]),
    (
        "passive said",
        "The village is said to be the oldest in the region.",
        &[],
    ),
    ("no content", "That is what she said.", &[]),
    ("negated", "The minister did not say when the vote would be held.", &[]),
    (
        "reported.target: title of a film in quotation marks",
        "Critics have praised the film.\n\nThe ferry crew watched “The Night the Harbour Froze.”",
        &[("the film", "praised", "Critics", Some("critics"), Indirect)],
    ),
    (
        "a name given with called",
        "The council opened a shelter called “Harbour Light” last winter.",
        &[],
    ),
    (
        "a decision to act is not speech",
        "The two friends decided to walk home along the river.",
        &[],
    ),
    (
        "state as a noun before a verb",
        "At the council, the interests of member states trump everything else.",
        &[],
    ),
    (
        "a noun of saying after its owner",
        "The mayor’s remarks came a day after the ferry strike ended in the north.",
        &[],
    ),
    (
        "a noun of saying after a preposition",
        "Ines Kowal, the former secretary of state, is part of the old guard in the capital.",
        &[],
    ),
    (
        "a noun of saying before of",
        "Farmers in the valley, a key state of the union, grow most of the rice.",
        &[],
    ),
    (
        "a base form after a singular phrase is a noun",
        "The October report exceeded what economists expected, with 90,000 new jobs.",
        &[],
    ),
    (
        "a plural noun before a relative clause",
        "The harbour fees rose in the coastal states that have lost most of their fishing fleets.",
        &[],
    ),
    (
        "reported.target: an opening phrase is no content of a verb with an object",
        "In an interview on Monday, the mayor criticized the harbour plan.",
        &[("the harbour plan", "criticized", "the mayor", Some("mayor"), Indirect)],
    ),
    (
        "a lead that is maintained is no claim",
        "Though the union is gaining ground, Ruiz maintains a large lead in the polls.",
        &[],
    ),
    (
        "direct.after-close: a programme's name after on and an owner is no quotation",
        "“The fares are a scandal,” Perez said on Sunday on NBC's “Harbour Watch.”",
        &[("The fares are a scandal,", "said", "Perez", Some("Perez"), Direct)],
    ),
    (
        "a past verb of belief in a story reports nothing without that",
        "When the ferry left, Marit Olsen thought she would never see the island again.",
        &[],
    ),
    (
        "a passive judgement has no target",
        "The new harbour fees have been praised, but also criticized, for their timing.",
        &[],
    ),
    (
        "a question asked with a subject is not the reduced clause",
        "The board asked about the fees.",
        &[],
    ),
    (
        "a verb with a particle has no target",
        "The council backed away from the harbour deal in March.",
        &[],
    ),
    (
        "writing a thing is not saying",
        "Marit Olsen wrote her first novel in 2004, on a ferry between islands.",
        &[],
    ),
];

#[test]
fn cases() {
    check_all(CASES);
}
