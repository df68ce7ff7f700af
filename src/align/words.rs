//! Content words of a statement: lower-cased, stop words out, stemmed
//! (Snowball English), as the lexical similarity sees them.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashSet;
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Common English function words and reporting verbs that say nothing about
/// which fact a statement reports.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "said",
    "says",
    "say",
    "told",
    "according",
    "also",
    "however",
    "would",
    "may",
    "might",
    "must",
    "shall",
    "one",
    "two",
    "s",
    "t",
    "mr",
    "mrs",
    "ms",
    "per",
    "cent",
    "percent",
    "much",
    "many",
    "another",
    "upon",
    "within",
    "without",
    "via",
    "yet",
    "still",
    "since",
    "among",
    "amid",
    "onto",
    "whether",
    "either",
    "neither",
    "ago",
    "around",
    "including",
    "it's",
    "that's",
    "don't",
    "didn't",
    "can't",
    "won't",
    "isn't",
    "wasn't",
    "aren't",
    "there's",
    "he's",
    "she's",
    "they're",
    "we're",
    "i'm",
    "stated",
    "added",
];

/// The stop words as a set: every word of every statement is looked up,
/// and a scan of the list was a tenth of a batch run.
static STOP_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| STOP.iter().copied().collect());

/// True for a stop word (lower case).
pub fn is_stop(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// The stemmed content words of `text`, in order (with repeats).
pub fn content_stems(text: &str) -> Vec<String> {
    text.unicode_words()
        .filter_map(|w| {
            let mut lower = w.to_lowercase();
            if lower.contains('’') {
                lower = lower.replace('’', "'");
            }
            let lower = lower.strip_suffix("'s").unwrap_or(&lower);
            if lower.len() < 2 && !lower.chars().all(|c| c.is_ascii_digit()) || is_stop(lower) {
                return None;
            }
            Some(STEMMER.stem(lower).into_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_drops_stop_words() {
        assert_eq!(
            content_stems("The lawmakers approved the declarations on Monday"),
            vec!["lawmak", "approv", "declar", "monday"]
        );
    }
}
