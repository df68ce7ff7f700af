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

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::{Captures, Regex};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::LazyLock;

use crate::calendar::{find_date, month_number, weekday_number, MONTHS, WEEKDAYS};

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

struct Patterns {
    iso: Regex,
    numeric: Regex,
    attributive_year: Regex,
    month_day: Regex,
    day_month: Regex,
    ordinal_day: Regex,
    second_year: Regex,
    second_month: Regex,
    month_year: Regex,
    month: Regex,
    year: Regex,
    unit: Regex,
    ago: Regex,
    day_word: Regex,
    weekday: Regex,
    weekend: Regex,
    week_of: Regex,
    bare_day: Regex,
}

/// "Name|NAME" alternatives, longest first so that "September" beats
/// "Sep".
fn alternatives<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<String> = names
        .flat_map(|n| {
            let mut cap = n.to_string();
            if let Some(f) = cap.get_mut(0..1) {
                f.make_ascii_uppercase();
            }
            [cap, n.to_ascii_uppercase()]
        })
        .collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    v.join("|")
}

/// The longest (full) name for each number in a calendar word table.
fn full_names(table: &'static [(&'static str, i8)]) -> impl Iterator<Item = &'static str> {
    table.iter().filter_map(move |&(name, n)| {
        let longest = table
            .iter()
            .filter(|&&(_, k)| k == n)
            .map(|&(w, _)| w.len())
            .max()?;
        (name.len() == longest).then_some(name)
    })
}

/// Days of the month written as ordinal words, longest first so that
/// "twenty-first" beats "twenty".
const ORDINALS: &str = "(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";

/// The day of an ordinal word ("fourth" → 4, "twenty-third" → 23).
fn ordinal_day(word: &str) -> Option<i8> {
    const UNITS: [&str; 9] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 11] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let w = word.to_ascii_lowercase().replace(' ', "-");
    let unit = |u: &str| UNITS.iter().position(|&x| x == u).map(|i| i as i8 + 1);
    if let Some(i) = TEENS.iter().position(|&x| x == w) {
        return Some(i as i8 + 10);
    }
    match w.split_once('-') {
        Some(("twenty", u)) => unit(u).map(|d| 20 + d),
        Some(("thirty", u)) => unit(u).map(|d| 30 + d).filter(|&d| d == 31),
        Some(_) => None,
        None if w == "thirtieth" => Some(30),
        None => unit(&w),
    }
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let mon = alternatives(MONTHS.iter().map(|&(n, _)| n));
    let mon_full = alternatives(full_names(MONTHS));
    let wd = alternatives(WEEKDAYS.iter().map(|&(n, _)| n));
    let wd_full = alternatives(full_names(WEEKDAYS));
    let re = |s: &str| Regex::new(s).expect("date pattern compiles");
    let wd_prefix = format!(r"(?:(?-u:\b)(?P<wd>{wd})\.?,?\s+)?");
    // Between a day or month and its year: "May 27 2024", "May 27, 2024",
    // "Dec. 31 , 1994", "July 4th of 1995", "April of 1987".
    let year_sep = r"(?:\s*,\s*|\s+(?i:of\s+)?)";
    Patterns {
        iso: re(r"(?:(?-u:\b)(?i:on)\s+)?(?-u:\b)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?-u:\b)"),
        numeric: re(
            r"(?:(?-u:\b)(?i:on)\s+)?(?-u:\b)\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<y>\d{4})(?-u:\b)",
        ),
        attributive_year: re(
            r"(?-u:\b)(?P<ctx>(?i:the|a|an|his|her|their|its|our|my|your|this|that))\s+(?P<span>(?P<y>\d{4}))\s+\pL",
        ),
        month_day: re(&format!(
            r"(?:(?-u:\b)(?i:on)\s+)?{wd_prefix}(?-u:\b)(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?(?-u:\b)(?:{year_sep}(?P<y>\d{{4}})(?-u:\b)|\s+(?i:of)\s+(?P<rel>(?i:this|last|next))\s+(?i:year)(?-u:\b))?"
        )),
        day_month: re(&format!(
            r"(?:(?-u:\b)(?i:on)\s+)?{wd_prefix}(?:(?-u:\b)(?i:the)\s+)?(?-u:\b)(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?P<mon>{mon})(?-u:\b)(?:\.?{year_sep}(?P<y>\d{{4}})(?-u:\b)|\s+(?i:of)\s+(?P<rel>(?i:this|last|next))\s+(?i:year)(?-u:\b))?"
        )),
        ordinal_day: re(&format!(
            r"(?:(?-u:\b)(?i:on)\s+)?(?:(?-u:\b)(?P<the>(?i:the))\s+)?(?-u:\b)(?P<ord>(?i:{ORDINALS}))\s+(?i:of)\s+(?P<mon>{mon})(?-u:\b)(?:\.?{year_sep}(?P<y>\d{{4}})(?-u:\b))?"
        )),
        second_year: re(
            r"(?-u:\b)(?P<ctx>(?i:between|from|in|during))\s+(?P<y1>\d{4})\s*(?P<span>(?:(?P<conj>(?i:and|or|to|till|until|through))\s+|[-–]\s*)(?P<y>\d{4}))(?-u:\b)",
        ),
        second_month: re(&format!(
            r"(?-u:\b)(?i:between|from)\s+(?P<m1>{mon_full})\s+(?P<span>(?i:and|to|till|until|through)\s+(?P<mon>{mon_full}))(?-u:\b)"
        )),
        month_year: re(&format!(
            r"(?:(?-u:\b)(?i:in|since|until|till|by|during|from|before|after|early|late|mid)(?:\s+|-))?(?-u:\b)(?P<mon>{mon})\.?{year_sep}(?P<y>\d{{4}})(?-u:\b)"
        )),
        month: re(&format!(
            r"(?-u:\b)(?P<ctx>(?i:in|since|until|till|by|during|through|from|to|before|after|between|of|early|late|mid|last|this|next|(?:the\s+)?(?:end|beginning|start|middle)\s+of))(?:\s+|-)(?P<mon>{mon_full})(?-u:\b)(?:\s+(?P<rel>(?i:this|last|next))\s+(?i:year)(?-u:\b))?"
        )),
        year: re(
            r"(?-u:\b)(?P<ctx>(?i:in|since|by|until|till|during|through|from|to|before|after|of|early|late|mid|between))(?:\s+|-)(?P<y>\d{4})(?-u:\b)",
        ),
        unit: re(
            r"(?-u:\b)(?P<mod>(?i:(?:earlier|later)\s+this|last|this|next))\s+(?P<unit>(?i:week|month|year))(?-u:\b)",
        ),
        ago: re(
            r"(?-u:\b)(?P<n>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty))\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)(?-u:\b)",
        ),
        day_word: re(
            r"(?-u:\b)(?i:(?:(?:earlier|later|early|late)\s+)?today|tonight|(?:(?:early|late|earlier|later)\s+)?this\s+(?:morning|afternoon|evening)|(?:(?:early|late)\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night|(?:(?:early|late)\s+)?tomorrow(?:\s+(?:morning|afternoon|evening|night))?)(?-u:\b)",
        ),
        weekday: re(&format!(
            r"(?-u:\b)(?:(?P<mod>(?i:on\s+the|on|last|next|this\s+coming|this\s+past|this|early|late))\s+)?(?P<wd>{wd_full})(?:\s+(?i:morning|afternoon|evening|night))?(?-u:\b)"
        )),
        week_of: re(&format!(
            r"(?:(?-u:\b)(?i:in|during|on|for|by|until)\s+)?(?:(?-u:\b)(?i:the)\s+)?(?-u:\b)(?P<ord>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))\s+(?i:week)\s+(?i:of)\s+(?:(?P<mon>{mon_full})(?:{year_sep}(?P<y>\d{{4}}))?|(?P<year>\d{{4}})|(?P<rel>(?i:this|last|next))\s+(?P<unit>(?i:month|year)))(?-u:\b)"
        )),
        weekend: re(
            r"(?-u:\b)(?P<mod>(?i:(?:over|at|during|on)\s+the|this\s+past|last|this|next))\s+(?i:weekend)(?-u:\b)",
        ),
        // "on sale on the 11th.", "available from the 18th, Apple said":
        // a day of the month alone, after a preposition of time and before
        // the clause's end or "of this month" (not "the 11th floor").
        bare_day: re(
            r"(?P<span>(?-u:\b)(?i:on|from|until|till|by|since|before|after|starting)\s+(?i:the)\s+(?P<d>\d{1,2})(?i:st|nd|rd|th)(?:\s+(?i:of)\s+(?i:this|the)\s+(?i:month))?)(?:\s*[.,;:!?)]|\s+(?i:and|when|at|in|with)(?-u:\b)|\s*$)",
        ),
    }
});

