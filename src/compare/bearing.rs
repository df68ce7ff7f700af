//! Bearings: which way a place lies from a reference point, told in two
//! directions by the sources of a story ("80 kilometers northwest of
//! Kathmandu", "80 kilometers northeast of Kathmandu"). Reporters take an
//! epicentre's or a crash site's direction from agency bulletins and slip
//! on it; the distance is then the same and only the compass word differs.
//!
//! Two distances are one place's only when they are from the same named
//! reference point and of the same length (within the rounding of a
//! conversion), and no holder or subject named on both sides tells two
//! places apart; their bearings then disagree when they are a quarter
//! turn or more apart (north against north-east is a reading, north-west
//! against north-east is another place). A document that gives two such
//! bearings of one reference itself takes neither side.

use super::facts::point;
use super::{Finding, FindingKind, FindingValue, Severity, Verdict};
use crate::align::ClaimGraph;
use crate::extract::{Detail, Normalized};
use crate::facts::group::one_place;
use crate::facts::measure::{Bearing, FactKind, Role};
use crate::facts::Fact;
use std::collections::{BTreeMap, BTreeSet};

/// How far apart two lengths of one place's distance may be: a conversion
/// rounded ("80 km", "50 miles") or an agency's figure against another's
/// ("71 km", "72 km").
const SAME_LENGTH: f64 = 0.12;

/// Bearings this far apart or more name two directions.
const OTHER_DIRECTION: f64 = 90.0;

/// The length of a distance in kilometres (see [`point`]).
fn length(f: &Fact) -> Option<f64> {
    match &f.detail.normalized {
        Normalized::Quantity(q) => point(q),
        _ => None,
    }
}

/// Whether two distances can be one place's from one reference point.
fn one_place_from_one_point(a: &Fact, b: &Fact) -> bool {
    let (ma, mb) = (&a.measure, &b.measure);
    let (Some(ra), Some(rb)) = (&ma.reference, &mb.reference) else {
        return false;
    };
    let (Some(x), Some(y)) = (length(a), length(b)) else {
        return false;
    };
    let named_apart = |p: &Option<String>, q: &Option<String>| matches!((p, q), (Some(p), Some(q)) if !one_place(p, q));
    one_place(ra, rb)
        && x > 0.0
        && y > 0.0
        && (x - y).abs() / x.max(y) <= SAME_LENGTH
        && !named_apart(&ma.holder, &mb.holder)
        && !named_apart(&ma.subject.name, &mb.subject.name)
}

/// Nouns of places that are not the story's event: a distance told of one
/// ("Imgdal, a village about 75 kilometers south of Marrakesh") is where
/// that place lies, not where the event happened.
const PLACES: &[&str] = &[
    "village",
    "town",
    "city",
    "district",
    "province",
    "region",
    "capital",
    "island",
    "port",
    "county",
    "state",
    "suburb",
    "neighborhood",
    "neighbourhood",
    "resort",
    "camp",
    "base",
];

/// Whether the words before a distance, back to the comma or clause that
/// opens its phrase, name a place of its own ("a town of 15,000 people 602
/// miles southeast of Tehran").
fn of_a_place(graph: &ClaimGraph, f: &Fact) -> bool {
    let statement = &graph.extracted.segmented.statements[f.statement];
    let Some(before) = statement.text.get(..f.detail.start - statement.start) else {
        return false;
    };
    let phrase = before.rsplit([',', ';', '(']).next().unwrap_or(before);
    phrase
        .split(|c: char| !c.is_alphabetic())
        .rev()
        .take(8)
        .any(|w| PLACES.contains(&w.to_lowercase().as_str()))
}

/// The distance as written with its compass word: "80 kilometers
/// northwest", "72km (44 miles) southwest".
fn with_bearing(graph: &ClaimGraph, f: &Fact, bearing: Bearing) -> Detail {
    let statement = &graph.extracted.segmented.statements[f.statement];
    let mut detail = f.detail.clone();
    let end = statement.start + bearing.end;
    if let Some(text) = statement
        .text
        .get(detail.start - statement.start..bearing.end)
    {
        detail.text = text.to_string();
        detail.end = end;
    }
    detail
}

