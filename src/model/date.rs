//! Calendar dates with an explicit precision (year, month or day) and an
//! "approximately" flag, written in the data files as strings:
//! `"2022-11-20"`, `"2030-03"`, `"2029"`, `"~1976"`.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use super::lang::Lang;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date known to a year, a month or a day, possibly approximate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: i32,
    month: u8,
    day: u8,
    precision: Precision,
    pub approx: bool,
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error(
        "date `{0}` is not of the form YYYY, YYYY-MM or YYYY-MM-DD (with an optional leading `~` for approximate dates)"
    )]
    Format(String),
    #[error("date `{0}` has month {1}; months run from 1 to 12")]
    Month(String, u32),
    #[error("date `{0}` has day {1}, but that month has {2} days")]
    Day(String, u32, u32),
}

/// English month abbreviations, January first: the one month-name table.
pub const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Russian month abbreviations after a day, in the genitive (CLDR):
/// "31 дек. 1999", "2 мая 2022".
const RU_MONTH_ABBR_GEN: [&str; 12] = [
    "янв.",
    "февр.",
    "марта",
    "апр.",
    "мая",
    "июня",
    "июля",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
];

/// Russian month abbreviations standing alone: "март 2030", tick labels.
const RU_MONTH_ABBR: [&str; 12] = [
    "янв.",
    "февр.",
    "март",
    "апр.",
    "май",
    "июнь",
    "июль",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
];

/// Russian month names after a day (genitive): "31 декабря 1999".
const RU_MONTH_GEN: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// Russian month names standing alone: "декабрь 1999".
const RU_MONTH: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// Kazakh month abbreviations (CLDR): "1999 ж. 31 жел.".
const KK_MONTH_ABBR: [&str; 12] = [
    "қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел.",
];

/// Kazakh month names: "1999 ж. 31 желтоқсан".
const KK_MONTH: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// English month names, for the long form: "31 December 1999".
const EN_MONTH: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month's short name standing alone (a tick label, "Mar 2030"), in
/// `lang`; `month0` counts from 0 (January). Out of range: "?".
pub fn month_abbr(month0: usize, lang: Lang) -> &'static str {
    let table = match lang {
        Lang::En => &MONTH_ABBR,
        Lang::Ru => &RU_MONTH_ABBR,
        Lang::Kk => &KK_MONTH_ABBR,
    };
    table.get(month0).copied().unwrap_or("?")
}

/// How long a date's words are: "31 дек. 1999" or "31 декабря 1999".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Short,
    Long,
}

/// Whether `url` is a link the app may show and open: `http://` or
/// `https://`, something after the scheme, and no white space. The one
/// http(s) check, used by the validator, the details panel and the exports.
pub fn is_http_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !url.contains(char::is_whitespace))
}

/// Whether `year` is a leap year in the proleptic Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (the
/// inverse of [`days_from_civil`], H. Hinnant's algorithm): (year, month,
/// day), wide enough for any day count.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The fractional year of an instant given in seconds since 1970-01-01 UTC:
/// its calendar day's fractional year plus the part of the day gone by.
pub fn year_frac_of_unix_secs(secs: f64) -> f64 {
    let days = (secs / 86_400.0).floor();
    let (y, m, d) = civil_from_days(days as i64);
    // Months and days are in range by construction; the year is clamped.
    let y = y.clamp(-100_000, 100_000) as i32;
    let (m, d) = (u32::try_from(m).unwrap_or(1), u32::try_from(d).unwrap_or(1));
    let start = days_from_civil(y, 1, 1);
    let len = (days_from_civil(y + 1, 1, 1) - start) as f64;
    year_frac_of_day(y, m, d) + (secs / 86_400.0 - days) / len
}

/// A calendar day as a fractional year: 2022-07-02 ≈ 2022.5.
pub fn year_frac_of_day(year: i32, month: u32, day: u32) -> f64 {
    let start = days_from_civil(year, 1, 1);
    let len = days_from_civil(year + 1, 1, 1) - start;
    let offset = days_from_civil(year, month, day) - start;
    f64::from(year) + offset as f64 / len as f64
}

/// The calendar day a fractional year falls in, in `lang` ("12 Oct 2023",
/// "12 окт. 2023"); the number itself when it names no day.
pub fn day_in(at: f64, lang: Lang) -> String {
    Date::from_year_frac(at).map_or_else(|| format!("{at:.2}"), |d| d.display_in(lang))
}

