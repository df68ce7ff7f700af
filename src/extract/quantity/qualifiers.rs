//! Qualifiers ("more than", "about", "or more", "sub-", "≥") and the
//! intervals they give; majorities.

use super::parser::{Found, Step, CK, P};
use super::tokens::K;
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
    (
        &["more", "than", "or", "equal", "to"],
        QK::Q(Qualifier::AtLeast),
    ),
    (
        &["greater", "than", "or", "equal", "to"],
        QK::Q(Qualifier::AtLeast),
    ),
    (
        &["equal", "to", "or", "more", "than"],
        QK::Q(Qualifier::AtLeast),
    ),
    (
        &["equal", "to", "or", "greater", "than"],
        QK::Q(Qualifier::AtLeast),
    ),
    (
        &["less", "than", "or", "equal", "to"],
        QK::Q(Qualifier::AtMost),
    ),
    (
        &["equal", "to", "or", "less", "than"],
        QK::Q(Qualifier::AtMost),
    ),
    (&["more", "than"], QK::Q(Qualifier::MoreThan)),
    (&["greater", "than"], QK::Q(Qualifier::MoreThan)),
    (&["higher", "than"], QK::Q(Qualifier::MoreThan)),
    (&["larger", "than"], QK::Q(Qualifier::MoreThan)),
    (&["bigger", "than"], QK::Q(Qualifier::MoreThan)),
    (&["exceeding"], QK::Q(Qualifier::MoreThan)),
    (&[">"], QK::Q(Qualifier::MoreThan)),
    (&[">="], QK::Q(Qualifier::AtLeast)),
    (&["≥"], QK::Q(Qualifier::AtLeast)),
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
    (&["lower", "than"], QK::Q(Qualifier::LessThan)),
    (&["smaller", "than"], QK::Q(Qualifier::LessThan)),
    (&["<"], QK::Q(Qualifier::LessThan)),
    (&["<="], QK::Q(Qualifier::AtMost)),
    (&["≤"], QK::Q(Qualifier::AtMost)),
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

/// The first words of [`QUALS`], so that most words are turned away by one
/// match instead of a walk through the table.
fn qual_start(w: &str) -> bool {
    matches!(
        w,
        "no" | "not"
            | "a"
            | "at"
            | "as"
            | "up"
            | "in"
            | "upwards"
            | "more"
            | "greater"
            | "equal"
            | "less"
            | "higher"
            | "larger"
            | "bigger"
            | "exceeding"
            | ">"
            | ">="
            | "≥"
            | "just"
            | "well"
            | "over"
            | "above"
            | "nearly"
            | "almost"
            | "fewer"
            | "under"
            | "below"
            | "lower"
            | "smaller"
            | "<"
            | "<="
            | "≤"
            | "an"
            | "close"
            | "about"
            | "around"
            | "some"
            | "roughly"
            | "approximately"
            | "approx"
            | "estimated"
            | "circa"
    )
}

pub(super) type Interval = (Option<f64>, Option<f64>, Option<f64>, bool, bool, Qualifier);

/// The interval of a figure `v` under a qualifier. `signed` when the
/// measure can fall below zero (temperatures, or a negative figure): "less
/// than 5" is then unbounded below instead of starting at 0.
pub(super) fn interval(qk: QK, v: f64, signed: bool) -> Interval {
    match qk {
        // "nearly 10": [9, 10); "nearly -10": (-10, -9]
        QK::Nearly if v < 0.0 => (
            Some(v),
            Some(v),
            Some(v * 0.9),
            false,
            true,
            Qualifier::Approximate,
        ),
        QK::Nearly => (
            Some(v),
            Some(v * 0.9),
            Some(v),
            true,
            false,
            Qualifier::Approximate,
        ),
        QK::Q(q) => match q {
            Qualifier::Approximate => {
                let (a, b) = (v * 0.9, v * 1.1);
                (Some(v), Some(a.min(b)), Some(a.max(b)), true, true, q)
            }
            Qualifier::MoreThan => (None, Some(v), None, false, false, q),
            Qualifier::AtLeast => (None, Some(v), None, true, false, q),
            Qualifier::LessThan if signed => (None, None, Some(v), false, false, q),
            Qualifier::LessThan => (None, Some(0.0), Some(v), true, false, q),
            Qualifier::AtMost if signed => (None, None, Some(v), false, true, q),
            Qualifier::AtMost => (None, Some(0.0), Some(v), true, true, q),
            _ => (Some(v), Some(v), Some(v), true, true, Qualifier::Exact),
        },
    }
}

