//! Compare: for every claim that two or more sources carry, decide for each
//! detail slot whether the sources agree, are compatible or disagree, and
//! explain it.
//!
//! Slots and their rules (see `docs/design.md`):
//! * **quantity** — paired by what they count (counted noun or unit) and
//!   compared as intervals: same value → agree, overlapping → compatible,
//!   disjoint → conflict. Part-of-whole figures that count different things
//!   for the same fact ("47 of 56 countries", "a majority of the 281
//!   lawmakers") → one discrepancy.
//! * **date** — day intervals: equal → agree, overlapping (different
//!   precision) → compatible, disjoint → conflict, unless the statements
//!   name different occasions.
//! * **entity** — one person with different titles (capitalized or in lower
//!   case, abbreviations written out): a variant (one title inside the
//!   other) is compatible, another office (or a rank word such as "deputy"
//!   added or dropped) is a discrepancy; different people named for the
//!   same act or role → conflict.
//! * **quote** — the same quotation compared word by word; a different
//!   speaker is an attribution conflict.
//! * **polarity** — the same claim negated in one source only, or an act
//!   one source says someone refused and another says they did ("refused
//!   to concede", "conceded defeat") → conflict.

mod rules;

use crate::align::ClaimGraph;
use crate::extract::{Detail, DetailKind};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    Quantity,
    Date,
    Entity,
    Quote,
    Polarity,
    Attribution,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Quantity => "quantity",
            FindingKind::Date => "date",
            FindingKind::Entity => "entity",
            FindingKind::Quote => "quote",
            FindingKind::Polarity => "polarity",
            FindingKind::Attribution => "attribution",
        }
    }
}

/// How the sources' values relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Agree,
    Compatible,
    Discrepancy,
    Conflict,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Compatible => "compatible",
            Verdict::Discrepancy => "discrepancy",
            Verdict::Conflict => "conflict",
        }
    }

    /// Discrepancies and conflicts are flagged for review.
    pub fn flagged(self) -> bool {
        matches!(self, Verdict::Discrepancy | Verdict::Conflict)
    }
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// One source's value in a finding.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingValue {
    /// Statement index.
    pub statement: usize,
    pub detail: Detail,
}

/// A finding: one claim's detail slot, with every source's value.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// `f-` and 12 hex digits of a hash of the finding's normalized content:
    /// the same across runs and input orders.
    pub id: String,
    pub kind: FindingKind,
    pub verdict: Verdict,
    pub severity: Severity,
    /// Claim index.
    pub claim: usize,
    /// What is compared, in plain words ("people killed", "day Reid
    /// checked in"); empty when the rule names none.
    pub measure: String,
    pub values: Vec<FindingValue>,
    pub explanation: String,
    /// The rule that decided the verdict (for `explain`).
    pub rule: &'static str,
    /// Pairs of documents (indices, smaller first) whose values disagree.
    pub disagreeing: Vec<(usize, usize)>,
}

/// Agreement between two sources: of the claims they share, how many have
/// no discrepancy or conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairAgreement {
    pub a: String,
    pub b: String,
    pub shared_claims: usize,
    pub agreeing_claims: usize,
    /// `agreeing_claims / shared_claims`, null when they share none.
    pub agreement: Option<f64>,
}

/// The comparison of a story.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub graph: ClaimGraph,
    /// Sorted by severity (high first), then kind, then claim.
    pub findings: Vec<Finding>,
    /// One entry per pair of documents of a story, sorted by their ids; in
    /// a story of more than [`ALL_PAIRS_UP_TO`] documents only the pairs
    /// that share a claim.
    pub agreement: Vec<PairAgreement>,
}

/// Stories of at most this many documents list every pair of documents in
/// `agreement`; larger ones only the pairs that share a claim: the pairs
/// that share none say nothing (their agreement is null) and grow with the
/// square of the story (12 of 20 MB of report at 500 articles).
pub const ALL_PAIRS_UP_TO: usize = 50;

impl Comparison {
    /// Document ids carrying claim `c`, in document order.
    pub fn claim_docs(&self, c: usize) -> Vec<usize> {
        let st = &self.graph.extracted.segmented.statements;
        let mut docs: Vec<usize> = self.graph.claims[c]
            .statements
            .iter()
            .map(|&s| st[s].doc)
            .collect();
        docs.dedup();
        docs
    }
}

