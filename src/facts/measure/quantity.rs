//! The measure of a figure: everything the other readers of this folder
//! say about one quantity, put together.

use super::act::{act, act_words, another_one, PREPOSITIONS_NOT_ACTS};
use super::counted::{
    clock_words, combined_outcomes, coordinated_noun, elided_noun, hyphenated_number, joined_noun,
    model_label, noun_of, parent_named, partitive_noun, score_kind, severity, spouses,
    toll_reached, turnout, NUMBER_WORDS,
};
use super::period::{period, prison_term, verb_last};
use super::role::{generic, provisional, rate_per, role};
use super::scope::{
    children_apart, place_after, point_after, population_of, scope_after, scope_fronted,
    SCOPE_PREPOSITIONS,
};
use super::subject::Subject;
use super::{context, FactKind, Measure, Role, StatementView};
use crate::extract::quantity::Quantity;
use crate::facts::holder::holder;
use crate::facts::lexicon;
use crate::facts::text::{breaks_after, clause_start, covering, Word};

/// The measure of a quantity at byte range `[start, end)` of the statement.
pub fn quantity_measure(
    v: &StatementView,
    start: usize,
    end: usize,
    q: &Quantity,
) -> Option<Measure> {
    let (first, last) = covering(&v.words, start, end)?;
    let counted: Vec<String> = q
        .counted
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_string)
        .collect();
    // The counted noun's words after the value (to skip when looking for
    // the act); a game clock's "left in the first half" likewise.
    let counted_words = if q
        .unit
        .as_deref()
        .is_some_and(crate::extract::clock::is_game_clock)
    {
        clock_words(&v.words, last)
    } else {
        counted.len()
    };
    // "their first five drives", "the last two games": a stretch named,
    // not a count reported. Not "would last 48 hours", "to last five
    // days": there "last" is the verb whose duration the figure is.
    if first > 0
        && !verb_last(&v.words, first - 1)
        && matches!(
            v.words[first - 1].lower.as_str(),
            "first" | "last" | "next" | "final" | "opening" | "previous" | "past" | "top"
        )
    {
        return None;
    }
    // "30 yards on six carries", "four goals in 12 games": a count that
    // divides another figure of its clause is that figure's, not a fact
    // of its own.
    if first > 0
        && matches!(
            v.words[first - 1].lower.as_str(),
            "on" | "in" | "over" | "per" | "from"
        )
    {
        let from = clause_start(&v.words, first);
        let figure_before = (from.max(first.saturating_sub(5))..first - 1).any(|k| {
            v.words[k].text.chars().any(|c| c.is_ascii_digit())
                || NUMBER_WORDS.contains(&v.words[k].lower.as_str())
        });
        if figure_before {
            return None;
        }
    }
    let mut elided = false;
    let mut partitive = false;
    // "He's 80 years old", "aged 81 years old": an age told as a predicate.
    let years_old = {
        let after = |k: usize| v.words.get(last + k).map(|w| w.lower.as_str());
        matches!(after(1), Some("year" | "years")) && after(2) == Some("old")
    };
    let (what, modifiers) = if counted.last().is_some_and(|c| c == "year-old") || years_old {
        ("age".to_string(), Vec::new())
    } else if q.unit.as_deref() == Some("score") {
        (
            score_kind(v, first, last).unwrap_or("").to_string(),
            Vec::new(),
        )
    } else if let Some(unit) = q.measure().filter(|_| q.unit.is_some()) {
        (unit, Vec::new())
    } else if let Some(head) = counted.last() {
        (head.clone(), counted[..counted.len() - 1].to_vec())
    } else if let Some(noun) = noun_of(v, first) {
        // "a crowd of about 5,000", "a death toll of 37", "a turnout of
        // 62%": what the figure counts is named before it.
        (noun, Vec::new())
    } else if let Some(noun) = q.unit.is_none().then(|| toll_reached(v, first)).flatten() {
        (noun, Vec::new())
    } else if let Some(noun) = q
        .unit
        .is_none()
        .then(|| elided_noun(v, first, last))
        .flatten()
    {
        elided = true;
        (noun, Vec::new())
    } else if let Some(noun) = q
        .unit
        .is_none()
        .then(|| coordinated_noun(v, first, last))
        .flatten()
    {
        (noun, Vec::new())
    } else if let Some(noun) = q.unit.is_none().then(|| partitive_noun(v, last)).flatten() {
        partitive = true;
        (noun, Vec::new())
    } else {
        (String::new(), Vec::new())
    };
    // How badly the counted were hurt narrows the count: "15 critically
    // wounded" is not "100 wounded".
    let act = act(&v.words, first, last, counted_words);
    let prison = prison_term(v, first, last, &what, act.as_deref());
    let act = if prison {
        Some("sentenced".to_string())
    } else {
        act
    };
    let grade = q
        .unit
        .is_none()
        .then(|| severity(v, first, last, act.as_deref()))
        .flatten();
    let mut modifiers = modifiers;
    let currency = q
        .unit
        .as_deref()
        .is_some_and(crate::extract::quantity::is_currency_code);
    // A price is its model's, the one thing it is of: the model is its
    // holder (whoever sells it), and a modifier that only the same model
    // matches ("13-inch" and "15-inch" are one letter apart as names).
    let model = currency.then(|| model_label(v, first, last)).flatten();
    if let Some(m) = &model {
        modifiers.push(m.clone());
    }
    // "23 people were killed or injured": one count of two outcomes, the
    // casualties, not the dead ("nine people died and 14 were injured").
    if q.unit.is_none() && what != "age" && combined_outcomes(&v.words, first, last) {
        modifiers.push("casualties".to_string());
    }
    // "189 passengers and crew": a count of both kinds, not of the first;
    // the passengers and the crew are everyone aboard, the people a plane
    // or a ship carried ("with 476 people aboard").
    let mut what = what;
    if q.unit.is_none() && what != "age" {
        match joined_noun(v, last, counted_words) {
            Some(n) if what == "passenger" && matches!(n.as_str(), "crew" | "crewmember") => {
                what = "people".to_string();
            }
            Some(n) if n != what && !modifiers.contains(&n) => modifiers.push(n),
            _ => {}
        }
    }
    if let Some(g) = grade {
        if !modifiers.iter().any(|m| m == g) {
            modifiers.push(g.to_string());
        }
    }
    // "a second 7.6 magnitude tremor", "another 5.9 quake": the figure is
    // of another one of its thing than the story's, and only a figure
    // said to be of that other one is of it too.
    if let Some(m) = another_one(&v.words, first) {
        modifiers.push(m);
    }
    let own: Vec<String> = counted
        .iter()
        .flat_map(|c| crate::align::words::content_stems(c))
        .collect();
    // "an 86-yard touchdown run": the figure describes the noun after its
    // hyphenated unit.
    // The head of the noun phrase after the compound: the last of up to
    // three words before a function word or a mark ("four-time NBA
    // all-star" → "all-star", "an 86-yard touchdown run" → "run").
    // Not a number written in words ("Twenty-seven people were killed").
    let compound = (v.words[last].after.starts_with('-') || v.words[last].text.contains('-'))
        && !hyphenated_number(&v.words[last].lower);
    // An age's noun is the person's ("a 21-year-old local man" → "man"):
    // a woman is not a man of another age.
    let object = compound
        .then(|| {
            let k = last + 1 + usize::from(v.words[last].after.starts_with('-'));
            let mut head = None;
            for j in k..(k + 3).min(v.words.len()) {
                let w = &v.words[j];
                // Not a preposition WordNet also knows as a noun or verb
                // ("a 25-year-old woman near the scene").
                if crate::align::words::is_stop(&w.lower)
                    || w.text.chars().any(|c| c.is_ascii_digit())
                    || PREPOSITIONS_NOT_ACTS.contains(&w.lower.as_str())
                    || SCOPE_PREPOSITIONS.contains(&w.lower.as_str())
                {
                    break;
                }
                // An age's person is a common noun before any name or verb
                // ("36-year-old Duncan Rait died" has none).
                if what == "age"
                    && (w.text.chars().next().is_some_and(char::is_uppercase)
                        || lexicon::mostly_verb(&w.lower))
                {
                    break;
                }
                // Nor the verb after the noun ("the 74-page manifesto
                // claimed"): a past form that is mostly a verb ends it.
                if head.is_some() && w.lower.ends_with("ed") && lexicon::mostly_verb(&w.lower) {
                    break;
                }
                // Nor an adverb ("a 74-page manifesto online", "a 40-minute
                // drive nearly").
                if head.is_some() && !w.lower.contains('-') {
                    let noun = lexicon::lemmas(&w.lower).iter().any(|(p, _)| *p == 'n');
                    let adverb = w.lower.ends_with("ly") && !noun
                        || matches!(
                            w.lower.as_str(),
                            "online"
                                | "offline"
                                | "ago"
                                | "later"
                                | "earlier"
                                | "nearby"
                                | "overall"
                                | "abroad"
                                | "apiece"
                                | "alone"
                                | "together"
                                | "instead"
                        );
                    if adverb {
                        break;
                    }
                }
                // "version-the 64-bit version": a dash glued to the next
                // word is punctuation.
                let word = match w.lower.split_once('-') {
                    Some((a, b)) if crate::align::words::is_stop(b) => a.to_string(),
                    _ => w.lower.clone(),
                };
                head = Some(word);
                if breaks_after(&v.words, j) || !w.after.is_empty() || w.lower.contains('-') {
                    break;
                }
            }
            head
        })
        .flatten();
    // "a six-year prison term": the noun is the sentence itself.
    let object = object
        .filter(|o| !(prison && matches!(o.as_str(), "term" | "sentence" | "prison" | "jail")));
    let quoted = v.quotes.iter().any(|&(a, b)| a <= start && end <= b);
    // A count of outcomes is a count of the people they befell: "60
    // arrests" is "60 people were arrested", "three deaths" is "three
    // people died".
    // The outcome noun is then the act, among the act words too.
    let (what, act, act_skip) = match what.as_str() {
        // So is a toll ("a death toll of 37", "the toll rose to 67"): of
        // the dead.
        "arrest" | "death" | "injury" | "evacuation" | "rescue" | "toll"
            if modifiers.is_empty() && q.unit.is_none() =>
        {
            ("people".to_string(), Some(what.clone()), 0)
        }
        _ => (what, act, counted_words),
    };
    let kind_of = what != "age" && generic(&v.words, first, last, counted_words);
    let provisional = what == "share" && provisional(&v.words);
    // A share of those who voted is no share of the vote: "turnout was
    // nearly 62 percent" is not "Poroshenko got 24.57 per cent".
    if what == "share" && turnout(v, first) {
        modifiers.push("turnout".to_string());
    }
    let subject = Subject::of(v, first, Some(&what));
    let place = place_after(v, last).or_else(|| population_of(v, first, &what));
    // Where a distance is from, and which way.
    let (reference, bearing) = if matches!(q.unit.as_deref(), Some("km" | "m")) {
        point_after(v, last)
    } else {
        (None, None)
    };
    let age_at = what == "age" && told_at(&v.words, first);
    Some(Measure {
        kind: FactKind::Quantity,
        what: spouses(what, act.as_deref()),
        modifiers,
        object,
        act,
        acts: act_words(v, first, last, act_skip),
        done_to: Vec::new(),
        done_to_names: Vec::new(),
        aged: None,
        at_age: age_at,
        subject,
        other_event: false,
        lead: false,
        persons: v
            .names
            .iter()
            .filter(|n| {
                use crate::extract::entity::EntityKind;
                matches!(n.kind, EntityKind::Person | EntityKind::Other)
            })
            .map(|n| n.canonical.to_lowercase())
            .collect(),
        days: Vec::new(),
        provisional,
        holder: model.map(|m| format!("{m} model")).or_else(|| {
            parent_named(v, first, last)
                .or_else(|| holder(&v.words, first, last, &v.names, &v.antecedent))
        }),
        place,
        reference,
        // A bearing is a distance's on the map, not a height's or a length's.
        bearing: bearing.filter(|_| q.unit.as_deref() == Some("km")),
        scope: scope_after(v, last, counted_words)
            .or_else(|| scope_fronted(v, first))
            .or_else(|| children_apart(v, last, counted_words)),
        // A rate is per its unit: "€550,000 per week" is not "€45m a year".
        period: period(&v.words, first, last, counted_words).or_else(|| {
            rate_per(&v.words, first, last, counted_words).map(|u| match u {
                "each" => u.to_string(),
                _ => format!("per {u}"),
            })
        }),
        // A figure that leaves its noun to an earlier one counts some of
        // them ("of the 23 pirates arrested, 12 are Somali"; "112 runners
        // were treated and 9 were taken to hospital"): a part.
        // "Five of the wounded were in critical condition": the count of
        // the critically wounded, a level of its own; without a condition,
        // a part of all the wounded.
        role: if elided {
            Role::Part
        } else if partitive && grade.is_some() {
            Role::Level
        } else if kind_of {
            // "an eight magnitude quake can cause tremendous damage": a
            // kind of quake, a value no event reached.
            Role::Target
        } else {
            role(v, first, last, counted_words, Some(q))
        },
        quoted,
        context: context(&v.words, &v.names, first, last, &own),
    })
}

/// Whether the age at `first` is told as the age at its clause's act: "at
/// the age of 19", "at age 84" (not "the 38-year-old Holmes", nor "Holmes,
/// 38,", which are her age when the report was written).
fn told_at(w: &[Word], first: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).map(|i| w[i].lower.as_str());
    before(2) == Some("at") && before(1) == Some("age")
        || [before(4), before(3), before(2), before(1)]
            == [Some("at"), Some("the"), Some("age"), Some("of")]
}
