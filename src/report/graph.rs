//! The claim graph as data (`crosscheck align --format json`: statements,
//! edges with their score breakdown, claims, stories) and as Graphviz DOT.

use crate::align::score::Score;
use crate::align::ClaimGraph;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The version tag of the graph dump.
pub const SCHEMA: &str = "crosscheck.graph/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphStatement {
    pub id: String,
    pub doc: String,
    pub claim: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphEdge {
    pub a: String,
    pub b: String,
    pub score: Score,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphReport {
    pub schema: String,
    pub stories: Vec<super::StoryOut>,
    pub statements: Vec<GraphStatement>,
    pub edges: Vec<GraphEdge>,
    pub claims: Vec<super::ClaimOut>,
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

impl GraphReport {
    pub fn new(graph: &ClaimGraph) -> Self {
        let seg = &graph.extracted.segmented;
        let docs = &seg.corpus.documents;
        let st = &seg.statements;
        GraphReport {
            schema: SCHEMA.into(),
            stories: graph
                .stories
                .iter()
                .enumerate()
                .map(|(k, ds)| super::StoryOut {
                    id: format!("s{}", k + 1),
                    docs: ds.iter().map(|&d| docs[d].id.clone()).collect(),
                })
                .collect(),
            statements: st
                .iter()
                .enumerate()
                .map(|(i, s)| GraphStatement {
                    id: s.id.clone(),
                    doc: docs[s.doc].id.clone(),
                    claim: graph.claims[graph.claim_of[i]].id.clone(),
                    text: s.text.clone(),
                })
                .collect(),
            edges: graph
                .edges
                .iter()
                .map(|e| GraphEdge {
                    a: st[e.a].id.clone(),
                    b: st[e.b].id.clone(),
                    score: Score {
                        total: round(e.score.total),
                        lexical: round(e.score.lexical),
                        chars: round(e.score.chars),
                        entities: round(e.score.entities),
                        numbers: round(e.score.numbers),
                        dates: round(e.score.dates),
                        frame: round(e.score.frame),
                        quote: round(e.score.quote),
                        semantic: round(e.score.semantic),
                    },
                })
                .collect(),
            claims: graph
                .claims
                .iter()
                .map(|c| {
                    let mut ds: Vec<String> = c
                        .statements
                        .iter()
                        .map(|&s| docs[st[s].doc].id.clone())
                        .collect();
                    ds.dedup();
                    super::ClaimOut {
                        id: c.id.clone(),
                        statements: c.statements.iter().map(|&s| st[s].id.clone()).collect(),
                        docs: ds,
                    }
                })
                .collect(),
        }
    }
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

/// The claim graph for Graphviz: one cluster per corroborated claim, its
/// statements as nodes labelled with their document and text, and the
/// similarity edges labelled with their score. Unique claims are left out.
pub fn dot(graph: &ClaimGraph) -> String {
    let seg = &graph.extracted.segmented;
    let docs = &seg.corpus.documents;
    let st = &seg.statements;
    let mut out = String::from("graph claims {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n");
    for c in graph.claims.iter().filter(|c| c.statements.len() > 1) {
        let _ = writeln!(
            out,
            "  subgraph \"cluster_{}\" {{\n    label=\"{}\";",
            c.id, c.id
        );
        for &s in &c.statements {
            let _ = writeln!(
                out,
                "    \"{}\" [label=\"{}\\n{}\"];",
                dot_escape(&st[s].id),
                dot_escape(&docs[st[s].doc].id),
                dot_escape(&super::clip(&st[s].text, 80))
            );
        }
        let _ = writeln!(out, "  }}");
    }
    for e in &graph.edges {
        let _ = writeln!(
            out,
            "  \"{}\" -- \"{}\" [label=\"{:.2}\"];",
            dot_escape(&st[e.a].id),
            dot_escape(&st[e.b].id),
            e.score.total
        );
    }
    out.push_str("}\n");
    out
}