// ---------------------------------------------------------------------------
// Context helpers (all slicing at match boundaries, which are char
// boundaries).

/// The word right after `pos`, past spaces only (None after punctuation).
fn next_word(text: &str, pos: usize) -> Option<&str> {
    let rest = text.get(pos..)?.trim_start_matches([' ', '\t', '\n']);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (end > 0).then(|| &rest[..end])
}

/// The word right before `pos`, past spaces only.
fn prev_word(text: &str, pos: usize) -> Option<&str> {
    let before = text.get(..pos)?.trim_end_matches([' ', '\t', '\n']);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    (start < before.len()).then(|| &before[start..])
}

/// True when the text right after `pos` continues a number ("27,000",
/// "2.5", "6:47") or makes it a percentage.
fn continues_number(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(',' | '.' | ':' | '/'), Some(d)) if d.is_ascii_digit() => true,
        (Some('%'), _) => true,
        _ => {
            let t = rest.trim_start().to_ascii_lowercase();
            t.starts_with("percent") || t.starts_with("per cent")
        }
    }
}

/// True when the text right before `pos` ends a number ("1,2" before "00").
fn follows_number(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("");
    let mut chars = before.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(c), _) if c.is_ascii_digit() => true,
        (Some(',' | '.' | ':' | '/' | '-' | '$' | '£' | '€'), Some(d)) if d.is_ascii_digit() => {
            true
        }
        (Some('$' | '£' | '€' | '#'), _) => true,
        _ => false,
    }
}

/// True when a day number ("31", "31st", "31st of") stands right before
/// `pos`.
fn preceded_by_day(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("").trim_end();
    let before = before
        .strip_suffix(" of")
        .or_else(|| before.strip_suffix(" OF"))
        .unwrap_or(before)
        .trim_end();
    let before = ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"]
        .iter()
        .find_map(|s| before.strip_suffix(s))
        .unwrap_or(before);
    before.ends_with(|c: char| c.is_ascii_digit())
}

/// Words after "May" that show it is the verb or the name ("May be", "May
/// I", "May said").
const NOT_AFTER_MAY: &[&str] = &[
    "be",
    "have",
    "not",
    "also",
    "well",
    "never",
    "still",
    "just",
    "soon",
    "even",
    "only",
    "need",
    "want",
    "take",
    "make",
    "get",
    "go",
    "come",
    "say",
    "see",
    "know",
    "become",
    "help",
    "lose",
    "win",
    "face",
    "seek",
    "find",
    "give",
    "use",
    "lead",
    "cause",
    "affect",
    "prove",
    "require",
    "result",
    "include",
    "said",
    "says",
    "told",
    "has",
    "had",
    "was",
    "is",
    "did",
    "does",
    "will",
    "would",
    "could",
    "should",
    "might",
    "must",
    "can",
    "I",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "who",
    "herself",
    "himself",
    "government",
    "administration",
];

/// Participles before "by May" that make May a person ("the deal
/// negotiated by May"); "finished by May" stays a date.
const BY_MAY_THE_NAME: &[&str] = &[
    "led",
    "negotiated",
    "proposed",
    "backed",
    "appointed",
    "brokered",
    "championed",
    "endorsed",
    "criticised",
    "criticized",
    "sacked",
    "ousted",
    "defeated",
    "chaired",
    "hosted",
    "struck",
    "unveiled",
    "rejected",
    "praised",
    "attacked",
    "replaced",
    "succeeded",
    "said",
    "told",
    "written",
    "signed",
    "pushed",
    "promised",
    "announced",
];

/// Counted nouns that show a four-digit number is not a year.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "votes",
    "points",
    "homes",
    "houses",
    "troops",
    "soldiers",
    "units",
    "times",
    "meters",
    "metres",
    "feet",
    "miles",
    "km",
    "kilometres",
    "kilometers",
    "dollars",
    "euros",
    "pounds",
    "tons",
    "tonnes",
    "members",
    "residents",
    "jobs",
    "workers",
    "employees",
    "students",
    "cases",
    "deaths",
    "dead",
    "children",
    "men",
    "women",
    "refugees",
    "civilians",
    "km²",
    "hectares",
    "acres",
    "barrels",
    "calories",
    "words",
    "pages",
    "years",
    "days",
    "hours",
    "minutes",
    "seconds",
    "rounds",
    "shells",
    "missiles",
    "drones",
    "vehicles",
    "tanks",
    "cars",
    "beds",
    "pupils",
    "patients",
    "fans",
    "seats",
    "mm",
    "cm",
    "kg",
    "mw",
    "gw",
    "m",
    "ft",
];

/// Words before "by" + number that make it an amount of change.
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falling",
    "increased",
    "increase",
    "decreased",
    "decrease",
    "grew",
    "grown",
    "dropped",
    "drop",
    "declined",
    "decline",
    "up",
    "down",
    "cut",
    "reduced",
    "raised",
    "jumped",
    "climbed",
    "slipped",
    "outnumbered",
    "exceeded",
    "beat",
    "won",
    "lost",
    "led",
    "trailed",
];

