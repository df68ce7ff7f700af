//! The per-slot rules that turn a claim's details into findings.

use super::{details_of, Finding, FindingKind, FindingValue, Severity, Verdict};
use crate::align::ClaimGraph;
use crate::extract::quantity::{overlaps, Qualifier, Quantity};
use crate::extract::{DateValue, Detail, DetailKind, Normalized};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Counts that grow as a story develops: a higher figure in a later report
/// is an update, not a contradiction.
const RUNNING_COUNTS: &[&str] = &[
    "death",
    "dead",
    "killed",
    "injured",
    "injury",
    "casualty",
    "victim",
    "missing",
    "people",
    "person",
    "toll",
    "case",
    "arrest",
    "evacuee",
    "body",
    "fatality",
    "wounded",
    "survivor",
    "displaced",
];

/// Stems around a figure that make it a running count ("three children are
/// being treated in hospital").
const RUNNING_CONTEXTS: &[&str] = &["hospital", "treat", "infect", "confirm"];

/// What happened to the people a figure counts, by the words that say it:
/// two figures with different outcomes ("two workers died", "215 workers
/// were evacuated") are different measures however alike their context.
const OUTCOMES: &[(&str, &[&str])] = &[
    (
        "death",
        &[
            "die",
            "dead",
            "death",
            "kill",
            "fatal",
            "perish",
            "drown",
            "lost their live",
        ],
    ),
    ("injury", &["injur", "hurt", "wound", "hospital", "treat"]),
    ("evacuation", &["evacu"]),
    ("rescue", &["rescu"]),
    ("arrest", &["arrest", "detain"]),
    ("missing", &["missing"]),
];

/// Words naming the occasion a statement was made on.
const OCCASIONS: &[&str] = &[
    "interview",
    "press conference",
    "speech",
    "session",
    "summit",
    "meeting",
    "address",
    "briefing",
    "hearing",
    "visit",
    "statement",
    "post",
    "tweet",
    "rally",
    "debate",
];

struct Ctx<'a> {
    graph: &'a ClaimGraph,
    claim: usize,
}

impl Ctx<'_> {
    fn doc(&self, s: usize) -> usize {
        self.graph.extracted.segmented.statements[s].doc
    }
    fn name(&self, s: usize) -> &str {
        &self.graph.extracted.segmented.corpus.documents[self.doc(s)].id
    }
    fn text(&self, s: usize) -> &str {
        &self.graph.extracted.segmented.statements[s].text
    }
    fn published(&self, s: usize) -> Option<jiff::civil::Date> {
        self.graph.extracted.segmented.corpus.documents[self.doc(s)]
            .meta
            .date
    }
    fn statements(&self) -> &[usize] {
        &self.graph.claims[self.claim].statements
    }
    #[allow(clippy::too_many_arguments)] // one finding's fields, named at the call
    fn finding(
        &self,
        kind: FindingKind,
        verdict: Verdict,
        severity: Severity,
        values: Vec<(usize, Detail)>,
        explanation: String,
        rule: &'static str,
        disagreeing: Vec<(usize, usize)>,
    ) -> Finding {
        let mut disagreeing: Vec<(usize, usize)> = disagreeing
            .into_iter()
            .map(|(a, b)| (a.min(b), a.max(b)))
            .collect();
        disagreeing.sort_unstable();
        disagreeing.dedup();
        Finding {
            id: String::new(),
            kind,
            verdict,
            severity,
            claim: self.claim,
            values: values
                .into_iter()
                .map(|(statement, detail)| FindingValue { statement, detail })
                .collect(),
            explanation,
            rule,
            disagreeing,
        }
    }
}

pub(super) fn claim_findings(graph: &ClaimGraph, claim: usize, out: &mut Vec<Finding>) {
    let ctx = Ctx { graph, claim };
    quantities(&ctx, out);
    dates(&ctx, out);
    entities(&ctx, out);
    quotes(&ctx, out);
    polarity(&ctx, out);
}

fn quantity(d: &Detail) -> Option<&Quantity> {
    match &d.normalized {
        Normalized::Quantity(q) => Some(q),
        _ => None,
    }
}

fn part_of_whole(q: &Quantity) -> bool {
    q.total.is_some() || q.qualifier == Qualifier::Majority
}

/// Words that put a figure in the past ("last year's budget", "last summer,
/// fires burned 4,000 hectares"): another measure than the story's own.
const PAST_MARKERS: &[&str] = &[
    "last year",
    "last summer",
    "last winter",
    "last spring",
    "last autumn",
    "last month",
    "last season",
    "previous",
    "previously",
    "a year earlier",
    "a year ago",
    "the year before",
    "same period last",
    "former",
];

/// Cues that a later figure is a running count brought up to date.
const PROGRESS_CUES: &[&str] = &[
    "now",
    "so far",
    "has risen",
    "have risen",
    "rose to",
    "risen to",
    "climbed",
    "grown",
    "grows",
    "grew to",
    "reached",
    "increased to",
    "latest",
    "updated",
    "toll",
    "continues",
    "still",
];

/// A figure in its statement: the words around it say what it measures.
struct Figure {
    statement: usize,
    detail: Detail,
    key: String,
    /// Stemmed content words near the figure (what it is a figure of),
    /// weighted by closeness: "turnout of 62%" weighs "turnout" most.
    role: BTreeMap<String, f64>,
    /// Said of an earlier period ("last year's").
    past: bool,
    /// The named subject holding the figure ("City" in "City had won 21").
    holder: Option<String>,
    /// What happened to what it counts (see `OUTCOMES`), from the nearest
    /// outcome word within three words of the figure and its noun.
    outcome: Option<&'static str>,
    /// Inside a quotation: two quoted figures are the quote rule's to
    /// compare ("since I was 12" against "since I was 15" is one changed
    /// quote, not a second finding about a figure).
    quoted: bool,
}

fn figure(ctx: &Ctx, s: usize, d: &Detail, key: String) -> Figure {
    let before: Vec<&str> = text_before(ctx, s, d).split_whitespace().collect();
    let after: Vec<&str> = text_after(ctx, s, d).split_whitespace().collect();
    let key_stems: BTreeSet<String> = crate::align::words::content_stems(&key)
        .into_iter()
        .collect();
    let mut role: BTreeMap<String, f64> = BTreeMap::new();
    let mut add = |words: &mut dyn Iterator<Item = &&str>| {
        for (distance, w) in words.take(8).enumerate() {
            for stem in crate::align::words::content_stems(w) {
                if stem.chars().any(|c| c.is_ascii_digit()) || key_stems.contains(&stem) {
                    continue;
                }
                // Deciding words are one role: "voted 78%" and "backed … by 87%".
                let weight = 1.0 / (1.0 + distance as f64);
                // The words of one outcome share a role too ("killed",
                // "died"), next to the word itself.
                if let Some(class) = outcome_class(&stem) {
                    let slot = role.entry(class.to_string()).or_insert(0.0);
                    *slot = slot.max(weight);
                }
                let stem = if crate::align::score::is_decision_stem(&stem) {
                    "decide".to_string()
                } else {
                    stem
                };
                let slot = role.entry(stem).or_insert(0.0);
                *slot = slot.max(weight);
            }
        }
    };
    add(&mut before.iter().rev());
    add(&mut after.iter());
    let near = format!(
        "{} {}",
        before[before.len().saturating_sub(8)..].join(" "),
        after[..after.len().min(3)].join(" ")
    )
    .to_lowercase()
    .replace('’', "'");
    let past = PAST_MARKERS.iter().any(|m| near.contains(m));
    let holder = holder(&before);
    let outcome = outcome(&before, &after, key_stems.len());
    let quoted = details_of(ctx.graph, s, DetailKind::Quote)
        .iter()
        .any(|q| q.start <= d.start && d.end <= q.end);
    Figure {
        quoted,
        statement: s,
        detail: d.clone(),
        key,
        role,
        past,
        holder,
        outcome,
    }
}

