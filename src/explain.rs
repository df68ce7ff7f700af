//! Explain: why a finding was raised — the statements aligned into its
//! claim, the similarity of each pair with the parts of the score, the
//! values extracted with their normalized intervals, and the rule that
//! decided the verdict.

use crate::align::score::{LexicalScorer, Score, Scorer};
use crate::compare::{Comparison, Finding};
use serde::Serialize;
use std::fmt::Write;

/// What each comparison rule decides, in words.
pub fn rule_description(rule: &str) -> &'static str {
    match rule {
        "quantity.same-value" => {
            "Figures paired by what they count (counted noun, unit, role in the sentence) have the same interval."
        }
        "quantity.overlapping-intervals" => {
            "Figures paired by what they count are intervals (qualifiers such as \"more than\", \"about\", rounding) that overlap: both can be true."
        }
        "quantity.disjoint-intervals" => {
            "Figures paired by what they count are intervals that do not overlap: they cannot both be true."
        }
        "quantity.update" => {
            "A running figure (a toll, a count in progress) is higher in the later-dated report: an update, not a contradiction."
        }
        "quantity.different-measures" => {
            "The same fact is measured by figures that count different things (part-of-whole figures over different totals): a discrepancy for a reviewer, not a contradiction."
        }
        "date.same-day" => "The dates, resolved against each article's publication date, fall on the same day.",
        "date.overlapping" => {
            "The dates have different precision (a month and a day in it): compatible."
        }
        "date.different-days" => "The same event is dated on days that do not overlap.",
        "date.different-occasions" => {
            "The dates differ but the statements name different occasions (an interview, a press conference): not a conflict."
        }
        "entity.title-variant" => {
            "One person is named with titles where one is a variant of the other (\"Secretary\" and \"Secretary General\", a name with and without its title)."
        }
        "entity.different-office" => "One person is given different offices.",
        "quote.verbatim" => "The same quotation, word for word.",
        "quote.wording-drift" => {
            "The same quotation with small wording differences (a translation, an edit): the differing words are shown."
        }
        "quote.changed-number-or-negation" => {
            "The same quotation with a different number or a negation added or removed."
        }
        "quote.materially-different" => "The same quotation with a material part changed or missing.",
        "attribution.different-speaker" => "The same quotation is attributed to different speakers.",
        "polarity.negated-in-one-source" => {
            "The claim is affirmed in one source and negated or reversed in another."
        }
        _ => "See docs/design.md for the comparison rules.",
    }
}

/// A statement of the finding's claim.
#[derive(Debug, Clone, Serialize)]
pub struct StatementExplained {
    pub id: String,
    pub doc: String,
    pub path: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub text: String,
}

/// The similarity of two statements of the claim.
#[derive(Debug, Clone, Serialize)]
pub struct PairExplained {
    pub a: String,
    pub b: String,
    /// True when the pair is an edge of the claim graph (mutual best match);
    /// false when the statements joined the claim through others, in which
    /// case the score is recomputed with the lexical scorer.
    pub edge: bool,
    pub score: Score,
}

/// A value the rule compared.
#[derive(Debug, Clone, Serialize)]
pub struct ValueExplained {
    pub statement: String,
    pub doc: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub normalized: serde_json::Value,
}

/// Everything about one finding.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    pub id: String,
    pub kind: String,
    pub verdict: String,
    pub severity: String,
    pub claim: String,
    pub story: String,
    pub explanation: String,
    pub rule: String,
    pub rule_description: String,
    pub statements: Vec<StatementExplained>,
    pub similarity: Vec<PairExplained>,
    pub values: Vec<ValueExplained>,
}

