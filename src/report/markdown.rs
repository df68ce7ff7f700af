//! GitHub-flavoured Markdown: the same content as the table, readable in a
//! pull request or a wiki.

use super::{clip, label, normalized_brief, Render, RenderOptions, Report};
use std::fmt::Write;

pub(super) struct Markdown;

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

impl Render for Markdown {
    fn render(&self, r: &Report, _: &RenderOptions) -> String {
        let mut out = String::new();
        let s = &r.summary;
        let _ = writeln!(out, "# crosscheck report\n");
        let _ = writeln!(
            out,
            "{} documents, {} statements, {} claims ({} corroborated, {} unique). Findings: {} conflict, {} discrepancy, {} compatible, {} agree. Consistency: {}.\n",
            s.documents,
            s.statements,
            s.claims,
            s.corroborated_claims,
            s.unique_claims,
            s.findings.get("conflict").unwrap_or(&0),
            s.findings.get("discrepancy").unwrap_or(&0),
            s.findings.get("compatible").unwrap_or(&0),
            s.findings.get("agree").unwrap_or(&0),
            s.consistency.map(|c| format!("{:.0}%", c * 100.0)).unwrap_or_else(|| "n/a".into())
        );

        let _ = writeln!(out, "## Documents\n\n| id | source | date | title | statements | dropped lines |\n|---|---|---|---|---:|---:|");
        for d in &r.documents {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                cell(&d.id),
                cell(&d.source),
                d.date.as_deref().unwrap_or("—"),
                cell(&clip(d.title.as_deref().unwrap_or("—"), 70)),
                d.statements,
                d.dropped_lines
            );
        }

        if r.stories.len() > 1 {
            let _ = writeln!(out, "\n## Stories\n\nDocuments grouped by the event they report; statements align only within a story.\n\n| story | documents |\n|---|---|");
            for st in &r.stories {
                let _ = writeln!(out, "| {} | {} |", st.id, cell(&st.docs.join(", ")));
            }
        }

        let _ = writeln!(out, "\n## Agreement between sources\n\nOf the claims two sources share, the share without a discrepancy or conflict.\n");
        let ids: Vec<&str> = r.documents.iter().map(|d| d.id.as_str()).collect();
        let _ = writeln!(
            out,
            "| | {} |",
            ids.iter().map(|i| cell(i)).collect::<Vec<_>>().join(" | ")
        );
        let _ = writeln!(out, "|---|{}", "---|".repeat(ids.len()));
        for a in &ids {
            let row: Vec<String> = ids
                .iter()
                .map(|b| {
                    if a == b {
                        return "—".into();
                    }
                    r.pair(a, b)
                        .map(|p| match p.agreement {
                            Some(x) => format!("{:.0}% of {}", x * 100.0, p.shared_claims),
                            None => "no shared claim".into(),
                        })
                        .unwrap_or_default()
                })
                .collect();
            let _ = writeln!(out, "| **{}** | {} |", cell(a), row.join(" | "));
        }

        let _ = writeln!(out, "\n## Findings\n");
        if r.findings.is_empty() {
            let _ = writeln!(
                out,
                "No findings: no claim is carried by two sources with comparable details."
            );
        } else {
            let _ = writeln!(out, "| severity | verdict | kind | measure | finding | values | explanation | status |\n|---|---|---|---|---|---|---|---|");
            for f in &r.findings {
                let values: Vec<String> = f
                    .values
                    .iter()
                    .map(|v| {
                        format!(
                            "**{}**: “{}” → {}",
                            cell(&label(r, &v.doc)),
                            cell(&v.text),
                            cell(&normalized_brief(&v.normalized))
                        )
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | `{}` ({}) | {} | {} | {} |",
                    f.severity,
                    f.verdict,
                    f.kind,
                    cell(&f.measure),
                    f.id,
                    super::scope(f),
                    values.join("<br>"),
                    cell(&f.explanation),
                    cell(&super::status_brief(f))
                );
            }
        }

        if let Some(review) = &r.review {
            let _ = writeln!(out, "\n{}", cell(&super::review_brief(review)));
            if !review.stale.is_empty() {
                let _ = writeln!(out, "\n### Stale review decisions (their finding is gone)\n\n| finding | status | by | at | note | was |\n|---|---|---|---|---|---|");
                for d in &review.stale {
                    let _ = writeln!(
                        out,
                        "| `{}` | {} | {} | {} | {} | {} |",
                        d.finding,
                        d.status.as_str(),
                        cell(&d.by),
                        d.at,
                        cell(&d.note),
                        cell(&clip(&d.explanation, 160))
                    );
                }
            }
        }

        let _ = writeln!(out, "\n## Corroborated claims\n");
        let _ = writeln!(out, "| claim | sources | statement |\n|---|---|---|");
        for c in r.corroborated() {
            let text = c
                .statements
                .first()
                .and_then(|s| r.statement(s))
                .map(|s| clip(&s.text, 160))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                c.id,
                cell(&c.docs.join(", ")),
                cell(&text)
            );
        }

        let _ = writeln!(
            out,
            "\n## Claims only one source reports\n\n| document | unique claims |\n|---|---:|"
        );
        for (doc, n) in &r.summary.unique_by_document {
            let _ = writeln!(out, "| {} | {} |", cell(doc), n);
        }

        if !r.problems.is_empty() {
            let _ = writeln!(out, "\n## Problems with the inputs\n");
            for p in &r.problems {
                let _ = writeln!(out, "- {}", cell(&p.to_string()));
            }
        }
        out
    }
}
