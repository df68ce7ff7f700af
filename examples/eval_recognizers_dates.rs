//! Value recall of crosscheck's dates and durations on Microsoft's
//! Recognizers-Text English DateTime specifications (MIT): inputs written
//! by others, each with the dates, periods and durations a recognizer must
//! find and what they resolve to, given a reference "now".
//!
//! `cargo run --release --example eval_recognizers_dates [-- DIR] [--misses]`
//! (default `../shared/corpora/recognizers-text`; the tests use the copy in
//! `tests/fixtures/recognizers`). Prints, per file and kind, the expected
//! values and the share crosscheck finds; `--misses` lists every value not
//! found, with what was extracted instead and, for the ones declined on
//! purpose, why. Always exits 0 when the files load: it is a report, the
//! floors live in `tests/recognizers.rs`.
//!
//! # What is read
//!
//! Each input is one statement given to [`extract_statement`], the way an
//! article's sentence is, with the case's `Context.ReferenceDateTime` as
//! the publication date (no date when a case has none). So a number inside
//! a date is the date's, and a duration is a quantity, as in a report.
//!
//! # What counts
//!
//! Three kinds are scored, every result of that kind with a resolved value
//! (their "feb 30" and "this summer" have none and are not scored):
//!
//! * **date** (`datetimeV2.date`): found when a date crosscheck extracts
//!   overlaps the expected span and is that day (first day = last day = the
//!   value). A date without a year has two values in the specifications,
//!   the past and the future reading; either counts, since crosscheck picks
//!   one from the tense of the clause.
//! * **period** (`datetimeV2.daterange`, `daterange`): found when a date
//!   overlapping the span covers the same days: the same first day, and the
//!   same last day. Their end is exclusive ("2016-09" ends on 2016-10-01),
//!   except in ranges of days written with both ends, where it is the last
//!   day as written ("from 4 to 22" ends on the 22nd, P18D): a last day on
//!   either is accepted. A range written with two ends ("from Oct. 2 to
//!   October 22") is also found when crosscheck reads the two ends as two
//!   dates in the span, the first starting on the range's first day and the
//!   last ending on its last, or starting on it: their end leaves out the
//!   last unit written ("from 2014 to 2018" ends on 2018-01-01). A range open on one side ("since August",
//!   "before 2018") is found when crosscheck reads its bound: the finite
//!   end is the first day, the last day or the day after the last day of
//!   an extracted date ("after 2016" starts on 2017-01-01, the day after
//!   the year crosscheck reads).
//! * **duration** (`datetimeV2.duration`, `duration`): found when a
//!   quantity overlapping the span, with a unit or counted noun, has a
//!   figure (the value, an end of its interval, or the figure as written)
//!   that is the same number of seconds (a month is 30 days and a year 365
//!   days, as theirs), or that is the figure of their single-unit timex ("2
//!   nights" = P2D = 2).
//!
//! # Not scored, on purpose
//!
//! The other kinds of the DateTime model ([`NOT_SCORED`]): crosscheck
//! does not resolve them, and a date inside them is scored only when the
//! specification tags it as a date of its own.
//!
//! # Conventions that differ, kept on purpose
//!
//! Where crosscheck declines a kind of result on purpose, the kind is in
//! [`DECLINED`] with the reason and a pattern of its expected text; a miss
//! it matches still counts as a miss. The main ones: times of day and
//! recurrences are not scored at all; holidays, fiscal quarters, decades,
//! lower-case month and weekday names, figures without a year ("11/20"),
//! a day number without its month ("the 18th"), vague counts ("a few
//! hours"), stretches counted from publication ("next 3 days", "in two
//! weeks"), dates counted from another ("3 days after January 12th") and
//! days told relative to the event ("the day after") are declined;
//! "mid-November", "end of March" and "later this week" are read wider
//! than theirs; "last Wednesday" is the most recent one.

#[path = "eval_recognizers.rs"]
#[allow(dead_code)]
pub mod numbers;

use crosscheck::extract::{extract_statement, DateValue, Normalized, Quantity};
use jiff::civil::Date;
use jiff::ToSpan;
pub use numbers::{print_misses, table, FileReport, Miss};
use regex::Regex;
use serde_json::Value;
use std::ops::Range;
use std::sync::LazyLock;

