//! Table-driven attribution cases, one per pattern, in our own words.

use crate::{annotate, Document, Options, QuoteKind};

/// What a case expects of one quote: content, cue, source text, speaker name, kind.
type Want = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    QuoteKind,
);

fn text_of(text: &str, spans: &[[usize; 2]]) -> String {
    let chars: Vec<char> = text.chars().collect();
    spans
        .iter()
        .map(|r| chars[r[0]..r[1]].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" | ")
}

fn got(text: &str, doc: &Document) -> Vec<(String, String, String, Option<String>, QuoteKind)> {
    doc.quotes
        .iter()
        .map(|q| {
            (
                text_of(text, &q.content),
                text_of(text, &q.cue),
                text_of(text, &q.source),
                q.speaker.as_ref().and_then(|s| doc.actor(s)).map(|a| a.name.clone()),
                q.kind,
            )
        })
        .collect()
}

fn check(name: &str, text: &str, want: &[Want]) {
    let doc = annotate(text, &Options::default());
    let want: Vec<(String, String, String, Option<String>, QuoteKind)> = want
        .iter()
        .map(|(c, cue, s, sp, k)| {
            (
                c.to_string(),
                cue.to_string(),
                s.to_string(),
                sp.map(str::to_string),
                *k,
            )
        })
        .collect();
    assert_eq!(got(text, &doc), want, "case {name}: {text}");
}

use QuoteKind::{Direct, Indirect, Mixed};

#[test]
fn direct_quotes() {
    let cases: &[(&str, &str, &[Want])] = &[
        (
            "quote then subject and verb",
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
            "quote then verb and subject",
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
            "colon before quote",
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
            "told reporters before quote",
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
            "question quote",
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
            "curly opened, straight closed",
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
            "split around attribution",
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
            "pronoun continues the speaker",
            "Marta Quist runs the shelter.\n\n“Every bed is full,” she said.",
            &[("Every bed is full,", "said", "she", Some("Marta Quist"), Direct)],
        ),
        (
            "floating quote paragraph",
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
            "second sentence of a split quote floats",
            "“The vote is close,” said Ada Min. “We need every seat.”",
            &[
                ("The vote is close,", "said", "Ada Min", Some("Ada Min"), Direct),
                ("We need every seat.", "", "", Some("Ada Min"), Direct),
            ],
        ),
        (
            "quote over two paragraphs",
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
            "adding a second quote",
            "“The plan is sound,” Ines Roca said, adding: “It only needs time.”",
            &[
                ("The plan is sound,", "said", "Ines Roca", Some("Ines Roca"), Direct),
                ("It only needs time.", "adding", "Ines Roca", Some("Ines Roca"), Direct),
            ],
        ),
        (
            "dash inside quote",
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
            "appositive between subject and verb",
            "“We are ready,” Nadia Farouk, the union's president, said.",
            &[("We are ready,", "said", "Nadia Farouk", Some("Nadia Farouk"), Direct)],
        ),
        (
            "block quotation without marks after a cue and a colon",
            "The ferry union met on Sunday. Its president, Dana Kowalski, wrote:\n\nThe boats will \
             keep running all winter, and the city owes the crews its thanks.\n\nThe mayor did not \
             reply.",
            &[(
                "The boats will keep running all winter, and the city owes the crews its thanks.",
                "wrote",
                "Its president, Dana Kowalski",
                Some("Dana Kowalski"),
                Direct,
            )],
        ),
    ];
    for (name, text, want) in cases {
        check(name, text, want);
    }
}

