//! Entities: names of people, organizations and places, with the titles
//! attached to people ("NATO Secretary General Jens Stoltenberg"), and
//! aliases resolved across the corpus ("Stoltenberg" = "Jens Stoltenberg",
//! "NATO PA" = "NATO Parliamentary Assembly", "U.S." = "United States").
//!
//! A capitalization-based recognizer: runs of capitalized words (with "of",
//! "the", "for", "and" inside), split into a leading title and a trailing
//! name. It needs no model and is fast; its kinds are heuristics (title →
//! person, organization words or acronyms → organization, countries and
//! demonyms → place).

use crate::segment::Segmented;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A named entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityValue {
    /// The name as written, without its title.
    pub name: String,
    /// The name all its aliases resolve to.
    pub canonical: String,
    pub entity: EntityKind,
    /// The title written before a person's name ("Secretary General").
    pub title: Option<String>,
}

/// Words that make up titles and roles (lower case).
const TITLE_WORDS: &[&str] = &[
    "secretary",
    "general",
    "secretary-general",
    "president",
    "vice",
    "minister",
    "prime",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "chancellor",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "mayor",
    "governor",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "ambassador",
    "king",
    "queen",
    "prince",
    "pope",
    "judge",
    "justice",
    "officer",
    "chief",
    "commander",
    "gen.",
    "col.",
    "lt.",
    "sgt.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "former",
    "acting",
    "state",
    "speaker",
    "premier",
    "attorney",
    "sheriff",
    "coach",
    "captain",
    "ceo",
    "chairperson",
    "lawyer",
    "actress",
    "actor",
    "star",
    "host",
    "rep",
    "sen",
    "gov.",
    "gov",
    "superintendent",
    "commissioner",
    "manager",
    "founder",
];

/// Capitalized words that do not start a name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "To",
    "For",
    "From",
    "By",
    "With",
    "However",
    "According",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "Some",
    "Other",
    "Others",
    "Several",
    "Earlier",
    "Additionally",
    "Otherwise",
    "Speaking",
    "Only",
    "Even",
    "Now",
    "Not",
    "If",
    "Because",
    "Since",
    "As",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "Also",
    "Then",
    "Meanwhile",
    "After",
    "Before",
    "While",
    "When",
    "Where",
    "What",
    "Why",
    "How",
    "Who",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "My",
    "Your",
    "There",
    "Here",
    "Allies",
    "Especially",
    "Together",
    "Give",
    "Temporary",
    "Military",
    "Many",
    "Most",
    "All",
    "No",
    "Any",
    "Each",
    "Every",
    "One",
    "Two",
    "Three",
    "Both",
    "Last",
    "Next",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Read",
    "Please",
    "Yes",
    "Still",
    "Just",
    "Despite",
    "During",
    "Under",
    "Over",
    "Asked",
];

/// Words that make a name an organization.
const ORG_WORDS: &[&str] = &[
    "Assembly",
    "Organization",
    "Organisation",
    "Council",
    "Union",
    "Alliance",
    "Party",
    "Ministry",
    "Department",
    "Agency",
    "Court",
    "Center",
    "Centre",
    "University",
    "Bank",
    "Company",
    "Inc",
    "Ltd",
    "Corporation",
    "Corp",
    "Group",
    "Committee",
    "Commission",
    "Parliament",
    "Senate",
    "Congress",
    "Police",
    "Army",
    "Forces",
    "Force",
    "Institute",
    "Association",
    "Foundation",
    "Service",
    "Office",
    "Times",
    "News",
    "Radio",
    "Press",
    "Post",
    "Academy",
    "Club",
    "Team",
    "Federation",
    "League",
    "Treaty",
    "Rada",
    "Session",
    "Delegation",
    "Hospital",
    "School",
    "College",
    "Board",
    "Authority",
    "Administration",
    "Government",
    "Network",
    "Channel",
    "Economist",
    "Independent",
    "Reuters",
    "Guardian",
    "Journal",
    "Tribune",
];

