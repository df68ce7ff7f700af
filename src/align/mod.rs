//! Align: statements of different documents that assert the same thing are
//! joined into claims, through a petgraph graph of similarity edges.
//!
//! ```text
//!  statements ─▶ candidate pairs ─▶ scores ─▶ mutual best ─▶ constrained ─▶ claims
//!               (inverted index     (Scorer,    per pair of    average-link
//!                over rare words,    rayon)      documents)     (one statement
//!                entities, numbers)                              per document)
//! ```
//!
//! No plain single-link: an edge is kept only when each statement is the
//! other's best match in the other document, and two groups merge only when
//! they hold no two statements of one document and their average similarity
//! stays above the cohesion threshold, so that a chain of loosely related
//! statements never becomes one claim.

pub mod cluster;
pub mod event;
pub mod score;
pub mod semantic;
pub mod stories;
pub mod words;

use crate::extract::Extracted;
use petgraph::graph::UnGraph;
use rayon::prelude::*;
use score::{LexicalScorer, Score, Scorer};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// Which scorer joins statements.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Similarity {
    /// Words, characters, entities, numbers, dates, frame and quote.
    #[default]
    Lexical,
    /// The lexical total mixed with sentence-embedding cosine (the
    /// `semantic` feature and a model folder; see [`semantic`]).
    Hybrid,
}

/// Alignment settings.
#[derive(Debug, Clone)]
pub struct AlignOptions {
    /// Minimum score for an edge. Default 0.28.
    pub threshold: f64,
    /// Minimum average score inside a claim. Default 0.28.
    pub cohesion: f64,
    /// Words in more statements than this share of all statements are not
    /// used to find candidates (they still count in the score). Default 0.2.
    pub max_df_share: f64,
    /// Minimum average similarity inside an event (the core-word and
    /// scorer similarity of [`event`]). Default 0.1.
    pub event_cohesion: f64,
    /// Candidate partners looked up per statement (rarest words first).
    /// Default 400.
    pub max_candidates: usize,
    /// Stories of at most this many statements are compared all pairs;
    /// larger ones through the index. Default 2,000.
    pub all_pairs_below: usize,
    /// Share of a story's documents a word must appear in to be one of the
    /// story's core words (see [`event`]). Default 0.2.
    pub core_share: f64,
    /// Minimum cosine of a statement's core words with the rest of its
    /// story for it to join the story's main event (see [`event`]).
    /// Default 0.15.
    pub event_affinity: f64,
    /// Weight of the scorer's total against the core-word cosine in the
    /// similarity events are clustered on. Default 0.2.
    pub lexical_weight: f64,
    /// How documents are grouped into stories first.
    pub stories: stories::StoryOptions,
    /// Which scorer joins statements. Default lexical.
    pub similarity: Similarity,
    /// The sentence-embedding model folder for [`Similarity::Hybrid`]
    /// (else `CROSSCHECK_MODEL`).
    pub model: Option<PathBuf>,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            threshold: 0.28,
            cohesion: 0.28,
            max_df_share: 0.2,
            event_cohesion: 0.1,
            max_candidates: 400,
            core_share: 0.2,
            event_affinity: 0.15,
            all_pairs_below: 2000,
            lexical_weight: 0.2,
            stories: stories::StoryOptions::default(),
            similarity: Similarity::Lexical,
            model: None,
        }
    }
}

/// A similarity edge between two statements (indices into the statements).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    pub score: Score,
}

/// A claim: statements of different documents asserting the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `c1`, `c2`, … in order of the claim's first statement.
    pub id: String,
    /// Statement indices, in document order.
    pub statements: Vec<usize>,
}

/// The claim graph: statements as nodes, kept edges, and the claims.
#[derive(Debug, Clone)]
pub struct ClaimGraph {
    pub extracted: Extracted,
    /// Node weights are statement indices.
    pub graph: UnGraph<usize, f64>,
    pub edges: Vec<Edge>,
    pub claims: Vec<Claim>,
    /// Claim index of each statement.
    pub claim_of: Vec<usize>,
    /// Documents grouped by the event they report (document indices).
    pub stories: Vec<Vec<usize>>,
    /// Story index of each document.
    pub story_of: Vec<usize>,
    /// Events: claims of one story that report one event (statement
    /// indices, sorted; ordered by first statement). Coarser than claims: a
    /// document may put several statements in one event.
    pub events: Vec<Vec<usize>>,
    /// Event index of each statement.
    pub event_of: Vec<usize>,
}

