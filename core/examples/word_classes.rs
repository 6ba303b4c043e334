//! Derives `core/data/word_classes.txt`, the usual word class of each frequent word, from the
//! part-of-speech tags of GUM's training documents.
//!
//! ```text
//! cargo run --release -p standpoint-core --example word_classes -- \
//!     ../shared/eval/data/gum/gum_train.jsonl core/data/word_classes.txt
//! ```
//!
//! For each lowercase word seen at least `MIN` (2) times as a noun, proper noun, verb,
//! adjective or adverb, the classes it takes in at least a quarter of those uses, most used
//! first, from documents whose text is not share-alike. Function words are the lexicon's
//! own; only content classes are written. The output carries GUM's attribution (CC BY 4.0),
//! as its licence asks.

use std::collections::BTreeMap;
use std::io::Write;

/// The content classes written, by GUM's universal tag.
fn class_of(upos: &str) -> Option<&'static str> {
    Some(match upos {
        "NOUN" | "PROPN" => "noun",
        "VERB" => "verb",
        "ADJ" => "adj",
        "ADV" => "adv",
        _ => return None,
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = &args[..] else {
        eprintln!("usage: word_classes GUM_TRAIN.jsonl OUT.txt");
        std::process::exit(2);
    };
    let min: usize = std::env::var("MIN").ok().and_then(|m| m.parse().ok()).unwrap_or(2);
    let text = std::fs::read_to_string(input).unwrap_or_else(|e| panic!("cannot read {input}: {e}"));
    // word → class → uses; and all uses, whatever the tag.
    let mut counts: BTreeMap<String, BTreeMap<&'static str, usize>> = BTreeMap::new();
    let mut uses: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        // Share-alike texts (GUM's Wikipedia and Wikivoyage genres) are left out, so the list
        // carries the annotations' CC BY terms only.
        if doc["license"]["text"].as_str().is_some_and(|l| l.contains("SA")) {
            continue;
        }
        let body = doc["text"].as_str().unwrap_or_default();
        let chars: Vec<char> = body.chars().collect();
        for tok in doc["tokens"].as_array().into_iter().flatten() {
            let (Some(s), Some(e)) = (tok["span"][0].as_u64(), tok["span"][1].as_u64()) else {
                continue;
            };
            let Some(word) = chars.get(s as usize..e as usize) else {
                continue;
            };
            let word: String = word.iter().collect::<String>().to_lowercase();
            if !word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') {
                continue;
            }
            *uses.entry(word.clone()).or_default() += 1;
            if let Some(class) = tok["upos"].as_str().and_then(class_of) {
                *counts.entry(word).or_default().entry(class).or_default() += 1;
            }
        }
    }
    let mut out = std::fs::File::create(output).unwrap_or_else(|e| panic!("cannot write {output}: {e}"));
    let header = "\
# The usual classes of frequent content words: noun, verb, adj, adv, most used first, each
# taken in at least a quarter of the word's uses. Derived by core/examples/word_classes.rs from
# the part-of-speech annotations of the GUM corpus's training documents (GUM V11.1.0, genres
# whose texts carry no share-alike terms): Amir Zeldes and the GUM annotators,
# https://gucorpling.org/gum/, annotations under CC BY 4.0 (see GUM-LICENSE.txt). Zeldes, A.
# (2017) The GUM Corpus: Creating Multilayer Resources in the Classroom. Language Resources and
# Evaluation 51(3), 581-612. Columns: word (lowercase), classes (space-separated).
";
    out.write_all(header.as_bytes()).expect("write");
    let mut written = 0;
    for (word, classes) in &counts {
        let content: usize = classes.values().sum();
        // Mostly a function word in its other uses ("that", "like"): the lexicon knows it.
        if content < min || content * 2 < uses[word] {
            continue;
        }
        let mut by_use: Vec<(&str, usize)> = classes.iter().map(|(&c, &n)| (c, n)).collect();
        by_use.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let kept: Vec<&str> = by_use
            .iter()
            .filter(|&&(_, n)| n * 4 >= content)
            .map(|&(c, _)| c)
            .collect();
        writeln!(out, "{word}\t{}", kept.join(" ")).expect("write");
        written += 1;
    }
    eprintln!("{written} words written to {output}");
}
