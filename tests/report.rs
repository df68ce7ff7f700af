//! The JSON report contract (`docs/report-format.md`) and the committed
//! reports of the seeds in `reports/`, regenerated and compared here.
//! `UPDATE_REPORTS=1 cargo test --test report` rewrites them.

mod common;

use crosscheck::report::{render, Format, RenderOptions, Report};
use serde_json::Value;

fn seeds_report() -> Report {
    let cmp = crosscheck::run(&crosscheck::seed_inputs(), &crosscheck::Options::default()).unwrap();
    Report::new(&cmp)
}

fn keys(v: &Value, what: &str, required: &[&str]) {
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("{what} is not an object"));
    for k in required {
        assert!(obj.contains_key(*k), "{what} lacks {k:?}: {v}");
    }
}

#[test]
fn json_report_has_the_documented_fields() {
    let json = render(&seeds_report(), Format::Json, &RenderOptions::default());
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema"], "crosscheck.report/2");
    keys(
        &v,
        "report",
        &[
            "schema",
            "documents",
            "statements",
            "claims",
            "facts",
            "findings",
            "summary",
            "agreement",
            "problems",
        ],
    );
    for d in v["documents"].as_array().unwrap() {
        keys(
            d,
            "document",
            &["id", "source", "title", "date", "path", "statements"],
        );
    }
    assert_eq!(v["documents"][0]["date"], "2024-05-27");
    for s in v["statements"].as_array().unwrap() {
        keys(s, "statement", &["id", "doc", "text", "start", "end"]);
    }
    for c in v["claims"].as_array().unwrap() {
        keys(c, "claim", &["id", "statements", "docs"]);
    }
    assert!(!v["findings"].as_array().unwrap().is_empty());
    for f in v["findings"].as_array().unwrap() {
        keys(
            f,
            "finding",
            &[
                "id",
                "kind",
                "verdict",
                "severity",
                "measure",
                "claim",
                "fact",
                "values",
                "explanation",
            ],
        );
        assert!([
            "quantity",
            "date",
            "entity",
            "quote",
            "polarity",
            "attribution"
        ]
        .contains(&f["kind"].as_str().unwrap()));
        assert!(["agree", "compatible", "discrepancy", "conflict"]
            .contains(&f["verdict"].as_str().unwrap()));
        assert!(["low", "medium", "high"].contains(&f["severity"].as_str().unwrap()));
        for value in f["values"].as_array().unwrap() {
            keys(
                value,
                "finding value",
                &["doc", "statement", "text", "start", "end", "normalized"],
            );
        }
    }
    keys(
        &v["summary"],
        "summary",
        &[
            "documents",
            "statements",
            "claims",
            "corroborated_claims",
            "unique_claims",
            "facts",
            "findings",
        ],
    );
    keys(
        &v["summary"]["findings"],
        "summary.findings",
        &["agree", "compatible", "discrepancy", "conflict"],
    );
    // And it reads back into the library's type.
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, seeds_report());
}

#[test]
fn finding_values_point_into_their_statements() {
    let r = seeds_report();
    let texts: std::collections::HashMap<&str, Vec<u8>> = crosscheck::SEEDS
        .iter()
        .map(|(name, bytes)| {
            (
                name.trim_start_matches("seeds/").trim_end_matches(".txt"),
                bytes.to_vec(),
            )
        })
        .collect();
    for f in &r.findings {
        for v in &f.values {
            let s = r.statement(&v.statement).unwrap();
            assert!(
                s.start <= v.start && v.end <= s.end,
                "{} value outside its statement",
                f.id
            );
            assert_eq!(&texts[v.doc.as_str()][v.start..v.end], v.text.as_bytes());
        }
    }
}

#[test]
fn the_seeds_declaration_quote_is_corroborated_and_agrees() {
    let r = seeds_report();
    let claim = common::claim_holding(
        &r,
        "\"support Ukraine in its international right",
        &["001_1c4c069991c29868", "002_2fa9b720f23bac91"],
    );
    // Quotations are compared across the story: the finding's values stand
    // in the claim's statements.
    assert!(r.findings.iter().any(|f| f.kind == "quote"
        && f.verdict == "agree"
        && f.values.len() == 2
        && f.values
            .iter()
            .all(|v| claim.statements.contains(&v.statement))));
}

