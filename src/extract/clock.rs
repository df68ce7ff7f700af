//! Clock times: when in the day something happened ("about 1:30 a.m.",
//! "at 7 p.m.") and how much of a game was left ("with 7:42 left in the
//! first half", "with 7 minutes 41 seconds to go").
//!
//! They are quantities of their own units, kept apart from the quantity
//! scanner (whose contract is that a clock time is not a count):
//!
//! * **time of day**: minutes since midnight, only when "a.m." or "p.m."
//!   is written (a bare "at 2:56" may be a round's clock, "6:47 PM" after a
//!   date is a byline's stamp) and a word of time comes before it ("at",
//!   "about", "around", "by", "before", "after"…). "About" and its kin
//!   widen the value by ten minutes each way, so "about 1:30 a.m." and
//!   "about 1:00 a.m." still disagree; "shortly after"/"just before" by
//!   twenty minutes on their side. A time on the hour or half hour is
//!   widened by ten minutes even without "about" (and on the quarter hour
//!   by five): writers round, and "3:30 a.m." may be another's "3:33".
//!   A zone written after it ("4:30 p.m. ET", "1:30 p.m. PST") makes the
//!   unit its zone's, the US mainland zones all read as US Eastern; a time
//!   with no zone is never compared with a zoned one. A 24-hour time needs
//!   no "a.m." when "local time" or a zone follows it ("at 11:41 local
//!   time", "(05:51 GMT)"): the zone says it is a time of day.
//! * **game clock**: seconds left, from "M:SS" or "M minutes S seconds"
//!   followed by "left", "remaining", "to go" or "to play"; the period
//!   named within a few words after ("in the first half", "of the sixth
//!   round") is part of the unit, so a first half's clock is never compared
//!   with a third quarter's.

use super::quantity::{Qualifier, Quantity};

/// The unit of a time of day (minutes since midnight).
pub const TIME_OF_DAY: &str = "time of day";
/// The unit of a game clock (seconds left), before its period if named.
pub const GAME_CLOCK: &str = "game clock";

/// Whether a unit is a game clock's ("game clock", "game clock (first
/// half)").
pub fn is_game_clock(unit: &str) -> bool {
    unit.starts_with(GAME_CLOCK)
}

/// Whether a unit is a time of day's ("time of day", "time of day (US
/// Eastern)").
pub fn is_time_of_day(unit: &str) -> bool {
    unit.starts_with(TIME_OF_DAY)
}

/// Whether a unit is a clock's: a time of day or a game clock.
pub fn is_clock(unit: &str) -> bool {
    is_time_of_day(unit) || is_game_clock(unit)
}

/// The zone written after a time ("4:30 p.m. ET", "1:30 p.m. PST", "9
/// a.m. Pacific time"), read by [`crate::calendar::time_zone`]: "4:30 p.m.
/// ET" and "1:30 p.m. PST" are one time; any other zone stays its own
/// unit. A time with no zone, or "local time", is never compared with a
/// zoned one: nothing says where it was.
fn zone_after(rest: &str) -> Option<(&'static str, f64)> {
    let word = rest
        .trim_start_matches([' ', '(', '\u{a0}'])
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    crate::calendar::time_zone(word)
}
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Words of time that may come right before a time of day, and how they
/// widen it.
#[derive(Clone, Copy, PartialEq)]
enum Lead {
    At,
    About,
    ShortlyAfter,
    ShortlyBefore,
    After,
    Before,
}

static TIME_OF_DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b((?:at|around|about|approximately|roughly|nearly|almost|circa|shortly\s+after|shortly\s+before|just\s+after|just\s+before|soon\s+after|after|before|by|until|till|since)\s+(?:about\s+|around\s+|approximately\s+)?)(\d{1,2})(?:[:.](\d{2}))?\s*(a|p)\.?\s?m\b\.?",
    )
    .expect("valid time-of-day pattern")
});

