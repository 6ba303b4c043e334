//! Table-driven stance cases, one per pattern, in our own words.

use crate::{annotate, matrix, Options, Polarity};

/// Holder name, polarity, target label, cue text.
type Want = (&'static str, Polarity, &'static str, &'static str);

/// A stance as a case sees it: holder name, polarity, target label, cue text.
type Got = (String, Polarity, String, String);

/// The stances of `text`, and the rules that read them.
fn stances(text: &str) -> (Vec<Got>, Vec<String>) {
    let doc = annotate(
        text,
        &Options {
            explain: true,
            ..Options::default()
        },
    );
    let chars: Vec<char> = text.chars().collect();
    let got = doc
        .stances
        .iter()
        .map(|s| {
            let holder = doc.actor(&s.holder).map(|a| a.name.clone()).unwrap_or_default();
            let cue: Vec<String> = s.cue.iter().map(|r| chars[r[0]..r[1]].iter().collect()).collect();
            (holder, s.polarity, s.target.label.clone(), cue.join(" "))
        })
        .collect();
    (got, doc.stances.iter().filter_map(|s| s.rule.clone()).collect())
}

use Polarity::{Neutral, Oppose, Support};

#[test]
fn stance_cases() {
    let cases: &[(&str, &str, &[Want])] = &[
        (
            "stance.word: support verb",
            "Mayor Lena Ortiz backed the bridge plan on Monday.",
            &[("Lena Ortiz", Support, "bridge plan", "backed")],
        ),
        (
            "stance.word: oppose verb",
            "Senator Ivo Brandt opposed the mining permit.",
            &[("Ivo Brandt", Oppose, "mining permit", "opposed")],
        ),
        (
            "stance.word: a promise to undo a policy opposes it",
            "Governor Tessa Lund has vowed to abolish the ferry surcharge.",
            &[("Tessa Lund", Oppose, "ferry surcharge", "abolish")],
        ),
        (
            "stance.word: a promise to keep a policy supports it",
            "Premier Ada Kwan pledged to preserve the rural clinics.",
            &[("Ada Kwan", Support, "rural clinics", "preserve")],
        ),
        (
            "stance.word: stance noun",
            "Karl Obi voiced strong criticism of the budget.",
            &[("Karl Obi", Oppose, "budget", "criticism")],
        ),
        (
            "stance.negated: negation flips support",
            "Councillor Ruth Abara did not support the diversion.",
            &[("Ruth Abara", Oppose, "diversion", "support")],
        ),
        (
            "stance.negated: no longer opposes",
            "Hal Voss no longer opposes the merger.",
            &[("Hal Voss", Neutral, "merger", "opposes")],
        ),
        (
            "stance.negated: a speaker who would not pursue a deal opposes it",
            "Mayor Jane Holt says she would not pursue the ferry deal if re-elected.",
            &[("Jane Holt", Oppose, "ferry deal", "pursue")],
        ),
        (
            "stance.negated: a speaker who would not allow a plan to go ahead opposes it",
            "Councillor Bob Marsh said he would never allow the ferry plan to go ahead.",
            &[("Bob Marsh", Oppose, "ferry plan", "allow")],
        ),
        (
            "stance.word: lashing out at someone opposes them",
            "Opposition Leader Dana Okafor lashed out at Premier Ivo Brandt on Monday.",
            &[("Dana Okafor", Oppose, "Ivo Brandt", "lashed")],
        ),
        (
            "stance.word: being against something opposes it",
            "Senator Ivo Brandt is against the mining permit.",
            &[("Ivo Brandt", Oppose, "mining permit", "against")],
        ),
        (
            "stance.refusal: refusing to take part in what a participation word names",
            "Ana Ruiz chose not to attend the summit.",
            &[("Ana Ruiz", Oppose, "summit", "attend")],
        ),
        (
            "stance.hedge: hedge",
            "Prime Minister Jonas Albrecht declined to comment on the treaty.",
            &[("Jonas Albrecht", Neutral, "treaty", "declined to comment")],
        ),
        (
            "stance.hedge: stopping short",
            "Dana Whitfield stopped short of endorsing the candidate.",
            &[("Dana Whitfield", Neutral, "candidate", "stopped short of endorsing")],
        ),
        (
            "stance.denial: denial",
            "“This is nothing like the old tax,” Mei Lin said.",
            &[("Mei Lin", Oppose, "old tax", "nothing like")],
        ),
        (
            "stance.word: quote-borne stance",
            "“I support the new curfew,” said Omar Haddad.",
            &[("Omar Haddad", Support, "new curfew", "support")],
        ),
        (
            "stance.word: stance toward another actor's decision",
            "Rosa Delgado criticized Ivo Brandt's decision to close the mine.",
            &[("Rosa Delgado", Oppose, "decision", "criticized")],
        ),
        (
            "stance.word: group holder",
            "Environmental groups condemned the pipeline.",
            &[("Environmental groups", Oppose, "pipeline", "condemned")],
        ),
        (
            "stance.refusal: not taking part in a vote",
            "Ana Ruiz did not vote on the levy.",
            &[("Ana Ruiz", Oppose, "levy", "vote")],
        ),
        (
            "stance.word: a passive stance verb is its agent's",
            "The harbour plan was criticized by Mayor Ana Ruiz.",
            &[("Ana Ruiz", Oppose, "harbour plan", "criticized")],
        ),
        (
            "stance.word: the owner of a stance noun holds it",
            "Senator Ivo Brandt's attacks on the ferry levy went on all week.",
            &[("Ivo Brandt", Oppose, "ferry levy", "attacks")],
        ),
        (
            "stance.word: a stance noun after a copula is its subject's",
            "Senator Tim Kaine is a staunch opponent of the death penalty.",
            &[("Tim Kaine", Oppose, "death penalty", "opponent")],
        ),
        (
            "stance.word: inside a speaker's words, another actor's stance is that actor's",
            "Merrill says Ana Ruiz promised to keep supporting the ferry levy.",
            &[("Ana Ruiz", Support, "ferry levy", "supporting")],
        ),
        (
            "stance.quoted: an evaluation predicated of a target in a speaker's words",
            "“The ferry levy is a disaster for every family in town,” said Ana Ruiz. The levy passed anyway, \
             and the levy stays.",
            &[("Ana Ruiz", Oppose, "ferry levy", "disaster")],
        ),
        (
            "stance.quoted: a word of worry predicated of a target",
            "Mayor Jane Holt said the ferry plan is troubling. The ferry plan was announced in May. \
             Critics discussed the ferry plan.",
            &[("Jane Holt", Oppose, "ferry plan", "troubling")],
        ),
        (
            "stance.quoted: what a speaker fears will happen, the speaker opposes",
            "Mayor Jane Holt said the ferry plan was announced in May. The ferry plan is new. Critics \
             discussed the ferry plan. “I am truly afraid that the ferry plan will succeed,” said Holt.",
            &[("Jane Holt", Oppose, "ferry plan", "afraid succeed")],
        ),
        (
            "a capitalized word inside a name is no evaluation",
            "The ferry plan came from the Harbour Party. The ferry plan passed. “The ferry plan is the Grand \
             Party plan,” said Ana Ruiz.",
            &[],
        ),
        (
            "stance.quoted: an effect a target has, in a speaker's words",
            "The ferry levy passed. The levy rose in May. “The levy will ruin the harbour,” said Ana Ruiz.",
            &[("Ana Ruiz", Oppose, "ferry levy", "ruin")],
        ),
        (
            "a fact told about a target is no stance",
            "The ferry levy passed. The levy rose in May. “The levy was set in March,” said Ana Ruiz.",
            &[],
        ),
        (
            "stance.word: repeated evidence is one stance",
            "Ana Ruiz backed the ferry levy. Later, Ana Ruiz praised the levy again.",
            &[("Ana Ruiz", Support, "ferry levy", "backed praised")],
        ),
        (
            "stance.word: voting for",
            "Senator Ivo Brandt voted for the harbour bill.",
            &[("Ivo Brandt", Support, "harbour bill", "voted for")],
        ),
        (
            "stance.word: voting against",
            "Senator Ivo Brandt voted against the harbour bill.",
            &[("Ivo Brandt", Oppose, "harbour bill", "against")],
        ),
        (
            "stance.negated: refusing to join",
            "The fishermen's union refused to join the harbour talks.",
            &[("fishermen's union", Oppose, "harbour talks", "join")],
        ),
        (
            "stance.word: suing",
            "The Valley Growers Association sued the water board.",
            &[("Valley Growers Association", Oppose, "water board", "sued")],
        ),
        (
            "stance.word: warning against",
            "Councillor Tim Obi warned against the ferry levy.",
            &[("Tim Obi", Oppose, "ferry levy", "warned against")],
        ),
        (
            "stance.word: a stance noun and its preposition",
            "Ana Ruiz raised concerns about the ferry levy.",
            &[("Ana Ruiz", Oppose, "ferry levy", "concerns")],
        ),
        (
            "stance.word: a decision owned by an actor",
            "Ana Ruiz welcomed the court's decision.",
            &[("Ana Ruiz", Support, "court's decision", "welcomed")],
        ),
        (
            "stance.called: naming with a good evaluation",
            "Ana Ruiz called the ferry levy a good step.",
            &[("Ana Ruiz", Support, "ferry levy", "called good")],
        ),
        (
            "stance.called: describing as a mistake",
            "Ana Ruiz described the harbour plan as a mistake.",
            &[("Ana Ruiz", Oppose, "harbour plan", "described mistake")],
        ),
        (
            "stance.quoted: an evaluation after a copula",
            "The ferry levy passed. The levy rose in May. “The levy is wrong,” said Ana Ruiz.",
            &[("Ana Ruiz", Oppose, "ferry levy", "wrong")],
        ),
        (
            "stance.quoted: the speaker's own belief stays theirs",
            "The ferry levy passed. The levy rose in May. “I think the levy is wrong,” said Ana Ruiz.",
            &[("Ana Ruiz", Oppose, "ferry levy", "wrong")],
        ),
        (
            "others' words reported inside a quotation are not the speaker's",
            "The ferry levy passed. The levy rose in May. “People said the levy was dead,” said Ana Ruiz.",
            &[],
        ),
        (
            "a mild verb tells what a target did",
            "The ferry levy passed. The levy rose in May. “The levy prepared us for winter,” said Ana Ruiz.",
            &[],
        ),
        (
            "adjectives are not stances",
            "The council faced an unfair burden this year.",
            &[],
        ),
        (
            "an owner of an agent noun is whom it stands for, not its holder",
            "Senator Ivo Brandt spoke to his supporters at the ferry dock.",
            &[],
        ),
        (
            "a name compounded with an agent noun is not its holder",
            "Several Brandt critics gathered outside the ferry terminal.",
            &[],
        ),
        (
            "stance.asks: calling for",
            "Councillor Tim Obi called for an inquiry into the ferry contract.",
            &[("Tim Obi", Support, "inquiry", "called for")],
        ),
        (
            "stance.asks: demanding",
            "Mayor Ana Ruiz demanded an apology from the water board.",
            &[("Ana Ruiz", Support, "apology", "demanded")],
        ),
        (
            "stance.asks: asking for an end opposes what ends",
            "Senator Ivo Brandt called for the repeal of the harbour tax.",
            &[("Ivo Brandt", Oppose, "harbour tax", "called for repeal")],
        ),
        (
            "asking others to act is no stance on them",
            "Senator Ivo Brandt called for voters to stay home.",
            &[],
        ),
        (
            "seeking an office is no stance on it",
            "Ana Ruiz is campaigning for mayor this spring.",
            &[],
        ),
        (
            "stance.blame: the speaker blames, the subject is blamed",
            "Mayor Ana Ruiz said the water board is partly to blame for the flooding.",
            &[("Ana Ruiz", Oppose, "water board", "to blame")],
        ),
        (
            "stance.hedge: avoiding a stance word",
            "Senator Ivo Brandt avoided criticizing the harbour plan.",
            &[("Ivo Brandt", Neutral, "harbour plan", "avoided criticizing")],
        ),
        (
            "stance.hedge: not saying whether",
            "Attorney General Mei Lin isn't saying whether the charity broke the rules.",
            &[("Mei Lin", Neutral, "charity", "isn't saying")],
        ),
        (
            "stance.hedge: no comment when asked",
            "Tim Obi wouldn't comment when asked about the strike vote.",
            &[("Tim Obi", Neutral, "strike vote", "wouldn't comment")],
        ),
        (
            "stance.word: denying a request",
            "The harbour board denied the fishermen's request for a new pier.",
            &[("harbour board", Oppose, "fishermen's request", "denied")],
        ),
        (
            "stance.word: questioning whether names what is questioned",
            "Senator Ivo Brandt questioned whether Mayor Ana Ruiz was ready for the job.",
            &[("Ivo Brandt", Oppose, "Ana Ruiz", "questioned")],
        ),
        (
            "stance.hedge: cannot comment",
            "Councillor Tim Obi said he cannot comment on the ferry contract.",
            &[("Tim Obi", Neutral, "ferry contract", "cannot comment")],
        ),
        (
            "stance.hedge: not addressing, with a word between",
            "The Harbour Hawks won't be addressing the concussion lawsuit this week.",
            &[("Harbour Hawks", Neutral, "concussion lawsuit", "won't be addressing")],
        ),
        (
            "stance.hedge: giving no details",
            "Ministry spokesperson Lu Wen gave no details about the summit schedule.",
            &[("Lu Wen", Neutral, "summit schedule", "gave no details")],
        ),
        (
            "stance.word: against after a word that takes sides",
            "The Valley Growers Association campaigned against the water levy.",
            &[("Valley Growers Association", Oppose, "water levy", "against")],
        ),
        (
            "against as a preposition is no stance",
            "The Harbour Hawks played against the Valley Rovers on Friday.",
            &[],
        ),
        (
            "lying somewhere is no accusation of lying",
            "Councillor Dana Voss was lying on the couch when the vote was called.",
            &[],
        ),
        (
            "a word whose main sense is no stance (came back)",
            "Ana Ruiz came back to the council chamber after the recess.",
            &[],
        ),
        (
            "a word whose main sense is no stance (charged)",
            "Police charged Tomas Keller with theft on Monday.",
            &[],
        ),
        (
            "stance.word: a place naming a group is not the holder",
            "Riverside police condemned the vandalism at the ferry dock.",
            &[("Riverside police", Oppose, "vandalism", "condemned")],
        ),
        (
            "stance.word: a country acting as a government holds a position",
            "China welcomed the harbour plan on Monday.",
            &[("China", Support, "harbour plan", "welcomed")],
        ),
        (
            "stance.quoted: a speaker's evaluation of an actor",
            "Mayor Ana Ruiz said Tom Berg was reckless and dishonest.",
            &[("Ana Ruiz", Oppose, "Tom Berg", "reckless dishonest")],
        ),
        (
            "a news outlet's report is no position of the outlet",
            "The Harbour Post reported that Mayor Ana Ruiz was reckless and dishonest.",
            &[],
        ),
        (
            "a city that is no capital holds no position",
            "Toronto welcomed the harbour plan on Monday.",
            &[],
        ),
        (
            "a region holds no position",
            "Europe welcomed the harbour plan on Monday.",
            &[],
        ),
        (
            "stance.word: a description after a copula is its subject's",
            "Tim Kaine is a former lawyer who is a staunch opponent of the death penalty.",
            &[("Tim Kaine", Oppose, "death penalty", "opponent")],
        ),
        (
            "a feeling followed by a clause is about the clause, not its subject",
            "Senator Tom Vell said he is confident the harbour board has learned from the flood.",
            &[],
        ),
        (
            "stance.word: a feeling about something still holds",
            "Senator Tom Vell said he is worried about the ferry cuts.",
            &[("Tom Vell", Oppose, "ferry cuts", "worried")],
        ),
        (
            "stance.word: a light head points at its \"of\" phrase",
            "Orlin Shipping has denied the existence of a secret fuel deal.",
            &[("Orlin Shipping", Oppose, "secret fuel deal", "denied")],
        ),
        (
            "stance.word: a plural owner's issue",
            "Coach Ana Brill defended the leagues’ safety rules on Monday.",
            &[("Ana Brill", Support, "leagues’ safety rules", "defended")],
        ),
        (
            "stance.word: an owner's issue named in quotation marks",
            "Mayor Ann Oster voiced support for Lund’s “ferry levy” on Tuesday.",
            &[("Ann Oster", Support, "ferry levy", "support")],
        ),
        (
            "stance.word: the one a preposition governs holds nothing that follows",
            "Mayor Ana Ruiz took to Facebook overnight to attack the ferry levy.",
            &[("Ana Ruiz", Oppose, "ferry levy", "attack")],
        ),
        (
            "stance.word: a stance noun after a copula and joined modifiers is the subject's",
            "Ana Ruiz has been a consistent and outspoken supporter of the ferry plan.",
            &[("Ana Ruiz", Support, "ferry plan", "supporter")],
        ),
        (
            "stance.blame stance.blame: each of two joined subjects is blamed",
            "Mayor Ana Ruiz said the council and the press are to blame for the delay.",
            &[
                ("Ana Ruiz", Oppose, "press", "to blame"),
                ("Ana Ruiz", Oppose, "council", "to blame"),
            ],
        ),
        (
            "stance.word stance.word: each of two joined objects is opposed",
            "Senator Tom Berg opposed the levy and the toll on Monday.",
            &[
                ("Tom Berg", Oppose, "levy", "opposed"),
                ("Tom Berg", Oppose, "toll", "opposed"),
            ],
        ),
        (
            "stance.word: who wins someone's backing has their support",
            "Ana Ruiz won the backing of Harbour Union leader Tom Berg on Monday.",
            &[("Tom Berg", Support, "Ana Ruiz", "backing")],
        ),
        (
            "stance.word: congratulating someone supports them",
            "Mayor Ana Ruiz congratulated Tom Berg on his win.",
            &[("Ana Ruiz", Support, "Tom Berg", "congratulated")],
        ),
        (
            "stance.word: a light head points at its \"for\" phrase",
            "Mayor Ana Ruiz questioned the need for the new bridge.",
            &[("Ana Ruiz", Oppose, "new bridge", "questioned")],
        ),
        (
            "whom a speaker urges to act is no target of the urging",
            "Mayor Ana Ruiz encouraged Tom Berg to visit the new pier.",
            &[],
        ),
        (
            "stance.negated: whom a speaker will not allow to act is the target",
            "Mayor Ana Ruiz said she would not allow Orlin Shipping to dredge the bay.",
            &[("Ana Ruiz", Oppose, "Orlin Shipping", "allow")],
        ),
    ];
    let mut failed = Vec::new();
    for (name, text, want) in cases {
        let want: Vec<(String, Polarity, String, String)> = want
            .iter()
            .map(|(h, p, t, c)| (h.to_string(), *p, t.to_string(), c.to_string()))
            .collect();
        let (got, rules) = stances(text);
        let named: Vec<&str> = name
            .split_once(": ")
            .map(|(ids, _)| ids.split(' ').collect())
            .unwrap_or_default();
        if got != want || rules != named {
            failed.push(format!(
                "case {name}: {text}\n  got  {got:?} {rules:?}\n  want {want:?}"
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// The issues a document lists as targets.
fn issue_labels(text: &str) -> Vec<String> {
    let doc = annotate(text, &Options::default());
    doc.targets
        .iter()
        .filter(|t| t.kind == crate::TargetKind::Issue)
        .map(|t| t.label.clone())
        .collect()
}

#[test]
fn names_and_pronouns_are_no_issues() {
    // A caption's names in a title (a person, a photo credit), and a pronoun with its verb
    // glued on, quoted twice: none is an issue, though each is salient enough to be listed.
    let text = "Ana Ruiz with photos of her son Tom at her home in Leith (Tom Berg/CBC)\n\n\
                To this day, Ana Ruiz has no idea why the ferry stopped.\n\n\
                \"As a young person, I've experienced that fear and distrust,\" she said. \
                \"I can say that I've always been myself.\"";
    assert_eq!(issue_labels(text), ["photos", "son Tom", "home"]);
}

#[test]
fn matrix_aggregates_evidence() {
    let text = "Ana Ruiz backed the pact. Later, Ana Ruiz praised the pact again. Tomas Keller opposed the pact.";
    let doc = annotate(text, &Options::default());
    let m = matrix(&doc);
    let rows: Vec<(String, String, usize, usize, Polarity)> = m
        .iter()
        .map(|c| {
            (
                doc.actor(&c.holder).unwrap().name.clone(),
                c.target.clone(),
                c.support,
                c.oppose,
                c.overall,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Ana Ruiz".to_string(), "pact".to_string(), 2, 0, Support),
            ("Tomas Keller".to_string(), "pact".to_string(), 0, 1, Oppose),
        ]
    );
    // Every mention of the target is collected once.
    let pact = &doc.stances[0].target;
    assert_eq!(pact.mentions.len(), 3);
}

/// Stance toward a given target, from the compiled-in model: the polarity, and one word its
/// cue spans must include (empty for neutral).
#[test]
fn target_stance_cases() {
    let cases: &[(&str, &str, &str, Polarity, &str)] = &[
        (
            "praise",
            "Voters praised Mara Quill for her honest, generous leadership.",
            "Mara Quill",
            Support,
            "praised",
        ),
        (
            "insults the curated lexicon lacks",
            "Critics called Tomas Brandt a corrupt, incompetent liar.",
            "Tomas Brandt",
            Oppose,
            "corrupt",
        ),
        (
            "a plain report",
            "Tomas Brandt met the committee on Tuesday to discuss the budget.",
            "Tomas Brandt",
            Neutral,
            "",
        ),
        (
            "general sentiment words after the target",
            "The scandal left Ivo Renner humiliated and disgraced.",
            "Ivo Renner",
            Oppose,
            "disgraced",
        ),
        (
            "warm words around the target",
            "Supporters cheered as Lena Ortiz delivered a brilliant, inspiring speech.",
            "Lena Ortiz",
            Support,
            "inspiring",
        ),
    ];
    for (name, text, target, polarity, cue_word) in cases {
        let start = text[..text.find(target).expect("target in text")].chars().count();
        let opts = Options {
            targets: vec![[start, start + target.chars().count()]],
            ..Options::default()
        };
        let doc = annotate(text, &opts);
        let chars: Vec<char> = text.chars().collect();
        let ts = &doc.target_stances[0];
        let cues: Vec<String> = ts.cue.iter().map(|r| chars[r[0]..r[1]].iter().collect()).collect();
        assert_eq!(ts.polarity, *polarity, "case {name}: {text} (cues {cues:?})");
        assert!(
            cue_word.is_empty() || cues.iter().any(|c| c == cue_word),
            "case {name}: cue {cue_word:?} not in {cues:?}"
        );
    }
}
