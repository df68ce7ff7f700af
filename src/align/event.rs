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
use std::collections::{BTreeMap, BTreeSet, HashMap};

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
    // Ordered maps: sums run in one order, so the result does not depend on
    // the hash seed.
    let mut doc_sum: Vec<BTreeMap<u32, f64>> = vec![BTreeMap::new(); n_docs];
    for (i, v) in core.iter().enumerate() {
        for &(id, w) in v {
            *doc_sum[docs[i]].entry(id).or_insert(0.0) += w;
        }
    }
    let mut story_sum: Vec<BTreeMap<u32, f64>> = vec![BTreeMap::new(); stories.len()];
    for (d, m) in doc_sum.iter().enumerate() {
        for (&id, &w) in m {
            *story_sum[story_of[d]].entry(id).or_insert(0.0) += w;
        }
    }
    let others = |d: usize, id: &u32| {
        let all = story_sum[story_of[d]].get(id).copied().unwrap_or(0.0);
        (all - doc_sum[d].get(id).copied().unwrap_or(0.0)).max(0.0)
    };
    // Norm of each document's "rest of the story" centroid.
    let norms: Vec<f64> = (0..n_docs)
        .into_par_iter()
        .map(|d| {
            story_sum[story_of[d]]
                .keys()
                .map(|id| others(d, id).powi(2))
                .sum::<f64>()
                .sqrt()
        })
        .collect();
    let affinity_of: Vec<f64> = (0..n)
        .into_par_iter()
        .map(|i| {
            let d = docs[i];
            let dot: f64 = core[i].iter().map(|(id, w)| w * others(d, id)).sum();
            if norms[d] > 0.0 {
                dot / norms[d]
            } else {
                0.0
            }
        })
        .collect();
    // A claim joins (or stays out of) its story's main event as a whole, on
    // its statements' mean affinity, so that claims nest in events.
    let mut main: Vec<Vec<usize>> = vec![Vec::new(); stories.len()];
    let mut start: Vec<Vec<usize>> = Vec::new();
    for (k, c) in claims.iter().enumerate() {
        let mean = c.iter().map(|&i| affinity_of[i]).sum::<f64>() / c.len() as f64;
        if mean >= affinity {
            main[story_of[docs[c[0]]]].push(k);
        } else {
            start.push(c.clone());
        }
    }
    // A story reported by one document has no main event to speak of.
    for m in main {
        let spread: BTreeSet<usize> = m
            .iter()
            .flat_map(|&k| claims[k].iter().map(|&i| docs[i]))
            .collect();
        if spread.len() >= 2 {
            start.push(m.iter().flat_map(|&k| claims[k].iter().copied()).collect());
        } else {
            start.extend(m.iter().map(|&k| claims[k].clone()));
        }
    }
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
