//! Fractions: in words ("two-thirds", "five eighths", "a hundredth", "one
//! hundred thirty-fifths"), in digits ("1/2", "10 1/2", "1⁄32", "2½") and
//! as a quotient ("one over three").
//!
//! A fraction standing alone or before "of" is a proportion (unit
//! `"fraction"`: "two-thirds of the vote"); before a unit it is a plain
//! number of that unit ("1/2 pound", "three-quarters of a mile"). A digit
//! fraction must be proper with a usual denominator (2–6, 8, 10, 12, 16,
//! 32, 64, 100), so that "9/11", "24/7" and dates are not read as
//! fractions; the fraction slash "⁄" always makes one.

use super::parser::{Core, Number, CK, P};
use super::tokens::K;
use super::words::tens_num;

/// An ordinal used as a denominator, with whether it is plural:
/// "thirds" → (3, true).
pub(super) fn denominator(w: &str) -> Option<(f64, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) if !matches!(w, "halves") => (s, true),
        _ => (w, false),
    };
    let d = match stem {
        "half" => 2.0,
        "halve" if plural => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    };
    Some((d, plural || w == "halves"))
}

/// The ordinal of a unit inside a compound ordinal ("twenty-first").
fn unit_ordinal(w: &str) -> Option<(f64, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, true),
        None => (w, false),
    };
    let d = match stem {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        _ => return None,
    };
    Some((d, plural))
}

impl P<'_, '_> {
    /// A denominator at `k`: an ordinal word, or a compound ordinal
    /// ("twenty-first", "thirty fifths"). Returns (denominator, plural,
    /// end, hyphenated).
    pub(super) fn denominator_at(&self, k: usize) -> Option<(f64, bool, usize)> {
        if !self.word(k) {
            return None;
        }
        if let Some(t) = tens_num(self.l(k)) {
            let m = if self.dash(k + 1) { k + 2 } else { k + 1 };
            let (u, plural) = unit_ordinal(self.l(m)).filter(|_| self.word(m))?;
            return Some((t + u, plural, m + 1));
        }
        if let Some((d, plural)) = denominator(self.l(k)) {
            return Some((d, plural, k + 1));
        }
        // "one hundred fifth", "one hundred and fifth": an ordinal after
        // round hundreds
        let c = self.cardinal(k, false)?;
        if c.v % 100.0 != 0.0 || c.v == 0.0 {
            return None;
        }
        let m = if self.l(c.e) == "and" { c.e + 1 } else { c.e };
        let (o, plural) = unit_ordinal(self.l(m))
            .or_else(|| denominator(self.l(m)).filter(|(d, _)| *d < 100.0))
            .filter(|_| self.word(m))?;
        Some((c.v + o, plural, m + 1))
    }

    /// A fraction in words at `k` after "and": "a half", "one fourth",
    /// "three quarters", "a thirtieth". Returns (value, end).
    pub(super) fn word_fraction(&self, k: usize, _after_and: bool) -> Option<(f64, usize)> {
        let (n, m) = match self.l(k) {
            "a" | "an" => (1.0, k + 1),
            _ => {
                let c = self.cardinal(k, false)?;
                (c.v, c.e)
            }
        };
        let (d, plural, e) = self.denominator_at(m)?;
        if (n == 1.0) == plural && d != 2.0 {
            return None;
        }
        Some((n / d, e))
    }

