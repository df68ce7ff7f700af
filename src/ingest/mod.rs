//! Ingest: turns files, folders, HTML pages, JSON(L) records and standard
//! input into [`Document`]s, each with its metadata and every line of its
//! text classified as body, title or dropped web junk.
//!
//! ```text
//!   paths ──▶ read bytes ──▶ decode (lossy, warn) ──▶ by format:
//!              .txt/.md/-      header / front matter ─┐
//!              .html/.htm      readability + meta tags ├─▶ text ──▶ junk::classify ──▶ Document
//!              .jsonl/.json    one record per document ┘
//! ```
//!
//! Offsets: for plain text and Markdown, [`Document::text`] is the file
//! itself, so every span is a byte range of the original file. For HTML and
//! JSON records the text is the extracted article text, and spans point into
//! that ([`Document::offsets`] says which).

mod header;
mod html;
pub mod junk;
mod records;

use crate::error::{Error, Problem};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub use junk::DropReason;

/// Where an input comes from.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file or a folder (read recursively).
    Path(PathBuf),
    /// Bytes already in memory (standard input), with the name to report.
    Bytes { name: String, bytes: Vec<u8> },
}

/// Limits that protect memory and time.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Files larger than this are cut to this many bytes (at a line end) and
    /// a warning says so. Default: 8 MiB.
    pub max_doc_bytes: usize,
    /// HTML nested deeper than this is read from its paragraphs rather than
    /// by readability, whose time grows with the square of the depth; a
    /// warning says so. Real pages nest a few dozen levels. Default: 256.
    pub max_html_depth: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_doc_bytes: 8 * 1024 * 1024,
            max_html_depth: 256,
        }
    }
}

/// The format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Jsonl,
    Json,
}

/// What the byte offsets of a document's statements refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Offsets {
    /// Byte offsets into the original file.
    File,
    /// Byte offsets into the text extracted from the file (HTML, JSON).
    Text,
}

/// Metadata of an article, from its header, front matter, meta tags or
/// record fields, completed from its title and dateline lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// The outlet ("The Kyiv Independent").
    pub source: Option<String>,
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
    pub url: Option<String>,
    pub author: Option<String>,
}

/// What a line of a document is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineRole {
    /// Article text, to be segmented into statements.
    Body,
    /// The headline at the top of the article: kept as a statement.
    Title,
    /// Not part of the article, with the reason.
    Dropped(DropReason),
}

/// One line of a document's text (without its line terminator). A metadata
/// header sharing a line with the first sentence makes two `Line`s with the
/// same number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Byte range in [`Document::text`], `[start, end)`.
    pub start: usize,
    pub end: usize,
    /// 1-based line number.
    pub number: usize,
    pub role: LineRole,
}

/// An article, read and cleaned.
#[derive(Debug, Clone)]
pub struct Document {
    /// File stem, or the record's `id`.
    pub id: String,
    /// The path as given (with `:N` for the Nth line of a JSONL file).
    pub path: String,
    pub format: Format,
    pub offsets: Offsets,
    pub meta: Metadata,
    /// The text the line and statement spans point into.
    pub text: String,
    /// Every non-empty line, in order.
    pub lines: Vec<Line>,
}

impl Document {
    /// The outlet when known, else the document id.
    pub fn source_name(&self) -> &str {
        self.meta.source.as_deref().unwrap_or(&self.id)
    }

    /// The text of a line.
    pub fn line_text(&self, line: &Line) -> &str {
        &self.text[line.start..line.end]
    }

    /// Lines to segment: body and title.
    pub fn kept_lines(&self) -> impl Iterator<Item = &Line> {
        self.lines
            .iter()
            .filter(|l| !matches!(l.role, LineRole::Dropped(_)))
    }

    /// Lines dropped as junk or metadata, with their reasons.
    pub fn dropped_lines(&self) -> impl Iterator<Item = (&Line, &DropReason)> {
        self.lines.iter().filter_map(|l| match &l.role {
            LineRole::Dropped(r) => Some((l, r)),
            _ => None,
        })
    }
}

/// Every document read, and what went wrong with the inputs that were not.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Sorted by id (then path), so that results do not depend on the order
    /// the inputs were named in.
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
}

/// Extensions read from folders; a file named explicitly is read whatever
/// its extension (as text, unless it looks binary).
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "jsonl", "json"];

/// Reads every input. Problems with single inputs are collected, not
/// returned as errors; the call fails only when no document could be read.
pub fn ingest(inputs: &[Input], options: &IngestOptions) -> Result<Corpus, Error> {
    let mut corpus = Corpus::default();
    for input in inputs {
        match input {
            Input::Path(path) => ingest_path(path, true, options, &mut corpus),
            Input::Bytes { name, bytes } => ingest_bytes(
                name,
                &stem(Path::new(name)),
                format_of(Path::new(name)).unwrap_or(Format::Text),
                bytes.clone(),
                Some(bytes.len() as u64),
                options,
                &mut corpus,
            ),
        }
    }
    finish(corpus)
}

