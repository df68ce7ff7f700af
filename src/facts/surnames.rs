//! Persons named again by their surname alone where the entity reader
//! takes no name: "…defensive lineman Jamal Williams. Williams, 32, was
//! arrested around 1:30 a.m." A statement's first word is capitalized
//! whatever it is, so the reader leaves a lone capitalized word there; the
//! fact layer needs it as the person the statement's figures belong to.

use super::holder::Name;
use super::text::words;
use crate::align::ClaimGraph;
use crate::extract::entity::EntityKind;
use std::collections::BTreeMap;

/// Adds to each statement's names the capitalized words that are the
/// surname of exactly one person its document named before, when no name
/// covers them and they are no English word ("Young", "Rich" stay
/// words). `names[s]` are statement `s`'s names, offsets in the statement.
pub fn add_mentions(graph: &ClaimGraph, names: &mut [Vec<Name>]) {
    let st = &graph.extracted.segmented.statements;
    // document → surname (lower case) → the persons of that surname.
    let mut known: BTreeMap<usize, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (s, statement) in st.iter().enumerate() {
        let persons = known.entry(statement.doc).or_default();
        let mut found = Vec::new();
        // Most statements come before any full name of their document, or
        // hold no surname of one: only then are their words read.
        let words = if persons.is_empty() {
            Vec::new()
        } else {
            words(&statement.text)
        };
        for w in words {
            let capital = w.text.chars().next().is_some_and(char::is_uppercase)
                && w.text.chars().skip(1).all(char::is_lowercase)
                && w.text.len() >= 3;
            if !capital {
                continue;
            }
            let Some([one]) = persons.get(&w.lower).map(Vec::as_slice) else {
                continue;
            };
            let covered = names[s]
                .iter()
                .any(|n| n.start <= w.start && w.end <= n.end);
            if !covered && !super::lexicon::is_word(&w.lower) {
                found.push(Name {
                    start: w.start,
                    end: w.end,
                    canonical: one.clone(),
                    kind: EntityKind::Person,
                    gender: None,
                });
            }
        }
        names[s].extend(found);
        names[s].sort_by_key(|n| n.start);
        for n in names[s].iter().filter(|n| n.kind == EntityKind::Person) {
            let Some(surname) = n.canonical.split_whitespace().last() else {
                continue;
            };
            if !n.canonical.contains(' ') {
                continue;
            }
            // "Chargers' Jamal Williams" and "Jamal Williams" are one.
            let list = persons.entry(surname.to_lowercase()).or_default();
            if !list
                .iter()
                .any(|p| super::group::same_name(p, &n.canonical))
            {
                list.push(n.canonical.clone());
            }
        }
    }
}
