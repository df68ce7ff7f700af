//! Real-news evaluation on ECB+ (`tests/fixtures/ecbplus/stories`): each
//! topic half is one real event told by several outlets, and each half is
//! compared on its own, as a user would compare one cluster of articles.
//!
//! Three measures, each split into odd topics (tuned on) and even topics
//! (held out, the check that the rules generalize):
//!
//! * **precision** over the flagged findings (verdict discrepancy or
//!   conflict) that a strict fact-checker has judged
//!   (`tests/fixtures/realnews/judgements.jsonl`): TRUE, UPDATE (a later
//!   figure of a running count) or FALSE with its cause. A judgement is kept
//!   per flagged *pair* (two sources' values the finding says disagree),
//!   keyed by the kind, the two documents and the byte spans of the two
//!   values, so it survives re-runs and new finding ids; a span judged
//!   matches any value span that overlaps it in the same document. A finding
//!   holds up when every flagged pair of it is judged TRUE or UPDATE.
//! * **recall** on the gold written blind, before the tool ran
//!   (`tests/fixtures/realnews/gold/<half>.jsonl`): a disagreement is found
//!   when some flagged pair has one value inside one side's quote and the
//!   other inside the quote of a side with another value.
//! * **look-alikes flagged**: gold pairs of consistent values (or different
//!   measures) that a flagged pair covers.
//!
//! With `--one-event`, each half or cluster is compared as one story (the
//! `--one-event` option of `crosscheck compare`), as a user who gathered
//! the articles of one event would run it.
//!
//! With `--mixed`, each topic is also run with both halves together (two
//! different events of one kind): a flagged pair between the halves joins
//! different events and is counted.
//!
//! ```text
//! cargo run --release --example eval_realnews [-- [--split odd|even]
//!     [--show unjudged|false|missed|lookalikes|flagged|true|links|why|facts|history|candidates]
//!     [--half H] [--todo FILE] [--mixed] [--candidates] [--one-event]]
//! ```
//! `--show links` prints, under each judged pair, the fact layer's link
//! between its two facts (same claim, sure, strong, acts, holders, context);
//! `why` the facts read inside a missed gold item's quotes; `facts` every
//! fact; `history` one JSON line per judgement ever made in the halves run
//! (flagged now or not): its verdict and the present link between its two
//! facts, to try a gate against every judged pair before changing a rule.
//! `--candidates` also counts the pairs a fact group holds whose values
//! differ but which the tool does not flag, and writes the unjudged ones to
//! the `--todo` file too: judged, they show what the gates hold back.
//! With `EVAL_LINKED=1` in the environment, the pairs of one story linked
//! but not surely (the ones that never reach a group) are added as well. `--todo FILE` writes the unjudged pairs, with their statements, as
//! JSON lines for a judge. Always exits 0 unless an input cannot be read.

use crosscheck::compare::Comparison;
use crosscheck::ingest::Input;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One side of a gold item: a document, a short exact quote of it, the
/// value as that article gives it.
#[derive(Debug, Clone, Deserialize)]
struct Side {
    doc: String,
    quote: String,
    value: String,
    #[serde(default)]
    occurrence: Option<usize>,
}

/// A gold item: a disagreement, an update or a look-alike.
#[derive(Debug, Clone, Deserialize)]
struct Gold {
    id: String,
    #[serde(rename = "type")]
    kind_of_item: String,
    kind: String,
    measure: String,
    sides: Vec<Side>,
}

/// One side of a judged pair.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
struct Span {
    doc: String,
    start: usize,
    end: usize,
    text: String,
}

/// A judgement of one flagged pair.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Judgement {
    half: String,
    kind: String,
    a: Span,
    b: Span,
    /// TRUE, UPDATE or FALSE.
    verdict: String,
    /// For FALSE: why (different-measures, extraction, quote-trivia,
    /// polarity-misread, different-things, other).
    #[serde(default)]
    cause: String,
    #[serde(default)]
    why: String,
}

