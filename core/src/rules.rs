//! The rules, by id: which rule made each quote, found its speaker, gave an actor its kind, or
//! read a stance.
//!
//! Every rule of the passes has a short id (`direct.after-close`, `reported.target`, …). The id
//! names the rule in its code comment, in DESIGN.md's rule tables and in the names of its test
//! cases, and `standpoint annotate --explain` writes it beside each quote, actor and stance,
//! so a wrong reading is traced to its rule in seconds.

macro_rules! rules {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $id:literal, )+) => {
        /// A rule of the passes. [`Rule::id`] is its name in DESIGN.md and in `--explain`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub(crate) enum Rule {
            /// No rule (nothing was made).
            #[default]
            None,
            $( $(#[doc = $doc])+ $variant, )+
        }

        impl Rule {
            /// Every rule, in the order of DESIGN.md.
            #[cfg(test)]
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),+];

            /// The rule's id.
            pub fn id(self) -> &'static str {
                match self {
                    Rule::None => "none",
                    $(Rule::$variant => $id,)+
                }
            }
        }
    };
}

rules! {
    // Direct quotations with a cue beside them.
    /// `"…," X said`: the subject and verb after the closing mark.
    DirectAfterClose = "direct.after-close",
    /// `"…," said X`: an inverted verb and its speaker after the closing mark.
    DirectAfterCloseInverted = "direct.after-close-inverted",
    /// `X said: "…"`, `X told reporters, "…"`: the cue before the opening mark.
    DirectBeforeOpen = "direct.before-open",
    /// `said X: "…"`: an inverted speaker before the opening mark.
    DirectBeforeOpenInverted = "direct.before-open-inverted",
    /// `He defended the remark, saying: "…"`: a participle or coordinated cue before the mark.
    DirectParticiple = "direct.participle",
    /// `Martell, the doctor, is more blunt: "…"`: a clause about a person ending in a colon.
    DirectColonIntro = "direct.colon-intro",
    // Paragraphs given whole.
    /// A paragraph without marks after a cue that ends the paragraph before with a colon.
    BlockQuote = "block.quote",
    /// `WALLACE: …`: a transcript line labelled with a person of the story.
    LabelTranscript = "label.transcript",
    /// `Pence: …`: a headline labelled with a speaker, a document word or an outlet.
    LabelHeadline = "label.headline",
    /// `… no family here. Lena Berg`: a pull quote signed with a name.
    SignedPullQuote = "signed.pull-quote",
    /// `… — Name (@handle) date`: an embedded post signed with its author.
    SignedPost = "signed.post",
    /// `“…” ― Name, place`: a quotation opening its paragraph, signed after a dash.
    SignedDash = "signed.dash",
    // Reported speech: what the verb reports, on its right.
    /// `X said that CLAUSE`: an explicit "that".
    ReportedThat = "reported.that",
    /// `As the Globe noted, CLAUSE`: the main clause after an "as" lead.
    ReportedAsLead = "reported.as-lead",
    /// `X said: CLAUSE`: a colon after the cue.
    ReportedColon = "reported.colon",
    /// `X pledged to cut …`, `urged police to investigate`: an infinitive.
    ReportedInfinitive = "reported.infinitive",
    /// `X asked whether …`, `said why …`: an indirect question.
    ReportedQuestion = "reported.question",
    /// `X said CLAUSE`: a bare clause after a verb of saying.
    ReportedClause = "reported.clause",
    /// `the report found CLAUSE`: a clause after a document's verb.
    ReportedDocumentClause = "reported.document-clause",
    /// `Democrats believe CLAUSE`: a belief in the present tense and its bare clause.
    ReportedBelief = "reported.belief",
    /// `X called for …`, `referred to …`: the object of a verb phrase.
    ReportedObjectPhrase = "reported.object-phrase",
    /// `X called it "a disaster"`: a noun-phrase object holding a quotation.
    ReportedQuotedObject = "reported.quoted-object",
    /// `X cited …`, `the study found 31 cases`: evidence put forward.
    ReportedEvidence = "reported.evidence",
    /// `X criticized the plan`, `X endorsed Cruz`: the target of a judgement or announcement.
    ReportedTarget = "reported.target",
    /// `X described the pier as a hazard`: an object and what it is called.
    ReportedCalledAs = "reported.called-as",
    /// `what the mayor calls the board's attack`: a name given to a relative word.
    ReportedNamingRelative = "reported.naming-relative",
    /// `a move the board said was needed`: a relative clause interrupted by the cue.
    ReportedGapRelative = "reported.gap-relative",
    // Reported speech: the clause on the verb's left.
    /// `CLAUSE, X said`.
    ReportedLeft = "reported.left",
    /// `CLAUSE, said X`.
    ReportedLeftInverted = "reported.left-inverted",
    /// `The plan, she said, will fail`: the clause around a parenthetical cue.
    ReportedParenthetical = "reported.parenthetical",
    /// `In the long run, economists say, the levy will …`: the clause after an opening adjunct.
    ReportedOpeningAdjunct = "reported.opening-adjunct",
    // Other attributions.
    /// `According to X, CLAUSE`.
    AccordingOpening = "according.opening",
    /// `CLAUSE, according to X`.
    AccordingClosing = "according.closing",
    /// `The truth, according to experts, is that …`: the clause around the phrase.
    AccordingMiddle = "according.middle",
    /// `In a poll released Monday, 52 percent …`: a finding after an opening phrase.
    FindingOpening = "finding.opening",
    /// `… ahead by nine points in a CBC survey`: a finding before a closing phrase.
    FindingClosing = "finding.closing",
    /// `Asked whether the pier was safe, Ruiz said …`: a question put in a leading clause.
    QuestionLeading = "question.leading",
    /// `Ruiz was asked whether …`, `… when asked if …`: a question put within the main clause.
    QuestionWithin = "question.within",
    /// `Ruiz's claim that the pier was safe`: a noun of saying, its owner and its clause.
    OwnedClaim = "owned.claim",
    /// A quotation no cue claimed that reads as speech: it continues a speaker.
    Floating = "floating.speech",
    // Speakers.
    /// A transcript label's person.
    SpeakerLabel = "speaker.label",
    /// A pronoun, resolved through the discourse.
    SpeakerPronoun = "speaker.pronoun",
    /// A name of a known actor.
    SpeakerName = "speaker.name",
    /// `the Kentucky Republican`: a party or nationality word for the person just named.
    SpeakerDemonym = "speaker.demonym",
    /// A name the recognizer skipped, added as an actor.
    SpeakerNewName = "speaker.new-name",
    /// `the report said`: whoever issued the document.
    SpeakerDocumentOwner = "speaker.document-owner",
    /// `the minister said`: the last actor that carried that role or head word.
    SpeakerDescription = "speaker.description",
    /// `a senior Interior Ministry official said`: an unnamed person of a named body, an
    /// anonymous source affiliated with it.
    SpeakerAffiliated = "speaker.affiliated",
    /// `the prime minister's office said`, `Trump's spokesman said`: the named actor that owns
    /// the role or office.
    SpeakerOwner = "speaker.owner",
    /// `sources said`, after `sources familiar with the talks`: the same unnamed group.
    SpeakerSameSource = "speaker.same-source",
    /// `a senior official`, `critics`: a new anonymous source, group or body.
    SpeakerNewSource = "speaker.new-source",
    /// A floating quote's speaker: the last speaker of the last three paragraphs.
    SpeakerLastSpeaker = "speaker.last-speaker",
    /// A floating quote's speaker: the person the text has just been about.
    SpeakerSalientPerson = "speaker.salient-person",
    /// `…, adding …`: the speaker of the attribution before it in the sentence.
    SpeakerSameSentence = "speaker.same-sentence",
    /// `…, adding …` opening a sentence: the last speaker of the paragraph before.
    SpeakerPrevious = "speaker.previous",
    // Actor kinds.
    /// `Foreign Minister Ana Ruiz`: a person after a title.
    ActorTitle = "actor.title",
    /// `spokesperson Lu Kang`: a person after a role noun.
    ActorRoleBefore = "actor.role-before",
    /// `Ruiz, president of the union,`: a person with a role in apposition.
    ActorAppositiveRole = "actor.appositive-role",
    /// `Foreign Ministry`, `Canadian Pacific Railway`: an organization head word or suffix.
    ActorOrgHead = "actor.org-head",
    /// `Reuters`: a known one-word organization.
    ActorOrgName = "actor.org-name",
    /// `Amherst, N.S.`, `Fresno, Calif.`: a name before a comma and its province, state or
    /// country.
    ActorCityRegion = "actor.city-region",
    /// `Senate Democrats`, `House Republicans`: a group of people after a body's word.
    ActorBodyMembers = "actor.body-members",
    /// `Napoleon III of France`: a name with a ruler's number.
    ActorRegnal = "actor.regnal",
    /// `the Casamance region`, `the village of Djibonker`: a name the text calls a place.
    ActorPlaceContext = "actor.place-context",
    /// `Health Canada`, `Hockey Canada`: a common noun before a country's name.
    ActorNationalBody = "actor.national-body",
    /// `AFN`, `UFCW Local`: an acronym.
    ActorAcronym = "actor.acronym",
    /// `NASA Administrator Marta Quillon`: the body before a person's title.
    ActorBodyBeforeTitle = "actor.body-before-title",
    /// `Beijing`, `New York`: a place of the place lists.
    ActorPlace = "actor.place",
    /// `PORT ALDER (Wire) —`: a dateline's place.
    ActorDatelinePlace = "actor.dateline-place",
    /// `PORT ALDER (Wire) —`: the agency a dateline names.
    ActorDatelineAgency = "actor.dateline-agency",
    /// Two to four capitalized words: a person.
    ActorCapitalized = "actor.capitalized",
    /// Five or more capitalized words without a given name: an organization.
    ActorLongName = "actor.long-name",
    /// A single capitalized word that joins no full name: a person once it acts.
    ActorSingleWord = "actor.single-word",
    /// A name of two words or more left without a kind (an acronym's entity taken over by a
    /// definition in parentheses): a person.
    ActorFullName = "actor.full-name",
    /// A name that speaks: a person.
    ActorSpeaks = "actor.speaks",
    /// A name a he or she refers to: a person.
    ActorPronoun = "actor.pronoun",
    /// An unnamed source, group or body made an actor by what it says or holds.
    ActorDescribed = "actor.described",
    /// `Cisco Talos … the security firm said`: a name taken for a person by its shape, which
    /// a description of a body refers back to.
    ActorDescribedBody = "actor.described-body",
    /// A name whose kind no rule settles, typed by the model trained on GUM.
    ActorModel = "actor.model",
    /// `Casamance River`, `Museum of Flight`: a name headed by a place word.
    ActorPlaceHead = "actor.place-head",
    // Stances.
    /// `opposed the permit`, `support for the plan`: a stance word and its target.
    StanceWord = "stance.word",
    /// `no longer opposes`, `did not support`: a stance word after a negation.
    StanceNegated = "stance.negated",
    /// `declined to comment on`, `stopped short of endorsing`: a hedge, neutral.
    StanceHedge = "stance.hedge",
    /// `nothing like the old tax`, `no chance that …`: a denial, opposing.
    StanceDenial = "stance.denial",
    /// `chose not to attend`: refusing to take part, opposing.
    StanceRefusal = "stance.refusal",
    /// `“The ferry plan will ruin the harbour,” said X`: the words around a target inside a
    /// speaker's content.
    StanceQuoted = "stance.quoted",
    /// `called the levy reckless`: naming a target with an evaluation.
    StanceCalled = "stance.called",
    /// `called for an inquiry`, `demanded an apology`: asking for a target, supporting it.
    StanceAsks = "stance.asks",
    /// `“The utility is to blame,” she said`: blaming a target, opposing it; the speaker holds it.
    StanceBlame = "stance.blame",
}

