//! Phrases set off by commas after a subject: "Ruiz, who leads the party, said", "Smith,
//! 45, said", "A lawyer for the family, David Schulz, said".

use super::subject::*;
use super::words::*;
use super::*;

/// `NP, APPOSITIVE,` before a verb: "Ruiz, who leads the party, said"; "Smith, 45, said". The
/// appositive may itself hold commas, so up to three earlier commas are tried.
pub(super) fn appositive(v: &View, comma: usize, lo: usize, depth: u8) -> Option<Np> {
    let toks = v.toks;
    let first = appositive_from(v, comma, lo, depth)?;
    // With commas inside the appositive ("Tasker, the president of the council, which
    // represents the mayors, urged"), the nearest reading may be a noun inside it; a name that
    // opens the clause before an earlier comma is the subject.
    if first.kind == Head::Name && opens_clause(v, first.toks.start, lo) {
        return Some(first);
    }
    let mut c = first.toks.start;
    for _ in 0..3 {
        let Some(k) = (c.saturating_sub(40).max(lo)..c).rev().find(|&k| toks[k].is_punct(',')) else {
            break;
        };
        if let Some(np) = subject_at(v, k, lo, depth + 1) {
            if np.kind == Head::Name && opens_clause(v, np.toks.start, lo) {
                return Some(np);
            }
        }
        c = k;
    }
    Some(first)
}

/// [`appositive`]: the nearest reading.
pub(super) fn appositive_from(v: &View, comma: usize, lo: usize, depth: u8) -> Option<Np> {
    let toks = v.toks;
    let min = comma.saturating_sub(40).max(lo);
    let mut tried = 0;
    let mut k = comma;
    while k > min && tried < 3 {
        k -= 1;
        let t = &toks[k];
        if is_stop(toks, k) || (t.kind == Kind::Punct && is_double_quote(t.ch)) {
            return None;
        }
        if !t.is_punct(',') {
            continue;
        }
        tried += 1;
        // "A lawyer for the family, David Schulz, said": the name inside the commas speaks.
        // (Not "Roenick, a nine-time All-Star who …, said": a name after an article there is a
        // description.)
        if let Some(name) = subject_at(v, comma, k + 1, depth + 1).filter(|n| {
            n.kind == Head::Name && n.toks.start == k + 1 && !toks[k + 1].is_det() && !party_tag(v, k + 1, comma)
        }) {
            if let Some(desc) = subject_at(v, k, lo, depth + 1).filter(|d| d.kind != Head::Pronoun) {
                return Some(Np {
                    toks: desc.toks.start..comma,
                    head: name.head,
                    kind: Head::Name,
                });
            }
        }
        let Some(np) = subject_at(v, k, lo, depth + 1).filter(|np| np.kind != Head::Pronoun) else {
            continue;
        };
        // "Senator Jane Doe, Democrat of Ohio, said": a short verbless phrase after a name (but
        // not after a bare title such as "Minister of Innovation", itself an appositive).
        let short_after_name = np.kind == Head::Name
            && !is_bare_title(v, np.toks.clone())
            && comma - k <= 20
            && !(k + 1..comma).any(|j| verb_in_phrase(v, j));
        // "New York, the race will be tight, said …": a determined phrase with a verb of its
        // own is a clause, not an appositive.
        // (An auxiliary inside a relative clause is the relative's: "the strategist who has …";
        // after an inner comma it may be the subject's own verb.)
        let clause_inside = toks[k + 1].is_det()
            && (k + 2..comma)
                .take_while(|&j| {
                    !matches!(toks[j].lex().tag, Some(Tag::Wh | Tag::Sub)) && !v.is(j, "that") && !toks[j].is_punct(',')
                })
                .any(|j| matches!(toks[j].lex().tag, Some(Tag::Aux | Tag::Modal)));
        if (looks_appositive(v, k + 1, comma) || short_after_name) && !clause_inside {
            return Some(np);
        }
    }
    None
}

/// Whether the words from `first` up to the comma at `end` read as an appositive or a
/// relative clause: "who leads the party", "45", "a lawyer for the family", "the minister".
pub(super) fn looks_appositive(v: &View, first: usize, end: usize) -> bool {
    let toks = v.toks;
    let text = v.text;
    let Some(f) = toks.get(first) else { return false };
    f.kind == Kind::Number
        || matches!(f.lex().tag, Some(Tag::Det | Tag::Wh))
        || f.lex().has(flag::TITLE | flag::ROLE | flag::GROUP)
        || (f.kind == Kind::Word && !f.is(shape::CAP) && f.text(text).ends_with("ing"))
        || (is_cap_word(f) && first + 1 < end && toks[first + 1].lex().has(flag::TITLE | flag::ROLE))
        || is_word(f, "who", text)
        // A participle and its agent: ", led by Terry Sullivan,".
        || (f.kind == Kind::Word && !f.is(shape::CAP) && first + 1 < end && v.is(first + 1, "by"))
        || party_tag(v, first, end)
        // A phrase set off after its subject: ", like their rivals,", ", in a statement,".
        || (f.kind == Kind::Word && f.lex().tag == Some(Tag::Prep) && !is_word(f, "of", text))
}

/// A party and state tag in apposition: "D-Ore.", "R-Texas" — one capital letter, a hyphen
/// and a capitalized word, filling the appositive.
pub(super) fn party_tag(v: &View, first: usize, end: usize) -> bool {
    let toks = v.toks;
    let text = v.text;
    let Some(f) = toks.get(first).filter(|f| f.kind == Kind::Word) else {
        return false;
    };
    let b = f.text(text).as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && (first + 1..end).all(|k| toks[k].is_punct('.'))
}

/// Whether a name phrase is only a title and its complement ("Minister of Innovation",
/// "the Prime Minister"), naming no one.
pub(super) fn is_bare_title(v: &View, r: Range<usize>) -> bool {
    let toks = v.toks;
    let mut after_of = false;
    let mut saw_title = false;
    for t in &toks[r] {
        if t.kind != Kind::Word {
            continue;
        }
        if t.lex().has(flag::TITLE | flag::HONORIFIC) {
            saw_title = true;
        } else if !t.is(shape::CAP) && t.lex().tag == Some(Tag::Prep) && saw_title {
            after_of = true;
        } else if t.is(shape::CAP) && !after_of {
            return false;
        }
    }
    saw_title
}
