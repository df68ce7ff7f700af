//! Average-link agglomeration over a sparse similarity graph.
//!
//! The linkage of two clusters is the sum of the similarities between their
//! members divided by the number of member pairs that could be compared; a
//! pair without an edge counts as zero. So a cluster grows only while most of
//! its members are like most of the newcomer's: one strong link between two
//! otherwise unrelated groups (single-link chaining) is diluted by the pairs
//! that share nothing.
//!
//! Items carry a group (the document of a statement): pairs inside one group
//! are left out of the count, since a document is not compared with itself,
//! and with `one_per_group` two clusters holding one group never merge.
//!
//! Cost: each cluster keeps the summed similarity to its neighbours; a merge
//! folds the smaller neighbour map into the larger, and a max-heap with lazy
//! re-evaluation picks the next merge, so the whole run is close to
//! O(E log E) for E edges. Merging a pair can only lower its linkage to a
//! third cluster below the larger of the two old ones, so a stale heap entry
//! is an upper bound and re-evaluating it when it comes up is exact.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

/// How clusters merge.
#[derive(Debug, Clone, Copy)]
pub struct Linkage {
    /// Minimum average similarity of a merged pair of clusters.
    pub threshold: f64,
    /// At most one item of a group per cluster.
    pub one_per_group: bool,
}

struct Entry {
    link: f64,
    a: usize,
    b: usize,
    versions: (u32, u32),
}

impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    // Highest linkage first; ties by the lower cluster ids, so the merge
    // order (and the result) does not depend on the edge order.
    fn cmp(&self, o: &Self) -> Ordering {
        self.link
            .total_cmp(&o.link)
            .then(o.a.cmp(&self.a))
            .then(o.b.cmp(&self.b))
            .then(o.versions.cmp(&self.versions))
    }
}

/// Clusters `groups.len()` items joined by `edges` `(a, b, similarity)`.
/// Returns the clusters, each sorted, ordered by their first item.
pub fn average_link(
    groups: &[usize],
    edges: &[(usize, usize, f64)],
    linkage: Linkage,
) -> Vec<Vec<usize>> {
    let singletons: Vec<Vec<usize>> = (0..groups.len()).map(|i| vec![i]).collect();
    average_link_from(groups, &singletons, edges, linkage)
}

/// [`average_link`] starting from given clusters (a partition of the
/// items) instead of singletons: coarser clusters built on finer ones.
pub fn average_link_from(
    groups: &[usize],
    start: &[Vec<usize>],
    edges: &[(usize, usize, f64)],
    linkage: Linkage,
) -> Vec<Vec<usize>> {
    let n = groups.len();
    let mut cluster_of: Vec<usize> = (0..n).collect();
    for c in start {
        for &i in c {
            cluster_of[i] = c[0];
        }
    }
    let mut parent: Vec<usize> = (0..n).collect();
    let mut version = vec![0u32; n];
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); n];
    // Items per group in each cluster, to count the comparable pairs.
    let mut group_count: Vec<HashMap<usize, u32>> = vec![HashMap::new(); n];
    for i in 0..n {
        members[cluster_of[i]].push(i);
        *group_count[cluster_of[i]].entry(groups[i]).or_insert(0) += 1;
    }
    let mut adjacency: Vec<HashMap<usize, f64>> = vec![HashMap::new(); n];
    let mut heap = BinaryHeap::with_capacity(edges.len());
    for &(a, b, s) in edges {
        let (ca, cb) = (cluster_of[a], cluster_of[b]);
        if ca == cb || groups[a] == groups[b] {
            continue;
        }
        *adjacency[ca].entry(cb).or_insert(0.0) += s;
        *adjacency[cb].entry(ca).or_insert(0.0) += s;
    }
    for (a, adj) in adjacency.iter().enumerate() {
        for (&b, &sum) in adj {
            if a < b {
                let link = average(sum, &group_count, &members, a, b);
                if link >= linkage.threshold {
                    heap.push(Entry {
                        link,
                        a,
                        b,
                        versions: (0, 0),
                    });
                }
            }
        }
    }
    // The versions each pair was last queued with: the stale entries of a
    // merged cluster's neighbours all re-evaluate to one pair, and queuing
    // it once per stale entry made the heap hold (and re-evaluate at every
    // later merge) one copy per merge, cubic on a dense graph.
    let mut queued: HashMap<(usize, usize), (u32, u32)> = HashMap::new();
    while let Some(e) = heap.pop() {
        let Some((a, b)) = current_pair(
            &e,
            &mut parent,
            &version,
            &mut queued,
            &mut heap,
            linkage.threshold,
            |a, b| {
                adjacency[a]
                    .get(&b)
                    .map(|&sum| average(sum, &group_count, &members, a, b))
            },
        ) else {
            continue;
        };
        if linkage.one_per_group {
            let (_, same) = comparable(&group_count[a], &group_count[b], 1, 1);
            if same > 0 {
                continue;
            }
        }
        // Fold the smaller cluster into the larger (ties: into the lower id),
        // so that an item's neighbours are moved O(log n) times.
        let (keep, gone) = if adjacency[b].len() > adjacency[a].len() {
            (b, a)
        } else {
            (a, b)
        };
        absorb(&mut parent, &mut version, &mut members, keep, gone);
        let counts = std::mem::take(&mut group_count[gone]);
        for (g, c) in counts {
            *group_count[keep].entry(g).or_insert(0) += c;
        }
        let adj = std::mem::take(&mut adjacency[gone]);
        for (c, s) in adj {
            if c == keep {
                continue;
            }
            adjacency[c].remove(&gone);
            *adjacency[c].entry(keep).or_insert(0.0) += s;
            *adjacency[keep].entry(c).or_insert(0.0) += s;
        }
        adjacency[keep].remove(&gone);
    }
    let mut clusters: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for c in &mut clusters {
        c.sort_unstable();
    }
    clusters.sort_by_key(|c| c[0]);
    clusters
}

