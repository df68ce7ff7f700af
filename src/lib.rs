//! crosscheck compares several articles about one event: it splits each into
//! statements, extracts their details, aligns statements across articles into
//! claims and flags the details that disagree, with the evidence from each
//! source.
//!
//! The pipeline, one module per stage, each handing a plain data type to the
//! next:
//!
//! ```text
//! ingest ──▶ segment ──▶ extract ──▶ align ──▶ facts ──▶ compare ──▶ report
//! Corpus     Segmented   Extracted   ClaimGraph Facts    Comparison  Report
//! ```
//!
//! ```
//! use crosscheck::{ingest::Input, Options};
//!
//! let a = "The council approved the budget on Monday by 31 votes to 4.";
//! let b = "The council approved the budget on Monday by 29 votes to 6.";
//! let inputs = vec![
//!     Input::Bytes { name: "a.txt".into(), bytes: a.into() },
//!     Input::Bytes { name: "b.txt".into(), bytes: b.into() },
//! ];
//! let comparison = crosscheck::run(&inputs, &Options::default()).unwrap();
//! let report = crosscheck::report::Report::new(&comparison);
//! assert_eq!(report.summary.documents, 2);
//! assert_eq!(report.summary.corroborated_claims, 1);
//! ```
//!
//! The library never prints; the `crosscheck` binary renders and exits.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod batch;
pub mod calendar;
pub mod compare;
pub mod error;
pub mod explain;
pub mod extract;
pub mod facts;
pub mod ingest;
pub mod report;
pub mod review;
pub mod segment;
#[cfg(feature = "serve")]
pub mod serve;

pub use error::{Error, Problem, ProblemLevel};

/// Settings of every stage.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub ingest: ingest::IngestOptions,
    pub segment: segment::SegmentOptions,
    pub align: align::AlignOptions,
}

/// Runs the whole pipeline on the inputs. Problems with single inputs are
/// kept in the result (`comparison.graph.extracted.segmented.corpus.problems`);
/// the call fails only when no input yields a document.
pub fn run(inputs: &[ingest::Input], options: &Options) -> Result<compare::Comparison, Error> {
    let corpus = ingest::ingest(inputs, &options.ingest)?;
    Ok(run_corpus(corpus, options))
}

/// Runs segment → extract → align → compare on an ingested corpus.
pub fn run_corpus(corpus: ingest::Corpus, options: &Options) -> compare::Comparison {
    let segmented = segment::segment(corpus, &options.segment);
    let extracted = extract::extract(segmented);
    let graph = align::align(extracted, &options.align);
    compare::compare(facts::facts(graph))
}

/// The five seed articles, embedded so that `crosscheck compare` with no
/// path works from any folder.
pub const SEEDS: &[(&str, &[u8])] = &[
    (
        "seeds/000_a35a5b3880348e24.txt",
        include_bytes!("../seeds/000_a35a5b3880348e24.txt"),
    ),
    (
        "seeds/001_1c4c069991c29868.txt",
        include_bytes!("../seeds/001_1c4c069991c29868.txt"),
    ),
    (
        "seeds/002_2fa9b720f23bac91.txt",
        include_bytes!("../seeds/002_2fa9b720f23bac91.txt"),
    ),
    (
        "seeds/003_7a54b5a1d4012f7d.txt",
        include_bytes!("../seeds/003_7a54b5a1d4012f7d.txt"),
    ),
    (
        "seeds/004_2af097c08eccf118.txt",
        include_bytes!("../seeds/004_2af097c08eccf118.txt"),
    ),
];

/// The embedded seeds as inputs.
pub fn seed_inputs() -> Vec<ingest::Input> {
    SEEDS
        .iter()
        .map(|(name, bytes)| ingest::Input::Bytes {
            name: name.to_string(),
            bytes: bytes.to_vec(),
        })
        .collect()
}
