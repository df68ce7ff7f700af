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
//! [`DECLINED`] with the reason, and still counts as a miss.

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

/// Inputs whose expected values crosscheck declines on purpose, and why.
/// Matched on the whole input.
pub const DECLINED: &[(&str, &str)] = &[];

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

/// Loads one specification file (a JSON list of cases, maybe with a BOM).
pub fn load(path: &str) -> Result<Vec<Case>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
    let cases: Vec<Value> = serde_json::from_str(raw).map_err(|e| format!("{path}: {e}"))?;
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
fn char_span(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
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
    /// The expected text and its values.
    pub text: String,
    pub values: Vec<f64>,
    /// What was extracted from the input instead: text and figures.
    pub got: Vec<String>,
    /// Why crosscheck declines it, when it does on purpose.
    pub declined: Option<&'static str>,
}

/// What one file scored.
#[derive(Debug, Default)]
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
                    values: e.values.clone(),
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

/// The table of all files.
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
        for r in &reports {
            for m in &r.misses {
                println!("\n{}: {:?}", r.name, m.input);
                println!("    expected {:?} = {:?}", m.text, m.values);
                println!("    got      {:?}", m.got);
                if let Some(why) = m.declined {
                    println!("    declined: {why}");
                }
            }
        }
    }
}
