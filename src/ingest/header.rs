//! Metadata at the top of a text file: `key value` (or `Key: value`) lines,
//! the inline form where `date 2024-05-27` shares its line with the first
//! sentence, and YAML front matter between `---` lines.

use super::{Format, Line, LineRole, Metadata};
use crate::calendar::find_date;
use crate::ingest::DropReason;

const KEYS: &[&str] = &[
    "source",
    "date",
    "title",
    "url",
    "author",
    "published",
    "outlet",
    "byline",
    "link",
];

/// Reads the header, marks its lines as dropped metadata (splitting an inline
/// header from the sentence it shares a line with), and returns the metadata
/// and the index of the first line after the header.
pub(super) fn read(text: &str, lines: &mut Vec<Line>, format: Format) -> (Metadata, usize) {
    let mut meta = Metadata::default();
    if lines.is_empty() {
        return (meta, 0);
    }
    if text[lines[0].start..lines[0].end].trim_end() == "---"
        && (format == Format::Markdown || has_closing_fence(text, lines))
    {
        if let Some(end) = front_matter(text, lines, &mut meta) {
            return (meta, end);
        }
    }
    let mut i = 0;
    while i < lines.len() {
        let line = &text[lines[i].start..lines[i].end];
        // Header lines are consecutive from the top of the file.
        if i > 0 && lines[i].number != lines[i - 1].number + 1 {
            break;
        }
        let Some((key, value, value_end)) = split_key(line) else {
            break;
        };
        if key == "date" || key == "published" {
            // The inline form: the date, then the first sentence.
            let (date_text, rest_at) = leading_date(value);
            let Some(date) = date_text.and_then(find_date) else {
                break;
            };
            meta.date.get_or_insert(date);
            let value_start = lines[i].start + (line.len() - value.len());
            let rest = &value[rest_at..];
            if !rest.trim().is_empty() {
                let body_start = value_start + rest_at + (rest.len() - rest.trim_start().len());
                let body = Line {
                    start: body_start,
                    end: lines[i].end,
                    number: lines[i].number,
                    role: LineRole::Body,
                };
                lines[i].end = value_start + rest_at;
                lines[i].end = lines[i].start + text[lines[i].start..lines[i].end].trim_end().len();
                lines[i].role = LineRole::Dropped(DropReason::Metadata);
                lines.insert(i + 1, body);
                return (meta, i + 1);
            }
        } else {
            let value = value[..value_end].trim();
            if !plausible(key, value) {
                break;
            }
            let slot = match key {
                "source" | "outlet" => &mut meta.source,
                "title" => &mut meta.title,
                "url" | "link" => &mut meta.url,
                _ => &mut meta.author,
            };
            slot.get_or_insert_with(|| value.to_string());
        }
        lines[i].role = LineRole::Dropped(DropReason::Metadata);
        i += 1;
    }
    (meta, i)
}

fn has_closing_fence(text: &str, lines: &[Line]) -> bool {
    lines
        .iter()
        .skip(1)
        .take(30)
        .any(|l| text[l.start..l.end].trim_end() == "---")
}

/// `key value` or `Key: value` with a known key; returns the key (lower
/// case), the value and where the value ends.
fn split_key(line: &str) -> Option<(&'static str, &str, usize)> {
    let word_end = line.find(|c: char| c == ':' || c.is_whitespace())?;
    let word = line[..word_end].to_ascii_lowercase();
    let key = KEYS.iter().find(|k| **k == word)?;
    let rest = line[word_end..]
        .strip_prefix(':')
        .unwrap_or(&line[word_end..]);
    let value = rest.trim_start();
    if value.is_empty() {
        return None;
    }
    Some((key, value, value.len()))
}

/// Whether a value fits its key: guards against prose that happens to start
/// with "Source" or "Title".
fn plausible(key: &str, value: &str) -> bool {
    let words = value.split_whitespace().count();
    match key {
        "url" | "link" => value.starts_with("http") || value.contains('.') && words == 1,
        "source" | "outlet" | "author" | "byline" => {
            words <= 10 && !value.ends_with(['.', '!', '?']) || words == 1
        }
        _ => words <= 40,
    }
}

/// The date at the start of a value, and where the rest begins: an ISO date
/// ("2024-05-27 On Monday…") or a written one up to the end of the value.
fn leading_date(value: &str) -> (Option<&str>, usize) {
    let token_end = value.find(char::is_whitespace).unwrap_or(value.len());
    let token = &value[..token_end];
    if token.len() >= 8
        && token.starts_with(|c: char| c.is_ascii_digit())
        && find_date(token).is_some()
    {
        return (Some(token), token_end);
    }
    (Some(value), value.len())
}

/// YAML front matter: simple `key: value` scalars between `---` fences.
fn front_matter(text: &str, lines: &mut [Line], meta: &mut Metadata) -> Option<usize> {
    let close = lines
        .iter()
        .skip(1)
        .position(|l| text[l.start..l.end].trim_end() == "---")?
        + 1;
    for line in &mut lines[..=close] {
        let raw = &text[line.start..line.end];
        if let Some((key, value)) = raw.split_once(':') {
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
            let value = (!value.is_empty()).then(|| value.to_string());
            match key.trim().to_ascii_lowercase().as_str() {
                "source" | "outlet" | "site_name" | "publisher" => {
                    meta.source = meta.source.take().or(value)
                }
                "title" => meta.title = meta.title.take().or(value),
                "url" | "link" => meta.url = meta.url.take().or(value),
                "author" | "byline" => meta.author = meta.author.take().or(value),
                "date" | "published" => {
                    meta.date = meta.date.or_else(|| value.as_deref().and_then(find_date));
                }
                _ => {}
            }
        }
        line.role = LineRole::Dropped(DropReason::Metadata);
    }
    Some(close + 1)
}
