//! A figure's role (a total or a part, a change, a rate, a peak, a
//! target, an earlier value) and whether it is provisional.

use super::counted::NUMBER_WORDS;
use super::{Role, StatementView};
use crate::extract::quantity::Quantity;
use crate::facts::lexicon;
use crate::facts::text::{clause_end, clause_start, Word};

/// Words that put a figure out of reach: needed, planned (and
/// [`FORECAST_WORDS`]: expected, forecast).
const TARGET_WORDS: &[&str] = &[
    "need",
    "needs",
    "needed",
    "needing",
    "require",
    "requires",
    "required",
    "would",
    "could",
    "might",
    "plan",
    "plans",
    "planned",
    "planning",
    "target",
    "goal",
    "hope",
    "hopes",
    "hoped",
    "aim",
    "aims",
    "seek",
    "seeks",
    "sought",
    "want",
    "wants",
    "wanted",
    "asking",
    "asked",
    "offer",
    "offered",
    "offers",
    "if",
    "possible",
    "potentially",
    "nearing",
    "approaching",
    "threatens",
    "threatened",
    "face",
    "faces",
    "facing",
    "maximum",
    "will",
    "'ll",
    "shall",
    "going",
    // An attempt is not the deed: "the robbers had tried to take
    // 100,000 pounds".
    "tried",
    "try",
    "tries",
    "trying",
    "attempted",
    "attempting",
];

/// Words of a forecast, also out of reach: a forecast is not the result
/// ("polls had given the Greens 30 percent"), and a rate forecast is a
/// target, not a rate.
const FORECAST_WORDS: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "projected",
    "poll",
    "polls",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "projection",
    "projections",
];

/// Words of a demand, anywhere before a figure in its clause: what one side
/// asks a court, a board or a rival for.
const DEMANDS: &[&str] = &[
    " called for ",
    " calling for ",
    " calls for ",
    " asked for ",
    " asking for ",
    " pushed for ",
    " pressed for ",
    " demanded ",
    " demanding ",
    " requested ",
    " recommended ",
    " urged ",
    " sought ",
    " seeking ",
];

/// Whether a word puts a figure out of reach (a target or a forecast).
pub(super) fn out_of_reach(word: &str) -> bool {
    TARGET_WORDS.contains(&word) || FORECAST_WORDS.contains(&word)
}

/// Words that put a figure in an earlier period.
const PAST_WORDS: &[&str] = &[
    "last year",
    "last season",
    "last month",
    "last week",
    "previous",
    "previously",
    "a year earlier",
    "a year ago",
    "the year before",
    "former",
    "earlier record",
    "old record",
    "set in",
    "record of",
];

/// Whether a statement gives its figures as an estimate, a projection or
/// a partial count (see [`Measure::provisional`]).
pub(super) fn provisional(w: &[Word]) -> bool {
    w.iter().enumerate().any(|(k, x)| {
        let next = w.get(k + 1).map_or("", |n| n.lower.as_str());
        match x.lower.as_str() {
            "estimate" | "estimates" | "estimated" | "projection" | "projections" | "projected"
            | "counted" | "partial" | "preliminary" | "provisional" => true,
            "exit" => matches!(next, "poll" | "polls"),
            "on" => matches!(next, "course" | "track"),
            _ => false,
        }
    })
}

/// Whether a figure describes a kind of thing, not one that happened: a
/// thing introduced with "a" or "an" whose verb says what it can do ("a
/// magnitude seven quake can cause heavy damage, while an eight magnitude
/// quake can cause tremendous damage"). Not "could have", which tells of
/// a thing that happened; not "would" or "may", which report or hedge
/// what one did or will do ("a 28-year-old man would appear in court").
pub(super) fn generic(w: &[Word], first: usize, last: usize, skip: usize) -> bool {
    let indefinite = first > 0 && matches!(w[first - 1].lower.as_str(), "a" | "an");
    let end = (last + skip).min(w.len().saturating_sub(1));
    let modal = (end + 1..(end + 4).min(w.len()))
        .find(|&k| matches!(w[k].lower.as_str(), "can" | "could" | "capable"));
    indefinite
        && modal.is_some_and(|k| {
            (end + 1..k).all(|j| w[j - 1].after.trim().is_empty())
                && w.get(k + 1).is_none_or(|n| n.lower != "have")
        })
}

