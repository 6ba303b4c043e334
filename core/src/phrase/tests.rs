//! Unit tests of the phrase readers, one named case per reading, in our own words.

use super::*;
use crate::segment::segment;

/// The text of tokens `r`.
fn text_of(v: &View, r: &Range<usize>) -> String {
    if r.is_empty() {
        return String::new();
    }
    v.span_of(r).text(v.text).to_string()
}

/// The first token whose text is `word`, after `after` tokens.
fn find(v: &View, word: &str, after: usize) -> usize {
    (after..v.len())
        .find(|&k| v.word(k) == word)
        .unwrap_or_else(|| panic!("no {word:?} in {:?}", v.text))
}

/// What [`subject_left`] reads before `verb` in `text`: the phrase, its head word, its kind.
fn subject(text: &str, verb: &str) -> Option<(String, String, Head)> {
    let seg = segment(text);
    let v = View::new(text, &seg);
    let k = find(&v, verb, 0);
    let lo = v.sentence(k).start;
    subject_left(&v, k, lo).map(|np| (text_of(&v, &np.toks), v.word(np.head).to_string(), np.kind))
}

/// What [`np_right`] reads from the token after `after`, to the end of its sentence.
fn right(text: &str, after: &str) -> Option<(String, String, Head)> {
    let seg = segment(text);
    let v = View::new(text, &seg);
    let k = find(&v, after, 0) + 1;
    let hi = v.sentence(k).end;
    np_right(&v, k, hi).map(|np| (text_of(&v, &np.toks), v.word(np.head).to_string(), np.kind))
}

type Case = (
    &'static str,
    &'static str,
    &'static str,
    Option<(&'static str, &'static str, Head)>,
);

fn owned(want: Option<(&str, &str, Head)>) -> Option<(String, String, Head)> {
    want.map(|(p, h, k)| (p.to_string(), h.to_string(), k))
}

