//! Quotes: direct quotations in straight or curly quotation marks, with
//! their speaker ("X said", "said X", "X told", "according to X", "X wrote
//! on Facebook", "the document says"); pronoun and role speakers ("he",
//! "the Secretary-General") are resolved to the nearest fitting named person
//! earlier in the document.

use super::{entity::EntityKind, Detail, Normalized};
use crate::segment::Segmented;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::LazyLock;

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteValue {
    /// The words inside the quotation marks.
    pub quote: String,
    /// Who said it, as written ("Stoltenberg", "he", "the document").
    pub speaker: Option<String>,
    /// The speaker resolved to a canonical entity name, when possible.
    pub speaker_canonical: Option<String>,
}

const VERBS: &str = "said|says|say|added|adds|wrote|writes|told|tells|stated|states|stressed|stresses|emphasized|emphasised|noted|notes|insisted|argued|asserted|explained|declared|announced|warned|asked|replied|continued|concluded|tweeted|posted|urged|claimed|complained|according to";

static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s,.]*(?:(?P<v1>{VERBS})\s+(?P<s1>(?:the\s+)?[\p{{L}}\d][\p{{L}}\d'’.\- ]{{0,80}}?)(?:[,.;]|\s+(?:in|on|at|during|who|while|after|before|to|insisting|noting|adding)(?-u:\b)|$)|(?P<s2>(?:the\s+)?[\p{{L}}][\p{{L}}'’.\-, ]{{0,140}}?)\s+(?:{VERBS})(?-u:\b))"
    ))
    .expect("valid quote pattern")
});

static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?P<s1>(?:the\s+)?[\p{{L}}][\p{{L}}'’.\- ]{{0,80}}?)\s+(?:{VERBS})(?:\s+(?:on|in)\s+\p{{Lu}}\w+)?(?:\s+that)?|according to (?P<s2>[\p{{L}}][\p{{L}}'’.\- ]{{0,60}}?))\s*[,:]?\s*$"
    ))
    .expect("valid quote pattern")
});

/// An age in apposition after a name (", 92,").
static AGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s*\d{1,3},").expect("valid age pattern"));

/// Quotation spans (including the marks) in `text`.
fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '"') | (None, '“') => open = Some((i, c)),
            // An opening curly mark inside an open curly quotation closes
            // it: English nests with single marks, and a closing mark typed
            // as an opening one ("decision, “a friend said") is common in
            // web copy. Read as nesting, the quotation would run on over
            // its attribution.
            (Some((s, '"')), '"') | (Some((s, '“')), '”') | (Some((s, '“')), '“') => {
                out.push(s..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    // An opening quote never closed in the statement: the quotation runs to
    // its end (it continues in the next paragraph).
    if let Some((s, _)) = open {
        if text[s..].split_whitespace().count() >= 4 {
            out.push(s..text.len());
        }
    }
    if out.is_empty() && open.is_none() {
        out = single_quotations(text);
    }
    out
}

/// Quotations in single marks, as British outlets print them ("'I knew
/// the money was stolen,' Pryce told the jury."), in a statement with no
/// double marks (where single marks nest). An opening mark starts a word
/// after a space or a colon; a closing one ends a word before a space or
/// punctuation, so that apostrophes ("don't", "the jurors' verdict" when
/// short) are not marks. Three words at least: a shorter span is a scare
/// quote or a title.
fn single_quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // The opening mark's offset and the closing mark it asks for: a
    // curly opening closes only with a curly mark, a straight one with a
    // straight one.
    let mut open: Option<(usize, char)> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '\'' | '‘' | '’') {
            continue;
        }
        let before = k.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(k + 1).map(|&(_, c)| c);
        match open {
            None if c != '’'
                && before.is_none_or(|b| b.is_whitespace() || matches!(b, ':' | '('))
                && after.is_some_and(char::is_alphanumeric) =>
            {
                open = Some((i, if c == '‘' { '’' } else { '\'' }));
            }
            Some((s, close))
                if c == close
                    && before.is_some_and(|b| !b.is_whitespace())
                    && after.is_none_or(|a| a.is_whitespace() || ",.;:!?)".contains(a)) =>
            {
                if text[s..i].split_whitespace().count() >= 3 {
                    out.push(s..i + c.len_utf8());
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Reporting verbs whose subject is the speaker of a quotation later in the
/// sentence ("X emphasized that the task is to \"...\"", "The declaration
/// calls on governments to \"...\"").
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|stressed|stresses|emphasized|emphasised|emphasizes|emphasises|noted|notes|insisted|insists|argued|argues|asserted|explained|declared|announced|warned|warns|complained|confirmed|criticized|criticised|called on|calls on|call on|urged|urges|claimed|claims|believes|described|accused|admitted|acknowledged|predicted|arguing|insisting|saying|noting|adding|warning|stressing|emphasizing|emphasising)(?-u:\b)")
        .expect("valid reporting pattern")
});

