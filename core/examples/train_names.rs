//! Trains the model of actor kinds and writes `core/data/name_model.bin`.
//!
//! ```text
//! cargo run --release -p standpoint-core --features train --example train_names -- \
//!     ../shared/eval/data/gum/gum_train.jsonl core/data/name_model.bin [GUM_DEV.jsonl]
//! ```
//!
//! Every name candidate the core finds in GUM's training documents is labelled by GUM's gold
//! entities: the type (person, organization, place) of the named mention whose head lies
//! rightmost inside it, "other" for any other type or when no named mention is there (a
//! holiday, a heading, a capitalized first word). A multinomial logistic regression over the
//! core's own features of the candidate (`standpoint_core::train::name_examples`) is fitted
//! and quantized to one signed byte per weight. `EPOCHS` (6), `LR` (0.05), `L2` (1e-5) and
//! `MINF` (2, the fewest candidates a feature must occur with) can be set in the environment.
//! With a dev file it prints the accuracy on it. GUM's annotations are CC BY 4.0 (Amir Zeldes
//! and the GUM annotators; see `core/data/GUM-LICENSE.txt`), and so is the model.

use standpoint_core::train::{fit, name_examples, quantize, NAME_BUCKETS, NAME_CLASSES};

type Example = (Vec<u32>, usize);

/// The class of a gold entity type.
fn class_of(kind: &str) -> usize {
    match kind {
        "person" => 0,
        "organization" => 1,
        "place" => 2,
        _ => 3,
    }
}

/// The labelled candidates of a GUM file.
fn read(path: &str) -> Vec<Example> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let body = doc["text"].as_str().unwrap_or_default();
        let tokens = doc["tokens"].as_array().cloned().unwrap_or_default();
        let span =
            |v: &serde_json::Value| -> Option<[usize; 2]> { Some([v[0].as_u64()? as usize, v[1].as_u64()? as usize]) };
        // Named mentions: (head span, class).
        let named: Vec<([usize; 2], usize)> = doc["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| {
                let head = tokens.get(e["head_token"].as_u64()? as usize)?;
                (head["upos"] == "PROPN").then(|| Some((span(&head["span"])?, class_of(e["type"].as_str()?))))?
            })
            .collect();
        for (c, feats) in name_examples(body) {
            let class = named
                .iter()
                .filter(|(h, _)| c[0] <= h[0] && h[1] <= c[1])
                .max_by_key(|(h, _)| h[0])
                .map_or(3, |&(_, k)| k);
            out.push((feats, class));
        }
    }
    out
}

/// Accuracy of `w` on `data`, and the confusion counts (gold × predicted).
fn evaluate(w: &[f32], data: &[Example]) -> (f32, [[usize; 4]; 4]) {
    let mut conf = [[0usize; 4]; 4];
    for (feats, y) in data {
        let mut s = [0.0f32; 4];
        for &f in feats {
            for (c, v) in s.iter_mut().enumerate() {
                *v += w[f as usize * 4 + c];
            }
        }
        let p = (0..4).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap_or(3);
        conf[*y][p] += 1;
    }
    let right: usize = (0..4).map(|c| conf[c][c]).sum();
    (right as f32 / data.len().max(1) as f32, conf)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(train_path), Some(out_path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: train_names GUM_TRAIN.jsonl OUT.bin [GUM_DEV.jsonl]");
        std::process::exit(2);
    };
    let env = |k: &str, d: f32| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let mut train = read(train_path);
    // Features seen with fewer than MINF candidates carry no weight: they only memorize.
    let min_freq = env("MINF", 2.0) as usize;
    let mut freq = vec![0usize; NAME_BUCKETS];
    for (f, _) in &train {
        let mut seen = f.clone();
        seen.sort_unstable();
        seen.dedup();
        for b in seen {
            freq[b as usize] += 1;
        }
    }
    for (f, _) in &mut train {
        f.retain(|&b| freq[b as usize] >= min_freq);
    }
    let mut counts = [0usize; 4];
    for (_, y) in &train {
        counts[*y] += 1;
    }
    eprintln!("{} candidates ({:?} by class {:?})", train.len(), counts, NAME_CLASSES);
    let w = fit(
        &train,
        4,
        NAME_BUCKETS,
        env("EPOCHS", 6.0) as usize,
        env("LR", 0.05),
        env("L2", 1e-5),
    );
    let (acc, _) = evaluate(&w, &train);
    eprintln!("training accuracy {acc:.3}");
    if let Some(dev) = args.get(2) {
        let dev = read(dev);
        let (acc, conf) = evaluate(&w, &dev);
        eprintln!(
            "dev accuracy {acc:.3} over {} candidates; gold × predicted {conf:?}",
            dev.len()
        );
    }
    std::fs::write(out_path, quantize(b"SPNM", NAME_BUCKETS, &w)).expect("writes the model");
    eprintln!("wrote {out_path}");
}
