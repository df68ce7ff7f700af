//! Running the crosscheck binary on the review workflow's story, shared by
//! the review tests (`tests/review.rs`) and the serve tests
//! (`tests/serve.rs`).

use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// The story whose report the review tests decide on.
pub const STORY: &str = "tests/fixtures/stories/03-council-budget";

/// Runs crosscheck in `dir` as `reviewer`: exit code, stdout, stderr.
pub fn crosscheck_as(reviewer: &str, dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env("CROSSCHECK_REVIEWER", reviewer)
        .output()
        .expect("run crosscheck");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A folder holding the story's JSON report as `r.json`, and the report's
/// flagged finding ids (discrepancies and conflicts).
pub fn reviewed_folder(reviewer: &str) -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join(STORY);
    let (code, _, err) = crosscheck_as(
        reviewer,
        dir.path(),
        &[
            "compare",
            story.to_str().unwrap(),
            "--format",
            "json",
            "--out",
            "r.json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("r.json")).unwrap()).unwrap();
    let flagged: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "conflict" || f["verdict"] == "discrepancy")
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !flagged.is_empty(),
        "the story's report has no flagged finding"
    );
    (dir, flagged)
}
