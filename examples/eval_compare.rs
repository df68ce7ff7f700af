//! Comparison evaluation on the multi-source stories of
//! `tests/fixtures/stories`: each story folder is one run; the findings a
//! good tool must flag (verdict discrepancy or conflict) and the ones it must
//! not flag (compatible variants, updates, different measures) are listed in
//! `expected.json`.
//!
//! A predicted flagged finding is a true positive when its kind equals an
//! expected flagged entry's kind and, for at least two of the entry's
//! documents, one of the finding's values in that document contains the
//! expected text or is contained in it (case-insensitive, at word
//! boundaries), and the expected texts of those documents are not all the
//! same (two sources that agree with each other are not the disagreement).
//! Other flagged findings are false positives; those that match
//! a `not_flagged` entry are also counted as "hard negatives flagged".
//! Expected flagged entries that no finding matches are false negatives.
//!
//! `cargo run --release --example eval_compare [-- [DIR] [--verbose]]`
//! (default `tests/fixtures/stories`). Always exits 0.

use crosscheck::ingest::Input;
use crosscheck::report::{FindingOut, Report};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One expected finding: its kind and, per document stem, the value's text
/// as it occurs in that document.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Entry {
    pub kind: String,
    pub values: BTreeMap<String, String>,
    #[serde(default)]
    pub note: String,
}

/// What one story must and must not flag.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct StoryExpected {
    #[serde(default)]
    pub flagged: Vec<Entry>,
    #[serde(default)]
    pub not_flagged: Vec<Entry>,
}

/// `expected.json`: story folder name → expectations.
pub type Expected = BTreeMap<String, StoryExpected>;

/// The kinds a finding can have.
pub const KINDS: &[&str] = &[
    "quantity",
    "date",
    "entity",
    "quote",
    "polarity",
    "attribution",
];

