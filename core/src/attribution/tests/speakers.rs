//! Step 8: speakers, a case per rule that finds one. A case is named by the speaker rules of
//! its quotes, in order, and expects each quote's speaker.

use super::*;

/// A case: its name (speaker rule ids, a colon, what it shows), the text, each quote's
/// speaker.
type SpeakerCase = (&'static str, &'static str, &'static [Option<&'static str>]);

/// The cases of this room.
pub(super) const CASES: &[SpeakerCase] = &[
    (
        "speaker.label: a transcript's capitals find the person",
        "Senator Lena Holt spoke to the station.\n\nHOLT: The ferries will keep running all winter.",
        &[Some("Lena Holt")],
    ),
    (
        "speaker.name: a name",
        "“We are ready,” said Ana Ruiz.",
        &[Some("Ana Ruiz")],
    ),
    (
        "speaker.name speaker.name: a person of a body speaks, not the body",
        "“The talks are stuck,” said Ana Ruiz of KPA. “We wait,” Peter Lind at the Harbour Institute said.",
        &[Some("Ana Ruiz"), Some("Peter Lind")],
    ),
    (
        "speaker.affiliated speaker.name: a body's titled person is the one the article names so, even later",
        "Ana Ruiz met the players. The Harbour League commissioner said the claim had not arrived. “We will review it,” Harbour League commissioner Dana Holm said.",
        &[Some("Dana Holm"), Some("Dana Holm")],
    ),
    (
        "speaker.affiliated: a body's titled person is not whoever was named last",
        "Ana Ruiz met the players. The Harbour League commissioner said the claim had not arrived.",
        &[Some("Harbour League commissioner")],
    ),
    (
        "speaker.name speaker.pronoun: a parenthetical cue's pronoun is not the subject it interrupts",
        "“It is an old story,” said Sen. Peter Holm. Mark Lind, he said, “knows the town.”",
        &[Some("Peter Holm"), Some("Peter Holm")],
    ),
    (
        "speaker.pronoun: a name the sentence sets its subject against is not a later pronoun's",
        "Peter Holm arrived in 2016 with his family. Unlike Mark Lind, he has not found work. “My study comes later,” he said.",
        &[Some("Peter Holm")],
    ),
    (
        "speaker.description: an age describes someone already met, whatever body the role is of",
        "I mean Ana Ruiz, who like Tom Berg was born in Leith and came here young. “We print anything,” says the 41-year-old founder of Harbour Press.",
        &[Some("Ana Ruiz")],
    ),
    (
        "speaker.pronoun: a name a relative clause compares its subject with is not a later pronoun's",
        "I mean Peter Holm, who like Mark Lind was born in Leith and came here young. “It took years,” he said.",
        &[Some("Peter Holm")],
    ),
    (
        "speaker.description: an abbreviated title is the role it stands for",
        "Gov. Ana Ruiz toured the pier on Monday with Tom Berg. The governor said the pier would reopen in May.",
        &[Some("Ana Ruiz")],
    ),
    (
        "speaker.new-source speaker.new-source: a group word that is a name keeps its capital",
        "Democrats said the bill was dead. Critics said it was late.",
        &[Some("Democrats"), Some("critics")],
    ),
    (
        "speaker.name: a surname of two words said alone is the person's",
        "Peter Abu Holm arrived from Georgia. Abu Holm said work was scarce.",
        &[Some("Peter Abu Holm")],
    ),
    (
        "speaker.name speaker.pronoun: a pronoun finds the person named before",
        "“We are ready,” said Ana Ruiz. “The crews are rested,” she said.",
        &[Some("Ana Ruiz"), Some("Ana Ruiz")],
    ),
    (
        "speaker.pronoun: \"she\" prefers a person known to be a woman to one of no known gender",
        "The crews met Maria Lund and Mayor Kade Orrin on Monday. “We will rebuild the pier,” she said.",
        &[Some("Maria Lund")],
    ),
    (
        "speaker.demonym: a party word after 'the' is the person just named",
        "Senator Mitch Olsen spoke on Monday. “We will vote no,” the Kentucky Republican said.",
        &[Some("Mitch Olsen")],
    ),
    (
        "speaker.new-name: a headline's label the story never repeats",
        "Ann Holt: The Port Deal Is Dead\n\nThe harbour board met on Monday.",
        &[Some("Ann Holt")],
    ),
    (
        "speaker.document-owner speaker.document-owner: a document speaks for its issuer",
        "The Harbour Board published its report on Monday. The Harbour Board's report said fares would \
         rise. The report also said crews were short.",
        &[Some("Harbour Board"), Some("Harbour Board")],
    ),
    (
        "speaker.document-owner: a document speaks for whoever issued it",
        "The Tidewater Trust has released a study of the estuary. The study found that eelgrass had \
         returned.",
        &[Some("Tidewater Trust")],
    ),
    (
        "speaker.document-owner: a document's own by-phrase names its issuer",
        "Premier Dana Holt met the mayor on Friday. The two \"agreed to build more homes,\" said a \
         statement released by the Harbour Board.",
        &[Some("Harbour Board")],
    ),
    (
        "speaker.name speaker.description speaker.document-owner: a description is resolved by the body's modifier, in a by-phrase too",
        "Two drivers with Orlin Freight Railway were hurt. The Coastal Safety Board said the brakes \
         had failed. A report by the railway company describes how hard winter runs are. Trains \
         are kept short in frost, the report said.",
        &[Some("Coastal Safety Board"), Some("Orlin Freight Railway"), Some("Orlin Freight Railway")],
    ),
    (
        "speaker.name speaker.document-owner: another document word is the same document when its author is named",
        "A report by the Tidewater Trust describes the estuary. The eelgrass is back in the bay. The \
         white paper said the herons had returned.",
        &[Some("Tidewater Trust"), Some("Tidewater Trust")],
    ),
    (
        "speaker.new-source speaker.document-owner: a complaint with no named author is the prosecutors'",
        "Prosecutors say more charges could follow. The dog was left in the shed for two days, the \
         complaint said.",
        &[Some("prosecutors"), Some("prosecutors")],
    ),
    (
        "speaker.new-source speaker.same-source: sources described by what they know are one group",
        "Sources familiar with the talks said the offer was low. The board met again on Friday, \
         people familiar with the bid said.",
        &[Some("sources familiar with the talks"), Some("sources familiar with the talks")],
    ),
    (
        "-: a name that only modifies the by-phrase is not the author",
        "The mill will close, according to a lawsuit by Tarn Mills workers.",
        &[None],
    ),
    (
        "-: a document is not its holder's (\"obtained by\")",
        "The mill will close, according to a memo obtained by the Merrow Times.",
        &[None],
    ),
    (
        "speaker.name -: a statement a spokesperson spoke in is not a later memo",
        "\"We do not comment,\" spokesperson Ana Ruiz said in a statement. The memo said the mill \
         would close.",
        &[Some("Ana Ruiz"), None],
    ),
    (
        "speaker.description: a title alone refers back to who carried it",
        "Mayor Ana Ruiz spoke on Monday. The mayor said fares would rise.",
        &[Some("Ana Ruiz")],
    ),
    (
        "speaker.description: \"the city\" refers back to a city named before",
        "Flooding closed roads across Calgary on Monday. The city said crews would work overnight.",
        &[Some("Calgary")],
    ),
    (
        "speaker.description: a body's description names a body of any name",
        "Orlin Freight laid off forty drivers. The company said demand had fallen.",
        &[Some("Orlin Freight")],
    ),
    (
        "speaker.new-source: a body's kind names no body of another kind (\"the union\" is not the Tarn Company)",
        "The Tarn Company froze wages on Monday. The union said it would strike.",
        &[Some("union")],
    ),
    (
        "speaker.new-source: a company's name is no council (\"the council\" is not Brannock Shipping)",
        "Brannock Shipping moved its boats on Monday. The council said the harbour would close.",
        &[Some("council")],
    ),
    (
        "speaker.description: a named person's body referred to by its role (\"the ministry's spokesman\")",
        "Interior Ministry spokesman Pavel Trusk spoke on Monday. The ministry's spokesman said the border would close.",
        &[Some("Pavel Trusk")],
    ),
    (
        "speaker.owner: an office owned by a named actor is the actor's",
        "Mayor Ana Ruiz's office said fares would rise.",
        &[Some("Ana Ruiz")],
    ),
    (
        "speaker.affiliated speaker.description: an unnamed person of a named body, then referred back to",
        "A senior Transit Ministry official said fares would rise. The official said crews were short.",
        &[
            Some("a senior Transit Ministry official"),
            Some("a senior Transit Ministry official"),
        ],
    ),
    (
        "speaker.new-source speaker.same-source: described sources, then bare ones",
        "Sources familiar with the talks said a deal was near. Later, sources said it had collapsed.",
        &[
            Some("sources familiar with the talks"),
            Some("sources familiar with the talks"),
        ],
    ),
    (
        "speaker.new-source: a group",
        "Critics said the plan would fail.",
        &[Some("critics")],
    ),
    (
        "speaker.name speaker.last-speaker: a floating quote continues the last speaker",
        "“We are ready,” said Ana Ruiz. “The ferries will run all winter long.”",
        &[Some("Ana Ruiz"), Some("Ana Ruiz")],
    ),
    (
        "speaker.salient-person: a floating quote continues the person just written about",
        "Ana Ruiz walked to the pier on Monday. “The ferries will run all winter long.”",
        &[Some("Ana Ruiz")],
    ),
    (
        "speaker.name speaker.same-sentence: a participle shares its sentence's speaker",
        "Ana Ruiz said fares would rise, adding that the ferries would keep running.",
        &[Some("Ana Ruiz"), Some("Ana Ruiz")],
    ),
    (
        "speaker.name speaker.previous: a participle opening a paragraph continues the speaker before",
        "“We are ready,” Ana Ruiz said.\n\nAdding: “The ferries will run all winter long.”",
        &[Some("Ana Ruiz"), Some("Ana Ruiz")],
    ),
];

#[test]
fn cases() {
    for (name, text, want) in CASES {
        let doc = explained(text);
        let speakers: Vec<Option<&str>> = doc
            .quotes
            .iter()
            .map(|q| q.speaker.as_ref().and_then(|s| doc.actor(s)).map(|a| a.name.as_str()))
            .collect();
        assert_eq!(&speakers, want, "case {name}: {text}");
        let rules: Vec<&str> = doc
            .quotes
            .iter()
            .map(|q| q.speaker_rule.as_deref().unwrap_or("-"))
            .collect();
        assert_eq!(rules, rule_ids(name), "case {name}: the rules that found its speakers");
    }
}
