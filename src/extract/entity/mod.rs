//! Entities: names of people, organizations and places, with the titles
//! attached to people ("NATO Secretary General Jens Stoltenberg"), and
//! aliases resolved across the corpus ("Stoltenberg" = "Jens Stoltenberg",
//! "NATO PA" = "NATO Parliamentary Assembly", "U.S." = "United States").
//!
//! A capitalization-based recognizer: runs of capitalized words (with "of",
//! "the", "for", "and" inside), split into a leading title and a trailing
//! name. It needs no model and is fast; its kinds are heuristics (title →
//! person, organization words or acronyms → organization, countries and
//! demonyms → place).

mod alias;
mod kind;
mod places;
mod runs;
#[cfg(test)]
mod tests;
mod title;
mod words;

pub use alias::resolve_aliases;
pub use places::{country_of, is_demonym, is_known_place};
pub use words::unaccented;

use kind::{kind_from_name, kind_in_context};
use runs::{initial_name, not_an_entity, plain_name, run_end, NOT_NAMES};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use title::{is_title_word, lower_title_after, lower_title_before, title_len};
use words::{capitalized, dash_split, strip_possessive, Word, WORD};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A named entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityValue {
    /// The name as written, without its title.
    pub name: String,
    /// The name all its aliases resolve to.
    pub canonical: String,
    pub entity: EntityKind,
    /// The title written before a person's name ("Secretary General").
    pub title: Option<String>,
}

/// Every entity in a statement, with its byte range (title included).
pub fn extract(text: &str) -> Vec<(Range<usize>, EntityValue)> {
    let words: Vec<Word> = WORD
        .find_iter(text)
        .flat_map(|m| dash_split(m.start(), m.as_str()))
        .collect();
    let mut out: Vec<(Range<usize>, EntityValue)> = Vec::new();
    let mut i = 0;
    // The first word of a person's organization ("of Operation Safe Streets").
    let mut affiliation: Option<usize> = None;
    while i < words.len() {
        let w = words[i].2;
        if !capitalized(w) || NOT_NAMES.contains(&strip_possessive(w)) && !is_title_word(w) {
            i += 1;
            continue;
        }
        let (j, before_of) = run_end(text, &words, i);
        let affiliated = affiliation == Some(i);
        affiliation = before_of.then_some(j + 1);
        let run = &words[i..j];
        let mut a = i;
        i = j;
        let k = title_len(run);
        // A nationality before a name is not part of it ("American Hasim
        // Rahman").
        if k == 0 && run.len() >= 3 && is_demonym(run[0].2) && plain_name(&run[1..]) {
            a += 1;
        }
        if k == run.len() {
            // A title alone: what qualifies it may still be a name ("the
            // NATO Secretary General", "the Alaska Governor").
            let f = run.iter().position(|w| is_title_word(w.2)).unwrap_or(0);
            let prefix = &text[words[a].0..words[a + f.max(1) - 1].1];
            if f > 0 && kind_from_name(strip_possessive(prefix)).is_some() {
                if let Some(e) = entity(text, &words, a, a, a + f, false, out.last()) {
                    out.push(e);
                }
            }
            continue;
        }
        if let Some(e) = entity(text, &words, a, a + k, j, affiliated, out.last()) {
            out.push(e);
        }
    }
    out
}

/// The entity of run `a..b` whose name starts at word `n` (words `a..n` are
/// its title).
fn entity(
    text: &str,
    words: &[Word],
    a: usize,
    n: usize,
    b: usize,
    affiliated: bool,
    prev_entity: Option<&(Range<usize>, EntityValue)>,
) -> Option<(Range<usize>, EntityValue)> {
    // "Typically Microsoft released …": a statement's opening adverb is
    // capitalized only because it opens the statement.
    let (a, n) = if a == n
        && b - n >= 2
        && !text[..words[n].0].chars().any(char::is_alphanumeric)
        && crate::facts::lexicon::is_adverb(&text[words[n].0..words[n].1].to_lowercase())
    {
        (a + 1, n + 1)
    } else {
        (a, n)
    };
    let s = words[a].0;
    let name_start = words[n].0;
    let end = words[b - 1].1;
    let name = strip_possessive(text[name_start..end].trim_end_matches(['.', ','])).to_string();
    if name.len() < 2 {
        return None;
    }
    let has_title = n > a;
    if !has_title && not_an_entity(text, words, n, b, &name) {
        return None;
    }
    // A lone statement-initial word is usually not a name.
    let initial = !text[..s].chars().any(char::is_alphanumeric);
    if initial && b - n == 1 && !has_title && !initial_name(text, words, n, &name) {
        return None;
    }
    let mut title = has_title.then(|| text[s..words[n - 1].1].to_string());
    // News style writes most offices in lower case, before the name or in
    // an appositive after it ("former finance minister Marta Ilves",
    // "Holt, the club's sporting director,").
    let mut s = s;
    if !has_title {
        if let Some(t) = lower_title_before(text, words, a) {
            s = words[t].0;
            title = Some(text[s..words[a - 1].1].to_string());
        } else {
            title = lower_title_after(text, name_start + name.len(), true);
        }
    }
    let has_title = title.is_some();
    let kind = if has_title {
        kind_from_name(&name)
            .filter(|k| *k == EntityKind::Organization)
            .unwrap_or(EntityKind::Person)
    } else {
        match kind_in_context(text, words, n, b, &name, affiliated, prev_entity) {
            // A lone initial word accepted as a name by its verb or its
            // appositive ("Felt, the No. 2 official at the FBI, ...").
            EntityKind::Other if initial && b - n == 1 => EntityKind::Person,
            k => k,
        }
    };
    let canonical = match kind {
        EntityKind::Place => country_of(&name).unwrap_or(&name).to_string(),
        _ => name.replace('.', "").trim().to_string(),
    };
    let range_end = name_start + name.len();
    Some((
        s..range_end.max(s),
        EntityValue {
            name,
            canonical,
            entity: kind,
            title,
        },
    ))
}