/// Reads `DIR/expected.json`.
pub fn load_expected(dir: &Path) -> Result<Expected, String> {
    let path = dir.join("expected.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The story folders of DIR, sorted by name.
pub fn story_dirs(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The article files of a story folder (`.txt`), sorted.
pub fn articles(story: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(story)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Whether `needle` occurs in `hay` starting and ending at word boundaries;
/// a number is not cut inside ("41" does not occur in "41,212" or "4.1").
fn occurs_at_boundary(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let sep = |c: Option<char>| c.is_some_and(|c| c == ',' || c == '.');
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let (first, last) = (needle.chars().next(), needle.chars().last());
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let start = from + i;
        let end = start + needle.len();
        let mut before = hay[..start].chars().rev();
        let (b1, b2) = (before.next(), before.next());
        let mut after = hay[end..].chars();
        let (a1, a2) = (after.next(), after.next());
        let cut_before = alnum(b1) || (digit(first) && sep(b1) && digit(b2));
        let cut_after = alnum(a1) || (digit(last) && sep(a1) && digit(a2));
        if !cut_before && !cut_after {
            return true;
        }
        from = start + first.map_or(1, char::len_utf8);
    }
    false
}

fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace(['’', '‘'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A finding's value text and an expected text match when one contains the
/// other at word boundaries, ignoring case.
pub fn texts_match(value: &str, expected: &str) -> bool {
    let (v, e) = (norm(value), norm(expected));
    occurs_at_boundary(&v, &e) || occurs_at_boundary(&e, &v)
}

/// The entry's documents where the finding has a matching value (none when
/// the kinds differ).
pub fn matched_docs<'e>(finding: &FindingOut, entry: &'e Entry) -> Vec<(&'e str, &'e str)> {
    if finding.kind != entry.kind {
        return Vec::new();
    }
    entry
        .values
        .iter()
        .filter(|(doc, text)| {
            finding
                .values
                .iter()
                .any(|v| &v.doc == *doc && texts_match(&v.text, text))
        })
        .map(|(d, t)| (d.as_str(), t.as_str()))
        .collect()
}

/// Whether the finding matches the entry: same kind, values in two or more
/// of the entry's documents, and those documents' expected texts are not all
/// the same (an entry `{a: "Sunday", b: "Sunday", d: "Saturday"}` needs `d`
/// and `a` or `b`: the two agreeing sources alone are not the disagreement).
/// An attribution entry is the exception: its values are the quote, which
/// may be word for word the same in every source (the speaker differs).
pub fn matches(finding: &FindingOut, entry: &Entry) -> bool {
    let docs = matched_docs(finding, entry);
    docs.len() >= 2
        && (entry.kind == "attribution" || docs.iter().any(|(_, t)| norm(t) != norm(docs[0].1)))
}

pub fn flagged(finding: &FindingOut) -> bool {
    finding.verdict == "discrepancy" || finding.verdict == "conflict"
}

/// The score of one story, with the explanations of its errors.
#[derive(Debug, Clone, Default)]
pub struct StoryScore {
    pub story: String,
    /// Flagged findings predicted.
    pub predicted: usize,
    /// Predicted flagged findings that match an expected flagged entry.
    pub correct: usize,
    /// Expected flagged entries matched.
    pub tp: usize,
    /// Predicted flagged findings matching no expected flagged entry.
    pub fp: usize,
    /// Of those, the ones matching a `not_flagged` entry.
    pub hard_negatives: usize,
    /// Expected flagged entries not matched.
    pub fn_: usize,
    pub misses: Vec<String>,
    pub false_alarms: Vec<String>,
    /// The correct flagged findings, described.
    pub hits: Vec<String>,
    /// Set when the story could not be run.
    pub error: Option<String>,
}

fn describe_values(f: &FindingOut) -> String {
    f.values
        .iter()
        .map(|v| format!("{}: \"{}\"", v.doc, v.text))
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe_entry(e: &Entry) -> String {
    e.values
        .iter()
        .map(|(d, t)| format!("{d}: \"{t}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why an expected finding was missed: a finding that has the values but a
/// verdict that does not flag them, or else where the statements carrying
/// the values ended up (one claim or several).
fn diagnose_miss(report: &Report, entry: &Entry) -> String {
    let partial: Vec<&FindingOut> = report
        .findings
        .iter()
        .filter(|f| matches(f, entry))
        .collect();
    if let Some(f) = partial.first() {
        let missing: Vec<&str> = entry
            .values
            .iter()
            .filter(|(doc, text)| {
                !f.values
                    .iter()
                    .any(|v| &v.doc == *doc && texts_match(&v.text, text))
            })
            .map(|(doc, _)| doc.as_str())
            .collect();
        let without = if missing.is_empty() {
            String::new()
        } else {
            format!(" without {}", missing.join(", "))
        };
        return format!(
            "found as {} ({}){without}: {}",
            f.verdict, f.rule, f.explanation
        );
    }
    if let Some(f) = report
        .findings
        .iter()
        .filter(|f| f.kind == entry.kind && !matched_docs(f, entry).is_empty())
        .max_by_key(|f| f.values.len())
    {
        return format!(
            "the values are not all in one {} finding; nearest ({}, {}): {}",
            f.kind,
            f.verdict,
            f.rule,
            describe_values(f)
        );
    }
    // The statements holding the expected values, and their claims.
    let claim_of: BTreeMap<&str, &str> = report
        .claims
        .iter()
        .flat_map(|c| {
            c.statements
                .iter()
                .map(move |s| (s.as_str(), c.id.as_str()))
        })
        .collect();
    let mut places = Vec::new();
    for (doc, text) in &entry.values {
        let found: Vec<String> = report
            .statements
            .iter()
            .filter(|s| &s.doc == doc && norm(&s.text).contains(&norm(text)))
            .map(|s| {
                format!(
                    "{} in {}",
                    s.id,
                    claim_of.get(s.id.as_str()).unwrap_or(&"?")
                )
            })
            .collect();
        places.push(if found.is_empty() {
            format!("{doc}: no statement")
        } else {
            found.join(" / ")
        });
    }
    format!(
        "no {} finding pairs them; statements: {}",
        entry.kind,
        places.join("; ")
    )
}

/// Runs one story and scores its flagged findings.
pub fn evaluate_story(
    name: &str,
    path: &Path,
    expected: &StoryExpected,
) -> (StoryScore, Option<Report>) {
    let mut score = StoryScore {
        story: name.to_string(),
        ..Default::default()
    };
    let inputs: Vec<Input> = articles(path).into_iter().map(Input::Path).collect();
    let cmp = match crosscheck::run(&inputs, &crosscheck::Options::default()) {
        Ok(c) => c,
        Err(e) => {
            score.error = Some(e.to_string());
            score.fn_ = expected.flagged.len();
            return (score, None);
        }
    };
    let report = Report::new(&cmp);
    let mut hit = vec![false; expected.flagged.len()];
    for f in report.findings.iter().filter(|f| flagged(f)) {
        score.predicted += 1;
        let mut good = false;
        for (i, e) in expected.flagged.iter().enumerate() {
            if matches(f, e) {
                hit[i] = true;
                good = true;
            }
        }
        if good {
            score.correct += 1;
            score.hits.push(format!(
                "{} {} [{}] {}",
                f.kind,
                f.verdict,
                f.rule,
                describe_values(f)
            ));
            continue;
        }
        score.fp += 1;
        let hard: Vec<&Entry> = expected
            .not_flagged
            .iter()
            .filter(|e| matches(f, e))
            .collect();
        let why = if let Some(e) = hard.first() {
            score.hard_negatives += 1;
            format!("hard negative flagged ({})", e.note)
        } else {
            "not expected".to_string()
        };
        score.false_alarms.push(format!(
            "{} {} [{}] {} — {}: {}",
            f.kind,
            f.verdict,
            f.rule,
            describe_values(f),
            why,
            f.explanation
        ));
    }
    for (e, found) in expected.flagged.iter().zip(&hit) {
        if *found {
            score.tp += 1;
        } else {
            score.fn_ += 1;
            score.misses.push(format!(
                "{} {} — {} — {}",
                e.kind,
                describe_entry(e),
                e.note,
                diagnose_miss(&report, e)
            ));
        }
    }
    (score, Some(report))
}

/// Overall counts and rates.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub predicted: usize,
    pub correct: usize,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub hard_negatives: usize,
    /// Correct predicted flagged findings / predicted flagged findings.
    pub precision: f64,
    /// Expected flagged entries found / expected flagged entries.
    pub recall: f64,
    pub f1: f64,
}

pub fn totals(scores: &[StoryScore]) -> Totals {
    let mut t = Totals::default();
    for s in scores {
        t.predicted += s.predicted;
        t.correct += s.correct;
        t.tp += s.tp;
        t.fp += s.fp;
        t.fn_ += s.fn_;
        t.hard_negatives += s.hard_negatives;
    }
    t.precision = if t.predicted == 0 {
        0.0
    } else {
        t.correct as f64 / t.predicted as f64
    };
    t.recall = t.tp as f64 / (t.tp + t.fn_).max(1) as f64;
    t.f1 = if t.precision + t.recall > 0.0 {
        2.0 * t.precision * t.recall / (t.precision + t.recall)
    } else {
        0.0
    };
    t
}

/// Evaluates every story folder of DIR.
pub fn evaluate(dir: &Path) -> Result<Vec<StoryScore>, String> {
    let expected = load_expected(dir)?;
    Ok(story_dirs(dir)
        .iter()
        .map(|(name, path)| {
            let e = expected.get(name).cloned().unwrap_or_default();
            evaluate_story(name, path, &e).0
        })
        .collect())
}

#[allow(dead_code)] // also compiled into tests/compare_suite.rs, which has its own main
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    let dir = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .cloned()
        .unwrap_or_else(|| "tests/fixtures/stories".into());
    let start = std::time::Instant::now();
    let scores = match evaluate(Path::new(&dir)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("eval_compare: {e}");
            return;
        }
    };
    println!(
        "{:<30} {:>4} {:>4} {:>4} {:>4} {:>5}",
        "story", "pred", "tp", "fp", "fn", "hard"
    );
    for s in &scores {
        println!(
            "{:<30} {:>4} {:>4} {:>4} {:>4} {:>5}{}",
            s.story,
            s.predicted,
            s.tp,
            s.fp,
            s.fn_,
            s.hard_negatives,
            s.error
                .as_ref()
                .map(|e| format!("  error: {e}"))
                .unwrap_or_default()
        );
        if verbose {
            for h in &s.hits {
                println!("    HIT   {h}");
            }
            for m in &s.misses {
                println!("    MISS  {m}");
            }
            for a in &s.false_alarms {
                println!("    FALSE {a}");
            }
        }
    }
    let t = totals(&scores);
    println!(
        "stories {}  flagged predicted {}  precision {:.3}  recall {:.3}  F1 {:.3}  (tp {}, fp {}, fn {}; hard negatives flagged {})  time {:.1}s",
        scores.len(),
        t.predicted,
        t.precision,
        t.recall,
        t.f1,
        t.tp,
        t.fp,
        t.fn_,
        t.hard_negatives,
        start.elapsed().as_secs_f64()
    );
}