impl Date {
    /// The calendar day a fractional year falls in (the inverse of
    /// [`year_frac_of_day`]); `None` for a non-finite or absurd value.
    pub fn from_year_frac(at: f64) -> Option<Self> {
        if !at.is_finite() || at.abs() > 1.0e6 {
            return None;
        }
        let year = at.floor() as i32;
        let start = days_from_civil(year, 1, 1);
        let len = days_from_civil(year + 1, 1, 1) - start;
        // A millionth of a day absorbs the rounding of `year_frac_of_day`, so
        // a day's own start maps back to that day, not the one before.
        let offset =
            (((at - f64::from(year)) * len as f64 + 1e-6).floor() as i64).clamp(0, len - 1);
        let mut month = 1;
        while month < 12 && days_from_civil(year, month + 1, 1) - start <= offset {
            month += 1;
        }
        let day = offset - (days_from_civil(year, month, 1) - start) + 1;
        Self::ymd(year, month, u32::try_from(day).ok()?)
    }

    /// A date known to the day. Returns `None` for an impossible day.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self {
            year,
            month: month as u8,
            day: day as u8,
            precision: Precision::Day,
            approx: false,
        })
    }

    /// A date known to the month.
    pub fn ym(year: i32, month: u32) -> Option<Self> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Some(Self {
            year,
            month: month as u8,
            day: 1,
            precision: Precision::Month,
            approx: false,
        })
    }

    /// A date known to the year.
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: 1,
            day: 1,
            precision: Precision::Year,
            approx: false,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with an optional leading `~`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let trimmed = text.trim();
        let (approx, body) = match trimmed.strip_prefix('~') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, trimmed),
        };
        let format_err = || DateError::Format(text.to_owned());
        let parts: Vec<&str> = body.split('-').collect();
        let number = |s: &str, len: usize| -> Result<u32, DateError> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| format_err())
            } else {
                Err(format_err())
            }
        };
        let year = number(parts.first().copied().unwrap_or(""), 4)? as i32;
        let mut date = match parts.as_slice() {
            [_] => Self::year(year),
            [_, m] => {
                let month = number(m, 2)?;
                Self::ym(year, month).ok_or_else(|| DateError::Month(text.to_owned(), month))?
            }
            [_, m, d] => {
                let month = number(m, 2)?;
                let day = number(d, 2)?;
                if !(1..=12).contains(&month) {
                    return Err(DateError::Month(text.to_owned(), month));
                }
                Self::ymd(year, month, day).ok_or_else(|| {
                    DateError::Day(text.to_owned(), day, days_in_month(year, month))
                })?
            }
            _ => return Err(format_err()),
        };
        date.approx = approx;
        Ok(date)
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The month (1–12) if the date is known to the month.
    pub fn month(&self) -> Option<u32> {
        (self.precision >= Precision::Month).then_some(u32::from(self.month))
    }

    /// The day of the month if the date is known to the day.
    pub fn day(&self) -> Option<u32> {
        (self.precision == Precision::Day).then_some(u32::from(self.day))
    }

    /// The first instant of the period this date names, as a fractional year.
    pub fn start_year_frac(&self) -> f64 {
        year_frac_of_day(self.year, u32::from(self.month), u32::from(self.day))
    }

    /// The first instant after the period this date names, as a fractional year.
    pub fn end_year_frac(&self) -> f64 {
        match self.precision {
            Precision::Year => f64::from(self.year + 1),
            Precision::Month if self.month == 12 => f64::from(self.year + 1),
            Precision::Month => year_frac_of_day(self.year, u32::from(self.month) + 1, 1),
            Precision::Day => {
                let days = days_from_civil(self.year, u32::from(self.month), u32::from(self.day));
                let start = days_from_civil(self.year, 1, 1);
                let len = days_from_civil(self.year + 1, 1, 1) - start;
                f64::from(self.year) + (days + 1 - start) as f64 / len as f64
            }
        }
    }

    /// Where a point marker for this date goes: the day itself, or the middle
    /// of the month or year when only those are known.
    pub fn mid_year_frac(&self) -> f64 {
        match self.precision {
            Precision::Day => self.start_year_frac(),
            _ => 0.5 * (self.start_year_frac() + self.end_year_frac()),
        }
    }

    /// Sort key: earliest possible day.
    fn key(&self) -> (i32, u8, u8, Precision) {
        (self.year, self.month, self.day, self.precision)
    }

    /// Human-readable form in English: `20 Nov 2022`, `Mar 2030`, `2029`,
    /// `c. 1976` (messages, exports and the checker's output).
    pub fn display(&self) -> String {
        self.display_in(Lang::En)
    }

    /// The short form in `lang`: `20 Nov 2022`, `20 нояб. 2022`,
    /// `2022 ж. 20 қар.`; `Mar 2030`, `март 2030`, `2030 ж. нау.`; `2029`;
    /// `c. 1976`, `ок. 1976`, `шамамен 1976`.
    pub fn display_in(&self, lang: Lang) -> String {
        self.words(lang, Form::Short)
    }

    /// The long form in `lang`, for the details panel: `20 November 2022`,
    /// `20 ноября 2022`, `2022 ж. 20 қараша`; `декабрь 1999`; `около 1976`.
    pub fn display_long(&self, lang: Lang) -> String {
        self.words(lang, Form::Long)
    }

    fn words(&self, lang: Lang, form: Form) -> String {
        let m = usize::from(self.month).saturating_sub(1).min(11);
        let (y, d) = (self.year, self.day);
        let approx = match (lang, form, self.approx) {
            (_, _, false) => "",
            (Lang::En, ..) => "c. ",
            (Lang::Ru, Form::Short, _) => "ок. ",
            (Lang::Ru, Form::Long, _) => "около ",
            (Lang::Kk, ..) => "шамамен ",
        };
        let text = match (self.precision, lang, form) {
            (Precision::Year, ..) => format!("{y}"),
            (Precision::Month, Lang::En, Form::Short) => format!("{} {y}", MONTH_ABBR[m]),
            (Precision::Month, Lang::En, Form::Long) => format!("{} {y}", EN_MONTH[m]),
            (Precision::Month, Lang::Ru, Form::Short) => format!("{} {y}", RU_MONTH_ABBR[m]),
            (Precision::Month, Lang::Ru, Form::Long) => format!("{} {y}", RU_MONTH[m]),
            (Precision::Month, Lang::Kk, Form::Short) => format!("{y} ж. {}", KK_MONTH_ABBR[m]),
            (Precision::Month, Lang::Kk, Form::Long) => format!("{y} ж. {}", KK_MONTH[m]),
            (Precision::Day, Lang::En, Form::Short) => format!("{d} {} {y}", MONTH_ABBR[m]),
            (Precision::Day, Lang::En, Form::Long) => format!("{d} {} {y}", EN_MONTH[m]),
            (Precision::Day, Lang::Ru, Form::Short) => format!("{d} {} {y}", RU_MONTH_ABBR_GEN[m]),
            (Precision::Day, Lang::Ru, Form::Long) => format!("{d} {} {y}", RU_MONTH_GEN[m]),
            (Precision::Day, Lang::Kk, Form::Short) => format!("{y} ж. {d} {}", KK_MONTH_ABBR[m]),
            (Precision::Day, Lang::Kk, Form::Long) => format!("{y} ж. {d} {}", KK_MONTH[m]),
        };
        format!("{approx}{text}")
    }

    /// Whole years from `self` to `later`, counting only completed years
    /// (an age). Uses the earliest possible day of each date.
    pub fn whole_years_until(&self, later: &Date) -> i32 {
        let mut years = later.year - self.year;
        if (later.month, later.day) < (self.month, self.day) {
            years -= 1;
        }
        years
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approx {
            f.write_str("~")?;
        }
        match self.precision {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl de::Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a date string such as \"2022-11-20\", \"2030-03\", \"2029\" or \"~1976\"",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_day_maps_back_to_itself_from_its_start() {
        for year in [1999, 2024, 2025] {
            for month in 1..=12 {
                for day in 1..=days_in_month(year, month) {
                    let d = Date::ymd(year, month, day).unwrap_or(Date::year(0));
                    let back = Date::from_year_frac(d.start_year_frac());
                    assert_eq!(back, Some(d), "{year}-{month}-{day}");
                }
            }
        }
    }

    #[test]
    fn days_round_trip_and_today_is_the_calendar_day() {
        for days in [-1_000_000, -1, 0, 1, 10_957, 20_788, 1_000_000] {
            let (y, m, d) = civil_from_days(days);
            let (y, m, d) = (y as i32, m as u32, d as u32);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        // 2026-12-01 20:30 UTC.
        let secs = (days_from_civil(2026, 12, 1) * 86_400 + 20 * 3600 + 1800) as f64;
        let at = year_frac_of_unix_secs(secs);
        assert_eq!(Date::from_year_frac(at), Date::ymd(2026, 12, 1));
    }

    #[test]
    fn fractional_years_map_back_to_their_day() {
        for (y, m, d) in [
            (2026, 12, 1),
            (2024, 2, 29),
            (1999, 12, 31),
            (2000, 1, 1),
            (2023, 10, 12),
        ] {
            let at = year_frac_of_day(y, m, d) + 0.5 / 366.0;
            assert_eq!(Date::from_year_frac(at), Date::ymd(y, m, d), "{y}-{m}-{d}");
        }
        assert_eq!(Date::from_year_frac(f64::NAN), None);
        assert_eq!(Date::from_year_frac(1.0e9), None);
    }

    use super::*;

    #[test]
    fn parses_each_precision() {
        let d = Date::parse("2022-11-20").unwrap();
        assert_eq!((d.year, d.month(), d.day()), (2022, Some(11), Some(20)));
        assert_eq!(d.precision(), Precision::Day);
        let m = Date::parse("2030-03").unwrap();
        assert_eq!((m.month(), m.day()), (Some(3), None));
        let y = Date::parse("~1976").unwrap();
        assert!(y.approx);
        assert_eq!(y.precision(), Precision::Year);
        assert_eq!(y.display(), "c. 1976");
        assert_eq!(d.display(), "20 Nov 2022");
        assert_eq!(m.to_string(), "2030-03");
    }

    #[test]
    fn dates_in_russian_and_kazakh() {
        let d = Date::parse("1999-12-31").unwrap();
        assert_eq!(d.display_in(Lang::En), "31 Dec 1999");
        assert_eq!(d.display_in(Lang::Ru), "31 дек. 1999");
        assert_eq!(d.display_long(Lang::Ru), "31 декабря 1999");
        assert_eq!(d.display_in(Lang::Kk), "1999 ж. 31 жел.");
        assert_eq!(d.display_long(Lang::Kk), "1999 ж. 31 желтоқсан");
        assert_eq!(d.display_long(Lang::En), "31 December 1999");
        // The genitive after a day, the nominative alone.
        let may = Date::parse("2022-05-02").unwrap();
        assert_eq!(may.display_in(Lang::Ru), "2 мая 2022");
        let month = Date::parse("2030-05").unwrap();
        assert_eq!(month.display_in(Lang::Ru), "май 2030");
        assert_eq!(month.display_long(Lang::Ru), "май 2030");
        assert_eq!(month.display_in(Lang::Kk), "2030 ж. мам.");
        assert_eq!(month.display_long(Lang::Kk), "2030 ж. мамыр");
        assert_eq!(month.display_in(Lang::En), "May 2030");
        let approx = Date::parse("~1976").unwrap();
        assert_eq!(approx.display_in(Lang::Ru), "ок. 1976");
        assert_eq!(approx.display_long(Lang::Ru), "около 1976");
        assert_eq!(approx.display_in(Lang::Kk), "шамамен 1976");
        assert_eq!(Date::year(2029).display_in(Lang::Kk), "2029");
        // Every month has its name in every language.
        for m in 1..=12 {
            let d = Date::ymd(2001, m, 1).unwrap();
            for lang in Lang::ALL {
                assert!(!d.display_long(lang).contains('?'));
            }
            assert_eq!(
                month_abbr(m as usize - 1, Lang::En),
                MONTH_ABBR[m as usize - 1]
            );
        }
        assert_eq!(month_abbr(2, Lang::Kk), "нау.");
        assert_eq!(month_abbr(12, Lang::Ru), "?");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(matches!(
            Date::parse("2023-02-29"),
            Err(DateError::Day(_, 29, 28))
        ));
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(matches!(
            Date::parse("2023-13"),
            Err(DateError::Month(_, 13))
        ));
        for bad in ["", "99999", "2023-1-5", "20 Nov 2022", "2023-02-30-1", "~"] {
            assert!(Date::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn fractional_years_are_ordered_and_bounded() {
        let d = Date::parse("2022-07-02").unwrap();
        assert!((d.start_year_frac() - 2022.5).abs() < 0.003);
        let y = Date::year(2029);
        assert_eq!(y.start_year_frac(), 2029.0);
        assert_eq!(y.end_year_frac(), 2030.0);
        assert_eq!(y.mid_year_frac(), 2029.5);
        let dec = Date::ym(2029, 12).unwrap();
        assert_eq!(dec.end_year_frac(), 2030.0);
        let last = Date::ymd(2029, 12, 31).unwrap();
        assert!((last.end_year_frac() - 2030.0).abs() < 1e-9);
    }

    #[test]
    fn ordering_and_ages() {
        let born = Date::ymd(1952, 10, 7).unwrap();
        let at = Date::ymd(2023, 10, 12).unwrap();
        assert_eq!(born.whole_years_until(&at), 71);
        assert_eq!(born.whole_years_until(&Date::ymd(2023, 10, 6).unwrap()), 70);
        assert!(Date::year(2029) < Date::ym(2029, 2).unwrap());
        assert!(Date::ymd(1999, 12, 31).unwrap() < Date::year(2000));
    }
}
