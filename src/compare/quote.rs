//! Quotations across a story: the same quotation as each outlet prints it,
//! compared word by word, and who each outlet says said it.
//!
//! Words are normalized before they are compared (case, punctuation,
//! contractions, ordinals and number words: "wouldn't" = "would not",
//! "12th" = "twelfth" = "12"), and quotations whose normalized words are
//! equal always agree. One outlet printing a shorter excerpt of the other's
//! quotation is not a disagreement either, unless what it leaves out of the
//! sentence where it cuts is a clause that says a number: whole sentences
//! left out are an excerpt ("St" is "Saint", as in "Paris St-Germain").
//! A quotation conflicts when, where both print it,
//! a number or a negation differs.
//!
//! Attribution: the same quotation given to two different speakers, each a
//! person or organization named in its own article (not "he", not a
//! description), both persons or both organizations: a person may speak for
//! an organization.

use super::{details_of, Finding, FindingKind, FindingValue, Severity, Verdict};
use crate::align::ClaimGraph;
use crate::extract::entity::EntityKind;
use crate::extract::{Detail, DetailKind, Normalized};
use rustc_hash::FxHashMap as HashMap;
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::collections::{BTreeMap, BTreeSet};

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "cannot", "nothing", "none", "nobody", "nor",
];

const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "because", "or", "unless", "if", "while", "although", "though", "so", "which",
    "when", "until",
];

/// Words that open a condition.
const CONDITIONS: &[&str] = &["unless", "if", "until", "except", "provided", "providing"];

const CLAUSE_VERBS: &[&str] = &[
    "must", "will", "would", "should", "can", "could", "may", "might", "shall", "is", "are", "was",
    "were", "has", "have", "had",
];

const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "statement",
    "according",
    "wrote",
];

/// Number words and ordinals as digits.
fn number_word(w: &str) -> Option<&'static str> {
    const WORDS: &[(&str, &str, &str)] = &[
        ("one", "first", "1"),
        ("two", "second", "2"),
        ("three", "third", "3"),
        ("four", "fourth", "4"),
        ("five", "fifth", "5"),
        ("six", "sixth", "6"),
        ("seven", "seventh", "7"),
        ("eight", "eighth", "8"),
        ("nine", "ninth", "9"),
        ("ten", "tenth", "10"),
        ("eleven", "eleventh", "11"),
        ("twelve", "twelfth", "12"),
        ("thirteen", "thirteenth", "13"),
        ("fourteen", "fourteenth", "14"),
        ("fifteen", "fifteenth", "15"),
        ("sixteen", "sixteenth", "16"),
        ("seventeen", "seventeenth", "17"),
        ("eighteen", "eighteenth", "18"),
        ("nineteen", "nineteenth", "19"),
        ("twenty", "twentieth", "20"),
        ("thirty", "thirtieth", "30"),
        ("forty", "fortieth", "40"),
        ("fifty", "fiftieth", "50"),
        ("hundred", "hundredth", "100"),
    ];
    WORDS
        .iter()
        .find(|(n, o, _)| *n == w || *o == w)
        .map(|(_, _, d)| *d)
}

