//! Polarity: the same claim negated in one source and affirmed in another
//! ("did not approve" / "approved"), or an act one source says someone
//! refused and another says they did ("refused to concede", "conceded
//! defeat"). Statements whose normalized words are equal, or that carry the
//! same negation, never conflict. And a claim told with a word and with its
//! antonym ("the schools would remain open" / "the schools would be
//! closed").

use super::claims::{text_after, Ctx};
use super::quote::quote_words;
use super::{details_of, Finding, FindingKind, Severity, Verdict};
use crate::extract::{Detail, DetailKind, Normalized};
use std::collections::{BTreeSet, HashMap};

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "cannot", "nothing", "none", "nobody", "nor",
];

/// How many negation words a statement's words hold (`quote_words` has
/// already spelled "n't" out as "not").
fn negations(w: &[String]) -> usize {
    w.iter().filter(|x| NEGATIONS.contains(&x.as_str())).count()
}

fn word_diff(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let sa: BTreeSet<&String> = a.iter().collect();
    let sb: BTreeSet<&String> = b.iter().collect();
    (
        a.iter().filter(|w| !sb.contains(w)).cloned().collect(),
        b.iter().filter(|w| !sa.contains(w)).cloned().collect(),
    )
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
/// `pos`): the index of the act's word in `pos`. Who acts is checked by
/// the caller.
fn affirms_refused_act(neg: &[String], pos: &[String]) -> Option<usize> {
    let i = neg.iter().position(|w| {
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
    })?;
    let act = neg.get(i + 2).filter(|_| neg[i + 1] == "to")?;
    let stem = crate::align::words::content_stems(act).pop()?;
    let of_act = |w: &String| crate::align::words::content_stems(w).first() == Some(&stem);
    // A statement that also says the act was done tells of two doers ("the
    // middle booster failed to land…, though the outer cores successfully
    // landed"): one outlet's word for both, no contradiction of another.
    if neg.iter().enumerate().any(|(k, w)| k != i + 2 && of_act(w)) {
        return None;
    }
    let negates = |w: &String| matches!(w.as_str(), "not" | "never" | "no") || w.ends_with("n't");
    // A light verb is its phrase: "refused to get out of his vehicle" is
    // not "tried to get away", so the word after it must match too.
    let light = LIGHT_VERBS.contains(&stem.as_str());
    let particle = neg.get(i + 3);
    if pos.iter().any(negates) {
        return None;
    }
    pos.iter().enumerate().position(|(k, w)| {
        of_act(w) && (!light || particle.is_some() && pos.get(k + 1) == particle)
    })
}

/// Whether `pos` says the word `neg` negates (the first content word
/// within four words after its first negation, by stem) and has no
/// negation of any kind itself ("without", "denied", "failed to"…).
fn says_negated_word(neg: &[String], pos: &[String]) -> bool {
    let Some(i) = neg.iter().position(|w| NEGATIONS.contains(&w.as_str())) else {
        return false;
    };
    let stem_of = |w: &String| crate::align::words::content_stems(w).pop();
    let Some(target) = neg[i + 1..]
        .iter()
        .take(4)
        .filter(|w| w.len() > 2 && !crate::align::words::is_stop(w))
        .find_map(stem_of)
    else {
        return false;
    };
    !pos.iter()
        .any(|w| crate::extract::polarity::is_cue(w) || SCANT.contains(&w.as_str()))
        && pos.iter().any(|w| stem_of(w).as_ref() == Some(&target))
}

/// Words that deny a claim without being the extractor's negation cues.
const SCANT: &[&str] = &["without", "lack", "lacked", "lacks", "hardly", "barely"];

/// Verbs whose meaning lies in the words after them.
const LIGHT_VERBS: &[&str] = &[
    "get", "go", "come", "take", "make", "put", "give", "have", "do", "be", "keep", "let", "set",
];

/// The canonical names of a statement's persons and organizations.
fn actors(ctx: &Ctx, s: usize) -> BTreeSet<String> {
    actors_up_to(ctx, s, usize::MAX)
}

/// [`actors`] named before document offset `end`.
fn actors_up_to(ctx: &Ctx, s: usize, end: usize) -> BTreeSet<String> {
    details_of(ctx.graph, s, DetailKind::Entity)
        .into_iter()
        .filter(|d| d.start < end)
        .filter_map(|d| match &d.normalized {
            Normalized::Entity(e) if e.entity != crate::extract::entity::EntityKind::Place => {
                Some(e.canonical.clone())
            }
            _ => None,
        })
        .collect()
}

/// Whether statements `a` and `b` tell of one actor: a person or
/// organization both name, or, naming none, the same first noun ("The
/// board approved the vaccine", "The board declined to approve it").
fn one_actor(ctx: &Ctx, a: usize, b: usize) -> bool {
    let (x, y) = (actors(ctx, a), actors(ctx, b));
    if x.is_empty() && y.is_empty() {
        return same_opening_noun(ctx, a, b);
    }
    !x.is_disjoint(&y)
}

/// Whether two statements open with the same noun, their subject when
/// neither names one ("The board approved…", "The board declined…").
fn same_opening_noun(ctx: &Ctx, a: usize, b: usize) -> bool {
    let subject = |s: usize| {
        ctx.text(s)
            .split_whitespace()
            .take(3)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .find(|w| !w.is_empty() && !crate::align::words::is_stop(w))
    };
    subject(a).is_some() && subject(a) == subject(b)
}

pub(super) fn polarity(ctx: &Ctx, out: &mut Vec<Finding>) {
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
                // The same words, or the same negation on both sides: the
                // extractor misread one of them (a negation inside a
                // quotation it did not see, an idiom).
                if wa == wb {
                    return false;
                }
                // The act refused and the act done: by one actor, or by one
                // subject to one object.
                let done_against =
                    || act_done_against(wa, wb).is_some_and(|k| one_subject(ctx, *a, *b, &wb[k]));
                // Who failed is who did it: "Coman and Tchouameni failed to
                // convert their spot kicks" is not "Montiel converted the
                // winning spot-kick", though both sentences name all three.
                if let Some(k) = affirms_refused_act(wa, wb) {
                    return one_subject(ctx, *a, *b, &wb[k]) || done_against();
                }
                if negations(wa) == negations(wb) {
                    return false;
                }
                let (only_a, only_b) = word_diff(wa, wb);
                let shared = wa.len().saturating_sub(only_a.len()) as f64;
                let other = only_a
                    .iter()
                    .chain(&only_b)
                    .filter(|w| {
                        !NEGATIONS.contains(&w.as_str())
                            && !matches!(w.as_str(), "did" | "does" | "do")
                    })
                    .count();
                // Nearly the same words is not enough: the affirming side
                // must say what the negation applies to, with no other
                // negation of its own ("no one was hurt and the fire began
                // at 3 a.m." against "the fire began at 3 a.m." only
                // leaves a clause out).
                let near_same = shared / (wa.len().max(wb.len()).max(1) as f64) >= 0.6
                    && other <= 4
                    && says_negated_word(wa, wb);
                near_same || affirms_negated_phrase(wa, wb) || done_against()
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
        values.push((*s, affirmed(ctx, *s, at, len)));
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

/// Words of refusal before "to" and the act refused.
const REFUSALS: &[&str] = &[
    "refused", "refuses", "refuse", "declined", "declines", "decline", "failed", "fails",
];

/// What a refusal refuses: the act's stem and the stem of its object's
/// first content word ("declined to approve the vaccine" → "approv",
/// "vaccin").
fn refused_act(w: &[String]) -> Option<(String, String)> {
    refusal(w).map(|(act, object, _)| (act, object))
}

/// [`refused_act`], with the stem of a restriction said right after the
/// object ("declined to approve the vaccine for children" → "children"):
/// then only that use was refused.
fn refusal(w: &[String]) -> Option<(String, String, Option<String>)> {
    // "declined to approve", or "did not approve", "has never approved"
    // (not a passive: "was not approved" says the object first).
    let refused = w.iter().position(|x| REFUSALS.contains(&x.as_str()));
    let i = match refused {
        Some(i) if w.get(i + 1).is_some_and(|t| t == "to") => i + 2,
        _ => {
            let n = w.iter().position(|x| x == "not" || x == "never")?;
            let passive = n > 0
                && matches!(
                    w[n - 1].as_str(),
                    "was" | "were" | "is" | "are" | "be" | "been" | "being"
                );
            let verb = w.get(n + 1)?;
            if passive || !crate::facts::lexicon::mostly_verb(verb) {
                return None;
            }
            n + 1
        }
    };
    let act = crate::align::words::content_stems(w.get(i)?).pop()?;
    if LIGHT_VERBS.contains(&act.as_str()) {
        return None;
    }
    let at = (i + 1..w.len().min(i + 4)).find(|&k| !crate::align::words::is_stop(&w[k]))?;
    let object = crate::align::words::content_stems(&w[at]).pop()?;
    let restriction = w
        .get(at + 1)
        .filter(|p| matches!(p.as_str(), "for" | "in" | "to" | "of" | "on"))
        .and_then(|_| {
            w[at + 2..]
                .iter()
                .take(3)
                .find(|x| !crate::align::words::is_stop(x))
        })
        .and_then(|x| crate::align::words::content_stems(x).pop());
    Some((act, object, restriction))
}

/// Where statement words `w` tell the act done, in the past, to the same
/// object, with no negation or refusal of their own: "the board approved
/// the vaccine for use in adults" for ("approv", "vaccin"). The index of
/// the act's word.
fn act_done(w: &[String], act: &str, object: &str) -> Option<usize> {
    let negates = |x: &String| {
        NEGATIONS.contains(&x.as_str())
            || REFUSALS.contains(&x.as_str())
            || crate::extract::polarity::is_cue(x)
            || SCANT.contains(&x.as_str())
            || matches!(
                x.as_str(),
                "if" | "unless" | "whether" | "would" | "could" | "might" | "may"
            )
    };
    // Most statements hold no word of the act: ruled out before stemming.
    let prefix = &act[..act.char_indices().nth(3).map_or(act.len(), |(i, _)| i)];
    let candidate = |x: &String| x.ends_with("ed") && x.starts_with(prefix);
    if !w.iter().any(candidate) || w.iter().any(negates) {
        return None;
    }
    w.iter().enumerate().position(|(k, x)| {
        candidate(x)
            && crate::align::words::content_stems(x)
                .first()
                .map(String::as_str)
                == Some(act)
            && w[k + 1..].iter().take(3).any(|y| {
                crate::align::words::content_stems(y)
                    .first()
                    .map(String::as_str)
                    == Some(object)
            })
    })
}

/// Where words `pos` do the act words `neg` refuse or negate, to the same
/// object and, when the refusal names one use, for that use: the index
/// of the act's word in `pos`.
fn act_done_against(neg: &[String], pos: &[String]) -> Option<usize> {
    let (act, object, restriction) = refusal(neg)?;
    let k = act_done(pos, &act, &object)?;
    let said = |r: &String| {
        pos.iter()
            .any(|x| crate::align::words::content_stems(x).first() == Some(r))
    };
    restriction.as_ref().is_none_or(said).then_some(k)
}

/// The persons and organizations a statement names before the first
/// word `word` (lower case): the subject's, not the object's.
fn actors_before(ctx: &Ctx, s: usize, word: &str) -> BTreeSet<String> {
    let st = &ctx.graph.extracted.segmented.statements[s];
    let base = st.text.as_ptr() as usize;
    let at = st
        .text
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.to_lowercase() == word)
        .map_or(st.text.len(), |w| w.as_ptr() as usize - base);
    actors_up_to(ctx, s, st.start + at)
}

/// Whether the refusal `s` and the act done `t` (its word `act`) have
/// one subject: a name both give before the verb ("Jamison, Jordan and
/// McCants failed to pass Ford" is not "Hansbrough passed Ford"), or,
/// naming none there, the same opening noun.
fn one_subject(ctx: &Ctx, s: usize, t: usize, act: &str) -> bool {
    let refusal = quote_words(ctx.text(s))
        .into_iter()
        .find(|w| REFUSALS.contains(&w.as_str()) || w == "not" || w == "never")
        .unwrap_or_default();
    let (x, y) = (actors_before(ctx, s, &refusal), actors_before(ctx, t, act));
    if x.is_empty() && y.is_empty() {
        // Names after the verb are its objects, not a second subject
        // ("Police identified the suspect as Tomas Reyes").
        return same_opening_noun(ctx, s, t);
    }
    !x.is_disjoint(&y)
}

/// A refusal in one outlet against the act done in another, across the
/// claims of a story: "the board declined to approve the vaccine, saying
/// the safety data were insufficient" against "the board approved the
/// vaccine for use in adults over 60". The rest of the sentences may
/// differ, so the act, its object and its actor must all be one: the
/// refused act's word, told in the past, with the refused object's word
/// right after it, and the same actor ([`one_actor`]). Pairs of one claim
/// are left to [`polarity`].
pub(super) fn refusals(
    graph: &crate::align::ClaimGraph,
    docs: &[usize],
    statements: &[Vec<usize>],
    out: &mut Vec<Finding>,
) {
    let words = |s: usize| quote_words(&graph.extracted.segmented.statements[s].text);
    // Refusals by the act and object refused, in document order.
    let mut refused: std::collections::BTreeMap<(String, String), Vec<usize>> =
        std::collections::BTreeMap::new();
    for &d in docs {
        for &s in &statements[d] {
            if details_of(graph, s, DetailKind::Polarity).is_empty() {
                continue;
            }
            if let Some(key) = refused_act(&words(s)) {
                refused.entry(key).or_default().push(s);
            }
        }
    }
    if refused.is_empty() {
        return;
    }
    // Each statement's words, read once for every act refused.
    let read: Vec<(usize, usize, Vec<String>)> = docs
        .iter()
        .flat_map(|&d| statements[d].iter().map(move |&t| (d, t)))
        .map(|(d, t)| (d, t, words(t)))
        .collect();
    for ((act, object), negs) in refused {
        let ctx = Ctx {
            graph,
            claim: graph.claim_of[negs[0]],
        };
        let mut disagreeing = Vec::new();
        // Each affirming statement with its act's word, as read.
        let mut affirmers: Vec<(usize, &str)> = Vec::new();
        for (d, t, wt) in &read {
            let (d, t) = (*d, *t);
            let Some(k) = act_done(wt, &act, &object) else {
                continue;
            };
            let against: Vec<usize> = negs
                .iter()
                .copied()
                .filter(|&s| {
                    // Refused for one use only, the act done must be
                    // said of that use too.
                    ctx.doc(s) != d
                        && graph.claim_of[s] != graph.claim_of[t]
                        && act_done_against(&words(s), wt).is_some()
                        && one_subject(&ctx, s, t, &wt[k])
                })
                .collect();
            if against.is_empty() {
                continue;
            }
            disagreeing.extend(against.iter().map(|&s| (ctx.doc(s), d)));
            affirmers.push((t, wt[k].as_str()));
        }
        if disagreeing.is_empty() {
            continue;
        }
        let mut values: Vec<(usize, Detail)> = negs
            .iter()
            .filter(|&&s| disagreeing.iter().any(|&(a, _)| a == ctx.doc(s)))
            .filter_map(|&s| {
                details_of(graph, s, DetailKind::Polarity)
                    .first()
                    .map(|d| (s, (*d).clone()))
            })
            .collect();
        for (t, act_word) in affirmers {
            let text = &graph.extracted.segmented.statements[t].text;
            // The act's word in the statement, found as `quote_words` read it.
            let span = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .find(|w| w.to_lowercase() == act_word)
                .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w.len()));
            let (at, len) = span.unwrap_or((0, text.len()));
            values.push((t, affirmed(&ctx, t, at, len)));
        }
        values.sort_by_key(|(s, _)| *s);
        out.push(ctx.finding(
            FindingKind::Polarity,
            Verdict::Conflict,
            Severity::High,
            values,
            "One source says the act was refused; another says it was done, by the same actor to the same object.".to_string(),
            "polarity.refused-act-done",
            disagreeing,
        ));
    }
}

