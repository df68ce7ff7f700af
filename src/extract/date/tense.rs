//! Tense: whether the clause around a date speaks of the past or of the
//! future ([`clause_tense`]), read from its words.

use crate::calendar::{month_number, weekday_number};

use super::context::prev_word;

/// The time a clause speaks of, read from its verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// Words that put a clause in the future ("will", "turns 29 on", "is
/// scheduled for", "next", "upcoming").
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "turns",
    "scheduled",
    "slated",
    "due",
    "upcoming",
    "next",
    "coming",
    "expected",
    "planned",
    "starts",
    "begins",
    "opens",
    "ends",
    "expires",
    "resumes",
    "closes",
    "launches",
    "debuts",
    "premieres",
    "airs",
    "reopens",
    "kicks",
    "tomorrow",
];

/// Irregular past forms (regular ones end in "-ed").
const PAST_WORDS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "ago",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "began",
    "died",
    "won",
    "lost",
    "left",
    "met",
    "held",
    "found",
    "saw",
    "fell",
    "rose",
    "struck",
    "fled",
    "shot",
    "ran",
    "sent",
    "brought",
    "bought",
    "sold",
    "paid",
    "spoke",
    "wrote",
    "broke",
    "drove",
    "caught",
    "became",
    "got",
    "kept",
    "led",
    "stood",
    "hit",
    "beat",
    "quit",
    "yesterday",
    "been",
];

/// Words in "-ed" that are not past verbs, or that announce the future.
const NOT_PAST_ED: &[&str] = &[
    "scheduled",
    "slated",
    "expected",
    "planned",
    "proposed",
    "red",
    "bed",
    "hundred",
    "speed",
    "need",
    "seed",
    "feed",
    "breed",
    "shed",
    "wed",
    "united",
    "based",
    "aged",
    "alleged",
    "wanted",
    "related",
    "limited",
    "armed",
    "advanced",
    "concerned",
    "interested",
    "sacred",
    "naked",
    "wicked",
    "indeed",
    "embed",
    "deed",
    "weed",
    "reed",
    "steed",
    "bred",
    "fled",
    "shred",
    "sled",
    "led",
    "bled",
    "fed",
];

/// The tense of one word, given the word before it; `Skip` for a
/// participle after "be" ("will be held": read on to "will").
enum Cue {
    Tense(Tense),
    Unclear,
    Skip,
    None,
}

fn cue(w: &str, prev: &str) -> Cue {
    let was = matches!(prev, "was" | "were" | "had");
    // another clause, a reported clause ("said the strike would start on
    // April 23"), a conditional or a habit: the tense of the day is unclear
    if matches!(
        w,
        "after"
            | "before"
            | "when"
            | "while"
            | "because"
            | "but"
            | "although"
            | "though"
            | "whereas"
            | "would"
            | "could"
            | "should"
            | "might"
            | "said"
            | "says"
            | "say"
            | "told"
            | "tells"
    ) {
        return Cue::Unclear;
    }
    if w == "to" {
        return match prev {
            "is" | "are" | "going" | "plans" | "plan" | "hopes" | "aims" | "intends" | "set"
            | "due" | "scheduled" | "slated" | "expected" | "planned" => Cue::Tense(Tense::Future),
            _ => Cue::None,
        };
    }
    if w.ends_with("'ll") || w.ends_with("’ll") || FUTURE_WORDS.contains(&w) {
        // "was scheduled for", "had planned": the plan is past, the day unclear
        if was && !matches!(w, "next" | "coming" | "upcoming") {
            return Cue::Unclear;
        }
        return Cue::Tense(Tense::Future);
    }
    let past = PAST_WORDS.contains(&w)
        || (w.len() >= 5
            && w.ends_with("ed")
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !NOT_PAST_ED.contains(&w.rsplit('-').next().unwrap_or(w)));
    if past {
        // "will be held", and the present passive "when he's sentenced May
        // 7", "is expected": the participle is no past; read on.
        let present_be = matches!(prev, "be" | "is" | "are" | "am" | "being" | "get" | "gets")
            || ["'s", "’s", "'re", "’re"].iter().any(|x| prev.ends_with(x));
        if present_be {
            return Cue::Skip;
        }
        return Cue::Tense(Tense::Past);
    }
    Cue::None
}

/// Whether the character `c` at `i` in `s` is the full stop of an
/// abbreviation ("Oct. 2", "Mr. Smith", "U.S."), which ends no clause.
fn abbreviation_dot(s: &str, i: usize, c: char) -> bool {
    if c != '.' {
        return false;
    }
    let word = prev_word(s, i).unwrap_or("");
    let short = word.chars().count() == 1;
    // "May.", "June.", "July." end a sentence; "Oct.", "Sept.", "Tues." do not
    let full = matches!(word, "May" | "June" | "July" | "MAY" | "JUNE" | "JULY");
    short
        || (word.len() <= 4
            && !full
            && (month_number(word).is_some() || weekday_number(word).is_some()))
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Gen"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Jr"
                | "Sr"
                | "Prof"
                | "Capt"
        )
}

/// The tense of the clause around a date at `start..end`: the nearest tense
/// word before it in the same clause (at most 12 words back, not across
/// ". ; : ! ?" or a quotation mark), else the nearest in the 6 words after
/// it. `None` when nothing shows the tense or the cue is unclear.
pub fn clause_tense(text: &str, start: usize, end: usize) -> Option<Tense> {
    const STOPS: &[char] = &['.', ';', ':', '!', '?', '"', '“', '”', '(', ')'];
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase()
    };
    // at most ~400 bytes each side (on char boundaries)
    let mut from = start.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = end.saturating_add(200).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = text.get(from..start)?;
    let before = before
        .char_indices()
        .rev()
        .find(|&(i, c)| STOPS.contains(&c) && !abbreviation_dot(before, i, c))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    let words: Vec<String> = before.split_whitespace().map(clean).collect();
    let n = words.len();
    for i in (n.saturating_sub(12)..n).rev() {
        let prev = if i > 0 { words[i - 1].as_str() } else { "" };
        // "said on Tuesday", "told reporters Monday": the saying is past
        if i + 3 >= n && matches!(words[i].as_str(), "said" | "told") {
            return Some(Tense::Past);
        }
        // "will appear before magistrates on Monday": a preposition, not
        // a clause of its own ("before he was arrested on Monday"), when
        // no subject or verb follows it up to the date.
        let preposition = matches!(words[i].as_str(), "before" | "after")
            && !words[i + 1..].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "he" | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        | "you"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "had"
                        | "has"
                        | "have"
                ) || w.len() >= 5 && (w.ends_with("ed") || w.ends_with("ing"))
            });
        match cue(&words[i], prev) {
            Cue::Tense(t) => return Some(t),
            Cue::Unclear if preposition => {}
            Cue::Unclear => return None,
            Cue::Skip | Cue::None => {}
        }
    }
    let after = text.get(end..to.max(end))?;
    let after = after
        .char_indices()
        .find(|&(i, c)| STOPS.contains(&c) && !abbreviation_dot(after, i, c))
        .map_or(after, |(i, _)| &after[..i]);
    let words: Vec<String> = after.split_whitespace().take(6).map(clean).collect();
    for i in 0..words.len() {
        let prev = if i > 0 { words[i - 1].as_str() } else { "" };
        match cue(&words[i], prev) {
            Cue::Tense(t) => return Some(t),
            Cue::Unclear => return None,
            Cue::Skip | Cue::None => {}
        }
    }
    None
}