/// Summed similarities between clusters that the caller computes from the
/// clusters themselves (summed vectors, see [`super::doc_sums`]) rather
/// than from an edge for every pair of items.
pub trait Sums: Sync {
    /// The summed similarity over the item pairs of clusters `a` and `b`
    /// (each named by the item it is kept under).
    fn between(&self, a: usize, b: usize) -> f64;
    /// Adds cluster `gone` to cluster `keep`.
    fn fold(&mut self, keep: usize, gone: usize);
}

/// Average link over `n` items, each its own group, where only clusters
/// joined by one of `pairs` are candidates for a merge but their linkage
/// counts every pair of their items (through `sums`): a sparse candidate
/// graph then finds the merges without diluting them, as a pair left out
/// of it would be if it counted as zero.
///
/// With every pair of items in `pairs` this is [`average_link`] over the
/// complete graph. With fewer, a stale heap entry may underestimate a
/// cluster pair whose new member is like the other without an edge to it,
/// so a merge can come later than in the complete graph; it still comes.
pub fn average_link_summed<S: Sums>(
    n: usize,
    pairs: &[(usize, usize)],
    sums: &mut S,
    threshold: f64,
) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    let mut parent: Vec<usize> = (0..n).collect();
    let mut version = vec![0u32; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let initial: Vec<Entry> = {
        let sums = &*sums;
        pairs
            .par_iter()
            .filter(|&&(a, b)| a != b)
            .filter_map(|&(a, b)| {
                let link = sums.between(a, b);
                (link >= threshold).then_some(Entry {
                    link,
                    a: a.min(b),
                    b: a.max(b),
                    versions: (0, 0),
                })
            })
            .collect()
    };
    let mut heap = BinaryHeap::from(initial);
    let mut queued: HashMap<(usize, usize), (u32, u32)> = HashMap::new();
    loop {
        let Some(e) = heap.pop() else {
            // A pair dropped below the threshold may have risen above it
            // since, by a merge with a cluster it had no candidate pair
            // with: look again at every joined pair of clusters until none
            // is left to merge.
            let mut joined: Vec<(usize, usize)> = pairs
                .iter()
                .map(|&(a, b)| (find(&mut parent, a), find(&mut parent, b)))
                .filter(|&(a, b)| a != b)
                .map(|(a, b)| (a.min(b), a.max(b)))
                .collect();
            joined.sort_unstable();
            joined.dedup();
            let sums = &*sums;
            let members = &members;
            heap.extend(
                joined
                    .into_par_iter()
                    .map(|(a, b)| Entry {
                        link: sums.between(a, b) / (members[a].len() * members[b].len()) as f64,
                        a,
                        b,
                        versions: (version[a], version[b]),
                    })
                    .filter(|e| e.link >= threshold)
                    .collect::<Vec<_>>(),
            );
            if heap.is_empty() {
                break;
            }
            continue;
        };
        let Some((a, b)) = current_pair(
            &e,
            &mut parent,
            &version,
            &mut queued,
            &mut heap,
            threshold,
            |a, b| Some(sums.between(a, b) / (members[a].len() * members[b].len()) as f64),
        ) else {
            continue;
        };
        let (keep, gone) = if members[b].len() > members[a].len() {
            (b, a)
        } else {
            (a, b)
        };
        absorb(&mut parent, &mut version, &mut members, keep, gone);
        sums.fold(keep, gone);
    }
    let mut clusters: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for c in &mut clusters {
        c.sort_unstable();
    }
    clusters.sort_by_key(|c| c[0]);
    clusters
}

