//! Facts: every figure and date of a statement read as the value of a
//! *measure* (what it counts or times, whose it is, its role, where), and
//! the facts of different documents of a story that measure the same thing
//! gathered into fact groups, one value per document. Compare judges the
//! groups: sources disagree on facts, and two outlets rarely write the same
//! sentence, so the values are aligned by what they measure, not by the
//! sentences they stand in.
//!
//! ```text
//!  details ─▶ measures ─▶ blocks ─▶ links ─▶ fact groups
//!            (measure)   (story,   (group)   one value per document,
//!                        kind,               ambiguous documents marked
//!                        what)
//! ```

pub mod extra;
pub mod gender;
pub mod group;
pub mod holder;
pub mod lexicon;
pub mod measure;
pub mod surnames;
pub mod text;

use crate::align::ClaimGraph;
use crate::extract::entity::EntityKind;
use crate::extract::quantity::Quantity;
use crate::extract::{Detail, DetailKind, Normalized};
use holder::{Antecedents, Gender, Name};
use measure::{FactKind, Measure, Role, StatementView};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// A value of a measure, read from one statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub statement: usize,
    pub doc: usize,
    /// The detail holding the value. Ages in apposition ("Buckley, 32,")
    /// are read by this stage and have a detail of their own here.
    pub detail: Detail,
    pub measure: Measure,
}

/// Facts of different documents of one story that measure one thing.
#[derive(Debug, Clone, PartialEq)]
pub struct FactGroup {
    /// `m1`, `m2`, … in order of the first fact.
    pub id: String,
    pub kind: FactKind,
    /// Fact indices, one per document, in document order.
    pub facts: Vec<usize>,
    /// Members whose document gives another value of this measure too:
    /// they count as agreeing, never as disagreeing.
    pub ambiguous: Vec<usize>,
    /// Pairs of members (fact indices, smaller first) whose disagreement
    /// may be flagged: linked strongly, or one side corroborated by a third
    /// document. Other pairs that differ are only compatible.
    pub confident: Vec<(usize, usize)>,
    /// The measure in plain words ("metres fallen, Robert Buckley").
    pub measure: String,
}

/// The claim graph with its facts and fact groups: what compare judges.
#[derive(Debug, Clone)]
pub struct Facts {
    pub graph: ClaimGraph,
    pub facts: Vec<Fact>,
    pub groups: Vec<FactGroup>,
}

/// Reporting verbs: a date right after one is when something was said
/// ("said on Tuesday"), not when it happened.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "announced",
    "told",
    "confirmed",
    "reported",
    "stated",
    "added",
    "explained",
    "tweeted",
    "wrote",
    "reports",
    "announces",
    "confirms",
    "tells",
    "posted",
    "published",
    "updated",
    "filed",
    "revealed",
    "repeated",
    "reiterated",
];

/// Reads the facts of every statement and groups them.
pub fn facts(graph: ClaimGraph) -> Facts {
    let facts = read(&graph);
    let groups = gather(&graph, &facts);
    Facts {
        graph,
        facts,
        groups,
    }
}

/// The names of a statement (spans relative to it).
fn names_of(graph: &ClaimGraph, s: usize) -> Vec<Name> {
    let st = &graph.extracted.segmented.statements[s];
    graph
        .extracted
        .of_kind(s, DetailKind::Entity)
        .filter_map(|d| match &d.normalized {
            Normalized::Entity(e) => Some(Name {
                start: d.start.saturating_sub(st.start),
                end: d.end.saturating_sub(st.start),
                canonical: e.canonical.clone(),
                kind: e.entity,
                gender: None,
            }),
            _ => None,
        })
        .collect()
}

/// Gives each person of each statement's names the gender its document
/// tells (see [`gender::genders`]).
fn tell_genders(graph: &ClaimGraph, names: &mut [Vec<Name>]) {
    let st = &graph.extracted.segmented.statements;
    let genders = gender::genders(
        st.iter()
            .zip(names.iter())
            .map(|(statement, n)| (statement.doc, statement.text.as_str(), n.as_slice())),
        speaker,
    );
    for (statement, list) in st.iter().zip(names.iter_mut()) {
        for n in list.iter_mut().filter(|n| n.kind == EntityKind::Person) {
            n.gender = genders.get(&(statement.doc, n.canonical.clone())).copied();
        }
    }
}