/// Pairs of statements from different documents of one story worth
/// scoring: they share a word that is not common, an entity or a number.
///
/// Each statement looks for partners through its rarest words first and
/// stops at `max_candidates`, so a story of thousands of near-identical
/// reports costs a bounded number of pairs per statement instead of the
/// square of a posting list.
fn candidates(
    extracted: &Extracted,
    scorer: &LexicalScorer,
    story_of: &[usize],
    options: &AlignOptions,
) -> Vec<(usize, usize)> {
    let statements = &extracted.segmented.statements;
    let n = statements.len();
    let cap = ((n as f64 * options.max_df_share) as u32).max(8);
    // Keys: stem ids, then entities after them.
    let mut entity_ids: HashMap<&str, u32> = HashMap::new();
    let mut keys: Vec<Vec<u32>> = Vec::with_capacity(n);
    let vocabulary = scorer.df.len() as u32;
    for p in &scorer.profiles {
        let mut k: Vec<u32> = p
            .vector
            .iter()
            .map(|(id, _)| *id)
            .filter(|&id| scorer.df[id as usize] <= cap)
            .collect();
        for e in &p.entities {
            let next = vocabulary + entity_ids.len() as u32;
            k.push(*entity_ids.entry(e.as_str()).or_insert(next));
        }
        keys.push(k);
    }
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); vocabulary as usize + entity_ids.len()];
    for (i, k) in keys.iter().enumerate() {
        for &key in k {
            postings[key as usize].push(i as u32);
        }
    }
    let postings: Vec<Vec<u32>> = postings
        .into_iter()
        .map(|list| {
            if list.len() as u32 <= cap {
                list
            } else {
                Vec::new()
            }
        })
        .collect();
    let budget = options.max_candidates;
    // A small story is compared all pairs: its claims are then built on
    // every similarity, not only on the pairs a rare word brings together.
    let mut story_statements: Vec<Vec<usize>> = vec![Vec::new(); story_of.len()];
    for (i, s) in statements.iter().enumerate() {
        story_statements[story_of[s.doc]].push(i);
    }
    let small: Vec<bool> = story_statements
        .iter()
        .map(|list| list.len() <= options.all_pairs_below)
        .collect();
    let mut pairs: Vec<(usize, usize)> = story_statements
        .par_iter()
        .filter(|list| list.len() <= options.all_pairs_below)
        .flat_map_iter(|list| {
            list.iter().enumerate().flat_map(move |(k, &a)| {
                list[k + 1..]
                    .iter()
                    .filter(move |&&b| statements[a].doc != statements[b].doc)
                    .map(move |&b| (a, b))
            })
        })
        .collect();
    pairs.par_extend(
        (0..n)
            .into_par_iter()
            .filter(|&a| !small[story_of[statements[a].doc]])
            .flat_map_iter(|a| {
                let mut k = keys[a].clone();
                k.sort_by_key(|&key| (postings[key as usize].len(), key));
                let mut found: Vec<u32> = Vec::new();
                let mut seen = std::collections::HashSet::new();
                'keys: for key in k {
                    for &b in &postings[key as usize] {
                        let b = b as usize;
                        if b != a
                            && statements[a].doc != statements[b].doc
                            && story_of[statements[a].doc] == story_of[statements[b].doc]
                            && seen.insert(b)
                        {
                            found.push(b as u32);
                            if found.len() >= budget {
                                break 'keys;
                            }
                        }
                    }
                }
                found
                    .into_iter()
                    .map(move |b| (a.min(b as usize), a.max(b as usize)))
            }),
    );
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// Aligns the statements of one story into claims.
///
/// With [`Similarity::Hybrid`] and a model that cannot be used, the run is
/// aligned lexically and says so in its problems; call
/// [`semantic::check`] first to make that an error instead.
pub fn align(mut extracted: Extracted, options: &AlignOptions) -> ClaimGraph {
    let lexical = LexicalScorer::new(&extracted);
    if options.similarity == Similarity::Hybrid {
        match semantic::scorer(&extracted, &lexical, options) {
            Ok(hybrid) => return align_inner(extracted, hybrid.as_ref(), &lexical, options),
            Err(e) => extracted.segmented.corpus.problems.push(e.problem()),
        }
    }
    align_inner(extracted, &lexical, &lexical, options)
}

/// Aligns with a given scorer (the lexical one supplies candidates).
pub fn align_with(extracted: Extracted, scorer: &dyn Scorer, options: &AlignOptions) -> ClaimGraph {
    let lexical = LexicalScorer::new(&extracted);
    align_inner(extracted, scorer, &lexical, options)
}

