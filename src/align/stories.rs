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
    /// Minimum average similarity for a fragment to join a larger story.
    /// Default 0.08.
    pub attach: f64,
    /// How many times more like that story than like any other a fragment
    /// must be. Default 2.5.
    pub margin: f64,
}

impl Default for StoryOptions {
    fn default() -> Self {
        StoryOptions {
            threshold: 0.15,
            attach: 0.08,
            margin: 2.5,
        }
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
    let stories = cluster::average_link(
        &items,
        &edges,
        cluster::Linkage {
            threshold: options.threshold,
            one_per_group: false,
        },
    );
    attach_fragments(stories, &edges, options)
}

/// Folds fragments into the story they clearly belong to.
///
/// A short or oddly worded report of an event often stays below the merge
/// threshold with every other report, although it is far more like one
/// story than any other. Each story, smallest first, joins a larger one when
/// its average similarity to it reaches `attach` and is at least `margin`
/// times its similarity to any other story: a fragment between two events
/// stays alone, so two events of one kind still never meet.
fn attach_fragments(
    mut stories: Vec<Vec<usize>>,
    edges: &[(usize, usize, f64)],
    options: &StoryOptions,
) -> Vec<Vec<usize>> {
    if stories.len() < 2 {
        return stories;
    }
    let n = stories.iter().map(Vec::len).sum::<usize>();
    let mut story_of = vec![0; n];
    for (k, s) in stories.iter().enumerate() {
        for &d in s {
            story_of[d] = k;
        }
    }
    // Each story looks only at its own documents' edges: O(edges) in all.
    let mut neighbours: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for &(a, b, s) in edges {
        neighbours[a].push((b, s));
        neighbours[b].push((a, s));
    }
    let mut order: Vec<usize> = (0..stories.len()).collect();
    order.sort_by_key(|&k| (stories[k].len(), stories[k][0]));
    for k in order {
        if stories[k].is_empty() {
            continue;
        }
        // Summed similarity of this story's documents to each other story.
        let mut sums: HashMap<usize, f64> = HashMap::new();
        for &d in &stories[k] {
            for &(e, s) in &neighbours[d] {
                if story_of[e] != k {
                    *sums.entry(story_of[e]).or_insert(0.0) += s;
                }
            }
        }
        let size = stories[k].len();
        let mut avgs: Vec<(f64, usize)> = sums
            .into_iter()
            .map(|(j, s)| (s / (size * stories[j].len()) as f64, j))
            .collect();
        avgs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        let Some(&(best, j)) = avgs.first() else {
            continue;
        };
        let second = avgs.get(1).map_or(0.0, |x| x.0);
        if stories[j].len() > size && best >= options.attach && best >= options.margin * second {
            let moved = std::mem::take(&mut stories[k]);
            for &d in &moved {
                story_of[d] = j;
            }
            stories[j].extend(moved);
        }
    }
    let mut stories: Vec<Vec<usize>> = stories.into_iter().filter(|s| !s.is_empty()).collect();
    for s in &mut stories {
        s.sort_unstable();
    }
    stories.sort_by_key(|s| s[0]);
    stories
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_joins_the_story_it_is_clearly_like_and_not_one_between_two() {
        let options = StoryOptions::default();
        // Stories {0,1} and {2,3}; document 4 is like the first only,
        // document 5 as like one as the other.
        let edges = [
            (0, 1, 0.5),
            (2, 3, 0.5),
            (0, 4, 0.12),
            (1, 4, 0.1),
            (2, 4, 0.01),
            (0, 5, 0.1),
            (2, 5, 0.1),
        ];
        let stories = vec![vec![0, 1], vec![2, 3], vec![4], vec![5]];
        assert_eq!(
            attach_fragments(stories, &edges, &options),
            vec![vec![0, 1, 4], vec![2, 3], vec![5]]
        );
        // Too faint a likeness is no reason to join.
        let faint = [(0, 1, 0.5), (0, 2, 0.05)];
        assert_eq!(
            attach_fragments(vec![vec![0, 1], vec![2]], &faint, &options),
            vec![vec![0, 1], vec![2]]
        );
    }
}