/// The bearing findings of one story: `facts` are its facts.
pub(super) fn bearings(graph: &ClaimGraph, facts: &[&Fact], out: &mut Vec<Finding>) {
    let documents = &graph.extracted.segmented.corpus.documents;
    let told: Vec<(&Fact, Bearing)> = facts
        .iter()
        .filter(|f| {
            let m = &f.measure;
            m.kind == FactKind::Quantity
                && m.what == "km"
                && m.role == Role::Level
                && !m.quoted
                && !m.other_event
        })
        .filter(|f| !of_a_place(graph, f))
        .filter_map(|f| f.measure.bearing.map(|b| (*f, b)))
        .collect();
    // Each telling's place: the first telling it can be one place with
    // (one pass over the places found so far, not over every pair).
    let mut first_of: Vec<usize> = Vec::with_capacity(told.len());
    for i in 0..told.len() {
        let first = (0..i)
            .find(|&k| first_of[k] == k && one_place_from_one_point(told[k].0, told[i].0))
            .unwrap_or(i);
        first_of.push(first);
    }
    // Pairs of tellings whose bearings of one place disagree, by that
    // place; the documents that tell it both ways themselves.
    let mut apart: BTreeMap<usize, BTreeSet<(usize, usize)>> = BTreeMap::new();
    let mut torn: BTreeSet<(usize, usize)> = BTreeSet::new();
    for i in 0..told.len() {
        for j in i + 1..told.len() {
            let ((a, ba), (b, bb)) = (told[i], told[j]);
            if !one_place_from_one_point(a, b) || ba.turn(&bb) < OTHER_DIRECTION {
                continue;
            }
            let first = first_of[i];
            if a.doc == b.doc {
                torn.insert((first, a.doc));
            } else {
                apart.entry(first).or_default().insert((i, j));
            }
        }
    }
    for (first, pairs) in apart {
        let pairs: Vec<(usize, usize)> = pairs
            .into_iter()
            .filter(|&(i, j)| {
                !torn.contains(&(first, told[i].0.doc)) && !torn.contains(&(first, told[j].0.doc))
            })
            .collect();
        if pairs.is_empty() {
            continue;
        }
        // Each document's first telling, in document order.
        let mut shown: BTreeMap<usize, usize> = BTreeMap::new();
        for &(i, j) in &pairs {
            for k in [i, j] {
                shown.entry(told[k].0.doc).or_insert(k);
            }
        }
        let mut disagreeing: Vec<(usize, usize)> = pairs
            .iter()
            .map(|&(i, j)| {
                let (x, y) = (told[i].0.doc, told[j].0.doc);
                (x.min(y), x.max(y))
            })
            .collect();
        disagreeing.sort_unstable();
        disagreeing.dedup();
        let reference = told[first].0.measure.reference.clone().unwrap_or_default();
        let values: Vec<FindingValue> = shown
            .values()
            .map(|&k| FindingValue {
                statement: told[k].0.statement,
                detail: with_bearing(graph, told[k].0, told[k].1),
            })
            .collect();
        let listed: Vec<String> = values
            .iter()
            .map(|v| {
                let doc = graph.extracted.segmented.statements[v.statement].doc;
                format!(
                    "{} writes \"{} of {reference}\"",
                    documents[doc].id, v.detail.text
                )
            })
            .collect();
        out.push(Finding {
            id: String::new(),
            kind: FindingKind::Quantity,
            verdict: Verdict::Conflict,
            severity: Severity::Medium,
            claim: None,
            fact: None,
            measure: format!("direction from {reference}"),
            values,
            explanation: format!(
                "{}. The same distance from {reference} is given in directions a quarter turn or more apart: one place cannot lie both ways.",
                listed.join("; ")
            ),
            rule: "quantity.bearing",
            disagreeing,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::measure::Bearing;

    fn turn(a: f64, b: f64) -> f64 {
        let at = |degrees| Bearing {
            degrees,
            start: 0,
            end: 0,
        };
        at(a).turn(&at(b))
    }

    #[test]
    fn turns_wrap_around_north() {
        assert_eq!(turn(315.0, 45.0), 90.0);
        assert_eq!(turn(10.0, 350.0), 20.0);
        assert_eq!(turn(225.0, 45.0), 180.0);
    }
}
