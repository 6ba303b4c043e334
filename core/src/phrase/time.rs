//! Time phrases before a verb: "last week", "on Tuesday", "earlier this month".

use super::*;

/// A time phrase ending just before `i`: "last week", "on Tuesday", "earlier this month",
/// "in July", "Tuesday". Returns where it starts (or `i`).
pub(crate) fn time_phrase_left(v: &View, i: usize, lo: usize) -> usize {
    let toks = v.toks;
    let text = v.text;
    if i <= lo {
        return i;
    }
    let last = &toks[i - 1];
    let unit = matches!(
        last.text(text),
        "week" | "month" | "year" | "weekend" | "night" | "morning" | "afternoon" | "evening"
    );
    // A weekday alone ("Tuesday"); a month only after "in", "last", … ("in July").
    let calendar = last.kind == Kind::Word && last.is(shape::CAP) && last.lex().calendar.is_some();
    let month = last.lex().calendar.is_some_and(|(m, _)| m);
    let day = calendar
        && (!month
            || (i >= 2
                && matches!(
                    v.word(i - 2),
                    "in" | "last" | "this" | "next" | "early" | "late" | "mid"
                )));
    if !(unit || day) {
        return i;
    }
    let mut j = i - 1;
    while j > lo && j + 4 > i {
        let p = &toks[j - 1];
        let part = matches!(
            p.text(text),
            "last"
                | "this"
                | "next"
                | "on"
                | "in"
                | "early"
                | "late"
                | "earlier"
                | "later"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
        ) || (p.kind == Kind::Word && p.lex().has(flag::CALENDAR) && p.is(shape::CAP));
        if !part {
            break;
        }
        j -= 1;
    }
    // A bare unit word ("week") needs its determiner ("last week").
    if unit && j == i - 1 {
        return i;
    }
    j
}
