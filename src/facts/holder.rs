//! Whose figure or date it is: the person or organization a detail belongs
//! to, read from where the names stand around it.
//!
//! In order: an age's person ("Robert Buckley, 32," / "32-year-old Robert
//! Buckley"), a name in apposition or in brackets before the figure
//! ("Danny Green (14 points)"), a possessive ("Luck's 4,183 yards"), the
//! nearest name before it in its clause that is not the object of a
//! preposition ("Hansbrough finished with 20 points"), and a personal
//! pronoun there ("she checked in on Tuesday"), resolved to the person the
//! document last named. Anything else has no known holder: the fact layer
//! then compares it only where the story leaves no doubt.

use super::text::{breaks_after, clause_start, Word};
use crate::extract::entity::EntityKind;

/// A name in a statement: its byte range (in the statement), the name it
/// resolves to, its kind, and for a person the gender its document gives
/// them, if it tells.
#[derive(Debug, Clone)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    pub canonical: String,
    pub kind: EntityKind,
    pub gender: Option<Gender>,
}

/// A person's gender as their document tells it ("actress Tara Reid",
/// "Horton, a mother of 12", "Reid checked herself in"): a pronoun stands
/// only for a person it fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// The gender a personal pronoun names.
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        match word {
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            "he" | "his" | "him" | "himself" => Some(Gender::Male),
            _ => None,
        }
    }
}

/// The persons a pronoun opening a statement may stand for: the last
/// person its document named before it that may be a "he", and the last
/// that may be a "she".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Antecedents {
    pub he: Option<String>,
    pub she: Option<String>,
}

impl Antecedents {
    /// The same person for either pronoun (a document that tells no gender).
    pub fn either(person: Option<&str>) -> Self {
        Antecedents {
            he: person.map(str::to_string),
            she: person.map(str::to_string),
        }
    }

    /// The person `pronoun` stands for.
    fn of(&self, pronoun: &str) -> Option<String> {
        match Gender::of_pronoun(pronoun) {
            Some(Gender::Female) => self.she.clone(),
            _ => self.he.clone(),
        }
    }
}

/// Whether a pronoun may stand for a name: a person of its gender or of
/// one the document does not tell.
fn fits(n: &Name, pronoun: &str) -> bool {
    match (Gender::of_pronoun(pronoun), n.gender) {
        (Some(p), Some(g)) => p == g,
        _ => true,
    }
}

/// Prepositions whose object is not the subject of the clause ("a victory
/// over Evansville", "a deal with the Sixers").
pub(super) const PREPOSITIONS: &[&str] = &[
    "over",
    "against",
    "to",
    "from",
    "for",
    "by",
    "with",
    "at",
    "of",
    "in",
    "on",
    "into",
    "than",
    "past",
    "beat",
    "beating",
    "defeated",
    "defeating",
    "like",
    "behind",
    "toward",
    "towards",
    "about",
    "under",
];

const PRONOUNS: &[&str] = &["he", "she", "his", "her", "him"];

/// Reporting verbs ("added" is not one: "Lawson added 16 points").
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according",
    "reported",
    "reports",
    "announced",
    "stated",
    "confirmed",
    "explained",
];

/// Verbs whose figure is their object's: a sentence, a fine, a ban, an
/// award is the person's it is given to.
const OBJECT_FIGURE_VERBS: &[&str] = &[
    "sentence", "fine", "jail", "imprison", "award", "ban", "suspend", "order", "give", "hand",
];

fn object_figure_verb(word: &str) -> bool {
    super::lexicon::lemmas(word)
        .iter()
        .any(|(pos, l)| *pos == 'v' && OBJECT_FIGURE_VERBS.contains(&l.as_str()))
}

/// Verbs that stand before another verb of their clause ("has entered",
/// "was arrested", "will sign").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does", "been",
];

/// Articles, demonstratives and possessives before a noun.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "its", "their",
];