/// The average link of clusters `a` and `b`: the summed similarity over the
/// pairs of their items that may be compared (items of different groups).
fn average(
    sum: f64,
    group_count: &[HashMap<usize, u32>],
    members: &[Vec<usize>],
    a: usize,
    b: usize,
) -> f64 {
    let (pairs, _) = comparable(
        &group_count[a],
        &group_count[b],
        members[a].len(),
        members[b].len(),
    );
    if pairs == 0 {
        0.0
    } else {
        sum / pairs as f64
    }
}

/// Pairs of items of two clusters in different groups, and in one group.
fn comparable(
    ga: &HashMap<usize, u32>,
    gb: &HashMap<usize, u32>,
    na: usize,
    nb: usize,
) -> (u64, u64) {
    let (small, large) = if ga.len() <= gb.len() {
        (ga, gb)
    } else {
        (gb, ga)
    };
    let same: u64 = small
        .iter()
        .map(|(g, &c)| c as u64 * large.get(g).copied().unwrap_or(0) as u64)
        .sum();
    (na as u64 * nb as u64 - same, same)
}

/// The clusters of a pair popped from a lazy heap, when its entry is
/// current. `None` when they are already one cluster, or when the entry is
/// stale (a merge changed either side since it was queued): the pair is
/// then queued again at its current link (`link`, `None` when it has no
/// edge), if that reaches `threshold`, and only once per versions, since
/// the stale entries of a merged cluster's neighbours all re-evaluate to
/// one pair.
fn current_pair(
    e: &Entry,
    parent: &mut [usize],
    version: &[u32],
    queued: &mut HashMap<(usize, usize), (u32, u32)>,
    heap: &mut BinaryHeap<Entry>,
    threshold: f64,
    link: impl FnOnce(usize, usize) -> Option<f64>,
) -> Option<(usize, usize)> {
    let (a, b) = (find(parent, e.a), find(parent, e.b));
    if a == b {
        return None;
    }
    let (a, b) = (a.min(b), a.max(b));
    let current = (version[a], version[b]);
    if (e.a, e.b) == (a, b) && e.versions == current {
        return Some((a, b));
    }
    if queued.insert((a, b), current) == Some(current) {
        return None;
    }
    if let Some(link) = link(a, b).filter(|&l| l >= threshold) {
        heap.push(Entry {
            link,
            a,
            b,
            versions: current,
        });
    }
    None
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Folds cluster `gone` into `keep`: its items now answer to `keep`, and
/// the links queued for `keep` are stale.
fn absorb(
    parent: &mut [usize],
    version: &mut [u32],
    members: &mut [Vec<usize>],
    keep: usize,
    gone: usize,
) {
    parent[gone] = keep;
    version[keep] += 1;
    let moved = std::mem::take(&mut members[gone]);
    members[keep].extend(moved);
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANY: Linkage = Linkage {
        threshold: 0.5,
        one_per_group: false,
    };

    #[test]
    fn a_chain_does_not_become_one_cluster() {
        // 0–1 and 2–3 are tight; one strong 1–2 link alone must not join
        // them, since 0–2, 0–3 and 1–3 share nothing.
        let edges = [(0, 1, 0.9), (2, 3, 0.9), (1, 2, 0.95)];
        let c = average_link(&[0, 1, 2, 3], &edges, ANY);
        assert_eq!(c, vec![vec![0], vec![1, 2], vec![3]]);
    }

    #[test]
    fn a_clique_gathers_and_pairs_inside_a_group_do_not_count() {
        // Items 0 and 1 are one document: unscored, yet one cluster with 2.
        let edges = [(0, 2, 0.8), (1, 2, 0.7)];
        assert_eq!(average_link(&[0, 0, 1], &edges, ANY), vec![vec![0, 1, 2]]);
        let one = Linkage {
            one_per_group: true,
            ..ANY
        };
        assert_eq!(
            average_link(&[0, 0, 1], &edges, one),
            vec![vec![0, 2], vec![1]]
        );
    }

    #[test]
    fn the_result_does_not_depend_on_edge_order() {
        let edges = vec![
            (0, 1, 0.6),
            (1, 2, 0.6),
            (0, 2, 0.6),
            (3, 4, 0.9),
            (2, 3, 0.55),
        ];
        let mut rev = edges.clone();
        rev.reverse();
        let groups = [0, 1, 2, 3, 4];
        assert_eq!(
            average_link(&groups, &edges, ANY),
            average_link(&groups, &rev, ANY)
        );
    }
}
