//! Stance: how a text treats a given target, and who supports or opposes what.
//!
//! **Target stance** (`target_stances`) is a small linear model: a multinomial logistic
//! regression over hashed features of the target's sentence — the words around the target by
//! side and distance, stance-lexicon words with their negation, and facts about the target
//! (it speaks, it is an agent after "by", a possessive, inside a quotation). The weights are
//! learned from NewsMTSC's training set by `core/examples/train_stance.rs` and compiled in as
//! `data/stance_model.bin` (8-bit weights, 2^15 buckets × 3 classes).
//!
//! **Actor stance** (`stances`) is rule-based evidence: a stance verb, noun or adjective whose
//! holder is an actor (the speaker of a quotation it appears in, or the subject of the verb)
//! and whose target is the phrase it governs; negation flips it ("no longer opposes"), and
//! hedges and evasions ("declined to comment", "stopped short of endorsing") are neutral.

use std::ops::Range;

use crate::actors::Actors;
use crate::attribution::Attr;
use crate::document::{CharRange, Polarity, Stance, Target, TargetStance};
use crate::lexicon::{flag, Case, FastMap, Tag};
use crate::segment::Segmented;
use crate::text::{OffsetMap, Span};
use crate::tokens::{is_double_quote, shape, Kind, Token};
use crate::view::View;

// ----------------------------------------------------------------------------------------
// Target stance: features and the linear model.

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

fn fnv(parts: &[&[u8]]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &b in *p {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h ^ (h >> 29)) as u32 & (BUCKETS as u32 - 1)
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
    let mut push = |bucket: u32, token: Option<usize>| {
        out.push(Feature {
            bucket,
            token: token.map(|t| t as u32),
        })
    };
    push(fnv(&[b"bias"]), None);
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
    out
}

/// The compiled-in target-stance model.
pub(crate) struct Model {
    scale: f32,
    weights: &'static [u8],
}

