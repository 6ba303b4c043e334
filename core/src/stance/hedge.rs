//! Hedges and denials: withholding a position ("declined to comment on", "would not say
//! whether", "avoided criticizing"; `stance.hedge`, neutral) and denying a likeness or a chance
//! ("nothing like the old tax", "no chance that …"; `stance.denial`, opposing). Each reader
//! returns where its cue ends and where the phrase it is about starts.

use crate::lexicon::Tag;
use crate::view::View;

/// "declined to comment (on X)", "would not say whether", "stopped short of endorsing X",
/// "refused to say": a hedge. Returns the end of the cue and where its object starts.
pub(super) fn hedge_at(v: &View, k: usize, hi: usize) -> Option<(usize, usize)> {
    let toks = v.toks;
    let text = v.text;
    let w = |j: usize| toks.get(j).filter(|_| j < hi).map_or("", |t| t.text(text));
    // Every phrase below has one of these words second (or a stance word's "-ing" form:
    // "avoided criticizing"); most words stop here.
    let second = matches!(
        w(k + 1),
        "to" | "not" | "n't" | "n’t" | "short" | "no" | "clear" | "from" | "comment" | "say" | "address"
    );
    let gerund = |j: usize| toks.get(j).is_some_and(|t| t.lex().stance.is_some()) && w(j).ends_with("ing");
    if !second && !gerund(k + 1) {
        return None;
    }
    let is = |j: usize, s: &str| w(j).eq_ignore_ascii_case(s);
    if (is(k, "declined") || is(k, "refused") || is(k, "declines") || is(k, "refuses"))
        && is(k + 1, "to")
        && matches!(w(k + 2), "comment" | "say" | "discuss" | "elaborate" | "answer")
    {
        return Some((k + 3, hedged_object(&w, k + 3)));
    }
    // "would not say whether", "isn't commenting on", "did not directly address", "won't be
    // addressing", "cannot comment on".
    let aux = [
        "would", "could", "did", "will", "wo", "does", "is", "was", "has", "have", "are", "can", "ca",
    ];
    let withheld = |j: usize| {
        matches!(
            w(j),
            "say" | "comment" | "saying" | "commenting" | "said" | "commented" | "address" | "addressing" | "addressed"
        )
    };
    let negated_aux = (matches!(w(k + 1), "not" | "n't" | "n’t") && aux.iter().any(|a| is(k, a))).then_some(k + 2);
    if let Some(mut j) = negated_aux.or_else(|| is(k, "cannot").then_some(k + 1)) {
        // One adverb or "be" may come between ("did not directly address", "won't be addressing").
        if !withheld(j) && (toks.get(j).is_some_and(|t| t.lex().tag == Some(Tag::Adv)) || is(j, "be")) {
            j += 1;
        }
        if withheld(j) {
            return Some((j + 1, hedged_object(&w, j + 1)));
        }
    }
    // "gave no details about the schedule", "offered no comment on the claim".
    let gives = [
        "gave", "give", "gives", "giving", "offered", "offer", "offers", "provided", "provide", "provides",
    ];
    if is(k + 1, "no")
        && matches!(w(k + 2), "details" | "detail" | "comment" | "explanation")
        && gives.iter().any(|g| is(k, g))
    {
        return Some((k + 3, hedged_object(&w, k + 3)));
    }
    if is(k, "stopped") && is(k + 1, "short") && is(k + 2, "of") {
        // "stopped short of endorsing the plan": the object follows the verb after "of".
        return Some((k + 4, k + 4));
    }
    // "avoided condemning the invasion", "steered clear of criticizing him", "refrained from
    // backing it": withholding a stance the next word would take.
    let one_of = |list: &[&str]| list.iter().any(|x| is(k, x));
    if gerund(k + 1) && one_of(&["avoid", "avoids", "avoided", "avoiding"]) {
        return Some((k + 2, k + 2));
    }
    if is(k + 1, "clear") && is(k + 2, "of") && gerund(k + 3) && one_of(&["steer", "steers", "steered", "steering"]) {
        return Some((k + 4, k + 4));
    }
    if is(k + 1, "from") && gerund(k + 2) && one_of(&["refrain", "refrains", "refrained", "refraining"]) {
        return Some((k + 3, k + 3));
    }
    None
}

/// Where the object of a hedge ending at `j` starts: after "on", "about", "whether", "if",
/// and after "when asked" ("would not comment when asked about the strike").
fn hedged_object<'t>(w: &impl Fn(usize) -> &'t str, j: usize) -> usize {
    let j = if w(j) == "when" && w(j + 1) == "asked" {
        j + 2
    } else {
        j
    };
    if matches!(w(j), "on" | "about" | "whether" | "if" | "of" | "to" | "for") {
        j + 1
    } else {
        j
    }
}

/// "this is nothing like X", "there is no chance that X": a denial. Returns the end of the cue
/// and where its object starts.
pub(super) fn denial_at(v: &View, k: usize, hi: usize) -> Option<(usize, usize)> {
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
