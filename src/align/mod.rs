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
//!
//! Copies (statements of a story with the same text and details: wire copy
//! republished verbatim) are scored once and enter the merging as one unit
//! (see [`copies`]), so the cost follows the distinct statements. Between
//! two units only their first mutual-best pair is kept as an edge, and the
//! copies of a unit are joined through its first statement, not pairwise.

pub mod background;
pub mod cluster;
pub mod copies;
pub mod doc_sums;
pub mod event;
pub mod score;
pub mod semantic;
pub mod stories;
pub mod words;

use crate::extract::Extracted;
use copies::Copies;
use petgraph::graph::UnGraph;
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use score::{LexicalScorer, Score, Scorer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
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
    /// Candidate partners looked up per distinct statement (rarest words
    /// first; copies count once, see [`copies`]). Default 400.
    pub max_candidates: usize,
    /// Stories of at most this many distinct statements (copies count
    /// once) are compared all pairs; larger ones through the index.
    /// Default 2,000.
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

/// Pairs of classes of copies (by index, `a <= b`) of one story worth
/// scoring: they share a word that is not common, an entity or a number,
/// and hold statements of different documents. A class is paired with
/// itself when its copies sit in several documents.
///
/// Each class looks for partners through its rarest words first and stops
/// at `max_candidates`, so a story of thousands of near-identical reports
/// costs a bounded number of pairs per distinct statement instead of the
/// square of a posting list.
fn candidates(
    extracted: &Extracted,
    scorer: &LexicalScorer,
    copies: &Copies,
    story_of: &[usize],
    options: &AlignOptions,
) -> Vec<(usize, usize)> {
    let statements = &extracted.segmented.statements;
    let n = statements.len();
    let classes = &copies.classes;
    let m = classes.len();
    let story = |c: usize| story_of[statements[classes[c][0]].doc];
    // One document of each class, and whether its copies span several.
    let first_doc: Vec<usize> = classes.iter().map(|c| statements[c[0]].doc).collect();
    let multi_doc: Vec<bool> = classes
        .iter()
        .map(|c| c.iter().any(|&i| statements[i].doc != statements[c[0]].doc))
        .collect();
    let apart = |a: usize, b: usize| {
        if a == b {
            multi_doc[a]
        } else {
            multi_doc[a] || multi_doc[b] || first_doc[a] != first_doc[b]
        }
    };
    let cap = ((n as f64 * options.max_df_share) as u32).max(8);
    // Keys: stem ids, then entities after them.
    let mut entity_ids: HashMap<&str, u32> = HashMap::default();
    let mut keys: Vec<Vec<u32>> = Vec::with_capacity(m);
    let vocabulary = scorer.df.len() as u32;
    for c in classes {
        let p = &scorer.profiles[c[0]];
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
    for (c, k) in keys.iter().enumerate() {
        for &key in k {
            postings[key as usize].push(c as u32);
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
    let mut story_classes: Vec<Vec<usize>> = vec![Vec::new(); story_of.len()];
    for c in 0..m {
        story_classes[story(c)].push(c);
    }
    let small: Vec<bool> = story_classes
        .iter()
        .map(|list| list.len() <= options.all_pairs_below)
        .collect();
    let mut pairs: Vec<(usize, usize)> = story_classes
        .par_iter()
        .filter(|list| list.len() <= options.all_pairs_below)
        .flat_map_iter(|list| {
            list.iter().enumerate().flat_map(move |(k, &a)| {
                list[k..]
                    .iter()
                    .filter(move |&&b| apart(a, b))
                    .map(move |&b| (a, b))
            })
        })
        .collect();
    pairs.par_extend(
        (0..m)
            .into_par_iter()
            .filter(|&a| !small[story(a)])
            .flat_map_iter(|a| {
                let mut k = keys[a].clone();
                k.sort_by_key(|&key| (postings[key as usize].len(), key));
                let mut found: Vec<u32> = Vec::new();
                let mut seen = HashSet::default();
                if multi_doc[a] {
                    found.push(a as u32);
                }
                'keys: for key in k {
                    for &b in &postings[key as usize] {
                        let b = b as usize;
                        if b != a && apart(a, b) && story(a) == story(b) && seen.insert(b) {
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
    let mut copies = Copies::new(&extracted, lexical, &stories, &story_of);
    let pairs = candidates(&extracted, lexical, &copies, &story_of, options);
    let st = statements;
    let classes = &copies.classes;
    // One score per pair of classes; a class against itself is scored on
    // two of its copies in different documents.
    let scored: Vec<(usize, usize, Score)> = pairs
        .par_iter()
        .map(|&(c, d)| {
            let x = classes[c][0];
            let y = if c == d {
                *classes[c]
                    .iter()
                    .find(|&&y| st[y].doc != st[x].doc)
                    .expect("a class paired with itself spans documents")
            } else {
                classes[d][0]
            };
            (c, d, scorer.score(x, y))
        })
        .collect();
    // Copies that are not alike enough to be one claim (a statement with
    // no content word) stay apart, one unit each.
    let mut single = vec![true; classes.len()];
    for &(c, d, s) in &scored {
        if c == d {
            single[c] = s.total < options.threshold.max(options.cohesion);
        }
    }
    copies.split(&extracted, &stories, &story_of, &single);
    let copies = copies;
    let classes = &copies.classes;

    // Tier 1, claims: one fact, at most one statement per document, built
    // from mutual best matches (what compare works on). A statement's best
    // match in another document depends only on its class, so it is found
    // once per class and document.
    let mut near: Vec<Vec<(usize, f64)>> = vec![Vec::new(); classes.len()];
    for &(c, d, s) in &scored {
        if s.total >= options.threshold {
            near[c].push((d, s.total));
            if c != d {
                near[d].push((c, s.total));
            }
        }
    }
    // For each class, the statements that are its best match in their
    // document, by class: `chosen[c][d]` are statements of class d.
    let chosen: Vec<BTreeMap<usize, Vec<usize>>> = near
        .par_iter()
        .map(|list| {
            let mut best: HashMap<usize, (f64, usize)> = HashMap::default();
            for &(d, s) in list {
                for &y in &classes[d] {
                    let better = match best.get(&st[y].doc) {
                        None => true,
                        Some(&(bs, bo)) => s > bs || (s == bs && y < bo),
                    };
                    if better {
                        best.insert(st[y].doc, (s, y));
                    }
                }
            }
            let mut by_class: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
            for (_, (_, y)) in best {
                by_class.entry(copies.class_of[y]).or_default().push(y);
            }
            by_class.values_mut().for_each(|v| v.sort_unstable());
            by_class
        })
        .collect();
    // Unit edges: statements x of class c and y of class d are mutual best
    // matches when y is chosen by c and x by d; units u and v are joined by
    // an edge when one such pair runs between them (shown as its first).
    let empty: Vec<usize> = Vec::new();
    let mut unit_edges: Vec<(usize, usize, Edge)> = scored
        .par_iter()
        .filter(|(_, _, s)| s.total >= options.threshold)
        .flat_map_iter(|&(c, d, s)| {
            let xs = chosen[d].get(&c).unwrap_or(&empty);
            let ys = chosen[c].get(&d).unwrap_or(&empty);
            let by_unit = |list: &[usize]| {
                let mut m: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
                for &i in list {
                    m.entry(copies.unit_of[i]).or_default().push(i);
                }
                m
            };
            let (xu, yu) = (by_unit(xs), by_unit(ys));
            let mut out = Vec::new();
            for (&u, xl) in &xu {
                for (&v, yl) in &yu {
                    if u == v || (c == d && u > v) {
                        continue;
                    }
                    if let Some((a, b)) = Copies::witness(&extracted, xl, yl) {
                        out.push((u, v, Edge { a, b, score: s }));
                    }
                }
            }
            out
        })
        .collect();
    unit_edges.sort_by(|(_, _, x), (_, _, y)| {
        y.score
            .total
            .total_cmp(&x.score.total)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });

    // Constrained average-link merging over the mutual-best edges, unit by
    // unit: a unit's copies are one claim from the start.
    let n = statements.len();
    let units = &copies.units;
    let class_score = |c: usize, d: usize| -> f64 {
        let key = (c.min(d), c.max(d));
        // `scored` follows the sorted candidate pairs: a search, not a map.
        match scored.binary_search_by(|&(a, b, _)| (a, b).cmp(&key)) {
            Ok(k) => scored[k].2.total,
            Err(_) => scorer.score(classes[key.0][0], classes[key.1][0]).total,
        }
    };
    let mut cluster: Vec<usize> = (0..units.len()).collect();
    let mut members: BTreeMap<usize, Vec<usize>> = (0..units.len()).map(|u| (u, vec![u])).collect();
    let mut docs: Vec<HashSet<usize>> = units
        .iter()
        .map(|m| m.iter().map(|&i| st[i].doc).collect())
        .collect();
    let mut size: Vec<usize> = units.iter().map(Vec::len).collect();
    // Copies are joined through their first statement.
    let mut kept: Vec<Edge> = Vec::new();
    for (u, m) in units.iter().enumerate() {
        if m.len() > 1 {
            let c = copies.unit_class[u];
            let s = scored
                .binary_search_by(|&(a, b, _)| (a, b).cmp(&(c, c)))
                .map(|k| scored[k].2)
                .expect("a unit of several copies has its self score");
            kept.extend(m[1..].iter().map(|&b| Edge {
                a: m[0],
                b,
                score: s,
            }));
        }
    }
    for (u, v, e) in unit_edges {
        let (ca, cb) = (cluster[u], cluster[v]);
        if ca == cb {
            kept.push(e);
            continue;
        }
        let (small, large) = if docs[ca].len() <= docs[cb].len() {
            (&docs[ca], &docs[cb])
        } else {
            (&docs[cb], &docs[ca])
        };
        if small.iter().any(|d| large.contains(d)) {
            continue;
        }
        let (ma, mb) = (&members[&ca], &members[&cb]);
        let mut sum = 0.0;
        for &x in ma {
            for &y in mb {
                // Pairs already scored are looked up, not scored again.
                let s = class_score(copies.unit_class[x], copies.unit_class[y]);
                sum += (units[x].len() * units[y].len()) as f64 * s;
            }
        }
        if sum / (size[ca] * size[cb]) as f64 >= options.cohesion {
            let moved = members.remove(&cb).unwrap_or_default();
            for &m in &moved {
                cluster[m] = ca;
            }
            members.entry(ca).or_default().extend(moved);
            let moved_docs = std::mem::take(&mut docs[cb]);
            docs[ca].extend(moved_docs);
            size[ca] += size[cb];
            kept.push(e);
        }
    }

    let mut groups: Vec<Vec<usize>> = members
        .into_values()
        .map(|us| us.iter().flat_map(|&u| units[u].iter().copied()).collect())
        .collect();
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
    // several statements of a document allowed (see [`event`]). Every
    // statement pair of two scored classes counts; the pairs between two
    // units are one edge carrying their summed similarity, which is all the
    // clusterer adds up.
    let docs: Vec<usize> = statements.iter().map(|s| s.doc).collect();
    let core = event::core_vectors(&extracted, lexical, &stories, &story_of, options.core_share);
    let mut units_of_class: Vec<Vec<usize>> = vec![Vec::new(); classes.len()];
    for (u, &c) in copies.unit_class.iter().enumerate() {
        units_of_class[c].push(u);
    }
    let mut weighted: Vec<(usize, usize, f64)> = scored
        .par_iter()
        .flat_map_iter(|&(c, d, s)| {
            let cos = score::cosine(&core[classes[c][0]], &core[classes[d][0]]);
            let w = options.lexical_weight * s.total + (1.0 - options.lexical_weight) * cos;
            let mut out = Vec::new();
            for &u in &units_of_class[c] {
                for &v in &units_of_class[d] {
                    if u == v || (c == d && u > v) {
                        continue;
                    }
                    let count = copies.cross_pairs(&extracted, u, v);
                    if count == 0 {
                        continue;
                    }
                    if let Some((a, b)) = Copies::witness(&extracted, &units[u], &units[v]) {
                        out.push((a, b, if count == 1 { w } else { count as f64 * w }));
                    }
                }
            }
            out
        })
        .collect();
    weighted.par_sort_unstable_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
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
