//! Aliases resolved across the corpus: a surname alone to the one full
//! name ending with it, an acronym to the one long name it abbreviates, a
//! nickname to the one name it is written inside ("Joaquin 'El Chapo'
//! Guzman").

use super::kind::PERSON_VERBS;
use super::places::is_known_place;
use super::words::{bare, is_acronym, unaccented};
use super::EntityKind;
use crate::segment::Segmented;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A nickname in quotation marks between a first name and a surname:
/// "Joaquín “El Chapo” Guzmán", "Joaquin ‘El Chapo’ Guzman".
static NICKNAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(\p{Lu}[\p{L}'-]+)\s+[‘'"“](\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)[’'"”]\s+(\p{Lu}[\p{L}'-]+)"#,
    )
    .expect("a valid pattern")
});

/// The names each nickname is written inside in the corpus.
fn nicknames(segmented: &Segmented) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for statement in &segmented.statements {
        for c in NICKNAME.captures_iter(&statement.text) {
            let full = format!("{} {}", &c[1], &c[3]);
            let names = out.entry(c[2].to_string()).or_default();
            // One name spelled with and without accents is one name.
            if !names.iter().any(|n| unaccented(n) == unaccented(&full)) {
                names.push(full);
            }
        }
    }
    out
}

/// Letters that identify a name for acronym matching: an acronym's letters,
/// or the initials of the other words ("NATO Parliamentary Assembly" and
/// "NATO PA" both give "NATOPA").
pub(super) fn acronym_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "for" | "and"))
        .map(|w| {
            let clean: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            if is_acronym(w) {
                clean
            } else {
                clean
                    .chars()
                    .next()
                    .map(|c| c.to_uppercase().to_string())
                    .unwrap_or_default()
            }
        })
        .collect()
}

/// Resolves aliases over the whole corpus: a surname alone to the one full
/// name ending with it, an acronym to the one long name it abbreviates, a
/// nickname to the one name it is written inside.
pub fn resolve_aliases(segmented: &Segmented, details: &mut [Vec<crate::extract::Detail>]) {
    let nicknames = nicknames(segmented);
    let mut full_names: HashMap<String, Vec<String>> = HashMap::new();
    let mut long_names: HashMap<String, Vec<String>> = HashMap::new();
    // First word of multi-word names → whether they are all organizations
    // ("Microsoft" and "Microsoft Corp.", "Kraft" and "Kraft Foods").
    let mut org_heads: HashMap<String, bool> = HashMap::new();
    for (i, ds) in details.iter().enumerate() {
        let statement = &segmented.statements[i];
        for d in ds {
            if let crate::extract::Normalized::Entity(e) = &d.normalized {
                // A line in title case ("Colts Beat Chiefs 20-13") runs verbs
                // into names: no surname resolves to what it reads.
                let text = &statement.text;
                let at = d.start.saturating_sub(statement.start).min(text.len());
                let from = text
                    .get(..at)
                    .and_then(|b| b.rfind('\n'))
                    .map_or(0, |k| k + 1);
                let to = text
                    .get(at..)
                    .and_then(|a| a.find('\n'))
                    .map_or(text.len(), |k| at + k);
                let line = text.get(from..to).unwrap_or("");
                if line.split_whitespace().count() >= 2 && crate::extract::quote::title_case(line) {
                    continue;
                }
                let words: Vec<&str> = e.canonical.split_whitespace().collect();
                if e.entity == EntityKind::Person && words.len() >= 2 {
                    let v = full_names
                        .entry(words[words.len() - 1].to_string())
                        .or_default();
                    if !v.contains(&e.canonical) {
                        v.push(e.canonical.clone());
                    }
                }
                if words.len() >= 2 {
                    let all_org = org_heads.entry(words[0].to_string()).or_insert(true);
                    *all_org &= e.entity == EntityKind::Organization;
                }
                if words.len() >= 2 && !words.iter().all(|w| is_acronym(w)) {
                    let v = long_names.entry(acronym_key(&e.canonical)).or_default();
                    if !v.contains(&e.canonical) {
                        v.push(e.canonical.clone());
                    }
                }
            }
        }
    }
    for (i, ds) in details.iter_mut().enumerate() {
        let statement = &segmented.statements[i];
        let verb_after = |end: usize| {
            statement
                .text
                .get(end.saturating_sub(statement.start)..)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| PERSON_VERBS.contains(&bare(w)))
        };
        for d in ds.iter_mut() {
            if let crate::extract::Normalized::Entity(e) = &mut d.normalized {
                if let Some([full]) = nicknames.get(&e.canonical).map(Vec::as_slice) {
                    e.canonical = full.clone();
                    e.entity = EntityKind::Person;
                    continue;
                }
                let words: Vec<&str> = e.canonical.split_whitespace().collect();
                // A known place read as one in its sentence ("between Italy
                // and Egypt") keeps its kind though some person's surname
                // is spelled the same, unless a person's verb follows it
                // ("Washington said", with Leon Washington in the corpus).
                let place = || {
                    e.entity == EntityKind::Place && is_known_place(words[0]) && !verb_after(d.end)
                };
                // "the Colts": a person's surname takes no article, so a
                // team is not the surname of a full name read elsewhere
                // (a fan's "Go Colts" line).
                let article = || {
                    statement
                        .text
                        .get(..d.start.saturating_sub(statement.start))
                        .and_then(|before| before.split_whitespace().next_back())
                        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                };
                if words.len() == 1 && !place() && !article() {
                    if let Some([full]) = full_names.get(words[0]).map(Vec::as_slice) {
                        e.canonical = full.clone();
                        e.entity = EntityKind::Person;
                        continue;
                    }
                }
                if words.len() == 1
                    && matches!(e.entity, EntityKind::Person | EntityKind::Other)
                    && org_heads.get(words[0]) == Some(&true)
                {
                    e.entity = EntityKind::Organization;
                    continue;
                }
                if words.iter().all(|w| is_acronym(w) || w.len() <= 1) {
                    if let Some([long]) = long_names
                        .get(&acronym_key(&e.canonical))
                        .map(Vec::as_slice)
                    {
                        e.canonical = long.clone();
                    }
                }
            }
        }
    }
}
