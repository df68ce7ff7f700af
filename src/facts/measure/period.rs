//! The stretch of time a count covers ("since 2008", "first half",
//! "career") and the terms of prison sentences.

use super::StatementView;
use crate::facts::lexicon;
use crate::facts::text::{clause_end, clause_start, Word};

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "last", "final",
];

/// Whether the word after "since" makes it an adverb ("has since
/// received", "since then") rather than the opening of a period.
fn since_adverb(next: &str, word: &Word) -> bool {
    matches!(
        next,
        "has" | "have" | "had" | "is" | "was" | "were" | "been" | "be" | "then"
    ) || word.text.starts_with(|c: char| c.is_lowercase()) && lexicon::mostly_verb(next)
}

/// Whether a span of time is a prison sentence handed down: "sentenced
/// to eight years in prison", "jailed for eight years", "received a
/// six-year prison sentence", "was given 18 months". Its act is then
/// "sentenced", however told. Not the time served or faced ("will serve
/// three years", "faced up to 20 years": other acts, other measures).
pub(super) fn prison_term(
    v: &StatementView,
    first: usize,
    last: usize,
    what: &str,
    act: Option<&str>,
) -> bool {
    const PRISON: &[&str] = &[
        "prison",
        "jail",
        "gaol",
        "sentence",
        "sentenced",
        "jailed",
        "imprisoned",
        "imprisonment",
        "custody",
    ];
    const HANDED: &[&str] = &[
        "sentence", "jail", "imprison", "receive", "give", "hand", "get",
    ];
    if !matches!(what, "year" | "month" | "week" | "day") {
        return false;
    }
    let Some(act) = act else {
        return false;
    };
    let handed = lexicon::lemmas(act)
        .iter()
        .any(|(pos, l)| *pos == 'v' && HANDED.contains(&l.as_str()));
    let from = clause_start(&v.words, first);
    let to = clause_end(&v.words, last).min(v.words.len().saturating_sub(1));
    handed
        && (from..=to).any(|k| {
            let w = v.words[k].lower.as_str();
            PRISON.contains(&w)
                || w.ends_with("-year")
                    && v.words
                        .get(k + 1)
                        .is_some_and(|n| PRISON.contains(&n.lower.as_str()))
        })
}

/// Whether word `k` is the verb "last" ("would last 48 hours", "to last
/// five days"), whose duration the next figure is, not the adjective of a
/// stretch ("the last five days").
pub(super) fn verb_last(w: &[Word], k: usize) -> bool {
    k >= 1
        && w[k].lower == "last"
        && matches!(
            w[k - 1].lower.as_str(),
            "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "did"
        )
}

/// Whether word `k` is a year naming which of its kind a thing is: "the
/// 2018 Camp Fire", "the 2004 tsunami", "the 1997 crash".
fn year_of_thing(w: &[Word], k: usize) -> bool {
    let x = &w[k];
    k > 0
        && w[k - 1].lower == "the"
        && x.after.trim().is_empty()
        && x.lower.len() == 4
        && x.lower
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && w.get(k + 1)
            .is_some_and(|n| n.text.chars().all(char::is_alphabetic))
}