/// The noun a figure describes when it is written as a modifier: "the
/// 150-seat parliament" gives the size of the parliament, not a count of
/// seats anyone won, so it fills a slot of its own ("seat of parliament")
/// next to "taking 64 seats".
fn attributive_head(ctx: &Ctx, s: usize, d: &Detail) -> Option<String> {
    let rest = text_after(ctx, s, d).strip_prefix('-')?;
    let mut words = rest.split_whitespace();
    // One word: "36-year-old" is an age however it is written, and ages
    // compare with ages.
    let unit = words.next()?;
    if !unit.chars().all(char::is_alphabetic) {
        return None;
    }
    let head = words
        .next()?
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    if head.is_empty() || !head.chars().all(char::is_alphabetic) {
        return None;
    }
    crate::align::words::content_stems(head).pop()
}

/// The outcome class of the nearest outcome word around a figure: up to
/// three words before it, or after it and its counted noun ("two workers
/// were killed", "killed two workers").
fn outcome(before: &[&str], after: &[&str], noun_words: usize) -> Option<&'static str> {
    let class = |w: &str| {
        outcome_class(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase(),
        )
    };
    // By distance from the figure, the words after it first at equal
    // distance: the verb usually follows the counted noun ("12 workers
    // were hurt"), and the noun's own words do not count as distance.
    let after = after
        .iter()
        .take(noun_words + 3)
        .enumerate()
        .map(|(i, w)| (i.saturating_sub(noun_words), 0, w));
    let before = before
        .iter()
        .rev()
        .take(3)
        .enumerate()
        .map(|(i, w)| (i, 1, w));
    after
        .chain(before)
        .filter_map(|(distance, side, w)| class(w).map(|c| (distance, side, c)))
        .min()
        .map(|(_, _, c)| c)
}

/// The outcome class (see `OUTCOMES`) of a lower-case word or stem.
fn outcome_class(w: &str) -> Option<&'static str> {
    OUTCOMES
        .iter()
        .find(|(_, prefixes)| prefixes.iter().any(|p| w.starts_with(p)))
        .map(|(class, _)| *class)
}

/// Two figures that say different things happened to what they count.
fn different_outcomes(a: &Figure, b: &Figure) -> bool {
    matches!((a.outcome, b.outcome), (Some(x), Some(y)) if x != y)
}

/// Two figures held by different named subjects ("City had won 21 of
/// their 38 matches", "Rovers won 24 of their 38 matches"): the capitalized
/// word or entity nearest before each figure in its clause, when both have
/// one and they share no word, says they are different measures.
fn different_holders(a: &Figure, b: &Figure) -> bool {
    match (&a.holder, &b.holder) {
        (Some(x), Some(y)) => !x
            .split_whitespace()
            .any(|w| y.split_whitespace().any(|v| v == w)),
        _ => false,
    }
}

/// The named subject just before a figure: a capitalized word among the
/// three words before it, not a month, weekday or sentence-opening function
/// word.
fn holder(before: &[&str]) -> Option<String> {
    let window = &before[before.len().saturating_sub(3)..];
    if window.iter().any(|w| w.ends_with(',') || w.ends_with(';')) {
        return None;
    }
    window
        .iter()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !crate::align::words::is_stop(&w.to_lowercase())
                && !NOT_HOLDERS.contains(&w.to_lowercase().as_str())
                && crate::calendar::month_number(w).is_none()
                && crate::calendar::weekday_number(w).is_none()
        })
        .map(|w| w.to_lowercase())
}

/// Capitalized words that name no holder of a figure (besides months and
/// weekdays).
const NOT_HOLDERS: &[&str] = &[
    "about", "some", "more", "around", "nearly", "almost", "over", "up", "only", "just", "at",
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "there", "this", "that", "in", "on",
    "by", "of", "last", "after", "before", "since", "and", "but",
];

/// Ordinal positions ("in the 78th minute", "at the 35th kilometre"): the
/// extractor leaves ordinals out (most are ranks and dates), but a position
/// on a scale named right after it is a figure sources can disagree on.
fn ordinal_positions(ctx: &Ctx, s: usize) -> Vec<(Detail, String)> {
    let st = &ctx.graph.extracted.segmented.statements[s];
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = st
        .text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - st.text.as_ptr() as usize, w))
        .collect();
    for (i, &(at, w)) in words.iter().enumerate() {
        let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
        let rest = &w[digits.len()..];
        if digits.is_empty() || !matches!(rest, "st" | "nd" | "rd" | "th") {
            continue;
        }
        let Some(&(nat, noun)) = words.get(i + 1) else {
            continue;
        };
        let noun_clean = noun.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !POSITION_SCALES.contains(&noun_clean.to_lowercase().as_str()) {
            continue;
        }
        let Ok(v) = digits.parse::<f64>() else {
            continue;
        };
        let end = nat + noun_clean.len();
        let q = Quantity {
            value: Some(v),
            low: Some(v),
            high: Some(v),
            low_inclusive: true,
            high_inclusive: true,
            qualifier: Qualifier::Exact,
            change: None,
            unit: None,
            counted: None,
            total: None,
            written: None,
        };
        out.push((
            Detail {
                kind: DetailKind::Quantity,
                text: st.text[at..end].to_string(),
                start: st.start + at,
                end: st.start + end,
                normalized: Normalized::Quantity(q),
            },
            format!("{} (position)", crate::extract::quantity::lemma(noun_clean)),
        ));
    }
    out
}

/// Scales an ordinal marks a position on (not ranks: "3rd place" is a
/// result compared elsewhere, "22nd anniversary" is no measure).
const POSITION_SCALES: &[&str] = &[
    "minute",
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "lap",
    "round",
    "hole",
    "over",
    "inning",
    "floor",
    "stage",
    "day",
    "week",
    "hour",
    "metre",
    "meter",
];

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where document offset `at` falls in statement `s`'s text (clamped to
/// it, on a character boundary).
fn statement_offset(ctx: &Ctx, s: usize, at: usize) -> usize {
    let st = &ctx.graph.extracted.segmented.statements[s];
    floor_char(&st.text, at.saturating_sub(st.start).min(st.text.len()))
}

/// The text of statement `s` before detail `d`.
fn text_before<'a>(ctx: &Ctx<'a>, s: usize, d: &Detail) -> &'a str {
    let text = &ctx.graph.extracted.segmented.statements[s].text;
    &text[..statement_offset(ctx, s, d.start)]
}

/// The text of statement `s` after detail `d`.
fn text_after<'a>(ctx: &Ctx<'a>, s: usize, d: &Detail) -> &'a str {
    let text = &ctx.graph.extracted.segmented.statements[s].text;
    &text[statement_offset(ctx, s, d.end)..]
}

