//! Polarity: whether a statement's claim is negated or reversed ("not",
//! "never", "no", "unable", "refused", "rejected", "denied", "against" as
//! opposition). Quotations are
//! left out: a negation inside a quote belongs to the quote, which is
//! compared word by word on its own.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::LazyLock;

/// A negated statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolarityValue {
    pub negated: bool,
    /// The negation cue, lower case ("not", "rejected").
    pub cue: String,
}

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(not|never|no|none|nobody|nothing|neither|nor|cannot|unable|unwilling|refused|refuses|refuse|rejected|rejects|reject|denied|denies|deny|against|failed|fails|declined|declines)(?-u:\b)|n['’]t(?-u:\b)")
        .expect("valid cue pattern")
});

/// Whether a word, lower case, is a negation cue ("not", "never",
/// "refused", "denied"…, or a contraction in "n't"), as [`extract`] reads
/// them, "against" aside (a target as often as opposition).
pub fn is_cue(word: &str) -> bool {
    word != "against"
        && CUE
            .find(word)
            .is_some_and(|m| m.range() == (0..word.len()) || word.ends_with("n't"))
}

/// Words before "against" that make it opposition ("voted against", "are
/// against"), not a target or an opponent ("weapons against Russia", "won
/// 3-2 against Aldington City").
const OPPOSING: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "'re",
    "’re",
    "'s",
    "’s",
    "vote",
    "votes",
    "voted",
    "voting",
    "spoke",
    "speak",
    "speaks",
    "speaking",
    "argued",
    "argue",
    "argues",
    "arguing",
    "ruled",
    "rule",
    "rules",
    "decided",
    "decide",
    "decides",
    "advised",
    "advise",
    "advises",
    "warned",
    "warn",
    "warns",
    "campaigned",
    "campaign",
    "campaigns",
    "lobbied",
    "lobby",
    "stand",
    "stands",
    "stood",
    "remain",
    "remains",
    "remained",
    "firmly",
    "strongly",
    "staunchly",
    "out",
    "opposed",
    "protest",
    "protested",
    "protesting",
    "turned",
    "came",
    "come",
    "comes",
];

/// Whether the cue at `m` in `text` is no negation: "No. 2", "not only …
/// but", "against" a target.
fn not_a_negation(text: &str, start: usize, end: usize) -> bool {
    let cue = text[start..end].to_lowercase();
    let after = &text[end..];
    let before = text[..start].trim_end();
    // "will not play until he has passed a medical", "did not arrive
    // until Tuesday": the act happens, later; the clause says when.
    let negates_verb = matches!(cue.as_str(), "not" | "never" | "cannot" | "n't" | "n’t");
    if negates_verb && delayed_until(after) {
        return true;
    }
    // "no more than 40 million euros", "not later than Friday": a bound
    // on a figure or a date, which the figure's qualifier reads.
    if matches!(cue.as_str(), "no" | "not") {
        let rest = after.trim_start().to_lowercase();
        let mut words = rest.split_whitespace();
        if let (Some(comparative), Some("than")) = (words.next(), words.next()) {
            if BOUNDS.contains(&comparative) {
                return true;
            }
        }
    }
    match cue.as_str() {
        // "none other than the president": emphasis, no negation.
        "none" => after.trim_start().to_lowercase().starts_with("other than "),
        // "the No. 2 official", "No. 5 seed"
        "no" => {
            after.starts_with(". ") && after[2..].starts_with(|c: char| c.is_ascii_digit())
                || after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit())
        }
        // "not only … but also", "not just … but"
        "not" => {
            let rest = after.trim_start().to_lowercase();
            rest.starts_with("only ")
                || (rest.starts_with("just ") || rest.starts_with("merely "))
                    && rest.contains(" but ")
        }
        "against" => {
            let prev = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("")
                .to_lowercase();
            let prev = prev.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            !(OPPOSING.contains(&prev)
                || prev.ends_with("'re")
                || prev.ends_with("’re")
                || prev.ends_with("n't")
                || prev.ends_with("n’t"))
        }
        _ => false,
    }
}

