//! The gender a document gives the persons it names, so that a pronoun
//! stands only for a person it fits: in "a mother of 12 was killed when
//! Lopez fired … he sprayed 13 bullets", "he" is Lopez, not the mother
//! named last.
//!
//! Only the document's own words count, never a list of first names: a
//! word of gender next to the name ("actress Tara Reid", "Mrs. Horton",
//! "Horton, a mother of 12,"), and a statement that names that one person
//! and, outside quotations and after the name, only "she"/"herself" or
//! only "he"/"himself" ("Reid checked herself in"), or the next statement
//! opening with "She" or "He". A document that tells
//! neither way, or both without one more than twice the other, gives no
//! gender.

use super::holder::{Gender, Name};
use crate::extract::entity::EntityKind;
use rustc_hash::FxHashMap as HashMap;

/// Words that name a woman or a man before a name or in its appositive.
const FEMALE: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "madam",
    "mother",
    "mom",
    "mum",
    "wife",
    "woman",
    "girl",
    "actress",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "businesswoman",
    "daughter",
    "sister",
    "grandmother",
    "grandma",
    "widow",
    "girlfriend",
    "queen",
    "princess",
    "lady",
    "aunt",
    "niece",
    "stepmother",
    "waitress",
    "sportswoman",
    "policewoman",
    "councilwoman",
    "stepdaughter",
    "granddaughter",
    "fiancee",
    "bride",
    "duchess",
    "countess",
    "dame",
];
const MALE: &[&str] = &[
    "mr",
    "sir",
    "father",
    "dad",
    "husband",
    "man",
    "boy",
    "actor",
    "spokesman",
    "chairman",
    "congressman",
    "businessman",
    "son",
    "brother",
    "grandfather",
    "grandpa",
    "widower",
    "boyfriend",
    "king",
    "prince",
    "uncle",
    "nephew",
    "stepfather",
    "sportsman",
    "policeman",
    "councilman",
    "stepson",
    "grandson",
    "fiance",
    "groom",
    "duke",
    "count",
    "lord",
];

/// Words after which the next word is not about the name that follows
/// them ("the mother of Zurana Horton" says nothing of Horton's gender).
const LINKS: &[&str] = &[
    "of", "to", "for", "by", "with", "from", "and", "or", "at", "in", "on", "than", "about",
];

/// The gender a noun for a person says ("woman", "boys"), if it says one.
pub fn of_noun(word: &str) -> Option<Gender> {
    let w = word.to_lowercase();
    of_word(&w).or_else(|| w.strip_suffix('s').and_then(of_word))
}

/// The gender a word of [`FEMALE`] or [`MALE`] (lower case) says.
fn of_word(w: &str) -> Option<Gender> {
    if FEMALE.contains(&w) {
        Some(Gender::Female)
    } else if MALE.contains(&w) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Votes for one person of one document: (female, male).
type Votes = (u32, u32);

/// The gender of each person (by canonical name) each document tells one
/// way. `statements`: for each statement, its document, text and names.
pub fn genders<'a>(
    statements: impl Iterator<Item = (usize, &'a str, &'a [Name])>,
    speaker: impl Fn(&str, &Name) -> bool,
) -> HashMap<(usize, String), Gender> {
    let mut votes: HashMap<(usize, String), Votes> = HashMap::default();
    // The one person the document's last statement named (not only as a
    // speaker, no quotation): "Horton was picking up her children. She
    // was hit …" tells Horton is a woman.
    // With the genders of the object and possessive pronouns after the
    // name: "Comeaux … stabbing his wife. She survived" — a "She" after a
    // "his" is the woman that "his" brought in, not the person named.
    let mut sole: HashMap<usize, (String, Vec<Gender>)> = HashMap::default();
    for (doc, text, names) in statements {
        let persons: Vec<&Name> = names
            .iter()
            .filter(|n| n.kind == EntityKind::Person)
            .collect();
        let opening = text
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty());
        let opening = match opening {
            Some("She") => Some(Gender::Female),
            Some("He") => Some(Gender::Male),
            _ => None,
        };
        let told = sole
            .get(&doc)
            .filter(|(_, others)| !opening.is_some_and(|g| others.iter().any(|o| *o != g)));
        if let (Some(g), Some((p, _))) = (opening, told) {
            let v = votes.entry((doc, p.clone())).or_default();
            match g {
                Gender::Female => v.0 += 1,
                Gender::Male => v.1 += 1,
            }
        }
        sole.remove(&doc);
        for n in &persons {
            if let Some(g) = word_of_gender(text, n) {
                let v = votes.entry((doc, n.canonical.clone())).or_default();
                // A word of gender weighs more than a pronoun.
                match g {
                    Gender::Female => v.0 += 2,
                    Gender::Male => v.1 += 2,
                }
            }
        }
        // One person named, not only as a speaker, and pronouns of one
        // gender outside quotations.
        let first = persons.first().map(|n| n.canonical.as_str());
        let one = persons.iter().all(|n| Some(n.canonical.as_str()) == first);
        let quoted = text.contains(['"', '“', '”']);
        if let (Some(p), true, false) = (persons.first(), one, quoted) {
            if !persons.iter().any(|n| speaker(text, n)) {
                let (mut f, mut m) = (0, 0);
                let mut others = Vec::new();
                // Subject and reflexive pronouns only: "him", "her" and
                // "his" are as often someone else's ("Lind called him").
                // After the name: a pronoun before it is someone else ("He
                // also shot Julie Brandau").
                let after = text.get(p.end..).unwrap_or("");
                for w in after.split(|c: char| !c.is_alphanumeric()) {
                    match w.to_lowercase().as_str() {
                        "she" | "herself" => f += 1,
                        "he" | "himself" => m += 1,
                        "her" | "hers" => others.push(Gender::Female),
                        "his" | "him" => others.push(Gender::Male),
                        _ => {}
                    }
                }
                sole.insert(doc, (p.canonical.clone(), others));
                let v = votes.entry((doc, p.canonical.clone())).or_default();
                if f > 0 && m == 0 {
                    v.0 += 1;
                } else if m > 0 && f == 0 {
                    v.1 += 1;
                }
            }
        }
    }
    votes
        .into_iter()
        // Told clearly one way: more than twice the votes of the other.
        .filter_map(|(k, (f, m))| {
            if f > 2 * m {
                Some((k, Gender::Female))
            } else if m > 2 * f {
                Some((k, Gender::Male))
            } else {
                None
            }
        })
        .collect()
}