/// How alike the words around two figures are: the cosine of their
/// closeness-weighted words.
fn role_similarity(a: &Figure, b: &Figure) -> f64 {
    let dot: f64 = a
        .role
        .iter()
        .filter_map(|(w, x)| b.role.get(w).map(|y| x * y))
        .sum();
    let norm = |r: &BTreeMap<String, f64>| r.values().map(|x| x * x).sum::<f64>().sqrt();
    let n = norm(&a.role) * norm(&b.role);
    if n == 0.0 {
        0.0
    } else {
        dot / n
    }
}

fn same_value(a: &Quantity, b: &Quantity) -> bool {
    a.low == b.low
        && a.high == b.high
        && a.qualifier == b.qualifier
        && a.total == b.total
        && a.unit == b.unit
}

fn describe_quantity(ctx: &Ctx, s: usize, d: &Detail) -> String {
    format!("{} says {}", ctx.name(s), quantity_phrase(ctx, s, d))
}

/// The figure with the words it counts, as written: "a majority of the 281
/// lawmakers" (the detail's span stops before the counted noun).
fn quantity_phrase(ctx: &Ctx, s: usize, d: &Detail) -> String {
    let Some(counted) = quantity(d).and_then(|q| q.counted.clone()) else {
        return d.text.clone();
    };
    let after = text_after(ctx, s, d);
    let wanted: Vec<&str> = counted.split_whitespace().collect();
    let mut words = Vec::new();
    for w in after.split_whitespace().take(wanted.len() + 2) {
        let clean = w.trim_matches(|c: char| !c.is_alphanumeric());
        words.push(clean);
        let lemmas: Vec<String> = words
            .iter()
            .map(|w| crate::extract::quantity::lemma(w))
            .collect();
        if lemmas.len() >= wanted.len() && lemmas[lemmas.len() - wanted.len()..] == wanted[..] {
            return format!("{} {}", d.text, words.join(" "));
        }
    }
    format!("{} ({counted})", d.text)
}

