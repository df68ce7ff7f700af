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

/// The `--format` values a command's `--help` lists.
fn formats_in_help(command: &str) -> Vec<String> {
    let (code, out, _) = crosscheck(&[command, "--help"]);
    assert_eq!(code, 0);
    let Some(at) = out.find("-f, --format <FORMAT>") else {
        return Vec::new();
    };
    // The option's block: up to the next option.
    let rest = &out[at + 1..];
    let end = ["\n  -", "\n      --"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    let block = &rest[..end];
    // Short form `[possible values: a, b]`, or long form `- a: doc` lines.
    if let Some(i) = block.find("[possible values: ") {
        let values = &block[i + 18..];
        return values[..values.find(']').unwrap()]
            .split(", ")
            .map(str::to_string)
            .collect();
    }
    block
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- "))
        .map(|v| v.split(':').next().unwrap().trim().to_string())
        .collect()
}

/// The README's command × format table: each command's formats (the
/// columns marked ✓) and whether it takes `--out`.
fn readme_formats() -> Vec<(String, Vec<String>, bool)> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let table: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| command | table |"))
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(!table.is_empty(), "no command × format table in README.md");
    let cells = |l: &str| -> Vec<String> {
        l.trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_string())
            .collect()
    };
    let head = cells(table[0]);
    table[2..]
        .iter()
        .map(|row| {
            let c = cells(row);
            let command = c[0].trim_matches('`').to_string();
            let formats = head[1..head.len() - 1]
                .iter()
                .zip(&c[1..c.len() - 1])
                .filter(|(_, v)| v.as_str() == "✓")
                .map(|(h, _)| h.clone())
                .collect();
            (command, formats, c[c.len() - 1].starts_with('✓'))
        })
        .collect()
}

#[test]
fn the_readme_table_lists_the_formats_and_out_of_every_command() {
    let rows = readme_formats();
    let commands = [
        "compare", "extract", "align", "stories", "segment", "review", "explain", "batch", "serve",
    ];
    assert_eq!(
        rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        commands
    );
    for (command, mut formats, out) in rows {
        let mut help = formats_in_help(&command);
        help.sort();
        formats.sort();
        assert_eq!(formats, help, "{command}: README vs --help");
        let (_, text, _) = crosscheck(&[&command, "--help"]);
        assert_eq!(text.contains("--out <OUT>"), out, "{command}: --out");
    }
}

#[test]
fn a_format_a_command_cannot_render_is_a_usage_error() {
    for (command, format) in [
        ("extract", "html"),
        ("extract", "dot"),
        ("align", "table"),
        ("stories", "csv"),
        ("review", "html"),
        ("explain", "markdown"),
    ] {
        let mut args = vec![command];
        if command == "explain" {
            args.push("f-ea7c");
        }
        args.extend(["--format", format]);
        let (code, out, err) = crosscheck(&args);
        assert_eq!(code, 2, "{command} --format {format}");
        assert!(out.is_empty(), "{command} --format {format} printed {out}");
        assert!(
            err.contains(&format!("invalid value '{format}' for '--format <FORMAT>'"))
                && err.contains("possible values"),
            "{command} --format {format}: {err}"
        );
    }
}

#[test]
fn extract_csv_has_one_row_per_detail() {
    let file = "seeds/002_2fa9b720f23bac91.txt";
    let (code, json, _) = crosscheck(&["extract", file, "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let details: Vec<&serde_json::Value> = v["statements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["details"].as_array().unwrap())
        .collect();
    assert!(!details.is_empty());
    let (code, csv, _) = crosscheck(&["extract", file, "--format", "csv"]);
    assert_eq!(code, 0);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "doc",
            "source",
            "statement_id",
            "kind",
            "text",
            "start",
            "end",
            "value",
            "normalized",
            "statement_text"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), details.len());
    for (row, d) in rows.iter().zip(&details) {
        assert_eq!(row[3], *d["kind"].as_str().unwrap());
        assert_eq!(row[4], *d["text"].as_str().unwrap());
        assert_eq!(row[5], d["start"].to_string());
        let normalized: serde_json::Value = serde_json::from_str(&row[8]).unwrap();
        assert_eq!(normalized, d["normalized"]);
    }
    let vote = rows
        .iter()
        .find(|r| &r[4] == "a majority of more than 200")
        .unwrap();
    assert_eq!(&vote[3], "quantity");
}

#[test]
fn every_command_that_writes_a_report_takes_out() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["extract", "seeds", "--format", "csv"],
        vec!["align", "seeds", "--format", "dot"],
        vec!["stories", "seeds", "--format", "json"],
        vec!["segment", "seeds"],
        vec!["explain", "f-ea7c", "seeds"],
    ] {
        let (code, stdout, err) = crosscheck(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let path = dir.path().join(format!("{}.out", args[0]));
        let mut with_out = args.clone();
        with_out.extend(["--out", path.to_str().unwrap()]);
        let (code, printed, err) = crosscheck(&with_out);
        assert_eq!(code, 0, "{with_out:?}: {err}");
        assert!(printed.is_empty(), "{with_out:?} printed to stdout");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), stdout, "{args:?}");
    }
    // review: the listing of a report.
    let report = dir.path().join("r.json");
    let (code, _, _) = crosscheck(&[
        "compare",
        "--format",
        "json",
        "--out",
        report.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    let listing = dir.path().join("list.json");
    let (code, printed, err) = crosscheck(&[
        "review",
        report.to_str().unwrap(),
        "--format",
        "json",
        "--out",
        listing.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(printed.is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&listing).unwrap()).unwrap();
    assert!(v["findings"].is_array());
    // batch: the whole output, or nothing when the run fails.
    let stories = "{\"story\": \"s1\", \"documents\": [{\"id\": \"a\", \"text\": \"The council approved the budget on Monday by 31 votes to 4.\"}, {\"id\": \"b\", \"text\": \"The council approved the budget on Monday by 29 votes to 6.\"}]}\n";
    let out_path = dir.path().join("batch.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["batch", "--out", out_path.to_str().unwrap()])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stories.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(written.lines().count(), stories.lines().count());
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.contains(".tmp-")),
        "temporary file left behind: {names:?}"
    );
}
