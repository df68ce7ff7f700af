//! The library's error type and the non-fatal problems a run collects.
//!
//! A run over fifty files must not stop at the first bad one: problems with a
//! single input (unreadable, binary, a malformed JSONL line) become
//! [`Problem`]s carried next to the results, and only a run that has nothing
//! left to work on fails with an [`Error`].

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a whole operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No input yielded a document; the problems say why for each input.
    #[error("no article could be read{}", list_problems(.0))]
    NoDocuments(Vec<Problem>),
    /// An input could not be read at all.
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A file was read but its content is not what it should be.
    #[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Invalid {
        path: String,
        line: Option<usize>,
        message: String,
    },
}

fn list_problems(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("\n  {p}")).collect()
}

/// How much a problem cost: a warning keeps the input, a skip drops it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProblemLevel {
    /// The input was used, perhaps in part (e.g. decoded lossily).
    Warning,
    /// The input (or one line of it) was left out of the run.
    Skipped,
}

/// A non-fatal problem with one input, named by its path and, where there is
/// one, its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Problem {
    pub path: String,
    pub line: Option<usize>,
    pub level: ProblemLevel,
    pub message: String,
}

impl Problem {
    pub fn skipped(
        path: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            path: path.into(),
            line,
            level: ProblemLevel::Skipped,
            message: message.into(),
        }
    }

    pub fn warning(
        path: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            path: path.into(),
            line,
            level: ProblemLevel::Warning,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            ProblemLevel::Warning => "warning",
            ProblemLevel::Skipped => "skipped",
        };
        match self.line {
            Some(line) => write!(f, "{level}: {}:{line}: {}", self.path, self.message),
            None => write!(f, "{level}: {}: {}", self.path, self.message),
        }
    }
}