#[test]
fn subjects_read_leftwards() {
    use Head::{Name, Noun, Pronoun};
    let cases: &[Case] = &[
        ("pronoun", "Later she said no.", "said", Some(("she", "she", Pronoun))),
        (
            "title and name",
            "Deputy Mayor Lena Ortiz said no.",
            "said",
            Some(("Deputy Mayor Lena Ortiz", "Ortiz", Name)),
        ),
        (
            "fillers between subject and verb",
            "Ortiz has also said no.",
            "said",
            Some(("Ortiz", "Ortiz", Name)),
        ),
        (
            "time phrase between subject and verb",
            "Ortiz last week said no.",
            "said",
            Some(("Ortiz", "Ortiz", Name)),
        ),
        (
            "adverb set off by commas",
            "Farmers, however, say the rain came late.",
            "say",
            Some(("Farmers", "Farmers", Noun)),
        ),
        (
            "appositive after a name (the name is the phrase)",
            "Ortiz, the harbour master, said no.",
            "said",
            Some(("Ortiz", "Ortiz", Name)),
        ),
        (
            "age in apposition",
            "Ortiz, 52, said no.",
            "said",
            Some(("Ortiz", "Ortiz", Name)),
        ),
        (
            "name inside an appositive",
            "A lawyer for the crew, Dana Holm, said no.",
            "said",
            Some(("A lawyer for the crew, Dana Holm", "Holm", Name)),
        ),
        (
            "phrase set off by dashes",
            "Ortiz — a former pilot — said no.",
            "said",
            Some(("Ortiz — a former pilot —", "Ortiz", Name)),
        ),
        (
            "acronym in brackets",
            "The Harbour Pilots Guild (HPG) said no.",
            "said",
            Some(("The Harbour Pilots Guild (HPG)", "Guild", Name)),
        ),
        (
            "speaker noun with modifiers",
            "A senior port official said no.",
            "said",
            Some(("A senior port official", "official", Noun)),
        ),
        (
            "speaker noun and its preposition",
            "A spokesperson for the ministry said no.",
            "said",
            Some(("A spokesperson for the ministry", "spokesperson", Noun)),
        ),
        (
            "a chain of prepositional phrases",
            "A lawyer for the family of the driver said no.",
            "said",
            Some(("A lawyer for the family of the driver", "lawyer", Noun)),
        ),
        (
            "anonymous source with its description",
            "A source close to the talks said no.",
            "said",
            Some(("A source close to the talks", "source", Noun)),
        ),
        (
            "relative clause before the verb",
            "An official who asked not to be named said no.",
            "said",
            Some(("An official who asked not to be named", "official", Noun)),
        ),
        (
            "quantity alone",
            "Many said the fares were too high.",
            "said",
            Some(("Many", "Many", Noun)),
        ),
        (
            "share of those asked",
            "Six in 10 say the fares are too high.",
            "say",
            Some(("Six in 10", "10", Noun)),
        ),
        (
            "coordinated subjects",
            "Ortiz and her deputy said no.",
            "said",
            Some(("Ortiz and her deputy", "Ortiz", Name)),
        ),
        (
            "unlisted noun after an owner",
            "His aunt said no.",
            "said",
            Some(("His aunt", "aunt", Noun)),
        ),
        (
            "described noun with one prepositional phrase",
            "A narrator in the film asks why.",
            "asks",
            Some(("A narrator in the film", "narrator", Noun)),
        ),
        (
            "person before a body",
            "Tim Guest with the Port Authority said no.",
            "said",
            Some(("Tim Guest with the Port Authority", "Guest", Name)),
        ),
        (
            "the antecedent of who",
            "The plan drew fire from farmers, who said it was late.",
            "said",
            Some(("farmers, who", "farmers", Noun)),
        ),
        ("nothing before the verb", "Said nothing.", "Said", None),
    ];
    let failed: Vec<String> = cases
        .iter()
        .filter_map(|(name, text, verb, want)| {
            let got = subject(text, verb);
            (got != owned(*want)).then(|| format!("case {name}: {text}\n  got  {got:?}\n  want {want:?}"))
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn phrases_read_rightwards() {
    use Head::{Name, Noun, Pronoun};
    let cases: &[Case] = &[
        (
            "a name",
            "“No,” said Lena Ortiz.",
            "said",
            Some(("Lena Ortiz", "Ortiz", Name)),
        ),
        ("a pronoun", "“No,” said she.", "said", Some(("she", "she", Pronoun))),
        ("an object pronoun is none", "“No,” told him.", "told", None),
        (
            "a description before a name",
            "“No,” said oil and gas worker Mike Wipf.",
            "said",
            Some(("oil and gas worker Mike Wipf", "Wipf", Name)),
        ),
        (
            "an owner's phrase with a name in apposition",
            "“No,” said Campbell's partner, Jason Louth.",
            "said",
            Some(("Campbell's partner, Jason Louth", "Louth", Name)),
        ),
        (
            "a determined place before a role noun",
            "“No,” said the Waterloo resident.",
            "said",
            Some(("the Waterloo resident", "resident", Noun)),
        ),
        (
            "two names, the first speaking",
            "“No,” said Ana Ruiz and Tom Berg.",
            "said",
            Some(("Ana Ruiz and Tom Berg", "Ruiz", Name)),
        ),
        (
            "a speaker noun and its body",
            "“No,” said a spokesperson for the ministry.",
            "said",
            Some(("a spokesperson for the ministry", "spokesperson", Noun)),
        ),
        (
            "a document and its author",
            "The port is busier, according to a survey by Harbour Watch.",
            "to",
            Some(("a survey by Harbour Watch", "survey", Noun)),
        ),
        (
            "commas between modifiers",
            "“No,” said the lanky, bespectacled professor.",
            "said",
            Some(("the lanky, bespectacled professor", "professor", Noun)),
        ),
        (
            "an unlisted noun that ends the clause",
            "“No,” said the affable proprietor.",
            "said",
            Some(("the affable proprietor", "proprietor", Noun)),
        ),
        ("a verb is no phrase", "“No,” said was the answer.", "said", None),
    ];
    let failed: Vec<String> = cases
        .iter()
        .filter_map(|(name, text, after, want)| {
            let got = right(text, after);
            (got != owned(*want)).then(|| format!("case {name}: {text}\n  got  {got:?}\n  want {want:?}"))
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn time_phrases() {
    // (case, text, the word the phrase ends with, the phrase)
    let cases = [
        ("weekday", "Ortiz on Tuesday said no.", "Tuesday", "on Tuesday"),
        ("last week", "Ortiz last week said no.", "week", "last week"),
        (
            "earlier this month",
            "Ortiz earlier this month said no.",
            "month",
            "earlier this month",
        ),
        ("month after in", "Ortiz in July said no.", "July", "in July"),
        ("a bare unit is none", "The week said no.", "week", ""),
        ("a month alone is none", "Ortiz July said no.", "July", ""),
    ];
    for (name, text, last, want) in cases {
        let seg = segment(text);
        let v = View::new(text, &seg);
        let end = find(&v, last, 0) + 1;
        let start = time_phrase_left(&v, end, 0);
        assert_eq!(text_of(&v, &(start..end)), want, "case {name}");
    }
}

#[test]
fn document_subjects() {
    let cases = [
        (
            "document with its description",
            "Footage of the crossing shows the ferry late.",
            "shows",
            Some("Footage of the crossing"),
        ),
        (
            "a phrase the document completes",
            "The average of polls shows a close race.",
            "shows",
            Some("The average of polls"),
        ),
        ("no document", "The ferry shows its age.", "shows", None),
    ];
    for (name, text, verb, want) in cases {
        let seg = segment(text);
        let v = View::new(text, &seg);
        let k = find(&v, verb, 0);
        let got = document_subject_left(&v, k, 0).map(|np| text_of(&v, &np.toks));
        assert_eq!(got.as_deref(), want, "case {name}");
    }
}

#[test]
fn word_classes_and_positions() {
    let text = "On Tuesday, the union's spokesperson, familiar with the talks, said May may come.";
    let seg = segment(text);
    let v = View::new(text, &seg);
    let at = |w: &str| find(&v, w, 0);
    assert!(opens_clause(&v, at("the"), 0), "after an opening phrase and its comma");
    assert!(after_first_comma(&v, at("the"), 0));
    assert!(!opens_clause(&v, at("familiar"), 0));
    assert!(source_descriptor(&v, at("familiar")));
    assert!(!source_descriptor(&v, at("talks")));
    assert!(is_speaker_noun(&v.toks[at("spokesperson")]));
    assert!(is_verbish(&v.toks[at("said")]));
    assert!(is_cap_word(&v.toks[at("May")]), "a month can be a name");
    assert!(!is_cap_word(&v.toks[at("Tuesday")]), "a weekday is not");
    assert!(!is_cap_word(&v.toks[at("may")]));
    let text = "the director of state campaigns";
    let seg = segment(text);
    let v = View::new(text, &seg);
    assert!(
        !verb_in_phrase(&v, find(&v, "state", 0)),
        "a cue word after a preposition is a noun"
    );
}
