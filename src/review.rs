//! Review: a reviewer's decisions on findings (accepted as real, dismissed as
//! a false alarm), kept in a review file next to the report and applied to
//! later runs.
//!
//! Finding ids are hashes of the finding's normalized content, so a decision
//! follows its finding across re-runs, input order and thread counts. A
//! decision whose finding no longer exists is *stale*: it is listed, never
//! silently dropped, and stays in the file (the finding may come back when
//! an article is restored).
//!
//! The file is only ever replaced whole: written to a temporary file in the
//! same folder, flushed to disk, then renamed over the old one, so a process
//! killed mid-write leaves the old or the new content, never a mix. Writers
//! take an exclusive lock on a sidecar `FILE.lock` and re-read the file under
//! it, so two reviewers recording decisions at once lose neither.

use crate::error::Error;
use crate::report::{DecisionOut, Report, ReviewOut};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The version tag of the review file.
pub const SCHEMA: &str = "crosscheck.review/1";

/// The review file's default name, beside the report.
pub const DEFAULT_FILE: &str = "crosscheck-review.json";

/// What a reviewer decided about a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The finding is real.
    Accepted,
    /// The finding is a false alarm (or not worth reporting); hidden from
    /// reports unless `--all`.
    Dismissed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Accepted => "accepted",
            Status::Dismissed => "dismissed",
        }
    }
}

/// One decision, with enough of its finding to recognise it when stale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub finding: String,
    pub status: Status,
    pub note: String,
    /// Who decided.
    pub by: String,
    /// When, RFC 3339 in UTC.
    pub at: String,
    /// The finding's kind, verdict and explanation when the decision was
    /// taken (empty when the finding was not at hand).
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub verdict: String,
    #[serde(default)]
    pub explanation: String,
}

impl Decision {
    /// A decision taken now by `by` on the finding `id`, carrying the
    /// finding's kind, verdict and explanation (when it is at hand) so that
    /// the decision can be recognised should the finding go stale.
    pub fn now(
        id: &str,
        status: Status,
        note: &str,
        by: &str,
        finding: Option<&crate::report::FindingOut>,
    ) -> Decision {
        let at = jiff::Timestamp::now();
        Decision {
            finding: id.to_string(),
            status,
            note: note.to_string(),
            by: by.to_string(),
            at: at.round(jiff::Unit::Second).unwrap_or(at).to_string(),
            kind: finding.map(|f| f.kind.clone()).unwrap_or_default(),
            verdict: finding.map(|f| f.verdict.clone()).unwrap_or_default(),
            explanation: finding.map(|f| f.explanation.clone()).unwrap_or_default(),
        }
    }
}

/// The review file: one decision per finding, sorted by finding id so that
/// the file diffs well under version control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewFile {
    pub schema: String,
    pub decisions: Vec<Decision>,
}

impl Default for ReviewFile {
    fn default() -> Self {
        ReviewFile {
            schema: SCHEMA.into(),
            decisions: Vec::new(),
        }
    }
}

impl ReviewFile {
    /// The decision on a finding.
    pub fn get(&self, finding: &str) -> Option<&Decision> {
        self.decisions
            .binary_search_by(|d| d.finding.as_str().cmp(finding))
            .ok()
            .map(|i| &self.decisions[i])
    }

    /// Records a decision, replacing an earlier one on the same finding.
    pub fn record(&mut self, decision: Decision) {
        match self
            .decisions
            .binary_search_by(|d| d.finding.cmp(&decision.finding))
        {
            Ok(i) => self.decisions[i] = decision,
            Err(i) => self.decisions.insert(i, decision),
        }
    }

    /// Removes the decision on a finding; true when there was one.
    pub fn remove(&mut self, finding: &str) -> bool {
        match self
            .decisions
            .binary_search_by(|d| d.finding.as_str().cmp(finding))
        {
            Ok(i) => {
                self.decisions.remove(i);
                true
            }
            Err(_) => false,
        }
    }
}

fn invalid(path: &Path, line: Option<usize>, message: impl Into<String>) -> Error {
    Error::Invalid {
        path: path.display().to_string(),
        line,
        message: message.into(),
    }
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Reads a review file; a missing file is an empty review. A file that is
/// not a review file is an error naming it (and the line), and is left as
/// it is.
pub fn load(path: &Path) -> Result<ReviewFile, Error> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ReviewFile::default()),
        Err(e) => return Err(io_error(path, e)),
    };
    let mut file: ReviewFile = serde_json::from_str(&text).map_err(|e| {
        invalid(
            path,
            Some(e.line()),
            format!("not a crosscheck review file ({e}); it was left untouched"),
        )
    })?;
    if file.schema != SCHEMA {
        return Err(invalid(
            path,
            None,
            format!(
                "review file of schema {:?}, expected {SCHEMA:?}; it was left untouched",
                file.schema
            ),
        ));
    }
    // Hand-edited files may be out of order or repeat a finding: the last
    // decision on a finding wins.
    let mut by_id: BTreeMap<String, Decision> = BTreeMap::new();
    for d in file.decisions.drain(..) {
        by_id.insert(d.finding.clone(), d);
    }
    file.decisions = by_id.into_values().collect();
    Ok(file)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// synced, then renamed over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = folder(path);
    let tmp = temporary_beside(path);
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // The rename itself is durable only once the folder is synced.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_error(path, e)
    })
}

/// The folder of `path` (`.` for a bare file name).
fn folder(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The temporary file a writer of `path` writes before renaming it over
/// `path`: in the same folder (a rename across file systems is not
/// atomic), hidden, named after this process.
pub fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    folder(path).join(format!(".{name}.tmp-{}", std::process::id()))
}

