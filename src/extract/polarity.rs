//! Polarity: whether a statement's claim is negated or reversed ("not",
//! "never", "no", "refused", "rejected", "denied", "against"). Quotations are
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
    Regex::new(r"(?i)\b(not|never|no|none|nobody|nothing|neither|nor|cannot|refused|refuses|refuse|rejected|rejects|reject|denied|denies|deny|against|failed|fails|declined|declines|without)\b|n't\b")
        .expect("valid cue pattern")
});

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
    CUE.find_iter(text).find(|m| !mask[m.start()]).map(|m| {
        (
            m.range(),
            PolarityValue {
                negated: true,
                cue: m.as_str().to_lowercase(),
            },
        )
    })
}
