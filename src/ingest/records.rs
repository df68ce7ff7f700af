//! Articles as JSON records: JSONL (one object a line) and JSON (an array of
//! objects, one object, or `{"documents": [...]}`). Fields: `id`, `text`,
//! `source`, `date`, `title`, `url`, `author`.

use super::{from_text, Document, Format, Metadata, Offsets};
use crate::calendar::find_date;
use crate::error::Problem;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    source: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    author: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum JsonFile {
    Many(Vec<Record>),
    Wrapped { documents: Vec<Record> },
    One(Record),
}

pub(super) fn read(
    path: &str,
    format: Format,
    text: &str,
    out: &mut Vec<Document>,
    problems: &mut Vec<Problem>,
) {
    let stem = std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    let before = out.len();
    if format == Format::Jsonl {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() {
                continue;
            }
            match serde_json::from_str::<Record>(line) {
                Ok(record) => add(path, &stem, format, i + 1, record, out, problems),
                Err(e) => problems.push(Problem::skipped(
                    path,
                    Some(i + 1),
                    format!("not a JSON article record: {e}"),
                )),
            }
        }
    } else {
        match serde_json::from_str::<JsonFile>(text.trim_start_matches('\u{feff}')) {
            Ok(JsonFile::Many(records)) | Ok(JsonFile::Wrapped { documents: records }) => {
                for (i, record) in records.into_iter().enumerate() {
                    add(path, &stem, format, i + 1, record, out, problems);
                }
            }
            Ok(JsonFile::One(record)) => add(path, &stem, format, 1, record, out, problems),
            Err(e) => problems.push(Problem::skipped(
                path,
                Some(e.line()),
                format!("not an article record or a list of them: {e}"),
            )),
        }
    }
    if out.len() == before && !problems.iter().any(|p| p.path == path) {
        problems.push(Problem::skipped(path, None, "no article records"));
    }
}

/// `n` is the JSONL line number, or the 1-based index in a JSON array.
fn add(
    path: &str,
    stem: &str,
    format: Format,
    n: usize,
    record: Record,
    out: &mut Vec<Document>,
    problems: &mut Vec<Problem>,
) {
    let text = match record.text {
        Some(t) if !t.trim().is_empty() => t,
        Some(_) => {
            problems.push(Problem::skipped(
                path,
                Some(n),
                "record's \"text\" is empty",
            ));
            return;
        }
        None => {
            problems.push(Problem::skipped(path, Some(n), "record has no \"text\""));
            return;
        }
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(x)) => x.to_string(),
        _ => format!("{stem}-{n}"),
    };
    let date = match record.date.as_deref() {
        Some(d) => {
            let parsed = find_date(d);
            if parsed.is_none() && !d.trim().is_empty() {
                problems.push(Problem::warning(
                    path,
                    Some(n),
                    format!("date {d:?} is not a calendar date; ignored"),
                ));
            }
            parsed
        }
        None => None,
    };
    let meta = Metadata {
        source: record.source.filter(|s| !s.is_empty()),
        title: record.title.filter(|s| !s.is_empty()),
        date,
        url: record.url.filter(|s| !s.is_empty()),
        author: record.author.filter(|s| !s.is_empty()),
    };
    let doc = from_text(
        &id,
        &format!("{path}:{n}"),
        format,
        Offsets::Text,
        meta,
        text,
    );
    if doc.kept_lines().next().is_none() {
        problems.push(Problem::skipped(
            path,
            Some(n),
            "no article text left after removing web junk",
        ));
    } else {
        out.push(doc);
    }
}
