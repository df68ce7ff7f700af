//! Segment: the kept lines of each document into statements (sentences)
//! with byte spans and line numbers.
//!
//! Lines are split first (a paragraph never runs into the next), then
//! sentencex splits each line into sentences; it keeps "U.S.", "Mr.",
//! "No. 10" and decimals whole. Pieces are then re-joined where a split
//! would separate a quotation from its attribution: a quote stays in one
//! statement with "…," he said.

use crate::ingest::{Corpus, Document, LineRole};
use serde::{Deserialize, Serialize};

/// A statement: one sentence (or one quotation with its attribution) of a
/// document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// `{document id}:{n}`, n counting the document's statements from 1.
    pub id: String,
    /// Index of the document in [`Segmented::corpus`].
    #[serde(skip)]
    pub doc: usize,
    /// Byte range `[start, end)` in the document's text.
    pub start: usize,
    pub end: usize,
    /// 1-based line number of the statement's first byte.
    pub line: usize,
    /// True for the article's headline.
    pub title: bool,
    pub text: String,
}

/// Options for segmentation.
#[derive(Debug, Clone)]
pub struct SegmentOptions {
    /// A quotation longer than this many bytes is split at its sentences
    /// even though that separates inner sentences from the attribution.
    /// Default: 1,500.
    pub max_quote_bytes: usize,
}

impl Default for SegmentOptions {
    fn default() -> Self {
        SegmentOptions {
            max_quote_bytes: 1500,
        }
    }
}

/// The corpus with its statements, in document order.
#[derive(Debug, Clone)]
pub struct Segmented {
    pub corpus: Corpus,
    pub statements: Vec<Statement>,
}

impl Segmented {
    /// The statements of one document (by index).
    pub fn statements_of(&self, doc: usize) -> impl Iterator<Item = &Statement> {
        self.statements.iter().filter(move |s| s.doc == doc)
    }
}

/// Splits every document of the corpus into statements.
pub fn segment(corpus: Corpus, options: &SegmentOptions) -> Segmented {
    let statements = corpus
        .documents
        .iter()
        .enumerate()
        .flat_map(|(i, doc)| segment_document(i, doc, options))
        .collect();
    Segmented { corpus, statements }
}

/// Splits one document into statements.
pub fn segment_document(index: usize, doc: &Document, options: &SegmentOptions) -> Vec<Statement> {
    let mut out = Vec::new();
    for line in doc.kept_lines() {
        let text = doc.line_text(line);
        let title = line.role == LineRole::Title;
        for (s, e) in sentences(text, options) {
            let start = line.start + s;
            out.push(Statement {
                id: format!("{}:{}", doc.id, out.len() + 1),
                doc: index,
                start,
                end: line.start + e,
                line: line.number,
                title,
                text: doc.text[start..line.start + e].to_string(),
            });
        }
    }
    out
}

/// Sentence spans of one line, relative to the line.
pub fn sentences(line: &str, options: &SegmentOptions) -> Vec<(usize, usize)> {
    let base = line.as_ptr() as usize;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for piece in sentencex::segment("en", line) {
        // sentencex returns slices of its input; their offsets are ours.
        let start = piece.as_ptr() as usize - base;
        let trimmed = piece.trim();
        if trimmed.is_empty() {
            continue;
        }
        let s = start + (piece.len() - piece.trim_start().len());
        spans.push((s, s + trimmed.len()));
    }
    // Re-join pieces a split should not have separated.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        let piece = &line[s..e];
        if let Some(last) = merged.last_mut() {
            let prev = &line[last.0..last.1];
            let join = !piece.chars().any(char::is_alphanumeric)
                || (open_quote(prev) && e - last.0 <= options.max_quote_bytes)
                || starts_attribution(piece);
            if join {
                last.1 = e;
                continue;
            }
        }
        merged.push((s, e));
    }
    merged
}

/// True when a quotation opened in `text` is not closed in it.
fn open_quote(text: &str) -> bool {
    let straight = text.matches('"').count();
    let open = text.matches('“').count();
    let close = text.matches('”').count();
    straight % 2 == 1 || open > close
}

/// A piece that only says who spoke: `he said.`, `said Stoltenberg.`
fn starts_attribution(piece: &str) -> bool {
    let first = piece.split_whitespace().next().unwrap_or("");
    first.chars().next().is_some_and(char::is_lowercase)
        && piece.split_whitespace().count() <= 6
        && matches!(
            piece
                .split_whitespace()
                .nth(1)
                .unwrap_or(first)
                .trim_end_matches(['.', ',']),
            "said"
                | "says"
                | "added"
                | "wrote"
                | "told"
                | "stated"
                | "noted"
                | "asked"
                | "explained"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &SegmentOptions::default())
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn abbreviations_and_decimals_do_not_split() {
        assert_eq!(
            split("The U.S. and Germany sent 1.5 million shells. Mr. Smith disagreed."),
            vec![
                "The U.S. and Germany sent 1.5 million shells.",
                "Mr. Smith disagreed."
            ]
        );
    }

    #[test]
    fn a_quote_keeps_its_attribution() {
        let text =
            "\"They need our help. Not in two years. They need it now,\" Szczerba said. He left.";
        assert_eq!(
            split(text),
            vec![
                "\"They need our help. Not in two years. They need it now,\" Szczerba said.",
                "He left."
            ]
        );
    }
}
