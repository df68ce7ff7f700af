//! Invariants of the pipeline as property tests (issue #8), on real
//! articles: the story fixtures and the seeds, picked, permuted, renamed,
//! duplicated and mixed with junk by the strategies.

use crosscheck::compare::{Comparison, Finding};
use crosscheck::ingest::{ingest_named_bytes, IngestOptions, Input, Offsets};
use crosscheck::report::{render, Format, Report};
use crosscheck::Options;
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// One article: its file name and bytes.
#[derive(Debug, Clone)]
struct Article {
    name: String,
    bytes: Vec<u8>,
}

/// The story fixtures, one list of articles per story, and the seeds as one
/// more story.
static STORIES: LazyLock<Vec<Vec<Article>>> = LazyLock::new(|| {
    let mut dirs: Vec<_> = std::fs::read_dir("tests/fixtures/stories")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.push("seeds".into());
    dirs.sort();
    dirs.iter()
        .map(|dir| {
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            files
                .iter()
                .map(|f| Article {
                    name: f.file_name().unwrap().to_string_lossy().into_owned(),
                    bytes: std::fs::read(f).unwrap(),
                })
                .collect()
        })
        .collect()
});

/// Real sentences: ECB+ and the seeds' lines.
static SENTENCES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut out: Vec<String> = std::fs::read_to_string("tests/fixtures/ecbplus/sentences.jsonl")
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    for (_, bytes) in crosscheck::SEEDS {
        out.extend(
            String::from_utf8_lossy(bytes)
                .lines()
                .filter(|l| l.len() > 20)
                .map(str::to_string),
        );
    }
    out
});

fn inputs(articles: &[Article]) -> Vec<Input> {
    articles
        .iter()
        .map(|a| Input::Bytes {
            name: a.name.clone(),
            bytes: a.bytes.clone(),
        })
        .collect()
}

fn run(articles: &[Article]) -> Comparison {
    crosscheck::run(&inputs(articles), &Options::default()).expect("documents")
}

fn json(cmp: &Comparison) -> String {
    render(&Report::new(cmp), Format::Json, &Default::default())
}

/// Every pair of documents a flagged finding says disagree, by kind, with
/// the two documents' value texts: (kind, doc a, texts a, doc b, texts b),
/// documents named through `rename` and ordered.
fn disagreements(
    cmp: &Comparison,
    rename: &dyn Fn(&str) -> String,
) -> BTreeSet<(String, String, String, String, String)> {
    cmp.findings
        .iter()
        .flat_map(|f| finding_disagreements(cmp, f, rename))
        .collect()
}

fn finding_disagreements(
    cmp: &Comparison,
    f: &Finding,
    rename: &dyn Fn(&str) -> String,
) -> BTreeSet<(String, String, String, String, String)> {
    let seg = &cmp.graph.extracted.segmented;
    let docs = &seg.corpus.documents;
    let mut out = BTreeSet::new();
    if !f.verdict.flagged() {
        return out;
    }
    let texts = |d: usize| {
        let mut t: Vec<&str> = f
            .values
            .iter()
            .filter(|v| seg.statements[v.statement].doc == d)
            .map(|v| v.detail.text.as_str())
            .collect();
        t.sort();
        t.dedup();
        t.join(" | ")
    };
    for &(a, b) in &f.disagreeing {
        let (mut x, mut y) = (
            (rename(&docs[a].id), texts(a)),
            (rename(&docs[b].id), texts(b)),
        );
        if x > y {
            std::mem::swap(&mut x, &mut y);
        }
        out.insert((f.kind.as_str().to_string(), x.0, x.1, y.0, y.1));
    }
    out
}

