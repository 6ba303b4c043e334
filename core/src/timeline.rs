//! The timeline: every date mention, resolved to an absolute date with its precision.
//!
//! Absolute forms ("March 5, 2026", "5 March 2026", "2026-03-05", "March 2019", "in 2016",
//! "from 2015 to 2017") resolve on their own; a month and day without a year take the
//! article's year; weekdays and relative mentions ("Tuesday", "last week", "yesterday",
//! "next month") resolve against the article date, to the past unless the sentence speaks of
//! the future. Without an article date a relative mention is kept with an empty date.

use std::ops::Range;

use crate::calendar::{Precision, Ymd};
use crate::lexicon::flag;
use crate::segment::Segmented;
use crate::text::Span;
use crate::tokens::{Kind, Token};

/// A resolved date mention.
#[derive(Debug, Clone)]
pub(crate) struct DateMention {
    /// The mention.
    pub span: Span,
    /// The resolved date, if it could be resolved.
    pub date: Option<(Ymd, Precision)>,
    /// The end of a range.
    pub until: Option<(Ymd, Precision)>,
    /// The sentence index.
    pub sent: usize,
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    today: Option<Ymd>,
}

/// A word in lowercase: the word itself when it has no capital, else a lowercase copy, on the
/// stack when short (as every word of a date phrase is).
enum Lower<'a> {
    Borrowed(&'a str),
    Short([u8; 16], u8),
    Long(String),
}

impl<'a> Lower<'a> {
    fn of(w: &'a str) -> Lower<'a> {
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower::Borrowed(w);
        }
        let mut buf = [0u8; 16];
        match buf.get_mut(..w.len()) {
            Some(short) => {
                short.copy_from_slice(w.as_bytes());
                short.make_ascii_lowercase();
                Lower::Short(buf, w.len() as u8)
            }
            None => Lower::Long(w.to_ascii_lowercase()),
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(w) => w,
            // ASCII lowercasing keeps UTF-8 valid, so this never falls back.
            Lower::Short(buf, n) => std::str::from_utf8(&buf[..usize::from(*n)]).unwrap_or(""),
            Lower::Long(w) => w,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl Scan<'_> {
    /// The lowercase text of token `k` (borrowed when it is lowercase already).
    fn word(&self, k: usize) -> Lower<'_> {
        match self.toks.get(k) {
            Some(t) => Lower::of(t.text(self.text)),
            None => Lower::Borrowed(""),
        }
    }

    fn month_at(&self, k: usize) -> Option<u32> {
        let t = self.toks.get(k)?;
        if t.kind != Kind::Word {
            return None;
        }
        let (is_month, n) = t.lex().calendar?;
        if !is_month {
            return None;
        }
        // "may" and "march" are months only when capitalized; abbreviations only with a period.
        let w = t.text(self.text);
        if !t.is_cap() {
            return None;
        }
        let full = w.len() >= 5 || matches!(w.to_ascii_lowercase().as_ref(), "june" | "july" | "may");
        let dotted = self
            .toks
            .get(k + 1)
            .is_some_and(|p| p.is_punct('.') && p.start == t.end);
        (full || dotted).then_some(u32::from(n))
    }

    fn weekday_at(&self, k: usize) -> Option<u32> {
        let t = self.toks.get(k)?;
        let (is_month, n) = t.lex().calendar?;
        if is_month || !t.is_cap() {
            return None;
        }
        let w = t.text(self.text);
        let dotted = self
            .toks
            .get(k + 1)
            .is_some_and(|p| p.is_punct('.') && p.start == t.end);
        (w.len() >= 6 || dotted).then_some(u32::from(n))
    }

    fn number(&self, k: usize) -> Option<u32> {
        let t = self.toks.get(k)?;
        let w = t.text(self.text);
        let digits = w.trim_end_matches(['s', 't', 'h', 'n', 'd', 'r']);
        let ordinal = t.kind == Kind::Word && ["th", "st", "nd", "rd"].iter().any(|s| w.ends_with(s));
        let numeric = !digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit());
        if (t.kind == Kind::Number || ordinal) && numeric {
            return digits.parse().ok();
        }
        None
    }

