//! The subject of a figure's clause, named ("Gravity was made on a
//! budget of…") or described ("the county has spent…"), and whether that
//! subject is an event that merely happened ("the quake struck").

use super::StatementView;
use crate::extract::entity::EntityKind;
use crate::facts::lexicon;
use crate::facts::text::{clause_start, Word};

/// Verbs that say only that an event happened or reached a place: the
/// event is named by their subject ("a fire tore through", "the quake
/// struck", "violence broke out").
pub(super) const OCCURRED: &[&str] = &[
    "struck", "strikes", "hit", "hits", "rocked", "shook", "tore", "swept", "ripped", "erupted",
    "broke", "occurred", "happened", "engulfed", "raged", "spread", "started", "began",
];

/// The subject of a figure's clause, as far as its words say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Subject {
    /// The common noun it is, lemma ("the county has spent $1.2 million"
    /// → "county"), when a noun stands right before the verb: two figures
    /// of unrelated subjects are of two holders.
    pub noun: Option<String>,
    /// The noun is someone's ("his co-defendant received three years",
    /// "her husband"): another person than one a name on the other side
    /// gives.
    pub possessed: bool,
    /// The name it is, of any kind, canonical, lower case ("Gravity was
    /// made on a production budget of $100 million", "Chandrayaan-2, which
    /// had a budget of $96.5 million"): when no holder is read on either
    /// side, two different subjects named are two holders, whatever kind
    /// of name the entity reader gave them.
    pub name: Option<String>,
    /// The noun is an event, and its verb says only that it happened
    /// ("the earthquake that struck", "the storm hit").
    pub event: bool,
}

impl Subject {
    /// The subject of the clause of the figure opening at word `first`;
    /// `what` is what the figure counts (no subject of its own), and
    /// `None` for a date, whose subject is read only when named.
    pub(super) fn of(v: &StatementView, first: usize, what: Option<&str>) -> Subject {
        let from = clause_start(&v.words, first);
        let (noun, possessed, event) = what
            .and_then(|what| described(v, from, first, what))
            .map_or((None, false, false), |(n, p, e)| (Some(n), p, e));
        Subject {
            noun,
            possessed,
            name: named(v, from, first),
            event,
        }
    }
}

/// Nouns that name what is measured, not whose it is: "the death toll
/// rose to 40" and "the number of dead reached 45" are one measure.
const MEASURE_NOUNS: &[&str] = &[
    "toll",
    "number",
    "total",
    "count",
    "figure",
    "tally",
    "amount",
    "sum",
    "rate",
    "level",
    "price",
    "cost",
    "value",
    "share",
    "percentage",
    "proportion",
    "majority",
    "turnout",
];

/// The common noun right before the verb of the figure's clause (words
/// `from..first`), nearest the figure first, as a lemma, and whether a
/// possessive pronoun makes it someone's ("his co-defendant"), and whether
/// its verb only says it happened ("the earthquake that struck"): an
/// event. Not a name, not a word of what the figure counts, not a noun of
/// a measure.
fn described(
    v: &StatementView,
    from: usize,
    first: usize,
    what: &str,
) -> Option<(String, bool, bool)> {
    let w = &v.words;
    let named = |x: &Word| v.names.iter().any(|n| n.start <= x.start && x.end <= n.end);
    // In a relative clause the subject is the clause's own or the noun the
    // pronoun stands for ("the country have been destroyed by the storm,
    // which is packing winds of 145 mph": the storm's), never a noun
    // before it.
    let relative = (from..first)
        .rev()
        .find(|&k| matches!(w[k].lower.as_str(), "which" | "who" | "that"));
    let from = relative.map_or(from, |r| r + 1);
    // A measure's own noun ("the death toll") is no subject.
    let subject = |noun: &Word, possessed: bool| {
        let lemma = crate::extract::quantity::lemma(&noun.lower);
        (lemma != what && !MEASURE_NOUNS.contains(&lemma.as_str())).then_some((lemma, possessed))
    };
    let antecedent = || {
        // "that" is a relative pronoun when a verb follows it ("the
        // earthquake that struck on New Year's Day, killing at least 48").
        let r = relative.filter(|&r| {
            r >= 2
                && (w[r].lower != "that"
                    || w.get(r + 1).is_some_and(|x| {
                        // A tensed verb: "struck", "killed", "hits".
                        OCCURRED.contains(&x.lower.as_str())
                            || lexicon::mostly_verb(&x.lower)
                                && (x.lower.ends_with("ed")
                                    || x.lower.ends_with('s')
                                    || lexicon::lemmas(&x.lower)
                                        .iter()
                                        .any(|(p, l)| *p == 'v' && l != &x.lower))
                    }))
        })?;
        let noun = &w[r - 1];
        let determiner =
            |x: &Word| matches!(x.lower.as_str(), "the" | "a" | "an" | "its" | "their");
        // One plain modifier may stand between ("the powerful earthquake").
        let modifier = |x: &Word| {
            x.after.is_empty()
                && x.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !crate::align::words::is_stop(&x.lower)
        };
        let plain = noun.after.trim().chars().all(|c| c == ',')
            && noun.text.len() >= 3
            && noun.text.chars().all(|c| c.is_lowercase() || c == '-')
            && !named(noun)
            && (determiner(&w[r - 2]) || r >= 3 && modifier(&w[r - 2]) && determiner(&w[r - 3]))
            && !lexicon::mostly_verb(&noun.lower);
        let occurred = w
            .get(r + 1)
            .is_some_and(|x| OCCURRED.contains(&x.lower.as_str()));
        plain
            .then(|| subject(noun, false))
            .flatten()
            .map(|(n, p)| (n, p, occurred))
    };
    (from..first.saturating_sub(1))
        .rev()
        .find_map(|k| {
            let (noun, next) = (&w[k], &w[k + 1]);
            let determiner = |j: usize| {
                matches!(
                    w[j].lower.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
                )
            };
            // The cheap tests first: this runs for every word before every
            // figure.
            let plain = noun.after.is_empty()
                && noun.text.len() >= 3
                && noun.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !crate::align::words::is_stop(&noun.lower)
                && !named(noun);
            // With one modifier between: "the larger model", "the Pro model",
            // and a participle after a determiner is one when the figure is
            // its clause's object ("the ruling coalition won 92 seats"; not "a
            // shocking video captures the moment a mother of 12 was killed").
            let participle = |m: &str| (m.ends_with("ing") || m.ends_with("ed")) && first <= k + 4;
            let determined = k > from && determiner(k - 1)
                || k > from + 1
                    && determiner(k - 2)
                    && w[k - 1].after.is_empty()
                    && !crate::align::words::is_stop(&w[k - 1].lower)
                    && (participle(&w[k - 1].lower) || !lexicon::mostly_verb(&w[k - 1].lower));
            if !(plain && determined) || lexicon::mostly_verb(&noun.lower) {
                return None;
            }
            // Not a word the lexicon knows only as another part of speech: "his
            // decisive move" has no subject "decisive".
            let known = lexicon::lemmas(&noun.lower);
            if !known.is_empty() && !known.iter().any(|(pos, _)| *pos == 'n') {
                return None;
            }
            // A tensed form of a word that is also a noun counts ("the phone
            // costs $799").
            let verb = matches!(
                next.lower.as_str(),
                "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would"
            ) || lexicon::mostly_verb(&next.lower)
                || lexicon::can_be_verb(&next.lower)
                    && (next.lower.ends_with('s') || next.lower.ends_with("ed"));
            if !verb {
                return None;
            }
            let possessed = (k.saturating_sub(2)..k)
                .any(|j| j >= from && matches!(w[j].lower.as_str(), "his" | "her" | "their"));
            let occurred = OCCURRED.contains(&next.lower.as_str());
            subject(noun, possessed).map(|(n, p)| (n, p, occurred))
        })
        .or_else(antecedent)
}