/// Abbreviations whose period does not end a speaker's name ("Troy police
/// Lt. Gerry Scherlinck").
const ABBREVIATIONS: &[&str] = &[
    "lt", "sgt", "capt", "adm", "cmdr", "maj", "cpl", "col", "gen", "gov", "sen", "rep", "const",
    "det", "insp", "supt", "atty", "prof", "rev", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "u.s",
    "u.k", "u.n", "no", "vs",
];

/// Whether the speaker text before a period ends with an abbreviation or
/// an initial, so the name goes on after the period.
fn ends_with_abbreviation(s: &str) -> bool {
    let last = s.rsplit([' ', '\t']).next().unwrap_or("");
    let l = last.to_lowercase();
    ABBREVIATIONS.contains(&l.as_str())
        || last.chars().count() == 1 && last.chars().all(char::is_uppercase)
}

/// Words that may close a subject without belonging to it ("Stoltenberg
/// also complained").
const SUBJECT_TAIL: &[&str] = &[
    "also",
    "then",
    "later",
    "again",
    "previously",
    "repeatedly",
    "recently",
    "once",
    "further",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "had",
    "already",
    "earlier",
    "publicly",
    "reportedly",
    "only",
    "even",
    "himself",
    "herself",
    "itself",
    "themselves",
];

/// The subject of a clause, when it looks like a speaker: a pronoun, a
/// phrase with "the" ("The Secretary-General", "The declaration"), or
/// capitalized words ("Team spokesman Tim Mead").
fn subject(clause: &str) -> Option<String> {
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| SUBJECT_TAIL.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    while words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "and" | "but" | "so" | "yet"))
    {
        words.remove(0);
    }
    // "In a Monday statement President Obama": the name at the end.
    if words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "in" | "on" | "at" | "after" | "before" | "during" | "with" | "from" | "by" | "for"
        )
    }) {
        let cap = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
        let tail = words.iter().rev().take_while(cap).count();
        if tail == 0 || tail == words.len() {
            return None;
        }
        words.drain(..words.len() - tail);
    }
    let first = *words.first()?;
    let last = *words.last()?;
    if words.len() > 8
        || words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "that" | "which" | "who" | "it" | "this" | "there" | "if" | "when" | "because"
            )
        })
        || words.iter().any(|w| {
            w.chars()
                .any(|c| c.is_ascii_digit() || c == '"' || c == '“')
        })
    {
        return None;
    }
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let ok = words.len() == 1 && matches!(first, "He" | "She" | "They" | "We" | "I")
        || matches!(first, "The" | "the") && words.len() <= 5
        || cap(first) && cap(last);
    ok.then(|| words.join(" "))
}

