//! Numbers in words ("forty-seven", "a dozen"), scale words, vague amounts
//! ("dozens") and fractions ("two-thirds").

use super::parser::{Core, CK, P};
use super::tokens::K;
use super::units::currency_word;

pub(super) fn small_num(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

pub(super) fn tens_num(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

pub(super) fn big_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Scale words after digits ("1.5 million", "100 bn").
pub(super) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        "hundred" => 1e2,
        "dozen" => 12.0,
        _ => return None,
    })
}

pub(super) fn plural_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

pub(super) fn is_number_word(w: &str) -> bool {
    small_num(w).is_some() || tens_num(w).is_some() || scale_word(w).is_some()
}

pub(super) fn denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

impl P<'_, '_> {
    pub(super) fn number_word_start(&self, i: usize) -> bool {
        let w = self.l(i);
        small_num(w).is_some()
            || tens_num(w).is_some()
            || (matches!(w, "a" | "an") && scale_word(self.l(i + 1)).is_some())
    }

    pub(super) fn scale(&self, k: usize, currency: bool) -> Option<(f64, usize)> {
        let t = self.t.get(k)?;
        let currency = currency || currency_word(self.l(k + 1)).is_some_and(|c| c.len() == 3);
        if t.k == K::Word && !t.sp {
            let m = match t.t {
                "bn" | "Bn" | "BN" => 1e9,
                "mn" | "Mn" | "mln" => 1e6,
                "tn" | "trn" => 1e12,
                "m" | "M" | "MM" | "mm" if currency => 1e6,
                "b" | "B" if currency => 1e9,
                "k" | "K" if currency => 1e3,
                _ => return None,
            };
            return Some((m, k + 1));
        }
        if self.dash(k) && self.att(k) && self.att(k + 1) {
            if let Some(m) = big_scale(self.l(k + 1)) {
                return Some((m, k + 2));
            }
            return None;
        }
        if t.k == K::Word {
            if let Some(m) = scale_word(&t.l) {
                if t.l == "hundred" || t.l == "dozen" {
                    // "5 hundred thousand"
                    if let Some(m2) = big_scale(self.l(k + 1)) {
                        return Some((m * m2, k + 2));
                    }
                }
                return Some((m, k + 1));
            }
        }
        None
    }

    /// Number words: "forty-seven", "one hundred and twenty", "a dozen",
    /// "two million", "half a million". Returns (value, end, bare "one").
    pub(super) fn words(&self, i: usize) -> Option<(f64, usize, bool)> {
        let t = &self.t[i];
        let w = t.l.as_str();
        let mut j = i;
        let mut total = 0.0;
        let mut cur: f64;
        if matches!(w, "a" | "an") {
            let n = self.l(i + 1);
            if !matches!(
                n,
                "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
            ) {
                return None;
            }
            cur = 1.0;
            j += 1;
        } else if w == "half"
            && self.l(i + 1) == "a"
            && matches!(
                self.l(i + 2),
                "million" | "billion" | "dozen" | "thousand" | "hundred"
            )
        {
            cur = 0.5;
            j += 2;
        } else if let Some(n) = small_num(w) {
            cur = n;
            j += 1;
        } else if let Some(n) = tens_num(w) {
            cur = n;
            j += 1;
            if self.dash(j) && self.att(j) && self.att(j + 1) {
                if let Some(u) = small_num(self.l(j + 1)).filter(|u| (1.0..10.0).contains(u)) {
                    cur += u;
                    j += 2;
                }
            }
        } else {
            return None;
        }
        if t.cap && i > 0 && self.cap_name(i - 1) {
            return None;
        }
        // multipliers
        loop {
            let mut k = if self.dash(j) && self.att(j) && self.att(j + 1) {
                j + 1
            } else {
                j
            };
            let w = self.l(k);
            if !self.word(k) {
                break;
            }
            if w == "hundred" {
                cur *= 100.0;
                j = k + 1;
                // "one hundred and twenty"
                if self.l(j) == "and" {
                    if let Some(n) = small_num(self.l(j + 1)).or_else(|| tens_num(self.l(j + 1))) {
                        cur += n;
                        j += 2;
                    }
                } else if let Some(n) = small_num(self.l(j)).or_else(|| tens_num(self.l(j))) {
                    cur += n;
                    j += 1;
                }
                continue;
            }
            if w == "dozen" {
                cur *= 12.0;
                j = k + 1;
                continue;
            }
            if let Some(m) = big_scale(w) {
                total += cur * m;
                cur = 0.0;
                j = k + 1;
                // "two million three hundred thousand" — continue with more words
                k = j;
                if let Some(n) = small_num(self.l(k)).or_else(|| tens_num(self.l(k))) {
                    if self.l(k + 1) == "hundred" || big_scale(self.l(k + 1)).is_some() {
                        cur = n;
                        j = k + 1;
                        continue;
                    }
                }
                continue;
            }
            break;
        }
        let v = total + cur;
        Some((v, j, j == i + 1 && t.l == "one"))
    }

