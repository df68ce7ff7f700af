//! Quantities: numbers with their qualifier as an interval, unit and what
//! they count.
//!
//! [`extract`] scans one English sentence of news prose and returns every
//! quantity phrase with its byte range, sorted by start and non-overlapping.
//! The scanner is a hand-written tokenizer plus a small recursive-descent
//! parser over the tokens; nothing is compiled per call and nothing can
//! panic (all slicing happens on char boundaries found by the tokenizer).
//!
//! # Spans
//!
//! A span covers the qualifier, the number, its scale and its unit, but
//! never the counted noun and never a trailing `of`:
//! `"a majority of the 281"` (lawmakers), `"more than 200"` (lawmakers),
//! `"47 out of 56"` (countries), `"100 billion euros"`, `"19 per cent"`,
//! `"between 200 and 250"`, `"from 252 to 287 miles"`, `"two-thirds"` (of),
//! `"dozens"` (of people), `"one in five"`, `"3-1"`. Change markers
//! ("rose", "fell by", "up") are *not* in the span; they only set `change`.
//!
//! # Intervals
//!
//! | phrase                                              | qualifier     | value   | interval                  |
//! |-----------------------------------------------------|---------------|---------|---------------------------|
//! | `47`, `a third of`, `one in five`                   | `Exact`       | v       | `[v, v]`                  |
//! | about, around, some, roughly, approximately, an estimated, estimated, close to, circa, or so; "a dozen", "two dozen" (a round number) | `Approximate` | v | `[0.9v, 1.1v]` (±10 %) |
//! | nearly, almost, just under, just shy of, not quite  | `Approximate` | v       | `[0.9v, v)`               |
//! | more than, over, above, in excess of, upwards of, just/well over, greater than | `MoreThan` | null | `(v, ∞)` |
//! | at least, no fewer than, no less than, a minimum of, or more, `50+`, `50-plus` | `AtLeast` | null | `[v, ∞)` |
//! | fewer than, less than, under, below                 | `LessThan`    | null    | `[0, v)`                  |
//! | at most, up to, no more than, a maximum of, as many/much/high as, or fewer, or less | `AtMost` | null | `[0, v]` |
//! | between a and b, from a to b, a-b, a to b, a or b (b ≤ 2a+1) | `Range` | (a+b)/2 | `[a, b]`             |
//! | `$140 million to $160 million`, `$140 to $160 million` (scale carried back) | `Range` | (a+b)/2 | `[a, b]` |
//! | between half and two-thirds                         | `Range`       | (a+b)/2 | `[a, b]`, unit fraction   |
//! | a majority of (the) N                               | `Majority`    | null    | `(N/2, N]`, total N       |
//! | a majority of more than N                           | `Majority`    | null    | `(N/2, ∞)`                |
//! | a couple (of)                                       | `Vague`       | null    | `[2, 3]`                  |
//! | a few                                               | `Vague`       | null    | `[2, 5]`                  |
//! | a handful (of)                                      | `Vague`       | null    | `[2, 6]`                  |
//! | several                                             | `Vague`       | null    | `[3, 9]`                  |
//! | dozens                                              | `Vague`       | null    | `[24, 144)`               |
//! | scores of                                           | `Vague`       | null    | `[40, 200)`               |
//! | hundreds                                            | `Vague`       | null    | `[200, 1000)`             |
//! | thousands                                           | `Vague`       | null    | `[2000, 10000)`           |
//! | millions / billions                                 | `Vague`       | null    | `[2e6, 1e7)` / `[2e9, 1e10)` |
//! | tens / hundreds / thousands of thousands, millions… | `Vague`       | null    | `[20X, 100X)` / `[200X, 1000X)` / `[2000X, 10000X)` |
//! | several / a few / a couple + hundred, thousand, …   | `Vague`       | null    | the bounds above × scale  |
//!
//! A converted measurement (miles, feet, mph, acres, pounds → km, m, km/h,
//! ha, kg) that is exact gets an interval for the rounding of the written
//! figure instead of a point: ± half its last digit ("75 mph" = 74.5–75.5
//! mph = [119.9, 121.5] km/h, "2.5 miles" ± 0.05 mile); a round integer is
//! taken as rounded to its last nonzero digit but by at most 5 % of its
//! value ("1,000 feet" = 975–1,025 feet). `value` stays the converted
//! figure. So "75 mph" and "120 km/h" overlap, in [`overlaps`] and in any
//! interval comparison, while "75 mph" and "140 km/h" do not. Written units
//! (km, %, currencies) keep point intervals.
//!
//! `"over"` before a duration ("eight years", "two seasons") that follows a
//! figure within three words is the period of that figure, not a bound:
//! `"$160 million over eight years"` gives 8 (exact, counted "year"); alone
//! (`"for over eight years"`) it is still `MoreThan`. A qualifier before a
//! bare fraction makes it a proportion: `"more than half"` = (0.5, ∞).
//!
//! A change word shortly before `from a to b` (rose, fell, raise, cut,
//! reduce, increase, lift, boost…, up to six words back in the clause:
//! `"raise the number of seats from 65 to 125"`, `"rose from 5% to 7%"`)
//! makes it a change, not a range: two quantities, the old value `a`
//! (exact, no change) and the new value `b` (exact, change up when `b > a`,
//! down when smaller). A unit, scale or counted noun written only after `b`
//! applies to `a` too. Year pairs ("grew from 2000 to 2010") stay periods.
//! A change noun right after a percentage or an amount of money also sets
//! the change: `"a 24% drop"` (down), `"a $5 million increase"` (up).
//!
//! A majority of any other bound halves the lower end (exclusive) and keeps
//! the upper end. A trailing bound ("some 50 or more") wins over a leading
//! approximation; otherwise the leading qualifier wins. Unbounded ends are `None` with `*_inclusive == false`.
//!
//! # Units
//!
//! * `"percent"` (19%, 19 per cent, 19 percent, 19 pct), `"percentage_point"`
//!   (percentage points; basis points are converted ×0.01).
//! * `"fraction"`: half, a third, two-thirds, three quarters… as a proportion
//!   in `[0, 1]` (two-thirds = 0.6667). `"ratio"`: one in five = 0.2 (also a
//!   proportion in `[0, 1]`). [`overlaps`] compares percent, fraction and
//!   ratio on the same scale.
//! * `"score"`: `3-1`, `won 2-0`, `31-24 victory`: value = first number,
//!   total = second number, exact. A dashed pair is a score when a sports
//!   word is near or the first number is not smaller than the second;
//!   otherwise, or with a unit, scale or counted noun, it is a range.
//! * Length: km (km, kilometres, kilometers), m (metres, meters, an attached
//!   `m` without currency as in `150m`); miles → km (×1.609344), feet → m
//!   (×0.3048), nautical miles → km (×1.852). Area: ha, acres → ha
//!   (×0.40468564224), square km/miles → `"km2"`. Mass: kg, tonnes/tons → `"t"`,
//!   pounds (not money) → kg (×0.45359237). Speed: `"km/h"` (mph converted).
//!   `"magnitude"` for earthquakes (`5.6 magnitude`, `magnitude-6.1`, `6.1 on
//!   the Richter scale`, `3.8 degrees on the Richter scale`, `a magnitude of
//!   6.1`). `"cent"`, `"pence"`.
//! * A decimal written without its leading zero (`.358`, a batting average)
//!   is 0.358, after a space, the start, `(` or `$`.
//! * `US $160 million` (with or without the space), `HK $`, `NZ $`.
//! * Currency as ISO code, never converted: €/euros/EUR → EUR, $/dollars/USD
//!   → USD, £/pounds sterling/GBP → GBP (plain "pounds" is GBP with a scale
//!   word or money context, otherwise weight), hryvnias → UAH,
//!   roubles/rubles → RUB, yen/¥ → JPY, yuan → CNY, rupees → INR. Scale
//!   suffixes `bn`, `mn`, `tn` always; `m`, `b`, `k` only after a currency.
//!
//! # Counted noun
//!
//! The noun after the number (after unit/scale; after `of (the)` for
//! fractions and vague amounts), lemmatized with [`lemma`]. Up to three
//! words, ending at the last plural-looking word (premodifiers kept:
//! "56 member countries" → "member country"); one word for a bare 1
//! ("one person"). A coordinated plural is kept ("countries or institutions"
//! → "country or institution"). Hyphen compounds count their tail
//! ("90-day" → "day", "16-year-old" → "year-old"). No counted noun when a
//! unit is present. A singular unit of time counts too ("for 8 year" →
//! "year"); acronym plurals and demonyms in -is count ("43 RBIs" → "rbi",
//! "12 Somalis" → "somali"); "30 of the 80 wounded" counts "wounded" with
//! total 80.
//!
//! # Not quantities
//!
//! Years (a bare 4-digit integer 1000–2100 without unit, scale, currency or
//! lowercase plural noun), year ranges (1995-99), dates (`May 27`,
//! `27 May 2024`, `2024-05-27`, `27/09/2013`), clock times (`6:47 PM`,
//! `2:30 a.m.`, `10 o'clock`, `0800 GMT`), ordinals (`22nd`), decades
//! (`1990s`), identifiers (`F-16`, `COVID-19`, `G7`, `MH17`, `Section 427`,
//! `Boeing 737`, `Article 5`, `No. 10`: a number after a capitalized
//! non-function word with no unit or counted noun; `AK 47`, `MH 17`: a
//! number after a capitalized acronym of one to three letters, even before
//! a noun, except US, UK, EU, UN), roads and addresses (`the 605 Freeway`,
//! `the 12000 block of`), phone numbers (a group of digits starting with 0
//! and the space-separated groups after it, `0845 125 2222`; three or more
//! space-separated groups of digits, `1 800 555 1234`), list
//! markers at the start, chains of three or more joined numbers
//! (`1,2,3,4,5`, `45-7-2`), and ages in apposition (`Katie Jenkin, 20,`),
//! which are skipped on purpose; `a 66-year-old woman` is extracted (value
//! 66, counted "year-old"). The word "one" is a quantity only before a
//! scale, `in`/`out of`, a hyphen compound, a unit, or a counted noun that
//! is not pronoun-like ("one of the", "one thing", "the one who" are not).
//! "One day after", "one week later" (a unit of time followed by after,
//! before, later, earlier or ago) is a duration: 1, counted "day"; the idiom
//! "one day he will…" is not.
//!
//! A compound duration is one quantity in its smallest unit, its span
//! running from the first figure to the last unit word: "7 minutes 41
//! seconds" = 461 (counted "second"), "2 hours and 30 minutes" = 150
//! ("minute"), "2 years and 3 months" = 27 ("month"), "an hour and a half"
//! = 1.5 ("hour"); see `compound.rs` for which units join.
//!
//! Values that overflow `f64` are skipped.