    /// A fraction at `i`; `qualified` when a qualifier precedes ("more than
    /// half"), which makes it a proportion even without "of".
    pub(super) fn fraction_of(&self, i: usize, qualified: bool) -> Option<Core> {
        let w = self.l(i);
        let (num, den, e, hyph) = if w == "half" {
            let prev = if i > 0 { self.l(i - 1) } else { "" };
            if matches!(
                prev,
                "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "latter"
                    | "former"
                    | "other"
                    | "top"
                    | "bottom"
                    | "back"
                    | "front"
                    | "the"
                    | "this"
                    | "that"
                    | "each"
                    | "either"
                    | "a"
            ) {
                return None;
            }
            (1.0, 2.0, i + 1, false)
        } else {
            let scaled = matches!(w, "a" | "an") && self.cardinal(i, false).is_some();
            let (n, m, tens_last) = match w {
                "a" | "an" if !scaled => (1.0, i + 1, None),
                _ if self.word(i) => {
                    let c = self.cardinal(i, false)?;
                    if c.fraction || c.v == 0.0 {
                        return None;
                    }
                    (c.v, c.e, c.tens_last)
                }
                _ => return None,
            };
            // "two-thirds", "five - eighths"
            let (k, hyph) = if self.dash(m)
                && ((self.att(m) && self.att(m + 1)) || self.denominator_at(m + 1).is_some())
            {
                (m + 1, true)
            } else {
                (m, false)
            };
            let (d, plural, e) = self.denominator_at(k)?;
            let (mut n, mut d) = (n, d);
            // "one hundred thirty fifths" = 100/35: a tens word right
            // before a unit ordinal, after other words, is the ordinal's.
            if let Some(t) = tens_last {
                if d < 10.0 {
                    n -= t;
                    d += t;
                }
            }
            if n == 0.0 {
                return None;
            }
            // "five eighths" needs a plural ("a two-third majority" is not
            // said either); "a" is not hyphenated to its ordinal.
            if (matches!(w, "a" | "an") && hyph) || (n > 1.0 && !plural) {
                return None;
            }
            (n, d, e, hyph)
        };
        let next = self.l(e);
        // "fell by a third", "rose a fifth": the size of a change is a share
        let by =
            i > 0 && (self.l(i - 1) == "by" || super::change::change_verb(self.l(i - 1)).is_some());
        // "five eighths." standing alone; not "half" ("after half" is
        // half-time) nor "quarters" ("led for three quarters" of a game).
        let prev = if i > 0 { self.l(i - 1) } else { "" };
        let periods = self.l(e - 1).starts_with("quarter")
            && (matches!(
                prev,
                "for"
                    | "in"
                    | "through"
                    | "after"
                    | "over"
                    | "within"
                    | "during"
                    | "all"
                    | "first"
                    | "last"
                    | "final"
                    | "the"
                    | "two"
                    | "three"
            ) || self.num(i.wrapping_sub(1)));
        let alone = w != "half"
            && !periods
            && self
                .t
                .get(e)
                .is_none_or(|t| t.k == K::Punct && !matches!(t.t, "-" | "–" | "/" | "%"));
        let a_form = matches!(w, "a" | "an") && num == 1.0;
        let ok = next == "of"
            || by
            || (qualified && !matches!(next, "a" | "an" | "-") && !self.num(e))
            || (hyph && num > 1.0)
            || (w == "half" && matches!(next, "the" | "its" | "their" | "his" | "her"))
            || (!a_form && w != "half" && next != "-" && self.word(e) && num > 1.0)
            // "a fifth" is a share before "of"; alone it is most often one
            // more of something ("wounding a third", "as did a third"), but
            // "a millionth" and "a half" are shares anyway
            || (alone && (!a_form || den >= 100.0 || den == 2.0));
        if !ok {
            return None;
        }
        if self.t[i].cap && i > 0 && self.cap_name(i - 1) {
            return None;
        }
        // "two thirds of a million"
        if next == "of" && matches!(self.l(e + 1), "a" | "an") {
            if let Some(s) = super::words::big_scale(self.l(e + 2)) {
                let mut c = Core::new(i, e + 3, CK::Plain, num / den * s);
                c.counted_at = Some(e + 3);
                return Some(c);
            }
        }
        let counted_at = if next == "of" {
            let mut k = e + 1;
            if matches!(
                self.l(k),
                "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those" | "all"
            ) {
                k += 1;
            }
            Some(k)
        } else {
            None
        };
        let mut c = Core::new(i, e, CK::Fraction, num / den);
        c.unit = Some("fraction");
        c.counted_at = counted_at;
        Some(c)
    }

    /// A fraction in digits at `j` (a number token): "3/4", "1⁄32",
    /// "10 1/2", "2½", "½". Returns the number, or None when `j` does not
    /// start one.
    pub(super) fn digit_fraction(&self, j: usize) -> Option<Number> {
        let t = self.t.get(j)?;
        if t.k != K::Num {
            return None;
        }
        // "½", "2½"
        if t.t.chars().count() == 1 && super::tokens::vulgar(t.t.chars().next()?).is_some() {
            return Some(Number::digits(j, j + 1, t.v, false, true));
        }
        if !t.int || t.comma {
            return None;
        }
        // "2½", "7 ½ minutes"
        if let Some(f) = self.t.get(j + 1) {
            let vulgar = f.t.chars().count() == 1
                && f.t.chars().next().and_then(super::tokens::vulgar).is_some();
            if f.k == K::Num && vulgar {
                return Some(Number::digits(j, j + 2, t.v + f.v, false, false));
            }
        }
        // a/b
        let simple = |k: usize| -> Option<(f64, usize)> {
            let a = self.t.get(k)?;
            let slash = self.t.get(k + 1)?;
            let b = self.t.get(k + 2)?;
            if a.k != K::Num || b.k != K::Num || !a.int || !b.int || a.comma || b.comma {
                return None;
            }
            if slash.sp || b.sp {
                return None;
            }
            let (nv, dv) = (a.v, b.v);
            let ok = match slash.t {
                "⁄" => dv > 0.0,
                "/" => {
                    nv < dv
                        && nv > 0.0
                        && matches!(
                            dv as u64,
                            2 | 3 | 4 | 5 | 6 | 8 | 10 | 12 | 16 | 32 | 64 | 100
                        )
                        && !matches!(self.l(k + 3), "/" | "-")
                        && !(k >= 1
                            && matches!(self.l(k - 1), "/" | "-")
                            && !self.t[k].sp
                            && self.sign_at(k - 1).is_none())
                }
                _ => false,
            };
            ok.then_some((nv / dv, k + 3))
        };
        if let Some((f, e)) = simple(j) {
            return Some(Number::digits(j, e, f, false, true));
        }
        // "10 1/2 miles": a whole number, a space, a proper fraction.
        if self.t.get(j + 1).is_some_and(|n| n.sp && n.k == K::Num) {
            if let Some((f, e)) = simple(j + 1) {
                if f < 1.0 {
                    return Some(Number::digits(j, e, t.v + f, false, false));
                }
            }
        }
        None
    }

