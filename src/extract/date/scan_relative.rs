//! Scanners, one per pattern: dates said relative to publication ("last
//! week", "three days ago", "yesterday", "on Tuesday", "over the
//! weekend") and weeks of a month or year ("the first week of March").

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::Captures;

use crate::calendar::{month_number, weekday_number};

use super::context::{continues_number, counted_after, next_word, prev_word};
use super::resolve::{
    add_days, bare_month_year, day_value, monday_of, month_value, narrowed, rel_offset, unresolved,
    week_value, weekday_of, year_in_range, year_value,
};
use super::tense::{clause_tense, Tense};
use super::{DateValue, Precision};

pub(super) fn scan_unit(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let modifier = caps.name("mod")?.as_str().to_ascii_lowercase();
    let modifier = modifier.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = caps.name("unit")?.as_str().to_ascii_lowercase();
    let all = caps.get(0)?;
    // "the last year of his term", "over the next month": spans, not dates.
    if matches!(modifier.as_str(), "last" | "next") {
        if let Some(w) = prev_word(text, all.start()) {
            let w = w.to_ascii_lowercase();
            if matches!(
                w.as_str(),
                "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "a"
                    | "whole"
                    | "entire"
            ) {
                return None;
            }
        }
    }
    let precision = match unit.as_str() {
        "week" => Precision::Week,
        "month" => Precision::Month,
        _ => Precision::Year,
    };
    let Some(p) = published else {
        return Some(unresolved(precision, true));
    };
    let offset = rel_offset(&modifier);
    match precision {
        Precision::Week => {
            let monday = add_days(monday_of(p), 7 * i64::from(offset))?;
            let sunday = add_days(monday, 6)?;
            let v = week_value(monday, sunday);
            Some(match modifier.as_str() {
                "earlier this" => narrowed(v, monday, p),
                "later this" => narrowed(v, p, sunday),
                _ => v,
            })
        }
        Precision::Month => {
            let first = p.first_of_month().checked_add(offset.months()).ok()?;
            let v = month_value(i32::from(first.year()), first.month(), true)?;
            Some(match modifier.as_str() {
                "earlier this" => narrowed(v, first, p),
                "later this" => narrowed(v, p, first.last_of_month()),
                _ => v,
            })
        }
        _ => {
            let v = year_value(i32::from(p.year()) + offset, true)?;
            Some(match modifier.as_str() {
                "earlier this" => narrowed(v, p.first_of_year(), p),
                "later this" => narrowed(v, p, p.last_of_year()),
                _ => v,
            })
        }
    }
}

fn number_word(w: &str) -> Option<i64> {
    if let Ok(n) = w.parse::<i64>() {
        return Some(n);
    }
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    let w = w.to_ascii_lowercase();
    match w.as_str() {
        "a" | "an" => Some(1),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        _ => WORDS
            .iter()
            .position(|&x| x == w)
            .and_then(|i| i64::try_from(i).ok()),
    }
}

pub(super) fn scan_ago(
    _text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let n = number_word(caps.name("n")?.as_str())?;
    let unit = caps.name("unit")?.as_str().to_ascii_lowercase();
    let unit = unit.trim_end_matches('s');
    let precision = match unit {
        "day" | "week" => Precision::Day,
        "month" => Precision::Month,
        _ => Precision::Year,
    };
    let Some(p) = published else {
        return Some(unresolved(precision, true));
    };
    match unit {
        "day" => add_days(p, -n).map(|d| day_value(d, true)),
        "week" => add_days(p, -7 * n).map(|d| day_value(d, true)),
        "month" => {
            let d = p.first_of_month().checked_sub(n.months()).ok()?;
            month_value(i32::from(d.year()), d.month(), true)
        }
        "year" => year_value(i32::from(p.year()) - i32::try_from(n).ok()?, true),
        _ => year_value(i32::from(p.year()) - 10 * i32::try_from(n).ok()?, true),
    }
}

pub(super) fn scan_day_word(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let all = caps.get(0)?;
    let phrase = all.as_str().to_ascii_lowercase();
    if phrase == "today" {
        // "USA Today", "the Today show".
        if prev_word(text, all.start()) == Some("USA")
            || matches!(
                next_word(text, all.end()),
                Some("show" | "programme" | "program" | "Show" | "Programme")
            )
        {
            return None;
        }
    }
    let offset = if phrase.contains("yesterday") || phrase.contains("last") {
        -1
    } else if phrase.contains("tomorrow") {
        1
    } else {
        0
    };
    match published {
        Some(p) => add_days(p, offset).map(|d| day_value(d, true)),
        None => Some(unresolved(Precision::Day, true)),
    }
}

/// Names that make a weekday part of a holiday or a title.
const NOT_BEFORE_WEEKDAY: &[&str] = &[
    "Black", "Cyber", "Good", "Super", "Ash", "Easter", "Palm", "Bloody", "Holy", "Maundy",
    "Shrove", "Giving", "Mail", "Girl", "Man",
];
const NOT_AFTER_WEEKDAY: &[&str] = &[
    "Times",
    "Telegraph",
    "Express",
    "Mirror",
    "Herald",
    "Post",
    "Mail",
    "Independent",
    "Sport",
    "School",
    "Schools",
    "Service",
    "Club",
    "Football",
    "Review",
    "Tribune",
    "Star",
];