/// The speaker of a quotation from the subject of a reporting verb earlier
/// in the sentence. `prefix` is the text before the quotation, with earlier
/// quotations blanked out.
fn subject_speaker(prefix: &str) -> Option<String> {
    for m in REPORTING.find_iter(prefix) {
        // "added to the list" reports nothing.
        if m.as_str().starts_with("add") && prefix[m.end()..].starts_with(" to ") {
            continue;
        }
        let head = &prefix[..m.start()];
        let clause_start = head.rfind([',', ';', ':', '(']).map(|i| i + 1).unwrap_or(0);
        let clause = &head[clause_start..];
        if clause.trim().is_empty() && m.as_str().ends_with("ing") {
            // "…, arguing that …": the sentence's subject, its first words.
            let lead: Vec<&str> = prefix
                .split_whitespace()
                .take_while(|w| {
                    w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(',')
                })
                .collect();
            let next = prefix.split_whitespace().nth(lead.len());
            if !lead.is_empty() && next.is_some_and(|w| w.chars().all(char::is_lowercase)) {
                if let Some(s) = subject(&lead.join(" ")) {
                    return Some(s);
                }
            }
            continue;
        }
        if let Some(s) = subject(clause) {
            return Some(s);
        }
    }
    None
}

/// The name a relative pronoun refers to ("NATO Secretary General Jens
/// Stoltenberg, who said that …"): the entity ending just before ", who".
fn antecedent(before: &str) -> Option<String> {
    let pos = before.rfind(", who ")?;
    let head = &before[..pos];
    super::entity::extract(head)
        .into_iter()
        .rfind(|(r, _)| r.end == pos)
        .map(|(r, _)| head[r].to_string())
}

fn clean_speaker(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches([',', '.']).trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    let lower = s.to_lowercase();
    // Pieces of prose, not speakers.
    if ["it is", "this is", "which", "that", "there"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return None;
    }
    Some(s.to_string())
}

/// The speaker after a verb, from `start` to `end` in `after`, run on over
/// the periods of abbreviations ("said Troy police Lt. Gerry Scherlinck").
fn extend_speaker(after: &str, start: usize, mut end: usize) -> String {
    for _ in 0..4 {
        let rest = &after[end..];
        if !(rest.starts_with(". ") && ends_with_abbreviation(&after[start..end])) {
            break;
        }
        let tail = &rest[1..];
        let stop = tail
            .find([',', ';', '.', '"', '“', '”'])
            .unwrap_or(tail.len());
        end += 1 + stop;
    }
    after[start..end].to_string()
}

/// Every quotation of at least three words, with its speaker when the
/// statement names one.
pub fn extract(text: &str) -> Vec<(Range<usize>, QuoteValue)> {
    let spans = quotations(text);
    // Only a title-case quotation asks, and those are rare: no copy of
    // every statement.
    let headline = || title_case(&outside(text, &spans));
    let mut out = Vec::new();
    for (n, r) in spans.iter().enumerate() {
        let span = &text[r.clone()];
        // The marks at its ends: double, or single ones (one each side, so
        // that "the jurors'" keeps its apostrophe).
        let inner = if span.starts_with(['\'', '‘']) {
            span.strip_prefix(['\'', '‘'])
                .and_then(|x| x.strip_suffix(['\'', '’']))
                .unwrap_or(span)
        } else {
            span.trim_matches(|c| c == '"' || c == '“' || c == '”')
        }
        .trim();
        if inner.split_whitespace().count() < 3 || is_name(inner) && !headline() {
            continue;
        }
        let after_end = spans.get(n + 1).map(|x| x.start).unwrap_or(text.len());
        // An age in apposition ("Felt, 92, told") is left out, so that the
        // name before it still reaches its verb; other figures still end a
        // speaker ("including seven AK-47 rifles").
        let after = AGE.replace_all(&text[r.end..after_end], ",");
        let after = after.as_ref();
        let before_start = if n > 0 { spans[n - 1].end } else { 0 };
        let before = &text[before_start..r.start];
        let speaker = AFTER
            .captures(after)
            .and_then(|c| {
                if let Some(m) = c.name("s1") {
                    return Some(extend_speaker(after, m.start(), m.end()));
                }
                c.name("s2").map(|m| m.as_str().to_string())
            })
            .map(|s| s.split(',').next().unwrap_or_default().to_string())
            .or_else(|| {
                BEFORE.captures(before).and_then(|c| {
                    c.name("s1")
                        .or(c.name("s2"))
                        .map(|m| m.as_str().to_string())
                })
            })
            .and_then(|s| {
                if s.trim() == "who" {
                    antecedent(&text[..r.start])
                } else {
                    Some(s)
                }
            })
            .and_then(|s| clean_speaker(&s))
            .or_else(|| {
                // Earlier quotations blanked out, byte for byte.
                let mut prefix = String::with_capacity(r.start);
                let mut last = 0;
                for q in spans[..n].iter() {
                    prefix.push_str(&text[last..q.start]);
                    prefix.extend(std::iter::repeat_n(' ', q.end - q.start));
                    last = q.end;
                }
                prefix.push_str(&text[last..r.start]);
                subject_speaker(&prefix)
            });
        out.push((
            r.clone(),
            QuoteValue {
                quote: inner.to_string(),
                speaker,
                speaker_canonical: None,
            },
        ));
    }
    out
}

