//! The parser: a quantity phrase at a token, from its number through its
//! scale, unit, pairs and qualifier, to the finished interval.

use super::change::change_noun;
use super::counted::{is_pronoun_noun, is_time_noun, is_time_plural};
use super::not_quantity::is_road_word;
use super::qualifiers::{interval, QK};
use super::tokens::{Tok, K};
use super::units::{is_converted, is_currency_code};
use super::words::{big_scale, scale_word};
use super::{Qualifier, Quantity};

pub(super) enum Step<T> {
    Ok(T),
    Skip(usize),
    No,
}

pub(super) struct Found {
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) q: Quantity,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum CK {
    Plain,
    Fraction,
    Ratio,
    Score(f64),
    OutOf(f64),
    Range(f64, f64),
    Vague(f64, f64, bool, bool),
}

#[derive(Debug, Clone)]
pub(super) struct Core {
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) kind: CK,
    /// Number before scale and unit conversion.
    pub(super) raw: f64,
    pub(super) mult: f64,
    pub(super) factor: f64,
    pub(super) unit: Option<&'static str>,
    pub(super) currency: bool,
    /// Index of the single digit token, for year/identifier checks.
    pub(super) digit_tok: Option<usize>,
    /// A bare word "one" that still needs a counted noun.
    pub(super) one: bool,
    pub(super) post: Option<QK>,
    /// Where the counted noun starts, if it can have one.
    pub(super) counted_at: Option<usize>,
}

impl Core {
    pub(super) fn v(&self) -> f64 {
        self.raw * self.mult * self.factor
    }
}

pub(super) struct Number {
    pub(super) e: usize,
    pub(super) v: f64,
    pub(super) tok: Option<usize>,
    pub(super) one: bool,
    pub(super) int: bool,
}

pub(super) struct P<'a, 'b> {
    pub(super) t: &'b [Tok<'a>],
}

impl P<'_, '_> {
    pub(super) fn l(&self, i: usize) -> &str {
        match self.t.get(i) {
            Some(t) if matches!(t.k, K::Word | K::Ident) => &t.l,
            Some(t) if t.k == K::Punct => t.t,
            _ => "",
        }
    }

