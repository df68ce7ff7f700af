//! Extraction evaluation: runs `crosscheck::extract::extract_statement` on
//! every case of a hand-annotated suite of real sentences and reports, per
//! detail kind, precision, recall and F1 at two levels:
//!
//! * **value-level**: the span matches and every normalized field given in
//!   the expectation equals the extracted one;
//! * **span-level**: the span matches, whatever the values.
//!
//! `cargo run --release --example eval_extract [-- CASES_FILE] [--verbose]`
//! (default `tests/fixtures/extraction/cases.jsonl`). With `--verbose`, every
//! miss, wrong value and false positive is listed. Always exits 0: it is a
//! report, the floors live in `tests/extraction_suite.rs`.
//!
//! # Case format
//!
//! One JSON object a line: `id`, `source` (where the sentence comes from),
//! `published` (`YYYY-MM-DD` or null), `text` (one sentence), `expected`
//! (details: `kind`, `text` = the span as written, plus any normalized
//! fields to check, e.g. `qualifier`, `low`, `unit` for a quantity, `value`
//! and `precision` for a date, `name` and `title` for an entity, `quote` and
//! `speaker` for a quote, `cue` for polarity) and optionally `none` (kinds of
//! which nothing may be extracted).
//!
//! A case *annotates* the kinds that appear in its `expected` or `none`
//! lists, and annotates them completely: every extracted detail of such a
//! kind that matches no expectation is a false positive. Details of kinds a
//! case does not annotate are not scored.
//!
//! A detail matches an expectation when the kind is equal, its text equals
//! the expected text (for quantities, either one may contain the other:
//! "about US $160 million" vs "$160 million"), and, at value level, every
//! other field of the expectation equals the field of the serialized
//! normalized value (numbers with relative tolerance 1e-3; null means the
//! field must be null or absent). Matching is one-to-one and greedy, in the
//! order of the expectations, exact spans first.

use crosscheck::extract::{extract_statement, Detail, DetailKind};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// The kinds, in report order.
pub const KINDS: [DetailKind; 5] = [
    DetailKind::Quantity,
    DetailKind::Date,
    DetailKind::Entity,
    DetailKind::Quote,
    DetailKind::Polarity,
];

pub const DEFAULT_CASES: &str = "tests/fixtures/extraction/cases.jsonl";

/// One annotated sentence.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Case {
    pub id: String,
    #[serde(default)]
    pub source: String,
    pub published: Option<String>,
    pub text: String,
    #[serde(default)]
    pub expected: Vec<Map<String, Value>>,
    #[serde(default)]
    pub none: Vec<String>,
}

impl Case {
    /// The publication date, parsed.
    pub fn published_date(&self) -> Result<Option<jiff::civil::Date>, String> {
        self.published
            .as_deref()
            .map(|p| {
                p.parse::<jiff::civil::Date>()
                    .map_err(|e| format!("{}: bad published date {p:?}: {e}", self.id))
            })
            .transpose()
    }

    /// The kinds this case annotates completely.
    pub fn annotated(&self) -> Vec<DetailKind> {
        KINDS
            .into_iter()
            .filter(|k| {
                self.none.iter().any(|n| n == k.as_str())
                    || self.expected.iter().any(|e| expected_kind(e) == Some(*k))
            })
            .collect()
    }
}

pub fn kind_of(name: &str) -> Option<DetailKind> {
    KINDS.into_iter().find(|k| k.as_str() == name)
}

fn expected_kind(e: &Map<String, Value>) -> Option<DetailKind> {
    e.get("kind").and_then(Value::as_str).and_then(kind_of)
}

fn expected_text(e: &Map<String, Value>) -> &str {
    e.get("text").and_then(Value::as_str).unwrap_or("")
}

/// Loads a cases file, one JSON object a line (blank lines skipped).
pub fn load(path: &str) -> Result<Vec<Case>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("{path}:{}: {e}", n + 1)))
        .collect()
}

