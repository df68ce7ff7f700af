//! The rules that judge one claim (statements of different documents that
//! say the same thing): one fact told in different units, titles and
//! persons, quotes, polarity. Figures and dates are judged on the fact
//! groups instead (see [`super::facts`]).

use super::{details_of, Finding, FindingKind, FindingValue, Severity, Verdict};
use crate::align::ClaimGraph;
use crate::extract::quantity::{overlaps, Qualifier, Quantity};
use crate::extract::{Detail, DetailKind, Normalized};
use std::collections::BTreeSet;

/// One claim under judgement.
pub(super) struct Ctx<'a> {
    pub graph: &'a ClaimGraph,
    pub claim: usize,
}

impl Ctx<'_> {
    pub fn doc(&self, s: usize) -> usize {
        self.graph.extracted.segmented.statements[s].doc
    }
    pub fn name(&self, s: usize) -> &str {
        &self.graph.extracted.segmented.corpus.documents[self.doc(s)].id
    }
    pub fn text(&self, s: usize) -> &str {
        &self.graph.extracted.segmented.statements[s].text
    }
    pub fn statements(&self) -> &[usize] {
        &self.graph.claims[self.claim].statements
    }
    #[allow(clippy::too_many_arguments)] // one finding's fields, named at the call
    pub fn finding(
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
            claim: Some(self.claim),
            fact: None,
            measure: String::new(),
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
    different_measures(&ctx, out);
    super::entity::different_persons(&ctx, out);
    super::polarity::polarity(&ctx, out);
    super::polarity::antonyms(&ctx, out);
}

fn quantity(d: &Detail) -> Option<&Quantity> {
    match &d.normalized {
        Normalized::Quantity(q) => Some(q),
        _ => None,
    }
}

/// A figure given as a part of a whole: "47 of 56", "a majority of the
/// 281". Scores ("91-73") are not.
fn part_of_whole(q: &Quantity) -> bool {
    q.unit.as_deref() != Some("score") && (q.total.is_some() || q.qualifier == Qualifier::Majority)
}

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
pub(super) fn text_before<'a>(ctx: &Ctx<'a>, s: usize, d: &Detail) -> &'a str {
    let text = &ctx.graph.extracted.segmented.statements[s].text;
    &text[..statement_offset(ctx, s, d.start)]
}

/// The text of statement `s` after detail `d`.
pub(super) fn text_after<'a>(ctx: &Ctx<'a>, s: usize, d: &Detail) -> &'a str {
    let text = &ctx.graph.extracted.segmented.statements[s].text;
    &text[statement_offset(ctx, s, d.end)..]
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

/// The same fact told in different units: the claim's sources each give a
/// part of a whole ("47 out of 56 countries", "a majority of the 281
/// lawmakers"), and they count different things. One discrepancy for the
/// claim, the first such figure of each document.
fn different_measures(ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut parts: Vec<(usize, Detail, String)> = Vec::new();
    for &s in ctx.statements() {
        for d in details_of(ctx.graph, s, DetailKind::Quantity) {
            let Some(q) = quantity(d).filter(|q| part_of_whole(q)) else {
                continue;
            };
            let Some(key) = q.measure() else {
                continue;
            };
            if !parts.iter().any(|(x, _, _)| ctx.doc(*x) == ctx.doc(s)) {
                parts.push((s, d.clone(), key));
            }
        }
    }
    let keys: BTreeSet<String> = parts.iter().map(|(_, _, k)| k.clone()).collect();
    if keys.len() < 2 || parts.len() < 2 {
        return;
    }
    let mut disagreeing = Vec::new();
    let mut compatible = Vec::new();
    for i in 0..parts.len() {
        for j in i + 1..parts.len() {
            let (qa, qb) = (
                quantity(&parts[i].1).expect("a quantity"),
                quantity(&parts[j].1).expect("a quantity"),
            );
            if parts[i].2 == parts[j].2 && overlaps(qa, qb) {
                compatible.push(format!(
                    "{} and {}",
                    ctx.name(parts[i].0),
                    ctx.name(parts[j].0)
                ));
            } else {
                disagreeing.push((ctx.doc(parts[i].0), ctx.doc(parts[j].0)));
            }
        }
    }
    let mut explanation = parts
        .iter()
        .map(|(s, d, _)| format!("{} says {}", ctx.name(*s), quantity_phrase(ctx, *s, d)))
        .collect::<Vec<_>>()
        .join("; ");
    let keys: Vec<String> = keys.into_iter().collect();
    explanation.push_str(&format!(
        ". These count different things ({})",
        keys.join(" vs ")
    ));
    if !compatible.is_empty() {
        explanation.push_str(&format!("; {} are compatible", compatible.join(", ")));
    }
    explanation.push('.');
    let mut f = ctx.finding(
        FindingKind::Quantity,
        Verdict::Discrepancy,
        Severity::Medium,
        parts.into_iter().map(|(s, d, _)| (s, d)).collect(),
        explanation,
        "quantity.different-measures",
        disagreeing,
    );
    f.measure = format!("one figure told in different units ({})", keys.join(", "));
    out.push(f);
}
