//! Value recall of the quantity extractor on Microsoft's Recognizers-Text
//! English test specifications (MIT): thousands of inputs written by others,
//! each with the values a recognizer must find.
//!
//! `cargo run --release --example eval_recognizers [-- DIR] [--misses]`
//! (default `../shared/corpora/recognizers-text`; the tests use the copy in
//! `tests/fixtures/recognizers`). Prints, per file, the expected values and
//! the share crosscheck finds; `--misses` lists every value not found, with
//! what was extracted instead and, for the ones declined on purpose, why.
//! Always exits 0 when the files load: it is a report, the floors live in
//! `tests/recognizers.rs`.
//!
//! # What counts
//!
//! An expected result counts when it has a numeric value (results that only
//! name a unit, "dollar", have none). It is *found* when a quantity
//! extracted from the same input overlaps its span and carries its value:
//! the value, either end of the interval, or the same as written (before a
//! unit conversion: "10 feet" is found as 10 although crosscheck reports
//! 3.048 m). A range ("[20,30)") is found when both finite ends are. Units
//! are not compared: this measures values, and crosscheck names units its
//! own way (ISO codes, metric units).
//!
//! # Conventions that differ, kept on purpose
//!
//! Recognizers-Text tags every number; crosscheck extracts quantities of
//! news. Where the two disagree on purpose, the case is listed in
//! [`DECLINED`] with the reason, and still counts as a miss. Other
//! differences that do not cost recall:
//!
//! * a range: theirs is half-open (`"between 20 and 30"` = [20, 30)),
//!   crosscheck's closed; only the ends are compared;
//! * a converted unit: "10 miles" is 16.09 km in crosscheck, found through
//!   its `written` figure;
//! * "one out of three" is a ratio (1/3) in both, but "47 out of 56" is a
//!   count of 47 with a total of 56 in crosscheck: a share needs a round
//!   base (2 to 10, 20, 25, 50, 100…);
//! * values they do not tag (a count after a unit, "$ 20" in a Dimension
//!   file) are not scored: this is recall, not precision.

use crosscheck::extract::quantity::{self, Quantity};
use serde_json::Value;
use std::ops::Range;

/// The files scored, with whether the issue sets a floor on them.
pub const FILES: [(&str, bool); 7] = [
    ("Number/English/NumberModel.json", true),
    ("NumberWithUnit/English/CurrencyModel.json", true),
    ("NumberWithUnit/English/DimensionModel.json", true),
    ("NumberWithUnit/English/TemperatureModel.json", true),
    ("Number/English/PercentModel.json", false),
    ("Number/English/NumberRangeModel.json", false),
    ("NumberWithUnit/English/AgeModel.json", false),
];

pub const DEFAULT_DIR: &str = "../shared/corpora/recognizers-text";

const LIST_ITEM: &str =
    "a dash and a space before a figure open a list item or a dash of prose, not a minus";
const BARE_CENTS: &str = "cents written without \"cents\" after a sum (\"15 dollars 50\", \"17 USD 25\"): the figure after it is read as a number of its own, as it is in \"5 dollars and 50 others\"";
const JOINED: &str = "numbers joined without spaces by dots, slashes or commas are an identifier (an address, a date, a phone number, a list), not amounts";

const A_RANK: &str = "\"a fifth\" standing alone is one more of something in news (\"wounding a third\", \"as did a third\"); it is a share before \"of\", after \"by\" or a qualifier (\"a fifth of them\", \"fell by a fifth\", \"nearly a fifth\")";