/// For each statement, the persons a pronoun opening it stands for: the
/// last person its document named before it who is not only the speaker
/// of what was said ("…, said spokeswoman Michelle Lyons. He was serving…"
/// is the man the statement was about), failing one that speaker; for "he"
/// among persons the document does not tell are women, for "she" among
/// those it does not tell are men.
fn antecedents(graph: &ClaimGraph, names: &[Vec<Name>]) -> Vec<Antecedents> {
    let st = &graph.extracted.segmented.statements;
    let mut out = vec![Antecedents::default(); st.len()];
    let mut last: Vec<Antecedents> =
        vec![Antecedents::default(); graph.extracted.segmented.corpus.documents.len()];
    for (s, statement) in st.iter().enumerate() {
        out[s] = last[statement.doc].clone();
        let people: Vec<&Name> = names[s]
            .iter()
            .filter(|n| n.kind == EntityKind::Person)
            .collect();
        // A person named only as the object of a preposition ("sentenced
        // for the murder of George Floyd") is not who the next "he" is:
        // that is the clause's subject, maybe a description ("the former
        // officer"). When every person the statement names is such an
        // object, nothing says who "he" is.
        let object_of = |n: &Name| {
            let before = statement.text[..n.start.min(statement.text.len())]
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .to_lowercase();
            matches!(
                before.as_str(),
                "of" | "for" | "against" | "about" | "to" | "at" | "on" | "into" | "from"
            )
        };
        // Nor one named only in a clause of time or cause ("the €105m paid
        // when Paul Pogba returned to Manchester United. He will earn
        // 45m euros a year": he is the story's player, not Pogba).
        let subordinate = |n: &Name| {
            statement.text[..n.start.min(statement.text.len())]
                .split_whitespace()
                .rev()
                .take(4)
                .take_while(|w| !w.ends_with([',', ';', ':']))
                .any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "when"
                            | "after"
                            | "before"
                            | "while"
                            | "since"
                            | "because"
                            | "although"
                            | "until"
                            | "whereas"
                            | "unless"
                    )
                })
        };
        let chosen = |not: Gender| {
            let fit: Vec<&Name> = people
                .iter()
                .copied()
                .filter(|n| n.gender != Some(not))
                .collect();
            if fit.is_empty() {
                return None;
            }
            let subjects: Vec<&Name> = fit
                .iter()
                .copied()
                .filter(|n| !object_of(n) && !subordinate(n))
                .collect();
            Some(
                subjects
                    .iter()
                    .rfind(|n| !speaker(&statement.text, n))
                    .or_else(|| subjects.last())
                    .map(|n| n.canonical.clone()),
            )
        };
        let now = &mut last[statement.doc];
        if let Some(p) = chosen(Gender::Female) {
            now.he = p;
        }
        if let Some(p) = chosen(Gender::Male) {
            now.she = p;
        }
    }
    out
}

/// Whether a name stands as the speaker of a reporting verb, right before
/// or after it ("said coach Bruce Arians", "Bell said").
fn speaker(text: &str, n: &Name) -> bool {
    let reporting = |w: &str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        matches!(w.as_str(), "said" | "says" | "told" | "tells" | "added")
    };
    let before = text.get(..n.start).unwrap_or("");
    let after = text.get(n.end..).unwrap_or("");
    // "said interim coach Bruce Arians.": a lower-case title may stand
    // between, and the clause ends with the name ("said Ann Bell escaped"
    // reports what Bell did).
    let inverted = before
        .split_whitespace()
        .rev()
        .take(4)
        .take_while(|w| w.starts_with(|c: char| c.is_lowercase()))
        .any(reporting)
        && after
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':'));
    inverted || after.split_whitespace().next().is_some_and(reporting)
}

/// Whether the date at byte `start` of a statement follows "as of" or "as
/// at" ("80 percent contained as of Friday morning"): the moment of a
/// reading, when a figure was so, not the time of an act.
fn as_of(view: &StatementView, start: usize) -> bool {
    let before = view.text[..start.min(view.text.len())]
        .trim_end()
        .to_lowercase();
    before.ends_with(" as of") || before.ends_with(" as at") || before == "as of"
}

/// Whether a date is written after a reporting verb ("said on Tuesday"),
/// after "as of" (see [`as_of`]), or opens the statement as a dateline
/// ("27 / 09 / 2013 - Turkmenistan to hold…", "May 5 (Reuters) -"): when
/// something was said, published or read, not when it happened.
fn reported_on(view: &StatementView, start: usize, end: usize) -> bool {
    let before = view.text[..start.min(view.text.len())].trim_end();
    let rest = view.text[end.min(view.text.len())..].trim_start();
    if before.is_empty() && (rest.starts_with(['-', '–', '—', '|', ':', '(']) || rest.is_empty())
        || as_of(view, start)
    {
        return true;
    }
    // "WASHINGTON, DC, April 28, 2009": a dateline standing alone.
    if view.words.len() <= 8 && !view.words.iter().any(|w| lexicon::mostly_verb(&w.lower)) {
        return true;
    }
    // "Saturday, the Anchorage Daily News reported.": a date opening a
    // clause whose verb is a reporting one.
    if before.is_empty() {
        let verb = view
            .words
            .iter()
            .skip_while(|w| w.end <= end)
            .take(8)
            .find(|w| lexicon::mostly_verb(&w.lower) || REPORTING.contains(&w.lower.as_str()));
        if verb.is_some_and(|w| REPORTING.contains(&w.lower.as_str())) {
            return true;
        }
    }
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let last = words.next().unwrap_or("").to_lowercase();
    let last = if matches!(last.as_str(), "on" | "late" | "early") {
        words.next().unwrap_or("").to_lowercase()
    } else {
        last
    };
    // "The first case was reported on January 28": in the passive, with a
    // subject of its own, the report is the story's event, not an outlet
    // or a speaker saying so ("it was announced on Monday that…" is).
    let passive = words
        .next()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "was" | "were" | "been"))
        && words.next().is_some_and(|w| !w.eq_ignore_ascii_case("it"));
    REPORTING.contains(&last.as_str()) && !passive
}

