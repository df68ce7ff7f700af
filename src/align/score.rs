//! Similarity between two statements of different documents.
//!
//! Scorers sit behind [`Scorer`] so that others (a sentence-embedding
//! scorer) can be added and compared. The default, [`LexicalScorer`],
//! combines:
//!
//! Entities, numbers and dates count only where both statements have some;
//! the total is the weighted mean of the parts present, plus the `frame`
//! and `quote` bonuses (capped at 1).
//!
//! | part       | what                                                      | weight |
//! |------------|-----------------------------------------------------------|--------|
//! | `lexical`  | TF-IDF cosine of stemmed content words (IDF over the run and a background of general English, `background`) | 0.60   |
//! | `chars`    | Sørensen–Dice of character bigrams (near-verbatim text)    | 0.15   |
//! | `entities` | overlap of canonical entity names (after aliases)          | 0.15   |
//! | `numbers`  | overlap of quantity values, or of what they measure         | 0.05   |
//! | `dates`    | overlap of resolved dates                                   | 0.05   |
//! | `frame`    | both report the tally of a decision (a vote count)           | 0.25   |
//! | `quote`    | word similarity of their most alike quotations (≥ 0.5)       | 0.30   |
//!
//! The `frame` part is the event's verb, for the one event whose reports
//! share almost no words: a vote. "The text received the backing of 47 out
//! of 56 countries" and "the declaration was approved by a majority of the
//! 281 lawmakers" report one tally of one decision in different words; a
//! decision verb next to a part-of-whole figure marks such a statement.
//!
//! The weights are a first setting to be calibrated on the ECB+ dev topics
//! (`crosscheck-eval align`), never on the seeds.

use super::background;
use super::words::content_stems;
use crate::extract::quantity::Qualifier;
use crate::extract::{DetailKind, Extracted, Normalized};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A similarity score and its parts, each in [0, 1].
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub total: f64,
    pub lexical: f64,
    pub chars: f64,
    pub entities: f64,
    pub numbers: f64,
    pub dates: f64,
    pub frame: f64,
    pub quote: f64,
    /// Sentence-embedding cosine (hybrid scorer only; absent otherwise).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub semantic: f64,
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

/// Scores pairs of statements (by index into the extracted statements).
pub trait Scorer: Sync {
    /// A short name for reports ("lexical").
    fn name(&self) -> &'static str;
    /// The similarity of statements `a` and `b`.
    fn score(&self, a: usize, b: usize) -> Score;
}

/// What the lexical scorer keeps of each statement.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// TF-IDF weights of stems, L2-normalized, sorted by stem.
    pub vector: Vec<(u32, f64)>,
    pub entities: BTreeSet<String>,
    pub numbers: BTreeSet<i64>,
    /// What the quantities measure (`Quantity::measure`).
    pub measures: BTreeSet<String>,
    pub dates: BTreeSet<String>,
    /// Lower-cased text for character similarity.
    pub lower: String,
    /// Character bigrams of `lower` (whitespace out), packed and sorted:
    /// Sørensen–Dice by one merge instead of two hash maps per pair.
    pub bigrams: Vec<u64>,
    /// Stem ids and their counts, sorted by id (what documents add up).
    pub counts: Vec<(u32, u32)>,
    /// Reports the tally of a decision (see the module docs).
    pub tally: bool,
    /// The words of each quotation, lower case.
    pub quotes: Vec<Vec<String>>,
}

/// Stems of verbs and nouns that decide: approve, adopt, back, pass, vote…
const DECISION_STEMS: &[&str] = &[
    "approv", "adopt", "back", "pass", "endors", "vote", "ratifi", "reject", "elect", "ballot",
    "unanim", "overrul", "uphold", "upheld", "rule", "acquit", "convict",
];

/// The default scorer: words, characters, entities, numbers and dates.
pub struct LexicalScorer {
    pub profiles: Vec<Profile>,
    /// Stem ids by stem, and their document frequency (in statements).
    pub vocabulary: HashMap<String, u32>,
    pub df: Vec<u32>,
}

/// Jaccard overlap of two sets (0 when either is empty).
fn overlap<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(b).count() as f64;
    shared / (a.len() as f64 + b.len() as f64 - shared)
}

