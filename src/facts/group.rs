//! Facts of different documents that measure the same thing gather into
//! fact groups, one value per document.
//!
//! Facts are blocked by story, kind and what they count or measure; inside
//! a block every pair of facts of two documents is judged ([`link`]):
//! never the same measure when their holders, roles, places, reference
//! points or outcomes differ, or when both sit in quotations (the quote rule
//! compares those); otherwise a score from the words around them, a shared
//! act and a shared claim. Only *sure* links build groups (the same holder
//! named, the same claim, or the same act in alike words), most alike
//! first, and a group takes a fact only when it stays clear of every member
//! and of their documents. A fact whose holder is unknown is sure of
//! nothing where the story names two holders of the measure.
//!
//! A document that states another value of the group's measure (another
//! fact of its own linking surely to a member, with a value the first does
//! not match) is *ambiguous* for the group: its value still counts as
//! agreeing, never as disagreeing. A third document that states both
//! values of a pair, each as a fact that can be one with that side's, tells
//! the pair apart: it is not flagged.

use super::lexicon;
use super::measure::{context_similarity, FactKind, Role};
use super::Fact;
use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

/// How two facts relate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    pub score: f64,
    /// Sure enough to be one measure: the pair may join a group.
    pub sure: bool,
    /// Strong enough to flag the pair's disagreement on its own; a sure
    /// link that is not strong flags only against a value another document
    /// corroborates.
    pub strong: bool,
}

/// Whether two acts are one: the same outcome class, or related words.
fn acts_related(a: &str, b: &str) -> bool {
    a == b || lexicon::related(a, b)
}

/// Whether two names can be one: equal, one's words among the other's
/// ("Buckley", "Robert Buckley"), or spelled one letter apart word by word
/// ("Duncan Rait", "Duncan Raite"; "Klitschko", "Klitchsko").
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    // One letter apart: a word of six letters, or of four when another
    // word of the name is spelled alike ("Duncan Rait").
    // A digit apart is another thing ("Chandrayaan-2", "Chandrayaan-3").
    let digits = |x: &str| x.chars().filter(char::is_ascii_digit).collect::<String>();
    let close = |x: &str, y: &str, anchored: bool| {
        x == y
            || digits(x) == digits(y) && {
                let n = x.chars().count().min(y.chars().count());
                (n >= 6 || anchored && n >= 4) && strsim::damerau_levenshtein(x, y) <= 1
            }
    };
    let within = |small: &[&str], large: &[&str]| {
        let anchored = small.len() >= 2 && small.iter().any(|x| large.contains(x));
        small
            .iter()
            .all(|x| large.iter().any(|y| close(x, y, anchored)))
    };
    within(&wa, &wb) || within(&wb, &wa)
}