/// A part of a file scored: the file, the kind, and whether
/// `tests/recognizers.rs` sets a floor on it.
pub const FILES: [(&str, Kind, bool); 5] = [
    ("DateTime/English/DateTimeModel.json", Kind::Date, true),
    ("DateTime/English/DateTimeModel.json", Kind::Period, true),
    ("DateTime/English/DateTimeModel.json", Kind::Duration, true),
    ("DateTime/English/DatePeriodParser.json", Kind::Period, true),
    ("DateTime/English/DurationParser.json", Kind::Duration, true),
];

pub use numbers::DEFAULT_DIR;

/// The model's kinds that are not scored, and why.
pub const NOT_SCORED: &[(&str, &str)] = &[
    ("datetimeV2.time", "a time of day is compared only with \"a.m.\"/\"p.m.\" and a word of time before it (clock.rs); their times are mostly bare (\"at 5\", \"4pm\"), meeting requests rather than news"),
    ("datetimeV2.timerange", "a span of hours (\"from 10 to 12\", \"this morning\") is not a value crosscheck compares"),
    ("datetimeV2.datetime", "a day and a time together (\"tomorrow at 5pm\", \"now\"): crosscheck keeps the day as a date and the time apart; their value is the instant"),
    ("datetimeV2.datetimerange", "a span of a day's hours (\"tonight\", \"tomorrow from 2 to 4\"): crosscheck keeps the day, their value is the hours"),
    ("datetimeV2.set", "a recurrence (\"every week\", \"daily\") is no date and no amount"),
    ("datetimeV2.timezone", "a zone alone is not a value; crosscheck reads a zone only after a time of day"),
];

