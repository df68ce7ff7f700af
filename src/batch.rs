//! Batch mode: many stories in, one report per story out, streamed.
//!
//! Input is JSON Lines, one story a line:
//! `{"story": "id", "documents": [{"id", "text", "source", "date", "title", "url"}, …]}`.
//! Output is JSON Lines too, one `crosscheck.report/2` report a line with the
//! story id in front (`{"story": "id", "schema": …}`), in input order.
//!
//! ```text
//!   reader ──▶ window of stories in flight ──▶ rayon jobs ──▶ reorder ──▶ writer
//!   (bounded lines)   (count and bytes capped)   (one per story)  (by line)
//! ```
//!
//! Memory is bounded by the stories in flight, not by the input: a story is
//! read only when the window has room, and its report is written (and freed)
//! as soon as every story before it is written. Stories run as rayon jobs on
//! the global pool, so cores are shared across stories, and the pipeline's
//! own parallel loops inside a story run on the same pool rather than
//! starting threads of their own.
//!
//! Each line goes through the ordinary ingest of a JSON file
//! (`{"documents": [...]}`, see [`crate::ingest`]), so records are read by the
//! same code as `crosscheck compare story.json`, and the pipeline is the same
//! too, story grouping included: the documents of a line that turn out to
//! report different events stay apart, as they would in `compare`.

use crate::error::{Error, Problem};
use crate::report::Report;
use crate::Options;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, BufRead, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;

/// Settings of a batch run.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Settings of the pipeline run on each story.
    pub pipeline: Options,
    /// Stories read but not yet written, at most. Default: four per thread
    /// of the rayon pool, so that a slow story does not leave cores idle.
    pub window: usize,
    /// Input bytes of the stories in flight, at most; one story is always
    /// admitted, however large. Default: 64 MiB.
    pub window_bytes: usize,
    /// A line longer than this is a bad line, skipped without being held in
    /// memory. Default: 256 MiB.
    pub max_story_bytes: usize,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            pipeline: Options::default(),
            window: 4 * rayon::current_num_threads().max(1),
            window_bytes: 64 * 1024 * 1024,
            max_story_bytes: 256 * 1024 * 1024,
        }
    }
}

/// Something to tell the user about one input line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The line gave no report: not JSON, no story id, no readable article.
    BadLine { line: usize, message: String },
    /// The story was reported, but one of its inputs had a problem (also
    /// listed in the report's `problems`).
    Problem {
        line: usize,
        story: String,
        problem: Problem,
    },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::BadLine { line, message } => {
                write!(f, "line {line}: bad line, no report: {message}")
            }
            Notice::Problem {
                line,
                story,
                problem,
            } => write!(f, "line {line} (story {story}): {problem}"),
        }
    }
}

/// Counts of a batch run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Non-blank input lines.
    pub lines: usize,
    /// Reports written.
    pub reports: usize,
    /// Lines that gave no report.
    pub bad_lines: usize,
}

/// The fields read from a line before handing it to ingest: the story id
/// and a check that there are documents, so that a line without them gets
/// a message that says so.
#[derive(Deserialize)]
struct Head {
    story: Option<serde_json::Value>,
    documents: Option<Vec<IgnoredAny>>,
}

/// One output line: the story id, then the report's own fields.
#[derive(Serialize)]
struct Out<'a> {
    story: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

/// What became of one line.
struct Done {
    line: usize,
    /// The JSON line to write (with its newline), or why there is none.
    result: Result<String, String>,
    notices: Vec<Notice>,
}

/// Reads stories from `input`, writes one report line per story to
/// `output` in input order, and passes every notice to `notify` (in input
/// order too). Fails only when reading or writing fails; bad lines are
/// notices and counted in the summary.
pub fn run<R: BufRead, W: Write>(
    mut input: R,
    mut output: W,
    options: &BatchOptions,
    mut notify: impl FnMut(&Notice),
) -> io::Result<Summary> {
    let (tx, rx) = mpsc::channel::<Done>();
    let mut summary = Summary::default();
    let mut line_no = 0;
    let mut eof = false;
    // Line number → (input bytes, result once done); ordered so that the
    // lowest line is written first.
    let mut in_flight: BTreeMap<usize, (usize, Option<Done>)> = BTreeMap::new();
    let mut bytes_in_flight = 0;
    let mut buf = Vec::new();
    loop {
        while !eof
            && (in_flight.is_empty()
                || (in_flight.len() < options.window.max(1)
                    && bytes_in_flight < options.window_bytes))
        {
            buf.clear();
            let Some(len) = read_line(&mut input, &mut buf, options.max_story_bytes)? else {
                eof = true;
                break;
            };
            line_no += 1;
            let too_long = len > options.max_story_bytes;
            if !too_long && buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            summary.lines += 1;
            if too_long {
                // Finished at once, but queued so that notices stay in order.
                in_flight.insert(
                    line_no,
                    (
                        0,
                        Some(Done {
                            line: line_no,
                            result: Err(format!(
                                "{len} bytes, over the limit of {} bytes a story",
                                options.max_story_bytes
                            )),
                            notices: Vec::new(),
                        }),
                    ),
                );
                continue;
            }
            let bytes = std::mem::take(&mut buf);
            bytes_in_flight += bytes.len();
            in_flight.insert(line_no, (bytes.len(), None));
            let tx = tx.clone();
            let pipeline = options.pipeline.clone();
            let line = line_no;
            rayon::spawn(move || {
                let done = catch_unwind(AssertUnwindSafe(|| story(line, bytes, &pipeline)))
                    .unwrap_or_else(|_| Done {
                        line,
                        result: Err("internal error while processing this story (a bug: please report it with the line)".into()),
                        notices: Vec::new(),
                    });
                // The receiver is gone only when writing failed; nothing to do.
                let _ = tx.send(done);
            });
        }
        // Write every finished story that has no unfinished one before it.
        while let Some(mut first) = in_flight.first_entry() {
            let Some(done) = first.get_mut().1.take() else {
                break;
            };
            let (bytes, _) = first.remove();
            bytes_in_flight -= bytes;
            match done.result {
                Ok(text) => {
                    output.write_all(text.as_bytes())?;
                    summary.reports += 1;
                }
                Err(message) => {
                    summary.bad_lines += 1;
                    notify(&Notice::BadLine {
                        line: done.line,
                        message,
                    });
                }
            }
            for n in &done.notices {
                notify(n);
            }
        }
        if in_flight.is_empty() && eof {
            break;
        }
        let can_read = !eof
            && in_flight.len() < options.window.max(1)
            && bytes_in_flight < options.window_bytes;
        if !can_read {
            // Everything ready is written: let a reader downstream see it
            // while we wait.
            output.flush()?;
            let done = rx
                .recv()
                .map_err(|_| io::Error::other("a story job stopped without an answer"))?;
            if let Some(slot) = in_flight.get_mut(&done.line) {
                slot.1 = Some(done);
            }
        }
    }
    output.flush()?;
    Ok(summary)
}