fn check(path: &str, fresh: &str) {
    if std::env::var_os("UPDATE_REPORTS").is_some() {
        std::fs::create_dir_all("reports").unwrap();
        std::fs::write(path, fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{path} is out of date; run `UPDATE_REPORTS=1 cargo test --test report` and commit it"
    );
}

#[test]
fn committed_reports_are_current() {
    let r = seeds_report();
    check(
        "reports/seeds.json",
        &render(&r, Format::Json, &RenderOptions::default()),
    );
    check(
        "reports/seeds.md",
        &render(&r, Format::Markdown, &RenderOptions::default()),
    );
    check(
        "reports/seeds.txt",
        &render(
            &r,
            Format::Table,
            &RenderOptions {
                width: Some(160),
                color: false,
            },
        ),
    );
    check(
        "reports/seeds.csv",
        &render(&r, Format::Csv, &RenderOptions::default()),
    );
    check(
        "reports/seeds.html",
        &render(&r, Format::Html, &RenderOptions::default()),
    );
    let cmp = crosscheck::run(&crosscheck::seed_inputs(), &crosscheck::Options::default()).unwrap();
    check(
        "reports/seeds.dot",
        &crosscheck::report::graph::dot(&cmp.graph),
    );
}

#[test]
fn the_seeds_vote_is_one_claim_with_one_discrepancy_across_three_sources() {
    let r = seeds_report();
    let vote = r
        .findings
        .iter()
        .find(|f| f.kind == "quantity" && f.values.iter().any(|v| v.text == "47 out of 56"))
        .expect("the vote finding");
    assert_eq!(vote.verdict, "discrepancy");
    let texts: Vec<&str> = vote.values.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "47 out of 56",
            "a majority of the 281",
            "a majority of more than 200"
        ]
    );
    assert!(
        vote.explanation
            .contains("47 out of 56 countries or institutions"),
        "{}",
        vote.explanation
    );
    assert!(
        vote.explanation.contains("are compatible"),
        "{}",
        vote.explanation
    );
    assert_eq!(
        vote.measure,
        "one figure told in different units (country or institution, lawmaker)"
    );
    let claim = r
        .claims
        .iter()
        .find(|c| Some(&c.id) == vote.claim.as_ref())
        .unwrap();
    assert_eq!(
        claim.docs,
        vec![
            "000_a35a5b3880348e24",
            "001_1c4c069991c29868",
            "002_2fa9b720f23bac91"
        ]
    );
    // 001 and 002 agree with each other on this claim; 000 disagrees with both.
    let pair = |a: &str, b: &str| {
        r.agreement
            .iter()
            .find(|p| p.a.starts_with(a) && p.b.starts_with(b))
            .unwrap()
            .clone()
    };
    assert!(pair("000", "001").agreeing_claims < pair("000", "001").shared_claims);
    assert_eq!(
        pair("001", "002").agreeing_claims,
        pair("001", "002").shared_claims
    );
}

#[test]
fn no_finding_or_shared_claim_is_built_from_web_junk() {
    let r = seeds_report();
    for junk in [
        "Subscribe",
        "pic.twitter.com",
        "Getty Images",
        "Telegram",
        "tuna",
        "Zelensky:",
        "banner",
    ] {
        assert!(
            r.statements.iter().all(|s| !s.text.contains(junk)),
            "{junk} kept"
        );
    }
}

#[test]
fn the_readme_excerpt_is_real() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let report = std::fs::read_to_string("reports/seeds.md").unwrap();
    let rows: Vec<&str> = readme
        .lines()
        .filter(|l| l.starts_with("| medium") || l.starts_with("| high") || l.starts_with("| low"))
        .collect();
    assert!(!rows.is_empty(), "README shows an excerpt of the report");
    for row in rows {
        assert!(
            report.contains(row),
            "README row not in reports/seeds.md: {row}"
        );
    }
}

#[test]
fn stoltenbergs_interview_and_press_conference_are_no_high_severity_conflict() {
    // 003 reports his words to The Economist on 24 May; 000 his press
    // conference on Monday 27 May. Different occasions, not a contradiction.
    let r = seeds_report();
    for f in r.findings.iter().filter(|f| f.kind == "date") {
        let docs: Vec<&str> = f.values.iter().map(|v| v.doc.as_str()).collect();
        if docs.iter().any(|d| d.starts_with("000")) && docs.iter().any(|d| d.starts_with("003")) {
            assert_ne!(f.severity, "high", "{}", f.explanation);
        }
    }
    assert!(r
        .findings
        .iter()
        .all(|f| !(f.verdict == "conflict" && f.kind == "date")));
}