/// Kinds of result crosscheck declines on purpose, each with the reason
/// and a pattern matched on the expected text as written in the input
/// (ignoring case, except for the lower-case rule). A miss is declined by the first that matches; the result
/// still counts as a miss. `tests/recognizers.rs` checks that each still
/// declines a miss, so the list stays true.
pub const DECLINED: &[(&str, &str)] = &[
    (
        "a holiday's name (Christmas, Easter, Independence Day…) is not resolved to its day: which country's holiday, and which year, is for a reader",
        r"(?i)christmas|easter|independence|thanksgiving|halloween|labor day|new year|juneteenth|freedom day|jubilee day|workers' day|black friday|earth day|patrick|eid al",
    ),
    (
        "a month or weekday name in lower case (\"june 2016\", \"on monday\", \"dec\") is not read: news capitalizes them, and lower-case \"may\", \"march\", \"sun\", \"wed\", \"sat\" are words",
        r"(?-u:\b)(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)(?-u:\b)",
    ),
    (
        "a week of a month or year (\"the first week of October\", \"last week of 2015\") covers both readings writers mean, the first seven days and the first Monday-to-Sunday week with most of its days in the period; theirs is the second alone",
        r"(?i)(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of",
    ),
    (
        "a quarter or half-year (\"Q3\", \"H1 2016\", \"last quarter\") is a fiscal period whose calendar depends on the company",
        r"(?i)(?-u:\b)[qh][1-4](?-u:\b)|quarter|(?-u:\b)20\d\d[qh][1-4]",
    ),
    (
        "a decade or century (\"the 1990s\", \"the seventies\", \"21st century\", \"the next decade\") is too coarse to show a disagreement between reports of one event",
        r"(?i)\d0'?\s?s(?-u:\b)|'\d0s|centur|decade|nineties|seventies|noughties|tens(?-u:\b)|thousands",
    ),
    (
        "\"a few\", \"several\", \"some\", \"a couple\": crosscheck keeps a vague interval (a few = 2–5), not their 3 or 2",
        r"(?i)(?-u:\b)(few|several|some|couple)(?-u:\b)",
    ),
    (
        "\"a\" or \"an\" before a unit of time (\"an hour\", \"a fortnight\", \"half an hour\") is an idiom of roughness in news (\"within an hour\", \"an hour's drive\") more than a measured figure",
        r"(?i)^((more|less) than\s+)?(half\s+)?(a|an)\s+(hour|minute|second|day|week|month|year|fortnight)$|^half\s+(an?\s+)?(hour|year|day)$",
    ),
    (
        "\"N months ago\" has month precision: news rounds months, and \"two months ago\" is no exact day",
        r"(?i)months?\s+ago$",
    ),
    (
        "a weekday given with the day (\"Tuesday March 7\") picks the year in which they agree, even when that is not the reference year",
        r"(?i)^(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d",
    ),
    (
        "a unit of time without a figure (\"all day\", \"whole week\", \"the hour\", \"another month\") is no amount to compare",
        r"(?i)^(all|full|whole|another|the)[ -](day|week|month|year|hour|business day)$",
    ),
    (
        "a stretch counted from the publication day (\"next 3 days\", \"last 3 months\", \"within 9 months\", \"in 2 weeks\") is read as a duration, not a period of dates: in news \"in two weeks\" is as often \"the first rain in two weeks\"",
        r"(?i)(?-u:\b)(next|past|last|previous|within|coming|upcoming|following|in)\s+(the\s+)?(next\s+|upcoming\s+)?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|forty|couple)\s*(business\s+)?(days?|weeks?|months?|years?|fortnight)|\d+\s+(next|upcoming|past|previous)\s+(days?|weeks?|months?|years?)|(next|past|the)\s+fortnight|last\s+\d+\s*years?",
    ),
    (
        "the early, middle or late part of a period (\"mid-November\", \"end of March\", \"late last year\", \"later this week\", \"rest of the month\") covers the whole period, or runs to or from the publication day: writers stretch such words, and a narrower window would flag \"March 8\" against \"mid-March\"",
        r"(?i)(?-u:\b)(early|earlier|late|later|mid|middle|end|beginning|start|rest|remaining|eoy)(?-u:\b)",
    ),
    (
        "\"last Wednesday\" is the most recent Wednesday before publication and \"next Friday\" the first one after (their \"last\" and \"next\" skip to the week before or after); \"previous\" and \"following\" count from the event told, not from publication",
        r"(?i)(?-u:\b)(last|next|previous|following|coming|past)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|workweek|working week)",
    ),
    (
        "a date counted from another (\"3 days after January 12th\", \"two weeks from tomorrow\", \"3 weeks later\", \"since the year 2011\") needs that anchor's reading, and news counts from events more than from dates",
        r"(?i)(\d+|a|an|one|two|three|four|five|six|ten|sixteen)\s+(business\s+)?(days?|weeks?|months?|years?|fortnight)\s+((and\s+\d+\s+\w+\s+)?(from|after|before|later|hence|starting|in the future|since))|(before|after|from)\s+(today|yesterday|tomorrow|tmrw|now)|fortnight later|(now|current date|date)$|^(between\s+)?now",
    ),
    (
        "a day relative to the event told (\"the day before\", \"the next day\", \"same week\", \"that weekend\", \"the year\", \"my week\") needs the event, not the publication date",
        r"(?i)^(the|same|that|my|this|current)\s+(day|next day|day before|day after|week|weekend|month|year)$|^(the\s+)?(same|that|my)\s+|^the (day|week|month|year)",
    ),
    (
        "a day and month in figures without a year (\"11/20\", \"5.12\", \"oct/2\", \"2015-3\") is a fraction, a score, a decimal or an identifier as often as a date",
        r"(?i)^(\w+\s+)?\d{1,4}\s*[/.\-~]\s*\d{1,2}$|/",
    ),
    (
        "digits run together or glued to letters (\"20161016\", \"3h\", \"10d\", \"dec31\", a date inside a file name or address) are an identifier",
        r"(?i)^\d{8}$|^\d+(\.\d+)?[a-z]+$|^[a-z]+\d+|^\d{4}-\d\d-\d\d$",
    ),
    (
        "a day number without its month (\"the 18th\", \"Monday 21\", \"from 4 to 22 this month\") is a rank, a score or a count as often as a day",
        r"(?i)^(on\s+|around\s+)?(the\s+)?\d{1,2}(st|nd|rd|th)?(\s|$)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(the\s+)?\d|^(from|between)\s+\d{1,2}\s",
    ),
];
/// The kinds scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Date,
    Period,
    Duration,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Period => "period",
            Kind::Duration => "duration",
        }
    }
}

