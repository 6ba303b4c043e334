//! Target stance: the features of a target in its sentence, and the linear model over them.

use std::ops::Range;

#[cfg(feature = "train")]
use crate::document::CharRange;
use crate::document::Polarity;
use crate::lexicon::{flag, FastMap, Tag};
use crate::segment::Segmented;
#[cfg(feature = "train")]
use crate::text::OffsetMap;
use crate::text::Span;
use crate::tokens::{is_double_quote, shape, Kind, Token};

/// Number of hashed feature buckets (a power of two).
pub const BUCKETS: usize = 1 << 15;
/// The classes, in the order of the model's weights.
pub const CLASSES: [Polarity; 3] = [Polarity::Support, Polarity::Oppose, Polarity::Neutral];

/// One hashed feature of a target, with the token that produced it (for cue spans).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feature {
    /// Bucket index in `0..BUCKETS`.
    pub bucket: u32,
    /// The token the feature comes from, if a word.
    pub token: Option<u32>,
}

/// The feature's bucket: the hash the core's other linear models use ([`crate::linear::bucket`]).
fn fnv(parts: &[&[u8]]) -> u32 {
    crate::linear::bucket(parts, BUCKETS)
}

/// Lowercase ASCII letters of a word into `buf` (other characters are kept as they are).
fn lower<'b>(w: &str, buf: &'b mut Vec<u8>) -> &'b [u8] {
    buf.clear();
    buf.extend(w.bytes().map(|b| b.to_ascii_lowercase()));
    if buf.ends_with("’".as_bytes()) {
        let n = buf.len() - 3;
        buf.truncate(n);
    }
    buf
}

/// The sign (`+`/`-`) and strength (`s` from `strong` up, else `w`) of a word's score.
fn sign_strength(x: f32, strong: f32) -> [u8; 2] {
    [
        if x > 0.0 { b'+' } else { b'-' },
        if x.abs() >= strong { b's' } else { b'w' },
    ]
}

/// A sum bucketed by two thresholds: strong (`++`/`--`), weak (`+`/`-`) or about zero (`0`).
fn level(x: f32, weak: f32, strong: f32) -> &'static [u8] {
    match x {
        s if s >= strong => b"++",
        s if s >= weak => b"+",
        s if s > -weak => b"0",
        s if s > -strong => b"-",
        _ => b"--",
    }
}

/// The features of the target occupying tokens `target` in the sentence `sent`.
pub(crate) fn target_features(
    text: &str,
    toks: &[Token],
    sent: Range<usize>,
    target: Range<usize>,
    in_quote: &dyn Fn(usize) -> bool,
    learned: &dyn Fn(&Token) -> (f32, f32),
) -> Vec<Feature> {
    let mut out = Vec::with_capacity(96);
    add(&mut out, fnv(&[b"bias"]), None);
    context_features(text, toks, &sent, &target, learned, &mut out);
    target_facts(text, toks, &sent, &target, in_quote, &mut out);
    out
}

/// Adds the feature `bucket`, shown by `token` when one word produced it.
fn add(out: &mut Vec<Feature>, bucket: u32, token: Option<usize>) {
    out.push(Feature {
        bucket,
        token: token.map(|t| t as u32),
    });
}

