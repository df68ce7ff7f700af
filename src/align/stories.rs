//! Stories: documents of a mixed folder grouped by the event they report,
//! so that statements align only within a story and two earthquakes (or two
//! rehab check-ins) never meet.
//!
//! Document similarity combines the TF-IDF cosine of the documents' stemmed
//! words (IDF over the documents; headline words count twice) with the
//! rarity-weighted overlap of their entities, and the publication dates: a
//! story is days, not years. Documents are grouped by average-link merging
//! above a threshold, so one bridging document cannot chain two events.
//!
//! The linkage of two groups counts every pair of their documents, through
//! summed vectors ([`doc_sums`](super::doc_sums)), but only groups joined by
//! a candidate pair are considered for a merge. A run of at most
//! `all_pairs_below` documents pairs them all; a larger one pairs each
//! document with a budget of others found through the words and entities it
//! shares with them, rarest first (the [`super::candidates`] idea at the
//! document level), so the cost follows the documents, not their square.

use super::cluster::{self, Sums};
use super::doc_sums::{date_factor, DocSums};
use super::score::{cosine, LexicalScorer};
use crate::extract::{DetailKind, Extracted, Normalized};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::collections::BTreeSet;

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
    /// Runs of at most this many documents pair them all; larger ones
    /// through shared words and entities. Default 200.
    pub all_pairs_below: usize,
    /// Candidate partners looked up per document in a larger run. Default
    /// 256: on the synthetic stories of 1,000 to 4,000 articles the stories
    /// are those of every pair, where 128 leaves two documents of 4,000
    /// alone.
    pub max_candidates: usize,
    /// Every document is of one event: the user gathered them so (`--one-event`),
    /// and no grouping splits them.
    pub one_event: bool,
}