/// Checks that the suite is well formed: unique ids, non-empty texts,
/// parseable dates, known kinds, and every expected span inside its text.
pub fn validate(cases: &[Case]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for c in cases {
        if !ids.insert(c.id.as_str()) {
            problems.push(format!("{}: duplicate id", c.id));
        }
        if c.text.trim().is_empty() {
            problems.push(format!("{}: empty text", c.id));
        }
        if let Err(e) = c.published_date() {
            problems.push(e);
        }
        if c.expected.is_empty() && c.none.is_empty() {
            problems.push(format!("{}: nothing expected and no `none`", c.id));
        }
        for n in &c.none {
            if kind_of(n).is_none() {
                problems.push(format!("{}: unknown kind {n:?} in `none`", c.id));
            }
        }
        for e in &c.expected {
            let kind = expected_kind(e);
            if kind.is_none() {
                problems.push(format!("{}: expectation without a known kind: {e:?}", c.id));
            }
            let text = expected_text(e);
            if text.is_empty() || !c.text.contains(text) {
                problems.push(format!(
                    "{}: expected text {text:?} not in the case text",
                    c.id
                ));
            }
            if let Some(k) = kind {
                if c.none.iter().any(|n| n == k.as_str()) {
                    problems.push(format!(
                        "{}: {} both expected and in `none`",
                        c.id,
                        k.as_str()
                    ));
                }
            }
        }
    }
    problems
}

/// Counts for one kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    /// Cases annotating this kind.
    pub cases: usize,
    pub expected: usize,
    pub extracted: usize,
    pub tp_value: usize,
    pub tp_span: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.cases += o.cases;
        self.expected += o.expected;
        self.extracted += o.extracted;
        self.tp_value += o.tp_value;
        self.tp_span += o.tp_span;
    }

    /// (precision, recall, F1) for `tp` true positives. An empty side
    /// counts as perfect (nothing expected and nothing extracted).
    pub fn prf(&self, tp: usize) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        let p = ratio(tp, self.extracted);
        let r = ratio(tp, self.expected);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    pub fn value_f1(&self) -> f64 {
        self.prf(self.tp_value).2
    }

    pub fn span_f1(&self) -> f64 {
        self.prf(self.tp_span).2
    }
}

/// The evaluation of a suite.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Counts per kind, in the order of [`KINDS`].
    pub kinds: Vec<(DetailKind, Counts)>,
    /// Expectations with no detail of the right span (case id, kind, text).
    pub misses: Vec<String>,
    /// Expectations whose span was found with different values.
    pub wrong: Vec<String>,
    /// Extracted details matching no expectation by span.
    pub false_positives: Vec<String>,
}

impl Report {
    pub fn counts(&self, kind: DetailKind) -> Counts {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }

    pub fn overall(&self) -> Counts {
        let mut all = Counts::default();
        for (_, c) in &self.kinds {
            all.add(c);
        }
        all
    }
}

fn numbers_match(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-3 * a.abs().max(b.abs())
}

fn values_match(want: &Value, got: &Value) -> bool {
    match (want, got) {
        (Value::Number(a), Value::Number(b)) => match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) => numbers_match(a, b),
            _ => false,
        },
        _ => want == got,
    }
}

fn span_matches(kind: DetailKind, want: &str, got: &str) -> bool {
    want == got || kind == DetailKind::Quantity && (want.contains(got) || got.contains(want))
}

/// The fields of the expectation that differ from the detail's normalized
/// value, as `field: want ≠ got`.
fn field_diffs(e: &Map<String, Value>, d: &Detail) -> Vec<String> {
    let normalized = serde_json::to_value(&d.normalized).unwrap_or(Value::Null);
    e.iter()
        .filter(|(k, _)| k.as_str() != "kind" && k.as_str() != "text")
        .filter_map(|(k, want)| {
            let got = normalized.get(k).unwrap_or(&Value::Null);
            (!values_match(want, got)).then(|| format!("{k}: {want} ≠ {got}"))
        })
        .collect()
}

/// One-to-one greedy matching: for each expectation (in order), the first
/// unused detail that `ok` accepts, exact spans first. Returns, per
/// expectation, the index of its detail.
fn assign(
    kind: DetailKind,
    exp: &[&Map<String, Value>],
    got: &[&Detail],
    ok: impl Fn(&Map<String, Value>, &Detail) -> bool,
) -> Vec<Option<usize>> {
    let mut used = vec![false; got.len()];
    exp.iter()
        .map(|e| {
            let want = expected_text(e);
            let pick = (0..got.len())
                .filter(|&j| !used[j] && got[j].text == want && ok(e, got[j]))
                .chain((0..got.len()).filter(|&j| {
                    !used[j] && span_matches(kind, want, &got[j].text) && ok(e, got[j])
                }))
                .next();
            if let Some(j) = pick {
                used[j] = true;
            }
            pick
        })
        .collect()
}

