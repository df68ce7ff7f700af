//! The measure of a date: the act it is the time of, what that act was
//! done to, whose it is, and its role.

use super::act::{act_word, act_words, deadly, event_subject};
use super::role::out_of_reach;
use super::subject::Subject;
use super::{context, FactKind, Measure, Role, StatementView};
use crate::facts::holder::holder;
use crate::facts::lexicon;
use crate::facts::text::{clause_end, clause_start, covering, Word};

/// The measure of a date at byte range `[start, end)`: the act is the verb
/// the date hangs on, before it in its clause, or after it when the date
/// opens the clause ("On Friday, Rait died").
pub fn date_measure(v: &StatementView, start: usize, end: usize) -> Option<Measure> {
    let (first, last) = covering(&v.words, start, end)?;
    let from = clause_start(&v.words, first);
    // A word before a noun modifies it ("the injured list"): not the act.
    let adjective = |k: usize| {
        v.words.get(k + 1).is_some_and(|n| {
            n.text.chars().all(char::is_lowercase)
                && !lexicon::mostly_verb(&n.lower)
                && !crate::align::words::is_stop(&n.lower)
        }) && v.words[k].after.is_empty()
    };
    // A word after a preposition or a determiner is a noun ("tried for
    // rape in March 2005"): not the act.
    let governs = |k: usize| {
        matches!(
            v.words[k].lower.as_str(),
            "for"
                | "of"
                | "in"
                | "to"
                | "with"
                | "by"
                | "on"
                | "at"
                | "from"
                | "a"
                | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
        )
    };
    // Also with a compound modifier between ("charged with first-degree
    // murder Saturday": the act is the charge). Only a hyphenated one: a
    // plain word between may be the subject ("a quake struck", "hundreds
    // of protesters marched").
    let noun_use = |k: usize| {
        k > 0 && governs(k - 1)
            || k > 1
                && governs(k - 2)
                && v.words[k - 1].lower.contains('-')
                && v.words[k - 1]
                    .text
                    .chars()
                    .all(|c| c.is_lowercase() || c == '-')
    };
    // "Saturday's semifinals": a possessive date is the time of the noun
    // after it.
    if v.words[last].after.starts_with("'s") || v.words[last].after.starts_with("’s") {
        let noun = v.words.get(last + 1).map(|w| w.lower.clone());
        let quoted = v.quotes.iter().any(|&(a, b)| a <= start && end <= b);
        return Some(Measure {
            kind: FactKind::Date,
            what: "date".into(),
            modifiers: Vec::new(),
            object: None,
            acts: lexicon::SenseSet::of(noun.iter().map(String::as_str)),
            done_to: Vec::new(),
            done_to_names: Vec::new(),
            aged: None,
            at_age: false,
            subject: Subject::default(),
            other_event: false,
            persons: Vec::new(),
            days: Vec::new(),
            provisional: false,
            lead: false,
            act: noun,
            holder: None,
            place: None,
            reference: None,
            bearing: None,
            scope: None,
            period: None,
            role: Role::Level,
            quoted,
            context: context(&v.words, &v.names, first, last, &[]),
        });
    }
    // A light verb with the noun of an outcome ("was taken into custody",
    // "placed under arrest"): the noun is the act.
    let outcome_noun = |k: usize| {
        k > 0
            && matches!(v.words[k - 1].lower.as_str(), "into" | "under" | "in")
            && lexicon::outcome_class(&v.words[k].lower).is_some()
            && !lexicon::can_be_verb(&v.words[k].lower)
    };
    let verb_before = (from.max(first.saturating_sub(8))..first)
        .rev()
        .find(|&k| act_word(&v.words[k]) && !adjective(k) && !noun_use(k) || outcome_noun(k));
    // "A fire tore through the plant on Tuesday night": a verb that only
    // says an event happened makes the event its subject names the act, so
    // that "a blaze swept through" the same plant is the same act.
    let act_before = verb_before.map(|k| deadly(&v.words, event_subject(&v.words, from, k)));
    // After a date opening the clause, the verb after an auxiliary first
    // ("two officers involved in the shooting were arrested"), else the
    // first act word.
    let act_after = || {
        let to = (last + 12).min(v.words.len());
        let aux = |k: usize| {
            k > 0
                && matches!(
                    v.words[k - 1].lower.as_str(),
                    "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been" | "be"
                )
        };
        (last + 1..to)
            .find(|&k| act_word(&v.words[k]) && aux(k))
            .or_else(|| (last + 1..to).find(|&k| act_word(&v.words[k]) && !adjective(k)))
    };
    // What the act was done to, names included ("checked into
    // Morningside", "arrested Oler"): the words between it and the date,
    // or, after a date that opens the clause, the words after the act up
    // to a second preposition or the clause's end ("On Monday, Hale signed
    // the petition at the town hall": "petition").
    let after = act_before.is_none().then(act_after).flatten();
    let object_words = match (verb_before, after) {
        (Some(k), _) => v.words[k + 1..first].iter().collect::<Vec<_>>(),
        (None, Some(k)) => {
            let rest = &v.words[k + 1..clause_end(&v.words, k).max(k) + 1];
            let preposition =
                |x: &Word| crate::facts::holder::PREPOSITIONS.contains(&x.lower.as_str());
            let skip = usize::from(rest.first().is_some_and(preposition));
            rest.iter()
                .skip(skip)
                .take_while(|x| !preposition(x))
                .take(4)
                .collect()
        }
        (None, None) => Vec::new(),
    };
    let named = |x: &Word| v.names.iter().any(|n| n.start <= x.start && x.end <= n.end);
    let (mut done_to, mut done_to_names) = (Vec::new(), Vec::new());
    for x in object_words {
        if x.text.chars().any(|c| c.is_ascii_digit())
            || crate::align::words::content_stems(x.text).is_empty()
        {
            continue;
        }
        if named(x) {
            done_to_names.push(x.lower.clone());
        } else {
            done_to.push(x.lower.clone());
        }
    }
    let act = act_before.or_else(|| after.map(|k| v.words[k].lower.clone()));
    // The act words: before the date in its clause, and after it when it
    // opens the clause.
    let opens = first <= from + 1;
    let acts = act_words(v, first, last, if opens { 0 } else { usize::MAX / 4 });
    // The holder: as for figures, or the subject after a date opening the
    // clause ("On Friday, 36-year-old Duncan Rait died").
    let holder = holder(&v.words, first, last, &v.names, &v.antecedent).or_else(|| {
        (first <= from + 1)
            .then(|| {
                let limit = v.words.get(last + 6).map_or(usize::MAX, |w| w.end);
                v.names
                    .iter()
                    .find(|n| {
                        n.start >= v.words[last].end
                            && n.end <= limit
                            && n.kind != crate::extract::entity::EntityKind::Place
                    })
                    .map(|n| n.canonical.clone())
            })
            .flatten()
    });
    let quoted = v.quotes.iter().any(|&(a, b)| a <= start && end <= b);
    let act_stems: Vec<String> = act
        .as_deref()
        .map(crate::align::words::content_stems)
        .unwrap_or_default();
    // A date planned, expected or scheduled is not one that happened.
    let planned = (from..first).any(|k| {
        out_of_reach(&v.words[k].lower)
            || matches!(
                v.words[k].lower.as_str(),
                "scheduled" | "set" | "due" | "slated" | "planned"
            )
    });
    Some(Measure {
        kind: FactKind::Date,
        what: "date".into(),
        modifiers: Vec::new(),
        object: None,
        act,
        acts,
        done_to,
        done_to_names,
        aged: None,
        at_age: false,
        subject: Subject::of(v, first, None),
        other_event: false,
        persons: Vec::new(),
        days: Vec::new(),
        provisional: false,
        lead: false,
        holder,
        place: None,
        reference: None,
        bearing: None,
        scope: None,
        period: None,
        role: if planned { Role::Target } else { Role::Level },
        quoted,
        // The act is judged apart: the context is what it was done to.
        context: context(&v.words, &v.names, first, last, &act_stems),
    })
}