/// Compares the details of every claim carried by two or more documents.
pub fn compare(graph: ClaimGraph) -> Comparison {
    use rayon::prelude::*;
    // Claims are judged apart, so in parallel; gathered in claim order.
    let per_claim: Vec<Vec<Finding>> = graph
        .claims
        .par_iter()
        .enumerate()
        .map(|(c, claim)| {
            let mut findings = Vec::new();
            let st = &graph.extracted.segmented.statements;
            let first = claim.statements.first().map(|&s| st[s].doc);
            if claim.statements.iter().any(|&s| Some(st[s].doc) != first) {
                rules::claim_findings(&graph, c, &mut findings);
                for f in &mut findings {
                    f.id = finding_id(&graph, f);
                }
            }
            findings
        })
        .collect();
    let mut findings: Vec<Finding> = per_claim.into_iter().flatten().collect();
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(b.verdict.cmp(&a.verdict))
            .then(a.kind.cmp(&b.kind))
            .then(a.claim.cmp(&b.claim))
            .then(a.id.cmp(&b.id))
    });
    let agreement = agreement(&graph, &findings);
    Comparison {
        graph,
        findings,
        agreement,
    }
}

fn finding_id(graph: &ClaimGraph, f: &Finding) -> String {
    let docs = &graph.extracted.segmented.corpus.documents;
    let st = &graph.extracted.segmented.statements;
    let mut parts: Vec<String> = f
        .values
        .iter()
        .map(|v| {
            format!(
                "{}\u{1f}{}\u{1f}{}",
                docs[st[v.statement].doc].id, st[v.statement].text, v.detail.text
            )
        })
        .collect();
    parts.sort();
    let mut h = Sha256::new();
    h.update(f.kind.as_str());
    for p in parts {
        h.update([0x1e]);
        h.update(p.as_bytes());
    }
    let digest = h.finalize();
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("f-{hex}")
}

/// Agreement of the pairs of documents of each story (documents of
/// different stories share no claim by construction). Counted claim by
/// claim: one entry per claim and pair of its documents, sorted, so that a
/// run of one pair counts its claims without a map of every pair.
fn agreement(graph: &ClaimGraph, findings: &[Finding]) -> Vec<PairAgreement> {
    use rayon::prelude::*;
    use std::collections::BTreeSet;
    let docs = &graph.extracted.segmented.corpus.documents;
    let st = &graph.extracted.segmented.statements;
    let mut disagreeing: BTreeSet<(usize, usize, usize)> = BTreeSet::new();
    for f in findings {
        for &(a, b) in &f.disagreeing {
            disagreeing.insert((f.claim, a, b));
        }
    }
    let disagreeing = &disagreeing;
    // (a, b, disagrees) per claim they share.
    let mut shared: Vec<(u32, u32, bool)> = graph
        .claims
        .par_iter()
        .enumerate()
        .flat_map_iter(|(c, claim)| {
            let mut ds: Vec<usize> = claim.statements.iter().map(|&s| st[s].doc).collect();
            ds.sort_unstable();
            ds.dedup();
            let mut pairs = Vec::with_capacity(ds.len() * ds.len().saturating_sub(1) / 2);
            for (i, &a) in ds.iter().enumerate() {
                for &b in &ds[i + 1..] {
                    pairs.push((a as u32, b as u32, disagreeing.contains(&(c, a, b))));
                }
            }
            pairs
        })
        .collect();
    shared.par_sort_unstable();
    // (a, b) → (shared claims, disagreeing claims), sorted by (a, b).
    let mut counts: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for (a, b, bad) in shared {
        let key = (a as usize, b as usize);
        match counts.last_mut() {
            Some((k, c)) if *k == key => {
                c.0 += 1;
                c.1 += usize::from(bad);
            }
            _ => counts.push((key, (1, usize::from(bad)))),
        }
    }
    let pair = |a: usize, b: usize, (shared, bad): (usize, usize)| PairAgreement {
        a: docs[a].id.clone(),
        b: docs[b].id.clone(),
        shared_claims: shared,
        agreeing_claims: shared - bad,
        agreement: (shared > 0).then(|| (shared - bad) as f64 / shared as f64),
    };
    let mut out = Vec::new();
    for story in &graph.stories {
        if story.len() > ALL_PAIRS_UP_TO {
            continue;
        }
        for (i, &a) in story.iter().enumerate() {
            for &b in &story[i + 1..] {
                let key = (a.min(b), a.max(b));
                let c = counts
                    .binary_search_by_key(&key, |&(k, _)| k)
                    .map_or((0, 0), |at| counts[at].1);
                out.push(pair(key.0, key.1, c));
            }
        }
    }
    out.extend(
        counts
            .into_iter()
            .filter(|&((a, _), _)| graph.stories[graph.story_of[a]].len() > ALL_PAIRS_UP_TO)
            .map(|((a, b), c)| pair(a, b, c)),
    );
    out.par_sort_by(|x, y| x.a.cmp(&y.a).then(x.b.cmp(&y.b)));
    out
}

/// Details of one kind of a statement.
pub(crate) fn details_of(graph: &ClaimGraph, s: usize, kind: DetailKind) -> Vec<&Detail> {
    graph.extracted.of_kind(s, kind).collect()
}
