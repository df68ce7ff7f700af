//! Qualifiers ("more than", "about", "or more") and the intervals they give;
//! majorities.

use super::parser::{Found, Step, CK, P};
use super::{Qualifier, Quantity};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum QK {
    Q(Qualifier),
    Nearly,
}

pub(super) const QUALS: &[(&[&str], QK)] = &[
    (&["no", "fewer", "than"], QK::Q(Qualifier::AtLeast)),
    (&["no", "less", "than"], QK::Q(Qualifier::AtLeast)),
    (&["not", "less", "than"], QK::Q(Qualifier::AtLeast)),
    (&["not", "fewer", "than"], QK::Q(Qualifier::AtLeast)),
    (&["a", "minimum", "of"], QK::Q(Qualifier::AtLeast)),
    (&["at", "least"], QK::Q(Qualifier::AtLeast)),
    (&["no", "more", "than"], QK::Q(Qualifier::AtMost)),
    (&["not", "more", "than"], QK::Q(Qualifier::AtMost)),
    (&["a", "maximum", "of"], QK::Q(Qualifier::AtMost)),
    (&["at", "most"], QK::Q(Qualifier::AtMost)),
    (&["as", "many", "as"], QK::Q(Qualifier::AtMost)),
    (&["as", "much", "as"], QK::Q(Qualifier::AtMost)),
    (&["as", "high", "as"], QK::Q(Qualifier::AtMost)),
    (&["up", "to"], QK::Q(Qualifier::AtMost)),
    (&["in", "excess", "of"], QK::Q(Qualifier::MoreThan)),
    (&["upwards", "of"], QK::Q(Qualifier::MoreThan)),
    (&["more", "than"], QK::Q(Qualifier::MoreThan)),
    (&["greater", "than"], QK::Q(Qualifier::MoreThan)),
    (&["just", "over"], QK::Q(Qualifier::MoreThan)),
    (&["well", "over"], QK::Q(Qualifier::MoreThan)),
    (&["well", "above"], QK::Q(Qualifier::MoreThan)),
    (&["over"], QK::Q(Qualifier::MoreThan)),
    (&["above"], QK::Q(Qualifier::MoreThan)),
    (&["just", "under"], QK::Nearly),
    (&["just", "below"], QK::Nearly),
    (&["just", "shy", "of"], QK::Nearly),
    (&["not", "quite"], QK::Nearly),
    (&["nearly"], QK::Nearly),
    (&["almost"], QK::Nearly),
    (&["fewer", "than"], QK::Q(Qualifier::LessThan)),
    (&["less", "than"], QK::Q(Qualifier::LessThan)),
    (&["under"], QK::Q(Qualifier::LessThan)),
    (&["below"], QK::Q(Qualifier::LessThan)),
    (&["an", "estimated"], QK::Q(Qualifier::Approximate)),
    (&["close", "to"], QK::Q(Qualifier::Approximate)),
    (&["about"], QK::Q(Qualifier::Approximate)),
    (&["around"], QK::Q(Qualifier::Approximate)),
    (&["some"], QK::Q(Qualifier::Approximate)),
    (&["roughly"], QK::Q(Qualifier::Approximate)),
    (&["approximately"], QK::Q(Qualifier::Approximate)),
    (&["approx"], QK::Q(Qualifier::Approximate)),
    (&["estimated"], QK::Q(Qualifier::Approximate)),
    (&["circa"], QK::Q(Qualifier::Approximate)),
];

pub(super) type Interval = (Option<f64>, Option<f64>, Option<f64>, bool, bool, Qualifier);

pub(super) fn interval(qk: QK, v: f64) -> Interval {
    match qk {
        QK::Nearly => (
            Some(v),
            Some(v * 0.9),
            Some(v),
            true,
            false,
            Qualifier::Approximate,
        ),
        QK::Q(q) => match q {
            Qualifier::Approximate => (Some(v), Some(v * 0.9), Some(v * 1.1), true, true, q),
            Qualifier::MoreThan => (None, Some(v), None, false, false, q),
            Qualifier::AtLeast => (None, Some(v), None, true, false, q),
            Qualifier::LessThan => (None, Some(0.0), Some(v), true, false, q),
            Qualifier::AtMost => (None, Some(0.0), Some(v), true, true, q),
            _ => (Some(v), Some(v), Some(v), true, true, Qualifier::Exact),
        },
    }
}

impl P<'_, '_> {
    pub(super) fn qual(&self, i: usize) -> Option<(QK, usize)> {
        let w = self.l(i);
        for (phrase, qk) in QUALS {
            if phrase[0] == w && phrase.iter().enumerate().all(|(k, p)| self.l(i + k) == *p) {
                let mut j = i + phrase.len();
                if matches!(w, "about" | "approx") && self.l(j) == "." && self.att(j) {
                    j += 1;
                }
                return Some((*qk, j));
            }
        }
        None
    }

    pub(super) fn post_qual(&self, k: usize) -> (Option<QK>, usize) {
        match (self.l(k), self.l(k + 1)) {
            ("or", "more") => (Some(QK::Q(Qualifier::AtLeast)), k + 2),
            ("or", "so") => (Some(QK::Q(Qualifier::Approximate)), k + 2),
            ("or", "fewer") | ("or", "less") => (Some(QK::Q(Qualifier::AtMost)), k + 2),
            ("+", _) if self.att(k) => (Some(QK::Q(Qualifier::AtLeast)), k + 1),
            ("-", "plus") if self.att(k) && self.att(k + 1) => {
                (Some(QK::Q(Qualifier::AtLeast)), k + 2)
            }
            _ => (None, k),
        }
    }

    pub(super) fn majority(&self, i: usize, mut j: usize) -> Step<Found> {
        if matches!(self.l(j), "the" | "its" | "their" | "all") {
            j += 1;
        }
        let qk = self.qual(j);
        if let Some((_, k)) = qk {
            j = k;
        }
        let c = match self.core(j, false) {
            Step::Ok(c) => c,
            Step::Skip(n) => return Step::Skip(n),
            Step::No => return Step::No,
        };
        if !matches!(c.kind, CK::Plain) {
            return Step::No;
        }
        let n = c.v();
        if !n.is_finite() {
            return Step::Skip(c.e);
        }
        let (low, high, hi_inc, total) = match qk.map(|x| x.0) {
            None | Some(QK::Q(Qualifier::Exact)) => (n / 2.0, Some(n), true, Some(n)),
            Some(QK::Q(Qualifier::MoreThan)) | Some(QK::Q(Qualifier::AtLeast)) => {
                (n / 2.0, None, false, None)
            }
            Some(QK::Q(Qualifier::LessThan)) => (0.0, Some(n), false, None),
            Some(QK::Q(Qualifier::AtMost)) => (0.0, Some(n), true, None),
            Some(QK::Nearly) => (0.45 * n, Some(n), false, None),
            Some(QK::Q(_)) => (0.45 * n, Some(1.1 * n), true, None),
        };
        let counted = c.counted_at.and_then(|k| self.counted(k, false));
        Step::Ok(Found {
            s: i,
            e: c.e,
            q: Quantity {
                value: None,
                low: Some(low),
                high,
                low_inclusive: false,
                high_inclusive: hi_inc,
                qualifier: Qualifier::Majority,
                change: None,
                unit: c.unit.map(str::to_string),
                counted,
                total,
            },
        })
    }
}
