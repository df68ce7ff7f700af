//! Ranges ("between 200 and 250", "5-10"), scores ("3-1"), "out of" and "in"
//! pairs.

use super::parser::{Core, Found, Step, CK, P};
use super::qualifiers::QK;
use super::Qualifier;

/// One range from its two ends; a scale or unit written only after the
/// second end applies to the first too ("$140 to $160 million", "5-10W").
pub(super) fn combine_range(a: Core, b: Core) -> Core {
    let mut a = a;
    if a.mult == 1.0 && b.mult > 1.0 && a.raw < b.raw {
        a.mult = b.mult;
    }
    let from = if a.unit.is_some() { &a } else { &b };
    let (unit, factor, offset, conv) = (from.unit, from.factor, from.offset, from.conv);
    let lo = a.raw * a.mult * factor + offset;
    let hi = if b.unit.is_some() {
        b.v()
    } else {
        b.raw * b.mult * factor + offset
    };
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let mut c = Core::new(a.s, b.e, CK::Range(lo, hi), (lo + hi) / 2.0);
    c.unit = unit;
    c.conv = conv;
    c.currency = a.currency || b.currency;
    c.digit_tok = a.digit_tok;
    c.counted_at = if unit.is_none() { Some(b.e) } else { None };
    c
}

/// A base a share is given out of: 2 to 10, or a round number (20, 25,
/// 50, 100, 500, 1,000…) — "9 out of 10", "two out of five hundred" —
/// where "47 out of 56" counts a set.
fn round_base(total: f64) -> bool {
    if (2.0..=10.0).contains(&total) {
        return true;
    }
    if total.fract() != 0.0 || total < 10.0 {
        return false;
    }
    let mut m = total;
    while m >= 10.0 && m % 10.0 == 0.0 {
        m /= 10.0;
    }
    matches!(m as u64, 1 | 2 | 5 | 25)
}

pub(super) fn is_sports_word(w: &str) -> bool {
    matches!(
        w,
        "beat"
            | "beats"
            | "beating"
            | "won"
            | "win"
            | "wins"
            | "winning"
            | "lost"
            | "lose"
            | "loses"
            | "losing"
            | "defeated"
            | "defeat"
            | "defeats"
            | "drew"
            | "draw"
            | "tied"
            | "tie"
            | "trailing"
            | "trailed"
            | "trail"
            | "led"
            | "leading"
            | "edged"
            | "routed"
            | "thrashed"
            | "victory"
            | "victories"
            | "score"
            | "scored"
            | "scoreline"
            | "loss"
            | "losses"
            | "lead"
            | "triumph"
            | "record"
            | "margin"
            | "start"
            | "deadlocked"
            | "final"
            | "game"
            | "match"
            | "overtime"
            | "halftime"
            | "half-time"
    )
}

impl P<'_, '_> {
    pub(super) fn between(&self, i: usize) -> Step<Found> {
        // "between half and two-thirds": fractions stand alone here
        let a = match self.core(i + 1, false) {
            Step::Ok(c) => c,
            Step::Skip(n) => return Step::Skip(n),
            Step::No => match self.fraction_of(i + 1, true) {
                Some(c) => c,
                None => return Step::No,
            },
        };
        let frac = matches!(a.kind, CK::Fraction);
        if !(frac || matches!(a.kind, CK::Plain)) || !matches!(self.l(a.e), "and" | "-" | "–") {
            return Step::No;
        }
        let b = match self.core(a.e + 1, false) {
            Step::Ok(c) => c,
            Step::Skip(n) => return Step::Skip(n),
            Step::No => match self.fraction_of(a.e + 1, true) {
                Some(c) if frac => c,
                _ => return Step::No,
            },
        };
        if frac != matches!(b.kind, CK::Fraction) || !(frac || matches!(b.kind, CK::Plain)) {
            return Step::No;
        }
        let counted_at = b.counted_at;
        let mut c = combine_range(a, b);
        if frac {
            c.counted_at = counted_at;
        }
        if self.year_range(&c) {
            return Step::Skip(c.e);
        }
        self.finish(i, c, None)
    }

