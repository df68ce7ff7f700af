//! The parser: a quantity phrase at a token, from its sign and number
//! through its scale, unit, pairs and qualifier, to the finished interval.
//!
//! ```text
//!  [qualifier] [sign] [currency] number [notation] [scale] [pair] [unit] [post-qualifier]
//!   "more than"  "-"     "$"      "2.7"  "×10⁻³"    "bn"   "to 3" "mph"  "or more"
//! ```

use super::change::change_noun;
use super::counted::{is_pronoun_noun, is_time_noun, is_time_plural};
use super::qualifiers::{interval, QK};
use super::tokens::{Tok, K};
use super::units::{is_converted, is_currency_code, is_temperature_word};
use super::words::{big_scale, scale_word};
use super::{Qualifier, Quantity, Written};

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
    /// (low, high, low inclusive, high inclusive, point value if any)
    Vague(f64, f64, bool, bool, Option<f64>),
}

/// How a written figure became a normalized one: `normalized = written ×
/// factor + offset`, and the written unit's symbol.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Conv {
    pub(super) factor: f64,
    pub(super) offset: f64,
    pub(super) symbol: &'static str,
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
    pub(super) offset: f64,
    pub(super) unit: Option<&'static str>,
    /// The conversion from the written unit, when there was one.
    pub(super) conv: Option<Conv>,
    pub(super) currency: bool,
    /// Index of the single digit token, for year/identifier checks.
    pub(super) digit_tok: Option<usize>,
    /// A bare word "one" that still needs a counted noun.
    pub(super) one: bool,
    pub(super) post: Option<QK>,
    /// Where the counted noun starts, if it can have one.
    pub(super) counted_at: Option<usize>,
    /// The rounding step of the written figure (0.1 for "2.5").
    pub(super) step: f64,
}

impl Core {
    pub(super) fn new(s: usize, e: usize, kind: CK, raw: f64) -> Core {
        Core {
            s,
            e,
            kind,
            raw,
            mult: 1.0,
            factor: 1.0,
            offset: 0.0,
            unit: None,
            conv: None,
            currency: false,
            digit_tok: None,
            one: false,
            post: None,
            counted_at: None,
            step: 1.0,
        }
    }

    pub(super) fn v(&self) -> f64 {
        self.raw * self.mult * self.factor + self.offset
    }
}

/// A number as written: digits or words.
#[derive(Debug, Clone)]
pub(super) struct Number {
    pub(super) s: usize,
    pub(super) e: usize,
    /// The value before a scale that ends a phrase in words.
    pub(super) v: f64,
    /// "five thousand": the scale that ended the words, so "four to five
    /// thousand" can carry it back; 1 otherwise.
    pub(super) mult: f64,
    pub(super) tok: Option<usize>,
    pub(super) one: bool,
    pub(super) int: bool,
    /// A proper fraction written as one ("1/2", "¾").
    pub(super) frac: bool,
    /// The rounding step as written.
    pub(super) step: f64,
}

impl Number {
    pub(super) fn digits(tok: usize, e: usize, v: f64, int: bool, frac: bool) -> Number {
        Number {
            s: tok,
            e,
            v,
            mult: 1.0,
            tok: Some(tok),
            one: false,
            int,
            frac,
            step: 1.0,
        }
    }
}

pub(super) struct P<'a, 'b> {
    pub(super) t: &'b [Tok<'a>],
    /// Most words are capitalized: a headline, where a capital says
    /// nothing about names.
    pub(super) title_case: bool,
    /// The sentence is about temperature: a bare "C" or "F" after a figure
    /// is a degree.
    pub(super) temperature: bool,
}

