//! Report: the comparison as a plain, serializable data model (the JSON
//! contract, `docs/report-format.md`) and its renderers, one per format
//! behind [`Render`].

mod csv;
pub mod details;
pub mod graph;
mod html;
mod markdown;
mod table;

pub use html::{live_page, Live};

use crate::compare::{Comparison, PairAgreement};
use crate::error::Problem;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version tag of the JSON report.
pub const SCHEMA: &str = "crosscheck.report/2";

/// A document in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentOut {
    pub id: String,
    /// Outlet when known, else the id.
    pub source: String,
    pub title: Option<String>,
    /// `YYYY-MM-DD` or null.
    pub date: Option<String>,
    pub path: String,
    pub url: Option<String>,
    pub author: Option<String>,
    /// `file` when spans are byte offsets into the file, `text` when into the
    /// text extracted from it (HTML, JSON).
    pub offsets: String,
    /// Statements kept.
    pub statements: usize,
    /// Lines dropped as metadata or web junk.
    pub dropped_lines: usize,
}

/// A statement in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementOut {
    pub id: String,
    pub doc: String,
    pub text: String,
    /// Byte offsets `[start, end)` into the document (see `offsets`).
    pub start: usize,
    pub end: usize,
    /// 1-based line number.
    pub line: usize,
    /// True for the headline.
    pub title: bool,
}

/// A story: documents grouped by the event they report. Statements align
/// only within a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryOut {
    /// `s1`, `s2`, … in order of first document.
    pub id: String,
    pub docs: Vec<String>,
}

/// A claim in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimOut {
    pub id: String,
    pub statements: Vec<String>,
    pub docs: Vec<String>,
}

/// One source's value in a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueOut {
    pub doc: String,
    pub source: String,
    pub statement: String,
    /// The detail as written.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub normalized: serde_json::Value,
}

/// A fact group in the report: values of different documents that
/// measure one thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactOut {
    /// `m1`, `m2`, … in order of the first value.
    pub id: String,
    /// `quantity` or `date`.
    pub kind: String,
    /// What is measured, in plain words.
    pub measure: String,
    /// Statement ids of the values, one per document.
    pub statements: Vec<String>,
    pub docs: Vec<String>,
}

/// A finding in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingOut {
    pub id: String,
    pub kind: String,
    pub verdict: String,
    pub severity: String,
    /// What is compared, in plain words ("age of Robert Buckley", "date of
    /// checked in (Tara Reid)").
    pub measure: String,
    /// The claim judged, for rules on one claim; else null.
    pub claim: Option<String>,
    /// The fact group judged, for figures and dates; else null.
    pub fact: Option<String>,
    pub values: Vec<ValueOut>,
    pub explanation: String,
    pub rule: String,
    /// Review status: `open`, `accepted` or `dismissed` (see
    /// [`crate::review`]).
    #[serde(default = "open")]
    pub status: String,
    /// The reviewer's decision, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DecisionOut>,
}

fn open() -> String {
    "open".into()
}

/// A reviewer's decision on a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionOut {
    pub note: String,
    pub by: String,
    /// RFC 3339, UTC.
    pub at: String,
}

/// What the review file did to the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewOut {
    /// The review file applied.
    pub file: String,
    /// Decisions in the file.
    pub decisions: usize,
    /// Findings of this report accepted or dismissed.
    pub accepted: usize,
    pub dismissed: usize,
    /// Dismissed findings left out of `findings` (0 with `--all`).
    pub hidden: usize,
    /// Decisions whose finding is not in this report.
    pub stale: Vec<crate::review::Decision>,
}

/// Counts of the run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub documents: usize,
    pub statements: usize,
    pub claims: usize,
    /// Claims carried by two or more documents.
    pub corroborated_claims: usize,
    /// Claims carried by one document only.
    pub unique_claims: usize,
    /// Fact groups: measures two or more documents give a value of.
    pub facts: usize,
    /// Unique claims per document id.
    pub unique_by_document: BTreeMap<String, usize>,
    /// Findings by verdict: `agree`, `compatible`, `discrepancy`, `conflict`.
    pub findings: BTreeMap<String, usize>,
    /// Share of corroborated claims without a discrepancy or conflict; null
    /// when nothing is corroborated.
    pub consistency: Option<f64>,
}

