//! Hostile input, one test each (issue #8): every case runs the real
//! binary on a folder holding two good articles and the bad one, and checks
//! that nothing panics, the message names the file (and line), the exit
//! status is the documented one, and the good articles are still compared.
//! Big inputs are generated here, in a temporary folder.

use crosscheck::report::Report;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const GOOD: &[&str] = &["000_a35a5b3880348e24", "001_1c4c069991c29868"];

struct Run {
    code: i32,
    stderr: String,
    report: Option<Report>,
}

fn crosscheck(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !stderr.contains("panicked"),
        "crosscheck panicked: {stderr}"
    );
    Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        report: serde_json::from_slice(&out.stdout).ok(),
        stderr,
    }
}

/// A folder with the two good seed articles.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for id in GOOD {
        fs::copy(
            format!("seeds/{id}.txt"),
            dir.path().join(format!("{id}.txt")),
        )
        .unwrap();
    }
    dir
}

/// Compares the folder; asserts exit 0, valid JSON and that the good
/// articles are in the report.
fn compare(dir: &Path) -> Run {
    let run = crosscheck(&["compare", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.report.as_ref().expect("a JSON report");
    for id in GOOD {
        assert!(
            report.documents.iter().any(|d| d.id == *id),
            "{id} missing from the report; stderr: {}",
            run.stderr
        );
        assert!(
            report.statements.iter().any(|s| s.doc == *id),
            "{id} has no statements"
        );
    }
    assert!(
        !report.claims.is_empty() && report.summary.corroborated_claims > 0,
        "the good articles were not compared"
    );
    run
}

fn has_doc(run: &Run, id: &str) -> bool {
    run.report
        .as_ref()
        .is_some_and(|r| r.documents.iter().any(|d| d.id == id))
}

fn statements_of<'a>(run: &'a Run, id: &str) -> Vec<&'a str> {
    run.report
        .as_ref()
        .unwrap()
        .statements
        .iter()
        .filter(|s| s.doc == id)
        .map(|s| s.text.as_str())
        .collect()
}

/// Asserts a line of stderr names `file` (as `file:` or `file:LINE:`) and
/// says `what`.
fn says(run: &Run, file: &str, what: &str) {
    assert!(
        run.stderr
            .lines()
            .any(|l| l.contains(&format!("{file}:")) && l.contains(what)),
        "no message naming {file} with {what:?}: {}",
        run.stderr
    );
}

fn path_in(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning_naming_the_line() {
    let dir = folder();
    let mut bytes =
        b"The council met on Monday.\nThe mayor said 40 people \xff\xfe came.\n".to_vec();
    bytes.extend_from_slice(b"Nothing else happened.\n");
    fs::write(path_in(dir.path(), "latin1.txt"), bytes).unwrap();
    let run = compare(dir.path());
    says(&run, "latin1.txt:2", "invalid UTF-8 at byte");
    assert!(statements_of(&run, "latin1")
        .iter()
        .any(|s| s.contains("40 people \u{fffd}\u{fffd} came")));
}

#[test]
fn binary_files_among_articles_are_skipped_by_name() {
    let dir = folder();
    let png = fs::read("tests/fixtures/ingest/binary.png").unwrap();
    // A zip's local file header, then stored data.
    let mut zip = b"PK\x03\x04\x14\x00\x00\x00\x00\x00".to_vec();
    zip.extend(std::iter::repeat_n(0u8, 64));
    zip.extend_from_slice(b"article.txt");
    // Under an article extension the content decides; under their own
    // extension they are not articles and the folder walk passes them by.
    fs::write(path_in(dir.path(), "scan.txt"), &png).unwrap();
    fs::write(path_in(dir.path(), "bundle.json"), &zip).unwrap();
    fs::write(path_in(dir.path(), "photo.png"), &png).unwrap();
    fs::write(path_in(dir.path(), "archive.zip"), &zip).unwrap();
    let run = compare(dir.path());
    says(&run, "scan.txt", "binary file, not text");
    says(&run, "bundle.json", "binary file, not text");
    assert!(!run.stderr.contains("photo.png") && !run.stderr.contains("archive.zip"));
    assert_eq!(run.report.as_ref().unwrap().documents.len(), 2);
    // Named explicitly, a binary file is reported too.
    let photo = path_in(dir.path(), "photo.png");
    let run = crosscheck(&["compare", photo.to_str().unwrap()]);
    assert_eq!(run.code, 1, "nothing readable: {}", run.stderr);
    says(&run, "photo.png", "binary file, not text");
}

#[test]
fn empty_and_white_space_files_are_skipped_by_name() {
    let dir = folder();
    fs::write(path_in(dir.path(), "empty.txt"), "").unwrap();
    fs::write(path_in(dir.path(), "blank.md"), " \n\t\r\n   \n").unwrap();
    let run = compare(dir.path());
    says(&run, "empty.txt", "empty file");
    says(&run, "blank.md", "no text (empty or only white space)");
    assert_eq!(run.report.as_ref().unwrap().documents.len(), 2);
}

/// Distinct sentences (repeated lines would be dropped as page furniture).
fn sentences(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 100);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&format!(
            "Rescue team {i} reached village {} after {} hours on the road.\n",
            i * 7 % 1000,
            i % 40 + 2
        ));
        i += 1;
    }
    text
}