/// The words around the target by side and distance (at most 40 either side: a sentence of
/// thousands of tokens costs no more), their learned lean, sentiment and stance with a
/// negation before them, and the sums over the whole context.
fn context_features(
    text: &str,
    toks: &[Token],
    sent: &Range<usize>,
    target: &Range<usize>,
    learned: &dyn Fn(&Token) -> (f32, f32),
    out: &mut Vec<Feature>,
) {
    let mut push = |bucket: u32, token: Option<usize>| add(out, bucket, token);
    let mut buf = Vec::new();
    let mut learned_sum = 0.0f32;
    let mut neutral_sum = 0.0f32;
    let mut valence_sum = 0.0f32;
    let mut valence_near = 0.0f32;
    // Words around the target (bounded: a sentence of thousands of tokens costs no more).
    let lo = sent.start.max(target.start.saturating_sub(40));
    let hi = sent.end.min(target.end + 40);
    for j in lo..hi {
        if target.contains(&j) {
            continue;
        }
        let t = &toks[j];
        if t.kind != Kind::Word {
            continue;
        }
        let left = j < target.start;
        let d = if left { target.start - j } else { j - target.end + 1 };
        let side: u8 = if left { b'L' } else { b'R' };
        let bucket: u8 = match d {
            1 => b'1',
            2 => b'2',
            3..=5 => b'n',
            6..=12 => b'm',
            _ => b'f',
        };
        let e = t.lex();
        // Only content words and negations are shown as cues; "a" or "the" explains nothing.
        let cue = (!e.has(flag::FUNCTION) || e.has(flag::NEGATION)).then_some(j);
        let w = lower(t.text(text), &mut buf).to_vec();
        if !e.has(flag::FUNCTION) || e.has(flag::NEGATION) || matches!(e.tag, Some(Tag::Prep)) {
            push(fnv(&[b"w", &w]), cue);
        }
        // Exact words right beside the target; farther away they only memorize sentences.
        if d <= 2 {
            push(fnv(&[b"p", &[side, bucket], &w]), cue);
        }
        let (lean, neutrality) = learned(t);
        // A negation within three words before flips what a charged word says.
        let negated = (j.saturating_sub(3).max(sent.start)..j).any(|k| toks[k].lex().has(flag::NEGATION));
        let neg: u8 = if negated { b'n' } else { b'y' };
        if neutrality != 0.0 {
            let [sign, strength] = sign_strength(neutrality, 1.5);
            push(fnv(&[b"lrnN", &[side, bucket, sign, strength]]), cue);
            neutral_sum += neutrality;
        }
        if lean != 0.0 {
            let [sign, strength] = sign_strength(lean, 1.5);
            push(fnv(&[b"lrn", &[side, bucket, sign, strength, neg]]), cue);
            push(fnv(&[b"lrns", &[sign, strength, neg]]), cue);
            learned_sum += lean;
        }
        if e.valence != 0.0 {
            let [sign, strength] = sign_strength(e.valence, 2.0);
            push(fnv(&[b"vad", &[side, bucket, sign, strength, neg]]), cue);
            push(fnv(&[b"vads", &[sign, strength, neg]]), cue);
            let v = if negated { -0.7 * e.valence } else { e.valence };
            valence_sum += v;
            if d <= 5 {
                valence_near += v;
            }
        }
        if let Some(sw) = e.stance {
            let sign: u8 = if sw.hedge {
                b'h'
            } else if sw.weight > 0.0 {
                b'+'
            } else {
                b'-'
            };
            push(fnv(&[b"lex", &[side, bucket, sign, neg]]), cue);
            push(fnv(&[b"lexs", &[sign, neg]]), cue);
        }
    }
    // The lean and the neutrality of the whole context.
    push(fnv(&[b"lsum", level(learned_sum, 1.0, 3.0)]), None);
    push(fnv(&[b"vsum", level(valence_sum, 1.5, 4.0)]), None);
    push(fnv(&[b"vnear", level(valence_near, 1.0, 2.5)]), None);
    let calm = level(neutral_sum, 0.5, 2.0);
    push(fnv(&[b"nsum", calm]), None);
}

