//! The JSON report against its JSON Schema (`docs/report.schema.json`):
//! the seeds' report, every story of the comparison suite, a report with a
//! review applied and one with unreadable inputs; and the schema rejects
//! reports that break the contract.

use crosscheck::ingest::Input;
use crosscheck::report::Report;
use serde_json::Value;
use std::path::Path;

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("docs/report.schema.json").unwrap())
            .expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn check(v: &jsonschema::Validator, what: &str, report: &Value) {
    let errors: Vec<String> = v
        .iter_errors(report)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn json_of(report: &Report) -> Value {
    serde_json::to_value(report).unwrap()
}

#[test]
fn the_seeds_report_in_reports_matches_the_schema() {
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string("reports/seeds.json").unwrap()).unwrap();
    check(&validator(), "reports/seeds.json", &report);
}

#[test]
fn every_suite_story_matches_the_schema() {
    let v = validator();
    let mut n = 0;
    for entry in std::fs::read_dir("tests/fixtures/stories").unwrap() {
        let path = entry.unwrap().path();
        if !path.is_dir() {
            continue;
        }
        let cmp = crosscheck::run(&[Input::Path(path.clone())], &Default::default()).unwrap();
        check(
            &v,
            &path.display().to_string(),
            &json_of(&Report::new(&cmp)),
        );
        n += 1;
    }
    assert!(n >= 12, "only {n} stories");
}

#[test]
fn reports_with_problems_and_a_review_match_the_schema() {
    let v = validator();
    let dir = tempfile::tempdir().unwrap();
    let story = Path::new("tests/fixtures/stories/03-council-budget");
    for e in std::fs::read_dir(story).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(
        dir.path().join("broken.jsonl"),
        "{\"id\": \"x\", \"text\": \n",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let cmp = crosscheck::run(&[Input::Path(dir.path().into())], &Default::default()).unwrap();
    let mut report = Report::new(&cmp);
    assert!(!report.problems.is_empty());
    let flagged = report
        .findings
        .iter()
        .find(|f| f.verdict == "conflict" || f.verdict == "discrepancy")
        .expect("a flagged finding")
        .id
        .clone();
    let review_path = dir.path().join("crosscheck-review.json");
    let decision = |finding: &str, status| crosscheck::review::Decision {
        finding: finding.into(),
        status,
        note: "checked with the council's minutes".into(),
        by: "ana".into(),
        at: "2026-11-30T03:00:00Z".into(),
        kind: String::new(),
        verdict: String::new(),
        explanation: String::new(),
    };
    crosscheck::review::update(&review_path, |r| {
        r.record(decision(&flagged, crosscheck::review::Status::Accepted));
        r.record(decision(
            "f-0123456789ab",
            crosscheck::review::Status::Dismissed,
        ));
    })
    .unwrap();
    let review = crosscheck::review::load(&review_path).unwrap();
    crosscheck::review::apply(&mut report, &review, &review_path, false);
    let json = json_of(&report);
    assert_eq!(json["review"]["stale"].as_array().unwrap().len(), 1);
    check(&v, "report with problems and review", &json);
}

#[test]
fn the_schema_rejects_reports_that_break_the_contract() {
    let v = validator();
    let good: Value =
        serde_json::from_str(&std::fs::read_to_string("reports/seeds.json").unwrap()).unwrap();
    type Breakage = (&'static str, fn(&mut Value));
    let breakages: [Breakage; 6] = [
        ("unknown verdict", |r| {
            r["findings"][0]["verdict"] = "maybe".into()
        }),
        ("missing status", |r| {
            r["findings"][0].as_object_mut().unwrap().remove("status");
        }),
        ("unknown field", |r| r["summary"]["extra"] = 1.into()),
        ("negative span", |r| {
            r["statements"][0]["start"] = (-1).into()
        }),
        ("share above 1", |r| {
            r["summary"]["consistency"] = 1.5.into()
        }),
        ("bad schema tag", |r| {
            r["schema"] = "crosscheck.report/1".into()
        }),
    ];
    for (what, breakage) in breakages {
        let mut bad = good.clone();
        breakage(&mut bad);
        assert!(!v.is_valid(&bad), "the schema accepts a report with {what}");
    }
}
