//! The `semantic` feature with the real all-MiniLM-L6-v2: embeddings against
//! an independent numpy reference, and the hybrid scorer on the seeds.
//!
//! The model comes from `CROSSCHECK_MODEL` or the folder
//! `scripts/fetch_model.sh` fills; a missing model fails these tests (CI
//! fetches it first: `scripts/ci_semantic.sh`).
#![cfg(feature = "semantic")]

use crosscheck::align::semantic::model::{shared, Embedder};
use crosscheck::align::Similarity;
mod common;

use crosscheck::report::{render, Format, RenderOptions, Report};
use std::path::PathBuf;
use std::sync::Arc;

fn model_dir() -> PathBuf {
    let dir = crosscheck::align::semantic::model_dir(None).unwrap_or_else(|| {
        let cache = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache"));
        cache.join("crosscheck/all-MiniLM-L6-v2")
    });
    assert!(
        dir.join("model.safetensors").is_file(),
        "no all-MiniLM-L6-v2 model in {}: run scripts/fetch_model.sh or set CROSSCHECK_MODEL",
        dir.display()
    );
    dir
}

fn embedder() -> Arc<Embedder> {
    shared(&model_dir()).unwrap()
}

fn hybrid_options() -> crosscheck::Options {
    let mut o = crosscheck::Options::default();
    o.align.similarity = Similarity::Hybrid;
    o.align.model = Some(model_dir());
    o
}

#[test]
fn embeddings_match_the_numpy_reference() {
    // tests/fixtures/minilm_reference.json: scripts/minilm_reference.py,
    // a BERT forward pass written out in numpy from the same weights.
    let reference: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/minilm_reference.json").unwrap(),
    )
    .unwrap();
    let sentences: Vec<&str> = reference["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let e = embedder().embed(&sentences).unwrap();
    assert_eq!(e.dim, 384);
    for (i, want) in reference["embeddings"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let want: Vec<f64> = want
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .collect();
        let max_diff = e
            .row(i)
            .iter()
            .zip(&want)
            .map(|(a, b)| (*a as f64 - b).abs())
            .fold(0.0, f64::max);
        assert!(max_diff < 1e-4, "{:?}: off by {max_diff}", sentences[i]);
    }
    // The two renderings of one quote are far closer than unrelated text.
    assert!(
        e.cosine(0, 1) > 0.85,
        "paraphrase cosine {}",
        e.cosine(0, 1)
    );
    for other in [2, 3] {
        assert!(
            e.cosine(0, other) < 0.2,
            "unrelated cosine {}",
            e.cosine(0, other)
        );
    }
}

#[test]
fn a_long_statement_is_cut_not_refused() {
    let long = "The assembly adopted the declaration on Monday. ".repeat(200);
    let e = embedder()
        .embed(&[long.as_str(), "The assembly adopted the declaration."])
        .unwrap();
    assert!(e.cosine(0, 1) > 0.5, "cosine {}", e.cosine(0, 1));
}

#[test]
fn the_seeds_declaration_quote_aligns_with_a_low_quote_finding() {
    let cmp = crosscheck::run(&crosscheck::seed_inputs(), &hybrid_options()).unwrap();
    assert!(
        cmp.graph.extracted.segmented.corpus.problems.is_empty(),
        "{:?}",
        cmp.graph.extracted.segmented.corpus.problems
    );
    let r = Report::new(&cmp);
    let claim = common::claim_holding(
        &r,
        "provided with all that it needs",
        &["001_1c4c069991c29868", "002_2fa9b720f23bac91"],
    );
    let finding = r
        .findings
        .iter()
        .find(|f| {
            f.kind == "quote"
                && f.values
                    .iter()
                    .all(|v| claim.statements.contains(&v.statement))
        })
        .unwrap_or_else(|| panic!("no quote finding on {}", claim.id));
    assert_eq!(finding.severity, "low", "{finding:?}");
    assert!(
        finding
            .values
            .iter()
            .any(|v| v.text.contains("everything it needs"))
            && finding
                .values
                .iter()
                .any(|v| v.text.contains("all that it needs")),
        "{finding:?}"
    );
    // The hybrid score is on the edges, next to the lexical parts.
    assert!(cmp.graph.edges.iter().any(|e| e.score.semantic > 0.5));
}

#[test]
fn the_hybrid_report_does_not_depend_on_the_thread_count() {
    let json = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let cmp = crosscheck::run(&crosscheck::seed_inputs(), &hybrid_options()).unwrap();
            render(&Report::new(&cmp), Format::Json, &RenderOptions::default())
        })
    };
    assert_eq!(json(1), json(2));
}

#[test]
fn a_folder_without_the_model_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = hybrid_options();
    o.align.model = Some(dir.path().to_path_buf());
    let err = crosscheck::align::semantic::check(&o.align)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("config.json") && err.contains(&dir.path().display().to_string()),
        "{err}"
    );
}
