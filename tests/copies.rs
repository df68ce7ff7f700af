//! Wire copy: articles republished verbatim by several outlets. Alignment
//! scores one copy of each sentence and expands afterwards; the claims must
//! still hold every copy, one statement per document, whatever the order.

use crosscheck::ingest::Input;
use std::collections::{BTreeMap, BTreeSet};

/// Sentences of four real reports of one event (ECB+ topic 1, Lohan).
fn reports() -> Vec<Vec<String>> {
    let dir = std::path::Path::new("tests/fixtures/ecbplus/stories/1-ecbplus");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names
        .iter()
        .take(4)
        .map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .filter(|l| {
                    !l.trim().is_empty() && !l.starts_with("source ") && !l.starts_with("url ")
                })
                .map(String::from)
                .collect()
        })
        .collect()
}

/// Twelve outlets carrying the four reports (three copies each); outlet 5
/// repeats one of its sentences.
fn wire(reverse: bool) -> Vec<Input> {
    let reports = reports();
    let mut lines: Vec<String> = (0..12)
        .map(|k| {
            let mut body = reports[k % 4].clone();
            if k == 5 {
                body.push(body[2].clone());
            }
            serde_json::json!({
                "id": format!("outlet-{k:02}"),
                "source": format!("Outlet {k}"),
                "text": body.join("\n"),
            })
            .to_string()
        })
        .collect();
    if reverse {
        lines.reverse();
    }
    vec![Input::Bytes {
        name: "wire.jsonl".into(),
        bytes: lines.join("\n").into_bytes(),
    }]
}

/// Claims as sets of (document id, statement text).
fn claims(reverse: bool) -> BTreeSet<BTreeSet<(String, String)>> {
    let cmp = crosscheck::run(&wire(reverse), &crosscheck::Options::default()).unwrap();
    let g = &cmp.graph;
    let st = &g.extracted.segmented.statements;
    let docs = &g.extracted.segmented.corpus.documents;
    for claim in &g.claims {
        let ds: BTreeSet<usize> = claim.statements.iter().map(|&s| st[s].doc).collect();
        assert_eq!(
            ds.len(),
            claim.statements.len(),
            "claim {} repeats a document",
            claim.id
        );
    }
    // Every sentence of some length copied into several documents is one
    // claim with all its first copies.
    let mut copies: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut seen: BTreeSet<(usize, &str)> = BTreeSet::new();
    for (i, s) in st.iter().enumerate() {
        if s.text.split_whitespace().count() >= 6 && seen.insert((s.doc, s.text.as_str())) {
            copies.entry(s.text.as_str()).or_default().push(i);
        }
    }
    let mut checked = 0;
    for (text, list) in &copies {
        if list.len() < 2 {
            continue;
        }
        let claim: BTreeSet<usize> = list.iter().map(|&i| g.claim_of[i]).collect();
        assert_eq!(
            claim.len(),
            1,
            "copies of {text:?} split over claims {claim:?}"
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} copied sentences");
    g.claims
        .iter()
        .map(|c| {
            c.statements
                .iter()
                .map(|&s| (docs[st[s].doc].id.clone(), st[s].text.clone()))
                .collect()
        })
        .collect()
}

#[test]
fn copies_are_one_claim_whatever_the_order() {
    assert_eq!(claims(false), claims(true));
}

#[test]
fn a_big_story_lists_only_the_document_pairs_that_share_a_claim() {
    // Ninety outlets: a story of more than 50 documents.
    let reports = reports();
    let lines: Vec<String> = (0..90)
        .map(|k| {
            let body = &reports[k % 4];
            // Each outlet drops a different sentence, so some pairs share
            // less than others.
            let kept: Vec<&String> = body
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != 1 + k % (body.len() - 1))
                .map(|(_, l)| l)
                .collect();
            serde_json::json!({
                "id": format!("outlet-{k:02}"),
                "source": format!("Outlet {k}"),
                "text": kept.iter().map(|l| l.as_str()).collect::<Vec<_>>().join("\n"),
            })
            .to_string()
        })
        .collect();
    let inputs = vec![Input::Bytes {
        name: "wire.jsonl".into(),
        bytes: lines.join("\n").into_bytes(),
    }];
    let cmp = crosscheck::run(&inputs, &crosscheck::Options::default()).unwrap();
    let g = &cmp.graph;
    assert!(g.stories.iter().any(|s| s.len() > 50), "{:?}", g.stories);
    let st = &g.extracted.segmented.statements;
    let docs = &g.extracted.segmented.corpus.documents;
    let mut sharing: BTreeSet<(String, String)> = BTreeSet::new();
    for claim in &g.claims {
        let ids: BTreeSet<&String> = claim
            .statements
            .iter()
            .map(|&s| &docs[st[s].doc].id)
            .collect();
        for a in &ids {
            for b in &ids {
                if a < b {
                    sharing.insert(((*a).clone(), (*b).clone()));
                }
            }
        }
    }
    let report = crosscheck::report::Report::new(&cmp);
    let listed: BTreeSet<(String, String)> = report
        .agreement
        .iter()
        .map(|p| (p.a.clone(), p.b.clone()))
        .collect();
    assert!(report.agreement.iter().all(|p| p.shared_claims > 0));
    assert_eq!(listed, sharing);
    let all_pairs = docs.len() * (docs.len() - 1) / 2;
    assert!(
        listed.len() < all_pairs,
        "every pair shares a claim: nothing tested"
    );
}
