//! Whether two quantities can denote the same amount.

use super::Quantity;

/// Whether two quantities can denote the same amount: same unit (percent,
/// fraction and ratio are compared as proportions), intersecting intervals,
/// and for scores the same total.
pub fn overlaps(a: &Quantity, b: &Quantity) -> bool {
    let (fa, fb) = match (a.unit.as_deref(), b.unit.as_deref()) {
        (x, y) if x == y => (1.0, 1.0),
        (Some(x), Some(y)) => match (proportion_factor(x), proportion_factor(y)) {
            (Some(fx), Some(fy)) => (fx, fy),
            _ => return false,
        },
        _ => return false,
    };
    if a.unit.as_deref() == Some("score") {
        if reversed_score(a, b) {
            return true;
        }
        if let (Some(x), Some(y)) = (a.total, b.total) {
            if x != y {
                return false;
            }
        }
    }
    let lo = |q: &Quantity, f: f64| q.low.map(|v| (v * f, q.low_inclusive));
    let hi = |q: &Quantity, f: f64| q.high.map(|v| (v * f, q.high_inclusive));
    let lo = match (lo(a, fa), lo(b, fb)) {
        (Some(x), Some(y)) => Some(if x.0 > y.0 {
            x
        } else if y.0 > x.0 {
            y
        } else {
            (x.0, x.1 && y.1)
        }),
        (x, y) => x.or(y),
    };
    let hi = match (hi(a, fa), hi(b, fb)) {
        (Some(x), Some(y)) => Some(if x.0 < y.0 {
            x
        } else if y.0 < x.0 {
            y
        } else {
            (x.0, x.1 && y.1)
        }),
        (x, y) => x.or(y),
    };
    match (lo, hi) {
        (Some((l, li)), Some((h, hi))) => l < h || (l == h && li && hi),
        _ => true,
    }
}

/// Whether two exact scores are one scoreline read from either side ("the
/// Chiefs lost 13-20", "the Colts won 20-13").
pub fn reversed_score(a: &Quantity, b: &Quantity) -> bool {
    a.unit.as_deref() == Some("score")
        && a.unit == b.unit
        && a.low.is_some()
        && b.low.is_some()
        && a.low == a.high
        && b.low == b.high
        && a.low == b.total
        && a.total == b.low
}

pub(super) fn proportion_factor(unit: &str) -> Option<f64> {
    match unit {
        "percent" => Some(0.01),
        "fraction" | "ratio" => Some(1.0),
        _ => None,
    }
}
