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
//! | about, around, some, roughly, approximately, an estimated, estimated, close to, circa, or so | `Approximate` | v | `[0.9v, 1.1v]` (±10 %) |
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
//! Values that overflow `f64` are skipped.

use serde::{Deserialize, Serialize};
use std::ops::Range;

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
    let p = P { t: &toks };
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
                if f.e > f.s {
                    out.push((toks[f.s].s..toks[f.e - 1].e, f.q));
                    last = Some(f.e);
                }
                i = f.e.max(i + 1);
            }
            Step::Skip(n) => i = n.max(i + 1),
            Step::No => i += 1,
        }
    }
    out
}

/// Singular of an English noun, lowercased ("countries" → "country",
/// "children" → "child", "people" → "people", "boxes" → "box").
pub fn lemma(word: &str) -> String {
    // "RBIs", "MPs", "IEDs": an acronym with a plural "s".
    if let Some(stem) = acronym_plural(word) {
        return stem.to_ascii_lowercase();
    }
    let w = word.to_lowercase();
    if let Some(s) = irregular_singular(&w) {
        return s.to_string();
    }
    let n = w.len();
    // "Somalis", "Iraqis", "taxis": plurals of nouns in -i.
    if n > 3 && w.ends_with("is") && I_WORDS.contains(&&w[..n - 1]) {
        return w[..n - 1].to_string();
    }
    // "campuses", "viruses", "bonuses" (but "houses", "causes", "abuses").
    if n > 5 && w.ends_with("uses") && !w.ends_with("ouses") && !w.ends_with("auses") {
        let stem = &w[..n - 1];
        if !USE_WORDS.contains(&stem) {
            return w[..n - 2].to_string();
        }
    }
    if n > 4
        && w.ends_with("men")
        && !matches!(w.as_str(), "specimen" | "abdomen" | "regimen" | "acumen")
    {
        return format!("{}man", &w[..n - 3]);
    }
    if !w.ends_with('s') || n < 3 || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    if matches!(
        w.as_str(),
        "news" | "series" | "species" | "means" | "headquarters" | "aids"
    ) {
        return w;
    }
    if n > 4 && w.ends_with("ies") {
        let stem = &w[..n - 3];
        if IE_WORDS.contains(&&w[..n - 1]) {
            return w[..n - 1].to_string();
        }
        return format!("{stem}y");
    }
    if w.ends_with("sses")
        || w.ends_with("xes")
        || w.ends_with("zzes")
        || ((w.ends_with("ches") || w.ends_with("shes")) && !CHE_WORDS.contains(&&w[..n - 1]))
    {
        return w[..n - 2].to_string();
    }
    w[..n - 1].to_string()
}

const IE_WORDS: &[&str] = &[
    "movie", "cookie", "zombie", "calorie", "rookie", "goalie", "hippie", "prairie", "brownie",
    "selfie", "smoothie", "newbie", "auntie", "freebie", "sortie", "genie", "eerie", "birdie",
];
/// Nouns in -i whose plural in -is is not a singular in -is ("tennis").
const I_WORDS: &[&str] = &[
    "somali",
    "yemeni",
    "iraqi",
    "israeli",
    "pakistani",
    "saudi",
    "kuwaiti",
    "qatari",
    "omani",
    "bahraini",
    "emirati",
    "afghani",
    "bangladeshi",
    "nepali",
    "azerbaijani",
    "punjabi",
    "bengali",
    "gujarati",
    "marathi",
    "sindhi",
    "baluchi",
    "taxi",
    "ski",
    "kiwi",
    "nazi",
    "safari",
    "alibi",
    "bikini",
    "rabbi",
    "mufti",
    "yogi",
    "swami",
    "alkali",
    "houthi",
    "tutsi",
];
/// Singulars in -use: their plural loses only the "s" ("abuses" → "abuse").
const USE_WORDS: &[&str] = &[
    "abuse", "excuse", "refuse", "recluse", "misuse", "disuse", "overuse", "reuse", "accuse",
    "amuse", "confuse", "diffuse", "infuse", "peruse", "enthuse", "defuse", "suffuse", "bemuse",
];

/// The stem of an acronym plural: "RBIs" → "RBI" (two or more capitals, then
/// a lowercase "s").
fn acronym_plural(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('s')?;
    (stem.len() >= 2
        && stem
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && stem.bytes().filter(u8::is_ascii_uppercase).count() >= 2)
        .then_some(stem)
}

const CHE_WORDS: &[&str] = &[
    "tranche",
    "headache",
    "niche",
    "cache",
    "moustache",
    "avalanche",
    "cliche",
    "psyche",
    "microfiche",
];

fn irregular_singular(w: &str) -> Option<&'static str> {
    Some(match w {
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "feet" => "foot",
        "teeth" => "tooth",
        "mice" => "mouse",
        "geese" => "goose",
        "persons" => "person",
        "lives" => "life",
        "wives" => "wife",
        "knives" => "knife",
        "wolves" => "wolf",
        "halves" => "half",
        "thieves" => "thief",
        "leaves" => "leaf",
        "shelves" => "shelf",
        "calves" => "calf",
        "loaves" => "loaf",
        "heroes" => "hero",
        "potatoes" => "potato",
        "tomatoes" => "tomato",
        "echoes" => "echo",
        "vetoes" => "veto",
        "torpedoes" => "torpedo",
        "crises" => "crisis",
        "analyses" => "analysis",
        "theses" => "thesis",
        "diagnoses" => "diagnosis",
        "buses" => "bus",
        "gases" => "gas",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        "indices" => "index",
        "oxen" => "ox",
        _ => return None,
    })
}

fn is_plural(w: &str) -> bool {
    if matches!(
        w,
        "people"
            | "police"
            | "men"
            | "women"
            | "children"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "staff"
            | "personnel"
            | "cattle"
            | "livestock"
            | "data"
            | "media"
            | "criteria"
            | "phenomena"
            | "oxen"
            | "clergy"
            | "militia"
            | "infantry"
            | "aircraft"
    ) {
        return true;
    }
    let n = w.len();
    if n > 4 && w.ends_with("men") && lemma(w) != w {
        return true;
    }
    if n > 3 && w.ends_with("is") && I_WORDS.contains(&&w[..n - 1]) {
        return true;
    }
    n >= 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !matches!(
            w,
            "news"
                | "series"
                | "species"
                | "this"
                | "its"
                | "his"
                | "has"
                | "was"
                | "yes"
                | "thus"
                | "plus"
                | "gas"
                | "lens"
                | "always"
                | "perhaps"
                | "whereas"
                | "unless"
                | "across"
                | "besides"
                | "towards"
                | "afterwards"
                | "sometimes"
                | "aids"
                | "hers"
                | "ours"
                | "yours"
                | "theirs"
                | "does"
                | "goes"
                | "says"
                | "means"
                | "whereabouts"
        )
}

/// Whether two quantities can denote the same amount: same unit (percent,
/// fraction and ratio are compared as proportions), intersecting intervals,
/// and for scores the same total.
pub fn overlaps(a: &Quantity, b: &Quantity) -> bool {
    let (fa, fb) = match (a.unit.as_deref(), b.unit.as_deref()) {
        (x, y) if x == y => (1.0, 1.0),
        (Some(x), Some(y)) => match (proportion_factor(x), proportion_factor(y)) {
            (Some(fx), Some(fy)) => (fx, fy),
            _ => return false,
        },
        _ => return false,
    };
    if a.unit.as_deref() == Some("score") {
        if let (Some(x), Some(y)) = (a.total, b.total) {
            if x != y {
                return false;
            }
        }
    }
    let lo = |q: &Quantity, f: f64| q.low.map(|v| (v * f, q.low_inclusive));
    let hi = |q: &Quantity, f: f64| q.high.map(|v| (v * f, q.high_inclusive));
    let lo = match (lo(a, fa), lo(b, fb)) {
        (Some(x), Some(y)) => Some(if x.0 > y.0 {
            x
        } else if y.0 > x.0 {
            y
        } else {
            (x.0, x.1 && y.1)
        }),
        (x, y) => x.or(y),
    };
    let hi = match (hi(a, fa), hi(b, fb)) {
        (Some(x), Some(y)) => Some(if x.0 < y.0 {
            x
        } else if y.0 < x.0 {
            y
        } else {
            (x.0, x.1 && y.1)
        }),
        (x, y) => x.or(y),
    };
    match (lo, hi) {
        (Some((l, li)), Some((h, hi))) => l < h || (l == h && li && hi),
        _ => true,
    }
}