static MODEL_BYTES: &[u8] = include_bytes!("../data/stance_model.bin");

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
        toks.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        toks.truncate(3);
        let mut cue: Vec<u32> = toks.into_iter().map(|(t, _)| t).collect();
        cue.sort_unstable();
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
fn quote_test<'a>(seg: &'a Segmented, regions: &'a [crate::quotes::Region]) -> impl Fn(usize) -> bool + 'a {
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
fn locate(seg: &Segmented, span: Span) -> Option<(Range<usize>, Range<usize>)> {
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

// ----------------------------------------------------------------------------------------
// Actor stance.

/// One piece of evidence before ids are assigned.
#[derive(Debug, Clone)]
struct Evidence {
    holder: usize,
    polarity: Polarity,
    cue: Vec<Span>,
    sent: usize,
    quote: Option<usize>,
}

/// How far (in bytes) from its evidence a target mention is listed with a stance.
const NEAR_BYTES: usize = 4_000;
/// The most target mentions listed with one stance.
const NEAR_MENTIONS: usize = 24;

/// The stance pass's results, before actor and quote ids are known.
#[derive(Debug, Default)]
pub(crate) struct StanceOutput {
    /// Answers for the input's targets.
    pub target_stances: Vec<TargetStance>,
    evidence: Vec<Evidence>,
    /// Target labels: the evidence's target → (label, all mentions of that label).
    labels: Vec<(String, Vec<Span>)>,
    target_of: Vec<usize>,
    sentence_spans: Vec<Span>,
}

impl StanceOutput {
    /// Actor stances with their final ids, in text order. Each lists the mentions of its target
    /// near its evidence (within a few paragraphs, at most [`NEAR_MENTIONS`]), so that the
    /// output stays proportional to the article however often a target recurs.
    pub(crate) fn stances(&self, actor_ids: &[Option<String>], quote_ids: &[String], map: &OffsetMap) -> Vec<Stance> {
        let mut out = Vec::new();
        for (i, ev) in self.evidence.iter().enumerate() {
            let Some(holder) = actor_ids.get(ev.holder).cloned().flatten() else {
                continue;
            };
            let (label, mentions) = &self.labels[self.target_of[i]];
            let at = self.sentence_spans.get(ev.sent).map_or(0, |s| s.start);
            let from = at.saturating_sub(NEAR_BYTES);
            let first = mentions.partition_point(|m| m.start < from);
            let near: Vec<CharRange> = mentions[first..]
                .iter()
                .take_while(|m| m.start <= at + NEAR_BYTES)
                .take(NEAR_MENTIONS)
                .map(|&s| map.range(s))
                .collect();
            crate::ops::tick(near.len() + 1);
            out.push(Stance {
                id: crate::document::numbered_id('s', out.len() + 1),
                holder,
                target: Target {
                    label: label.clone(),
                    mentions: near,
                },
                polarity: ev.polarity,
                cue: ev.cue.iter().map(|&s| map.range(s)).collect(),
                sentence: self.sentence_spans.get(ev.sent).map(|&s| map.range(s)),
                quote: ev.quote.and_then(|q| quote_ids.get(q).cloned()),
            });
        }
        out
    }
}

/// Runs the stance pass: the model over the input's targets, and the rules over the article.
pub(crate) fn analyze(
    text: &str,
    seg: &Segmented,
    regions: &[crate::quotes::Region],
    attrs: &[Attr],
    actors: &mut Actors,
    targets: &[CharRange],
    map: &OffsetMap,
) -> StanceOutput {
    let mut out = StanceOutput::default();
    // Only targets need to know which tokens are quoted, and the model.
    if !targets.is_empty() {
        let in_quote = quote_test(seg, regions);
        let model = Model::get();
        for &r in targets {
            let n = map.char_len();
            let clamped = [r[0].min(n), r[1].min(n).max(r[0].min(n))];
            let answer = locate(seg, map.span(clamped)).and_then(|(sent, toks)| {
                let feats = target_features(text, &seg.tokens, sent, toks, &in_quote, &|t: &Token| {
                    let e = t.lex();
                    (e.learned, e.learned_neutral)
                });
                let (polarity, cue) = model.as_ref()?.predict(&feats);
                let cue = cue.iter().map(|&t| map.range(seg.tokens[t as usize].span())).collect();
                Some((polarity, cue))
            });
            let (polarity, cue) = answer.unwrap_or((Polarity::Neutral, Vec::new()));
            out.target_stances.push(TargetStance {
                span: clamped,
                polarity,
                cue,
            });
        }
    }
    actor_stances(text, seg, attrs, actors, &mut out);
    out
}

/// Actor-stance evidence from stance words in the article.
fn actor_stances(text: &str, seg: &Segmented, attrs: &[Attr], actors: &mut Actors, out: &mut StanceOutput) {
    let view = View::new(text, seg);
    let v = &view;
    let toks = &seg.tokens;
    out.sentence_spans = seg.sents.iter().map(|s| s.span).collect();
    // Which actor each token refers to (names, pronouns, descriptions), and which quotation
    // each token is the content of.
    let mut ent_at = vec![u32::MAX; toks.len()];
    for m in &actors.mentions {
        for k in m.toks.clone() {
            if k < ent_at.len() {
                ent_at[k] = m.entity as u32;
            }
        }
    }
    let mut quote_at = vec![u32::MAX; toks.len()];
    for (qi, a) in attrs.iter().enumerate() {
        for r in &a.content_toks {
            for k in r.clone() {
                if k < quote_at.len() {
                    quote_at[k] = qi as u32;
                }
            }
        }
    }
    let mut labels: FastMap<String, usize> = FastMap::default();
    for (si, sent) in seg.sents.iter().enumerate() {
        if !seg.paras[sent.para].is_prose() {
            continue;
        }
        let (lo, hi) = (sent.toks.start, sent.toks.end);
        let mut k = lo;
        while k < hi {
            crate::ops::tick(1);
            let t = &toks[k];
            let e = t.lex();
            let stance = e.stance.filter(|_| t.kind == Kind::Word && !t.is(shape::CAP));
            let phrase = e.has(flag::STANCE_PHRASE);
            let hedge_phrase = if phrase { hedge_at(v, k, hi) } else { None };
            let denial = if phrase { denial_at(v, k, hi) } else { None };
            let participates =
                t.kind == Kind::Word && e.has(flag::PARTICIPATION) && stance.is_none_or(|s| s.weight >= 0.0);
            if stance.is_none() && hedge_phrase.is_none() && denial.is_none() && !participates {
                k += 1;
                continue;
            }
            // An adjective before its noun ("an unfair burden", "a shared fund") describes that
            // noun; only verbs ("opposed the plan") and nouns ("criticism of the plan") carry a
            // holder's stance toward a target.
            let next = toks.get(k + 1).filter(|_| k + 1 < hi);
            let modifies = next.is_some_and(|n| {
                n.kind == Kind::Word && !n.is(shape::CAP) && !n.lex().has(flag::FUNCTION) && n.lex().cue.is_none()
            });
            if stance.is_some() && hedge_phrase.is_none() && denial.is_none() && modifies {
                k += 1;
                continue;
            }
            // The polarity, its cue, and where the target phrase starts.
            let (mut polarity, cue_end, object_from) = if let Some((end, obj)) = hedge_phrase {
                (Polarity::Neutral, end, obj)
            } else if let Some((end, obj)) = denial {
                (Polarity::Oppose, end, obj)
            } else {
                let w = stance.map_or(1.0, |s| s.weight);
                let p = if stance.is_some_and(|s| s.hedge) {
                    Polarity::Neutral
                } else if w > 0.0 {
                    Polarity::Support
                } else {
                    Polarity::Oppose
                };
                // "support for the plan", "opposition to the pact", "concerns about the deal"
                let mut obj = k + 1;
                if obj < hi
                    && toks[obj].kind == Kind::Word
                    && matches!(
                        toks[obj].text(text),
                        "for" | "to" | "of" | "about" | "over" | "against" | "on" | "with"
                    )
                {
                    obj += 1;
                }
                (p, k + 1, obj)
            };
            // Negation in the three words before: "did not support", "no longer opposes",
            // "chose not to attend".
            let negated = (k.saturating_sub(3).max(lo)..k)
                .any(|j| toks[j].lex().has(flag::NEGATION) || toks[j].text(text).eq_ignore_ascii_case("longer"));
            if negated && hedge_phrase.is_none() && denial.is_none() {
                polarity = match polarity {
                    Polarity::Support => Polarity::Oppose,
                    Polarity::Oppose => Polarity::Neutral,
                    Polarity::Neutral => Polarity::Neutral,
                };
            }
            if participates && stance.is_none() && !negated {
                // Taking part is only evidence when refused; "signed the letter" says little.
                k += 1;
                continue;
            }
            let Some(target) = object_phrase(v, object_from, hi) else {
                k = cue_end.max(k + 1);
                continue;
            };
            // The holder: the speaker when the words are quoted, else the clause's subject.
            let quote = (quote_at[k] != u32::MAX).then_some(quote_at[k] as usize);
            let holder = match quote {
                Some(q) => attrs[q].speaker,
                None => holder_before(v, &ent_at, k, lo).or_else(|| group_holder(v, actors, k, lo)),
            };
            let Some(holder) = holder else {
                k = cue_end.max(k + 1);
                continue;
            };
            // "oppose it", "support this": the thing last argued about, if recent.
            let pointer = target.len() == 1
                && ["it", "this", "that"]
                    .iter()
                    .any(|p| toks[target.start].text(text).eq_ignore_ascii_case(p));
            let li = if pointer {
                match out.evidence.last().zip(out.target_of.last()) {
                    Some((prev, &li)) if si.saturating_sub(prev.sent) <= 2 => li,
                    _ => {
                        k = cue_end.max(k + 1);
                        continue;
                    }
                }
            } else {
                if ent_at[target.start] != u32::MAX && ent_at[target.start] as usize == holder {
                    k = cue_end.max(k + 1);
                    continue;
                }
                let label = target_label(v, &ent_at, actors, target.clone());
                *labels.entry(label.clone()).or_insert_with(|| {
                    out.labels.push((label, Vec::new()));
                    out.labels.len() - 1
                })
            };
            let cue = Span::new(toks[k].start, toks[cue_end.saturating_sub(1).max(k)].end);
            out.evidence.push(Evidence {
                holder,
                polarity,
                cue: vec![cue],
                sent: si,
                quote,
            });
            out.target_of.push(li);
            actors.entities[holder].active = true;
            k = cue_end.max(k + 1);
        }
    }
    // Every mention of each target label in the article.
    collect_target_mentions(text, seg, &ent_at, actors, out);
}

/// "declined to comment (on X)", "would not say whether", "stopped short of endorsing X",
/// "refused to say": a hedge. Returns the end of the cue and where its object starts.
fn hedge_at(v: &View, k: usize, hi: usize) -> Option<(usize, usize)> {
    let toks = v.toks;
    let text = v.text;
    let w = |j: usize| toks.get(j).filter(|_| j < hi).map_or("", |t| t.text(text));
    // Every phrase below starts with one of these letters; most words stop here.
    let first = w(k).bytes().next().unwrap_or(0).to_ascii_lowercase();
    if !matches!(first, b'd' | b'r' | b'w' | b'c' | b's') {
        return None;
    }
    let is = |j: usize, s: &str| w(j).eq_ignore_ascii_case(s);
    if (is(k, "declined") || is(k, "refused") || is(k, "declines") || is(k, "refuses"))
        && is(k + 1, "to")
        && matches!(w(k + 2), "comment" | "say" | "discuss" | "elaborate" | "answer")
    {
        let obj = if matches!(w(k + 3), "on" | "about" | "whether") {
            k + 4
        } else {
            k + 3
        };
        return Some((k + 3, obj));
    }
    if (is(k, "would") || is(k, "could") || is(k, "did"))
        && matches!(w(k + 1), "not" | "n't")
        && matches!(w(k + 2), "say" | "comment")
    {
        let obj = if matches!(w(k + 3), "on" | "about" | "whether" | "if") {
            k + 4
        } else {
            k + 3
        };
        return Some((k + 3, obj));
    }
    if is(k, "stopped") && is(k + 1, "short") && is(k + 2, "of") {
        // "stopped short of endorsing the plan": the object follows the verb after "of".
        return Some((k + 4, k + 4));
    }
    None
}

/// "this is nothing like X", "there is no chance that X": a denial. Returns the end of the cue
/// and where its object starts.
fn denial_at(v: &View, k: usize, hi: usize) -> Option<(usize, usize)> {
    let toks = v.toks;
    let text = v.text;
    let w = |j: usize| toks.get(j).filter(|_| j < hi).map_or("", |t| t.text(text));
    if !w(k).starts_with(['n', 'N']) {
        return None;
    }
    if w(k).eq_ignore_ascii_case("nothing") && w(k + 1).eq_ignore_ascii_case("like") {
        return Some((k + 2, k + 2));
    }
    if w(k).eq_ignore_ascii_case("no") && matches!(w(k + 1), "chance" | "way") {
        let obj = if w(k + 2) == "that" { k + 3 } else { k + 2 };
        return Some((k + 2, obj));
    }
    None
}

/// Whether a token is a lowercase verb of saying ("said", "told").
fn is_verb_of_saying(t: &Token) -> bool {
    t.lex().cue.is_some() && !t.is(shape::CAP)
}

/// The noun phrase starting at `k` (a determiner or possessive, modifiers, a head noun or a
/// name): what a stance is about.
fn object_phrase(v: &View, k: usize, hi: usize) -> Option<Range<usize>> {
    let toks = v.toks;
    let text = v.text;
    let mut j = k;
    // Skip a verb after "stopped short of" ("endorsing"), "to" before an infinitive.
    while j < hi
        && j < k + 2
        && toks[j].kind == Kind::Word
        && (toks[j].text(text).ends_with("ing") || toks[j].text(text) == "to")
        && !toks[j].is(shape::CAP)
    {
        j += 1;
    }
    // Time words are not targets ("criticism on Wednesday from farmers").
    while j < hi && (toks[j].lex().has(flag::CALENDAR) || matches!(toks[j].text(text), "on" | "in" | "at")) && j < k + 3
    {
        j += 1;
    }
    let start = j;
    let mut last_word = None;
    while j < hi && j < start + 8 {
        let t = &toks[j];
        let e = t.lex();
        if e.has(flag::CALENDAR) {
            break;
        }
        let determiner = matches!(e.tag, Some(Tag::Det | Tag::Num)) || matches!(e.pron, Some((_, Case::Poss)));
        // (A cue word after a determiner, an owner or a preposition is a noun: "the talks".)
        let content = t.kind == Kind::Word
            && !e.has(flag::FUNCTION | flag::PRONOUN)
            && if j == start {
                !is_verb_of_saying(t)
            } else {
                !crate::phrase::verb_in_phrase(v, j)
            };
        let joiner = t.is(shape::POSSESSIVE) || (t.kind == Kind::Punct && t.ch == '-');
        if (determiner && last_word.is_none()) || content || (joiner && last_word.is_some()) || t.kind == Kind::Number {
            if content {
                last_word = Some(j);
            }
            j += 1;
            continue;
        }
        // A pronoun object ("oppose it", "praised her").
        if last_word.is_none() && j == start && e.pron.is_some() && t.kind == Kind::Word {
            return Some(j..j + 1);
        }
        break;
    }
    last_word.map(|l| start..l + 1)
}

/// The actor holding a stance expressed at `k`: the subject before it (a name, pronoun or
/// description the coreference pass linked), looking back over a few words.
fn holder_before(v: &View, ent_at: &[u32], k: usize, lo: usize) -> Option<usize> {
    let toks = v.toks;
    if let Some(np) = crate::phrase::subject_left(v, k, lo) {
        if let Some(e) = (np.toks.clone())
            .rev()
            .find_map(|j| (ent_at[j] != u32::MAX).then_some(ent_at[j] as usize))
        {
            return Some(e);
        }
    }
    // "X has long criticized", "X, a lawyer, criticized": the nearest actor within six words.
    (k.saturating_sub(6).max(lo)..k).rev().find_map(|j| {
        let t = &toks[j];
        if t.kind == Kind::Punct && matches!(t.ch, '.' | ';' | '"' | '“' | '”') {
            return None;
        }
        (ent_at[j] != u32::MAX).then_some(ent_at[j] as usize)
    })
}

/// A group or unnamed source as the subject of a stance verb ("Environmental groups
/// criticized the plan"): made an actor, as the attribution pass makes speakers.
fn group_holder(v: &View, actors: &mut Actors, k: usize, lo: usize) -> Option<usize> {
    let toks = v.toks;
    let text = v.text;
    let np = crate::phrase::subject_left(v, k, lo)?;
    if np.kind != crate::phrase::Head::Noun {
        return None;
    }
    let head = &toks[np.head];
    let e = head.lex();
    if !e.has(flag::GROUP | flag::ANON | flag::ORG_HEAD | flag::ROLE) {
        return None;
    }
    let first = &toks[np.toks.start];
    let start = if first.text(text).eq_ignore_ascii_case("the") {
        np.toks.start + 1
    } else {
        np.toks.start
    };
    let span = Span::new(toks[start].start, toks[np.head].end);
    let mut name = span.text(text).to_string();
    if toks[start]
        .lex()
        .has(flag::FUNCTION | flag::GROUP | flag::ROLE | flag::ANON | flag::ORG_HEAD)
    {
        let mut c = name.chars();
        name = c
            .next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default();
    }
    let plural = e.has(flag::GROUP | flag::ANON_PLURAL);
    let kind = if e.has(flag::ORG_HEAD) && !plural {
        crate::document::ActorKind::Organization
    } else if plural {
        crate::document::ActorKind::Group
    } else {
        crate::document::ActorKind::Anonymous
    };
    let ent = actors.add(
        name,
        kind,
        crate::lexicon::Gender::Unknown,
        plural,
        crate::rules::Rule::ActorDescribed,
    );
    actors.mention(ent, start..np.head + 1, span);
    Some(ent)
}

/// A target's label: the actor's name when the phrase names one, else its head noun (a
/// hyphenated modifier's first part: "pact-style" → "pact"), lowercase.
fn target_label(v: &View, ent_at: &[u32], actors: &Actors, r: Range<usize>) -> String {
    let toks = v.toks;
    let text = v.text;
    // The phrase names an actor when it ends with the name ("Ivo Brandt", not "Ivo Brandt's
    // decision").
    let last = r.end - 1;
    if ent_at[last] != u32::MAX {
        return actors.entities[ent_at[last] as usize].name.clone();
    }
    let head = &toks[r.end - 1];
    head_word(head.text(text))
}

fn head_word(w: &str) -> String {
    let mut buf = String::new();
    head_word_into(w, &mut buf);
    buf
}

/// [`head_word`] into a reused buffer: the label key of every word is computed without
/// allocating.
fn head_word_into(w: &str, buf: &mut String) {
    buf.clear();
    let first = w.as_bytes().iter().position(|&b| b == b'-').map_or(w, |i| &w[..i]);
    if first.is_ascii() {
        buf.push_str(first);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(first.chars().flat_map(char::to_lowercase));
    }
    // A plural head is labelled in the singular ("pacts" → "pact").
    if let Some(stem) = buf.strip_suffix('s') {
        if stem.len() > 3 && !stem.ends_with('s') {
            buf.pop();
        }
    }
}

/// Every phrase in the article whose head (or hyphenated first part) is a target's label, and
/// every mention of a target actor.
fn collect_target_mentions(text: &str, seg: &Segmented, ent_at: &[u32], actors: &Actors, out: &mut StanceOutput) {
    let toks = &seg.tokens;
    let by_label: FastMap<String, usize> = out
        .labels
        .iter()
        .enumerate()
        .map(|(i, (l, _))| (l.clone(), i))
        .collect();
    if by_label.is_empty() {
        return;
    }
    // The first letters of the labels: most words start with none of them and need no key.
    let mut initials = [false; 128];
    for (l, _) in &out.labels {
        match l.bytes().next() {
            Some(b) if b < 0x80 => initials[usize::from(b)] = true,
            _ => initials.fill(true),
        }
    }
    // And their lengths in bytes (63 for any longer): an ASCII word's key is as long as its
    // first part, or one byte shorter in the singular.
    let mut lengths = 0u64;
    for (l, _) in &out.labels {
        lengths |= 1 << l.len().min(63);
    }
    let mut key = String::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != Kind::Word {
            continue;
        }
        let label = if ent_at[k] != u32::MAX {
            // Only the first token of an actor's mention stands for it.
            if k > 0 && ent_at[k - 1] == ent_at[k] {
                continue;
            }
            actors.entities[ent_at[k] as usize].name.as_str()
        } else {
            let w = t.text(text);
            let first = w.bytes().next().map_or(0, |b| b.to_ascii_lowercase());
            if first < 0x80 && !initials[usize::from(first)] {
                continue;
            }
            if w.is_ascii() {
                let n = w.bytes().position(|b| b == b'-').unwrap_or(w.len());
                let possible = (1u64 << n.min(63)) | (1u64 << n.saturating_sub(1).min(63));
                if lengths & possible == 0 {
                    continue;
                }
            }
            head_word_into(w, &mut key);
            key.as_str()
        };
        if let Some(&li) = by_label.get(label) {
            // The mention runs from a determiner or modifiers before it to the word.
            let mut s = k;
            while s > 0 && k - s < 3 {
                let p = &toks[s - 1];
                let modifier = p.kind == Kind::Word
                    && !p.lex().has(flag::PRONOUN)
                    && !is_verb_of_saying(p)
                    && (p.lex().tag == Some(Tag::Det) || !p.lex().has(flag::FUNCTION));
                if !modifier || p.end + 1 < toks[s].start && p.lex().tag != Some(Tag::Det) {
                    break;
                }
                s -= 1;
                if p.lex().tag == Some(Tag::Det) {
                    break;
                }
            }
            let end = if ent_at[k] != u32::MAX {
                let mut e = k;
                while e < toks.len() && ent_at[e] == ent_at[k] {
                    e += 1;
                }
                e
            } else {
                k + 1
            };
            out.labels[li].1.push(Span::new(toks[s].start, toks[end - 1].end));
        }
    }
}

// ----------------------------------------------------------------------------------------
// The actor × target matrix.

/// One cell of the actor × target matrix: all the evidence of one holder about one target.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Cell {
    /// The holder's actor id.
    pub holder: String,
    /// The target's label.
    pub target: String,
    /// Pieces of evidence for each polarity.
    pub support: usize,
    /// Pieces of evidence that oppose.
    pub oppose: usize,
    /// Neutral pieces of evidence (hedges, evasions).
    pub neutral: usize,
    /// The cell's overall stance: the polarity with the most evidence (neutral on a tie).
    pub overall: Polarity,
    /// The stance ids behind the cell, in text order.
    pub stances: Vec<String>,
}

