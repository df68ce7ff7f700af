//! Tests of date extraction: the helpers that write expected values
//! compactly, and the cases that hold across the rules (no publication
//! date, phrases that are no dates, odd input, compatibility).

use super::resolve::{add_days, unresolved};
use super::*;

mod rules;
mod sentences;

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
