//! Compare: decide for every fact group, claim, person and quotation of a
//! story whether the sources agree, are compatible or disagree, and explain
//! it.
//!
//! Verdicts: **agree** (the same value), **compatible** (values that can
//! both be true: different precision, a variant of a title, an excerpt of a
//! quote, an update of a running count), **discrepancy** (the same fact
//! reported in terms that do not match and must be reconciled by a reader:
//! one vote's backing told in different units, one person given another
//! office, a quotation cut where it says a number), **conflict** (values
//! that cannot both be true: disjoint figures or dates, a changed number or
//! negation in a quote, a quote in different mouths, a claim negated).
//!
//! Where the rules live:
//! * [`facts`]: figures and dates, on the fact groups of the facts stage.
//! * [`claims`]: one fact told in different units (part-of-whole figures
//!   of one claim), different persons named for one act, polarity
//!   ([`polarity`]).
//! * [`entity`]: a person's offices across a story.
//! * [`spelling`]: a person's name spelled two ways across a story.
//! * [`quote`]: quotations and their speakers across a story.

mod bearing;
mod claims;
mod entity;
mod facts;
mod polarity;
mod quote;
mod spelling;

use crate::align::ClaimGraph;
use crate::extract::{Detail, DetailKind};
use crate::facts::{Fact, FactGroup, Facts};
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
    /// The claim judged, for rules on one claim.
    pub claim: Option<usize>,
    /// The fact group judged, for figures and dates.
    pub fact: Option<usize>,
    /// What is compared, in plain words ("people, killed", "date of
    /// checked (Tara Reid)", "title of Dick Baddour").
    pub measure: String,
    pub values: Vec<FindingValue>,
    pub explanation: String,
    /// The rule that decided the verdict (for `explain`).
    pub rule: &'static str,
    /// Pairs of documents (indices, smaller first) whose values disagree.
    pub disagreeing: Vec<(usize, usize)>,
}

/// Agreement between two sources: of the claims and facts they share, how
/// many have no discrepancy or conflict between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairAgreement {
    pub a: String,
    pub b: String,
    pub shared_claims: usize,
    pub agreeing_claims: usize,
    /// Fact groups both give a value of.
    pub shared_facts: usize,
    pub agreeing_facts: usize,
    /// `(agreeing_claims + agreeing_facts) / (shared_claims +
    /// shared_facts)`, null when they share nothing.
    pub agreement: Option<f64>,
}

/// The comparison of a story.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub graph: ClaimGraph,
    /// Every fact read (see [`crate::facts`]).
    pub facts: Vec<Fact>,
    /// Facts of different documents that measure one thing.
    pub groups: Vec<FactGroup>,
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