#[cfg(test)]
mod tests {
    use super::Rule;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            let id = r.id();
            assert!(seen.insert(id), "{id} twice");
            let (room, name) = id.split_once('.').unwrap_or(("", ""));
            assert!(!room.is_empty() && !name.is_empty(), "{id}: room.name");
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'.'),
                "{id}: lowercase words and hyphens"
            );
        }
    }

    /// The ids in the first column of DESIGN.md's rule tables (those headed `| id |`).
    fn design_ids() -> Vec<&'static str> {
        let design = include_str!("../../DESIGN.md");
        let mut ids = Vec::new();
        let mut in_table = false;
        for line in design.lines() {
            if line.starts_with("| id |") {
                in_table = true;
            } else if !line.starts_with('|') {
                in_table = false;
            } else if in_table {
                let cell = line.trim_start_matches('|').split('|').next().unwrap_or("").trim();
                if let Some(id) = cell.strip_prefix('`').and_then(|c| c.strip_suffix('`')) {
                    ids.push(id);
                }
            }
        }
        ids
    }

    #[test]
    fn design_lists_every_rule() {
        let listed = design_ids();
        for r in Rule::ALL {
            assert!(listed.contains(&r.id()), "DESIGN.md has no row for {}", r.id());
        }
        for id in &listed {
            assert!(
                Rule::ALL.iter().any(|r| r.id() == *id),
                "DESIGN.md lists {id}, which no rule has"
            );
        }
        assert_eq!(listed.len(), Rule::ALL.len(), "each rule has one row");
    }

    /// The comment lines of the core's sources, test modules aside.
    fn source_comments() -> String {
        fn walk(dir: &std::path::Path, out: &mut String) {
            let Ok(entries) = std::fs::read_dir(dir) else { return };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() && !path.ends_with("tests") {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("tests.rs")
                    && !path.ends_with("rules.rs")
                {
                    let src = std::fs::read_to_string(&path).unwrap_or_default();
                    for line in src.lines().filter(|l| l.trim_start().starts_with("//")) {
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
        }
        let mut out = String::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
        out
    }

    #[test]
    fn the_code_names_every_rule_where_it_is_read() {
        let comments = source_comments();
        // The id whole: "reported.left" is not named by "reported.left-inverted".
        let names = |id: &str| {
            comments.match_indices(id).any(|(i, _)| {
                let after = comments[i + id.len()..].chars().next();
                !after.is_some_and(|c| c == '-' || c.is_ascii_alphanumeric())
            })
        };
        for r in Rule::ALL {
            assert!(names(r.id()), "no code comment names {}", r.id());
        }
    }
}