/// Words a title leaves in lower case ("The Boy from Oz", "Take Me Out to
/// the Ball Game").
const TITLE_SMALL: &[&str] = &[
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "into", "vs",
];

/// Whether every word of `s` is capitalized (or a number, or one of
/// [`TITLE_SMALL`] after the first word).
pub(crate) fn title_case(s: &str) -> bool {
    let mut words = s
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    match words.next() {
        Some(first) if capital(first) => {}
        _ => return false,
    }
    words.all(|w| capital(w) || TITLE_SMALL.contains(&w.to_lowercase().as_str()))
}

/// Whether a quotation is a name in title case (a film, a book, a show,
/// an honour: "The Big Lebowski", "Most Likely to Succeed") rather than
/// words someone said. Such names take a speaker's verb as easily as
/// speech does ("told CNN's “Larry King Live” in 2006"). A question or
/// an exclamation is speech ("Nixon asks: “Somebody in the FBI?”").
fn is_name(inner: &str) -> bool {
    let end = inner.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '!');
    title_case(inner) && !end.ends_with(['?', '!'])
}

/// The statement with its quotations left out: whether the sentence around
/// a title-case quotation is itself title case tells a headline ("Obama:
/// “We Will Not Back Down”") from prose naming a work.
fn outside(text: &str, spans: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for r in spans {
        out.push_str(&text[last..r.start]);
        out.push(' ');
        last = r.end;
    }
    out.push_str(&text[last..]);
    out
}

fn is_pronoun(s: &str) -> bool {
    matches!(
        s.to_lowercase().as_str(),
        "he" | "she" | "they" | "him" | "her"
    )
}

