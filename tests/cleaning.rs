//! Web-junk removal and segmentation on real articles: the five seeds (with
//! expectations written by reading them, `fixtures/seeds_expected.json`) and
//! every ECB+ dev story (no annotated sentence may be lost).

use crosscheck::ingest::{ingest, IngestOptions, Input};
use crosscheck::segment::{segment, SegmentOptions};
use std::collections::BTreeMap;

#[derive(serde::Deserialize)]
struct Expected {
    junk: Vec<String>,
    body: Vec<String>,
    title: Vec<String>,
}

fn seeds() -> crosscheck::segment::Segmented {
    let corpus = ingest(&[Input::Path("seeds".into())], &IngestOptions::default()).unwrap();
    segment(corpus, &SegmentOptions::default())
}

fn expected() -> BTreeMap<String, Expected> {
    serde_json::from_str(&std::fs::read_to_string("tests/fixtures/seeds_expected.json").unwrap())
        .unwrap()
}

#[test]
fn every_junk_line_of_the_seeds_is_dropped() {
    let seg = seeds();
    for (file, exp) in expected() {
        let stem = file.trim_end_matches(".txt");
        let d = seg
            .corpus
            .documents
            .iter()
            .position(|d| d.id == stem)
            .unwrap();
        for junk in &exp.junk {
            for s in seg.statements_of(d) {
                assert!(
                    !s.text.contains(junk.as_str()),
                    "{file}: junk {junk:?} kept in statement {:?}",
                    s.text
                );
            }
            assert!(
                seg.corpus.documents[d]
                    .dropped_lines()
                    .any(|(l, _)| seg.corpus.documents[d].line_text(l).contains(junk.as_str())),
                "{file}: junk {junk:?} not listed as dropped"
            );
        }
    }
}

#[test]
fn no_body_sentence_of_the_seeds_is_lost_or_cut() {
    let seg = seeds();
    for (file, exp) in expected() {
        let stem = file.trim_end_matches(".txt");
        let d = seg
            .corpus
            .documents
            .iter()
            .position(|d| d.id == stem)
            .unwrap();
        for sentence in exp.body.iter().chain(&exp.title) {
            let holders: Vec<_> = seg
                .statements_of(d)
                .filter(|s| s.text.contains(sentence.as_str()))
                .collect();
            assert_eq!(
                holders.len(),
                1,
                "{file}: body sentence {sentence:?} is not inside exactly one statement"
            );
        }
        // Nothing else is kept: every statement is made of expected sentences.
        for s in seg.statements_of(d) {
            assert!(
                exp.body
                    .iter()
                    .chain(&exp.title)
                    .any(|b| s.text.contains(b.as_str()) || b.contains(s.text.as_str())),
                "{file}: statement {:?} is not an article sentence",
                s.text
            );
        }
    }
}

#[test]
fn seed_titles_metadata_and_statement_spans() {
    let seg = seeds();
    let docs = &seg.corpus.documents;
    assert_eq!(
        docs[0].meta.date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-27")
    );
    assert!(seg
        .statements_of(0)
        .next()
        .unwrap()
        .text
        .starts_with("On Monday, the Parliamentary Assembly"));
    assert_eq!(
        docs[1].meta.date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-27"),
        "from the byline"
    );
    assert_eq!(
        docs[3].meta.title.as_deref(),
        Some("Stoltenberg urges NATO countries to allow Ukraine to strike deep inside Russia with their weapons: what is going on")
    );
    for s in &seg.statements {
        let bytes = std::fs::read(format!("seeds/{}.txt", docs[s.doc].id)).unwrap();
        assert_eq!(
            &bytes[s.start..s.end],
            s.text.as_bytes(),
            "span of {}",
            s.id
        );
        let line = bytes[..s.start].iter().filter(|&&b| b == b'\n').count() + 1;
        assert_eq!(line, s.line, "line of {}", s.id);
    }
}

#[test]
fn quotes_keep_their_attribution() {
    let seg = seeds();
    let szczerba = seg
        .statements
        .iter()
        .find(|s| s.text.starts_with("\"They need our help."))
        .unwrap();
    assert!(szczerba.text.ends_with("Szczerba said."));
    let salvini = seg
        .statements
        .iter()
        .find(|s| s.text.contains("I don't want to shift World War III"))
        .unwrap();
    assert!(salvini.text.ends_with("Salvini said."));
}

#[derive(serde::Deserialize)]
struct Gold {
    story: String,
    doc: String,
    start: usize,
    end: usize,
    text: String,
}

#[test]
fn no_annotated_ecbplus_sentence_is_dropped() {
    let gold: Vec<Gold> = std::fs::read_to_string("tests/fixtures/ecbplus/sentences.jsonl")
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let corpus = ingest(
        &[Input::Path("tests/fixtures/ecbplus/stories".into())],
        &IngestOptions::default(),
    )
    .unwrap();
    let mut lost = Vec::new();
    for g in &gold {
        let doc = corpus
            .documents
            .iter()
            .find(|d| d.id == g.doc)
            .unwrap_or_else(|| panic!("{} not read", g.doc));
        let covered = doc
            .kept_lines()
            .any(|l| l.start <= g.start + 1 && g.end <= l.end + 1);
        if !covered {
            let reason = doc
                .dropped_lines()
                .find(|(l, _)| l.start < g.end && g.start < l.end)
                .map(|(_, r)| r.describe())
                .unwrap_or("not in a kept line");
            lost.push(format!("{}/{} ({reason}): {}", g.story, g.doc, g.text));
        }
    }
    assert!(
        lost.is_empty(),
        "{} of {} annotated sentences dropped:\n{}",
        lost.len(),
        gold.len(),
        lost.join("\n")
    );
}

/// Issue #19: one word ("cookies") decided that a recipe's sentence was a
/// cookie notice. Boilerplate is known by its shape, so a sentence that
/// mentions cookies stays, and the notice, the link row and the button go.
#[test]
fn a_sentence_about_cookies_is_not_a_cookie_notice() {
    let text = "Bakers share a recipe\n\n\
        The recipe requires 1/2 pound of chocolate chips for the cookies.\n\n\
        Kraft makes Ritz crackers, Lorna Doone cookies, and other baked goods there.\n\n\
        We use cookies to improve your experience.\n\n\
        Cookie settings | Privacy policy\n\n\
        Accept all\n";
    let corpus = ingest(
        &[Input::Bytes {
            name: "recipe.txt".into(),
            bytes: text.as_bytes().to_vec(),
        }],
        &IngestOptions::default(),
    )
    .unwrap();
    let d = &corpus.documents[0];
    let kept: Vec<&str> = d.kept_lines().map(|l| d.line_text(l)).collect();
    for sentence in [
        "The recipe requires 1/2 pound of chocolate chips for the cookies.",
        "Kraft makes Ritz crackers, Lorna Doone cookies, and other baked goods there.",
    ] {
        assert!(
            kept.contains(&sentence),
            "{sentence:?} dropped; kept {kept:?}"
        );
    }
    let dropped: Vec<(&str, crosscheck::ingest::DropReason)> = d
        .dropped_lines()
        .map(|(l, r)| (d.line_text(l), *r))
        .collect();
    for junk in [
        "We use cookies to improve your experience.",
        "Cookie settings | Privacy policy",
        "Accept all",
    ] {
        assert!(
            dropped
                .iter()
                .any(|(t, r)| *t == junk && *r == crosscheck::ingest::DropReason::Cookie),
            "{junk:?} not dropped as a cookie notice: {dropped:?}"
        );
    }
}
