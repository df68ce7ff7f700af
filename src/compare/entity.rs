//! Persons: the same person given different offices across a story, and
//! different people named for one act in a claim.

use super::claims::{text_before, Ctx};
use super::{details_of, Finding, FindingKind, FindingValue, Severity, Verdict};
use crate::align::ClaimGraph;
use crate::extract::{Detail, DetailKind, Normalized};
use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

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
        .filter(|w| !is_time_word(w))
        .flat_map(crate::align::words::content_stems)
        .filter(|w| !REPORTING_STEMS.iter().any(|r| w.starts_with(r)))
        .collect()
}

/// A word that tells when, not what part a person plays: a figure, a
/// clock's "p.m.", a weekday or a month ("at 3:30 p.m. Saturday at Qwest
/// Field" and "on Saturday at 3:30 p.m. in the Wild Card round" share no
/// act).
fn is_time_word(w: &str) -> bool {
    let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
    bare.chars().any(|c| c.is_ascii_digit())
        || matches!(
            bare.to_ascii_lowercase().replace('.', "").as_str(),
            "am" | "pm"
                | "today"
                | "yesterday"
                | "tonight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
        )
        || crate::calendar::weekday_number(bare).is_some()
        || crate::calendar::month_number(bare).is_some()
}

const REPORTING_STEMS: &[&str] = &[
    "said", "say", "told", "tell", "accord", "ad", "announc", "confirm", "explain", "state",
];

/// A different person named for the same act or role in the same claim:
/// each source's statement names one person, the names share no word, and
/// the words before the names share the act ("introduced by … delegate").
pub(super) fn different_persons(ctx: &Ctx, out: &mut Vec<Finding>) {
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

/// Honorifics and courtesy words: not offices.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "reverend", "the",
    "madam", "mister", "of", "and", "for", "at", "with", "s",
];

/// Words that put a title in another time: a former minister may rightly
/// be called minister a year later, and a president-elect a senator.
const TIME_WORDS: &[&str] = &[
    "former",
    "ex",
    "then",
    "late",
    "outgoing",
    "incoming",
    "elect",
    "retired",
    "onetime",
    "future",
    "new",
    "designate",
    "nominee",
    "emeritus",
];

/// Police and military ranks, and the posts they go with: a sheriff's
/// deputy may be a sergeant, so "Deputy" and "Sgt." name one post.
const RANKS: &[&str] = &[
    "sergeant",
    "officer",
    "lieutenant",
    "captain",
    "corporal",
    "detective",
    "trooper",
    "constable",
    "private",
    "major",
    "colonel",
    "deputy",
    "sheriff",
    "patrolman",
    "agent",
    "inspector",
    "investigator",
    "senior",
    "first",
    "class",
    "staff",
    "special",
    "chief",
];

/// The offices a title names (a title may join two: "Senior Vice President
/// and Assistant General Manager"), each as its words, honorifics left out.
/// None for a title that names another time, or only ranks.
fn offices(title: &str) -> Option<Vec<BTreeSet<String>>> {
    // A part that names no office is a portfolio of the office after it:
    // "security research and communications director" is one director.
    let mut parts: Vec<String> = Vec::new();
    let mut portfolio = String::new();
    for part in title.split([',', '&', '/']).flat_map(|p| p.split(" and ")) {
        portfolio.push_str(part);
        if title_words(part)
            .iter()
            .any(|w| HEAD_WORDS.contains(&w.as_str()))
        {
            parts.push(std::mem::take(&mut portfolio));
        } else {
            portfolio.push(' ');
        }
    }
    if !portfolio.trim().is_empty() {
        parts.push(portfolio);
    }
    let mut out = Vec::new();
    for part in parts {
        let words = title_words(&part);
        // "former finance minister": an office of another time, kept with
        // its time word so that it compares only with offices of that time.
        if words
            .iter()
            .any(|w| TIME_WORDS.contains(&w.as_str()) && w != "former")
        {
            return None;
        }
        let words: BTreeSet<String> = words
            .into_iter()
            .filter(|w| !HONORIFICS.contains(&w.as_str()))
            .collect();
        if words.is_empty() {
            continue;
        }
        if words
            .iter()
            .all(|w| RANKS.contains(&w.as_str()) || w == "former")
        {
            return None;
        }
        out.push(words);
    }
    (!out.is_empty()).then_some(out)
}