/// Reads documents from bytes already in memory, as if from a file of that
/// name (the extension picks the format).
pub fn ingest_named_bytes(
    name: &str,
    bytes: Vec<u8>,
    options: &IngestOptions,
) -> Result<Corpus, Error> {
    let mut corpus = Corpus::default();
    let format = format_of(Path::new(name)).unwrap_or(Format::Text);
    let size = Some(bytes.len() as u64);
    ingest_bytes(
        name,
        &stem(Path::new(name)),
        format,
        bytes,
        size,
        options,
        &mut corpus,
    );
    finish(corpus)
}

fn finish(mut corpus: Corpus) -> Result<Corpus, Error> {
    corpus
        .documents
        .sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.path.cmp(&b.path)));
    // Two files with one stem (a.txt and a.html) would give two documents one
    // id; later stages key on ids, so make them unique.
    for i in 1..corpus.documents.len() {
        if corpus.documents[i].id == corpus.documents[i - 1].id {
            let mut n = 2;
            let base = corpus.documents[i].id.clone();
            while corpus
                .documents
                .iter()
                .any(|d| d.id == format!("{base}~{n}"))
            {
                n += 1;
            }
            corpus.problems.push(Problem::warning(
                corpus.documents[i].path.clone(),
                None,
                format!("document id {base:?} is used by another input; renamed to {base}~{n}"),
            ));
            corpus.documents[i].id = format!("{base}~{n}");
        }
    }
    corpus.problems.sort();
    if corpus.documents.is_empty() {
        return Err(Error::NoDocuments(corpus.problems));
    }
    Ok(corpus)
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "jsonl" | "ndjson" => Format::Jsonl,
        "json" => Format::Json,
        _ => return None,
    })
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

fn ingest_path(path: &Path, named: bool, options: &IngestOptions, corpus: &mut Corpus) {
    let shown = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let message = if e.kind() == std::io::ErrorKind::NotFound {
                "no such file or directory".to_string()
            } else {
                format!("cannot read: {e}")
            };
            corpus.problems.push(Problem::skipped(shown, None, message));
            return;
        }
    };
    if meta.is_dir() {
        let before = corpus.documents.len();
        let mut files = Vec::new();
        collect_files(path, &mut files, &mut corpus.problems, 0);
        files.sort();
        for file in &files {
            ingest_path(file, false, options, corpus);
        }
        if named && corpus.documents.len() == before && files.is_empty() {
            corpus.problems.push(Problem::skipped(
                shown,
                None,
                format!(
                    "no articles in this folder (looked for .{})",
                    EXTENSIONS.join(", .")
                ),
            ));
        }
        return;
    }
    // A FIFO or device found in a folder could block the run or never end;
    // one named explicitly (`<(command)`) is read, within the size limit.
    if !named && !meta.is_file() {
        corpus.problems.push(Problem::skipped(
            shown,
            None,
            "not a regular file (a pipe, socket or device); not read",
        ));
        return;
    }
    let format = format_of(path).unwrap_or(Format::Text);
    let bytes = match read_bounded(path, options.max_doc_bytes) {
        Ok(b) => b,
        Err(e) => {
            corpus
                .problems
                .push(Problem::skipped(shown, None, format!("cannot read: {e}")));
            return;
        }
    };
    let size = meta.is_file().then_some(meta.len());
    ingest_bytes(&shown, &stem(path), format, bytes, size, options, corpus);
}

/// Reads at most `max + 1` bytes: enough for [`ingest_bytes`] to see that
/// the file is over the limit, without holding a 50 GB file (or an endless
/// `/dev/zero`) in memory.
fn read_bounded(path: &Path, max: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

const MAX_DEPTH: usize = 64;

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<Problem>, depth: usize) {
    if depth > MAX_DEPTH {
        problems.push(Problem::skipped(
            dir.display().to_string(),
            None,
            format!("folder nested deeper than {MAX_DEPTH} levels (a link loop?); not read"),
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem::skipped(
                dir.display().to_string(),
                None,
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        // Follow links to files, not to folders: a link to a parent folder
        // would loop.
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            collect_files(&path, out, problems, depth + 1);
        } else if file_type.is_symlink() && path.is_dir() {
            problems.push(Problem::warning(
                path.display().to_string(),
                None,
                "link to a folder not followed",
            ));
        } else if format_of(&path).is_some() {
            out.push(path);
        }
    }
}

/// True when bytes look like a binary file rather than text: a NUL byte, or
/// many control characters, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 20 > head.len().max(1)
}

/// Decodes bytes as UTF-8, replacing invalid sequences with a warning. A
/// byte-order mark stays in the text (line splitting skips it), so offsets
/// still point into the file.
fn decode(path: &str, bytes: Vec<u8>, problems: &mut Vec<Problem>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            problems.push(Problem::warning(
                path,
                Some(line),
                format!("invalid UTF-8 at byte {at}; decoded with replacement characters, so offsets after it may be shifted"),
            ));
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }
}

