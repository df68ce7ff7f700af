//! The words of a statement ([`WORD`], [`Word`]) and what the form of one
//! word shows: a capital, an acronym, a possessive; its neighbours across
//! one space.

use regex::Regex;
use std::sync::LazyLock;

pub(super) static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*").expect("valid word pattern")
});

/// A word of the statement: byte start, byte end, text.
pub(super) type Word<'a> = (usize, usize, &'a str);

/// A word without its possessive ending, lower case.
pub(super) fn key(w: &str) -> String {
    let l = w.to_lowercase();
    l.strip_suffix("'s")
        .or_else(|| l.strip_suffix("’s"))
        .unwrap_or(&l)
        .to_string()
}

pub(super) fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

pub(super) fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// A word without trailing sentence punctuation.
pub(super) fn bare(w: &str) -> &str {
    w.trim_end_matches(['.', ',', ';', ':'])
}

/// Strips a possessive ending.
pub(super) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
        .trim_end_matches(['.', '\''])
}

/// The word before word `a`, when only spaces separate them.
pub(super) fn prev_word<'a>(text: &str, words: &[Word<'a>], a: usize) -> Option<&'a str> {
    (a > 0 && text[words[a - 1].1..words[a].0] == *" ").then(|| words[a - 1].2)
}

/// The word at `b` (after a name ending at word `b - 1`), when only a space
/// separates them.
pub(super) fn next_word<'a>(text: &str, words: &[Word<'a>], b: usize) -> Option<&'a str> {
    (b < words.len() && b > 0 && text[words[b - 1].1..words[b].0] == *" ").then(|| words[b].2)
}

/// A word, cut where a dash stands for a double dash before a lower-case
/// function word ("Zurana Horton-who was a mother of 12-another mom"): the
/// name ends at the dash.
pub(super) fn dash_split(start: usize, w: &str) -> Vec<Word<'_>> {
    const FUNCTION: &[&str] = &[
        "who", "which", "that", "and", "but", "or", "the", "a", "an", "was", "is", "were", "as",
        "in", "on", "at", "for", "with", "another", "his", "her", "their",
    ];
    if let Some((head, tail)) = w.split_once('-') {
        let mut pieces = tail.split('-');
        let first = pieces.next().unwrap_or("");
        // "Southend-on-Sea", "Henley-on-Thames": a name that goes on after
        // its function word is one name.
        let name_goes_on = pieces.any(|p| p.chars().next().is_some_and(char::is_uppercase));
        if !head.is_empty() && FUNCTION.contains(&first) && !name_goes_on {
            let t = start + head.len() + 1;
            return vec![(start, start + head.len(), head), (t, t + tail.len(), tail)];
        }
    }
    vec![(start, start + w.len(), w)]
}

/// A word without its accents ("Michał" → "Michal", "Guzmán" → "Guzman").
pub fn unaccented(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'ł' => 'l',
            'Ł' => 'L',
            'ø' => 'o',
            'đ' => 'd',
            _ => c,
        })
        .collect()
}