#[test]
fn a_50_mb_article_is_cut_at_the_limit_with_a_warning() {
    let dir = folder();
    let text = sentences(50 * 1024 * 1024);
    fs::write(path_in(dir.path(), "huge.txt"), &text).unwrap();
    let run = compare(dir.path());
    let max = 8 * 1024 * 1024;
    says(
        &run,
        "huge.txt",
        &format!("{} bytes is more than --max-doc-bytes {max}", text.len()),
    );
    says(&run, "huge.txt", "were read, the rest left out");
    let kept = statements_of(&run, "huge");
    assert!(kept.len() > 10_000, "{} statements", kept.len());
    assert!(kept.len() < text.len() / 50, "more than the limit was read");
    // The cut is at a line end: the last statement is a whole sentence.
    assert!(kept.last().unwrap().ends_with("on the road."));
}

#[test]
fn a_one_megabyte_line_without_spaces_is_cut_into_statements() {
    let dir = folder();
    let line = "x".repeat(1024 * 1024);
    fs::write(
        path_in(dir.path(), "blob.txt"),
        format!("The council met on Monday.\n{line}\n"),
    )
    .unwrap();
    let run = compare(dir.path());
    let report = run.report.as_ref().unwrap();
    let problem = report
        .problems
        .iter()
        .find(|p| p.path.ends_with("blob.txt"))
        .expect("a problem naming blob.txt");
    assert_eq!(problem.line, Some(2));
    assert!(
        problem
            .message
            .contains("a sentence of 1048576 bytes is longer than the 4096-byte limit"),
        "{}",
        problem.message
    );
    let pieces = statements_of(&run, "blob");
    assert_eq!(pieces.len(), 1 + 1024 * 1024 / 4096);
    assert!(pieces.iter().all(|s| s.len() <= 4096));
}

#[test]
fn a_hundred_thousand_short_lines_are_all_read() {
    let dir = folder();
    let text: String = (0..100_000)
        .map(|i| format!("Line {i} counts {} boats.\n", i % 97))
        .collect();
    fs::write(path_in(dir.path(), "lines.txt"), text).unwrap();
    let run = compare(dir.path());
    let report = run.report.as_ref().unwrap();
    let doc = report.documents.iter().find(|d| d.id == "lines").unwrap();
    assert_eq!(doc.statements, 100_000);
    let last = report
        .statements
        .iter()
        .filter(|s| s.doc == "lines")
        .max_by_key(|s| s.line)
        .unwrap();
    assert_eq!(last.line, 100_000);
    assert_eq!(last.text, "Line 99999 counts 89 boats.");
}