fn show(d: &Detail) -> String {
    serde_json::to_string(&d.normalized).unwrap_or_default()
}

/// Runs the extractor on every case and scores it.
pub fn evaluate(cases: &[Case]) -> Report {
    let mut counts = [Counts::default(); 5];
    let mut report = Report::default();
    for c in cases {
        let published = c.published_date().ok().flatten();
        let details = extract_statement(&c.text, 0, published);
        for kind in c.annotated() {
            let n = &mut counts[KINDS.iter().position(|k| *k == kind).unwrap_or(0)];
            let exp: Vec<&Map<String, Value>> = c
                .expected
                .iter()
                .filter(|e| expected_kind(e) == Some(kind))
                .collect();
            let got: Vec<&Detail> = details.iter().filter(|d| d.kind == kind).collect();
            let by_value = assign(kind, &exp, &got, |e, d| field_diffs(e, d).is_empty());
            let by_span = assign(kind, &exp, &got, |_, _| true);
            n.cases += 1;
            n.expected += exp.len();
            n.extracted += got.len();
            n.tp_value += by_value.iter().flatten().count();
            n.tp_span += by_span.iter().flatten().count();
            let k = kind.as_str();
            for (i, e) in exp.iter().enumerate() {
                if by_value[i].is_some() {
                    continue;
                }
                let text = expected_text(e);
                match by_span[i] {
                    Some(j) => report.wrong.push(format!(
                        "{} {k} {text:?} → {:?}: {}",
                        c.id,
                        got[j].text,
                        field_diffs(e, got[j]).join(", ")
                    )),
                    None => report.misses.push(format!("{} {k} {text:?}", c.id)),
                }
            }
            let span_used: HashSet<usize> = by_span.iter().flatten().copied().collect();
            for (j, d) in got.iter().enumerate() {
                if !span_used.contains(&j) {
                    report
                        .false_positives
                        .push(format!("{} {k} {:?} {}", c.id, d.text, show(d)));
                }
            }
        }
    }
    report.kinds = KINDS.into_iter().zip(counts).collect();
    report
}

/// The table of a report.
pub fn table(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<27} | {:<25} | {:<25}\n",
        "", "value-level", "span-level"
    ));
    out.push_str(&format!(
        "{:<9} {:>5} {:>5} {:>5} | {:>4} {:>6} {:>6} {:>6} | {:>4} {:>6} {:>6} {:>6}\n",
        "kind", "cases", "exp", "got", "tp", "P", "R", "F1", "tp", "P", "R", "F1"
    ));
    let line = |name: &str, c: &Counts| {
        let (vp, vr, vf) = c.prf(c.tp_value);
        let (sp, sr, sf) = c.prf(c.tp_span);
        format!(
            "{name:<9} {:>5} {:>5} {:>5} | {:>4} {vp:>6.3} {vr:>6.3} {vf:>6.3} | {:>4} {sp:>6.3} {sr:>6.3} {sf:>6.3}\n",
            c.cases, c.expected, c.extracted, c.tp_value, c.tp_span
        )
    };
    for (k, c) in &report.kinds {
        out.push_str(&line(k.as_str(), c));
    }
    out.push_str(&line("overall", &report.overall()));
    out
}

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    let path = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .cloned()
        .unwrap_or_else(|| DEFAULT_CASES.to_string());
    let cases = match load(&path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("eval_extract: {e}");
            return;
        }
    };
    for p in validate(&cases) {
        eprintln!("warning: {p}");
    }
    let start = std::time::Instant::now();
    let report = evaluate(&cases);
    println!(
        "{} cases from {path} ({} negative), {:.0} ms\n",
        cases.len(),
        cases.iter().filter(|c| !c.none.is_empty()).count(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    print!("{}", table(&report));
    if verbose {
        let section = |title: &str, lines: &[String]| {
            println!("\n{title} ({})", lines.len());
            for l in lines {
                println!("  {l}");
            }
        };
        section("misses: no detail with the expected span", &report.misses);
        section("wrong values: span found, fields differ", &report.wrong);
        section(
            "false positives: extracted, no expected span",
            &report.false_positives,
        );
    }
}