/// The evidence of statement `s` that affirms: its words at `at..at +
/// len` (relative to the statement), as an affirmed polarity detail.
fn affirmed(ctx: &Ctx, s: usize, at: usize, len: usize) -> Detail {
    let st = &ctx.graph.extracted.segmented.statements[s];
    Detail {
        kind: DetailKind::Polarity,
        text: st.text[at..at + len].to_string(),
        start: st.start + at,
        end: st.start + at + len,
        normalized: Normalized::Polarity(crate::extract::PolarityValue {
            negated: false,
            cue: String::new(),
        }),
    }
}

/// Words two statements may differ in besides an antonym pair: the verb
/// that carries it ("remain open", "be closed") and its tense.
const COPULAS: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "remain", "remains", "remained", "stay",
    "stays", "stayed", "would", "will", "had", "has", "have",
];

/// Whether word `x` of statement words `w` is a verb, or an adjective said
/// of the subject ("would remain open", "was found guilty"), not one
/// describing a noun ("national observers" / "local observers": other
/// words, not opposites) nor a day ("was early Sunday" / "was late
/// Saturday night").
fn said_of(w: &[String], x: &str) -> bool {
    crate::facts::lexicon::mostly_verb(x)
        || w.iter().position(|t| t == x).is_some_and(|k| {
            w[k.saturating_sub(2)..k].iter().any(|t| {
                COPULAS.contains(&t.as_str())
                    || matches!(t.as_str(), "found" | "declared" | "pleaded" | "ruled")
            }) && w
                .get(k + 1)
                .is_none_or(|next| crate::align::words::is_stop(next))
        })
}