#[test]
fn html_nested_ten_thousand_levels_is_read_from_its_paragraphs() {
    let dir = folder();
    let page = format!(
        "<html><body>{}<p>The bridge reopened on Friday after 14 months of repairs.</p>{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    fs::write(path_in(dir.path(), "deep.html"), page).unwrap();
    let run = compare(dir.path());
    says(&run, "deep.html", "levels deep, more than 256");
    assert_eq!(
        statements_of(&run, "deep"),
        vec!["The bridge reopened on Friday after 14 months of repairs."]
    );
}

#[test]
fn html_without_a_body_is_skipped_by_name() {
    let dir = folder();
    fs::write(
        path_in(dir.path(), "head.html"),
        "<html><head><title>Nothing here</title><meta name=\"author\" content=\"X\"></head></html>",
    )
    .unwrap();
    let run = compare(dir.path());
    says(&run, "head.html", "HTML page without article text");
    assert!(!has_doc(&run, "head"));
}

#[test]
fn malformed_jsonl_lines_are_skipped_by_line_and_the_good_ones_read() {
    let dir = folder();
    let good = |id: &str| {
        format!(
            "{{\"id\": \"{id}\", \"source\": \"Wire {id}\", \"text\": \"The ferry carried 120 passengers on Sunday.\"}}\n"
        )
    };
    let text = format!(
        "{}{{\"id\": \"broken\", \"text\": \"unterminated\n{}[1, 2, 3]\n{{\"id\": \"notext\"}}\n{{\"id\": \"blank\", \"text\": \"  \"}}\n{}",
        good("j1"),
        good("j2"),
        good("j3")
    );
    fs::write(path_in(dir.path(), "feed.jsonl"), text).unwrap();
    let run = compare(dir.path());
    says(&run, "feed.jsonl:2", "not a JSON article record");
    says(&run, "feed.jsonl:4", "not a JSON article record");
    says(&run, "feed.jsonl:5", "record has no \"text\"");
    says(&run, "feed.jsonl:6", "record's \"text\" is empty");
    for id in ["j1", "j2", "j3"] {
        assert!(has_doc(&run, id), "{id} missing");
    }
}

#[test]
fn a_byte_order_mark_does_not_hide_the_header() {
    let dir = folder();
    fs::write(
        path_in(dir.path(), "bom.txt"),
        "\u{feff}source Daily Bom\ndate 2024-05-27\n\nThe vote passed 47 to 9.\n",
    )
    .unwrap();
    fs::write(
        path_in(dir.path(), "bom.jsonl"),
        "\u{feff}{\"id\": \"bomj\", \"text\": \"The vote passed 47 to 9 on Monday.\"}\n",
    )
    .unwrap();
    let run = compare(dir.path());
    let report = run.report.as_ref().unwrap();
    let doc = report.documents.iter().find(|d| d.id == "bom").unwrap();
    assert_eq!(doc.source, "Daily Bom");
    assert_eq!(doc.date.as_deref(), Some("2024-05-27"));
    assert_eq!(statements_of(&run, "bom"), vec!["The vote passed 47 to 9."]);
    assert!(has_doc(&run, "bomj"));
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn crlf_and_lone_cr_line_ends_count_lines() {
    let dir = folder();
    fs::write(
        path_in(dir.path(), "ends.txt"),
        "The dam held on Monday.\r\nWater rose 3 metres.\rEngineers stayed.\r\n\r\nRoads reopened.",
    )
    .unwrap();
    let run = compare(dir.path());
    let report = run.report.as_ref().unwrap();
    let got: Vec<(usize, &str)> = report
        .statements
        .iter()
        .filter(|s| s.doc == "ends")
        .map(|s| (s.line, s.text.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (1, "The dam held on Monday."),
            (2, "Water rose 3 metres."),
            (3, "Engineers stayed."),
            (5, "Roads reopened.")
        ]
    );
}

#[test]
fn right_to_left_and_mixed_scripts_keep_exact_spans() {
    let dir = folder();
    let text = "قال المتحدث إن 120 شخصا أصيبوا يوم الاثنين.\nהממשלה אישרה את התקציב ב-2024.\n\
                The mayor of Tel Aviv‏ said 12 people were hurt in Москва and 東京 on 3 May 2024.\n\
                \u{202e}Reversed text 45 votes\u{202c} and e\u{301}lite 7 ones.\n";
    fs::write(path_in(dir.path(), "scripts.txt"), text).unwrap();
    let run = compare(dir.path());
    let report = run.report.as_ref().unwrap();
    let mine: Vec<_> = report
        .statements
        .iter()
        .filter(|s| s.doc == "scripts")
        .collect();
    assert_eq!(mine.len(), 4);
    for s in mine {
        assert_eq!(&text[s.start..s.end], s.text);
    }
}

#[test]
fn huge_and_odd_numbers_are_read_without_overflow() {
    let dir = folder();
    let googol_ish = format!("1{}", "0".repeat(400));
    let text = format!(
        "The debt reached {googol_ish} dollars.\n\
         A sensor counted 999999999999999999999999 particles.\n\
         The ballot listed options 1,2,3,4,5 for 10^400 voters.\n\
         Officials counted 1e400 grains and -0 cars.\n"
    );
    fs::write(path_in(dir.path(), "numbers.txt"), &text).unwrap();
    let run = compare(dir.path());
    assert_eq!(statements_of(&run, "numbers").len(), 4);
    // The details of the same file, as JSON: every number is a JSON number
    // or null, never a parse failure.
    let file = path_in(dir.path(), "numbers.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["extract", file.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let details: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let statements = details["statements"].as_array().unwrap();
    let quantities: Vec<&serde_json::Value> = statements
        .iter()
        .flat_map(|s| s["details"].as_array().unwrap())
        .filter(|d| d["kind"] == "quantity")
        .collect();
    // No overflow to infinity (which JSON would turn into null).
    for q in &quantities {
        for bound in ["value", "low", "high"] {
            let x = &q["normalized"][bound];
            assert!(x.is_null() || x.as_f64().is_some_and(f64::is_finite), "{q}");
        }
        assert!(q["normalized"]["value"].is_number(), "{q}");
    }
    let big = quantities
        .iter()
        .find(|q| q["text"] == "999999999999999999999999")
        .expect("the 24-digit count is a quantity");
    assert_eq!(big["normalized"]["value"].as_f64(), Some(1e24));
    assert_eq!(big["normalized"]["counted"], "particle");
}

#[test]
fn impossible_dates_are_not_dates() {
    let dir = folder();
    fs::write(
        path_in(dir.path(), "feb.txt"),
        "source Leap Times\n\nThe deadline is 31 February 2024, officials said.\nIt moved to February 30.\n",
    )
    .unwrap();
    fs::write(
        path_in(dir.path(), "feb.jsonl"),
        "{\"id\": \"febj\", \"date\": \"2023-02-29\", \"text\": \"The fair opened with 300 stalls.\"}\n",
    )
    .unwrap();
    let run = compare(dir.path());
    says(
        &run,
        "feb.jsonl:1",
        "date \"2023-02-29\" is not a calendar date",
    );
    let report = run.report.as_ref().unwrap();
    assert_eq!(
        report
            .documents
            .iter()
            .find(|d| d.id == "febj")
            .unwrap()
            .date,
        None
    );
    assert_eq!(statements_of(&run, "feb").len(), 2);
    let file = path_in(dir.path(), "feb.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["extract", file.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    let details: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for s in details["statements"].as_array().unwrap() {
        for d in s["details"].as_array().unwrap() {
            if d["kind"] == "date" {
                let shown = d["normalized"].to_string();
                assert!(
                    !shown.contains("-02-31") && !shown.contains("-02-30"),
                    "an impossible date normalized: {shown}"
                );
            }
        }
    }
}

fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let probe = tempfile::NamedTempFile::new().unwrap();
    fs::metadata(probe.path()).unwrap().uid() == 0
}

#[test]
fn unreadable_files_are_skipped_by_name() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = folder();
    // Root reads a chmod 000 file anyway (CI runs as root), so the tests
    // that hold there are files no one can read: a link to memory that
    // fails with EIO at offset 0, and a link to nothing.
    symlink("/proc/self/mem", path_in(dir.path(), "mem.txt")).unwrap();
    symlink(
        path_in(dir.path(), "gone.txt"),
        path_in(dir.path(), "dangling.txt"),
    )
    .unwrap();
    let locked = path_in(dir.path(), "locked.txt");
    fs::write(&locked, "The locked article said 5 people came.\n").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let run = compare(dir.path());
    says(&run, "mem.txt", "cannot read");
    says(&run, "dangling.txt", "no such file or directory");
    if running_as_root() {
        assert!(has_doc(&run, "locked"), "root reads mode 000");
    } else {
        says(&run, "locked.txt", "cannot read");
        assert!(!has_doc(&run, "locked"));
    }
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn a_pipe_in_a_folder_is_not_read() {
    let dir = folder();
    let fifo = path_in(dir.path(), "pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        panic!("mkfifo is needed for this test");
    }
    // Opening a FIFO with no writer would block the run for ever.
    let run = compare(dir.path());
    says(&run, "pipe.txt", "not a regular file");
}

#[test]
fn symlink_loops_are_reported_not_followed() {
    use std::os::unix::fs::symlink;
    let dir = folder();
    symlink("b.txt", path_in(dir.path(), "a.txt")).unwrap();
    symlink("a.txt", path_in(dir.path(), "b.txt")).unwrap();
    fs::create_dir(path_in(dir.path(), "sub")).unwrap();
    symlink(dir.path(), path_in(dir.path(), "sub/up")).unwrap();
    let run = compare(dir.path());
    says(
        &run,
        "a.txt",
        "cannot read: Too many levels of symbolic links",
    );
    says(
        &run,
        "b.txt",
        "cannot read: Too many levels of symbolic links",
    );
    says(&run, "up", "link to a folder not followed");
    assert_eq!(run.report.as_ref().unwrap().documents.len(), 2);
}

#[test]
fn a_folder_of_ten_thousand_files_is_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        fs::write(
            dir.path().join(format!("n{i:05}.txt")),
            format!(
                "Station {i} logged {} millimetres of rain on Tuesday.\n",
                i % 50
            ),
        )
        .unwrap();
    }
    // Reading and segmenting; comparing 10,000 articles at once is the
    // scale work's (story grouping is quadratic in documents).
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["segment", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().filter(|l| l.starts_with("== ")).count(),
        10_000
    );
    assert!(text.contains("n09999:1 [0..54] line 1: Station 9999 logged 49 millimetres"));
    // With the good articles among a thousand of them, all are compared.
    let dir = folder();
    for i in 0..1_000 {
        fs::write(
            path_in(dir.path(), &format!("n{i:04}.txt")),
            format!(
                "Station {i} logged {} millimetres of rain on Tuesday.\n",
                i % 50
            ),
        )
        .unwrap();
    }
    let run = compare(dir.path());
    assert_eq!(run.report.as_ref().unwrap().documents.len(), 1_002);
}