/// The name the subject of the figure's clause (words `from..first`) is,
/// of any kind: a name right before the clause's verb ("Gravity was made
/// on a production budget of $100 million"), or the name a relative
/// pronoun stands for ("Chandrayaan-2, which had a budget of $96.5
/// million"). A name before a verb of saying is the source, not the
/// subject ("Oppal said…").
fn named(v: &StatementView, from: usize, first: usize) -> Option<String> {
    let w = &v.words;
    let ending = |k: usize| {
        v.names
            .iter()
            .find(|n| n.end == w[k].end && n.start >= w[from.min(k)].start)
    };
    // A possessive whose noun the figure is, or is the value of:
    // "Gravity's $100 million budget", "Chandrayaan-3's budget of $75
    // million", "the film's budget was $100 million". Not a possessive
    // of another phrase ("near the Moon's south pole on Wednesday").
    let owns_figure = |k: usize| {
        let between = &w[k + 1..first];
        let link = between.iter().position(|x| {
            matches!(
                x.lower.as_str(),
                "was" | "is" | "were" | "are" | "of" | "stood" | "totaled" | "totalled"
            )
        });
        let Some(p) = link else {
            return between.is_empty();
        };
        let (nouns, rest) = (&between[..p], &between[p + 1..]);
        nouns.len() <= 2
            && nouns
                .iter()
                .all(|x| !crate::align::words::is_stop(&x.lower) && !lexicon::mostly_verb(&x.lower))
            && rest.iter().all(|x| x.lower == "at")
    };
    let possessor = (from..first).rev().take(4).find_map(|k| {
        if !crate::facts::holder::possessive(&w[k]) || !owns_figure(k) {
            return None;
        }
        // A place's is where it is, not whose ("Tokyo's Haneda airport
        // on Tuesday").
        v.names
            .iter()
            .find(|n| n.end == w[k].end && n.kind != EntityKind::Place)
    });
    if let Some(n) = possessor {
        return Some(n.canonical.to_lowercase());
    }
    let relative = (from..first)
        .rev()
        .find(|&k| matches!(w[k].lower.as_str(), "which" | "who"));
    if let Some(r) = relative {
        // The antecedent ends right before the pronoun, a comma between.
        let antecedent = r.checked_sub(1).filter(|&k| w[k].after.trim() == ",");
        return antecedent
            .and_then(|k| v.names.iter().find(|n| n.end == w[k].end))
            .map(|n| n.canonical.to_lowercase());
    }
    // The cheap tests first: this runs for every word before every figure.
    (from..first.saturating_sub(1)).rev().find_map(|k| {
        let next = &w[k + 1];
        if !w[k].after.trim().is_empty() || REPORTING_VERBS.contains(&next.lower.as_str()) {
            return None;
        }
        let name = ending(k)?;
        let verb = matches!(
            next.lower.as_str(),
            "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would"
        ) || lexicon::mostly_verb(&next.lower);
        verb.then(|| name.canonical.to_lowercase())
    })
}

/// Verbs of saying: the name before one is a source, not a subject.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "stated",
    "confirmed",
    "estimated",
    "added",
    "wrote",
    "claimed",
];