pub(super) fn scan_weekday(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let wdm = caps.name("wd")?;
    let modifier = caps
        .name("mod")
        .map(|m| m.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let modifier = modifier.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(w) = prev_word(text, caps.name("mod").map_or(wdm.start(), |m| m.start())) {
        if NOT_BEFORE_WEEKDAY.contains(&w) {
            return None;
        }
    }
    if let Some(w) = next_word(text, wdm.end()) {
        if NOT_AFTER_WEEKDAY.contains(&w) {
            return None;
        }
        // "Saturday Night Live", "Monday Night Football".
        if w == "Night" {
            let after = text.get(wdm.end()..)?.trim_start().get(5..)?;
            if let Some(w2) = next_word(after, 0) {
                if w2.starts_with(char::is_uppercase) {
                    return None;
                }
            }
        }
    }
    let wd = weekday_of(weekday_number(wdm.as_str())?)?;
    let Some(p) = published else {
        return Some(unresolved(Precision::Day, true));
    };
    let back = i64::from(p.weekday().since(wd)); // 0..=6 days back to `wd`
    let forward = i64::from(wd.since(p.weekday()));
    let d = match modifier.as_str() {
        "last" | "this past" => add_days(p, if back == 0 { -7 } else { -back })?,
        "next" | "this coming" => add_days(p, if forward == 0 { 7 } else { forward })?,
        // "the trial starts Monday", "will meet on Friday": the coming one
        _ if clause_tense(text, caps.get(0)?.start(), caps.get(0)?.end())
            == Some(Tense::Future) =>
        {
            add_days(p, forward)?
        }
        _ => add_days(p, -back)?,
    };
    Some(day_value(d, true))
}

pub(super) fn scan_weekend(
    _text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let modifier = caps.name("mod")?.as_str().to_ascii_lowercase();
    let modifier = modifier.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(p) = published else {
        return Some(unresolved(Precision::Week, true));
    };
    // The most recent Saturday on or before publication.
    let back = i64::from(p.weekday().since(Weekday::Saturday));
    let recent = add_days(p, -back)?;
    let on_weekend = back <= 1;
    let saturday = match modifier.as_str() {
        "last" if on_weekend => add_days(recent, -7)?,
        "this" if !on_weekend => add_days(recent, 7)?,
        "next" => add_days(recent, 7)?,
        _ => recent,
    };
    Some(week_value(saturday, add_days(saturday, 1)?))
}

/// The first to fourth or the last week of a month or a year ("the
/// first week of March", "the last week of 2015", "the second week of next
/// month"). Writers mean one of two weeks: the period's first seven days
/// (1–7 March), or the first Monday-to-Sunday week with most of its days
/// in it (the ISO rule). Where they differ the date covers both, so that
/// neither reading is flagged against the other; `value` is the Monday of
/// the ISO week.
pub(super) fn scan_week_of(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let ord = caps.name("ord")?.as_str().to_ascii_lowercase();
    let n: i64 = match ord.as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => 0, // last
    };
    let all = caps.get(0)?;
    let mut relative = false;
    // The period: first and last day.
    let (first, last) = if let Some(y) = caps.name("year") {
        let y: i32 = y.as_str().parse().ok()?;
        if !year_in_range(y) || continues_number(text, caps.name("year")?.end()) {
            return None;
        }
        let v = year_value(y, false)?;
        (v.start?, v.end?)
    } else if let Some(mon) = caps.name("mon") {
        let month = month_number(mon.as_str())?;
        // "the first week of May's premiership": Theresa May's.
        if text.get(mon.end()..)?.starts_with(['\'', '’']) {
            return None;
        }
        let year = match caps.name("y") {
            Some(y) => {
                if continues_number(text, y.end()) || counted_after(text, y.end()) {
                    return None;
                }
                y.as_str().parse().ok()?
            }
            None => {
                let Some(p) = published else {
                    return Some(unresolved(Precision::Week, false));
                };
                bare_month_year(text, all.start(), all.end(), month, p)
            }
        };
        let v = month_value(year, month, false)?;
        (v.start?, v.end?)
    } else {
        relative = true;
        let Some(p) = published else {
            return Some(unresolved(Precision::Week, true));
        };
        let offset = rel_offset(caps.name("rel")?.as_str());
        let v = if caps.name("unit")?.as_str().eq_ignore_ascii_case("month") {
            let f = p.first_of_month().checked_add(offset.months()).ok()?;
            month_value(i32::from(f.year()), f.month(), true)?
        } else {
            year_value(i32::from(p.year()) + offset, true)?
        };
        (v.start?, v.end?)
    };
    // Monday = 1 … Thursday = 4: the ISO week's Thursday is in the period.
    let wd = |d: Date| i64::from(d.weekday().to_monday_one_offset());
    let (days, iso_monday) = if n > 0 {
        let days = add_days(first, 7 * (n - 1))?;
        let thursday = add_days(first, (4 - wd(first)).rem_euclid(7) + 7 * (n - 1))?;
        (days, add_days(thursday, -3)?)
    } else {
        let thursday = add_days(last, -(wd(last) - 4).rem_euclid(7))?;
        (add_days(last, -6)?, add_days(thursday, -3)?)
    };
    let start = days.min(iso_monday);
    let end = add_days(days, 6)?.max(add_days(iso_monday, 6)?);
    Some(DateValue {
        value: Some(iso_monday.to_string()),
        start: Some(start),
        end: Some(end),
        precision: Precision::Week,
        relative,
        resolved: true,
    })
}