impl<'a, 'b> P<'a, 'b> {
    pub(super) fn new(t: &'b [Tok<'a>]) -> Self {
        let mut words = 0;
        let mut caps = 0;
        let mut temperature = false;
        for x in t {
            if x.k == K::Word {
                if x.t.len() > 3 {
                    words += 1;
                    caps += usize::from(x.cap);
                }
                temperature |= is_temperature_word(&x.l);
            }
            temperature |= matches!(x.t, "°" | "º");
        }
        P {
            t,
            title_case: words >= 3 && caps * 10 >= words * 7,
            temperature,
        }
    }
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
                Step::Ok(c) => match self.two_bounds(i, &c, qk) {
                    Some(f) => Step::Ok(f),
                    None => self.finish(i, c, Some(qk)),
                },
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
            let decimals =
                t.t.rsplit_once(['.', ','])
                    .map_or(0, |(_, d)| d.len())
                    .min(12);
            return 10f64.powi(-(decimals as i32));
        }
        let zeros =
            t.t.bytes()
                .rev()
                .filter(|&b| b.is_ascii_digit())
                .take_while(|&b| b == b'0')
                .count()
                .min(t.ndig.saturating_sub(1))
                .min(12);
        10f64.powi(zeros as i32).min(0.05 * t.v).max(1.0)
    }

    /// A sign before a figure at `i`: "-1.3%", "−12C", "minus 387", "minus-5
    /// yards", "negative one", "+2.1%". Returns where the figure starts and
    /// whether it is negative. A dash counts only where it starts a word
    /// (after a space, the start or a bracket), never between two words or
    /// numbers ("F-16", "5-10"), and not when it is followed by a space (a
    /// list bullet).
    pub(super) fn sign_at(&self, i: usize) -> Option<(usize, bool)> {
        let t = self.t.get(i)?;
        // after a space, the start or an opening sign, but not between two
        // figures ("75 -300mm" is a range)
        let starts = (t.sp
            || i == 0
            || matches!(
                self.l(i - 1),
                "(" | "[" | "=" | ":" | "~" | "/" | "“" | "\"" | "<" | ">" | "≤" | "≥"
            ))
            && !(i > 0 && self.num(i - 1));
        match t.t {
            "-" | "−" | "–" if starts && self.att(i + 1) && self.num(i + 1) => {
                Some((i + 1, true))
            }
            // "+2.1%": a sign only before a share, else a phone number.
            "+" if starts
                && self.att(i + 1)
                && self.num(i + 1)
                && matches!(self.l(i + 2), "%" | "percent" | "pct" | "pc" | "per") =>
            {
                Some((i + 1, false))
            }
            _ if t.k == K::Word && matches!(t.l.as_str(), "minus" | "negative") => {
                let j = if self.dash(i + 1) && self.att(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                (self.num(j) || self.number_word_start(j)).then_some((j, true))
            }
            _ => None,
        }
    }

    /// A number phrase at `i`: vague amounts, fractions, or a figure with
    /// sign, currency, scale, unit and, with `pairs`, a
    /// range/score/out-of/ratio.
    pub(super) fn core(&self, i: usize, pairs: bool) -> Step<Core> {
        if !self.may_start(i) {
            return Step::No;
        }
        if let Some(c) = self.vague(i) {
            return Step::Ok(c);
        }
        if let Some(c) = self.fraction_of(i, false) {
            return Step::Ok(self.fraction_unit(c));
        }
        let mut j = i;
        let mut negative = false;
        if let Some((k, neg)) = self.sign_at(i) {
            j = k;
            negative = neg;
            // "minus one hundred thirty fifths"
            if let Some(mut c) = self.fraction_of(j, false) {
                if neg {
                    c.raw = -c.raw;
                }
                c.s = i;
                return Step::Ok(self.fraction_unit(c));
            }
        }
        let mut unit = None;
        let mut currency = false;
        let mut pre_mult = 1.0;
        if let Some(p) = self.currency_prefix(j) {
            unit = Some(p.code);
            currency = true;
            negative ^= p.negative;
            pre_mult = p.mult;
            j = p.at;
        } else if self.l(j) == "magnitude" {
            j += 1;
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
        // "minus one": after a sign, "one" is a number like any other.
        let one = n.one && j == i;
        let mut c = Core::new(i, n.e, CK::Plain, if negative { -n.v } else { n.v });
        c.mult = n.mult * pre_mult;
        c.unit = unit;
        if let Some(u) = unit.filter(|_| currency) {
            c.conv = Some(Conv {
                factor: 1.0,
                offset: 0.0,
                symbol: u,
            });
        }
        c.currency = currency;
        c.digit_tok = n.tok.filter(|_| !n.frac && n.s == j);
        c.one = one;
        c.step = n.step;
        if n.tok.is_some() || n.frac {
            if let Some((m, k)) = self.scale(c.e, currency) {
                c.mult *= m;
                c.e = k;
                c.one = false;
            }
        }
        if pairs {
            if let Some(r) = self.pair(&c, n.int) {
                return r;
            }
            if let Some(q) = self.over_quotient(&c) {
                return Step::Ok(q);
            }
        }
        // "1/16 of a US pint", "half of a mile": a fraction of a unit
        let mut at = c.e;
        if c.raw.abs() < 1.0
            && self.l(at) == "of"
            && matches!(self.l(at + 1), "a" | "an")
            && self
                .unit_at(at + 2, &c)
                .is_some_and(|(u, _)| !is_currency_code(u.norm))
        {
            at += 2;
        }
        if let Some((u, k)) = self.unit_at(at, &c) {
            if c.currency {
                // "£2 million pounds", "75 USD million"
                if is_currency_code(u.norm) {
                    c.e = k;
                    if let Some((m, k2)) = self.scale(c.e, true) {
                        c.mult *= m;
                        c.e = k2;
                    }
                }
            } else {
                self.set_unit(&mut c, u);
                c.e = k;
                if c.currency {
                    // "75 USD million", "3 dollars 50 cents"
                    if let Some((m, k2)) = self.scale(c.e, true) {
                        c.mult *= m;
                        c.e = k2;
                    } else {
                        self.cents(&mut c);
                    }
                } else if u.symbol == "ft" {
                    self.inches(&mut c);
                }
            }
        }
        // "wind gusts and - 15C temperatures": a minus set apart from a
        // temperature by a space (plain-text typesetting) is its sign; a
        // dash and a space elsewhere is a list item or a dash of prose.
        if matches!(c.unit, Some("°C" | "degree"))
            && c.raw > 0.0
            && i == j
            && i >= 2
            && matches!(self.l(i - 1), "-" | "−" | "–")
            && self.t[i - 1].sp
            && self.t[i].sp
            && self.word(i - 2)
        {
            c.raw = -c.raw;
            c.s = i - 1;
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
            // "no one", "any one", "every one": nobody, not a count
            let pronoun = i > 0 && matches!(self.l(i - 1), "no" | "any" | "every" | "each");
            let ok = !pronoun
                && ((self.dash(e)
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
                    }));
            if !ok {
                return Step::No;
            }
        }
        Step::Ok(c)
    }

    /// Whether a quantity phrase can start at token `i`: a figure, a sign,
    /// a currency, or a word that opens a number. Most tokens are turned
    /// away here, before the parsers look at them.
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else {
            return false;
        };
        match t.k {
            K::Num => true,
            K::Punct => {
                super::units::currency_symbol(t.t).is_some() || matches!(t.t, "-" | "−" | "–" | "+")
            }
            K::Ident => false,
            K::Word => {
                let w = t.l.as_str();
                super::words::small_num(w).is_some()
                    || super::words::tens_num(w).is_some()
                    || matches!(
                        w,
                        "a" | "an"
                            | "half"
                            | "quarter"
                            | "hundred"
                            | "dozens"
                            | "hundreds"
                            | "thousands"
                            | "millions"
                            | "billions"
                            | "tens"
                            | "scores"
                            | "several"
                            | "minus"
                            | "negative"
                            | "magnitude"
                    )
                    || matches!(self.l(i + 1), "$" | ".")
                    || super::units::starts_money(t.t)
            }
        }
    }

    /// Gives `c` the unit `u` as written.
    pub(super) fn set_unit(&self, c: &mut Core, u: super::units::Unit) {
        c.unit = Some(u.norm);
        c.factor = u.factor;
        c.offset = u.offset;
        c.currency = is_currency_code(u.norm);
        c.conv = Some(Conv {
            factor: u.factor,
            offset: u.offset,
            symbol: u.symbol,
        });
    }

    /// "three dollars and 50 cents": the cents of a dollar amount.
    fn cents(&self, c: &mut Core) {
        let k = if self.l(c.e) == "and" { c.e + 1 } else { c.e };
        if let Step::Ok(n) = self.number(k) {
            if matches!(self.l(n.e), "cents" | "cent" | "pence" | "p")
                && n.v * n.mult < 100.0
                && c.mult == 1.0
            {
                c.raw += n.v * n.mult / 100.0;
                c.e = n.e + 1;
                c.digit_tok = None;
                c.step = 0.01;
            }
        }
    }

    /// "5 ft 2 in", "6 feet 2 inches", "5 feet and 2 inches": a height.
    fn inches(&self, c: &mut Core) {
        let k = if self.l(c.e) == "and" { c.e + 1 } else { c.e };
        if let Some(t) = self.t.get(k).filter(|t| t.k == K::Num && t.v < 12.0) {
            let unit = self.l(k + 1);
            // "2 in" closes a height unless a noun phrase follows ("2 in
            // the morning")
            let inch = matches!(unit, "inches" | "inch")
                || (unit == "in"
                    && !matches!(
                        self.l(k + 2),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "this"
                    )
                    && self.t.get(k + 2).is_none_or(|n| !n.cap || n.k == K::Punct));
            if inch {
                c.raw += t.v / 12.0;
                c.e = k + 2;
                c.digit_tok = None;
                c.step = 1.0 / 12.0;
            }
        }
    }

    /// A fraction followed by a unit is a number of that unit ("a quarter
    /// mile", "three-quarters of a mile", "half a mile"), not a share.
    fn fraction_unit(&self, c: Core) -> Core {
        let at = if matches!(self.l(c.e), "a" | "an") {
            c.e + 1
        } else if self.l(c.e) == "of" && matches!(self.l(c.e + 1), "a" | "an") {
            c.e + 2
        } else {
            c.e
        };
        if !matches!(c.kind, CK::Fraction) || c.counted_at.is_some() && at == c.e {
            return c;
        }
        // "three quarters billion us dollars", "two thirds million"
        if let Some(s) = big_scale(self.l(c.e)) {
            let mut p = Core::new(c.s, c.e + 1, CK::Plain, c.raw);
            p.mult = s;
            p.step = c.raw;
            if let Some((u, k)) = self.unit_at(p.e, &p) {
                self.set_unit(&mut p, u);
                p.e = k;
            } else {
                p.counted_at = Some(p.e);
            }
            return p;
        }
        match self.unit_at(at, &c) {
            Some((u, k)) if !is_currency_code(u.norm) && u.norm != "percent" => {
                let mut p = Core::new(c.s, k, CK::Plain, c.raw);
                self.set_unit(&mut p, u);
                p.step = c.raw;
                p
            }
            _ => c,
        }
    }

    /// Digits or number words at `j`.
    pub(super) fn number(&self, j: usize) -> Step<Number> {
        let Some(t) = self.t.get(j) else {
            return Step::No;
        };
        if t.k == K::Num {
            if let Some(mut n) = self.digit_fraction(j) {
                if let Some(k) = self.blocked(j, n.e) {
                    return Step::Skip(k);
                }
                n.step = if n.frac { n.v } else { 1.0 };
                return Step::Ok(n);
            }
            let mut v = t.v;
            let mut e = j + 1;
            let mut int = t.int;
            let mut step = self.last_digit(Some(j));
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
                step = 10f64.powi(-(self.t[j + 2].t.len().min(12) as i32));
            }
            // "2, 000ft", "120, 000 people": thousands split by a tokenizer
            if split
                && sep == ","
                && t.ndig <= 3
                && next.is_some_and(|n| n.ndig == 3 && n.t.starts_with('0'))
            {
                v = t.v * 1000.0 + next.map_or(0.0, |n| n.v);
                e = j + 3;
                step = 1.0;
            }
            // "1.99×10−30", "1.3e6", "2.5^-1"
            let mut notation = false;
            if let Some((x, k)) = self.notation(v, e) {
                step *= x / v.abs().max(f64::MIN_POSITIVE);
                v = x;
                e = k;
                int = v.fract() == 0.0;
                notation = true;
            }
            if let Some(k) = self.blocked(j, if notation { e } else { j + 1 }) {
                return Step::Skip(k);
            }
            let mut mult = 1.0;
            // "4 thousand 3 hundred and 21", "6 crore and two hundred"
            if !notation
                && e == j + 1
                && t.int
                && !t.comma
                && (self.l(e) == "hundred" || big_scale(self.l(e)).is_some())
            {
                if let Some(c) = self.cardinal(j, true) {
                    let scale_only = c.e <= e + 1;
                    if !scale_only {
                        v = c.v / c.tail;
                        mult = c.tail;
                        e = c.e;
                        int = c.v.fract() == 0.0;
                    }
                }
            }
            if !v.is_finite() {
                return Step::Skip(e);
            }
            return Step::Ok(Number {
                s: j,
                e,
                v,
                mult,
                tok: Some(j),
                one: false,
                int,
                frac: false,
                step: step.abs(),
            });
        }
        if t.k != K::Word {
            return Step::No;
        }
        match self.words(j) {
            Some(n) => Step::Ok(n),
            None => Step::No,
        }
    }

    /// Scientific notation after a mantissa ending at token `e`: "×10−30",
    /// "x10^6", "×10⁻³⁰", "e10", "e+14", and a power "^23". Returns the
    /// value and where the notation ends.
    fn notation(&self, mantissa: f64, e: usize) -> Option<(f64, usize)> {
        let t = self.t.get(e)?;
        if t.sp {
            return None;
        }
        // An exponent: digits after an optional sign, or superscripts.
        let exponent = |k: usize| -> Option<(f64, usize)> {
            let mut k = k;
            let mut sign = 1.0;
            if matches!(self.l(k), "-" | "−" | "+" | "⁻" | "⁺") && self.att(k) {
                if matches!(self.l(k), "-" | "−" | "⁻") {
                    sign = -1.0;
                }
                k += 1;
                // "^--23": two minus signs cancel
                if self.l(k) == "-" && self.att(k) {
                    sign = -sign;
                    k += 1;
                }
            }
            let n = self.t.get(k)?;
            if n.sp && k > 0 {
                return None;
            }
            if n.k == K::Num && n.int && !n.comma && n.ndig <= 3 {
                return Some((sign * n.v, k + 1));
            }
            // superscript digits
            let mut digits = String::new();
            let mut m = k;
            while let Some(d) = self.t.get(m).filter(|x| !x.sp || m == k).and_then(|x| {
                let mut cs = x.t.chars();
                let c = cs.next()?;
                if cs.next().is_some() {
                    return None;
                }
                "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().position(|s| s == c)
            }) {
                digits.push(char::from(b'0' + d as u8));
                m += 1;
            }
            let v: f64 = digits.parse().ok()?;
            Some((sign * v, m))
        };
        let pow10 = |x: f64| {
            if x.abs() > 300.0 {
                f64::INFINITY
            } else {
                10f64.powi(x as i32)
            }
        };
        // "1.3e6", "e10"
        if t.k == K::Ident && t.l.starts_with('e') && t.l[1..].bytes().all(|b| b.is_ascii_digit()) {
            let x: f64 = t.l[1..].parse().ok()?;
            return Some((mantissa * pow10(x), e + 1));
        }
        if t.k == K::Word && t.l == "e" {
            let (x, k) = exponent(e + 1)?;
            return Some((mantissa * pow10(x), k));
        }
        // "×10−30", "x10^6", "*10^3"
        let ten = |k: usize| self.t.get(k).is_some_and(|n| n.k == K::Num && n.t == "10");
        let after_ten = if matches!(t.t, "×" | "x" | "*") && ten(e + 1) && self.att(e + 1) {
            Some(e + 2)
        } else if t.k == K::Ident && t.l == "x10" {
            Some(e + 1)
        } else {
            None
        };
        if let Some(k) = after_ten {
            let k = if self.l(k) == "^" && self.att(k) {
                k + 1
            } else {
                k
            };
            let (x, k) = exponent(k)?;
            return Some((mantissa * pow10(x), k));
        }
        // "1.1^23"
        if t.t == "^" {
            let (x, k) = exponent(e + 1)?;
            let v = mantissa.abs().powf(x) * mantissa.signum();
            return v.is_finite().then_some((v, k));
        }
        None
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
        if let Some(step) = self.not_quantity(s, &c, qk, counted.as_deref()) {
            return step;
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
        // A change of temperature is a difference: "rose 5 degrees
        // Fahrenheit" is 2.8 °C warmer, not -15 °C.
        let mut c = c;
        if change.is_some() && c.offset != 0.0 {
            c.offset = 0.0;
            if let Some(conv) = c.conv.as_mut() {
                conv.offset = 0.0;
            }
        }
        let v = c.v();
        // "some 50 or more": the explicit bound wins over the approximation
        let qk = match (qk, c.post) {
            (Some(QK::Q(Qualifier::Approximate)), Some(p)) => p,
            (q, p) => q.or(p).unwrap_or(QK::Q(Qualifier::Exact)),
        };
        // Temperatures and degrees have no floor at zero.
        let signed = matches!(unit, Some("°C" | "degree")) || v < 0.0;
        let (value, low, high, li, hi, qualifier, total) = match c.kind {
            CK::Plain if qk == QK::Q(Qualifier::Exact) && is_converted(unit, c.factor) => {
                // "75 mph": the figure was rounded to its last digit, so
                // the converted value covers that rounding (±0.5 mph).
                let h = 0.5 * c.step * c.mult * c.factor.abs();
                let lo = if signed { v - h } else { (v - h).max(0.0) };
                (
                    Some(v),
                    Some(lo),
                    Some(v + h),
                    true,
                    true,
                    Qualifier::Exact,
                    None,
                )
            }
            CK::Plain | CK::Fraction | CK::Ratio => {
                let (a, b, cc, d, e, f) = interval(qk, v, signed);
                (a, b, cc, d, e, f, None)
            }
            CK::OutOf(total) => {
                let (a, b, cc, d, e, f) = interval(qk, v, signed);
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
            CK::Vague(lo, hi, li, hinc, point) => {
                (point, Some(lo), Some(hi), li, hinc, Qualifier::Vague, None)
            }
        };
        let finite = [value, low, high, total]
            .iter()
            .all(|x| x.is_none_or(f64::is_finite));
        if !finite {
            return Step::Skip(c.e);
        }
        let written = c
            .conv
            .filter(|k| k.factor != 1.0 || k.offset != 0.0)
            .map(|k| {
                let back = |x: f64| (x - k.offset) / k.factor;
                let range = value.is_none() || qualifier == Qualifier::Range;
                let (wlow, whigh) = match (qualifier, c.kind) {
                    (Qualifier::Exact | Qualifier::Approximate, _) => (None, None),
                    (_, _) if !range => (None, None),
                    (Qualifier::LessThan | Qualifier::AtMost, _) => (None, high.map(back)),
                    _ => (low.map(back), high.map(back)),
                };
                Written {
                    value: value.map(back).map(tidy),
                    low: wlow.map(tidy),
                    high: whigh.map(tidy),
                    unit: k.symbol.to_string(),
                }
            });
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
                written,
            },
        })
    }
}

/// A figure converted back to its written unit, rid of the float noise of
/// the round trip (20 mi, not 20.000000000000004).
fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 12 - x.abs().log10().ceil() as i32;
    if !(-300..=300).contains(&digits) {
        return x;
    }
    let p = 10f64.powi(digits);
    let r = (x * p).round() / p;
    if r.is_finite() {
        r
    } else {
        x
    }
}