/// Holds the exclusive lock of a review file while alive.
struct Lock(#[allow(dead_code)] File);

fn lock(path: &Path) -> Result<Lock, Error> {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    let lock_path = PathBuf::from(name);
    let f = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| io_error(&lock_path, e))?;
    f.lock().map_err(|e| io_error(&lock_path, e))?;
    Ok(Lock(f))
}

/// Changes a review file under its lock: reads the current content (another
/// reviewer may have written since this process last looked), applies
/// `change`, writes the result atomically. A corrupt file is an error and is
/// not overwritten.
pub fn update<T>(
    path: &Path,
    change: impl FnOnce(&mut ReviewFile) -> T,
) -> Result<(ReviewFile, T), Error> {
    let _lock = lock(path)?;
    let mut file = load(path)?;
    remove_leftovers(path);
    let out = change(&mut file);
    let mut text = serde_json::to_string_pretty(&file)
        .map_err(|e| invalid(path, None, format!("cannot serialize: {e}")))?;
    text.push('\n');
    write_atomic(path, text.as_bytes())?;
    Ok((file, out))
}

/// Records a decision in the review file under its lock (see [`update`]);
/// returns the file as written and the decision it replaced, read under the
/// lock. With `keep_note`, an empty note keeps the note of the decision it
/// replaces (a reviewer who only changes the status keeps the reason).
pub fn decide(
    path: &Path,
    mut decision: Decision,
    keep_note: bool,
) -> Result<(ReviewFile, Option<Decision>), Error> {
    update(path, |r| {
        let previous = r.get(&decision.finding).cloned();
        if keep_note && decision.note.is_empty() {
            if let Some(p) = &previous {
                decision.note = p.note.clone();
            }
        }
        r.record(decision);
        previous
    })
}

/// Takes the decision on a finding back, under the lock; returns the file
/// as written and the decision removed (`None` when there was none).
pub fn reopen(path: &Path, finding: &str) -> Result<(ReviewFile, Option<Decision>), Error> {
    update(path, |r| {
        let previous = r.get(finding).cloned();
        r.remove(finding);
        previous
    })
}

/// Applies the decisions to a report: each finding gets its status and
/// decision, dismissed findings are removed unless `show_all`, and decisions
/// whose finding is not in the report are listed as stale.
pub fn apply(report: &mut Report, review: &ReviewFile, file: &Path, show_all: bool) {
    let mut out = ReviewOut {
        file: file.display().to_string(),
        decisions: review.decisions.len(),
        accepted: 0,
        dismissed: 0,
        hidden: 0,
        stale: Vec::new(),
    };
    for f in &mut report.findings {
        if let Some(d) = review.get(&f.id) {
            f.status = d.status.as_str().into();
            f.decision = Some(DecisionOut {
                note: d.note.clone(),
                by: d.by.clone(),
                at: d.at.clone(),
            });
            match d.status {
                Status::Accepted => out.accepted += 1,
                Status::Dismissed => out.dismissed += 1,
            }
        }
    }
    for d in &review.decisions {
        if !report.findings.iter().any(|f| f.id == d.finding) {
            out.stale.push(d.clone());
        }
    }
    if !show_all {
        let before = report.findings.len();
        report
            .findings
            .retain(|f| f.status != Status::Dismissed.as_str());
        out.hidden = before - report.findings.len();
    }
    report.review = Some(out);
}

/// The review file that belongs to a report written at `report_path`: the
/// default name in the same folder.
pub fn beside(report_path: &Path) -> PathBuf {
    match report_path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => dir.join(DEFAULT_FILE),
        None => PathBuf::from(DEFAULT_FILE),
    }
}

/// Removes the temporary files that writers killed mid-write left beside
/// `path`. Called under the lock, when no other writer can be using one.
fn remove_leftovers(path: &Path) {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!(".{name}.tmp-");
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(id: &str, status: Status) -> Decision {
        Decision {
            finding: id.into(),
            status,
            note: "checked".into(),
            by: "ana".into(),
            at: "2026-11-30T03:00:00Z".into(),
            kind: String::new(),
            verdict: String::new(),
            explanation: String::new(),
        }
    }

    #[test]
    fn a_later_decision_replaces_the_earlier_one_and_order_is_by_id() {
        let mut r = ReviewFile::default();
        r.record(decision("f-b", Status::Accepted));
        r.record(decision("f-a", Status::Accepted));
        r.record(decision("f-b", Status::Dismissed));
        let ids: Vec<_> = r.decisions.iter().map(|d| d.finding.as_str()).collect();
        assert_eq!(ids, ["f-a", "f-b"]);
        assert_eq!(r.get("f-b").unwrap().status, Status::Dismissed);
        assert!(r.remove("f-a"));
        assert!(!r.remove("f-a"));
    }

    #[test]
    fn a_corrupt_file_is_an_error_naming_it_and_is_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        std::fs::write(
            &path,
            "{\"schema\": \"crosscheck.review/1\",\n \"decisions\": [",
        )
        .unwrap();
        let err = update(&path, |r| r.record(decision("f-a", Status::Accepted)))
            .unwrap_err()
            .to_string();
        assert!(err.contains(DEFAULT_FILE), "{err}");
        assert!(err.contains(":2") || err.contains("line"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\"schema\": \"crosscheck.review/1\",\n \"decisions\": ["
        );
    }

    #[test]
    fn an_update_round_trips_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        update(&path, |r| r.record(decision("f-a", Status::Dismissed))).unwrap();
        update(&path, |r| r.record(decision("f-b", Status::Accepted))).unwrap();
        let r = load(&path).unwrap();
        assert_eq!(r.decisions.len(), 2);
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|n| !n.contains(".tmp-")),
            "temporary file left behind: {names:?}"
        );
    }
}
