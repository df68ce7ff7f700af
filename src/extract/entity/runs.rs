//! Runs of capitalized words: which words start no name, where a name
//! ends, and whether a lone word or a run is a name at all.

use super::kind::{is_org_word, is_place_word, DIRECTIONS, MEDIA, PERSON_VERBS};
use super::places::{is_demonym, is_known_place};
use super::title::{is_title_word, lower_title_after, title_len, titled_person};
use super::words::{
    bare, capitalized, is_acronym, is_possessive, next_word, prev_word, strip_possessive, Word,
};
use crate::calendar::{month_number, weekday_number};

/// Capitalized words that do not start a name.
pub(super) const NOT_NAMES: &[&str] = &[
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
    "Yesterday",
    "Today",
    "Tonight",
    "Tomorrow",
    "Instead",
    "Later",
    "Overall",
    "Again",
    "Nevertheless",
    "Nonetheless",
    "Moreover",
    "Furthermore",
    "Thus",
    "Therefore",
    "Indeed",
    "Besides",
    "Afterwards",
    "Afterward",
    "Perhaps",
    "Everyone",
    "Everybody",
    "Someone",
    "Somebody",
    "Anyone",
    "Nobody",
    "Nothing",
    "Everything",
    "Something",
    "Another",
    "Such",
    "Neither",
    "Either",
    "Among",
    "About",
    "Around",
    "Through",
    "Between",
    "Against",
    "Without",
    "Within",
    "Until",
    "Unless",
    "Although",
    "Though",
    "Whether",
    "Which",
    "Once",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
];

/// Time zones, not organizations.
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT", "ET", "PT", "MSK", "IST", "JST",
];

/// Words that start a road name completed by a number ("Interstate 75").
pub(super) const NUMBERED: &[&str] = &["Interstate", "Highway", "Route", "Hwy"];

/// Continents and regions an organization's name may end with
/// ("Organization for Security and Cooperation in Europe").
const REGIONS: &[&str] = &[
    "Europe", "Asia", "Africa", "America", "Americas", "Pacific", "Atlantic", "Arctic",
];

/// Whether a run of words looks like a plain person's name ("Mike
/// Turner"): two or three capitalized words, none an acronym, a title, an
/// organization or a place word.
pub(super) fn plain_name(run: &[Word]) -> bool {
    (2..=3).contains(&run.len())
        && run.iter().all(|w| {
            capitalized(w.2)
                && !is_acronym(w.2)
                && !is_title_word(w.2)
                && !is_org_word(w.2)
                && !is_place_word(w.2)
                && !DIRECTIONS.contains(&w.2)
        })
        && !is_known_place(&run.iter().map(|w| w.2).collect::<Vec<_>>().join(" "))
}

/// Where the run of name words starting at `i` ends (exclusive), and
/// whether it stopped before "of" followed by the person's organization
/// ("Lt. Bob Rifkin of Operation Safe Streets").
pub(super) fn run_end(text: &str, words: &[Word], i: usize) -> (usize, bool) {
    let mut j = i + 1;
    while j < words.len() {
        let (ws, _, wj) = words[j];
        let prev = words[j - 1].2;
        // A comma, bracket or quote between two words ends the name.
        if text[words[j - 1].1..ws] != *" " {
            break;
        }
        // A possessive ends it too, unless it is a title's or an
        // organization's ("Los Angeles County Sheriff's Deputy").
        if is_possessive(prev) && !(is_title_word(prev) || is_org_word(prev)) {
            break;
        }
        // "Philadelphia 76ers"
        let team_number = wj.starts_with(|c: char| c.is_ascii_digit()) && bare(wj).ends_with("ers");
        if capitalized(wj) && !NOT_NAMES.contains(&wj) || team_number {
            j += 1;
            continue;
        }
        // "Interstate 75"
        if NUMBERED.contains(&prev) && bare(wj).bytes().all(|b| b.is_ascii_digit()) {
            return (j + 1, false);
        }
        let cap_at = |k: usize| {
            k < words.len() && capitalized(words[k].2) && text[words[k - 1].1..words[k].0] == *" "
        };
        if !cap_at(j + 1) {
            break;
        }
        let run = &words[i..j];
        // "Vincent Jackson for Sunday's game": a day or a month after a
        // joining word is not more of the name.
        if day_or_month(words[j + 1].2) {
            break;
        }
        match wj {
            "of" => {
                // "the Social Democrats of Prime Minister Joren Haas": a
                // title after "of" starts a person, not more of the name.
                let mut k = j + 1;
                while k < words.len()
                    && capitalized(words[k].2)
                    && text[words[k - 1].1..words[k].0] == *" "
                {
                    k += 1;
                }
                if title_len(run) < run.len() && titled_person(&words[j + 1..k]) {
                    break;
                }
                if titled_person(run) {
                    return (j, true);
                }
                j += 2;
            }
            "and" => {
                let right_name = cap_at(j + 2) && !NOT_NAMES.contains(&words[j + 2].2);
                if titled_person(run) || plain_name(run) && right_name {
                    break;
                }
                // "Somalia and Yemen" are two places; "Trinidad and Tobago"
                // is one.
                let two_places = || {
                    let left = run.iter().map(|w| w.2).collect::<Vec<_>>().join(" ");
                    let right = bare(words[j + 1].2);
                    is_known_place(&left)
                        && is_known_place(right)
                        && !is_known_place(&format!("{left} and {right}"))
                };
                if !cap_at(j + 2) && two_places() {
                    break;
                }
                j += 2;
            }
            "for" | "the" | "de" | "von" | "van" | "al" => j += 2,
            "in" if is_org_word(run[0].2)
                && run.iter().any(|w| matches!(w.2, "of" | "for"))
                && REGIONS.contains(&bare(words[j + 1].2))
                && !cap_at(j + 2) =>
            {
                j += 2
            }
            _ => break,
        }
    }
    (j, false)
}