/// A flagged pair as the tool gives it.
#[derive(Debug, Clone, Serialize)]
struct Pair {
    half: String,
    kind: String,
    verdict: String,
    measure: String,
    finding: String,
    a: Span,
    b: Span,
    a_statement: String,
    b_statement: String,
    explanation: String,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn same_span(j: &Span, p: &Span) -> bool {
    j.doc == p.doc && overlaps((j.start, j.end), (p.start, p.end))
}

impl Judgement {
    fn covers(&self, p: &Pair) -> bool {
        self.half == p.half
            && self.kind == p.kind
            && ((same_span(&self.a, &p.a) && same_span(&self.b, &p.b))
                || (same_span(&self.a, &p.b) && same_span(&self.b, &p.a)))
    }
}

/// The flagged pairs of one comparison, grouped by finding.
fn flagged_pairs(half: &str, cmp: &Comparison) -> Vec<Vec<Pair>> {
    let seg = &cmp.graph.extracted.segmented;
    let docs = &seg.corpus.documents;
    let st = &seg.statements;
    let mut out = Vec::new();
    for f in cmp.findings.iter().filter(|f| f.verdict.flagged()) {
        let mut pairs = Vec::new();
        for &(da, db) in &f.disagreeing {
            let side = |d: usize| -> Vec<(Span, String)> {
                f.values
                    .iter()
                    .filter(|v| st[v.statement].doc == d)
                    .map(|v| {
                        (
                            Span {
                                doc: docs[d].id.clone(),
                                start: v.detail.start,
                                end: v.detail.end,
                                text: v.detail.text.clone(),
                            },
                            st[v.statement].text.clone(),
                        )
                    })
                    .collect()
            };
            for (a, sa) in side(da) {
                for (b, sb) in side(db) {
                    pairs.push(Pair {
                        half: half.to_string(),
                        kind: f.kind.as_str().to_string(),
                        verdict: f.verdict.as_str().to_string(),
                        measure: f.measure.clone(),
                        finding: f.id.clone(),
                        a: a.clone(),
                        b,
                        a_statement: sa.clone(),
                        b_statement: sb,
                        explanation: f.explanation.clone(),
                    });
                }
            }
        }
        if !pairs.is_empty() {
            out.push(pairs);
        }
    }
    out
}

/// The pairs a fact group holds but the tool does not flag: two members of
/// different documents whose values cannot be the same (`--candidates`).
/// Judged like flagged pairs, they show what the gates hold back: a TRUE
/// one is a disagreement missed, a FALSE one a false alarm prevented. The
/// verdict field says `candidate`, and the finding field names the group.
fn candidate_pairs(half: &str, cmp: &Comparison, flagged: &[Vec<Pair>]) -> Vec<Pair> {
    let seg = &cmp.graph.extracted.segmented;
    let docs = &seg.corpus.documents;
    let st = &seg.statements;
    let span = |f: &crosscheck::facts::Fact| Span {
        doc: docs[f.doc].id.clone(),
        start: f.detail.start,
        end: f.detail.end,
        text: f.detail.text.clone(),
    };
    let mut out = Vec::new();
    for g in &cmp.groups {
        for (x, &i) in g.facts.iter().enumerate() {
            for &j in &g.facts[x + 1..] {
                let (fa, fb) = (&cmp.facts[i], &cmp.facts[j]);
                if fa.doc == fb.doc || crosscheck::facts::values_overlap(fa, fb) {
                    continue;
                }
                let (a, b) = (span(fa), span(fb));
                let shown = flagged.iter().flatten().any(|p| {
                    (same_span(&p.a, &a) && same_span(&p.b, &b))
                        || (same_span(&p.a, &b) && same_span(&p.b, &a))
                });
                if shown {
                    continue;
                }
                out.push(Pair {
                    half: half.to_string(),
                    kind: format!("{:?}", g.kind).to_lowercase(),
                    verdict: "candidate".into(),
                    measure: g.measure.clone(),
                    finding: g.id.clone(),
                    a,
                    b,
                    a_statement: st[fa.statement].text.clone(),
                    b_statement: st[fb.statement].text.clone(),
                    explanation: String::new(),
                });
            }
        }
    }
    if std::env::var_os("EVAL_LINKED").is_some() {
        let story = &cmp.graph.story_of;
        let claim = &cmp.graph.claim_of;
        for (i, fa) in cmp.facts.iter().enumerate() {
            for fb in &cmp.facts[i + 1..] {
                if fa.doc == fb.doc
                    || story[fa.doc] != story[fb.doc]
                    || fa.measure.kind != fb.measure.kind
                    || fa.measure.what != fb.measure.what
                    || crosscheck::facts::values_overlap(fa, fb)
                {
                    continue;
                }
                let same_claim = claim[fa.statement] == claim[fb.statement];
                let Some(l) = crosscheck::facts::group::link(fa, fb, same_claim) else {
                    continue;
                };
                if l.sure {
                    continue;
                }
                let (a, b) = (span(fa), span(fb));
                out.push(Pair {
                    half: half.to_string(),
                    kind: format!("{:?}", fa.measure.kind).to_lowercase(),
                    verdict: "linked".into(),
                    measure: fa.measure.what.clone(),
                    finding: format!("{:.2}", l.score),
                    a,
                    b,
                    a_statement: st[fa.statement].text.clone(),
                    b_statement: st[fb.statement].text.clone(),
                    explanation: String::new(),
                });
            }
        }
    }
    out
}

/// Byte spans of each side's quote in its article (all occurrences, or the
/// one named).
fn side_spans(corpus: &Path, half: &str, side: &Side) -> Vec<(usize, usize)> {
    let path = corpus.join(half).join(format!("{}.txt", side.doc));
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let all: Vec<(usize, usize)> = text
        .match_indices(side.quote.as_str())
        .map(|(at, q)| (at, at + q.len()))
        .collect();
    match side.occurrence {
        Some(k) if k >= 1 && k <= all.len() => vec![all[k - 1]],
        _ => all,
    }
}

/// Whether a flagged pair covers two sides of a gold item whose values
/// differ (or, for a look-alike, any two sides).
/// A gold side with its index in the item and its quote's byte spans.
type Located<'a> = (usize, &'a Side, Vec<(usize, usize)>);

