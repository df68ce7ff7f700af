//! The words that tell which event of a story a statement reports.
//!
//! Rarity over the whole run (IDF) favours the words that set a statement
//! apart; but reports of one event say it in the story's common words: the
//! people, the place and the event's verb that most of the story's
//! documents repeat ("Reid", "Promises", "rehab", "check"). A statement's
//! core vector keeps only the stems found in at least `core_share` of its
//! story's documents, each weighted by that share, so two statements about
//! the story's main event are alike however differently the rest of their
//! sentences run, and a side remark (a fashion line, last year's tour)
//! stays apart.

use super::score::LexicalScorer;
use crate::extract::Extracted;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};

/// L2-normalized core vectors, one per statement, sorted by stem id.
pub fn core_vectors(
    extracted: &Extracted,
    scorer: &LexicalScorer,
    stories: &[Vec<usize>],
    story_of: &[usize],
    core_share: f64,
) -> Vec<Vec<(u32, f64)>> {
    let statements = &extracted.segmented.statements;
    // Documents of each story holding each stem.
    let mut doc_stems: Vec<BTreeSet<u32>> =
        vec![BTreeSet::new(); extracted.segmented.corpus.documents.len()];
    for (i, s) in statements.iter().enumerate() {
        doc_stems[s.doc].extend(scorer.profiles[i].counts.iter().map(|(id, _)| *id));
    }
    let shares: Vec<HashMap<u32, f64>> = stories
        .par_iter()
        .map(|docs| {
            let mut df: HashMap<u32, u32> = HashMap::new();
            for &d in docs {
                for &id in &doc_stems[d] {
                    *df.entry(id).or_insert(0) += 1;
                }
            }
            let n = docs.len() as f64;
            df.into_iter()
                .map(|(id, c)| (id, c as f64 / n))
                .filter(|&(_, share)| share >= core_share)
                .collect()
        })
        .collect();
    statements
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let share = &shares[story_of[s.doc]];
            let mut v: Vec<(u32, f64)> = scorer.profiles[i]
                .counts
                .iter()
                .filter_map(|(id, _)| share.get(id).map(|w| (*id, *w)))
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect()
}