/// A word of gender right before a name, within three words and with no
/// preposition between ("actress Tara Reid", "Brooklyn mother Zurana
/// Horton"), or in the appositive after it, before any preposition
/// ("Horton, a mother of 12,").
fn word_of_gender(text: &str, n: &Name) -> Option<Gender> {
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // A title read with the name: "actress Tara Reid", "Mrs. Horton" (the
    // surname itself is no word of gender, though it may be spelled as one:
    // "Martin Luther King").
    let span: Vec<&str> = text.get(n.start..n.end)?.split_whitespace().collect();
    for w in &span[..span.len().saturating_sub(1)] {
        if let Some(g) = of_word(&bare(w)) {
            return Some(g);
        }
    }
    let before = text.get(..n.start)?;
    for w in before.split_whitespace().rev().take(3) {
        let b = bare(w);
        if let Some(g) = of_word(&b) {
            return Some(g);
        }
        // A clause mark or a preposition ends the name's modifiers.
        if LINKS.contains(&b.as_str()) || w.ends_with([',', '.', ';', ':', ')']) {
            break;
        }
    }
    let after = text.get(n.end..)?.strip_prefix(", ")?;
    let appositive = after.split([',', '.', ';', '(', ')']).next()?;
    for w in appositive.split_whitespace().take(4) {
        let b = bare(w);
        if LINKS.contains(&b.as_str()) {
            break;
        }
        if let Some(g) = of_word(&b) {
            return Some(g);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(text: &str, s: &str) -> Name {
        let start = text.find(s).unwrap();
        Name {
            start,
            end: start + s.len(),
            canonical: s.to_string(),
            kind: EntityKind::Person,
            gender: None,
        }
    }

    fn gender_in(text: &str, who: &str) -> Option<Gender> {
        let names = vec![person(text, who)];
        genders(std::iter::once((0, text, names.as_slice())), |_, _| false)
            .get(&(0, who.to_string()))
            .copied()
    }

    #[test]
    fn words_of_gender_next_to_the_name() {
        let t = "The Brooklyn mother Dana Ruiz was hit by a stray bullet.";
        assert_eq!(gender_in(t, "Dana Ruiz"), Some(Gender::Female));
        let t = "Ruiz, a father of three, was hit by a stray bullet.";
        assert_eq!(gender_in(t, "Ruiz"), Some(Gender::Male));
        // A title read with the name; a surname that is a word of gender is
        // not one.
        let t = "Spokeswoman Dana Ruiz said the clinic was closed.";
        assert_eq!(gender_in(t, "Spokeswoman Dana Ruiz"), Some(Gender::Female));
        let t = "Dana King was hit by a stray bullet.";
        assert_eq!(gender_in(t, "Dana King"), None);
        // The mother of someone says nothing of that person.
        let t = "The mother of Dana Ruiz spoke to reporters outside the court.";
        assert_eq!(gender_in(t, "Dana Ruiz"), None);
    }

    #[test]
    fn a_pronoun_opening_the_next_statement() {
        let a = "Dana Ruiz was collecting her children from school.";
        let b = "She was hit in the head by a stray bullet.";
        let ruiz = [person(a, "Dana Ruiz")];
        let got = genders([(0, a, &ruiz[..]), (0, b, &[][..])].into_iter(), |_, _| {
            false
        });
        assert_eq!(
            got.get(&(0, "Dana Ruiz".to_string())),
            Some(&Gender::Female)
        );
        // "his wife … She survived": the woman "his" brought in.
        let a = "Comeaux was convicted of stabbing his wife in 1999.";
        let b = "She survived the attack.";
        let comeaux = [person(a, "Comeaux")];
        let got = genders(
            [(0, a, &comeaux[..]), (0, b, &[][..])].into_iter(),
            |_, _| false,
        );
        assert_eq!(got.get(&(0, "Comeaux".to_string())), None);
    }

    #[test]
    fn pronouns_of_one_gender_around_one_person() {
        let t = "Ana Lind checked herself into a clinic on Tuesday.";
        assert_eq!(gender_in(t, "Ana Lind"), Some(Gender::Female));
        // Both, or inside a quotation: nothing told.
        let t = "Ana Lind said he and she would both attend.";
        assert_eq!(gender_in(t, "Ana Lind"), None);
        let t = "Ana Lind told \"he is a friend\" to the court.";
        assert_eq!(gender_in(t, "Ana Lind"), None);
        // An object pronoun is as often someone else.
        let t = "Ana Lind called him on Tuesday.";
        assert_eq!(gender_in(t, "Ana Lind"), None);
    }
}
