//! How common a stem is in English at large: the background the scorer's
//! rarity weights lean on when a run is too small to say.
//!
//! IDF over the run alone fails small runs. In three reports of one battery
//! recall, "recall", "batteries" and the maker's name are in every report and
//! so weigh no more than "said"; two statements of the same fact in other
//! words then look unrelated, and the conflict between their figures is
//! never seen. With a background, a word's document frequency is counted
//! over the run plus [`STATEMENTS`] pseudo-statements of general English,
//! in which a word of frequency `f` (wordfreq's `small_en`, words of at least
//! one in a million; see `scripts/english_words.py`) appears in a share
//! `1 − e^(−WORDS·f)` of them. A large run outweighs the background; a small
//! one keeps what English says is rare.

use super::words::content_stems;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// How many statements of general English the background counts as.
/// Calibrated on the ECB+ dev topics and the compare suite (docs/design.md).
pub const STATEMENTS: f64 = 100.0;

/// Words in a typical statement (news sentences run 20–30 words).
const WORDS: f64 = 25.0;

static SHARES: LazyLock<HashMap<String, f64>> = LazyLock::new(|| {
    let mut frequency: HashMap<String, f64> = HashMap::default();
    for line in include_str!("english_words.txt").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut fields = line.split(' ');
        let Some(cb) = fields.next().and_then(|c| c.parse::<f64>().ok()) else {
            continue;
        };
        let f = 10f64.powf(-cb / 100.0);
        for word in fields {
            // Only words that are one stem: "e-mail" or "don't" say
            // nothing about any one stem.
            if let [stem] = content_stems(word).as_slice() {
                *frequency.entry(stem.clone()).or_insert(0.0) += f;
            }
        }
    }
    frequency
        .into_iter()
        .map(|(stem, f)| (stem, 1.0 - (-WORDS * f).exp()))
        .collect()
});

/// The share of general-English statements holding `stem` (0 for a stem
/// rarer than one word in a million).
pub fn share(stem: &str) -> f64 {
    SHARES.get(stem).copied().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_common_and_names_are_rare() {
        // "year" (years, yearly) is in several statements of a hundred.
        assert!(share("year") > 0.02, "{}", share("year"));
        assert!(share("recal") < share("year") / 10.0, "{}", share("recal"));
        assert!(share("batteri") > 0.0);
        assert!(share("batteri") < share("year") / 10.0);
        assert_eq!(share("vellor"), 0.0);
    }
}