/// The whole report: the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub generator: String,
    pub documents: Vec<DocumentOut>,
    /// Documents grouped by event.
    pub stories: Vec<StoryOut>,
    pub statements: Vec<StatementOut>,
    pub claims: Vec<ClaimOut>,
    /// Values of different documents that measure one thing.
    pub facts: Vec<FactOut>,
    pub findings: Vec<FindingOut>,
    /// Source × source agreement, one entry per pair of documents of a
    /// story; in a story of more than [`ALL_PAIRS_UP_TO`] documents only the
    /// pairs that share a claim.
    pub agreement: Vec<PairAgreement>,
    pub summary: Summary,
    /// Inputs that were skipped or read with warnings.
    pub problems: Vec<Problem>,
    /// The review decisions applied, when a review file was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewOut>,
}

pub use crate::compare::ALL_PAIRS_UP_TO;

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

impl Report {
    /// Builds the report of a comparison.
    pub fn new(cmp: &Comparison) -> Report {
        let seg = &cmp.graph.extracted.segmented;
        let docs = &seg.corpus.documents;
        let st = &seg.statements;
        let documents = docs
            .iter()
            .enumerate()
            .map(|(i, d)| DocumentOut {
                id: d.id.clone(),
                source: d.source_name().to_string(),
                title: d.meta.title.clone(),
                date: d.meta.date.map(|x| x.to_string()),
                path: d.path.clone(),
                url: d.meta.url.clone(),
                author: d.meta.author.clone(),
                offsets: match d.offsets {
                    crate::ingest::Offsets::File => "file".into(),
                    crate::ingest::Offsets::Text => "text".into(),
                },
                statements: st.iter().filter(|s| s.doc == i).count(),
                dropped_lines: d.dropped_lines().count(),
            })
            .collect();
        let statements = st
            .iter()
            .map(|s| StatementOut {
                id: s.id.clone(),
                doc: docs[s.doc].id.clone(),
                text: s.text.clone(),
                start: s.start,
                end: s.end,
                line: s.line,
                title: s.title,
            })
            .collect();
        let claims: Vec<ClaimOut> = cmp
            .graph
            .claims
            .iter()
            .enumerate()
            .map(|(c, claim)| ClaimOut {
                id: claim.id.clone(),
                statements: claim.statements.iter().map(|&s| st[s].id.clone()).collect(),
                docs: cmp
                    .claim_docs(c)
                    .into_iter()
                    .map(|d| docs[d].id.clone())
                    .collect(),
            })
            .collect();
        let findings: Vec<FindingOut> = cmp
            .findings
            .iter()
            .map(|f| FindingOut {
                id: f.id.clone(),
                kind: f.kind.as_str().into(),
                verdict: f.verdict.as_str().into(),
                severity: f.severity.as_str().into(),
                measure: f.measure.clone(),
                claim: f.claim.map(|c| cmp.graph.claims[c].id.clone()),
                fact: f.fact.map(|g| cmp.groups[g].id.clone()),
                values: f
                    .values
                    .iter()
                    .map(|v| ValueOut {
                        doc: docs[st[v.statement].doc].id.clone(),
                        source: docs[st[v.statement].doc].source_name().to_string(),
                        statement: st[v.statement].id.clone(),
                        text: v.detail.text.clone(),
                        start: v.detail.start,
                        end: v.detail.end,
                        normalized: serde_json::to_value(&v.detail.normalized)
                            .unwrap_or(serde_json::Value::Null),
                    })
                    .collect(),
                explanation: f.explanation.clone(),
                rule: f.rule.into(),
                status: open(),
                decision: None,
            })
            .collect();
        let corroborated: Vec<usize> = (0..claims.len())
            .filter(|&c| claims[c].docs.len() >= 2)
            .collect();
        let flagged_claims = corroborated
            .iter()
            .filter(|&&c| {
                cmp.findings
                    .iter()
                    .any(|f| f.claim == Some(c) && f.verdict.flagged())
            })
            .count();
        let mut unique_by_document: BTreeMap<String, usize> =
            docs.iter().map(|d| (d.id.clone(), 0)).collect();
        for c in claims.iter().filter(|c| c.docs.len() == 1) {
            *unique_by_document.entry(c.docs[0].clone()).or_default() += 1;
        }
        let mut by_verdict: BTreeMap<String, usize> =
            ["agree", "compatible", "discrepancy", "conflict"]
                .iter()
                .map(|v| (v.to_string(), 0))
                .collect();
        for f in &findings {
            *by_verdict.entry(f.verdict.clone()).or_default() += 1;
        }
        let summary = Summary {
            documents: docs.len(),
            statements: st.len(),
            claims: claims.len(),
            corroborated_claims: corroborated.len(),
            unique_claims: claims.len() - corroborated.len(),
            facts: cmp.groups.len(),
            unique_by_document,
            findings: by_verdict,
            consistency: (!corroborated.is_empty()).then(|| {
                round3((corroborated.len() - flagged_claims) as f64 / corroborated.len() as f64)
            }),
        };
        let agreement = cmp
            .agreement
            .iter()
            .map(|a| PairAgreement {
                agreement: a.agreement.map(round3),
                ..a.clone()
            })
            .collect();
        let stories = cmp
            .graph
            .stories
            .iter()
            .enumerate()
            .map(|(k, ds)| StoryOut {
                id: format!("s{}", k + 1),
                docs: ds.iter().map(|&d| docs[d].id.clone()).collect(),
            })
            .collect();
        let facts = cmp
            .groups
            .iter()
            .map(|g| FactOut {
                id: g.id.clone(),
                kind: match g.kind {
                    crate::facts::measure::FactKind::Quantity => "quantity".into(),
                    crate::facts::measure::FactKind::Date => "date".into(),
                },
                measure: g.measure.clone(),
                statements: g
                    .facts
                    .iter()
                    .map(|&f| st[cmp.facts[f].statement].id.clone())
                    .collect(),
                docs: g
                    .facts
                    .iter()
                    .map(|&f| docs[cmp.facts[f].doc].id.clone())
                    .collect(),
            })
            .collect();
        Report {
            schema: SCHEMA.into(),
            generator: format!("crosscheck {}", env!("CARGO_PKG_VERSION")),
            documents,
            stories,
            statements,
            claims,
            facts,
            findings,
            agreement,
            summary,
            problems: seg.corpus.problems.clone(),
            review: None,
        }
    }