/// A 24-hour time that "local time" or a zone follows ("at 11:41 local
/// time", "(05:51 GMT)", "14.30 BST"): with no "a.m." or "p.m.", the zone
/// is what says it is a time of day.
static TIME_24_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b((?:at|around|about|approximately|shortly\s+after|just\s+after|just\s+before|before|after|by)\s+)?([01]?\d|2[0-3])[:.](\d{2})\s+(?:hrs\s+|hours\s+)?(local\s+time|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|ET|EST|EDT)\b",
    )
    .expect("valid 24-hour time pattern")
});

static GAME_CLOCK_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b((?:(\d{1,2}):(\d{2})(?:\s+minutes)?)|(?:(\d{1,2})\s+minutes?(?:\s+(?:and\s+)?(\d{1,2})\s+seconds?)?))\s+(?:left|remaining|to\s+go|to\s+play)\b",
    )
    .expect("valid game-clock pattern")
});

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W*(?:\w+\W+){0,3}?(?:in|of)\s+the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th)\s+(quarter|half|period|round|inning|set)\b",
    )
    .expect("valid period pattern")
});

fn ordinal_word(w: &str) -> String {
    let w = w.to_lowercase();
    let words = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    match w
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse::<usize>()
    {
        Ok(n) if (1..=words.len()).contains(&n) => words[n - 1].to_string(),
        _ => w,
    }
}

/// How the words of time before a time of day ("shortly after", "about")
/// widen it.
fn lead_kind(lead_words: &str) -> Lead {
    match lead_words.split_whitespace().collect::<Vec<_>>().as_slice() {
        ["shortly" | "just" | "soon", "after", ..] => Lead::ShortlyAfter,
        ["shortly" | "just", "before", ..] => Lead::ShortlyBefore,
        ["after" | "since", ..] => Lead::After,
        ["before" | "by" | "until" | "till", ..] => Lead::Before,
        [_, "about" | "around" | "approximately", ..]
        | ["around" | "about" | "approximately" | "roughly" | "nearly" | "almost" | "circa", ..] => {
            Lead::About
        }
        _ => Lead::At,
    }
}