/// Gives a holder to the facts of statements that name a person only by
/// age ("a 36-year-old Australian climber died after falling 150 metres"):
/// when the story names exactly one person of that age, the statement's
/// facts without a holder are that person's.
fn holders_by_age(graph: &ClaimGraph, facts: &mut [Fact]) {
    // story → age → the persons of that age (by name).
    let mut known: BTreeMap<(usize, u64), Vec<String>> = BTreeMap::new();
    for f in facts.iter() {
        if let (Some(v), Some(h)) = (age_of(f), &f.measure.holder) {
            let list = known
                .entry((graph.story_of[f.doc], v.to_bits()))
                .or_default();
            if !list.iter().any(|x| group::same_name(x, h)) {
                list.push(h.clone());
            }
        }
    }
    let mut by_statement: BTreeMap<usize, String> = BTreeMap::new();
    // A statement that gives one person's age and names no other person is
    // about that person: "31-year-old Robert Buckley of the U.K. but living
    // in Christchurch, slipped on ice and fell 700 meters".
    let mut aged: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for f in facts.iter() {
        if let (Some(_), Some(h)) = (age_of(f), &f.measure.holder) {
            let list = aged.entry(f.statement).or_default();
            if !list.iter().any(|x| group::same_name(x, h)) {
                list.push(h);
            }
        }
    }
    for (s, holders) in aged {
        if let [one] = holders.as_slice() {
            let persons = names_of(graph, s)
                .into_iter()
                .filter(|n| n.kind == EntityKind::Person)
                .all(|n| group::same_name(&n.canonical, one));
            if persons {
                by_statement.insert(s, one.to_string());
            }
        }
    }
    for f in facts.iter().filter(|f| f.measure.holder.is_none()) {
        if let Some(v) = age_of(f) {
            if let Some([one]) = known
                .get(&(graph.story_of[f.doc], v.to_bits()))
                .map(Vec::as_slice)
            {
                by_statement.insert(f.statement, one.clone());
            }
        }
    }
    for f in facts.iter_mut().filter(|f| f.measure.holder.is_none()) {
        if let Some(h) = by_statement.get(&f.statement) {
            f.measure.holder = Some(h.clone());
        }
    }
}

/// An age told of a person by description ("the 32-year-old singer
/// posted a picture") is the age of the one person its document names
/// with that word ("singer Marla Quinn", "Quinn, a singer"), when it names
/// exactly one.
fn holders_by_description(graph: &ClaimGraph, facts: &mut [Fact]) {
    let st = &graph.extracted.segmented.statements;
    // document → (descriptive word, canonical name) of each person named.
    let mut described: BTreeMap<usize, Vec<(String, String)>> = BTreeMap::new();
    // Only the documents that tell an unnamed person's age are read.
    let wanted: BTreeSet<usize> = facts
        .iter()
        .filter(|f| age_of(f).is_some() && f.measure.holder.is_none())
        .map(|f| f.doc)
        .collect();
    for (s, statement) in st.iter().enumerate() {
        if !wanted.contains(&statement.doc) {
            continue;
        }
        let text = &statement.text;
        for n in names_of(graph, s)
            .into_iter()
            .filter(|n| n.kind == EntityKind::Person)
        {
            let list = described.entry(statement.doc).or_default();
            // The name's own first word ("Singer Marla Quinn"), the word
            // before it ("singer Marla Quinn"), and an apposition after it
            // ("Quinn, a singer,").
            let own = n.canonical.split_whitespace().next().map(str::to_lowercase);
            let before = text[..n.start.min(text.len())]
                .split_whitespace()
                .next_back()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                });
            let after = text[n.end.min(text.len())..]
                .strip_prefix(", ")
                .and_then(|r| r.strip_prefix("a ").or_else(|| r.strip_prefix("an ")))
                .and_then(|r| r.split_whitespace().next())
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                });
            for word in [own, before, after].into_iter().flatten() {
                if !list
                    .iter()
                    .any(|(w, c)| *w == word && group::same_name(c, &n.canonical))
                {
                    list.push((word, n.canonical.clone()));
                }
            }
        }
    }
    for f in facts.iter_mut() {
        if age_of(f).is_none() || f.measure.holder.is_some() {
            continue;
        }
        let text = &st[f.statement].text;
        let (start, end) = (
            f.detail.start - st[f.statement].start,
            f.detail.end - st[f.statement].start,
        );
        let definite = text[..start.min(text.len())]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let noun = text[end.min(text.len())..]
            .trim_start_matches("-year-old")
            .split_whitespace()
            .next()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
        // A noun, not a verb the age's person did ("the 32-year-old said").
        let noun = noun.filter(|w| {
            !crate::align::words::is_stop(w)
                && !lexicon::mostly_verb(w)
                && lexicon::lemmas(w).iter().any(|(p, _)| *p == 'n')
        });
        let (true, Some(noun)) = (definite, noun) else {
            continue;
        };
        let persons: Vec<&String> = described
            .get(&f.doc)
            .into_iter()
            .flatten()
            .filter(|(w, _)| *w == noun)
            .map(|(_, c)| c)
            .collect();
        if let Some(first) = persons.first() {
            if persons.iter().all(|c| group::same_name(c, first)) {
                f.measure.holder = Some((*first).clone());
            }
        }
    }
}

/// The years an age fact gives ("32" in "Buckley, 32,"); `None` for any
/// other fact.
fn age_of(f: &Fact) -> Option<f64> {
    match &f.detail.normalized {
        Normalized::Quantity(q) if f.measure.what == "age" => q.value,
        _ => None,
    }
}

