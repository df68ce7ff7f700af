//! Names: one person's name spelled differently by the sources of a story
//! ("Duncan Rait", "Duncan Raite"; "Andrew Wetzler", "Andrew Welzler";
//! "Andre Iguodala", "Anre Iguodala"). Outlets misspell names, and a
//! misspelled name is what a correction is most often about; the reviewer
//! needs to see which spellings stand where.
//!
//! Two full names are one person's spelled two ways only when every word
//! but one is the same and that word is one letter apart (a letter added,
//! dropped, changed or two swapped), four letters or more. What may be two
//! people, or two right spellings, is left alone: a given name that differs
//! otherwise than by a consonant dropped or added (short forms, variants
//! and transliterations: "Vassilis", "Vassilios"; "Mohamed", "Mohammed";
//! "Sara", "Sarah"), a word that is an English word ("Bush", "Busch"), a
//! plural or possessive ("Williams"), accents only ("Michał", "Michal"),
//! an umlaut written as its vowel and an e ("Muller", "Mueller"), a
//! Slavic ending romanized two ways ("Zelenskiy", "Zelensky",
//! "Zelenskyy"), a vowel added beside a vowel ("Alexiou", "Alexiu"), one
//! vowel for another, one of k, g, c, q, h for another,
//! or g for y, as transliterations differ ("Kurbanguly", "Gurbanguly";
//! "Kougias", "Kouyias"), and two spellings one document writes as two
//! full names.

use super::{Finding, FindingKind, FindingValue, Severity, Verdict};
use crate::align::ClaimGraph;
use crate::extract::Detail;
use std::collections::{BTreeMap, BTreeSet};

/// The first statement and detail where a document writes one spelling.
type Written = (usize, Detail);

/// One finding per person whose full name the documents of a story spell
/// in two or more ways.
pub(super) fn spellings(
    graph: &ClaimGraph,
    docs: &[usize],
    statements: &[Vec<usize>],
    out: &mut Vec<Finding>,
) {
    let documents = &graph.extracted.segmented.corpus.documents;
    // spelling → document → where it is first written
    let mut written: BTreeMap<String, BTreeMap<usize, Written>> = BTreeMap::new();
    for (d, s, det, e) in super::persons_of(graph, docs, statements) {
        // The full name as written: a surname alone resolves to a full name
        // that another document may spell.
        if e.name.split_whitespace().count() < 2 {
            continue;
        }
        written
            .entry(e.name.clone())
            .or_default()
            .entry(d)
            .or_insert_with(|| (s, det.clone()));
    }
    let names: Vec<&String> = written.keys().collect();
    // Pairs of spellings of one name, joined into persons.
    let mut person: Vec<usize> = (0..names.len()).collect();
    let mut edges: Vec<(usize, usize, &str, &str)> = Vec::new();
    // Only names that share every word but one can be one name spelled two
    // ways: bucket them by the others, so a story of thousands of names is
    // not judged pair by pair.
    let mut buckets: BTreeMap<(usize, Vec<&str>), Vec<usize>> = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        let words: Vec<&str> = name.split_whitespace().collect();
        for k in 0..words.len() {
            let mut rest = words.clone();
            rest[k] = "";
            buckets.entry((k, rest)).or_default().push(i);
        }
    }
    let candidates: BTreeSet<(usize, usize)> = buckets
        .values()
        .flat_map(|list| {
            list.iter()
                .enumerate()
                .flat_map(move |(a, &i)| list[a + 1..].iter().map(move |&j| (i, j)))
        })
        .collect();
    for (i, j) in candidates {
        let Some((x, y)) = one_word_apart(names[i], names[j]) else {
            continue;
        };
        // A document that writes both full names may name two people.
        if written[names[i]]
            .keys()
            .any(|d| written[names[j]].contains_key(d))
        {
            continue;
        }
        edges.push((i, j, x, y));
        let (ri, rj) = (root(&mut person, i), root(&mut person, j));
        person[ri.max(rj)] = ri.min(rj);
    }
    let mut by_person: BTreeMap<usize, Vec<(usize, usize, &str, &str)>> = BTreeMap::new();
    for &edge in &edges {
        let r = root(&mut person, edge.0);
        by_person.entry(r).or_default().push(edge);
    }
    for pairs in by_person.values() {
        let spelled: BTreeSet<usize> = pairs.iter().flat_map(|&(i, j, _, _)| [i, j]).collect();
        let mut disagreeing: Vec<(usize, usize)> = Vec::new();
        let mut torn: BTreeSet<usize> = BTreeSet::new();
        for &(i, j, x, y) in pairs {
            // A document that also writes the other spelling alone ("Duncan
            // Rait died … rescue Raite") takes neither side.
            let sure = |d: usize| {
                let text = &documents[d].text;
                !(has_word(text, x) && has_word(text, y))
            };
            torn.extend(
                written[names[i]]
                    .keys()
                    .chain(written[names[j]].keys())
                    .filter(|&&d| !sure(d)),
            );
            for &da in written[names[i]].keys().filter(|&&d| sure(d)) {
                for &db in written[names[j]].keys().filter(|&&d| sure(d)) {
                    if da != db {
                        disagreeing.push((da.min(db), da.max(db)));
                    }
                }
            }
        }
        disagreeing.sort_unstable();
        disagreeing.dedup();
        if disagreeing.is_empty() {
            continue;
        }
        // The spelling most documents write names the measure.
        let usual = spelled
            .iter()
            .max_by_key(|&&k| (written[names[k]].len(), std::cmp::Reverse(names[k])))
            .map(|&k| names[k].as_str())
            .unwrap_or_default();
        let mut values: Vec<FindingValue> = Vec::new();
        let mut listed: Vec<String> = Vec::new();
        for &k in &spelled {
            let by_doc = &written[names[k]];
            for (s, det) in by_doc.values() {
                values.push(FindingValue {
                    statement: *s,
                    detail: det.clone(),
                });
            }
            let who: Vec<&str> = by_doc.keys().map(|&d| documents[d].id.as_str()).collect();
            let verb = if who.len() == 1 { "writes" } else { "write" };
            listed.push(format!("{} {verb} \"{}\"", who.join(", "), names[k]));
        }
        out.push(Finding {
            id: String::new(),
            kind: FindingKind::Entity,
            verdict: Verdict::Discrepancy,
            severity: Severity::Medium,
            claim: None,
            fact: None,
            measure: format!("spelling of the name {usual}"),
            values,
            explanation: format!(
                "{}. The sources spell this person's name differently: at most one spelling is right.{}",
                listed.join("; "),
                if torn.is_empty() {
                    String::new()
                } else {
                    let who: Vec<&str> = torn.iter().map(|&d| documents[d].id.as_str()).collect();
                    if who.len() == 1 {
                        format!(" {} also writes the other spelling and takes neither side.", who[0])
                    } else {
                        format!(" {} also write the other spelling and take neither side.", who.join(", "))
                    }
                }
            ),
            rule: "entity.name-spelling",
            disagreeing,
        });
    }
}