fn proportion_factor(unit: &str) -> Option<f64> {
    match unit {
        "percent" => Some(0.01),
        "fraction" | "ratio" => Some(1.0),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum K {
    Word,
    Num,
    Ident,
    Punct,
}

#[derive(Debug)]
struct Tok<'a> {
    k: K,
    s: usize,
    e: usize,
    t: &'a str,
    /// Lowercase text for words and identifiers, empty otherwise.
    l: String,
    /// Whitespace (or the start of the text) precedes the token.
    sp: bool,
    cap: bool,
    v: f64,
    int: bool,
    comma: bool,
    ndig: usize,
    lead0: bool,
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    let n = b.len();
    let dig = |k: usize| k < n && b[k].is_ascii_digit();
    let mut out = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    let mut sp = true;
    while i < n {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            sp = true;
            i += cl;
            continue;
        }
        let mut tok = Tok {
            k: K::Punct,
            s: i,
            e: i + cl,
            t: "",
            l: String::new(),
            sp,
            cap: false,
            v: 0.0,
            int: true,
            comma: false,
            ndig: 0,
            lead0: false,
        };
        // ".358" (a batting average): a decimal without its leading zero,
        // after a space, the start, "(" or a currency sign.
        let lead_dot = c == '.'
            && dig(i + 1)
            && (i == 0 || {
                let p = b[i - 1];
                p.is_ascii_whitespace() || matches!(p, b'(' | b'$')
            });
        if lead_dot {
            let mut j = i + 1;
            while dig(j) {
                j += 1;
            }
            // not a version or a chain ("1 .2.3"): the decimal ends here
            let chained = j < n && (b[j] == b'.' || b[j] == b',') && dig(j + 1);
            if !chained {
                tok.v = text[i..j].parse().unwrap_or(f64::INFINITY);
                tok.k = K::Num;
                tok.e = j;
                tok.int = false;
                tok.ndig = j - i - 1;
                tok.t = &text[i..j];
                i = j;
                out.push(tok);
                sp = false;
                continue;
            }
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while dig(j) {
                j += 1;
            }
            let mut ndig = j - i;
            while j < n && b[j] == b',' && dig(j + 1) && dig(j + 2) && dig(j + 3) && !dig(j + 4) {
                j += 4;
                ndig += 3;
                tok.comma = true;
            }
            if j < n && b[j] == b'.' && dig(j + 1) {
                j += 1;
                while dig(j) {
                    j += 1;
                }
                tok.int = false;
            }
            let raw = &text[i..j];
            let v: Result<f64, _> = if tok.comma {
                raw.replace(',', "").parse()
            } else {
                raw.parse()
            };
            tok.v = v.unwrap_or(f64::INFINITY);
            tok.k = K::Num;
            tok.e = j;
            tok.ndig = ndig;
            tok.lead0 = b[i] == b'0' && ndig > 1;
        } else if c.is_alphabetic() {
            let mut j = i + cl;
            let mut has_digit = false;
            while j < n {
                let Some(d) = text[j..].chars().next() else {
                    break;
                };
                if d.is_alphanumeric() {
                    has_digit |= d.is_ascii_digit();
                    j += d.len_utf8();
                } else if (d == '\'' || d == '’')
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(|x| x.is_alphabetic())
                {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            tok.k = if has_digit { K::Ident } else { K::Word };
            tok.e = j;
            tok.cap = c.is_uppercase();
            let raw = &text[i..j];
            tok.l = if raw.is_ascii() {
                raw.to_ascii_lowercase()
            } else {
                raw.to_lowercase()
            };
        }
        tok.t = &text[tok.s..tok.e];
        i = tok.e;
        out.push(tok);
        sp = false;
    }
    out
}

// ---------------------------------------------------------------------------
// Lexicon

fn small_num(w: &str) -> Option<f64> {
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

fn tens_num(w: &str) -> Option<f64> {
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

fn big_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Scale words after digits ("1.5 million", "100 bn").
fn scale_word(w: &str) -> Option<f64> {
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

fn plural_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

fn is_number_word(w: &str) -> bool {
    small_num(w).is_some() || tens_num(w).is_some() || scale_word(w).is_some()
}

fn denominator(w: &str) -> Option<f64> {
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

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "euro" | "euros" | "eur" => "EUR",
        "dollar" | "dollars" | "usd" => "USD",
        "sterling" | "gbp" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" => "CNY",
        "rupee" | "rupees" | "inr" => "INR",
        "hryvnia" | "hryvnias" | "hryvnya" | "hryvnyas" | "hryvnas" | "uah" => "UAH",
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "RUB",
        "cent" | "cents" => "cent",
        "pence" => "pence",
        _ => return None,
    })
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₴" => "UAH",
        "₽" => "RUB",
        _ => return None,
    })
}

/// Measurement units: (normalized unit, conversion factor).
fn unit_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => ("km", 1.0),
        "mile" | "miles" | "mi" => ("km", 1.609344),
        "m" | "metre" | "metres" | "meter" | "meters" => ("m", 1.0),
        "ft" | "foot" | "feet" => ("m", 0.3048),
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo"
        | "kilos" => ("kg", 1.0),
        "lb" | "lbs" => ("kg", 0.453_592_37),
        "tonne" | "tonnes" | "ton" | "tons" => ("t", 1.0),
        "ha" | "hectare" | "hectares" => ("ha", 1.0),
        "acre" | "acres" => ("ha", 0.404_685_642_24),
        "km2" | "km²" => ("km2", 1.0),
        "mph" => ("km/h", 1.609344),
        "kph" | "kmh" => ("km/h", 1.0),
        "magnitude" => ("magnitude", 1.0),
        _ => return None,
    })
}

fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mondays"
            | "tuesdays"
            | "wednesdays"
            | "thursdays"
            | "fridays"
            | "saturdays"
            | "sundays"
    )
}

/// Words that never belong to a counted noun phrase (and that do not make a
/// following number an identifier when capitalized).
fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "and"
            | "or"
            | "but"
            | "that"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "what"
            | "when"
            | "where"
            | "while"
            | "from"
            | "with"
            | "without"
            | "on"
            | "at"
            | "for"
            | "by"
            | "as"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "them"
            | "their"
            | "his"
            | "her"
            | "him"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "i"
            | "me"
            | "my"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "than"
            | "then"
            | "so"
            | "not"
            | "no"
            | "nor"
            | "also"
            | "only"
            | "just"
            | "more"
            | "most"
            | "less"
            | "least"
            | "other"
            | "others"
            | "another"
            | "each"
            | "every"
            | "all"
            | "some"
            | "any"
            | "such"
            | "same"
            | "after"
            | "before"
            | "since"
            | "until"
            | "till"
            | "during"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "around"
            | "between"
            | "among"
            | "against"
            | "through"
            | "per"
            | "via"
            | "up"
            | "down"
            | "out"
            | "off"
            | "away"
            | "ago"
            | "again"
            | "too"
            | "very"
            | "both"
            | "either"
            | "neither"
            | "if"
            | "because"
            | "though"
            | "although"
            | "whether"
            | "said"
            | "says"
            | "say"
            | "according"
            | "including"
            | "like"
            | "near"
            | "across"
            | "behind"
            | "beyond"
            | "within"
            | "toward"
            | "towards"
            | "upon"
            | "yet"
            | "still"
            | "already"
            | "now"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "last"
            | "next"
            | "first"
            | "later"
            | "earlier"
            | "respectively"
            | "apiece"
            | "alone"
            | "together"
            | "altogether"
            | "instead"
            | "fewer"
            | "plus"
            | "minus"
            | "dead"
            | "injured"
            | "wounded"
            | "hurt"
            | "missing"
            | "killed"
            | "died"
            | "aged"
            | "old"
            | "previously"
            | "overall"
            | "total"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
            | "above"
            | "below"
            | "vs"
            | "versus"
            | "apart"
            | "even"
            | "ever"
            | "never"
            | "once"
            | "twice"
            | "how"
            | "why"
            | "whereas"
            | "unless"
            | "despite"
            | "amid"
            | "along"
            | "beside"
            | "besides"
            | "pm"
            | "gmt"
            | "utc"
            | "o'clock"
    )
}

/// Units of time, singular.
fn is_time_noun(w: &str) -> bool {
    matches!(
        w,
        "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century"
    )
}

/// Units of time, plural: "over eight years" is a period.
fn is_time_plural(w: &str) -> bool {
    matches!(
        w,
        "seconds"
            | "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "decades"
            | "centuries"
            | "seasons"
            | "quarters"
    )
}

/// Nouns after "one" that make it a pronoun or idiom, not a count.
fn is_pronoun_noun(w: &str) -> bool {
    matches!(
        w,
        "thing"
            | "way"
            | "time"
            | "point"
            | "side"
            | "hand"
            | "kind"
            | "sort"
            | "type"
            | "part"
            | "example"
            | "reason"
            | "day"
            | "moment"
            | "instance"
            | "another"
            | "such"
            | "another's"
            | "piece"
            | "bit"
            | "step"
            | "issue"
            | "question"
            | "problem"
            | "aspect"
            | "factor"
    )
}

