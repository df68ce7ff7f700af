//! Sentence-pair batteries: how often a disagreement told in two outlets'
//! own words is flagged, and how often a pair that does not disagree is.
//!
//! `cargo run --release --example eval_pairs [-- FILE...] [--show bad]`
//! (default: every `tests/fixtures/pairs/*.txt`). Prints, per file, the
//! disagreements flagged and the consistent pairs left alone; `--show bad`
//! lists every case the tool gets wrong, with what it flagged.
//!
//! # Format
//!
//! One case per line: `EXPECT|LEAD|TEMPLATE|A|B`, optionally followed by
//! `|DATE_A|DATE_C` (default 2025-04-02 for all). `EXPECT` is `D` when a
//! careful reader flags A against B, `S` when nothing should be flagged.
//! Three articles are built: `a` and `b` say `LEAD` then the template
//! with `A` in place of `{}` (`b` with a line of its own between, so it is
//! a second outlet, not a copy), `c` says `LEAD` then the template with
//! `B`. A case is right when a discrepancy or conflict is flagged exactly
//! when `EXPECT` is `D`.
//!
//! # The files
//!
//! - `blind-tuned.txt`, `blind-heldout.txt`: 80 pairs written by a helper
//!   that saw no code, from its own knowledge of news (2026-12-07), split by
//!   line parity: the odd lines were tuned on once, the even lines never.
//! - `blind2-tuned.txt`, `blind2-heldout.txt`: a second blind set of 120
//!   pairs (50 disagreements, 70 consistent, many the same value written
//!   another way), by another helper that saw no code (2026-12-07), split
//!   the same way. First run, before any tuning: tuned half 6 of 25
//!   disagreements and 32 of 35 consistent pairs; held-out half 4 of 25
//!   and 35 of 35.
//! - `blind3-tuned.txt`, `blind3-heldout.txt`: a third blind set of 80
//!   pairs on negations and quotes only (30 contradictions, 50 look-alikes:
//!   "no one was hurt" / "there were no injuries", contractions, excerpts,
//!   translations), split the same way. First run: tuned half 6 of 13 and
//!   26 of 27; held-out half 7 of 17 and 23 of 23.
//! - `traps.txt`: pairs of different measures in alike words, and the same
//!   value in other words, written to find false alarms; each was tuned on.
//! - `batteries.txt`: the hand-written batteries the fact layer's rules were
//!   found with (values, dates, casualties, quotes, polarity); tuned on.

use std::path::{Path, PathBuf};

/// One case of a battery.
pub struct Case {
    pub expect_differ: bool,
    lead: String,
    template: String,
    a: String,
    b: String,
    dates: (String, String),
}

pub fn parse(path: &Path) -> Result<Vec<Case>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let p: Vec<&str> = line.split('|').collect();
        if p.len() != 5 && p.len() != 7 || !matches!(p[0], "S" | "D") {
            return Err(format!(
                "{}:{}: expected EXPECT|LEAD|TEMPLATE|A|B[|DATE_A|DATE_C] with EXPECT S or D",
                path.display(),
                n + 1
            ));
        }
        let dates = if p.len() == 7 {
            (p[5].to_string(), p[6].to_string())
        } else {
            ("2025-04-02".into(), "2025-04-02".into())
        };
        out.push(Case {
            expect_differ: p[0] == "D",
            lead: p[1].into(),
            template: p[2].into(),
            a: p[3].into(),
            b: p[4].into(),
            dates,
        });
    }
    Ok(out)
}

/// The findings flagged (discrepancies and conflicts) on one case, as
/// "kind: value / value".
pub fn flagged(case: &Case) -> Vec<String> {
    let body = |v: &str| format!("{}\n\n{}", case.lead, case.template.replace("{}", v));
    let second = format!(
        "{}\n\nThe news was first reported by local radio.\n\n{}",
        case.lead,
        case.template.replace("{}", &case.a)
    );
    let articles = [
        ("a", &case.dates.0, body(&case.a)),
        ("b", &case.dates.0, second),
        ("c", &case.dates.1, body(&case.b)),
    ];
    let inputs: Vec<crosscheck::ingest::Input> = articles
        .iter()
        .map(|(name, date, text)| crosscheck::ingest::Input::Bytes {
            name: format!("{name}.txt"),
            bytes: format!("source {name}\ndate {date}\ntitle {name}\n\n{text}\n").into_bytes(),
        })
        .collect();
    let Ok(cmp) = crosscheck::run(&inputs, &crosscheck::Options::default()) else {
        return vec!["(run failed)".into()];
    };
    crosscheck::report::Report::new(&cmp)
        .findings
        .into_iter()
        .filter(|f| f.verdict == "conflict" || f.verdict == "discrepancy")
        .map(|f| {
            let values: Vec<String> = f.values.iter().map(|v| v.text.clone()).collect();
            format!("{}: {}", f.kind, values.join(" / "))
        })
        .collect()
}

/// What a battery scores: disagreements flagged of all, and consistent
/// pairs left alone of all.
#[derive(Debug, Default)]
pub struct Tally {
    pub d_ok: usize,
    pub d: usize,
    pub s_ok: usize,
    pub s: usize,
}

/// Runs every case; `bad` is told each case the tool gets wrong, with what
/// it flagged.
pub fn tally(cases: &[Case], mut bad: impl FnMut(&Case, &[String])) -> Tally {
    let mut t = Tally::default();
    for case in cases {
        let found = flagged(case);
        let right = found.is_empty() != case.expect_differ;
        if case.expect_differ {
            t.d += 1;
            t.d_ok += usize::from(right);
        } else {
            t.s += 1;
            t.s_ok += usize::from(right);
        }
        if !right {
            bad(case, &found);
        }
    }
    t
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_bad = args.windows(2).any(|w| w[0] == "--show" && w[1] == "bad");
    let mut files: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--") && a.as_str() != "bad")
        .map(PathBuf::from)
        .collect();
    if files.is_empty() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("{}: cannot read", dir.display());
            std::process::exit(2);
        };
        files = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
    }
    println!(
        "{:<24} {:>22} {:>22}",
        "file", "disagreements flagged", "consistent left alone"
    );
    for path in &files {
        let cases = match parse(path) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        let Tally { d_ok, d, s_ok, s } = tally(&cases, |case, found| {
            if show_bad {
                println!(
                    "  BAD {} «{}» vs «{}»: {}",
                    if case.expect_differ { "D" } else { "S" },
                    case.a,
                    case.b,
                    found.join("; ")
                );
            }
        });
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let share = |x: usize, n: usize| if n == 0 { 0.0 } else { x as f64 / n as f64 };
        println!(
            "{:<24} {:>10} ({:>3} of {:>3}) {:>10} ({:>3} of {:>3})",
            name,
            format!("{:.3}", share(d_ok, d)),
            d_ok,
            d,
            format!("{:.3}", share(s_ok, s)),
            s_ok,
            s
        );
    }
}