/// The normalized words of a quotation (see the module documentation).
pub(super) fn quote_words(q: &str) -> Vec<String> {
    let mut out = Vec::new();
    // "a.m." is "am" wherever it stands ("9 p.m." = "9pm"), and a
    // thousands separator or a decimal point between digits stays in its
    // number ("1,000" = "1000", "5.5").
    let lower = q
        .to_lowercase()
        .replace('’', "'")
        .replace("a.m.", "am")
        .replace("p.m.", "pm");
    let chars: Vec<char> = lower.chars().collect();
    let joined: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between_digits = (c == ',' || c == '.')
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            // A comma separates thousands only before three digits ("1,000",
            // not the list "1,2 or 3").
            let thousands = (1..=3).all(|k| chars.get(i + k).is_some_and(char::is_ascii_digit))
                && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
            match c {
                ',' if between_digits && thousands => '\u{0}',
                '.' if between_digits => '\u{1}',
                _ => c,
            }
        })
        .filter(|&c| c != '\u{0}')
        .collect();
    for raw in joined.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{1}') {
        let raw = raw.replace('\u{1}', ".");
        let raw = raw.as_str();
        let w = raw.trim_matches('\'');
        if w.is_empty() {
            continue;
        }
        let expanded: &[&str] = match w {
            "won't" => &["will", "not"],
            "can't" | "cannot" => &["can", "not"],
            "shan't" => &["shall", "not"],
            "ain't" => &["is", "not"],
            _ => &[],
        };
        if !expanded.is_empty() {
            out.extend(expanded.iter().map(|x| x.to_string()));
            continue;
        }
        if let Some(stem) = w.strip_suffix("n't") {
            out.push(stem.to_string());
            out.push("not".into());
            continue;
        }
        let (w, tail) = match w.split_once('\'') {
            Some((head, "re")) => (head, Some("are")),
            Some((head, "ve")) => (head, Some("have")),
            Some((head, "ll")) => (head, Some("will")),
            Some((head, "m")) => (head, Some("am")),
            Some((head, "d")) => (head, Some("would")),
            // "'s" is "is", "has" or a possessive: dropped.
            Some((head, _)) => (head, None),
            None => (w, None),
        };
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let numeric = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
        let suffix = &w[digits.len()..];
        let ordinal = numeric && matches!(suffix, "st" | "nd" | "rd" | "th");
        if ordinal {
            out.push(digits.to_string());
        } else if numeric && !suffix.is_empty() {
            // "9pm", "5km", "10s": the number and its unit, as if spaced.
            out.push(digits.to_string());
            out.push(suffix.to_string());
        } else {
            // "St-Germain" = "Saint-Germain".
            let word = if w == "st" {
                "saint".to_string()
            } else {
                number_word(w).map_or_else(|| w.to_string(), str::to_string)
            };
            // "two hundred" = "200", "one thousand" = "1000".
            let scale = match word.as_str() {
                "100" if w == "hundred" => Some(100u64),
                "thousand" => Some(1000),
                _ => None,
            };
            let before = out.last().and_then(|x| x.parse::<u64>().ok());
            match (scale, before) {
                (Some(k), Some(n)) if n < 1000 => {
                    *out.last_mut().expect("a number before") = (n * k).to_string();
                }
                _ => out.push(word),
            }
        }
        if let Some(t) = tail {
            out.push(t.to_string());
        }
    }
    out
}

/// Where each sentence of a quotation starts among its normalized words
/// ([`quote_words`]): 0, then the first word after each ".", "!", "?" or
/// "…" that a capital letter follows. An outlet that prints fewer of a
/// speaker's sentences than another has quoted less, not otherwise.
/// `whole` is `quote_words(q)`, already read.
pub(super) fn sentence_starts(q: &str, whole: &[String]) -> Vec<usize> {
    let chars: Vec<(usize, char)> = q.char_indices().collect();
    let mut cuts = vec![0];
    for (k, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Past closing quotation marks and spaces, a capital letter.
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')') {
            j += 1;
        }
        let spaced = j < chars.len() && chars[j].1.is_whitespace();
        while j < chars.len()
            && (chars[j].1.is_whitespace() || matches!(chars[j].1, '"' | '“' | '‘'))
        {
            j += 1;
        }
        if spaced && j < chars.len() && chars[j].1.is_uppercase() {
            cuts.push(chars[j].0);
        }
    }
    if cuts.len() == 1 {
        return vec![0];
    }
    cuts.push(q.len());
    let mut starts = Vec::new();
    let mut words = Vec::new();
    for w in cuts.windows(2) {
        starts.push(words.len());
        words.extend(quote_words(&q[w[0]..w[1]]));
    }
    // Sentence by sentence, the words must be the quotation's own (a number
    // spelled across a cut would not be): else one sentence.
    if words == whole {
        starts.dedup();
        starts
    } else {
        vec![0]
    }
}

/// Word-level similarity: 1 − edit distance / longer length.
pub(super) fn quote_similarity(a: &[String], b: &[String]) -> f64 {
    if a == b {
        return 1.0;
    }
    let (va, vb): (Vec<&String>, Vec<&String>) = (a.iter().collect(), b.iter().collect());
    let dist = strsim::generic_levenshtein(&va, &vb) as f64;
    1.0 - dist / a.len().max(b.len()).max(1) as f64
}