#[test]
fn reported_speech() {
    let cases: &[(&str, &str, &[Want])] = &[
        (
            "a relative clause with a speaker of its own ends the content",
            "Ruiz said the board had backed a levy, which Berg called “a tax on ferries.”",
            &[
                ("the board had backed a levy", "said", "Ruiz", Some("Ruiz"), Indirect),
                ("a tax on ferries.", "called", "Berg", Some("Berg"), Direct),
            ],
        ),
        (
            "a negated coordinated cue ends the content",
            "Ruiz said she would vote for the levy but did not suggest a date for the vote.",
            &[("she would vote for the levy", "said", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "a document's author after by belongs to the source",
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
            "a long source phrase after according to",
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
            "what a speaker described, without as",
            "In interviews, the skippers described a harbour in slow decline.",
            &[(
                "a harbour in slow decline",
                "described",
                "the skippers",
                Some("skippers"),
                Indirect,
            )],
        ),
        (
            "what a speaker refers to, set off by commas",
            "Ruiz, referring to the strike, said the crews were tired.",
            &[
                ("the strike", "referring to", "Ruiz", Some("Ruiz"), Indirect),
                ("the crews were tired", "said", "Ruiz", Some("Ruiz"), Indirect),
            ],
        ),
        (
            "what a speaker talked about",
            "Tom Berg talked about the fares and the late boats.",
            &[(
                "the fares and the late boats",
                "talked about",
                "Tom Berg",
                Some("Tom Berg"),
                Indirect,
            )],
        ),
        (
            "a finding stated in a poll that opens the sentence",
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
            "a finding stated in a poll that ends the sentence",
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
            "a coordinated cue after a conjunction and an opening phrase",
            "Tom Berg spoke first. But on Tuesday, he stood with the council and urged voters to back the deal.",
            &[("to back the deal", "urged", "he", Some("Tom Berg"), Indirect)],
        ),
        (
            "a gerund after a preposition shares the clause's subject",
            "The board ended the meeting by saying that the pier would close.",
            &[(
                "that the pier would close",
                "saying",
                "The board",
                Some("board"),
                Indirect,
            )],
        ),
        (
            "the subject of a verb phrase that ends with the cue",
            "Ruiz went on to say that the fares would rise in May.",
            &[(
                "that the fares would rise in May",
                "went on to say",
                "Ruiz",
                Some("Ruiz"),
                Indirect,
            )],
        ),
        (
            "a coordinated cue after an opening clause with verbs of its own",
            "As the crowd began to chant, Ruiz took the stage and joked, “You are all early.”",
            &[("You are all early.", "joked", "Ruiz", Some("Ruiz"), Direct)],
        ),
        (
            "a judged object ends before the preposition that leads to a cue",
            "The mayor criticized Berg for saying that the pier would close.",
            &[("Berg", "criticized", "The mayor", Some("mayor"), Indirect)],
        ),
        (
            "a document sent with a participle is the sender's",
            "The ferry union issued a statement saying the boats would run all winter.",
            &[(
                "the boats would run all winter",
                "saying",
                "The ferry union",
                Some("ferry union"),
                Indirect,
            )],
        ),
        (
            "a document put out after an opening phrase",
            "Later, Mayor Ana Ruiz sent out a press release saying the pier would close.",
            &[(
                "the pier would close",
                "saying",
                "Mayor Ana Ruiz",
                Some("Ana Ruiz"),
                Indirect,
            )],
        ),
        (
            "said that",
            "Finance Minister Karl Obi said that the deficit would shrink next year.",
            &[(
                "that the deficit would shrink next year",
                "said",
                "Finance Minister Karl Obi",
                Some("Karl Obi"),
                Indirect,
            )],
        ),
        (
            "said without that",
            "Karl Obi said the deficit would shrink.",
            &[(
                "the deficit would shrink",
                "said",
                "Karl Obi",
                Some("Karl Obi"),
                Indirect,
            )],
        ),
        (
            "clause then attribution",
            "The bridge will open in May, the transport agency said.",
            &[(
                "The bridge will open in May",
                "said",
                "the transport agency",
                Some("transport agency"),
                Indirect,
            )],
        ),
        (
            "according to at the end",
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
            "according to at the start",
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
            "told reporters that",
            "Ivo Brandt told reporters that the talks had stalled.",
            &[(
                "that the talks had stalled",
                "told",
                "Ivo Brandt",
                Some("Ivo Brandt"),
                Indirect,
            )],
        ),
        (
            "mixed quote",
            "Ivo Brandt said the proposal was “a gift to polluters” and should be withdrawn.",
            &[(
                "the proposal was “a gift to polluters” and should be withdrawn",
                "said",
                "Ivo Brandt",
                Some("Ivo Brandt"),
                Mixed,
            )],
        ),
        (
            "group source",
            "Critics said the new rules would hurt small farms.",
            &[(
                "the new rules would hurt small farms",
                "said",
                "Critics",
                Some("critics"),
                Indirect,
            )],
        ),
        (
            "anonymous source",
            "A senior official who spoke on condition of anonymity said the talks would resume.",
            &[(
                "the talks would resume",
                "said",
                "A senior official who spoke on condition of anonymity",
                Some("a senior official"),
                Indirect,
            )],
        ),
        (
            "parenthetical attribution",
            "The plan, Lia Stone said, will fail without new money.",
            &[(
                "The plan | will fail without new money",
                "said",
                "Lia Stone",
                Some("Lia Stone"),
                Indirect,
            )],
        ),
        (
            "two speakers in one paragraph",
            "Mei Lin said the school would stay open. Omar Haddad said it should close.",
            &[
                (
                    "the school would stay open",
                    "said",
                    "Mei Lin",
                    Some("Mei Lin"),
                    Indirect,
                ),
                ("it should close", "said", "Omar Haddad", Some("Omar Haddad"), Indirect),
            ],
        ),
        (
            "a noun before a verb of saying is its subject, not a cue",
            "“The pier was never inspected,” the civil claim said.",
            &[("The pier was never inspected,", "said", "the civil claim", None, Direct)],
        ),
        (
            "a plural noun before a base form of saying",
            "The latest reports say the ferry was late.",
            &[("the ferry was late", "say", "The latest reports", None, Indirect)],
        ),
        (
            "those with a participle as the subject",
            "All those involved say the repairs will take a year.",
            &[(
                "the repairs will take a year",
                "say",
                "All those involved",
                Some("all those"),
                Indirect,
            )],
        ),
        (
            "a noun in an adjunct is not a cue",
            "The railway said in the report that winter slows every train.",
            &[(
                "that winter slows every train",
                "said",
                "The railway",
                Some("railway"),
                Indirect,
            )],
        ),
        (
            "an owner's claim that",
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
            "a determined noun and one prepositional phrase before the verb",
            "A narrator in the ad asks why the ferry fares went up.",
            &[(
                "why the ferry fares went up",
                "asks",
                "A narrator in the ad",
                Some("a narrator"),
                Indirect,
            )],
        ),
        (
            "a party and state tag in apposition",
            "Sen. Mara Quill, D-Ore., a member of the budget panel, said the vote would slip.",
            &[(
                "the vote would slip",
                "said",
                "Sen. Mara Quill",
                Some("Mara Quill"),
                Indirect,
            )],
        ),
        (
            "according to a rule or a record, not a speaker",
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
            "an opening adjunct, a parenthetical cue, then the clause",
            "In the long run, several planners say, the new ferry will pay for itself.",
            &[(
                "In the long run | the new ferry will pay for itself",
                "say",
                "several planners",
                Some("several planners"),
                Indirect,
            )],
        ),
        (
            "a share of those asked as the subject",
            "In the ferry towns, about four in 10 say the fares are too high.",
            &[(
                "the fares are too high",
                "say",
                "about four in 10",
                Some("about four in 10"),
                Indirect,
            )],
        ),
        (
            "an addressee that is a body, then an infinitive",
            "Councillor Ines Varga urged the harbour board to delay the dredging vote.",
            &[(
                "to delay the dredging vote",
                "urged",
                "Councillor Ines Varga",
                Some("Ines Varga"),
                Indirect,
            )],
        ),
        (
            "an unnamed source's description after according to",
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
            "asking not to be named is not speech",
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
            "a long adjunct closed by that",
            "Baxter said during a Friday evening rally in Leeds that the pact was dead.",
            &[("that the pact was dead", "said", "Baxter", Some("Baxter"), Indirect)],
        ),
        (
            "a quotation inside a that-clause that goes on",
            "Ruiz said that “a small fire” had closed the pier.",
            &[(
                "that “a small fire” had closed the pier",
                "said",
                "Ruiz",
                Some("Ruiz"),
                Mixed,
            )],
        ),
        (
            "a share of those polled",
            "However, 63 percent said the mayor was right to wait.",
            &[(
                "the mayor was right to wait",
                "said",
                "63 percent",
                Some("63 percent"),
                Indirect,
            )],
        ),
        (
            "a share written with a percent sign",
            "In the same towns, 47% say the ferry fares are too high.",
            &[("the ferry fares are too high", "say", "47%", Some("47%"), Indirect)],
        ),
        (
            "a majority of a group is the whole source",
            "A majority of voters say the harbour should stay public.",
            &[(
                "the harbour should stay public",
                "say",
                "A majority of voters",
                Some("a majority of voters"),
                Indirect,
            )],
        ),
        (
            "a phrase set off by commas after the subject",
            "Harbour economists, like their rivals at the union, say the levy will drive ships away.",
            &[(
                "the levy will drive ships away",
                "say",
                "Harbour economists",
                Some("Harbour economists"),
                Indirect,
            )],
        ),
        (
            "a phrase that gathers speakers after of",
            "Raising the fees now, a wide array of economists say, would drive ships away.",
            &[(
                "Raising the fees now | would drive ships away",
                "say",
                "a wide array of economists",
                Some("a wide array of economists"),
                Indirect,
            )],
        ),
        (
            "a document speaks for whoever spoke in it",
            "The Harbour Trust said in a statement on Monday that fees would rise. The statement also said the old pier would close in May.",
            &[
                ("that fees would rise", "said", "The Harbour Trust", Some("Harbour Trust"), Indirect),
                ("the old pier would close in May", "said", "The statement", Some("Harbour Trust"), Indirect),
            ],
        ),
        (
            "described an object as something",
            "Harbour master Lena Voss described the new pier as a hazard to small boats.",
            &[(
                "the new pier as a hazard to small boats",
                "described",
                "Lena Voss",
                Some("Lena Voss"),
                Indirect,
            )],
        ),
        (
            "her before a noun is its owner",
            "Hamdy was also on the ferry to Oslo, her friend said.",
            &[(
                "Hamdy was also on the ferry to Oslo",
                "said",
                "her friend",
                Some("her friend"),
                Indirect,
            )],
        ),
        (
            "a nominal cue phrase whose noun goes on",
            "Ferry fares will rise again in the spring, Ines Kowal said in a video message to the council.",
            &[(
                "Ferry fares will rise again in the spring",
                "said",
                "Ines Kowal",
                Some("Ines Kowal"),
                Indirect,
            )],
        ),
        (
            "a phrase set off by dashes after the subject",
            "Mayor Ines Kowal — a former ferry captain — said the pier would close in May.",
            &[(
                "the pier would close in May",
                "said",
                "Mayor Ines Kowal — a former ferry captain —",
                Some("Ines Kowal"),
                Indirect,
            )],
        ),
        (
            "a relative clause set off by doubled hyphens",
            "The judge -- who has sat on the bench since 2009 -- said she regretted her remarks.",
            &[(
                "she regretted her remarks",
                "said",
                "The judge -- who has sat on the bench since 2009 --",
                Some("judge"),
                Indirect,
            )],
        ),
        (
            "a quantity of a group opening the clause",
            "Some in the union say the new rota is unfair to night crews.",
            &[(
                "the new rota is unfair to night crews",
                "say",
                "Some in the union",
                Some("some in the union"),
                Indirect,
            )],
        ),
        (
            "an opening time phrase before a parenthetical cue",
            "Last year, harbour officials said, the port lost money on every ferry.",
            &[(
                "Last year | the port lost money on every ferry",
                "said",
                "harbour officials",
                Some("harbour officials"),
                Indirect,
            )],
        ),
        (
            "an opening adverb before a parenthetical cue",
            "Privately, aides say, the minister is furious about the leak.",
            &[(
                "Privately | the minister is furious about the leak",
                "say",
                "aides",
                Some("aides"),
                Indirect,
            )],
        ),
        (
            "a programme in quotation marks as the addressee",
            "Ruiz told NBC’s “Harbour Watch” on Monday that the fares would fall.",
            &[("that the fares would fall", "told", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "the antecedent of who after a comma speaks",
            "The plan drew sharp criticism from farmers, who said it would leave their fields dry.",
            &[(
                "it would leave their fields dry",
                "said",
                "farmers, who",
                Some("farmers"),
                Indirect,
            )],
        ),
        (
            "according to after a parenthetical cue attributes anew",
            "The crossing took four hours, he said, according to the harbour log.",
            &[
                ("The crossing took four hours", "said", "he", None, Indirect),
                ("The crossing took four hours, he said", "according to", "the harbour log", Some("harbour log"), Indirect),
            ],
        ),
        (
            "a speaker noun and its phrase opening the sentence",
            "Experts on fisheries and port safety said the rules could change that.",
            &[(
                "the rules could change that",
                "said",
                "Experts on fisheries and port safety",
                Some("experts"),
                Indirect,
            )],
        ),
        (
            "a document with describing words before the evidence verb",
            "Footage of the crossing shows the ferry leaving before the storm.",
            &[(
                "the ferry leaving before the storm",
                "shows",
                "Footage of the crossing",
                None,
                Indirect,
            )],
        ),
        (
            "warned that",
            "The central bank warned that inflation could return.",
            &[(
                "that inflation could return",
                "warned",
                "The central bank",
                Some("central bank"),
                Indirect,
            )],
        ),
        (
            "a past form of saying before a word that is also a noun",
            "The mayor said states like Oregon will follow the port's lead.",
            &[(
                "states like Oregon will follow the port's lead",
                "said",
                "The mayor",
                Some("mayor"),
                Indirect,
            )],
        ),
        (
            "a source described by a phrase ending in an object pronoun",
            "The council will delay the vote, a source close to her said.",
            &[(
                "The council will delay the vote",
                "said",
                "a source close to her",
                Some("a source close to her"),
                Indirect,
            )],
        ),
        (
            "a speaker noun heads a chain of prepositional phrases",
            "A lawyer for the family of the driver said the police should apologize.",
            &[(
                "the police should apologize",
                "said",
                "A lawyer for the family of the driver",
                Some("a lawyer for the family of the driver"),
                Indirect,
            )],
        ),
        (
            "a chain of prepositional phrases ending in a name",
            "Officials at the port in Bergen said the ferry would run.",
            &[(
                "the ferry would run",
                "said",
                "Officials at the port in Bergen",
                Some("officials at the port in Bergen"),
                Indirect,
            )],
        ),
        (
            "a chain of prepositional phrases ending in a place",
            "The director of the museum in Oslo said the loans would end.",
            &[(
                "the loans would end",
                "said",
                "The director of the museum in Oslo",
                Some("director of the museum in Oslo"),
                Indirect,
            )],
        ),
        (
            "two opening adverbs before a parenthetical cue",
            "Even then, the mayor said, the ferry will keep running.",
            &[(
                "Even then | the ferry will keep running",
                "said",
                "the mayor",
                Some("mayor"),
                Indirect,
            )],
        ),
        (
            "a preposition after an article modifies the speaker noun",
            "The vote, an inside source said, will come next week.",
            &[(
                "The vote | will come next week",
                "said",
                "an inside source",
                Some("an inside source"),
                Indirect,
            )],
        ),
        (
            "a quantity alone stands for people",
            "Some say the ferry fares are too high.",
            &[("the ferry fares are too high", "say", "Some", Some("some"), Indirect)],
        ),
        (
            "a verb that is no noun before an organization word",
            "Residents say movement on the harbour plan is slow.",
            &[(
                "movement on the harbour plan is slow",
                "say",
                "Residents",
                Some("residents"),
                Indirect,
            )],
        ),
        (
            "the plural of a role word heads a chain of phrases",
            "While the candidates of both parties say the port must grow, they differ on the cost.",
            &[(
                "the port must grow",
                "say",
                "the candidates of both parties",
                Some("candidates of both parties"),
                Indirect,
            )],
        ),
        (
            "a group noun that backs a measure",
            "Proponents of the levy say it would pay for the new pier.",
            &[(
                "it would pay for the new pier",
                "say",
                "Proponents of the levy",
                Some("proponents of the levy"),
                Indirect,
            )],
        ),
        (
            "an adverb set off by commas between subject and verb",
            "The harbour pilots, however, say the quota is too low.",
            &[(
                "the quota is too low",
                "say",
                "The harbour pilots",
                Some("harbour pilots"),
                Indirect,
            )],
        ),
        (
            "a share written as so many out of ten",
            "Nearly eight out of 10 say the ferry is late.",
            &[(
                "the ferry is late",
                "say",
                "Nearly eight out of 10",
                Some("nearly eight out of 10"),
                Indirect,
            )],
        ),
        (
            "people close to a named person",
            "The mayor will not run again, people close to Ruiz say.",
            &[(
                "The mayor will not run again",
                "say",
                "people close to Ruiz",
                Some("people close to Ruiz"),
                Indirect,
            )],
        ),
        (
            "a lone conjunction before a parenthetical cue",
            "But, the mayor said, the pier will stay open.",
            &[(
                "But | the pier will stay open",
                "said",
                "the mayor",
                Some("mayor"),
                Indirect,
            )],
        ),
        (
            "a second verb phrase after a parenthetical cue",
            "The ferries are old, the captain says, and will need new engines soon.",
            &[(
                "The ferries are old | and will need new engines soon",
                "says",
                "the captain",
                Some("captain"),
                Indirect,
            )],
        ),
        (
            "an infinitive after an auxiliary verb",
            "The union hopes to be back at the table next week.",
            &[(
                "to be back at the table next week",
                "hopes",
                "The union",
                Some("union"),
                Indirect,
            )],
        ),
        (
            "a second share with its own verb ends the first content",
            "One in three said the fares are too high and one in four said the ferry is late.",
            &[
                ("the fares are too high", "said", "One in three", Some("one in three"), Indirect),
                ("the ferry is late", "said", "one in four", Some("one in four"), Indirect),
            ],
        ),
        (
            "a document's finding to the left of its verb",
            "Ferry traffic fell by a third last year, an analysis of port records shows.",
            &[(
                "Ferry traffic fell by a third last year",
                "shows",
                "an analysis of port records",
                None,
                Indirect,
            )],
        ),
        (
            "an average of polls is the document, not the polls inside it",
            "The average of recent polls shows the mayor leading by six points.",
            &[(
                "the mayor leading by six points",
                "shows",
                "The average of recent polls",
                None,
                Indirect,
            )],
        ),
        (
            "a verb of belief in the present tense with a bare clause",
            "Harbour workers believe the new cranes will cost them their jobs.",
            &[(
                "the new cranes will cost them their jobs",
                "believe",
                "Harbour workers",
                Some("Harbour workers"),
                Indirect,
            )],
        ),
        (
            "a nominal cue phrase between subject and verb",
            "Ana Ruiz in an interview said the harbour fees were unfair.",
            &[(
                "the harbour fees were unfair",
                "said",
                "Ana Ruiz",
                Some("Ana Ruiz"),
                Indirect,
            )],
        ),
        (
            "a document named between subject and verb",
            "Tom Berg in a long blog post wrote that the ferry would stop in May.",
            &[(
                "that the ferry would stop in May",
                "wrote",
                "Tom Berg",
                Some("Tom Berg"),
                Indirect,
            )],
        ),
        (
            "an outlet between subject and verb",
            "Mayor Lena Holt on Twitter said the pier would reopen.",
            &[(
                "the pier would reopen",
                "said",
                "Mayor Lena Holt",
                Some("Lena Holt"),
                Indirect,
            )],
        ),
        (
            "the object of a judgement is its target",
            "The fishermen's union criticized the new harbour fees on Monday.",
            &[(
                "the new harbour fees",
                "criticized",
                "The fishermen's union",
                Some("fishermen's union"),
                Indirect,
            )],
        ),
        (
            "an endorsement names whom it backs",
            "Former mayor Ines Kowal endorsed Tom Berg.",
            &[("Tom Berg", "endorsed", "Former mayor Ines Kowal", Some("Ines Kowal"), Indirect)],
        ),
        (
            "an accusation inside the subject's relative clause ends before the verb of saying",
            "A skipper who has accused the port authority of neglect said the pier was unsafe.",
            &[
                (
                    "the port authority of neglect",
                    "accused",
                    "A skipper who",
                    Some("a skipper"),
                    Indirect,
                ),
                (
                    "the pier was unsafe",
                    "said",
                    "A skipper who has accused the port authority of neglect",
                    Some("a skipper"),
                    Indirect,
                ),
            ],
        ),
        (
            "a question put in a clause with no subject",
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
            "a question with its asker after by",
            "When asked by a reporter about the delay, Berg blamed the cranes.",
            &[
                ("the delay", "asked", "a reporter", Some("a reporter"), Indirect),
                ("the cranes", "blamed", "Berg", Some("Berg"), Indirect),
            ],
        ),
        (
            "a question put to the subject of a passive",
            "Ortiz was asked whether the ferries would run on Sunday.",
            &[("whether the ferries would run on Sunday", "asked", "", None, Indirect)],
        ),
        (
            "a question after the main clause, when asked",
            "Ruiz would not comment when asked if the board had met.",
            &[("if the board had met", "asked", "", None, Indirect)],
        ),
        (
            "a question after a longer phrase of place or time",
            "Asked on the radio who leads the union now, Berg said he did not know.",
            &[
                ("who leads the union now", "Asked", "", None, Indirect),
                ("he did not know", "said", "Berg", Some("Berg"), Indirect),
            ],
        ),
        (
            "as a source said, then the clause",
            "As the Harbour Times noted, the port raised more than $1 million from fees.",
            &[(
                "the port raised more than $1 million from fees",
                "noted",
                "the Harbour Times",
                Some("Harbour Times"),
                Indirect,
            )],
        ),
        (
            "a reported clause opened by about and a share",
            "The budget office said about half of the new spending went to ferries.",
            &[(
                "about half of the new spending went to ferries",
                "said",
                "The budget office",
                Some("budget office"),
                Indirect,
            )],
        ),
        (
            "a stance target inside a clause a later verb of saying reports",
            "The port preferred ships that carried grain, Ruiz writes.",
            &[(
                "The port preferred ships that carried grain",
                "writes",
                "Ruiz",
                Some("Ruiz"),
                Indirect,
            )],
        ),
        (
            "a target, then what was said, by the same speaker",
            "Tom Berg mocked the new timetable, saying it was written for tourists.",
            &[
                ("the new timetable", "mocked", "Tom Berg", Some("Tom Berg"), Indirect),
                ("it was written for tourists", "saying", "Tom Berg", Some("Tom Berg"), Indirect),
            ],
        ),
        (
            "a quantity of an object pronoun",
            "Before the strike, most of them said they had liked the work.",
            &[(
                "they had liked the work",
                "said",
                "most of them",
                Some("most of them"),
                Indirect,
            )],
        ),
    ];
    for (name, text, want) in cases {
        check(name, text, want);
    }
}

#[test]
fn not_speech() {
    let cases: &[(&str, &str, &[Want])] = &[
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
            "talks after a determiner are a noun",
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
            "people in a poll who said something are the poll's finding only when it opens",
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
            "a relative clause about the polls states no finding",
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
            "title of a film in quotation marks",
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
            "an opening phrase is no content of a verb with an object",
            "In an interview on Monday, the mayor criticized the harbour plan.",
            &[("the harbour plan", "criticized", "the mayor", Some("mayor"), Indirect)],
        ),
        (
            "a lead that is maintained is no claim",
            "Though the union is gaining ground, Ruiz maintains a large lead in the polls.",
            &[],
        ),
        (
            "a programme's name after on and an owner is no quotation",
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
    for (name, text, want) in cases {
        check(name, text, want);
    }
}

#[test]
fn regressions() {
    let cases: &[(&str, &str, &[Want])] = &[
        (
            "a headline label with what the words are about",
            "Ruiz on the Harbour Strike: The Crews Deserve Better\n\nMayor Ana Ruiz spoke on Monday about the strike.",
            &[("The Crews Deserve Better", ":", "Ruiz", Some("Ana Ruiz"), Indirect)],
        ),
        (
            "a transcript label the name reader took for a body still names the person",
            "Senator Lena Holt spoke to the station.\n\nHOLT: The ferries will keep running all winter.",
            &[(
                "The ferries will keep running all winter.",
                ":",
                "HOLT",
                Some("Lena Holt"),
                Direct,
            )],
        ),
        (
            "a headline labelled with a person the story does not name again",
            "Ann Holt: The Port Deal Is Dead\n\nThe harbour board met on Monday.",
            &[("The Port Deal Is Dead", ":", "Ann Holt", Some("Ann Holt"), Indirect)],
        ),
        (
            "a headline labelled with a news outlet",
            "Harbour Post: Fares To Rise In May\n\nThe harbour board met on Monday.",
            &[(
                "Fares To Rise In May",
                ":",
                "Harbour Post",
                Some("Harbour Post"),
                Indirect,
            )],
        ),
        (
            "the talks in a subject are a noun, not a verb of speaking",
            "Officials at the harbour talks said a deal was near.",
            &[(
                "a deal was near",
                "said",
                "Officials at the harbour talks",
                Some("officials at the harbour talks"),
                Indirect,
            )],
        ),
        (
            "a transcript's short lines under two-word capital labels",
            "Lena Holt and Dan Ortiz spoke on the radio.\n\nLENA HOLT: Why not sell the port?\n\nDAN ORTIZ: Because the town would lose its ferries.",
            &[
                ("Why not sell the port?", ":", "LENA HOLT", Some("Lena Holt"), Direct),
                ("Because the town would lose its ferries.", ":", "DAN ORTIZ", Some("Dan Ortiz"), Direct),
            ],
        ),
        (
            "a stand taken without words is no speaker a floating quote continues",
            "Dan Ortiz spoke first.\n\n“The fares are too high,” Ortiz said.\n\nThe board favoured a lower fare for pupils.\n\n“We will keep pushing for a cut for every rider.”",
            &[
                ("The fares are too high,", "said", "Ortiz", Some("Dan Ortiz"), Direct),
                ("a lower fare for pupils", "favoured", "The board", Some("board"), Indirect),
                ("We will keep pushing for a cut for every rider.", "", "", Some("Dan Ortiz"), Direct),
            ],
        ),
        (
            "a quoted object of two words",
            "The mayor called it “reckless.”",
            &[("it “reckless.”", "called", "The mayor", Some("mayor"), Mixed)],
        ),
        (
            "a participle and its agent are an appositive",
            "The aides, led by Tom Berg, told the board that the pier was unsafe.",
            &[(
                "that the pier was unsafe",
                "told",
                "The aides",
                Some("aides"),
                Indirect,
            )],
        ),
        (
            "a parenthetical cue with an addressee, and a short rest of the clause",
            "The fix, the engineer told them, was cheap.",
            &[(
                "The fix | was cheap",
                "told",
                "the engineer",
                Some("engineer"),
                Indirect,
            )],
        ),
        (
            "a relative cue with an adjunct before that reports, and ends before the main verb",
            "Dan Ortiz, who said in an interview that he never signed the lease, recalled the talks.",
            &[(
                "that he never signed the lease",
                "said",
                "Dan Ortiz, who",
                Some("Dan Ortiz"),
                Indirect,
            )],
        ),
        (
            "a cue word that is a noun after a preposition inside an appositive",
            "Lena Holt, Berg's director of state affairs, said the strike would go on.",
            &[(
                "the strike would go on",
                "said",
                "Lena Holt",
                Some("Lena Holt"),
                Indirect,
            )],
        ),
        (
            "a clause between commas is no appositive, and the role after an inverted speaker is no content",
            "Even as the strike moves to Bergen, the talks will be hard, said Dan Ortiz, director of the harbour board.",
            &[(
                "Even as the strike moves to Bergen, the talks will be hard",
                "said",
                "Dan Ortiz",
                Some("Dan Ortiz"),
                Indirect,
            )],
        ),
        (
            "a self-description inside a relative clause leaves the sentence's verb its content",
            "Omar Haddad, a fisherman who described himself as a lifelong sailor, said the fees would ruin him.",
            &[("the fees would ruin him", "said", "Omar Haddad", Some("Omar Haddad"), Indirect)],
        ),
        (
            "a plural subject before a word that is also a noun keeps the verb",
            "The harbour pilots state that the channel is too shallow.",
            &[(
                "that the channel is too shallow",
                "state",
                "The harbour pilots",
                Some("harbour pilots"),
                Indirect,
            )],
        ),
        (
            "a second speaker's clause after a comma ends the first content",
            "Obama stressed the reforms were real, and human rights groups warned that the army kept its power.",
            &[
                ("the reforms were real", "stressed", "Obama", Some("Obama"), Indirect),
                ("that the army kept its power", "warned", "human rights groups", Some("human rights groups"), Indirect),
            ],
        ),
        (
            "a progressive cue after its auxiliary starts a clause of its own",
            "Trump vowed to revive coal, and Hillary Clinton is promising to help mining towns.",
            &[
                ("to revive coal", "vowed", "Trump", Some("Trump"), Indirect),
                ("to help mining towns", "promising", "Hillary Clinton", Some("Hillary Clinton"), Indirect),
            ],
        ),
        (
            "a titled name after a comma starts its own attribution",
            "Back when he wrote his book, Mr. McKinley said that he saw debt as a last resort.",
            &[("that he saw debt as a last resort", "said", "Mr. McKinley", Some("McKinley"), Indirect)],
        ),
        (
            "a base form after 'and' before a noun is a modifier, not a coordinated cue",
            "It says the campaign broke federal and state law by using the photos.",
            &[(
                "the campaign broke federal and state law by using the photos",
                "says",
                "It",
                None,
                Indirect,
            )],
        ),
        (
            "according to X set off in the middle of its clause",
            "The harsh truth, according to addiction experts, is an ill-equipped health system.",
            &[(
                "The harsh truth | is an ill-equipped health system",
                "according to",
                "addiction experts",
                Some("addiction experts"),
                Indirect,
            )],
        ),
        (
            "the clause after a middle 'according to' keeps its own speaker",
            "At 700 metres, according to Gibson, Major said he could see the sign.",
            &[("he could see the sign", "said", "Major", Some("Major"), Indirect)],
        ),
        (
            "blurted out",
            "“You're short,” Bardo Ilic blurted out.",
            &[("You're short,", "blurted", "Bardo Ilic", Some("Bardo Ilic"), Direct)],
        ),
        (
            "a quotation inside reported speech runs on to its closing mark",
            "Outside the court, Ira Hemming said his group was “very pleased. This levels the field.”\n\nThe vote came next.",
            &[(
                "his group was “very pleased. This levels the field.”",
                "said",
                "Ira Hemming",
                Some("Ira Hemming"),
                Mixed,
            )],
        ),
        (
            "a common-noun owner before the speaker noun",
            "But the school’s defenders said there was nothing racial going on.",
            &[(
                "there was nothing racial going on",
                "said",
                "the school’s defenders",
                Some("school’s defenders"),
                Indirect,
            )],
        ),
        (
            "adverbs before a comma open the reported clause",
            "Guest said too often, the ward becomes a safety net.",
            &[("too often, the ward becomes a safety net", "said", "Guest", Some("Guest"), Indirect)],
        ),
        (
            "a set-off adjunct between the cue and 'that'",
            "Ruiz said on Monday, before the vote, that the plan would pass.",
            &[("that the plan would pass", "said", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "a headline labelled with a speaker of the story",
            "Pence: Flowers Will Not Be at the Debate\n\nMike Pence said on Sunday that the campaign had invited no one.",
            &[
                ("Flowers Will Not Be at the Debate", ":", "Pence", Some("Mike Pence"), Indirect),
                ("that the campaign had invited no one", "said", "Mike Pence", Some("Mike Pence"), Indirect),
            ],
        ),
        (
            "a base-form cue before a role noun modifies it",
            "John Schickel, another GOP state senator, said the students were treated badly.",
            &[("the students were treated badly", "said", "John Schickel", Some("John Schickel"), Indirect)],
        ),
        (
            "a party word after 'the' describes the person just named",
            "Senate Majority Leader Mitch McConnell blamed activists for the attacks.\n\n“They isolated a few seconds of video,” the Kentucky Republican said.",
            &[
                (
                    "activists for the attacks",
                    "blamed",
                    "Senate Majority Leader Mitch McConnell",
                    Some("Mitch McConnell"),
                    Indirect,
                ),
                (
                    "They isolated a few seconds of video,",
                    "said",
                    "the Kentucky Republican",
                    Some("Mitch McConnell"),
                    Direct,
                ),
            ],
        ),
        (
            "a clause about a person ending in a colon introduces their words",
            "Dana Marsh runs the clinic.\n\nMarsh, the addictions doctor at the clinic, is more blunt: “We are going to find things that are horrifying.”",
            &[(
                "We are going to find things that are horrifying.",
                ":",
                "Marsh",
                Some("Dana Marsh"),
                Direct,
            )],
        ),
        (
            "cited evidence is reported",
            "Ruiz cited her own record on the harbour board.",
            &[("her own record on the harbour board", "cited", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "a cue with content after a sentence-ending quotation starts a new attribution",
            "Her editor wrote that the piece was “not in line with our policy.” The network said it would send her to the coast.",
            &[
                ("that the piece was “not in line with our policy.”", "wrote", "Her editor", Some("her editor"), Mixed),
                ("it would send her to the coast", "said", "The network", Some("network"), Indirect),
            ],
        ),
        (
            "reported speech ends where another speaker's clause begins",
            "Figueroa said the campaign planned a rally, though she acknowledged it was unlikely.",
            &[
                ("the campaign planned a rally", "said", "Figueroa", Some("Figueroa"), Indirect),
                ("it was unlikely", "acknowledged", "she", Some("Figueroa"), Indirect),
            ],
        ),
        (
            "a transcript's speaker label",
            "Mike Pence and Chris Wallace met on stage.\n\n“WALLACE: If I may, sir, we have limited time.",
            &[("If I may, sir, we have limited time.", ":", "WALLACE", Some("Chris Wallace"), Mixed)],
        ),
        (
            "a section label with a colon is not a speaker",
            "Ana Ruiz spoke.\n\nRelevant Reading: a list of books for the week.",
            &[],
        ),
        (
            "a quoted object of 'called' is reported",
            "Clinton called half of the rival's supporters “deplorables.”",
            &[(
                "half of the rival's supporters “deplorables.”",
                "called",
                "Clinton",
                Some("Clinton"),
                Mixed,
            )],
        ),
        (
            "a short infinitive after a speech verb is content, not an adjunct",
            "Ruiz pledged to cut the budget by half.",
            &[("to cut the budget by half", "pledged", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "called for: the demand is the content",
            "Senator Ana Ruiz called for an independent inquiry into the contracts.",
            &[(
                "an independent inquiry into the contracts",
                "called for",
                "Senator Ana Ruiz",
                Some("Ana Ruiz"),
                Indirect,
            )],
        ),
        (
            "calling for in the present: the demand is the content",
            "Councillor Ana Ruiz is calling for a full audit of the port authority.",
            &[(
                "a full audit of the port authority",
                "calling for",
                "Councillor Ana Ruiz",
                Some("Ana Ruiz"),
                Indirect,
            )],
        ),
        (
            "calls with a quoted object in the present",
            "Ruiz calls the plan “a giveaway to developers.”",
            &[(
                "the plan “a giveaway to developers.”",
                "calls",
                "Ruiz",
                Some("Ruiz"),
                Mixed,
            )],
        ),
        (
            "a role noun before a name makes it the subject that he refers to",
            "Harbour spokesperson Lu Kang gave no details about Kim's plans. But he said the ferry would run.",
            &[("the ferry would run", "said", "he", Some("Lu Kang"), Indirect)],
        ),
        (
            "a pronoun opening reported speech hints at its speaker's gender",
            "Dorran Pike broke into the garage.\n\nTamsin Holloway told police she heard the engine. He told detectives he had planned the theft.",
            &[
                ("she heard the engine", "told", "Tamsin Holloway", Some("Tamsin Holloway"), Indirect),
                ("he had planned the theft", "told", "He", Some("Dorran Pike"), Indirect),
            ],
        ),
        (
            "three lowercase words between a demonym and a name after a role noun",
            "Chinese foreign ministry spokeswoman Hua Chunying shot back on Tuesday, saying the premier should “respect the law.”",
            &[(
                "the premier should “respect the law.”",
                "saying",
                "Chinese foreign ministry spokeswoman Hua Chunying",
                Some("Hua Chunying"),
                Mixed,
            )],
        ),
        (
            "appositive with a relative clause holding a comma",
            "On Tuesday, Donald Tasker, the president of the Regional Council, which represents the mayors, urged the province “to clarify its plans.”",
            &[("to clarify its plans.", "urged", "Donald Tasker", Some("Donald Tasker"), Direct)],
        ),
        (
            "a cue inside a describing relative clause is not the attribution",
            "Tatiana Stavros, an independent expert who writes about the port, noted that the fees would rise.",
            &[("that the fees would rise", "noted", "Tatiana Stavros", Some("Tatiana Stavros"), Indirect)],
        ),
        (
            "a title with commas in apposition to a name",
            "Navdeep Bhalla, Minister of Innovation, Science and Economic Development, said the policy was broad.",
            &[("the policy was broad", "said", "Navdeep Bhalla", Some("Navdeep Bhalla"), Indirect)],
        ),
        (
            "a description after an article is not the name in apposition",
            "Roenick, a nine-time All-Star who turns 49 on Thursday, said the team should rest.",
            &[("the team should rest", "said", "Roenick", Some("Roenick"), Indirect)],
        ),
        (
            "description with comma-separated adjectives before the cue",
            "Gunter Schall runs the lab.\n\n“No carmaker makes money here,” the lanky, bespectacled professor said.",
            &[(
                "No carmaker makes money here,",
                "said",
                "the lanky, bespectacled professor",
                Some("Gunter Schall"),
                Direct,
            )],
        ),
        (
            "description with a place before its role noun",
            "Rita Okafor opened her shop in 2019.\n\n“It took months,” says the self-taught Waterloo resident.",
            &[(
                "It took months,",
                "says",
                "the self-taught Waterloo resident",
                Some("Rita Okafor"),
                Direct,
            )],
        ),
        (
            "coordinated cue shares the subject",
            "Rhea Kessler said the fee was “far too high,” and added: “We will fight it.”",
            &[
                ("the fee was “far too high,”", "said", "Rhea Kessler", Some("Rhea Kessler"), Mixed),
                ("We will fight it.", "added", "Rhea Kessler", Some("Rhea Kessler"), Direct),
            ],
        ),
        (
            "participle hangs on the clause subject, not the last speaker",
            "Ana Ruiz said the ferry would run.\n\nLater that week, the Harbour Authority filed a complaint with the board, arguing that the fees were unfair.",
            &[
                ("the ferry would run", "said", "Ana Ruiz", Some("Ana Ruiz"), Indirect),
                (
                    "that the fees were unfair",
                    "arguing",
                    "the Harbour Authority",
                    Some("Harbour Authority"),
                    Indirect,
                ),
            ],
        ),
        (
            "participle before a quotation hangs on the clause subject",
            "Marit Olsen spoke first.\n\nThe ferry operator defended the timetable, saying: “Nobody waits longer than before.”",
            &[
                ("the timetable", "defended", "The ferry operator", Some("ferry operator"), Indirect),
                (
                    "Nobody waits longer than before.",
                    "saying",
                    "The ferry operator",
                    Some("ferry operator"),
                    Direct,
                ),
            ],
        ),
        (
            "possessive pronoun before the speaker noun",
            "“The water came up to the porch,” said her neighbour.",
            &[(
                "The water came up to the porch,",
                "said",
                "her neighbour",
                Some("her neighbour"),
                Direct,
            )],
        ),
        (
            "subject with an appositive role after an opening phrase",
            "Marta Velquist said the port was busy.\n\nGiven the vote, Shanaaz Korbel, president of the harbour users' group, is hopeful.\n\n“We have waited long enough,” she said.",
            &[
                ("the port was busy", "said", "Marta Velquist", Some("Marta Velquist"), Indirect),
                ("We have waited long enough,", "said", "she", Some("Shanaaz Korbel"), Direct),
            ],
        ),
        (
            "markdown emphasis around the speaker",
            "“We lost half the crop,” said **Greta Holm**, a grower.",
            &[(
                "We lost half the crop,",
                "said",
                "Greta Holm",
                Some("Greta Holm"),
                Direct,
            )],
        ),
        (
            "markdown link as the speaker",
            "- The [harbour office](https://example.org/h) said it would close.",
            &[(
                "it would close",
                "said",
                "The [harbour office",
                Some("harbour office"),
                Indirect,
            )],
        ),
        (
            "title abbreviation is not a sentence end",
            "Sen. Jane Doe said the bill was dead.",
            &[("the bill was dead", "said", "Sen. Jane Doe", Some("Jane Doe"), Indirect)],
        ),
        (
            "described anonymous sources keep their description; bare ones link back",
            "Sources familiar with the bidding said the offer was low. The board met again, sources said.",
            &[
                (
                    "the offer was low",
                    "said",
                    "Sources familiar with the bidding",
                    Some("sources familiar with the bidding"),
                    Indirect,
                ),
                (
                    "The board met again",
                    "said",
                    "sources",
                    Some("sources familiar with the bidding"),
                    Indirect,
                ),
            ],
        ),
        (
            "a dotted abbreviation keeps its period in a name",
            "The U.S. argued that the tariffs were legal.",
            &[(
                "that the tariffs were legal",
                "argued",
                "The U.S.",
                Some("U.S."),
                Indirect,
            )],
        ),
        (
            "a relative clause before the verb does not hide an inverted speaker",
            "The port lost money under its old board, whom the mayor has criticized for years, said Lena Berg, a harbour economist.",
            &[(
                "The port lost money under its old board, whom the mayor has criticized for years",
                "said",
                "Lena Berg",
                Some("Lena Berg"),
                Indirect,
            )],
        ),
        (
            "the name after an addressee's verb is not an inverted speaker",
            "The strike will go on, the union's leader, Ana Ruiz, told The Harbour Globe.",
            &[(
                "The strike will go on",
                "told",
                "the union's leader, Ana Ruiz",
                Some("Ana Ruiz"),
                Indirect,
            )],
        ),
        (
            "a name owning the appositive's role is not the subject a pronoun takes",
            "Lena Berg, Ana Ruiz's campaign manager, criticized the port board on Tuesday. She said the board was wrong.",
            &[
                ("the port board", "criticized", "Lena Berg", Some("Lena Berg"), Indirect),
                ("the board was wrong", "said", "She", Some("Lena Berg"), Indirect),
            ],
        ),
        (
            "a sentence-case headline with a speaker label",
            "Poll: voters back the new port deal.\n\nA poll of 800 voters was released on Monday.",
            &[("voters back the new port deal.", ":", "Poll", Some("Poll"), Indirect)],
        ),
        (
            "a story paragraph under a section label in capitals",
            "It rained.\n\nMARKETS: Some traders say the harbour levy will cut shipping through the port by a third over the next two years, though the board expects the loss to be smaller than that.",
            &[(
                "the harbour levy will cut shipping through the port by a third over the next two years, though the board expects the loss to be smaller than that",
                "say",
                "Some traders",
                Some("some traders"),
                Indirect,
            )],
        ),
        (
            "a pull quote signed with a name",
            "The ferry stopped at noon.\n\nI had no car and no family here. It was hard at first. Lena Berg\n\nThe port reopened.",
            &[(
                "I had no car and no family here. It was hard at first",
                "",
                "Lena Berg",
                Some("Lena Berg"),
                Direct,
            )],
        ),
        (
            "a pull quote signed with a name and a role",
            "The storm hit the coast.\n\nIt is bad for older people if they have no backup power. Rod Larsen, harbour mayor\n\nThe lines were fixed.",
            &[(
                "It is bad for older people if they have no backup power",
                "",
                "Rod Larsen",
                Some("Rod Larsen"),
                Direct,
            )],
        ),
        (
            "an embedded post with a link, a handle and a date",
            "The storm hit the coast.\n\nSome areas will be without power for days. #Stormpic.twitter.com/ab12CD — Harbour Power (@harbourpower) December 22, 2025\n\nThe lines were fixed.",
            &[(
                "Some areas will be without power for days.",
                "",
                "Harbour Power",
                Some("Harbour Power"),
                Direct,
            )],
        ),
        (
            "two inverted speakers joined by and",
            "The port will close, said Ana Ruiz and Tom Berg.",
            &[(
                "The port will close",
                "said",
                "Ana Ruiz and Tom Berg",
                Some("Ana Ruiz"),
                Indirect,
            )],
        ),
        (
            "an inverted speaker and others around a parenthetical",
            "The contrast with the old board, said Berg and others, would be clear.",
            &[(
                "The contrast with the old board | would be clear",
                "said",
                "Berg and others",
                Some("Berg"),
                Indirect,
            )],
        ),
        (
            "a name and a speaker phrase joined by and before the verb",
            "Ruiz and her deputy said the fares would rise.",
            &[(
                "the fares would rise",
                "said",
                "Ruiz and her deputy",
                Some("Ruiz"),
                Indirect,
            )],
        ),
        (
            "a date after the preposition is the whole adjunct",
            "The council said on Monday it opposed the pier.",
            &[("it opposed the pier", "said", "The council", Some("council"), Indirect)],
        ),
        (
            "an adjunct ends at a subject pronoun",
            "Ruiz said on the radio she opposed the pier.",
            &[("she opposed the pier", "said", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "a possessive date is no adjunct of its own",
            "Ruiz argued during Saturday's debate that the pier was too small.",
            &[("that the pier was too small", "argued", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "an infinitive is not an adjunct before a subject pronoun",
            "The board declined to say whether it had changed its rules.",
            &[(
                "to say whether it had changed its rules",
                "declined",
                "The board",
                Some("board"),
                Indirect,
            )],
        ),
        (
            "a two-word infinitive after an addressee, not the clause before",
            "After the crash, she urged police to investigate.",
            &[("to investigate", "urged", "she", None, Indirect)],
        ),
        (
            "an instruction told to an addressee",
            "The company told workers to install the new version.",
            &[(
                "to install the new version",
                "told",
                "The company",
                Some("company"),
                Indirect,
            )],
        ),
        (
            "declining to comment is a non-verbal answer",
            "The harbour board declined to comment.",
            &[(
                "to comment",
                "declined",
                "The harbour board",
                Some("harbour board"),
                Indirect,
            )],
        ),
        (
            "a naming verb whose object is the relative word",
            "Her worry lies in what the mayor calls the board's attack on the harbour.",
            &[(
                "the board's attack on the harbour",
                "calls",
                "the mayor",
                Some("mayor"),
                Indirect,
            )],
        ),
        (
            "a relative clause interrupted by its speaker",
            "The port closed the pier in a move the board said was needed to save money.",
            &[(
                "was needed to save money",
                "said",
                "the board",
                Some("board"),
                Indirect,
            )],
        ),
        (
            "the relative word is not part of the speaker",
            "The driver had two wounds that police said did not appear self-inflicted.",
            &[(
                "did not appear self-inflicted",
                "said",
                "police",
                Some("police"),
                Indirect,
            )],
        ),
        (
            "two subjects joined by and inside a reported when-clause",
            "Berg said when Ruiz and other members dismiss the concerns, they insult the town.",
            &[(
                "when Ruiz and other members dismiss the concerns, they insult the town",
                "said",
                "Berg",
                Some("Berg"),
                Indirect,
            )],
        ),
        (
            "a quoted programme name inside the adjunct",
            "Ruiz said on the “Morning Call” program that the strike would end.",
            &[("that the strike would end", "said", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "a quoted programme name as the addressee",
            "Ruiz told the “Morning Call” program that the strike would end.",
            &[("that the strike would end", "told", "Ruiz", Some("Ruiz"), Indirect)],
        ),
        (
            "the company is not the newspaper that reported the story",
            "Harbour Energy received a payment last year.\n\nThe payment was first reported by The Harbour Globe.\n\nThe company noted it might have to repay the money.",
            &[(
                "it might have to repay the money",
                "noted",
                "The company",
                Some("Harbour Energy"),
                Indirect,
            )],
        ),
        (
            "possessive apostrophe inside quote",
            "“The ministry’s answer isn’t enough,” said Ana Ruiz.",
            &[(
                "The ministry’s answer isn’t enough,",
                "said",
                "Ana Ruiz",
                Some("Ana Ruiz"),
                Direct,
            )],
        ),
    ];
    for (name, text, want) in cases {
        check(name, text, want);
    }
}
