//! Alignment evaluation on the ECB+ dev topics: each topic's two halves
//! (two different events of the same kind) in one run; gold sentences are
//! mapped to statements by span; pairwise precision, recall and F1 of
//! "these two sentences are in one claim", and the pairs that join the two
//! events.
//!
//! The claims line measures fact-level claims (what compare works on); the
//! `events:` line the event tier, which is what ECB+ annotates (two
//! sentences corefer when they mention one action instance).
//!
//! `cargo run --release --example eval_align [-- ECBPLUS_DIR [THRESHOLD]]`
//! (default `tests/fixtures/ecbplus`). With `--similarity hybrid --model DIR`
//! (and `--features semantic`), the sentence-embedding hybrid scorer.

use crosscheck::ingest::Input;
use std::collections::{BTreeMap, BTreeSet};

#[derive(serde::Deserialize)]
struct Gold {
    story: String,
    doc: String,
    start: usize,
    end: usize,
    actions: Vec<String>,
}

fn main() {
    let mut args: Vec<String> = std::env::args().collect();
    let mut hybrid = false;
    let mut model = None;
    while let Some(k) = args.iter().position(|a| a.starts_with("--")) {
        let value = args.get(k + 1).cloned().unwrap_or_default();
        match args[k].as_str() {
            "--similarity" => hybrid = value == "hybrid",
            "--model" => model = Some(std::path::PathBuf::from(value)),
            other => panic!("unknown option {other}"),
        }
        args.drain(k..(k + 2).min(args.len()));
    }
    let dir = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "tests/fixtures/ecbplus".into());
    let mut options = crosscheck::Options::default();
    if let Some(t) = args.get(2).and_then(|t| t.parse().ok()) {
        options.align.threshold = t;
    }
    if hybrid {
        options.align.similarity = crosscheck::align::Similarity::Hybrid;
        options.align.model = model;
        if let Err(e) = crosscheck::align::semantic::check(&options.align) {
            eprintln!("eval_align: {e}");
            std::process::exit(1);
        }
    }
    let gold: Vec<Gold> = std::fs::read_to_string(format!("{dir}/sentences.jsonl"))
        .expect("sentences.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("gold line"))
        .collect();
    let mut topics: BTreeMap<String, Vec<&Gold>> = BTreeMap::new();
    for g in &gold {
        let topic = g.story.split('-').next().unwrap_or("").to_string();
        topics.entry(topic).or_default().push(g);
    }
    let (mut tp, mut fp, mut fn_, mut cross) = (0usize, 0usize, 0usize, 0usize);
    // Story grouping: pairs of documents in one predicted story vs one half.
    let (mut stp, mut sfp, mut sfn) = (0usize, 0usize, 0usize);
    let mut events = Pairs::default();
    let start = std::time::Instant::now();
    for (topic, sentences) in &topics {
        let inputs: Vec<Input> = ["ecb", "ecbplus"]
            .iter()
            .map(|half| Input::Path(format!("{dir}/stories/{topic}-{half}").into()))
            .collect();
        let Ok(cmp) = crosscheck::run(&inputs, &options) else {
            continue;
        };
        let seg = &cmp.graph.extracted.segmented;
        let docs = &seg.corpus.documents;
        for a in 0..docs.len() {
            for b in a + 1..docs.len() {
                let gold_same = docs[a].path.rsplit('/').nth(1) == docs[b].path.rsplit('/').nth(1);
                let predicted = cmp.graph.story_of[a] == cmp.graph.story_of[b];
                match (gold_same, predicted) {
                    (true, true) => stp += 1,
                    (false, true) => sfp += 1,
                    (true, false) => sfn += 1,
                    _ => {}
                }
            }
        }
        // Claim of each gold sentence: the statement overlapping its span most.
        let statement_of: Vec<Option<usize>> = sentences
            .iter()
            .map(|g| {
                let d = seg.corpus.documents.iter().position(|d| d.id == g.doc)?;
                seg.statements
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.doc == d && s.start < g.end && g.start < s.end)
                    .max_by_key(|(_, s)| s.end.min(g.end) - s.start.max(g.start))
                    .map(|(i, _)| i)
            })
            .collect();
        let claim_of: Vec<Option<usize>> = statement_of
            .iter()
            .map(|s| s.map(|i| cmp.graph.claim_of[i]))
            .collect();
        let event_of: Vec<Option<usize>> = statement_of
            .iter()
            .map(|s| s.map(|i| cmp.graph.event_of[i]))
            .collect();
        for i in 0..sentences.len() {
            for j in i + 1..sentences.len() {
                let (a, b) = (sentences[i], sentences[j]);
                if a.doc == b.doc {
                    continue;
                }
                let sa: BTreeSet<&String> = a.actions.iter().collect();
                let gold_pair = b.actions.iter().any(|x| sa.contains(x));
                let predicted = claim_of[i].is_some() && claim_of[i] == claim_of[j];
                let in_event = event_of[i].is_some() && event_of[i] == event_of[j];
                events.add(gold_pair, in_event, a.story != b.story);
                match (gold_pair, predicted) {
                    (true, true) => tp += 1,
                    (false, true) => {
                        fp += 1;
                        if a.story != b.story {
                            cross += 1;
                        }
                    }
                    (true, false) => fn_ += 1,
                    _ => {}
                }
            }
        }
    }
    let sp = stp as f64 / (stp + sfp).max(1) as f64;
    let sr = stp as f64 / (stp + sfn).max(1) as f64;
    println!(
        "stories: document pairs precision {sp:.3} recall {sr:.3}  (tp {stp}, fp {sfp}, fn {sfn})"
    );
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "{}: topics {}  threshold {:.2}  precision {p:.3}  recall {r:.3}  F1 {f1:.3}  (tp {tp}, fp {fp}, fn {fn_})  cross-event pairs {cross}  time {:.1}s",
        if hybrid { "hybrid" } else { "lexical" },
        topics.len(),
        options.align.threshold,
        start.elapsed().as_secs_f64()
    );
    let (p, r, f1) = events.prf();
    println!(
        "events: precision {p:.3}  recall {r:.3}  F1 {f1:.3}  (tp {}, fp {}, fn {})  cross-event pairs {}",
        events.tp, events.fp, events.fn_, events.cross
    );
}

/// Pairwise counts: a pair is predicted when both sentences land in one group.
#[derive(Default)]
struct Pairs {
    tp: usize,
    fp: usize,
    fn_: usize,
    cross: usize,
}

impl Pairs {
    fn add(&mut self, gold: bool, predicted: bool, cross_event: bool) {
        match (gold, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => {
                self.fp += 1;
                self.cross += cross_event as usize;
            }
            (true, false) => self.fn_ += 1,
            _ => {}
        }
    }

    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f1)
    }
}