/// How much of the shorter quotation the longer one holds, in order.
fn containment(a: &[String], b: &[String]) -> f64 {
    let ops = capture_diff_slices(Algorithm::Myers, a, b);
    let equal: usize = ops
        .iter()
        .filter_map(|op| match op {
            DiffOp::Equal { len, .. } => Some(*len),
            _ => None,
        })
        .sum();
    equal as f64 / a.len().min(b.len()).max(1) as f64
}

fn is_number(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
}

/// What two printings of a quotation differ in.
#[derive(Debug, Default)]
struct Difference {
    /// Words of each side in the stretch both print, where they differ.
    inside: (Vec<String>, Vec<String>),
    /// Words only one side prints before the stretch both print, and
    /// after it (an excerpt), each end apart.
    outside: [(Vec<String>, Vec<String>); 2],
    /// Where each of `outside`'s stretches starts in each side's words.
    outside_at: [(usize, usize); 2],
}

fn difference(a: &[String], b: &[String]) -> Difference {
    let ops = capture_diff_slices(Algorithm::Myers, a, b);
    // The stretch both print runs from the first to the last run of two
    // or more words in common: a lone "I" or "the" matched far away does
    // not make what lies between an inside change.
    // A word both print at the very start, or at the very end, anchors it
    // too when a run of two follows within a few words ("I [didn't] feel
    // on the floor …" against "I feel on the floor … [weren't]"), not when
    // a whole clause lies between ("I [am usually not nervous … because I]
    // felt …").
    const NEAR_EDGE: usize = 3;
    let long = |o: &DiffOp| matches!(o, DiffOp::Equal { len, .. } if *len >= 2);
    let starts = |o: &DiffOp| match *o {
        DiffOp::Equal {
            old_index,
            new_index,
            ..
        } => Some((old_index, new_index)),
        _ => None,
    };
    let ends = |o: &DiffOp| match *o {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => Some((old_index + len, new_index + len)),
        _ => None,
    };
    let first_long = ops.iter().find(|o| long(o)).and_then(starts);
    let last_long = ops.iter().rev().find(|o| long(o)).and_then(ends);
    let anchor = |o: &DiffOp| match *o {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => {
            len >= 2
                || old_index == 0
                    && new_index == 0
                    && first_long.is_some_and(|(x, y)| x <= len + NEAR_EDGE && y <= len + NEAR_EDGE)
                || old_index + len == a.len()
                    && new_index + len == b.len()
                    && last_long.is_some_and(|(x, y)| {
                        x + NEAR_EDGE >= old_index && y + NEAR_EDGE >= new_index
                    })
        }
        _ => false,
    };
    let any_equal = |o: &DiffOp| matches!(o, DiffOp::Equal { .. });
    let first_equal = ops
        .iter()
        .position(anchor)
        .or_else(|| ops.iter().position(any_equal));
    let last_equal = ops
        .iter()
        .rposition(anchor)
        .or_else(|| ops.iter().rposition(any_equal));
    let mut d = Difference::default();
    for (k, op) in ops.iter().enumerate() {
        // A word put for another is a change wherever it stands; words only
        // one side prints, before or after the common stretch, an excerpt.
        let inner = matches!(op, DiffOp::Replace { .. })
            || first_equal.is_some_and(|f| k > f) && last_equal.is_some_and(|l| k < l);
        let (old, new) = match *op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index, old_len, ..
            } => (&a[old_index..old_index + old_len], &b[0..0]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => (&a[0..0], &b[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                &a[old_index..old_index + old_len],
                &b[new_index..new_index + new_len],
            ),
        };
        let (old_at, new_at) = match *op {
            DiffOp::Delete {
                old_index,
                new_index,
                ..
            }
            | DiffOp::Insert {
                old_index,
                new_index,
                ..
            }
            | DiffOp::Replace {
                old_index,
                new_index,
                ..
            } => (old_index, new_index),
            DiffOp::Equal { .. } => continue,
        };
        let slot = if inner {
            &mut d.inside
        } else {
            let end = usize::from(first_equal.is_none_or(|f| k >= f));
            if d.outside[end].0.is_empty() && d.outside[end].1.is_empty() {
                d.outside_at[end] = (old_at, new_at);
            }
            &mut d.outside[end]
        };
        slot.0.extend(old.iter().cloned());
        slot.1.extend(new.iter().cloned());
    }
    d
}