/// Countries with their demonyms and other names (lower case), so that
/// "Italian" links to Italy and "U.S." to the United States.
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "United States",
        &[
            "american",
            "us",
            "usa",
            "united states of america",
            "america",
        ],
    ),
    (
        "United Kingdom",
        &["british", "uk", "britain", "great britain"],
    ),
    ("Russia", &["russian", "russian federation"]),
    ("Ukraine", &["ukrainian"]),
    ("Germany", &["german"]),
    ("France", &["french"]),
    ("Italy", &["italian"]),
    ("Spain", &["spanish"]),
    ("Poland", &["polish"]),
    ("Bulgaria", &["bulgarian"]),
    ("Lithuania", &["lithuanian"]),
    ("Latvia", &["latvian"]),
    ("Estonia", &["estonian"]),
    ("Romania", &["romanian"]),
    ("Hungary", &["hungarian"]),
    ("Czech Republic", &["czech", "czechia"]),
    ("Slovakia", &["slovak"]),
    ("Netherlands", &["dutch", "holland"]),
    ("Belgium", &["belgian"]),
    ("Sweden", &["swedish"]),
    ("Norway", &["norwegian"]),
    ("Finland", &["finnish"]),
    ("Denmark", &["danish"]),
    ("Greece", &["greek"]),
    ("Turkey", &["turkish", "turkiye", "türkiye"]),
    ("Canada", &["canadian"]),
    ("Mexico", &["mexican"]),
    ("China", &["chinese"]),
    ("Japan", &["japanese"]),
    ("India", &["indian"]),
    ("Pakistan", &["pakistani"]),
    ("Iran", &["iranian"]),
    ("Iraq", &["iraqi"]),
    ("Israel", &["israeli"]),
    ("Egypt", &["egyptian"]),
    ("Indonesia", &["indonesian"]),
    ("Australia", &["australian"]),
    ("Brazil", &["brazilian"]),
    ("Argentina", &["argentine", "argentinian"]),
    ("Ireland", &["irish"]),
    ("Portugal", &["portuguese"]),
    ("Austria", &["austrian"]),
    ("Switzerland", &["swiss"]),
    ("Belarus", &["belarusian"]),
    ("Georgia", &["georgian"]),
    ("Serbia", &["serbian"]),
    ("Croatia", &["croatian"]),
    ("Afghanistan", &["afghan"]),
    ("Syria", &["syrian"]),
    ("Saudi Arabia", &["saudi"]),
    ("South Korea", &["south korean"]),
    ("North Korea", &["north korean"]),
];

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*").expect("valid word pattern")
});

fn is_title_word(w: &str) -> bool {
    TITLE_WORDS.contains(&w.to_lowercase().as_str())
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// The country a name or demonym refers to.
pub fn country_of(name: &str) -> Option<&'static str> {
    let key = name.replace('.', "").to_lowercase();
    COUNTRIES
        .iter()
        .find(|(country, others)| country.to_lowercase() == key || others.contains(&key.as_str()))
        .map(|(c, _)| *c)
}

/// Strips a possessive ending.
fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
        .trim_end_matches(['.', '\''])
}

/// Every entity in a statement, with its byte range (title included).
pub fn extract(text: &str) -> Vec<(Range<usize>, EntityValue)> {
    let words: Vec<(usize, usize, &str)> = WORD
        .find_iter(text)
        .map(|m| (m.start(), m.end(), m.as_str()))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (s, _, w) = words[i];
        if !capitalized(w) || NOT_NAMES.contains(&strip_possessive(w)) && !is_title_word(w) {
            i += 1;
            continue;
        }
        // Extend over capitalized words, and connectors followed by one.
        let mut j = i + 1;
        while j < words.len() {
            let (ws, _, wj) = words[j];
            let gap = &text[words[j - 1].1..ws];
            // A comma, bracket or quote between two words ends the name.
            if !gap.chars().all(|c| c == ' ') || gap.len() > 1 {
                break;
            }
            if words[j - 1].2.ends_with("'s") || words[j - 1].2.ends_with("’s") {
                break;
            }
            if capitalized(wj) && !NOT_NAMES.contains(&wj) {
                j += 1;
            } else if matches!(
                wj,
                "of" | "for" | "and" | "the" | "de" | "von" | "van" | "al"
            ) && j + 1 < words.len()
                && capitalized(words[j + 1].2)
                && text[words[j].1..words[j + 1].0] == *" "
            {
                j += 2;
            } else {
                break;
            }
        }
        let run = &words[i..j];
        i = j;
        // Split the leading title from the name.
        let mut k = 0;
        while k < run.len()
            && (is_title_word(run[k].2) || run.len() > k + 1 && is_title_prefix(&run[k..]))
        {
            k += 1;
        }
        let end = run[run.len() - 1].1;
        let (title, name_words) = if k == run.len() {
            (None, &run[..0])
        } else {
            (Some(&run[..k]), &run[k..])
        };
        if name_words.is_empty() {
            continue;
        }
        let name_start = name_words[0].0;
        let name = strip_possessive(text[name_start..end].trim_end_matches(['.', ','])).to_string();
        if name.is_empty() || name.len() < 2 {
            continue;
        }
        // A lone sentence-initial word is usually not a name.
        if s == 0
            && name_words.len() == 1
            && title.is_none_or(|t| t.is_empty())
            && country_of(&name).is_none()
            && !is_acronym(&name)
        {
            continue;
        }
        let title_text = title
            .filter(|t| !t.is_empty())
            .map(|t| text[t[0].0..t[t.len() - 1].1].to_string());
        let kind = kind_of(&name, title_text.is_some());
        let canonical = match kind {
            EntityKind::Place => country_of(&name).unwrap_or(&name).to_string(),
            _ => name.replace('.', "").trim().to_string(),
        };
        let range_end = name_start + name.len();
        out.push((
            s..range_end.max(s),
            EntityValue {
                name,
                canonical,
                entity: kind,
                title: title_text,
            },
        ));
    }
    out
}