/// What a result resolves to.
#[derive(Debug, Clone)]
pub enum Want {
    /// One day, any of the readings (past, future).
    Day(Vec<Date>),
    /// First and last day, the last as they write it (usually exclusive);
    /// `None` for an open end. Any of the readings.
    Period(Vec<(Option<Date>, Option<Date>)>),
    /// Seconds, and the figure of a single-unit timex ("P2D" = 2).
    Seconds(f64, Option<f64>),
}

/// One expected value in an input.
#[derive(Debug, Clone)]
pub struct Expected {
    /// Byte range in the input.
    pub span: Range<usize>,
    pub text: String,
    pub kind: Kind,
    pub want: Want,
}

/// One input, its reference date and what must be found in it.
#[derive(Debug, Clone)]
pub struct Case {
    pub input: String,
    pub published: Option<Date>,
    pub expected: Vec<Expected>,
}

fn day(v: &Value) -> Option<Date> {
    v.as_str()?.get(..10)?.parse().ok()
}

/// "PT3H" → 3, "P2D" → 2, "PT1H30M" → none (more than one unit).
fn timex_figure(timex: &str) -> Option<f64> {
    let body = timex.strip_prefix('P')?;
    let body = body.strip_prefix('T').unwrap_or(body);
    let end = body.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let rest = body.get(end..)?;
    if rest.chars().filter(|c| c.is_ascii_alphabetic()).count() != rest.len()
        || rest.is_empty()
        || rest.len() > 2
    {
        return None;
    }
    body.get(..end)?.parse().ok()
}

/// Loads one specification file (a model's or a parser's JSON list of
/// cases, maybe with a BOM), keeping the results of `kind`.
pub fn load(path: &str, kind: Kind) -> Result<Vec<Case>, String> {
    let cases = numbers::read_cases(path)?;
    let mut out = Vec::with_capacity(cases.len());
    for (n, c) in cases.iter().enumerate() {
        let input = c["Input"]
            .as_str()
            .ok_or_else(|| format!("{path}: case {n} has no Input"))?
            .to_string();
        let published = day(&c["Context"]["ReferenceDateTime"]);
        let mut expected = Vec::new();
        for r in c["Results"].as_array().into_iter().flatten() {
            let Some((k, want)) = result_want(r) else {
                continue;
            };
            if k != kind {
                continue;
            }
            // A model gives inclusive Start/End, a parser Start and Length.
            let Some(s) = r["Start"].as_u64() else {
                continue;
            };
            let e = match (r["End"].as_u64(), r["Length"].as_u64()) {
                (Some(e), _) => e,
                (None, Some(l)) if l > 0 => s + l - 1,
                _ => continue,
            };
            let Some(span) = numbers::char_span(&input, s as usize, e as usize) else {
                return Err(format!(
                    "{path}: case {n}: offsets {s}..={e} outside the input"
                ));
            };
            expected.push(Expected {
                span,
                text: r["Text"].as_str().unwrap_or("").to_string(),
                kind: k,
                want,
            });
        }
        out.push(Case {
            input,
            published,
            expected,
        });
    }
    Ok(out)
}

/// The kind and resolved value of one result; `None` for kinds not scored
/// and for results with no resolved value.
fn result_want(r: &Value) -> Option<(Kind, Want)> {
    if let Some(type_name) = r["TypeName"].as_str() {
        let values: Vec<&Value> = r["Resolution"]["values"]
            .as_array()
            .into_iter()
            .flatten()
            .collect();
        return match type_name {
            "datetimeV2.date" => {
                let days: Vec<Date> = values.iter().filter_map(|v| day(&v["value"])).collect();
                (!days.is_empty()).then_some((Kind::Date, Want::Day(days)))
            }
            "datetimeV2.daterange" => {
                let ends: Vec<_> = values
                    .iter()
                    .map(|v| (day(&v["start"]), day(&v["end"])))
                    .filter(|(s, e)| s.is_some() || e.is_some())
                    .collect();
                (!ends.is_empty()).then_some((Kind::Period, Want::Period(ends)))
            }
            "datetimeV2.duration" => {
                let v = values.first()?;
                let secs: f64 = v["value"].as_str()?.parse().ok()?;
                let figure = v["timex"].as_str().and_then(timex_figure);
                Some((Kind::Duration, Want::Seconds(secs, figure)))
            }
            _ => None,
        };
    }
    let v = &r["Value"];
    match r["Type"].as_str()? {
        "daterange" => {
            let ends: Vec<_> = ["FutureResolution", "PastResolution"]
                .iter()
                .map(|k| (day(&v[k]["startDate"]), day(&v[k]["endDate"])))
                .filter(|(s, e)| s.is_some() || e.is_some())
                .collect();
            (!ends.is_empty()).then_some((Kind::Period, Want::Period(ends)))
        }
        "duration" => {
            let secs: f64 = v["FutureResolution"]["duration"].as_str()?.parse().ok()?;
            let figure = v["Timex"].as_str().and_then(timex_figure);
            Some((Kind::Duration, Want::Seconds(secs, figure)))
        }
        _ => None,
    }
}

