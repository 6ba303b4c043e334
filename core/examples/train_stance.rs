//! Trains the target-stance model and writes `core/data/stance_model.bin`.
//!
//! ```text
//! cargo run --release -p standpoint-core --features train --example train_stance -- \
//!     lexicon ../shared/eval/data/newsmtsc_train.jsonl core/data/stance_learned.txt
//! cargo run --release -p standpoint-core --features train --example train_stance -- \
//!     ../shared/eval/data/newsmtsc_train.jsonl core/data/stance_model.bin [DEV.jsonl]
//! ```
//!
//! The first command derives the learned stance lexicon the features use; rebuild, then run
//! the second to fit the model. `EPOCHS` (4), `LR` (0.1), `L2` (1e-5), `MINF` (5, the
//! fewest training targets a feature must occur with) and `SEED` (0, varies the shuffle, to
//! see how much a change's score owes to chance) can be set in the environment.
//!
//! A multinomial logistic regression over the core's own hashed features (so training and
//! inference cannot drift apart), fitted with AdaGrad and class weights that balance the three
//! classes, then quantized to one signed byte per weight. With a labelled dev file it prints
//! accuracy and macro-F1 after every epoch. Training is deterministic (fixed shuffle seed).

use std::io::Write;

use standpoint_core::train::{training_examples, BUCKETS, CLASSES};
use standpoint_core::Polarity;

type Example = (Vec<u32>, usize);

/// Reads labelled lines into examples; `learned(i, word)` gives the learned lean and
/// neutrality to use for line `i` (for cross-fitting).
fn read(path: &str, learned: &dyn Fn(usize, &str) -> (f32, f32)) -> Vec<Example> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut out = Vec::new();
    for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let t = v["text"].as_str().unwrap_or_default();
        let targets: Vec<([usize; 2], Polarity)> = v["targets"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| {
                        let s = x["span"][0].as_u64()? as usize;
                        let e = x["span"][1].as_u64()? as usize;
                        let p = match x["polarity"].as_str()? {
                            "support" => Polarity::Support,
                            "oppose" => Polarity::Oppose,
                            _ => Polarity::Neutral,
                        };
                        Some(([s, e], p))
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.extend(training_examples(t, &targets, &|w| learned(i, w)));
    }
    out
}

fn scores(w: &[f32], feats: &[u32]) -> [f32; 3] {
    let mut s = [0.0; 3];
    for &f in feats {
        for (c, v) in s.iter_mut().enumerate() {
            *v += w[f as usize * 3 + c];
        }
    }
    s
}

