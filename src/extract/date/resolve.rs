//! Date values: their constructors (a day, week, month or year, or an
//! unresolved date) and the rules that give a day or a bare month written
//! without its year a year, from the publication date and the tense of its
//! clause.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::Captures;

use crate::calendar::weekday_number;

use super::tense::{clause_tense, Tense};
use super::{DateValue, Precision};

// ---------------------------------------------------------------------------
// Value constructors.

pub(super) fn day_value(d: Date, relative: bool) -> DateValue {
    DateValue {
        value: Some(d.to_string()),
        start: Some(d),
        end: Some(d),
        precision: Precision::Day,
        relative,
        resolved: true,
    }
}

pub(super) fn month_value(year: i32, month: i8, relative: bool) -> Option<DateValue> {
    let first = Date::new(i16::try_from(year).ok()?, month, 1).ok()?;
    Some(DateValue {
        value: Some(format!("{:04}-{:02}", first.year(), month)),
        start: Some(first),
        end: Some(first.last_of_month()),
        precision: Precision::Month,
        relative,
        resolved: true,
    })
}

pub(super) fn year_value(year: i32, relative: bool) -> Option<DateValue> {
    let first = Date::new(i16::try_from(year).ok()?, 1, 1).ok()?;
    Some(DateValue {
        value: Some(format!("{:04}", first.year())),
        start: Some(first),
        end: Some(first.last_of_year()),
        precision: Precision::Year,
        relative,
        resolved: true,
    })
}

/// Week precision: `value` is the Monday of the ISO week of `start`.
pub(super) fn week_value(start: Date, end: Date) -> DateValue {
    DateValue {
        value: Some(monday_of(start).to_string()),
        start: Some(start),
        end: Some(end),
        precision: Precision::Week,
        relative: true,
        resolved: true,
    }
}

pub(super) fn unresolved(precision: Precision, relative: bool) -> DateValue {
    DateValue {
        value: None,
        start: None,
        end: None,
        precision,
        relative,
        resolved: false,
    }
}

pub(super) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

pub(super) fn monday_of(d: Date) -> Date {
    let back = i64::from(d.weekday().to_monday_one_offset() - 1);
    add_days(d, -back).unwrap_or(d)
}

/// Same shape as `v` (interval narrowed to `start..end`).
pub(super) fn narrowed(mut v: DateValue, start: Date, end: Date) -> DateValue {
    v.start = Some(start);
    v.end = Some(end);
    v
}

// ---------------------------------------------------------------------------
// Resolution rules.

/// The day of a month name and day number with no year: the publication
/// year, or the year before when that is more than 183 days after
/// publication; with a weekday, the nearest year where the weekday fits.
fn infer_year(
    month: i8,
    day: i8,
    weekday: Option<Weekday>,
    tense: Option<Tense>,
    published: Date,
) -> Option<Date> {
    let y = i32::from(published.year());
    let on = |y: i32| Date::new(i16::try_from(y).ok()?, month, day).ok();
    if on(y).is_none() && weekday.is_none() {
        // 29 February outside a leap year: the last one (the next one in
        // a future clause).
        let mut years: Box<dyn Iterator<Item = i32>> = if tense == Some(Tense::Future) {
            Box::new(y + 1..=y + 8)
        } else {
            Box::new((y - 8..y).rev())
        };
        return years.find_map(on);
    }
    let mut year = y;
    if let Some(d) = on(y) {
        let limit = add_days(published, 183)?;
        year = match tense {
            // "who turns 29 on April 11": the next April 11
            Some(Tense::Future) if weekday.is_none() && d < published => y + 1,
            // "rear-ended a truck on June 8": the last June 8
            Some(Tense::Past) if weekday.is_none() && d > published => y - 1,
            Some(_) if weekday.is_none() => y,
            _ if d > limit => y - 1,
            _ => y,
        };
    }
    if let Some(w) = weekday {
        for cand in [year, year - 1, year + 1] {
            if let Some(d) = on(cand) {
                if d.weekday() == w {
                    return Some(d);
                }
            }
        }
    }
    on(year)
}

/// Whether a day and month exist in some year (so 29 February does, 31
/// February does not).
fn plausible_day(month: i8, day: i8) -> bool {
    Date::new(2000, month, day).is_ok()
}

pub(super) fn year_in_range(y: i32) -> bool {
    (1000..=2999).contains(&y)
}

pub(super) fn weekday_of(n: i8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(n).ok()
}

/// A day given by month and day number, with optional year, weekday and
/// "of this/last/next year".
pub(super) fn resolve_day(
    caps: &Captures<'_>,
    month: i8,
    day: i8,
    tense: Option<Tense>,
    published: Option<Date>,
) -> Option<DateValue> {
    if !plausible_day(month, day) {
        return None;
    }
    if let Some(y) = caps.name("y") {
        let y: i32 = y.as_str().parse().ok()?;
        if !year_in_range(y) {
            return None;
        }
        let d = Date::new(i16::try_from(y).ok()?, month, day).ok()?;
        return Some(day_value(d, false));
    }
    if let Some(rel) = caps.name("rel") {
        let Some(p) = published else {
            return Some(unresolved(Precision::Day, true));
        };
        let y = i32::from(p.year()) + rel_offset(rel.as_str());
        let d = Date::new(i16::try_from(y).ok()?, month, day).ok()?;
        return Some(day_value(d, true));
    }
    let weekday = caps
        .name("wd")
        .and_then(|w| weekday_number(w.as_str()))
        .and_then(weekday_of);
    match published {
        Some(p) => infer_year(month, day, weekday, tense, p).map(|d| day_value(d, false)),
        None => Some(unresolved(Precision::Day, false)),
    }
}

pub(super) fn rel_offset(word: &str) -> i32 {
    match word.to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

pub(super) fn parse_day(s: &str) -> Option<i8> {
    s.parse::<i8>().ok().filter(|d| (1..=31).contains(d))
}

/// The year of a bare month ("in May"): the most recent such month, or in
/// a future clause the coming one.
pub(super) fn bare_month_year(text: &str, start: usize, end: usize, month: i8, p: Date) -> i32 {
    let (pm, py) = (p.month(), i32::from(p.year()));
    if clause_tense(text, start, end) == Some(Tense::Future) {
        if month < pm {
            py + 1
        } else {
            py
        }
    } else if month > pm {
        py - 1
    } else {
        py
    }
}
