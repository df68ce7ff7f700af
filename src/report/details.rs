//! The details report of `crosscheck extract`: every kept statement with
//! the details read from it (`crosscheck.details/1`), as JSON, a plain
//! listing, or CSV with one row per detail.

use crate::extract::{Detail, Extracted};
use serde::{Deserialize, Serialize};

/// The version tag of the details report.
pub const SCHEMA: &str = "crosscheck.details/1";

/// The header row of [`DetailsReport::to_csv`].
pub const CSV_HEADER: [&str; 10] = [
    "doc",
    "source",
    "statement_id",
    "kind",
    "text",
    "start",
    "end",
    "value",
    "normalized",
    "statement_text",
];

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

    /// CSV, one row per detail, in statement order. Columns:
    /// `doc,source,statement_id,kind,text,start,end,value,normalized,statement_text`:
    /// `start`/`end` are the detail's byte offsets into its document, `value`
    /// the normalized value in brief, `normalized` it as compact JSON.
    /// Records end with `\n`; the same details give the same bytes.
    pub fn to_csv(&self) -> String {
        let source = |doc: &str| {
            self.documents
                .iter()
                .find(|d| d.id == doc)
                .map(|d| d.source.as_str())
                .unwrap_or("")
        };
        let write = || -> Result<Vec<u8>, csv::Error> {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(Vec::new());
            w.write_record(CSV_HEADER)?;
            for s in &self.statements {
                for d in &s.details {
                    let value = serde_json::to_value(&d.normalized).unwrap_or_default();
                    let normalized = serde_json::to_string(&value).unwrap_or_default();
                    w.write_record([
                        s.doc.as_str(),
                        source(&s.doc),
                        s.id.as_str(),
                        d.kind.as_str(),
                        d.text.as_str(),
                        &d.start.to_string(),
                        &d.end.to_string(),
                        &super::normalized_brief(&value),
                        &normalized,
                        s.text.as_str(),
                    ])?;
                }
            }
            w.flush()?;
            w.into_inner().map_err(|e| e.into_error().into())
        };
        // Writing to memory cannot fail.
        String::from_utf8(write().unwrap_or_default()).unwrap_or_default()
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
