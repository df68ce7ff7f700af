//! The command line: help, version, exit codes, formats, bad input.

use std::process::Command;

fn crosscheck(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn alone_it_prints_help() {
    let (code, out, err) = crosscheck(&[]);
    assert_eq!(code, 2);
    assert!((out + &err).contains("Usage: crosscheck <COMMAND>"));
}

#[test]
fn help_and_version() {
    let (code, out, _) = crosscheck(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("compare"));
    let (code, out, _) = crosscheck(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!("crosscheck {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = crosscheck(&["compare", "--format", "pdf"]);
    assert_eq!(code, 2);
    assert!(err.contains("pdf"));
}

#[test]
fn compare_without_paths_reads_the_bundled_seeds() {
    let (code, out, _) = crosscheck(&["compare", "--format", "json"]);
    assert_eq!(code, 0);
    let report: crosscheck::report::Report = serde_json::from_str(&out).unwrap();
    assert_eq!(report.summary.documents, 5);
}

#[test]
fn fail_on_exits_3_only_when_such_findings_exist() {
    let (code, out, _) = crosscheck(&[
        "compare",
        "seeds",
        "--format",
        "json",
        "--fail-on",
        "discrepancy",
    ]);
    let report: crosscheck::report::Report = serde_json::from_str(&out).unwrap();
    let flagged = report
        .findings
        .iter()
        .any(|f| f.verdict == "discrepancy" || f.verdict == "conflict");
    assert_eq!(code, if flagged { 3 } else { 0 });
    let (code, _, _) = crosscheck(&[
        "compare",
        "tests/fixtures/ingest/header.txt",
        "tests/fixtures/ingest/crlf.txt",
        "--fail-on",
        "conflict",
    ]);
    assert_eq!(code, 0);
}

#[test]
fn one_article_is_nothing_to_compare() {
    let (code, _, err) = crosscheck(&["compare", "tests/fixtures/ingest/header.txt"]);
    assert_eq!(code, 0);
    assert!(err.contains("nothing to compare"), "{err}");
}

#[test]
fn nothing_readable_exits_1_naming_the_inputs() {
    let (code, _, err) = crosscheck(&[
        "compare",
        "tests/fixtures/ingest/empty.txt",
        "no-such-file.txt",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(
        err.contains("no-such-file.txt: no such file or directory"),
        "{err}"
    );
}

#[test]
fn bad_files_are_named_and_the_others_compared() {
    let (code, out, err) = crosscheck(&[
        "compare",
        "seeds",
        "tests/fixtures/ingest/binary.png",
        "tests/fixtures/ingest/articles.jsonl",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert!(err.contains("binary.png: binary file"), "{err}");
    assert!(err.contains("articles.jsonl:3:"), "{err}");
    let report: crosscheck::report::Report = serde_json::from_str(&out).unwrap();
    assert_eq!(report.summary.documents, 8);
    assert_eq!(report.problems.len(), 2);
}

#[test]
fn standard_input_is_an_article() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["segment", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"The U.S. sent 1.5 million shells. Mr. Smith said so.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("stdin:1 [0..33] line 1: The U.S. sent 1.5 million shells."),
        "{text}"
    );
    assert!(text.contains("stdin:2"), "{text}");
}

#[test]
fn segment_shows_dropped_lines_with_reasons() {
    let (code, out, _) = crosscheck(&[
        "segment",
        "seeds/003_7a54b5a1d4012f7d.txt",
        "--show-dropped",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("dropped, after the end of the article: Other News"),
        "{out}"
    );
    assert!(
        out.contains("dropped, promotion of the outlet's channels: Only verified information"),
        "{out}"
    );
}

#[test]
fn out_writes_the_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.md");
    let (code, out, _) = crosscheck(&[
        "compare",
        "seeds",
        "--format",
        "markdown",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert!(out.is_empty());
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .starts_with("# crosscheck report"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
}

#[test]
fn same_json_whatever_the_thread_count_or_order() {
    let (_, one, _) = crosscheck(&["compare", "seeds", "--format", "json", "--threads", "1"]);
    let (_, four, _) = crosscheck(&["compare", "seeds", "--format", "json", "--threads", "4"]);
    assert_eq!(one, four);
    let mut files: Vec<String> = std::fs::read_dir("seeds")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    files.reverse();
    let mut args = vec!["compare", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let (_, reversed, _) = crosscheck(&args);
    let strip_paths = |s: &str| {
        s.lines()
            .filter(|l| !l.contains("\"path\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip_paths(&one), strip_paths(&reversed));
}

#[test]
fn extract_lists_details_as_json() {
    let (code, out, _) = crosscheck(&[
        "extract",
        "seeds/002_2fa9b720f23bac91.txt",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "crosscheck.details/1");
    let vote = v["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains("more than 200"))
        .unwrap();
    let q = vote["details"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "quantity")
        .unwrap();
    assert_eq!(q["text"], "a majority of more than 200");
    assert_eq!(q["normalized"]["qualifier"], "majority");
    assert_eq!(q["normalized"]["counted"], "lawmaker");
}

#[test]
fn align_dumps_the_claim_graph_as_json_and_dot() {
    let (code, out, _) = crosscheck(&["align", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "crosscheck.graph/1");
    let edge = &v["edges"][0];
    for part in [
        "total", "lexical", "chars", "entities", "numbers", "dates", "frame",
    ] {
        assert!(edge["score"][part].is_number(), "edge score lacks {part}");
    }
    let (code, dot, _) = crosscheck(&["align", "--format", "dot"]);
    assert_eq!(code, 0);
    assert!(dot.starts_with("graph claims {") && dot.trim_end().ends_with('}'));
    assert!(dot.contains(" -- "));
}

#[test]
fn stories_groups_two_events_apart() {
    let (code, out, _) = crosscheck(&[
        "stories",
        "tests/fixtures/ecbplus/stories/3-ecb",
        "tests/fixtures/ecbplus/stories/3-ecbplus",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for story in v["stories"].as_array().unwrap() {
        let docs: Vec<&str> = story["docs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        let plus = docs.iter().filter(|d| d.ends_with("ecbplus")).count();
        assert!(plus == 0 || plus == docs.len(), "mixed story {docs:?}");
    }
}
