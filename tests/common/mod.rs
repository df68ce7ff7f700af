//! Lookups more than one test crate makes in a report.

use crosscheck::report::{ClaimOut, Report};

/// The claim of the statement whose text contains `needle`, which must
/// also be carried by each of `docs`.
pub fn claim_holding<'a>(r: &'a Report, needle: &str, docs: &[&str]) -> &'a ClaimOut {
    let claim = r
        .claims
        .iter()
        .find(|c| {
            c.statements.iter().any(|s| {
                r.statement(s)
                    .unwrap_or_else(|| panic!("claim {} lists unknown statement {s}", c.id))
                    .text
                    .contains(needle)
            })
        })
        .unwrap_or_else(|| panic!("no statement holds {needle:?}"));
    for doc in docs {
        assert!(
            claim.docs.iter().any(|d| d == doc),
            "{doc} not in {:?}",
            claim.docs
        );
    }
    claim
}
