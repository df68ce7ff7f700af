//! Dates: absolute and relative, resolved against the publication date.
//!
//! [`extract`] finds the date phrases of one English news sentence and
//! resolves each to a day or an interval of days. The rules, in short:
//!
//! * **Absolute dates** ("May 27", "27 May 2024", "May 27th, 2024",
//!   "2024-05-27", "Monday, May 27", "on 1 June") have day precision. A
//!   missing year is the publication year, or the year before when that
//!   would put the date more than six months (183 days) after publication,
//!   unless the tense of the clause decides (see **Tense** below).
//!   When a weekday is given with the day ("Thursday, May 2") the year is
//!   the nearest one (publication year, the one before, the one after) in
//!   which that day falls on that weekday. Without a publication date a
//!   date without a year is reported unresolved. Invalid days ("31
//!   February 2024") are skipped; 29 February without a year is the last
//!   leap year's (the next one's in a future clause). The year may follow
//!   a comma with spaces around it or "of" ("Dec. 31 , 1994", "July 4th
//!   of 1995", "April of 1987"), but not a counted noun: "on May 5, 2000
//!   people" has no year (and is no date).
//! * **Months** ("in May 2024", "September 2010", "in May", "since
//!   March", "mid-June", "end of May") have month precision. A bare month
//!   needs context (a preposition such as "in", "since", "until", "by",
//!   "early", "late", "mid-"); for "May", which is also a verb and a name,
//!   only "in", "since", "until", "till", "by", "early", "late", "mid-",
//!   "end of", "last", "this", "next" count, and not when a verb or pronoun
//!   follows ("in May be", "since May I"). A bare month takes the
//!   publication year, or the year before when the month comes after the
//!   publication month (the most recent such month). "Early May" and "late
//!   May" cover the whole month.
//! * **Numeric dates** "05 / 03 / 2013" are read month first unless the
//!   first number cannot be a month (as [`crate::calendar::find_date`]).
//! * **Years** ("in 2023", "since 2010", "by 2030") have year precision,
//!   only after such a preposition and not before a counted noun ("by 2000
//!   votes", "rose by 2000") or a percent sign; "2,000 people" is never a
//!   year. A year between a determiner and a noun ("the 2012 car crash",
//!   "his 1999 role", 1900–2100) is a year too, reported without the
//!   determiner.
//! * **Relative** phrases are resolved against `published` and marked
//!   `relative`; without a publication date they are reported with
//!   `resolved: false` and no value:
//!   - "today", "tonight", "this morning/afternoon/evening", "earlier
//!     today" = the publication day; "yesterday", "last night" = the day
//!     before; "tomorrow" = the day after.
//!   - A weekday ("on Tuesday", "Friday morning", "late Thursday") is the
//!     most recent such day on or before publication (news reports the
//!     past): "on Tuesday" in an article of Thursday 2013-05-02 is
//!     2013-04-30, and a weekday equal to the publication weekday is the
//!     publication day. "last Monday" / "this past Monday" is the most
//!     recent Monday strictly before publication; "next Monday" / "this
//!     coming Monday" the first one strictly after.
//!   - "this week", "last week", "next week", "earlier this week", "later
//!     this week" use Monday–Sunday weeks and have week precision; their
//!     `value` is the ISO date of the week's Monday. "earlier this week" is
//!     Monday .. publication day, "later this week" publication day ..
//!     Sunday.
//!   - "this month", "last month", "next month", "earlier this month"
//!     (first of the month .. publication day), "later this month"; and the
//!     same for years ("last year", "earlier this year").
//!   - "N days ago" / "N weeks ago" (day precision, N days or 7·N days
//!     before publication), "N months ago" (month precision), "N years
//!     ago" / "N decades ago" (year precision).
//!   - "over the weekend", "at the weekend", "this past weekend" = the most
//!     recent Saturday–Sunday on or before publication (the current one
//!     when published on a weekend); "last weekend" the one before when
//!     published on a weekend; "this weekend" the current or coming one;
//!     "next weekend" the first one starting after publication. Weekends
//!     have week precision, `value` the Monday of their ISO week, and
//!     `start`/`end` the Saturday and Sunday.
//!   - "last August" / "this August" / "next August": the most recent
//!     August before the publication month / the August of the publication
//!     year / the first August after the publication month.
//! * **A week of a month or year** ("the first week of March", "the last
//!   week of 2015", "the second week of next month") has week precision
//!   and covers both weeks writers mean: the period's first (second…)
//!   seven days, and the first (second…) Monday-to-Sunday week with its
//!   Thursday in the period; `value` is that week's Monday.
//! * **Ordinal words** ("the fourth of July", "on the twenty-third of
//!   May") read as the day, after "the" or "on" or before a year.
//! * **Pairs**: the second year or month of "between 2007 and 2009", "from
//!   2014 to 2018", "in 2007 and 2009", "between August and October" is a
//!   date of its own, the month in the year after the first's when it
//!   comes earlier in the calendar ("from November to February"). Two days
//!   joined by "to", "until", "through", a dash or "between … and" share a
//!   year: one written without it takes the other's ("from Dec. 28 to Jan.
//!   3, 2026" starts on 2025-12-28).
//!
//! **Tense.** When no year is written, the tense of the date's clause
//! ([`clause_tense`]) refines the rules above. The clause is read backwards
//! from the date (at most 12 words, not across `. ; : ! ?`, quotation marks
//! or brackets; the full stop of an abbreviation such as "Oct." or "Mr."
//! ends no clause), and if that shows nothing, forwards (6 words); the nearest
//! cue decides:
//!
//! * future: will / 'll / shall, "is/are to", "going/plans/set/due/
//!   scheduled to", scheduled, slated, due, expected, planned, next,
//!   upcoming, coming, and present-tense event verbs (turns, starts,
//!   begins, opens, ends, expires, resumes, closes, launches, airs…);
//! * past: verbs in -ed (not adjectives such as "alleged", "based", nor
//!   "scheduled"/"expected"/"planned"), irregular past forms (was, were,
//!   had, did, went, took, died, won, held…), "ago", and "said"/"told"
//!   right before the date ("said on Tuesday"); a participle after "be"
//!   ("will be held") defers to the auxiliary;
//! * unclear, which stops the search: another clause (after, before, when,
//!   while, because, but, although), a modal (would, could, should,
//!   might), a reported clause ("said the strike would start…"), "was
//!   scheduled / had planned".
//!
//! A day with a past clause is the most recent such day on or before
//! publication ("rear-ended a truck on June 8", published 2013-05-03 →
//! 2012-06-08); with a future clause the first one on or after publication
//! ("who turns 29 on April 11", published 2008-12-19 → 2009-04-11). A
//! weekday without a modifier in a future clause is the first such day on
//! or after publication ("the trial starts Monday"), and a bare month the
//! first such month from the publication month on ("will be held in March",
//! published in April → next March). When the tense is unclear the
//! defaults above apply; a weekday given with the day ("Thursday, May 2")
//! still decides the year.
//!
//! Known limits: the tense is read from words, not parsed: a date in a
//! clause with no verb cue ("the law takes effect on January 1") keeps the
//! default, and a historical present is read as future. Decades ("the
//! 1940s") are not read.
//!
//! Clock times, durations ("for two weeks", "90-day stay"), ages and
//! counts are not dates and produce nothing.

