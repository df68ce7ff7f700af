//! Ranges ("between 200 and 250", "5-10"), scores ("3-1"), "out of" and "in"
//! pairs.

use super::parser::{Core, Found, Step, CK, P};

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
                    if sport_after || (!has_noun && (sport_before || ta.v >= tb.v)) {
                        let mut s = c.clone();
                        s.kind = CK::Score(tb.v);
                        s.e = b.e;
                        s.unit = Some("score");
                        s.counted_at = None;
                        return Some(Step::Ok(s));
                    }
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
                let total = n.v * self.scale(n.e, false).map_or(1.0, |x| x.0);
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
                if n.int && n.v > c.raw && !yearish && n.v > 0.0 && self.scale(n.e, false).is_none()
                {
                    let mut r = c.clone();
                    r.kind = CK::Ratio;
                    r.raw = c.raw / n.v;
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