/// The role a value plays, from the words around it.
pub(super) fn role(
    v: &StatementView,
    first: usize,
    last: usize,
    skip: usize,
    q: Option<&Quantity>,
) -> Role {
    let w = &v.words;
    let from = clause_start(w, first);
    // A participle after a comma opens a clause of its own: "will shut 48
    // shops, putting around 1,200 jobs at risk" — the jobs are at risk now.
    let from = (from..first)
        .rev()
        .find(|&k| k + 1 < first && w[k].after.starts_with(',') && w[k + 1].lower.ends_with("ing"))
        .map_or(from, |k| k + 1);
    let before: Vec<&str> = w[from.max(first.saturating_sub(5))..first]
        .iter()
        .map(|x| x.lower.as_str())
        .collect();
    // The words after the value and its counted words.
    let rest = (last + 1 + skip).min(w.len());
    let after: Vec<&str> = w[rest..w.len().min(rest + 3)]
        .iter()
        .map(|x| x.lower.as_str())
        .collect();
    let prev = before.last().copied().unwrap_or("");
    let before_text = format!(" {} ", before.join(" "));
    let near = format!(
        " {} {} ",
        w[first.saturating_sub(8)..first]
            .iter()
            .map(|x| x.lower.trim_end_matches("'s"))
            .collect::<Vec<_>>()
            .join(" "),
        after.join(" ")
    );
    if let Some(q) = q {
        if q.change.is_some() {
            return Role::Change;
        }
        if q.total.is_some() && q.unit.as_deref() != Some("score") {
            return Role::Part;
        }
    }
    // "two of her children", "three of the banks": a part of a whole
    // named after it.
    let of_whole = after.first() == Some(&"of")
        && matches!(
            after.get(1),
            Some(
                &"her"
                    | &"his"
                    | &"their"
                    | &"the"
                    | &"its"
                    | &"our"
                    | &"them"
                    | &"whom"
                    | &"which"
            )
        )
        && q.is_some_and(|q| q.counted.is_none() && q.unit.is_none());
    if of_whole {
        return Role::Part;
    }
    if matches!(prev, "including" | "includes" | "included")
        || before_text.contains(" among them ")
        || after.first().is_some_and(|a| *a == "of")
            && matches!(after.get(1), Some(&"them" | &"whom" | &"which"))
        || after
            .windows(2)
            .any(|p| p == ["in", "cash"] || p == ["in", "stock"])
    {
        return Role::Part;
    }
    if matches!(prev, "another" | "additional" | "further" | "extra")
        || matches!(after.first(), Some(&"more" | &"others" | &"additional"))
    {
        return Role::Increment;
    }
    if matches!(prev, "by")
        && before.iter().any(|b| {
            lexicon::lemmas(b)
                .iter()
                .any(|(_, l)| CHANGE_VERBS.contains(&l.as_str()))
        })
    {
        return Role::Change;
    }
    // "a 12 percent pay rise", "a 5% wage increase": the figure an article
    // puts before a change noun is the size of the change.
    if matches!(prev, "a" | "an" | "the") && after.iter().take(2).any(|a| CHANGE_NOUNS.contains(a))
    {
        return Role::Change;
    }
    // "Initial reports indicated there were five people", "originally
    // put at 40": a figure the story has since left behind.
    let superseded = before
        .iter()
        .any(|b| matches!(*b, "initially" | "originally"))
        || before.windows(2).any(|p| {
            matches!(p[0], "initial" | "earlier" | "early" | "first" | "previous")
                && matches!(
                    p[1],
                    "report" | "reports" | "estimate" | "estimates" | "figures"
                )
        });
    if prev == "from"
        || before_text.contains(" up from ")
        || before_text.contains(" down from ")
        || superseded
    {
        return Role::Old;
    }
    // "one of her 12 children", "two of the 56 members": the figure is the
    // whole a part is taken from.
    let of_det = |k: usize| {
        before.len() >= k + 2 && before[before.len() - k - 1] == "of" && {
            let part = before[before.len() - k - 2];
            NUMBER_WORDS.contains(&part)
                || part == "one"
                || part.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    part,
                    "some" | "many" | "most" | "all" | "each" | "none" | "several"
                )
        }
    };
    let det = matches!(
        prev,
        "her" | "his" | "their" | "the" | "its" | "our" | "those" | "these"
    );
    if det && of_det(1) || prev == "of" && of_det(0) {
        return Role::Total;
    }
    if matches!(prev, "total" | "totaling" | "totalling")
        || before_text.contains(" total of ")
        || after.windows(2).any(|p| p == ["in", "all"])
        || after.first() == Some(&"altogether")
    {
        return Role::Total;
    }
    let rate = rate_per(w, first, last, skip).is_some();
    // A count with a fraction ("7.2 rebounds") is an average.
    let fractional_count = q.is_some_and(|q| {
        q.unit.is_none() && q.counted.is_some() && q.value.is_some_and(|x| x.fract() != 0.0)
    });
    let q_unit_rate = q
        .and_then(|q| q.unit.as_deref())
        .is_some_and(|u| u.contains('/'))
        || before.iter().any(|b| b.starts_with("averag"))
        || fractional_count;
    // "the damage could reach €9 million": an estimate of the figure, not
    // a target.
    let estimate = before.windows(2).any(|p| {
        matches!(p[0], "could" | "may" | "might" | "would")
            && matches!(
                p[1],
                "reach" | "exceed" | "top" | "hit" | "total" | "cost" | "be"
            )
    });
    // A figure demanded is not the figure given: "prosecutors had called
    // for him to be jailed for four years", against "sentenced to three
    // years". The demand may stand further back in the clause than the
    // five words read above.
    let demanded = || {
        let clause_before = format!(
            " {} ",
            w[from..first]
                .iter()
                .map(|x| x.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        );
        DEMANDS.iter().any(|d| clause_before.contains(d))
    };
    let target = !estimate
        && (before.iter().any(|b| out_of_reach(b))
            || before_text.contains(" up to ")
            || demanded());
    // A rate expected is not the rate: "analysts had expected earnings of
    // $1.12 per share", "Hartwell earned $1.31 a share".
    if (rate || q_unit_rate) && !(target && before.iter().any(|b| FORECAST_WORDS.contains(b))) {
        return Role::Rate;
    }
    if target {
        return Role::Target;
    }
    if PAST_WORDS.iter().any(|m| near.contains(&format!(" {m} "))) {
        return Role::Past;
    }
    // A running count's high point and what is left of it are two
    // measures, and neither is the count: "At the peak, 300,000 customers
    // were without power"; "By Sunday, 120,000 were still without power".
    let clause_text = format!(
        " {} ",
        w[from..=clause_end(w, last).min(w.len() - 1)]
            .iter()
            .map(|x| x.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    );
    if PEAK_WORDS.iter().any(|p| clause_text.contains(p)) {
        return Role::Peak;
    }
    // Only of counts: a game clock's "7:42 remaining" is its reading.
    let count = q.is_some_and(|q| q.unit.is_none());
    let remaining = count
        && (prev == "remaining"
            || w[first..=clause_end(w, last).min(w.len() - 1)]
                .iter()
                .take(6)
                .scan(false, |comma, x| {
                    // Up to a comma or a second verb phrase ("gained 507
                    // yards and still managed").
                    let stop = *comma || matches!(x.lower.as_str(), "and" | "but");
                    *comma = x.after.starts_with(',');
                    (!stop).then_some(x)
                })
                .any(|x| {
                    matches!(
                        x.lower.as_str(),
                        "still" | "remain" | "remains" | "remained"
                    )
                }));
    if remaining {
        return Role::Remaining;
    }
    // "one week after he managed 10 yards": a time unit then after, before,
    // earlier or ago in the clause before the figure, or right before the
    // clause ("less than two weeks after an 8.2 magnitude earthquake").
    let opening: Vec<&str> = w[from.saturating_sub(2)..(from + 2).min(first)]
        .iter()
        .map(|x| x.lower.as_str())
        .collect();
    if before.windows(2).chain(opening.windows(2)).any(|p| {
        matches!(
            crate::extract::quantity::lemma(p[0]).as_str(),
            "day" | "week" | "month" | "year" | "season" | "game"
        ) && matches!(p[1], "after" | "before" | "earlier" | "ago" | "prior")
    }) {
        return Role::Past;
    }
    Role::Level
}

/// Words of a running count's high point, spaced to match whole words.
/// Not "peaked at": a river that peaked at 6 metres gives its crest, the
/// measure other outlets give as how high it rose.
const PEAK_WORDS: &[&str] = &[
    " at the peak ",
    " at its peak ",
    " at their peak ",
    " at the height ",
    " at its height ",
    " at one point ",
];

const CHANGE_VERBS: &[&str] = &[
    "rise", "fall", "increase", "decrease", "drop", "grow", "climb", "decline", "jump", "cut",
    "raise", "reduce", "lower", "gain", "lose", "shrink", "slip", "slide", "surge", "soar",
];

/// Nouns of a change, as "a 12 percent pay rise" names one.
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "increase",
    "hike",
    "raise",
    "cut",
    "drop",
    "fall",
    "decline",
    "reduction",
    "jump",
    "gain",
];

