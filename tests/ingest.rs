//! Ingest of every format and header form, and every kind of bad input:
//! each reported by file (and line), none stopping the others.

use crosscheck::ingest::{ingest, Corpus, IngestOptions, Input};
use crosscheck::ProblemLevel;

const DIR: &str = "tests/fixtures/ingest";

fn read(files: &[&str]) -> Corpus {
    let inputs: Vec<Input> = files
        .iter()
        .map(|f| Input::Path(format!("{DIR}/{f}").into()))
        .collect();
    ingest(&inputs, &IngestOptions::default()).expect("some document")
}

fn meta(c: &Corpus, id: &str) -> (Option<String>, Option<String>, Option<String>) {
    let d = c
        .documents
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("{id} missing"));
    (
        d.meta.source.clone(),
        d.meta.date.map(|x| x.to_string()),
        d.meta.title.clone(),
    )
}

fn first_statement(c: &Corpus, id: &str) -> String {
    let i = c.documents.iter().position(|d| d.id == id).unwrap();
    crosscheck::segment::segment_document(i, &c.documents[i], &Default::default())[0]
        .text
        .clone()
}

#[test]
fn key_value_header() {
    let c = read(&["header.txt"]);
    assert_eq!(
        meta(&c, "header"),
        (
            Some("Example Gazette".into()),
            Some("2023-03-14".into()),
            Some("Council approves budget".into())
        )
    );
    let d = &c.documents[0];
    assert_eq!(d.meta.url.as_deref(), Some("https://example.org/budget"));
    assert_eq!(d.meta.author.as_deref(), Some("Jane Roe"));
    assert!(!first_statement(&c, "header").starts_with("source"));
}

#[test]
fn inline_date_header_shares_the_first_line() {
    let c = read(&["header_inline.txt"]);
    assert_eq!(meta(&c, "header_inline").1.as_deref(), Some("2023-03-15"));
    assert!(
        first_statement(&c, "header_inline").starts_with("On Tuesday, the Lakeside county board")
    );
}

#[test]
fn colon_header_with_written_date() {
    let c = read(&["header_colon.txt"]);
    assert_eq!(
        meta(&c, "header_colon"),
        (
            Some("The Daily Planet".into()),
            Some("2023-03-16".into()),
            Some("Flood waters force evacuation of 1,200 homes in Millbrook".into())
        )
    );
}

#[test]
fn markdown_front_matter() {
    let c = read(&["frontmatter.md"]);
    assert_eq!(
        meta(&c, "frontmatter"),
        (
            Some("Northern Courier".into()),
            Some("2023-03-17".into()),
            Some("Fire destroys packaging plant in Eastfield".into())
        )
    );
    assert!(!c.documents[0]
        .kept_lines()
        .any(|l| c.documents[0].line_text(l).contains("date:")));
}

#[test]
fn html_page_meta_tags_and_article_only() {
    let c = read(&["page.html"]);
    assert_eq!(
        meta(&c, "page"),
        (
            Some("Metro Herald".into()),
            Some("2023-03-18".into()),
            Some("United edge past Rovers in late drama".into())
        )
    );
    let d = &c.documents[0];
    let kept: String = d
        .kept_lines()
        .map(|l| d.line_text(l))
        .collect::<Vec<_>>()
        .join("\n");
    for junk in [
        "cookies",
        "Sign up for our newsletter",
        "All rights reserved",
    ] {
        assert!(!kept.contains(junk), "{junk:?} kept in {kept}");
    }
    assert!(kept.contains('’') || kept.contains('&'), "entities decoded");
    assert!(!kept.contains("&amp;"));
}

#[test]
fn jsonl_records_and_a_malformed_line() {
    let c = read(&["articles.jsonl"]);
    let ids: Vec<&str> = c.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["jl-001", "jl-002", "jl-004"]);
    assert_eq!(meta(&c, "jl-002").1.as_deref(), Some("2023-03-18"));
    assert_eq!(meta(&c, "jl-001").0.as_deref(), Some("Coastal Times"));
    let p = c
        .problems
        .iter()
        .find(|p| p.path.ends_with("articles.jsonl"))
        .expect("malformed line reported");
    assert_eq!(p.line, Some(3));
    assert_eq!(p.level, ProblemLevel::Skipped);
}

#[test]
fn json_array() {
    let c = read(&["articles.json"]);
    assert_eq!(
        meta(&c, "ja-001").2.as_deref(),
        Some("Teachers accept 5.5 percent pay offer")
    );
    assert_eq!(meta(&c, "ja-002").1.as_deref(), Some("2023-03-22"));
}

#[test]
fn crlf_and_bom() {
    let c = read(&["crlf.txt"]);
    let d = &c.documents[0];
    assert_eq!(d.kept_lines().count(), 3);
    assert!(!d
        .line_text(d.kept_lines().next().unwrap())
        .starts_with('\u{feff}'));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_compared() {
    let c = read(&[
        "header.txt",
        "empty.txt",
        "blank.txt",
        "binary.png",
        "invalid_utf8.txt",
        "missing.txt",
        "articles.jsonl",
    ]);
    let problem = |name: &str| {
        c.problems
            .iter()
            .find(|p| p.path.ends_with(name))
            .unwrap_or_else(|| panic!("no problem reported for {name}: {:?}", c.problems))
            .clone()
    };
    assert!(problem("empty.txt").message.contains("empty"));
    assert!(problem("blank.txt").message.contains("no text"));
    assert!(problem("binary.png").message.contains("binary"));
    assert!(problem("missing.txt").message.contains("no such file"));
    let utf8 = problem("invalid_utf8.txt");
    assert_eq!(utf8.level, ProblemLevel::Warning);
    assert!(utf8.message.contains("invalid UTF-8 at byte 253"));
    assert!(
        c.documents.iter().any(|d| d.id == "invalid_utf8"),
        "lossy decode keeps the document"
    );
    assert!(c.documents.iter().any(|d| d.id == "header"));
    assert_eq!(
        c.documents
            .iter()
            .filter(|d| d.id.starts_with("jl-"))
            .count(),
        3
    );
}

#[test]
fn nothing_readable_is_an_error_naming_each_input() {
    let err = ingest(
        &[
            Input::Path(format!("{DIR}/empty.txt").into()),
            Input::Path("no/such/dir".into()),
        ],
        &IngestOptions::default(),
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("empty.txt: empty file"), "{msg}");
    assert!(msg.contains("no/such/dir: no such file"), "{msg}");
}

#[test]
fn a_folder_without_articles_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("photo.jpg"), b"\xff\xd8\xff").unwrap();
    let err = ingest(&[Input::Path(dir.path().into())], &IngestOptions::default()).unwrap_err();
    assert!(
        err.to_string().contains("no articles in this folder"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_skipped_with_its_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "A sentence that nobody may read today.").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::write(
        dir.path().join("open.txt"),
        "A sentence that everybody may read today.",
    )
    .unwrap();
    let c = ingest(&[Input::Path(dir.path().into())], &IngestOptions::default()).unwrap();
    // Root reads anything; elsewhere the file must be reported.
    if std::fs::read(&locked).is_err() {
        assert!(c
            .problems
            .iter()
            .any(|p| p.path.ends_with("locked.txt") && p.message.contains("cannot read")));
    }
    assert!(c.documents.iter().any(|d| d.id == "open"));
}
