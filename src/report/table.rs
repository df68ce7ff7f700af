//! Terminal tables (comfy-table): summary, agreement matrix, findings with
//! each source's value side by side, corroborated and unique claims.

use super::{clip, label, normalized_brief, Render, RenderOptions, Report};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, Color, ContentArrangement, Table as Grid};
use std::fmt::Write;

pub(super) struct Table;

fn grid(options: &RenderOptions) -> Grid {
    let mut t = Grid::new();
    t.load_style(UTF8_FULL_CONDENSED);
    // Colour only when the caller says the output is a terminal that wants
    // it; comfy-table would otherwise guess from its own stdout.
    if options.color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    match options.width {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t
}

impl Render for Table {
    fn render(&self, r: &Report, options: &RenderOptions) -> String {
        let mut out = String::new();
        let s = &r.summary;
        let mut t = grid(options);
        t.set_header(vec![
            "documents",
            "statements",
            "claims",
            "corroborated",
            "unique",
            "conflict",
            "discrepancy",
            "compatible",
            "agree",
            "consistency",
        ]);
        let n = |k: &str| s.findings.get(k).copied().unwrap_or(0).to_string();
        t.add_row(vec![
            s.documents.to_string(),
            s.statements.to_string(),
            s.claims.to_string(),
            s.corroborated_claims.to_string(),
            s.unique_claims.to_string(),
            n("conflict"),
            n("discrepancy"),
            n("compatible"),
            n("agree"),
            s.consistency
                .map(|c| format!("{:.0}%", c * 100.0))
                .unwrap_or_else(|| "n/a".into()),
        ]);
        let _ = writeln!(out, "Summary\n{t}\n");

        if r.stories.len() > 1 {
            let mut t = grid(options);
            t.set_header(vec!["story", "documents"]);
            for st in &r.stories {
                t.add_row(vec![st.id.clone(), st.docs.join("\n")]);
            }
            let _ = writeln!(out, "Stories (statements align only within a story)\n{t}\n");
        }

        let mut t = grid(options);
        let ids: Vec<&str> = r.documents.iter().map(|d| d.id.as_str()).collect();
        let mut header = vec!["agreement".to_string()];
        header.extend(ids.iter().map(|i| clip(i, 12)));
        t.set_header(header);
        for a in &ids {
            let mut row = vec![clip(a, 12)];
            for b in &ids {
                row.push(if a == b {
                    "—".into()
                } else {
                    r.pair(a, b)
                        .and_then(|p| {
                            p.agreement
                                .map(|x| format!("{:.0}%/{}", x * 100.0, p.shared_claims))
                        })
                        .unwrap_or_else(|| "·".into())
                });
            }
            t.add_row(row);
        }
        let _ = writeln!(out, "Agreement between sources (share of shared claims without discrepancy or conflict / shared claims)\n{t}\n");

        let mut t = grid(options);
        t.set_header(vec![
            "severity",
            "verdict",
            "kind",
            "measure / finding",
            "values by source",
            "explanation",
            "status",
        ]);
        for f in &r.findings {
            let values: Vec<String> = f
                .values
                .iter()
                .map(|v| {
                    format!(
                        "{}: “{}” → {}",
                        clip(&label(r, &v.doc), 24),
                        clip(&v.text, 60),
                        normalized_brief(&v.normalized)
                    )
                })
                .collect();
            let colour = |v: &str| match v {
                "high" | "conflict" => Some(Color::Red),
                "medium" | "discrepancy" => Some(Color::Yellow),
                "compatible" => Some(Color::Blue),
                "agree" => Some(Color::Green),
                _ => None,
            };
            let painted = |v: &str| match colour(v) {
                Some(c) if options.color => Cell::new(v).fg(c),
                _ => Cell::new(v),
            };
            t.add_row(vec![
                painted(&f.severity),
                painted(&f.verdict),
                Cell::new(&f.kind),
                Cell::new(format!("{}\n{}", f.measure, f.id)),
                Cell::new(values.join("\n")),
                Cell::new(&f.explanation),
                Cell::new(super::status_brief(f)),
            ]);
        }
        if r.findings.is_empty() {
            let _ = writeln!(
                out,
                "Findings: none (no claim is carried by two sources with comparable details)\n"
            );
        } else {
            let _ = writeln!(out, "Findings\n{t}\n");
        }

        if let Some(review) = &r.review {
            let _ = writeln!(out, "{}\n", super::review_brief(review));
            if !review.stale.is_empty() {
                let mut t = grid(options);
                t.set_header(vec!["finding", "status", "by", "at", "note", "was"]);
                for d in &review.stale {
                    t.add_row(vec![
                        d.finding.clone(),
                        d.status.as_str().into(),
                        d.by.clone(),
                        d.at.clone(),
                        d.note.clone(),
                        clip(&d.explanation, 120),
                    ]);
                }
                let _ = writeln!(out, "Stale review decisions (their finding is gone)\n{t}\n");
            }
        }

        let mut t = grid(options);
        t.set_header(vec!["claim", "sources", "statement"]);
        for c in r.corroborated() {
            let text = c
                .statements
                .first()
                .and_then(|s| r.statement(s))
                .map(|s| clip(&s.text, 140))
                .unwrap_or_default();
            t.add_row(vec![c.id.clone(), c.docs.join("\n"), text]);
        }
        let _ = writeln!(out, "Corroborated claims\n{t}\n");

        let mut t = grid(options);
        t.set_header(vec!["document", "unique claims"]);
        for (doc, n) in &r.summary.unique_by_document {
            t.add_row(vec![doc.clone(), n.to_string()]);
        }
        let _ = writeln!(out, "Claims only one source reports\n{t}");

        if !r.problems.is_empty() {
            let _ = writeln!(out, "\nProblems with the inputs");
            for p in &r.problems {
                let _ = writeln!(out, "  {p}");
            }
        }
        out
    }
}
