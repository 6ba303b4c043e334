//! Target labels: the name of a target actor, else the head noun of the phrase, singular;
//! and every mention in the article of each label.

use std::ops::Range;

use super::StanceOutput;
use crate::actors::Actors;
use crate::lexicon::{flag, FastMap, Tag};
use crate::text::Span;
use crate::tokens::{shape, Kind, Token};
use crate::view::View;

/// A target's label: the actor's name when the phrase names one, else its head noun (a
/// hyphenated modifier's first part: "pact-style" → "pact"), lowercase.
pub(super) fn target_label(v: &View, ent_at: &[u32], actors: &Actors, r: Range<usize>) -> String {
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
pub(super) fn collect_target_mentions(v: &View, ent_at: &[u32], actors: &Actors, out: &mut StanceOutput) {
    let (text, toks) = (v.text, v.toks);
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

/// Whether a token is a lowercase verb of saying ("said", "told").
pub(super) fn is_verb_of_saying(t: &Token) -> bool {
    t.lex().cue.is_some() && !t.is(shape::CAP)
}