/// The name the detail at words `first..=last` belongs to, if any.
/// `antecedent` is who a pronoun may stand for when the statement names
/// nobody before it.
pub fn holder(
    words: &[Word],
    first: usize,
    last: usize,
    names: &[Name],
    antecedent: &Antecedents,
) -> Option<String> {
    let holders: Vec<&Name> = names
        .iter()
        .filter(|n| n.kind != EntityKind::Place && n.kind != EntityKind::Other)
        .collect();
    let fig = &words[first];
    // "32-year-old Englishman Robert Buckley": the first person after an
    // age written as a modifier, within a few words; "a 13-year-old rival"
    // is nobody named.
    let next = words.get(last + 1).map(|w| w.lower.as_str());
    // Not "a six-year prison sentence": an age says "old".
    let said_old = words[last..words.len().min(last + 3)]
        .iter()
        .map(|w| format!("{}{} ", w.lower, w.after))
        .collect::<String>();
    let age_modifier = (words[last].after.starts_with('-')
        && matches!(next, Some("year" | "years"))
        || words[last].text.contains("-year"))
        && ["year-old", "years-old", "year old", "years old"]
            .iter()
            .any(|o| said_old.contains(o));
    if age_modifier {
        let limit = words.get(last + 5).map_or(usize::MAX, |w| w.end);
        // "the 33-year-old actress's rep Jack Ketsoyan": the age is the
        // possessor's, and the name after the possessive is someone else.
        let possessed = |n: &Name| {
            words
                .iter()
                .skip(last + 1)
                .take_while(|w| w.end <= n.start)
                .any(|w| possessive(w))
        };
        // Not past a break: "Aysha Frade, a 43-year-old British mother;
        // Kurt Cochran, a US tourist" lists the next victim there, and the
        // age is of the name the apposition follows.
        let unbroken = |n: &Name| {
            !words
                .iter()
                .skip(last)
                .take_while(|w| w.end <= n.start)
                .any(|w| w.after.contains([';', ',']))
        };
        let after = holders
            .iter()
            .find(|n| n.start >= words[last].end && n.end <= limit && n.kind == EntityKind::Person)
            .filter(|n| !possessed(n) && unbroken(n));
        let apposed = || {
            let article = first.checked_sub(1).map(|k| &words[k])?;
            let name = first.checked_sub(2).map(|k| &words[k])?;
            (matches!(article.lower.as_str(), "a" | "an") && name.after.starts_with(','))
                .then(|| {
                    holders
                        .iter()
                        .find(|n| n.end == name.end && n.kind == EntityKind::Person)
                })
                .flatten()
        };
        return after.or_else(apposed).map(|n| n.canonical.clone());
    }
    if first > 0 {
        let prev = &words[first - 1];
        // "Buckley, 32," / "Danny Green (14 points)": a name right before.
        if prev.after.starts_with(',') || fig.before.starts_with('(') || prev.after.starts_with('(')
        {
            if let Some(n) = holders.iter().find(|n| n.end == prev.end) {
                return Some(n.canonical.clone());
            }
        }
    }
    let mut from = clause_start(words, first);
    // "Williams, 32, was arrested around 1:30 a.m.": an age in apposition
    // does not end its person's clause.
    let apposed_age = |k: usize| {
        k >= 1
            && words[k].after.starts_with(',')
            && words[k - 1].after.starts_with(',')
            && (1..=3).contains(&words[k].text.len())
            && words[k].text.chars().all(|c| c.is_ascii_digit())
    };
    if from >= 2 && apposed_age(from - 1) {
        from = clause_start(words, from - 2);
    }
    // Inside brackets after a name: "Rahman (45-7-2, 36 KOs)".
    if from > 0 && (words[from].before.contains('(') || words[from - 1].after.contains('(')) {
        if let Some(n) = holders.iter().find(|n| n.end == words[from - 1].end) {
            return Some(n.canonical.clone());
        }
    }
    // A possessive within the clause, nearest first: "Luck's 4,183 yards".
    for k in (from..first).rev().take(4) {
        let w = &words[k];
        if possessive(w) {
            if let Some(n) = holders.iter().find(|n| n.end == w.end) {
                return Some(n.canonical.clone());
            }
        }
    }
    // A figure in a participle phrase ("…, scoring 14 points", "by adding
    // six rebounds", "throwing for 205 yards") is the clause subject's: the
    // first name of the clause.
    let participle = (from..first).rev().take(6).find(|&k| {
        words[k].lower.ends_with("ing")
            && k > from
            && (words[k - 1].after.starts_with(',')
                || matches!(
                    words[k - 1].lower.as_str(),
                    "by" | "after" | "while" | "before" | "in" | "when"
                ))
    });
    if let Some(p) = participle {
        // "handing the Civic Union 46 seats": a name right before the
        // figure is whom it goes to.
        if let Some(n) = holders.iter().find(|n| n.end == words[first - 1].end) {
            return Some(n.canonical.clone());
        }
        if let Some(h) = subject(words, from, p, &holders, antecedent) {
            return Some(h);
        }
    }
    if let Some(h) = relative_subject(words, first, &holders) {
        return Some(h);
    }
    nearest(words, from, first, names, &holders, antecedent)
}