/// [`judge_printed`] of two printings of one sentence each.
#[cfg(test)]
fn judge(a: &[String], b: &[String]) -> (Verdict, String) {
    judge_printed((a, &[0]), (b, &[0]))
}

/// The verdict on two printings of a quotation, each its words and where
/// its sentences start, and a note on what differs.
fn judge_printed(
    (a, starts_a): (&[String], &[usize]),
    (b, starts_b): (&[String], &[usize]),
) -> (Verdict, String) {
    if a == b {
        return (Verdict::Agree, String::new());
    }
    let d = difference(a, b);
    let counts = |xs: &[String], pred: &dyn Fn(&str) -> bool| xs.iter().filter(|w| pred(w)).count();
    let negation = |w: &str| NEGATIONS.contains(&w);
    let (ia, ib) = (&d.inside.0, &d.inside.1);
    let numbers_changed = {
        let na: BTreeSet<&String> = ia.iter().filter(|w| is_number(w)).collect();
        let nb: BTreeSet<&String> = ib.iter().filter(|w| is_number(w)).collect();
        !na.is_empty() && !nb.is_empty() && na != nb
    };
    // A negation put in or taken out: the word it negates is printed on
    // the other side too, not negated ("we will not accept any agreement",
    // "we will accept an agreement"; "never lost", "always lost"). A
    // negation whose word the other side does not print is a rewording,
    // as translations of one remark differ ("I can't wait to start", "I am
    // eager to start").
    // The word in any tense: "I did not know", "I knew".
    let same_verb = |v: &str, w: &str| {
        v == w || {
            let lv = crate::facts::lexicon::lemmas(v);
            crate::facts::lexicon::lemmas(w)
                .iter()
                .any(|(p, l)| *p == 'v' && lv.iter().any(|(q, m)| q == p && m == l))
        }
    };
    let flipped = |x: &[String], y: &[String]| {
        x.iter().enumerate().any(|(k, w)| {
            negation(w)
                && x.get(k + 1).is_some_and(|next| {
                    // Not negated there either, nor in "out of the
                    // question" ("there is no question of a ceasefire").
                    y.iter().enumerate().any(|(j, v)| {
                        same_verb(v, next)
                            && (j == 0 || !negation(&y[j - 1]))
                            && !y[j.saturating_sub(3)..j]
                                .windows(2)
                                .any(|p| p[0] == "out" && p[1] == "of")
                    })
                })
        })
    };
    let (na, nb) = (counts(ia, &negation), counts(ib, &negation));
    let negation_changed = na != nb
        && if na > nb {
            flipped(a, b)
        } else {
            flipped(b, a)
        };
    let note = |x: &[String], y: &[String]| {
        format!(
            "\"{}\" where the other has \"{}\"",
            x.join(" "),
            y.join(" ")
        )
    };
    if numbers_changed || negation_changed {
        return (Verdict::Conflict, note(ia, ib));
    }
    // An excerpt that leaves out a clause saying a number or a negation
    // ("…, and it must reach companies within two years"); not a phrase
    // ("at the two departments"), not the attribution caught with it ("the
    // two men said").
    // A condition left out turns a conditional promise into a plain one
    // ("we will not cancel treatment unless staffing falls below safe
    // levels"), whatever it says.
    let dropped = |xs: &[String]| {
        !xs.iter().any(|w| REPORTING.contains(&w.as_str()))
            && (xs.len() >= 4
                && xs.iter().any(|w| is_number(w))
                && (CLAUSE_OPENERS.contains(&xs[0].as_str())
                    || xs.iter().any(|w| CLAUSE_VERBS.contains(&w.as_str())))
                || xs.len() >= 3 && CONDITIONS.contains(&xs[0].as_str()))
    };
    // Only what is left out of the sentence where the excerpt is cut
    // counts: whole sentences left out are an excerpt, whatever they say
    // (the outlet quoted fewer of the speaker's sentences: "I have tried
    // three times."). `end` 0 is the head, 1 the tail.
    let cut_sentence =
        |end: usize, at: usize, len: usize, words: &'_ [String], starts: &[usize]| {
            let stretch = at..at + len;
            let range = if end == 0 {
                let from = starts
                    .iter()
                    .copied()
                    .filter(|&s| s <= stretch.end)
                    .max()
                    .unwrap_or(0);
                from.max(stretch.start)..stretch.end
            } else if starts.contains(&stretch.start) {
                // Cut where a sentence ends.
                stretch.start..stretch.start
            } else {
                let to = starts
                    .iter()
                    .copied()
                    .filter(|&s| s > stretch.start)
                    .min()
                    .unwrap_or(words.len());
                stretch.start..to.min(stretch.end)
            };
            words.get(range).unwrap_or(&[]).to_vec()
        };
    // Each end apart: a clause opener at the head and "the two
    // departments" at the tail are not one dropped clause.
    let left_out =
        d.outside
            .iter()
            .zip(d.outside_at)
            .enumerate()
            .any(|(end, ((oa, ob), (at_a, at_b)))| {
                oa.is_empty() && dropped(&cut_sentence(end, at_b, ob.len(), b, starts_b))
                    || ob.is_empty() && dropped(&cut_sentence(end, at_a, oa.len(), a, starts_a))
            });
    let oa: Vec<String> = d.outside.iter().flat_map(|o| o.0.clone()).collect();
    let ob: Vec<String> = d.outside.iter().flat_map(|o| o.1.clone()).collect();
    if left_out {
        return (Verdict::Discrepancy, note(&oa, &ob));
    }
    (
        Verdict::Compatible,
        note(&[ia.clone(), oa].concat(), &[ib.clone(), ob].concat()),
    )
}