    /// "one over three", "1 over 20": a quotient, when neither number
    /// measures or counts anything ("$2,000 over three years" is a period,
    /// "two over par" a golf score).
    pub(super) fn over_quotient(&self, c: &Core) -> Option<Core> {
        if self.l(c.e) != "over" || c.unit.is_some() || c.mult != 1.0 || c.currency {
            return None;
        }
        let n = match self.number(c.e + 1) {
            super::parser::Step::Ok(n) => n,
            _ => return None,
        };
        let e = n.e;
        let next = self.l(e);
        let counted = self.cand(e).is_some()
            || super::units::unit_word(next).is_some()
            || super::words::scale_word(next).is_some();
        if counted || n.v == 0.0 || next == "par" || self.num(e) || next == "%" {
            return None;
        }
        let mut q = c.clone();
        q.kind = CK::Ratio;
        q.raw = c.raw / (n.v * n.mult);
        q.e = e;
        q.one = false;
        q.counted_at = None;
        Some(q)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn frac(text: &str) -> Option<(f64, String)> {
        let toks = tokenize(text);
        let p = P::new(&toks);
        let c = if toks[0].k == K::Num {
            p.digit_fraction(0).map(|n| (n.v, n.e))
        } else {
            p.fraction_of(0, false).map(|c| (c.raw, c.e))
        };
        c.map(|(v, e)| (v, text[..toks[e - 1].e].to_string()))
    }

    fn close(a: Option<(f64, String)>, v: f64, span: &str) -> bool {
        a.is_some_and(|(x, s)| (x - v).abs() < 1e-9 && s == span)
    }

    #[test]
    fn fractions_in_words() {
        for (text, v, span) in [
            ("two-thirds of the vote", 2.0 / 3.0, "two-thirds"),
            ("five eighths", 0.625, "five eighths"),
            ("one eighth.", 0.125, "one eighth"),
            ("a hundredth", 0.01, "a hundredth"),
            ("a quarter of the seats", 0.25, "a quarter"),
            ("twenty-three fifths", 4.6, "twenty-three fifths"),
            (
                "one hundred and thirty-two fifths",
                26.4,
                "one hundred and thirty-two fifths",
            ),
            (
                "one hundred thirty fifths",
                100.0 / 35.0,
                "one hundred thirty fifths",
            ),
            ("a hundred trillionths", 1e-10, "a hundred trillionths"),
        ] {
            let got = frac(text);
            assert!(close(got.clone(), v, span), "{text}: {got:?}");
        }
        // A rank, not a fraction.
        assert!(frac("a fifth term").is_none());
        assert!(frac("two millionth visitor").is_none());
    }

    #[test]
    fn a_fraction_alone_is_a_share_only_as_the_size_of_a_change() {
        let shares = |text: &str| -> Vec<f64> {
            super::super::extract(text)
                .into_iter()
                .filter(|(_, q)| q.unit.as_deref() == Some("fraction"))
                .filter_map(|(_, q)| q.value)
                .collect()
        };
        assert_eq!(shares("Exports shrank a quarter last year."), [0.25]);
        assert_eq!(shares("The fund lost value by a fifth."), [0.2]);
        // one more of something, not a share
        assert!(shares("Two guards died and a third was hurt.").is_empty());
        assert!(shares("Her first film flopped, as did a third.").is_empty());
    }

    #[test]
    fn fractions_in_digits() {
        for (text, v, span) in [
            ("1/2 pound", 0.5, "1/2"),
            ("3/4 of the vote", 0.75, "3/4"),
            ("1\u{2044}32 inch", 1.0 / 32.0, "1\u{2044}32"),
            ("10 1/2 miles", 10.5, "10 1/2"),
            ("2\u{bd} cups", 2.5, "2\u{bd}"),
            ("\u{be} of", 0.75, "\u{be}"),
        ] {
            let got = frac(text);
            assert!(close(got.clone(), v, span), "{text}: {got:?}");
        }
        // Not fractions: an attack, round the clock, a date, a chain.
        for text in ["9/11 attacks", "24/7 service", "3/4/2020", "1/2/3"] {
            assert!(frac(text).is_none(), "{text}");
        }
    }
}