/// Every finding as (kind, verdict, its values as (doc, text)), documents
/// named through `rename`.
#[allow(clippy::type_complexity)]
fn verdicts(
    cmp: &Comparison,
    rename: &dyn Fn(&str) -> String,
) -> BTreeSet<(String, String, Vec<(String, String)>)> {
    let seg = &cmp.graph.extracted.segmented;
    cmp.findings
        .iter()
        .map(|f| {
            let mut values: Vec<(String, String)> = f
                .values
                .iter()
                .map(|v| {
                    let doc = &seg.corpus.documents[seg.statements[v.statement].doc];
                    (rename(&doc.id), v.detail.text.clone())
                })
                .collect();
            values.sort();
            (
                f.kind.as_str().to_string(),
                f.verdict.as_str().to_string(),
                values,
            )
        })
        .collect()
}

fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

/// A story and a permutation of its articles (at least two of them).
fn story() -> impl Strategy<Value = Vec<Article>> {
    (0..STORIES.len())
        .prop_flat_map(|s| {
            let n = STORIES[s].len();
            (Just(s), Just((0..n).collect::<Vec<_>>()).prop_shuffle())
        })
        .prop_map(|(s, order)| order.iter().map(|&i| STORIES[s][i].clone()).collect())
}

/// A piece of generated text: real sentences, line ends, and junk.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0..SENTENCES.len()).prop_map(|i| SENTENCES[i].clone()),
        2 => prop_oneof![
            Just("\n"), Just("\r\n"), Just("\r"), Just("\n\n"), Just(" "), Just("\t"),
            Just("\u{feff}"), Just("\u{a0}"), Just("\u{2028}"), Just("\u{200f}"),
        ]
        .prop_map(str::to_string),
        1 => prop_oneof![
            Just("source Wire\n"), Just("date 2024-02-31\n"), Just("---\n"),
            Just("\"He said, "), Just("”"), Just("“"), Just("10^400"),
            Just("999999999999999999999999"), Just("1,2,3,4,5"), Just("Mr."),
            Just("U.S."), Just("e\u{301}"), Just("שלום"), Just("مرحبا"), Just("東京"),
        ]
        .prop_map(str::to_string),
        1 => proptest::collection::vec(any::<char>(), 0..12)
            .prop_map(|c| c.into_iter().collect::<String>()),
    ]
}

