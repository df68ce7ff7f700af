//! The extraction suite (`tests/fixtures/extraction/cases.jsonl`): every
//! case must be well formed, and the value-level F1 of each detail kind must
//! stay above the floor measured when the suite was written (a few points
//! below, rounded down to 0.05), so regressions fail. Raise a floor when the
//! extractor improves; `cargo run --release --example eval_extract --
//! --verbose` shows the table and every error.

#[path = "../examples/eval_extract.rs"]
#[allow(dead_code)]
mod eval;

use crosscheck::extract::DetailKind;

fn suite() -> Vec<eval::Case> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/extraction/cases.jsonl"
    );
    eval::load(path).expect("cases file loads")
}

#[test]
fn every_case_is_well_formed() {
    let cases = suite();
    assert!(cases.len() >= 260, "only {} cases", cases.len());
    let problems = eval::validate(&cases);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let negatives = cases.iter().filter(|c| !c.none.is_empty()).count();
    assert!(negatives >= 50, "only {negatives} negative cases");
    for kind in eval::KINDS {
        let n = cases
            .iter()
            .filter(|c| c.annotated().contains(&kind))
            .count();
        assert!(n >= 20, "only {n} cases annotate {}", kind.as_str());
    }
}

#[test]
fn value_level_f1_stays_above_the_floors() {
    // Measured when the suite was written (value-level F1):
    // quantity 0.995, date 1.000, entity 0.990, quote 1.000, polarity 1.000,
    // overall 0.995 (after tuning on this suite; see heldout.jsonl for text
    // nobody tuned on).
    let floors = [
        (DetailKind::Quantity, 0.95),
        (DetailKind::Date, 0.95),
        (DetailKind::Entity, 0.95),
        (DetailKind::Quote, 0.95),
        (DetailKind::Polarity, 0.95),
    ];
    let report = eval::evaluate(&suite());
    let table = eval::table(&report);
    let mut failures = Vec::new();
    for (kind, floor) in floors {
        let f1 = report.counts(kind).value_f1();
        if f1 < floor {
            failures.push(format!("{}: F1 {f1:.3} < floor {floor:.2}", kind.as_str()));
        }
    }
    let overall = report.overall().value_f1();
    if overall < 0.95 {
        failures.push(format!("overall: F1 {overall:.3} < floor 0.95"));
    }
    assert!(failures.is_empty(), "{}\n\n{table}", failures.join("\n"));
}

/// The held-out suite (`heldout.jsonl`, 191 ECB+ sentences written after the
/// tuning and never tuned on) is the honest measure. Measured value-level
/// F1: quantity 0.962, date 0.932, entity 0.799, quote 0.667, polarity 0.939,
/// overall 0.879. Floors sit a few points below. Do not tune on this file.
#[test]
fn held_out_value_level_f1_stays_above_the_floors() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/extraction/heldout.jsonl"
    );
    let cases = eval::load(path).expect("held-out file loads");
    assert!(cases.len() >= 150);
    let problems = eval::validate(&cases);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let report = eval::evaluate(&cases);
    let floors = [
        (DetailKind::Quantity, 0.90),
        (DetailKind::Date, 0.90),
        (DetailKind::Entity, 0.75),
        (DetailKind::Quote, 0.60),
        (DetailKind::Polarity, 0.90),
    ];
    let mut failures = Vec::new();
    for (kind, floor) in floors {
        let f1 = report.counts(kind).value_f1();
        if f1 < floor {
            failures.push(format!("{}: F1 {f1:.3} < floor {floor:.2}", kind.as_str()));
        }
    }
    if report.overall().value_f1() < 0.85 {
        failures.push(format!(
            "overall: F1 {:.3} < floor 0.85",
            report.overall().value_f1()
        ));
    }
    assert!(
        failures.is_empty(),
        "{}\n\n{}",
        failures.join("\n"),
        eval::table(&report)
    );
}