fn align_inner(
    extracted: Extracted,
    scorer: &dyn Scorer,
    lexical: &LexicalScorer,
    options: &AlignOptions,
) -> ClaimGraph {
    let statements = &extracted.segmented.statements;
    let stories = stories::group_scored(&extracted, lexical, &options.stories);
    let mut story_of = vec![0; extracted.segmented.corpus.documents.len()];
    for (k, docs) in stories.iter().enumerate() {
        for &d in docs {
            story_of[d] = k;
        }
    }
    let pairs = candidates(&extracted, lexical, &story_of, options);
    let scored: Vec<Edge> = pairs
        .par_iter()
        .map(|&(a, b)| Edge {
            a,
            b,
            score: scorer.score(a, b),
        })
        .collect();

    // Tier 1, claims: one fact, at most one statement per document, built
    // from mutual best matches (what compare works on).
    let known: HashMap<(usize, usize), f64> =
        scored.iter().map(|e| ((e.a, e.b), e.score.total)).collect();
    let scored_for_claims: Vec<Edge> = scored
        .iter()
        .filter(|e| e.score.total >= options.threshold)
        .cloned()
        .collect();
    // Best match of each statement in each other document.
    let mut best: HashMap<(usize, usize), (f64, usize)> = HashMap::new();
    let better = |cur: Option<&(f64, usize)>, s: f64, other: usize| match cur {
        None => true,
        Some(&(bs, bo)) => s > bs || (s == bs && other < bo),
    };
    for e in &scored_for_claims {
        for (x, y) in [(e.a, e.b), (e.b, e.a)] {
            let key = (x, statements[y].doc);
            if better(best.get(&key), e.score.total, y) {
                best.insert(key, (e.score.total, y));
            }
        }
    }
    let mut edges: Vec<Edge> = scored_for_claims
        .into_iter()
        .filter(|e| {
            best.get(&(e.a, statements[e.b].doc)).map(|x| x.1) == Some(e.b)
                && best.get(&(e.b, statements[e.a].doc)).map(|x| x.1) == Some(e.a)
        })
        .collect();
    edges.sort_by(|x, y| {
        y.score
            .total
            .total_cmp(&x.score.total)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });

    // Constrained average-link merging over the mutual-best edges.
    let n = statements.len();
    let mut cluster: Vec<usize> = (0..n).collect();
    let mut members: BTreeMap<usize, Vec<usize>> = (0..n).map(|i| (i, vec![i])).collect();
    let mut kept = Vec::new();
    for e in edges {
        let (ca, cb) = (cluster[e.a], cluster[e.b]);
        if ca == cb {
            kept.push(e);
            continue;
        }
        let (ma, mb) = (&members[&ca], &members[&cb]);
        let clash = ma
            .iter()
            .any(|&x| mb.iter().any(|&y| statements[x].doc == statements[y].doc));
        if clash {
            continue;
        }
        let mut sum = 0.0;
        for &x in ma {
            for &y in mb {
                // Pairs already scored are looked up, not scored again.
                sum += match known.get(&(x.min(y), x.max(y))) {
                    Some(&s) => s,
                    None => scorer.score(x, y).total,
                };
            }
        }
        if sum / (ma.len() * mb.len()) as f64 >= options.cohesion {
            let moved = members.remove(&cb).unwrap_or_default();
            for &m in &moved {
                cluster[m] = ca;
            }
            members.entry(ca).or_default().extend(moved);
            kept.push(e);
        }
    }

    let mut groups: Vec<Vec<usize>> = members.into_values().collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by_key(|g| g[0]);
    let mut claim_of = vec![0; n];
    for (k, g) in groups.iter().enumerate() {
        for &s in g {
            claim_of[s] = k;
        }
    }

    // Tier 2, events: claims of one story that report one event gather,
    // several statements of a document allowed (see [`event`]).
    let docs: Vec<usize> = statements.iter().map(|s| s.doc).collect();
    let core = event::core_vectors(&extracted, lexical, &stories, &story_of, options.core_share);
    let weighted: Vec<(usize, usize, f64)> = scored
        .par_iter()
        .map(|e| {
            let c = score::cosine(&core[e.a], &core[e.b]);
            (
                e.a,
                e.b,
                options.lexical_weight * e.score.total + (1.0 - options.lexical_weight) * c,
            )
        })
        .collect();
    let events = event::events(
        &docs,
        &core,
        &stories,
        &story_of,
        &groups,
        &weighted,
        options.event_affinity,
        options.event_cohesion,
    );
    let mut event_of = vec![0; n];
    for (k, g) in events.iter().enumerate() {
        for &s in g {
            event_of[s] = k;
        }
    }
    let claims: Vec<Claim> = groups
        .into_iter()
        .enumerate()
        .map(|(k, statements)| Claim {
            id: format!("c{}", k + 1),
            statements,
        })
        .collect();
    let mut graph = UnGraph::with_capacity(n, kept.len());
    let nodes: Vec<_> = (0..n).map(|i| graph.add_node(i)).collect();
    kept.sort_by(|x, y| x.a.cmp(&y.a).then(x.b.cmp(&y.b)));
    for e in &kept {
        graph.add_edge(nodes[e.a], nodes[e.b], e.score.total);
    }
    ClaimGraph {
        extracted,
        graph,
        edges: kept,
        claims,
        claim_of,
        stories,
        story_of,
        events,
        event_of,
    }
}