/// For a name opening at word `opening` right after a verb, the person
/// subject of that verb: a personal pronoun (see [`pronoun_person`]) or
/// a person's name, right before the verb in the clause.
fn subject_before_object(
    words: &[Word],
    from: usize,
    opening: usize,
    holders: &[&Name],
    names: &[Name],
    antecedent: &Antecedents,
) -> Option<String> {
    if opening < from + 2 {
        return None;
    }
    let verb = &words[opening - 1];
    // "Tara Reid has finally entered Malibu Promises Treatment Center":
    // auxiliaries and adverbs stand between the subject and its verb.
    let between = |w: &Word| {
        w.after.is_empty()
            && w.text.chars().all(|c| c.is_lowercase())
            && (AUXILIARIES.contains(&w.lower.as_str())
                || w.lower.len() > 4 && w.lower.ends_with("ly"))
    };
    let mut at = opening - 2;
    while at > from && opening - 2 - at < 2 && between(&words[at]) {
        at -= 1;
    }
    let subject = &words[at];
    if !verb.after.is_empty()
        || !subject.after.is_empty()
        || !super::lexicon::mostly_verb(&verb.lower)
        || crate::align::words::is_stop(&verb.lower)
    {
        return None;
    }
    // "Okafor sentenced Hobbs to eight years", "fined the club $50,000":
    // the figure of these verbs is the object's.
    if object_figure_verb(&verb.lower) {
        return None;
    }
    if matches!(subject.lower.as_str(), "he" | "she") {
        return pronoun_person(names, subject.start, antecedent, &subject.lower);
    }
    holders
        .iter()
        .find(|n| n.end == subject.end && n.kind == EntityKind::Person)
        .map(|n| n.canonical.clone())
}

/// The person a pronoun starting at byte `at` stands for: the nearest
/// person named before it in the statement, else the last one the document
/// named before the statement.
fn pronoun_person(
    names: &[Name],
    at: usize,
    antecedent: &Antecedents,
    pronoun: &str,
) -> Option<String> {
    names
        .iter()
        .filter(|n| n.kind == EntityKind::Person && n.end <= at && fits(n, pronoun))
        .max_by_key(|n| n.end)
        .map(|n| n.canonical.clone())
        .or_else(|| antecedent.of(pronoun))
}

/// Whether a word is written as a possessive ("Luck's", "Charles '").
pub(crate) fn possessive(w: &Word) -> bool {
    w.after.starts_with("'s")
        || w.after.starts_with("’s")
        || w.after.starts_with('\'')
        || w.after.starts_with('’')
}

/// The name a relative clause holding the figure hangs on: "witness Angela
/// Benson, who had just left the store with her two sons and was 20 feet
/// away". The clause runs from "who" to the figure with no comma and no
/// other name between.
fn relative_subject(words: &[Word], first: usize, holders: &[&Name]) -> Option<String> {
    for k in (1..first).rev() {
        let w = &words[k];
        if holders.iter().any(|n| n.start <= w.start && w.end <= n.end) {
            return None;
        }
        if w.lower == "who" {
            let before = &words[k - 1];
            if !before.after.trim().starts_with(',') {
                return None;
            }
            return holders
                .iter()
                .find(|n| n.end == before.end && n.kind == EntityKind::Person)
                .map(|n| n.canonical.clone());
        }
        if w.after.contains([',', ';', ':', '.', '(', ')', '—']) {
            return None;
        }
    }
    None
}