/// Comparatives that "no … than" and "not … than" make a bound of.
const BOUNDS: &[&str] = &[
    "more", "fewer", "less", "later", "earlier", "sooner", "longer", "greater", "higher", "lower",
    "bigger", "smaller",
];

/// Whether "until" or "till" follows within the clause after a negation
/// (up to eight words, no clause mark between).
fn delayed_until(after: &str) -> bool {
    let clause = after
        .split([',', ';', ':', '.', '!', '?'])
        .next()
        .unwrap_or("");
    clause
        .split_whitespace()
        .take(8)
        .any(|w| w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till"))
}

/// The first negation cue outside quotation marks, if any.
pub fn extract(text: &str) -> Option<(Range<usize>, PolarityValue)> {
    let mut inside = false;
    let mut mask = vec![false; text.len()];
    for (i, c) in text.char_indices() {
        match c {
            '"' => inside = !inside,
            '“' => inside = true,
            '”' => inside = false,
            _ => {}
        }
        if inside {
            for m in mask.iter_mut().skip(i).take(c.len_utf8()) {
                *m = true;
            }
        }
    }
    CUE.find_iter(text)
        .find(|m| !mask[m.start()] && !not_a_negation(text, m.start(), m.end()))
        .map(|m| {
            (
                m.range(),
                PolarityValue {
                    negated: true,
                    cue: m.as_str().to_lowercase(),
                },
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(text: &str) -> Option<String> {
        extract(text).map(|(_, p)| p.cue)
    }

    #[test]
    fn cues_are_whole_words() {
        for w in [
            "not", "never", "nothing", "refused", "denied", "didn't", "cannot",
        ] {
            assert!(is_cue(w), "{w}");
        }
        for w in ["note", "nowhere", "against", "knot", "refusal"] {
            assert!(!is_cue(w), "{w}");
        }
    }

    #[test]
    fn cues() {
        assert_eq!(
            cue("Ukraine was unable to attack Russian forces."),
            Some("unable".into())
        );
        assert_eq!(
            cue("Suddenly, the No. 5 Saints don’t look as big a threat."),
            Some("n’t".into())
        );
        assert_eq!(
            cue("The Angels chose not to make an offer."),
            Some("not".into())
        );
        assert_eq!(
            cue("The U.S. and Germany are against Ukraine using their weapons."),
            Some("against".into())
        );
        assert_eq!(
            cue("Italian ministers spoke against it."),
            Some("against".into())
        );
        assert_eq!(
            cue("Her publicist refused to disclose the reason."),
            Some("refused".into())
        );
    }

    #[test]
    fn not_negations() {
        assert_eq!(
            cue("Felt, the No. 2 official at the FBI, kept his role a secret."),
            None
        );
        assert_eq!(
            cue("Stoltenberg urged allies to allow Kyiv to retaliate against targets in Russia."),
            None
        );
        assert_eq!(cue("The team won 3-2 against Aldington City."), None);
        assert_eq!(
            cue("The flaws are found in not only IE 7 but also Internet Explorer 6."),
            None
        );
        assert_eq!(
            cue("They were being held without bail in a Los Angeles Police jail."),
            None
        );
        assert_eq!(
            cue("He emphasized that NATO \"has no intention\" of sending troops."),
            None
        );
        // Emphasis, and an act put off until later, are no negation.
        assert_eq!(
            cue("The deal was signed by none other than the president."),
            None
        );
        assert_eq!(
            cue("Vidal will not play until he has passed a medical."),
            None
        );
        assert_eq!(cue("The ferry didn't sail till Friday."), None);
        // A bound on a figure or a date.
        assert_eq!(cue("The fee was no more than 40 million euros."), None);
        assert_eq!(cue("Bids are due not later than Friday."), None);
        assert_eq!(cue("He has no more money."), Some("no".into()));
        // A negation with "until" in another clause still is one.
        assert_eq!(
            cue("He did not play, and will wait until March."),
            Some("not".into())
        );
    }
}
