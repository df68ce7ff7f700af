//! Scanners, one per pattern: months and years ("in May 2024", "since
//! March", "in 2023", "the 2012 car crash") and the second of a pair
//! ("between 2007 and 2009", "from March to May").

use jiff::civil::Date;
use regex::Captures;

use crate::calendar::month_number;

use super::context::{
    continues_number, counted_after, follows_number, next_word, preceded_by_day, prev_word,
};
use super::patterns::{BY_MAY_THE_NAME, CHANGE_VERBS, COUNT_NOUNS, NOT_AFTER_MAY};
use super::resolve::{
    bare_month_year, month_value, rel_offset, unresolved, year_in_range, year_value,
};
use super::{DateValue, Precision};

/// The second year of a pair, "between 2007 and 2009", "from 2014 to
/// 2018", "from 2014-2018", "in 2007 and 2009" (the first is read by the
/// year pattern): a later year, at most a century on, not a count ("from
/// 2000 to 2500 troops"). The span holds the joining word, so that it wins
/// over "to 2018" read alone.
pub(super) fn scan_second_year(
    text: &str,
    caps: &Captures<'_>,
    _published: Option<Date>,
) -> Option<DateValue> {
    let y1: i32 = caps.name("y1")?.as_str().parse().ok()?;
    let ym = caps.name("y")?;
    let y: i32 = ym.as_str().parse().ok()?;
    let years = 1800..=2200;
    if !years.contains(&y1) || !years.contains(&y) || y <= y1 || y - y1 > 100 {
        return None;
    }
    // a list of years after "in" ("in 2007 and 2009"); a range after
    // "between" and "from"
    let ctx = caps.name("ctx")?.as_str().to_ascii_lowercase();
    let conj = caps.name("conj").map(|c| c.as_str().to_ascii_lowercase());
    let list = matches!(conj.as_deref(), Some("and" | "or"));
    match ctx.as_str() {
        "in" | "during" if !list => return None,
        "from" if list => return None,
        _ => {}
    }
    // "in 2000 and 2500 units": counts
    if counted_after(text, caps.name("y1")?.end()) {
        return None;
    }
    if follows_number(text, caps.name("y1")?.start())
        || continues_number(text, ym.end())
        || counted_after(text, ym.end())
        || text
            .get(ym.end()..)?
            .starts_with(['\'', '’', 's', '-', '–'])
    {
        return None;
    }
    // "rose from 2010 to 2012" is still a period, but only "between"
    // survives a change verb ("grew between 2007 and 2009").
    let all = caps.get(0)?;
    let prev = prev_word(text, all.start()).map(str::to_ascii_lowercase);
    let from = all
        .as_str()
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("from"));
    if from && prev.is_some_and(|w| CHANGE_VERBS.contains(&w.as_str())) {
        return None;
    }
    year_value(y, false)
}

/// The second month of a pair, "between August and October", "from March
/// to May" (the first is read by the month pattern): the month after the
/// first one's, in the same year or the next. The span holds the joining
/// word, so that it wins over "to October" read alone with a year of its
/// own.
pub(super) fn scan_second_month(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let m1 = month_number(caps.name("m1")?.as_str())?;
    let mon = caps.name("mon")?;
    let month = month_number(mon.as_str())?;
    if m1 == month
        || text
            .get(mon.end()..)?
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    if mon.as_str().eq_ignore_ascii_case("may")
        && next_word(text, mon.end())
            .is_some_and(|w| NOT_AFTER_MAY.contains(&w) || w.ends_with("ed"))
    {
        return None;
    }
    let Some(p) = published else {
        return Some(unresolved(Precision::Month, false));
    };
    let all = caps.get(0)?;
    let first = bare_month_year(text, all.start(), all.end(), m1, p);
    month_value(if month > m1 { first } else { first + 1 }, month, false)
}

pub(super) fn scan_month_year(
    text: &str,
    caps: &Captures<'_>,
    _published: Option<Date>,
) -> Option<DateValue> {
    let mon = caps.name("mon")?;
    let month = month_number(mon.as_str())?;
    if preceded_by_day(text, mon.start()) {
        // "31 February 2024": an invalid day, not the month.
        return None;
    }
    let ym = caps.name("y")?;
    if continues_number(text, ym.end()) {
        return None;
    }
    let y: i32 = ym.as_str().parse().ok()?;
    // "in May 2000 people marched": a count after the month.
    if !year_in_range(y) || counted_after(text, ym.end()) {
        return None;
    }
    month_value(y, month, false)
}