/// Reads one line (without its newline) into `buf`, keeping at most `max`
/// bytes; returns the line's full length, or `None` at the end of input.
fn read_line<R: BufRead>(
    input: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<Option<usize>> {
    let mut len = 0;
    let mut any = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(len));
        }
        any = true;
        let (take, newline) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if len + take <= max {
            buf.extend_from_slice(&chunk[..take]);
        } else {
            // Over the limit: count the rest of the line, keep none of it.
            buf.clear();
        }
        len += take;
        input.consume(take + usize::from(newline));
        if newline {
            if buf.last() == Some(&b'\r') {
                buf.pop();
                len -= 1;
            }
            return Ok(Some(len));
        }
    }
}

/// Runs the pipeline on one story line.
fn story(line: usize, bytes: Vec<u8>, options: &Options) -> Done {
    let bad = |message: String| Done {
        line,
        result: Err(message),
        notices: Vec::new(),
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t.trim_start_matches('\u{feff}'),
        Err(e) => {
            return bad(format!(
                "not UTF-8 (invalid byte at {})",
                e.valid_up_to() + 1
            ))
        }
    };
    let head: Head = match serde_json::from_str(text) {
        Ok(h) => h,
        Err(e) => return bad(format!("not a JSON story object: {e}")),
    };
    let id = match head.story {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => return bad("no \"story\" id (a non-empty string or a number)".into()),
    };
    match head.documents {
        None => return bad(format!("story {id}: no \"documents\" array")),
        Some(d) if d.is_empty() => return bad(format!("story {id}: \"documents\" is empty")),
        Some(_) => {}
    }
    // The name gives the documents their paths (`{story}.json:N`) and ids
    // when a record has none (`{story}-N`); path separators would cut it.
    let name = format!("{}.json", id.replace(['/', '\\'], "_"));
    let mut ingest_options = options.ingest.clone();
    // The line was bounded when read; cutting it would only break its JSON.
    ingest_options.max_doc_bytes = usize::MAX;
    let corpus = match crate::ingest::ingest_named_bytes(&name, bytes, &ingest_options) {
        Ok(c) => c,
        Err(Error::NoDocuments(problems)) => {
            let why: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            return bad(format!(
                "story {id}: no article could be read ({})",
                why.join("; ")
            ));
        }
        Err(e) => return bad(format!("story {id}: {e}")),
    };
    let notices = corpus
        .problems
        .iter()
        .map(|p| Notice::Problem {
            line,
            story: id.clone(),
            problem: p.clone(),
        })
        .collect();
    let comparison = crate::run_corpus(corpus, options);
    let report = Report::new(&comparison);
    let result = serde_json::to_string(&Out {
        story: &id,
        report: &report,
    })
    .map(|mut s| {
        s.push('\n');
        s
    })
    .map_err(|e| format!("story {id}: report could not be written as JSON: {e}"));
    Done {
        line,
        result,
        notices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_over_the_limit_are_measured_but_not_kept() {
        let mut input = io::Cursor::new(b"short\r\nthis one is long\nlast".to_vec());
        let mut buf = Vec::new();
        assert_eq!(read_line(&mut input, &mut buf, 8).unwrap(), Some(5));
        assert_eq!(buf, b"short");
        buf.clear();
        assert_eq!(read_line(&mut input, &mut buf, 8).unwrap(), Some(16));
        assert!(buf.is_empty());
        buf.clear();
        assert_eq!(read_line(&mut input, &mut buf, 8).unwrap(), Some(4));
        assert_eq!(buf, b"last");
        buf.clear();
        assert_eq!(read_line(&mut input, &mut buf, 8).unwrap(), None);
    }
}