fn pair_hits(p: &Pair, spans: &[Located], lookalike: bool) -> bool {
    let inside = |s: &Span, side: &Located| {
        side.1.doc == s.doc && side.2.iter().any(|&q| overlaps(q, (s.start, s.end)))
    };
    spans.iter().any(|x| {
        spans.iter().any(|y| {
            x.0 != y.0
                && x.1.doc != y.1.doc
                && (lookalike || x.1.value != y.1.value)
                && inside(&p.a, x)
                && inside(&p.b, y)
        })
    })
}

#[derive(Default)]
struct Tally {
    halves: usize,
    findings: usize,
    judged_findings: usize,
    holding_findings: usize,
    pairs: usize,
    judged_pairs: usize,
    holding_pairs: usize,
    /// kind → (judged findings, holding).
    by_kind: BTreeMap<String, (usize, usize)>,
    /// cause → false pairs.
    causes: BTreeMap<String, usize>,
    gold: usize,
    found: usize,
    /// gold kind → (items, found).
    gold_by_kind: BTreeMap<String, (usize, usize)>,
    updates: usize,
    updates_found: usize,
    lookalikes: usize,
    lookalikes_flagged: usize,
    cross_event_pairs: usize,
    /// Topics also run with both events together (`--mixed`).
    mixed_topics: usize,
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "—".into()
    } else {
        format!("{:.3}", a as f64 / b as f64)
    }
}

/// Gold kinds the tool has a detail for; "other" (colours, spellings,
/// places, reasons) is outside what it extracts.
const EXTRACTED_KINDS: &[&str] = &[
    "quantity",
    "date",
    "person",
    "title",
    "quote",
    "attribution",
    "polarity",
];

