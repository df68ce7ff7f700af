//! Numbers in words through the English grammar of cardinals, scale words
//! after figures, and vague amounts.
//!
//! A cardinal is groups below a thousand ("twenty-eight", "six hundred
//! forty-two", "three hundred and two") joined by decreasing scales
//! ("twenty-eight thousand six hundred forty-two" = 28,642; "three lakh
//! crore" = 3 × 10¹²), opened by "a" before a scale ("a hundred", "a
//! dozen"), with a fraction after "and" ("two and a half" = 2.5; after a
//! scale it is a fraction of the scale: "one million and a half" = 1.5
//! million), and decimals after "point" ("two hundred point zero three").
//! A digit group may stand for a word group between scales ("4 thousand 3
//! hundred and 21"). "and" joins only after "hundred" or a scale, so "three
//! hundred and two hundred" stays two numbers.

use super::parser::{Core, Number, CK, P};
use super::tokens::K;
use super::units::currency_word;

pub(super) fn small_num(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" => 0.0,
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

/// Scales that close a group of a cardinal. "lakh" and "crore" are the
/// Indian scales, common in South Asian news ("Rs 5 crore").
pub(super) fn big_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Scale words after digits ("1.5 million", "100 bn", "13 lakh").
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "trn" | "tln" => 1e12,
        "hundred" => 1e2,
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => 12.0,
        _ => return big_scale(w),
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

/// Where the parser is in a cardinal: what the last word was.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    And,
}

/// A cardinal read by [`P::cardinal`].
#[derive(Debug, Clone, Copy)]
pub(super) struct Cardinal {
    pub(super) v: f64,
    pub(super) e: usize,
    /// The scale that ends a one-group phrase ("five thousand": 1,000), so
    /// a range can carry it back ("four to five thousand"); 1 otherwise.
    pub(super) tail: f64,
    /// The last word was a tens word ("thirty") right after another word
    /// of the number, not after "and": with an ordinal after it, it is the
    /// ordinal's ("one hundred thirty fifths" = 100/35).
    pub(super) tens_last: Option<f64>,
    /// The phrase ended on a fraction ("and a half").
    pub(super) fraction: bool,
}

impl P<'_, '_> {
    pub(super) fn number_word_start(&self, i: usize) -> bool {
        let w = self.l(i);
        small_num(w).is_some()
            || tens_num(w).is_some()
            || (matches!(w, "a" | "an") && scale_word(self.l(i + 1)).is_some())
    }

    /// A digit group that can stand for a word group inside a cardinal
    /// ("4 thousand 3 hundred and 21").
    fn digit_group(&self, k: usize) -> Option<f64> {
        let t = self.t.get(k)?;
        (t.k == K::Num && t.int && !t.comma && !t.lead0 && t.v < 1000.0).then_some(t.v)
    }