/// Marks each fact with the age its statement gives the person it tells
/// of ([`measure::Measure::aged`]): when the statement gives one age, the
/// facts that have no holder or that age's holder.
fn ages_of_persons(facts: &mut [Fact]) {
    // statement → (age, its holder); None once it gives two ages.
    let mut ages: BTreeMap<usize, Option<(u64, Option<String>)>> = BTreeMap::new();
    for f in facts.iter() {
        let Some(v) = age_of(f) else {
            continue;
        };
        let v = v.round() as u64;
        ages.entry(f.statement)
            .and_modify(|e| {
                if e.as_ref().is_some_and(|(x, _)| *x != v) {
                    *e = None;
                }
            })
            .or_insert(Some((v, f.measure.holder.clone())));
    }
    for f in facts.iter_mut().filter(|f| f.measure.what != "age") {
        let Some(Some((v, person))) = ages.get(&f.statement) else {
            continue;
        };
        let theirs = match (&f.measure.holder, person) {
            (Some(h), Some(p)) => group::same_name(h, p),
            _ => true,
        };
        if theirs {
            f.measure.aged = Some(*v);
        }
    }
}

fn read(graph: &ClaimGraph) -> Vec<Fact> {
    let st = &graph.extracted.segmented.statements;
    // Each statement's names are read once: the genders, the antecedents
    // and the facts all use them.
    let mut names: Vec<Vec<Name>> = (0..st.len())
        .into_par_iter()
        .map(|s| names_of(graph, s))
        .collect();
    surnames::add_mentions(graph, &mut names);
    tell_genders(graph, &mut names);
    let antecedent = antecedents(graph, &names);
    let per: Vec<Vec<Fact>> = names
        .into_par_iter()
        .enumerate()
        .map(|(s, names)| {
            let statement = &st[s];
            let quotes: Vec<(usize, usize)> = graph
                .extracted
                .of_kind(s, DetailKind::Quote)
                .map(|d| (d.start - statement.start, d.end - statement.start))
                .collect();
            let mut details: Vec<Detail> = graph.extracted.details[s]
                .iter()
                .filter(|d| matches!(d.kind, DetailKind::Quantity | DetailKind::Date))
                .cloned()
                .collect();
            let mut extra = extra::apposition_ages(&statement.text, statement.start, &names);
            extra.extend(extra::ordinal_positions(&statement.text, statement.start));
            let view = StatementView::new(&statement.text, names, quotes, antecedent[s].clone());
            for a in extra {
                // A bare number the extractor read there ("aged 43" → 43,
                // counting nothing) gives way to the age.
                let bare = |d: &Detail| {
                    matches!(&d.normalized, Normalized::Quantity(q)
                        if q.unit.is_none() && q.counted.is_none())
                };
                details.retain(|d| !(d.start < a.end && a.start < d.end && bare(d)));
                if !details.iter().any(|d| d.start < a.end && a.start < d.end) {
                    details.push(a);
                }
            }
            // "105 million euros ($120 million)": the outlet's conversion
            // into another currency, at its own day's rate, is no figure
            // of its own to compare with another outlet's.
            let conversions = currency_conversions(&statement.text, statement.start, &details);
            details.retain(|d| !conversions.contains(&d.start));
            // "80 percent contained as of Thursday": the day the
            // statement's figures are readings of.
            let as_of: Vec<String> = details
                .iter()
                .filter_map(|d| match &d.normalized {
                    Normalized::Date(v) if as_of(&view, d.start - statement.start) => {
                        Some(v.value.clone().unwrap_or_else(|| d.text.to_lowercase()))
                    }
                    _ => None,
                })
                .collect();
            let mut out = Vec::new();
            for d in details {
                let (start, end) = (d.start - statement.start, d.end - statement.start);
                let measure = match &d.normalized {
                    Normalized::Quantity(q) => measure::quantity_measure(&view, start, end, q),
                    // "Today" in a quotation is the day it was said, or
                    // nowadays ("grow our economy today"): not a day the
                    // publication date tells.
                    Normalized::Date(v)
                        if v.relative
                            && view.quotes.iter().any(|&(a, b)| a <= start && end <= b) =>
                    {
                        None
                    }
                    Normalized::Date(_) if !reported_on(&view, start, end) => {
                        measure::date_measure(&view, start, end)
                    }
                    _ => None,
                };
                if let Some(mut measure) = measure.filter(|m| !m.what.is_empty()) {
                    if measure.kind == FactKind::Quantity {
                        measure.days.clone_from(&as_of);
                    }
                    out.push(Fact {
                        statement: s,
                        doc: statement.doc,
                        detail: d,
                        measure,
                    });
                }
            }
            out.sort_by_key(|f| f.detail.start);
            out
        })
        .collect();
    let mut facts: Vec<Fact> = per.into_iter().flatten().collect();
    holders_by_age(graph, &mut facts);
    holders_by_description(graph, &mut facts);
    ages_of_persons(&mut facts);
    days_as_periods(&mut facts);
    scopes_of_retold_figures(&mut facts);
    figures_of_past_events(graph, &mut facts);
    figures_of_other_events(graph, &mut facts);
    acts_of_leads(graph, &mut facts);
    facts
}