/// `--out` never leaves a truncated or missing report behind: a run that
/// fails keeps the previous report whole, a target it cannot replace is an
/// error naming it with no temporary file left, and a good run replaces the
/// report whole.
#[test]
fn out_keeps_the_previous_report_when_a_run_fails() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("report.json");
    let old = "{\"previous\": \"report\"}\n";
    fs::write(&out, old).unwrap();

    // Nothing readable: exit 1, the old report untouched.
    let empty = work.path().join("empty");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("blank.txt"), "  \n").unwrap();
    let run = crosscheck(&[
        "compare",
        empty.to_str().unwrap(),
        "--format",
        "json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(fs::read_to_string(&out).unwrap(), old);

    // A folder where the report should go: an error naming it, the folder
    // and its content intact, no temporary file beside it.
    let blocked = work.path().join("blocked.json");
    fs::create_dir(&blocked).unwrap();
    fs::write(blocked.join("keep.txt"), "kept").unwrap();
    let dir = folder();
    let run = crosscheck(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--out",
        blocked.to_str().unwrap(),
    ]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("blocked.json"), "{}", run.stderr);
    assert_eq!(
        fs::read_to_string(blocked.join("keep.txt")).unwrap(),
        "kept"
    );
    let leftovers: Vec<_> = fs::read_dir(work.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // A good run replaces the old report with a whole one.
    let run = crosscheck(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Report = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(report.documents.len(), GOOD.len());
}