    /// "more than 10 and less than 20", "at most 100 and at least 20": two
    /// bounds of one figure joined by "and" or "but" are one range, open
    /// or closed at each end as its bound says.
    pub(super) fn two_bounds(&self, s: usize, a: &Core, qa: QK) -> Option<Found> {
        let lower = |q: QK| match q {
            QK::Q(Qualifier::MoreThan) => Some((true, false)),
            QK::Q(Qualifier::AtLeast) => Some((true, true)),
            QK::Q(Qualifier::LessThan) => Some((false, false)),
            QK::Q(Qualifier::AtMost) => Some((false, true)),
            _ => None,
        };
        let (a_low, a_inc) = lower(qa)?;
        if !matches!(self.l(a.e), "and" | "but") || !matches!(a.kind, CK::Plain) {
            return None;
        }
        let (qb, j) = self.qual(a.e + 1)?;
        let (b_low, b_inc) = lower(qb)?;
        let Step::Ok(b) = self.core(j, false) else {
            return None;
        };
        if a_low == b_low
            || !matches!(b.kind, CK::Plain)
            || (a.unit.is_some() && b.unit.is_some() && a.unit != b.unit)
        {
            return None;
        }
        let (lo, lo_inc, hi, hi_inc) = if a_low {
            (a.v(), a_inc, b.v(), b_inc)
        } else {
            (b.v(), b_inc, a.v(), a_inc)
        };
        if lo >= hi {
            return None;
        }
        let (first, second) = if a_low {
            (a.clone(), b)
        } else {
            (b, a.clone())
        };
        let e = second.e.max(first.e);
        let mut r = combine_range(first, second);
        r.s = s;
        r.e = e;
        let Step::Ok(mut f) = self.finish(s, r, None) else {
            return None;
        };
        f.q.low_inclusive = lo_inc;
        f.q.high_inclusive = hi_inc;
        Some(f)
    }