/// The starts of the currency amounts of a statement that convert the
/// amount before them into another currency: "105 million euros ($120
/// million)", "€105m (about £93m)", "105 million euros, or $120 million".
fn currency_conversions(text: &str, offset: usize, details: &[Detail]) -> Vec<usize> {
    fn currency(d: &Detail) -> Option<&str> {
        match &d.normalized {
            Normalized::Quantity(q) => q
                .unit
                .as_deref()
                .filter(|u| crate::extract::quantity::is_currency_code(u)),
            _ => None,
        }
    }
    let mut amounts: Vec<(&Detail, &str)> = details
        .iter()
        .filter_map(|d| currency(d).map(|u| (d, u)))
        .collect();
    amounts.sort_by_key(|(d, _)| d.start);
    amounts
        .windows(2)
        .filter_map(|pair| {
            let ((a, ua), (b, ub)) = (pair[0], pair[1]);
            let gap = text
                .get(a.end - offset..b.start - offset)?
                .trim()
                .to_lowercase();
            // In brackets, or after ", or", hedged or not.
            let inner = match gap.strip_prefix('(') {
                Some(rest) => rest,
                None => gap.strip_prefix(',')?.trim_start().strip_prefix("or")?,
            };
            let hedged = matches!(
                inner.trim(),
                "" | "or"
                    | "about"
                    | "around"
                    | "roughly"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "approximately"
                    | "or about"
                    | "or around"
                    | "or roughly"
            );
            (ua != ub && hedged).then_some(b.start)
        })
        .collect()
}

/// Marks the facts whose act is one its document's lead (first statement)
/// names as a verb ("Two passenger trains collided near Larissa late on
/// Monday"): the story's own event, which happens once, so that its time
/// told in two articles is one measure ("the collision happened at 11:20
/// pm", "the trains collided at about 11:50 pm") though nothing else in
/// the sentences ties them.
fn acts_of_leads(graph: &ClaimGraph, facts: &mut [Fact]) {
    let st = &graph.extracted.segmented.statements;
    // The lead: the first statement with a verb in lower case, among a
    // document's first three (a headline in capitals names none).
    let mut lead_verbs: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
    for s in st {
        let n = seen.entry(s.doc).or_default();
        *n += 1;
        if *n > 3 || lead_verbs.contains_key(&s.doc) {
            continue;
        }
        let verbs: Vec<String> = text::words(&s.text)
            .iter()
            .filter(|w| {
                w.text.chars().all(|c| c.is_lowercase())
                    && lexicon::mostly_verb(&w.lower)
                    && !REPORTING.contains(&w.lower.as_str())
            })
            .map(|w| w.lower.clone())
            .collect();
        if !verbs.is_empty() {
            lead_verbs.insert(s.doc, verbs);
        }
    }
    for f in facts.iter_mut() {
        let verbs = lead_verbs.get(&f.doc).map_or(&[][..], Vec::as_slice);
        f.measure.lead = f
            .measure
            .act
            .as_deref()
            .is_some_and(|a| verbs.iter().any(|v| v == a || lexicon::related(a, v)));
    }
}

/// Marks the figures of another event than the story's (see
/// [`Measure::other_event`]): their clause's subject is an event ("the
/// earthquake that struck on New Year's Day, killing at least 48") that
/// the document's opening, its headline and lead (the first two
/// statements), does not tell. A figure of the opening is of the story's
/// event.
fn figures_of_other_events(graph: &ClaimGraph, facts: &mut [Fact]) {
    let st = &graph.extracted.segmented.statements;
    // The words of each document's opening: the events the story is of.
    let mut opening: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    let mut in_opening: BTreeSet<usize> = BTreeSet::new();
    let mut counted: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, s) in st.iter().enumerate() {
        let n = counted.entry(s.doc).or_default();
        *n += 1;
        if *n <= 2 {
            in_opening.insert(i);
            opening
                .entry(s.doc)
                .or_default()
                .extend(text::words(&s.text).iter().map(|w| w.lower.clone()));
        }
    }
    for f in facts.iter_mut() {
        if in_opening.contains(&f.statement) {
            continue;
        }
        if let Some(e) = f
            .measure
            .subject
            .noun
            .as_deref()
            .filter(|_| f.measure.subject.event)
        {
            let words = opening.get(&f.doc);
            f.measure.other_event =
                !words.is_some_and(|ws| ws.iter().any(|w| w == e || lexicon::related(e, w)));
        }
    }
}

/// How long before its publication a dated event is an earlier event of
/// the story's background, not the story's own.
const PAST_EVENT_DAYS: i32 = 30;

/// Figures told of an earlier event: "The last major quake to hit the
/// region was in February, when a temblor rocked Zarand. It killed 612
/// people and injured more than 1,400." After a statement dated more than
/// a month before its article's publication, the next one, when it opens
/// with a pronoun for that event ("It", "That", "This"), tells the earlier
/// event: its figures take the earlier month (or year) as their period, so
/// they pair only with figures of that time. The dated statement itself is
/// left as it is: an article may well tell its own story's event months
/// later (a trial's report of the crime), and its figures are the story's.
fn figures_of_past_events(graph: &ClaimGraph, facts: &mut [Fact]) {
    let seg = &graph.extracted.segmented;
    let mut past: BTreeMap<usize, String> = BTreeMap::new();
    for (s, st) in seg.statements.iter().enumerate() {
        let Some(published) = seg.corpus.documents[st.doc].meta.date else {
            continue;
        };
        let earlier =
            graph
                .extracted
                .of_kind(s, DetailKind::Date)
                .find_map(|d| match &d.normalized {
                    Normalized::Date(d) => d
                        .end
                        .filter(|end| (published - *end).get_days() > PAST_EVENT_DAYS)
                        .and(d.value.as_ref()),
                    _ => None,
                });
        let Some(value) = earlier else {
            continue;
        };
        let next = s + 1;
        let continues = seg.statements.get(next).is_some_and(|n| {
            n.doc == st.doc
                && ["It ", "That ", "This "]
                    .iter()
                    .any(|p| n.text.starts_with(p))
        });
        if continues {
            // The month or the year, not the day: "in February" and "on
            // Feb. 22" are one event.
            past.insert(next, value.chars().take(7).collect());
        }
    }
    for f in facts.iter_mut() {
        if f.measure.kind != FactKind::Quantity || f.measure.what == "age" {
            continue;
        }
        if let (None, Some(label)) = (&f.measure.period, past.get(&f.statement)) {
            f.measure.period = Some(label.clone());
        }
    }
}