fn print_tally(name: &str, t: &Tally) {
    println!("== {name}: {} halves", t.halves);
    println!(
        "precision  {} ({} of {} judged flagged findings hold up; {} flagged, {} not judged) · pairs {} ({} of {})",
        pct(t.holding_findings, t.judged_findings),
        t.holding_findings,
        t.judged_findings,
        t.findings,
        t.findings - t.judged_findings,
        pct(t.holding_pairs, t.judged_pairs),
        t.holding_pairs,
        t.judged_pairs,
    );
    for (k, (j, h)) in &t.by_kind {
        println!("  {k:<12} {} ({h} of {j})", pct(*h, *j));
    }
    if !t.causes.is_empty() {
        let causes: Vec<String> = t.causes.iter().map(|(c, n)| format!("{c} {n}")).collect();
        println!("  false pairs by cause: {}", causes.join(", "));
    }
    let (in_scope, in_found) = t
        .gold_by_kind
        .iter()
        .filter(|(k, _)| EXTRACTED_KINDS.contains(&k.as_str()))
        .fold((0, 0), |(a, b), (_, (n, f))| (a + n, b + f));
    println!(
        "recall     {} ({} of {} gold disagreements) · kinds crosscheck extracts {} ({} of {})",
        pct(t.found, t.gold),
        t.found,
        t.gold,
        pct(in_found, in_scope),
        in_found,
        in_scope
    );
    for (k, (n, f)) in &t.gold_by_kind {
        println!("  {k:<12} {} ({f} of {n})", pct(*f, *n));
    }
    println!(
        "updates    {} of {} gold updates flagged",
        t.updates_found, t.updates
    );
    println!(
        "look-alikes flagged {} ({} of {})",
        pct(t.lookalikes_flagged, t.lookalikes),
        t.lookalikes_flagged,
        t.lookalikes
    );
    if t.mixed_topics > 0 {
        println!(
            "cross-event flagged pairs (--mixed, {} topics with both events): {}",
            t.mixed_topics, t.cross_event_pairs
        );
    }
}

/// Every fact of a half with what it was read to measure and its group
/// (`--show facts`, for tuning the fact layer).
fn print_facts(half: &str, cmp: &Comparison) {
    let docs = &cmp.graph.extracted.segmented.corpus.documents;
    let mut group_of = vec![None; cmp.facts.len()];
    for g in &cmp.groups {
        for &f in &g.facts {
            group_of[f] = Some(g.id.as_str());
        }
    }
    for (i, f) in cmp.facts.iter().enumerate() {
        let m = &f.measure;
        println!(
            "FACT {half} {:<14} {:>5} «{}» what={} mods={:?} act={} holder={} role={:?} scope={:?} place={} ref={} obj={} q={} group={} subject={} named={} other_event={}",
            docs[f.doc].id,
            f.detail.start,
            f.detail.text,
            m.what,
            m.modifiers,
            m.act.as_deref().unwrap_or("-"),
            m.holder.as_deref().unwrap_or("-"),
            m.role,
            m.scope,
            m.place.as_deref().unwrap_or("-"),
            m.reference.as_deref().unwrap_or("-"),
            m.object.as_deref().unwrap_or("-"),
            m.quoted,
            group_of[i].unwrap_or("-"),
            m.subject.noun.as_deref().unwrap_or("-"),
            m.subject.name.as_deref().unwrap_or("-"),
            m.other_event
        );
    }
}

/// The facts whose details two spans are (indices into `cmp.facts`),
/// whether their statements are one claim, and the fact layer's link
/// between them.
fn linked_facts(
    cmp: &Comparison,
    a: &Span,
    b: &Span,
) -> Option<(usize, usize, bool, Option<crosscheck::facts::group::Link>)> {
    let docs = &cmp.graph.extracted.segmented.corpus.documents;
    let fact = |s: &Span| {
        cmp.facts.iter().position(|f| {
            docs[f.doc].id == s.doc && overlaps((s.start, s.end), (f.detail.start, f.detail.end))
        })
    };
    let (a, b) = (fact(a)?, fact(b)?);
    let (fa, fb) = (&cmp.facts[a], &cmp.facts[b]);
    let claim = &cmp.graph.claim_of;
    let same_claim = claim[fa.statement] == claim[fb.statement];
    Some((
        a,
        b,
        same_claim,
        crosscheck::facts::group::link(fa, fb, same_claim),
    ))
}

