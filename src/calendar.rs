//! Calendar words and a tolerant parser for the dates found in article
//! metadata and datelines ("May 27, 2024", "27 May 2024", "2024-05-27",
//! "MONDAY, MARCH 11, 2013", "05 / 03 / 2013").
//!
//! jiff validates every date (so "31 February" is rejected, not wrapped);
//! what it does not do is find a date inside loosely written prose, which is
//! what the token scan below is for.

use jiff::civil::Date;

/// Month names and their common abbreviations, lower case, with the month
/// number.
pub const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations, lower case, Monday = 1.
pub const WEEKDAYS: &[(&str, i8)] = &[
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tue", 2),
    ("tues", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
    ("sunday", 7),
    ("sun", 7),
];

/// The month number of a month name or abbreviation (any case, a trailing
/// full stop allowed).
pub fn month_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS.iter().find(|(name, _)| *name == w).map(|&(_, n)| n)
}

/// The time zone a word after a clock time names ("ET", "PST", "GMT",
/// "Pacific"), as the zone a time is read in and the minutes to add to
/// reach it. The four US mainland zones are one zone, US Eastern: their
/// offsets to each other do not change with daylight saving. Abbreviations
/// are matched as written (upper case), so "et" or "mt" in a sentence is
/// no zone.
pub fn time_zone(word: &str) -> Option<(&'static str, f64)> {
    let us = |hours: f64| Some(("US Eastern", hours * 60.0));
    match word {
        "ET" | "EST" | "EDT" | "Eastern" => us(0.0),
        "CT" | "CST" | "CDT" | "Central" => us(1.0),
        "MT" | "MST" | "MDT" | "Mountain" => us(2.0),
        "PT" | "PST" | "PDT" | "Pacific" => us(3.0),
        "GMT" | "UTC" => Some(("GMT", 0.0)),
        "BST" => Some(("BST", 0.0)),
        "CET" => Some(("CET", 0.0)),
        "CEST" => Some(("CEST", 0.0)),
        "IST" => Some(("IST", 0.0)),
        "AEST" | "AEDT" => Some(("AEST", 0.0)),
        _ => None,
    }
}

/// The weekday number (Monday = 1) of a weekday name or abbreviation.
pub fn weekday_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    WEEKDAYS
        .iter()
        .find(|(name, _)| *name == w)
        .map(|&(_, n)| n)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> {
    Num(&'a str),
    Word(&'a str),
    Sep(char),
}

fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Token::Num(&s[i..end]));
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Token::Word(&s[i..end]));
        } else if !c.is_whitespace() {
            out.push(Token::Sep(c));
        }
    }
    out
}