/// Facts about the target itself: a pronoun, the sentence's first words, inside a quotation,
/// a possessive or a speaker after it, the preposition that governs it, its kind of words,
/// its length, a subject's verb after it; and whether its sentence quotes or asks.
fn target_facts(
    text: &str,
    toks: &[Token],
    sent: &Range<usize>,
    target: &Range<usize>,
    in_quote: &dyn Fn(usize) -> bool,
    out: &mut Vec<Feature>,
) {
    let mut buf = Vec::new();
    let mut push = |bucket: u32, token: Option<usize>| add(out, bucket, token);
    // The target itself.
    let first = &toks[target.start];
    if first.lex().pron.is_some() {
        let w = lower(first.text(text), &mut buf).to_vec();
        push(fnv(&[b"tpron", &w]), None);
    }
    if target.start == sent.start
        || (target.start > sent.start && toks[target.start - 1].kind == Kind::Punct && target.start - 1 == sent.start)
    {
        push(fnv(&[b"tinitial"]), None);
    }
    if in_quote(target.start) {
        push(fnv(&[b"tquote"]), None);
    }
    if let Some(n) = toks.get(target.end).filter(|_| target.end < sent.end) {
        if n.is(shape::POSSESSIVE) {
            push(fnv(&[b"tposs"]), None);
        }
        if n.kind == Kind::Word && n.lex().cue.is_some() && !n.is(shape::CAP) {
            push(fnv(&[b"tspeaks"]), Some(target.end));
        }
    }
    // The preposition that governs the target ("in Iowa", "against Clinton", "by police").
    if target.start > sent.start {
        let p = &toks[target.start - 1];
        if p.kind == Kind::Word && p.lex().tag == Some(Tag::Prep) {
            let w = lower(p.text(text), &mut buf).to_vec();
            push(fnv(&[b"tprep", &w]), None);
        }
    }
    // What sort of thing the target is.
    let kinds: &[(u64, &[u8])] = &[
        (flag::PLACE | flag::PLACE_START, b"place"),
        (flag::GIVEN, b"given"),
        (flag::TITLE | flag::HONORIFIC, b"title"),
        (flag::ORG_HEAD | flag::ORG_NAME | flag::MEDIA_WORD, b"org"),
        (flag::GROUP, b"group"),
    ];
    for (bits, name) in kinds {
        if toks[target.clone()].iter().any(|t| t.lex().has(*bits)) {
            push(fnv(&[b"tkind", name]), None);
        }
    }
    if toks[target.clone()].iter().filter(|t| t.kind == Kind::Word).count() >= 3 {
        push(fnv(&[b"tlong"]), None);
    }
    // Subject or object: a verb-like word right after (subject) or a content word right
    // before (object).
    if let Some(n) = toks.get(target.end).filter(|_| target.end < sent.end) {
        if n.kind == Kind::Word
            && !n.is(shape::CAP)
            && (matches!(n.lex().tag, Some(Tag::Aux | Tag::Modal))
                || n.text(text).ends_with("ed")
                || n.text(text).ends_with('s'))
        {
            push(fnv(&[b"tsubj"]), None);
        }
    }
    let quoted = (sent.start..sent.end).any(|k| toks[k].kind == Kind::Punct && is_double_quote(toks[k].ch));
    if quoted {
        push(fnv(&[b"squote"]), None);
    }
    if (sent.start..sent.end).any(|k| toks[k].is_punct('?')) {
        push(fnv(&[b"squestion"]), None);
    }
}

/// The compiled-in target-stance model.
#[derive(Clone, Copy)]
pub(crate) struct Model {
    scale: f32,
    weights: &'static [u8],
}

static MODEL_BYTES: &[u8] = include_bytes!("../../data/stance_model.bin");

impl Model {
    /// The model in `data/stance_model.bin`: "SPST", the bucket count (u32 LE), the scale
    /// (f32 LE), then `BUCKETS × 3` signed bytes.
    pub(crate) fn get() -> Option<Model> {
        let b = MODEL_BYTES;
        if b.len() < 12 || &b[..4] != b"SPST" {
            return None;
        }
        let n = u32::from_le_bytes([b[4], b[5], b[6], b[7]]) as usize;
        let scale = f32::from_le_bytes([b[8], b[9], b[10], b[11]]);
        let weights = b.get(12..12 + n * 3)?;
        (n == BUCKETS).then_some(Model { scale, weights })
    }