    /// Ranges, scores, "out of" and "in" after the first number of `c`.
    pub(super) fn pair(&self, c: &Core, int: bool) -> Option<Step<Core>> {
        let k = c.e;
        let w = self.l(k);
        if self.dash(k) && self.att(k) && self.num(k + 1) && self.att(k + 1) {
            let b = match self.core(k + 1, false) {
                Step::Ok(b) => b,
                Step::Skip(n) => return Some(Step::Skip(n)),
                Step::No => return None,
            };
            let (ta, tb) = (
                c.digit_tok.map(|x| &self.t[x]),
                b.digit_tok.map(|x| &self.t[x]),
            );
            if let (Some(ta), Some(tb)) = (ta, tb) {
                // year ranges and phone numbers
                if c.mult == 1.0
                    && b.mult == 1.0
                    && b.unit.is_none()
                    && !c.currency
                    && ta.int
                    && tb.int
                {
                    if self.yearish(c.digit_tok.unwrap_or(0))
                        && (tb.ndig == 2 || (tb.ndig == 4 && (1000.0..=2100.0).contains(&tb.v)))
                        && !tb.comma
                    {
                        return Some(Step::Skip(b.e));
                    }
                    if ta.ndig == 3 && tb.ndig == 4 && !ta.comma && !tb.comma {
                        return Some(Step::Skip(b.e));
                    }
                }
                let plain = c.mult == 1.0
                    && b.mult == 1.0
                    && b.unit.is_none()
                    && !c.currency
                    && ta.int
                    && tb.int;
                let small = ta.v < 1000.0 && tb.v < 1000.0 && !ta.comma && !tb.comma;
                if plain && small {
                    let counted = b.counted_at.and_then(|x| self.cand(x));
                    let sport_after = counted.as_ref().is_some_and(|(w, _, _)| is_sports_word(w));
                    let sport_before =
                        (c.s.saturating_sub(4)..c.s).any(|x| is_sports_word(self.l(x)));
                    let has_noun = counted.is_some() && !sport_after;
                    // a pair written high to low is a score or a tally,
                    // whatever noun follows ("a 15-2 run", "the 12-3
                    // Broncos", "a 9-3 deadlock"): a range climbs
                    if sport_after || ta.v > tb.v || (!has_noun && (sport_before || ta.v >= tb.v)) {
                        let mut s = c.clone();
                        s.kind = CK::Score(tb.v);
                        s.e = b.e;
                        s.unit = Some("score");
                        s.counted_at = None;
                        return Some(Step::Ok(s));
                    }
                }
                // "ISO 3888-2", "1201-3": a figure then a smaller one after a
                // dash is a part number, never a range written backwards
                if plain && tb.v < ta.v {
                    return Some(Step::Skip(b.e));
                }
            }
            if !matches!(b.kind, CK::Plain) {
                return None;
            }
            return Some(Step::Ok(combine_range(c.clone(), b)));
        }
        // "200,000 to-260,000": a typo's hyphen glued to "to"
        let b_at = if self.dash(k + 1) && self.att(k + 1) && self.num(k + 2) && self.att(k + 2) {
            k + 2
        } else {
            k + 1
        };
        if matches!(w, "to" | "through" | "thru" | "~")
            && (self.num(b_at)
                || self.number_word_start(b_at)
                || self.sign_at(b_at).is_some()
                || self.currency_prefix(b_at).is_some())
            && (w != "~" || (self.att(k) && self.att(b_at)))
        {
            if let Step::Ok(b) = self.core(b_at, false) {
                // not "$5 million to 20 charities": an amount given to a count
                let to_count = c.currency && !b.currency && b.mult < c.mult;
                let negative = c.raw < 0.0 || b.raw < 0.0;
                if matches!(b.kind, CK::Plain)
                    && (c.raw < b.raw || c.raw * c.mult < b.v() || (negative && c.raw != b.raw))
                    && !b.one
                    && !to_count
                {
                    let r = combine_range(c.clone(), b);
                    if self.year_range(&r) {
                        return Some(Step::Skip(r.e));
                    }
                    return Some(Step::Ok(r));
                }
            }
            return None;
        }
        if w == "or"
            && (self.num(k + 1) || self.number_word_start(k + 1))
            && self.num(k + 1) == c.digit_tok.is_some()
        {
            if let Step::Ok(b) = self.core(k + 1, false) {
                if matches!(b.kind, CK::Plain)
                    && b.raw > c.raw
                    && b.raw <= 2.0 * c.raw + 1.0
                    && c.mult == 1.0
                {
                    return Some(Step::Ok(combine_range(c.clone(), b)));
                }
            }
            return None;
        }
        let (of_at, digits_only) = if w == "out" && self.l(k + 1) == "of" {
            // "one out of every three"
            let every = usize::from(self.l(k + 2) == "every");
            (Some(k + 2 + every), false)
        } else if w == "of" && c.digit_tok.is_some() && c.mult == 1.0 && !c.currency {
            // "30 of 34", "30 of the 80 wounded"
            if self.l(k + 1) == "the" && self.num(k + 2) {
                (Some(k + 2), true)
            } else {
                (Some(k + 1), true)
            }
        } else {
            (None, false)
        };
        if let Some(m) = of_at {
            if digits_only && !self.num(m) {
                return None;
            }
            if let Step::Ok(n) = self.number(m) {
                let total = n.v * n.mult * self.scale(n.e, false).map_or(1.0, |x| x.0);
                let e = self.scale(n.e, false).map_or(n.e, |x| x.1);
                if total >= c.v() && total.is_finite() && !(n.tok.is_some_and(|x| self.yearish(x)))
                {
                    // "one out of three Germans", "9 out of 10 doctors": a
                    // share of a base (2 to 10, 100, 1,000) is a ratio, like
                    // "one in three"; "47 out of 56 countries" counts a set.
                    let base = round_base(total);
                    if !digits_only && base && c.v() < total && c.v() > 0.0 && c.unit.is_none() {
                        let mut r = c.clone();
                        r.kind = CK::Ratio;
                        r.raw = c.v() / total;
                        r.mult = 1.0;
                        r.e = e;
                        r.one = false;
                        r.unit = Some("ratio");
                        r.counted_at = Some(e);
                        return Some(Step::Ok(r));
                    }
                    let mut o = c.clone();
                    o.kind = CK::OutOf(total);
                    o.e = e;
                    o.one = false;
                    o.counted_at = Some(e);
                    return Some(Step::Ok(o));
                }
            }
            return None;
        }
        if w == "in" && int && c.raw < 10.0 && c.mult == 1.0 && !c.currency && c.unit.is_none() {
            // "one in every five"
            let at = if self.l(k + 1) == "every" {
                k + 2
            } else {
                k + 1
            };
            if let Step::Ok(n) = self.number(at) {
                let yearish = n.tok.is_some_and(|x| self.yearish(x));
                let base = n.v * n.mult;
                if n.int
                    && base > c.raw
                    && !yearish
                    && base > 0.0
                    && self.scale(n.e, false).is_none()
                {
                    let mut r = c.clone();
                    r.kind = CK::Ratio;
                    r.raw = c.raw / base;
                    r.e = n.e;
                    r.one = false;
                    r.unit = Some("ratio");
                    r.counted_at = Some(n.e);
                    return Some(Step::Ok(r));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract, Qualifier};
    use super::round_base;

    fn one(text: &str) -> (String, super::super::Quantity) {
        let got = extract(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let (r, q) = got.into_iter().next().unwrap();
        (text[r].to_string(), q)
    }

    #[test]
    fn two_bounds_make_one_range() {
        let (span, q) = one("Between sessions, more than 40 and fewer than 60 people came.");
        assert_eq!(span, "more than 40 and fewer than 60");
        assert_eq!((q.low, q.high), (Some(40.0), Some(60.0)));
        assert!(!q.low_inclusive && !q.high_inclusive);
        assert_eq!(q.qualifier, Qualifier::Range);
        let (_, q) = one("They hold at most 100 and at least 20 seats.");
        assert_eq!((q.low, q.high), (Some(20.0), Some(100.0)));
        assert!(q.low_inclusive && q.high_inclusive);
    }

    #[test]
    fn scales_and_units_glued_to_both_ends() {
        let (span, q) = one("Salaries run 5k-20k a year.");
        assert_eq!(span, "5k-20k");
        assert_eq!((q.low, q.high), (Some(5e3), Some(2e4)));
        let (_, q) = one("Lows of -5 to -10C are forecast.");
        assert_eq!(
            (q.low, q.high, q.unit.as_deref()),
            (Some(-10.0), Some(-5.0), Some("°C"))
        );
    }

    #[test]
    fn a_pair_written_high_to_low_is_a_score_or_a_part_number() {
        // a score or tally, whatever noun follows
        for text in [
            "The hosts closed the half on a 12-4 run.",
            "They erased a 21-7 deficit.",
            "The jury reported an 8-4 split.",
        ] {
            let (_, q) = one(text);
            assert_eq!(q.unit.as_deref(), Some("score"), "{text}");
        }
        // part numbers of standards and codes
        assert!(extract("The seat meets the EN 1176-1 norm.").is_empty());
        assert!(extract("Clause 2301-4 was struck down.").is_empty());
        assert!(extract("The tally ended 2,400-900 for the motion.").is_empty());
        // a range climbs
        let (_, q) = one("Rents of 1,500-2,000 euros are common.");
        assert_eq!((q.low, q.high), (Some(1500.0), Some(2000.0)));
    }

    #[test]
    fn shares_of_a_round_base() {
        for base in [2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 500.0, 1000.0] {
            assert!(round_base(base), "{base}");
        }
        for base in [11.0, 56.0, 281.0, 1.5] {
            assert!(!round_base(base), "{base}");
        }
        let (_, q) = one("Nine out of 10 doctors agree.");
        assert_eq!((q.value, q.unit.as_deref()), (Some(0.9), Some("ratio")));
        let (_, q) = one("It won 47 out of 56 seats.");
        assert_eq!((q.value, q.total), (Some(47.0), Some(56.0)));
    }
}