impl Default for StoryOptions {
    fn default() -> Self {
        StoryOptions {
            threshold: 0.15,
            attach: 0.08,
            margin: 2.5,
            all_pairs_below: 200,
            max_candidates: 256,
            one_event: false,
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

/// The documents' profiles and how many documents hold each word and
/// entity.
struct Profiles {
    docs: Vec<DocProfile>,
    word_df: Vec<u32>,
    entity_df: Vec<u32>,
}

impl Profiles {
    fn sums(&self) -> DocSums {
        DocSums::new(
            self.docs
                .iter()
                .map(|p| (p.words.clone(), p.entities.clone(), p.date)),
            self.word_df.len(),
            self.entity_df.len(),
        )
    }
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

fn profiles(extracted: &Extracted, scorer: &LexicalScorer) -> Profiles {
    let seg = &extracted.segmented;
    let n_docs = seg.corpus.documents.len();
    let mut words: Vec<HashMap<u32, f64>> = vec![HashMap::default(); n_docs];
    let mut ents: Vec<HashMap<u32, f64>> = vec![HashMap::default(); n_docs];
    let mut entity_ids: HashMap<String, u32> = HashMap::default();
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
    let docs = (0..n_docs)
        .into_par_iter()
        .map(|d| DocProfile {
            words: tfidf(&words[d], &wdf, n),
            entities: tfidf(&ents[d], &edf, n),
            date: seg.corpus.documents[d].meta.date,
        })
        .collect();
    Profiles {
        docs,
        word_df: wdf,
        entity_df: edf,
    }
}

fn score(a: &DocProfile, b: &DocProfile) -> DocScore {
    let words = cosine(&a.words, &b.words);
    let entities = cosine(&a.entities, &b.entities);
    let dates = date_factor(a.date, b.date);
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
    let n = extracted.segmented.corpus.documents.len();
    if options.one_event {
        return if n == 0 {
            Vec::new()
        } else {
            vec![(0..n).collect()]
        };
    }
    let p = profiles(extracted, scorer);
    let pairs = if n <= options.all_pairs_below {
        (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect()
    } else {
        candidates(&p, options.max_candidates)
    };
    let stories = cluster::average_link_summed(n, &pairs, &mut p.sums(), options.threshold);
    attach_fragments(stories, &pairs, &mut p.sums(), options)
}

/// Pairs of documents that share a word or an entity, each document looking
/// for `budget` partners through its rarest ones first: the documents most
/// like it, whatever words the whole run shares. Sorted, `a < b`.
fn candidates(p: &Profiles, budget: usize) -> Vec<(usize, usize)> {
    let words = p.word_df.len() as u32;
    let keys: Vec<Vec<u32>> = p
        .docs
        .iter()
        .map(|d| {
            let mut k: Vec<(u32, u32)> = d
                .words
                .iter()
                .map(|&(id, _)| (p.word_df[id as usize], id))
                .chain(
                    d.entities
                        .iter()
                        .map(|&(id, _)| (p.entity_df[id as usize], words + id)),
                )
                .filter(|&(df, _)| df > 1)
                .collect();
            k.sort_unstable();
            k.into_iter().map(|(_, key)| key).collect()
        })
        .collect();
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); words as usize + p.entity_df.len()];
    for (d, k) in keys.iter().enumerate() {
        for &key in k {
            postings[key as usize].push(d as u32);
        }
    }
    let mut pairs: Vec<(usize, usize)> = (0..keys.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            let mut found: BTreeSet<u32> = BTreeSet::new();
            'keys: for &key in &keys[a] {
                for &b in &postings[key as usize] {
                    if b as usize != a && found.insert(b) && found.len() >= budget {
                        break 'keys;
                    }
                }
            }
            found
                .into_iter()
                .map(move |b| (a.min(b as usize), a.max(b as usize)))
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// Folds fragments into the story they clearly belong to.
///
/// A short or oddly worded report of an event often stays below the merge
/// threshold with every other report, although it is far more like one
/// story than any other. Each story, smallest first, joins a larger one when
/// its average similarity to it reaches `attach` and is at least `margin`
/// times its similarity to any other story: a fragment between two events
/// stays alone, so two events of one kind still never meet.
///
/// Only stories joined by one of `pairs` are compared; `sums` holds each
/// document alone and gathers the stories as they form.
fn attach_fragments(
    mut stories: Vec<Vec<usize>>,
    pairs: &[(usize, usize)],
    sums: &mut impl Sums,
    options: &StoryOptions,
) -> Vec<Vec<usize>> {
    if stories.len() < 2 {
        return stories;
    }
    let n = stories.iter().map(Vec::len).sum::<usize>();
    let mut story_of = vec![0; n];
    // Each story's sums are kept under its first document.
    for (k, s) in stories.iter().enumerate() {
        for &d in s {
            story_of[d] = k;
            if d != s[0] {
                sums.fold(s[0], d);
            }
        }
    }
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in pairs {
        neighbours[a].push(b);
        neighbours[b].push(a);
    }
    let mut order: Vec<usize> = (0..stories.len()).collect();
    order.sort_by_key(|&k| (stories[k].len(), stories[k][0]));
    // The document each story's sums are kept under.
    let keeper: Vec<usize> = stories.iter().map(|s| s[0]).collect();
    for k in order {
        if stories[k].is_empty() {
            continue;
        }
        let others: BTreeSet<usize> = stories[k]
            .iter()
            .flat_map(|&d| neighbours[d].iter().map(|&e| story_of[e]))
            .filter(|&j| j != k)
            .collect();
        let size = stories[k].len();
        let mut avgs: Vec<(f64, usize)> = others
            .into_iter()
            .map(|j| {
                let s = sums.between(keeper[k], keeper[j]);
                (s / (size * stories[j].len()) as f64, j)
            })
            .filter(|&(s, _)| s > 0.0)
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
            sums.fold(keeper[j], keeper[k]);
        }
    }
    let mut stories: Vec<Vec<usize>> = stories.into_iter().filter(|s| !s.is_empty()).collect();
    for s in &mut stories {
        s.sort_unstable();
    }
    stories.sort_by_key(|s| s[0]);
    stories
}

/// The similarity of two documents (by index), for `crosscheck stories`.
pub fn document_scores(extracted: &Extracted) -> Vec<(usize, usize, DocScore)> {
    let p = profiles(extracted, &LexicalScorer::new(extracted)).docs;
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

    /// Sums over a table of pairwise similarities, the way the clusterer
    /// sees them.
    struct Pairwise {
        sims: HashMap<(usize, usize), f64>,
        members: Vec<Vec<usize>>,
    }

    impl Pairwise {
        fn new(n: usize, edges: &[(usize, usize, f64)]) -> Pairwise {
            Pairwise {
                sims: edges.iter().map(|&(a, b, s)| ((a, b), s)).collect(),
                members: (0..n).map(|i| vec![i]).collect(),
            }
        }
    }

    impl Sums for Pairwise {
        fn between(&self, a: usize, b: usize) -> f64 {
            let mut sum = 0.0;
            for &x in &self.members[a] {
                for &y in &self.members[b] {
                    sum += self.sims.get(&(x.min(y), x.max(y))).unwrap_or(&0.0);
                }
            }
            sum
        }

        fn fold(&mut self, keep: usize, gone: usize) {
            let moved = std::mem::take(&mut self.members[gone]);
            self.members[keep].extend(moved);
        }
    }

    fn attach(stories: Vec<Vec<usize>>, edges: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
        let n = stories.iter().map(Vec::len).sum();
        let pairs: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
        let mut sums = Pairwise::new(n, edges);
        attach_fragments(stories, &pairs, &mut sums, &StoryOptions::default())
    }

    #[test]
    fn a_fragment_joins_the_story_it_is_clearly_like_and_not_one_between_two() {
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
            attach(stories, &edges),
            vec![vec![0, 1, 4], vec![2, 3], vec![5]]
        );
        // Too faint a likeness is no reason to join.
        let faint = [(0, 1, 0.5), (0, 2, 0.05)];
        assert_eq!(
            attach(vec![vec![0, 1], vec![2]], &faint),
            vec![vec![0, 1], vec![2]]
        );
    }

    #[test]
    fn summed_average_link_over_every_pair_is_average_link() {
        // Two tight groups joined by one pair stay apart; without the pair
        // (0, 2) among the candidates its similarity still counts.
        let edges = [
            (0, 1, 0.9),
            (0, 2, 0.8),
            (1, 2, 0.85),
            (3, 4, 0.9),
            (2, 3, 0.7),
        ];
        let all: Vec<(usize, usize)> = (0..5)
            .flat_map(|a| (a + 1..5).map(move |b| (a, b)))
            .collect();
        let items: Vec<usize> = (0..5).collect();
        let expected = cluster::average_link(
            &items,
            &edges,
            cluster::Linkage {
                threshold: 0.5,
                one_per_group: false,
            },
        );
        assert_eq!(expected, vec![vec![0, 1, 2], vec![3, 4]]);
        let summed = |pairs: &[(usize, usize)]| {
            cluster::average_link_summed(5, pairs, &mut Pairwise::new(5, &edges), 0.5)
        };
        assert_eq!(summed(&all), expected);
        assert_eq!(summed(&[(0, 1), (1, 2), (3, 4), (2, 3)]), expected);
    }
}
