//! Values the extractor leaves out on purpose that are facts of a measure
//! all the same: ages in apposition ("Robert Buckley, 32,") and ordinal
//! positions on a scale ("in the 78th minute").

use super::holder::Name;
use crate::extract::entity::EntityKind;
use crate::extract::quantity::{Qualifier, Quantity};
use crate::extract::{Detail, DetailKind, Normalized};

fn exact(v: f64, counted: &str) -> Quantity {
    Quantity {
        value: Some(v),
        low: Some(v),
        high: Some(v),
        low_inclusive: true,
        high_inclusive: true,
        qualifier: Qualifier::Exact,
        change: None,
        unit: None,
        counted: Some(counted.into()),
        total: None,
        written: None,
    }
}

/// Ages written in apposition after a person's name ("Robert Buckley, 32,",
/// "Reid (33)", "Felt, aged 91,"): the extractor leaves them out of the
/// figures, but they are the person's age.
pub fn apposition_ages(text: &str, offset: usize, names: &[Name]) -> Vec<Detail> {
    let mut out = Vec::new();
    for n in names.iter().filter(|n| n.kind == EntityKind::Person) {
        let rest = &text[n.end.min(text.len())..];
        let (lead, close) = if let Some(r) = rest.strip_prefix(", aged ") {
            (rest.len() - r.len(), ',')
        } else if let Some(r) = rest.strip_prefix(", ") {
            (rest.len() - r.len(), ',')
        } else if let Some(r) = rest.strip_prefix(" (") {
            (rest.len() - r.len(), ')')
        } else {
            continue;
        };
        let ends = |after: Option<char>| after == Some(close) || close == ',' && after == Some('.');
        out.extend(age_at(text, n.end + lead, offset, ends));
    }
    // "The woman, aged 43, will appear": "aged" says it is an age after
    // any noun, named or not.
    let mut from = 0;
    while let Some(at) = text[from..].find(", aged ") {
        let lead = from + at + ", aged ".len();
        from = lead;
        if !out.iter().any(|d| d.start == offset + lead) {
            out.extend(age_at(text, lead, offset, |after| {
                matches!(after, Some(',' | '.') | None)
            }));
        }
    }
    out
}

/// The age written at byte `at` of `text` (one to three digits, 1 to 120,
/// followed by a character `ends` accepts), as a detail at `offset`.
fn age_at(
    text: &str,
    at: usize,
    offset: usize,
    ends: impl Fn(Option<char>) -> bool,
) -> Option<Detail> {
    let digits: String = text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let after = text[at + digits.len()..].chars().next();
    if digits.is_empty() || digits.len() > 3 || !ends(after) {
        return None;
    }
    let v = digits
        .parse::<f64>()
        .ok()
        .filter(|v| (1.0..=120.0).contains(v))?;
    Some(Detail {
        kind: DetailKind::Quantity,
        start: offset + at,
        end: offset + at + digits.len(),
        text: digits,
        normalized: Normalized::Quantity(exact(v, "year-old")),
    })
}

/// Scales an ordinal marks a position on (not ranks: "3rd place" is a
/// result, "22nd anniversary" is no measure).
const POSITION_SCALES: &[&str] = &[
    "minute",
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "lap",
    "round",
    "hole",
    "over",
    "inning",
    "floor",
    "stage",
    "hour",
    "metre",
    "meter",
];

/// A word that opens with an ordinal written in digits ("22nd", "81st-minute"):
/// its digits and what follows the suffix.
fn ordinal(w: &str) -> Option<(&str, &str)> {
    let digits = &w[..w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len()];
    let rest = &w[digits.len()..];
    let suffix = rest
        .get(..2)
        .filter(|s| matches!(*s, "st" | "nd" | "rd" | "th"));
    (!digits.is_empty() && suffix.is_some()).then(|| (digits, &rest[2..]))
}

/// A word without the punctuation after it.
fn written(x: &str) -> &str {
    x.trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Ordinals before a scale ("the 78th minute", "the 35th kilometre"): a
/// position sources can disagree on, counted as "<scale> position".
pub fn ordinal_positions(text: &str, offset: usize) -> Vec<Detail> {
    let base = text.as_ptr() as usize;
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - base, w))
        .collect();
    let mut out = Vec::new();
    for (i, &(at, w)) in words.iter().enumerate() {
        let Some((digits, rest)) = ordinal(w) else {
            continue;
        };
        // The scale after the ordinal, and where the detail ends: the next
        // word ("the 78th minute"), glued with a hyphen ("an 81st-minute
        // penalty"), or after the second ordinal of a list ("in the 24th
        // and 26th minutes", the first one's text only its ordinal).
        let listed = |k: usize| {
            words
                .get(k)
                .and_then(|(_, x)| ordinal(x))
                .is_some_and(|(_, r)| r.is_empty())
        };
        let (scale, end) = if let Some(glued) = rest.strip_prefix('-') {
            let glued = written(glued);
            (glued, at + digits.len() + 3 + glued.len())
        } else if !rest.is_empty() {
            continue;
        } else if words.get(i + 1).is_some_and(|(_, x)| *x == "and") && listed(i + 2) {
            let Some(&(_, noun)) = words.get(i + 3) else {
                continue;
            };
            (written(noun), at + w.len())
        } else {
            let Some(&(noun_at, noun)) = words.get(i + 1) else {
                continue;
            };
            (written(noun), noun_at + written(noun).len())
        };
        let lemma = crate::extract::quantity::lemma(&scale.to_lowercase());
        if !POSITION_SCALES.contains(&lemma.as_str()) {
            continue;
        }
        let Ok(v) = digits.parse::<f64>() else {
            continue;
        };
        out.push(Detail {
            kind: DetailKind::Quantity,
            text: text[at..end].to_string(),
            start: offset + at,
            end: offset + end,
            normalized: Normalized::Quantity(exact(v, &format!("{lemma} position"))),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_in_apposition() {
        let text = "Robert Buckley, 32, fell about 600 metres.";
        let names = [Name {
            start: 0,
            end: 14,
            canonical: "Robert Buckley".into(),
            kind: EntityKind::Person,
            gender: None,
        }];
        let ages = apposition_ages(text, 100, &names);
        assert_eq!(ages.len(), 1);
        assert_eq!(ages[0].text, "32");
        assert_eq!((ages[0].start, ages[0].end), (116, 118));
        // A year is no age.
        let text = "Robert Buckley, 1998, was the first.";
        assert!(apposition_ages(text, 0, &names).is_empty());
        // "Aged" says it is an age after any noun.
        let ages = apposition_ages("The woman, aged 43, will appear in court.", 0, &[]);
        assert_eq!(ages.len(), 1);
        assert_eq!((ages[0].text.as_str(), ages[0].start), ("43", 16));
        assert!(apposition_ages("The firm, aged 1998, was the first.", 0, &[]).is_empty());
    }

    #[test]
    fn positions_on_a_scale() {
        let p = ordinal_positions("a penalty in the 78th minute and a 3rd place", 0);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].text, "78th minute");
        // Glued to its noun, and the first of a list of two.
        let p = ordinal_positions("Mbappe converted an 81st-minute penalty.", 0);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].text, "81st-minute");
        let p = ordinal_positions("He struck in the 24th and 26th minutes.", 0);
        let texts: Vec<&str> = p.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["24th", "26th minutes"]);
        assert!(ordinal_positions("the 22nd-ranked team, 3rd-place", 0).is_empty());
    }
}