/// How many results of each kind not scored a file holds.
pub fn not_scored(path: &str) -> Result<Vec<(String, usize)>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
    let cases: Vec<Value> = serde_json::from_str(raw).map_err(|e| format!("{path}: {e}"))?;
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in &cases {
        for r in c["Results"].as_array().into_iter().flatten() {
            let Some(t) = r["TypeName"].as_str() else {
                continue;
            };
            if NOT_SCORED.iter().any(|(n, _)| *n == t) {
                match counts.iter_mut().find(|(n, _)| n == t) {
                    Some((_, k)) => *k += 1,
                    None => counts.push((t.to_string(), 1)),
                }
            }
        }
    }
    Ok(counts)
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()) + 1e-9
}

/// Seconds in one unit of time, as Recognizers-Text counts them.
fn unit_seconds(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3600.0,
        "day" => 86_400.0,
        "week" => 604_800.0,
        "month" => 2_592_000.0,
        "year" => 31_536_000.0,
        "decade" => 315_360_000.0,
        "century" => 3_153_600_000.0,
        _ => return None,
    })
}

fn figures(q: &Quantity) -> Vec<f64> {
    let mut out: Vec<f64> = [q.value, q.low, q.high].into_iter().flatten().collect();
    if let Some(w) = &q.written {
        out.extend([w.value, w.low, w.high].into_iter().flatten());
    }
    out
}

fn next_day(d: Date) -> Option<Date> {
    d.checked_add(1.day()).ok()
}

/// Whether crosscheck's last day `last` is their end `end` (exclusive, or
/// the last day as written).
fn same_end(last: Date, end: Date) -> bool {
    last == end || next_day(last) == Some(end)
}

/// Whether the dates found in the span (sorted) cover `(start, end)`.
fn covers(dates: &[&DateValue], start: Option<Date>, end: Option<Date>) -> bool {
    let bound = |b: Date| {
        dates.iter().any(|d| match (d.start, d.end) {
            (Some(s), Some(e)) => b == s || same_end(e, b),
            _ => false,
        })
    };
    match (start, end) {
        (Some(s), Some(e)) => {
            let one = dates
                .iter()
                .any(|d| d.start == Some(s) && d.end.is_some_and(|x| same_end(x, e)));
            // their end may leave out the last unit written ("from 2014
            // to 2018" ends on 2018-01-01): the last date's first day
            let two = dates.len() >= 2
                && dates.first().and_then(|d| d.start) == Some(s)
                && dates
                    .last()
                    .is_some_and(|d| d.end.is_some_and(|x| same_end(x, e)) || d.start == Some(e));
            one || two
        }
        (Some(b), None) | (None, Some(b)) => bound(b),
        (None, None) => false,
    }
}

fn found(e: &Expected, details: &[(Range<usize>, &Normalized)]) -> bool {
    let inside: Vec<&Normalized> = details
        .iter()
        .filter(|(r, _)| r.start < e.span.end && e.span.start < r.end)
        .map(|(_, n)| *n)
        .collect();
    let dates: Vec<&DateValue> = inside
        .iter()
        .filter_map(|n| match n {
            Normalized::Date(d) => Some(d),
            _ => None,
        })
        .collect();
    match &e.want {
        Want::Day(days) => days.iter().any(|d| {
            dates
                .iter()
                .any(|v| v.start == Some(*d) && v.end == Some(*d))
        }),
        Want::Period(ends) => ends.iter().any(|&(s, t)| covers(&dates, s, t)),
        Want::Seconds(secs, figure) => inside.iter().any(|n| {
            let Normalized::Quantity(q) = n else {
                return false;
            };
            let Some(unit) = q.unit.as_deref().or(q.counted.as_deref()) else {
                return false;
            };
            let per = unit_seconds(unit);
            figures(q).iter().any(|f| {
                per.is_some_and(|p| same(f * p, *secs)) || figure.is_some_and(|x| same(*f, x))
            })
        }),
    }
}

