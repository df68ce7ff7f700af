//! The details report of `crosscheck extract`: every kept statement with
//! the details read from it (`crosscheck.details/1`).

use crate::extract::{Detail, Extracted};
use serde::{Deserialize, Serialize};

/// The version tag of the details report.
pub const SCHEMA: &str = "crosscheck.details/1";

/// A document, briefly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailsDocument {
    pub id: String,
    pub source: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub path: String,
}

/// A statement with its details.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailsStatement {
    pub id: String,
    pub doc: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub details: Vec<Detail>,
}

/// `crosscheck extract` output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailsReport {
    pub schema: String,
    pub documents: Vec<DetailsDocument>,
    pub statements: Vec<DetailsStatement>,
    /// Relative dates that could not be resolved (no publication date).
    pub unresolved_dates: usize,
}

impl DetailsReport {
    pub fn new(extracted: &Extracted) -> Self {
        let seg = &extracted.segmented;
        let docs = &seg.corpus.documents;
        let statements: Vec<DetailsStatement> = seg
            .statements
            .iter()
            .zip(&extracted.details)
            .map(|(s, d)| DetailsStatement {
                id: s.id.clone(),
                doc: docs[s.doc].id.clone(),
                text: s.text.clone(),
                start: s.start,
                end: s.end,
                details: d.clone(),
            })
            .collect();
        let unresolved_dates = extracted
            .details
            .iter()
            .flatten()
            .filter(|d| matches!(&d.normalized, crate::extract::Normalized::Date(v) if !v.resolved))
            .count();
        DetailsReport {
            schema: SCHEMA.into(),
            documents: docs
                .iter()
                .map(|d| DetailsDocument {
                    id: d.id.clone(),
                    source: d.source_name().to_string(),
                    title: d.meta.title.clone(),
                    date: d.meta.date.map(|x| x.to_string()),
                    path: d.path.clone(),
                })
                .collect(),
            statements,
            unresolved_dates,
        }
    }

    /// A plain listing: each statement, then its details with their
    /// normalized values in brief.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for s in &self.statements {
            out.push_str(&format!("{} [{}..{}] {}\n", s.id, s.start, s.end, s.text));
            for d in &s.details {
                let value = serde_json::to_value(&d.normalized).unwrap_or_default();
                out.push_str(&format!(
                    "    {:<8} {:<40} {}\n",
                    d.kind.as_str(),
                    super::clip(&d.text, 40),
                    super::normalized_brief(&value)
                ));
            }
        }
        if self.unresolved_dates > 0 {
            out.push_str(&format!(
                "{} relative date(s) left unresolved: their document has no publication date\n",
                self.unresolved_dates
            ));
        }
        out
    }
}