/// `size` is the whole input's length when known: `bytes` may hold only
/// the first `max_doc_bytes + 1` of it.
fn ingest_bytes(
    path: &str,
    id: &str,
    format: Format,
    mut bytes: Vec<u8>,
    size: Option<u64>,
    options: &IngestOptions,
    corpus: &mut Corpus,
) {
    if bytes.is_empty() {
        corpus
            .problems
            .push(Problem::skipped(path, None, "empty file"));
        return;
    }
    if looks_binary(&bytes) {
        corpus
            .problems
            .push(Problem::skipped(path, None, "binary file, not text"));
        return;
    }
    if bytes.len() > options.max_doc_bytes {
        let cut = bytes[..options.max_doc_bytes]
            .iter()
            .rposition(|&b| b == b'\n')
            .map(|p| p + 1)
            .unwrap_or(options.max_doc_bytes);
        let lines = bytes[..cut].iter().filter(|&&b| b == b'\n').count().max(1);
        let size = match size {
            Some(n) => format!("{n} bytes"),
            None => "more bytes".to_string(),
        };
        corpus.problems.push(Problem::warning(
            path,
            None,
            format!(
                "{size} is more than --max-doc-bytes {}; only the first {cut} bytes (lines 1-{lines}) were read, the rest left out",
                options.max_doc_bytes
            ),
        ));
        bytes.truncate(cut);
        // A cut inside a multi-byte character (a file without line ends)
        // would otherwise read as invalid UTF-8.
        while let Err(e) = std::str::from_utf8(&bytes) {
            if e.error_len().is_some() {
                break;
            }
            bytes.pop();
        }
    }
    let text = decode(path, bytes, &mut corpus.problems);
    match format {
        Format::Jsonl | Format::Json => records::read(
            path,
            format,
            &text,
            &mut corpus.documents,
            &mut corpus.problems,
        ),
        Format::Html => match html::read(path, id, &text, options.max_html_depth) {
            Ok((doc, warning)) => {
                if let Some(message) = warning {
                    corpus.problems.push(Problem::warning(path, None, message));
                }
                push_if_text(doc, corpus)
            }
            Err(message) => corpus.problems.push(Problem::skipped(path, None, message)),
        },
        Format::Text | Format::Markdown => {
            let doc = from_text(id, path, format, Offsets::File, Metadata::default(), text);
            push_if_text(doc, corpus)
        }
    }
}

fn push_if_text(doc: Document, corpus: &mut Corpus) {
    if doc.kept_lines().next().is_none() {
        let message = if doc.text.trim().is_empty() {
            "no text (empty or only white space)"
        } else {
            "no article text left after removing metadata and web junk"
        };
        corpus
            .problems
            .push(Problem::skipped(doc.path, None, message));
    } else {
        corpus.documents.push(doc);
    }
}

/// Builds a document from text that may start with a metadata header or
/// front matter: reads the header, classifies every line, and completes the
/// metadata from the title and dateline lines. `meta` holds what is already
/// known (from meta tags or record fields) and wins over the text's own.
pub(crate) fn from_text(
    id: &str,
    path: &str,
    format: Format,
    offsets: Offsets,
    meta: Metadata,
    text: String,
) -> Document {
    let mut lines = split_lines(&text);
    let (header_meta, body_from) = header::read(&text, &mut lines, format);
    let mut meta = Metadata {
        source: meta.source.or(header_meta.source),
        title: meta.title.or(header_meta.title),
        date: meta.date.or(header_meta.date),
        url: meta.url.or(header_meta.url),
        author: meta.author.or(header_meta.author),
    };
    junk::classify(&text, &mut lines[body_from..], &mut meta);
    Document {
        id: id.to_string(),
        path: path.to_string(),
        format,
        offsets,
        meta,
        text,
        lines,
    }
}

/// Splits text into lines at `\n`, `\r\n` and lone `\r`, skipping blank
/// ones, with spans trimmed of surrounding white space (and of a BOM).
fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let bytes = text.as_bytes();
    let (mut start, mut number, mut i) = (0, 1, 0);
    let mut push = |s: usize, e: usize, n: usize| {
        let raw = &text[s..e];
        let trimmed_start = raw.len()
            - raw
                .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                .len();
        let trimmed = raw
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .trim_end();
        if !trimmed.is_empty() {
            let st = s + trimmed_start;
            lines.push(Line {
                start: st,
                end: st + trimmed.len(),
                number: n,
                role: LineRole::Body,
            });
        }
    };
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                push(start, i, number);
                number += 1;
                start = i + 1;
            }
            b'\r' => {
                push(start, i, number);
                number += 1;
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    push(start, bytes.len(), number);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_on_every_line_end_and_trim() {
        let text = "\u{feff}one\r\ntwo\rthree\n\n  four  ";
        let lines = split_lines(text);
        let got: Vec<_> = lines
            .iter()
            .map(|l| (&text[l.start..l.end], l.number))
            .collect();
        assert_eq!(got, vec![("one", 1), ("two", 2), ("three", 3), ("four", 5)]);
    }

    #[test]
    fn binary_is_recognised() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!looks_binary(
            "Plain text, with a tab\tand lines\n".as_bytes()
        ));
    }
}