fn is_sports_word(w: &str) -> bool {
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

fn change_verb(w: &str) -> Option<Change> {
    Some(match w {
        "rose" | "rise" | "rises" | "rising" | "risen" | "increased" | "increase" | "increases"
        | "increasing" | "grew" | "grow" | "grows" | "growing" | "grown" | "climbed" | "climb"
        | "climbs" | "climbing" | "jumped" | "jump" | "jumps" | "surged" | "surge" | "surges"
        | "soared" | "soar" | "soars" | "boosted" => Change::Up,
        "fell" | "fall" | "falls" | "falling" | "fallen" | "dropped" | "drop" | "drops"
        | "dropping" | "declined" | "decline" | "declines" | "declining" | "decreased"
        | "decrease" | "decreases" | "slid" | "slipped" | "slumped" | "plunged" | "plummeted"
        | "tumbled" | "sank" | "shrank" | "shrunk" | "cut" | "cuts" | "reduced" | "reduction"
        | "lowered" | "dipped" | "dip" | "eased" => Change::Down,
        _ => return None,
    })
}

fn is_money_context(w: &str) -> bool {
    matches!(
        w,
        "worth"
            | "cost"
            | "costs"
            | "costing"
            | "paid"
            | "pay"
            | "pays"
            | "paying"
            | "fine"
            | "fined"
            | "price"
            | "priced"
            | "sold"
            | "bought"
            | "salary"
            | "budget"
            | "spent"
            | "spend"
            | "raised"
            | "funding"
            | "fund"
            | "deal"
            | "contract"
            | "compensation"
            | "damages"
            | "bill"
            | "tax"
            | "earn"
            | "earned"
            | "earns"
            | "owed"
            | "debt"
            | "loan"
            | "valued"
            | "prize"
            | "bail"
            | "reward"
            | "bonus"
            | "invest"
            | "invested"
            | "investment"
            | "revenue"
            | "profit"
            | "loss"
            | "wage"
            | "wages"
            | "fee"
            | "fees"
            | "sum"
            | "pounds"
    )
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum QK {
    Q(Qualifier),
    Nearly,
}

const QUALS: &[(&[&str], QK)] = &[
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

// ---------------------------------------------------------------------------
// Parser

enum Step<T> {
    Ok(T),
    Skip(usize),
    No,
}

struct Found {
    s: usize,
    e: usize,
    q: Quantity,
}

#[derive(Debug, Clone, Copy)]
enum CK {
    Plain,
    Fraction,
    Ratio,
    Score(f64),
    OutOf(f64),
    Range(f64, f64),
    Vague(f64, f64, bool, bool),
}

#[derive(Debug, Clone)]
struct Core {
    s: usize,
    e: usize,
    kind: CK,
    /// Number before scale and unit conversion.
    raw: f64,
    mult: f64,
    factor: f64,
    unit: Option<&'static str>,
    currency: bool,
    /// Index of the single digit token, for year/identifier checks.
    digit_tok: Option<usize>,
    /// A bare word "one" that still needs a counted noun.
    one: bool,
    post: Option<QK>,
    /// Where the counted noun starts, if it can have one.
    counted_at: Option<usize>,
}

impl Core {
    fn v(&self) -> f64 {
        self.raw * self.mult * self.factor
    }
}

struct Number {
    e: usize,
    v: f64,
    tok: Option<usize>,
    one: bool,
    int: bool,
}

struct P<'a, 'b> {
    t: &'b [Tok<'a>],
}

impl P<'_, '_> {
    fn l(&self, i: usize) -> &str {
        match self.t.get(i) {
            Some(t) if matches!(t.k, K::Word | K::Ident) => &t.l,
            Some(t) if t.k == K::Punct => t.t,
            _ => "",
        }
    }
    fn word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.k == K::Word)
    }
    fn num(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.k == K::Num)
    }
    /// Token `i` exists and touches the previous token.
    fn att(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.sp)
    }
    fn dash(&self, i: usize) -> bool {
        matches!(self.l(i), "-" | "–" | "‑")
    }
    fn cap_name(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            let acronym = t.t.len() >= 2 && t.t.bytes().all(|b| b.is_ascii_uppercase());
            t.k == K::Word
                && t.cap
                && (acronym || !is_stop(&t.l))
                && !is_weekday(&t.l)
                && !QUALS.iter().any(|(p, _)| p[0] == t.l)
                && small_num(&t.l).is_none()
                && change_verb(&t.l).is_none()
        })
    }

    fn at(&self, i: usize, last: Option<usize>) -> Step<Found> {
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
    fn last_digit(&self, k: Option<usize>) -> f64 {
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

    /// "raise the number of seats from 65 to 125", "rose from 5% to 7%": a
    /// change verb or noun shortly before "from X to Y" makes it a change,
    /// not a range. Returns the old value as written (exact, no change) and
    /// the new value with the direction of the change (up when it is
    /// larger, down when smaller, else the verb's direction).
    fn change_from_to(&self, i: usize) -> Option<(Found, Found)> {
        if self.l(i) != "from" {
            return None;
        }
        let mut verb = None;
        let mut k = i;
        while k > 0 && i - k < 7 {
            k -= 1;
            let w = self.l(k);
            if !self.word(k) {
                break;
            }
            if let Some(c) = change_verb(w) {
                verb = Some(Some(c));
                break;
            }
            if change_from_verb(w) {
                verb = Some(None);
                break;
            }
        }
        let verb = verb?;
        let Step::Ok(mut a) = self.core(i + 1, false) else {
            return None;
        };
        if !matches!(a.kind, CK::Plain) || a.post.is_some() || self.l(a.e) != "to" {
            return None;
        }
        let Step::Ok(b) = self.core(a.e + 1, false) else {
            return None;
        };
        if !matches!(b.kind, CK::Plain) || b.one {
            return None;
        }
        let yearish = |c: &Core| c.unit.is_none() && c.digit_tok.is_some_and(|x| self.yearish(x));
        if yearish(&a) || yearish(&b) {
            return None;
        }
        if a.unit.is_none() && b.unit.is_some() {
            a.unit = b.unit;
            a.factor = b.factor;
            a.currency = b.currency;
        }
        if a.mult == 1.0 && b.mult > 1.0 && a.raw < b.raw {
            a.mult = b.mult;
        }
        if a.unit.is_none() {
            a.counted_at = b.counted_at;
        }
        let dir = if b.v() > a.v() {
            Some(Change::Up)
        } else if b.v() < a.v() {
            Some(Change::Down)
        } else {
            verb
        };
        let Step::Ok(fa) = self.finish(a.s, a, None) else {
            return None;
        };
        let Step::Ok(mut fb) = self.finish(b.s, b, None) else {
            return None;
        };
        fb.q.change = dir;
        Some((fa, fb))
    }

    fn qual(&self, i: usize) -> Option<(QK, usize)> {
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

    fn majority(&self, i: usize, mut j: usize) -> Step<Found> {
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

    fn between(&self, i: usize) -> Step<Found> {
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

    fn year_range(&self, c: &Core) -> bool {
        let CK::Range(..) = c.kind else { return false };
        c.unit.is_none()
            && c.mult == 1.0
            && c.digit_tok.is_some_and(|k| self.yearish(k))
            && self.t.get(c.e.saturating_sub(1)).is_some_and(|t| {
                t.k == K::Num
                    && t.int
                    && !t.comma
                    && ((t.ndig == 4 && (1000.0..=2100.0).contains(&t.v)) || t.ndig == 2)
            })
    }

    fn yearish(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|t| {
            t.k == K::Num && t.int && !t.comma && t.ndig == 4 && (1000.0..=2100.0).contains(&t.v)
        })
    }

    /// A number phrase at `i`: vague amounts, fractions, or a figure with
    /// currency, scale, unit and, with `pairs`, a range/score/out-of/ratio.
    fn core(&self, i: usize, pairs: bool) -> Step<Core> {
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

    /// "on the Richter scale", also after "degrees" or "points".
    fn richter(&self, k: usize) -> bool {
        let k = if matches!(self.l(k), "degrees" | "degree" | "points" | "point") {
            k + 1
        } else {
            k
        };
        self.l(k) == "on" && self.l(k + 1) == "the" && self.l(k + 2) == "richter"
    }

    /// Ranges, scores, "out of" and "in" after the first number of `c`.
    fn pair(&self, c: &Core, int: bool) -> Option<Step<Core>> {
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
        if w == "to"
            && (self.num(k + 1)
                || self.number_word_start(k + 1)
                || self.currency_prefix(k + 1).is_some())
        {
            if let Step::Ok(b) = self.core(k + 1, false) {
                // not "$5 million to 20 charities": an amount given to a count
                let to_count = c.currency && !b.currency && b.mult < c.mult;
                if matches!(b.kind, CK::Plain)
                    && (c.raw < b.raw || c.raw * c.mult < b.v())
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
            (Some(k + 2), false)
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
            if let Step::Ok(n) = self.number(k + 1) {
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

    fn number_word_start(&self, i: usize) -> bool {
        let w = self.l(i);
        small_num(w).is_some()
            || tens_num(w).is_some()
            || (matches!(w, "a" | "an") && scale_word(self.l(i + 1)).is_some())
    }

    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.t.get(i)?;
        if let Some(c) = currency_symbol(t.t) {
            if self.num(i + 1) && self.att(i + 1) {
                return Some((c, i + 1));
            }
            return None;
        }
        if t.k == K::Word
            && self.l(i + 1) == "$"
            && (self.att(i + 1) || matches!(t.t, "US" | "HK" | "NZ"))
            && self.num(i + 2)
            && self.att(i + 2)
        {
            let code = match t.t {
                "US" => "USD",
                "A" | "AU" => "AUD",
                "C" | "CA" => "CAD",
                "HK" => "HKD",
                "NZ" => "NZD",
                "S" => "SGD",
                _ => return None,
            };
            return Some((code, i + 2));
        }
        if t.k == K::Word
            && t.t.len() == 3
            && t.t.bytes().all(|b| b.is_ascii_uppercase())
            && self.num(i + 1)
        {
            let code = match t.t {
                "USD" | "EUR" | "GBP" | "JPY" | "CNY" | "INR" | "UAH" | "RUB" | "CHF" | "CAD"
                | "AUD" => t.t,
                _ => return None,
            };
            let code: &'static str = match code {
                "USD" => "USD",
                "EUR" => "EUR",
                "GBP" => "GBP",
                "JPY" => "JPY",
                "CNY" => "CNY",
                "INR" => "INR",
                "UAH" => "UAH",
                "RUB" => "RUB",
                "CHF" => "CHF",
                "CAD" => "CAD",
                _ => "AUD",
            };
            return Some((code, i + 1));
        }
        None
    }

    fn scale(&self, k: usize, currency: bool) -> Option<(f64, usize)> {
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

    fn unit_at(&self, k: usize, c: &Core) -> Option<(&'static str, f64, usize)> {
        let t = self.t.get(k)?;
        let mut k = k;
        let hyph = self.dash(k)
            && self.att(k + 1)
            && self.word(k + 1)
            && (self.att(k) || self.l(k + 1) == "magnitude");
        if hyph {
            k += 1;
        } else if t.k == K::Punct {
            if t.t == "%" {
                return Some(("percent", 1.0, k + 1));
            }
            return None;
        }
        let w = self.l(k);
        let attached = !self.t[k].sp;
        match w {
            "percent" | "pct" => return Some(("percent", 1.0, k + 1)),
            "per" if self.l(k + 1) == "cent" => return Some(("percent", 1.0, k + 2)),
            "per" if self.dash(k + 1) && self.l(k + 2) == "cent" => {
                return Some(("percent", 1.0, k + 3))
            }
            "percentage" if matches!(self.l(k + 1), "point" | "points") => {
                return Some(("percentage_point", 1.0, k + 2))
            }
            "basis" if matches!(self.l(k + 1), "point" | "points") => {
                return Some(("percentage_point", 0.01, k + 2))
            }
            "bps" | "bp" if attached => return Some(("percentage_point", 0.01, k + 1)),
            "pc" if attached => return Some(("percent", 1.0, k + 1)),
            "pounds" | "pound" => {
                if self.l(k + 1) == "sterling" {
                    return Some(("GBP", 1.0, k + 2));
                }
                return Some(if self.money_context(c, k) {
                    ("GBP", 1.0, k + 1)
                } else {
                    ("kg", 0.453_592_37, k + 1)
                });
            }
            "us" | "u.s" if matches!(self.l(k + 1), "dollars" | "dollar") => {
                return Some(("USD", 1.0, k + 2))
            }
            "nautical" if matches!(self.l(k + 1), "mile" | "miles") => {
                return Some(("km", 1.852, k + 2))
            }
            "square" | "sq" => {
                let (u, f) = match self.l(k + 1) {
                    "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => ("km2", 1.0),
                    "miles" | "mile" => ("km2", 2.589_988_110_336),
                    "metres" | "meters" | "m" => ("m2", 1.0),
                    _ => return None,
                };
                return Some((u, f, k + 2));
            }
            "km" if self.l(k + 1) == "/" && self.l(k + 2) == "h" => {
                return Some(("km/h", 1.0, k + 3))
            }
            "kilometres" | "kilometers" | "miles"
                if self.l(k + 1) == "per" && self.l(k + 2) == "hour"
                    || self.l(k + 1) == "an" && self.l(k + 2) == "hour" =>
            {
                let f = if w == "miles" { 1.609344 } else { 1.0 };
                return Some(("km/h", f, k + 3));
            }
            _ => {}
        }
        if let Some(cur) = currency_word(w) {
            if w.len() == 3 && !self.t[k].t.bytes().all(|b| b.is_ascii_uppercase()) {
                return None;
            }
            return Some((cur, 1.0, k + 1));
        }
        if w == "p" && attached && !hyph && self.l(k + 1) != "." {
            return Some(("pence", 1.0, k + 1));
        }
        if let Some((u, f)) = unit_word(w) {
            // "m" only as an attached suffix ("150m") or hyphenated ("100-m")
            if matches!(w, "m" | "mi" | "ha" | "ft") && !(attached || hyph) {
                return None;
            }
            return Some((u, f, k + 1));
        }
        None
    }

    fn money_context(&self, c: &Core, k: usize) -> bool {
        if c.mult >= 1e3 {
            return true;
        }
        let from = c.s.saturating_sub(6);
        for x in from..c.s {
            if matches!(
                self.l(x),
                "weigh" | "weighs" | "weighed" | "weighing" | "heavy" | "lost" | "gained"
            ) {
                return false;
            }
        }
        (from..c.s)
            .chain(k + 1..(k + 3).min(self.t.len()))
            .any(|x| is_money_context(self.l(x)) || self.l(x) == "£")
    }

    fn post_qual(&self, k: usize) -> (Option<QK>, usize) {
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

    /// Digits or number words at `j`.
    fn number(&self, j: usize) -> Step<Number> {
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

    fn decimal_follow(&self, k: usize) -> bool {
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

    /// Number words: "forty-seven", "one hundred and twenty", "a dozen",
    /// "two million", "half a million". Returns (value, end, bare "one").
    fn words(&self, i: usize) -> Option<(f64, usize, bool)> {
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

    /// Why a digit token is not a quantity: returns where to resume.
    fn blocked(&self, j: usize) -> Option<usize> {
        let t = &self.t;
        // chains of joined numbers: dates, times, versions, lists
        let mut k = j;
        let mut nums = 1;
        let mut odd = false;
        while k + 2 < t.len()
            && t[k + 2].k == K::Num
            && t[k + 1].k == K::Punct
            && matches!(t[k + 1].t, "-" | "–" | "/" | "." | ":" | ",")
            && ((t[k + 1].t == "/") || (!t[k + 1].sp && !t[k + 2].sp))
        {
            odd |= !matches!(t[k + 1].t, "-" | "–");
            nums += 1;
            k += 2;
        }
        let chain_end = k + 1;
        if nums >= 3 || (nums == 2 && odd) {
            return Some(chain_end);
        }
        // identifiers: F-16, COVID-19, MS08-078, Su-34
        if j >= 2
            && self.dash(j - 1)
            && !t[j].sp
            && !t[j - 1].sp
            && matches!(t[j - 2].k, K::Word | K::Ident)
            && t[j - 2].l != "magnitude"
        {
            return Some(chain_end);
        }
        if j >= 1 && !t[j].sp && matches!(t[j - 1].t, "+" | "#" | "№") {
            let mut k = j;
            while k < t.len() && (t[k].k == K::Num || matches!(t[k].t, "-" | "." | "(" | ")")) {
                k += 1;
            }
            return Some(k);
        }
        if j >= 1 && matches!(t[j - 1].k, K::Ident) && !t[j].sp {
            return Some(chain_end);
        }
        // "No. 10", "No 10"
        let p = if j >= 1 && t[j - 1].t == "." {
            j.checked_sub(2)
        } else {
            j.checked_sub(1)
        };
        if let Some(p) = p {
            if matches!(t[p].t, "No" | "no" | "Nos" | "nos" | "NO" | "Nr" | "nr")
                && (t[p].t != "no" || p + 1 < j)
            {
                return Some(chain_end);
            }
            if t[p].k == K::Word && t[p].cap && is_month(&t[p].l) {
                return Some(chain_end);
            }
        }
        // attached suffix
        if let Some(n) = t.get(j + 1) {
            if !n.sp && matches!(n.k, K::Word | K::Ident) {
                let s = n.t;
                let known = matches!(
                    s,
                    "bn" | "Bn"
                        | "BN"
                        | "mn"
                        | "Mn"
                        | "mln"
                        | "tn"
                        | "trn"
                        | "m"
                        | "M"
                        | "MM"
                        | "b"
                        | "B"
                        | "k"
                        | "K"
                        | "p"
                        | "bps"
                        | "bp"
                        | "pc"
                ) || unit_word(&n.l).is_some()
                    || matches!(n.l.as_str(), "km²" | "sq" | "percent" | "pct");
                let money = j >= 1 && currency_symbol(t[j - 1].t).is_some();
                if !known || (matches!(s, "k" | "K" | "b" | "B" | "M" | "MM") && !money) {
                    return Some(j + 2);
                }
            }
        }
        // clock times
        let n1 = self.l(j + 1);
        if n1 == ":" && self.att(j + 1) && self.num(j + 2) {
            return Some(j + 3);
        }
        if matches!(
            n1,
            "am" | "pm"
                | "gmt"
                | "utc"
                | "bst"
                | "cet"
                | "cest"
                | "est"
                | "edt"
                | "pst"
                | "pdt"
                | "o'clock"
                | "hrs"
                | "a.m"
                | "p.m"
        ) || (matches!(n1, "a" | "p") && self.l(j + 2) == "." && self.l(j + 3) == "m")
        {
            return Some(j + 2);
        }
        // "27 May", "1 June"
        if let Some(n) = t.get(j + 1) {
            if n.k == K::Word && n.cap && is_month(&n.l) && n.t != "Mar" {
                return Some(chain_end);
            }
        }
        // phone numbers: "0845 125 2222", "0800 555111", "1 800 555 1234"
        let groups = |from: usize| {
            let mut k = from;
            while k < t.len()
                && t[k].k == K::Num
                && t[k].sp
                && t[k].int
                && !t[k].comma
                && t[k].ndig >= 2
            {
                k += 1;
            }
            k
        };
        if t[j].lead0 && t[j].int {
            return Some(groups(chain_end).max(chain_end));
        }
        if nums == 1 && t[j].int && !t[j].comma && groups(j + 1) >= j + 3 {
            return Some(groups(j + 1));
        }
        // list markers at the start
        if j == 0
            && matches!(self.l(1), "." | ")")
            && t.get(2).is_none_or(|x| x.sp)
            && !(self.l(1) == "." && self.num(2) && self.decimal_follow(3))
        {
            return Some(2);
        }
        if j == 1 && self.l(0) == "(" && self.l(2) == ")" {
            return Some(3);
        }
        // "(212) 555-1234"
        if j >= 1
            && self.l(j - 1) == "("
            && self.l(j + 1) == ")"
            && self.num(j + 2)
            && t[j].ndig == 3
        {
            let mut k = j + 2;
            while k < t.len() && (t[k].k == K::Num || matches!(t[k].t, "-" | ".")) {
                k += 1;
            }
            return Some(k);
        }
        None
    }

    fn vague(&self, i: usize) -> Option<Core> {
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

    fn fraction(&self, i: usize) -> Option<Core> {
        self.fraction_of(i, false)
    }

    /// A fraction at `i`; `qualified` when a qualifier precedes ("more than
    /// half"), which makes it a proportion even without "of".
    fn fraction_of(&self, i: usize, qualified: bool) -> Option<Core> {
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

    /// A candidate word of a counted noun phrase at `k`: (lowercase text
    /// with hyphen compounds, end, plural).
    fn cand(&self, k: usize) -> Option<(String, usize, bool)> {
        let t = self.t.get(k)?;
        if t.k != K::Word {
            return None;
        }
        let w = t.l.as_str();
        if is_stop(w)
            || is_number_word(w)
            || is_weekday(w)
            || (t.cap && is_month(w))
            || w.contains('\'')
            || w.contains('’')
        {
            return None;
        }
        if w.ends_with("ly")
            && !matches!(
                w,
                "family"
                    | "ally"
                    | "rally"
                    | "assembly"
                    | "supply"
                    | "reply"
                    | "monopoly"
                    | "anomaly"
                    | "belly"
                    | "fly"
            )
        {
            return None;
        }
        let mut s = w.to_string();
        let mut e = k + 1;
        while self.dash(e) && self.att(e) && self.att(e + 1) && self.word(e + 1) {
            s.push('-');
            s.push_str(&self.t[e + 1].l);
            e += 2;
        }
        if e == k + 1 {
            if let Some(stem) = acronym_plural(t.t) {
                return Some((stem.to_ascii_lowercase(), e, true));
            }
        }
        let last = s.rsplit('-').next().unwrap_or("");
        let plural = is_plural(last);
        Some((s, e, plural))
    }

    fn counted(&self, k: usize, singular: bool) -> Option<String> {
        // hyphen compound right after the number: "90-day", "16-year-old"
        if self.dash(k) && self.att(k) && self.att(k + 1) && self.word(k + 1) {
            let (w, _, _) = self.cand(k + 1)?;
            let mut parts: Vec<&str> = w.split('-').collect();
            let last = lemma(parts.pop().unwrap_or(""));
            parts.push(&last);
            return Some(parts.join("-"));
        }
        let mut cands = Vec::with_capacity(3);
        let mut m = k;
        while cands.len() < 3 {
            match self.cand(m) {
                Some(c) => {
                    m = c.1;
                    cands.push(c);
                }
                None => break,
            }
        }
        if cands.is_empty() {
            return None;
        }
        let head = if singular {
            0
        } else {
            // "for 8 year": a time unit left singular still counts
            match cands
                .iter()
                .rposition(|c| c.2 && self.t[c.1 - 1].k == K::Word)
            {
                Some(h) => h,
                None if is_time_noun(&cands[0].0) => 0,
                None => return None,
            }
        };
        // no capitalized non-plural premodifier-only phrases ("Wednesday")
        let mut out = String::new();
        for (n, c) in cands[..=head].iter().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            if n == head {
                out.push_str(&lemma_compound(&c.0));
            } else {
                out.push_str(&c.0);
            }
        }
        // coordination: "countries or institutions"
        let end = cands[head].1;
        let conj = self.l(end);
        if !singular && matches!(conj, "or" | "and") {
            if let Some((w, e2, true)) = self.cand(end + 1) {
                if self.cand(e2).is_none_or(|x| !x.2) && !self.num(e2) {
                    out.push(' ');
                    out.push_str(conj);
                    out.push(' ');
                    out.push_str(&lemma_compound(&w));
                }
            }
        }
        Some(out)
    }

    fn change(&self, s: usize, unit: Option<&str>, counted: Option<&str>) -> Option<Change> {
        if matches!(unit, Some("km" | "m" | "magnitude" | "score")) {
            return None;
        }
        let mut k = s;
        let mut by = false;
        if k > 0 && self.l(k - 1) == "by" {
            by = true;
            k -= 1;
        }
        if by && k > 0 && self.l(k - 1).ends_with("ly") {
            k -= 1;
        }
        if k == 0 {
            return None;
        }
        let w = self.l(k - 1);
        if let Some(c) = change_verb(w) {
            return Some(c);
        }
        if matches!(w, "up" | "down") {
            let unitish = matches!(unit, Some(u) if u != "ratio" && u != "fraction")
                || counted == Some("point");
            if unitish || by {
                return Some(if w == "up" { Change::Up } else { Change::Down });
            }
        }
        if w == "of" && k >= 2 {
            if let Some(c) = change_verb(self.l(k - 2)) {
                if matches!(self.l(k - 3), "a" | "an" | "the") {
                    return Some(c);
                }
            }
        }
        None
    }

    fn finish(&self, s: usize, c: Core, qk: Option<QK>) -> Step<Found> {
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

/// A measurement converted to another unit ("miles" → km), not a currency
/// or a percentage.
fn is_converted(unit: Option<&str>, factor: f64) -> bool {
    factor != 1.0
        && matches!(
            unit,
            Some("km" | "m" | "kg" | "t" | "ha" | "km2" | "m2" | "km/h")
        )
}

/// Change nouns after a figure: "a 24% drop".
fn change_noun(w: &str) -> Option<Change> {
    Some(match w {
        "rise" | "increase" | "gain" | "jump" | "hike" | "surge" | "climb" | "growth" | "boost"
        | "rebound" => Change::Up,
        "drop" | "fall" | "decline" | "decrease" | "cut" | "reduction" | "dip" | "slump"
        | "plunge" | "slide" | "contraction" => Change::Down,
        _ => return None,
    })
}

/// Capitalized road words after a number that make it a road's name.
fn is_road_word(w: &str) -> bool {
    matches!(
        w,
        "freeway"
            | "highway"
            | "motorway"
            | "expressway"
            | "parkway"
            | "turnpike"
            | "interstate"
            | "road"
            | "street"
            | "avenue"
            | "boulevard"
            | "route"
            | "lane"
            | "drive"
    )
}

/// Verbs of change without a fixed direction, for "from X to Y".
fn change_from_verb(w: &str) -> bool {
    matches!(
        w,
        "raise"
            | "raises"
            | "raised"
            | "raising"
            | "reduce"
            | "reduces"
            | "reducing"
            | "lift"
            | "lifts"
            | "lifted"
            | "lifting"
            | "boost"
            | "boosts"
            | "boosting"
            | "expand"
            | "expands"
            | "expanded"
            | "expanding"
            | "lower"
            | "lowers"
            | "lowering"
            | "slash"
            | "slashes"
            | "slashed"
            | "trim"
            | "trims"
            | "trimmed"
            | "hike"
            | "hikes"
            | "hiked"
            | "upped"
            | "revised"
            | "changed"
            | "adjusted"
            | "moved"
            | "went"
            | "doubled"
            | "tripled"
            | "halved"
            | "upgraded"
            | "downgraded"
    )
}

fn lemma_compound(w: &str) -> String {
    match w.rsplit_once('-') {
        Some((a, b)) => format!("{a}-{}", lemma(b)),
        None => lemma(w),
    }
}

fn is_currency_code(u: &str) -> bool {
    u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase())
}

fn combine_range(a: Core, b: Core) -> Core {
    let mut a = a;
    if a.mult == 1.0 && b.mult > 1.0 && a.raw < b.raw {
        a.mult = b.mult;
    }
    let (unit, factor) = if a.unit.is_some() {
        (a.unit, a.factor)
    } else {
        (b.unit, b.factor)
    };
    let lo = a.raw * a.mult * factor;
    let hi = b.raw * b.mult * if b.unit.is_some() { b.factor } else { factor };
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    Core {
        s: a.s,
        e: b.e,
        kind: CK::Range(lo, hi),
        raw: (lo + hi) / 2.0,
        mult: 1.0,
        factor: 1.0,
        unit,
        currency: a.currency || b.currency,
        digit_tok: a.digit_tok,
        one: false,
        post: None,
        counted_at: if unit.is_none() { Some(b.e) } else { None },
    }
}

type Interval = (Option<f64>, Option<f64>, Option<f64>, bool, bool, Qualifier);

fn interval(qk: QK, v: f64) -> Interval {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, span, qualifier, value, low, high, unit, counted, total)
    type Row = (
        &'static str,
        &'static str,
        Qualifier,
        Option<f64>,
        Option<f64>,
        Option<f64>,
        Option<&'static str>,
        Option<&'static str>,
        Option<f64>,
    );

    use Qualifier::{Approximate, AtLeast, AtMost, Exact, LessThan, Majority, MoreThan, Vague};
    const N: Option<f64> = None;
    fn s(v: f64) -> Option<f64> {
        Some(v)
    }

    fn close(a: Option<f64>, b: Option<f64>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(y.abs()).max(1.0),
            _ => false,
        }
    }

    fn find<'a>(text: &str, span: &str, got: &'a [(Range<usize>, Quantity)]) -> &'a Quantity {
        match got.iter().find(|(r, _)| &text[r.clone()] == span) {
            Some((_, q)) => q,
            None => panic!(
                "no span {span:?} in {text:?}; got {:?}",
                got.iter()
                    .map(|(r, _)| &text[r.clone()])
                    .collect::<Vec<_>>()
            ),
        }
    }

    fn check(rows: &[Row]) {
        for &(text, span, qual, value, low, high, unit, counted, total) in rows {
            let got = extract(text);
            let q = find(text, span, &got);
            let ctx = format!("{span:?} in {text:?}: {q:?}");
            assert_eq!(q.qualifier, qual, "qualifier of {ctx}");
            assert!(close(q.value, value), "value of {ctx}");
            assert!(close(q.low, low), "low of {ctx}");
            assert!(close(q.high, high), "high of {ctx}");
            assert_eq!(q.unit.as_deref(), unit, "unit of {ctx}");
            assert_eq!(q.counted.as_deref(), counted, "counted of {ctx}");
            assert!(close(q.total, total), "total of {ctx}");
        }
    }

    #[test]
    fn seeds_nato() {
        check(&[
            (
                "The text received the backing of 47 out of 56 countries or institutions that are part of the assembly, which serves as a link between NATO and the parliaments of member countries.",
                "47 out of 56",
                Exact,
                s(47.0),
                s(47.0),
                s(47.0),
                None,
                Some("country or institution"),
                s(56.0),
            ),
            (
                "The declaration was approved by a majority of the 281 lawmakers in the NATO Parliamentary Assembly and received support from NATO Secretary General Jens Stoltenberg.",
                "a majority of the 281",
                Majority,
                N,
                s(140.5),
                s(281.0),
                None,
                Some("lawmaker"),
                s(281.0),
            ),
            (
                "At the plenary session, the declaration was approved by a majority of more than 200 lawmakers from all 32 Allies.",
                "a majority of more than 200",
                Majority,
                N,
                s(100.0),
                N,
                None,
                Some("lawmaker"),
                N,
            ),
            (
                "At the plenary session, the declaration was approved by a majority of more than 200 lawmakers from all 32 Allies.",
                "32",
                Exact,
                s(32.0),
                s(32.0),
                s(32.0),
                None,
                Some("ally"),
                N,
            ),
            (
                "Earlier, the NATO secretary-general said that it was necessary to create a permanent military fund worth 100 billion euros a year.",
                "100 billion euros",
                Exact,
                s(1e11),
                s(1e11),
                s(1e11),
                Some("EUR"),
                None,
                N,
            ),
            (
                "Stoltenberg also complained that the EU was \u{201c}not even close to fulfilling its promise\u{201d} to supply Ukraine with 1 million shells.",
                "1 million",
                Exact,
                s(1e6),
                s(1e6),
                s(1e6),
                None,
                Some("shell"),
                N,
            ),
            (
                "\u{201c}Russia is preparing for offensive actions also 90 kilometers northwest from here \u{2013} they gather another group of troops near our border.",
                "90 kilometers",
                Exact,
                s(90.0),
                s(90.0),
                s(90.0),
                Some("km"),
                None,
                N,
            ),
            (
                "The Kyiv Independent doesn\u{2019}t depend on a wealthy owner or an oligarch \u{2014} in 2023, 80% of our revenue was from reader contributions.",
                "80%",
                Exact,
                s(80.0),
                s(80.0),
                s(80.0),
                Some("percent"),
                None,
                N,
            ),
            (
                "The initiative should be approved by 32 members of the North Atlantic alliance.",
                "32",
                Exact,
                s(32.0),
                s(32.0),
                s(32.0),
                None,
                Some("member"),
                N,
            ),
            (
                "\"They need our help. Not in two years. Not in two months.\"",
                "two",
                Exact,
                s(2.0),
                s(2.0),
                s(2.0),
                None,
                Some("year"),
                N,
            ),
        ]);
    }

    #[test]
    fn ecb_casualties_and_courts() {
        check(&[
            ("Ten people are killed and about 50 hurt.", "Ten", Exact, s(10.0), s(10.0), s(10.0), None, Some("people"), N),
            ("Ten people are killed and about 50 hurt.", "about 50", Approximate, s(50.0), s(45.0), s(55.0), None, None, N),
            (
                "A fire-bomb attack on a bank in Greece killed at least three people Wednesday as police fought pitched battles with striking protestors.",
                "at least three",
                AtLeast,
                N,
                s(3.0),
                N,
                None,
                Some("people"),
                N,
            ),
            (
                "A 5. 9 magnitude earthquake has leveled seven villages in Iran's southern area, killing 10 persons and wounding other 70, Iranian officials were quoted by AP as saying.",
                "10",
                Exact,
                s(10.0),
                s(10.0),
                s(10.0),
                None,
                Some("person"),
                N,
            ),
            (
                "A 5. 9 magnitude earthquake has leveled seven villages in Iran's southern area, killing 10 persons and wounding other 70, Iranian officials were quoted by AP as saying.",
                "seven",
                Exact,
                s(7.0),
                s(7.0),
                s(7.0),
                None,
                Some("village"),
                N,
            ),
            (
                "He was found dead in a cell in Palermo's Pagliarelli prison late on Tuesday night, just hours after being picked up during raids by 1,200 police backed up by helicopters and sniffer dogs.",
                "1,200",
                Exact,
                s(1200.0),
                s(1200.0),
                s(1200.0),
                None,
                Some("police"),
                N,
            ),
            (
                "Weinstein said in sentencing Gigante to 12 years in prison.",
                "12",
                Exact,
                s(12.0),
                s(12.0),
                s(12.0),
                None,
                Some("year"),
                N,
            ),
            (
                "If convicted, he faces up to 55 years in prison, a $60,000 fine, or both.",
                "up to 55",
                AtMost,
                N,
                s(0.0),
                s(55.0),
                None,
                Some("year"),
                N,
            ),
            (
                "If convicted, he faces up to 55 years in prison, a $60,000 fine, or both.",
                "$60,000",
                Exact,
                s(60000.0),
                s(60000.0),
                s(60000.0),
                Some("USD"),
                None,
                N,
            ),
            (
                "Fulton Courthouse killer Brian Nichols was sentenced Saturday morning to seven life sentences and four sentences of life without parole plus 485 years.",
                "seven",
                Exact,
                s(7.0),
                s(7.0),
                s(7.0),
                None,
                Some("life sentence"),
                N,
            ),
            (
                "Fulton Courthouse killer Brian Nichols was sentenced Saturday morning to seven life sentences and four sentences of life without parole plus 485 years.",
                "485",
                Exact,
                s(485.0),
                s(485.0),
                s(485.0),
                None,
                Some("year"),
                N,
            ),
            (
                "The 7-strength quake killed more than 26,000 people in the ancient city.",
                "more than 26,000",
                MoreThan,
                N,
                s(26000.0),
                N,
                None,
                Some("people"),
                N,
            ),
            (
                "Lindsay Lohan has checked into a rehab facility to begin a 90-day court-ordered stint.",
                "90",
                Exact,
                s(90.0),
                s(90.0),
                s(90.0),
                None,
                Some("day"),
                N,
            ),
            (
                "Yesterday, the police explained that officers shot and killed a 16-year-old Kimani Gray in Brooklyn.",
                "16",
                Exact,
                s(16.0),
                s(16.0),
                s(16.0),
                None,
                Some("year-old"),
                N,
            ),
            (
                "Police said two women and one man died at a branch of the Marfin bank which caught fire.",
                "two",
                Exact,
                s(2.0),
                s(2.0),
                s(2.0),
                None,
                Some("woman"),
                N,
            ),
            (
                "Police said two women and one man died at a branch of the Marfin bank which caught fire.",
                "one",
                Exact,
                s(1.0),
                s(1.0),
                s(1.0),
                None,
                Some("man"),
                N,
            ),
            (
                "Kenneth Dorsey says the woman accused of killing two co-workers and critically injuring a third is a good person.",
                "two",
                Exact,
                s(2.0),
                s(2.0),
                s(2.0),
                None,
                Some("co-worker"),
                N,
            ),
            (
                "Police intervened when more than a hundred people joined in a candlelit vigil.",
                "more than a hundred",
                MoreThan,
                N,
                s(100.0),
                N,
                None,
                Some("people"),
                N,
            ),
            (
                "A powerful earthquake has hit southern Iran, killing at least 10 people, injuring dozens more and damaging several villages, officials say.",
                "dozens",
                Vague,
                N,
                s(24.0),
                s(144.0),
                None,
                None,
                N,
            ),
            (
                "A powerful earthquake has hit southern Iran, killing at least 10 people, injuring dozens more and damaging several villages, officials say.",
                "several",
                Vague,
                N,
                s(3.0),
                s(9.0),
                None,
                Some("village"),
                N,
            ),
            (
                "Nichols fled downtown Atlanta and managed to evade hundreds of police officers overnight.",
                "hundreds",
                Vague,
                N,
                s(200.0),
                s(1000.0),
                None,
                Some("police officer"),
                N,
            ),
            (
                "An Athens bank went up in flames Wednesday as tens of thousands of Greeks took to the streets.",
                "tens of thousands",
                Vague,
                N,
                s(20000.0),
                s(100000.0),
                None,
                Some("greek"),
                N,
            ),
            (
                "Manning completed 29 of 34 passes for 364 yards and 3 touchdowns in the Colts ' 31-24 victory over the Jaguars.",
                "29 of 34",
                Exact,
                s(29.0),
                s(29.0),
                s(29.0),
                None,
                Some("pass"),
                s(34.0),
            ),
            (
                "Three or four robbers burst into the store on ritzy Avenue Montaigne near the Champs-Elysees.",
                "Three or four",
                Qualifier::Range,
                s(3.5),
                s(3.0),
                s(4.0),
                None,
                Some("robber"),
                N,
            ),
            (
                "Harry Winston's prestigious Paris jewellery store was stormed by as many as four robbers on Thursday afternoon.",
                "as many as four",
                AtMost,
                N,
                s(0.0),
                s(4.0),
                None,
                Some("robber"),
                N,
            ),
            (
                "Yesterday in Los Angeles, pin-up icon Bettie Page succumbed to complications from a heart attack suffered almost three weeks ago.",
                "almost three",
                Approximate,
                s(3.0),
                s(2.7),
                s(3.0),
                None,
                Some("week"),
                N,
            ),
        ]);
    }

    #[test]
    fn ecb_quakes_distances_money_scores() {
        check(&[
            (
                "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings.",
                "5.6 magnitude",
                Exact,
                s(5.6),
                s(5.6),
                s(5.6),
                Some("magnitude"),
                None,
                N,
            ),
            (
                "Tremors from an earthquake registering 6. 1 on the Richter scale 60km south west of Bandar Abbas in Iran were felt in Dubai today.",
                "6. 1",
                Exact,
                s(6.1),
                s(6.1),
                s(6.1),
                Some("magnitude"),
                None,
                N,
            ),
            (
                "Tremors from an earthquake registering 6. 1 on the Richter scale 60km south west of Bandar Abbas in Iran were felt in Dubai today.",
                "60km",
                Exact,
                s(60.0),
                s(60.0),
                s(60.0),
                Some("km"),
                None,
                N,
            ),
            (
                "The 5. 9-magnitude quake struck Qeshm island, home to 120,000 people, and the city of Bandar Abbas.",
                "5. 9-magnitude",
                Exact,
                s(5.9),
                s(5.9),
                s(5.9),
                Some("magnitude"),
                None,
                N,
            ),
            (
                "The 5. 9-magnitude quake struck Qeshm island, home to 120,000 people, and the city of Bandar Abbas.",
                "120,000",
                Exact,
                s(120000.0),
                s(120000.0),
                s(120000.0),
                None,
                Some("people"),
                N,
            ),
            (
                "An earthquake measuring at least magnitude - 5. 9 shook a sparsely populated area of southern Iran on Sunday.",
                "at least magnitude - 5. 9",
                AtLeast,
                N,
                s(5.9),
                N,
                Some("magnitude"),
                None,
                N,
            ),
            (
                "The USGS said the quake was 35 miles southwest of Bandar Abbas.",
                "35 miles",
                Exact,
                s(56.32704),
                // the rounding of the miles: 34.5 to 35.5 miles
                s(34.5 * 1.609344),
                s(35.5 * 1.609344),
                Some("km"),
                None,
                N,
            ),
            (
                "A 36-year-old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook.",
                "about 150 metres",
                Approximate,
                s(150.0),
                s(135.0),
                s(165.0),
                Some("m"),
                None,
                N,
            ),
            (
                "A British man has been killed after falling around 2, 000ft while climbing in New Zealand.",
                "around 2, 000ft",
                Approximate,
                s(609.6),
                s(548.64),
                s(670.56),
                Some("m"),
                None,
                N,
            ),
            (
                "Armed robbers stole diamonds valued at 85 million euros ($108 million) from the Paris branch of jeweler Harry Winston.",
                "$108 million",
                Exact,
                s(1.08e8),
                s(1.08e8),
                s(1.08e8),
                Some("USD"),
                None,
                N,
            ),
            (
                "Jewellery and watches worth \u{a3}1. 7m have been stolen during a heist in an upmarket central Paris shop.",
                "\u{a3}1. 7m",
                Exact,
                s(1.7e6),
                s(1.7e6),
                s(1.7e6),
                Some("GBP"),
                None,
                N,
            ),
            (
                "Four men rammed their car into an upmarket jewellery store, making off with a two-million-euro ($2. 6-million) booty.",
                "two-million-euro",
                Exact,
                s(2e6),
                s(2e6),
                s(2e6),
                Some("EUR"),
                None,
                N,
            ),
            (
                "Four men rammed their car into an upmarket jewellery store, making off with a two-million-euro ($2. 6-million) booty.",
                "$2. 6-million",
                Exact,
                s(2.6e6),
                s(2.6e6),
                s(2.6e6),
                Some("USD"),
                None,
                N,
            ),
            (
                "Four men rammed their car into an upmarket jewellery store, making off with a two-million-euro ($2. 6-million) booty.",
                "Four",
                Exact,
                s(4.0),
                s(4.0),
                s(4.0),
                None,
                Some("man"),
                N,
            ),
            (
                "They made off with 2m euros (\u{a3}1. 7m; $2. 6m) in gems and watches.",
                "2m euros",
                Exact,
                s(2e6),
                s(2e6),
                s(2e6),
                Some("EUR"),
                None,
                N,
            ),
            (
                "Ram-raiders hit Paris jewellery store for \u{20ac}2m",
                "\u{20ac}2m",
                Exact,
                s(2e6),
                s(2e6),
                s(2e6),
                Some("EUR"),
                None,
                N,
            ),
            (
                "An overnight fire caused an estimated $1 million in damage, and investigators say it could be the work of an arsonist.",
                "an estimated $1 million",
                Approximate,
                s(1e6),
                s(9e5),
                s(1.1e6),
                Some("USD"),
                None,
                N,
            ),
            (
                "The Red Sox have made an eight-year offer to Teixeira in excess of $160 million, sources say.",
                "in excess of $160 million",
                MoreThan,
                N,
                s(1.6e8),
                N,
                Some("USD"),
                None,
                N,
            ),
            (
                "Armed robbers stole gems worth 85 million euros (74 million pounds) from luxury jewellers in the heart of Paris.",
                "74 million pounds",
                Exact,
                s(7.4e7),
                s(7.4e7),
                s(7.4e7),
                Some("GBP"),
                None,
                N,
            ),
            (
                "The government of Turkmenistan said 90 per cent of eligible voters had participated in parliamentary elections Sunday.",
                "90 per cent",
                Exact,
                s(90.0),
                s(90.0),
                s(90.0),
                Some("percent"),
                None,
                N,
            ),
            (
                "Quarterback Peyton Manning was nearly perfect as the Colts beat the host Jaguars, 31-24, on Thursday night.",
                "31-24",
                Exact,
                s(31.0),
                s(31.0),
                s(31.0),
                Some("score"),
                None,
                s(24.0),
            ),
            (
                "Colts beat Chiefs 20-13 to clinch playoff berth",
                "20-13",
                Exact,
                s(20.0),
                s(20.0),
                s(20.0),
                Some("score"),
                None,
                s(13.0),
            ),
            (
                "Bush was hurt last Thursday in a 27-24 loss to Chicago.",
                "27-24",
                Exact,
                s(27.0),
                s(27.0),
                s(27.0),
                Some("score"),
                None,
                s(24.0),
            ),
            (
                "Doug McDermott scored 23 points and the top-seeded Bluejays defeated Drake 65-53 on Friday.",
                "23",
                Exact,
                s(23.0),
                s(23.0),
                s(23.0),
                None,
                Some("point"),
                N,
            ),
            (
                "McDermott, a junior, now has 2,129 points - - 13 more than Rodney Buford.",
                "2,129",
                Exact,
                s(2129.0),
                s(2129.0),
                s(2129.0),
                None,
                Some("point"),
                N,
            ),
        ]);
    }

    #[test]
    fn forms_and_changes() {
        check(&[
            (
                "Shares rose 5% on Monday.",
                "5%",
                Exact,
                s(5.0),
                s(5.0),
                s(5.0),
                Some("percent"),
                None,
                N,
            ),
            (
                "Petrol was up 19 cents a litre.",
                "19 cents",
                Exact,
                s(19.0),
                s(19.0),
                s(19.0),
                Some("cent"),
                None,
                N,
            ),
            (
                "Exports fell by a third last year.",
                "a third",
                Exact,
                s(1.0 / 3.0),
                s(1.0 / 3.0),
                s(1.0 / 3.0),
                Some("fraction"),
                None,
                N,
            ),
            (
                "About two-thirds of voters backed it.",
                "About two-thirds",
                Approximate,
                s(2.0 / 3.0),
                s(0.6),
                s(2.2 / 3.0),
                Some("fraction"),
                Some("voter"),
                N,
            ),
            (
                "Half of the lawmakers abstained.",
                "Half",
                Exact,
                s(0.5),
                s(0.5),
                s(0.5),
                Some("fraction"),
                Some("lawmaker"),
                N,
            ),
            (
                "One in five adults abstained.",
                "One in five",
                Exact,
                s(0.2),
                s(0.2),
                s(0.2),
                Some("ratio"),
                Some("adult"),
                N,
            ),
            (
                "Between 200 and 250 people attended.",
                "Between 200 and 250",
                Qualifier::Range,
                s(225.0),
                s(200.0),
                s(250.0),
                None,
                Some("people"),
                N,
            ),
            (
                "The convoy drove from 252 to 287 miles a day.",
                "from 252 to 287 miles",
                Qualifier::Range,
                s(269.5 * 1.609344),
                s(252.0 * 1.609344),
                s(287.0 * 1.609344),
                Some("km"),
                None,
                N,
            ),
            (
                "They sent 200-250 troops.",
                "200-250",
                Qualifier::Range,
                s(225.0),
                s(200.0),
                s(250.0),
                None,
                Some("troop"),
                N,
            ),
            (
                "The plan costs between $2 and 3 billion.",
                "between $2 and 3 billion",
                Qualifier::Range,
                s(2.5e9),
                s(2e9),
                s(3e9),
                Some("USD"),
                None,
                N,
            ),
            (
                "Rates rose 5 percentage points.",
                "5 percentage points",
                Exact,
                s(5.0),
                s(5.0),
                s(5.0),
                Some("percentage_point"),
                None,
                N,
            ),
            (
                "The fund holds \u{20ac}100bn and $4.2bn.",
                "$4.2bn",
                Exact,
                s(4.2e9),
                s(4.2e9),
                s(4.2e9),
                Some("USD"),
                None,
                N,
            ),
            (
                "The fund holds \u{20ac}100bn and $4.2bn.",
                "\u{20ac}100bn",
                Exact,
                s(1e11),
                s(1e11),
                s(1e11),
                Some("EUR"),
                None,
                N,
            ),
            (
                "The farm covers 50 acres.",
                "50 acres",
                Exact,
                s(50.0 * 0.404_685_642_24),
                // a round 50: rounding up to 5 % (±1.25 acres)
                s(48.75 * 0.404_685_642_24),
                s(51.25 * 0.404_685_642_24),
                Some("ha"),
                None,
                N,
            ),
            (
                "The parcel weighed 10 pounds.",
                "10 pounds",
                Exact,
                s(4.5359237),
                s(9.5 * 0.453_592_37),
                s(10.5 * 0.453_592_37),
                Some("kg"),
                None,
                N,
            ),
            (
                "He paid a fine of 300 pounds.",
                "300 pounds",
                Exact,
                s(300.0),
                s(300.0),
                s(300.0),
                Some("GBP"),
                None,
                N,
            ),
            (
                "The grant was 5 million hryvnias.",
                "5 million hryvnias",
                Exact,
                s(5e6),
                s(5e6),
                s(5e6),
                Some("UAH"),
                None,
                N,
            ),
            (
                "She won forty-seven medals.",
                "forty-seven",
                Exact,
                s(47.0),
                s(47.0),
                s(47.0),
                None,
                Some("medal"),
                N,
            ),
            (
                "They bought a dozen boxes.",
                "a dozen",
                Exact,
                s(12.0),
                s(12.0),
                s(12.0),
                None,
                Some("box"),
                N,
            ),
            (
                "Nearly 3,000 homes were damaged.",
                "Nearly 3,000",
                Approximate,
                s(3000.0),
                s(2700.0),
                s(3000.0),
                None,
                Some("home"),
                N,
            ),
            (
                "Fewer than 30 children were hurt.",
                "Fewer than 30",
                LessThan,
                N,
                s(0.0),
                s(30.0),
                None,
                Some("child"),
                N,
            ),
            (
                "No fewer than 5 ships sank.",
                "No fewer than 5",
                AtLeast,
                N,
                s(5.0),
                N,
                None,
                Some("ship"),
                N,
            ),
            (
                "At most 4 teams qualify.",
                "At most 4",
                AtMost,
                N,
                s(0.0),
                s(4.0),
                None,
                Some("team"),
                N,
            ),
            (
                "Several hundred soldiers left.",
                "Several hundred",
                Vague,
                N,
                s(300.0),
                s(900.0),
                None,
                Some("soldier"),
                N,
            ),
            (
                "A handful of protesters remained.",
                "A handful",
                Vague,
                N,
                s(2.0),
                s(6.0),
                None,
                Some("protester"),
                N,
            ),
            (
                "Scores of homes burned.",
                "Scores",
                Vague,
                N,
                s(40.0),
                s(200.0),
                None,
                Some("home"),
                N,
            ),
            (
                "The raid netted 3m in cash for $3m.",
                "$3m",
                Exact,
                s(3e6),
                s(3e6),
                s(3e6),
                Some("USD"),
                None,
                N,
            ),
            (
                "Some 50 or more injuries were reported.",
                "Some 50 or more",
                AtLeast,
                N,
                s(50.0),
                N,
                None,
                Some("injury"),
                N,
            ),
            (
                "At least 20 deaths were reported.",
                "At least 20",
                AtLeast,
                N,
                s(20.0),
                N,
                None,
                Some("death"),
                N,
            ),
        ]);
        let got =
            extract("Petrol was up 19 cents a litre; shares rose 5% and exports fell by a third.");
        let changes: Vec<_> = got.iter().map(|(_, q)| q.change).collect();
        assert_eq!(
            changes,
            vec![Some(Change::Up), Some(Change::Up), Some(Change::Down)]
        );
        let got = extract("Turnout increased by 10 this year.");
        assert_eq!(got[0].1.change, Some(Change::Up));
        let got = extract("The climber fell 200ft from a ridge.");
        assert_eq!(got[0].1.change, None, "physical falls are not changes");
    }

    /// Each (sentence, needle): no extracted span may touch `needle`.
    const NEGATIVE: &[(&str, &str)] = &[
        ("He said this in an interview with The Economist on May 24.", "24"),
        ("NATO Secretary General Jens Stoltenberg gives a speech in Sofia, Bulgaria, on May 27, 2024.", "27, 2024"),
        ("date 2024-05-27 On Monday, the Parliamentary Assembly approved a declaration.", "2024-05-27"),
        ("On 1 June, the Rossiya Segodnya International Multimedia Centre will hold a press conference.", "1"),
        ("by Elsa Court and The Kyiv Independent news desk May 27, 2024 6:47 PM", "6:47"),
        ("The Kyiv Independent doesn\u{2019}t depend on a wealthy owner \u{2014} in 2023, 80% of our revenue was from readers.", "2023"),
        ("The one who does all this doesn\u{2019}t want peace, President Volodymyr Zelensky said in Kharkiv on May 26.", "one"),
        ("He also added that one of the decisive factors was the support of this initiative.", "one"),
        ("I don't want to shift World War III to my children, it is one thing to defend, another to kill.", "one"),
        ("Police apprehended Jackson at about 2:30 a.m. and booked him for the misdemeanour.", "2:30"),
        ("Raj Chohan was hit at 97th Avenue and 117th Street in Richmond Hill at about 7 p. m.", "7 p"),
        ("Raj Chohan was hit at 97th Avenue and 117th Street in Richmond Hill.", "97th"),
        ("Hugh Jackman has been roped in to host the 81st annual Academy Awards ceremony.", "81st"),
        ("A clip from the 2004 Tony telecast of his performance made the rounds.", "2004"),
        ("The cuts happened off the coast of Sicily at 10:00 am (0800 GMT) on Friday.", "0800"),
        ("Microsoft received reports of attacks aimed at Internet Explorer 8 and 9.", "8 and 9"),
        ("The security update for IE, dubbed MS08-078, resolves a vulnerability.", "078"),
        ("27 / 09 / 2013-Turkmenistan to hold first-ever parliamentary elections.", "27 / 09 / 2013"),
        ("Indian Naval Ship Sukanya thwarted a piracy attack on 10 Nov 11.", "10 Nov 11"),
        ("McDermott passed Rodney Buford, who played for the Bluejays from 1995-99.", "1995-99"),
        ("John Jenkin, 23, was arrested near the house where Alice McMeekin, 58, and Katie Jenkin, 20, were discovered.", "20"),
        ("Comeaux, 49, escaped from a prison van in Baytown.", "49"),
        ("Fred LaRue served a 4-1 / 2-month prison term for his role in Watergate.", "4-1 / 2"),
        ("Hasim Rahman, 45-7-2, 36 KO's, lost in the seventh round.", "45-7-2"),
        ("The F-16 and Su-34 jets flew past.", "16"),
        ("The Su-34 jets flew past.", "34"),
        ("COVID-19 cases fell.", "19"),
        ("The G7 leaders met.", "G7"),
        ("A Boeing 737 landed.", "737"),
        ("Article 5 was invoked.", "5"),
        ("He went to No. 10 Downing Street.", "10"),
        ("Flight MH17 was shot down.", "17"),
        ("Under Section 427 of the code, it is legal.", "427"),
        ("The 22nd Amendment limits terms.", "22nd"),
        ("1. The first point matters.", "1"),
        ("Call +44 20 7946 0958 or (212) 555-1234 for details.", "20 7946"),
        ("Call +44 20 7946 0958 or (212) 555-1234 for details.", "555-1234"),
        ("The 1990s were calm.", "1990s"),
        ("The Colts won 10News coverage.", "10"),
        ("Someone called 911 to report a fire.", "911"),
        ("Klitschko retained his titles with a one-sided seventh-round stoppage.", "one"),
        ("A co-worker has been charged in the 1967 slayings of two women.", "1967"),
        ("He was born on 27 May 2024 at 10 o'clock.", "27 May 2024"),
        ("The meeting is at 10 o'clock.", "10"),
        ("That was the second time.", "second"),
    ];

    #[test]
    fn negatives() {
        for &(text, needle) in NEGATIVE {
            let at = text
                .find(needle)
                .unwrap_or_else(|| panic!("needle {needle:?} not in {text:?}"));
            let r = at..at + needle.len();
            for (span, q) in extract(text) {
                assert!(
                    span.end <= r.start || span.start >= r.end,
                    "{:?} in {text:?} should not be a quantity: {q:?}",
                    &text[span.clone()]
                );
            }
        }
        assert!(
            extract("He also added that one of the decisive factors was the support.").is_empty()
        );
        assert!(extract("World War III began in 1939.").is_empty());
    }

    #[test]
    fn spans_sorted_disjoint_and_total() {
        let texts = [
            "Between 200 and 250 people, 47 out of 56 countries, a majority of the 281 lawmakers, 3-1, \u{20ac}100bn.",
            "10^400 and 999999999999999999999999 and 1,2,3,4,5 and 1e400",
            &"9".repeat(500),
            "\u{20ac}\u{a3}$ - -- 5- -5 5.. ..5 , ,5 5, 5% % per cent a few a",
            "\u{1f600} 5 \u{1f600}\u{1f600} five \u{2013} six \u{2014} 7\u{2019}s, \u{d7}3 \u{bd} \u{2153}",
            "a majority of the", "between 5 and", "from 3 to", "one in", "47 out of", "magnitude -",
            "", " ", "5", "five", "a dozen", "half", "$", "5 per", "2, 000",
        ];
        for t in texts {
            let got = extract(t);
            let mut end = 0;
            for (r, q) in &got {
                assert!(
                    r.start >= end && r.start < r.end && r.end <= t.len(),
                    "{t:?}: {got:?}"
                );
                assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
                for x in [q.value, q.low, q.high, q.total].into_iter().flatten() {
                    assert!(x.is_finite(), "{t:?}: {q:?}");
                }
                end = r.end;
            }
        }
        // every char boundary prefix/suffix of a rich sentence: no panic
        let t = "Around 2, 000ft; $2. 6-million \u{2013} a majority of more than 200 lawmakers, 47 out of 56 countries, 6:47 PM, F-16.";
        for (i, _) in t.char_indices() {
            let _ = extract(&t[i..]);
            let _ = extract(&t[..i]);
        }
    }

    #[test]
    fn lemmas() {
        for (a, b) in [
            ("lawmakers", "lawmaker"),
            ("countries", "country"),
            ("people", "people"),
            ("children", "child"),
            ("men", "man"),
            ("women", "woman"),
            ("shells", "shell"),
            ("injuries", "injury"),
            ("deaths", "death"),
            ("boxes", "box"),
            ("Allies", "ally"),
            ("policemen", "policeman"),
            ("houses", "house"),
            ("churches", "church"),
            ("series", "series"),
            ("movies", "movie"),
            ("lives", "life"),
            ("campuses", "campus"),
            ("viruses", "virus"),
            ("abuses", "abuse"),
            ("causes", "cause"),
            ("classes", "class"),
            ("taxes", "tax"),
            ("branches", "branch"),
            ("tranches", "tranche"),
            ("crashes", "crash"),
            ("RBIs", "rbi"),
            ("Somalis", "somali"),
            ("tennis", "tennis"),
            ("analysis", "analysis"),
            ("crises", "crisis"),
            ("status", "status"),
        ] {
            assert_eq!(lemma(a), b, "{a}");
        }
    }

    /// Periods, money ranges, changes from X to Y, parts of a whole,
    /// magnitudes, leading-dot decimals and counted nouns, from real news
    /// sentences (ECB+).
    #[test]
    fn periods_ranges_changes_parts() {
        let nats = "The Nationals reportedly have bid $160 million over eight years, the Orioles between $140 million and $150 million over seven years.";
        let seats = "Over 2.5 million people were eligible to vote in the election, held under the framework of a new constitution approved in September and intended to increase parliament's powers and raise the number of seats from 65 to 125.";
        check(&[
            (nats, "eight", Exact, s(8.0), s(8.0), s(8.0), None, Some("year"), N),
            (nats, "seven", Exact, s(7.0), s(7.0), s(7.0), None, Some("year"), N),
            (
                "No dollar figures have been released with the offer, but the seven-year offers for Teixeira were in the $140 million to $160 million range.",
                "$140 million to $160 million",
                Qualifier::Range,
                s(150e6),
                s(140e6),
                s(160e6),
                Some("USD"),
                None,
                N,
            ),
            (
                "The offer was worth $140 to $160 million.",
                "$140 to $160 million",
                Qualifier::Range,
                s(150e6),
                s(140e6),
                s(160e6),
                Some("USD"),
                None,
                N,
            ),
            (
                "The team made its offer, reportedly worth about US $160 million, during the winter meetings.",
                "about US $160 million",
                Approximate,
                s(160e6),
                s(144e6),
                s(176e6),
                Some("USD"),
                None,
                N,
            ),
            (seats, "65", Exact, s(65.0), s(65.0), s(65.0), None, None, N),
            (seats, "125", Exact, s(125.0), s(125.0), s(125.0), None, None, N),
            (
                "He said 30 of the 80 wounded remained in hospital after the tremor.",
                "30 of the 80",
                Exact,
                s(30.0),
                s(30.0),
                s(30.0),
                None,
                Some("wounded"),
                s(80.0),
            ),
            (
                "But out of the 288 candidates running for the 125 seats Sunday, more than half are members of the pro-presidential Democratic Party.",
                "more than half",
                MoreThan,
                N,
                s(0.5),
                N,
                Some("fraction"),
                None,
                N,
            ),
            (
                "On Qeshm island, between half and two-thirds of homes in five villages had been damaged, officials said.",
                "between half and two-thirds",
                Qualifier::Range,
                s(7.0 / 12.0),
                s(0.5),
                s(2.0 / 3.0),
                Some("fraction"),
                Some("home"),
                N,
            ),
            (
                "A powerful quake with a magnitude of 6.1 struck southern Iran in September.",
                "6.1",
                Exact,
                s(6.1),
                s(6.1),
                s(6.1),
                Some("magnitude"),
                None,
                N,
            ),
            (
                "The quake has been followed by frequent aftershocks varying from 2.8 to 3.8 degrees on the Richter scale on Monday.",
                "from 2.8 to 3.8",
                Qualifier::Range,
                s(3.3),
                s(2.8),
                s(3.8),
                Some("magnitude"),
                None,
                N,
            ),
            (
                "The television audience numbers several hundred million worldwide.",
                "several hundred million",
                Vague,
                N,
                s(3e8),
                s(9e8),
                None,
                None,
                N,
            ),
            (
                "In 54 games with the Angeles he hit .358 with 13 home runs and 43 RBIs, and had a slugging percentage of .632.",
                ".358",
                Exact,
                s(0.358),
                s(0.358),
                s(0.358),
                None,
                None,
                N,
            ),
            (
                "In 54 games with the Angeles he hit .358 with 13 home runs and 43 RBIs, and had a slugging percentage of .632.",
                "43",
                Exact,
                s(43.0),
                s(43.0),
                s(43.0),
                None,
                Some("rbi"),
                N,
            ),
            (
                "The apprehended included 12 Somalis and 11 Yemenis.",
                "12",
                Exact,
                s(12.0),
                s(12.0),
                s(12.0),
                None,
                Some("somali"),
                N,
            ),
            (
                "The deal is said to be for 8 year and could be up to $180 million.",
                "8",
                Exact,
                s(8.0),
                s(8.0),
                s(8.0),
                None,
                Some("year"),
                N,
            ),
            (
                "One day after Wednesday's massive general strike, at least fifteen university campuses remain occupied by student demonstrators.",
                "One",
                Exact,
                s(1.0),
                s(1.0),
                s(1.0),
                None,
                Some("day"),
                N,
            ),
            (
                "One day after Wednesday's massive general strike, at least fifteen university campuses remain occupied by student demonstrators.",
                "at least fifteen",
                AtLeast,
                N,
                s(15.0),
                N,
                None,
                Some("university campus"),
                N,
            ),
        ]);
        let got = extract(seats);
        let new = got
            .iter()
            .find(|(r, _)| &seats[r.clone()] == "125")
            .unwrap();
        assert_eq!(new.1.change, Some(Change::Up));
        let old = got.iter().find(|(r, _)| &seats[r.clone()] == "65").unwrap();
        assert_eq!(old.1.change, None);
        let t = "Unemployment rose from 5.1% to 5.4% in March, while prices ranged from $5 to $10.";
        let got = extract(t);
        let spans: Vec<&str> = got.iter().map(|(r, _)| &t[r.clone()]).collect();
        assert_eq!(spans, ["5.1%", "5.4%", "from $5 to $10"], "{got:?}");
        assert_eq!(got[1].1.change, Some(Change::Up));
        assert_eq!(got[2].1.qualifier, Qualifier::Range);
        // "over" with no figure before it is still "more than"
        let q = &extract("He worked there for over eight years.")[0].1;
        assert_eq!(q.qualifier, MoreThan);
        let q = &extract("a family with 3 children over 5 years old")[1].1;
        assert_eq!(q.qualifier, MoreThan);
        // an amount given to a count is not a range
        let t = "They gave $5 million to 20 charities.";
        let spans: Vec<&str> = extract(t).iter().map(|(r, _)| &t[r.clone()]).collect();
        assert_eq!(spans, ["$5 million", "20"]);
        let t = "The 2008 telecast delivered 32 million total viewers, a 24% drop compared with the previous year's ceremony.";
        let q = &extract(t)[1].1;
        assert_eq!(
            (q.unit.as_deref(), q.change),
            (Some("percent"), Some(Change::Down))
        );
    }

    /// Phone numbers, letter-number identifiers and addresses (ECB+).
    #[test]
    fn identifiers_phones_addresses() {
        for t in [
            "At this stage, nobody is thought to have been injured and anybody with information is asked to call police on 0845 125 2222.",
            "Anyone with any information about the fire is asked to contact Surrey Police on 0845 125 2222 or Crimestoppers anonymously on 0800 555111.",
            "Sheriff Deputy Ortiz was killed outside an apartment in the 12000 block of East 223rd Street in Hawaiian Gardens.",
            "Call 1 800 555 1234 today.",
        ] {
            assert!(extract(t).is_empty(), "{t:?}: {:?}", extract(t));
        }
        let t = "The location is about 10 blocks east of the 605 Freeway.";
        let spans: Vec<&str> = extract(t).iter().map(|(r, _)| &t[r.clone()]).collect();
        assert_eq!(spans, ["about 10"]);
        let t = "INS Sukanya nabbed 26 Somali pirates with six AK 47 rifles, 12 magazines and about 300 rounds of ammunition.";
        let spans: Vec<&str> = extract(t).iter().map(|(r, _)| &t[r.clone()]).collect();
        assert_eq!(spans, ["26", "six", "12", "about 300"]);
    }

    #[test]
    fn overlap_helper() {
        let q = |t: &str| extract(t).into_iter().next().unwrap().1;
        assert!(overlaps(&q("about 50 people"), &q("52 people")));
        assert!(!overlaps(
            &q("more than 200 lawmakers"),
            &q("150 lawmakers")
        ));
        assert!(overlaps(
            &q("two-thirds of voters"),
            &q("about 66% of voters")
        ));
        assert!(!overlaps(&q("nearly 100 people"), &q("100 people")));
        assert!(!overlaps(&q("5 km"), &q("5 kg")));
        assert!(!overlaps(&q("won 3-1"), &q("won 3-2")));
        assert!(overlaps(&q("won 3-1"), &q("won 3-1")));
        // a converted figure covers the rounding of the original
        assert!(overlaps(&q("75 mph"), &q("120 km/h")));
        assert!(!overlaps(&q("75 mph"), &q("140 km/h")));
        assert!(overlaps(&q("1,000 feet"), &q("300 metres")));
        assert!(overlaps(&q("12,000 hectares"), &q("about 29,650 acres")));
    }
}
