//! Judges the fact groups: each group's values, one per document, compared
//! two by two.
//!
//! * **Quantities**: as intervals: the same value agrees, overlapping
//!   intervals are compatible, disjoint ones conflict, unless the later
//!   report gives a higher running count (an update).
//! * **Dates**: by what each source wrote. Dates written alike agree; a
//!   date without a year is compared on its month and day only; a weekday
//!   with the weekday of a full date; relative dates resolved against the
//!   publication date ("yesterday") are not compared between two copies of
//!   one statement (a reposted article's "today" is the repost's).
//!   Different precisions that miss each other say nothing.
//!
//! Members of a group whose document also states another value of the
//! measure (ambiguous) count as agreeing or compatible, never as
//! disagreeing; so does a pair one of whose documents also states the
//! other's value elsewhere (see `witnessed`).

use super::{Finding, FindingKind, FindingValue, Severity, Verdict};
use crate::align::ClaimGraph;
use crate::calendar::{month_number, weekday_number};
use crate::extract::quantity::Quantity;
use crate::extract::{DateValue, Normalized};
use crate::facts::measure::FactKind;
use crate::facts::{Fact, FactGroup};

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

fn quantity(f: &Fact) -> Option<&Quantity> {
    match &f.detail.normalized {
        Normalized::Quantity(q) => Some(q),
        _ => None,
    }
}

fn date(f: &Fact) -> Option<&DateValue> {
    match &f.detail.normalized {
        Normalized::Date(d) => Some(d),
        _ => None,
    }
}

fn same_value(a: &Quantity, b: &Quantity) -> bool {
    let same = a.low == b.low
        && a.high == b.high
        && a.qualifier == b.qualifier
        && a.total == b.total
        && a.unit == b.unit;
    // One scoreline told from either side: "lost 13-20", "won 20-13".
    same || crate::extract::quantity::reversed_score(a, b)
}

/// The most a true disagreement's figures differ by, as a ratio. Real
/// reports of one figure differ by a rounding, a late count or a
/// conversion ("five vs 15 critically wounded" is the widest the issue's
/// examples go); a figure more than three times another in a pair the
/// tool linked is nearly always another measure read as this one ("seven
/// bullets" vs "one bullet entered his shoulder", "23 points" vs "five in
/// the last minute").
const MAX_RATIO: f64 = 3.0;

/// A figure's point: its value, or the middle of its range; none for a
/// bound alone ("more than 200").
pub(super) fn point(q: &Quantity) -> Option<f64> {
    q.value.or(match (q.low, q.high) {
        (Some(l), Some(h)) => Some((l + h) / 2.0),
        _ => None,
    })
}

/// Whether two figures of one unit are too far apart to be one measure
/// (see [`MAX_RATIO`]); bounds without a point say nothing, and neither do
/// scales without a true zero, where a ratio means nothing (a time of day,
/// a game clock, a temperature: 1 a.m. against 4 a.m. is a plain
/// disagreement).
fn far_apart(a: &Quantity, b: &Quantity) -> bool {
    let ratio_scale = |q: &Quantity| {
        !q.unit
            .as_deref()
            .is_some_and(|u| u == "°C" || crate::extract::clock::is_clock(u))
    };
    if !ratio_scale(a) {
        return false;
    }
    match (point(a), point(b)) {
        (Some(x), Some(y)) if a.unit == b.unit && x > 0.0 && y > 0.0 => {
            x.max(y) / x.min(y) > MAX_RATIO
        }
        _ => false,
    }
}

/// Whether two counts of days are one apart (44 and 45): a span between
/// two days is told counting both ends ("45 days in office") or one ("44
/// days after taking office"), and both are right.
fn counted_ends(f: &Fact, a: &Quantity, b: &Quantity) -> bool {
    let days = f.measure.what == "day" || a.unit.as_deref() == Some("day");
    let exact = |q: &Quantity| {
        q.qualifier == crate::extract::quantity::Qualifier::Exact
            && q.value.is_some_and(|v| v.fract() == 0.0 && v >= 2.0)
    };
    days && exact(a)
        && exact(b)
        && a.unit == b.unit
        && matches!((a.value, b.value), (Some(x), Some(y)) if (x - y).abs() == 1.0)
}

struct Ctx<'a> {
    graph: &'a ClaimGraph,
}

