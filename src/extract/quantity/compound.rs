//! Compound durations: "7 minutes 41 seconds", "2 hours and 30 minutes",
//! "2 years and 3 months", "an hour and a half" are one length of time,
//! not two figures.
//!
//! Read apart, "2 hours and 30 minutes" gives 2 hours, which another
//! outlet's "two and a half hours" contradicts; read as one it is 150
//! minutes. A compound is one quantity counted in its smallest unit, with
//! the names the scanner already gives units of time ("second", "minute",
//! "hour", "day", "week", "month", "year"), so the code that keys on them
//! still sees a span of time. Only units with an exact ratio are joined:
//! seconds to weeks with each other, months with years. "1 month 21 days"
//! has no exact size (months differ) and stays two figures.

use super::{Qualifier, Quantity};
use std::ops::Range;

/// A unit of time's family (0: seconds to weeks, 1: months and years) and
/// its size in the family's smallest unit.
fn size(unit: &str) -> Option<(u8, f64)> {
    Some(match unit {
        "second" => (0, 1.0),
        "minute" => (0, 60.0),
        "hour" => (0, 3600.0),
        "day" => (0, 86_400.0),
        "week" => (0, 604_800.0),
        "month" => (1, 1.0),
        "year" => (1, 12.0),
        _ => return None,
    })
}

/// The unit word written at the start of `s` (after spaces), as the
/// scanner names it ("hours" → "hour"), and where the word ends.
fn unit_word(s: &str) -> Option<(&'static str, usize)> {
    let lead = s.len() - s.trim_start().len();
    let rest = s.get(lead..)?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = rest.get(..len)?.to_ascii_lowercase();
    let unit = match word.trim_end_matches('s') {
        "second" => "second",
        "minute" => "minute",
        "hour" => "hour",
        "day" => "day",
        "week" => "week",
        "month" => "month",
        "year" => "year",
        _ => return None,
    };
    Some((unit, lead + len))
}

/// Whether a span ends with a unit of time's word ("1 hour 20 minutes").
fn ends_with_unit(span: &str) -> bool {
    let start = span
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    span.get(start..).and_then(unit_word).is_some()
}

fn is_plain(q: &Quantity) -> bool {
    q.unit.is_none() && q.change.is_none() && q.total.is_none() && q.written.is_none()
}

/// `q`, counted in `unit`, scaled by `k` and with `add` added to each
/// figure.
fn rescaled(q: &Quantity, k: f64, add: f64, unit: &str) -> Quantity {
    let f = |x: Option<f64>| x.map(|v| v * k + add);
    Quantity {
        value: f(q.value),
        low: f(q.low),
        high: f(q.high),
        counted: Some(unit.to_string()),
        ..q.clone()
    }
}

/// Joins the compound durations among `out` (sorted, non-overlapping
/// quantities of `text`), in place.
pub(super) fn join_durations(text: &str, out: &mut Vec<(Range<usize>, Quantity)>) {
    let mut i = 0;
    while i < out.len() {
        if let Some(joined) = with_half(text, out, i).or_else(|| with_next(text, out, i)) {
            let (remove, range, q) = joined;
            out.splice(remove, [(range, q)]);
            // the joined one may join the next ("1 hour 20 minutes 5 seconds")
            continue;
        }
        i += 1;
    }
}

type Joined = (Range<usize>, Range<usize>, Quantity);

/// "2 hours and 30 minutes", "7 minutes 41 seconds", "2 hours, 1 minute,
/// 39 seconds": quantity `i` with its unit word, nothing but "and" or a
/// comma between, then quantity `i + 1` of a smaller unit of the same
/// family.
fn with_next(text: &str, out: &[(Range<usize>, Quantity)], i: usize) -> Option<Joined> {
    let (ra, a) = out.get(i)?;
    let (rb, b) = out.get(i + 1)?;
    let (fa, sa) = size(a.counted.as_deref()?)?;
    let unit_b = b.counted.as_deref()?;
    let (fb, sb) = size(unit_b)?;
    if fa != fb || sa <= sb || !is_plain(a) || !is_plain(b) || b.qualifier != Qualifier::Exact {
        return None;
    }
    let between = text.get(ra.end..rb.start)?;
    let rest = match unit_word(between) {
        Some((word, end)) if Some(word) == a.counted.as_deref() => between.get(end..)?,
        // a compound joined already ends with its unit word
        _ if ends_with_unit(text.get(ra.clone())?) => between,
        _ => return None,
    }
    .trim();
    // A comma may part the units too: "2 hours, 1 minute, 39 seconds".
    let rest = rest.strip_prefix(',').map_or(rest, str::trim_start);
    if !(rest.is_empty() || rest.eq_ignore_ascii_case("and")) {
        return None;
    }
    let add = b.value?;
    let (_, tail) = unit_word(text.get(rb.end..)?)?;
    // "2 weeks and 2 days ago": the date reads "2 days ago"; joined, the
    // weeks would be lost under it.
    let after = text.get(rb.end + tail..)?.trim_start();
    if after
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("ago"))
    {
        return None;
    }
    let q = rescaled(a, sa / sb, add, unit_b);
    Some((i..i + 2, ra.start..rb.end + tail, q))
}