/// A time of day of `minutes` since midnight, widened by its lead word (and
/// by `rounded` minutes each way when read at it), in the unit of its zone
/// if one is written (a US zone read as US Eastern).
fn time_of_day(
    minutes: f64,
    kind: Lead,
    rounded: f64,
    zone: Option<(&'static str, f64)>,
) -> Quantity {
    let (low, high, qualifier) = match kind {
        Lead::At => (minutes - rounded, minutes + rounded, Qualifier::Exact),
        Lead::About => (minutes - 10.0, minutes + 10.0, Qualifier::Approximate),
        Lead::ShortlyAfter => (minutes, minutes + 20.0, Qualifier::Approximate),
        Lead::ShortlyBefore => (minutes - 20.0, minutes, Qualifier::Approximate),
        Lead::After => (minutes, 24.0 * 60.0, Qualifier::MoreThan),
        Lead::Before => (0.0, minutes, Qualifier::AtMost),
    };
    let (unit, shift) = match zone {
        Some((z, shift)) => (format!("{TIME_OF_DAY} ({z})"), shift),
        None => (TIME_OF_DAY.to_string(), 0.0),
    };
    // Past midnight in the zone read: the clock of the next day.
    let shift = if minutes + shift >= 24.0 * 60.0 {
        shift - 24.0 * 60.0
    } else {
        shift
    };
    quantity(minutes + shift, low + shift, high + shift, qualifier, unit)
}

fn quantity(value: f64, low: f64, high: f64, qualifier: Qualifier, unit: String) -> Quantity {
    Quantity {
        value: Some(value),
        low: Some(low),
        high: Some(high),
        low_inclusive: true,
        high_inclusive: true,
        qualifier,
        change: None,
        unit: Some(unit),
        counted: None,
        total: None,
        written: None,
    }
}

/// Every clock time of a statement, with its byte range in `text` (sorted,
/// not overlapping).
pub fn extract(text: &str) -> Vec<(Range<usize>, Quantity)> {
    let mut out = Vec::new();
    for c in TIME_OF_DAY_RE.captures_iter(text) {
        let (Some(whole), Some(lead), Some(hour)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let hour: u32 = hour.as_str().parse().unwrap_or(99);
        let minute: u32 = c
            .get(3)
            .map_or(Some(0), |m| m.as_str().parse().ok())
            .unwrap_or(99);
        if !(1..=12).contains(&hour) || minute > 59 {
            continue;
        }
        let pm = c
            .get(4)
            .is_some_and(|m| m.as_str().eq_ignore_ascii_case("p"));
        let minutes = f64::from((hour % 12 + if pm { 12 } else { 0 }) * 60 + minute);
        let lead_words = lead.as_str().to_lowercase();
        let kind = lead_kind(&lead_words);
        // "until 3 p.m." and "since 9 a.m." bound a span, not a moment.
        if lead_words.starts_with("until")
            || lead_words.starts_with("till")
            || lead_words.starts_with("since")
        {
            continue;
        }
        // Writers round to the hour and the half hour: "3:30 a.m." may be
        // another outlet's "3:33 a.m.".
        let rounded = match minute {
            0 | 30 => 10.0,
            15 | 45 => 5.0,
            _ => 0.0,
        };
        // The span starts at the time's own qualifier, not at "at".
        let start = if kind == Lead::At {
            c.get(2).map_or(whole.start(), |m| m.start())
        } else {
            whole.start()
        };
        // A zone after the time makes the unit its zone's ("Eastern"
        // and its kin need "time", "standard" or "daylight" after them:
        // "11 p.m. Pacific Ocean waters" names no zone).
        let rest = &text[whole.end()..];
        let zone = zone_after(rest).filter(|_| {
            let w = rest.trim_start_matches([' ', '(']);
            !(w.starts_with("Eastern")
                || w.starts_with("Central")
                || w.starts_with("Mountain")
                || w.starts_with("Pacific"))
                || w.split_whitespace().nth(1).is_some_and(|n| {
                    n.trim_end_matches(['.', ',', ')'])
                        .eq_ignore_ascii_case("time")
                        || n.eq_ignore_ascii_case("standard")
                        || n.eq_ignore_ascii_case("daylight")
                })
        });
        out.push((
            start..whole.end(),
            time_of_day(minutes, kind, rounded, zone),
        ));
    }
    for c in TIME_24_RE.captures_iter(text) {
        let (Some(whole), Some(hour), Some(minute), Some(zone)) =
            (c.get(0), c.get(2), c.get(3), c.get(4))
        else {
            continue;
        };
        let (Ok(hour), Ok(minute)) = (hour.as_str().parse::<u32>(), minute.as_str().parse::<u32>())
        else {
            continue;
        };
        // The minutes must be a clock's; one read already as a time with
        // a.m. or p.m. is not read again.
        if minute > 59
            || out.iter().any(|(r, _): &(Range<usize>, Quantity)| {
                r.start < whole.end() && whole.start() < r.end
            })
        {
            continue;
        }
        // A word of time before it, or the bracket of a conversion ("just
        // before noon (06:15 GMT)"); never a page's stamp after its date
        // ("November 11, 2011 20:09 IST", "11 Nov 2011 at 09:56 IST").
        let lead = c.get(1).map(|m| m.as_str().to_lowercase());
        let before = text[..whole.start()].trim_end();
        let bracketed = before.ends_with('(');
        // The year of a stamp's date right before it, the lead word
        // included in the match ("2011 at 09:56").
        let stamp = {
            let b = before.trim_end_matches(',').trim_end();
            let digits = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            digits == 4
        };
        if !(lead.is_some() || bracketed) || stamp {
            continue;
        }
        let minutes = f64::from(hour * 60 + minute);
        let kind = lead.as_deref().map_or(Lead::At, lead_kind);
        let start = if kind == Lead::At {
            c.get(2).map_or(whole.start(), |m| m.start())
        } else {
            whole.start()
        };
        out.push((
            start..c.get(3).map_or(whole.end(), |m| m.end()),
            time_of_day(
                minutes,
                kind,
                0.0,
                crate::calendar::time_zone(zone.as_str()),
            ),
        ));
    }
    for c in GAME_CLOCK_RE.captures_iter(text) {
        let (Some(whole), Some(clock)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let seconds = match (num(2), num(3), num(4), num(5)) {
            (Some(m), Some(s), _, _) if s < 60 => m * 60 + s,
            // "7 minutes 41 seconds"; "5 minutes left" alone is a span.
            (None, None, Some(m), Some(s)) if s < 60 => m * 60 + s,
            _ => continue,
        };
        if out
            .iter()
            .any(|(r, _): &(Range<usize>, Quantity)| r.start < whole.end() && whole.start() < r.end)
        {
            continue;
        }
        let unit = match PERIOD.captures(&text[whole.end()..]) {
            Some(p) => format!(
                "{GAME_CLOCK} ({} {})",
                ordinal_word(&p[1]),
                p[2].to_lowercase()
            ),
            None => GAME_CLOCK.to_string(),
        };
        let v = f64::from(seconds);
        out.push((clock.range(), quantity(v, v, v, Qualifier::Exact, unit)));
    }
    share_period(&mut out);
    out.sort_by_key(|(r, _)| r.start);
    out
}

/// A sentence names a game's period once: "tied the mark with 14:05 left,
/// then broke it with 7:41 left in the first half" tells two clocks of the
/// first half. When the game clocks of one text name one period between
/// them, the clocks that name none are of it too; two periods named leave
/// the others unknown.
fn share_period(clocks: &mut [(Range<usize>, Quantity)]) {
    let periods: std::collections::BTreeSet<String> = clocks
        .iter()
        .filter_map(|(_, q)| q.unit.clone())
        .filter(|u| is_game_clock(u) && u != GAME_CLOCK)
        .collect();
    let periods: Vec<String> = periods.into_iter().collect();
    let [period] = periods.as_slice() else {
        return;
    };
    for (_, q) in clocks.iter_mut() {
        if q.unit.as_deref() == Some(GAME_CLOCK) {
            q.unit = Some(period.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (String, Quantity) {
        let got = extract(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let (r, q) = got.into_iter().next().unwrap();
        (text[r].to_string(), q)
    }

    #[test]
    fn a_period_named_once_is_every_game_clock_s() {
        let units = |text: &str| -> Vec<String> {
            extract(text)
                .into_iter()
                .map(|(_, q)| q.unit.unwrap_or_default())
                .collect()
        };
        assert_eq!(
            units(
                "Okafor tied it with 11:20 left, then won it with 2:03 left in the third quarter."
            ),
            vec!["game clock (third quarter)", "game clock (third quarter)"]
        );
        // Two periods named: the clock that names none stays unknown.
        assert_eq!(
            units("She scored with 4:10 left in the first half, again with 9:30 left in the second half and with 0:40 left."),
            vec!["game clock (first half)", "game clock (second half)", "game clock"]
        );
    }

    #[test]
    fn a_time_of_day_needs_am_or_pm_and_a_word_of_time() {
        let (span, q) = one("The van was stopped on the highway around 2:15 a.m. Monday.");
        assert_eq!(span, "around 2:15 a.m.");
        assert_eq!((q.low, q.high), (Some(125.0), Some(145.0)));
        assert_eq!(q.unit.as_deref(), Some("time of day"));
        let (span, q) = one("The ferry left the harbour at 7 p.m. on Friday.");
        assert_eq!(span, "7 p.m.");
        assert_eq!(q.value, Some(19.0 * 60.0));
        // A byline's stamp, a bare clock and an opening time are not read.
        assert!(extract("By Ann Lee, June 3, 2021 6:47 PM").is_empty());
        assert!(extract("The referee stopped it at 2:56 of the round.").is_empty());
        assert!(extract("The shop stays open until 9 p.m. daily.").is_empty());
    }

    #[test]
    fn a_24_hour_time_needs_local_time_or_a_zone() {
        let (t, q) = one("The quake, which struck at 11:41 local time, was felt in India.");
        assert_eq!(t, "11:41");
        assert_eq!(q.unit.as_deref(), Some(TIME_OF_DAY));
        assert_eq!(q.value, Some(701.0));
        let (t, q) = one("It struck just before noon (06:15 GMT) on Saturday.");
        assert_eq!(t, "06:15");
        assert_eq!(q.unit.as_deref(), Some("time of day (GMT)"));
        let (_, q) = one("Polls closed at 21:00 ET.");
        assert_eq!(q.unit.as_deref(), Some("time of day (US Eastern)"));
        // No zone: a score, a ratio or a clock of a round.
        assert!(extract("He won 11:41 in the final set.").is_empty());
        assert!(extract("The ratio was 7.80 against the dollar.").is_empty());
        // A page's stamp after its date is no time of the event.
        assert!(extract("Updated: November 11, 2011 20:09 IST").is_empty());
        assert!(extract("Published on: Fri, 11 Nov 2011 at 09:56 IST").is_empty());
    }

    #[test]
    fn a_zone_makes_its_own_unit_and_us_zones_are_one_clock() {
        let et = one("Kickoff is Saturday at 4:30 p.m. ET in Seattle.").1;
        let pt = one("The game kicks off at 1:30 p.m. PST Saturday.").1;
        let ct = one("The game starts at 3:30 p.m. Central time.").1;
        for q in [&et, &pt, &ct] {
            assert_eq!(q.unit.as_deref(), Some("time of day (US Eastern)"));
            assert_eq!(q.value, Some(16.5 * 60.0));
        }
        assert!(crate::extract::quantity::overlaps(&et, &pt));
        // No zone, or a place's own clock, is another unit; "Pacific" alone
        // is no zone.
        let bare = one("The game starts at 3:30 p.m. Saturday.").1;
        assert_eq!(bare.unit.as_deref(), Some("time of day"));
        let gmt = one("The polls closed at 10 p.m. GMT.").1;
        assert_eq!(gmt.unit.as_deref(), Some("time of day (GMT)"));
        let ocean = one("The ship sank at 11 p.m. Pacific Ocean waters were calm.").1;
        assert_eq!(ocean.unit.as_deref(), Some("time of day"));
        // Late on the West Coast is early the next day in the East.
        let late = one("The fight ended at 11:30 p.m. PT.").1;
        assert_eq!(late.value, Some(150.0));
    }

    #[test]
    fn about_times_half_an_hour_apart_do_not_overlap() {
        let a = one("He was pulled over at about 4:30 a.m. near the bridge.").1;
        let b = one("He was pulled over at about 4 a.m. near the bridge.").1;
        assert!(!crate::extract::quantity::overlaps(&a, &b));
        let c = one("He was pulled over shortly after 4:20 a.m.").1;
        assert!(crate::extract::quantity::overlaps(&a, &c));
        // A time on the half hour may be another's rounding.
        let d = one("The alarm sounded at 3:30 a.m.").1;
        let e = one("The alarm sounded at 3:33 a.m.").1;
        let f = one("The alarm sounded at 3:47 a.m.").1;
        assert!(crate::extract::quantity::overlaps(&d, &e));
        assert!(!crate::extract::quantity::overlaps(&d, &f));
    }

    #[test]
    fn a_game_clock_keeps_its_period() {
        let (span, q) = one("Her jumper with 3:15 left in the 2nd quarter tied it.");
        assert_eq!(span, "3:15");
        assert_eq!(q.value, Some(195.0));
        assert_eq!(q.unit.as_deref(), Some("game clock (second quarter)"));
        let (span, q) = one("She scored with 3 minutes 14 seconds to go.");
        assert_eq!(span, "3 minutes 14 seconds");
        assert_eq!(q.value, Some(194.0));
        assert_eq!(q.unit.as_deref(), Some("game clock"));
        // Minutes alone are a span of time, not a clock.
        assert!(extract("with five minutes left in the game").is_empty());
        assert!(extract("with 5 minutes left in the game").is_empty());
    }
}
