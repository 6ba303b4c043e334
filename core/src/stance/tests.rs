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
            &[("Lena Ortiz", Support, "plan", "backed")],
        ),
        (
            "stance.word: oppose verb",
            "Senator Ivo Brandt opposed the mining permit.",
            &[("Ivo Brandt", Oppose, "permit", "opposed")],
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
            "stance.negated: refusing to take part in what a stance word names",
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
            &[("Mei Lin", Oppose, "tax", "nothing like")],
        ),
        (
            "stance.word: quote-borne stance",
            "“I support the new curfew,” said Omar Haddad.",
            &[("Omar Haddad", Support, "curfew", "support")],
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
            "adjectives are not stances",
            "The council faced an unfair burden this year.",
            &[],
        ),
    ];
    for (name, text, want) in cases {
        let want: Vec<(String, Polarity, String, String)> = want
            .iter()
            .map(|(h, p, t, c)| (h.to_string(), *p, t.to_string(), c.to_string()))
            .collect();
        let (got, rules) = stances(text);
        assert_eq!(got, want, "case {name}: {text}");
        let named: Vec<&str> = name
            .split_once(": ")
            .map(|(ids, _)| ids.split(' ').collect())
            .unwrap_or_default();
        assert_eq!(rules, named, "case {name}: the rules of the stances");
    }
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