fn year_of(t: &str) -> Option<i16> {
    (t.len() == 4)
        .then(|| t.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

fn small(t: &str, max: i8) -> Option<i8> {
    if t.len() > 2 {
        return None;
    }
    t.parse().ok().filter(|n| (1..=max).contains(n))
}

/// Finds the first complete calendar date (day, month and year) in `text`.
///
/// Accepts ISO dates ("2024-05-27", "2024-05-27T18:47:00Z"), day-month-year
/// and month-day-year with month names ("27 May 2024", "May 27th, 2024",
/// "Mon 22 Jul 2013"), and numeric month/day/year ("05 / 03 / 2013", read
/// the American way unless the first number cannot be a month). Invalid
/// days such as 31 February are rejected.
pub fn find_date(text: &str) -> Option<Date> {
    let toks = tokens(text);
    for i in 0..toks.len() {
        let rest = &toks[i..];
        // 2024-05-27 or 2024/05/27
        if let [Token::Num(y), Token::Sep(s1), Token::Num(m), Token::Sep(s2), Token::Num(d), ..] =
            rest
        {
            if s1 == s2 && (*s1 == '-' || *s1 == '/' || *s1 == '.') {
                if let (Some(y), Some(m), Some(d)) = (year_of(y), small(m, 12), small(d, 31)) {
                    if let Ok(date) = Date::new(y, m, d) {
                        return Some(date);
                    }
                }
                // 05/03/2013: month first unless impossible.
                if let (Some(a), Some(b), Some(y)) = (small(y, 31), small(m, 31), year_of(d)) {
                    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                    if m <= 12 {
                        if let Ok(date) = Date::new(y, m, d) {
                            return Some(date);
                        }
                    }
                }
            }
        }
        // 27 May 2024, 27th May, 2024
        if let [Token::Num(d), rest2 @ ..] = rest {
            let mut k = 0;
            if let Some(Token::Word(w)) = rest2.first() {
                if matches!(w.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
                    k += 1;
                }
            }
            if let Some(Token::Word(m)) = rest2.get(k) {
                if let (Some(d), Some(m)) = (small(d, 31), month_number(m)) {
                    let mut j = k + 1;
                    while matches!(rest2.get(j), Some(Token::Sep(',' | '.'))) {
                        j += 1;
                    }
                    if let Some(Token::Num(y)) = rest2.get(j) {
                        if let Some(y) = year_of(y) {
                            if let Ok(date) = Date::new(y, m, d) {
                                return Some(date);
                            }
                        }
                    }
                }
            }
        }
        // May 27, 2024 / May 27th 2024
        if let [Token::Word(m), rest2 @ ..] = rest {
            if let Some(m) = month_number(m) {
                let mut j = 0;
                while matches!(rest2.get(j), Some(Token::Sep('.'))) {
                    j += 1;
                }
                if let Some(Token::Num(d)) = rest2.get(j) {
                    if let Some(d) = small(d, 31) {
                        j += 1;
                        if let Some(Token::Word(w)) = rest2.get(j) {
                            if matches!(w.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
                            {
                                j += 1;
                            }
                        }
                        while matches!(rest2.get(j), Some(Token::Sep(','))) {
                            j += 1;
                        }
                        if let Some(Token::Num(y)) = rest2.get(j) {
                            if let Some(y) = year_of(y) {
                                if let Ok(date) = Date::new(y, m, d) {
                                    return Some(date);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    None
}

/// True when a line says nothing but when it was published: a date, a
/// time, a weekday and labels such as "Published", "Updated", "Posted on",
/// "Last updated at", "GMT" ("SATURDAY, SEPTEMBER 14, 2013, 9:29 PM").
pub fn is_dateline(line: &str) -> bool {
    if find_date(line).is_none() {
        return false;
    }
    const LABELS: &[&str] = &[
        "published",
        "updated",
        "posted",
        "on",
        "at",
        "last",
        "originally",
        "am",
        "pm",
        "a",
        "m",
        "p",
        "gmt",
        "bst",
        "utc",
        "et",
        "edt",
        "est",
        "pt",
        "pdt",
        "pst",
        "cet",
        "cest",
        "hrs",
        "uk",
        "st",
        "nd",
        "rd",
        "th",
        "the",
        "of",
        "modified",
        "date",
        "time",
        "by",
    ];
    let words: Vec<_> = tokens(line)
        .into_iter()
        .filter_map(|t| match t {
            Token::Word(w) => Some(w.to_ascii_lowercase()),
            _ => None,
        })
        .collect();
    let other = words
        .iter()
        .filter(|w| {
            !LABELS.contains(&w.as_str())
                && month_number(w).is_none()
                && weekday_number(w).is_none()
        })
        .count();
    other == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        find_date(s).map(|d| d.to_string())
    }

    #[test]
    fn finds_dates_in_the_forms_articles_use() {
        assert_eq!(d("2024-05-27").as_deref(), Some("2024-05-27"));
        assert_eq!(d("2023-03-18T09:30:00Z").as_deref(), Some("2023-03-18"));
        assert_eq!(d("May 27, 2024 6:47 PM").as_deref(), Some("2024-05-27"));
        assert_eq!(d("27 May 2024").as_deref(), Some("2024-05-27"));
        assert_eq!(
            d("SATURDAY, SEPTEMBER 14, 2013, 9:29 PM").as_deref(),
            Some("2013-09-14")
        );
        assert_eq!(
            d("Originally published 05 / 03 / 2013 at 10:20 AM EDT").as_deref(),
            Some("2013-05-03")
        );
        assert_eq!(
            d("Sat Nov 12 2011, 01:19 hrs").as_deref(),
            Some("2011-11-12")
        );
        assert_eq!(
            d("December 22nd, 2008 8:55 am").as_deref(),
            Some("2008-12-22")
        );
        assert_eq!(d("31 February 2024"), None);
        assert_eq!(d("in 2023, 80% of our revenue"), None);
    }

    #[test]
    fn datelines_are_only_dates() {
        assert!(is_dateline("May 03, 2013"));
        assert!(is_dateline(
            "PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013"
        ));
        assert!(is_dateline("Last updated at 11:24, Tuesday, 18 June 2013"));
        assert!(!is_dateline(
            "German Chancellor Olaf Scholz said on May 26, 2024 that Germany gave clear rules."
        ));
    }
}