impl Ctx<'_> {
    fn name(&self, f: &Fact) -> &str {
        &self.graph.extracted.segmented.corpus.documents[f.doc].id
    }
    fn text(&self, f: &Fact) -> &str {
        &self.graph.extracted.segmented.statements[f.statement].text
    }
    fn published(&self, f: &Fact) -> Option<jiff::civil::Date> {
        self.graph.extracted.segmented.corpus.documents[f.doc]
            .meta
            .date
    }
    /// Whether a fact's statement tells of the hours after midnight: a time
    /// of day the clock reader found there before [`SMALL_HOURS_END`], or
    /// "early hours", "overnight", "before dawn", "after midnight".
    fn small_hours(&self, f: &Fact) -> bool {
        let clock = self
            .graph
            .extracted
            .of_kind(f.statement, crate::extract::DetailKind::Quantity)
            .any(|d| {
                matches!(&d.normalized, Normalized::Quantity(q)
                    if q.unit.as_deref().is_some_and(crate::extract::clock::is_time_of_day)
                        && q.value.is_some_and(|m| m < SMALL_HOURS_END))
            });
        let lower = self.text(f).to_lowercase();
        clock
            || ["early hours", "overnight", "before dawn", "after midnight"]
                .iter()
                .any(|p| lower.contains(p))
    }
}

/// A later report with a higher figure of a running count: a toll, or any
/// figure the later statement presents as grown ("has now burned").
fn is_update(ctx: &Ctx, facts: &[Fact], group: &FactGroup, a: &Fact, b: &Fact) -> bool {
    let (Some(da), Some(db)) = (ctx.published(a), ctx.published(b)) else {
        return false;
    };
    if da == db {
        return false;
    }
    let (early, late) = if da < db { (a, b) } else { (b, a) };
    let value = |f: &Fact| quantity(f).and_then(|q| q.value.or(q.low)).unwrap_or(0.0);
    // Whether the group's measure, in plain words, names this word.
    let names = |w: &str| {
        group
            .measure
            .split(|c: char| !c.is_alphanumeric())
            .any(|k| k == w)
    };
    // The missing are the one running count that falls as the story goes
    // on: "six were missing", a day later "four people are still missing".
    let missing = names("missing")
        || [early, late]
            .iter()
            .any(|f| f.measure.act.as_deref() == Some("missing"));
    if value(late) <= value(early) && !(missing && value(late) < value(early)) {
        return false;
    }
    // Tolls, injuries, arrests, the missing and the evacuated are running
    // counts, by the counted noun or by the act.
    let running = RUNNING_COUNTS.iter().any(|w| {
        names(w)
            || late
                .measure
                .act
                .as_deref()
                .is_some_and(|a| a.starts_with(w))
    }) || [early, late].iter().any(|f| {
        f.measure
            .act
            .as_deref()
            .and_then(crate::facts::lexicon::outcome_class)
            .is_some()
    });
    let words = ctx
        .text(late)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    // Patients in hospital are a running count whatever noun counts them.
    let in_care = [early, late].iter().any(|f| {
        f.measure
            .context
            .iter()
            .any(|(w, _)| RUNNING_CONTEXTS.iter().any(|c| w.starts_with(c)))
    });
    running
        || in_care
        || later_moment(ctx, facts, early, late)
        || PROGRESS_CUES
            .iter()
            .any(|c| format!(" {words} ").contains(&format!(" {c} ")))
}

/// Stems around a figure that make it a running count ("three children are
/// being treated in hospital").
const RUNNING_CONTEXTS: &[&str] = &["hospit", "treat", "infect", "confirm"];

/// The one resolved date of a statement among the facts, if it has one.
fn moment(facts: &[Fact], statement: usize) -> Option<jiff::civil::Date> {
    let mut dates = facts
        .iter()
        .filter(|f| f.statement == statement)
        .filter_map(|f| date(f).filter(|d| d.resolved).and_then(|d| d.start));
    let first = dates.next()?;
    dates.all(|d| d == first).then_some(first)
}

/// Whether the later report's statement gives its figure at a later moment
/// than the earlier report's ("about 2,000 households on Friday evening";
/// next day, "some 3,500 on Saturday afternoon").
fn later_moment(ctx: &Ctx, facts: &[Fact], early: &Fact, late: &Fact) -> bool {
    let _ = ctx;
    matches!((moment(facts, early.statement), moment(facts, late.statement)), (Some(e), Some(l)) if l > e)
}

