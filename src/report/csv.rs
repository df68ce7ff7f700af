//! CSV: one row per finding value, for spreadsheets and scripts.
//!
//! Columns: `finding_id,kind,verdict,severity,measure,claim,fact,doc,source,
//! value_text,normalized,statement_id,statement_text,start,end,status,
//! review_note`. `measure` names what is compared in plain words; `claim`
//! and `fact` are the claim or fact group judged (empty when none). `normalized` is the
//! value's normalized form as compact JSON; `start`/`end` are the value's byte
//! offsets into its document; `status` is the review status (`open`,
//! `accepted`, `dismissed`) and `review_note` the reviewer's note. Fields are quoted by the `csv` crate when they
//! hold a comma, a quote or a line break; records end with `\n`. Rows follow
//! the report's order (findings, then their values), so the same report gives
//! the same bytes.

use super::{Render, RenderOptions, Report};

pub(super) struct Csv;

/// The header row.
pub(super) const HEADER: [&str; 17] = [
    "finding_id",
    "kind",
    "verdict",
    "severity",
    "measure",
    "claim",
    "fact",
    "doc",
    "source",
    "value_text",
    "normalized",
    "statement_id",
    "statement_text",
    "start",
    "end",
    "status",
    "review_note",
];

fn write(r: &Report) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(HEADER)?;
    for f in &r.findings {
        for v in &f.values {
            let normalized = serde_json::to_string(&v.normalized).unwrap_or_default();
            let statement_text = r
                .statement(&v.statement)
                .map(|s| s.text.as_str())
                .unwrap_or("");
            let start = v.start.to_string();
            let end = v.end.to_string();
            let note = f.decision.as_ref().map(|d| d.note.as_str()).unwrap_or("");
            w.write_record([
                f.id.as_str(),
                f.kind.as_str(),
                f.verdict.as_str(),
                f.severity.as_str(),
                f.measure.as_str(),
                f.claim.as_deref().unwrap_or(""),
                f.fact.as_deref().unwrap_or(""),
                v.doc.as_str(),
                v.source.as_str(),
                v.text.as_str(),
                normalized.as_str(),
                v.statement.as_str(),
                statement_text,
                start.as_str(),
                end.as_str(),
                f.status.as_str(),
                note,
            ])?;
        }
    }
    w.flush()?;
    w.into_inner().map_err(|e| e.into_error().into())
}

impl Render for Csv {
    fn render(&self, r: &Report, _: &RenderOptions) -> String {
        match write(r) {
            // Every field is a Rust string, so the bytes are UTF-8.
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => format!("error\n{e}\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{FindingOut, StatementOut, Summary, ValueOut};

    fn seeds() -> Report {
        let cmp = crate::run(&crate::seed_inputs(), &crate::Options::default()).unwrap();
        Report::new(&cmp)
    }

    fn read(text: &str) -> Vec<csv::StringRecord> {
        csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap())
            .collect()
    }

    #[test]
    fn one_row_per_value_with_the_header() {
        let r = seeds();
        let text = Csv.render(&r, &RenderOptions::default());
        assert_eq!(text.lines().next().unwrap(), HEADER.join(","));
        let rows = read(&text);
        let values: usize = r.findings.iter().map(|f| f.values.len()).sum();
        assert!(values > 0);
        assert_eq!(rows.len(), values);
        for row in &rows {
            assert_eq!(row.len(), HEADER.len());
            let n: serde_json::Value = serde_json::from_str(&row[10]).unwrap();
            assert!(n.is_object());
            let f = r.findings.iter().find(|f| f.id == row[0]).unwrap();
            // The measure and what was judged are named.
            assert_eq!(&row[4], f.measure);
            assert_eq!(&row[5], f.claim.as_deref().unwrap_or(""));
            assert_eq!(&row[6], f.fact.as_deref().unwrap_or(""));
            // The statement text holds the value at its offsets.
            let st = r.statement(&row[11]).unwrap();
            assert_eq!(&row[12], st.text);
        }
        // Deterministic.
        assert_eq!(text, Csv.render(&r, &RenderOptions::default()));
    }

    fn hostile() -> Report {
        let text = "He said, \"no\",\nthen \"yes\"; 3,000 people".to_string();
        Report {
            schema: crate::report::SCHEMA.into(),
            generator: "test".into(),
            documents: vec![],
            stories: vec![],
            statements: vec![StatementOut {
                id: "a:1".into(),
                doc: "a".into(),
                text: text.clone(),
                start: 0,
                end: text.len(),
                line: 1,
                title: false,
            }],
            claims: vec![],
            facts: vec![],
            findings: vec![FindingOut {
                id: "f-1".into(),
                kind: "quote".into(),
                verdict: "conflict".into(),
                severity: "high".into(),
                measure: "quotation “no, really…”".into(),
                claim: None,
                fact: None,
                values: vec![ValueOut {
                    doc: "a".into(),
                    source: "Daily, \"Quoted\" News".into(),
                    statement: "a:1".into(),
                    text: "\"no\",\nthen".into(),
                    start: 9,
                    end: 19,
                    normalized: serde_json::json!({"quote": "no, \"really\"", "speaker": null}),
                }],
                explanation: String::new(),
                rule: "x".into(),
                status: "open".into(),
                decision: None,
            }],
            agreement: vec![],
            summary: Summary {
                documents: 1,
                statements: 1,
                claims: 0,
                corroborated_claims: 0,
                unique_claims: 0,
                facts: 0,
                unique_by_document: Default::default(),
                findings: Default::default(),
                consistency: None,
            },
            problems: vec![],
            review: None,
        }
    }

    #[test]
    fn commas_quotes_and_newlines_are_quoted() {
        let r = hostile();
        let text = Csv.render(&r, &RenderOptions::default());
        assert!(text.contains("\"Daily, \"\"Quoted\"\" News\""), "{text}");
        assert!(text.contains("\"\"\"no\"\",\nthen\""), "{text}");
        let rows = read(&text);
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][8], "Daily, \"Quoted\" News");
        assert_eq!(&rows[0][9], "\"no\",\nthen");
        assert_eq!(&rows[0][12], r.statements[0].text);
        assert_eq!(&rows[0][10], r#"{"quote":"no, \"really\"","speaker":null}"#);
        assert_eq!(&rows[0][13], "9");
        assert_eq!(&rows[0][14], "19");
    }

    #[test]
    fn no_findings_gives_the_header_alone() {
        let mut r = hostile();
        r.findings.clear();
        let text = Csv.render(&r, &RenderOptions::default());
        assert_eq!(text, format!("{}\n", HEADER.join(",")));
    }
}