/// Whether the name ending at word `k` modifies a noun after it ("NFL
/// quarterbacks", "the IBF belt") rather than standing as a subject.
fn modifier(words: &[Word], k: usize) -> bool {
    let Some(next) = words.get(k + 1) else {
        return false;
    };
    words[k].after.is_empty()
        && next.text.chars().all(|c| c.is_lowercase() || c == '-')
        && !crate::align::words::is_stop(&next.lower)
        && !super::lexicon::mostly_verb(&next.lower)
        && !next.lower.ends_with("ly")
}

/// Whether the name starting at word `opening` is the object of a
/// preposition ("a victory over Evansville", "of the IBF").
fn governed(words: &[Word], opening: usize) -> bool {
    let mut p = opening;
    while p > 0 && !breaks_after(words, p - 1) && DETERMINERS.contains(&words[p - 1].lower.as_str())
    {
        p -= 1;
    }
    p > 0 && !breaks_after(words, p - 1) && PREPOSITIONS.contains(&words[p - 1].lower.as_str())
}

/// The first name of the clause `from..to` that stands as a subject, or a
/// subject pronoun before any name.
fn subject(
    words: &[Word],
    from: usize,
    to: usize,
    holders: &[&Name],
    antecedent: &Antecedents,
) -> Option<String> {
    for k in from..to {
        if let Some(n) = holders.iter().find(|n| n.start == words[k].start) {
            let end = words.iter().rposition(|w| w.end == n.end).unwrap_or(k);
            if !governed(words, k) && !modifier(words, end) {
                return Some(n.canonical.clone());
            }
        }
        if matches!(words[k].lower.as_str(), "he" | "she") {
            return antecedent.of(&words[k].lower);
        }
    }
    None
}