/// Two dates of successive counts: each report gives its count at its own
/// moment, the later report at the later moment, and the two counts of one
/// measure differ. Neither date contradicts the other.
fn successive_counts(ctx: &Ctx, facts: &[Fact], a: &Fact, b: &Fact) -> bool {
    let (Some(pa), Some(pb)) = (ctx.published(a), ctx.published(b)) else {
        return false;
    };
    if pa == pb {
        return false;
    }
    let (early, late) = if pa < pb { (a, b) } else { (b, a) };
    let (Some(de), Some(dl)) = (
        date(early).and_then(|d| d.start),
        date(late).and_then(|d| d.start),
    ) else {
        return false;
    };
    if dl <= de {
        return false;
    }
    let counts = |s: usize| -> Vec<&Fact> {
        facts
            .iter()
            .filter(|f| f.statement == s && f.measure.kind == FactKind::Quantity)
            .collect()
    };
    let later = counts(late.statement);
    counts(early.statement).iter().any(|x| {
        later
            .iter()
            .any(|y| x.measure.what == y.measure.what && !crate::facts::values_overlap(x, y))
    })
}

/// Before this time of day (minutes since midnight) a time is in the
/// small hours: "at about 2 a.m. Sunday" is still Saturday's night.
const SMALL_HOURS_END: f64 = 6.0 * 60.0;

/// What a date's words say: the parts written, not those inferred.
#[derive(Debug, Default, PartialEq)]
struct Written {
    year: Option<i32>,
    month: Option<i8>,
    day: Option<i8>,
    weekday: Option<i8>,
    /// "yesterday", "today", "last night", "this week"…: said relative to
    /// the publication date.
    relative: bool,
}

fn written(text: &str, value: &DateValue) -> Written {
    let mut w = Written {
        relative: value.relative,
        ..Written::default()
    };
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|x| !x.is_empty())
    {
        if let Some(m) = month_number(word) {
            w.month = Some(m);
        } else if let Some(d) = weekday_number(word) {
            w.weekday = Some(d);
        } else if word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()) {
            w.year = word.parse().ok();
        } else if let Some(n) = word
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<i8>()
            .ok()
            .filter(|n| (1..=31).contains(n))
        {
            if word.len() <= 4 {
                w.day = Some(n);
            }
        }
    }
    if w.month.is_none() {
        // "5/12" and ISO dates are read by the extractor; keep its value.
        w.day = None;
    }
    w
}