/// One quotation as an article prints it.
struct Printed {
    statement: usize,
    doc: usize,
    detail: Detail,
    words: Vec<String>,
    /// Where its sentences start among `words`.
    starts: Vec<usize>,
    /// The speaker as a named person or organization of its article.
    speaker: Option<(String, EntityKind)>,
}

/// The speaker of a quote when it is a person or organization named in
/// its article (the canonical name of an entity of the document).
fn named_speaker(
    graph: &ClaimGraph,
    doc_names: &HashMap<String, EntityKind>,
    d: &Detail,
) -> Option<(String, EntityKind)> {
    let Normalized::Quote(q) = &d.normalized else {
        return None;
    };
    let _ = graph;
    // Named in the attribution itself: "he said" resolved to a name is a
    // guess, and a wrong guess is a false conflict.
    let written = q.speaker.as_deref()?;
    if !written
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        || matches!(
            written.to_lowercase().as_str(),
            "he" | "she" | "they" | "it" | "we" | "i"
        )
    {
        return None;
    }
    let canonical = q.speaker_canonical.as_deref()?;
    let kind = *doc_names.get(canonical)?;
    matches!(kind, EntityKind::Person | EntityKind::Organization)
        .then(|| (canonical.to_string(), kind))
}

/// Quotations of a story's documents compared across it (see the module
/// documentation): one quote finding per quotation printed in two or more
/// documents with a difference, and one attribution finding when the
/// speakers differ.
pub(super) fn quotes(
    graph: &ClaimGraph,
    docs: &[usize],
    statements: &[Vec<usize>],
    out: &mut Vec<Finding>,
) {
    let documents = &graph.extracted.segmented.corpus.documents;
    let mut all: Vec<Printed> = Vec::new();
    for &doc in docs {
        let mut names: HashMap<String, EntityKind> = HashMap::default();
        for &s in &statements[doc] {
            for d in details_of(graph, s, DetailKind::Entity) {
                if let Normalized::Entity(e) = &d.normalized {
                    names.entry(e.canonical.clone()).or_insert(e.entity);
                }
            }
        }
        for &s in &statements[doc] {
            for d in details_of(graph, s, DetailKind::Quote) {
                if let Normalized::Quote(q) = &d.normalized {
                    let words = quote_words(&q.quote);
                    if words.len() < 3 {
                        continue;
                    }
                    all.push(Printed {
                        statement: s,
                        doc,
                        speaker: named_speaker(graph, &names, d),
                        detail: d.clone(),
                        starts: sentence_starts(&q.quote, &words),
                        words,
                    });
                }
            }
        }
    }
    // Candidates share a pair of consecutive words; each pair of distinct
    // wordings is measured once.
    let mut wording: HashMap<(&[String], &[usize]), usize> = HashMap::default();
    let wording_of: Vec<usize> = all
        .iter()
        .map(|q| {
            let next = wording.len();
            *wording
                .entry((q.words.as_slice(), q.starts.as_slice()))
                .or_insert(next)
        })
        .collect();
    let mut postings: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (i, q) in all.iter().enumerate() {
        let mut seen = BTreeSet::new();
        for w in q.words.windows(2) {
            if crate::align::words::is_stop(&w[0]) && crate::align::words::is_stop(&w[1]) {
                continue;
            }
            if seen.insert((w[0].as_str(), w[1].as_str())) {
                postings
                    .entry((w[0].as_str(), w[1].as_str()))
                    .or_default()
                    .push(i);
            }
        }
    }
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    // A pair of words many printings share links each printing to its
    // next few in the list only: the printings still chain into one group,
    // at a cost that grows with the printings, not with their pairs.
    for list in postings.values() {
        let reach = if list.len() <= 48 { list.len() } else { 12 };
        for (k, &i) in list.iter().enumerate() {
            for &j in list[k + 1..].iter().take(reach) {
                if all[i].doc != all[j].doc {
                    candidates.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    let mut measured: HashMap<(usize, usize), bool> = HashMap::default();
    let mut parent: Vec<usize> = (0..all.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, j) in candidates {
        let (wi, wj) = (wording_of[i], wording_of[j]);
        // One quotation: alike as a whole, or one an excerpt of the other
        // (most of the shorter one, in order, and six words at least).
        let same = *measured.entry((wi.min(wj), wi.max(wj))).or_insert_with(|| {
            let (a, b) = (&all[i].words, &all[j].words);
            quote_similarity(a, b) >= 0.5 || (containment(a, b) >= 0.8 && a.len().min(b.len()) >= 6)
        });
        if same {
            pairs.push((i, j));
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..all.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut pairs_of: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for &(i, j) in &pairs {
        pairs_of
            .entry(root(&mut parent, i))
            .or_default()
            .push((i, j));
    }
    let name = |i: usize| documents[all[i].doc].id.as_str();
    // The words printing `long` has beyond printing `short`, found in the
    // rest of `short`'s document: the quote was split there, not cut.
    let doc_words: HashMap<usize, String> = all
        .iter()
        .map(|q| q.doc)
        .collect::<BTreeSet<usize>>()
        .into_iter()
        .map(|d| {
            (
                d,
                format!(" {} ", quote_words(&documents[d].text).join(" ")),
            )
        })
        .collect();
    let elsewhere = |long: usize, short: usize| {
        let d = difference(&all[long].words, &all[short].words);
        d.outside.iter().any(|(extra, _)| {
            extra.len() >= 4
                && doc_words.get(&all[short].doc).is_some_and(|t| {
                    t.contains(&format!(" {} ", extra[..4.min(extra.len())].join(" ")))
                })
        })
    };
    for (r, group) in groups.into_iter().filter(|(_, g)| g.len() >= 2) {
        // One printing per document: the first.
        let mut group_docs = BTreeSet::new();
        let group: Vec<usize> = group
            .into_iter()
            .filter(|&i| group_docs.insert(all[i].doc))
            .collect();
        if group_docs.len() < 2 {
            continue;
        }
        let mut verdict = Verdict::Agree;
        let mut disagreeing = Vec::new();
        let mut notes: Vec<String> = Vec::new();
        let in_group: BTreeSet<usize> = group.iter().copied().collect();
        let mut judged: HashMap<(usize, usize), (Verdict, String)> = HashMap::default();
        for &(i, j) in pairs_of.get(&r).map_or(&[][..], Vec::as_slice) {
            if !in_group.contains(&i) || !in_group.contains(&j) {
                continue;
            }
            let (mut v, note) = judged
                .entry((wording_of[i], wording_of[j]))
                .or_insert_with(|| {
                    judge_printed(
                        (&all[i].words, &all[i].starts),
                        (&all[j].words, &all[j].starts),
                    )
                })
                .clone();
            if v == Verdict::Discrepancy && (elsewhere(i, j) || elsewhere(j, i)) {
                v = Verdict::Compatible;
            }
            if v.flagged() {
                disagreeing.push((all[i].doc.min(all[j].doc), all[i].doc.max(all[j].doc)));
                notes.push(format!("{} has {note}", name(i)));
            }
            verdict = verdict.max(v);
        }
        let values: Vec<FindingValue> = group
            .iter()
            .map(|&g| FindingValue {
                statement: all[g].statement,
                detail: all[g].detail.clone(),
            })
            .collect();
        let names: Vec<&str> = group.iter().map(|&g| name(g)).collect();
        let names = names.join(", ");
        let (severity, rule, explanation) = match verdict {
            Verdict::Agree => (Severity::Low, "quote.verbatim", format!("{names} quote the same words.")),
            Verdict::Compatible => (
                Severity::Low,
                "quote.wording-drift",
                format!("{names} carry the same quote; the words differ only in form, or one prints a shorter excerpt."),
            ),
            Verdict::Discrepancy => (
                Severity::Medium,
                "quote.excerpt-drops-figure",
                format!("{names} carry the same quote, but one leaves out a part that says a number, a negation or a condition: {}.", notes.join("; ")),
            ),
            Verdict::Conflict => (
                Severity::High,
                "quote.changed-number-or-negation",
                format!("The quote differs in a number or a negation: {}.", notes.join("; ")),
            ),
        };
        disagreeing.sort_unstable();
        disagreeing.dedup();
        let first_words: Vec<&str> = all[group[0]]
            .words
            .iter()
            .take(6)
            .map(String::as_str)
            .collect();
        let measure = format!("quotation “{}…”", first_words.join(" "));
        out.push(Finding {
            id: String::new(),
            kind: FindingKind::Quote,
            verdict,
            severity,
            claim: None,
            fact: None,
            measure: measure.clone(),
            values: values.clone(),
            explanation,
            rule,
            disagreeing,
        });

        // Attribution: the same quote in different mouths, both named.
        let speakers: Vec<(usize, &(String, EntityKind))> = group
            .iter()
            .filter_map(|&g| all[g].speaker.as_ref().map(|s| (g, s)))
            .collect();
        let mut disagreeing = Vec::new();
        // Spelled with or without accents ("Guzmán", "Guzman").
        let same_speaker = |a: &str, b: &str| {
            let (a, b) = (
                crate::extract::entity::unaccented(&a.to_lowercase()),
                crate::extract::entity::unaccented(&b.to_lowercase()),
            );
            a == b
                || a.split_whitespace()
                    .any(|w| b.split_whitespace().any(|v| v == w && w.len() > 2))
        };
        for x in 0..speakers.len() {
            for y in x + 1..speakers.len() {
                let ((gx, (sx, kx)), (gy, (sy, ky))) = (speakers[x], speakers[y]);
                if kx == ky
                    && !same_speaker(sx, sy)
                    && quote_similarity(&all[gx].words, &all[gy].words) >= 0.8
                {
                    disagreeing.push((all[gx].doc.min(all[gy].doc), all[gx].doc.max(all[gy].doc)));
                }
            }
        }
        if disagreeing.is_empty() {
            continue;
        }
        disagreeing.sort_unstable();
        disagreeing.dedup();
        let listed = speakers
            .iter()
            .map(|(g, (c, _))| format!("{} attributes it to {c}", name(*g)))
            .collect::<Vec<_>>()
            .join("; ");
        out.push(Finding {
            id: String::new(),
            kind: FindingKind::Attribution,
            verdict: Verdict::Conflict,
            severity: Severity::High,
            claim: None,
            fact: None,
            measure: format!("speaker of the {measure}"),
            values,
            explanation: format!("{listed}. The same quote has different speakers."),
            rule: "attribution.different-speaker",
            disagreeing,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        quote_words(s)
    }

    #[test]
    fn normalized_words_hide_form() {
        assert_eq!(w("We wouldn't go"), w("we would not go"));
        assert_eq!(w("the 12th time"), w("The twelfth time"));
        assert_eq!(w("I can't wait"), w("I cannot wait"));
        // Numbers as digits, words, with separators or units run on.
        assert_eq!(w("we raised 1,000 dollars"), w("we raised 1000 dollars"));
        assert_eq!(
            w("we raised one thousand dollars"),
            w("We raised 1,000 dollars")
        );
        assert_eq!(w("two hundred people came"), w("200 people came"));
        assert_eq!(w("in 2,3 days"), vec!["in", "2", "3", "days"]);
        assert_eq!(w("at 9 p.m. we left"), w("at 9pm we left"));
        assert_eq!(
            w("Paris St-Germain's ambition"),
            w("Paris Saint-Germain’s ambition")
        );
        assert_eq!(w("it was 5.5 metres"), vec!["it", "was", "5.5", "metres"]);
        assert_eq!(
            judge(&w("It's the 12th title."), &w("it's the twelfth title")).0,
            Verdict::Agree
        );
    }

    /// The verdict on two printings, their sentences read.
    fn by_sentence(long: &str, short: &str) -> Verdict {
        judge_printed(
            (&w(long), &sentence_starts(long, &w(long))),
            (&w(short), &sentence_starts(short, &w(short))),
        )
        .0
    }

    #[test]
    fn excerpts_are_not_disagreements() {
        let long = w("The money is for wind and solar and it will reach companies soon");
        let short = w("The money is for wind and solar");
        assert_eq!(judge(&long, &short).0, Verdict::Compatible);
        // Unless what is left out says a number or a negation.
        let long =
            w("The money is for wind and solar and it must reach companies within two years");
        assert_eq!(judge(&long, &short).0, Verdict::Discrepancy);
        // Whole sentences left out are an excerpt, whatever they say.
        let long = "It is a matter of deep regret. I have tried three times.";
        let short = "It is a matter of deep regret.";
        assert_eq!(by_sentence(long, short), Verdict::Compatible);
        // Only the sentence where the excerpt is cut counts: a number in a
        // later sentence is no clause of it.
        let long = "It is a matter of regret to me that I could not do it. I tried three times.";
        let short = "it's a matter of regret";
        assert_eq!(by_sentence(long, short), Verdict::Compatible);
        let long = "We tried, and we will try again within two years. That is all.";
        let short = "We tried.";
        assert_eq!(sentence_starts(long, &w(long)), vec![0, 10]);
        assert_eq!(by_sentence(long, short), Verdict::Discrepancy);
        // An opener left out at the head and a number at the tail are two
        // excerpts' edges, not one clause.
        let long = w("Because science must guide us, agencies will have to consult with biologists at the two departments");
        let short = w("Agencies will have to consult with biologists.");
        assert_eq!(judge(&long, &short).0, Verdict::Compatible);
        // A condition left out makes a conditional promise a plain one.
        let long = w("We will keep the ward open if the board agrees to the plan");
        let short = w("We will keep the ward open");
        assert_eq!(judge(&long, &short).0, Verdict::Discrepancy);
    }

    #[test]
    fn a_negation_raised_to_the_verb_of_feeling_is_one_quote() {
        assert_eq!(
            judge(
                &w("I feel on the floor we weren't executing the plan"),
                &w("I didn't feel on the floor we were executing the plan")
            )
            .0,
            Verdict::Compatible
        );
        // A clause with a negation before the shorter one's first words is
        // an excerpt's edge, even when both begin with "I".
        assert_eq!(
            judge(
                &w("I felt like there was a lot of pressure"),
                &w("I'm usually not nervous before games, and I was a little nervous tonight because I felt like there was a lot of pressure")
            )
            .0,
            Verdict::Compatible
        );
    }

    #[test]
    fn numbers_and_negations_inside_conflict() {
        assert_eq!(
            judge(
                &w("we have 12 children at home"),
                &w("we have 13 children at home")
            )
            .0,
            Verdict::Conflict
        );
        assert_eq!(
            judge(
                &w("we will not accept any deal that harms farmers"),
                &w("we will accept any deal that harms farmers")
            )
            .0,
            Verdict::Conflict
        );
        assert_eq!(
            judge(
                &w("we have never lost at home"),
                &w("we have always lost at home")
            )
            .0,
            Verdict::Conflict
        );
        // A negation among reworded words is a rewording (two translations
        // of one remark).
        assert_eq!(
            judge(
                &w("I can't wait to start this new adventure"),
                &w("I am eager to start this new adventure")
            )
            .0,
            Verdict::Compatible
        );
    }
}
