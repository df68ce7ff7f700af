//! Segment: the kept lines of each document into statements (sentences)
//! with byte spans and line numbers.
//!
//! Lines are split first (a paragraph never runs into the next), then
//! sentencex splits each line into sentences; it keeps "U.S.", "Mr.",
//! "No. 10" and decimals whole. Pieces are then re-joined where a split
//! would separate a quotation from its attribution: a quote stays in one
//! statement with "…," he said.

use crate::error::Problem;
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
    /// A "sentence" longer than this many bytes is not prose (a table dump,
    /// a run of text with no sentence end) and some extractors take time
    /// that grows with the square of a statement's length; it is split at
    /// spaces into statements of at most this size, with a warning. Real
    /// sentences stay far below it. Default: 4,096.
    pub max_statement_bytes: usize,
    /// The sentence splitter's time grows with the square of a line's
    /// length when the line holds many quotation marks, so a longer line is
    /// handed to it in pieces of at most this many bytes, cut after a
    /// sentence end where there is one. Default: 16,384.
    pub max_line_bytes: usize,
}

impl Default for SegmentOptions {
    fn default() -> Self {
        SegmentOptions {
            max_quote_bytes: 1500,
            max_statement_bytes: 4096,
            max_line_bytes: 16 * 1024,
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

/// Splits every document of the corpus into statements. Overlong
/// statements that had to be split are reported in `corpus.problems`.
pub fn segment(mut corpus: Corpus, options: &SegmentOptions) -> Segmented {
    let mut statements = Vec::new();
    for (i, doc) in corpus.documents.iter().enumerate() {
        let (found, problems) = segment_with_problems(i, doc, options);
        statements.extend(found);
        corpus.problems.extend(problems);
    }
    corpus.problems.sort();
    Segmented { corpus, statements }
}

/// Splits one document into statements.
pub fn segment_document(index: usize, doc: &Document, options: &SegmentOptions) -> Vec<Statement> {
    segment_with_problems(index, doc, options).0
}

fn segment_with_problems(
    index: usize,
    doc: &Document,
    options: &SegmentOptions,
) -> (Vec<Statement>, Vec<Problem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for line in doc.kept_lines() {
        let text = doc.line_text(line);
        let title = line.role == LineRole::Title;
        for (s, e) in sentences(text, options) {
            let pieces = cut(text, s, e, options.max_statement_bytes);
            if pieces.len() > 1 {
                problems.push(Problem::warning(
                    doc.path.clone(),
                    Some(line.number),
                    format!(
                        "a sentence of {} bytes is longer than the {}-byte limit for one statement; split at spaces into {} statements",
                        e - s,
                        options.max_statement_bytes,
                        pieces.len()
                    ),
                ));
            }
            for (s, e) in pieces {
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
    }
    (out, problems)
}

/// Cuts `text[start..end]` into pieces of at most `max` bytes, at the last
/// white space before the limit (or at a character boundary when a piece
/// has none), each trimmed of white space.
fn cut(text: &str, mut start: usize, end: usize, max: usize) -> Vec<(usize, usize)> {
    let max = max.max(8);
    let mut pieces = Vec::new();
    while end - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let at = match window.rfind(char::is_whitespace) {
            Some(w) if w > 0 => start + w,
            _ => limit,
        };
        pieces.push((start, start + text[start..at].trim_end().len()));
        start = at + (text[at..end].len() - text[at..end].trim_start().len());
    }
    if start < end {
        pieces.push((start, end));
    }
    pieces
}

/// Sentence spans of one line, relative to the line.
pub fn sentences(line: &str, options: &SegmentOptions) -> Vec<(usize, usize)> {
    let base = line.as_ptr() as usize;
    // Each span with whether it continues the previous one: the first
    // sentence of a chunk that was cut mid-sentence.
    let mut spans: Vec<(usize, usize, bool)> = Vec::new();
    for (chunk, continues) in chunks(line, options.max_line_bytes) {
        let mut first = continues;
        for piece in sentencex::segment("en", chunk) {
            // sentencex returns slices of its input; their offsets are ours.
            let start = piece.as_ptr() as usize - base;
            let trimmed = piece.trim();
            if trimmed.is_empty() {
                continue;
            }
            let s = start + (piece.len() - piece.trim_start().len());
            spans.push((s, s + trimmed.len(), first));
            first = false;
        }
    }
    // Re-join pieces a split should not have separated.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e, continues) in spans {
        let piece = &line[s..e];
        if let Some(last) = merged.last_mut() {
            let prev = &line[last.0..last.1];
            let join = continues
                || !piece.chars().any(char::is_alphanumeric)
                || (e - last.0 <= options.max_quote_bytes && open_quote(prev))
                || starts_attribution(piece)
                || continues_a_time(prev, piece);
            if join {
                last.1 = e;
                continue;
            }
        }
        merged.push((s, e));
    }
    merged
}

/// A line cut into pieces of at most `max` bytes: after the last sentence
/// end (`. `, `? `, `! `) in the window, else at its last white space, else
/// at a character boundary. Each piece comes with whether it continues a
/// sentence the previous piece began (a cut not at a sentence end).
fn chunks(line: &str, max: usize) -> Vec<(&str, bool)> {
    let max = max.max(8);
    let mut out = Vec::new();
    let mut rest = line;
    let mut continues = false;
    while rest.len() > max {
        let mut limit = max;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &rest[..limit];
        let sentence_end = [". ", "? ", "! "]
            .iter()
            .filter_map(|end| window.rfind(end).map(|i| i + 1))
            .max();
        let at = sentence_end
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .unwrap_or(limit);
        out.push((&rest[..at], continues));
        continues = sentence_end.is_none();
        rest = &rest[at..];
    }
    out.push((rest, continues));
    out
}

/// True when a quotation opened in `text` is not closed in it.
fn open_quote(text: &str) -> bool {
    let straight = text.matches('"').count();
    let open = text.matches('“').count();
    let close = text.matches('”').count();
    straight % 2 == 1 || open > close
}

/// A piece that goes on with the day of a clock time the previous piece
/// ends with: "arrested around 1:30 a.m." + "Feb. 1 on State Route 94", "at
/// 10 p.m." + "Sunday in Athens", "at 8 p.m." + "ET". The splitter reads
/// the abbreviation's full stop as a sentence end before a capital.
fn continues_a_time(prev: &str, piece: &str) -> bool {
    let tail = prev.trim_end().to_ascii_lowercase();
    if !(tail.ends_with("a.m.") || tail.ends_with("p.m.")) {
        return false;
    }
    let mut words = piece.split_whitespace();
    let first = words.next().unwrap_or("").trim_end_matches([',', '.']);
    let second = words.next().unwrap_or("");
    let weekday = crate::calendar::weekday_number(first).is_some() && first.len() >= 6;
    let dated_month = crate::calendar::month_number(first).is_some()
        && second.starts_with(|c: char| c.is_ascii_digit());
    let zone = crate::calendar::time_zone(first).is_some() || first.eq_ignore_ascii_case("local");
    weekday || dated_month || zone
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
    fn a_clock_time_keeps_its_day() {
        assert_eq!(
            split("Williams, 32, was arrested around 1:30 a.m. Feb. 1 on State Route 94. He was released."),
            vec![
                "Williams, 32, was arrested around 1:30 a.m. Feb. 1 on State Route 94.",
                "He was released."
            ]
        );
        assert_eq!(
            split("The march began at 8 p.m. Saturday in Athens."),
            vec!["The march began at 8 p.m. Saturday in Athens."]
        );
        assert_eq!(
            split("Kickoff is at 8 p.m. ET on Saturday."),
            vec!["Kickoff is at 8 p.m. ET on Saturday."]
        );
        // A new sentence after the time still starts one.
        assert_eq!(
            split("The fire started at 2 a.m. Officials said nobody was hurt."),
            vec![
                "The fire started at 2 a.m.",
                "Officials said nobody was hurt."
            ]
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_spaces_or_characters() {
        let text = "ab cd  éé fg";
        let pieces: Vec<&str> = cut(text, 0, text.len(), 8)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(pieces, vec!["ab cd", "éé fg"]);
        let text = "ééééééééé";
        let pieces: Vec<&str> = cut(text, 0, text.len(), 9)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(pieces, vec!["éééé", "éééé", "é"]);
    }

    #[test]
    fn long_lines_reach_the_splitter_in_pieces_cut_at_sentence_ends() {
        let line = "One two. Three four five. Six";
        assert_eq!(
            chunks(line, 20),
            vec![
                ("One two.", false),
                (" Three four five.", false),
                (" Six", false)
            ]
        );
        assert_eq!(
            chunks("abcdefghijkl", 8),
            vec![("abcdefgh", false), ("ijkl", true)]
        );
        assert_eq!(chunks(line, 100), vec![(line, false)]);
        // A sentence cut between chunks is one statement again.
        let options = SegmentOptions {
            max_line_bytes: 10,
            ..Default::default()
        };
        let text = "Seven words in one sentence here now. Next.";
        let got: Vec<&str> = sentences(text, &options)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, vec!["Seven words in one sentence here now.", "Next."]);
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