mod change;
mod compound;
mod counted;
mod fractions;
mod lemma;
mod not_quantity;
mod overlap;
mod parser;
mod qualifiers;
mod ranges;
#[cfg(test)]
mod tests;
mod tokens;
mod units;
mod words;

pub use lemma::lemma;
pub use overlap::{overlaps, reversed_score};
pub use units::is_currency_code;
pub(crate) use words::scale_word;

use parser::{Step, P};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use tokens::tokenize;

/// How a figure was qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approximate,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    Range,
    Majority,
    Vague,
}

/// Direction of a change ("rose 5%", "down 19 cents").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Up,
    Down,
}

/// A quantity as an interval. `None` bounds are unbounded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Point estimate, or null for a pure bound ("more than 200").
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
    pub qualifier: Qualifier,
    pub change: Option<Change>,
    /// Normalized unit: "percent", "km", "kg", "ha", ISO currency code ("EUR").
    pub unit: Option<String>,
    /// What is counted, lemmatized ("lawmaker", "country or institution").
    pub counted: Option<String>,
    /// The whole the figure is part of: 56 in "47 out of 56", 281 in "a majority of the 281".
    pub total: Option<f64>,
    /// The figure as written, when its unit was converted: `{"value": 20,
    /// "unit": "mi"}` beside 32.19 km. Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<Written>,
}