/// The representative of `i`'s set.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The two differing words when two full names are one name spelled two
/// ways: the same words but one, that one a letter apart (see the module
/// comment for what is left alone).
fn one_word_apart<'a>(a: &'a str, b: &'a str) -> Option<(&'a str, &'a str)> {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    if wa.len() != wb.len() {
        return None;
    }
    let differing: Vec<usize> = (0..wa.len()).filter(|&k| wa[k] != wb[k]).collect();
    let &[k] = differing.as_slice() else {
        return None;
    };
    let (x, y) = (wa[k], wb[k]);
    let (lx, ly) = (x.to_lowercase(), y.to_lowercase());
    // A given name has its short forms, variants and transliterations, all
    // of them right ("Vassilis", "Vassilios"; "Mohamed", "Mohammed";
    // "Sara", "Sarah"): only a consonant dropped or added that doubles no
    // letter is a misspelling there ("Andre", "Anre").
    if k + 1 < wa.len() && !dropped_consonant(&lx, &ly) {
        return None;
    }
    if lx.chars().count().min(ly.chars().count()) < 4
        || !x.chars().all(char::is_alphabetic)
        || !y.chars().all(char::is_alphabetic)
        || strsim::damerau_levenshtein(&lx, &ly) != 1
        || bare(&lx) == bare(&ly)
        || crate::facts::lexicon::is_word(&lx)
        || crate::facts::lexicon::is_word(&ly)
    {
        return None;
    }
    let (short, long) = if lx.len() < ly.len() {
        (&lx, &ly)
    } else {
        (&ly, &lx)
    };
    // "Williams", "William": a plural or possessive.
    if long.strip_prefix(short.as_str()) == Some("s") {
        return None;
    }
    // An umlaut written without its dots, or as the vowel and an e, as
    // German names are: "Müller", "Muller", "Mueller"; "Schürrle",
    // "Schurrle", "Schuerrle". Both are right.
    if umlaut_written_out(short, long) {
        return None;
    }
    // A Slavic ending (-ий, -ый) romanized two ways: "Zelenskiy",
    // "Zelensky", "Zelenskyy". Both are right.
    if slavic_ending(short) == slavic_ending(long) {
        return None;
    }
    // A vowel added beside a vowel, as transliterations of one sound
    // differ: Greek "ου" written "ou" or "u" ("Alexiou", "Alexiu"), a long
    // vowel written twice or once. Both are right.
    if vowel_beside_vowel(short, long) {
        return None;
    }
    // One letter for another where transliterations differ: a vowel for a
    // vowel ("Berdymukhamedov", "Berdimukhamedov"), one of the sounds
    // written k, g, c, q or h ("Kurbanguly", "Gurbanguly"), or g and y
    // (Greek gamma: "Kougias", "Kouyias").
    if lx.len() == ly.len() {
        let swapped: Vec<(char, char)> =
            lx.chars().zip(ly.chars()).filter(|(p, q)| p != q).collect();
        if let [(p, q)] = swapped.as_slice() {
            let vowel = |c: char| "aeiouy".contains(c);
            let velar = |c: char| "kgcqh".contains(c);
            let gamma = matches!((p, q), ('g', 'y') | ('y', 'g'));
            if vowel(*p) && vowel(*q) || velar(*p) && velar(*q) || gamma {
                return None;
            }
        }
    }
    Some((x, y))
}

