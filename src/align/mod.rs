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
}

/// Pairs of statements from different documents worth scoring: they share
/// a word that is not common, an entity or a number.
fn candidates(
    extracted: &Extracted,
    scorer: &LexicalScorer,
    options: &AlignOptions,
) -> Vec<(usize, usize)> {
    let statements = &extracted.segmented.statements;
    let n = statements.len();
    let cap = ((n as f64 * options.max_df_share) as u32).max(8);
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut entity_postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in scorer.profiles.iter().enumerate() {
        for (id, _) in &p.vector {
            if scorer.df[*id as usize] <= cap {
                postings.entry(*id).or_default().push(i);
            }
        }
        for e in &p.entities {
            entity_postings.entry(e.as_str()).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = postings
        .values()
        .chain(entity_postings.values().filter(|v| v.len() as u32 <= cap))
        .flat_map(|list| {
            list.iter().enumerate().flat_map(move |(k, &a)| {
                list[k + 1..]
                    .iter()
                    .filter(move |&&b| statements[a].doc != statements[b].doc)
                    .map(move |&b| (a.min(b), a.max(b)))
            })
        })
        .collect();
    pairs.sort_unstable();
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
    let stories = stories::group(&extracted, &options.stories);
    let mut story_of = vec![0; extracted.segmented.corpus.documents.len()];
    for (k, docs) in stories.iter().enumerate() {
        for &d in docs {
            story_of[d] = k;
        }
    }
    let pairs: Vec<(usize, usize)> = candidates(&extracted, lexical, options)
        .into_iter()
        .filter(|&(a, b)| story_of[statements[a].doc] == story_of[statements[b].doc])
        .collect();
    let scored: Vec<Edge> = pairs
        .par_iter()
        .map(|&(a, b)| Edge {
            a,
            b,
            score: scorer.score(a, b),
        })
        .filter(|e| e.score.total >= options.threshold)
        .collect();

    // Best match of each statement in each other document.
    let mut best: HashMap<(usize, usize), (f64, usize)> = HashMap::new();
    let better = |cur: Option<&(f64, usize)>, s: f64, other: usize| match cur {
        None => true,
        Some(&(bs, bo)) => s > bs || (s == bs && other < bo),
    };
    for e in &scored {
        for (x, y) in [(e.a, e.b), (e.b, e.a)] {
            let key = (x, statements[y].doc);
            if better(best.get(&key), e.score.total, y) {
                best.insert(key, (e.score.total, y));
            }
        }
    }
    let mut edges: Vec<Edge> = scored
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
                sum += if (x, y) == (e.a, e.b) || (y, x) == (e.a, e.b) {
                    e.score.total
                } else {
                    scorer.score(x, y).total
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
    let claims: Vec<Claim> = groups
        .into_iter()
        .enumerate()
        .map(|(k, statements)| {
            for &s in &statements {
                claim_of[s] = k;
            }
            Claim {
                id: format!("c{}", k + 1),
                statements,
            }
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
    }
}