/// One claim told with a word in one source and its antonym in another
/// (WordNet's direct antonyms of first senses: "open" / "closed", "guilty"
/// / "innocent", "approved" / "disapproved"), by one actor, in nearly the
/// same words otherwise, neither side negated more than the other (a
/// negated antonym agrees: "not open" / "closed").
pub(super) fn antonyms(ctx: &Ctx, out: &mut Vec<Finding>) {
    let st = ctx.statements();
    if st.len() < 2 {
        return;
    }
    // A claim of a big story holds hundreds of statements: each
    // statement's words are read once, and only statements with a word
    // that has an antonym, said of the subject, are paired.
    let mut text_ids: HashMap<&str, usize> = HashMap::new();
    let mut words: Vec<Vec<String>> = Vec::new();
    let mut candidates: Vec<Vec<String>> = Vec::new();
    let ids: Vec<usize> = st
        .iter()
        .map(|&s| {
            let next = text_ids.len();
            let id = *text_ids.entry(ctx.text(s)).or_insert(next);
            if id == words.len() {
                let w = quote_words(ctx.text(s));
                candidates.push(
                    w.iter()
                        .filter(|x| crate::facts::lexicon::has_antonym(x) && said_of(&w, x))
                        .cloned()
                        .collect(),
                );
                words.push(w);
            }
            id
        })
        .collect();
    let mut disagreeing = Vec::new();
    let mut values: Vec<(usize, Detail)> = Vec::new();
    let mut judged: HashMap<(usize, usize), Option<(String, String)>> = HashMap::new();
    let with_candidates: Vec<usize> = (0..st.len())
        .filter(|&i| !candidates[ids[i]].is_empty())
        .collect();
    for (n, &i) in with_candidates.iter().enumerate() {
        for &j in &with_candidates[n + 1..] {
            let (a, b) = (st[i], st[j]);
            if ctx.doc(a) == ctx.doc(b) || ids[i] == ids[j] {
                continue;
            }
            let (ta, tb) = (ids[i], ids[j]);
            let pair = judged.entry((ta, tb)).or_insert_with(|| {
                let (wa, wb) = (&words[ta], &words[tb]);
                if negations(wa) != negations(wb) {
                    return None;
                }
                let (x, y) = candidates[ta].iter().find_map(|x| {
                    candidates[tb]
                        .iter()
                        .find(|y| crate::facts::lexicon::antonyms(x, y))
                        .map(|y| (x.clone(), y.clone()))
                })?;
                let (only_a, only_b) = word_diff(wa, wb);
                if !only_a.contains(&x) || !only_b.contains(&y) {
                    return None;
                }
                let shared = wa.len().saturating_sub(only_a.len()) as f64;
                let other = only_a
                    .iter()
                    .chain(&only_b)
                    .filter(|w| **w != x && **w != y && !COPULAS.contains(&w.as_str()))
                    .count();
                let near_same =
                    shared / (wa.len().max(wb.len()).max(1) as f64) >= 0.5 && other <= 6;
                near_same.then_some((x, y))
            });
            let Some((x, y)) = pair.clone() else {
                continue;
            };
            if !one_actor(ctx, a, b) {
                continue;
            }
            disagreeing.push((ctx.doc(a), ctx.doc(b)));
            for (s, w) in [(a, &x), (b, &y)] {
                if values.iter().any(|(t, _)| *t == s) {
                    continue;
                }
                let text = ctx.text(s);
                let Some(found) = text
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|t| t.eq_ignore_ascii_case(w))
                else {
                    continue;
                };
                let at = found.as_ptr() as usize - text.as_ptr() as usize;
                values.push((s, affirmed(ctx, s, at, found.len())));
            }
        }
    }
    if disagreeing.is_empty() || values.len() < 2 {
        return;
    }
    values.sort_by_key(|(s, _)| *s);
    let said = values
        .iter()
        .map(|(s, d)| format!("{} says \"{}\"", ctx.name(*s), d.text))
        .collect::<Vec<_>>()
        .join("; ");
    out.push(ctx.finding(
        FindingKind::Polarity,
        Verdict::Conflict,
        Severity::High,
        values,
        format!("{said}: words of opposite meaning for one claim."),
        "polarity.antonym",
        disagreeing,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        quote_words(s)
    }

    #[test]
    fn a_refused_act_is_affirmed_by_doing_it() {
        assert!(affirms_refused_act(
            &w("The senator refused to concede the race"),
            &w("The senator conceded defeat on Friday")
        )
        .is_some());
        // Not when the other says it was not done.
        assert!(affirms_refused_act(
            &w("The senator refused to concede the race"),
            &w("The senator has not conceded")
        )
        .is_none());
        // Nor when the failing statement says it was done too, by another.
        assert!(affirms_refused_act(
            &w("The middle booster failed to land, though the outer cores successfully landed"),
            &w("Two boosters land after the launch")
        )
        .is_none());
    }

    #[test]
    fn the_affirming_side_must_say_what_is_negated() {
        // The other report only leaves the negated clause out.
        assert!(!says_negated_word(
            &w("Police said nobody was injured and the blaze began in a kitchen"),
            &w("Police said the blaze began in a kitchen")
        ));
        assert!(says_negated_word(
            &w("The council did not approve the new stadium budget"),
            &w("The council approved the new stadium budget")
        ));
        // Negated another way on the affirming side.
        assert!(!says_negated_word(
            &w("The council did not approve the new stadium budget"),
            &w("The council failed to approve the new stadium budget")
        ));
    }

    #[test]
    fn a_light_verb_is_compared_with_its_phrase() {
        assert!(affirms_refused_act(
            &w("He refused to get out of his vehicle"),
            &w("He hit the gas as he tried to get away")
        )
        .is_none());
        assert!(affirms_refused_act(
            &w("He refused to get out of his vehicle"),
            &w("He was seen getting out of the car")
        )
        .is_some());
    }
}