/// Whether two words differ by one consonant (not h, w or y) added or
/// dropped, where it does not double the letter beside it.
fn dropped_consonant(a: &str, b: &str) -> bool {
    let (short, long): (Vec<char>, Vec<char>) = if a.len() < b.len() {
        (a.chars().collect(), b.chars().collect())
    } else {
        (b.chars().collect(), a.chars().collect())
    };
    if long.len() != short.len() + 1 {
        return false;
    }
    let at = (0..short.len())
        .find(|&i| short[i] != long[i])
        .unwrap_or(short.len());
    let c = long[at];
    let mut rest = long.clone();
    rest.remove(at);
    let doubled = at > 0 && long[at - 1] == c || long.get(at + 1) == Some(&c);
    rest == short && c.is_alphabetic() && !"aeiouyhw".contains(c) && !doubled
}

/// Whether `long` is `short` with one vowel (a, e, i, o, u, y) added next
/// to another vowel (lower case).
fn vowel_beside_vowel(short: &str, long: &str) -> bool {
    let vowel = |c: char| "aeiouy".contains(c);
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if l.len() != s.len() + 1 {
        return false;
    }
    // Every place the added letter may stand at (in "baazar", either a).
    (0..l.len()).any(|at| {
        vowel(l[at])
            && l[..at] == s[..at]
            && l[at + 1..] == s[at..]
            && (at > 0 && vowel(l[at - 1]) || l.get(at + 1).is_some_and(|&c| vowel(c)))
    })
}

/// Whether `long` is `short` with an e written after one of its a, o or u
/// (lower case): the two ways of writing a German umlaut without its dots.
fn umlaut_written_out(short: &str, long: &str) -> bool {
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if l.len() != s.len() + 1 {
        return false;
    }
    let at = (0..s.len()).find(|&i| s[i] != l[i]).unwrap_or(s.len());
    at > 0 && l[at] == 'e' && matches!(l[at - 1], 'a' | 'o' | 'u') && l[at + 1..] == s[at..]
}

/// A word (lower case) with its Slavic ending folded: "-iy", "-yy", "-ij"
/// and "-ii" written "-y", as romanizations of "-ий" and "-ый" differ.
fn slavic_ending(word: &str) -> String {
    for ending in ["iy", "yy", "ij", "ii"] {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.len() >= 3 {
                return format!("{stem}y");
            }
        }
    }
    word.to_string()
}

/// A word without its accents ("Michał" → "michal").
fn bare(word: &str) -> String {
    crate::extract::entity::unaccented(word)
}

/// Whether `text` has `word` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::one_word_apart;

    #[test]
    fn one_letter_in_one_word_is_one_name_spelled_two_ways() {
        for (a, b) in [
            ("Duncan Rait", "Duncan Raite"),
            ("Andrew Wetzler", "Andrew Welzler"),
            ("Maria Gonzales", "Maria Gonzalez"),
            ("Andre Iguodala", "Anre Iguodala"),
            ("Andre Schurrle", "Andre Shurrle"),
            ("Thomas Mueller", "Thomas Muelller"),
        ] {
            assert!(one_word_apart(a, b).is_some(), "{a} / {b}");
        }
    }

    #[test]
    fn other_names_words_and_forms_are_not_spellings() {
        for (a, b) in [
            ("Mark Kelly", "Mary Kelly"),
            ("Carl Jensen", "Carla Jensen"),
            ("Vassilis Saraliotis", "Vassilios Saraliotis"),
            ("Jermayne Timmons", "Jerymayne Timmons"),
            ("Mohamed Salem", "Mohammed Salem"),
            ("Sara Lund", "Sarah Lund"),
            ("Brian Lund", "Bryan Lund"),
            ("Gurbanguly Berdymukhamedov", "Gurbanguly Berdimukhamedov"),
            ("Ahmed Qasim", "Ahmed Kasim"),
            ("Alexis Kougias", "Alexis Kouyias"),
            ("Serena Williams", "Serena William"),
            ("Michał Szczerba", "Michal Szczerba"),
            ("Jon Smith", "Joe Smith"),
            ("Duncan Rait", "Duncan Raitt Smith"),
            ("Anna Berg", "Anna Borgen"),
            ("West German", "West Germany"),
            ("Thomas Muller", "Thomas Mueller"),
            ("Andre Schuerrle", "Andre Schurrle"),
            ("Mario Gotze", "Mario Goetze"),
            ("Oleksandr Kovalskiy", "Oleksandr Kovalsky"),
            ("Oleksandr Kovalskyy", "Oleksandr Kovalsky"),
            ("Giorgos Papadopoulou", "Giorgos Papadopulou"),
        ] {
            assert!(one_word_apart(a, b).is_none(), "{a} / {b}");
        }
    }
}