impl P<'_, '_> {
    pub(super) fn qual(&self, i: usize) -> Option<(QK, usize)> {
        let w = self.l(i);
        // "sub-7 nanometer", "sub-$500": below
        if w == "sub" && self.dash(i + 1) && self.att(i + 1) && self.att(i + 2) {
            return Some((QK::Q(Qualifier::LessThan), i + 2));
        }
        // "<= 100", ">= 30": two signs written apart
        if matches!(w, "<" | ">") && self.l(i + 1) == "=" {
            let q = if w == "<" {
                Qualifier::AtMost
            } else {
                Qualifier::AtLeast
            };
            return Some((QK::Q(q), i + 2));
        }
        if !qual_start(w) {
            return None;
        }
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
            // A floor or a ceiling of a class, not a reading: "earthquakes
            // of magnitude 7.0 or higher", "visitors aged 70 and older".
            // "And over", "and above", "and under", "and below" are one
            // only at the phrase's end ("aged 70 and over."), since "55
            // and over 1.5 lakh people" joins two counts.
            ("or", "higher" | "greater" | "older" | "above") | ("and", "higher" | "older") => {
                (Some(QK::Q(Qualifier::AtLeast)), k + 2)
            }
            ("and", "over" | "above") if self.phrase_ends(k + 2) => {
                (Some(QK::Q(Qualifier::AtLeast)), k + 2)
            }
            ("or", "lower" | "younger" | "below") | ("and", "younger") => {
                (Some(QK::Q(Qualifier::AtMost)), k + 2)
            }
            ("and", "under" | "below") if self.phrase_ends(k + 2) => {
                (Some(QK::Q(Qualifier::AtMost)), k + 2)
            }
            ("+", _) if self.att(k) => (Some(QK::Q(Qualifier::AtLeast)), k + 1),
            ("-", "plus") if self.att(k) && self.att(k + 1) => {
                (Some(QK::Q(Qualifier::AtLeast)), k + 2)
            }
            _ => (None, k),
        }
    }

    /// Whether the phrase ends before token `k`: the text's end or a
    /// punctuation mark.
    fn phrase_ends(&self, k: usize) -> bool {
        self.t.get(k).is_none_or(|t| t.k == K::Punct)
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
                written: None,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_qualifier_starts_with_a_known_word() {
        for (phrase, _) in QUALS {
            assert!(qual_start(phrase[0]), "{phrase:?}");
        }
    }

    #[test]
    fn intervals_of_signed_figures() {
        // "about -10": the interval is ordered
        let (_, lo, hi, ..) = interval(QK::Q(Qualifier::Approximate), -10.0, true);
        assert_eq!((lo, hi), (Some(-11.0), Some(-9.0)));
        // "below 5" degrees has no floor; "fewer than 5" people starts at 0
        assert_eq!(interval(QK::Q(Qualifier::LessThan), 5.0, true).1, None);
        assert_eq!(
            interval(QK::Q(Qualifier::LessThan), 5.0, false).1,
            Some(0.0)
        );
        // "nearly -10": just above -10
        let (_, lo, hi, li, hinc, _) = interval(QK::Nearly, -10.0, true);
        assert_eq!((lo, hi, li, hinc), (Some(-10.0), Some(-9.0), false, true));
    }
}
