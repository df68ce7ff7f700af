//! Explain: why a finding was raised — the statements its values stand in
//! (its claim's, for a rule on one claim), the similarity of each pair with
//! the parts of the score, the values extracted with their normalized
//! intervals, what each fact was read to measure (for figures and dates),
//! and the rule that decided the verdict.

use crate::align::score::{LexicalScorer, Score, Scorer};
use crate::compare::{Comparison, Finding};
use serde::Serialize;
use std::fmt::Write;

/// What each comparison rule decides, in words.
pub fn rule_description(rule: &str) -> &'static str {
    match rule {
        "quantity.same-value" => {
            "Figures of one measure (what they count, the act, whose, the role: one fact group) have the same interval."
        }
        "quantity.overlapping-intervals" => {
            "Figures of one measure are intervals (qualifiers such as \"more than\", \"about\", rounding) that overlap, or a source gives several figures of the measure: both can be true."
        }
        "quantity.disjoint-intervals" => {
            "Figures of one measure (what they count, the act, whose, the role: one fact group) are intervals that do not overlap: they cannot both be true."
        }
        "quantity.far-apart" => {
            "Figures the fact layer linked differ more than threefold: more likely two measures read as one (a part and its whole, one play and a season) than one figure told two ways, so they are not flagged."
        }
        "quantity.update" => {
            "A running figure (a toll, a count in progress) is higher in the later-dated report: an update, not a contradiction."
        }
        "quantity.different-measures" => {
            "The same fact is measured by figures that count different things (part-of-whole figures over different totals): a discrepancy for a reviewer, not a contradiction."
        }
        "quantity.bearing" => {
            "One place's distance from one named point is given in compass directions a quarter turn or more apart (\"80 km northwest of\", \"80 km northeast of\"), at the same length within a conversion's rounding: one place cannot lie both ways."
        }
        "date.same-day" => "The dates of one act (one fact group), resolved against each article's publication date, fall on the same day.",
        "date.not-comparable" => {
            "The dates of one act are written at precisions, or relative to publication dates, that cannot be compared: nothing shows a disagreement."
        }
        "date.overlapping" => {
            "The dates have different precision (a month and a day in it): compatible."
        }
        "date.different-days" => {
            "The same act is dated differently as written: different days, months or years where both write them, different weekdays, or a weekday that is not the weekday of the other's date."
        }
        "entity.title-variant" => {
            "One person is named with titles where one is a variant of the other (\"Secretary\" and \"Secretary General\"), or with offices a person can hold together (no word in common)."
        }
        "entity.different-office" => {
            "One person is given different offices across the story: a rank word (deputy, vice, acting…) added or dropped, or titles that share a word but are not forms of one another."
        }
        "entity.name-spelling" => {
            "One person's full name is spelled two ways across the story: the same words but one, one letter apart (not an English word, a plural, accents only, or a vowel, a k/g/c/q/h sound or g/y written another way as transliterations do; in a given name only a consonant dropped or added that doubles no letter), and no document writes both full names."
        }
        "quote.verbatim" => "The same quotation, word for word.",
        "quote.wording-drift" => {
            "The same quotation with differences of form (case, punctuation, contractions, number words), other words where neither a number nor a negation changes, or a shorter excerpt."
        }
        "quote.excerpt-drops-figure" => {
            "The same quotation, one source printing a shorter excerpt that leaves out a part saying a number or a negation, or a condition (\"unless…\", \"if…\")."
        }
        "quote.changed-number-or-negation" => {
            "The same quotation with a different number or a negation added or removed."
        }
        "attribution.different-speaker" => {
            "The same quotation is attributed to different speakers, each a person (or each an organization) named in its article."
        }
        "polarity.negated-in-one-source" => {
            "The claim is affirmed in one source and negated or reversed in another."
        }
        _ => "See docs/design.md for the comparison rules.",
    }
}