mod context;
mod patterns;
mod resolve;
mod scan_day;
mod scan_month;
mod scan_relative;
mod tense;
#[cfg(test)]
mod tests;

pub use tense::{clause_tense, Tense};

use jiff::civil::Date;
use regex::{Captures, Regex};
use serde::{Deserialize, Serialize};
use std::ops::Range;

use context::prev_word;
use patterns::PATTERNS;
use resolve::day_value;
use scan_day::{
    scan_bare_day, scan_day_month, scan_iso, scan_month_day, scan_numeric, scan_ordinal_day,
};
use scan_month::{scan_month, scan_month_year, scan_second_month, scan_second_year, scan_year};
use scan_relative::{scan_ago, scan_day_word, scan_unit, scan_week_of, scan_weekday, scan_weekend};

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

/// A date mention resolved to a day or an interval of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateValue {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by precision; null when unresolved.
    /// For week precision, the `YYYY-MM-DD` of the Monday of the week.
    pub value: Option<String>,
    /// First and last day covered (inclusive); null when unresolved.
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub precision: Precision,
    /// Said relative to the publication date ("on Monday", "yesterday").
    pub relative: bool,
    /// False when a relative date had no publication date to resolve against.
    pub resolved: bool,
}

/// Whether two dates can refer to the same time: true when their day
/// intervals overlap, and also when either is unresolved (nothing shows a
/// disagreement).
pub fn compatible(a: &DateValue, b: &DateValue) -> bool {
    match (a.start, a.end, b.start, b.end) {
        (Some(s1), Some(e1), Some(s2), Some(e2)) => s1 <= e2 && s2 <= e1,
        _ => true,
    }
}