fn config() -> Config {
    Config {
        // Moderate, so the suite stays quick; PROPTEST_CASES=1000 for a
        // longer search.
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(32),
        // Failures are reported with their minimal input; no file is kept.
        failure_persistence: None,
        // The same cases on every run, so that CI is reproducible;
        // PROPTEST_RNG_SEED picks other ones.
        rng_seed: match std::env::var("PROPTEST_RNG_SEED")
            .ok()
            .and_then(|n| n.parse().ok())
        {
            Some(seed) => proptest::test_runner::RngSeed::Fixed(seed),
            None => proptest::test_runner::RngSeed::Fixed(8),
        },
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// Statement spans slice the source bytes exactly, and every detail's
    /// span lies within its statement and slices the detail's text.
    #[test]
    fn spans_slice_the_source_exactly(
        pieces in proptest::collection::vec(piece(), 1..40),
        ext in prop_oneof![Just("txt"), Just("md")],
    ) {
        let text: String = pieces.concat();
        let Ok(corpus) = ingest_named_bytes(&format!("gen.{ext}"), text.clone().into_bytes(), &IngestOptions::default()) else {
            // Nothing readable (only white space or junk): nothing to check.
            return Ok(());
        };
        let extracted = crosscheck::extract::extract(crosscheck::segment::segment(corpus, &Default::default()));
        let seg = &extracted.segmented;
        let doc = &seg.corpus.documents[0];
        prop_assert_eq!(doc.offsets, Offsets::File);
        prop_assert_eq!(&doc.text, &text);
        for (i, s) in seg.statements.iter().enumerate() {
            prop_assert_eq!(&text.as_bytes()[s.start..s.end], s.text.as_bytes());
            prop_assert!(!s.text.trim().is_empty());
            prop_assert_eq!(s.text.trim(), s.text.as_str());
            for d in &extracted.details[i] {
                prop_assert!(s.start <= d.start && d.end <= s.end, "{:?} outside {:?}", d, s);
                prop_assert_eq!(&text[d.start..d.end], d.text.as_str());
            }
        }
        // Statements come in order and never overlap.
        for w in seg.statements.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
    }

    /// Byte-identical JSON whatever the thread count and the input order.
    #[test]
    fn same_json_for_any_thread_count_and_order(
        articles in story(),
        seed in any::<u64>(),
    ) {
        let in_pool = |n: usize, arts: &[Article]| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .unwrap()
                .install(|| json(&run(arts)))
        };
        let one = in_pool(1, &articles);
        prop_assert_eq!(&one, &in_pool(2, &articles));
        prop_assert_eq!(&one, &in_pool(4, &articles));
        let mut shuffled = articles.clone();
        shuffled.rotate_left(seed as usize % articles.len());
        shuffled.swap(0, (seed >> 32) as usize % articles.len());
        prop_assert_eq!(&one, &in_pool(2, &shuffled));
    }

    /// An exact duplicate of an article (under another name) never
    /// disagrees with its original, and adds no discrepancy or conflict
    /// between statements that were aligned without it (a copy can change
    /// which pairs align, as an extra article can: see below).
    #[test]
    fn a_duplicate_adds_no_disagreement(articles in story(), pick in any::<prop::sample::Index>()) {
        let original = pick.get(&articles).clone();
        let mut with = articles.clone();
        with.push(Article { name: format!("zz-copy-{}", original.name), bytes: original.bytes.clone() });
        let copy_id = format!("zz-copy-{}", stem(&original.name));
        let orig_id = stem(&original.name).to_string();
        let to_original = move |id: &str| if id == copy_id { orig_id.clone() } else { id.to_string() };
        let plain = run(&articles);
        let before = disagreements(&plain, &|id| id.to_string());
        let aligned = aligned_pairs(&plain);
        for (d, pairs) in disagreements_with_statements(&run(&with), &to_original) {
            prop_assert!(d.1 != d.3, "the copy disagrees with its original: {:?}", d);
            if pairs.iter().all(|p| aligned.contains(p)) {
                prop_assert!(before.contains(&d), "new disagreement with a duplicate of {}: {:?}", original.name, d);
            }
        }
    }

    /// Removing an article never adds a discrepancy or conflict between
    /// statements of the others that were aligned with it present.
    ///
    /// Statements the full run did not align are left out: with an article
    /// more, word weights shift and a pair near the alignment threshold
    /// can fall below it (story 20, see
    /// `removing_an_article_keeps_a_marginal_pair_aligned`), which is an
    /// alignment question, not a comparison one.
    #[test]
    fn removing_an_article_adds_no_disagreement(articles in story(), pick in any::<prop::sample::Index>()) {
        prop_assume!(articles.len() >= 3);
        let gone = pick.index(articles.len());
        let mut fewer = articles.clone();
        let removed = fewer.remove(gone);
        let full = run(&articles);
        let all = disagreements(&full, &|id| id.to_string());
        let aligned = aligned_pairs(&full);
        for (d, pairs) in disagreements_with_statements(&run(&fewer), &|id| id.to_string()) {
            if pairs.iter().all(|p| aligned.contains(p)) {
                prop_assert!(all.contains(&d), "removing {} added {:?}", removed.name, d);
            }
        }
    }

    /// Swapping two sources' names swaps them in every finding and changes
    /// no verdict.
    #[test]
    fn findings_are_symmetric_in_source_names(
        articles in story(),
        a in any::<prop::sample::Index>(),
        b in any::<prop::sample::Index>(),
    ) {
        let (a, b) = (a.index(articles.len()), b.index(articles.len()));
        prop_assume!(a != b);
        let mut swapped = articles.clone();
        let (na, nb) = (articles[a].name.clone(), articles[b].name.clone());
        swapped[a].name = nb.clone();
        swapped[b].name = na.clone();
        let (sa, sb) = (stem(&na).to_string(), stem(&nb).to_string());
        let back = move |id: &str| {
            if id == sa { sb.clone() } else if id == sb { sa.clone() } else { id.to_string() }
        };
        let plain = verdicts(&run(&articles), &|id| id.to_string());
        let renamed = verdicts(&run(&swapped), &back);
        prop_assert_eq!(plain, renamed);
    }
}

