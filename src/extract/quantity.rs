//! Quantities: numbers with their qualifier as an interval, unit and what
//! they count.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How a figure was qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approximate,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    Range,
    Majority,
    Vague,
}

/// Direction of a change ("rose 5%", "down 19 cents").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Up,
    Down,
}

/// A quantity as an interval. `None` bounds are unbounded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Point estimate, or null for a pure bound ("more than 200").
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
    pub qualifier: Qualifier,
    pub change: Option<Change>,
    /// Normalized unit: "percent", "km", "kg", "ha", ISO currency code ("EUR").
    pub unit: Option<String>,
    /// What is counted, lemmatized ("lawmaker", "country or institution").
    pub counted: Option<String>,
    /// The whole the figure is part of: 56 in "47 out of 56", 281 in "a majority of the 281".
    pub total: Option<f64>,
}

/// Every quantity in a statement, with its byte range in `text`.
pub fn extract(text: &str) -> Vec<(Range<usize>, Quantity)> {
    let _ = text;
    Vec::new()
}
