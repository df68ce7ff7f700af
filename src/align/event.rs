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

/// Events of every story: the statements close to their story's core join
/// its main event; the rest are grouped from their claims by average link.
///
/// Building events bottom-up from claims loses most of the story's reports
/// of its own event: two reports of one check-in that share no claim only
/// meet through weak links, and average link over a sparse graph dilutes
/// those. Top-down is closer to how a story is written: nearly every
/// statement of a story reports its main event, in the story's common words,
/// and the few that do not (background, an earlier role, a side event) are
/// the ones far from the story's core. A statement's affinity is the cosine
/// of its core vector with the core centroid of the *other* documents of its
/// story, so a long document does not vote for its own statements.
#[allow(clippy::too_many_arguments)]
pub fn events(
    docs: &[usize],
    core: &[Vec<(u32, f64)>],
    stories: &[Vec<usize>],
    story_of: &[usize],
    claims: &[Vec<usize>],
    weighted: &[(usize, usize, f64)],
    affinity: f64,
    cohesion: f64,
) -> Vec<Vec<usize>> {
    let n = docs.len();
    let n_docs = story_of.len();
    // Summed core vectors per document and per story.
    let mut doc_sum: Vec<HashMap<u32, f64>> = vec![HashMap::new(); n_docs];
    for (i, v) in core.iter().enumerate() {
        for &(id, w) in v {
            *doc_sum[docs[i]].entry(id).or_insert(0.0) += w;
        }
    }
    let mut story_sum: Vec<HashMap<u32, f64>> = vec![HashMap::new(); stories.len()];
    for (d, m) in doc_sum.iter().enumerate() {
        for (&id, &w) in m {
            *story_sum[story_of[d]].entry(id).or_insert(0.0) += w;
        }
    }
    let main: Vec<bool> = (0..n)
        .into_par_iter()
        .map(|i| {
            let d = docs[i];
            let (story, own) = (&story_sum[story_of[d]], &doc_sum[d]);
            let others = |id: &u32| {
                story.get(id).copied().unwrap_or(0.0) - own.get(id).copied().unwrap_or(0.0)
            };
            let mut dot = 0.0;
            for (id, w) in &core[i] {
                dot += w * others(id).max(0.0);
            }
            let norm = story
                .keys()
                .map(|id| others(id).max(0.0).powi(2))
                .sum::<f64>()
                .sqrt();
            norm > 0.0 && dot / norm >= affinity
        })
        .collect();
    // Start: one main event per story (when it spans two documents), the
    // other statements in their claims.
    let mut start: Vec<Vec<usize>> = vec![Vec::new(); stories.len()];
    for i in 0..n {
        if main[i] {
            start[story_of[docs[i]]].push(i);
        }
    }
    let mut rest: Vec<Vec<usize>> = Vec::new();
    for s in start.iter_mut() {
        let spread: BTreeSet<usize> = s.iter().map(|&i| docs[i]).collect();
        if spread.len() < 2 {
            rest.extend(s.drain(..).map(|i| vec![i]));
        }
    }
    for c in claims {
        let left: Vec<usize> = c.iter().copied().filter(|&i| !main[i]).collect();
        if !left.is_empty() {
            rest.push(left);
        }
    }
    // A main statement whose claim partners stayed out is re-split above;
    // keep the partition exact.
    let mut start: Vec<Vec<usize>> = start.into_iter().filter(|s| !s.is_empty()).collect();
    start.extend(rest);
    super::cluster::average_link_from(
        docs,
        &start,
        weighted,
        super::cluster::Linkage {
            threshold: cohesion,
            one_per_group: false,
        },
    )
}