/// The nearest name before the figure in its clause that stands as a
/// subject (not after a preposition, not modifying a noun); a subject
/// pronoun nearer than any name stands for the nearest person named before
/// it; a name of unknown kind ("Iguodala and Williams"), a reporting verb
/// ("Gaskin said the man fell …"), or a possessive pronoun that is not the
/// figure's own ("his team led by 18") leaves the holder unknown. Failing
/// names, a capitalized word just before the figure's verb (a surname the
/// extractor did not take for a name: "Garrard completed 28 of 41").
fn nearest(
    words: &[Word],
    from: usize,
    first: usize,
    names: &[Name],
    holders: &[&Name],
    antecedent: &Antecedents,
) -> Option<String> {
    // Past a possessive in the object ("died of his wounds"), only the
    // clause's subject is the holder: a name right before a verb.
    let mut past_object = false;
    for k in (from..first).rev() {
        let w = &words[k];
        if names
            .iter()
            .any(|n| n.end == w.end && n.kind == EntityKind::Other)
        {
            return None;
        }
        if REPORTING.contains(&w.lower.as_str()) {
            return None;
        }
        if let Some(n) = holders.iter().find(|n| n.end == w.end) {
            if past_object
                && !words.get(k + 1).is_some_and(|x| {
                    super::lexicon::mostly_verb(&x.lower)
                        && !matches!(x.lower.as_str(), "last" | "next")
                        && w.after.is_empty()
                })
            {
                return None;
            }
            let opening = words.iter().position(|x| x.start == n.start).unwrap_or(k);
            // "a match for Peyton Manning, who completed …": the name a
            // relative clause hangs on is its subject, after a preposition
            // or not.
            let relative = words.get(k + 1).is_some_and(|x| x.lower == "who");
            if !relative && (governed(words, opening) || modifier(words, k)) {
                continue;
            }
            // "He tied Ford … with 14:05 left": a name right after a verb
            // whose person subject stands before it is the object; the
            // figure is the subject's, as other outlets write it ("Hansbrough
            // tied Ford's record with 14:05 left").
            if let Some(h) = subject_before_object(words, from, opening, holders, names, antecedent)
            {
                return Some(h);
            }
            return Some(n.canonical.clone());
        }
        if matches!(w.lower.as_str(), "his" | "her") && k + 1 < first {
            // "died of his wounds on Saturday": a possessive after a verb or
            // a preposition is in the object; the subject is further back.
            let object = k > from
                && (super::lexicon::mostly_verb(&words[k - 1].lower)
                    || matches!(
                        words[k - 1].lower.as_str(),
                        "of" | "from" | "in" | "to" | "for" | "with" | "at" | "on" | "by"
                    ));
            if object {
                past_object = true;
                continue;
            }
            // "his team led by 18 points": the figure is the team's.
            return None;
        }
        // "nine NFL quarterbacks threw for 300 yards": a common noun right
        // before the verb is the subject; a name before it is not.
        let common_subject = w.text.chars().all(|c| c.is_lowercase())
            && !crate::align::words::is_stop(&w.lower)
            && !super::lexicon::mostly_verb(&w.lower)
            && words.get(k + 1).is_some_and(|n| {
                super::lexicon::mostly_verb(&n.lower) && n.lower.ends_with("ed")
                    || matches!(
                        n.lower.as_str(),
                        "threw" | "ran" | "won" | "lost" | "had" | "scored" | "fell"
                    )
            });
        if common_subject && k + 1 < first {
            return None;
        }
        // "Okafor sentenced him to eight years": the figure is the object
        // pronoun's person, who is not the clause's subject, so someone the
        // document named before.
        if matches!(w.lower.as_str(), "him" | "them")
            && k > from
            && object_figure_verb(&words[k - 1].lower)
        {
            return (w.lower == "him").then(|| antecedent.of("he")).flatten();
        }
        if PRONOUNS.contains(&w.lower.as_str()) {
            return pronoun_person(names, w.start, antecedent, &w.lower);
        }
    }
    if past_object {
        return None;
    }
    // A capitalized word opening the clause's verb phrase: within three
    // words before the figure, not a function word, month or weekday.
    (from..first).rev().take(4).find_map(|k| {
        let w = &words[k];
        let capital = w.text.chars().next().is_some_and(char::is_uppercase)
            && w.text.chars().skip(1).any(char::is_lowercase);
        let verb_next = words
            .get(k + 1)
            .is_some_and(|n| super::lexicon::mostly_verb(&n.lower));
        // A statement's first word is capitalized whatever it is: there an
        // English word ("Testimony began", "Sadly last week") is no name.
        let english =
            k == 0 && (super::lexicon::is_word(&w.lower) || super::lexicon::is_adverb(&w.lower));
        (capital
            && verb_next
            && !english
            && !crate::align::words::is_stop(&w.lower)
            && crate::calendar::month_number(w.text).is_none()
            && crate::calendar::weekday_number(w.text).is_none()
            && !governed(words, k))
        .then(|| w.text.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::super::text::{covering, words};
    use super::*;

    fn name(text: &str, s: &str, kind: EntityKind) -> Name {
        let start = text.find(s).unwrap();
        Name {
            start,
            end: start + s.len(),
            canonical: s.to_string(),
            kind,
            gender: None,
        }
    }

    fn holder_of(
        text: &str,
        figure: &str,
        names: &[&str],
        antecedent: Option<&str>,
    ) -> Option<String> {
        let w = words(text);
        let at = text.find(figure).unwrap();
        let (first, last) = covering(&w, at, at + figure.len()).unwrap();
        let names: Vec<Name> = names
            .iter()
            .map(|n| name(text, n, EntityKind::Person))
            .collect();
        holder(&w, first, last, &names, &Antecedents::either(antecedent))
    }

    #[test]
    fn a_pronoun_stands_for_a_person_it_fits() {
        let text = "Lopez fired from a roof and hit Dana Ruiz when he sprayed 13 bullets.";
        let mut names: Vec<Name> = ["Lopez", "Dana Ruiz"]
            .iter()
            .map(|n| name(text, n, EntityKind::Person))
            .collect();
        let w = words(text);
        let at = text.find("13").unwrap();
        let (first, last) = covering(&w, at, at + 2).unwrap();
        let none = Antecedents::default();
        // Told nothing, the nearest person; told Ruiz is a woman, not her.
        assert_eq!(
            holder(&w, first, last, &names, &none).as_deref(),
            Some("Dana Ruiz")
        );
        names[1].gender = Some(Gender::Female);
        assert_eq!(
            holder(&w, first, last, &names, &none).as_deref(),
            Some("Lopez")
        );
        // An opening pronoun's person by gender.
        let text = "She sprayed 13 bullets.";
        let w = words(text);
        let (first, last) = covering(&w, 12, 14).unwrap();
        let both = Antecedents {
            he: Some("Lopez".into()),
            she: Some("Dana Ruiz".into()),
        };
        assert_eq!(
            holder(&w, first, last, &[], &both).as_deref(),
            Some("Dana Ruiz")
        );
    }

    #[test]
    fn a_name_after_its_verb_is_the_object_past_auxiliaries_and_adverbs() {
        // The clinic is where she went; the day is hers.
        let names = ["Dana Ruiz", "Oakdale Recovery Center"];
        for t in [
            "Dana Ruiz has finally entered Oakdale Recovery Center on Tuesday.",
            "Dana Ruiz quietly entered Oakdale Recovery Center on Tuesday.",
            "Dana Ruiz entered Oakdale Recovery Center on Tuesday.",
        ] {
            assert_eq!(
                holder_of(t, "on Tuesday", &names, None).as_deref(),
                Some("Dana Ruiz"),
                "{t}"
            );
        }
        // A noun phrase between is not skipped: "her lawyer" is not her.
        let t = "Dana Ruiz's lawyer Mark Bell visited Oakdale Recovery Center on Tuesday.";
        assert_ne!(
            holder_of(
                t,
                "on Tuesday",
                &["Dana Ruiz", "Mark Bell", "Oakdale Recovery Center"],
                None
            )
            .as_deref(),
            Some("Dana Ruiz")
        );
    }

    #[test]
    fn a_sentence_or_a_fine_is_the_objects() {
        let names = ["Maria Okafor", "Paul Hobbs"];
        let t = "Judge Maria Okafor sentenced Paul Hobbs to eight years in prison.";
        assert_eq!(
            holder_of(t, "eight", &names, None).as_deref(),
            Some("Paul Hobbs")
        );
        // An object pronoun is someone named before, never the subject.
        let t = "Judge Maria Okafor sentenced him to eight years in prison.";
        assert_eq!(
            holder_of(t, "eight", &names[..1], Some("Paul Hobbs")).as_deref(),
            Some("Paul Hobbs")
        );
        // "A six-year prison sentence" is no age of someone named after it.
        let t = "Paul Hobbs received a six-year prison sentence.";
        assert_eq!(
            holder_of(t, "six", &names[1..], None).as_deref(),
            Some("Paul Hobbs")
        );
    }

    #[test]
    fn ages_belong_to_their_person() {
        let t = "On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres.";
        assert_eq!(
            holder_of(t, "32", &["Robert Buckley"], None).as_deref(),
            Some("Robert Buckley")
        );
        let t = "Robert Buckley, 32, was climbing with three companions.";
        assert_eq!(
            holder_of(t, "32", &["Robert Buckley"], None).as_deref(),
            Some("Robert Buckley")
        );
    }

    #[test]
    fn an_age_before_a_possessive_is_the_possessors() {
        // The rep is not 33: the actress is, and she is not named here.
        let t = "The 33-year-old actress's rep Jack Ketsoyan told the magazine.";
        assert_eq!(holder_of(t, "33", &["Jack Ketsoyan"], None), None);
        let t = "The 33-year-old actress Tara Reid told the magazine.";
        assert_eq!(
            holder_of(t, "33", &["Tara Reid"], None).as_deref(),
            Some("Tara Reid")
        );
    }

    #[test]
    fn a_name_after_its_verb_is_the_object() {
        // "He tied Ford": the clock is the scorer's, as other outlets say.
        let t = "He tied Ford on a jumper from the left wing with 14:05 left.";
        assert_eq!(
            holder_of(t, "14:05", &["Ford"], Some("Tyler Hansbrough")).as_deref(),
            Some("Tyler Hansbrough")
        );
        let t = "Mara Vell tied Ford on a jumper with 14:05 left.";
        assert_eq!(
            holder_of(t, "14:05", &["Mara Vell", "Ford"], None).as_deref(),
            Some("Mara Vell")
        );
        // With no person before the verb, the object is what is named.
        let t = "Police arrested Ford on Tuesday.";
        assert_eq!(
            holder_of(t, "Tuesday", &["Ford"], None).as_deref(),
            Some("Ford")
        );
    }

    #[test]
    fn an_english_word_opening_the_statement_is_no_holder() {
        let t = "Testimony began with 12 witnesses.";
        assert_eq!(holder_of(t, "12", &[], None), None);
        let t = "Sadly ended the night with 12 points.";
        assert_eq!(holder_of(t, "12", &[], None), None);
        // A surname the extractor missed still is.
        let t = "Garrard completed 28 of 41 passes.";
        assert_eq!(
            holder_of(t, "28 of 41", &[], None).as_deref(),
            Some("Garrard")
        );
    }

    #[test]
    fn a_relative_clause_is_its_names() {
        let t = "The car dragged her 10 feet, said witness Ann Bell, who had left the shop with her two sons and was 20 feet away.";
        assert_eq!(
            holder_of(t, "20 feet", &["Ann Bell"], None).as_deref(),
            Some("Ann Bell")
        );
        // Not after the clause has closed.
        let t = "Ann Bell, who is a nurse, said the car dragged the woman 10 feet.";
        assert_eq!(holder_of(t, "10 feet", &["Ann Bell"], None), None);
    }

    #[test]
    fn subjects_possessives_and_brackets() {
        let t = "Hansbrough finished with 20 points and Lawson added 16.";
        assert_eq!(
            holder_of(t, "20", &["Hansbrough", "Lawson"], None).as_deref(),
            Some("Hansbrough")
        );
        assert_eq!(
            holder_of(t, "16", &["Hansbrough", "Lawson"], None).as_deref(),
            Some("Lawson")
        );
        let t = "The record swelled Luck's season total to 4,183 yards.";
        assert_eq!(
            holder_of(t, "4,183", &["Luck"], None).as_deref(),
            Some("Luck")
        );
        let t = "Danny Green (14 points) became the 61st player to score 1,000.";
        assert_eq!(
            holder_of(t, "14", &["Danny Green"], None).as_deref(),
            Some("Danny Green")
        );
    }

    #[test]
    fn objects_of_prepositions_and_pronouns() {
        let t = "The Tar Heels won a 91-73 victory over Evansville with 20 turnovers.";
        assert_eq!(holder_of(t, "20", &["Evansville"], None), None);
        let t = "She checked into the clinic for 90 days.";
        assert_eq!(
            holder_of(t, "90", &[], Some("Tara Reid")).as_deref(),
            Some("Tara Reid")
        );
    }

    #[test]
    fn a_possessive_in_the_object_leaves_the_subject_the_holder() {
        // "his wounds" is what Hale died of: the subject right before the
        // verb is the holder.
        let t = "Officer Tom Hale died of his wounds on Saturday.";
        assert_eq!(
            holder_of(t, "on Saturday", &["Tom Hale"], None).as_deref(),
            Some("Tom Hale")
        );
        let t = "Klitschko improved his record to 52-3.";
        assert_eq!(
            holder_of(t, "52-3", &["Klitschko"], None).as_deref(),
            Some("Klitschko")
        );
        // A name that is not the subject of a verb stays no holder: "a
        // service in Richmond Hill last Friday", "coach to Larry Brown with
        // the Bobcats, finished his career".
        let t = "Ford, an assistant to Larry Brown, finished his career in 1978.";
        assert_eq!(
            holder_of(t, "in 1978", &["Ford", "Larry Brown"], None),
            None
        );
        // A possessive that opens the clause is its subject's: unknown.
        let t = "His team led by 18 points.";
        assert_eq!(holder_of(t, "18", &[], None), None);
    }

    #[test]
    fn an_age_in_apposition_does_not_end_its_persons_clause() {
        let t = "Williams, 32, was arrested around 1:30 a.m. on Route 94.";
        assert_eq!(
            holder_of(t, "1:30 a.m.", &["Williams"], None).as_deref(),
            Some("Williams")
        );
        // A figure in another clause after the age is not the person's.
        let t = "Williams, 32, was arrested; officers seized 40 grams.";
        assert_eq!(holder_of(t, "40", &["Williams"], None), None);
    }
}