/// A converted figure as written, in its written unit: the value, and for
/// ranges and bounds the written ends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Written {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// The written unit's symbol: "mi", "ft", "°F", "GB", "bp".
    pub unit: String,
}

impl Quantity {
    /// What the figure measures: its unit, else what it counts. Percent,
    /// fraction and ratio are one measure ("share"): "two-thirds" and "67%"
    /// measure the same thing.
    pub fn measure(&self) -> Option<String> {
        match self.unit.as_deref() {
            Some("percent" | "fraction" | "ratio") => Some("share".into()),
            Some(u) => Some(u.to_string()),
            None => self.counted.clone(),
        }
    }
}

/// Every quantity in a statement, with its byte range in `text`.
pub fn extract(text: &str) -> Vec<(Range<usize>, Quantity)> {
    let toks = tokenize(text);
    let p = P::new(&toks);
    let mut out = Vec::new();
    let mut i = 0;
    // End (token index) of the last quantity found.
    let mut last: Option<usize> = None;
    while i < toks.len() {
        if let Some((a, b)) = p.change_from_to(i) {
            let end = b.e;
            for f in [a, b] {
                if f.e > f.s {
                    out.push((toks[f.s].s..toks[f.e - 1].e, f.q));
                }
            }
            last = Some(end);
            i = end.max(i + 1);
            continue;
        }
        match p.at(i, last) {
            Step::Ok(f) => {
                let mut next = f.e.max(i + 1);
                if f.e > f.s {
                    // "10 kilometres (6.2 miles)": one measure written twice
                    if let Some(e) = conversion_in_brackets(&p, f.e, &f.q) {
                        next = e;
                    }
                    out.push((toks[f.s].s..toks[f.e - 1].e, f.q));
                    last = Some(f.e);
                }
                i = next;
            }
            Step::Skip(n) => i = n.max(i + 1),
            Step::No => i += 1,
        }
    }
    compound::join_durations(text, &mut out);
    for (r, q) in &mut out {
        round_dozen(&text[r.clone()], q);
    }
    out
}

