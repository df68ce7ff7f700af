//! crosscheck: cross-source fact comparison.
pub mod calendar;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod segment;