    /// The statement with this id.
    pub fn statement(&self, id: &str) -> Option<&StatementOut> {
        self.statements.iter().find(|s| s.id == id)
    }

    /// The agreement of two documents, in either order.
    pub fn pair(&self, a: &str, b: &str) -> Option<&PairAgreement> {
        self.agreement
            .iter()
            .find(|p| (p.a == a && p.b == b) || (p.a == b && p.b == a))
    }

    /// Claims carried by two or more documents.
    pub fn corroborated(&self) -> impl Iterator<Item = &ClaimOut> {
        self.claims.iter().filter(|c| c.docs.len() >= 2)
    }
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Json,
    Csv,
    Html,
}

/// Options for rendering.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Terminal width for tables; `None` for no limit.
    pub width: Option<u16>,
    /// Colour verdicts and severities in tables (a terminal without
    /// NO_COLOR).
    pub color: bool,
}

/// A renderer of reports.
pub trait Render {
    fn render(&self, report: &Report, options: &RenderOptions) -> String;
}

struct Json;

impl Render for Json {
    fn render(&self, report: &Report, _: &RenderOptions) -> String {
        let mut s = serde_json::to_string_pretty(report)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
        s.push('\n');
        s
    }
}

/// The renderer of a format.
pub fn renderer(format: Format) -> Box<dyn Render> {
    match format {
        Format::Table => Box::new(table::Table),
        Format::Markdown => Box::new(markdown::Markdown),
        Format::Json => Box::new(Json),
        Format::Csv => Box::new(self::csv::Csv),
        Format::Html => Box::new(html::Html),
    }
}

/// Renders a report in a format.
pub fn render(report: &Report, format: Format, options: &RenderOptions) -> String {
    renderer(format).render(report, options)
}

/// Shortens text to `max` characters with an ellipsis.
pub(crate) fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// The short label of a document: its source when known, else its id.
pub(crate) fn label(report: &Report, doc: &str) -> String {
    report
        .documents
        .iter()
        .find(|d| d.id == doc)
        .map(|d| {
            if d.source != d.id {
                format!("{} ({})", d.source, d.id)
            } else {
                d.id.clone()
            }
        })
        .unwrap_or_else(|| doc.to_string())
}

/// What a finding judged: its claim ("claim c3"), its fact group ("fact
/// m2"), or a person or quotation across the story ("story").
pub(crate) fn scope(f: &FindingOut) -> String {
    match (&f.claim, &f.fact) {
        (Some(c), _) => format!("claim {c}"),
        (None, Some(m)) => format!("fact {m}"),
        _ => "story".to_string(),
    }
}

/// A finding's review status in a few words: "open", "dismissed by ana:
/// same figure, rounded".
pub(crate) fn status_brief(f: &FindingOut) -> String {
    match &f.decision {
        Some(d) if d.note.is_empty() => format!("{} by {}", f.status, d.by),
        Some(d) => format!("{} by {}: {}", f.status, d.by, d.note),
        None => f.status.clone(),
    }
}