/// Resolves speakers to canonical names: a named speaker to the entity it
/// names, a pronoun or a role ("the Secretary-General") to the nearest
/// person mentioned before it in the document (with a matching title, for a
/// role).
pub fn resolve_speakers(segmented: &Segmented, details: &mut [Vec<Detail>]) {
    let mut last_doc = usize::MAX;
    // (canonical name, title) of persons mentioned so far in the document.
    let mut persons: Vec<(String, Option<String>)> = Vec::new();
    for (i, st) in segmented.statements.iter().enumerate() {
        if st.doc != last_doc {
            persons.clear();
            last_doc = st.doc;
        }
        let entities: Vec<(usize, String, String, Option<String>, EntityKind)> = details[i]
            .iter()
            .filter_map(|d| match &d.normalized {
                Normalized::Entity(e) => Some((
                    d.start,
                    e.name.clone(),
                    e.canonical.clone(),
                    e.title.clone(),
                    e.entity,
                )),
                _ => None,
            })
            .collect();
        for d in details[i].iter_mut() {
            let Normalized::Quote(q) = &mut d.normalized else {
                continue;
            };
            let Some(speaker) = q.speaker.clone() else {
                continue;
            };
            // A name in the speaker phrase, the one it ends with first and a
            // person before an organization ("NASU president Owen Price" is
            // Owen Price, not NASU).
            let in_phrase =
                |(_, name, ..): &&(usize, String, String, Option<String>, EntityKind)| {
                    speaker.ends_with(name.as_str()) || speaker.contains(name.as_str())
                };
            let named = entities
                .iter()
                .filter(in_phrase)
                .find(|(_, name, ..)| speaker.ends_with(name.as_str()))
                .or_else(|| {
                    entities
                        .iter()
                        .filter(in_phrase)
                        .find(|e| e.4 == EntityKind::Person)
                })
                .or_else(|| entities.iter().find(in_phrase));
            q.speaker_canonical = if let Some((_, _, canonical, ..)) = named {
                Some(canonical.clone())
            } else if is_pronoun(&speaker) {
                // The nearest person: in this statement before the quote, or earlier.
                entities
                    .iter()
                    .filter(|(s, .., k)| *s < d.start && *k == EntityKind::Person)
                    .map(|(_, _, c, ..)| c.clone())
                    .next_back()
                    .or_else(|| persons.last().map(|(c, _)| c.clone()))
            } else {
                let role: Vec<String> = speaker
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 3 && !matches!(*w, "nato" | "the"))
                    .map(String::from)
                    .collect();
                persons
                    .iter()
                    .rev()
                    .find(|(_, t)| {
                        t.as_ref().is_some_and(|t| {
                            role.iter().any(|w| t.to_lowercase().contains(w.as_str()))
                        })
                    })
                    .map(|(c, _)| c.clone())
                    .or_else(|| Some(speaker.clone()))
            };
        }
        for (_, _, canonical, title, kind) in entities {
            if kind == EntityKind::Person {
                let title = title.or_else(|| {
                    persons
                        .iter()
                        .find(|(c, _)| *c == canonical)
                        .and_then(|(_, t)| t.clone())
                });
                persons.retain(|(c, _)| *c != canonical);
                persons.push((canonical, title));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        extract(text)
            .into_iter()
            .map(|(_, q)| (q.quote, q.speaker))
            .collect()
    }

    #[test]
    fn speakers_after_and_before_the_quote() {
        assert_eq!(
            speakers("\"Ukraine has the right to defend itself,\" said Stoltenberg, insisting that it was so."),
            vec![("Ukraine has the right to defend itself,".into(), Some("Stoltenberg".into()))]
        );
        assert_eq!(
            speakers("“I don't want to shift World War III to my children,” Salvini said."),
            vec![(
                "I don't want to shift World War III to my children,".into(),
                Some("Salvini".into())
            )]
        );
        assert_eq!(
            speakers("\"We managed to push through this decision at the last minute,\" he wrote on Facebook."),
            vec![("We managed to push through this decision at the last minute,".into(), Some("he".into()))]
        );
        assert_eq!(
            speakers("\"Ukraine needs to be provided with everything it needs,\" the document, adopted by the Assembly, says."),
            vec![("Ukraine needs to be provided with everything it needs,".into(), Some("the document".into()))]
        );
    }

    #[test]
    fn titles_of_works_in_quotes_are_not_quotes() {
        // ECB+ 2_4ecb, 4_3ecb, 28_11ecb (tuning side).
        assert!(extract("Steve Pond, author of the 2005 book “The Big Show: High Times and Dirty Dealings Backstage at the Academy Awards.”").is_empty());
        assert!(extract("She was the salutatorian of her high school graduation class and was voted “Most Likely to Succeed.”").is_empty());
        assert_eq!(
            speakers("“I'm proud of everything that Deep Throat did,” Felt, 92, told CNN's “Larry King Live” in 2006."),
            vec![("I'm proud of everything that Deep Throat did,".into(), Some("Felt".into()))]
        );
        // ECB+ 28_3ecb: a question is speech, capitals or not.
        let asked = extract("Nixon asks: “Somebody in the FBI?”");
        assert_eq!(asked.len(), 1);
        assert_eq!(asked[0].1.quote, "Somebody in the FBI?");
        // A headline in title case keeps its quotation.
        assert_eq!(
            speakers("Harbour Workers: “We Will Not Go Back”"),
            vec![("We Will Not Go Back".into(), None)]
        );
    }

    #[test]
    fn an_opening_mark_inside_a_quotation_closes_it() {
        // ECB+ 1_14ecb, 19_4ecb (tuning side).
        assert_eq!(
            speakers("“Her friends and family are supportive of her decision, “a friend of the actress said."),
            vec![(
                "Her friends and family are supportive of her decision,".into(),
                Some("a friend of the actress".into())
            )]
        );
        assert_eq!(
            speakers("“I feel sorry for the young, “said 40-year-old Tsikala Stephania, a public sector worker."),
            vec![("I feel sorry for the young,".into(), Some("40-year-old Tsikala Stephania".into()))]
        );
    }

    #[test]
    fn single_marks_as_british_outlets_print_them() {
        assert_eq!(
            speakers("'We didn't see the lorry until it was too late,' the driver's wife told reporters."),
            vec![(
                "We didn't see the lorry until it was too late,".into(),
                Some("the driver's wife".into())
            )]
        );
        assert_eq!(
            speakers("Jones told the court: ‘I never touched the jurors' files.’"),
            vec![(
                "I never touched the jurors' files.".into(),
                Some("Jones".into())
            )]
        );
        // Apostrophes and a short scare quote are no quotations.
        assert!(
            extract("The players' union called the 'deal' a disgrace, its chief's aide said.")
                .is_empty()
        );
    }

    #[test]
    fn short_scare_quotes_are_not_quotes() {
        assert!(extract("Otherwise, he argued, Ukraine has its \"hands tied.\"").is_empty());
    }

    #[test]
    fn speakers_earlier_in_the_sentence() {
        assert_eq!(
            speakers("Lithuanian Foreign Minister Gabrielius Landsbergis criticized the restrictions on May 20, arguing that the decision was \"dominated by fear of Russia\" and that Ukraine \"must be allowed to use the equipment.\""),
            vec![
                ("dominated by fear of Russia".into(), Some("Lithuanian Foreign Minister Gabrielius Landsbergis".into())),
                ("must be allowed to use the equipment.".into(), Some("Lithuanian Foreign Minister Gabrielius Landsbergis".into())),
            ]
        );
        assert_eq!(
            speakers("The Secretary-General also emphasized that the task is to \"prevent this war from turning into a full-fledged war.\""),
            vec![("prevent this war from turning into a full-fledged war.".into(), Some("The Secretary-General".into()))]
        );
        assert_eq!(
            speakers("Patrick said Monday morning: \"It will be interesting to see what the Angels do.\""),
            vec![("It will be interesting to see what the Angels do.".into(), Some("Patrick".into()))]
        );
        assert_eq!(
            speakers("In a Monday statement President Obama said he intended to nominate her as the \"chief health educator of the nation.\""),
            vec![("chief health educator of the nation.".into(), Some("President Obama".into()))]
        );
    }

    #[test]
    fn relative_pronouns_and_abbreviations() {
        assert_eq!(
            speakers("It received support from NATO Secretary General Jens Stoltenberg, who said that \"the right to self-defense includes hitting targets.\""),
            vec![("the right to self-defense includes hitting targets.".into(), Some("NATO Secretary General Jens Stoltenberg".into()))]
        );
        assert_eq!(
            speakers("\"There is a suspicion that there might have been a third official,\" said Troy police Lt. Gerry Scherlinck."),
            vec![("There is a suspicion that there might have been a third official,".into(), Some("Troy police Lt. Gerry Scherlinck".into()))]
        );
    }
}