/// Finds a finding by id, or by a prefix that only one id has.
pub fn find<'a>(cmp: &'a Comparison, id: &str) -> Result<&'a Finding, String> {
    match lookup(&cmp.findings, id, |f| &f.id) {
        Lookup::One(f) => Ok(f),
        Lookup::None => Err(format!(
            "no finding {id} in this run ({} findings; ids are stable for the same inputs)",
            cmp.findings.len()
        )),
        Lookup::Many(many) => Err(format!(
            "{id} is the start of {} finding ids: {}",
            many.len(),
            many.iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// What an id, or the start of one, names among some items.
pub enum Lookup<'a, T> {
    One(&'a T),
    None,
    /// The start of several ids.
    Many(Vec<&'a T>),
}

/// Finds the item whose id is `id`, or else the only one whose id starts
/// with it: a reviewer types the first characters of a finding id.
pub fn lookup<'a, T>(items: &'a [T], id: &str, key: impl Fn(&T) -> &str) -> Lookup<'a, T> {
    if let Some(one) = items.iter().find(|x| key(x) == id) {
        return Lookup::One(one);
    }
    let mut matches: Vec<&T> = items.iter().filter(|x| key(x).starts_with(id)).collect();
    match matches.len() {
        0 => Lookup::None,
        1 => Lookup::One(matches.remove(0)),
        _ => Lookup::Many(matches),
    }
}

/// Explains a finding of a comparison.
pub fn explain(cmp: &Comparison, finding: &Finding) -> Explanation {
    let g = &cmp.graph;
    let seg = &g.extracted.segmented;
    let docs = &seg.corpus.documents;
    let st = &seg.statements;
    let members = &g.claims[finding.claim].statements;
    let statements = members
        .iter()
        .map(|&s| StatementExplained {
            id: st[s].id.clone(),
            doc: docs[st[s].doc].id.clone(),
            path: docs[st[s].doc].path.clone(),
            start: st[s].start,
            end: st[s].end,
            line: st[s].line,
            text: st[s].text.clone(),
        })
        .collect();
    // The scorer is rebuilt only when some pair lacks an edge of its own.
    let mut lexical: Option<LexicalScorer> = None;
    let mut similarity = Vec::new();
    for (i, &a) in members.iter().enumerate() {
        for &b in &members[i + 1..] {
            if st[a].doc == st[b].doc {
                continue;
            }
            let edge = g
                .edges
                .iter()
                .find(|e| (e.a == a && e.b == b) || (e.a == b && e.b == a));
            let (edge, score) = match edge {
                Some(e) => (true, e.score),
                None => (
                    false,
                    lexical
                        .get_or_insert_with(|| LexicalScorer::new(&g.extracted))
                        .score(a, b),
                ),
            };
            similarity.push(PairExplained {
                a: st[a].id.clone(),
                b: st[b].id.clone(),
                edge,
                score,
            });
        }
    }
    let values = finding
        .values
        .iter()
        .map(|v| ValueExplained {
            statement: st[v.statement].id.clone(),
            doc: docs[st[v.statement].doc].id.clone(),
            text: v.detail.text.clone(),
            start: v.detail.start,
            end: v.detail.end,
            normalized: serde_json::to_value(&v.detail.normalized)
                .unwrap_or(serde_json::Value::Null),
        })
        .collect();
    let story = members
        .first()
        .map(|&s| format!("s{}", g.story_of[st[s].doc] + 1))
        .unwrap_or_default();
    Explanation {
        id: finding.id.clone(),
        kind: finding.kind.as_str().into(),
        verdict: finding.verdict.as_str().into(),
        severity: finding.severity.as_str().into(),
        claim: g.claims[finding.claim].id.clone(),
        story,
        explanation: finding.explanation.clone(),
        rule: finding.rule.into(),
        rule_description: rule_description(finding.rule).into(),
        statements,
        similarity,
        values,
    }
}

fn parts(s: &Score) -> String {
    let named = [
        ("lexical", s.lexical),
        ("chars", s.chars),
        ("entities", s.entities),
        ("numbers", s.numbers),
        ("dates", s.dates),
        ("frame", s.frame),
        ("quote", s.quote),
    ];
    named
        .iter()
        .filter(|(_, v)| *v != 0.0)
        .map(|(n, v)| format!("{n} {v:.2}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Explanation {
    /// The explanation as text for a terminal.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Finding {}: {} {} ({} severity), claim {} in story {}",
            self.id, self.kind, self.verdict, self.severity, self.claim, self.story
        );
        let _ = writeln!(out, "\n{}", self.explanation);
        let _ = writeln!(out, "\nRule {}: {}", self.rule, self.rule_description);
        let _ = writeln!(
            out,
            "\nAligned statements ({} in claim {}):",
            self.statements.len(),
            self.claim
        );
        for s in &self.statements {
            let _ = writeln!(
                out,
                "  {}  {} line {}, bytes {}..{}\n      {}",
                s.id, s.path, s.line, s.start, s.end, s.text
            );
        }
        let _ = writeln!(out, "\nSimilarity of the pairs (score and its parts):");
        if self.similarity.is_empty() {
            let _ = writeln!(out, "  none: the claim holds statements of one document");
        }
        for p in &self.similarity {
            let _ = writeln!(
                out,
                "  {} ~ {}  {:.3}  ({}){}",
                p.a,
                p.b,
                p.score.total,
                parts(&p.score),
                if p.edge {
                    ""
                } else {
                    "  [no direct edge: joined through the claim; lexical score]"
                }
            );
        }
        let _ = writeln!(out, "\nValues compared:");
        for v in &self.values {
            let _ = writeln!(
                out,
                "  {}  “{}”  bytes {}..{}  → {}\n      {}",
                v.statement,
                v.text,
                v.start,
                v.end,
                crate::report::normalized_brief(&v.normalized),
                serde_json::to_string(&v.normalized).unwrap_or_default()
            );
        }
        out
    }
}
