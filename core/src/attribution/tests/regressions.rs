//! Regressions: each case a reading that once went wrong, named by the rules it now takes.

use super::*;

/// The cases of this room.
pub(super) const CASES: &[Case] = &[
    (
        "label.headline: a headline label with what the words are about",
        "Ruiz on the Harbour Strike: The Crews Deserve Better\n\nMayor Ana Ruiz spoke on Monday about the strike.",
        &[("The Crews Deserve Better", ":", "Ruiz", Some("Ana Ruiz"), Indirect)],
    ),
    (
        "label.transcript: a transcript label the name reader took for a body still names the person",
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
        "label.headline: a headline labelled with a person the story does not name again",
        "Ann Holt: The Port Deal Is Dead\n\nThe harbour board met on Monday.",
        &[("The Port Deal Is Dead", ":", "Ann Holt", Some("Ann Holt"), Indirect)],
    ),
    (
        "label.headline: a headline labelled with a news outlet",
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
        "reported.clause: the talks in a subject are a noun, not a verb of speaking",
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
        "label.transcript label.transcript: a transcript's short lines under two-word capital labels",
        "Lena Holt and Dan Ortiz spoke on the radio.\n\nLENA HOLT: Why not sell the port?\n\nDAN ORTIZ: Because the town would lose its ferries.",
        &[
            ("Why not sell the port?", ":", "LENA HOLT", Some("Lena Holt"), Direct),
            ("Because the town would lose its ferries.", ":", "DAN ORTIZ", Some("Dan Ortiz"), Direct),
        ],
    ),
    (
        "direct.after-close reported.target floating.speech: a stand taken without words is no speaker a floating quote continues",
        "Dan Ortiz spoke first.\n\n“The fares are too high,” Ortiz said.\n\nThe board favoured a lower fare for pupils.\n\n“We will keep pushing for a cut for every rider.”",
        &[
            ("The fares are too high,", "said", "Ortiz", Some("Dan Ortiz"), Direct),
            ("a lower fare for pupils", "favoured", "The board", Some("board"), Indirect),
            ("We will keep pushing for a cut for every rider.", "", "", Some("Dan Ortiz"), Direct),
        ],
    ),
    (
        "reported.clause: a quoted object of two words",
        "The mayor called it “reckless.”",
        &[("it “reckless.”", "called", "The mayor", Some("mayor"), Mixed)],
    ),
    (
        "reported.that: a participle and its agent are an appositive",
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
        "reported.parenthetical: a parenthetical cue with an addressee, and a short rest of the clause",
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
        "reported.that: a relative cue with an adjunct before that reports, and ends before the main verb",
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
        "reported.clause: a cue word that is a noun after a preposition inside an appositive",
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
        "reported.left-inverted: a clause between commas is no appositive, and the role after an inverted speaker is no content",
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
        "reported.clause: a self-description inside a relative clause leaves the sentence's verb its content",
        "Omar Haddad, a fisherman who described himself as a lifelong sailor, said the fees would ruin him.",
        &[("the fees would ruin him", "said", "Omar Haddad", Some("Omar Haddad"), Indirect)],
    ),
    (
        "reported.that: a plural subject before a word that is also a noun keeps the verb",
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
        "reported.clause reported.that: a second speaker's clause after a comma ends the first content",
        "Obama stressed the reforms were real, and human rights groups warned that the army kept its power.",
        &[
            ("the reforms were real", "stressed", "Obama", Some("Obama"), Indirect),
            ("that the army kept its power", "warned", "human rights groups", Some("human rights groups"), Indirect),
        ],
    ),
    (
        "reported.infinitive reported.infinitive: a progressive cue after its auxiliary starts a clause of its own",
        "Trump vowed to revive coal, and Hillary Clinton is promising to help mining towns.",
        &[
            ("to revive coal", "vowed", "Trump", Some("Trump"), Indirect),
            ("to help mining towns", "promising", "Hillary Clinton", Some("Hillary Clinton"), Indirect),
        ],
    ),
    (
        "reported.that: a titled name after a comma starts its own attribution",
        "Back when he wrote his book, Mr. McKinley said that he saw debt as a last resort.",
        &[("that he saw debt as a last resort", "said", "Mr. McKinley", Some("McKinley"), Indirect)],
    ),
    (
        "reported.clause: a base form after 'and' before a noun is a modifier, not a coordinated cue",
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
        "according.middle: according to X set off in the middle of its clause",
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
        "reported.clause: the clause after a middle 'according to' keeps its own speaker",
        "At 700 metres, according to Gibson, Major said he could see the sign.",
        &[("he could see the sign", "said", "Major", Some("Major"), Indirect)],
    ),
    (
        "direct.after-close: blurted out",
        "“You're short,” Bardo Ilic blurted out.",
        &[("You're short,", "blurted", "Bardo Ilic", Some("Bardo Ilic"), Direct)],
    ),
    (
        "reported.clause: a quotation inside reported speech runs on to its closing mark",
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
        "reported.clause: a common-noun owner before the speaker noun",
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
        "reported.clause: adverbs before a comma open the reported clause",
        "Guest said too often, the ward becomes a safety net.",
        &[("too often, the ward becomes a safety net", "said", "Guest", Some("Guest"), Indirect)],
    ),
    (
        "reported.that: a set-off adjunct between the cue and 'that'",
        "Ruiz said on Monday, before the vote, that the plan would pass.",
        &[("that the plan would pass", "said", "Ruiz", Some("Ruiz"), Indirect)],
    ),
    (
        "label.headline reported.that: a headline labelled with a speaker of the story",
        "Pence: Flowers Will Not Be at the Debate\n\nMike Pence said on Sunday that the campaign had invited no one.",
        &[
            ("Flowers Will Not Be at the Debate", ":", "Pence", Some("Mike Pence"), Indirect),
            ("that the campaign had invited no one", "said", "Mike Pence", Some("Mike Pence"), Indirect),
        ],
    ),
    (
        "reported.clause: a base-form cue before a role noun modifies it",
        "John Schickel, another GOP state senator, said the students were treated badly.",
        &[("the students were treated badly", "said", "John Schickel", Some("John Schickel"), Indirect)],
    ),
    (
        "reported.target direct.after-close: a party word after 'the' describes the person just named",
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
        "direct.colon-intro: a clause about a person ending in a colon introduces their words",
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
        "reported.evidence: cited evidence is reported",
        "Ruiz cited her own record on the harbour board.",
        &[("her own record on the harbour board", "cited", "Ruiz", Some("Ruiz"), Indirect)],
    ),
    (
        "reported.that reported.clause: a cue with content after a sentence-ending quotation starts a new attribution",
        "Her editor wrote that the piece was “not in line with our policy.” The network said it would send her to the coast.",
        &[
            ("that the piece was “not in line with our policy.”", "wrote", "Her editor", Some("her editor"), Mixed),
            ("it would send her to the coast", "said", "The network", Some("network"), Indirect),
        ],
    ),
    (
        "reported.clause reported.clause: reported speech ends where another speaker's clause begins",
        "Figueroa said the campaign planned a rally, though she acknowledged it was unlikely.",
        &[
            ("the campaign planned a rally", "said", "Figueroa", Some("Figueroa"), Indirect),
            ("it was unlikely", "acknowledged", "she", Some("Figueroa"), Indirect),
        ],
    ),
    (
        "label.transcript: a transcript's speaker label",
        "Mike Pence and Chris Wallace met on stage.\n\n“WALLACE: If I may, sir, we have limited time.",
        &[("If I may, sir, we have limited time.", ":", "WALLACE", Some("Chris Wallace"), Mixed)],
    ),
    (
        "a section label with a colon is not a speaker",
        "Ana Ruiz spoke.\n\nRelevant Reading: a list of books for the week.",
        &[],
    ),
    (
        "reported.quoted-object: a quoted object of 'called' is reported",
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
        "reported.infinitive: a short infinitive after a speech verb is content, not an adjunct",
        "Ruiz pledged to cut the budget by half.",
        &[("to cut the budget by half", "pledged", "Ruiz", Some("Ruiz"), Indirect)],
    ),
    (
        "reported.object-phrase: called for: the demand is the content",
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
        "reported.object-phrase: calling for in the present: the demand is the content",
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
        "reported.quoted-object: calls with a quoted object in the present",
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
        "reported.clause: a role noun before a name makes it the subject that he refers to",
        "Harbour spokesperson Lu Kang gave no details about Kim's plans. But he said the ferry would run.",
        &[("the ferry would run", "said", "he", Some("Lu Kang"), Indirect)],
    ),
    (
        "reported.clause reported.clause: a pronoun opening reported speech hints at its speaker's gender",
        "Dorran Pike broke into the garage.\n\nTamsin Holloway told police she heard the engine. He told detectives he had planned the theft.",
        &[
            ("she heard the engine", "told", "Tamsin Holloway", Some("Tamsin Holloway"), Indirect),
            ("he had planned the theft", "told", "He", Some("Dorran Pike"), Indirect),
        ],
    ),
    (
        "reported.clause: three lowercase words between a demonym and a name after a role noun",
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
        "direct.before-open: appositive with a relative clause holding a comma",
        "On Tuesday, Donald Tasker, the president of the Regional Council, which represents the mayors, urged the province “to clarify its plans.”",
        &[("to clarify its plans.", "urged", "Donald Tasker", Some("Donald Tasker"), Direct)],
    ),
    (
        "reported.that: a cue inside a describing relative clause is not the attribution",
        "Tatiana Stavros, an independent expert who writes about the port, noted that the fees would rise.",
        &[("that the fees would rise", "noted", "Tatiana Stavros", Some("Tatiana Stavros"), Indirect)],
    ),
    (
        "reported.clause: a title with commas in apposition to a name",
        "Navdeep Bhalla, Minister of Innovation, Science and Economic Development, said the policy was broad.",
        &[("the policy was broad", "said", "Navdeep Bhalla", Some("Navdeep Bhalla"), Indirect)],
    ),
    (
        "reported.clause: a description after an article is not the name in apposition",
        "Roenick, a nine-time All-Star who turns 49 on Thursday, said the team should rest.",
        &[("the team should rest", "said", "Roenick", Some("Roenick"), Indirect)],
    ),
    (
        "direct.after-close: description with comma-separated adjectives before the cue",
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
        "direct.after-close-inverted: description with a place before its role noun",
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
        "reported.clause direct.participle: coordinated cue shares the subject",
        "Rhea Kessler said the fee was “far too high,” and added: “We will fight it.”",
        &[
            ("the fee was “far too high,”", "said", "Rhea Kessler", Some("Rhea Kessler"), Mixed),
            ("We will fight it.", "added", "Rhea Kessler", Some("Rhea Kessler"), Direct),
        ],
    ),
    (
        "reported.clause reported.that: participle hangs on the clause subject, not the last speaker",
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
        "reported.target direct.participle: participle before a quotation hangs on the clause subject",
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
        "direct.after-close-inverted: possessive pronoun before the speaker noun",
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
        "reported.clause direct.after-close: subject with an appositive role after an opening phrase",
        "Marta Velquist said the port was busy.\n\nGiven the vote, Shanaaz Korbel, president of the harbour users' group, is hopeful.\n\n“We have waited long enough,” she said.",
        &[
            ("the port was busy", "said", "Marta Velquist", Some("Marta Velquist"), Indirect),
            ("We have waited long enough,", "said", "she", Some("Shanaaz Korbel"), Direct),
        ],
    ),
    (
        "direct.after-close-inverted: markdown emphasis around the speaker",
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
        "reported.clause: markdown link as the speaker",
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
        "reported.clause: title abbreviation is not a sentence end",
        "Sen. Jane Doe said the bill was dead.",
        &[("the bill was dead", "said", "Sen. Jane Doe", Some("Jane Doe"), Indirect)],
    ),
    (
        "reported.clause reported.left: described anonymous sources keep their description; bare ones link back",
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
        "reported.that: a dotted abbreviation keeps its period in a name",
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
        "reported.left-inverted: a relative clause before the verb does not hide an inverted speaker",
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
        "reported.left: the name after an addressee's verb is not an inverted speaker",
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
        "reported.target reported.clause: a name owning the appositive's role is not the subject a pronoun takes",
        "Lena Berg, Ana Ruiz's campaign manager, criticized the port board on Tuesday. She said the board was wrong.",
        &[
            ("the port board", "criticized", "Lena Berg", Some("Lena Berg"), Indirect),
            ("the board was wrong", "said", "She", Some("Lena Berg"), Indirect),
        ],
    ),
    (
        "label.headline: a sentence-case headline with a speaker label",
        "Poll: voters back the new port deal.\n\nA poll of 800 voters was released on Monday.",
        &[("voters back the new port deal.", ":", "Poll", Some("Poll"), Indirect)],
    ),
    (
        "reported.clause: a story paragraph under a section label in capitals",
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
        "signed.pull-quote: a pull quote signed with a name",
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
        "signed.pull-quote: a pull quote signed with a name and a role",
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
        "signed.dash: a quotation signed after a dash, with a place",
        "Readers wrote to us about the vote.\n\n“The new levy will empty the harbour by spring.” ― Carla Mendes, Riverside\n\nThe council meets again in May.",
        &[(
            "The new levy will empty the harbour by spring.",
            "",
            "Carla Mendes",
            Some("Carla Mendes"),
            Direct,
        )],
    ),
    (
        "floating.speech: a dash after a quotation and a phrase that is no name",
        "Ana Ruiz spoke first.\n\n“The new levy will empty the harbour by spring.” — or so it seemed to her.\n\nThe council meets again in May.",
        &[(
            "The new levy will empty the harbour by spring.",
            "",
            "",
            Some("Ana Ruiz"),
            Direct,
        )],
    ),
    (
        "signed.post: an embedded post with a link, a handle and a date",
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
        "reported.left-inverted: two inverted speakers joined by and",
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
        "reported.parenthetical: an inverted speaker and others around a parenthetical",
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
        "reported.clause: a name and a speaker phrase joined by and before the verb",
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
        "reported.clause: a date after the preposition is the whole adjunct",
        "The council said on Monday it opposed the pier.",
        &[("it opposed the pier", "said", "The council", Some("council"), Indirect)],
    ),
    (
        "reported.clause: an adjunct ends at a subject pronoun",
        "Ruiz said on the radio she opposed the pier.",
        &[("she opposed the pier", "said", "Ruiz", Some("Ruiz"), Indirect)],
    ),
    (
        "reported.that: a possessive date is no adjunct of its own",
        "Ruiz argued during Saturday's debate that the pier was too small.",
        &[("that the pier was too small", "argued", "Ruiz", Some("Ruiz"), Indirect)],
    ),
    (
        "reported.infinitive: an infinitive is not an adjunct before a subject pronoun",
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
        "reported.infinitive: a two-word infinitive after an addressee, not the clause before",
        "After the crash, she urged police to investigate.",
        &[("to investigate", "urged", "she", None, Indirect)],
    ),
    (
        "reported.infinitive: an instruction told to an addressee",
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
        "reported.infinitive: declining to comment is a non-verbal answer",
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
        "reported.naming-relative: a naming verb whose object is the relative word",
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
        "reported.gap-relative: a relative clause interrupted by its speaker",
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
        "reported.gap-relative: the relative word is not part of the speaker",
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
        "reported.question: two subjects joined by and inside a reported when-clause",
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
        "reported.that: a quoted programme name inside the adjunct",
        "Ruiz said on the “Morning Call” program that the strike would end.",
        &[("that the strike would end", "said", "Ruiz", Some("Ruiz"), Indirect)],
    ),
    (
        "reported.that: a quoted programme name as the addressee",
        "Ruiz told the “Morning Call” program that the strike would end.",
        &[("that the strike would end", "told", "Ruiz", Some("Ruiz"), Indirect)],
    ),
    (
        "reported.clause: the company is not the newspaper that reported the story",
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
        "direct.after-close-inverted: possessive apostrophe inside quote",
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

#[test]
fn cases() {
    check_all(CASES);
}