/// The period a count covers, from its clause (see [`Measure::period`]).
pub(super) fn period(w: &[Word], first: usize, last: usize, skip: usize) -> Option<String> {
    let from = clause_start(w, first).max(first.saturating_sub(20));
    // A relative clause tells of the thing before it: "the 2018 Camp Fire
    // in California, which claimed 86 lives" is of 2018.
    // The relative pronoun opens the figure's clause, or follows a comma
    // inside it ("the deadliest wildfire since the 2018 Camp Fire in
    // California, which killed at least 85 people": of 2018, not "since").
    let relative = (from > 0 && matches!(w[from].lower.as_str(), "which" | "that" | "who"))
        .then_some(from)
        .or_else(|| {
            (from + 1..first).rev().find(|&k| {
                matches!(w[k].lower.as_str(), "which" | "who") && w[k - 1].after.contains(',')
            })
        });
    if let Some(r) = relative {
        let thing = clause_start(w, r - 1).max(r.saturating_sub(12));
        if let Some(k) = (thing..r).find(|&k| year_of_thing(w, k)) {
            return Some(w[k].lower.clone());
        }
    }
    let to = clause_end(w, last)
        .min(last + skip + 7)
        .min(w.len().saturating_sub(1));
    for k in from..=to {
        if k >= first && k <= last {
            continue;
        }
        let x = w[k].lower.as_str();
        let next = w.get(k + 1).map(|n| n.lower.as_str()).unwrap_or("");
        let after = w.get(k + 2).map(|n| n.lower.as_str()).unwrap_or("");
        match x {
            // "since has received": the adverb, no period ("since May",
            // "since 2019", "since the strike" are).
            "since" if !(next.is_empty() || since_adverb(next, &w[k + 1])) => {
                // The period is named by the word after an article: "since
                // the 1998 floods" is "since 1998", not "since the", which
                // every period opened by "the" would share.
                let article = matches!(next, "the" | "a" | "an" | "its" | "their" | "his" | "her");
                let named = w.get(k + 1 + usize::from(article)).unwrap_or(&w[k + 1]);
                return Some(format!("since {}", named.lower));
            }
            "last" | "past"
                if !verb_last(w, k)
                    && (next.chars().all(|c| c.is_ascii_digit())
                        || matches!(
                            next,
                            "two"
                                | "three"
                                | "four"
                                | "five"
                                | "six"
                                | "seven"
                                | "eight"
                                | "nine"
                                | "ten"
                                | "few"
                                | "several"
                        )) =>
            {
                let unit = crate::extract::quantity::lemma(after);
                if matches!(
                    unit.as_str(),
                    "game" | "season" | "week" | "month" | "year" | "day" | "match" | "start"
                ) {
                    return Some(format!("last {next} {unit}"));
                }
            }
            "career" => return Some("career".into()),
            "overtime" => return Some("overtime".into()),
            _ if ORDINALS.contains(&x)
                && matches!(
                    next,
                    "half"
                        | "quarter"
                        | "period"
                        | "inning"
                        | "round"
                        | "set"
                        | "season"
                        | "game"
                        | "week"
                        | "year"
                        | "month"
                        | "match"
                        | "race"
                        | "stage"
                        | "leg"
                        | "meeting"
                        | "term"
                ) =>
            {
                return Some(format!("{x} {next}"));
            }
            _ if k < first && year_of_thing(w, k) => return Some(x.to_string()),
            _ if x.len() == 4
                && x.chars().all(|c| c.is_ascii_digit())
                && (matches!(w[k.saturating_sub(1)].lower.as_str(), "in" | "during")
                    // "In December 2003, … a 6.7 quake": the month's year.
                    || crate::calendar::month_number(&w[k.saturating_sub(1)].lower).is_some()
                        && matches!(w[k.saturating_sub(2)].lower.as_str(), "in" | "during")) =>
            {
                return Some(x.to_string());
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::period;
    use crate::facts::text::{covering, words};

    fn period_of(text: &str, figure: &str) -> Option<String> {
        let w = words(text);
        let at = text.find(figure).unwrap();
        let (first, last) = covering(&w, at, at + figure.len()).unwrap();
        period(&w, first, last, 1)
    }

    #[test]
    fn a_thing_named_with_its_year_gives_its_figures_that_year() {
        // In a relative clause on the thing, and in its own clause.
        let text =
            "Its toll now exceeds that of the 1998 Yangtze floods, which killed 4,150 people.";
        assert_eq!(period_of(text, "4,150").as_deref(), Some("1998"));
        let text = "It is the deadliest wildfire since the 2018 Camp Fire in California, which killed at least 85 people.";
        assert_eq!(period_of(text, "85").as_deref(), Some("2018"));
        let text = "The 2004 tsunami killed about 230,000 people.";
        assert_eq!(period_of(text, "230,000").as_deref(), Some("2004"));
        // A year after the figure names what it is in, not which one.
        let text = "Rescuers pulled 41 people from the 1998 tower block.";
        assert_eq!(period_of(text, "41"), None);
    }

    #[test]
    fn a_period_since_a_thing_is_named_by_the_thing_not_its_article() {
        // Two periods opened by "the" are not one for sharing the article.
        let text = "Since the 2015 floods, more than 1,200 people have died.";
        assert_eq!(period_of(text, "1,200").as_deref(), Some("since 2015"));
        let text = "Since the merger the company has cut 300 jobs.";
        assert_eq!(period_of(text, "300").as_deref(), Some("since merger"));
        let text = "Since May, prices have risen 12 percent.";
        assert_eq!(period_of(text, "12 percent").as_deref(), Some("since may"));
    }
}