/// Whether two dates disagree: `Some(true)` they cannot be one time,
/// `Some(false)` they can, `None` nothing can be said.
/// `small_hours` says each fact's statement tells of the hours after
/// midnight ("at about 2 a.m. Sunday", "in the early hours").
fn dates_disagree(
    a: &Fact,
    b: &Fact,
    small_hours: (bool, bool),
    copies: impl FnOnce() -> bool,
) -> Option<bool> {
    let (va, vb) = (date(a)?, date(b)?);
    let norm = |t: &str| {
        t.to_lowercase()
            .trim_start_matches("on ")
            .trim()
            .to_string()
    };
    if norm(&a.detail.text) == norm(&b.detail.text) {
        return Some(false);
    }
    let (wa, wb) = (written(&a.detail.text, va), written(&b.detail.text, vb));
    // A weekday alone ("on Tuesday"), against a weekday or a full date.
    let weekday_only = |w: &Written| w.weekday.is_some() && w.month.is_none() && w.year.is_none();
    let weekday_of = |v: &DateValue| {
        (v.precision == crate::extract::date::Precision::Day)
            .then_some(v.start)
            .flatten()
            .map(|d| d.weekday().to_monday_one_offset())
    };
    if weekday_only(&wa) && weekday_only(&wb) {
        // "late Saturday" and "early Sunday" can be one night.
        let (ta, tb) = (a.detail.text.to_lowercase(), b.detail.text.to_lowercase());
        // So are "late Saturday night" and "at about 2 a.m. Sunday".
        let late = |t: &str| t.contains("late") || t.contains("night");
        let early = |t: &str, small: bool| small || t.contains("early") || t.contains("overnight");
        let next =
            |x: Option<i8>, y: Option<i8>| matches!((x, y), (Some(x), Some(y)) if y == x % 7 + 1);
        if late(&ta) && early(&tb, small_hours.1) && next(wa.weekday, wb.weekday)
            || late(&tb) && early(&ta, small_hours.0) && next(wb.weekday, wa.weekday)
        {
            return Some(false);
        }
        return Some(wa.weekday != wb.weekday);
    }
    if weekday_only(&wa) && wb.month.is_some() && wb.day.is_some() && vb.resolved {
        return weekday_of(vb).map(|d| Some(d) != wa.weekday);
    }
    if weekday_only(&wb) && wa.month.is_some() && wa.day.is_some() && va.resolved {
        return weekday_of(va).map(|d| Some(d) != wb.weekday);
    }
    // Relative dates are resolved against each document's date: two copies
    // of one statement say the same thing whatever their dates.
    if (wa.relative || wb.relative) && copies() {
        return None;
    }
    // Month and day as written, the year only when both write it.
    if wa.month.is_some() && wb.month.is_some() && !wa.relative && !wb.relative {
        if let (Some(ya), Some(yb)) = (wa.year, wb.year) {
            if ya != yb {
                return Some(true);
            }
        }
        return match (wa.day, wb.day) {
            (Some(da), Some(db)) => Some(wa.month != wb.month || da != db),
            (None, None) => Some(wa.month != wb.month),
            _ => (wa.month != wb.month).then_some(true).or(Some(false)),
        };
    }
    if wa.month.is_none() && wb.month.is_none() && wa.weekday.is_none() && wb.weekday.is_none() {
        if let (Some(ya), Some(yb)) = (wa.year, wb.year) {
            if !wa.relative && !wb.relative {
                return Some(ya != yb);
            }
        }
    }
    // Otherwise the resolved days, when both are resolved at one precision.
    match (va.start, va.end, vb.start, vb.end) {
        (Some(s1), Some(e1), Some(s2), Some(e2)) => {
            if s1 <= e2 && s2 <= e1 {
                Some(false)
            } else if va.precision == vb.precision
                && (wa.year.is_some() || wa.relative)
                && (wb.year.is_some() || wb.relative)
            {
                Some(true)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Whether two statements are copies of one another (the same words).
fn copies(ctx: &Ctx, a: &Fact, b: &Fact) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let (x, y) = (words(ctx.text(a)), words(ctx.text(b)));
    let shared = x.iter().filter(|w| y.contains(w)).count();
    shared as f64 >= 0.8 * x.len().max(y.len()) as f64
}

/// Whether the document of `a` also states `b`'s value, elsewhere, in the
/// same unit or as a count that can be one with `b`: "a quake measuring
/// 3.8 on Monday" in an article that also gives the main quake's 5.9. That
/// outlet does not deny the other's figure; it tells of two things, or of
/// one figure revised, and the tool cannot tell which of its two the other
/// outlet's is of.
fn witnessed(facts: &[Fact], a: &Fact, b: &Fact) -> bool {
    let Some(qb) = quantity(b) else {
        return false;
    };
    facts.iter().any(|f| {
        f.doc == a.doc
            && f.measure.kind == FactKind::Quantity
            && f.measure.what == b.measure.what
            && quantity(f).is_some_and(|q| same_value(q, qb))
            // A measurement in one unit (a magnitude, a sum of money) is
            // the same reading whatever the verb around it; a count must
            // be able to be one with the other's.
            && (qb.unit.is_some() || crate::facts::group::link(f, b, false).is_some())
    })
}

/// The finding of one fact group.
pub(super) fn group_finding(
    graph: &ClaimGraph,
    facts: &[Fact],
    g: usize,
    group: &FactGroup,
) -> Finding {
    let ctx = Ctx { graph };
    let members: Vec<&Fact> = group.facts.iter().map(|&f| &facts[f]).collect();
    let ambiguous = |k: usize| group.ambiguous.contains(&group.facts[k]);
    let mut verdict = Verdict::Agree;
    let mut disagreeing = Vec::new();
    let mut update = false;
    let mut unclear = false;
    let mut successive = false;
    let mut far = false;
    let mut ends = false;
    for i in 0..members.len() {
        for j in i + 1..members.len() {
            let (a, b) = (members[i], members[j]);
            let v = match group.kind {
                FactKind::Quantity => {
                    let (qa, qb) = (
                        quantity(a).expect("a quantity fact"),
                        quantity(b).expect("a quantity fact"),
                    );
                    let vague =
                        |q: &Quantity| q.qualifier == crate::extract::quantity::Qualifier::Vague;
                    if same_value(qa, qb) {
                        Verdict::Agree
                    } else if vague(qa) || vague(qb) {
                        // "several", "dozens": no figure to contradict.
                        unclear = true;
                        Verdict::Compatible
                    } else if crate::facts::values_overlap(a, b) {
                        Verdict::Compatible
                    } else if far_apart(qa, qb) {
                        far = true;
                        Verdict::Compatible
                    } else if counted_ends(a, qa, qb) {
                        ends = true;
                        Verdict::Compatible
                    } else if is_update(&ctx, facts, group, a, b) {
                        update = true;
                        Verdict::Compatible
                    } else if witnessed(facts, a, b) || witnessed(facts, b, a) {
                        unclear = true;
                        Verdict::Compatible
                    } else {
                        Verdict::Conflict
                    }
                }
                FactKind::Date => {
                    match dates_disagree(a, b, (ctx.small_hours(a), ctx.small_hours(b)), || {
                        copies(&ctx, a, b)
                    }) {
                        Some(true) if successive_counts(&ctx, facts, a, b) => {
                            successive = true;
                            Verdict::Compatible
                        }
                        Some(true) => Verdict::Conflict,
                        Some(false)
                            if date(a).map(|d| (d.start, d.end))
                                == date(b).map(|d| (d.start, d.end)) =>
                        {
                            Verdict::Agree
                        }
                        Some(false) => Verdict::Compatible,
                        None => {
                            unclear = true;
                            Verdict::Compatible
                        }
                    }
                }
            };
            let confident = {
                let (x, y) = (group.facts[i], group.facts[j]);
                group.confident.binary_search(&(x.min(y), x.max(y))).is_ok()
            };
            let v = if v == Verdict::Conflict && (ambiguous(i) || ambiguous(j) || !confident) {
                unclear = true;
                Verdict::Compatible
            } else {
                v
            };
            if v == Verdict::Conflict {
                disagreeing.push((a.doc.min(b.doc), a.doc.max(b.doc)));
            }
            verdict = verdict.max(v);
        }
    }
    disagreeing.sort_unstable();
    disagreeing.dedup();
    let listed = members
        .iter()
        .map(|f| format!("{} says {}", ctx.name(f), f.detail.text))
        .collect::<Vec<_>>()
        .join("; ");
    let (kind, severity, rule, why) = match (group.kind, verdict) {
        (FactKind::Quantity, Verdict::Agree) => (FindingKind::Quantity, Severity::Low, "quantity.same-value", "The figures agree.".to_string()),
        (FactKind::Quantity, Verdict::Compatible) if update => (
            FindingKind::Quantity,
            Severity::Low,
            "quantity.update",
            "The later report gives a higher running figure: an update, not a contradiction.".to_string(),
        ),
        (FactKind::Quantity, Verdict::Compatible) if far && !unclear => (
            FindingKind::Quantity,
            Severity::Low,
            "quantity.far-apart",
            format!(
                "The figures differ more than {MAX_RATIO}-fold: more likely two measures read as one than one figure told two ways, so they are not flagged."
            ),
        ),
        (FactKind::Quantity, Verdict::Compatible) if ends && !unclear => (
            FindingKind::Quantity,
            Severity::Low,
            "quantity.counted-ends",
            "The counts of days are one apart: one source counts both the first and the last day, the other one of them.".to_string(),
        ),
        (FactKind::Quantity, Verdict::Compatible) => (
            FindingKind::Quantity,
            Severity::Low,
            "quantity.overlapping-intervals",
            "The figures differ in precision but their ranges overlap, or a source gives several figures of this measure.".to_string(),
        ),
        (FactKind::Quantity, _) => (
            FindingKind::Quantity,
            Severity::High,
            "quantity.disjoint-intervals",
            format!("The figures for {} cannot all be true: their ranges do not overlap.", group.measure),
        ),
        (FactKind::Date, Verdict::Agree) => (FindingKind::Date, Severity::Low, "date.same-day", "The dates agree.".to_string()),
        (FactKind::Date, Verdict::Compatible) if successive => (
            FindingKind::Date,
            Severity::Low,
            "date.successive-counts",
            "The later report gives its count at a later moment, so a later date is expected.".to_string(),
        ),
        (FactKind::Date, Verdict::Compatible) if unclear => (
            FindingKind::Date,
            Severity::Low,
            "date.not-comparable",
            "The dates are written at different precisions or relative to different publication dates; nothing shows a disagreement.".to_string(),
        ),
        (FactKind::Date, Verdict::Compatible) => (FindingKind::Date, Severity::Low, "date.overlapping", "The dates differ in precision but overlap.".to_string()),
        (FactKind::Date, _) => (
            FindingKind::Date,
            Severity::High,
            "date.different-days",
            format!("The sources give different dates for the {}.", group.measure),
        ),
    };
    Finding {
        id: String::new(),
        kind,
        verdict,
        severity,
        claim: None,
        fact: Some(g),
        measure: group.measure.clone(),
        values: members
            .iter()
            .map(|f| FindingValue {
                statement: f.statement,
                detail: f.detail.clone(),
            })
            .collect(),
        explanation: format!("{listed}. {why}"),
        rule,
        disagreeing,
    }
}
