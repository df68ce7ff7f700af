//! Extract: the typed details of every statement (quantities, dates,
//! entities with titles, quotes with speakers, negation), each with the
//! text as written, a byte span and a normalized value.
//!
//! Extractors work on one statement's text and return spans relative to it;
//! this module turns them into spans of the document's text. Entity aliases
//! ("Stoltenberg" = "Jens Stoltenberg") and quote speakers given as pronouns
//! are resolved afterwards, across the statements of a document and then
//! across documents.

pub mod clock;
mod cut;
pub mod date;
pub mod entity;
pub mod polarity;
pub mod quantity;
pub mod quote;

use crate::segment::Segmented;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use date::DateValue;
pub use entity::EntityValue;
pub use polarity::PolarityValue;
pub use quantity::Quantity;
pub use quote::QuoteValue;

/// What kind of detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DetailKind {
    Quantity,
    Date,
    Entity,
    Quote,
    Polarity,
}

impl DetailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DetailKind::Quantity => "quantity",
            DetailKind::Date => "date",
            DetailKind::Entity => "entity",
            DetailKind::Quote => "quote",
            DetailKind::Polarity => "polarity",
        }
    }
}

/// A normalized value, by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Normalized {
    Quantity(Quantity),
    Date(DateValue),
    Entity(EntityValue),
    Quote(QuoteValue),
    Polarity(PolarityValue),
}

/// One detail of a statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detail {
    pub kind: DetailKind,
    /// The text as written.
    pub text: String,
    /// Byte range in the document's text, inside the statement's span.
    pub start: usize,
    pub end: usize,
    pub normalized: Normalized,
}

/// The segmented corpus with the details of each statement
/// (`details[i]` belongs to `segmented.statements[i]`).
#[derive(Debug, Clone)]
pub struct Extracted {
    pub segmented: Segmented,
    pub details: Vec<Vec<Detail>>,
}

impl Extracted {
    /// Details of statement `i` of one kind.
    pub fn of_kind(&self, i: usize, kind: DetailKind) -> impl Iterator<Item = &Detail> {
        self.details[i].iter().filter(move |d| d.kind == kind)
    }
}

/// Extracts the details of one statement's text. `offset` is where the
/// statement starts in its document; `published` resolves relative dates.
pub fn extract_statement(
    text: &str,
    offset: usize,
    published: Option<jiff::civil::Date>,
) -> Vec<Detail> {
    let mut out = Vec::new();
    let mut push = |kind, range: std::ops::Range<usize>, normalized| {
        out.push(Detail {
            kind,
            text: text[range.clone()].to_string(),
            start: offset + range.start,
            end: offset + range.end,
            normalized,
        })
    };
    let dates = date::extract(text, published);
    let mut quantities = quantity::extract(text);
    // Clock times are quantities of their own units (the quantity scanner
    // leaves them out).
    for (r, q) in clock::extract(text) {
        let overlaps = |x: &std::ops::Range<usize>| x.start < r.end && r.start < x.end;
        // "with 7 minutes 41 seconds to go": a game clock read over a
        // duration the quantity scanner also read is the clock.
        let game = q.unit.as_deref().is_some_and(clock::is_game_clock);
        if game
            && quantities
                .iter()
                .all(|(x, _)| !overlaps(x) || r.start <= x.start && x.end <= r.end)
        {
            quantities.retain(|(x, _)| !overlaps(x));
        }
        if !quantities.iter().any(|(x, _)| overlaps(x)) {
            quantities.push((r, q));
        }
    }
    for (r, q) in quantities {
        // A number inside a date ("May 27") is the date's, not a quantity.
        if dates
            .iter()
            .any(|(d, _)| d.start < r.end && r.start < d.end)
        {
            continue;
        }
        push(DetailKind::Quantity, r, Normalized::Quantity(q));
    }
    for (r, d) in dates {
        push(DetailKind::Date, r, Normalized::Date(d));
    }
    for (r, e) in entity::extract(text) {
        push(DetailKind::Entity, r, Normalized::Entity(e));
    }
    for (r, q) in quote::extract(text) {
        push(DetailKind::Quote, r, Normalized::Quote(q));
    }
    if let Some((r, p)) = polarity::extract(text) {
        push(DetailKind::Polarity, r, Normalized::Polarity(p));
    }
    out.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(a.kind.cmp(&b.kind))
            .then(a.end.cmp(&b.end))
    });
    out
}

/// Extracts the details of every statement, in parallel, then resolves
/// entity aliases and pronoun speakers.
pub fn extract(segmented: Segmented) -> Extracted {
    extract_with_progress(segmented, &|_| {})
}

/// [`extract`], calling `progress(1)` after each statement (from any
/// thread), for a progress bar.
pub fn extract_with_progress(segmented: Segmented, progress: &(dyn Fn(u64) + Sync)) -> Extracted {
    let docs = &segmented.corpus.documents;
    let mut details: Vec<Vec<Detail>> = segmented
        .statements
        .par_iter()
        .map(|s| {
            let d = extract_statement(&s.text, s.start, docs[s.doc].meta.date);
            progress(1);
            d
        })
        .collect();
    cut::drop_cut_words(&segmented, &mut details);
    entity::resolve_aliases(&segmented, &mut details);
    quote::resolve_speakers(&segmented, &mut details);
    Extracted { segmented, details }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quantity_units(text: &str) -> Vec<(String, Option<String>)> {
        extract_statement(text, 0, None)
            .into_iter()
            .filter_map(|d| match d.normalized {
                Normalized::Quantity(q) => Some((d.text, q.unit)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_game_clock_wins_over_the_duration_it_spells() {
        // Written out, the clock is also a duration; left in a period, it is
        // the clock.
        let got =
            quantity_units("Lena Ortiz scored with 6 minutes 12 seconds to go in the first half.");
        assert_eq!(
            got,
            vec![(
                "6 minutes 12 seconds".to_string(),
                Some("game clock (first half)".to_string())
            )]
        );
        // A duration that is no clock stays one.
        let got = quantity_units("The crossing took 6 minutes 12 seconds.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, None);
    }
}