/// Every date in a statement, with its byte range in `text`, resolved
/// against `published` when it is relative. The ranges are sorted and do
/// not overlap; where two readings overlap the longer one wins.
pub fn extract(text: &str, published: Option<Date>) -> Vec<(Range<usize>, DateValue)> {
    let p = &*PATTERNS;
    let mut found: Vec<(Range<usize>, DateValue)> = Vec::new();
    let scans: [(&Regex, Scan); 18] = [
        (&p.iso, scan_iso),
        (&p.numeric, scan_numeric),
        (&p.attributive_year, scan_year),
        (&p.month_day, scan_month_day),
        (&p.day_month, scan_day_month),
        (&p.ordinal_day, scan_ordinal_day),
        (&p.second_year, scan_second_year),
        (&p.second_month, scan_second_month),
        (&p.month_year, scan_month_year),
        (&p.month, scan_month),
        (&p.year, scan_year),
        (&p.unit, scan_unit),
        (&p.ago, scan_ago),
        (&p.day_word, scan_day_word),
        (&p.weekday, scan_weekday),
        (&p.weekend, scan_weekend),
        (&p.week_of, scan_week_of),
        (&p.bare_day, scan_bare_day),
    ];
    for (re, scan) in scans {
        for caps in re.captures_iter(text) {
            // A pattern may name the part it reports as `span`.
            let Some(m) = caps.name("span").or_else(|| caps.get(0)) else {
                continue;
            };
            if let Some(v) = scan(text, &caps, published) {
                found.push((m.range(), v));
            }
        }
    }
    // Longest first, then leftmost; keep what does not overlap a kept one.
    found.sort_by(|a, b| {
        (b.0.end - b.0.start)
            .cmp(&(a.0.end - a.0.start))
            .then(a.0.start.cmp(&b.0.start))
    });
    let mut kept: Vec<(Range<usize>, DateValue)> = Vec::new();
    for (r, v) in found {
        if kept
            .iter()
            .all(|(k, _)| r.end <= k.start || k.end <= r.start)
        {
            kept.push((r, v));
        }
    }
    kept.sort_by_key(|(r, _)| r.start);
    join_day_pairs(text, &mut kept);
    kept
}

/// Two days joined as a range ("from Dec. 28 to Jan. 3", "March 30 to
/// April 2, 2026", "between May 2 and May 9") are one stretch of time: a
/// day written without its year takes the other's, the end falling on or
/// after the start. Read apart, each would guess its year alone.
fn join_day_pairs(text: &str, kept: &mut [(Range<usize>, DateValue)]) {
    let has_year = |r: &Range<usize>| {
        let t = text.get(r.clone()).unwrap_or("");
        t.as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
    };
    for i in 1..kept.len() {
        let (left, right) = kept.split_at_mut(i);
        let (ra, a) = &mut left[i - 1];
        let (rb, b) = &mut right[0];
        if a.precision != Precision::Day
            || b.precision != Precision::Day
            || a.relative
            || b.relative
        {
            continue;
        }
        let (Some(da), Some(db)) = (a.start, b.start) else {
            continue;
        };
        let between = text
            .get(ra.end..rb.start)
            .unwrap_or("")
            .trim()
            .to_lowercase();
        let joined = match between.as_str() {
            "to" | "until" | "till" | "through" | "-" | "–" => true,
            "and" => prev_word(text, ra.start).is_some_and(|w| w.eq_ignore_ascii_case("between")),
            _ => false,
        };
        if !joined {
            continue;
        }
        let on = |y: i16, d: Date| Date::new(y, d.month(), d.day()).ok();
        match (has_year(ra), has_year(rb)) {
            (true, true) => {}
            (_, false) => {
                let Some(mut d) = on(da.year(), db) else {
                    continue;
                };
                if d < da {
                    let Some(next) = da.year().checked_add(1).and_then(|y| on(y, db)) else {
                        continue;
                    };
                    d = next;
                }
                *b = day_value(d, false);
            }
            (false, true) => {
                let Some(mut d) = on(db.year(), da) else {
                    continue;
                };
                if d > db {
                    let Some(prev) = db.year().checked_sub(1).and_then(|y| on(y, da)) else {
                        continue;
                    };
                    d = prev;
                }
                *a = day_value(d, false);
            }
        }
    }
}

type Scan = fn(&str, &Captures<'_>, Option<Date>) -> Option<DateValue>;