/// What the fact layer saw in a flagged pair of facts (`--show links`):
/// the link between the two facts whose details the pair's values are,
/// and what each measure holds.
fn print_link(cmp: &Comparison, p: &Pair) {
    let Some((a, b, same_claim, link)) = linked_facts(cmp, &p.a, &p.b) else {
        return;
    };
    let (fa, fb) = (&cmp.facts[a], &cmp.facts[b]);
    let m = |f: &crosscheck::facts::Fact| {
        let m = &f.measure;
        format!(
            "act={} holder={} acts={}",
            m.act.as_deref().unwrap_or("-"),
            m.holder.as_deref().unwrap_or("-"),
            m.acts.signature()
        )
    };
    println!(
        "    LINK same_claim={same_claim} {:?} | a: {} | b: {} | context={:.2}",
        link,
        m(fa),
        m(fb),
        crosscheck::facts::measure::context_similarity(&fa.measure.context, &fb.measure.context)
    );
}

/// For an old judgement (`--show history`), one JSON line: the verdict and
/// the fact layer's present link between the two facts it judged, so that
/// a gate can be tried against every pair ever judged, flagged now or not.
fn print_history(cmp: &Comparison, j: &Judgement) {
    let Some((a, b, same_claim, link)) = linked_facts(cmp, &j.a, &j.b) else {
        return;
    };
    let (fa, fb) = (&cmp.facts[a], &cmp.facts[b]);
    let group = |i: usize| cmp.groups.iter().position(|g| g.facts.contains(&i));
    let story = |f: &crosscheck::facts::Fact| cmp.graph.story_of.get(f.doc).copied();
    let side = |f: &crosscheck::facts::Fact| {
        let m = &f.measure;
        serde_json::json!({
            "text": f.detail.text, "what": m.what, "act": m.act, "holder": m.holder,
            "acts": m.acts.signature(), "quoted": m.quoted, "role": format!("{:?}", m.role),
            "value": f.detail.normalized,
        })
    };
    println!(
        "{}",
        serde_json::json!({
            "half": j.half, "kind": j.kind, "verdict": j.verdict, "cause": j.cause, "why": j.why,
            "a": side(fa), "b": side(fb), "same_claim": same_claim,
            "same_story": story(fa) == story(fb),
            "link": link.map(|l| serde_json::json!({"score": l.score, "sure": l.sure, "strong": l.strong})),
            "context": crosscheck::facts::measure::context_similarity(&fa.measure.context, &fb.measure.context),
            "group_a": group(a), "group_b": group(b),
            "third_states_both": third_states_both(cmp, a, b),
        })
    );
}

/// Whether a third document of the story states both values of a pair, as
/// two facts of the same kind and unit: then the two values are, for that
/// outlet, two different things.
fn third_states_both(cmp: &Comparison, a: usize, b: usize) -> bool {
    use crosscheck::facts::values_overlap;
    let (fa, fb) = (&cmp.facts[a], &cmp.facts[b]);
    let story = &cmp.graph.story_of;
    let alike = |f: &crosscheck::facts::Fact| {
        f.doc != fa.doc
            && f.doc != fb.doc
            && story[f.doc] == story[fa.doc]
            && f.measure.kind == fa.measure.kind
            && f.measure.what == fa.measure.what
    };
    cmp.facts.iter().any(|x| {
        alike(x)
            && values_overlap(x, fa)
            && !values_overlap(x, fb)
            && cmp.facts.iter().any(|y| {
                alike(y) && y.doc == x.doc && values_overlap(y, fb) && !values_overlap(y, fa)
            })
    })
}