// ---------------------------------------------------------------------------
// Tense.

/// The time a clause speaks of, read from its verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// Words that put a clause in the future ("will", "turns 29 on", "is
/// scheduled for", "next", "upcoming").
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "turns",
    "scheduled",
    "slated",
    "due",
    "upcoming",
    "next",
    "coming",
    "expected",
    "planned",
    "starts",
    "begins",
    "opens",
    "ends",
    "expires",
    "resumes",
    "closes",
    "launches",
    "debuts",
    "premieres",
    "airs",
    "reopens",
    "kicks",
    "tomorrow",
];

/// Irregular past forms (regular ones end in "-ed").
const PAST_WORDS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "ago",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "began",
    "died",
    "won",
    "lost",
    "left",
    "met",
    "held",
    "found",
    "saw",
    "fell",
    "rose",
    "struck",
    "fled",
    "shot",
    "ran",
    "sent",
    "brought",
    "bought",
    "sold",
    "paid",
    "spoke",
    "wrote",
    "broke",
    "drove",
    "caught",
    "became",
    "got",
    "kept",
    "led",
    "stood",
    "hit",
    "beat",
    "quit",
    "yesterday",
    "been",
];

/// Words in "-ed" that are not past verbs, or that announce the future.
const NOT_PAST_ED: &[&str] = &[
    "scheduled",
    "slated",
    "expected",
    "planned",
    "proposed",
    "red",
    "bed",
    "hundred",
    "speed",
    "need",
    "seed",
    "feed",
    "breed",
    "shed",
    "wed",
    "united",
    "based",
    "aged",
    "alleged",
    "wanted",
    "related",
    "limited",
    "armed",
    "advanced",
    "concerned",
    "interested",
    "sacred",
    "naked",
    "wicked",
    "indeed",
    "embed",
    "deed",
    "weed",
    "reed",
    "steed",
    "bred",
    "fled",
    "shred",
    "sled",
    "led",
    "bled",
    "fed",
];

/// The tense of one word, given the word before it; `Skip` for a
/// participle after "be" ("will be held": read on to "will").
enum Cue {
    Tense(Tense),
    Unclear,
    Skip,
    None,
}

fn cue(w: &str, prev: &str) -> Cue {
    let was = matches!(prev, "was" | "were" | "had");
    // another clause, a reported clause ("said the strike would start on
    // April 23"), a conditional or a habit: the tense of the day is unclear
    if matches!(
        w,
        "after"
            | "before"
            | "when"
            | "while"
            | "because"
            | "but"
            | "although"
            | "though"
            | "whereas"
            | "would"
            | "could"
            | "should"
            | "might"
            | "said"
            | "says"
            | "say"
            | "told"
            | "tells"
    ) {
        return Cue::Unclear;
    }
    if w == "to" {
        return match prev {
            "is" | "are" | "going" | "plans" | "plan" | "hopes" | "aims" | "intends" | "set"
            | "due" | "scheduled" | "slated" | "expected" | "planned" => Cue::Tense(Tense::Future),
            _ => Cue::None,
        };
    }
    if w.ends_with("'ll") || w.ends_with("’ll") || FUTURE_WORDS.contains(&w) {
        // "was scheduled for", "had planned": the plan is past, the day unclear
        if was && !matches!(w, "next" | "coming" | "upcoming") {
            return Cue::Unclear;
        }
        return Cue::Tense(Tense::Future);
    }
    let past = PAST_WORDS.contains(&w)
        || (w.len() >= 5
            && w.ends_with("ed")
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !NOT_PAST_ED.contains(&w.rsplit('-').next().unwrap_or(w)));
    if past {
        // "will be held", and the present passive "when he's sentenced May
        // 7", "is expected": the participle is no past; read on.
        let present_be = matches!(prev, "be" | "is" | "are" | "am" | "being" | "get" | "gets")
            || ["'s", "’s", "'re", "’re"].iter().any(|x| prev.ends_with(x));
        if present_be {
            return Cue::Skip;
        }
        return Cue::Tense(Tense::Past);
    }
    Cue::None
}

/// Whether the character `c` at `i` in `s` is the full stop of an
/// abbreviation ("Oct. 2", "Mr. Smith", "U.S."), which ends no clause.
fn abbreviation_dot(s: &str, i: usize, c: char) -> bool {
    if c != '.' {
        return false;
    }
    let word = prev_word(s, i).unwrap_or("");
    let short = word.chars().count() == 1;
    // "May.", "June.", "July." end a sentence; "Oct.", "Sept.", "Tues." do not
    let full = matches!(word, "May" | "June" | "July" | "MAY" | "JUNE" | "JULY");
    short
        || (word.len() <= 4
            && !full
            && (month_number(word).is_some() || weekday_number(word).is_some()))
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Gen"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Jr"
                | "Sr"
                | "Prof"
                | "Capt"
        )
}