/// Two statements, each as (document id, text), ordered.
type StatementPair = ((String, String), (String, String));

/// A flagged disagreement: (kind, doc a, texts a, doc b, texts b).
type Disagreement = (String, String, String, String, String);

/// Pairs of statements (document id and text, ordered) that share a claim.
fn aligned_pairs(cmp: &Comparison) -> BTreeSet<StatementPair> {
    let seg = &cmp.graph.extracted.segmented;
    let key = |s: usize| {
        let st = &seg.statements[s];
        (seg.corpus.documents[st.doc].id.clone(), st.text.clone())
    };
    let mut out = BTreeSet::new();
    for claim in &cmp.graph.claims {
        for (i, &a) in claim.statements.iter().enumerate() {
            for &b in &claim.statements[i + 1..] {
                let (x, y) = (key(a), key(b));
                out.insert(if x <= y { (x, y) } else { (y, x) });
            }
        }
    }
    out
}

/// Each disagreement of `disagreements` with the statement pairs behind it.
fn disagreements_with_statements(
    cmp: &Comparison,
    rename: &dyn Fn(&str) -> String,
) -> BTreeMap<Disagreement, Vec<StatementPair>> {
    let seg = &cmp.graph.extracted.segmented;
    let docs = &seg.corpus.documents;
    let mut out: BTreeMap<_, Vec<_>> = BTreeMap::new();
    for f in &cmp.findings {
        for d in finding_disagreements(cmp, f, rename) {
            let of = |id: &str| -> Vec<(String, String)> {
                f.values
                    .iter()
                    .map(|v| &seg.statements[v.statement])
                    .filter(|st| rename(&docs[st.doc].id) == id)
                    .map(|st| (id.to_string(), st.text.clone()))
                    .collect()
            };
            let entry = out.entry(d.clone()).or_default();
            for x in of(&d.1) {
                for y in of(&d.3) {
                    entry.push(if x <= y {
                        (x.clone(), y)
                    } else {
                        (y, x.clone())
                    });
                }
            }
        }
    }
    out
}

/// Found by `removing_an_article_adds_no_disagreement` (PROPTEST_CASES=300)
/// when quote findings compared each quote only with its group's first
/// one: with a-agency present b-world and c-globe ("will not accept" /
/// "will accept") were never compared, and removing a-agency revealed
/// their conflict.
#[test]
fn removing_the_first_quote_reveals_no_new_conflict() {
    removing_adds_no_disagreement("a-agency.txt");
}

/// Story 20: with a-runner present, b-lakeside's "30th kilometre" and
/// c-metro's "35th kilometre" sentences score just below the alignment
/// threshold (the third article shifts the word weights), so their
/// conflict is only found without a-runner. Un-ignore when alignment keeps
/// such a pair whatever else is in the run.
#[test]
#[ignore = "alignment: a marginal pair falls below the threshold when an article is added"]
fn removing_an_article_keeps_a_marginal_pair_aligned() {
    removing_adds_no_disagreement("a-runner.txt");
}

/// Removing the named article from its story adds no disagreement between
/// the others (whether or not the full run aligned them).
fn removing_adds_no_disagreement(name: &str) {
    let story = &STORIES
        .iter()
        .find(|s| s.iter().any(|a| a.name == name))
        .unwrap();
    let all = disagreements(&run(story), &|id| id.to_string());
    let fewer: Vec<Article> = story.iter().filter(|a| a.name != name).cloned().collect();
    for d in disagreements(&run(&fewer), &|id| id.to_string()) {
        assert!(all.contains(&d), "removing {name} added {d:?}");
    }
}
