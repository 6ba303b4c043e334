//! Calendar arithmetic: dates, their precision, days between them, weekdays.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Ymd {
    /// Year.
    pub y: i32,
    /// Month, 1-12.
    pub m: u32,
    /// Day, 1-31.
    pub d: u32,
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Precision {
    Year,
    Month,
    Day,
}

impl Ymd {
    /// Parses `YYYY-MM-DD`.
    pub(crate) fn parse(s: &str) -> Option<Ymd> {
        let mut it = s.split('-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        let ymd = Ymd { y, m, d };
        (it.next().is_none() && ymd.is_valid()).then_some(ymd)
    }

    pub(crate) fn is_valid(&self) -> bool {
        (1..=12).contains(&self.m) && self.d >= 1 && self.d <= days_in_month(self.y, self.m)
    }

    /// Days since 1970-01-01.
    fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Ymd {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Ymd {
            y: (y + i64::from(m <= 2)) as i32,
            m,
            d,
        }
    }

    /// Day of the week, 1 = Monday … 7 = Sunday.
    pub(crate) fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    pub(crate) fn add_days(&self, n: i64) -> Ymd {
        Ymd::from_days(self.days() + n)
    }

    pub(crate) fn add_months(&self, n: i32) -> Ymd {
        let total = self.y * 12 + (self.m as i32 - 1) + n;
        let y = total.div_euclid(12);
        let m = total.rem_euclid(12) as u32 + 1;
        Ymd {
            y,
            m,
            d: self.d.min(days_in_month(y, m)),
        }
    }

    /// Formats at a precision.
    pub(crate) fn format(&self, p: Precision) -> String {
        // Digit by digit for the usual years; the formatter for any other.
        if (0..=9999).contains(&self.y) && self.m <= 99 && self.d <= 99 {
            let digits = |s: &mut String, v: u32, width: u32| {
                for k in (0..width).rev() {
                    s.push(char::from(b'0' + (v / 10u32.pow(k) % 10) as u8));
                }
            };
            let mut s = String::with_capacity(10);
            digits(&mut s, self.y as u32, 4);
            if p != Precision::Year {
                s.push('-');
                digits(&mut s, self.m, 2);
            }
            if p == Precision::Day {
                s.push('-');
                digits(&mut s, self.d, 2);
            }
            return s;
        }
        match p {
            Precision::Year => format!("{:04}", self.y),
            Precision::Month => format!("{:04}-{:02}", self.y, self.m),
            Precision::Day => format!("{:04}-{:02}-{:02}", self.y, self.m, self.d),
        }
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether `s` is a valid `YYYY-MM-DD` date.
pub(crate) fn valid_ymd(s: &str) -> bool {
    Ymd::parse(s).is_some()
}