/// Organization or country words that qualify a title ("NATO Secretary
/// General", "Italian Deputy Prime Minister").
fn is_title_prefix(run: &[(usize, usize, &str)]) -> bool {
    let w = run[0].2;
    (is_acronym(w) || country_of(w).is_some()) && run.len() > 1 && is_title_word(run[1].2)
}

fn kind_of(name: &str, has_title: bool) -> EntityKind {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words
        .iter()
        .any(|w| ORG_WORDS.contains(&strip_possessive(w)))
    {
        return EntityKind::Organization;
    }
    if country_of(name).is_some() {
        return EntityKind::Place;
    }
    if has_title {
        return EntityKind::Person;
    }
    if words.len() == 1 && is_acronym(words[0]) {
        return EntityKind::Organization;
    }
    if (2..=4).contains(&words.len()) && words.iter().all(|w| capitalized(w) && !is_acronym(w)) {
        return EntityKind::Person;
    }
    EntityKind::Other
}

/// Letters that identify a name for acronym matching: an acronym's letters,
/// or the initials of the other words ("NATO Parliamentary Assembly" and
/// "NATO PA" both give "NATOPA").
fn acronym_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "for" | "and"))
        .map(|w| {
            let clean: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            if is_acronym(w) {
                clean
            } else {
                clean
                    .chars()
                    .next()
                    .map(|c| c.to_uppercase().to_string())
                    .unwrap_or_default()
            }
        })
        .collect()
}

/// Resolves aliases over the whole corpus: a surname alone to the one full
/// name ending with it, an acronym to the one long name it abbreviates.
pub fn resolve_aliases(segmented: &Segmented, details: &mut [Vec<super::Detail>]) {
    let _ = segmented;
    let mut full_names: HashMap<String, Vec<String>> = HashMap::new();
    let mut long_names: HashMap<String, Vec<String>> = HashMap::new();
    for ds in details.iter() {
        for d in ds {
            if let super::Normalized::Entity(e) = &d.normalized {
                let words: Vec<&str> = e.canonical.split_whitespace().collect();
                if e.entity == EntityKind::Person && words.len() >= 2 {
                    let v = full_names
                        .entry(words[words.len() - 1].to_string())
                        .or_default();
                    if !v.contains(&e.canonical) {
                        v.push(e.canonical.clone());
                    }
                }
                if words.len() >= 2 && !words.iter().all(|w| is_acronym(w)) {
                    let v = long_names.entry(acronym_key(&e.canonical)).or_default();
                    if !v.contains(&e.canonical) {
                        v.push(e.canonical.clone());
                    }
                }
            }
        }
    }
    for ds in details.iter_mut() {
        for d in ds.iter_mut() {
            if let super::Normalized::Entity(e) = &mut d.normalized {
                let words: Vec<&str> = e.canonical.split_whitespace().collect();
                if words.len() == 1 {
                    if let Some([full]) = full_names.get(words[0]).map(Vec::as_slice) {
                        e.canonical = full.clone();
                        e.entity = EntityKind::Person;
                        continue;
                    }
                }
                if words.iter().all(|w| is_acronym(w) || w.len() <= 1) {
                    if let Some([long]) = long_names
                        .get(&acronym_key(&e.canonical))
                        .map(Vec::as_slice)
                    {
                        e.canonical = long.clone();
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Option<String>, EntityKind)> {
        extract(text)
            .into_iter()
            .map(|(_, e)| (e.name, e.title, e.entity))
            .collect()
    }

    #[test]
    fn titles_split_from_names() {
        let got = names("Italian Foreign Minister Antonio Tajani, as well as Italian Deputy Prime Minister Matteo Salvini spoke against it.");
        assert_eq!(
            got,
            vec![
                (
                    "Antonio Tajani".into(),
                    Some("Italian Foreign Minister".into()),
                    EntityKind::Person
                ),
                (
                    "Matteo Salvini".into(),
                    Some("Italian Deputy Prime Minister".into()),
                    EntityKind::Person
                ),
            ]
        );
        let got = names(
            "NATO Secretary General Jens Stoltenberg has urged allies to allow Kyiv to retaliate.",
        );
        assert_eq!(
            got[0],
            (
                "Jens Stoltenberg".into(),
                Some("NATO Secretary General".into()),
                EntityKind::Person
            )
        );
    }

    #[test]
    fn acronyms_match_long_names() {
        assert_eq!(
            acronym_key("NATO PA"),
            acronym_key("NATO Parliamentary Assembly")
        );
        assert_eq!(acronym_key("U.S."), acronym_key("United States"));
        assert_eq!(country_of("Italian"), Some("Italy"));
        assert_eq!(country_of("U.S."), Some("United States"));
    }
}