fn quantities(ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut figures: Vec<Figure> = Vec::new();
    let mut bare: Vec<Figure> = Vec::new();
    for &s in ctx.statements() {
        for d in details_of(ctx.graph, s, DetailKind::Quantity) {
            match quantity(d).and_then(Quantity::measure) {
                Some(k) => {
                    let k = match attributive_head(ctx, s, d) {
                        Some(head) => format!("{k} of {head}"),
                        None => k,
                    };
                    figures.push(figure(ctx, s, d, k))
                }
                None => bare.push(figure(ctx, s, d, String::new())),
            }
        }
    }
    for &s in ctx.statements() {
        for (d, k) in ordinal_positions(ctx, s) {
            figures.push(figure(ctx, s, &d, k));
        }
    }
    // A bare number ("a crowd of 41,212") has nothing to pair it by; when
    // each source's statement carries exactly one, they are the same slot.
    let bare_docs: BTreeSet<usize> = bare.iter().map(|f| ctx.doc(f.statement)).collect();
    if bare_docs.len() >= 2 && bare_docs.len() == bare.len() {
        figures.extend(bare);
    }

    // The same fact measured differently: part-of-whole figures that count
    // different things in different sources.
    let parts: Vec<&Figure> = figures
        .iter()
        .filter(|f| quantity(&f.detail).is_some_and(part_of_whole))
        .collect();
    let part_keys: BTreeSet<&str> = parts.iter().map(|f| f.key.as_str()).collect();
    let part_docs: BTreeSet<usize> = parts.iter().map(|f| ctx.doc(f.statement)).collect();
    let mut used: BTreeSet<(usize, usize)> = BTreeSet::new();
    if part_keys.len() >= 2 && part_docs.len() >= 2 {
        // Keep one part-of-whole figure per document: the first.
        let mut chosen: Vec<&Figure> = Vec::new();
        for f in &parts {
            if !chosen
                .iter()
                .any(|c| ctx.doc(c.statement) == ctx.doc(f.statement))
            {
                chosen.push(f);
                used.insert((f.statement, f.detail.start));
            }
        }
        let mut disagreeing = Vec::new();
        let mut compatible = Vec::new();
        for i in 0..chosen.len() {
            for j in i + 1..chosen.len() {
                let (qa, qb) = (
                    quantity(&chosen[i].detail).unwrap(),
                    quantity(&chosen[j].detail).unwrap(),
                );
                if chosen[i].key == chosen[j].key && overlaps(qa, qb) {
                    compatible.push(format!(
                        "{} and {}",
                        ctx.name(chosen[i].statement),
                        ctx.name(chosen[j].statement)
                    ));
                } else {
                    disagreeing.push((ctx.doc(chosen[i].statement), ctx.doc(chosen[j].statement)));
                }
            }
        }
        let keys: Vec<&str> = chosen
            .iter()
            .map(|f| f.key.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut explanation = chosen
            .iter()
            .map(|f| describe_quantity(ctx, f.statement, &f.detail))
            .collect::<Vec<_>>()
            .join("; ");
        explanation.push_str(&format!(
            ". These count different things ({})",
            keys.join(" vs ")
        ));
        if !compatible.is_empty() {
            explanation.push_str(&format!("; {} are compatible", compatible.join(", ")));
        }
        explanation.push('.');
        out.push(
            ctx.finding(
                FindingKind::Quantity,
                Verdict::Discrepancy,
                Severity::Medium,
                chosen
                    .iter()
                    .map(|f| (f.statement, f.detail.clone()))
                    .collect(),
                explanation,
                "quantity.different-measures",
                disagreeing,
            ),
        );
    }

    // Figures of one key and period gather into slots: pairs of figures from
    // two sources join, most alike first, when the words around them say
    // they measure the same thing (a depth is not a distance), one figure per
    // source in a slot. Each slot is compared as intervals.
    let free: Vec<&Figure> = figures
        .iter()
        .filter(|f| !used.contains(&(f.statement, f.detail.start)))
        .collect();
    // A figure that is the only one of its key in its source's part of the
    // claim needs no words around it to say which slot it fills: the
    // statements are already aligned ("a crowd of 12,000 people listened",
    // "some 5,000 people attended").
    let mut per_doc: BTreeMap<(usize, &str), usize> = BTreeMap::new();
    for f in &free {
        *per_doc
            .entry((ctx.doc(f.statement), f.key.as_str()))
            .or_insert(0) += 1;
    }
    let lone =
        |f: &Figure| !f.key.is_empty() && per_doc[&(ctx.doc(f.statement), f.key.as_str())] == 1;
    let alike_roles = |a: &Figure, b: &Figure| {
        let sim = role_similarity(a, b);
        if sim <= 0.1 && lone(a) && lone(b) {
            0.1 + f64::EPSILON
        } else {
            sim
        }
    };
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..free.len() {
        for j in i + 1..free.len() {
            let (a, b) = (free[i], free[j]);
            if a.key != b.key || a.past != b.past || ctx.doc(a.statement) == ctx.doc(b.statement) {
                continue;
            }
            if different_holders(a, b) || different_outcomes(a, b) || (a.quoted && b.quoted) {
                continue;
            }
            let sim = alike_roles(a, b);
            if sim > 0.1 {
                pairs.push((sim, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut slot: Vec<usize> = (0..free.len()).collect();
    for &(_, i, j) in &pairs {
        let (si, sj) = (slot[i], slot[j]);
        if si == sj {
            continue;
        }
        let docs_of = |k: usize| -> BTreeSet<usize> {
            (0..free.len())
                .filter(|&m| slot[m] == k)
                .map(|m| ctx.doc(free[m].statement))
                .collect()
        };
        if docs_of(si).intersection(&docs_of(sj)).next().is_some() {
            continue;
        }
        // Every member must measure the same thing as every other: one
        // alike pair must not chain "evacuated workers" to "workers who
        // died" through a third figure.
        let members =
            |k: usize| -> Vec<usize> { (0..free.len()).filter(|&m| slot[m] == k).collect() };
        let (mi, mj) = (members(si), members(sj));
        let alike = mi.iter().all(|&x| {
            mj.iter().all(|&y| {
                let (a, b) = (free[x], free[y]);
                a.key == b.key
                    && a.past == b.past
                    && !different_outcomes(a, b)
                    && !(a.quoted && b.quoted)
                    && alike_roles(a, b) > 0.1
            })
        });
        if !alike {
            continue;
        }
        for m in slot.iter_mut().filter(|m| **m == sj) {
            *m = si;
        }
    }
    let mut slots: BTreeMap<usize, Vec<&Figure>> = BTreeMap::new();
    for (m, f) in free.iter().enumerate() {
        slots.entry(slot[m]).or_default().push(f);
    }
    for (_, values) in slots {
        let k = values[0].key.clone();
        if values.len() < 2 {
            continue;
        }
        let mut verdict = Verdict::Agree;
        let mut disagreeing = Vec::new();
        let mut update = false;
        for i in 0..values.len() {
            for j in i + 1..values.len() {
                let (qa, qb) = (
                    quantity(&values[i].detail).unwrap(),
                    quantity(&values[j].detail).unwrap(),
                );
                let v = if same_value(qa, qb) {
                    Verdict::Agree
                } else if overlaps(qa, qb) {
                    Verdict::Compatible
                } else if is_update(ctx, &k, values[i], values[j]) {
                    update = true;
                    Verdict::Compatible
                } else {
                    disagreeing.push((ctx.doc(values[i].statement), ctx.doc(values[j].statement)));
                    Verdict::Conflict
                };
                verdict = verdict.max(v);
            }
        }
        let listed = values
            .iter()
            .map(|f| describe_quantity(ctx, f.statement, &f.detail))
            .collect::<Vec<_>>()
            .join("; ");
        let what = if k.is_empty() {
            "this figure".to_string()
        } else {
            k.clone()
        };
        let (severity, rule, why) = match verdict {
            Verdict::Agree => (
                Severity::Low,
                "quantity.same-value",
                "The figures agree.".to_string(),
            ),
            Verdict::Compatible if update => (
                Severity::Low,
                "quantity.update",
                "The later report gives a higher running figure: an update, not a contradiction."
                    .to_string(),
            ),
            Verdict::Compatible => (
                Severity::Low,
                "quantity.overlapping-intervals",
                "The figures differ in precision but their ranges overlap.".to_string(),
            ),
            _ => (
                Severity::High,
                "quantity.disjoint-intervals",
                format!("The figures for {what} cannot all be true: their ranges do not overlap."),
            ),
        };
        out.push(
            ctx.finding(
                FindingKind::Quantity,
                verdict,
                severity,
                values
                    .iter()
                    .map(|f| (f.statement, f.detail.clone()))
                    .collect(),
                format!("{listed}. {why}"),
                rule,
                disagreeing,
            ),
        );
    }
}

/// A later report with a higher figure of a running count: a toll, or any
/// figure the later statement presents as grown ("has now burned").
fn is_update(ctx: &Ctx, key: &str, a: &Figure, b: &Figure) -> bool {
    let (Some(da), Some(db)) = (ctx.published(a.statement), ctx.published(b.statement)) else {
        return false;
    };
    if da == db {
        return false;
    }
    let (early, late) = if da < db { (a, b) } else { (b, a) };
    let value = |f: &Figure| {
        quantity(&f.detail)
            .and_then(|q| q.value.or(q.low))
            .unwrap_or(0.0)
    };
    if value(late) <= value(early) {
        return false;
    }
    let running = RUNNING_COUNTS
        .iter()
        .any(|w| key.split_whitespace().any(|k| k == *w));
    let words = ctx
        .text(late.statement)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    // Patients in hospital are a running count whatever noun counts them.
    let in_care = [early, late].iter().any(|f| {
        f.role
            .keys()
            .any(|w| RUNNING_CONTEXTS.iter().any(|c| w.starts_with(c)))
    });
    running
        || in_care
        || successive_counts(ctx, early.statement, late.statement)
        || PROGRESS_CUES
            .iter()
            .any(|c| format!(" {words} ").contains(&format!(" {c} ")))
}

fn date(d: &Detail) -> Option<&DateValue> {
    match &d.normalized {
        Normalized::Date(v) if v.resolved && v.start.is_some() => Some(v),
        _ => None,
    }
}

/// A date that says when something was said, not when the event happened:
/// right after a reporting verb ("said on Tuesday", "announced Monday").
fn reporting_date(ctx: &Ctx, s: usize, d: &Detail) -> bool {
    let before = text_before(ctx, s, d).trim_end().to_lowercase();
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    matches!(
        last,
        "said"
            | "says"
            | "announced"
            | "told"
            | "confirmed"
            | "reported"
            | "stated"
            | "added"
            | "explained"
            | "tweeted"
            | "wrote"
    )
}

/// Words saying a statement was made again, on another occasion.
const REPEATS: &[&str] = &["repeated", "reiterated", "again", "once more"];

fn repeated(text: &str) -> bool {
    let lower = format!(" {} ", text.to_lowercase());
    REPEATS.iter().any(|r| lower.contains(&format!(" {r} ")))
}

fn occasion(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    OCCASIONS.iter().find(|o| lower.contains(*o)).copied()
}

/// When a statement says its event happened: its only resolved date,
/// leaving out the date of the reporting ("…, officials said on Tuesday").
fn moment<'a>(ctx: &Ctx<'a>, s: usize) -> Option<&'a Detail> {
    let mut ds: Vec<&Detail> = details_of(ctx.graph, s, DetailKind::Date)
        .into_iter()
        .filter(|d| date(d).is_some())
        .collect();
    if ds.len() > 1 {
        ds.retain(|d| !reporting_date(ctx, s, d));
    }
    (ds.len() == 1).then(|| ds[0])
}

/// Two reports of a developing situation, each giving the count at its own
/// moment: the later report's statement is dated later and counts the same
/// thing with another figure ("about 120,000 homes without power on Sunday
/// night"; next day, "about 180,000 … on Monday morning"). Neither its
/// figure nor its date contradicts the earlier report.
fn successive_counts(ctx: &Ctx, a: usize, b: usize) -> bool {
    let (Some(pa), Some(pb)) = (ctx.published(a), ctx.published(b)) else {
        return false;
    };
    if pa == pb {
        return false;
    }
    let (early, late) = if pa < pb { (a, b) } else { (b, a) };
    let start = |s: usize| moment(ctx, s).and_then(date).and_then(|v| v.start);
    let (Some(de), Some(dl)) = (start(early), start(late)) else {
        return false;
    };
    if dl <= de {
        return false;
    }
    let counts = |s: usize| -> Vec<(String, &Quantity)> {
        details_of(ctx.graph, s, DetailKind::Quantity)
            .into_iter()
            .filter_map(|d| quantity(d).and_then(|q| q.measure().map(|k| (k, q))))
            .collect()
    };
    let later = counts(late);
    counts(early)
        .iter()
        .any(|(k, q)| later.iter().any(|(l, r)| k == l && !overlaps(q, r)))
}

/// What a date is the time of, when a statement gives several: the content
/// word right before it and its preposition ("had last been inspected in
/// March" → "inspect", "was built in 1974" → "built").
fn date_anchor(ctx: &Ctx, s: usize, d: &Detail) -> Option<String> {
    let words: Vec<&str> = text_before(ctx, s, d).split_whitespace().collect();
    // The date's own preposition, then the word it hangs on.
    let mut near = words.iter().rev().take(2);
    let first = near.next()?;
    let word = if matches!(
        first.to_lowercase().as_str(),
        "in" | "on" | "since" | "until" | "by" | "from"
    ) {
        near.next()?
    } else {
        first
    };
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() || word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    crate::align::words::content_stems(word).pop()
}

fn dates(ctx: &Ctx, out: &mut Vec<Finding>) {
    // One date per document: each statement's moment. Statements giving
    // several dates ("built in 1974 and last inspected in March") have no
    // one moment; their dates are compared by what they are the time of,
    // one date per document and word.
    let mut values: Vec<(usize, Detail)> = Vec::new();
    let mut anchored: BTreeMap<String, Vec<(usize, Detail)>> = BTreeMap::new();
    for &s in ctx.statements() {
        if let Some(d) = moment(ctx, s) {
            if !values.iter().any(|(x, _)| ctx.doc(*x) == ctx.doc(s)) {
                values.push((s, d.clone()));
            }
            continue;
        }
        let own: Vec<(String, &Detail)> = details_of(ctx.graph, s, DetailKind::Date)
            .into_iter()
            .filter(|d| date(d).is_some() && !reporting_date(ctx, s, d))
            .filter_map(|d| date_anchor(ctx, s, d).map(|a| (a, d)))
            .collect();
        for (anchor, d) in &own {
            // "first elected in 2015 and re-elected in 2019": a word
            // holding two dates says neither is the one.
            if own.iter().filter(|(a, _)| a == anchor).count() > 1 {
                continue;
            }
            let slot = anchored.entry(anchor.clone()).or_default();
            if !slot.iter().any(|(x, _)| ctx.doc(*x) == ctx.doc(s)) {
                slot.push((s, (*d).clone()));
            }
        }
    }
    judge_dates(ctx, values, out);
    for (_, values) in anchored {
        judge_dates(ctx, values, out);
    }
}

/// Compares the dates of one slot (one per document) and adds the finding.
fn judge_dates(ctx: &Ctx, values: Vec<(usize, Detail)>, out: &mut Vec<Finding>) {
    if values.len() < 2 {
        return;
    }
    let mut verdict = Verdict::Agree;
    let mut disagreeing = Vec::new();
    let mut occasions = false;
    let mut successive = false;
    for i in 0..values.len() {
        for j in i + 1..values.len() {
            let (a, b) = (date(&values[i].1).unwrap(), date(&values[j].1).unwrap());
            let v = if a.start == b.start && a.end == b.end {
                Verdict::Agree
            } else if a.start <= b.end && b.start <= a.end {
                Verdict::Compatible
            } else if a.precision != b.precision {
                // "on Wednesday" and "(the three months) to June": dates
                // of different precision that miss each other are most
                // likely different moments, not a contradiction.
                continue;
            } else {
                let (oa, ob) = (
                    occasion(ctx.text(values[i].0)),
                    occasion(ctx.text(values[j].0)),
                );
                let again = repeated(ctx.text(values[i].0)) || repeated(ctx.text(values[j].0));
                if (oa.is_some() && ob.is_some() && oa != ob) || again {
                    occasions = true;
                    Verdict::Compatible
                } else if successive_counts(ctx, values[i].0, values[j].0) {
                    successive = true;
                    Verdict::Compatible
                } else {
                    disagreeing.push((ctx.doc(values[i].0), ctx.doc(values[j].0)));
                    Verdict::Conflict
                }
            };
            verdict = verdict.max(v);
        }
    }
    let listed = values
        .iter()
        .map(|(s, d)| {
            format!(
                "{} says {} ({})",
                ctx.name(*s),
                d.text,
                date(d).and_then(|v| v.value.clone()).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let (severity, rule, why) = match verdict {
        Verdict::Agree => (Severity::Low, "date.same-day", "The dates agree."),
        Verdict::Compatible if occasions => (
            Severity::Low,
            "date.different-occasions",
            "The statements name different occasions, or say the remark was made again, so different dates are expected.",
        ),
        Verdict::Compatible if successive => (
            Severity::Low,
            "date.successive-counts",
            "The later report gives its count at a later moment, so a later date is expected.",
        ),
        Verdict::Compatible => (
            Severity::Low,
            "date.overlapping",
            "The dates differ in precision but overlap.",
        ),
        _ => (
            Severity::High,
            "date.different-days",
            "The sources give different dates for the same event.",
        ),
    };
    out.push(ctx.finding(
        FindingKind::Date,
        verdict,
        severity,
        values,
        format!("{listed}. {why}"),
        rule,
        disagreeing,
    ));
}

/// Words that make another office of the one they qualify: a deputy mayor
/// is not the mayor. A title that only adds or drops one of them is not a
/// shorter form of the other. Words of time ("former", "outgoing",
/// "-elect") are not among them: reports written a day apart may rightly
/// differ there.
const RANK_WORDS: &[&str] = &[
    "deputy",
    "vice",
    "assistant",
    "associate",
    "acting",
    "interim",
    "co",
    "junior",
    "shadow",
];

/// The words of a title, abbreviations and gendered forms written out, so
/// that "CEO" and "chief executive", "Gov." and "governor", "spokesman"
/// and "spokesperson" are one office.
fn title_words(t: &str) -> BTreeSet<String> {
    t.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .flat_map(|w| -> Vec<&str> {
            match w {
                "ceo" => vec!["chief", "executive", "officer"],
                "cfo" => vec!["chief", "financial", "officer"],
                "coo" => vec!["chief", "operating", "officer"],
                "cto" => vec!["chief", "technology", "officer"],
                "vp" => vec!["vice", "president"],
                "gm" => vec!["general", "manager"],
                "gov" => vec!["governor"],
                "sen" => vec!["senator"],
                "rep" => vec!["representative"],
                "gen" => vec!["general"],
                "lt" => vec!["lieutenant"],
                "sgt" => vec!["sergeant"],
                "capt" => vec!["captain"],
                "adm" => vec!["admiral"],
                "cmdr" => vec!["commander"],
                "col" => vec!["colonel"],
                "maj" => vec!["major"],
                "prof" => vec!["professor"],
                "atty" => vec!["attorney"],
                "supt" => vec!["superintendent"],
                "insp" => vec!["inspector"],
                "det" => vec!["detective"],
                "defence" => vec!["defense"],
                "spokesman" | "spokeswoman" => vec!["spokesperson"],
                "chairman" | "chairwoman" | "chairperson" => vec!["chair"],
                _ => vec![w],
            }
        })
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// The words that say what part a person plays: their title ("chief
/// executive") and the words right before the name ("introduced by
/// Estonian delegate"), as stems; reporting verbs and function words left
/// out, since anyone may say something.
fn act_words(ctx: &Ctx, s: usize, d: &Detail) -> BTreeSet<String> {
    let before: Vec<&str> = text_before(ctx, s, d).split_whitespace().collect();
    let title = match &d.normalized {
        Normalized::Entity(e) => e.title.as_deref().unwrap_or(""),
        _ => "",
    };
    before[before.len().saturating_sub(4)..]
        .iter()
        .copied()
        .chain(title.split_whitespace())
        .flat_map(crate::align::words::content_stems)
        .filter(|w| !REPORTING_STEMS.iter().any(|r| w.starts_with(r)))
        .collect()
}

const REPORTING_STEMS: &[&str] = &[
    "said", "say", "told", "tell", "accord", "ad", "announc", "confirm", "explain", "state",
];

/// A different person named for the same act or role in the same claim:
/// each source's statement names one person, the names share no word, and
/// the words before the names share the act ("introduced by … delegate").
fn different_persons(ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut named: Vec<(usize, Detail, BTreeSet<String>)> = Vec::new();
    for &s in ctx.statements() {
        // Who said a quote is the attribution rule's question.
        if !details_of(ctx.graph, s, DetailKind::Quote).is_empty() {
            continue;
        }
        let persons: Vec<&Detail> = details_of(ctx.graph, s, DetailKind::Entity)
            .into_iter()
            .filter(|d| {
                matches!(&d.normalized, Normalized::Entity(e)
                    if e.entity == crate::extract::entity::EntityKind::Person
                        && e.canonical.split_whitespace().count() >= 2)
            })
            .collect();
        if persons.len() == 1 && !named.iter().any(|(x, _, _)| ctx.doc(*x) == ctx.doc(s)) {
            named.push((s, persons[0].clone(), act_words(ctx, s, persons[0])));
        }
    }
    let canonical = |d: &Detail| match &d.normalized {
        Normalized::Entity(e) => e.canonical.to_lowercase(),
        _ => String::new(),
    };
    let mut disagreeing = Vec::new();
    let mut involved: BTreeSet<usize> = BTreeSet::new();
    for i in 0..named.len() {
        for j in i + 1..named.len() {
            let (a, b) = (&named[i], &named[j]);
            let (ca, cb) = (canonical(&a.1), canonical(&b.1));
            let share_name = ca
                .split_whitespace()
                .any(|w| cb.split_whitespace().any(|v| v == w));
            if !share_name && a.2.intersection(&b.2).next().is_some() {
                disagreeing.push((ctx.doc(a.0), ctx.doc(b.0)));
                involved.extend([i, j]);
            }
        }
    }
    if disagreeing.is_empty() {
        return;
    }
    let values: Vec<(usize, Detail)> = involved
        .iter()
        .map(|&i| (named[i].0, named[i].1.clone()))
        .collect();
    let listed = values
        .iter()
        .map(|(s, d)| format!("{} names {}", ctx.name(*s), d.text))
        .collect::<Vec<_>>()
        .join("; ");
    out.push(ctx.finding(
        FindingKind::Entity,
        Verdict::Conflict,
        Severity::High,
        values,
        format!("{listed}. The sources name different people for the same act or role."),
        "entity.different-person",
        disagreeing,
    ));
}

fn entities(ctx: &Ctx, out: &mut Vec<Finding>) {
    different_persons(ctx, out);
    // Persons by canonical name: (statement, detail) per document.
    let mut persons: BTreeMap<String, Vec<(usize, Detail)>> = BTreeMap::new();
    for &s in ctx.statements() {
        for d in details_of(ctx.graph, s, DetailKind::Entity) {
            if let Normalized::Entity(e) = &d.normalized {
                if e.entity == crate::extract::entity::EntityKind::Person && e.title.is_some() {
                    let g = persons.entry(e.canonical.clone()).or_default();
                    if !g.iter().any(|(x, _)| ctx.doc(*x) == ctx.doc(s)) {
                        g.push((s, d.clone()));
                    }
                }
            }
        }
    }
    for (name, values) in persons {
        if values.len() < 2 {
            continue;
        }
        let titles: Vec<BTreeSet<String>> = values
            .iter()
            .map(|(_, d)| match &d.normalized {
                Normalized::Entity(e) => title_words(e.title.as_deref().unwrap_or("")),
                _ => BTreeSet::new(),
            })
            .collect();
        if titles.iter().all(|t| *t == titles[0]) {
            continue;
        }
        let mut verdict = Verdict::Compatible;
        let mut disagreeing = Vec::new();
        for i in 0..titles.len() {
            for j in i + 1..titles.len() {
                let rank_differs = titles[i]
                    .symmetric_difference(&titles[j])
                    .any(|w| RANK_WORDS.contains(&w.as_str()));
                if rank_differs
                    || !(titles[i].is_subset(&titles[j]) || titles[j].is_subset(&titles[i]))
                {
                    verdict = Verdict::Discrepancy;
                    disagreeing.push((ctx.doc(values[i].0), ctx.doc(values[j].0)));
                }
            }
        }
        let listed = values
            .iter()
            .map(|(s, d)| format!("{} calls {name} \"{}\"", ctx.name(*s), d.text))
            .collect::<Vec<_>>()
            .join("; ");
        let (severity, rule, why) = if verdict == Verdict::Compatible {
            (
                Severity::Low,
                "entity.title-variant",
                "One title is a shorter form of the other.",
            )
        } else {
            (
                Severity::Medium,
                "entity.different-office",
                "The sources give this person different offices.",
            )
        };
        out.push(ctx.finding(
            FindingKind::Entity,
            verdict,
            severity,
            values,
            format!("{listed}. {why}"),
            rule,
            disagreeing,
        ));
    }
}

fn quote_words(q: &str) -> Vec<String> {
    q.to_lowercase()
        .replace('’', "'")
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

fn quote_similarity(a: &[String], b: &[String]) -> f64 {
    if a == b {
        return 1.0;
    }
    let (va, vb): (Vec<&String>, Vec<&String>) = (a.iter().collect(), b.iter().collect());
    let dist = strsim::generic_levenshtein(&va, &vb) as f64;
    1.0 - dist / a.len().max(b.len()).max(1) as f64
}

fn word_diff(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let sa: BTreeSet<&String> = a.iter().collect();
    let sb: BTreeSet<&String> = b.iter().collect();
    (
        a.iter().filter(|w| !sb.contains(w)).cloned().collect(),
        b.iter().filter(|w| !sa.contains(w)).cloned().collect(),
    )
}

/// Whether `short` is `long` with a whole clause left out: the words of
/// `short` appear in order in `long`, and a run of four or more dropped words
/// opens a clause (a conjunction) or carries its own verb ("…, and it must
/// reach companies within two years"). A shorter excerpt that only drops a
/// phrase ("run out of patience" / "… with management") is no such thing.
fn missing_clause(long: &[String], short: &[String]) -> bool {
    if short.is_empty() || short.len() >= long.len() {
        return false;
    }
    let mut run: Vec<&str> = Vec::new();
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut j = 0;
    for w in long {
        if j < short.len() && *w == short[j] {
            j += 1;
            if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        } else {
            run.push(w);
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    if j < short.len() {
        return false;
    }
    runs.iter().any(|r| {
        r.len() >= 4
            && (CLAUSE_OPENERS.contains(&r[0]) || r.iter().any(|w| CLAUSE_VERBS.contains(w)))
    })
}

const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "because", "or", "unless", "if", "while", "although", "though", "so", "which",
    "when", "until",
];

const CLAUSE_VERBS: &[&str] = &[
    "must", "will", "would", "should", "can", "could", "may", "might", "shall", "is", "are", "was",
    "were", "has", "have", "had",
];

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "don't", "doesn't", "won't", "can't", "cannot", "isn't", "aren't",
    "didn't",
];

/// The sources on each side of one wording difference.
type Sides<'a> = (BTreeSet<&'a str>, BTreeSet<&'a str>);

fn quotes(ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut all: Vec<(usize, Detail, Vec<String>)> = Vec::new();
    for &s in ctx.statements() {
        for d in details_of(ctx.graph, s, DetailKind::Quote) {
            if let Normalized::Quote(q) = &d.normalized {
                all.push((s, d.clone(), quote_words(&q.quote)));
            }
        }
    }
    // Every pair of similar quotes from different documents is judged on
    // its own, and the groups are the connected components of those pairs.
    // Judging against one pivot quote hid disagreements between the others
    // (two outlets that each paraphrase an agency differently), so that
    // removing the agency's article revealed a conflict it had masked.
    let mut pairs = Vec::new();
    let mut parent: Vec<usize> = (0..all.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Copies of a quotation are common in a big story: each pair of
    // distinct wordings is measured once.
    let mut wording: HashMap<&[String], usize> = HashMap::new();
    let wording_of: Vec<usize> = all
        .iter()
        .map(|q| {
            let next = wording.len();
            *wording.entry(q.2.as_slice()).or_insert(next)
        })
        .collect();
    let mut measured: HashMap<(usize, usize), f64> = HashMap::new();
    for i in 0..all.len() {
        for j in i + 1..all.len() {
            if ctx.doc(all[i].0) == ctx.doc(all[j].0) {
                continue;
            }
            let (wi, wj) = (wording_of[i], wording_of[j]);
            let sim = *measured
                .entry((wi.min(wj), wi.max(wj)))
                .or_insert_with(|| quote_similarity(&all[i].2, &all[j].2));
            if sim >= 0.45 {
                pairs.push((i, j, sim));
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..all.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut pairs_of: HashMap<usize, Vec<(usize, usize, f64)>> = HashMap::new();
    for &(i, j, sim) in &pairs {
        pairs_of
            .entry(root(&mut parent, i))
            .or_default()
            .push((i, j, sim));
    }
    for (r, group) in groups.into_iter().filter(|(_, g)| g.len() >= 2) {
        let mut verdict = Verdict::Agree;
        let mut notes: Vec<((String, String), Sides)> = Vec::new();
        let mut disagreeing = Vec::new();
        for &(i, j, sim) in pairs_of.get(&r).map_or(&[][..], Vec::as_slice) {
            let (a, b) = (&all[i], &all[j]);
            if a.2 == b.2 {
                continue;
            }
            let (only_a, only_b) = word_diff(&a.2, &b.2);
            let numbers = only_a
                .iter()
                .chain(&only_b)
                .any(|w| w.chars().any(|c| c.is_ascii_digit()));
            let negation = only_a
                .iter()
                .chain(&only_b)
                .any(|w| NEGATIONS.contains(&w.as_str()));
            let v = if numbers || negation {
                Verdict::Conflict
            } else if missing_clause(&a.2, &b.2) || missing_clause(&b.2, &a.2) {
                Verdict::Discrepancy
            } else if sim >= 0.6 || only_a.len() + only_b.len() <= 12 {
                Verdict::Compatible
            } else {
                Verdict::Discrepancy
            };
            if v.flagged() {
                disagreeing.push((ctx.doc(a.0), ctx.doc(b.0)));
            }
            verdict = verdict.max(v);
            // One note per difference, naming every source on each side,
            // rather than one per pair of sources; in the order first met
            // (document order), so the earlier source is named first.
            let key = (only_a.join(" "), only_b.join(" "));
            let at = match notes.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    notes.push((key, (BTreeSet::new(), BTreeSet::new())));
                    notes.len() - 1
                }
            };
            notes[at].1 .0.insert(ctx.name(a.0));
            notes[at].1 .1.insert(ctx.name(b.0));
        }
        let notes: Vec<String> = notes
            .into_iter()
            .map(|((wa, wb), (na, nb))| {
                let join = |n: BTreeSet<_>| n.into_iter().collect::<Vec<_>>().join(", ");
                format!("{} has \"{wa}\" where {} has \"{wb}\"", join(na), join(nb))
            })
            .collect();
        let values: Vec<(usize, Detail)> = group
            .iter()
            .map(|&g| (all[g].0, all[g].1.clone()))
            .collect();
        let mut names: Vec<&str> = Vec::new();
        for &g in &group {
            if !names.contains(&ctx.name(all[g].0)) {
                names.push(ctx.name(all[g].0));
            }
        }
        let names = names.join(", ");
        let (severity, rule, explanation) = match verdict {
            Verdict::Agree => (Severity::Low, "quote.verbatim", format!("{names} quote the same words.")),
            Verdict::Compatible => (
                Severity::Low,
                "quote.wording-drift",
                format!("{names} carry the same quote with small wording differences (a translation or paraphrase): {}.", notes.join("; ")),
            ),
            Verdict::Discrepancy => (
                Severity::Medium,
                "quote.materially-different",
                format!("{names} quote materially different words: {}.", notes.join("; ")),
            ),
            Verdict::Conflict => (
                Severity::High,
                "quote.changed-number-or-negation",
                format!("The quote differs in a number or a negation: {}.", notes.join("; ")),
            ),
        };
        out.push(ctx.finding(
            FindingKind::Quote,
            verdict,
            severity,
            values.clone(),
            explanation,
            rule,
            disagreeing,
        ));

        // Attribution: the same quote put in different mouths.
        let speakers: Vec<(usize, String)> = group
            .iter()
            .filter_map(|&g| match &all[g].1.normalized {
                Normalized::Quote(q) => q.speaker_canonical.clone().map(|c| (g, c)),
                _ => None,
            })
            .collect();
        let distinct: BTreeSet<String> = speakers.iter().map(|(_, c)| c.to_lowercase()).collect();
        if distinct.len() >= 2
            && speakers.iter().all(|(_, c)| {
                c.split_whitespace()
                    .any(|w| w.chars().next().is_some_and(char::is_uppercase))
            })
        {
            let mut disagreeing = Vec::new();
            for a in 0..speakers.len() {
                for b in a + 1..speakers.len() {
                    if speakers[a].1.to_lowercase() != speakers[b].1.to_lowercase() {
                        disagreeing
                            .push((ctx.doc(all[speakers[a].0].0), ctx.doc(all[speakers[b].0].0)));
                    }
                }
            }
            let listed = speakers
                .iter()
                .map(|(g, c)| format!("{} attributes it to {c}", ctx.name(all[*g].0)))
                .collect::<Vec<_>>()
                .join("; ");
            out.push(ctx.finding(
                FindingKind::Attribution,
                Verdict::Conflict,
                Severity::High,
                values,
                format!("{listed}. The same quote has different speakers."),
                "attribution.different-speaker",
                disagreeing,
            ));
        }
    }
}

/// Whether the affirming statement `pos` says the negated statement's
/// phrase without its "not": the two words before the negation and the
/// three after it, in a row ("the fund will not finance nuclear power" /
/// "the fund will finance nuclear power").
fn affirms_negated_phrase(neg: &[String], pos: &[String]) -> bool {
    let Some(i) = neg.iter().position(|w| w == "not" || w == "never") else {
        return false;
    };
    if i < 2 || i + 3 >= neg.len() || pos.iter().any(|w| w == "not" || w == "never") {
        return false;
    }
    let phrase: Vec<&String> = neg[i - 2..i].iter().chain(&neg[i + 1..i + 4]).collect();
    pos.windows(phrase.len())
        .any(|w| w.iter().zip(&phrase).all(|(a, b)| a == *b))
}

/// Whether `pos` does what `neg` says someone would not do: "refused to
/// concede" against "conceded defeat" (the act's stem, no negation in
/// `pos`). Who acts is checked by the caller.
fn affirms_refused_act(neg: &[String], pos: &[String]) -> bool {
    let Some(i) = neg.iter().position(|w| {
        matches!(
            w.as_str(),
            "refused"
                | "refuses"
                | "refuse"
                | "declined"
                | "declines"
                | "decline"
                | "failed"
                | "fails"
        )
    }) else {
        return false;
    };
    let Some(act) = neg.get(i + 2).filter(|_| neg[i + 1] == "to") else {
        return false;
    };
    let Some(stem) = crate::align::words::content_stems(act).pop() else {
        return false;
    };
    let negates = |w: &String| matches!(w.as_str(), "not" | "never" | "no") || w.ends_with("n't");
    !pos.iter().any(negates)
        && pos
            .iter()
            .any(|w| crate::align::words::content_stems(w).first() == Some(&stem))
}

/// The canonical names of a statement's persons and organizations.
fn actors(ctx: &Ctx, s: usize) -> BTreeSet<String> {
    details_of(ctx.graph, s, DetailKind::Entity)
        .into_iter()
        .filter_map(|d| match &d.normalized {
            Normalized::Entity(e) if e.entity != crate::extract::entity::EntityKind::Place => {
                Some(e.canonical.clone())
            }
            _ => None,
        })
        .collect()
}

fn polarity(ctx: &Ctx, out: &mut Vec<Finding>) {
    let st = ctx.statements();
    let negated: Vec<(usize, Option<Detail>)> = st
        .iter()
        .map(|&s| {
            (
                s,
                details_of(ctx.graph, s, DetailKind::Polarity)
                    .first()
                    .map(|d| (*d).clone()),
            )
        })
        .collect();
    let (neg, pos): (Vec<_>, Vec<_>) = negated.iter().partition(|(_, d)| d.is_some());
    if neg.is_empty() || pos.is_empty() {
        return;
    }
    // Only when the statements say nearly the same thing otherwise.
    // A big story repeats its sentences: each statement's words are read
    // once, and each pair of distinct texts is judged once.
    let mut text_ids: HashMap<&str, usize> = HashMap::new();
    let mut words: Vec<Vec<String>> = Vec::new();
    let mut text_of = |s: usize| {
        let next = text_ids.len();
        let id = *text_ids.entry(ctx.text(s)).or_insert(next);
        if id == words.len() {
            words.push(quote_words(ctx.text(s)));
        }
        id
    };
    let neg_text: Vec<usize> = neg.iter().map(|(s, _)| text_of(*s)).collect();
    let pos_text: Vec<usize> = pos.iter().map(|(s, _)| text_of(*s)).collect();
    let mut judged: HashMap<(usize, usize), bool> = HashMap::new();
    let mut disagreeing = Vec::new();
    for ((a, _), &ta) in neg.iter().zip(&neg_text) {
        for ((b, _), &tb) in pos.iter().zip(&pos_text) {
            let conflict = *judged.entry((ta, tb)).or_insert_with(|| {
                let (wa, wb) = (&words[ta], &words[tb]);
                let (only_a, only_b) = word_diff(wa, wb);
                let shared = wa.len().saturating_sub(only_a.len()) as f64;
                let near_same = shared / (wa.len().max(wb.len()).max(1) as f64) >= 0.6
                    && only_a.len() + only_b.len() <= 10;
                near_same
                    || affirms_negated_phrase(wa, wb)
                    || affirms_refused_act(wa, wb) && !actors(ctx, *a).is_disjoint(&actors(ctx, *b))
            });
            if conflict {
                disagreeing.push((ctx.doc(*a), ctx.doc(*b)));
            }
        }
    }
    if disagreeing.is_empty() {
        return;
    }
    let mut values: Vec<(usize, Detail)> = neg
        .iter()
        .filter_map(|(s, d)| d.clone().map(|d| (*s, d)))
        .collect();
    // The affirming side's evidence: the word the negation applies to
    // ("did not approve" → "approved"), or the whole statement.
    let negated_word = neg.iter().find_map(|(s, d)| {
        let d = d.as_ref()?;
        text_after(ctx, *s, d)
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| w.len() > 2 && !crate::align::words::is_stop(&w.to_lowercase()))
            .map(|w| {
                crate::align::words::content_stems(w)
                    .pop()
                    .unwrap_or_default()
            })
    });
    let affirmed_doc: BTreeSet<usize> = disagreeing.iter().flat_map(|&(a, b)| [a, b]).collect();
    for (s, _) in pos
        .iter()
        .filter(|(s, _)| affirmed_doc.contains(&ctx.doc(*s)))
    {
        let st = &ctx.graph.extracted.segmented.statements[*s];
        let base = st.text.as_ptr() as usize;
        let span = negated_word.as_ref().and_then(|stem| {
            st.text
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| {
                    !w.is_empty() && crate::align::words::content_stems(w).first() == Some(stem)
                })
                .map(|w| (w.as_ptr() as usize - base, w.len()))
        });
        let (at, len) = span.unwrap_or((0, st.text.len()));
        values.push((
            *s,
            Detail {
                kind: DetailKind::Polarity,
                text: st.text[at..at + len].to_string(),
                start: st.start + at,
                end: st.start + at + len,
                normalized: Normalized::Polarity(crate::extract::PolarityValue {
                    negated: false,
                    cue: String::new(),
                }),
            },
        ));
    }
    values.sort_by_key(|(s, _)| *s);
    let negators = neg
        .iter()
        .map(|(s, _)| ctx.name(*s))
        .collect::<Vec<_>>()
        .join(", ");
    let affirmers = pos
        .iter()
        .map(|(s, _)| ctx.name(*s))
        .collect::<Vec<_>>()
        .join(", ");
    out.push(ctx.finding(
        FindingKind::Polarity,
        Verdict::Conflict,
        Severity::High,
        values,
        format!("{negators} state the claim negated; {affirmers} affirm it."),
        "polarity.negated-in-one-source",
        disagreeing,
    ));
}