fn describe(text: &str, r: &Range<usize>, n: &Normalized) -> Option<String> {
    let t = text.get(r.clone())?;
    match n {
        Normalized::Date(d) => Some(format!(
            "{t:?} {} {}..{}",
            d.value.as_deref().unwrap_or("?"),
            d.start.map_or("?".into(), |x| x.to_string()),
            d.end.map_or("?".into(), |x| x.to_string())
        )),
        Normalized::Quantity(q) => Some(format!(
            "{t:?} {:?} {}",
            figures(q),
            q.unit.as_deref().or(q.counted.as_deref()).unwrap_or("")
        )),
        _ => None,
    }
}

fn want_text(w: &Want) -> String {
    let d = |x: &Option<Date>| x.map_or("…".to_string(), |d| d.to_string());
    match w {
        Want::Day(days) => days
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(" or "),
        Want::Period(ends) => ends
            .iter()
            .map(|(s, e)| format!("{}..{}", d(s), d(e)))
            .collect::<Vec<_>>()
            .join(" or "),
        Want::Seconds(s, f) => match f {
            Some(f) => format!("{s} s ({f} as written)"),
            None => format!("{s} s"),
        },
    }
}

static DECLINED_RE: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    DECLINED
        .iter()
        .map(|&(why, pattern)| (Regex::new(pattern).expect("declined pattern"), why))
        .collect()
});

/// Why crosscheck declines an expected text (as written), if it does.
pub fn declined(text: &str) -> Option<&'static str> {
    DECLINED_RE
        .iter()
        .find(|(re, _)| re.is_match(text.trim()))
        .map(|(_, why)| *why)
}

/// Scores the cases of one file for one kind.
pub fn evaluate(name: &str, cases: &[Case]) -> FileReport {
    let mut r = FileReport {
        name: name.to_string(),
        ..Default::default()
    };
    for c in cases {
        if c.expected.is_empty() {
            continue;
        }
        let details = extract_statement(&c.input, 0, c.published);
        let got: Vec<(Range<usize>, &Normalized)> = details
            .iter()
            .map(|d| (d.start..d.end, &d.normalized))
            .collect();
        for e in &c.expected {
            r.expected += 1;
            if found(e, &got) {
                r.found += 1;
                continue;
            }
            r.misses.push(Miss {
                input: c.input.clone(),
                text: e.text.clone(),
                want: want_text(&e.want),
                got: got
                    .iter()
                    .filter_map(|(range, n)| describe(&c.input, range, n))
                    .collect(),
                declined: declined(c.input.get(e.span.clone()).unwrap_or(&e.text)),
            });
        }
    }
    r
}

/// The report of every part scored, from the files in `dir`.
pub fn reports(dir: &str) -> Result<Vec<FileReport>, String> {
    FILES
        .iter()
        .map(|&(file, kind, _)| {
            let cases = load(&format!("{dir}/{file}"), kind)?;
            let short = file.rsplit('/').next().unwrap_or(file);
            Ok(evaluate(&format!("{short}: {}", kind.name()), &cases))
        })
        .collect()
}

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or(DEFAULT_DIR, String::as_str);
    let reports = match reports(dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("eval_recognizers_dates: {e}");
            std::process::exit(1);
        }
    };
    print!("{}", table(&reports));
    match not_scored(&format!("{dir}/{}", FILES[0].0)) {
        Ok(counts) => {
            println!("not scored (DateTimeModel.json):");
            for (t, n) in counts {
                println!("  {t:<26} {n:>4}");
            }
        }
        Err(e) => eprintln!("eval_recognizers_dates: {e}"),
    }
    if misses {
        print_misses(&reports);
    }
}