    fn year(&self, k: usize) -> Option<i32> {
        let t = self.toks.get(k)?;
        if t.kind != Kind::Number {
            return None;
        }
        let w = t.text(self.text);
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|y| (1800..=2199).contains(y))
    }

    /// Skips the period after an abbreviated month ("Sept.").
    fn after_month(&self, k: usize) -> usize {
        let mut j = k + 1;
        let abbreviated = self.toks[k].end - self.toks[k].start <= 4;
        if abbreviated
            && self
                .toks
                .get(j)
                .is_some_and(|t| t.is_punct('.') && t.start == self.toks[k].end)
        {
            j += 1;
        }
        j
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    /// Whether the clause before token `k` speaks of the future ("will vote Monday",
    /// "is expected to meet Tuesday"); quotation marks and sentence punctuation end the look-back.
    fn future(&self, k: usize, sent: Range<usize>) -> bool {
        let lo = k.saturating_sub(10).max(sent.start);
        for j in (lo..k).rev() {
            let t = &self.toks[j];
            if t.kind == Kind::Punct && (matches!(t.ch, '.' | ';' | '!' | '?') || crate::tokens::is_double_quote(t.ch))
            {
                return false;
            }
            let w = self.word(j);
            if matches!(
                w.as_ref(),
                "will" | "'ll" | "’ll" | "shall" | "expected" | "scheduled" | "due" | "upcoming" | "plans" | "planned"
            ) {
                return true;
            }
        }
        false
    }
}

/// Finds and resolves the date mentions of a segmented text.
pub(crate) fn find(text: &str, seg: &Segmented, article_date: Option<&str>) -> Vec<DateMention> {
    let sc = Scan {
        text,
        toks: &seg.tokens,
        today: article_date.and_then(Ymd::parse),
    };
    let mut out = Vec::new();
    for (si, s) in seg.sents.iter().enumerate() {
        let mut k = s.toks.start;
        let end = s.toks.end;
        while k < end {
            crate::ops::tick(1);
            // Most tokens cannot start a date: only numbers, month and weekday names, and the
            // words of relative dates ("yesterday", "last", "a", "two").
            let t = &seg.tokens[k];
            if t.kind != Kind::Number && !t.lex().has(flag::CALENDAR | flag::TIME_WORD) {
                k += 1;
                continue;
            }
            if let Some((m, next)) = match_at(&sc, k, end, s.toks.clone()) {
                out.push(DateMention { sent: si, ..m });
                k = next.max(k + 1);
            } else {
                k += 1;
            }
        }
    }
    out
}

/// A date mention starting at `k` (a number, or a word with [`flag::CALENDAR`] or
/// [`flag::TIME_WORD`]), with the index after it: an ISO date, a month first ("March 5,
/// 2026", "March 2019", "in March"), a day first ("5 March 2026"), a year or a range of
/// years, a weekday, or a relative date.
fn match_at(sc: &Scan, k: usize, end: usize, sent: Range<usize>) -> Option<(DateMention, usize)> {
    let t = &sc.toks[k];
    if t.kind == Kind::Number {
        if let Some(d) = Ymd::parse(t.text(sc.text)) {
            return Some((sc.mention(k, k + 1, Some((d, Precision::Day)), None), k + 1));
        }
    }
    if let Some(m) = sc.month_at(k) {
        return sc.month_first(k, m, end);
    }
    if let Some(found) = sc.day_first(k, end) {
        return Some(found);
    }
    if let Some(y) = sc.year(k) {
        return sc.year_mention(k, y, sent);
    }
    if let Some(wd) = sc.weekday_at(k) {
        return Some(sc.weekday_mention(k, wd, sent));
    }
    if t.kind == Kind::Word {
        return sc.relative_words(k).or_else(|| sc.ago(k));
    }
    None
}