pub(super) fn scan_month(
    text: &str,
    caps: &Captures<'_>,
    published: Option<Date>,
) -> Option<DateValue> {
    let mon = caps.name("mon")?;
    let month = month_number(mon.as_str())?;
    let ctx = caps.name("ctx")?.as_str().to_ascii_lowercase();
    let ctx_word = ctx.split_whitespace().next().unwrap_or("");
    let all = caps.get(0)?;
    // "from October 16": the day is the month-day pattern's.
    if caps.name("rel").is_none()
        && text
            .get(mon.end()..)?
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    if mon.as_str().eq_ignore_ascii_case("may") {
        // "from May to September": a month again right after
        let pair = {
            let rest = text.get(mon.end()..).unwrap_or("").trim_start();
            let rest = ["to ", "through ", "until ", "and "]
                .iter()
                .find_map(|c| rest.strip_prefix(c))
                .unwrap_or("");
            let next = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            next != "May" && next.starts_with(char::is_uppercase) && month_number(next).is_some()
        };
        let allowed =
            pair || matches!(
                ctx_word,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "this"
                    | "next"
            ) || ctx.ends_with(" of") && ctx != "of";
        if !allowed {
            return None;
        }
        if caps.name("rel").is_none() {
            if let Some(w) = next_word(text, mon.end()) {
                if NOT_AFTER_MAY.contains(&w) || w.ends_with("ed") && w.len() > 4 {
                    return None;
                }
            }
        }
        // "negotiated by May", "led by May": the prime minister.
        if ctx_word == "by" {
            if let Some(w) = prev_word(text, all.start()) {
                if BY_MAY_THE_NAME.contains(&w.to_ascii_lowercase().as_str()) {
                    return None;
                }
            }
        }
    }
    let Some(p) = published else {
        let relative = caps.name("rel").is_some() || matches!(ctx_word, "last" | "this" | "next");
        return Some(unresolved(Precision::Month, relative));
    };
    let pm = p.month();
    let py = i32::from(p.year());
    if let Some(rel) = caps.name("rel") {
        return month_value(py + rel_offset(rel.as_str()), month, true);
    }
    match ctx_word {
        "last" => month_value(if month < pm { py } else { py - 1 }, month, true),
        "this" => month_value(py, month, true),
        "next" => month_value(if month > pm { py } else { py + 1 }, month, true),
        // "will finish by May": the coming May
        _ => month_value(
            bare_month_year(text, all.start(), all.end(), month, p),
            month,
            false,
        ),
    }
}

pub(super) fn scan_year(
    text: &str,
    caps: &Captures<'_>,
    _published: Option<Date>,
) -> Option<DateValue> {
    let ym = caps.name("y")?;
    let y: i32 = ym.as_str().parse().ok()?;
    let ctx = caps.name("ctx")?.as_str().to_ascii_lowercase();
    // "the 2012 car crash": a year before a noun, but not "the 1940's".
    let attributive = caps.name("span").is_some();
    let years = if attributive {
        1900..=2100
    } else {
        1800..=2200
    };
    if !years.contains(&y) || continues_number(text, ym.end()) {
        return None;
    }
    if text.get(ym.end()..)?.starts_with(['\'', '’', 's']) {
        return None;
    }
    if text.get(ym.end()..)?.starts_with(['-', '–']) {
        // "2010-2012" is still a year, but "1000-strong" is not.
        let after = &text[ym.end() + text[ym.end()..].chars().next()?.len_utf8()..];
        if !after.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    if let Some(w) = next_word(text, ym.end()) {
        let lw = w.to_lowercase();
        if COUNT_NOUNS.contains(&lw.as_str()) {
            return None;
        }
        // "of 2000 applicants": a plural noun right after the number.
        const NOT_PLURAL: &[&str] = &[
            "this", "was", "has", "does", "its", "his", "hers", "ours", "yours", "theirs", "as",
            "less", "unless", "plus", "thus", "across", "always", "perhaps", "is", "us", "was",
        ];
        if !attributive
            && w == lw
            && lw.ends_with('s')
            && lw.chars().count() >= 4
            && !NOT_PLURAL.contains(&w)
        {
            return None;
        }
    }
    let start = caps.get(0)?.start();
    let prev = prev_word(text, start).map(str::to_ascii_lowercase);
    match (ctx.as_str(), prev.as_deref()) {
        ("by" | "to" | "from", Some(w)) if CHANGE_VERBS.contains(&w) => return None,
        ("of", Some("out")) | ("to", Some("up")) => return None,
        _ => {}
    }
    year_value(y, false)
}