const RATE_UNITS: &[&str] = &[
    "year", "day", "week", "month", "hour", "game", "season", "minute", "second", "head", "person",
    "share", "mile", "night",
];

/// What a rate is per ("year" in "$21 million a year", "45m euros (£40.7m)
/// a year", "€45m-per-year", "an annual salary of €30m"; "each" in "$5
/// apiece"), when the words around the value (`first..=last`, its counted
/// words `skip` after it) say it is one. A conversion in brackets may stand
/// between the value and its rate.
pub(super) fn rate_per(w: &[Word], first: usize, last: usize, skip: usize) -> Option<&'static str> {
    let unit = |x: &str| RATE_UNITS.iter().copied().find(|u| *u == x);
    // "€45m-per-year": glued to the value.
    if let Some((_, u)) = w[last].lower.split_once("-per-") {
        if let Some(u) = unit(u) {
            return Some(u);
        }
    }
    let mut rest = (last + 1 + skip).min(w.len());
    if rest < w.len() && w[rest].before.contains('(') {
        if let Some(k) = (rest..w.len().min(rest + 5)).find(|&k| w[k].after.contains(')')) {
            rest = k + 1;
        }
    }
    let after: Vec<&str> = w[rest..w.len().min(rest + 2)]
        .iter()
        .map(|x| x.lower.as_str())
        .collect();
    match after.as_slice() {
        [a, b, ..] if matches!(*a, "a" | "an" | "per" | "each") && unit(b).is_some() => {
            return unit(b)
        }
        [a, ..] => match *a {
            "annually" | "yearly" => return Some("year"),
            "weekly" => return Some("week"),
            "daily" => return Some("day"),
            "monthly" => return Some("month"),
            "apiece" | "each" => return Some("each"),
            _ => {}
        },
        _ => {}
    }
    // "an annual salary of €30m", "weekly wages of £300,000".
    if first >= 2 && w[first - 1].lower == "of" {
        return w[first.saturating_sub(4)..first - 1]
            .iter()
            .find_map(|x| match x.lower.as_str() {
                "annual" | "yearly" => Some("year"),
                "weekly" => Some("week"),
                "monthly" => Some("month"),
                "daily" => Some("day"),
                _ => None,
            });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::holder::Antecedents;
    use crate::facts::text::covering;

    #[test]
    fn a_kind_of_thing_introduced_with_a_and_can_is_generic() {
        let generic_at = |text: &str, figure: &str, skip: usize| {
            let v = StatementView::new(text, Vec::new(), Vec::new(), Antecedents::default());
            let at = text.find(figure).unwrap();
            let (first, last) = covering(&v.words, at, at + figure.len()).unwrap();
            generic(&v.words, first, last, skip)
        };
        let text = "A magnitude 7 quake can cause heavy damage.";
        assert!(generic_at(text, "magnitude 7", 1));
        let text = "Engineers say a 40-metre wave could overtop the sea wall.";
        assert!(generic_at(text, "40-metre", 1));
        // The quake that struck, and a hedge on what happened.
        let text = "The magnitude 7 quake caused heavy damage.";
        assert!(!generic_at(text, "magnitude 7", 1));
        let text = "A 40-metre wave could have overtopped the sea wall.";
        assert!(!generic_at(text, "40-metre", 1));
    }

    #[test]
    fn a_figure_before_a_change_noun_is_a_change() {
        let role_of = |text: &str, figure: &str| {
            let v = StatementView::new(text, Vec::new(), Vec::new(), Antecedents::default());
            let at = text.find(figure).unwrap();
            let (first, last) = covering(&v.words, at, at + figure.len()).unwrap();
            let q = crate::extract::quantity::extract(text)
                .into_iter()
                .map(|(_, q)| q)
                .next();
            role(&v, first, last, 0, q.as_ref())
        };
        assert_eq!(
            role_of("Nurses want a 9 percent pay rise.", "9 percent"),
            Role::Change
        );
        assert_eq!(
            role_of("Drivers won a 4% wage increase.", "4%"),
            Role::Change
        );
        assert_eq!(
            role_of("Some 9 percent of nurses left.", "9 percent"),
            Role::Level
        );
        // A participle clause after a comma is its own: the jobs are at
        // risk now, though the shops will shut.
        assert_eq!(
            role_of(
                "The chain will shut 48 shops, putting 1,200 jobs at risk.",
                "1,200"
            ),
            Role::Level
        );
    }
}