/// Aggregates a document's stances into an actor × target matrix, rows in the order of the
/// holders' first evidence and cells in the order of the targets' first evidence. The app and
/// the CLI both show this, so they always agree.
pub fn matrix(doc: &crate::document::Document) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    let mut index: FastMap<(String, String), usize> = FastMap::default();
    for s in &doc.stances {
        let key = (s.holder.clone(), s.target.label.clone());
        let i = *index.entry(key).or_insert_with(|| {
            cells.push(Cell {
                holder: s.holder.clone(),
                target: s.target.label.clone(),
                support: 0,
                oppose: 0,
                neutral: 0,
                overall: Polarity::Neutral,
                stances: Vec::new(),
            });
            cells.len() - 1
        });
        let c = &mut cells[i];
        match s.polarity {
            Polarity::Support => c.support += 1,
            Polarity::Oppose => c.oppose += 1,
            Polarity::Neutral => c.neutral += 1,
        }
        c.stances.push(s.id.clone());
    }
    for c in &mut cells {
        c.overall = if c.support > c.oppose && c.support >= c.neutral {
            Polarity::Support
        } else if c.oppose > c.support && c.oppose >= c.neutral {
            Polarity::Oppose
        } else {
            Polarity::Neutral
        };
    }
    // Rows grouped by holder, in order of first appearance.
    let mut order: Vec<String> = Vec::new();
    for c in &cells {
        if !order.contains(&c.holder) {
            order.push(c.holder.clone());
        }
    }
    let mut sorted = Vec::with_capacity(cells.len());
    for h in &order {
        sorted.extend(cells.iter().filter(|c| &c.holder == h).cloned());
    }
    sorted
}

#[cfg(test)]
mod tests;