/// A statement the finding's values stand in.
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
    /// The claim judged, for a rule on one claim.
    pub claim: Option<String>,
    /// The fact group judged, for figures and dates.
    pub fact: Option<String>,
    /// What is compared, in plain words.
    pub measure: String,
    pub story: String,
    pub explanation: String,
    pub rule: String,
    pub rule_description: String,
    pub statements: Vec<StatementExplained>,
    pub similarity: Vec<PairExplained>,
    pub values: Vec<ValueExplained>,
    /// For figures and dates: what each value was read to measure.
    pub measures: Vec<MeasureExplained>,
}

/// What a fact was read to measure.
#[derive(Debug, Clone, Serialize)]
pub struct MeasureExplained {
    pub statement: String,
    pub text: String,
    pub measure: crate::facts::measure::Measure,
    /// Counted as agreeing only: its document gives another value of the
    /// measure too.
    pub ambiguous: bool,
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
    let mut members: Vec<usize> = match finding.claim {
        Some(c) => g.claims[c].statements.clone(),
        None => finding.values.iter().map(|v| v.statement).collect(),
    };
    members.sort_unstable();
    members.dedup();
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
    let measures = finding
        .fact
        .map(|k| {
            let group = &cmp.groups[k];
            group
                .facts
                .iter()
                .map(|&f| MeasureExplained {
                    statement: st[cmp.facts[f].statement].id.clone(),
                    text: cmp.facts[f].detail.text.clone(),
                    measure: cmp.facts[f].measure.clone(),
                    ambiguous: group.ambiguous.contains(&f),
                })
                .collect()
        })
        .unwrap_or_default();
    Explanation {
        id: finding.id.clone(),
        kind: finding.kind.as_str().into(),
        verdict: finding.verdict.as_str().into(),
        severity: finding.severity.as_str().into(),
        claim: finding.claim.map(|c| g.claims[c].id.clone()),
        fact: finding.fact.map(|k| cmp.groups[k].id.clone()),
        measure: finding.measure.clone(),
        story,
        explanation: finding.explanation.clone(),
        rule: finding.rule.into(),
        rule_description: rule_description(finding.rule).into(),
        statements,
        similarity,
        values,
        measures,
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
        let scope = match (&self.claim, &self.fact) {
            (Some(c), _) => format!("claim {c}"),
            (None, Some(f)) => format!("fact group {f}"),
            _ => "across the story".to_string(),
        };
        let _ = writeln!(
            out,
            "Finding {}: {} {} ({} severity), {scope} in story {}",
            self.id, self.kind, self.verdict, self.severity, self.story
        );
        if !self.measure.is_empty() {
            let _ = writeln!(out, "Measure: {}", self.measure);
        }
        let _ = writeln!(out, "\n{}", self.explanation);
        let _ = writeln!(out, "\nRule {}: {}", self.rule, self.rule_description);
        let _ = writeln!(out, "\nStatements ({}, {scope}):", self.statements.len());
        for s in &self.statements {
            let _ = writeln!(
                out,
                "  {}  {} line {}, bytes {}..{}\n      {}",
                s.id, s.path, s.line, s.start, s.end, s.text
            );
        }
        let _ = writeln!(out, "\nSimilarity of the pairs (score and its parts):");
        if self.similarity.is_empty() {
            let _ = writeln!(out, "  none: the statements are of one document");
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
        if !self.measures.is_empty() {
            let _ = writeln!(out, "\nWhat each value measures:");
            for m in &self.measures {
                let x = &m.measure;
                let _ = writeln!(
                    out,
                    "  {}  “{}”  what: {}; act: {}; holder: {}; role: {:?}{}{}{}",
                    m.statement,
                    m.text,
                    if x.what.is_empty() {
                        "—"
                    } else {
                        x.what.as_str()
                    },
                    x.act.as_deref().unwrap_or("—"),
                    x.holder.as_deref().unwrap_or("—"),
                    x.role,
                    x.place
                        .as_deref()
                        .map(|p| format!("; in {p}"))
                        .unwrap_or_default(),
                    x.reference
                        .as_deref()
                        .map(|r| format!("; from {r}"))
                        .unwrap_or_default(),
                    if m.ambiguous {
                        "  [its document gives another value too: never counted as disagreeing]"
                    } else {
                        ""
                    },
                );
            }
        }
        out
    }
}