fn argmax(s: &[f32; 3]) -> usize {
    (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap_or(2)
}

/// Accuracy and macro-F1 of weights `w` on `data`.
fn evaluate(w: &[f32], data: &[Example]) -> (f32, f32) {
    let mut conf = [[0usize; 3]; 3];
    for (f, y) in data {
        conf[*y][argmax(&scores(w, f))] += 1;
    }
    let acc = (0..3).map(|c| conf[c][c]).sum::<usize>() as f32 / data.len().max(1) as f32;
    let f1: f32 = (0..3)
        .map(|c| {
            let tp = conf[c][c] as f32;
            let fp: f32 = (0..3).filter(|&g| g != c).map(|g| conf[g][c] as f32).sum();
            let fn_: f32 = (0..3).filter(|&p| p != c).map(|p| conf[c][p] as f32).sum();
            let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
            let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        })
        .sum::<f32>()
        / 3.0;
    (acc, f1)
}

/// A small deterministic generator for shuffling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Derives the learned stance lexicon: for each word used mostly in lowercase, the log-odds
/// of "support" against "oppose" among the targets of the sentences it occurs in, smoothed;
/// words seen in at least six targets with a strong lean are kept.
fn derive_lexicon(train_path: &str, out_path: &str) {
    let lexicon = learn_lexicon(train_path, &|_| true);
    let mut out = String::from(
        "# Stance words learned from NewsMTSC's training set (MIT licence) by\n\
         # `cargo run --release -p standpoint-core --features train --example train_stance -- lexicon TRAIN.jsonl OUT`.\n\
         # Columns: word, lean (smoothed log-odds of support over oppose), neutrality (of neutral\n\
         # over the others); both clipped to [-2, 2], 0 when weak.\n",
    );
    for (w, (lean, neutral)) in lexicon {
        out.push_str(&format!("{w}\t{lean:.2}\t{neutral:.2}\n"));
    }
    std::fs::write(out_path, out).expect("writes the lexicon");
    eprintln!("wrote {out_path}");
}

/// The learned lexicon from the lines `keep` accepts (by line number).
fn learn_lexicon(train_path: &str, keep: &dyn Fn(usize) -> bool) -> std::collections::BTreeMap<String, (f32, f32)> {
    use std::collections::BTreeMap;
    let text = std::fs::read_to_string(train_path).expect("reads the training set");
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut totals = [0usize; 3];
    for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        if !keep(i) {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let t = v["text"].as_str().unwrap_or_default();
        let classes: Vec<usize> = v["targets"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| match x["polarity"].as_str()? {
                        "support" => Some(0),
                        "oppose" => Some(1),
                        _ => Some(2),
                    })
                    .collect()
            })
            .unwrap_or_default();
        for &c in &classes {
            totals[c] += 1;
        }
        let mut words: Vec<(String, bool)> = t
            .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .filter(|w| w.len() >= 3)
            .map(|w| (w.to_lowercase(), w.chars().next().is_some_and(char::is_uppercase)))
            .collect();
        words.sort();
        words.dedup_by(|a, b| a.0 == b.0);
        for (w, cap) in words {
            let e = counts.entry(w).or_insert([0; 4]);
            for &c in &classes {
                e[c] += 1;
            }
            e[3] += usize::from(cap);
        }
    }
    let mut out = BTreeMap::new();
    for (w, [s, o, n, cap]) in counts {
        let total = s + o + n;
        if total < 6 || cap * 2 > total || is_function_word(&w) {
            continue;
        }
        let lo =
            ((s as f64 + 1.0) / (totals[0] as f64 + 2.0)).ln() - ((o as f64 + 1.0) / (totals[1] as f64 + 2.0)).ln();
        // How much more often the word comes with neutral targets than with the others.
        let ln = ((n as f64 + 1.0) / (totals[2] as f64 + 2.0)).ln()
            - (((s + o) as f64 + 1.0) / ((totals[0] + totals[1]) as f64 + 2.0)).ln();
        let lo = if lo.abs() >= 0.8 { lo } else { 0.0 };
        let ln = if ln.abs() >= 0.8 { ln } else { 0.0 };
        if lo != 0.0 || ln != 0.0 {
            // Rounded as the data file stores them, so training sees what inference will.
            let r = |x: f64| ((x.clamp(-2.0, 2.0) * 100.0).round() / 100.0) as f32;
            out.insert(w, (r(lo), r(ln)));
        }
    }
    out
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "and"
            | "for"
            | "that"
            | "with"
            | "was"
            | "his"
            | "her"
            | "has"
            | "have"
            | "had"
            | "are"
            | "were"
            | "this"
            | "from"
            | "but"
            | "not"
            | "they"
            | "their"
            | "its"
            | "who"
            | "which"
            | "will"
            | "would"
            | "been"
            | "said"
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("lexicon") {
        match (args.get(1), args.get(2)) {
            (Some(t), Some(o)) => derive_lexicon(t, o),
            _ => eprintln!("usage: train_stance lexicon TRAIN.jsonl OUT.txt"),
        }
        return;
    }
    let (train_path, out_path) = match (args.first(), args.get(1)) {
        (Some(t), Some(o)) => (t.as_str(), o.as_str()),
        _ => {
            eprintln!("usage: train_stance TRAIN.jsonl OUT.bin [DEV.jsonl]");
            std::process::exit(2);
        }
    };
    // Cross-fitting: each training line sees a learned lexicon derived from the other folds,
    // so its features are as reliable as they will be on unseen text.
    const FOLDS: usize = 5;
    let fold_lexicons: Vec<_> = (0..FOLDS)
        .map(|k| learn_lexicon(train_path, &|i| i % FOLDS != k))
        .collect();
    let train = read(train_path, &|i, w| {
        fold_lexicons[i % FOLDS].get(w).copied().unwrap_or((0.0, 0.0))
    });
    let full = learn_lexicon(train_path, &|_| true);
    let dev = args
        .get(2)
        .map(|p| read(p, &|_, w| full.get(w).copied().unwrap_or((0.0, 0.0))))
        .unwrap_or_default();
    eprintln!(
        "{} training targets, {} dev targets, {} buckets",
        train.len(),
        dev.len(),
        BUCKETS
    );
    let mut counts = [0usize; 3];
    for (_, y) in &train {
        counts[*y] += 1;
    }
    let class_weight: Vec<f32> = counts
        .iter()
        .map(|&n| train.len() as f32 / (3.0 * n.max(1) as f32))
        .collect();
    let env = |k: &str, d: f32| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let epochs = env("EPOCHS", 4.0) as usize;
    let lr = env("LR", 0.1);
    let l2 = env("L2", 1e-5);
    // Features seen in fewer than MINF training targets carry no weight: rare words only
    // memorize their sentence.
    let min_freq = env("MINF", 5.0) as usize;
    let mut freq = vec![0usize; BUCKETS];
    for (f, _) in &train {
        let mut seen: Vec<u32> = f.clone();
        seen.sort_unstable();
        seen.dedup();
        for b in seen {
            freq[b as usize] += 1;
        }
    }
    let train: Vec<Example> = train
        .into_iter()
        .map(|(f, y)| (f.into_iter().filter(|&b| freq[b as usize] >= min_freq).collect(), y))
        .collect();
    let mut w = vec![0.0f32; BUCKETS * 3];
    // Running sum of the weights after every step, for averaging.
    let mut sum = vec![0.0f64; BUCKETS * 3];
    let mut steps = 0u64;
    let mut g2 = vec![1e-8f32; BUCKETS * 3];
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Rng(0x5eed_1234_abcd_ef01 ^ env("SEED", 0.0) as u64);
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &i in &order {
            let (feats, y) = &train[i];
            let s = scores(&w, feats);
            let m = s.iter().copied().fold(f32::MIN, f32::max);
            let exp: Vec<f32> = s.iter().map(|v| (v - m).exp()).collect();
            let z: f32 = exp.iter().sum();
            for (c, e) in exp.iter().enumerate() {
                let p = e / z;
                let grad = class_weight[*y] * (p - if c == *y { 1.0 } else { 0.0 });
                for &f in feats {
                    let k = f as usize * 3 + c;
                    let g = grad + l2 * w[k];
                    g2[k] += g * g;
                    w[k] -= lr * g / g2[k].sqrt();
                }
            }
            steps += 1;
            if steps % 64 == 0 {
                for (s, v) in sum.iter_mut().zip(&w) {
                    *s += f64::from(*v);
                }
            }
        }
        let (ta, tf) = evaluate(&w, &train);
        if dev.is_empty() {
            eprintln!("epoch {epoch}: train acc {ta:.3} macro-F1 {tf:.3}");
        } else {
            let (da, df) = evaluate(&w, &dev);
            eprintln!("epoch {epoch}: train acc {ta:.3} macro-F1 {tf:.3} | dev acc {da:.3} macro-F1 {df:.3}");
        }
    }
    // The averaged weights generalize better than the last ones.
    let samples = (steps / 64).max(1) as f64;
    let w: Vec<f32> = sum.iter().map(|s| (s / samples) as f32).collect();
    if !dev.is_empty() {
        let (da, df) = evaluate(&w, &dev);
        eprintln!("averaged: dev acc {da:.3} macro-F1 {df:.3}");
    }
    // Quantize to one signed byte per weight.
    let max = w.iter().fold(0.0f32, |m, v| m.max(v.abs())).max(1e-6);
    let scale = max / 127.0;
    let mut bytes = Vec::with_capacity(12 + w.len());
    bytes.extend_from_slice(b"SPST");
    bytes.extend_from_slice(&(BUCKETS as u32).to_le_bytes());
    bytes.extend_from_slice(&scale.to_le_bytes());
    bytes.extend(w.iter().map(|v| (v / scale).round().clamp(-127.0, 127.0) as i8 as u8));
    let q: Vec<f32> = bytes[12..].iter().map(|&b| f32::from(b as i8) * scale).collect();
    if !dev.is_empty() {
        let (da, df) = evaluate(&q, &dev);
        eprintln!("quantized: dev acc {da:.3} macro-F1 {df:.3}");
    }
    let _ = CLASSES;
    let mut f = std::fs::File::create(out_path).expect("writes the model");
    f.write_all(&bytes).expect("writes the model");
    eprintln!("wrote {out_path} ({} bytes)", bytes.len());
}
