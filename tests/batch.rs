//! `crosscheck batch`: one report a story, equal to `compare` on the same
//! records, in input order whatever the thread count, carrying on past bad
//! lines.

use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Runs the binary with `stdin`; returns (status, stdout, stderr).
fn crosscheck(args: &[&str], stdin: &str, dir: Option<&Path>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let mut child = cmd.spawn().expect("runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_string();
    // Written from a thread: the child may fill its stdout pipe before it
    // has read all of its input.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(stdin.as_bytes());
    });
    let out = child.wait_with_output().expect("waits");
    writer.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The articles of a fixture folder as records (id = file stem).
fn records(dir: &Path) -> Vec<Value> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            json!({
                "id": f.file_stem().unwrap().to_string_lossy(),
                "text": std::fs::read_to_string(f).unwrap(),
            })
        })
        .collect()
}

fn story_line(story: &str, dir: &Path) -> String {
    json!({ "story": story, "documents": records(dir) }).to_string()
}

fn fixture(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn story_ids(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("each output line is JSON");
            v["story"].as_str().expect("story id").to_string()
        })
        .collect()
}

#[test]
fn each_report_equals_compare_on_the_same_records() {
    let stories = [
        "01-factory-fire",
        "03-council-budget",
        "10-translated-quote",
    ];
    let tmp = tempfile::tempdir().unwrap();
    let mut input = String::new();
    for s in stories {
        input += &story_line(s, &fixture(&format!("stories/{s}")));
        input.push('\n');
        // The same records as one JSON file named after the story, so that
        // document paths (`{story}.json:N`) match too.
        std::fs::write(
            tmp.path().join(format!("{s}.json")),
            json!({ "documents": records(&fixture(&format!("stories/{s}"))) }).to_string(),
        )
        .unwrap();
    }
    let (code, out, err) = crosscheck(&["batch"], &input, None);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), stories.len());
    let mut found_any = false;
    for (line, s) in lines.iter().zip(stories) {
        let mut got: Value = serde_json::from_str(line).unwrap();
        assert_eq!(got["story"], json!(s));
        got.as_object_mut().unwrap().remove("story");
        let (code, compared, err) = crosscheck(
            &["compare", &format!("{s}.json"), "--format", "json"],
            "",
            Some(tmp.path()),
        );
        assert_eq!(code, 0, "{err}");
        let want: Value = serde_json::from_str(&compared).unwrap();
        assert_eq!(got, want, "story {s}");
        // The line is a whole report, not an empty shell.
        let report: crosscheck::report::Report = serde_json::from_value(got).unwrap();
        assert!(report.summary.documents >= 2);
        found_any |= !report.findings.is_empty();
    }
    assert!(found_any, "these stories have findings");
}

#[test]
fn a_bad_line_is_named_and_the_others_still_come_out_in_order() {
    let a = story_line("fire", &fixture("stories/01-factory-fire"));
    let b = story_line("quake", &fixture("stories/02-earthquake-toll"));
    let c = story_line("budget", &fixture("stories/03-council-budget"));
    let input = format!(
        "{a}\n\n{{\"story\": \"broken\", \"documents\": [\n{b}\n{{\"story\": \"empty\"}}\n{c}\n"
    );
    let (code, out, err) = crosscheck(&["batch"], &input, None);
    assert_eq!(code, 1, "some lines gave no report: {err}");
    assert_eq!(story_ids(&out), ["fire", "quake", "budget"]);
    // Line 2 is blank and not an error; 3 is cut JSON, 5 has no documents.
    assert!(!err.contains("line 2:"), "{err}");
    assert!(err.contains("line 3: bad line"), "{err}");
    assert!(err.contains("line 5: bad line"), "{err}");
    assert!(err.contains("no \"documents\""), "{err}");
    assert!(err.contains("2 of 5 lines gave no report"), "{err}");
}

#[test]
fn an_oversized_line_is_skipped_with_its_size() {
    let small = json!({"story": "small", "documents": [
        {"id": "a", "text": "The council approved the budget on Monday by 31 votes to 4."},
        {"id": "b", "text": "The council approved the budget on Monday by 29 votes to 6."},
    ]})
    .to_string();
    let big = story_line("fire", &fixture("stories/01-factory-fire"));
    let limit = (small.len() + 10).to_string();
    let input = format!("{big}\n{small}\n");
    let (code, out, err) = crosscheck(&["batch", "--max-story-bytes", &limit], &input, None);
    assert_eq!(code, 1);
    assert_eq!(story_ids(&out), ["small"]);
    assert!(
        err.contains(&format!("line 1: bad line, no report: {} bytes", big.len())),
        "{err}"
    );
    let report: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["summary"]["documents"], 2);
    // The vote counts differ, and that is what the report of this line says.
    let votes = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["values"][0]["text"] == "31")
        .expect("a finding on the vote count");
    assert_eq!(votes["values"][1]["text"], "29");
    assert_ne!(votes["verdict"], "agree");
}

#[test]
fn output_order_is_input_order_whatever_the_thread_count() {
    // ECB+ events of different sizes, in an order that is not sorted, so
    // that stories finish out of order.
    let mut dirs: Vec<_> = std::fs::read_dir(fixture("ecbplus/stories"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    let picked: Vec<_> = dirs.iter().rev().step_by(5).take(10).collect();
    let mut input = String::new();
    let mut want = Vec::new();
    for d in &picked {
        let name = d.file_name().unwrap().to_string_lossy().into_owned();
        input += &story_line(&name, d);
        input.push('\n');
        want.push(name);
    }
    let (code, one, err) = crosscheck(&["batch", "--threads", "1"], &input, None);
    assert_eq!(code, 0, "{err}");
    assert_eq!(story_ids(&one), want);
    for threads in ["2", "4"] {
        let (code, many, err) = crosscheck(&["batch", "--threads", threads], &input, None);
        assert_eq!(code, 0, "{err}");
        assert!(one == many, "output differs with --threads {threads}");
    }
}