/// Whether two names name one thing, a place's name with a word for a
/// kind of place added being another place: "Kathmandu" is not "the
/// Kathmandu Valley", nor "Gaza" "Gaza City", nor "Sichuan" "Sichuan
/// Province" when the figure is a population or a toll.
pub(crate) fn one_place(a: &str, b: &str) -> bool {
    const KINDS: &[&str] = &[
        "valley",
        "city",
        "county",
        "province",
        "state",
        "region",
        "district",
        "prefecture",
        "governorate",
        "municipality",
        "island",
        "islands",
        "bay",
        "basin",
        "metropolitan",
        "metro",
        "greater",
        "area",
        "strip",
        "peninsula",
    ];
    if !same_name(a, b) {
        return false;
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    wa.iter()
        .filter(|x| KINDS.contains(x))
        .eq(wb.iter().filter(|x| KINDS.contains(x)))
}

/// Whether the noun a figure describes ("an 86-yard run", "a 6.4-magnitude
/// earthquake") is named around the other figure: its act or its context
/// ("a magnitude 6.1 earthquake struck").
fn named_around(object: &str, other: &super::measure::Measure) -> bool {
    let stems = crate::align::words::content_stems(object);
    lexicon::SenseSet::of([object]).related(&other.acts)
        || stems
            .iter()
            .all(|s| other.context.iter().any(|(c, _)| c == s))
}

/// Whether a fact counts a named thing ("439 passengers", "two banks"),
/// not an amount of a unit ("$108 million", "100 percent") or people at
/// large, which an article counts in many ways (the injured, the marchers,
/// the crowd).
fn counted_thing(f: &Fact) -> bool {
    let counted =
        matches!(&f.detail.normalized, crate::extract::Normalized::Quantity(q) if q.unit.is_none());
    counted
        && !matches!(
            f.measure.what.as_str(),
            "" | "people" | "person" | "other" | "one" | "member" | "time" | "share"
        )
}

/// How two facts of different documents relate (None: not the same
/// measure). `same_claim`: their statements are one claim.
pub fn link(a: &Fact, b: &Fact, same_claim: bool) -> Option<Link> {
    link_with(a, b, same_claim, false, false)
}

/// Whether what two dates' acts were done to can be one thing: nothing
/// said on a side, or a word of one the same as, or related to, a word of
/// the other ("the contract", "a two-year deal"); names against names
/// ("Morningside", "Betty Ford Center"), other words against other words.
fn done_to_one(ma: &super::measure::Measure, mb: &super::measure::Measure) -> bool {
    let stems = |w: &String| crate::align::words::content_stems(w);
    let one = |a: &[String], b: &[String]| {
        a.is_empty()
            || b.is_empty()
            || a.iter()
                .any(|x| b.iter().any(|y| acts_related(x, y) || stems(x) == stems(y)))
    };
    one(&ma.done_to, &mb.done_to) && one(&ma.done_to_names, &mb.done_to_names)
}

/// Two days of one holder's one act, at most a week apart ("Reid checked
/// herself in on Tuesday", "Tara Reid checked into Promises Treatment
/// Center on Friday"): one moment told two ways, whatever else the
/// sentences say. A week bounds it: the same act of one holder months
/// apart ("entered rehab in 2006") is another time it happened. The caller
/// checks that the holders are one and that what the act was done to does
/// not differ ([`done_to_one`]).
fn one_holders_act_days(a: &Fact, b: &Fact) -> bool {
    let (ma, mb) = (&a.measure, &b.measure);
    // A day: resolved, or a weekday alone that no publication date
    // resolved (an article without one), which is some day of a week.
    let day = |f: &Fact| match &f.detail.normalized {
        crate::extract::Normalized::Date(d)
            if d.precision == crate::extract::date::Precision::Day =>
        {
            if d.resolved {
                d.start.map(Some)
            } else {
                let words = f.detail.text.split(|c: char| !c.is_alphanumeric());
                let mut weekday = false;
                for w in words.filter(|w| !w.is_empty()) {
                    if crate::calendar::month_number(w).is_some()
                        || w.chars().any(|c| c.is_ascii_digit())
                    {
                        return None;
                    }
                    weekday |= crate::calendar::weekday_number(w).is_some();
                }
                weekday.then_some(None)
            }
        }
        _ => None,
    };
    let (Some(x), Some(y)) = (day(a), day(b)) else {
        return false;
    };
    let near = match (x, y) {
        (Some(x), Some(y)) => (x - y).get_days().abs() <= 7,
        _ => true,
    };
    // A planned or expected day is not one that happened ("expected to
    // appear in court next Monday", "charges that are expected Friday").
    // The one person is named on both sides, or as the one the act was
    // done to on one side and the holder on the other.
    let one_person =
        ma.holder.is_some() && mb.holder.is_some() || done_to(ma, mb) || done_to(mb, ma);
    near && ma.role == Role::Level
        && one_person
        && matches!((&ma.act, &mb.act), (Some(p), Some(q)) if acts_related(p, q))
}

/// Whether the act of `m` was done to the holder of `other`: a word of
/// the name after its act ("killed Grigoropoulos") is a word of the other
/// side's holder ("Alexis Grigoropoulos").
fn done_to(m: &super::measure::Measure, other: &super::measure::Measure) -> bool {
    other.holder.as_ref().is_some_and(|h| {
        let h = h.to_lowercase();
        m.done_to_names
            .iter()
            .chain(&m.done_to)
            .any(|n| h.split_whitespace().any(|w| w == n))
    })
}

/// [`link`], where `lone` says both facts are the only ones of their kind
/// and what in two statements of one claim: then the claim pairs them,
/// whatever words stand around them ("some 5,000 people attended", "a
/// crowd of 12,000 people listened"). `doc_lone` says both facts are the
/// only ones of their kind and what in their documents (a figure that
/// describes a noun, "a 74-page manifesto", the only one at all).
pub fn link_with(a: &Fact, b: &Fact, same_claim: bool, lone: bool, doc_lone: bool) -> Option<Link> {
    let (ma, mb) = (&a.measure, &b.measure);
    if ma.kind != mb.kind || ma.what != mb.what || ma.role != mb.role {
        return None;
    }
    if ma.quoted && mb.quoted {
        return None;
    }
    // An estimate or a partial count is its hour's and its source's: not
    // the figure another outlet gives.
    if ma.provisional || mb.provisional {
        return None;
    }
    // An age is a person's: the same person named is all it takes, and
    // nothing else is. So is the number of a parent's children ("a mother
    // of 12"), once the parent is named on both sides.
    if ma.what == "child" && mb.what == "child" {
        if let (Some(x), Some(y)) = (&ma.holder, &mb.holder) {
            if same_name(x, y) && ma.role == Role::Level {
                return Some(Link {
                    score: 1.0,
                    sure: true,
                    strong: true,
                });
            }
        }
    }
    if ma.what == "age" {
        // An age at an act's moment ("founded Theranos at the age of 19")
        // is the age then: one told at another act, or with none named
        // ("the 38-year-old Holmes"), is of another moment. "Died at age
        // 84" and "Smith, 83, died" are of one.
        if (ma.at_age || mb.at_age)
            && !matches!((&ma.act, &mb.act), (Some(x), Some(y)) if acts_related(x, y))
        {
            return None;
        }
        return match (&ma.holder, &mb.holder) {
            (Some(x), Some(y)) if same_name(x, y) => Some(Link {
                score: 1.0,
                sure: true,
                strong: true,
            }),
            (Some(_), Some(_)) => None,
            // Persons named on neither side, of one act ("a 19-year-old
            // man has been arrested", "officers detained a 21-year-old
            // local man"): the one person that act was done to, unless
            // the nouns say a woman and a man. Sure, never strong: a
            // story may tell two arrests, so a third outlet must agree.
            (None, None) => {
                let gender = |m: &super::measure::Measure| {
                    m.object.as_deref().and_then(super::gender::of_noun)
                };
                let (ga, gb) = (gender(ma), gender(mb));
                if ga.is_some() && gb.is_some() && ga != gb {
                    return None;
                }
                // Told on two days: two persons ("a 29-year-old climber
                // died on Friday", "a 41-year-old climber died on Monday").
                if ma.period != mb.period {
                    return None;
                }
                let one_act =
                    matches!((&ma.act, &mb.act), (Some(x), Some(y)) if acts_related(x, y));
                Some(Link {
                    score: if one_act { 1.0 } else { 0.0 },
                    sure: one_act && ma.role == Role::Level && !ma.quoted && !mb.quoted,
                    strong: false,
                })
            }
            _ => Some(Link {
                score: 0.0,
                sure: false,
                strong: false,
            }),
        };
    }
    // Two holders are two, but for a date of an act done to one of them
    // ("Korkoneas killed Grigoropoulos on Sunday", "the fatal shooting of
    // Alexis Grigoropoulos on Saturday").
    if let (Some(x), Some(y)) = (&ma.holder, &mb.holder) {
        if !one_place(x, y) && !(ma.kind == FactKind::Date && (done_to(ma, mb) || done_to(mb, ma)))
        {
            return None;
        }
    }
    // Persons of different ages are two persons ("a 29-year-old climber
    // fell 200 metres", "a 41-year-old climber fell 300 metres"); the same
    // person named on both sides is one, and a difference in age is then a
    // finding of its own.
    if let (Some(x), Some(y)) = (ma.aged, mb.aged) {
        if x != y && !(ma.holder.is_some() && mb.holder.is_some()) {
            return None;
        }
    }
    // Someone's relation is not the person named on the other side: "his
    // co-defendant received three years", "Hobbs received eight years".
    if ma.holder.is_none() && ma.subject.possessed && mb.holder.is_some()
        || mb.holder.is_none() && mb.subject.possessed && ma.holder.is_some()
    {
        return None;
    }
    // A death toll is the story's count of its dead: two outlets' tolls
    // are one measure, whatever words stand around them ("the death toll
    // stood at 59", "by Thursday night the toll from the blaze had risen
    // to 67"); sure, not strong, since a later report's toll may be an
    // update. The toll, not the clause's subject, says what it counts.
    let tolls = ma.act.as_deref() == Some("toll") && mb.act.as_deref() == Some("toll");
    // Figures of unrelated subjects, neither holder named: "the county
    // has spent $1.2 million", "the state has spent $800,000".
    if let (None, None, Some(x), Some(y)) =
        (&ma.holder, &mb.holder, &ma.subject.noun, &mb.subject.noun)
    {
        if !tolls && !acts_related(x, y) {
            return None;
        }
    }
    // A figure of another event than its story's is not one of the
    // story's own.
    if ma.other_event != mb.other_event {
        return None;
    }
    // Two subjects named and no holder read on either side: two holders,
    // whatever kind the names are ("Chandrayaan-2, which had a budget of
    // $96.5 million", "the film Gravity was made on a budget of $100
    // million").
    if let (None, None, Some(x), Some(y)) =
        (&ma.holder, &mb.holder, &ma.subject.name, &mb.subject.name)
    {
        if !one_place(x, y) {
            return None;
        }
    }
    // A holder on one side, a subject named on the other, one a kind of
    // place the other is not: "Dravan has a population of 900,000", "the
    // Dravan Valley is populated with 2 million".
    for (h, n) in [
        (&ma.holder, &mb.subject.name),
        (&mb.holder, &ma.subject.name),
    ] {
        if let (Some(h), Some(n)) = (h, n) {
            if same_name(h, n) && !one_place(h, n) {
                return None;
            }
        }
    }
    for (x, y) in [(&ma.place, &mb.place), (&ma.reference, &mb.reference)] {
        if let (Some(x), Some(y)) = (x, y) {
            if !one_place(x, y) {
                return None;
            }
        }
    }
    // The acts name different outcomes: "killed" is not "injured", and
    // "about 200 workers were forced to evacuate" is not "two workers died".
    if let (Some(x), Some(y)) = (&ma.act, &mb.act) {
        if let (Some(cx), Some(cy)) = (lexicon::outcome_class(x), lexicon::outcome_class(y)) {
            if cx != cy {
                return None;
            }
        }
    }
    // (A toll's own words say its outcome: "had risen to 67" is the toll's
    // rise, not an outcome of its own.)
    if !tolls && ma.acts.different_outcomes(&mb.acts) {
        return None;
    }
    // What a figure takes in or leaves out: "4.2 billion euros including
    // debt" is not "3.1 billion euros, excluding debt".
    let takes = |p: &str| p == "including" || p == "excluding";
    match (&ma.scope, &mb.scope) {
        (Some((pa, ha)), Some((pb, hb)))
            if !(same_name(ha, hb) || (pa == pb && acts_related(ha, hb)))
                || (takes(pa) || takes(pb)) && pa != pb =>
        {
            return None;
        }
        // A count of occasions on one side only ("30 yards on six carries"
        // against "404 yards"): a part of the season, not the season.
        (Some((p, _)), None) | (None, Some((p, _))) if p.ends_with(" n") => return None,
        // "$12 billion including debt": what one side takes in, the other
        // may not.
        (Some((p, _)), None) | (None, Some((p, _))) if p == "including" || p == "excluding" => {
            return None
        }
        _ => {}
    }
    // A figure "for" a person ("Manchester United's 98 million euro deal
    // for Paul Pogba") is that person's: a statement that names persons
    // and not that one ("PSG sign Neymar in world-record €222m deal")
    // tells of another's. The payer named is no other ("Manchester United
    // paid €105m").
    let for_person = |m: &super::measure::Measure| {
        m.scope
            .as_ref()
            .filter(|(p, n)| p == "for" && m.persons.contains(n))
            .map(|(_, n)| n.clone())
    };
    for (x, y) in [(ma, mb), (mb, ma)] {
        if let (Some(n), None) = (for_person(x), &y.scope) {
            if !y.persons.is_empty() && !y.persons.iter().any(|p| same_name(p, &n)) {
                return None;
            }
        }
    }
    // The noun a figure describes ("an 86-yard run") on one side only, or
    // two unrelated ones: a play is not a total, a run is not a pass.
    // A score's noun ("a 3-1 win") says nothing of which game.
    let (oa, ob) = if ma.what == "score" {
        (&None, &None)
    } else {
        (&ma.object, &mb.object)
    };
    match (oa, ob) {
        (Some(x), Some(y)) if !acts_related(x, y) => return None,
        (Some(o), None) if !named_around(o, mb) => return None,
        (None, Some(o)) if !named_around(o, ma) => return None,
        _ => {}
    }
    if ma.period != mb.period {
        return None;
    }
    // A rate is of a moment: two days named, two readings.
    if !ma.days.is_empty() && !mb.days.is_empty() && ma.days.iter().all(|d| !mb.days.contains(d)) {
        return None;
    }
    // A counted noun's modifier ("career points") must be said of the
    // other figure too, in its counted words or around it.
    let said = |mods: &[String], other: &super::measure::Measure| {
        mods.iter().all(|m| {
            other.modifiers.contains(m)
                || crate::align::words::content_stems(m)
                    .iter()
                    .all(|s| other.context.iter().any(|(c, w)| c == s && *w >= 0.2))
        })
    };
    if !said(&ma.modifiers, mb) || !said(&mb.modifiers, ma) {
        return None;
    }
    // A date is the time of its act: two known acts that are not one make
    // two dates ("sentenced on Saturday", "the March 11, 2005 shootings"),
    // and a date whose act is unknown is sure of nothing against one whose
    // act is known.
    let date_acts = ma.kind == FactKind::Date;
    let one_act_known = ma.act.is_some() != mb.act.is_some();
    // Acts done to unrelated things ("signed the contract on Saturday",
    // "on Monday, signed the petition"): two moments, even in one claim.
    if date_acts && !done_to_one(ma, mb) {
        return None;
    }
    if date_acts {
        if let (Some(x), Some(y)) = (&ma.act, &mb.act) {
            if !acts_related(x, y) && !ma.acts.related(&mb.acts) {
                return None;
            }
        }
    }
    // Game statistics and spans of time are many measures in one story
    // (a play, a game, a season, a career; days until one thing, days
    // since another): only the same claim, or the same holder with the
    // same act, says two are one.
    // Clock times and dates too: a story tells the time of many moments
    // (the crash, the arrest, the release, the trial), and a game's clock
    // at every play; a date needs its act named on both sides and one, and
    // a claim or a holder that says it is the same moment, not alike words
    // around two weekdays of one story.
    let clock = crate::extract::clock::is_clock(&ma.what);
    let many = date_acts || is_span(&ma.what) || ma.what == "score" || clock;
    // Players' statistics are not compared at all: a game report's "15
    // points" may be of this game or the last, and nothing in the sentence
    // tells which.
    if is_statistic(&ma.what) {
        return None;
    }
    // A span or a score on its own says nothing of what it spans: the
    // claim pairs two only when their acts are one.
    // Both acts named and one, or neither named ("14 months in the post").
    // Not for a time of day, of which a story tells many moments, unless
    // the words around the two are alike ("landfall came at around 4 am
    // near Grand Isle", "the eye crossed the coast near Grand Isle at about
    // 7 am"; not "around 11:45 pm, there was a massive explosion" and "the
    // fire came under control around 11 pm", even in one claim).
    let context = context_similarity(&ma.context, &mb.context);
    let named_act = match (&ma.act, &mb.act) {
        (Some(x), Some(y)) => acts_related(x, y),
        (None, None) => !clock || context >= CLOCK_CONTEXT,
        _ => false,
    };
    let acts_one = !many || named_act;
    if same_claim && lone && acts_one && !(date_acts && one_act_known) {
        return Some(Link {
            score: 2.0,
            sure: true,
            strong: true,
        });
    }
    // The words of the act around each value: a shared one makes them one
    // act; words on both sides and none shared make them two.
    let act_related = ma.acts.related(&mb.acts);
    let act_differs = !act_related && !ma.acts.is_empty() && !mb.acts.is_empty();
    let same_holder = matches!((&ma.holder, &mb.holder), (Some(_), Some(_)));
    // A claim is paraphrased sentences, and a sentence may give several
    // figures or dates: the claim ties two of them only when the words
    // around them, or their named acts, are alike too.
    let claim_tie =
        same_claim && (context >= 0.2 || act_related && ma.act.is_some() && mb.act.is_some());
    let score = context
        + if act_related { 0.3 } else { 0.0 }
        + if same_holder { 0.3 } else { 0.0 }
        + if same_claim { 0.3 } else { 0.0 }
        - if act_differs { 0.3 } else { 0.0 };
    // A date is the time of the act it hangs on: the nearest acts must be
    // one ("placed on the injured list on Wednesday" is not "tweaked his
    // knee last Thursday"); "on Tuesday" alone says nothing.
    let held_day = date_acts && one_holders_act_days(a, b);
    // So is a time of day of one holder's one named act on one day (its
    // period, see `facts::days_as_periods`): "Williams, 32, was
    // arrested around 1:30 a.m.", "officers arrested Jamal Williams at
    // around 2:45 a.m." The words around may differ entirely.
    // And the time of the story's own event, the act both leads tell
    // ("the collision happened at 11:20 pm", "the trains collided at about
    // 11:50 pm"), when no holder says they are two.
    let held_time = crate::extract::clock::is_time_of_day(&ma.what)
        && ma.role == Role::Level
        && (same_holder || ma.lead && mb.lead && ma.holder.is_none() && mb.holder.is_none())
        && matches!((&ma.act, &mb.act), (Some(p), Some(q)) if acts_related(p, q));
    let held_day = held_day || held_time;
    // The noun a figure describes names its measure ("a 74-page manifesto",
    // "the release of a 37-page manifesto"), whatever act the clause tells,
    // when that figure is the only one of its kind each article gives.
    let one_object = doc_lone
        && !many
        && ma.kind == FactKind::Quantity
        && matches!((&ma.object, &mb.object), (Some(x), Some(y)) if acts_related(x, y));
    // A distance from one named point, the only distance each article
    // gives ("about 380 kilometers north of Athens", "a valley with a
    // railway tunnel about 300 kilometers north of Athens"): where the
    // story's place lies from that city, whatever verb the clause has.
    // Not when the two lie in other directions: that is a finding of its
    // own (`compare::bearing`), or two places.
    let from_one_point = doc_lone
        && ma.kind == FactKind::Quantity
        && matches!((&ma.reference, &mb.reference), (Some(x), Some(y)) if one_place(x, y))
        && match (ma.bearing, mb.bearing) {
            (Some(x), Some(y)) => x.turn(&y) < 45.0,
            (None, None) => true,
            _ => false,
        };
    let one_object = one_object || from_one_point;
    let date_act = ma.kind != FactKind::Date
        || claim_tie
        || held_day
        || matches!((&ma.act, &mb.act), (Some(x), Some(y)) if acts_related(x, y)) && context >= 0.4;
    // A team's record changes with every game: only the same claim says
    // two records are of one moment.
    if ma.what == "record" && !claim_tie {
        return None;
    }
    // Two days of one holder's one named act: the words around them may
    // name other acts of the sentence ("Reid apparently felt she needed to
    // be checked in").
    let sure = (!act_differs || held_day || one_object)
        && date_act
        && !(date_acts && one_act_known)
        && if many {
            // The act must be named on both sides and be one (two clock
            // times with no act named are two moments of one holder: "tied
            // Ford with 14:05 left", "with 7:41 to go").
            named_act && (claim_tie || held_day || same_holder && context >= 0.35)
        } else {
            // Alike words alone are not one measure: a story repeats its
            // phrases of many moments ("set off from the vigil site" each
            // night), so a shared claim, holder or act must say it too.
            claim_tie
                || one_object
                || tolls
                || (same_holder && (act_related || context >= 0.2))
                || (act_related && context >= 0.35)
                // The one count of a thing each of two articles gives
                // ("carrying 439 passengers", "more than 450 passengers
                // were aboard"), with no act on either side against it:
                // one measure, though not one sure enough to flag alone.
                || doc_lone
                    && ma.object.is_none()
                    && mb.object.is_none()
                    && counted_thing(a)
                    && counted_thing(b)
                    && (act_related || ma.acts.is_empty() || mb.acts.is_empty())
                    && (context >= 0.2 || !other_subject(ma, mb))
        };
    // Alike enough that a lone pair may be flagged: the same claim, the
    // one figure each article gives of one described thing ("a 74-page
    // manifesto", "a 37-page manifesto"), or the
    // same act in alike words. Nearly the same words alone are not: a
    // story that repeats itself ("set off from the vigil site" each night)
    // says them of many moments. (No judged true pair on real news, nor
    // any story of the suites, was flagged by words alone.)
    let strong = sure && (claim_tie || !many && act_related && context >= 0.45 || one_object);
    Some(Link {
        score,
        sure,
        strong,
    })
}

/// How alike the words around two times of day with no act named must be
/// for them to be one moment.
const CLOCK_CONTEXT: f64 = 0.15;

/// Whether one side names the holder and the other only a common noun
/// as the subject ("the ruling coalition won 92 seats", "the Social
/// Democrats took 61 seats and their Green partners 31"): maybe the same,
/// maybe not, so being each article's one count is not enough to make
/// them one measure without alike words around them ("the plane had 146
/// passengers and six crew", "the Airbus A320 was carrying 164 passengers
/// and six crew").
fn other_subject(ma: &super::measure::Measure, mb: &super::measure::Measure) -> bool {
    match (&ma.holder, &mb.holder) {
        (Some(_), None) => mb.subject.noun.is_some(),
        (None, Some(_)) => ma.subject.noun.is_some(),
        _ => false,
    }
}

/// Up to this many facts of one role and period in a block, every pair of
/// two documents is judged; above it (a story of hundreds of articles),
/// each fact only with its [`NEAR`] nearest, so that alignment grows with
/// the facts, not with their pairs.
const EXACT: usize = 300;
/// How many nearest facts of other documents a fact of a large block is
/// judged with.
const NEAR: usize = 24;
/// How many members of a group a joining group is checked against in a
/// large block.
const CORE: usize = 12;

/// The pairs of a large block worth judging: for each fact, the [`NEAR`]
/// facts of other documents that share the most weight of words around the
/// value, or its claim. `docs`: local fact indices by document. A word or
/// claim shared by many facts adds weight only between neighbours in its
/// list, which keeps the cost linear and still chains them all together.
fn nearest(
    facts: &[Fact],
    block: &[usize],
    docs: &ByDoc,
    claim_of: &[usize],
) -> Vec<(usize, usize)> {
    let mut lists: BTreeMap<(usize, &str), Vec<(usize, f64)>> = BTreeMap::new();
    for list in docs.values() {
        for &i in list {
            let f = &facts[block[i]];
            for (w, weight) in &f.measure.context {
                lists
                    .entry((usize::MAX, w.as_str()))
                    .or_default()
                    .push((i, *weight));
            }
            lists
                .entry((claim_of[f.statement], ""))
                .or_default()
                .push((i, 3.0));
        }
    }
    let mut weights: HashMap<usize, HashMap<usize, f64>> = HashMap::default();
    for list in lists.values() {
        let reach = if list.len() <= 4 * NEAR {
            list.len()
        } else {
            NEAR / 2
        };
        for (p, &(i, wi)) in list.iter().enumerate() {
            for &(j, wj) in list.iter().skip(p + 1).take(reach) {
                if facts[block[i]].doc != facts[block[j]].doc {
                    *weights.entry(i).or_default().entry(j).or_default() += wi * wj;
                    *weights.entry(j).or_default().entry(i).or_default() += wi * wj;
                }
            }
        }
    }
    let mut out = Vec::new();
    for (&i, near) in &weights {
        let mut ranked: Vec<(f64, usize)> = near.iter().map(|(&j, &s)| (s, j)).collect();
        ranked.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        out.extend(
            ranked
                .into_iter()
                .take(NEAR)
                .map(|(_, j)| (i.min(j), i.max(j))),
        );
    }
    out
}

/// What game reports count for a player or a team: one story gives it for
/// a play, a game, a season and a career.
const STATISTICS: &[&str] = &[
    "point",
    "yard",
    "touchdown",
    "rebound",
    "assist",
    "steal",
    "block",
    "blocked shot",
    "rbi",
    "run",
    "hit",
    "homer",
    "home run",
    "goal",
    "save",
    "strikeout",
    "inning",
    "carry",
    "reception",
    "catch",
    "pass",
    "interception",
    "sack",
    "tackle",
    "game",
    "start",
    "appearance",
    "shot",
    "basket",
    "three-pointer",
    "free throw",
    "field goal",
    "turnover",
    "foul",
    "lap",
    "wicket",
    "birdie",
    "win",
    "loss",
    "victory",
    "defeat",
    "match",
];

fn is_statistic(what: &str) -> bool {
    STATISTICS.contains(&what)
}

/// Spans of time: "nine days" before one thing and "30 days" until another
/// are both days of the story.
fn is_span(what: &str) -> bool {
    matches!(
        what,
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century"
    )
}

/// A group of facts of one measure: member fact indices (one per
/// document), the members that are ambiguous (see the module docs), and the
/// pairs of members whose disagreement may be flagged.
pub struct Grouped {
    pub members: Vec<usize>,
    pub ambiguous: Vec<usize>,
    /// Pairs of fact indices (smaller first): linked strongly, or surely
    /// with one of the two values corroborated by a third document.
    pub confident: Vec<(usize, usize)>,
}

/// Local fact indices of a block by document.
type ByDoc = BTreeMap<usize, Vec<usize>>;

/// Groups the facts of one block (fact indices `block`, same story, kind
/// and what). `claim_of` gives each statement's claim; `unsure` the facts
/// that are sure of nothing (see [`unsure`]); `overlaps(a, b)` whether two
/// facts' values can be the same.
pub fn group_block(
    facts: &[Fact],
    block: &[usize],
    claim_of: &[usize],
    unsure: &[bool],
    overlaps: &dyn Fn(&Fact, &Fact) -> bool,
) -> Vec<Grouped> {
    let n = block.len();
    // How many facts of the block each statement holds.
    let mut per_statement: HashMap<usize, usize> = HashMap::default();
    let mut per_doc: HashMap<usize, usize> = HashMap::default();
    let mut per_doc_all: HashMap<usize, usize> = HashMap::default();
    for &f in block {
        *per_doc_all.entry(facts[f].doc).or_default() += 1;
        *per_statement.entry(facts[f].statement).or_default() += 1;
        // A figure that describes a noun ("the 120-seat parliament") is no
        // count of the block's thing: it does not make a document's count
        // one of two.
        if facts[f].measure.object.is_none() {
            *per_doc.entry(facts[f].doc).or_default() += 1;
        }
    }
    // Links between facts of different documents: the block's facts by
    // document and by what a link requires equal (role, period), so that
    // one long article, or many facts of another role, costs no pairs.
    let mut by_doc: BTreeMap<(Role, Option<&str>), ByDoc> = BTreeMap::new();
    for (i, &f) in block.iter().enumerate() {
        let m = &facts[f].measure;
        by_doc
            .entry((m.role, m.period.as_deref().filter(|_| m.what != "age")))
            .or_default()
            .entry(facts[f].doc)
            .or_default()
            .push(i);
    }
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    let mut large = false;
    for docs in by_doc.values() {
        let size: usize = docs.values().map(Vec::len).sum();
        if size > EXACT {
            large = true;
            candidates.extend(nearest(facts, block, docs, claim_of));
            continue;
        }
        let docs: Vec<&Vec<usize>> = docs.values().collect();
        for (x, first) in docs.iter().enumerate() {
            for second in &docs[x + 1..] {
                for &i in first.iter() {
                    candidates.extend(second.iter().map(|&j| (i.min(j), i.max(j))));
                }
            }
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    let mut links: HashMap<(usize, usize), Link> = HashMap::default();
    // The one count of the block's thing its document gives; for a figure
    // that describes a noun, its document's one figure of the block.
    let lone_in = |f: &Fact| {
        if f.measure.object.is_none() {
            per_doc.get(&f.doc) == Some(&1)
        } else {
            per_doc_all.get(&f.doc) == Some(&1)
        }
    };
    for (i, j) in candidates {
        {
            let (a, b) = (&facts[block[i]], &facts[block[j]]);
            let same_claim = claim_of[a.statement] == claim_of[b.statement];
            let lone =
                same_claim && per_statement[&a.statement] == 1 && per_statement[&b.statement] == 1;
            let doc_lone = lone_in(a) && lone_in(b);
            if let Some(l) = link_with(a, b, same_claim, lone, doc_lone) {
                links.insert((i, j), l);
            }
        }
    }
    let get = |i: usize, j: usize| links.get(&(i.min(j), i.max(j))).copied();
    let unsure: Vec<bool> = block.iter().map(|&f| unsure[f]).collect();
    let sure = |i: usize, j: usize| get(i, j).is_some_and(|l| l.sure) && !unsure[i] && !unsure[j];
    // Most alike first; ties broken by the facts' words, not their places,
    // so that renaming or reordering the documents changes nothing.
    let key = |i: usize| {
        let f = &facts[block[i]];
        (f.detail.text.as_str(), f.detail.start)
    };
    let mut pairs: Vec<(f64, usize, usize)> = links
        .iter()
        .filter(|(&(i, j), _)| sure(i, j))
        .map(|(&(i, j), l)| (l.score, i, j))
        .collect();
    pairs.sort_by(|x, y| {
        let (kx, ky) = (
            (key(x.1).min(key(x.2)), key(x.1).max(key(x.2))),
            (key(y.1).min(key(y.2)), key(y.1).max(key(y.2))),
        );
        y.0.total_cmp(&x.0)
            .then(kx.cmp(&ky))
            .then(x.1.cmp(&y.1))
            .then(x.2.cmp(&y.2))
    });
    let mut group_of: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (_, i, j) in pairs {
        let (gi, gj) = (group_of[i], group_of[j]);
        if gi == gj {
            continue;
        }
        let docs = |g: usize| -> BTreeSet<usize> {
            members[g].iter().map(|&m| facts[block[m]].doc).collect()
        };
        if !docs(gi).is_disjoint(&docs(gj)) {
            continue;
        }
        // Every pair across the two groups must be able to be one measure
        // (in a large block, where only near pairs were judged, the first
        // members of each: the group's core).
        let core = |g: usize| {
            &members[g][..if large {
                members[g].len().min(CORE)
            } else {
                members[g].len()
            }]
        };
        let clear = core(gi)
            .iter()
            .all(|&x| core(gj).iter().all(|&y| get(x, y).is_some()));
        if !clear {
            continue;
        }
        let moved = std::mem::take(&mut members[gj]);
        for &m in &moved {
            group_of[m] = gi;
        }
        members[gi].extend(moved);
    }
    let mut same_doc: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, &f) in block.iter().enumerate() {
        same_doc.entry(facts[f].doc).or_default().push(i);
    }
    // A third document that states both values, each as a fact that can
    // be one with the pair's fact of that value, tells the two apart: for
    // that outlet they are two things ("86 yards" on one run, "226 yards"
    // in the game; "nine points" needed, "20" scored). One outlet against
    // another is then no disagreement the tool can stand behind. Only the
    // documents that give two or more values of the block can do so.
    let multi: Vec<(usize, &Vec<usize>)> = same_doc
        .iter()
        .filter(|(_, locals)| locals.len() >= 2)
        .map(|(&d, locals)| (d, locals))
        .collect();
    let told_apart_in = |g: &[usize]| -> BTreeSet<(usize, usize)> {
        let mut apart = BTreeSet::new();
        for &(d, locals) in &multi {
            // For each of the document's facts, the members of other
            // documents it can be one with, at their value.
            let with: Vec<Vec<usize>> = locals
                .iter()
                .map(|&x| {
                    let fx = &facts[block[x]];
                    g.iter()
                        .copied()
                        .filter(|&i| {
                            let fi = &facts[block[i]];
                            fi.doc != d && overlaps(fx, fi) && get(x, i).is_some()
                        })
                        .collect()
                })
                .collect();
            for (a, &x) in locals.iter().enumerate() {
                for (b, &y) in locals.iter().enumerate() {
                    let (fx, fy) = (&facts[block[x]], &facts[block[y]]);
                    if a == b || overlaps(fx, fy) {
                        continue;
                    }
                    for &i in &with[a] {
                        for &j in &with[b] {
                            let (fi, fj) = (&facts[block[i]], &facts[block[j]]);
                            if i != j && !overlaps(fx, fj) && !overlaps(fy, fi) {
                                apart.insert((i.min(j), i.max(j)));
                            }
                        }
                    }
                }
            }
        }
        apart
    };
    let mut out = Vec::new();
    for g in members.into_iter().filter(|g| g.len() >= 2) {
        let mut ambiguous = Vec::new();
        for &m in &g {
            let f = &facts[block[m]];
            // Another fact of this document, sure of some other member,
            // with a value this one does not match.
            // Another fact of this document, sure of some other member, with
            // a value this one does not match; or, for a figure that
            // classifies a thing ("the 32-bit version"), another value for
            // a thing of the same kind: then the figure is a label.
            let other = same_doc[&f.doc].iter().any(|&k| {
                let h = &facts[block[k]];
                k != m
                    && !overlaps(h, f)
                    && (g.iter().any(|&o| o != m && sure(k, o))
                        || matches!((&h.measure.object, &f.measure.object), (Some(x), Some(y)) if acts_related(x, y)))
            });
            if other {
                ambiguous.push(block[m]);
            }
        }
        // Which disagreements may be flagged: a strong link, or a sure one
        // where a third document's value matches one side (two outlets
        // against one is a disagreement; one against one may be two
        // measures the words around them did not tell apart).
        let apart = told_apart_in(&g);
        let mut confident = Vec::new();
        for (x, &i) in g.iter().enumerate() {
            for &j in &g[x + 1..] {
                let Some(l) = get(i, j) else { continue };
                let corroborated = || {
                    g.iter().any(|&k| {
                        k != i
                            && k != j
                            && (overlaps(&facts[block[k]], &facts[block[i]])
                                || overlaps(&facts[block[k]], &facts[block[j]]))
                    })
                };
                if (l.strong || sure(i, j) && corroborated())
                    && !apart.contains(&(i.min(j), i.max(j)))
                {
                    let (a, b) = (block[i], block[j]);
                    confident.push((a.min(b), a.max(b)));
                }
            }
        }
        confident.sort_unstable();
        let mut members: Vec<usize> = g.iter().map(|&m| block[m]).collect();
        members.sort_by_key(|&f| (facts[f].doc, facts[f].statement, facts[f].detail.start));
        ambiguous.sort_unstable();
        out.push(Grouped {
            members,
            ambiguous,
            confident,
        });
    }
    out
}

/// The role's words for a measure's name.
pub fn role_words(role: Role) -> &'static str {
    match role {
        Role::Level => "",
        Role::Part => "part",
        Role::Total => "total",
        Role::Change => "change",
        Role::Old => "earlier value",
        Role::Rate => "rate",
        Role::Increment => "increase",
        Role::Target => "target",
        Role::Past => "earlier period",
        Role::Remaining => "remaining",
        Role::Peak => "peak",
    }
}

/// Facts without a holder that could be the measure of two different
/// holders named anywhere in the run (facts of the same kind and what whose
/// act words they share): "the man fell 2,000ft" where one climber fell
/// 2,000ft and another 200ft. They are sure of nothing.
pub fn unsure(facts: &[Fact]) -> Vec<bool> {
    use std::collections::BTreeMap;
    let mut held: BTreeMap<(FactKind, &str), Vec<usize>> = BTreeMap::new();
    for (i, f) in facts.iter().enumerate() {
        if f.measure.holder.is_some() {
            held.entry((f.measure.kind, f.measure.what.as_str()))
                .or_default()
                .push(i);
        }
    }
    // Facts with the same act words get the same answer.
    let mut known: HashMap<(FactKind, &str, String), bool> = HashMap::default();
    facts
        .iter()
        .map(|f| {
            if f.measure.holder.is_some() {
                return false;
            }
            let Some(list) = held.get(&(f.measure.kind, f.measure.what.as_str())) else {
                return false;
            };
            let key = (
                f.measure.kind,
                f.measure.what.as_str(),
                f.measure.acts.signature(),
            );
            if let Some(&answer) = known.get(&key) {
                return answer;
            }
            let answer = two_holders(facts, list, f);
            known.insert(key, answer);
            answer
        })
        .collect()
}

/// Whether the facts `list` (with holders) name two holders of `f`'s act.
fn two_holders(facts: &[Fact], list: &[usize], f: &Fact) -> bool {
    let mut holders: Vec<&str> = Vec::new();
    // A bounded look: two holders are all it takes.
    for &j in list.iter().take(4000) {
        let g = &facts[j].measure;
        if !g.acts.related(&f.measure.acts) {
            continue;
        }
        let h = g.holder.as_deref().unwrap_or("");
        if !holders.iter().any(|x| same_name(x, h)) {
            holders.push(h);
            if holders.len() >= 2 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{one_place, same_name};

    #[test]
    fn names_a_letter_apart_are_one_and_a_digit_apart_two() {
        assert!(same_name("Duncan Rait", "Duncan Raite"));
        assert!(same_name("Buckley", "Robert Buckley"));
        assert!(!same_name("Chandrayaan-2", "Chandrayaan-3"));
        assert!(!same_name("Falcon 9", "Falcon 1"));
        // A kind of place added names another place.
        assert!(!one_place("Kathmandu", "Kathmandu Valley"));
        assert!(!one_place("Mexico", "Mexico City"));
        assert!(one_place("Kathmandu Valley", "the Kathmandu Valley"));
        assert!(one_place("Lahaina", "Lahaina"));
    }
}