/// For a missed gold item, the facts read inside each side's quote
/// (`--show why`).
fn explain_miss(half: &str, cmp: &Comparison, g: &Gold, spans: &[Located]) {
    let docs = &cmp.graph.extracted.segmented.corpus.documents;
    let mut group_of = vec![None; cmp.facts.len()];
    for gr in &cmp.groups {
        for &f in &gr.facts {
            group_of[f] = Some(gr.id.as_str());
        }
    }
    println!("WHY {half} {} [{}]", g.id, g.measure);
    // The fact layer's links between the facts of sides with other values.
    let facts_of = |side: &Side, quote: &[(usize, usize)]| -> Vec<usize> {
        (0..cmp.facts.len())
            .filter(|&i| {
                let f = &cmp.facts[i];
                docs[f.doc].id == side.doc
                    && quote
                        .iter()
                        .any(|&q| overlaps(q, (f.detail.start, f.detail.end)))
            })
            .collect()
    };
    for (x, (_, sa, qa)) in spans.iter().enumerate() {
        for (_, sb, qb) in &spans[x + 1..] {
            if sa.value == sb.value {
                continue;
            }
            for &i in &facts_of(sa, qa) {
                for &j in &facts_of(sb, qb) {
                    let (fa, fb) = (&cmp.facts[i], &cmp.facts[j]);
                    if fa.measure.kind != fb.measure.kind {
                        continue;
                    }
                    let same_claim =
                        cmp.graph.claim_of[fa.statement] == cmp.graph.claim_of[fb.statement];
                    let same_story = cmp.graph.story_of[fa.doc] == cmp.graph.story_of[fb.doc];
                    println!(
                        "   LINK {} «{}» ~ {} «{}»: story={same_story} claim={same_claim} {:?}",
                        sa.doc,
                        fa.detail.text,
                        sb.doc,
                        fb.detail.text,
                        crosscheck::facts::group::link(fa, fb, same_claim)
                    );
                }
            }
        }
    }
    for (_, side, quote) in spans {
        let found: Vec<String> = cmp
            .facts
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                docs[f.doc].id == side.doc
                    && quote.iter().any(|&q| overlaps(q, (f.detail.start, f.detail.end)))
            })
            .map(|(i, f)| {
                let m = &f.measure;
                format!(
                    "«{}» what={} act={} holder={} role={:?} scope={:?} period={:?} obj={} story={} group={}",
                    f.detail.text,
                    m.what,
                    m.act.as_deref().unwrap_or("-"),
                    m.holder.as_deref().unwrap_or("-"),
                    m.role,
                    m.scope,
                    m.period,
                    m.object.as_deref().unwrap_or("-"),
                    cmp.graph.story_of[f.doc],
                    group_of[i].unwrap_or("-")
                )
            })
            .collect();
        println!(
            "   {} {} «{}»: {}",
            side.doc,
            side.value,
            side.quote,
            if found.is_empty() {
                "no fact".to_string()
            } else {
                found.join(" | ")
            }
        );
    }
}

fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Vec<T> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1))
        })
        .collect()
}