/// The tense of the clause around a date at `start..end`: the nearest tense
/// word before it in the same clause (at most 12 words back, not across
/// ". ; : ! ?" or a quotation mark), else the nearest in the 6 words after
/// it. `None` when nothing shows the tense or the cue is unclear.
pub fn clause_tense(text: &str, start: usize, end: usize) -> Option<Tense> {
    const STOPS: &[char] = &['.', ';', ':', '!', '?', '"', '“', '”', '(', ')'];
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase()
    };
    // at most ~400 bytes each side (on char boundaries)
    let mut from = start.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = end.saturating_add(200).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = text.get(from..start)?;
    let before = before
        .char_indices()
        .rev()
        .find(|&(i, c)| STOPS.contains(&c) && !abbreviation_dot(before, i, c))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    let words: Vec<String> = before.split_whitespace().map(clean).collect();
    let n = words.len();
    for i in (n.saturating_sub(12)..n).rev() {
        let prev = if i > 0 { words[i - 1].as_str() } else { "" };
        // "said on Tuesday", "told reporters Monday": the saying is past
        if i + 3 >= n && matches!(words[i].as_str(), "said" | "told") {
            return Some(Tense::Past);
        }
        match cue(&words[i], prev) {
            Cue::Tense(t) => return Some(t),
            Cue::Unclear => return None,
            Cue::Skip | Cue::None => {}
        }
    }
    let after = text.get(end..to.max(end))?;
    let after = after
        .char_indices()
        .find(|&(i, c)| STOPS.contains(&c) && !abbreviation_dot(after, i, c))
        .map_or(after, |(i, _)| &after[..i]);
    let words: Vec<String> = after.split_whitespace().take(6).map(clean).collect();
    for i in 0..words.len() {
        let prev = if i > 0 { words[i - 1].as_str() } else { "" };
        match cue(&words[i], prev) {
            Cue::Tense(t) => return Some(t),
            Cue::Unclear => return None,
            Cue::Skip | Cue::None => {}
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Value constructors.

fn day_value(d: Date, relative: bool) -> DateValue {
    DateValue {
        value: Some(d.to_string()),
        start: Some(d),
        end: Some(d),
        precision: Precision::Day,
        relative,
        resolved: true,
    }
}

fn month_value(year: i32, month: i8, relative: bool) -> Option<DateValue> {
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

fn year_value(year: i32, relative: bool) -> Option<DateValue> {
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
fn week_value(start: Date, end: Date) -> DateValue {
    DateValue {
        value: Some(monday_of(start).to_string()),
        start: Some(start),
        end: Some(end),
        precision: Precision::Week,
        relative: true,
        resolved: true,
    }
}

fn unresolved(precision: Precision, relative: bool) -> DateValue {
    DateValue {
        value: None,
        start: None,
        end: None,
        precision,
        relative,
        resolved: false,
    }
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

fn monday_of(d: Date) -> Date {
    let back = i64::from(d.weekday().to_monday_one_offset() - 1);
    add_days(d, -back).unwrap_or(d)
}

/// Same shape as `v` (interval narrowed to `start..end`).
fn narrowed(mut v: DateValue, start: Date, end: Date) -> DateValue {
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

fn year_in_range(y: i32) -> bool {
    (1000..=2999).contains(&y)
}

fn weekday_of(n: i8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(n).ok()
}

/// A day given by month and day number, with optional year, weekday and
/// "of this/last/next year".
fn resolve_day(
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

fn rel_offset(word: &str) -> i32 {
    match word.to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

fn parse_day(s: &str) -> Option<i8> {
    s.parse::<i8>().ok().filter(|d| (1..=31).contains(d))
}

// ---------------------------------------------------------------------------
// Scanners, one per pattern.

fn scan_iso(text: &str, caps: &Captures<'_>, _published: Option<Date>) -> Option<DateValue> {
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
fn scan_numeric(text: &str, caps: &Captures<'_>, _published: Option<Date>) -> Option<DateValue> {
    let m = caps.get(0)?;
    if continues_number(text, m.end()) || follows_number(text, m.start()) {
        return None;
    }
    find_date(m.as_str()).map(|d| day_value(d, false))
}

fn scan_month_day(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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

fn scan_day_month(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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
fn scan_ordinal_day(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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
fn scan_bare_day(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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

/// True when a counted noun follows the number ending at `pos` ("2000
/// people"): the number is a count, not a year.
fn counted_after(text: &str, pos: usize) -> bool {
    next_word(text, pos).is_some_and(|w| COUNT_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// The second year of a pair, "between 2007 and 2009", "from 2014 to
/// 2018", "from 2014-2018", "in 2007 and 2009" (the first is read by the
/// year pattern): a later year, at most a century on, not a count ("from
/// 2000 to 2500 troops"). The span holds the joining word, so that it wins
/// over "to 2018" read alone.
fn scan_second_year(
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
fn scan_second_month(
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

/// The year of a bare month ("in May"): the most recent such month, or in
/// a future clause the coming one.
fn bare_month_year(text: &str, start: usize, end: usize, month: i8, p: Date) -> i32 {
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

fn scan_month_year(text: &str, caps: &Captures<'_>, _published: Option<Date>) -> Option<DateValue> {
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

fn scan_month(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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

fn scan_year(text: &str, caps: &Captures<'_>, _published: Option<Date>) -> Option<DateValue> {
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

fn scan_unit(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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

fn scan_ago(_text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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

fn scan_day_word(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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

fn scan_weekday(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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

fn scan_weekend(_text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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
fn scan_week_of(text: &str, caps: &Captures<'_>, published: Option<Date>) -> Option<DateValue> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().expect("test date")
    }

    /// Parses a compact expectation: `[r]P VALUE [START..END]` or `[r]P ?`,
    /// where `r` marks a relative date, `P` is D, W, M or Y, and a missing
    /// interval means the whole day, week (from the Monday), month or year.
    fn want(spec: &str) -> DateValue {
        let (relative, spec) = match spec.strip_prefix('r') {
            Some(rest) => (true, rest),
            None => (false, spec),
        };
        let mut parts = spec.split_whitespace();
        let precision = match parts.next().expect("precision") {
            "D" => Precision::Day,
            "W" => Precision::Week,
            "M" => Precision::Month,
            "Y" => Precision::Year,
            other => panic!("bad precision {other}"),
        };
        let value = parts.next().expect("value");
        if value == "?" {
            return unresolved(precision, relative);
        }
        let (start, end) = match parts.next() {
            Some(range) => {
                let (a, b) = range.split_once("..").expect("range");
                (date(a), date(b))
            }
            None => match precision {
                Precision::Day => (date(value), date(value)),
                Precision::Week => (date(value), add_days(date(value), 6).unwrap()),
                Precision::Month => {
                    let first = date(&format!("{value}-01"));
                    (first, first.last_of_month())
                }
                Precision::Year => {
                    let first = date(&format!("{value}-01-01"));
                    (first, first.last_of_year())
                }
            },
        };
        DateValue {
            value: Some(value.to_string()),
            start: Some(start),
            end: Some(end),
            precision,
            relative,
            resolved: true,
        }
    }

    type Case = (
        &'static str,
        Option<&'static str>,
        &'static [(&'static str, &'static str)],
    );

    fn check(cases: &[Case]) {
        let mut failures = Vec::new();
        for &(text, published, expected) in cases {
            let got = extract(text, published.map(date));
            let got: Vec<(&str, DateValue)> = got.into_iter().map(|(r, v)| (&text[r], v)).collect();
            let wanted: Vec<(&str, DateValue)> = expected
                .iter()
                .map(|&(phrase, spec)| (phrase, want(spec)))
                .collect();
            if got != wanted {
                failures.push(format!(
                    "{text:?} (published {published:?})\n   got:  {got:?}\n   want: {wanted:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    const NATO: Option<&str> = Some("2024-05-27"); // a Monday
    const LOHAN: Option<&str> = Some("2013-05-02"); // a Thursday

    #[test]
    fn seed_sentences() {
        check(&[
            (
                "On Monday, the Parliamentary Assembly of the North Atlantic Treaty Organization (NATO) approved a declaration stating that Ukraine can attack military targets in Russia.",
                NATO,
                &[("On Monday", "rD 2024-05-27")],
            ),
            (
                "Ukraine should be allowed to use Western weapons to strike military targets inside Russia, the NATO Parliamentary Assembly said in a declaration adopted on May 27.",
                NATO,
                &[("on May 27", "D 2024-05-27")],
            ),
            (
                "Zelensky said in a video address to the world leaders recorded in Kharkiv on May 26.",
                NATO,
                &[("on May 26", "D 2024-05-26")],
            ),
            (
                "Over 11,000 people have been evacuated from Kharkiv Oblast in the renewed Russian offensive that began on May 10.",
                NATO,
                &[("on May 10", "D 2024-05-10")],
            ),
            (
                "Lithuanian Foreign Minister Gabrielius Landsbergis criticized the restrictions on May 20, arguing that they hamper Ukraine's self-defense.",
                NATO,
                &[("on May 20", "D 2024-05-20")],
            ),
            (
                "He said this in an interview with The Economist on May 24.",
                NATO,
                &[("on May 24", "D 2024-05-24")],
            ),
            (
                "On 1 June, the Rossiya Segodnya International Multimedia Centre will hold a press conference to mark International Children's Day.",
                NATO,
                &[("On 1 June", "D 2024-06-01")],
            ),
            (
                "The Kyiv Independent doesn't depend on a wealthy owner or an oligarch — in 2023, 80% of our revenue came from readers.",
                NATO,
                &[("in 2023", "Y 2023")],
            ),
            (
                "Speech during the NATO Parliamentary Assembly Spring Session in Sofia, Bulgaria, on May 27, 2024.",
                NATO,
                &[("on May 27, 2024", "D 2024-05-27")],
            ),
            (
                "Fragments of NATO shells will be presented. — Kalemi Post (@EnkeleidaKalemi) May 25, 2024",
                NATO,
                &[("May 25, 2024", "D 2024-05-25")],
            ),
            (
                "It was approved by 47 out of 56 countries, according to Bulgarian public radio from Sofia, where the Assembly concludes today.",
                NATO,
                &[("today", "rD 2024-05-27")],
            ),
        ]);
    }

    #[test]
    fn ecbplus_sentences() {
        check(&[
            (
                "A friend of the actress told People she went to Promises on Tuesday and that her friends and family supported her decision.",
                LOHAN,
                &[("on Tuesday", "rD 2013-04-30")],
            ),
            (
                "Lohan was previously at Betty Ford from September 2010 to January 2011 after a probation violation in a prior drunk driving case.",
                Some("2013-05-03"),
                &[("from September 2010", "M 2010-09"), ("January 2011", "M 2011-01")],
            ),
            (
                "Her latest stay at Betty Ford comes after Lohan rear-ended a truck with her Porsche on Pacific Coast Highway on June 8, and then lied to police.",
                Some("2013-05-03"),
                // The past tense ("rear-ended") makes it the last June 8
                // before publication: 2012 (the accident was in June 2012).
                &[("on June 8", "D 2012-06-08")],
            ),
            (
                "After skipping out on entering a Newport Beach rehabilitation facility, Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day court-mandated stay in her reckless driving conviction.",
                Some("2013-05-03"),
                &[],
            ),
            (
                "The actress, who shot to fame in 1999 movie American Pie, decided to check in last week.",
                NATO,
                &[("in 1999", "Y 1999"), ("last week", "rW 2024-05-20")],
            ),
            (
                "Ellen DeGeneres will host the Oscars for a second time next year, the Academy announced Friday.",
                Some("2013-08-02"),
                &[("next year", "rY 2014"), ("Friday", "rD 2013-08-02")],
            ),
            (
                "A Michigan man shot to death one person and injured two others Monday at the suburban Detroit accounting firm from which he was fired last week, police said.",
                Some("2012-12-18"),
                &[("Monday", "rD 2012-12-17"), ("last week", "rW 2012-12-10")],
            ),
            (
                "Yesterday in Los Angeles, pin-up icon Bettie Page succumbed to complications from a heart attack suffered almost three weeks ago.",
                Some("2008-12-12"),
                &[("Yesterday", "rD 2008-12-11"), ("three weeks ago", "rD 2008-11-21")],
            ),
            (
                "Page died late yesterday in a Los Angeles hospital after suffering a heart attack more than a week ago, her agent Mark Roesler said in a statement.",
                NATO,
                &[("late yesterday", "rD 2024-05-26"), ("a week ago", "rD 2024-05-20")],
            ),
            (
                "Fresh riots were reported in Greece on Saturday December 13 2008 in protest at the killing by police of a 15-year-old boy, Alexandros Grigoropoulos, eight days ago.",
                Some("2008-12-14"),
                &[("on Saturday December 13 2008", "D 2008-12-13"), ("eight days ago", "rD 2008-12-06")],
            ),
            (
                "A 60-year-old woman charged with killing two young women in a Staunton ice cream shop 41 years ago was released without bail.",
                Some("2008-12-19"),
                &[("41 years ago", "rY 1967")],
            ),
            (
                "Parliamentary elections in Turkmenistan that are scheduled for December 15 of this year will be held on a two-party basis.",
                Some("2013-09-27"),
                &[("December 15 of this year", "rD 2013-12-15")],
            ),
            (
                "The people of Turkmenistan have voted in the first parliamentary election held after the adoption of a new constitution earlier this year.",
                Some("2008-12-15"),
                &[("earlier this year", "rY 2008 2008-01-01..2008-12-15")],
            ),
            (
                "Robert Buckley the second climber to die in the Aoraki - Mount Cook national park at the weekend",
                NATO,
                &[("at the weekend", "rW 2024-05-20 2024-05-25..2024-05-26")],
            ),
            (
                "Sarah Palin's church in Wasilla, Alaska went up in flames this weekend.",
                Some("2008-12-14"),
                &[("this weekend", "rW 2008-12-08 2008-12-13..2008-12-14")],
            ),
            (
                "Lindsay Lohan's lawyer says the actress checked into rehab on Thursday, but the facility has not been officially sanctioned by the court.",
                LOHAN,
                &[("on Thursday", "rD 2013-05-02")],
            ),
            (
                "Lohan checked into California's Betty Ford Center rehab facility late Thursday, dodging arrest after a whirlwind day.",
                Some("2013-05-03"),
                &[("late Thursday", "rD 2013-05-02")],
            ),
            (
                "ET Early Friday morning, around 1:30 a.m., Lohan arrived at the Betty Ford Center.",
                Some("2013-05-03"),
                &[("Early Friday morning", "rD 2013-05-03")],
            ),
            (
                "She hopped on a private jet Wednesday night, headed for Morningside Recovery in Newport Beach.",
                LOHAN,
                &[("Wednesday night", "rD 2013-05-01")],
            ),
            (
                "Lohan caused a stir on Thursday, May 2, after she checked out of Morningside Recovery.",
                Some("2013-05-03"),
                &[("on Thursday, May 2", "D 2013-05-02")],
            ),
            (
                "The start of the campaign for this election will be announced on October 5, 2013, in Turkmenistan.",
                Some("2013-09-26"),
                &[("on October 5, 2013", "D 2013-10-05")],
            ),
            (
                "Nomination of candidates for the national parliament will take place from October 16 to November 14.",
                Some("2013-09-26"),
                &[("October 16", "D 2013-10-16"), ("November 14", "D 2013-11-14")],
            ),
            (
                "A wind-whipped arson fire set by three teenagers destroyed the hardware store in February, 2003.",
                Some("2012-08-07"),
                &[("in February, 2003", "M 2003-02")],
            ),
            (
                "Indian Navy patrolling the Gulf of Aden yesterday thwarted a multi-boat attack by sea brigands on merchant vessels, apprehending 26 Somali pirates.",
                Some("2011-11-12"),
                &[("yesterday", "rD 2011-11-11")],
            ),
            (
                "This anti-piracy action was the fifth successful operation by its crew since September this year.",
                Some("2011-11-11"),
                &[("since September this year", "rM 2011-09")],
            ),
            (
                "The actress checked into the Betty Ford Center in May as part of a plea deal stemming from her June 2012 car accident case.",
                Some("2013-06-13"),
                &[("in May", "M 2013-05"), ("June 2012", "M 2012-06")],
            ),
            (
                "The free-agent first baseman will be 29 on April 11, coinciding with the opening week of the 2009 season.",
                Some("2008-12-11"),
                // "will be": the next April 11 after publication.
                &[("on April 11", "D 2009-04-11"), ("2009", "Y 2009")],
            ),
            (
                "Nationals' Eight - Year Offer to Teixeira Reportedly Bumped as High as $184M December 23, 2008",
                None,
                &[("December 23, 2008", "D 2008-12-23")],
            ),
            (
                "Posted on Tuesday, 16 December 2008 13:45.",
                None,
                &[("on Tuesday, 16 December 2008", "D 2008-12-16")],
            ),
            (
                "Lindsay Lohan Checks Into Rehab at Betty Ford Center Fri., May. 3, 2013 11:45 AM PDT",
                None,
                &[("Fri., May. 3, 2013", "D 2013-05-03")],
            ),
            (
                "Indian Naval Ship Interdicts Three Pirate Vessels In A Single Operation Sat Nov 12 2011, 01:19 hrs",
                None,
                &[("Sat Nov 12 2011", "D 2011-11-12")],
            ),
            (
                "Turkmen election to have 2 parties for 1st time 2013-09-26",
                None,
                &[("2013-09-26", "D 2013-09-26")],
            ),
            (
                "The Academy of Motion Pictures Arts and Sciences announced this morning that Ellen DeGeneres would return to the Academy Awards as emcee.",
                Some("2013-08-02"),
                &[("this morning", "rD 2013-08-02")],
            ),
            (
                "Despite reports last week that said Gary Ross would not be returning, he will be back at the negotiating table with Lionsgate this week.",
                Some("2012-04-11"),
                &[("last week", "rW 2012-04-02"), ("this week", "rW 2012-04-09")],
            ),
            (
                "A man suspected of shooting three people was arrested after a high-speed chase a few hours after the attack this morning, authorities said.",
                Some("2012-12-17"),
                &[("this morning", "rD 2012-12-17")],
            ),
            (
                "A driver has been charged after police say he struck and killed a woman in Queens last night.",
                Some("2013-03-10"),
                &[("last night", "rD 2013-03-09")],
            ),
            (
                "District Attorney Steve Cooley announced today that capital murder charges were filed against a gang member accused of gunning down Deputy Jerry Ortiz a month ago.",
                Some("2005-07-20"),
                &[("today", "rD 2005-07-20"), ("a month ago", "rM 2005-06")],
            ),
            (
                "The warrant was handed down as part of a sentence for a 2012 car crash case.",
                Some("2013-05-02"),
                &[("2012", "Y 2012")],
            ),
            (
                "A co-worker has been charged in the 1967 slayings of two women at an ice cream shop.",
                Some("2008-12-19"),
                &[("1967", "Y 1967")],
            ),
            (
                "Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at a Staunton ice cream store in 1967.",
                Some("2008-12-19"),
                &[("in 1967", "Y 1967")],
            ),
            (
                "Originally published 05 / 03 / 2013 at 10:20 AM EDT",
                None,
                &[("05 / 03 / 2013", "D 2013-05-03")],
            ),
            (
                "27 / 09 / 2013-Turkmenistan to hold first-ever parliamentary elections on a two-party basis",
                None,
                &[("27 / 09 / 2013", "D 2013-09-27")],
            ),
            (
                "DeGeneres first hosted the Oscars in 2007, becoming only the second woman to fill that exalted role alone.",
                Some("2013-08-02"),
                &[("in 2007", "Y 2007")],
            ),
        ]);
    }

    /// The tense of the clause picks the year of a day without one, and
    /// the future moves a weekday or a bare month forward.
    #[test]
    fn tense() {
        check(&[
            (
                "Teixeira, who turns 29 on April 11, has averaged more than 30 home runs and 100 RBIs in his six big-league seasons.",
                Some("2008-12-19"),
                &[("on April 11", "D 2009-04-11")],
            ),
            (
                "Her latest stay at Betty Ford comes after Lohan rear-ended a truck with her Porsche on Pacific Coast Highway on June 8, and then lied to police.",
                Some("2013-05-03"),
                &[("on June 8", "D 2012-06-08")],
            ),
            // unclear tense: the default (within six months ahead: this year)
            (
                "The union said the first 24-hour walkout would take place on April 23.",
                Some("2024-04-10"),
                &[("on April 23", "D 2024-04-23")],
            ),
            (
                "The festival opens on June 8, organizers said.",
                Some("2024-07-10"),
                &[("on June 8", "D 2025-06-08")],
            ),
            (
                "Police said the man was arrested on June 8.",
                Some("2024-04-10"),
                &[("on June 8", "D 2023-06-08")],
            ),
            // a present passive is no past: the next May 7, not the last
            (
                "He faces up to 25 years in prison when he's sentenced May 7.",
                Some("2013-04-12"),
                &[("May 7", "D 2013-05-07")],
            ),
            (
                "The two men are charged with arson and are arraigned on June 3.",
                Some("2024-05-20"),
                &[("on June 3", "D 2024-06-03")],
            ),
            (
                "The vote was scheduled for May 20 but was postponed.",
                Some("2024-04-10"),
                &[("May 20", "D 2024-05-20")],
            ),
            (
                "On March 3, he will turn 30.",
                Some("2024-04-10"),
                &[("On March 3", "D 2025-03-03")],
            ),
            (
                "The trial starts Monday.",
                Some("2024-04-10"),
                &[("Monday", "rD 2024-04-15")],
            ),
            (
                "The suspect will appear in court on Monday after being arrested on Saturday.",
                Some("2024-04-10"),
                &[("on Monday", "rD 2024-04-15"), ("on Saturday", "rD 2024-04-06")],
            ),
            (
                "The summit will be held in March.",
                Some("2024-04-10"),
                &[("in March", "M 2025-03")],
            ),
            (
                "The summit was held in March.",
                Some("2024-04-10"),
                &[("in March", "M 2024-03")],
            ),
        ]);
        assert_eq!(
            clause_tense("He will be sentenced on Friday.", 23, 32),
            Some(Tense::Future)
        );
        assert_eq!(
            clause_tense("He was sentenced on Friday.", 17, 26),
            Some(Tense::Past)
        );
        assert_eq!(clause_tense("On Friday.", 0, 9), None);
    }

    #[test]
    fn resolution_rules() {
        check(&[
            (
                "He arrived yesterday.",
                NATO,
                &[("yesterday", "rD 2024-05-26")],
            ),
            (
                "They will meet tomorrow.",
                NATO,
                &[("tomorrow", "rD 2024-05-28")],
            ),
            (
                "Protests continued tonight.",
                NATO,
                &[("tonight", "rD 2024-05-27")],
            ),
            (
                "Talks collapsed last week.",
                NATO,
                &[("last week", "rW 2024-05-20 2024-05-20..2024-05-26")],
            ),
            (
                "Talks resume next week.",
                NATO,
                &[("next week", "rW 2024-06-03 2024-06-03..2024-06-09")],
            ),
            (
                "The vote took place earlier this month.",
                NATO,
                &[("earlier this month", "rM 2024-05 2024-05-01..2024-05-27")],
            ),
            (
                "The vote took place earlier this week.",
                Some("2024-05-30"),
                &[("earlier this week", "rW 2024-05-27 2024-05-27..2024-05-30")],
            ),
            (
                "Prices rose last month.",
                Some("2024-01-15"),
                &[("last month", "rM 2023-12")],
            ),
            ("Prices rose last year.", NATO, &[("last year", "rY 2023")]),
            ("Prices rose this year.", NATO, &[("this year", "rY 2024")]),
            (
                "It happened two days ago.",
                NATO,
                &[("two days ago", "rD 2024-05-25")],
            ),
            (
                "The deal was signed last Monday.",
                NATO,
                &[("last Monday", "rD 2024-05-20")],
            ),
            (
                "The deal was signed last Tuesday.",
                NATO,
                &[("last Tuesday", "rD 2024-05-21")],
            ),
            (
                "They meet next Monday.",
                NATO,
                &[("next Monday", "rD 2024-06-03")],
            ),
            (
                "They meet this coming Friday.",
                NATO,
                &[("this coming Friday", "rD 2024-05-31")],
            ),
            (
                "Police said on Sunday.",
                NATO,
                &[("on Sunday", "rD 2024-05-26")],
            ),
            (
                "Fighting flared over the weekend.",
                NATO,
                &[("over the weekend", "rW 2024-05-20 2024-05-25..2024-05-26")],
            ),
            (
                "Fighting flared over the weekend.",
                Some("2024-05-26"),
                &[("over the weekend", "rW 2024-05-20 2024-05-25..2024-05-26")],
            ),
            // A month after the publication month is last year's.
            (
                "The plant closed in September.",
                NATO,
                &[("in September", "M 2023-09")],
            ),
            (
                "The plant closed in May 2024.",
                NATO,
                &[("in May 2024", "M 2024-05")],
            ),
            (
                "The plant closed last August.",
                Some("2013-09-26"),
                &[("last August", "rM 2013-08")],
            ),
            // A day more than six months ahead is last year's.
            (
                "The plant closed on December 3.",
                NATO,
                &[("on December 3", "D 2023-12-03")],
            ),
            (
                "The summit opens on 9 July.",
                NATO,
                &[("on 9 July", "D 2024-07-09")],
            ),
            // The weekday picks the year.
            (
                "It began on Friday, December 1.",
                NATO,
                &[("on Friday, December 1", "D 2023-12-01")],
            ),
            (
                "Emissions must halve by 2030.",
                NATO,
                &[("by 2030", "Y 2030")],
            ),
            (
                "Unemployment has doubled since 2010.",
                None,
                &[("since 2010", "Y 2010")],
            ),
            (
                "Ceasefire talks stalled in mid-May.",
                NATO,
                &[("mid-May", "M 2024-05")],
            ),
            (
                "The work must be finished by May.",
                Some("2024-03-01"),
                &[("by May", "M 2023-05")],
            ),
            (
                "The money was spent by the end of May.",
                NATO,
                &[("the end of May", "M 2024-05")],
            ),
            (
                "It was signed on the 27th of May 2024.",
                None,
                &[("on the 27th of May 2024", "D 2024-05-27")],
            ),
            (
                "They met on May 27th.",
                NATO,
                &[("on May 27th", "D 2024-05-27")],
            ),
        ]);
    }

    /// Grammar added with the Recognizers-Text evaluation, on wording of
    /// its own; each case fails with its rule switched off.
    #[test]
    fn separators_ordinal_words_and_pairs() {
        check(&[
            // a week of a month or a year: the first seven days and the
            // ISO week together (1 March 2024 is a Friday: its ISO week 1
            // is 4–10 March)
            (
                "Talks resumed in the first week of March.",
                NATO,
                &[(
                    "in the first week of March",
                    "W 2024-03-04 2024-03-01..2024-03-10",
                )],
            ),
            (
                "Sales peaked during the last week of 2015.",
                NATO,
                &[(
                    "during the last week of 2015",
                    "W 2015-12-28 2015-12-25..2016-01-03",
                )],
            ),
            (
                "The bill is due the second week of next month.",
                NATO,
                &[(
                    "the second week of next month",
                    "rW 2024-06-10 2024-06-08..2024-06-16",
                )],
            ),
            // a space before the comma of the year
            (
                "The company was founded on Jan. 9 , 2003.",
                NATO,
                &[("on Jan. 9 , 2003", "D 2003-01-09")],
            ),
            // "of" before the year, after a day or a month
            (
                "She was born on March 3rd of 1961 in Leeds.",
                NATO,
                &[("on March 3rd of 1961", "D 1961-03-03")],
            ),
            (
                "The plant opened in June of 1978.",
                NATO,
                &[("in June of 1978", "M 1978-06")],
            ),
            // a day as an ordinal word
            (
                "The ceasefire began on the twenty-first of March.",
                NATO,
                &[("on the twenty-first of March", "D 2024-03-21")],
            ),
            (
                "Voters go to the polls on the second of June 2025.",
                NATO,
                &[("on the second of June 2025", "D 2025-06-02")],
            ),
            // the second of a pair of years or months
            (
                "Output doubled between 1998 and 2004.",
                NATO,
                &[("between 1998", "Y 1998"), ("and 2004", "Y 2004")],
            ),
            (
                "The museum was shut in 2019 and 2020.",
                NATO,
                &[("in 2019", "Y 2019"), ("and 2020", "Y 2020")],
            ),
            (
                "Prices spiked between August and October.",
                NATO,
                &[
                    ("between August", "M 2023-08"),
                    ("and October", "M 2023-10"),
                ],
            ),
            (
                "The festival will run from May to July.",
                Some("2024-02-10"),
                &[("from May", "M 2024-05"), ("to July", "M 2024-07")],
            ),
            // two days of a range share a year
            (
                "The tour runs from Dec. 28 to Jan. 3, 2026.",
                NATO,
                &[
                    ("Dec. 28", "D 2025-12-28"),
                    ("Jan. 3, 2026", "D 2026-01-03"),
                ],
            ),
            // the full stop of "Mr." ends no clause: "will" still rules
            (
                "The law will let Mr. Jones leave on Oct. 22.",
                Some("2024-11-07"),
                &[("on Oct. 22", "D 2025-10-22")],
            ),
            // 29 February without a year: the last leap year's
            (
                "The rule was adopted on Feb 29.",
                Some("2025-03-10"),
                &[("on Feb 29", "D 2024-02-29")],
            ),
        ]);
    }

    #[test]
    fn a_day_of_the_month_alone_takes_the_publication_s_month() {
        let april = Some("2025-04-02");
        check(&[
            (
                "The laptop goes on sale on the 11th.",
                april,
                &[("on the 11th", "rD 2025-04-11")],
            ),
            (
                "It will be available from the 18th, Apple said.",
                april,
                &[("from the 18th", "rD 2025-04-18")],
            ),
            // A past clause and a day still to come: last month's.
            (
                "The sale ended on the 30th and prices rose.",
                april,
                &[("on the 30th", "rD 2025-03-30")],
            ),
            // A future clause and a day already past: next month's.
            (
                "The shop will reopen on the 1st of the month.",
                Some("2025-04-20"),
                &[("on the 1st of the month", "rD 2025-05-01")],
            ),
            // No publication date: a day, unresolved.
            (
                "The laptop goes on sale on the 11th.",
                None,
                &[("on the 11th", "rD ?")],
            ),
            // An ordinal of something else is no date.
            ("She lives on the 11th floor.", april, &[]),
            ("He won on the 18th hole.", april, &[]),
            ("It was his 11th title.", april, &[]),
        ]);
    }

    #[test]
    fn pairs_and_ordinals_that_are_not_dates() {
        check(&[
            // a count after the year's place, not a year
            ("On June 4, 1500 people gathered.", NATO, &[]),
            ("In March 1200 troops arrived.", NATO, &[]),
            ("Staff rose from 1990 to 2050 employees.", NATO, &[]),
            // an ordinal of a share, and May the name
            ("He won a third of May's seats.", NATO, &[]),
            ("A letter from May to Macron was leaked.", NATO, &[]),
            ("It came in the first week of May's premiership.", NATO, &[]),
            ("Rain fell in the first week of the trial.", NATO, &[]),
        ]);
    }

    #[test]
    fn unresolved_without_publication_date() {
        check(&[
            (
                "She went to Promises on Tuesday.",
                None,
                &[("on Tuesday", "rD ?")],
            ),
            ("He arrived yesterday.", None, &[("yesterday", "rD ?")]),
            ("Talks collapsed last week.", None, &[("last week", "rW ?")]),
            (
                "The vote took place earlier this month.",
                None,
                &[("earlier this month", "rM ?")],
            ),
            (
                "It happened three weeks ago.",
                None,
                &[("three weeks ago", "rD ?")],
            ),
            (
                "Fighting flared over the weekend.",
                None,
                &[("over the weekend", "rW ?")],
            ),
            (
                "The declaration was adopted on May 27.",
                None,
                &[("on May 27", "D ?")],
            ),
            (
                "The plant closed in September.",
                None,
                &[("in September", "M ?")],
            ),
            // Absolute dates need no publication date.
            (
                "The declaration was adopted on 27 May 2024.",
                None,
                &[("on 27 May 2024", "D 2024-05-27")],
            ),
        ]);
    }

    #[test]
    fn negatives() {
        check(&[
            ("The flight landed at 6:47 PM local time.", NATO, &[]),
            ("She will stay for two weeks.", NATO, &[]),
            ("Lohan began a 90-day court-mandated stay.", NATO, &[]),
            ("He was sentenced to 15 years in prison.", NATO, &[]),
            ("The 61-year-old man was charged.", NATO, &[]),
            ("Bettie Page died at the age of 85.", NATO, &[]),
            ("More than 2,000 people were evacuated.", NATO, &[]),
            ("The fire destroyed 1,200 homes.", NATO, &[]),
            ("Power was restored in 2000 homes in the region.", NATO, &[]),
            ("Prices may be higher, officials said.", NATO, &[]),
            ("Theresa May resigned as prime minister.", NATO, &[]),
            ("May I ask a question?", NATO, &[]),
            ("The deal negotiated by May was rejected.", NATO, &[]),
            ("Since May I have worked there.", NATO, &[]),
            ("The invalid 31 February 2024 should be skipped.", NATO, &[]),
            ("Turnout rose by 2000 on the previous vote.", NATO, &[]),
            (
                "The number of cases fell from 2000 to 1500 within a year.",
                NATO,
                &[],
            ),
            ("It was one of 2015 applicants.", NATO, &[]),
            ("The Mail on Sunday reported the story.", NATO, &[]),
            ("Shoppers flocked to stores on Black Friday.", NATO, &[]),
            ("He read it in USA Today.", NATO, &[]),
            ("Over the last year, prices rose.", NATO, &[]),
            ("Police recovered 1,500 rounds of ammunition.", NATO, &[]),
            ("The model 2024-05-27-3 is an identifier.", NATO, &[]),
            (
                "Esther Williams, who swam to stardom in the 1940's, dies at 91",
                NATO,
                &[],
            ),
            (
                "Firefighters saved the 2000 homes nearest the river.",
                NATO,
                &[],
            ),
            ("Release Date May Be in Jeopardy", NATO, &[]),
        ]);
    }

    #[test]
    fn never_panics_and_ranges_are_sorted() {
        let samples = [
            "",
            "May",
            "on",
            "31 February",
            "February 30, 2024",
            "Ünïcödé May 27 — «on Monday» 2024-13-45 in 9999 9999-12-31 tomorrow",
            "99 years ago 999 decades ago",
            "on Monday, May 27, 2024, yesterday, last week, in May, since 2010",
            "在 May 5日 昨天 on Friday",
        ];
        for s in samples {
            for p in [
                None,
                Some(date("2024-05-27")),
                Some(Date::MIN),
                Some(Date::MAX),
            ] {
                let out = extract(s, p);
                for w in out.windows(2) {
                    assert!(w[0].0.end <= w[1].0.start, "{s:?}");
                }
                for (r, _) in &out {
                    assert!(s.get(r.clone()).is_some());
                }
            }
        }
    }

    #[test]
    fn compatibility() {
        let a = &extract("on May 27", Some(date("2024-06-01")))[0].1;
        let b = &extract("last week", Some(date("2024-06-03")))[0].1;
        let c = &extract("on May 20", Some(date("2024-06-01")))[0].1;
        let u = &extract("on Monday", None)[0].1;
        assert!(compatible(a, b));
        assert!(!compatible(a, c));
        assert!(compatible(u, c));
    }
}
