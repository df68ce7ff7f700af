//! The invariants the fuzz targets check, beyond "no crash": every span
//! slices its text exactly, statements are trimmed, ordered and disjoint,
//! every detail lies inside its statement, and every problem names its file.

use crosscheck::extract::Detail;
use crosscheck::ingest::{ingest_named_bytes, IngestOptions, Offsets};
use crosscheck::segment::SegmentOptions;

/// Small limits, so that the fuzzer reaches the cutting code with small
/// inputs.
pub fn small_limits() -> (IngestOptions, SegmentOptions) {
    (
        IngestOptions {
            max_doc_bytes: 4096,
            max_html_depth: 16,
        },
        SegmentOptions {
            max_quote_bytes: 300,
            max_statement_bytes: 200,
            max_line_bytes: 400,
        },
    )
}

/// Ingests `data` as a file called `name`, segments and extracts it, and
/// checks every span.
pub fn check_file(name: &str, data: &[u8]) {
    let (ingest, segment) = small_limits();
    let corpus = match ingest_named_bytes(name, data.to_vec(), &ingest) {
        Ok(c) => c,
        Err(crosscheck::Error::NoDocuments(problems)) => {
            assert!(!problems.is_empty(), "no documents and no reason why");
            for p in &problems {
                assert!(p.path.starts_with(name), "{p} does not name {name}");
            }
            return;
        }
        Err(e) => panic!("unexpected error: {e}"),
    };
    for p in &corpus.problems {
        assert!(p.path.starts_with(name), "{p} does not name {name}");
    }
    for doc in &corpus.documents {
        if doc.offsets == Offsets::File
            && !corpus.problems.iter().any(|p| p.message.contains("UTF-8"))
        {
            // Plain text: the document is the file (up to the size cut).
            assert!(
                data.starts_with(doc.text.as_bytes()),
                "text is not the file's"
            );
        }
        for line in &doc.lines {
            assert!(line.start < line.end && line.end <= doc.text.len());
            let text = doc.line_text(line);
            assert_eq!(text.trim(), text, "line not trimmed");
        }
    }
    let segmented = crosscheck::segment::segment(corpus, &segment);
    for w in segmented.statements.windows(2) {
        if w[0].doc == w[1].doc {
            assert!(w[0].end <= w[1].start, "statements overlap: {:?}", w);
        }
    }
    for s in &segmented.statements {
        let doc = &segmented.corpus.documents[s.doc];
        assert_eq!(&doc.text[s.start..s.end], s.text, "statement span");
        assert!(!s.text.is_empty() && s.text.trim() == s.text);
        assert!(
            s.text.len() <= segment.max_statement_bytes,
            "statement over the limit"
        );
    }
    let extracted = crosscheck::extract::extract(segmented);
    let seg = &extracted.segmented;
    for (i, s) in seg.statements.iter().enumerate() {
        let text = &seg.corpus.documents[s.doc].text;
        check_details(text, s.start, s.end, &extracted.details[i]);
    }
}

/// Every detail lies within `[start, end)` of `text` and slices its own text.
pub fn check_details(text: &str, start: usize, end: usize, details: &[Detail]) {
    for d in details {
        assert!(
            start <= d.start && d.start <= d.end && d.end <= end,
            "detail {d:?} outside the statement {start}..{end}"
        );
        assert_eq!(&text[d.start..d.end], d.text, "detail span");
    }
}