/// Inputs whose expected values crosscheck declines on purpose, and why.
/// Matched on the whole input; `tests/recognizers.rs` checks that each is
/// still in its file and still missed, so the list stays true.
pub const DECLINED: &[(&str, &str)] = &[
    ("192.168.1.2", JOINED),
    ("Any time to meet on 5/17/2018?", "a date: its numbers are the date's, which crosscheck's date extractor reads"),
    ("My phone number is +1-222-2222/2222", JOINED),
    ("Exercises nrs. 22,24,26,31.", JOINED),
    ("Exercise nr. 22,240,260,310.", "a figure after \"nr.\" (like \"No. 10\") names an item"),
    ("SCP-173", "letters, a hyphen and digits are an identifier (F-16, COVID-19)"),
    ("Let's try one last time", "a bare \"one\" is a count only before a counted noun; \"one last time\" is an idiom"),
    ("we will be working on releasing version two and a previous version will still be maintained", "a figure after \"version\" is a label"),
    ("- 1 4/5", LIST_ITEM),
    ("- 10  k", LIST_ITEM),
    ("twenty and three and three fifths", "\"twenty and three\" is not English for 23; read as 20, then 3 3/5"),
    ("one hundred one thousand fifths", "where the numerator ends is a guess (their 100/1005, crosscheck's 101,000/5); no news writes it"),
    ("10 $ 30 cent", BARE_CENTS),
    ("It costs 15 dollars 50.", BARE_CENTS),
    ("It costs 15 dollars and 50.", BARE_CENTS),
    ("it costs only 15 dollars 50.", BARE_CENTS),
    ("it costs only 15 dollars and 15.", BARE_CENTS),
    ("it only cost thirteen dollars forty five", BARE_CENTS),
    ("It costs one dollar and one and one point of your credit points.", BARE_CENTS),
    ("It costs one dollar and two and three points of your credit points.", BARE_CENTS),
    ("It costs you 10 us dollar and me c $ 100 and fifty.", BARE_CENTS),
    ("The subscription will increase to 17 USD 25.", BARE_CENTS),
    ("They paid 75 USD million but the price was actually 50 million USD. And if they had just 15 USD 50 more, they would have paid 80 USD million.", BARE_CENTS),
    ("It may need one kuai and five mao five.", "colloquial Chinese money words (kuai, mao) are not in the currency lexicon"),
    ("He said: 2 pm is 2 picometer", "\"2 pm\" is a clock time in news"),
    ("a fifth", A_RANK),
    ("a twenty-first", A_RANK),
    ("make a half turn", "\"a half\" before a noun is not read as a share (\"a half brother\")"),
];

/// One expected value (or range) in an input.
#[derive(Debug, Clone)]
pub struct Expected {
    /// Byte range in the input.
    pub span: Range<usize>,
    pub text: String,
    /// The finite values that must all be found: one, or a range's ends.
    pub values: Vec<f64>,
}

/// One input and what must be found in it.
#[derive(Debug, Clone)]
pub struct Case {
    pub input: String,
    pub expected: Vec<Expected>,
}

/// Reads one specification file: a JSON list of cases, maybe after a
/// byte-order mark.
pub fn read_cases(path: &str) -> Result<Vec<Value>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
    serde_json::from_str(raw).map_err(|e| format!("{path}: {e}"))
}

/// Loads one specification file (a JSON list of cases, maybe with a BOM).
pub fn load(path: &str) -> Result<Vec<Case>, String> {
    let cases = read_cases(path)?;
    let mut out = Vec::with_capacity(cases.len());
    for (n, c) in cases.iter().enumerate() {
        let input = c["Input"]
            .as_str()
            .ok_or_else(|| format!("{path}: case {n} has no Input"))?
            .to_string();
        let mut expected = Vec::new();
        for r in c["Results"].as_array().into_iter().flatten() {
            let Some(values) = r["Resolution"]["value"].as_str().and_then(parse_value) else {
                continue;
            };
            let (Some(s), Some(e)) = (r["Start"].as_u64(), r["End"].as_u64()) else {
                continue;
            };
            let Some(span) = char_span(&input, s as usize, e as usize) else {
                return Err(format!(
                    "{path}: case {n}: offsets {s}..={e} outside the input"
                ));
            };
            expected.push(Expected {
                span,
                text: r["Text"].as_str().unwrap_or("").to_string(),
                values,
            });
        }
        out.push(Case { input, expected });
    }
    Ok(out)
}

/// "12", "-0.8", "1E-12", "20%", "[20,30)", "(,100]" → the finite values.
fn parse_value(v: &str) -> Option<Vec<f64>> {
    let v = v.trim().trim_end_matches('%');
    if v.starts_with(['[', '(']) {
        let inner = v
            .trim_start_matches(['[', '('])
            .trim_end_matches([']', ')']);
        let ends: Vec<f64> = inner
            .split(',')
            .filter(|x| !x.trim().is_empty())
            .map(|x| x.trim().parse().ok())
            .collect::<Option<_>>()?;
        return (!ends.is_empty()).then_some(ends);
    }
    v.parse().ok().map(|x| vec![x])
}