/// A figure an article tells twice is one figure: what one telling says it
/// takes in or leaves out ("191 passengers, including crew members"), the
/// other telling does too ("with 191 passengers on board"), so that
/// neither is compared with another outlet's count of the passengers alone.
fn scopes_of_retold_figures(facts: &mut [Fact]) {
    let key = |f: &Fact| match &f.detail.normalized {
        Normalized::Quantity(q) => q
            .value
            .map(|v| (f.doc, f.measure.what.clone(), v.to_bits())),
        _ => None,
    };
    // What it takes in says more than where it was ("on board").
    let takes = |p: &str| p == "including" || p == "excluding";
    let mut told: BTreeMap<(usize, String, u64), (String, String)> = BTreeMap::new();
    for f in facts.iter() {
        if let (Some(k), Some((p, n))) = (key(f), &f.measure.scope) {
            if takes(p) {
                told.entry(k).or_insert_with(|| (p.clone(), n.clone()));
            }
        }
    }
    for f in facts.iter_mut() {
        if !f.measure.scope.as_ref().is_some_and(|(p, _)| takes(p)) {
            if let Some(scope) = key(f).and_then(|k| told.get(&k)) {
                f.measure.scope = Some(scope.clone());
            }
        }
    }
}

/// A time of day is the time of one day: a story that runs over several
/// days has its 8 p.m. every night ("set off from the vigil around 8:30
/// p.m." on Wednesday, "at about 8 p.m." on Monday). The day its statement
/// names becomes its period, so two times pair only when both name the
/// same day or neither names one. So is the age of a person left unnamed:
/// "a 29-year-old climber died on Friday" is not "a 41-year-old climber
/// died on Monday" (see `group::link_with`). A rate keeps its
/// statement's days apart ([`Measure::days`]).
fn days_as_periods(facts: &mut [Fact]) {
    let mut days: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for f in facts.iter() {
        if let Normalized::Date(d) = &f.detail.normalized {
            if d.precision == crate::extract::date::Precision::Day {
                let day = d
                    .value
                    .clone()
                    .unwrap_or_else(|| f.detail.text.to_lowercase());
                days.entry(f.statement).or_default().insert(day);
            }
        }
    }
    for f in facts.iter_mut() {
        if f.measure.role == Role::Rate {
            if let Some(set) = days.get(&f.statement) {
                f.measure.days = set.iter().cloned().collect();
            }
        }
        let unnamed_age = f.measure.what == "age" && f.measure.holder.is_none();
        if !crate::extract::clock::is_time_of_day(&f.measure.what) && !unnamed_age {
            continue;
        }
        if let Some(set) = days.get(&f.statement) {
            f.measure.period = Some(set.iter().cloned().collect::<Vec<_>>().join(" / "));
        }
    }
}

/// Whether two quantities can be read as one amount: their intervals meet
/// once open bounds are closed, since "more than $1 million" and "$1
/// million", or "nearly four" and "four", are one figure written two ways.
pub fn loosely_overlap(a: &Quantity, b: &Quantity) -> bool {
    let closed = |q: &Quantity| Quantity {
        low_inclusive: q.low.is_some(),
        high_inclusive: q.high.is_some(),
        ..q.clone()
    };
    crate::extract::quantity::overlaps(&closed(a), &closed(b))
}