    fn weight(&self, bucket: u32, class: usize) -> f32 {
        f32::from(self.weights[bucket as usize * 3 + class] as i8) * self.scale
    }

    /// Scores of the three classes.
    pub(crate) fn scores(&self, feats: &[Feature]) -> [f32; 3] {
        let mut s = [0.0f32; 3];
        for f in feats {
            for (c, v) in s.iter_mut().enumerate() {
                *v += self.weight(f.bucket, c);
            }
        }
        s
    }

    /// The best class and the tokens that pushed most toward it.
    pub(crate) fn predict(&self, feats: &[Feature]) -> (Polarity, Vec<u32>) {
        let s = self.scores(feats);
        let best = (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap_or(2);
        // Cue tokens: those whose features favour the chosen class over the others the most.
        let mut contrib: FastMap<u32, f32> = FastMap::default();
        for f in feats {
            if let Some(t) = f.token {
                let own = self.weight(f.bucket, best);
                let other = (0..3)
                    .filter(|&c| c != best)
                    .map(|c| self.weight(f.bucket, c))
                    .fold(f32::MIN, f32::max);
                *contrib.entry(t).or_insert(0.0) += own - other;
            }
        }
        let mut toks: Vec<(u32, f32)> = contrib.into_iter().filter(|&(_, v)| v > 0.15).collect();
        crate::sort::by(&mut toks, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        toks.truncate(3);
        let mut cue: Vec<u32> = toks.into_iter().map(|(t, _)| t).collect();
        crate::sort::sort(&mut cue);
        (CLASSES[best], cue)
    }
}

/// The training examples of one NewsMTSC line: features and a class index per target. Used by
/// `examples/train_stance.rs`, so that training and inference share one feature function.
/// `learned` gives a lowercase word's learned lean (so that training can use a lexicon derived
/// without the example's own fold).
#[cfg(feature = "train")]
pub fn training_examples(
    text: &str,
    targets: &[(CharRange, Polarity)],
    learned: &dyn Fn(&str) -> (f32, f32),
) -> Vec<(Vec<u32>, usize)> {
    let seg = crate::segment::segment(text);
    let map = OffsetMap::new(text);
    let regions = crate::quotes::find(&seg.tokens, &seg.paras);
    let in_quote = quote_test(&seg, &regions);
    targets
        .iter()
        .filter_map(|&(r, p)| {
            let (sent, toks) = locate(&seg, map.span(r))?;
            let lean = |t: &Token| learned(&t.text(text).to_lowercase());
            let feats = target_features(text, &seg.tokens, sent, toks, &in_quote, &lean);
            let class = CLASSES.iter().position(|&c| c == p)?;
            Some((feats.iter().map(|f| f.bucket).collect(), class))
        })
        .collect()
}

/// A test for "token k is inside a quotation".
pub(super) fn quote_test<'a>(seg: &'a Segmented, regions: &'a [crate::quotes::Region]) -> impl Fn(usize) -> bool + 'a {
    let mut inside = vec![false; seg.tokens.len()];
    for r in regions {
        for p in &r.parts {
            for k in p.clone() {
                inside[k] = true;
            }
        }
    }
    move |k| inside.get(k).copied().unwrap_or(false)
}

/// The sentence and token range of a byte span (tokens overlapping it).
pub(super) fn locate(seg: &Segmented, span: Span) -> Option<(Range<usize>, Range<usize>)> {
    let toks = &seg.tokens;
    let first = toks.partition_point(|t| t.end <= span.start);
    let mut last = first;
    while last < toks.len() && toks[last].start < span.end {
        last += 1;
    }
    if first >= toks.len() || last == first {
        return None;
    }
    let sent = seg.sents.get(seg.sent_of[first] as usize)?.toks.clone();
    let last = last.min(sent.end);
    (first < last).then_some((sent, first..last))
}
