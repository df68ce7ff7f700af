//! Scanners, one per pattern: days written as dates ("2024-05-27",
//! "05 / 03 / 2013", "May 27", "27 May 2024", "the fourth of July", "on
//! the 11th").

use jiff::civil::Date;
use regex::Captures;

use crate::calendar::{find_date, month_number};

use super::context::{continues_number, counted_after, follows_number, next_word};
use super::patterns::{ordinal_day, COUNT_NOUNS, NOT_AFTER_MAY};
use super::resolve::{day_value, parse_day, resolve_day, unresolved, year_in_range};
use super::tense::{clause_tense, Tense};
use super::{DateValue, Precision};

pub(super) fn scan_iso(
    text: &str,
    caps: &Captures<'_>,
    _published: Option<Date>,
) -> Option<DateValue> {
    let m = caps.get(0)?;
    if continues_number(text, m.end()) || follows_number(text, caps.name("y")?.start()) {
        return None;
    }
    if text.get(m.end()..)?.starts_with('-') {
        // "2024-05-27-3": an identifier, not a date.
        return None;
    }
    let y: i16 = caps.name("y")?.as_str().parse().ok()?;
    let mo: i8 = caps.name("m")?.as_str().parse().ok()?;
    let d: i8 = caps.name("d")?.as_str().parse().ok()?;
    if !year_in_range(i32::from(y)) {
        return None;
    }
    Date::new(y, mo, d).ok().map(|d| day_value(d, false))
}

/// "05 / 03 / 2013": month first unless the first number cannot be a
/// month (read by [`find_date`]).
pub(super) fn scan_numeric(
    text: &str,
    caps: &Captures<'_>,
    _published: Option<Date>,
) -> Option<DateValue> {
    let m = caps.get(0)?;
    if continues_number(text, m.end()) || follows_number(text, m.start()) {
        return None;
    }
    find_date(m.as_str()).map(|d| day_value(d, false))
}

pub(super) fn scan_month_day(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let mon = caps.name("mon")?;
    let month = month_number(mon.as_str())?;
    let dm = caps.name("d")?;
    let day = parse_day(dm.as_str())?;
    if caps.name("y").is_none() && caps.name("rel").is_none() {
        // "May 27,000", "May 6:30", "May 2.5": not a day.
        if continues_number(text, dm.end()) {
            return None;
        }
        // "May 5 be ..." is a stretch; but a bare "May" followed by a
        // number and then a counted noun is not a date ("May 3 people").
        if let Some(w) = next_word(text, caps.get(0)?.end()) {
            if COUNT_NOUNS.contains(&w) && mon.as_str() == "May" {
                return None;
            }
        }
    } else if let Some(y) = caps.name("y") {
        // "On May 5, 2000 people marched": no year.
        if continues_number(text, y.end()) || counted_after(text, y.end()) {
            return None;
        }
    }
    let all = caps.get(0)?;
    let tense = clause_tense(text, all.start(), all.end());
    resolve_day(caps, month, day, tense, published)
}

pub(super) fn scan_day_month(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let dm = caps.name("d")?;
    if follows_number(text, dm.start()) {
        return None;
    }
    let day = parse_day(dm.as_str())?;
    let mon = caps.name("mon")?;
    let month = month_number(mon.as_str())?;
    if let Some(y) = caps.name("y") {
        if continues_number(text, y.end()) || counted_after(text, y.end()) {
            return None;
        }
    } else if caps.name("rel").is_none() && mon.as_str().eq_ignore_ascii_case("may") {
        // "the 2 May be ...": May the verb.
        if let Some(w) = next_word(text, mon.end()) {
            if NOT_AFTER_MAY.contains(&w) {
                return None;
            }
        }
    }
    let all = caps.get(0)?;
    let tense = clause_tense(text, all.start(), all.end());
    resolve_day(caps, month, day, tense, published)
}

/// "the fourth of July", "on the twenty-third of May", "second of August
/// 2019": a day written as an ordinal word before "of" and a month. Without
/// "the" or "on" before it a year must follow: "a second of May's votes"
/// is no date.
pub(super) fn scan_ordinal_day(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let day = ordinal_day(caps.name("ord")?.as_str())?;
    let mon = caps.name("mon")?;
    let month = month_number(mon.as_str())?;
    let all = caps.get(0)?;
    let introduced = caps.name("the").is_some()
        || all
            .as_str()
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("on "));
    match caps.name("y") {
        Some(y) => {
            if continues_number(text, y.end()) || counted_after(text, y.end()) {
                return None;
            }
        }
        None => {
            if !introduced {
                return None;
            }
            let after = text.get(mon.end()..).unwrap_or("");
            // "the first of May's reforms": Theresa May's.
            if after.starts_with(['\'', '’']) {
                return None;
            }
            if mon.as_str().eq_ignore_ascii_case("may")
                && next_word(text, mon.end()).is_some_and(|w| NOT_AFTER_MAY.contains(&w))
            {
                return None;
            }
        }
    }
    let tense = clause_tense(text, all.start(), all.end());
    resolve_day(caps, month, day, tense, published)
}

/// A day of the month alone ("on the 11th"): the publication's month, or
/// the month after when a future clause names a day already past ("will
/// go on sale on the 2nd" written on the 20th), or the month before when a
/// past clause names a day still to come. Relative: it says nothing of the
/// year or the month on its own.
pub(super) fn scan_bare_day(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let day: i8 = caps.name("d")?.as_str().parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let Some(p) = published else {
        return Some(unresolved(Precision::Day, true));
    };
    let all = caps.get(0)?;
    let tense = clause_tense(text, all.start(), all.end());
    let shift = match tense {
        Some(Tense::Future) if day < p.day() => 1,
        Some(Tense::Past) if day > p.day() => -1,
        _ => 0,
    };
    let first = Date::new(p.year(), p.month(), 1).ok()?;
    let month = if shift == 0 {
        first
    } else {
        first.checked_add(jiff::Span::new().months(shift)).ok()?
    };
    let d = Date::new(month.year(), month.month(), day).ok()?;
    Some(day_value(d, true))
}