/// A figure as its writer may have rounded it: an exact amount written
/// with a scale word ("$1.5 billion", "82 million") or a percentage ("8%")
/// stands for anything that rounds to it at its last written digit
/// ("$1.5 billion" for $1.47 billion, "8%" for 8.3%); a measurement in its
/// own unit by half its last written digit ("-7 °C" for -6.7 °C). Counts
/// stay as written, and "700 metres" is not "650 metres".
pub fn as_rounded(q: &Quantity, written: &str) -> Quantity {
    let (Some(v), crate::extract::quantity::Qualifier::Exact) = (q.value, q.qualifier) else {
        return q.clone();
    };
    let lower = written.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == ','))
        .filter(|w| !w.is_empty())
        .collect();
    // The figure as written, and the unit of its last digit.
    let Some(digits) = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()))
        .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
    else {
        return q.clone();
    };
    let step = match digits.split_once('.') {
        Some((_, frac)) if frac.chars().all(|c| c.is_ascii_digit()) => {
            10f64.powi(-(frac.len() as i32))
        }
        _ => 1.0,
    };
    let percent = matches!(q.unit.as_deref(), Some("percent" | "percentage_point"));
    // The scale word glued ("$1.5bn", "82m") or after the figure: the
    // quantity scanner's scale words of a thousand and more, and "m" (after
    // money; elsewhere metres, which the value check below leaves alone).
    let scale = words.iter().find_map(|w| {
        let tail = w.trim_start_matches(|c: char| !c.is_alphabetic());
        crate::extract::quantity::scale_word(tail)
            .filter(|f| *f >= 1e3)
            .or((tail == "m").then_some(1e6))
    });
    // A measurement written in its own unit stands for what rounds to its
    // last digit: "-7 degrees Celsius" is another outlet's rounding of "20
    // degrees Fahrenheit" (-6.7 °C), "1.80 m" of "5 feet 11 inches". The
    // half step is of the last digit written, so "700 metres" is still not
    // "650 metres". (A converted figure is widened by the scanner itself.)
    let measurement = matches!(
        q.unit.as_deref(),
        Some(
            "km" | "m"
                | "kg"
                | "t"
                | "°C"
                | "km/h"
                | "m/s"
                | "m2"
                | "m3"
                | "km2"
                | "ha"
                | "L"
                | "hPa"
        )
    );
    let half = match (scale, percent || measurement) {
        (Some(f), _) => step * f / 2.0,
        (None, true) => step / 2.0,
        _ => return q.clone(),
    };
    // The written figure's value may be converted (a currency stays
    // itself): widen only when the value is the written figure scaled.
    let figure: f64 = digits.replace(',', "").parse().unwrap_or(f64::NAN);
    let expected = figure * scale.unwrap_or(1.0);
    if (expected - v.abs()).abs() > 1e-6 * v.abs().max(1.0) {
        return q.clone();
    }
    Quantity {
        low: Some(v - half),
        high: Some(v + half),
        ..q.clone()
    }
}

/// How far a figure converted between unit systems may have been rounded
/// by the outlet that converted it: "30 miles (50 km)", "60 mph (100
/// km/h)" are news's usual conversions, 3–4 % off. A true disagreement
/// across units is wider ("about 2,000 feet" against "700 metres" is 15 %).
const CONVERSION_ROUNDING: f64 = 0.05;

/// Two figures of one unit written in different units (one converted by the
/// scanner, the other not, or from another unit), both exact: each side as
/// the other's rounded conversion, widened by [`CONVERSION_ROUNDING`]. A
/// temperature's conversion is rounded to the degree, which [`as_rounded`]
/// covers.
fn across_units(x: Quantity, y: Quantity) -> (Quantity, Quantity) {
    let written = |q: &Quantity| q.written.as_ref().map(|w| w.unit.clone());
    if x.unit != y.unit || x.unit.as_deref() == Some("°C") || written(&x) == written(&y) {
        return (x, y);
    }
    // An approximate figure ("about 2,000 feet") has its margin already,
    // for the rounding of its conversion too.
    let exact = |q: &Quantity| q.qualifier == crate::extract::quantity::Qualifier::Exact;
    if !exact(&x) || !exact(&y) {
        return (x, y);
    }
    let widen = |q: Quantity| Quantity {
        low: q.low.map(|l| l - l.abs() * CONVERSION_ROUNDING),
        high: q.high.map(|h| h + h.abs() * CONVERSION_ROUNDING),
        ..q
    };
    (widen(x), widen(y))
}

/// Whether two facts' values can be the same.
pub fn values_overlap(a: &Fact, b: &Fact) -> bool {
    match (&a.detail.normalized, &b.detail.normalized) {
        (Normalized::Quantity(x), Normalized::Quantity(y)) => {
            let (x, y) = across_units(as_rounded(x, &a.detail.text), as_rounded(y, &b.detail.text));
            loosely_overlap(&x, &y)
        }
        (Normalized::Date(x), Normalized::Date(y)) => crate::extract::date::compatible(x, y),
        _ => false,
    }
}

fn gather(graph: &ClaimGraph, facts: &[Fact]) -> Vec<FactGroup> {
    let story_of = &graph.story_of;
    let mut blocks: BTreeMap<(usize, FactKind, &str), Vec<usize>> = BTreeMap::new();
    for (i, f) in facts.iter().enumerate() {
        blocks
            .entry((story_of[f.doc], f.measure.kind, f.measure.what.as_str()))
            .or_default()
            .push(i);
    }
    let blocks: Vec<Vec<usize>> = blocks.into_values().filter(|b| b.len() >= 2).collect();
    let unsure = group::unsure(facts);
    let mut grouped: Vec<(FactKind, group::Grouped)> = blocks
        .par_iter()
        .flat_map_iter(|b| {
            group::group_block(facts, b, &graph.claim_of, &unsure, &values_overlap)
                .into_iter()
                .map(|g| (facts[b[0]].measure.kind, g))
        })
        .collect();
    grouped.sort_by_key(|(_, g)| {
        let f = &facts[g.members[0]];
        (f.statement, f.detail.start)
    });
    grouped
        .into_iter()
        .enumerate()
        .map(|(k, (kind, g))| FactGroup {
            id: format!("m{}", k + 1),
            kind,
            measure: name(facts, &g.members),
            facts: g.members,
            ambiguous: g.ambiguous,
            confident: g.confident,
        })
        .collect()
}

/// The most frequent value among the members.
fn most_common<'a>(values: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(x, _)| *x == v) {
            Some(c) => c.1 += 1,
            None => counts.push((v, 1)),
        }
    }
    // The most frequent; on a tie the first in alphabetical order, so that
    // document order does not name the measure.
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|c| c.0)
}

