//! The review workflow as a reviewer uses it: compare, list, accept and
//! dismiss, re-run, stale decisions; `explain`; `--out-dir`; and the review
//! file surviving corrupt content, killed writers and concurrent reviewers.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[path = "common/review_run.rs"]
mod review_run;
use review_run::STORY;

fn crosscheck(dir: &Path, args: &[&str]) -> (i32, String, String) {
    review_run::crosscheck_as("tester", dir, args)
}

fn story() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(STORY)
        .display()
        .to_string()
}

fn reviewed_folder() -> (tempfile::TempDir, Vec<String>) {
    review_run::reviewed_folder("tester")
}

fn report_json(dir: &Path, extra: &[&str]) -> Value {
    let story = story();
    let mut args = vec!["compare", story.as_str(), "--format", "json"];
    args.extend_from_slice(extra);
    let (code, out, err) = crosscheck(dir, &args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

/// The finding `id` of a JSON report.
fn finding<'a>(report: &'a Value, id: &str) -> Option<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
}

#[test]
fn dismissed_findings_are_hidden_on_the_next_run_and_shown_with_all() {
    let (dir, flagged) = reviewed_folder();
    let id = &flagged[0];
    let (code, listing, _) = crosscheck(dir.path(), &["review", "r.json"]);
    assert_eq!(code, 0);
    assert!(
        listing.contains(id.as_str()) && listing.contains("open"),
        "{listing}"
    );

    // A prefix is enough when only one id has it.
    let (code, _, err) = crosscheck(
        dir.path(),
        &[
            "review",
            "r.json",
            "--dismiss",
            &id[..8],
            "--note",
            "rounding, not a dispute",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let file: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("crosscheck-review.json")).unwrap(),
    )
    .unwrap();
    let d = &file["decisions"][0];
    assert_eq!(d["finding"], id.as_str());
    assert_eq!(d["status"], "dismissed");
    assert_eq!(d["by"], "tester");
    assert_eq!(d["note"], "rounding, not a dispute");
    assert!(d["at"].as_str().unwrap().ends_with('Z'));

    // The review file beside the report in the current folder applies.
    let hidden = report_json(dir.path(), &[]);
    assert!(hidden["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["id"] != id.as_str()));
    assert_eq!(hidden["review"]["hidden"], 1);
    assert_eq!(hidden["review"]["dismissed"], 1);

    let shown = report_json(dir.path(), &["--all"]);
    let f = finding(&shown, id).expect("--all shows the dismissed finding");
    assert_eq!(f["status"], "dismissed");
    assert_eq!(f["decision"]["note"], "rounding, not a dispute");

    // Every format shows the status.
    let story = story();
    for format in ["table", "markdown", "csv", "html"] {
        let (code, out, _) = crosscheck(
            dir.path(),
            &["compare", &story, "--all", "--format", format],
        );
        assert_eq!(code, 0);
        assert!(
            out.contains("dismissed") && out.contains("rounding, not a dispute"),
            "{format} does not show the decision"
        );
    }
}

#[test]
fn accepted_findings_keep_failing_the_run_dismissed_ones_do_not() {
    let (dir, flagged) = reviewed_folder();
    let story = story();
    let (code, _, _) = crosscheck(dir.path(), &["compare", &story, "--fail-on", "discrepancy"]);
    assert_eq!(code, 3);
    for id in &flagged {
        crosscheck(dir.path(), &["review", "r.json", "--dismiss", id]);
    }
    let (code, _, err) = crosscheck(dir.path(), &["compare", &story, "--fail-on", "discrepancy"]);
    assert_eq!(code, 0, "{err}");
    crosscheck(
        dir.path(),
        &[
            "review",
            "r.json",
            "--accept",
            &flagged[0],
            "--note",
            "real",
        ],
    );
    let (code, _, _) = crosscheck(dir.path(), &["compare", &story, "--fail-on", "discrepancy"]);
    assert_eq!(code, 3);
    let report = report_json(dir.path(), &[]);
    let f = finding(&report, &flagged[0]).unwrap();
    assert_eq!(f["status"], "accepted");

    // --reopen takes the decision back.
    let (code, _, _) = crosscheck(dir.path(), &["review", "r.json", "--reopen", &flagged[0]]);
    assert_eq!(code, 0);
    let report = report_json(dir.path(), &["--all"]);
    let f = finding(&report, &flagged[0]).unwrap();
    assert_eq!(f["status"], "open");
}

#[test]
fn decisions_on_findings_no_longer_raised_are_listed_as_stale() {
    let (dir, flagged) = reviewed_folder();
    // Without the report, any id can be recorded (e.g. from a colleague's run).
    let (code, _, err) = crosscheck(
        dir.path(),
        &["review", "--dismiss", "f-000000000000", "--note", "old run"],
    );
    assert_eq!(code, 0, "{err}");
    crosscheck(dir.path(), &["review", "r.json", "--accept", &flagged[0]]);
    let story = story();
    let (code, out, err) = crosscheck(dir.path(), &["compare", &story, "--format", "json"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("f-000000000000"),
        "stale decision not reported: {err}"
    );
    let report: Value = serde_json::from_str(&out).unwrap();
    let stale = report["review"]["stale"].as_array().unwrap();
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0]["finding"], "f-000000000000");
    assert_eq!(stale[0]["note"], "old run");
    let (_, md, _) = crosscheck(dir.path(), &["compare", &story, "--format", "markdown"]);
    assert!(md.contains("Stale review decisions") && md.contains("f-000000000000"));
    // The stale decision stays in the file.
    let file = std::fs::read_to_string(dir.path().join("crosscheck-review.json")).unwrap();
    assert!(file.contains("f-000000000000"));
    // An id the report does not have is refused when the report is given.
    let (code, _, err) = crosscheck(
        dir.path(),
        &["review", "r.json", "--accept", "f-ffffffffffff"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("no finding f-ffffffffffff in r.json"), "{err}");
}

#[test]
fn a_corrupt_review_file_is_an_error_naming_it_and_is_left_untouched() {
    let (dir, flagged) = reviewed_folder();
    let path = dir.path().join("crosscheck-review.json");
    let junk = "{\"schema\": \"crosscheck.review/1\", \"decisions\": [{\"finding\": ";
    std::fs::write(&path, junk).unwrap();
    let (code, _, err) = crosscheck(dir.path(), &["review", "r.json", "--accept", &flagged[0]]);
    assert_eq!(code, 1);
    assert!(err.contains("crosscheck-review.json"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), junk);
    let story = story();
    let (code, _, err) = crosscheck(dir.path(), &["compare", &story]);
    assert_eq!(code, 1);
    assert!(err.contains("crosscheck-review.json"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), junk);
    // A named review file that does not exist is an error, not an empty review.
    let (code, _, err) = crosscheck(dir.path(), &["compare", &story, "--review", "nope.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("nope.json"), "{err}");
}

fn decisions(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap();
    let file: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("review file half-written ({e}): {} bytes", text.len()));
    file["decisions"].as_array().unwrap().clone()
}

#[test]
fn a_writer_killed_mid_write_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crosscheck-review.json");
    // A big file makes each write take long enough to be interrupted.
    let many: Vec<Value> = (0..20_000)
        .map(|i| {
            serde_json::json!({
                "finding": format!("f-{i:012x}"), "status": "accepted",
                "note": "x".repeat(100), "by": "seed", "at": "2026-11-30T00:00:00Z"
            })
        })
        .collect();
    std::fs::write(
        &path,
        serde_json::to_string_pretty(
            &serde_json::json!({"schema": "crosscheck.review/1", "decisions": many}),
        )
        .unwrap(),
    )
    .unwrap();
    let mut finished = 0;
    for k in 0..30u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(["review", "--dismiss", &format!("f-kill{k:08}")])
            .current_dir(dir.path())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(k % 15 * 3));
        let _ = child.kill();
        if child.wait().unwrap().success() {
            finished += 1;
        }
        let now = decisions(&path);
        // A writer killed after its rename has added its decision too.
        assert!(
            now.len() >= 20_000 + finished,
            "decisions lost: {} after {finished} finished writes",
            now.len()
        );
    }
    // Whatever was killed, the file is whole, has every seeded decision, and
    // the next writer removes what killed writers left behind.
    let (code, _, err) = crosscheck(dir.path(), &["review", "--accept", "f-last"]);
    assert_eq!(code, 0, "{err}");
    let now = decisions(&path);
    assert!(now.len() >= 20_001);
    for i in [0usize, 9_999, 19_999] {
        let id = format!("f-{i:012x}");
        assert!(now.iter().any(|d| d["finding"] == id.as_str()), "{id} lost");
    }
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn concurrent_reviewers_lose_no_decision() {
    let dir = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..12)
        .map(|k| {
            Command::new(env!("CARGO_BIN_EXE_crosscheck"))
                .args([
                    "review",
                    if k % 2 == 0 { "--accept" } else { "--dismiss" },
                    &format!("f-{k:012}"),
                    "--note",
                    &format!("reviewer {k}"),
                ])
                .current_dir(dir.path())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let now = decisions(&dir.path().join("crosscheck-review.json"));
    assert_eq!(now.len(), 12, "{now:?}");
}

#[test]
fn explain_shows_statements_scores_values_and_rule() {
    let (dir, flagged) = reviewed_folder();
    let story = story();
    let (code, text, err) = crosscheck(dir.path(), &["explain", &flagged[0], &story]);
    assert_eq!(code, 0, "{err}");
    for part in [
        "Statements (",
        "Similarity of the pairs",
        "Values compared",
        "Rule ",
    ] {
        assert!(text.contains(part), "{part} missing:\n{text}");
    }
    let (code, json, _) = crosscheck(
        dir.path(),
        &["explain", &flagged[0], &story, "--format", "json"],
    );
    assert_eq!(code, 0);
    let e: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(e["id"], flagged[0].as_str());
    assert!(e["statements"].as_array().unwrap().len() >= 2);
    assert!(e["similarity"][0]["score"]["total"].as_f64().unwrap() > 0.0);
    let values = e["values"].as_array().unwrap();
    assert!(values.len() >= 2);
    for v in values {
        // Each value lies inside one of the claim's statements.
        let st = e["statements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == v["statement"])
            .expect("value's statement is in the claim");
        assert!(st["start"].as_u64() <= v["start"].as_u64());
        assert!(v["end"].as_u64() <= st["end"].as_u64());
    }
    let (code, _, err) = crosscheck(dir.path(), &["explain", "f-ffffffffffff", &story]);
    assert_eq!(code, 1);
    assert!(err.contains("no finding f-ffffffffffff"), "{err}");
}

#[test]
fn out_dir_writes_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let story = story();
    let (code, _, err) = crosscheck(
        dir.path(),
        &["compare", &story, "--out-dir", "out", "--name", "budget"],
    );
    assert_eq!(code, 0, "{err}");
    for ext in ["txt", "md", "json", "csv", "html", "dot"] {
        let path = dir.path().join("out").join(format!("budget.{ext}"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{ext} missing"));
        assert!(!text.is_empty());
    }
    let (_, json, _) = crosscheck(dir.path(), &["compare", &story, "--format", "json"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/budget.json")).unwrap(),
        json
    );
}