    pub(super) fn word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.k == K::Word)
    }

    pub(super) fn num(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.k == K::Num)
    }

    /// Token `i` exists and touches the previous token.
    pub(super) fn att(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.sp)
    }

    pub(super) fn dash(&self, i: usize) -> bool {
        matches!(self.l(i), "-" | "–" | "‑")
    }

    pub(super) fn at(&self, i: usize, last: Option<usize>) -> Step<Found> {
        let w = self.l(i);
        // "$160 million over eight years": "over" a duration after a figure
        // is the period, not a lower bound.
        if w == "over" && last.is_some_and(|e| e <= i && i - e <= 3 && (e..i).all(|x| self.word(x)))
        {
            if let Step::Ok(c) = self.core(i + 1, false) {
                if matches!(c.kind, CK::Plain)
                    && c.unit.is_none()
                    && c.post.is_none()
                    && c.counted_at.is_some_and(|k| {
                        is_time_plural(self.l(k))
                            && !matches!(self.l(k + 1), "old" | "older" | "younger" | "ago")
                    })
                {
                    return self.finish(c.s, c, None);
                }
            }
        }
        // a/the majority of (the) N
        if matches!(w, "a" | "the" | "an") {
            let mut j = i + 1;
            if matches!(
                self.l(j),
                "absolute" | "simple" | "clear" | "narrow" | "slim" | "large"
            ) {
                j += 1;
            }
            if self.l(j) == "majority" && self.l(j + 1) == "of" {
                return self.majority(i, j + 2);
            }
        }
        if w == "between" {
            return self.between(i);
        }
        if w == "from" {
            return match self.core(i + 1, true) {
                Step::Ok(c) if matches!(c.kind, CK::Range(..)) => self.finish(i, c, None),
                Step::Skip(n) => Step::Skip(n),
                _ => Step::No,
            };
        }
        if let Some((qk, j)) = self.qual(i) {
            return match self.core(j, true) {
                Step::Ok(c) => self.finish(i, c, Some(qk)),
                Step::Skip(n) => Step::Skip(n),
                // "more than half", "nearly a third": a fraction standing alone
                Step::No => match self.fraction_of(j, true) {
                    Some(c) => self.finish(i, c, Some(qk)),
                    None => Step::No,
                },
            };
        }
        match self.core(i, true) {
            Step::Ok(c) => self.finish(c.s, c, None),
            Step::Skip(n) => Step::Skip(n),
            Step::No => Step::No,
        }
    }

    /// The rounding step of the figure at token `k`: 0.1 for "2.5", 0.01
    /// for "2.55", 1 for integers and number words; a round integer is
    /// taken as rounded to its last nonzero digit ("1,000" to the
    /// hundred), but by no more than 5 % of its value ("1,000" → 50).
    pub(super) fn last_digit(&self, k: Option<usize>) -> f64 {
        let Some(t) = k.and_then(|k| self.t.get(k)) else {
            return 1.0;
        };
        if !t.int {
            let decimals = t.t.rsplit_once('.').map_or(0, |(_, d)| d.len()).min(12);
            return 10f64.powi(-(decimals as i32));
        }
        let zeros =
            t.t.bytes()
                .rev()
                .filter(|&b| b != b',')
                .take_while(|&b| b == b'0')
                .count()
                .min(t.ndig.saturating_sub(1))
                .min(12);
        10f64.powi(zeros as i32).min(0.05 * t.v).max(1.0)
    }

    /// A number phrase at `i`: vague amounts, fractions, or a figure with
    /// currency, scale, unit and, with `pairs`, a range/score/out-of/ratio.
    pub(super) fn core(&self, i: usize, pairs: bool) -> Step<Core> {
        if let Some(c) = self.vague(i) {
            return Step::Ok(c);
        }
        if let Some(c) = self.fraction(i) {
            return Step::Ok(c);
        }
        let mut j = i;
        let mut unit = None;
        let mut currency = false;
        if let Some((code, nj)) = self.currency_prefix(i) {
            unit = Some(code);
            currency = true;
            j = nj;
        } else if self.l(i) == "magnitude" {
            j = i + 1;
            if self.dash(j) {
                j += 1;
            }
            if !self.num(j) {
                return Step::No;
            }
            unit = Some("magnitude");
        }
        let n = match self.number(j) {
            Step::Ok(n) => n,
            Step::Skip(k) => return Step::Skip(k),
            Step::No => return Step::No,
        };
        let mut c = Core {
            s: i,
            e: n.e,
            kind: CK::Plain,
            raw: n.v,
            mult: 1.0,
            factor: 1.0,
            unit,
            currency,
            digit_tok: n.tok,
            one: n.one,
            post: None,
            counted_at: None,
        };
        if n.tok.is_some() {
            if let Some((m, k)) = self.scale(c.e, currency) {
                c.mult = m;
                c.e = k;
                c.one = false;
            }
        }
        if pairs {
            if let Some(r) = self.pair(&c, n.int) {
                return r;
            }
        }
        // unit
        if let Some((u, f, k)) = self.unit_at(c.e, &c) {
            if c.currency {
                // "£2 million pounds"
                if is_currency_code(u) {
                    c.e = k;
                }
            } else {
                c.unit = Some(u);
                c.factor = f;
                c.currency = is_currency_code(u);
                c.e = k;
            }
        }
        if c.unit.is_none()
            && (self.richter(c.e)
                || (i >= 2 && self.l(i - 1) == "of" && self.l(i - 2) == "magnitude")
                || (c.raw < 10.0
                    && c.raw.fract() != 0.0
                    && matches!(
                        self.l(c.e),
                        "quake" | "earthquake" | "tremor" | "temblor" | "aftershock"
                    )))
        {
            c.unit = Some("magnitude");
        }
        // post qualifiers
        let (pq, k) = self.post_qual(c.e);
        if pq.is_some() {
            c.post = pq;
            c.e = k;
        }
        if c.unit.is_none() {
            c.counted_at = Some(c.e);
        }
        if c.one && c.unit.is_none() && c.mult == 1.0 {
            let e = c.e;
            let ok = (self.dash(e)
                && self.att(e)
                && self.word(e + 1)
                && self.att(e + 1)
                && !matches!(
                    self.l(e + 1),
                    "sided"
                        | "off"
                        | "time"
                        | "way"
                        | "on"
                        | "stop"
                        | "liner"
                        | "size"
                        | "shot"
                        | "hit"
                        | "of"
                ))
                || self.cand(e).is_some_and(|(w, ce, _)| {
                    !is_pronoun_noun(&w)
                        // "One day after", "one week later": a duration
                        || (is_time_noun(&w)
                            && matches!(
                                self.l(ce),
                                "after" | "before" | "later" | "earlier" | "ago"
                            ))
                });
            if !ok {
                return Step::No;
            }
        }
        Step::Ok(c)
    }

    /// Digits or number words at `j`.
    pub(super) fn number(&self, j: usize) -> Step<Number> {
        let Some(t) = self.t.get(j) else {
            return Step::No;
        };
        if t.k == K::Num {
            if let Some(n) = self.blocked(j) {
                return Step::Skip(n);
            }
            let mut v = t.v;
            let mut e = j + 1;
            let mut int = t.int;
            let sep = self.l(j + 1);
            let next = self.t.get(j + 2);
            let split = t.int
                && !t.comma
                && self.att(j + 1)
                && next.is_some_and(|n| n.k == K::Num && n.sp && n.int && !n.comma);
            // "5. 9 magnitude", "$2. 6 million": a decimal split by a tokenizer
            if split
                && sep == "."
                && (self.decimal_follow(j + 3)
                    || (j.saturating_sub(4)..j)
                        .any(|x| matches!(self.l(x), "magnitude" | "measuring" | "registering")))
            {
                let s = format!("{}.{}", t.t, self.t[j + 2].t);
                v = s.parse().unwrap_or(f64::INFINITY);
                e = j + 3;
                int = false;
            }
            // "2, 000ft", "120, 000 people": thousands split by a tokenizer
            if split
                && sep == ","
                && t.ndig <= 3
                && next.is_some_and(|n| n.ndig == 3 && n.t.starts_with('0'))
            {
                v = t.v * 1000.0 + next.map_or(0.0, |n| n.v);
                e = j + 3;
            }
            if !v.is_finite() {
                return Step::Skip(e);
            }
            return Step::Ok(Number {
                e,
                v,
                tok: Some(j),
                one: false,
                int,
            });
        }
        if t.k != K::Word {
            return Step::No;
        }
        match self.words(j) {
            Some((v, e, one)) => Step::Ok(Number {
                e,
                v,
                tok: None,
                one,
                int: v.fract() == 0.0,
            }),
            None => Step::No,
        }
    }

    pub(super) fn decimal_follow(&self, k: usize) -> bool {
        let w = self.l(k);
        scale_word(w).is_some()
            || matches!(
                w,
                "%" | "percent" | "per" | "magnitude" | "m" | "bn" | "pct" | "earthquake" | "quake"
            )
            || (self.dash(k)
                && (big_scale(self.l(k + 1)).is_some() || self.l(k + 1) == "magnitude"))
            || self.richter(k)
    }

    pub(super) fn finish(&self, s: usize, c: Core, qk: Option<QK>) -> Step<Found> {
        let singular = c.raw == 1.0 && c.mult == 1.0 && matches!(c.kind, CK::Plain);
        let counted = c.counted_at.and_then(|k| self.counted(k, singular));
        // filters for bare digit numbers
        if let (Some(dt), CK::Plain) = (c.digit_tok, c.kind) {
            let t = &self.t[dt];
            let bare = c.unit.is_none() && c.mult == 1.0 && !c.currency;
            let lower_noun = counted.is_some()
                && c.counted_at
                    .is_some_and(|k| self.t.get(k).is_some_and(|x| !x.cap));
            let year_prev = s > 0
                && matches!(
                    self.l(s - 1),
                    "in" | "since"
                        | "the"
                        | "of"
                        | "by"
                        | "until"
                        | "till"
                        | "before"
                        | "after"
                        | "from"
                        | "during"
                        | "early"
                        | "late"
                        | "mid"
                        | "circa"
                        | "through"
                        | "'s"
                        | "’s"
                );
            if bare
                && t.int
                && !t.comma
                && t.ndig == 4
                && (1000.0..=2100.0).contains(&t.v)
                && (!lower_noun || year_prev)
            {
                return Step::Skip(c.e);
            }
            if bare && counted.is_none() && t.int && matches!(t.t, "911" | "999" | "112") {
                return Step::Skip(c.e);
            }
            // identifiers even before a noun: "six AK 47 rifles", "MH 17"
            if bare && t.int && !t.comma && s == c.s && s > 0 {
                let p = &self.t[s - 1];
                if p.k == K::Word
                    && (1..=3).contains(&p.t.len())
                    && p.t.bytes().all(|b| b.is_ascii_uppercase())
                    && !matches!(p.t, "A" | "I" | "US" | "UK" | "EU" | "UN" | "AND" | "THE")
                {
                    return Step::Skip(c.e);
                }
            }
            // addresses and roads: "the 605 Freeway", "the 12000 block of"
            if bare && t.int && !t.comma {
                let n = self.t.get(c.e);
                let road = n.is_some_and(|n| {
                    n.k == K::Word
                        && ((n.cap && is_road_word(&n.l))
                            || matches!(
                                n.l.as_str(),
                                "freeway" | "highway" | "motorway" | "expressway" | "interstate"
                            ))
                });
                if road || (self.l(c.e) == "block" && self.l(c.e + 1) == "of") {
                    return Step::Skip(c.e + 1);
                }
            }
            if bare && counted.is_none() && s > 0 && s == c.s && self.cap_name(s - 1) {
                // "Section 427", "Internet Explorer 8 and 9"
                let mut e = c.e;
                while matches!(self.l(e), "and" | "or" | "," | "&") && self.num(e + 1) {
                    e += 2;
                }
                return Step::Skip(e);
            }
            if bare
                && counted.is_none()
                && qk.is_none()
                && c.post.is_none()
                && t.int
                && t.v <= 120.0
                && s >= 2
            {
                let prev_name = self.l(s - 1) == "," && self.cap_name(s - 2);
                let paren = self.l(s - 1) == "("
                    && self.l(c.e) == ")"
                    && self.cap_name(s.saturating_sub(2));
                let next_ok = matches!(self.l(c.e), "," | "." | ";" | ")" | "and" | "");
                if (prev_name && next_ok) || paren {
                    return Step::Skip(c.e);
                }
            }
        }
        if let CK::Plain = c.kind {
            if c.digit_tok.is_none()
                && counted.is_none()
                && c.unit.is_none()
                && s == c.s
                && s > 0
                && self.t[s].cap
                && self.cap_name(s - 1)
            {
                return Step::No;
            }
        }
        let unit = c.unit;
        // "30 of the 80 wounded"
        let counted = match (c.kind, counted) {
            (CK::OutOf(_), None) => c.counted_at.and_then(|k| {
                let w = self.l(k);
                matches!(
                    w,
                    "dead" | "wounded" | "injured" | "killed" | "missing" | "hurt" | "arrested"
                )
                .then(|| w.to_string())
            }),
            (_, counted) => counted,
        };
        let change = self.change(s, unit, counted.as_deref()).or_else(|| {
            // "a 24% drop", "a $5 million increase"
            let measured = matches!(
                unit,
                Some(u) if u == "percent" || u == "percentage_point" || is_currency_code(u)
            );
            if measured && matches!(c.kind, CK::Plain) {
                change_noun(self.l(c.e))
            } else {
                None
            }
        });
        let v = c.v();
        // "some 50 or more": the explicit bound wins over the approximation
        let qk = match (qk, c.post) {
            (Some(QK::Q(Qualifier::Approximate)), Some(p)) => p,
            (q, p) => q.or(p).unwrap_or(QK::Q(Qualifier::Exact)),
        };
        let (value, low, high, li, hi, qualifier, total) = match c.kind {
            CK::Plain if qk == QK::Q(Qualifier::Exact) && is_converted(unit, c.factor) => {
                // "75 mph": the figure was rounded to its last digit, so
                // the converted value covers that rounding (±0.5 mph).
                let h = 0.5 * self.last_digit(c.digit_tok) * c.mult * c.factor;
                let (lo, hi) = ((v - h).max(0.0), v + h);
                (
                    Some(v),
                    Some(lo),
                    Some(hi),
                    true,
                    true,
                    Qualifier::Exact,
                    None,
                )
            }
            CK::Plain | CK::Fraction | CK::Ratio => {
                let (a, b, cc, d, e, f) = interval(qk, v);
                (a, b, cc, d, e, f, None)
            }
            CK::OutOf(total) => {
                let (a, b, cc, d, e, f) = interval(qk, v);
                (a, b, cc, d, e, f, Some(total))
            }
            CK::Score(total) => (
                Some(v),
                Some(v),
                Some(v),
                true,
                true,
                Qualifier::Exact,
                Some(total),
            ),
            CK::Range(lo, hi) => (
                Some((lo + hi) / 2.0),
                Some(lo),
                Some(hi),
                true,
                true,
                Qualifier::Range,
                None,
            ),
            CK::Vague(lo, hi, li, hinc) => {
                (None, Some(lo), Some(hi), li, hinc, Qualifier::Vague, None)
            }
        };
        let finite = [value, low, high, total]
            .iter()
            .all(|x| x.is_none_or(f64::is_finite));
        if !finite {
            return Step::Skip(c.e);
        }
        Step::Ok(Found {
            s,
            e: c.e,
            q: Quantity {
                value,
                low,
                high,
                low_inclusive: li,
                high_inclusive: hi,
                qualifier,
                change,
                unit: unit.map(str::to_string),
                counted: if unit.is_some() && unit != Some("fraction") && unit != Some("ratio") {
                    None
                } else {
                    counted
                },
                total,
            },
        })
    }
}