impl Scan<'_> {
    /// A mention of tokens `a..b`.
    fn mention(
        &self,
        a: usize,
        b: usize,
        date: Option<(Ymd, Precision)>,
        until: Option<(Ymd, Precision)>,
    ) -> DateMention {
        DateMention {
            span: self.span(a, b),
            date,
            until,
            sent: 0,
        }
    }

    /// The lowercase word before token `k` ("" at the start).
    fn word_before(&self, k: usize) -> Lower<'_> {
        if k > 0 {
            self.word(k - 1)
        } else {
            Lower::Borrowed("")
        }
    }

    /// Month `m` at `k`: "March 5[, 2026]" (the article's year when none is given), "March
    /// 2019", or "in March", "last March" (the month of the article's year, or the year before
    /// or after).
    fn month_first(&self, k: usize, m: u32, end: usize) -> Option<(DateMention, usize)> {
        let toks = self.toks;
        let j = self.after_month(k);
        if let Some(d) = self.number(j).filter(|d| (1..=31).contains(d)) {
            let mut e = j + 1;
            let mut y = None;
            let mut ye = e;
            if toks.get(e).is_some_and(|t| t.is_punct(',')) {
                ye = e + 1;
            }
            if let Some(yy) = self.year(ye) {
                y = Some(yy);
                e = ye + 1;
            }
            let year = y.or(self.today.map(|t| t.y));
            let date = year
                .map(|y| Ymd { y, m, d })
                .filter(Ymd::is_valid)
                .map(|d| (d, Precision::Day));
            return Some((self.mention(k, e.min(end), date, None), e));
        }
        if let Some(y) = self.year(j) {
            let d = Ymd { y, m, d: 1 };
            return Some((self.mention(k, j + 1, Some((d, Precision::Month)), None), j + 1));
        }
        let prev = self.word_before(k);
        if !matches!(
            prev.as_ref(),
            "in" | "since" | "until" | "by" | "last" | "next" | "early" | "late" | "mid" | "this"
        ) {
            return None;
        }
        let date = self.today.map(|t| {
            let mut y = t.y;
            if prev == "last" && m >= t.m {
                y -= 1;
            } else if prev == "next" && m <= t.m {
                y += 1;
            }
            (Ymd { y, m, d: 1 }, Precision::Month)
        });
        let start = if matches!(prev.as_ref(), "last" | "next" | "this") {
            k - 1
        } else {
            k
        };
        Some((self.mention(start, j.min(end).max(k + 1), date, None), j))
    }

    /// "5 March 2026", "5 March" (the article's year).
    fn day_first(&self, k: usize, end: usize) -> Option<(DateMention, usize)> {
        let d = self.number(k).filter(|d| (1..=31).contains(d))?;
        let m = self.month_at(k + 1)?;
        let j = self.after_month(k + 1);
        let (y, e) = match self.year(j) {
            Some(y) => (Some(y), j + 1),
            None => (self.today.map(|t| t.y), j),
        };
        let date = y
            .map(|y| Ymd { y, m, d })
            .filter(Ymd::is_valid)
            .map(|d| (d, Precision::Day));
        Some((self.mention(k, e.min(end).max(k + 2), date, None), e))
    }

    /// Year `y` at `k` in a dated context ("in 2016", "the 2015 season", a sentence's first
    /// word), not a quantity ("2016 votes", "$2016"); a range of years: "from 2015 to 2017",
    /// "between 2015 and 2017", "2015-2017".
    fn year_mention(&self, k: usize, y: i32, sent: Range<usize>) -> Option<(DateMention, usize)> {
        let prev = self.word_before(k);
        let next = self.word(k + 1);
        let unit = matches!(
            next.as_ref(),
            "%" | "percent"
                | "people"
                | "votes"
                | "jobs"
                | "times"
                | "units"
                | "homes"
                | "members"
                | "cases"
                | "dollars"
        ) || (k > 0 && self.toks[k - 1].is_punct('$'));
        let dated_context = matches!(
            prev.as_ref(),
            "in" | "since"
                | "by"
                | "until"
                | "from"
                | "during"
                | "before"
                | "after"
                | "of"
                | "the"
                | "early"
                | "late"
                | "mid"
                | "through"
                | "between"
                | "to"
                | "and"
                | "'s"
                | "’s"
                | "year"
                | "fall"
                | "spring"
                | "summer"
                | "winter"
        ) || k == sent.start;
        if unit || !dated_context {
            return None;
        }
        let start = if prev == "from" || prev == "between" { k - 1 } else { k };
        let conn = self.word(k + 1);
        if (conn == "to" || conn == "and" || conn == "-" || conn == "–" || conn == "through")
            && self.year(k + 2).is_some()
        {
            let y2 = self.year(k + 2).unwrap_or(y);
            let d = (Ymd { y, m: 1, d: 1 }, Precision::Year);
            let u = (Ymd { y: y2, m: 1, d: 1 }, Precision::Year);
            return Some((self.mention(start, k + 3, Some(d), Some(u)), k + 3));
        }
        let d = (Ymd { y, m: 1, d: 1 }, Precision::Year);
        Some((self.mention(start.min(k), k + 1, Some(d), None), k + 1))
    }

    /// Weekday `wd` at `k`: "Tuesday", "on Thursday", "last Friday", "next Monday": the day
    /// before the article's date (or after it when the clause speaks of the future).
    fn weekday_mention(&self, k: usize, wd: u32, sent: Range<usize>) -> (DateMention, usize) {
        let toks = self.toks;
        let prev = self.word_before(k);
        let start = if matches!(prev.as_ref(), "last" | "next" | "this") {
            k - 1
        } else {
            k
        };
        let mut e = k + 1;
        let abbreviated = toks[k].end - toks[k].start <= 5;
        if abbreviated && toks.get(e).is_some_and(|t| t.is_punct('.') && t.start == toks[k].end) {
            e += 1;
        }
        let date = self.today.map(|today| {
            let cur = today.weekday() as i64;
            let want = wd as i64;
            let back = (cur - want).rem_euclid(7);
            let fwd = (want - cur).rem_euclid(7);
            let future = prev == "next" || (prev != "last" && self.future(k, sent.clone()));
            let d = if prev == "next" {
                today.add_days(if fwd == 0 { 7 } else { fwd })
            } else if prev == "last" {
                today.add_days(-(if back == 0 { 7 } else { back }))
            } else if future {
                today.add_days(fwd)
            } else {
                today.add_days(-back)
            };
            (d, Precision::Day)
        });
        (self.mention(start, e, date, None), e)
    }

    /// "today", "yesterday", "tomorrow", "last week", "next month", "this year", "earlier this
    /// month", and "a day after" (relative to another event, kept unresolved).
    fn relative_words(&self, k: usize) -> Option<(DateMention, usize)> {
        let w = self.word(k);
        let next = self.word(k + 1);
        let rel = |d: Option<(Ymd, Precision)>, len: usize| Some((self.mention(k, k + len, d, None), k + len));
        let today = self.today;
        match w.as_ref() {
            "today" => rel(today.map(|t| (t, Precision::Day)), 1),
            "yesterday" => rel(today.map(|t| (t.add_days(-1), Precision::Day)), 1),
            "tomorrow" => rel(today.map(|t| (t.add_days(1), Precision::Day)), 1),
            "last" | "next" | "this" => {
                let sign = match w.as_ref() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                match next.as_ref() {
                    "week" => rel(today.map(|t| (t.add_days(7 * sign as i64), Precision::Day)), 2),
                    "month" => rel(today.map(|t| (t.add_months(sign), Precision::Month)), 2),
                    "year" => rel(
                        today.map(|t| {
                            (
                                Ymd {
                                    y: t.y + sign,
                                    m: 1,
                                    d: 1,
                                },
                                Precision::Year,
                            )
                        }),
                        2,
                    ),
                    _ => None,
                }
            }
            "earlier" | "later" if self.word(k + 1) == "this" => {
                let precision = match self.word(k + 2).as_ref() {
                    "month" => Precision::Month,
                    "year" => Precision::Year,
                    "week" => Precision::Day,
                    _ => return None,
                };
                rel(today.map(|t| (t, precision)), 3)
            }
            "a" | "one"
                if matches!(next.as_ref(), "day" | "week")
                    && matches!(self.word(k + 2).as_ref(), "after" | "before" | "earlier" | "later") =>
            {
                rel(None, 3)
            }
            _ => None,
        }
    }

    /// "two days ago", "three weeks ago", "a year ago".
    fn ago(&self, k: usize) -> Option<(DateMention, usize)> {
        if self.word(k + 2) != "ago" {
            return None;
        }
        let w = self.word(k);
        let n: i64 = match w.as_ref() {
            "a" | "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "several" => return None,
            _ => w.parse().ok()?,
        };
        let today = self.today;
        let d = match self.word(k + 1).trim_end_matches('s') {
            "day" => today.map(|t| (t.add_days(-n), Precision::Day)),
            "week" => today.map(|t| (t.add_days(-7 * n), Precision::Day)),
            "month" => today.map(|t| (t.add_months(-(n as i32)), Precision::Month)),
            "year" => today.map(|t| {
                (
                    Ymd {
                        y: t.y - n as i32,
                        m: 1,
                        d: 1,
                    },
                    Precision::Year,
                )
            }),
            _ => return None,
        };
        Some((self.mention(k, k + 3, d, None), k + 3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn dates(text: &str, today: Option<&str>) -> Vec<(String, String)> {
        let seg = segment(text);
        find(text, &seg, today)
            .into_iter()
            .map(|m| {
                let d = m.date.map_or(String::new(), |(d, p)| d.format(p));
                let d = match m.until {
                    Some((u, p)) => format!("{d}..{}", u.format(p)),
                    None => d,
                };
                (m.span.text(text).to_string(), d)
            })
            .collect()
    }

    #[test]
    fn calendar_math() {
        let d = Ymd::parse("2026-03-05").unwrap();
        assert_eq!(d.weekday(), 4, "5 March 2026 is a Thursday");
        assert_eq!(d.add_days(-2).format(Precision::Day), "2026-03-03");
        assert_eq!(
            Ymd::parse("2024-02-29").unwrap().add_days(1).format(Precision::Day),
            "2024-03-01"
        );
        assert_eq!(d.add_months(-3).format(Precision::Month), "2025-12");
        assert!(Ymd::parse("2026-02-30").is_none());
    }

    #[test]
    fn lower_words_match_ascii_lowercase() {
        for w in [
            "march",
            "Monday",
            "LAST",
            "",
            "ÉTÉ",
            "Sixteen-letters!",
            "Seventeen-letters",
            "INTERNATIONALIZATION",
        ] {
            let lower = Lower::of(w);
            assert_eq!(&*lower, w.to_ascii_lowercase(), "{w}");
            assert!(lower == w.to_ascii_lowercase().as_str(), "{w}");
        }
    }

    #[test]
    fn formats_match_the_formatter() {
        for (y, m, d) in [
            (2026, 3, 5),
            (987, 12, 31),
            (0, 1, 1),
            (9999, 10, 9),
            (10000, 1, 2),
            (-44, 3, 15),
        ] {
            let date = Ymd { y, m, d };
            assert_eq!(date.format(Precision::Year), format!("{y:04}"));
            assert_eq!(date.format(Precision::Month), format!("{y:04}-{m:02}"));
            assert_eq!(date.format(Precision::Day), format!("{y:04}-{m:02}-{d:02}"));
        }
    }

    #[test]
    fn date_cases() {
        let today = Some("2026-03-05");
        // Name, text, article date, and the (mention, date) pairs expected.
        type Case = (
            &'static str,
            &'static str,
            Option<&'static str>,
            &'static [(&'static str, &'static str)],
        );
        let cases: &[Case] = &[
            (
                "full date",
                "It opened on March 5, 2026, downtown.",
                today,
                &[("March 5, 2026", "2026-03-05")],
            ),
            (
                "abbreviated month",
                "The vote is Sept. 3 in the capital.",
                today,
                &[("Sept. 3", "2026-09-03")],
            ),
            (
                "day first",
                "They met on 5 March 2019.",
                None,
                &[("5 March 2019", "2019-03-05")],
            ),
            (
                "month year",
                "It began in March 2019.",
                None,
                &[("March 2019", "2019-03")],
            ),
            ("year", "The law passed in 2016.", None, &[("2016", "2016")]),
            (
                "range",
                "He served from 2015 to 2017.",
                None,
                &[("from 2015 to 2017", "2015..2017")],
            ),
            (
                "weekday past",
                "The minister spoke Tuesday.",
                today,
                &[("Tuesday", "2026-03-03")],
            ),
            (
                "weekday same day",
                "The minister spoke on Thursday.",
                today,
                &[("Thursday", "2026-03-05")],
            ),
            (
                "weekday future",
                "The council will vote Monday.",
                today,
                &[("Monday", "2026-03-09")],
            ),
            (
                "last week",
                "It happened last week.",
                today,
                &[("last week", "2026-02-26")],
            ),
            (
                "yesterday",
                "Talks ended yesterday.",
                today,
                &[("yesterday", "2026-03-04")],
            ),
            (
                "unresolved weekday",
                "The minister spoke Tuesday.",
                None,
                &[("Tuesday", "")],
            ),
            (
                "a day after",
                "She resigned a day after the vote.",
                today,
                &[("a day after", "")],
            ),
            ("not a year", "About 2016 people came.", None, &[]),
            ("may is a verb", "Officials may decide in the spring.", today, &[]),
        ];
        for (name, input, today, want) in cases {
            let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            assert_eq!(dates(input, *today), want, "case {name}");
        }
    }
}