    /// A cardinal in words starting at `i` (or at a digit group, when
    /// `digits`), with its decimals and a fraction after "and".
    pub(super) fn cardinal(&self, i: usize, digits: bool) -> Option<Cardinal> {
        let mut total = 0.0;
        let mut cur = 0.0;
        let mut j = i;
        let mut last = Last::Start;
        let mut prev_scale = f64::INFINITY;
        let mut words = 0;
        let mut tens_last = None;
        let mut after_and = false;
        // What was added since the last "and": "dozens" multiply only it.
        let mut since_and = 0.0;
        // "a hundred", "a dozen", "a million"
        if matches!(self.l(i), "a" | "an")
            && matches!(
                self.l(i + 1),
                "hundred"
                    | "thousand"
                    | "million"
                    | "billion"
                    | "trillion"
                    | "dozen"
                    | "lakh"
                    | "crore"
            )
        {
            cur = 1.0;
            last = Last::Unit;
            j += 1;
            words += 1;
        } else if matches!(self.l(i), "half" | "quarter")
            || (matches!(self.l(i), "a" | "an") && self.l(i + 1) == "quarter")
        {
            // "half a million", "half million", "a quarter million"
            let (f, mut k) = if self.l(i) == "half" {
                (0.5, i + 1)
            } else if self.l(i) == "quarter" {
                (0.25, i + 1)
            } else {
                (0.25, i + 2)
            };
            if self.l(k) == "a" && f == 0.5 {
                k += 1;
            }
            let s = big_scale(self.l(k)).or_else(|| (self.l(k) == "dozen").then_some(12.0))?;
            return Some(Cardinal {
                v: f * s,
                e: k + 1,
                tail: 1.0,
                tens_last: None,
                fraction: true,
            });
        } else if self.l(i) == "hundred" && big_scale(self.l(i + 1)).is_some() {
            // "hundred thousand dollars"
            cur = 1.0;
            last = Last::Unit;
        } else if digits {
            cur = self.digit_group(i)?;
            last = Last::Unit;
            j += 1;
            words += 1;
        }
        loop {
            // "two-million-euro", "five-hundred": a hyphen before a scale
            if self.dash(j)
                && self.att(j)
                && self.att(j + 1)
                && last != Last::Start
                && (self.l(j + 1) == "hundred" || big_scale(self.l(j + 1)).is_some())
            {
                j += 1;
            }
            let w = self.l(j);
            let word = self.word(j);
            if word {
                if let Some(u) = small_num(w) {
                    let ok = match last {
                        Last::Start | Last::Hundred | Last::Scale | Last::And => true,
                        Last::Tens => (1.0..10.0).contains(&u),
                        _ => false,
                    };
                    // "and zero" is never said: "4 thousand 3 hundred and 0"
                    // is two numbers.
                    if !ok || (last == Last::And && u == 0.0) {
                        break;
                    }
                    cur += u;
                    if last == Last::And {
                        since_and = u;
                    } else if last == Last::Tens && since_and > 0.0 {
                        since_and += u;
                    }
                    tens_last = None;
                    last = if u < 10.0 { Last::Unit } else { Last::Teen };
                    j += 1;
                    words += 1;
                    after_and = false;
                    continue;
                }
                if let Some(t) = tens_num(w) {
                    if !matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And) {
                        break;
                    }
                    tens_last = (words > 0 && last != Last::And).then_some(t);
                    if last == Last::And {
                        since_and = t;
                    }
                    cur += t;
                    last = Last::Tens;
                    j += 1;
                    words += 1;
                    after_and = false;
                    // "twenty-eight", "fifty - two"
                    if self.dash(j) {
                        if let Some(u) =
                            small_num(self.l(j + 1)).filter(|u| (1.0..10.0).contains(u))
                        {
                            if self.word(j + 1) {
                                cur += u;
                                if since_and > 0.0 {
                                    since_and += u;
                                }
                                j += 2;
                                tens_last = None;
                                last = Last::Unit;
                            }
                        }
                    }
                    continue;
                }
                // "five hundreds" is said for "five hundred"
                if w == "hundred" || (w == "hundreds" && cur > 0.0 && cur < 10.0) {
                    // "hundred" opens a number only after "a" or before a
                    // scale ("hundred thousand"): "the first hundred days"
                    if cur >= 100.0 || cur == 0.0 {
                        break;
                    }
                    if cur == 0.0 {
                        cur = 1.0;
                    }
                    cur *= 100.0;
                    last = Last::Hundred;
                    tens_last = None;
                    j += 1;
                    words += 1;
                    continue;
                }
                if let Some(s) = big_scale(w) {
                    if cur == 0.0 && last == Last::Scale && total > 0.0 {
                        // "three lakh crore"
                        total *= s;
                        prev_scale = s;
                        j += 1;
                        words += 1;
                        continue;
                    }
                    if cur == 0.0 || s >= prev_scale {
                        break;
                    }
                    total += cur * s;
                    cur = 0.0;
                    prev_scale = s;
                    last = Last::Scale;
                    tens_last = None;
                    j += 1;
                    words += 1;
                    continue;
                }
                if matches!(w, "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs")
                    && cur > 0.0
                    && matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred)
                {
                    // "three hundred and two dozens" = 300 + 24
                    if since_and > 0.0 {
                        cur += since_and * 11.0;
                    } else {
                        cur *= 12.0;
                    }
                    since_and = 0.0;
                    last = Last::Hundred;
                    tens_last = None;
                    j += 1;
                    words += 1;
                    continue;
                }
                if w == "and" && matches!(last, Last::Hundred | Last::Scale) {
                    // Only a group below a hundred follows "and", and not
                    // one that is itself counted in hundreds ("3 hundred
                    // and 2 hundred" is two numbers).
                    let next = self
                        .digit_group(j + 1)
                        .filter(|_| digits || words > 0)
                        .or_else(|| small_num(self.l(j + 1)))
                        .or_else(|| tens_num(self.l(j + 1)));
                    if let Some(n) = next {
                        let k = if tens_num(self.l(j + 1)).is_some() && self.dash(j + 2) {
                            j + 4
                        } else {
                            j + 2
                        };
                        // after "hundred" only tens and units ("three
                        // hundred and two", not "and two hundred"); after a
                        // scale any group ("two thousand and two hundred")
                        let fits = if last == Last::Hundred {
                            n < 100.0 && self.l(k) != "hundred"
                        } else {
                            big_scale(self.l(k)).is_none()
                        };
                        // "one hundred and three quarters": a unit before
                        // an ordinal is the fraction after "and"
                        // "two and fifty-four hundredths": a decimal ordinal
                        let tail = (n < 10.0 && self.denominator_at(j + 2).is_some())
                            || self
                                .denominator_at(k)
                                .is_some_and(|(d, _, _)| matches!(d as u64, 10 | 100 | 1000));
                        if n > 0.0 && fits && !tail {
                            j += 1;
                            last = Last::And;
                            after_and = true;
                            continue;
                        }
                    }
                }
            } else if let Some(g) = self.digit_group(j) {
                // "4 thousand 3 hundred and 21": a digit group after a
                // scale, before "hundred" or a scale, or closing after "and".
                let next = self.l(j + 1);
                let closes = last == Last::And;
                let opens =
                    matches!(last, Last::Scale) && (next == "hundred" || big_scale(next).is_some());
                if (digits || words > 0) && (closes || opens) && self.t[j].sp {
                    cur += g;
                    if closes {
                        since_and = g;
                    }
                    last = Last::Unit;
                    j += 1;
                    words += 1;
                    after_and = false;
                    continue;
                }
            }
            break;
        }
        if after_and {
            j -= 1;
        }
        if words == 0 && last != Last::Unit {
            return None;
        }
        let mut v = total + cur;
        let mut fraction = false;
        // "two hundred point zero three", "nought point eleven"
        if self.l(j) == "point" {
            let mut k = j + 1;
            let mut decimals = String::new();
            while let Some(d) = small_num(self.l(k))
                .filter(|_| self.word(k))
                .or_else(|| tens_num(self.l(k)).filter(|_| self.word(k)))
            {
                let mut d = d;
                let mut step = 1;
                if tens_num(self.l(k)).is_some() && self.dash(k + 1) {
                    if let Some(u) = small_num(self.l(k + 2)).filter(|u| (1.0..10.0).contains(u)) {
                        d += u;
                        step = 3;
                    }
                }
                decimals.push_str(&format!("{}", d as u32));
                k += step;
            }
            if !decimals.is_empty() {
                if let Ok(f) = format!("0.{decimals}").parse::<f64>() {
                    v += f;
                    j = k;
                    fraction = true;
                }
            }
        }
        // "two and a half", "one million and a half", "three and one fourth"
        if self.l(j) == "and" {
            if let Some((f, k)) = self.word_fraction(j + 1, true) {
                if last == Last::Scale && cur == 0.0 && big_scale(self.l(k)).is_none() {
                    v += f * prev_scale;
                } else {
                    v += f;
                }
                j = k;
                fraction = true;
                // "five and a half million"; "one billion and a half
                // million" is a half million more
                if let Some(s) = big_scale(self.l(j)) {
                    if total == 0.0 {
                        v *= s;
                        j += 1;
                    } else if s < prev_scale && last == Last::Scale && cur == 0.0 {
                        v = total + f * s;
                        j += 1;
                    }
                }
            }
        }
        let tail = if last == Last::Hundred && total == 0.0 && !fraction && cur % 100.0 == 0.0 {
            // "seven hundred": "six to seven hundred" carries it back
            100.0
        } else if last == Last::Scale && cur == 0.0 && !fraction && prev_scale.is_finite() {
            let base = v / prev_scale;
            if base < 1000.0 {
                prev_scale
            } else {
                1.0
            }
        } else {
            1.0
        };
        Some(Cardinal {
            v,
            e: j,
            tail,
            tens_last: if fraction { None } else { tens_last },
            fraction,
        })
    }

    /// Number words at `i`, as a [`Number`]: "forty-seven", "one hundred
    /// and twenty", "a dozen", "two million", "half a million".
    pub(super) fn words(&self, i: usize) -> Option<Number> {
        let t = &self.t[i];
        if t.k != K::Word {
            return None;
        }
        // "all for naught", "came to nought": an idiom, not zero
        if matches!(t.l.as_str(), "naught" | "nought")
            && i > 0
            && matches!(self.l(i - 1), "for" | "to" | "but")
        {
            return None;
        }
        let c = self.cardinal(i, false)?;
        if t.cap && i > 0 && self.cap_name(i - 1) {
            return None;
        }
        let one = c.e == i + 1 && t.l == "one";
        Some(Number {
            s: i,
            e: c.e,
            v: c.v / c.tail,
            mult: c.tail,
            tok: None,
            one,
            int: c.v.fract() == 0.0,
            frac: false,
            step: 1.0,
        })
    }

    /// A scale after a figure: "1.5 million", "100 bn", "£2.7m", "10k",
    /// "1.5-million", "5 hundred thousand". `currency` when the figure is
    /// money, where "m", "b", "k" and "mil" are scales, never units.
    pub(super) fn scale(&self, k: usize, currency: bool) -> Option<(f64, usize)> {
        let t = self.t.get(k)?;
        let after = self.l(k + 1);
        let currency = currency
            || currency_word(after).is_some_and(|c| c.len() == 3 && c != "GBP")
            || matches!(after, "dollars" | "euros" | "pounds" | "yen" | "yuan");
        // A plural noun, a currency word or the end of the phrase after an
        // unattached capital "M" or "B": "8 B people", "10M." — not "the
        // 8 B block".
        let counts = || {
            let n = self.t.get(k + 1);
            n.is_none_or(|n| n.k == K::Punct && !matches!(n.t, "-" | "/"))
                || (self.word(k + 1)
                    && !self.t[k + 1].cap
                    && super::lemma::is_plural(after)
                    && !super::counted::is_stop(after))
        };
        if t.k == K::Word && !t.sp {
            let m = match t.t {
                "bn" | "Bn" | "BN" | "bln" => 1e9,
                "mn" | "Mn" | "mln" => 1e6,
                "tn" | "trn" | "tln" => 1e12,
                "m" | "M" | "MM" | "mm" | "mil" if currency => 1e6,
                "b" | "B" | "bil" if currency => 1e9,
                "k" | "K" if currency => 1e3,
                // Without money, a capital "M" is a million ("10M users"),
                // a lower-case "m" is metres ("150m").
                "M" | "MM" => 1e6,
                // ... but "4.2m viewers", "3m people": before a plural noun
                // no metre is counted (a height or a length comes before
                // a noun it describes: "1.5m waves", "100m hurdles")
                "m" if self.millions_counted(k) => 1e6,
                "B" | "b" if counts() => 1e9,
                // "10G" alone is giga; "5G", "4.5G" are networks (one
                // digit, or a decimal), "10G Ethernet" a name
                "G" if counts() && k > 0 && self.t[k - 1].int && self.t[k - 1].ndig >= 2 => 1e9,
                "k" | "K" if !self.k_is_not_thousand(k) => 1e3,
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
                if t.l.starts_with("doz") && t.l.ends_with('s') && t.l != "dozs" {
                    // "3 dozens" (Recognizers' form) reads as 36, but
                    // "dozens" alone is vague; both are rare after digits.
                }
                if t.l == "hundred" || t.l == "dozen" {
                    // "5 hundred thousand"
                    if let Some(m2) = big_scale(self.l(k + 1)) {
                        return Some((m * m2, k + 2));
                    }
                }
                return Some((m, k + 1));
            }
            let m = match t.t {
                "mil" if currency => 1e6,
                "m" if currency => 1e6,
                // "1,674.5 G": giga, like "M" and "B" — spaced only, as "5G"
                // is a network
                "M" | "B" | "G" if counts() => {
                    if t.t == "M" {
                        1e6
                    } else {
                        1e9
                    }
                }
                "k" | "K" if counts() && !self.k_is_not_thousand(k) => 1e3,
                _ => return None,
            };
            return Some((m, k + 1));
        }
        None
    }

    /// Whether a lower-case "m" glued to the figure before `k` counts
    /// millions of the plural noun after it: people and the things news
    /// counts in millions always; any other plural noun after a figure
    /// with decimals, unless metres describe it ("1.5m waves").
    fn millions_counted(&self, k: usize) -> bool {
        let after = self.l(k + 1);
        if !self.word(k + 1) || self.t[k + 1].cap {
            return false;
        }
        let counted = matches!(
            after,
            "people"
                | "residents"
                | "users"
                | "viewers"
                | "customers"
                | "voters"
                | "households"
                | "homes"
                | "jobs"
                | "visitors"
                | "subscribers"
                | "passengers"
                | "children"
                | "workers"
                | "members"
                | "fans"
                | "copies"
                | "shares"
                | "barrels"
                | "tonnes"
                | "tons"
                | "doses"
                | "cases"
                | "votes"
                | "followers"
                | "downloads"
                | "units"
                | "vehicles"
                | "cars"
        );
        let decimals = k > 0 && self.t[k - 1].k == K::Num && !self.t[k - 1].int;
        let metres_describe = matches!(
            after,
            "waves" | "swells" | "walls" | "fences" | "hurdles" | "boats" | "yachts" | "tides"
        );
        counted
            || (decimals
                && !metres_describe
                && super::lemma::is_plural(after)
                && !super::counted::is_stop(after))
    }

    /// "4K TV", "an 8K display": a resolution, not four thousand; "a 10K
    /// run" is a distance (see the units).
    pub(super) fn k_is_not_thousand(&self, k: usize) -> bool {
        matches!(
            self.l(k + 1),
            "tv" | "tvs"
                | "television"
                | "televisions"
                | "resolution"
                | "video"
                | "videos"
                | "display"
                | "displays"
                | "screen"
                | "screens"
                | "monitor"
                | "monitors"
                | "camera"
                | "cameras"
                | "footage"
                | "streaming"
                | "content"
                | "ultra"
                | "hdr"
                | "run"
                | "runs"
                | "race"
                | "races"
                | "walk"
                | "walks"
                | "runner"
                | "runners"
                | "fun"
        ) || (k > 0
            && self.t[k - 1].ndig == 1
            && self.t[k - 1].int
            && !self.t[k].sp
            && self.l(k + 1).is_empty())
    }

    pub(super) fn vague(&self, i: usize) -> Option<Core> {
        let w = self.l(i);
        let (lo, hi, li, hinc, point, mut e) = match w {
            "dozens" => (24.0, 144.0, true, false, None, i + 1),
            "hundreds" => (200.0, 1000.0, true, false, None, i + 1),
            "thousands" => (2000.0, 10000.0, true, false, None, i + 1),
            "millions" => (2e6, 1e7, true, false, None, i + 1),
            "billions" => (2e9, 1e10, true, false, None, i + 1),
            "tens" if self.l(i + 1) == "of" && plural_scale(self.l(i + 2)).is_some() => {
                (20.0, 100.0, true, false, None, i + 1)
            }
            "scores" if self.l(i + 1) == "of" => (40.0, 200.0, true, false, None, i + 1),
            "several" if self.word(i + 1) => (3.0, 9.0, true, true, None, i + 1),
            "a" => match self.l(i + 1) {
                "few" if self.word(i + 2) => (2.0, 5.0, true, true, None, i + 2),
                "handful" => (2.0, 6.0, true, true, None, i + 2),
                // "a couple" is two, loosely: value 2 within [2, 3].
                "couple" if self.l(i + 2) == "of" || scale_word(self.l(i + 2)).is_some() => {
                    (2.0, 3.0, true, true, Some(2.0), i + 2)
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
            while let Some(s) = scale_word(self.l(e))
                .filter(|_| m < 1e15 && !(self.l(e).starts_with("doz") && self.l(e).ends_with('s')))
            {
                m *= s;
                e += 1;
            }
        } else if self.l(e) == "of" {
            if let Some(s) = plural_scale(self.l(e + 1)) {
                m = s;
                e += 2;
            }
        }
        let mut c = Core::new(
            i,
            e,
            CK::Vague(lo * m, hi * m, li, hinc, point.map(|p| p * m)),
            0.0,
        );
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
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn card(text: &str) -> Option<(f64, String)> {
        let toks = tokenize(text);
        let p = P::new(&toks);
        let digits = toks.first().is_some_and(|t| t.k == K::Num);
        p.cardinal(0, digits).map(|c| {
            let end = if c.e == 0 { 0 } else { toks[c.e - 1].e };
            (c.v, text[..end].to_string())
        })
    }

    #[test]
    fn a_lower_case_m_counts_millions_only_before_what_it_counts() {
        let read = |text: &str| -> Vec<(f64, Option<String>)> {
            super::super::extract(text)
                .into_iter()
                .filter_map(|(_, q)| Some((q.value?, q.unit)))
                .collect()
        };
        assert_eq!(read("The show drew 6.3m viewers."), [(6.3e6, None)]);
        assert_eq!(read("Some 2m residents fled."), [(2e6, None)]);
        assert_eq!(read("Crews laid 3.4m pipes."), [(3.4e6, None)]);
        // metres
        let m = Some("m".to_string());
        assert_eq!(read("She cleared 2.05m."), [(2.05, m.clone())]);
        assert_eq!(read("He ran the 400m hurdles."), [(400.0, m.clone())]);
        assert_eq!(read("Storms raised 4.5m waves."), [(4.5, m)]);
    }

    #[test]
    fn cardinals_through_the_grammar() {
        for (text, v, span) in [
            (
                "twenty-eight thousand six hundred forty-two fans",
                28642.0,
                "twenty-eight thousand six hundred forty-two",
            ),
            (
                "nineteen thousand four hundred and thirty-six",
                19436.0,
                "nineteen thousand four hundred and thirty-six",
            ),
            ("fifty - two", 52.0, "fifty - two"),
            ("fifty   two", 52.0, "fifty   two"),
            ("a hundred and five", 105.0, "a hundred and five"),
            ("twenty-one hundred", 2100.0, "twenty-one hundred"),
            (
                "two  thousand  and  two hundred",
                2200.0,
                "two  thousand  and  two hundred",
            ),
            (
                "one million two thousand",
                1_002_000.0,
                "one million two thousand",
            ),
            ("three lakh crore", 3e12, "three lakh crore"),
            ("a dozen eggs", 12.0, "a dozen"),
            ("three dozen eggs", 36.0, "three dozen"),
            ("half a million people", 5e5, "half a million"),
            ("a quarter million", 2.5e5, "a quarter million"),
            ("two and a half years", 2.5, "two and a half"),
            ("one million and a half", 1.5e6, "one million and a half"),
            ("five and a half million", 5.5e6, "five and a half million"),
            (
                "one hundred and three quarters",
                100.75,
                "one hundred and three quarters",
            ),
            (
                "two hundred point zero three",
                200.03,
                "two hundred point zero three",
            ),
            ("nought point eleven", 0.11, "nought point eleven"),
            ("hundred thousand dollars", 1e5, "hundred thousand"),
            (
                "4 thousand 3 hundred and 21",
                4321.0,
                "4 thousand 3 hundred and 21",
            ),
        ] {
            assert_eq!(card(text), Some((v, span.to_string())), "{text}");
        }
    }

    #[test]
    fn where_a_cardinal_stops() {
        // Two numbers, not one.
        assert_eq!(
            card("three hundred and two hundred").map(|c| c.0),
            Some(300.0)
        );
        assert_eq!(card("two three").map(|c| c.0), Some(2.0));
        assert_eq!(card("twenty twenty").map(|c| c.0), Some(20.0));
        assert_eq!(card("four thousand and zero").map(|c| c.0), Some(4000.0));
        // "and" before a clause is not part of the number.
        assert_eq!(card("five hundred and the rest").map(|c| c.0), Some(500.0));
        assert_eq!(card("the end"), None);
    }
}