    pub(super) fn vague(&self, i: usize) -> Option<Core> {
        let w = self.l(i);
        let mk = |e: usize, lo: f64, hi: f64, li: bool, hi_inc: bool| Core {
            s: i,
            e,
            kind: CK::Vague(lo, hi, li, hi_inc),
            raw: 0.0,
            mult: 1.0,
            factor: 1.0,
            unit: None,
            currency: false,
            digit_tok: None,
            one: false,
            post: None,
            counted_at: None,
        };
        let (lo, hi, li, hinc, mut e) = match w {
            "dozens" => (24.0, 144.0, true, false, i + 1),
            "hundreds" => (200.0, 1000.0, true, false, i + 1),
            "thousands" => (2000.0, 10000.0, true, false, i + 1),
            "millions" => (2e6, 1e7, true, false, i + 1),
            "billions" => (2e9, 1e10, true, false, i + 1),
            "tens" if self.l(i + 1) == "of" && plural_scale(self.l(i + 2)).is_some() => {
                (20.0, 100.0, true, false, i + 1)
            }
            "scores" if self.l(i + 1) == "of" => (40.0, 200.0, true, false, i + 1),
            "several" if self.word(i + 1) => (3.0, 9.0, true, true, i + 1),
            "a" => match self.l(i + 1) {
                "few" if self.word(i + 2) => (2.0, 5.0, true, true, i + 2),
                "handful" => (2.0, 6.0, true, true, i + 2),
                "couple" if self.l(i + 2) == "of" || scale_word(self.l(i + 2)).is_some() => {
                    (2.0, 3.0, true, true, i + 2)
                }
                _ => return None,
            },
            _ => return None,
        };
        if self.t[i].cap && i > 0 && self.cap_name(i - 1) {
            return None;
        }
        let mut m = 1.0;
        if matches!(w, "several" | "a") {
            // "several hundred million"
            while let Some(s) = scale_word(self.l(e)).filter(|_| m < 1e15) {
                m *= s;
                e += 1;
            }
        } else if self.l(e) == "of" {
            if let Some(s) = plural_scale(self.l(e + 1)) {
                m = s;
                e += 2;
            }
        }
        let mut c = mk(e, lo * m, hi * m, li, hinc);
        // "millions of dollars"
        let k = if self.l(e) == "of" { e + 1 } else { e };
        if let Some(cur) = currency_word(self.l(k)).filter(|c| c.len() == 3) {
            if self.l(k).len() > 3 {
                c.unit = Some(cur);
                c.e = k + 1;
                return Some(c);
            }
        }
        c.counted_at = Some(k);
        Some(c)
    }

    pub(super) fn fraction(&self, i: usize) -> Option<Core> {
        self.fraction_of(i, false)
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
            let n = match w {
                "a" | "an" => 1.0,
                _ => small_num(w).filter(|n| (1.0..10.0).contains(n))?,
            };
            let (k, hyph) = if self.dash(i + 1) && self.att(i + 1) && self.att(i + 2) {
                (i + 2, true)
            } else {
                (i + 1, false)
            };
            let d = denominator(self.l(k))?;
            if (matches!(w, "a" | "an") && hyph) || (n > 1.0 && !self.l(k).ends_with('s')) {
                return None;
            }
            (n, d, k + 1, hyph)
        };
        let next = self.l(e);
        let by = i > 0 && self.l(i - 1) == "by";
        let ok = next == "of"
            || by
            || (qualified && !matches!(next, "a" | "an" | "-") && !self.num(e))
            || (hyph && num > 1.0)
            || (w == "half" && matches!(next, "the" | "its" | "their" | "his" | "her"))
            || (w != "a" && w != "an" && w != "half" && next != "-" && self.word(e) && num > 1.0);
        if !ok {
            return None;
        }
        if self.t[i].cap && i > 0 && self.cap_name(i - 1) {
            return None;
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
        Some(Core {
            s: i,
            e,
            kind: CK::Fraction,
            raw: num / den,
            mult: 1.0,
            factor: 1.0,
            unit: Some("fraction"),
            currency: false,
            digit_tok: None,
            one: false,
            post: None,
            counted_at,
        })
    }
}
