//! Reading a speaker phrase rightwards, after an inverted verb ("said Ana Ruiz") or
//! "according to": [`np_right`].

use super::words::*;
use super::*;

/// The speaker phrase starting at token `s` (after an inverted verb or "according to"), not
/// reaching `hi`: "Ana Ruiz", "the minister", "oil and gas worker Mike Wipf", "the lanky,
/// bespectacled professor", "Campbell's partner, Jason Louth", "a spokesperson for the ministry".
pub(crate) fn np_right(v: &View, s: usize, hi: usize) -> Option<Np> {
    np_right_owned(v, s, hi, false, 0)
}

/// [`np_right`], where `owned` says an owner ("Wise's") came before and acts as a determiner.
fn np_right_owned(v: &View, s: usize, hi: usize, owned: bool, depth: u8) -> Option<Np> {
    crate::ops::tick(1);
    if s >= hi || depth > MAX_DEPTH {
        return None;
    }
    let t = &v.toks[s];
    // A possessive ("my daughter", "her brother") is read as a determiner below.
    if t.kind == Kind::Word && t.lex().has(flag::PRONOUN) && !possessive_det(v, s, hi) {
        let subj = matches!(t.lex().pron, Some((_, crate::lexicon::Case::Subj)));
        return subj.then_some(Np {
            toks: s..s + 1,
            head: s,
            kind: Head::Pronoun,
        });
    }
    let (j, noun_head) = description_right(v, s, hi);
    // A name, possibly after the description ("oil and gas worker Mike Wipf").
    if j < hi && is_cap_word(&v.toks[j]) {
        return name_right(v, s, j, hi, depth);
    }
    noun_right(v, s, j, noun_head, hi, owned, depth)
}

/// The description before a name or noun from `s`: determiners, numbers, modifiers, roles,
/// "and" ("oil and gas worker", "the lanky, bespectacled professor"). Returns where it stops
/// and the speaker noun it holds, if any.
fn description_right(v: &View, s: usize, hi: usize) -> (usize, Option<usize>) {
    let toks = v.toks;
    let limit = (s + 12).min(hi);
    let mut j = s;
    let mut noun_head: Option<usize> = None;
    while j < limit {
        let u = &toks[j];
        if is_cap_word(u) {
            break;
        }
        match u.kind {
            Kind::Word if is_speaker_noun(u) => noun_head = Some(j),
            Kind::Word if u.lex().has(flag::FUNCTION) => {
                let det = (matches!(u.lex().tag, Some(Tag::Det | Tag::Num)) || possessive_det(v, j, hi)) && j == s;
                let joiner = v.is(j, "and") && noun_head.is_none() && j > s;
                if !(det || joiner) {
                    break;
                }
            }
            Kind::Word if is_verbish(u) || u.lex().has(flag::CUE) => break,
            Kind::Word | Kind::Number => {
                if noun_head.is_some() {
                    // Words after the head belong to something else ("the minister said").
                    break;
                }
            }
            Kind::Punct if u.ch == '-' => {}
            // "the lanky, bespectacled professor"
            Kind::Punct
                if u.ch == ','
                    && noun_head.is_none()
                    && j > s
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.kind == Kind::Word && !n.is(shape::CAP) && !n.lex().has(flag::FUNCTION)) => {
            }
            _ => break,
        }
        j += 1;
    }
    (j, noun_head)
}

/// A phrase from `s` whose name starts at `j`: the name, an owner's phrase ("Campbell's
/// partner, Jason Louth"), a determined place or body before a role noun ("the self-taught
/// Waterloo resident"), or two names joined by "and" ("said Ana Ruiz and Tom Berg", whose
/// first is the speaker).
fn name_right(v: &View, s: usize, j: usize, hi: usize, depth: u8) -> Option<Np> {
    let toks = v.toks;
    let e = name_end(v, j, hi);
    if e < hi && toks[e].is(shape::POSSESSIVE) {
        let inner = np_right_owned(v, e + 1, hi, true, depth + 1)?;
        return Some(Np {
            toks: s..inner.toks.end,
            head: inner.head,
            kind: inner.kind,
        });
    }
    let determined = j > s && matches!(toks[s].lex().tag, Some(Tag::Det));
    if determined && e < hi && is_speaker_noun(&toks[e]) && !toks[e].is(shape::POSSESSIVE) {
        return Some(Np {
            toks: s..e + 1,
            head: e,
            kind: Head::Noun,
        });
    }
    let head = (j..e).rev().find(|&k| is_cap_word(&toks[k])).unwrap_or(j);
    // ("said Doyle and others": a group joined by "and" belongs to the phrase too.)
    let mut end = e;
    if e + 1 < hi && v.is(e, "and") {
        let n = &toks[e + 1];
        if is_cap_word(n) {
            end = name_end(v, e + 1, hi);
        } else if n.kind == Kind::Word && n.lex().has(flag::GROUP) {
            end = e + 2;
        }
    }
    Some(Np {
        toks: s..end,
        head,
        kind: Head::Name,
    })
}