/// One line on the review applied to a report.
pub(crate) fn review_brief(r: &ReviewOut) -> String {
    let hidden = if r.hidden > 0 {
        format!(
            "; {} dismissed finding{} hidden (--all shows them)",
            r.hidden,
            if r.hidden == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    format!(
        "Review {}: {} accepted, {} dismissed{hidden}; {} stale decision{}.",
        r.file,
        r.accepted,
        r.dismissed,
        r.stale.len(),
        if r.stale.len() == 1 { "" } else { "s" }
    )
}

/// A normalized value in a few words: "(140.5, 281]", "2024-05-27".
pub(crate) fn normalized_brief(v: &serde_json::Value) -> String {
    // Clock times read as clocks: minutes of the day as "03:40", a game
    // clock's seconds as "7:42".
    let unit = v.get("unit").and_then(|u| u.as_str()).unwrap_or("");
    let clock = crate::extract::clock::is_clock(unit)
        .then_some(crate::extract::clock::is_time_of_day(unit));
    let num = |x: &serde_json::Value| {
        x.as_f64().map(|f| {
            if let Some(of_day) = clock {
                let whole = f.round() as i64;
                let (a, b) = (whole / 60, whole % 60);
                return if of_day {
                    format!("{a:02}:{b:02}")
                } else {
                    format!("{a}:{b:02}")
                };
            }
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", f as i64)
            } else {
                format!("{f:.2}")
            }
        })
    };
    if let Some(q) = v.get("qualifier") {
        let lo = v.get("low").and_then(num).unwrap_or_else(|| "-∞".into());
        let hi = v.get("high").and_then(num).unwrap_or_else(|| "∞".into());
        let lb = if v
            .get("low_inclusive")
            .and_then(|b| b.as_bool())
            .unwrap_or(false)
        {
            "["
        } else {
            "("
        };
        let rb = if v
            .get("high_inclusive")
            .and_then(|b| b.as_bool())
            .unwrap_or(false)
        {
            "]"
        } else {
            ")"
        };
        let interval = if lo == hi {
            lo
        } else {
            format!("{lb}{lo}, {hi}{rb}")
        };
        let what = v
            .get("counted")
            .and_then(|c| c.as_str())
            .or_else(|| v.get("unit").and_then(|c| c.as_str()));
        // A converted figure shows itself as written: "; written 20 mi".
        let written = v.get("written").map_or(String::new(), |w| {
            let unit = w.get("unit").and_then(|u| u.as_str()).unwrap_or("");
            let figure = match (
                w.get("value").and_then(num),
                w.get("low").and_then(num),
                w.get("high").and_then(num),
            ) {
                (_, Some(l), Some(h)) => format!("{l}–{h}"),
                (Some(x), ..) => x,
                (None, Some(l), None) => format!("from {l}"),
                (None, None, Some(h)) => format!("up to {h}"),
                (None, None, None) => return String::new(),
            };
            format!("; written {figure} {unit}")
        });
        return match what {
            Some(w) => format!("{interval} {w} ({}{written})", q.as_str().unwrap_or("")),
            None => format!("{interval} ({}{written})", q.as_str().unwrap_or("")),
        };
    }
    if let Some(p) = v.get("precision") {
        return match v.get("value").and_then(|x| x.as_str()) {
            Some(d) => d.to_string(),
            None => format!("unresolved {}", p.as_str().unwrap_or("")),
        };
    }
    if let Some(c) = v.get("canonical").and_then(|c| c.as_str()) {
        return match v.get("title").and_then(|t| t.as_str()) {
            Some(t) => format!("{t} {c}"),
            None => c.to_string(),
        };
    }
    if let Some(q) = v.get("quote") {
        let speaker = v
            .get("speaker_canonical")
            .and_then(|s| s.as_str())
            .unwrap_or("unattributed");
        return format!("{speaker}: “{}”", clip(q.as_str().unwrap_or(""), 60));
    }
    if let Some(c) = v.get("cue").and_then(|c| c.as_str()) {
        return format!("negated ({c})");
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::normalized_brief;

    #[test]
    fn clock_times_read_as_clocks() {
        let day = serde_json::json!({"value": 220.0, "low": 210.0, "high": 230.0, "low_inclusive": true,
            "high_inclusive": true, "qualifier": "approximate", "unit": "time of day"});
        assert_eq!(
            normalized_brief(&day),
            "[03:30, 03:50] time of day (approximate)"
        );
        let game = serde_json::json!({"value": 462.0, "low": 462.0, "high": 462.0, "low_inclusive": true,
            "high_inclusive": true, "qualifier": "exact", "unit": "game clock (first half)"});
        assert_eq!(
            normalized_brief(&game),
            "7:42 game clock (first half) (exact)"
        );
    }
}