/// Whether two offices are plainly different: a rank word added or dropped
/// ("deputy police chief", "police chief"), or two titles that share a word
/// but neither is a shorter form of the other ("security research
/// director", "security research manager"; "police chief", "fire chief").
/// Two titles with no word in common may both be right (a senator who is
/// president-elect, a coach who is general manager), so they are left
/// alone; so are spellings of one word ("athletic", "athletics").
fn different_offices(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let stems = |t: &BTreeSet<String>| -> BTreeSet<String> {
        t.iter()
            .flat_map(|w| crate::align::words::content_stems(w))
            .collect()
    };
    // "Minister" and "Secretary" head one office in two translations
    // ("Security Minister", "Security Secretary"; "Foreign Secretary",
    // "Foreign Minister").
    let one_head = |t: &BTreeSet<String>| -> BTreeSet<String> {
        t.iter()
            .map(|w| match w.as_str() {
                "secretary" => "minister".to_string(),
                _ => w.clone(),
            })
            .collect()
    };
    let (a, b) = (&one_head(a), &one_head(b));
    let (sa, sb) = (stems(a), stems(b));
    if sa == sb {
        return false;
    }
    // Only words that name an office or its portfolio can make two offices;
    // a place, a team or an agency named in one title ("City Councilman",
    // "Brooklyn Councilman"; "CHP Officer") is where the office is.
    let diff: Vec<&String> = a.symmetric_difference(b).collect();
    // "former" on one side only: an office then and one now.
    if diff.iter().any(|w| *w == "former") {
        return false;
    }
    if !diff
        .iter()
        .all(|w| is_office_word(w) || RANK_WORDS.contains(&w.as_str()))
    {
        return false;
    }
    // A rank word added or dropped with the rest alike: "deputy police
    // chief" is not the police chief.
    let bare = |t: &BTreeSet<String>| -> BTreeSet<String> {
        t.iter()
            .filter(|w| !RANK_WORDS.contains(&w.as_str()))
            .cloned()
            .collect()
    };
    let (ba, bb) = (bare(a), bare(b));
    if ba != *a || bb != *b {
        return ba.is_subset(&bb) || bb.is_subset(&ba);
    }
    let subset = sa.is_subset(&sb) || sb.is_subset(&sa);
    let share = sa.intersection(&sb).next().is_some();
    share && !subset
}

/// Whether a word names an office or its portfolio: two titles that differ
/// in these name two offices ("Finance Minister", "Health Minister";
/// "communications director", "communications manager").
fn is_office_word(w: &str) -> bool {
    HEAD_WORDS.contains(&w) || PORTFOLIO_WORDS.contains(&w)
}

/// Words that head an office: what a title is ("director", "minister").
const HEAD_WORDS: &[&str] = &[
    "minister",
    "secretary",
    "director",
    "manager",
    "president",
    "chair",
    "chief",
    "officer",
    "commissioner",
    "governor",
    "mayor",
    "senator",
    "representative",
    "ambassador",
    "judge",
    "prosecutor",
    "attorney",
    "coach",
    "treasurer",
    "premier",
    "chancellor",
    "speaker",
    "spokesperson",
    "superintendent",
    "inspector",
    "sheriff",
    "editor",
    "administrator",
    "councilman",
    "councilwoman",
    "councillor",
    "lawmaker",
    "leader",
    "head",
    "executive",
    "founder",
    "owner",
    "analyst",
    "adviser",
    "advisor",
    "counsel",
    "captain",
    "lieutenant",
    "sergeant",
    "colonel",
    "general",
    "admiral",
    "marshal",
    "commander",
    "controller",
    "auditor",
    "clerk",
    "dean",
    "provost",
    "principal",
    "rector",
    "bishop",
    "cardinal",
    "partner",
    "vp",
    "ceo",
    "cfo",
    "coo",
    "cto",
];

/// Portfolios and functions: what an office is of.
const PORTFOLIO_WORDS: &[&str] = &[
    // "Prime Minister", "Chief Minister": the head of a government and of
    // a state's are two offices.
    "prime",
    "finance",
    "financial",
    "health",
    "energy",
    "competition",
    "defense",
    "foreign",
    "interior",
    "home",
    "justice",
    "education",
    "transport",
    "transportation",
    "trade",
    "economy",
    "economic",
    "labour",
    "labor",
    "environment",
    "agriculture",
    "culture",
    "police",
    "fire",
    "security",
    "research",
    "communications",
    "communication",
    "marketing",
    "sales",
    "operations",
    "operating",
    "technology",
    "information",
    "public",
    "affairs",
    "policy",
    "development",
    "planning",
    "housing",
    "industry",
    "tourism",
    "sport",
    "sports",
    "science",
    "digital",
    "legal",
    "human",
    "resources",
    "personnel",
    "player",
    "football",
    "basketball",
    "baseball",
    "hockey",
    "athletic",
    "athletics",
    "offensive",
    "defensive",
    "special",
    "teams",
    "state",
    "treasury",
    "budget",
    "revenue",
    "immigration",
    "intelligence",
    "emergency",
    "medical",
    "nursing",
    "legislative",
    "press",
    "media",
    "investor",
    "relations",
    "strategy",
    "product",
    "engineering",
    "design",
    "creative",
    "content",
    "news",
    "managing",
    "general",
    "head",
    "executive",
    "principal",
    "senior",
    "chief",
];

/// The offices a document gives one person, with the statement and detail
/// of the first.
type Held = (Vec<BTreeSet<String>>, usize, Detail);