/// Judges every fact group, every claim carried by two or more documents,
/// and each story's persons and quotations.
pub fn compare(facts: Facts) -> Comparison {
    use rayon::prelude::*;
    let Facts {
        graph,
        facts,
        groups,
    } = facts;
    let st = &graph.extracted.segmented.statements;
    // Claims are judged apart, so in parallel; gathered in claim order.
    let mut findings: Vec<Finding> = graph
        .claims
        .par_iter()
        .enumerate()
        .flat_map_iter(|(c, claim)| {
            let mut out = Vec::new();
            let first = claim.statements.first().map(|&s| st[s].doc);
            if claim.statements.iter().any(|&s| Some(st[s].doc) != first) {
                claims::claim_findings(&graph, c, &mut out);
            }
            out
        })
        .collect();
    findings.par_extend(
        groups
            .par_iter()
            .enumerate()
            .map(|(g, group)| facts::group_finding(&graph, &facts, g, group)),
    );
    let mut statements_of: Vec<Vec<usize>> =
        vec![Vec::new(); graph.extracted.segmented.corpus.documents.len()];
    for (s, statement) in st.iter().enumerate() {
        statements_of[statement.doc].push(s);
    }
    // The distances told with a compass word, by story.
    let mut bearings_of: Vec<Vec<&Fact>> = vec![Vec::new(); graph.stories.len()];
    for f in facts.iter().filter(|f| f.measure.bearing.is_some()) {
        bearings_of[graph.story_of[f.doc]].push(f);
    }
    findings.par_extend(
        graph
            .stories
            .par_iter()
            .enumerate()
            .flat_map_iter(|(story, docs)| {
                let mut out = Vec::new();
                if docs.len() >= 2 {
                    bearing::bearings(&graph, &bearings_of[story], &mut out);
                    entity::titles(&graph, docs, &statements_of, &mut out);
                    spelling::spellings(&graph, docs, &statements_of, &mut out);
                    quote::quotes(&graph, docs, &statements_of, &mut out);
                    polarity::refusals(&graph, docs, &statements_of, &mut out);
                }
                out
            }),
    );
    findings
        .par_iter_mut()
        .for_each(|f| f.id = finding_id(&graph, f));
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(b.verdict.cmp(&a.verdict))
            .then(a.kind.cmp(&b.kind))
            .then(a.id.cmp(&b.id))
    });
    let agreement = agreement(&graph, &groups, &facts, &findings);
    Comparison {
        graph,
        facts,
        groups,
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
/// different stories share no claim or fact by construction). Counted item
/// by item (claims, then fact groups): one entry per item and pair of its
/// documents, sorted, so that a run of one pair counts its items without a
/// map of every pair.
fn agreement(
    graph: &ClaimGraph,
    groups: &[FactGroup],
    facts: &[Fact],
    findings: &[Finding],
) -> Vec<PairAgreement> {
    use rayon::prelude::*;
    use std::collections::BTreeSet;
    let docs = &graph.extracted.segmented.corpus.documents;
    let st = &graph.extracted.segmented.statements;
    // (is a fact group, item, a, b) of the disagreeing pairs.
    let mut disagreeing: BTreeSet<(bool, usize, usize, usize)> = BTreeSet::new();
    for f in findings {
        for &(a, b) in &f.disagreeing {
            match (f.claim, f.fact) {
                (Some(c), _) => {
                    disagreeing.insert((false, c, a, b));
                }
                (None, Some(g)) => {
                    disagreeing.insert((true, g, a, b));
                }
                (None, None) => {
                    // A story-level finding counts against the claims its
                    // values stand in.
                    for v in &f.values {
                        let d = st[v.statement].doc;
                        if d == a || d == b {
                            disagreeing.insert((false, graph.claim_of[v.statement], a, b));
                        }
                    }
                }
            }
        }
    }
    let disagreeing = &disagreeing;
    let pairs_of = |fact: bool, item: usize, mut ds: Vec<usize>| {
        ds.sort_unstable();
        ds.dedup();
        let mut pairs = Vec::with_capacity(ds.len() * ds.len().saturating_sub(1) / 2);
        for (i, &a) in ds.iter().enumerate() {
            for &b in &ds[i + 1..] {
                pairs.push((
                    a as u32,
                    b as u32,
                    fact,
                    disagreeing.contains(&(fact, item, a, b)),
                ));
            }
        }
        pairs
    };
    // (a, b, is a fact group, disagrees) per item they share.
    let mut shared: Vec<(u32, u32, bool, bool)> = graph
        .claims
        .par_iter()
        .enumerate()
        .flat_map_iter(|(c, claim)| {
            pairs_of(
                false,
                c,
                claim.statements.iter().map(|&s| st[s].doc).collect(),
            )
        })
        .collect();
    shared.par_extend(groups.par_iter().enumerate().flat_map_iter(|(g, group)| {
        pairs_of(true, g, group.facts.iter().map(|&f| facts[f].doc).collect())
    }));
    shared.par_sort_unstable();
    // (a, b) → [shared claims, bad claims, shared facts, bad facts].
    let mut counts: Vec<((usize, usize), [usize; 4])> = Vec::new();
    for (a, b, fact, bad) in shared {
        let key = (a as usize, b as usize);
        if counts.last().is_none_or(|(k, _)| *k != key) {
            counts.push((key, [0; 4]));
        }
        let c = &mut counts.last_mut().expect("just pushed").1;
        let at = if fact { 2 } else { 0 };
        c[at] += 1;
        c[at + 1] += usize::from(bad);
    }
    let pair = |a: usize, b: usize, c: [usize; 4]| {
        let shared = c[0] + c[2];
        let good = shared - c[1] - c[3];
        PairAgreement {
            a: docs[a].id.clone(),
            b: docs[b].id.clone(),
            shared_claims: c[0],
            agreeing_claims: c[0] - c[1],
            shared_facts: c[2],
            agreeing_facts: c[2] - c[3],
            agreement: (shared > 0).then(|| good as f64 / shared as f64),
        }
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
                    .map_or([0; 4], |at| counts[at].1);
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

/// Every person a story's documents name, in document and statement order:
/// (document, statement, the detail, its entity).
pub(crate) fn persons_of<'a>(
    graph: &'a ClaimGraph,
    docs: &'a [usize],
    statements: &'a [Vec<usize>],
) -> impl Iterator<
    Item = (
        usize,
        usize,
        &'a Detail,
        &'a crate::extract::entity::EntityValue,
    ),
> + 'a {
    docs.iter().flat_map(move |&d| {
        statements[d].iter().flat_map(move |&s| {
            graph
                .extracted
                .of_kind(s, DetailKind::Entity)
                .filter_map(move |det| match &det.normalized {
                    crate::extract::Normalized::Entity(e)
                        if e.entity == crate::extract::entity::EntityKind::Person =>
                    {
                        Some((d, s, det, e))
                    }
                    _ => None,
                })
        })
    })
}
