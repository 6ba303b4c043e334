//! Trains the ranking of pronoun antecedents and writes `core/data/coref_model.bin`.
//!
//! ```text
//! cargo run --release -p standpoint-core --features train --example train_coref -- \
//!     ../shared/eval/data/gum/gum_train.jsonl core/data/coref_model.bin [GUM_DEV.jsonl]
//! ```
//!
//! The core annotates each of GUM's training documents; every third-person pronoun it
//! resolves is recorded with its candidates (`standpoint_core::train::take_records`). A
//! candidate is right when one of its earlier mentions overlaps an earlier mention of the
//! pronoun's gold coreference chain. A logistic regression over the candidates' features
//! learns to tell right from wrong; the core picks the best-scored candidate. Pronouns whose
//! chain none of the candidates reaches are left out. `EPOCHS` (20) and `LR` (0.05) can be set
//! in the environment. With a dev file it prints how often the model and the heuristic pick a
//! right candidate. GUM's annotations are CC BY 4.0 (Amir Zeldes and the GUM annotators; see
//! `core/data/GUM-LICENSE.txt`), and so is the model.

use standpoint_core::train::{fit, heuristic_only, quantize, take_records, RANK_BUCKETS};
use standpoint_core::{annotate, OffsetMap, Options};

/// One pronoun: each candidate's features and whether it is right, and the heuristic's pick.
type Pronoun = (Vec<(Vec<u32>, bool)>, usize);

/// The pronouns the core resolves in a GUM file, labelled by the gold chains.
fn read(path: &str) -> Vec<Pronoun> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let body = doc["text"].as_str().unwrap_or_default();
        take_records();
        annotate(body, &Options::default());
        let records = take_records();
        let tokens = token_spans(body);
        let span =
            |v: &serde_json::Value| -> Option<[usize; 2]> { Some([v[0].as_u64()? as usize, v[1].as_u64()? as usize]) };
        let ents: Vec<([usize; 2], String)> = doc["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| Some((span(&e["span"])?, e["cluster"].as_str()?.to_string())))
            .collect();
        for r in records {
            let Some(&p) = tokens.get(r.pos) else { continue };
            // The gold mention that is this pronoun, and the earlier mentions of its chain.
            let Some((_, cluster)) = ents
                .iter()
                .find(|(s, _)| s[0] <= p[0] && p[1] <= s[1] && s[1] - s[0] <= p[1] - p[0] + 1)
            else {
                continue;
            };
            let earlier: Vec<[usize; 2]> = ents
                .iter()
                .filter(|(s, c)| c == cluster && s[1] <= p[0])
                .map(|(s, _)| *s)
                .collect();
            let heuristic = r.heuristic;
            let candidates: Vec<(Vec<u32>, bool)> = r
                .candidates
                .into_iter()
                .map(|(mentions, feats)| {
                    let right = mentions.iter().any(|m| {
                        let (Some(a), Some(b)) = (tokens.get(m.start), tokens.get(m.end.saturating_sub(1))) else {
                            return false;
                        };
                        earlier.iter().any(|g| a[0] < g[1] && g[0] < b[1])
                    });
                    (feats, right)
                })
                .collect();
            if candidates.iter().any(|(_, r)| *r) {
                out.push((candidates, heuristic));
            }
        }
    }
    out
}

/// The character span of every token the core reads in `text`.
fn token_spans(text: &str) -> Vec<[usize; 2]> {
    let map = OffsetMap::new(text);
    standpoint_core::train::token_spans(text)
        .into_iter()
        .map(|s| [map.char_of(s.start), map.char_of(s.end)])
        .collect()
}

/// How often the model's best-scored candidate is right, and how often the heuristic's is.
fn evaluate(w: &[f32], data: &[Pronoun]) -> (f32, f32) {
    let (mut model, mut heuristic) = (0, 0);
    for (cands, h) in data {
        let score = |f: &[u32]| {
            f.iter()
                .map(|&b| w[b as usize * 2 + 1] - w[b as usize * 2])
                .sum::<f32>()
        };
        // The first of equal scores, as the core picks.
        let best = cands
            .iter()
            .reduce(|a, b| if score(&b.0) > score(&a.0) { b } else { a });
        model += usize::from(best.is_some_and(|(_, r)| *r));
        heuristic += usize::from(cands.get(*h).is_some_and(|(_, r)| *r));
    }
    let n = data.len().max(1) as f32;
    (model as f32 / n, heuristic as f32 / n)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(train_path), Some(out_path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: train_coref GUM_TRAIN.jsonl OUT.bin [GUM_DEV.jsonl]");
        std::process::exit(2);
    };
    let env = |k: &str, d: f32| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    // The records come from the heuristic's resolutions, so that they do not depend on the
    // model being replaced.
    heuristic_only(true);
    let train = read(train_path);
    let examples: Vec<(Vec<u32>, usize)> = train
        .iter()
        .flat_map(|(c, _)| c)
        .map(|(f, r)| (f.clone(), usize::from(*r)))
        .collect();
    eprintln!("{} pronouns, {} candidates", train.len(), examples.len());
    let w = fit(
        &examples,
        2,
        RANK_BUCKETS,
        env("EPOCHS", 20.0) as usize,
        env("LR", 0.05),
        1e-5,
    );
    for (name, data) in [("training", train)]
        .into_iter()
        .chain(args.get(2).map(|d| ("dev", read(d))))
    {
        let (m, h) = evaluate(&w, &data);
        eprintln!(
            "{name}: {} pronouns; model right {m:.3}, heuristic right {h:.3}",
            data.len()
        );
    }
    std::fs::write(out_path, quantize(b"SPCR", RANK_BUCKETS, &w)).expect("writes the model");
    eprintln!("wrote {out_path}");
}