/// The titles each document of a story gives each person, compared across
/// the story: one finding per person whose titles differ. A document that
/// gives one person two different offices says the person holds both, so
/// it is compared through neither.
pub(super) fn titles(
    graph: &ClaimGraph,
    docs: &[usize],
    statements: &[Vec<usize>],
    out: &mut Vec<Finding>,
) {
    let doc_name = |d: usize| graph.extracted.segmented.corpus.documents[d].id.as_str();
    // person → document → (offices, first statement and detail)
    type Titles = BTreeMap<usize, Held>;
    let mut persons: BTreeMap<String, Titles> = BTreeMap::new();
    for (d, s, det, e) in super::persons_of(graph, docs, statements) {
        if e.canonical.split_whitespace().count() < 2 {
            continue;
        }
        let Some(os) = e.title.as_deref().and_then(offices) else {
            continue;
        };
        let text = &graph.extracted.segmented.corpus.documents[d].text;
        let slot = persons
            .entry(e.canonical.clone())
            .or_default()
            .entry(d)
            .or_insert_with(|| (Vec::new(), s, with_title(text, det, e.title.as_deref())));
        for o in os {
            if !slot.0.contains(&o) {
                slot.0.push(o);
            }
        }
    }
    for (name, by_doc) in persons {
        if by_doc.len() < 2 {
            continue;
        }
        let docs: Vec<(&usize, &Held)> = by_doc.iter().collect();
        let mut verdict = Verdict::Agree;
        let mut disagreeing = Vec::new();
        // Each pair of distinct titles is judged once: a story of many
        // articles repeats a few titles many times.
        let mut judged: HashMap<(usize, usize), Verdict> = HashMap::default();
        let mut distinct: Vec<&Vec<BTreeSet<String>>> = Vec::new();
        let title_of: Vec<usize> = docs
            .iter()
            .map(
                |(_, held)| match distinct.iter().position(|t| **t == held.0) {
                    Some(k) => k,
                    None => {
                        distinct.push(&held.0);
                        distinct.len() - 1
                    }
                },
            )
            .collect();
        for i in 0..docs.len() {
            for j in i + 1..docs.len() {
                let (ka, kb) = (title_of[i], title_of[j]);
                let v = *judged.entry((ka, kb)).or_insert_with(|| {
                    let (ta, tb) = (distinct[ka], distinct[kb]);
                    if ta == tb {
                        Verdict::Agree
                    } else if ta.len() == 1 && tb.len() == 1 && different_offices(&ta[0], &tb[0]) {
                        Verdict::Discrepancy
                    } else {
                        Verdict::Compatible
                    }
                });
                if v == Verdict::Discrepancy {
                    disagreeing.push((*docs[i].0, *docs[j].0));
                }
                verdict = verdict.max(v);
            }
        }
        if verdict == Verdict::Agree {
            continue;
        }
        let values: Vec<FindingValue> = docs
            .iter()
            .map(|(_, (_, s, d))| FindingValue {
                statement: *s,
                detail: d.clone(),
            })
            .collect();
        let listed = docs
            .iter()
            .map(|(d, (_, _, det))| format!("{} calls {name} \"{}\"", doc_name(**d), det.text))
            .collect::<Vec<_>>()
            .join("; ");
        let (severity, rule, why) = if verdict == Verdict::Compatible {
            (
                Severity::Low,
                "entity.title-variant",
                "The titles are shorter or longer forms of one office, or offices a person can hold together.",
            )
        } else {
            (
                Severity::Medium,
                "entity.different-office",
                "The sources give this person different offices.",
            )
        };
        disagreeing.sort_unstable();
        out.push(Finding {
            id: String::new(),
            kind: FindingKind::Entity,
            verdict,
            severity,
            claim: None,
            fact: None,
            measure: format!("title of {name}"),
            values,
            explanation: format!("{listed}. {why}"),
            rule,
            disagreeing,
        });
    }
}

/// A person's detail widened over the office written after the name
/// ("Dave Marcus, security research and communications director"), so that
/// the evidence shows the title it is compared on.
fn with_title(text: &str, det: &Detail, title: Option<&str>) -> Detail {
    let after = text.get(det.end..).unwrap_or("");
    // The office follows the name within its appositive: a short stretch,
    // so a long document is not searched to its end for every name.
    let reach = (0..=after.len().min(240))
        .rev()
        .find(|&i| after.is_char_boundary(i))
        .unwrap_or(0);
    let after = &after[..reach];
    let found = title
        .and_then(|t| after.find(t).map(|k| (k, k + t.len())))
        .filter(|&(k, _)| after.starts_with(',') && !after[..k].contains(['.', ';', '\n']));
    match found {
        Some((_, end)) => Detail {
            text: text[det.start..det.end + end].to_string(),
            end: det.end + end,
            ..det.clone()
        },
        None => det.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::is_time_word;

    #[test]
    fn times_and_days_are_no_act() {
        for w in ["3:30", "p.m.", "Saturday", "Feb.", "tonight"] {
            assert!(is_time_word(w), "{w}");
        }
        for w in ["delegate", "introduced", "coach", "May-be"] {
            assert!(!is_time_word(w), "{w}");
        }
    }
}