/// A weekday or a month written out ("Sunday's", "March"; not "May").
fn day_or_month(w: &str) -> bool {
    let w = strip_possessive(bare(w));
    w.len() >= 4 && (weekday_number(w).is_some() || month_number(w).is_some())
}

/// Whether a lone word at the start of the statement is a name: a known
/// place, an acronym, a name with an inner capital ("LaCalamita"), or a
/// word followed by a person's verb ("Heller told", "Reid checked herself")
/// or by an appositive ("Felt, the No. 2 official").
pub(super) fn initial_name(text: &str, words: &[Word], n: usize, name: &str) -> bool {
    if is_acronym(name) {
        return !TIME_ZONES.contains(&name);
    }
    // "Ilves, a former finance minister, ..." (even a name ending in "s").
    // Not one without an article: "Meanwhile, deputy director …" names
    // no one.
    if is_known_place(name) || lower_title_after(text, words[n].1, false).is_some() {
        return true;
    }
    if is_org_word(name)
        || is_place_word(name)
        || MEDIA.contains(&name)
        || name.ends_with("ly")
        || name.ends_with('s')
    {
        return false;
    }
    let inner_capital = name.chars().skip(1).any(char::is_uppercase)
        && name.chars().any(char::is_lowercase)
        && !name.contains('-');
    if inner_capital {
        return true;
    }
    if let Some(next) = next_word(text, words, n + 1) {
        let next = bare(next);
        if PERSON_VERBS.contains(&next) {
            return true;
        }
        let pronoun_later = text[words[n].1..]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| {
                matches!(
                    w,
                    "he" | "his" | "him" | "himself" | "she" | "her" | "herself"
                )
            });
        if next.ends_with("ed") && pronoun_later {
            return true;
        }
    }
    // An appositive: "Felt, the ...", "Smith, 45, ...".
    let rest = &text[words[n].1..];
    if let Some(r) = rest.strip_prefix(", ") {
        let first = r.split(' ').next().unwrap_or("");
        return matches!(first, "the" | "a" | "an" | "who")
            || first.len() > 1
                && first.ends_with(',')
                && first[..first.len() - 1].bytes().all(|b| b.is_ascii_digit());
    }
    false
}

/// Whether a lone word or run should not be an entity at all: demonyms and
/// compass adjectives before a noun ("Russian soil", "Western weapons"),
/// time zones, the month "May" in a date.
pub(super) fn not_an_entity(text: &str, words: &[Word], a: usize, b: usize, name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    if ws.len() > 1 {
        // "Somali and Yemeni", "Central Asian"
        return ws
            .iter()
            .all(|w| is_demonym(w) || DIRECTIONS.contains(w) || matches!(*w, "and" | "or"))
            && ws.iter().any(|w| is_demonym(w));
    }
    if b - a != 1 {
        return false;
    }
    // "Ethiopian-flagged"
    if let Some((head, tail)) = name.split_once('-') {
        if is_demonym(head) && tail.chars().all(|c| c.is_lowercase() || c == '-') {
            return true;
        }
    }
    if is_demonym(name) || DIRECTIONS.contains(&name) || TIME_ZONES.contains(&name) {
        return true;
    }
    if name == "May" {
        let next_num = next_word(text, words, b)
            .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()));
        let prev_date = prev_word(text, words, a).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "in" | "on"
                    | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "from"
                    | "through"
                    | "of"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "between"
                    | "and"
                    | "to"
                    | "before"
                    | "after"
                    | "during"
            )
        });
        return next_num || prev_date;
    }
    false
}
