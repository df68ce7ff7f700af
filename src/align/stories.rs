//! Stories: documents of a mixed folder grouped by the event they report,
//! so that statements align only within a story and two earthquakes (or two
//! rehab check-ins) never meet.
//!
//! Document similarity combines the TF-IDF cosine of the documents' stemmed
//! words (IDF over the documents; headline words count twice) with the
//! rarity-weighted overlap of their entities, and the publication dates: a
//! story is days, not years. Documents are grouped by average-link merging
//! above a threshold, so one bridging document cannot chain two events.

use super::cluster;
use super::score::{cosine, LexicalScorer};
use crate::extract::{DetailKind, Extracted, Normalized};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;

/// Story grouping settings.
#[derive(Debug, Clone)]
pub struct StoryOptions {
    /// Minimum average similarity for two groups to merge. Default 0.15.
    pub threshold: f64,
}

impl Default for StoryOptions {
    fn default() -> Self {
        StoryOptions { threshold: 0.15 }
    }
}

/// The similarity of two documents and its parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct DocScore {
    pub total: f64,
    pub words: f64,
    pub entities: f64,
    /// Multiplier from the publication dates (1 when unknown).
    pub dates: f64,
}

struct DocProfile {
    words: Vec<(u32, f64)>,
    entities: Vec<(u32, f64)>,
    date: Option<jiff::civil::Date>,
}

fn tfidf(counts: &HashMap<u32, f64>, df: &[u32], n: f64) -> Vec<(u32, f64)> {
    let mut v: Vec<(u32, f64)> = counts
        .iter()
        .map(|(&id, &f)| (id, (1.0 + f.ln()) * (1.0 + n / df[id as usize] as f64).ln()))
        .collect();
    v.sort_by_key(|(id, _)| *id);
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt().max(1e-12);
    v.iter_mut().for_each(|(_, w)| *w /= norm);
    v.sort_by_key(|(id, _)| *id);
    v
}

fn profiles(extracted: &Extracted, scorer: &LexicalScorer) -> Vec<DocProfile> {
    let seg = &extracted.segmented;
    let n_docs = seg.corpus.documents.len();
    let mut words: Vec<HashMap<u32, f64>> = vec![HashMap::new(); n_docs];
    let mut ents: Vec<HashMap<u32, f64>> = vec![HashMap::new(); n_docs];
    let mut entity_ids: HashMap<String, u32> = HashMap::new();
    for (i, s) in seg.statements.iter().enumerate() {
        let weight = if s.title { 2.0 } else { 1.0 };
        let p = &scorer.profiles[i];
        for &(id, count) in &p.counts {
            *words[s.doc].entry(id).or_insert(0.0) += weight * count as f64;
        }
        for d in &extracted.details[i] {
            if let (DetailKind::Entity, Normalized::Entity(e)) = (d.kind, &d.normalized) {
                let next = entity_ids.len() as u32;
                let id = *entity_ids.entry(e.canonical.to_lowercase()).or_insert(next);
                *ents[s.doc].entry(id).or_insert(0.0) += weight;
            }
        }
    }
    let df = |maps: &[HashMap<u32, f64>], size: usize| {
        let mut df = vec![0u32; size];
        for m in maps {
            for id in m.keys() {
                df[*id as usize] += 1;
            }
        }
        df
    };
    let (wdf, edf) = (df(&words, scorer.df.len()), df(&ents, entity_ids.len()));
    let n = n_docs as f64;
    (0..n_docs)
        .into_par_iter()
        .map(|d| DocProfile {
            words: tfidf(&words[d], &wdf, n),
            entities: tfidf(&ents[d], &edf, n),
            date: seg.corpus.documents[d].meta.date,
        })
        .collect()
}

fn score(a: &DocProfile, b: &DocProfile) -> DocScore {
    let words = cosine(&a.words, &b.words);
    let entities = cosine(&a.entities, &b.entities);
    // Reports of one event are published within days of each other; the
    // same kind of event years apart is another story.
    let dates = match (a.date, b.date) {
        (Some(x), Some(y)) => {
            let days = (x.duration_since(y).as_secs() / 86_400).unsigned_abs() as f64;
            if days <= 14.0 {
                1.0
            } else if days <= 90.0 {
                0.8
            } else {
                0.4
            }
        }
        _ => 1.0,
    };
    DocScore {
        total: (0.6 * words + 0.4 * entities) * dates,
        words,
        entities,
        dates,
    }
}

/// Groups the documents into stories; each story lists document indices in
/// order, stories ordered by their first document.
pub fn group(extracted: &Extracted, options: &StoryOptions) -> Vec<Vec<usize>> {
    group_scored(extracted, &LexicalScorer::new(extracted), options)
}

/// [`group`] with the statements' stems already counted by the scorer.
pub fn group_scored(
    extracted: &Extracted,
    scorer: &LexicalScorer,
    options: &StoryOptions,
) -> Vec<Vec<usize>> {
    let p = profiles(extracted, scorer);
    let edges = pair_scores(&p)
        .into_iter()
        .map(|(a, b, s)| (a, b, s.total))
        .collect::<Vec<_>>();
    let items: Vec<usize> = (0..p.len()).collect();
    cluster::average_link(
        &items,
        &edges,
        cluster::Linkage {
            threshold: options.threshold,
            one_per_group: false,
        },
    )
}

/// Every pair of documents with some similarity: documents are few next to
/// statements (a 1,000-article story is half a million pairs), so all pairs
/// are scored, in parallel.
fn pair_scores(p: &[DocProfile]) -> Vec<(usize, usize, DocScore)> {
    (0..p.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            (a + 1..p.len()).filter_map(move |b| {
                let s = score(&p[a], &p[b]);
                (s.total > 0.0).then_some((a, b, s))
            })
        })
        .collect()
}

/// The similarity of two documents (by index), for `crosscheck stories`.
pub fn document_scores(extracted: &Extracted) -> Vec<(usize, usize, DocScore)> {
    let p = profiles(extracted, &LexicalScorer::new(extracted));
    let mut out = Vec::new();
    for a in 0..p.len() {
        for b in a + 1..p.len() {
            out.push((a, b, score(&p[a], &p[b])));
        }
    }
    out
}