fn topic_number(half: &str) -> usize {
    half.split('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let corpus =
        PathBuf::from(value("--corpus").unwrap_or_else(|| "tests/fixtures/ecbplus/stories".into()));
    let gold_dir =
        PathBuf::from(value("--gold").unwrap_or_else(|| "tests/fixtures/realnews/gold".into()));
    let judgements_path = PathBuf::from(
        value("--judgements").unwrap_or_else(|| "tests/fixtures/realnews/judgements.jsonl".into()),
    );
    let split = value("--split");
    let show: BTreeSet<String> = value("--show")
        .map(|s| s.split(',').map(String::from).collect())
        .unwrap_or_default();
    let todo = value("--todo");
    let mixed = args.iter().any(|a| a == "--mixed");
    let with_candidates = args.iter().any(|a| a == "--candidates");
    let only = value("--half");

    let judgements: Vec<Judgement> = read_jsonl(&judgements_path);
    let mut halves: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap_or_else(|e| panic!("{}: {e}", corpus.display()))
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    halves.sort_by_key(|h| (topic_number(h), h.clone()));
    halves.retain(|h| match split.as_deref() {
        Some("odd") => topic_number(h) % 2 == 1,
        Some("even") => topic_number(h).is_multiple_of(2),
        _ => true,
    });
    if let Some(h) = &only {
        halves.retain(|x| x == h);
    }

    let mut options = crosscheck::Options::default();
    // Each cluster as one event, as a user who gathered it would say.
    options.align.stories.one_event = args.iter().any(|a| a == "--one-event");
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut unjudged: Vec<Pair> = Vec::new();
    let mut unjudged_candidates: Vec<Pair> = Vec::new();
    // Candidates by parity: (judged, judged TRUE or UPDATE, all).
    let mut candidates_tally: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for half in &halves {
        let parity = if topic_number(half) % 2 == 1 {
            "odd topics (tuning)"
        } else {
            "even topics (held out)"
        };
        let cmp = crosscheck::run(&[Input::Path(corpus.join(half))], &options)
            .unwrap_or_else(|e| panic!("{half}: {e}"));
        if show.contains("facts") {
            print_facts(half, &cmp);
        }
        if show.contains("history") {
            for j in judgements.iter().filter(|j| &j.half == half) {
                print_history(&cmp, j);
            }
        }
        let findings = flagged_pairs(half, &cmp);
        let gold: Vec<Gold> = read_jsonl(&gold_dir.join(format!("{half}.jsonl")));
        let t = tallies.entry(parity).or_default();
        t.halves += 1;
        for pairs in &findings {
            t.findings += 1;
            t.pairs += pairs.len();
            let judged: Vec<Option<&Judgement>> = pairs
                .iter()
                .map(|p| judgements.iter().find(|j| j.covers(p)))
                .collect();
            let holds = |j: &Judgement| j.verdict == "TRUE" || j.verdict == "UPDATE";
            // One judged pair a line: its verdict, values and why.
            let print_judged = |label: &str, p: &Pair, j: &Judgement, tail: &str| {
                println!(
                    "{label} {half} {} {} [{}] {}: «{}» vs {}: «{}» — {}{tail}",
                    p.kind, p.finding, p.measure, p.a.doc, p.a.text, p.b.doc, p.b.text, j.why
                );
                if show.contains("links") {
                    print_link(&cmp, p);
                }
            };
            for (p, j) in pairs.iter().zip(&judged) {
                match j {
                    Some(j) => {
                        t.judged_pairs += 1;
                        if holds(j) {
                            t.holding_pairs += 1;
                            if show.contains("true") {
                                print_judged(&j.verdict, p, j, "");
                            }
                        } else {
                            *t.causes.entry(j.cause.clone()).or_default() += 1;
                            if show.contains("false") {
                                print_judged("FALSE", p, j, &format!(" ({})", j.cause));
                            }
                        }
                    }
                    None => {
                        if show.contains("links") {
                            println!(
                                "UNJUDGED PAIR {}: «{}» vs {}: «{}»",
                                p.a.doc, p.a.text, p.b.doc, p.b.text
                            );
                            print_link(&cmp, p);
                        }
                        unjudged.push(p.clone())
                    }
                }
            }
            if judged.iter().all(Option::is_some) {
                t.judged_findings += 1;
                let ok = judged.iter().flatten().all(|j| holds(j));
                t.holding_findings += usize::from(ok);
                let k = t.by_kind.entry(pairs[0].kind.clone()).or_default();
                k.0 += 1;
                k.1 += usize::from(ok);
            }
            if show.contains("flagged") {
                let p = &pairs[0];
                println!(
                    "FLAG {half} {} {} [{}] {}: «{}» vs {}: «{}»",
                    p.kind, p.finding, p.measure, p.a.doc, p.a.text, p.b.doc, p.b.text
                );
            }
        }
        if with_candidates {
            let c = candidates_tally.entry(parity).or_default();
            for p in candidate_pairs(half, &cmp, &findings) {
                c.2 += 1;
                match judgements.iter().find(|j| j.covers(&p)) {
                    Some(j) => {
                        c.0 += 1;
                        let holds = j.verdict == "TRUE" || j.verdict == "UPDATE";
                        c.1 += usize::from(holds);
                        if show.contains("candidates") {
                            println!(
                                "CANDIDATE {} {half} {} {} [{}] {}: «{}» vs {}: «{}» — {} {}",
                                j.verdict,
                                p.kind,
                                p.finding,
                                p.measure,
                                p.a.doc,
                                p.a.text,
                                p.b.doc,
                                p.b.text,
                                j.cause,
                                j.why
                            );
                        }
                    }
                    None => unjudged_candidates.push(p),
                }
            }
        }
        let all_pairs: Vec<&Pair> = findings.iter().flatten().collect();
        for g in &gold {
            let spans: Vec<Located> = g
                .sides
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s, side_spans(&corpus, half, s)))
                .collect();
            let lookalike = g.kind_of_item == "lookalike";
            let hit = all_pairs.iter().any(|p| pair_hits(p, &spans, lookalike));
            match g.kind_of_item.as_str() {
                "disagreement" => {
                    t.gold += 1;
                    t.found += usize::from(hit);
                    let k = t.gold_by_kind.entry(g.kind.clone()).or_default();
                    k.0 += 1;
                    k.1 += usize::from(hit);
                    if !hit && show.contains("why") {
                        explain_miss(half, &cmp, g, &spans);
                    }
                    if !hit && show.contains("missed") {
                        let sides: Vec<String> = g
                            .sides
                            .iter()
                            .map(|s| format!("{}: {} «{}»", s.doc, s.value, s.quote))
                            .collect();
                        println!(
                            "MISSED {half} {} {} [{}] {}",
                            g.id,
                            g.kind,
                            g.measure,
                            sides.join(" | ")
                        );
                    }
                }
                "update" => {
                    t.updates += 1;
                    t.updates_found += usize::from(hit);
                }
                _ => {
                    t.lookalikes += 1;
                    t.lookalikes_flagged += usize::from(hit);
                    if hit && show.contains("lookalikes") {
                        println!("LOOKALIKE FLAGGED {half} {} [{}]", g.id, g.measure);
                    }
                }
            }
        }
        if mixed && half.ends_with("-ecb") {
            let other = corpus.join(format!("{half}plus"));
            if other.is_dir() {
                let cmp = crosscheck::run(
                    &[Input::Path(corpus.join(half)), Input::Path(other)],
                    &options,
                )
                .unwrap_or_else(|e| panic!("{half}: {e}"));
                let cross = flagged_pairs(half, &cmp)
                    .iter()
                    .flatten()
                    .filter(|p| p.a.doc.ends_with("ecbplus") != p.b.doc.ends_with("ecbplus"))
                    .count();
                t.cross_event_pairs += cross;
                t.mixed_topics += 1;
            }
        }
    }
    for (name, t) in &tallies {
        print_tally(name, t);
    }
    if show.contains("unjudged") {
        for p in &unjudged {
            println!(
                "UNJUDGED {} {} {} [{}] {}: «{}» vs {}: «{}»",
                p.half, p.kind, p.finding, p.measure, p.a.doc, p.a.text, p.b.doc, p.b.text
            );
        }
    }
    for (name, (judged, holding, all)) in &candidates_tally {
        println!(
            "== {name}: unflagged group pairs that differ (--candidates): {all}, {judged} judged, {holding} of them TRUE or UPDATE"
        );
    }
    println!("unjudged flagged pairs: {}", unjudged.len());
    if with_candidates {
        println!("unjudged candidate pairs: {}", unjudged_candidates.len());
    }
    if let Some(path) = todo {
        let lines: Vec<String> = unjudged
            .iter()
            .chain(&unjudged_candidates)
            .map(|p| serde_json::to_string(p).expect("a pair serializes"))
            .collect();
        std::fs::write(&path, lines.join("\n") + "\n").unwrap_or_else(|e| panic!("{path}: {e}"));
    }
}
