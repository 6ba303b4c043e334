//! The word table, the loaders and the data files.

use super::load::plural_of;
use super::table::fold_ascii;
use super::*;

#[test]
fn fold_ascii_lowercases_each_byte_alone() {
    // Every byte value at every position, among neighbours of every kind.
    let fill = *b"A\xc3z@[`{\x80";
    for pos in 0..8 {
        for b in 0..=255u8 {
            let mut bytes = fill;
            bytes[pos] = b;
            let want = bytes.map(|x| x.to_ascii_lowercase());
            assert_eq!(
                fold_ascii(u64::from_le_bytes(bytes)),
                u64::from_le_bytes(want),
                "{b:#x} at {pos}"
            );
        }
    }
}

#[test]
fn lookups_fold_case_at_every_length() {
    let lex = lexicon();
    // Short words match inside their slot; "spokeswoman" (11 bytes) is the longest that
    // does; "spokespeople" (12) and "superintendent" (14) are compared in full.
    for w in [
        "i",
        "he",
        "she",
        "said",
        "spokeswoman",
        "spokespeople",
        "superintendent",
        "in a statement",
    ] {
        let id = lex.lookup(w);
        if w.contains(' ') {
            assert_eq!(id, NO_ENTRY, "{w}");
            continue;
        }
        assert_ne!(id, NO_ENTRY, "{w}");
        assert_eq!(lex.lookup(&w.to_uppercase()), id, "{w}");
        let mut title = w.to_string();
        title[..1].make_ascii_uppercase();
        assert_eq!(lex.lookup(&title), id, "{w}");
        // One letter more or less, or one changed, is another word.
        for other in [format!("{w}x"), w[..w.len() - 1].to_string(), format!("x{}", &w[1..])] {
            assert_ne!(lex.lookup(&other), id, "{w} / {other}");
        }
    }
}

#[test]
fn words_carry_their_classes() {
    let lex = lexicon();
    assert!(lex.get("Said").has(flag::CUE));
    assert!(lex.get("told").has(flag::CUE));
    assert!(lex.get("Ministry").has(flag::ORG_HEAD));
    assert!(lex.get("critics").has(flag::GROUP));
    assert!(lex.get("Beijing").has(flag::PLACE));
    assert!(lex.get("new").has(flag::PLACE_START));
    assert!(lex.places.contains_key("new york"));
    assert_eq!(lex.get("she").pron, Some((Person::Female, Case::Subj)));
    assert_eq!(lex.get("Sen").abbr, Some(Abbr::Title));
    assert_eq!(lex.get("Maria").gender, Gender::Female);
    assert!(lex.get("n’t").has(flag::NEGATION));
    assert!(lex.get("N’T").has(flag::NEGATION));
    assert_eq!(lex.lookup("’S"), lex.lookup("'s"));
    assert_eq!(lex.lookup("zzzqqq"), NO_ENTRY);
    let said = lex.get("said").cue.unwrap() as usize;
    assert_eq!(lex.cues[said].lemma, "say");
    assert!(lex.cues[said].flags.speech());
    assert_eq!(lex.phrase("according to"), Some(PhraseRole::SourceAfter));
}

#[test]
fn role_plurals_name_groups() {
    let cases = [
        ("candidate", "candidates"),
        ("spokesman", "spokesmen"),
        ("secretary", "secretaries"),
        ("attorney", "attorneys"),
        ("witness", "witnesses"),
        ("coach", "coaches"),
        ("wife", "wives"),
    ];
    for (word, want) in cases {
        assert_eq!(plural_of(word), want, "{word}");
    }
    let lex = lexicon();
    for w in ["candidates", "spokesmen", "drivers"] {
        assert!(lex.lookup_entry(w).has(flag::GROUP), "{w}");
    }
}

#[test]
fn every_data_line_is_well_formed() {
    // Each file's rows must have the columns its header promises.
    for (src, cols) in [
        (include_str!("../../data/cues.txt"), 3),
        (include_str!("../../data/cue_phrases.txt"), 2),
        (include_str!("../../data/abbreviations.txt"), 2),
        (include_str!("../../data/function_words.txt"), 3),
        (include_str!("../../data/pronouns.txt"), 3),
        (include_str!("../../data/calendar.txt"), 3),
        (include_str!("../../data/organizations.txt"), 2),
        (include_str!("../../data/given_names.txt"), 2),
    ] {
        for row in data_lines(src) {
            assert_eq!(row.len(), cols, "bad row {row:?}");
        }
    }
    // An abbreviated title may name the word it stands for, which is a title itself.
    for row in data_lines(include_str!("../../data/roles.txt")) {
        assert!(
            row.len() == 3 || (row.len() == 4 && row[2] == "title"),
            "bad row {row:?}"
        );
        if let Some(full) = row.get(3) {
            assert!(lexicon().lookup_entry(full).has(flag::TITLE), "bad row {row:?}");
        }
    }
    for row in data_lines(include_str!("../../data/documents.txt")) {
        assert!(row.len() <= 3, "bad row {row:?}");
        assert!(row.len() == 1 || ["finding", "-"].contains(&row[1]), "bad row {row:?}");
        assert!(row.len() < 3 || !row[2].is_empty(), "bad row {row:?}");
    }
}

#[test]
fn places_that_govern() {
    let lex = lexicon();
    let cases = [
        ("a country", "China", true),
        ("a country, with its article and stops", "the U.S.", true),
        ("a national capital", "Beijing", true),
        ("a province", "Alberta", true),
        ("a seat of government", "Downing Street", true),
        ("a city", "Edmonton", false),
        ("a city of two words", "Cape Town", false),
        ("a region", "Middle East", false),
        ("a place the lexicon does not list", "Sherbrook Street", false),
        ("no place", "Ana Ruiz", false),
    ];
    for (name, place, governs) in cases {
        assert_eq!(lex.governs(place), governs, "{name}: {place}");
    }
}
