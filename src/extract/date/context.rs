//! Context helpers: the words and numbers right around a match (all
//! slicing at match boundaries, which are char boundaries).

use super::patterns::COUNT_NOUNS;

/// The word right after `pos`, past spaces only (None after punctuation).
pub(super) fn next_word(text: &str, pos: usize) -> Option<&str> {
    let rest = text.get(pos..)?.trim_start_matches([' ', '\t', '\n']);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (end > 0).then(|| &rest[..end])
}

/// The word right before `pos`, past spaces only.
pub(super) fn prev_word(text: &str, pos: usize) -> Option<&str> {
    let before = text.get(..pos)?.trim_end_matches([' ', '\t', '\n']);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    (start < before.len()).then(|| &before[start..])
}

/// True when the text right after `pos` continues a number ("27,000",
/// "2.5", "6:47") or makes it a percentage.
pub(super) fn continues_number(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(',' | '.' | ':' | '/'), Some(d)) if d.is_ascii_digit() => true,
        (Some('%'), _) => true,
        _ => {
            let t = rest.trim_start().to_ascii_lowercase();
            t.starts_with("percent") || t.starts_with("per cent")
        }
    }
}

/// True when the text right before `pos` ends a number ("1,2" before "00").
pub(super) fn follows_number(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("");
    let mut chars = before.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(c), _) if c.is_ascii_digit() => true,
        (Some(',' | '.' | ':' | '/' | '-' | '$' | '£' | '€'), Some(d)) if d.is_ascii_digit() => {
            true
        }
        (Some('$' | '£' | '€' | '#'), _) => true,
        _ => false,
    }
}

/// True when a day number ("31", "31st", "31st of") stands right before
/// `pos`.
pub(super) fn preceded_by_day(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("").trim_end();
    let before = before
        .strip_suffix(" of")
        .or_else(|| before.strip_suffix(" OF"))
        .unwrap_or(before)
        .trim_end();
    let before = ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"]
        .iter()
        .find_map(|s| before.strip_suffix(s))
        .unwrap_or(before);
    before.ends_with(|c: char| c.is_ascii_digit())
}

/// True when a counted noun follows the number ending at `pos` ("2000
/// people"): the number is a count, not a year.
pub(super) fn counted_after(text: &str, pos: usize) -> bool {
    next_word(text, pos).is_some_and(|w| COUNT_NOUNS.contains(&w.to_lowercase().as_str()))
}