/// "an hour and a half", "two days and a half": a unit of time after one
/// (written "a", "an" or a figure), then "and a half".
fn with_half(text: &str, out: &[(Range<usize>, Quantity)], i: usize) -> Option<Joined> {
    let (rh, h) = out.get(i)?;
    if h.unit.as_deref() != Some("fraction")
        || h.value != Some(0.5)
        || !text.get(rh.clone())?.eq_ignore_ascii_case("a half")
    {
        return None;
    }
    let before = text.get(..rh.start)?.trim_end();
    let before = before
        .strip_suffix("and")
        .or_else(|| before.strip_suffix("AND"))?
        .trim_end();
    // the unit word, singular after "a"/"an"/"one", any after a figure
    let start = before
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let (unit, _) = unit_word(before.get(start..)?)?;
    let lead = before.get(..start)?.trim_end();
    // a quantity counted in that unit ending right before the unit word
    if let Some(p) = i.checked_sub(1) {
        let (rp, prev) = out.get(p)?;
        if rp.end == lead.len() && prev.counted.as_deref() == Some(unit) && is_plain(prev) {
            let q = rescaled(prev, 1.0, 0.5, unit);
            return Some((p..i + 1, rp.start..rh.end, q));
        }
    }
    let article = lead
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if !matches!(article.to_ascii_lowercase().as_str(), "a" | "an") {
        return None;
    }
    let a_start = lead.len() - article.len();
    let q = Quantity {
        value: Some(1.5),
        low: Some(1.5),
        high: Some(1.5),
        low_inclusive: true,
        high_inclusive: true,
        qualifier: Qualifier::Exact,
        change: None,
        unit: None,
        counted: Some(unit.to_string()),
        total: None,
        written: None,
    };
    Some((i..i + 1, a_start..rh.end, q))
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    /// A quantity as (span, value, lower end, counted).
    type Read<'a> = (&'a str, Option<f64>, Option<f64>, Option<String>);

    /// The quantities of `text`.
    fn read(text: &str) -> Vec<Read<'_>> {
        extract(text)
            .into_iter()
            .map(|(r, q)| (&text[r], q.value, q.low, q.counted))
            .collect()
    }

    fn one<'a>(
        span: &'a str,
        value: f64,
        unit: &str,
    ) -> (&'a str, Option<f64>, Option<f64>, Option<String>) {
        (span, Some(value), Some(value), Some(unit.to_string()))
    }

    #[test]
    fn compounds_are_one_duration_in_the_smallest_unit() {
        let t = "The surgery took 3 hours and 45 minutes.";
        assert_eq!(read(t), [one("3 hours and 45 minutes", 225.0, "minute")]);
        let t = "She won the sprint in 2 minutes 9 seconds.";
        assert_eq!(read(t), [one("2 minutes 9 seconds", 129.0, "second")]);
        let t = "The trial ran 1 hour 5 minutes 30 seconds.";
        assert_eq!(
            read(t),
            [one("1 hour 5 minutes 30 seconds", 3930.0, "second")]
        );
        let t = "The winner crossed the line in 2 hours, 1 minute, 39 seconds on Sunday.";
        assert_eq!(
            read(t),
            [one("2 hours, 1 minute, 39 seconds", 7299.0, "second")]
        );
        let t = "It took four years and two months to rebuild.";
        assert_eq!(read(t), [one("four years and two months", 50.0, "month")]);
        let t = "The standoff lasted a day and a half.";
        assert_eq!(read(t), [one("a day and a half", 1.5, "day")]);
        let t = "The crossing took 6 hours and a half.";
        assert_eq!(read(t), [one("6 hours and a half", 6.5, "hour")]);
        // a bound keeps its kind
        let t = "The vote lasted more than 2 hours and 10 minutes.";
        let q = extract(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1.qualifier, Qualifier::MoreThan);
        assert_eq!(q[0].1.low, Some(130.0));
        assert_eq!(q[0].1.counted.as_deref(), Some("minute"));
    }

    #[test]
    fn what_is_not_joined() {
        // months and days have no exact ratio
        let t = "He served 3 months and 12 days.";
        assert_eq!(read(t).len(), 2);
        // a smaller unit first, or words between
        let t = "Rain fell for 20 minutes and 2 hours later it snowed.";
        assert_eq!(read(t).len(), 2);
        let t = "They spent 3 hours in talks and 20 minutes with reporters.";
        assert_eq!(read(t).len(), 2);
        // "2 days ago" is a date of its own
        let t = "It began 2 weeks and 3 days ago.";
        assert_eq!(read(t).len(), 2);
        // "a half" of something else
        let t = "An hour passed and a half of the crowd left.";
        assert!(read(t).iter().all(|(_, v, _, _)| *v != Some(1.5)));
    }
}