/// A measure in plain words: what is counted, the act, whose, where
/// ("age of Robert Buckley", "metres, fell (Robert Buckley)", "date of
/// checked in (Tara Reid)").
fn name(facts: &[Fact], members: &[usize]) -> String {
    let ms: Vec<&Measure> = members.iter().map(|&f| &facts[f].measure).collect();
    let holder = most_common(ms.iter().filter_map(|m| m.holder.as_deref()));
    let act = most_common(ms.iter().filter_map(|m| m.act.as_deref()));
    let object = most_common(ms.iter().filter_map(|m| m.object.as_deref()));
    let place = most_common(ms.iter().filter_map(|m| m.place.as_deref()));
    let reference = most_common(ms.iter().filter_map(|m| m.reference.as_deref()));
    let m = ms[0];
    let mut what = match (m.kind, m.what.as_str()) {
        (FactKind::Date, _) => "date".to_string(),
        (_, "age") => "age".to_string(),
        (_, w) => {
            let mut words = m.modifiers.clone();
            words.push(unit_words(w));
            words.join(" ")
        }
    };
    if let Some(o) = object.filter(|_| m.what != "age") {
        what = format!("{what} ({o})");
    }
    let role = group::role_words(m.role);
    if !role.is_empty() {
        what = format!("{what}, {role}");
    }
    let mut out = match (m.kind, m.what.as_str(), act) {
        (FactKind::Date, _, Some(a)) => format!("{what} of {a}"),
        // A person named on no side: what the outlets call them and what
        // was done ("age of the man, arrested").
        (_, "age", a) if holder.is_none() => match (object, a) {
            (Some(o), Some(a)) => format!("{what} of the {o}, {a}"),
            (Some(o), None) => format!("{what} of the {o}"),
            (None, Some(a)) => format!("{what}, {a}"),
            (None, None) => what,
        },
        (_, "age", _) => what,
        (_, _, Some(a)) => format!("{what}, {a}"),
        _ => what,
    };
    if let Some(h) = holder {
        out = if m.what == "age" {
            format!("{out} of {h}")
        } else {
            format!("{out} ({h})")
        };
    }
    if let Some(p) = place {
        out = format!("{out} in {p}");
    }
    if let Some(r) = reference {
        out = format!("{out} from {r}");
    }
    // A time of day names its day ("time of day, arrived on 2025-03-03").
    if let Some(day) = m
        .period
        .as_deref()
        .filter(|_| crate::extract::clock::is_time_of_day(&m.what))
    {
        out = format!("{out} on {day}");
    }
    out
}

/// A unit or counted noun in words a reviewer reads at a glance.
fn unit_words(what: &str) -> String {
    match what {
        "m" => "metres".into(),
        "km" => "kilometres".into(),
        "kg" => "kilograms".into(),
        "t" => "tonnes".into(),
        "ha" => "hectares".into(),
        "km2" => "square kilometres".into(),
        "km/h" => "speed (km/h)".into(),
        "share" => "share".into(),
        "score" => "score".into(),
        "magnitude" => "magnitude".into(),
        "percentage_point" => "percentage points".into(),
        w if crate::extract::quantity::is_currency_code(w) => format!("amount ({w})"),
        w => w.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether two written figures can be one value, as the fact layer
    /// compares them.
    fn agree(a: &str, b: &str) -> bool {
        let read = |t: &str| {
            let (r, q) = crate::extract::quantity::extract(t)
                .into_iter()
                .next()
                .expect(t);
            as_rounded(&q, &t[r])
        };
        let (x, y) = across_units(read(a), read(b));
        loosely_overlap(&x, &y)
    }

    #[test]
    fn conversions_are_rounded_but_disagreements_are_not() {
        assert!(agree("30 miles", "50 km"));
        assert!(agree("60 mph", "100 km/h"));
        assert!(agree("20 degrees Fahrenheit", "-7 degrees Celsius"));
        assert!(!agree("about 2,000 feet", "700 metres"));
        assert!(!agree("200 feet", "150 metres"));
        assert!(!agree("20 degrees Fahrenheit", "-12 degrees Celsius"));
        // In one unit, no conversion to round.
        assert!(!agree("48 km", "50 km"));
    }

    /// The currency amounts of `text` read as conversions of the one before.
    fn converted(text: &str) -> Vec<&str> {
        let details: Vec<Detail> = crate::extract::quantity::extract(text)
            .into_iter()
            .map(|(r, q)| Detail {
                kind: DetailKind::Quantity,
                text: text[r.clone()].to_string(),
                start: r.start,
                end: r.end,
                normalized: Normalized::Quantity(q),
            })
            .collect();
        let starts = currency_conversions(text, 0, &details);
        details
            .iter()
            .filter(|d| starts.contains(&d.start))
            .map(|d| &text[d.start..d.end])
            .collect()
    }

    #[test]
    fn a_conversion_into_another_currency_is_no_figure_of_its_own() {
        assert_eq!(
            converted("The move could cost Juventus 105 million euros ($120 million)."),
            ["$120 million"]
        );
        assert_eq!(
            converted("Bayer paid €2.1bn (about £1.8bn) for the unit."),
            ["about £1.8bn"]
        );
        assert_eq!(
            converted("The fine of 2.4 billion euros, or $2.7 billion, was a record."),
            ["$2.7 billion"]
        );
        // Two amounts of one currency, or a list, are figures of their own.
        assert!(converted("It paid $334 million ($281 million in cash).").is_empty());
        assert!(converted("Fines of $5 million and €3 million were imposed.").is_empty());
    }
}