/// "A dozen", "half a dozen", "two dozen": news writes a round number, so
/// the figure is approximate (±10 %, as "about"); "a dozen shots" does not
/// contradict "13 shots". Only a plain figure is widened.
fn round_dozen(span: &str, q: &mut Quantity) {
    let lower = span.to_lowercase();
    if q.qualifier != Qualifier::Exact
        || !lower
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w == "dozen")
    {
        return;
    }
    if let Some(v) = q.value {
        q.qualifier = Qualifier::Approximate;
        q.low = Some(v * 0.9);
        q.high = Some(v * 1.1);
    }
}

/// A bracket right after a measure holding the same measure in other
/// units, "21.1 kilometres (13.1 miles)", "8,849 metres (29,032 feet)": the
/// end of the bracket, when both normalize to one unit with values within
/// 10% of each other — a conversion, not a second figure. Money in another
/// currency stays a figure of its own ("€40m ($43m)"): another outlet may
/// give only the dollars, and the two are compared in dollars. But money in
/// brackets that reads as the same currency with another value is the
/// outlet's own currency sharing the sign ("$US1 million ($1.52 million)"
/// in an Australian paper): a conversion, never a second figure in US
/// dollars.
fn conversion_in_brackets(p: &P, e: usize, q: &Quantity) -> Option<usize> {
    if p.l(e) != "(" {
        return None;
    }
    let Step::Ok(g) = p.at(e + 1, None) else {
        return None;
    };
    if p.l(g.e) != ")" {
        return None;
    }
    let (Some(a), Some(b)) = (q.unit.as_deref(), g.q.unit.as_deref()) else {
        return None;
    };
    let mid = |x: &Quantity| x.value.or(x.low).or(x.high);
    let close = match (mid(q), mid(&g.q)) {
        (Some(x), Some(y)) => (x - y).abs() <= 0.1 * x.abs().max(y.abs()),
        _ => false,
    };
    let same = a == b && (units::is_currency_code(a) || close);
    same.then_some(g.e + 1)
}