/// A phrase from `s` headed by a noun, its description ending at `j`: a speaker noun, or one
/// the lexicon does not list that heads a determined phrase ending the clause ("the affable
/// proprietor", "Wise's dad, Darrin"), with what follows it: "for the ministry", a document's
/// author ("a poll by Gallup"), what makes an unnamed source one ("familiar with the talks"),
/// a name in apposition ("the president, Ana Ruiz", who then speaks).
fn noun_right(v: &View, s: usize, j: usize, noun_head: Option<usize>, hi: usize, owned: bool, depth: u8) -> Option<Np> {
    let toks = v.toks;
    let determined =
        (owned && j > s) || (j > s + 1 && (matches!(toks[s].lex().tag, Some(Tag::Det)) || possessive_det(v, s, hi)));
    let last = j.saturating_sub(1);
    let unlisted_noun = determined
        && toks[last].kind == Kind::Word
        && !toks[last].is(shape::CAP)
        && !toks[last].lex().has(flag::FUNCTION | flag::CUE)
        && (j >= hi || toks[j].kind == Kind::Punct);
    let h = noun_head.or(unlisted_noun.then_some(last))?;
    let mut end = h + 1;
    if end + 1 < hi
        && toks[end].kind == Kind::Word
        && (matches!(v.word(end), "for" | "of" | "at" | "with" | "from")
            || (v.word(end) == "by" && toks[h].lex().has(flag::DOCUMENT)))
    {
        if let Some(more) = np_right_owned(v, end + 1, hi, false, depth + 1) {
            if more.kind != Head::Pronoun {
                end = more.toks.end;
            }
        }
    }
    if end + 2 < hi && source_descriptor(v, end) {
        let mut j = end + 2;
        while j < hi
            && j < end + 10
            && toks[j].kind == Kind::Word
            && !verb_in_phrase(v, j)
            && !matches!(toks[j].lex().tag, Some(Tag::Wh | Tag::Sub | Tag::Conj))
        {
            j += 1;
        }
        if j > end + 2 {
            end = j;
        }
    }
    if end + 1 < hi && toks[end].is_punct(',') && is_cap_word(&toks[end + 1]) {
        let e = name_end(v, end + 1, hi);
        let closes = e >= hi || toks[e].kind == Kind::Punct;
        if closes {
            let head = (end + 1..e).rev().find(|&k| is_cap_word(&toks[k])).unwrap_or(end + 1);
            return Some(Np {
                toks: s..e,
                head,
                kind: Head::Name,
            });
        }
    }
    Some(Np {
        toks: s..end,
        head: h,
        kind: Head::Noun,
    })
}

/// Whether the pronoun at `k` is a possessive before a lowercase word ("my daughter", "her
/// brother"; "her" is listed as an object pronoun, and is possessive only before a noun).
pub(super) fn possessive_det(v: &View, k: usize, hi: usize) -> bool {
    let toks = v.toks;
    use crate::lexicon::Case;
    matches!(toks[k].lex().pron, Some((_, Case::Poss | Case::Obj)))
        && k + 1 < hi
        && toks[k + 1].kind == Kind::Word
        && !toks[k + 1].is(shape::CAP)
        && !toks[k + 1].lex().has(flag::FUNCTION)
}

/// Whether a person's name starts at `k`: a given name, or a title, followed by another
/// capitalized word.
pub(super) fn starts_person_name(v: &View, k: usize, hi: usize) -> bool {
    let toks = v.toks;
    let t = &toks[k];
    is_cap_word(t)
        && t.lex().has(flag::GIVEN | flag::TITLE | flag::HONORIFIC)
        && k + 1 < hi
        && is_cap_word(&toks[k + 1])
}

/// The end of the name starting at `j`: capitalized words, initials' periods, and particles
/// followed by another capitalized word.
pub(super) fn name_end(v: &View, j: usize, hi: usize) -> usize {
    let toks = v.toks;
    let text = v.text;
    let mut e = j;
    while e < hi {
        let u = &toks[e];
        let inside = is_cap_word(u)
            || is_abbrev_period(toks, e)
            || (u.kind == Kind::Word
                && matches!(u.text(text), "of" | "de" | "van" | "von" | "der" | "al" | "bin")
                && e + 1 < hi
                && is_cap_word(&toks[e + 1]));
        if !inside {
            // "Cambridge cartoonist Andre Campbell", "Green party leader Elizabeth May": up to
            // two lowercase words between a place or body and a person's name.
            let mut n = e;
            while n < hi
                && n < e + 3
                && toks[n].kind == Kind::Word
                && !toks[n].is(shape::CAP)
                && !toks[n].lex().has(flag::FUNCTION | flag::CUE)
            {
                n += 1;
            }
            // "Chinese foreign ministry spokeswoman Hua Chunying": after a role noun, two
            // capitalized words are a name even when the lexicon does not know the first.
            let role_before = n > e
                && toks[n - 1].lex().has(flag::TITLE | flag::ROLE)
                && n + 1 < hi
                && is_cap_word(&toks[n])
                && is_cap_word(&toks[n + 1]);
            if n > e && n < hi && (starts_person_name(v, n, hi) || role_before) {
                e = n;
                continue;
            }
            break;
        }
        e += 1;
    }
    e
}