/// Inclusive char offsets → a byte range.
pub fn char_span(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    let mut idx = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let s = idx.clone().nth(start)?;
    let e = idx.nth(end + 1)?;
    (s < e).then_some(s..e)
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) + 1e-12
}

/// Every figure a quantity carries, as normalized and as written.
fn figures(q: &Quantity) -> Vec<f64> {
    let mut out: Vec<f64> = [q.value, q.low, q.high].into_iter().flatten().collect();
    if let Some(w) = &q.written {
        out.extend([w.value, w.low, w.high].into_iter().flatten());
    }
    out
}

/// An expected value not found.
#[derive(Debug, Clone)]
pub struct Miss {
    pub input: String,
    /// The expected text, and its values as printed.
    pub text: String,
    pub want: String,
    /// What was extracted from the input instead: text and figures.
    pub got: Vec<String>,
    /// Why crosscheck declines it, when it does on purpose.
    pub declined: Option<&'static str>,
}

/// What one file scored.
#[derive(Debug, Default, Clone)]
pub struct FileReport {
    pub name: String,
    pub expected: usize,
    pub found: usize,
    pub misses: Vec<Miss>,
}

impl FileReport {
    pub fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.found as f64 / self.expected as f64
        }
    }
    pub fn declined(&self) -> usize {
        self.misses.iter().filter(|m| m.declined.is_some()).count()
    }
}

/// Scores the cases of one file.
pub fn evaluate(name: &str, cases: &[Case]) -> FileReport {
    let mut r = FileReport {
        name: name.to_string(),
        ..Default::default()
    };
    for c in cases {
        if c.expected.is_empty() {
            continue;
        }
        let got = quantity::extract(&c.input);
        for e in &c.expected {
            r.expected += 1;
            let hit = got.iter().any(|(span, q)| {
                span.start < e.span.end
                    && e.span.start < span.end
                    && e.values
                        .iter()
                        .all(|v| figures(q).iter().any(|f| same(*f, *v)))
            });
            if hit {
                r.found += 1;
            } else {
                r.misses.push(Miss {
                    input: c.input.clone(),
                    text: e.text.clone(),
                    want: format!("{:?}", e.values),
                    got: got
                        .iter()
                        .map(|(span, q)| format!("{:?} {:?}", &c.input[span.clone()], figures(q)))
                        .collect(),
                    declined: DECLINED
                        .iter()
                        .find(|(input, _)| *input == c.input)
                        .map(|(_, why)| *why),
                });
            }
        }
    }
    r
}

/// The table of all files (also the date evaluation's,
/// `eval_recognizers_dates.rs`).
pub fn table(reports: &[FileReport]) -> String {
    let mut out = format!(
        "{:<46} {:>8} {:>6} {:>7} {:>9}\n",
        "file", "expected", "found", "recall", "declined"
    );
    for r in reports {
        out.push_str(&format!(
            "{:<46} {:>8} {:>6} {:>7.3} {:>9}\n",
            r.name,
            r.expected,
            r.found,
            r.recall(),
            r.declined()
        ));
    }
    out
}

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or(DEFAULT_DIR, String::as_str);
    let mut reports = Vec::new();
    for (file, _) in FILES {
        let path = format!("{dir}/{file}");
        match load(&path) {
            Ok(cases) => reports.push(evaluate(file, &cases)),
            Err(e) => {
                eprintln!("eval_recognizers: {e}");
                std::process::exit(1);
            }
        }
    }
    print!("{}", table(&reports));
    if misses {
        print_misses(&reports);
    }
}

/// Every miss, with what was extracted instead and why it is declined.
pub fn print_misses(reports: &[FileReport]) {
    for r in reports {
        for m in &r.misses {
            println!("\n{}: {:?}", r.name, m.input);
            println!("    expected {:?} = {}", m.text, m.want);
            println!("    got      {:?}", m.got);
            if let Some(why) = m.declined {
                println!("    declined: {why}");
            }
        }
    }
}