/// Cosine of two sparse vectors sorted by id (already L2-normalized).
pub(crate) fn cosine(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    dot(a, b).min(1.0)
}

/// Dot product of two sparse vectors sorted by id (a term id, or the term
/// itself), products added in id order.
pub(crate) fn dot<K: Ord>(a: &[(K, f64)], b: &[(K, f64)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The character bigrams of `text` without whitespace, packed and sorted.
fn bigrams(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out: Vec<u64> = chars
        .windows(2)
        .map(|w| (w[0] as u64) << 32 | w[1] as u64)
        .collect();
    out.sort_unstable();
    out
}

/// Sørensen–Dice of two sorted bigram multisets (strsim's definition).
fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// 1 − word-level edit distance / longer length.
pub fn word_similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // Word-level Levenshtein on the slices themselves (strsim's generic one
    // wants owned sequences, which cost two vectors of strings a pair).
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, wa) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, wb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(wa != wb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    1.0 - row[b.len()] as f64 / a.len().max(b.len()) as f64
}

/// True for the stem of a deciding word (approve, adopt, back, vote…).
pub fn is_decision_stem(stem: &str) -> bool {
    DECISION_STEMS.contains(&stem)
}

impl LexicalScorer {
    /// Builds the statement profiles of a run.
    pub fn new(extracted: &Extracted) -> Self {
        let statements = &extracted.segmented.statements;
        let stems: Vec<Vec<String>> = statements
            .par_iter()
            .map(|s| content_stems(&s.text))
            .collect();
        let mut vocabulary: HashMap<String, u32> = HashMap::default();
        let mut df: Vec<u32> = Vec::new();
        for words in &stems {
            let unique: BTreeSet<&String> = words.iter().collect();
            for w in unique {
                let id = match vocabulary.get(w.as_str()) {
                    Some(&id) => id,
                    None => {
                        let next = vocabulary.len() as u32;
                        vocabulary.insert(w.clone(), next);
                        next
                    }
                };
                if id as usize == df.len() {
                    df.push(0);
                }
                df[id as usize] += 1;
            }
        }
        let n = statements.len().max(1) as f64;
        // Rarity over the run and a background of general English (see
        // `background`), so that a small run still knows which words are rare.
        let bg_n = background::STATEMENTS;
        let mut idf = vec![0.0; df.len()];
        for (stem, &id) in &vocabulary {
            let seen = df[id as usize] as f64 + bg_n * background::share(stem);
            idf[id as usize] = (1.0 + (n + bg_n) / seen).ln();
        }
        let profiles = stems
            .par_iter()
            .enumerate()
            .map(|(i, words)| {
                let mut tf: HashMap<u32, f64> = HashMap::default();
                for w in words {
                    *tf.entry(vocabulary[w]).or_insert(0.0) += 1.0;
                }
                let mut counts: Vec<(u32, u32)> =
                    tf.iter().map(|(&id, &f)| (id, f as u32)).collect();
                counts.sort_unstable();
                let mut vector: Vec<(u32, f64)> = tf
                    .into_iter()
                    .map(|(id, f)| (id, (1.0 + f.ln()) * idf[id as usize]))
                    .collect();
                vector.sort_by_key(|(id, _)| *id);
                let norm = vector
                    .iter()
                    .map(|(_, w)| w * w)
                    .sum::<f64>()
                    .sqrt()
                    .max(1e-12);
                vector.iter_mut().for_each(|(_, w)| *w /= norm);
                vector.sort_by_key(|(id, _)| *id);
                let lower = statements[i].text.to_lowercase();
                let mut p = Profile {
                    vector,
                    counts,
                    bigrams: bigrams(&lower),
                    lower,
                    ..Default::default()
                };
                let decides = words.iter().any(|w| DECISION_STEMS.contains(&w.as_str()));
                for d in &extracted.details[i] {
                    match (&d.kind, &d.normalized) {
                        (DetailKind::Entity, Normalized::Entity(e)) => {
                            p.entities.insert(e.canonical.to_lowercase());
                        }
                        (DetailKind::Quantity, Normalized::Quantity(q)) => {
                            p.tally |= decides
                                && (q.total.is_some() || q.qualifier == Qualifier::Majority);
                            if let Some(m) = q.measure() {
                                p.measures.insert(m);
                            }
                            if let Some(v) = q.value.or(q.total) {
                                if v.is_finite() && v.abs() < 1e15 {
                                    p.numbers.insert((v * 100.0).round() as i64);
                                }
                            }
                        }
                        (DetailKind::Quote, Normalized::Quote(q)) => {
                            p.quotes.push(
                                q.quote
                                    .to_lowercase()
                                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                                    .filter(|w| !w.is_empty())
                                    .map(String::from)
                                    .collect(),
                            );
                        }
                        (DetailKind::Date, Normalized::Date(dv)) => {
                            if let Some(v) = &dv.value {
                                p.dates.insert(v.clone());
                            }
                        }
                        _ => {}
                    }
                }
                p
            })
            .collect();
        LexicalScorer {
            profiles,
            vocabulary,
            df,
        }
    }
}

impl Scorer for LexicalScorer {
    fn name(&self) -> &'static str {
        "lexical"
    }

    fn score(&self, a: usize, b: usize) -> Score {
        let (pa, pb) = (&self.profiles[a], &self.profiles[b]);
        let lexical = cosine(&pa.vector, &pb.vector);
        // Character similarity only matters for near-verbatim pairs; skip
        // the quadratic-ish work when the words say they are unrelated.
        // Unrelated English sentences already share about half their
        // bigrams; only what is above that says "near-verbatim".
        let chars = if lexical > 0.2 {
            ((dice(&pa.bigrams, &pb.bigrams) - 0.5) / 0.5).max(0.0)
        } else {
            0.0
        };
        let entities = overlap(&pa.entities, &pb.entities);
        // Two figures of one measure ("six years", "eight years") are
        // evidence of one fact even when the figures differ: that is the
        // disagreement compare is there to find.
        let numbers = overlap(&pa.numbers, &pb.numbers).max(overlap(&pa.measures, &pb.measures));
        let dates = overlap(&pa.dates, &pb.dates);
        let frame = if pa.tally && pb.tally { 1.0 } else { 0.0 };
        // One quotation carried by two sources is one claim, whoever they
        // say spoke it.
        let quote = pa
            .quotes
            .iter()
            .flat_map(|a| pb.quotes.iter().map(move |b| word_similarity(a, b)))
            .fold(0.0, f64::max);
        let quote = if quote >= 0.5 { quote } else { 0.0 };
        // Entities, numbers and dates are evidence only where both
        // statements have some: a statement that names no place is not less
        // like one that does, so an absent part leaves the average.
        let mut weighted = 0.60 * lexical + 0.15 * chars;
        let mut weights = 0.75;
        for (present, w, part) in [
            (
                !pa.entities.is_empty() && !pb.entities.is_empty(),
                0.15,
                entities,
            ),
            (
                !pa.numbers.is_empty() && !pb.numbers.is_empty(),
                0.05,
                numbers,
            ),
            (!pa.dates.is_empty() && !pb.dates.is_empty(), 0.05, dates),
        ] {
            if present {
                weighted += w * part;
                weights += w;
            }
        }
        let total = (weighted / weights + 0.25 * frame + 0.30 * quote).min(1.0);
        Score {
            total,
            lexical,
            chars,
            entities,
            numbers,
            dates,
            frame,
            quote,
            semantic: 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn word_similarity_is_strsim_word_levenshtein() {
        let pairs = [
            (
                "we will not rest until the perpetrators are brought to justice",
                "we shall not rest until those responsible are brought to justice",
            ),
            ("the declaration is a historic step", "a historic step"),
            ("no words in common here", "entirely different sentence"),
        ];
        for (a, b) in pairs {
            let (a, b) = (words(a), words(b));
            let expected =
                1.0 - strsim::generic_levenshtein(&a, &b) as f64 / a.len().max(b.len()) as f64;
            assert_eq!(word_similarity(&a, &b), expected);
            assert_eq!(word_similarity(&b, &a), expected);
        }
        assert_eq!(
            word_similarity(&words("same words"), &words("same words")),
            1.0
        );
        assert_eq!(word_similarity(&[], &words("x")), 0.0);
    }
}
