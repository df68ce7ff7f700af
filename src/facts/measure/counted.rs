//! What a figure counts when its own words do not say it plainly: a
//! score, an elided or coordinated noun, a model's label, a grade of hurt,
//! a partitive ("five of the wounded"), spouses, children, clock times.

use super::act::act_word;
use super::StatementView;
use crate::facts::holder::Name;
use crate::facts::lexicon;
use crate::facts::text::{breaks_after, clause_end, clause_start, Word};

/// Words that make a score a final result.
const RESULT_WORDS: &[&str] = &[
    "win",
    "won",
    "wins",
    "winning",
    "beat",
    "beats",
    "beating",
    "defeat",
    "defeated",
    "defeats",
    "victory",
    "victories",
    "loss",
    "lost",
    "losses",
    "losing",
    "final",
    "rout",
    "routed",
    "edged",
    "downed",
    "topped",
    "triumph",
    "fell",
    "falls",
];

/// Words that make a score one moment of a game, not its result.
const MOMENT_WORDS: &[&str] = &[
    "lead", "led", "leading", "leads", "trail", "trailed", "trailing", "halftime", "half",
    "quarter", "run", "tied", "tie", "tying", "period", "inning", "set", "spurt", "deficit",
];

/// What a score is: a team's record ("the Colts (10-5)", "a 162-139
/// record", "improved to 25-7"), a game's result ("beat the Chiefs 20-13"),
/// or neither (a lead, a run, the score at halftime): then it is no fact.
pub(super) fn score_kind(v: &StatementView, first: usize, last: usize) -> Option<&'static str> {
    let w = &v.words;
    let before = w[..first]
        .iter()
        .rev()
        .take(3)
        .map(|x| x.lower.as_str())
        .collect::<Vec<_>>();
    let next = w.get(last + 1).map(|x| x.lower.as_str()).unwrap_or("");
    let in_brackets =
        w[first].before.contains('(') || first > 0 && w[first - 1].after.contains('(');
    if in_brackets
        || next == "record"
        || before.iter().take(2).any(|b| {
            matches!(
                *b,
                "record" | "improved" | "moved" | "dropped" | "stand" | "stands" | "now"
            )
        })
    {
        return Some("record");
    }
    let from = clause_start(w, first).max(first.saturating_sub(8));
    let to = clause_end(w, last)
        .min(last + 6)
        .min(w.len().saturating_sub(1));
    let window: Vec<&str> = (from..=to)
        .filter(|k| *k < first || *k > last)
        .map(|k| w[k].lower.as_str())
        .collect();
    let result = window.iter().any(|x| RESULT_WORDS.contains(x));
    let moment = window.iter().any(|x| MOMENT_WORDS.contains(x));
    (result && !moment).then_some("score")
}

pub(super) const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "few", "many", "dozen", "dozens",
];

/// A word that is a whole figure: digits (with thousands commas) or a
/// number word.
pub(super) fn written_figure(x: &Word) -> bool {
    x.text.chars().all(|c| c.is_ascii_digit() || c == ',')
        || NUMBER_WORDS.contains(&x.lower.as_str())
}

/// The counted noun a bare figure leaves out because its statement said it
/// already: "112 runners were treated, and 9 were taken to hospital"
/// counts runners twice, the 9 among the 112. Only a figure that is the
/// subject of its clause (a verb right after it) and follows a counted
/// figure of the statement.
pub(super) fn elided_noun(v: &StatementView, first: usize, last: usize) -> Option<String> {
    let w = &v.words;
    let next = w.get(last + 1)?;
    let subject = !breaks_after(w, last)
        && (matches!(
            next.lower.as_str(),
            "were" | "was" | "are" | "is" | "have" | "had" | "remain" | "remained"
        ) || next.lower.ends_with("ed") && lexicon::mostly_verb(&next.lower));
    if !subject || first == 0 {
        return None;
    }
    let k = (0..first).rev().find(|&k| written_figure(&w[k]))?;
    let noun = w.get(k + 1)?;
    (k + 1 < first
        && !breaks_after(w, k)
        && noun.text.chars().all(|c| c.is_lowercase())
        && noun.text.len() >= 3
        && !crate::align::words::is_stop(&noun.lower)
        && !lexicon::mostly_verb(&noun.lower))
    .then(|| crate::extract::quantity::lemma(&noun.lower))
}

/// The counted noun of a bare figure that a second verb takes after a
/// first verb's counted figure: "killed 40 people and wounded around 100"
/// counts people wounded, not a part of the 40 killed.
pub(super) fn coordinated_noun(v: &StatementView, first: usize, last: usize) -> Option<String> {
    let w = &v.words;
    // Nothing after the figure that could be its own noun.
    let ends = breaks_after(w, last)
        || w[last].after.starts_with(',')
        || w.get(last + 1).is_none_or(|n| {
            crate::align::words::is_stop(&n.lower) || !n.text.chars().all(|c| c.is_lowercase())
        });
    let verb = first.checked_sub(1)?;
    if !ends || verb < 3 || !act_word(&w[verb]) || w[verb - 1].lower != "and" {
        return None;
    }
    // "<figure> [modifier] <noun> and <verb> <figure>", in one clause.
    let noun = &w[verb - 2];
    let counted = written_figure(&w[verb - 3])
        || verb >= 4 && written_figure(&w[verb - 4]) && w[verb - 3].after.is_empty();
    (counted
        && !(verb.saturating_sub(4)..verb).any(|k| breaks_after(w, k))
        && noun.text.chars().all(|c| c.is_lowercase())
        && noun.text.len() >= 3
        && !crate::align::words::is_stop(&noun.lower)
        && !lexicon::mostly_verb(&noun.lower))
    .then(|| crate::extract::quantity::lemma(&noun.lower))
}

/// The second noun a count takes with "and" right after its own ("189
/// passengers and crew", "300 students and teachers"): a count of both, not
/// of the first alone. Not a verb ("30 people and injured 50"), nor a noun
/// with a figure of its own ("181 passengers and eight crew").
pub(super) fn joined_noun(v: &StatementView, last: usize, skip: usize) -> Option<String> {
    let w = &v.words;
    let end = last + skip;
    if skip == 0 || end >= w.len() || breaks_after(w, end) || !w[end].after.is_empty() {
        return None;
    }
    if w.get(end + 1)?.lower != "and" {
        return None;
    }
    let noun = w.get(end + 2)?;
    let lower_word = noun.text.chars().all(|c| c.is_lowercase()) && noun.text.len() >= 3;
    (lower_word
        && !written_figure(noun)
        && !NUMBER_WORDS.contains(&noun.lower.as_str())
        && !crate::align::words::is_stop(&noun.lower)
        && !lexicon::mostly_verb(&noun.lower)
        && lexicon::outcome_class(&noun.lower).is_none())
    .then(|| crate::extract::quantity::lemma(&noun.lower))
}

/// Units that tell one model of a product from another: a screen or a
/// storage size, a word length ("the 13-inch model", "the 64GB version").
const MODEL_UNITS: &[&str] = &["inch", "in", "cm", "mm", "gb", "tb", "mb", "bit", "core"];

/// The model a price is of, when its clause names one by a size: "the
/// 13-inch model starts at $1,099", "$1,199 for the 13-inch". The size
/// right after "for", else the nearest before the price, else the nearest
/// after it, written "13-inch". Prices of two models of one sentence ("…,
/// while the 15-inch model costs $1,799") are then two measures, and one
/// model's price in two outlets is one.
pub(super) fn model_label(v: &StatementView, first: usize, last: usize) -> Option<String> {
    let w = &v.words;
    let (from, to) = (clause_start(w, first), clause_end(w, last));
    let label = |k: usize| -> Option<String> {
        let text = w[k].lower.as_str();
        let (size, unit) = match text.split_once('-') {
            Some((a, b)) => (a, b.trim_start_matches('-')),
            // "13 inch", "64 GB" written apart; not a bare "in" or "bit",
            // which are other words there ("sold 300 in the first week").
            None => match w.get(k + 1).map(|n| n.lower.as_str()) {
                Some(u @ ("inch" | "gb" | "tb")) => (text, u),
                _ => return None,
            },
        };
        let sized = !size.is_empty()
            && size.chars().all(|c| c.is_ascii_digit() || c == '.')
            && size.chars().next().is_some_and(|c| c.is_ascii_digit());
        (sized && MODEL_UNITS.contains(&unit)).then(|| format!("{size}-{unit}"))
    };
    let end = to.min(w.len().saturating_sub(1));
    // "$1,799 for the 15-inch": the model the price is for, right after it.
    let for_model = (w.get(last + 1).is_some_and(|n| n.lower == "for"))
        .then(|| (last + 2..=end.min(last + 4)).find_map(label))
        .flatten();
    for_model
        .or_else(|| (from..first).rev().find_map(label))
        .or_else(|| (last + 1..=end).find_map(label))
}

/// Words that say how badly people were hurt, as the condition each names:
/// "critically wounded", "in critical condition". Hospitals grade a
/// condition (critical, serious, fair, stable); the words are kept apart,
/// so that only the same grade is one measure.
const SEVERITY: &[(&str, &str)] = &[
    ("critically", "critical"),
    ("critical", "critical"),
    ("seriously", "serious"),
    ("serious", "serious"),
    ("severely", "severe"),
    ("severe", "severe"),
    ("gravely", "grave"),
    ("grave", "grave"),
    ("badly", "bad"),
    ("minor", "minor"),
    ("slightly", "slight"),
    ("lightly", "light"),
    ("mildly", "mild"),
    ("stable", "stable"),
    ("fair", "fair"),
];

/// The condition a count of hurt people is given in its clause: an adverb
/// right before a word of injury ("15 people were critically wounded",
/// "seriously injured three") or "in … condition" after the figure ("five
/// of the wounded were in critical condition"). Counts of different
/// conditions, or of a condition and of all the hurt, are different
/// measures.
pub(super) fn severity(
    v: &StatementView,
    first: usize,
    last: usize,
    act: Option<&str>,
) -> Option<&'static str> {
    let w = &v.words;
    let from = clause_start(w, first).max(first.saturating_sub(4));
    let to = clause_end(w, last)
        .min(last + 10)
        .min(w.len().saturating_sub(1));
    let grade_of = |word: &str| SEVERITY.iter().find(|(x, _)| *x == word).map(|(_, g)| *g);
    let grade = |k: usize| grade_of(&w[k].lower);
    // Another figure between ends the figure's words: "killing two and
    // critically wounding a third" grades the third, not the two.
    // "a third" is a figure; "in a critical condition" is not.
    let figure = |k: usize| {
        written_figure(&w[k])
            || w[k].lower == "one"
            || w[k].lower == "a" && w.get(k + 1).is_some_and(|n| grade_of(&n.lower).is_none())
    };
    let before = (from..first).rev().take_while(|&k| !figure(k));
    let after = (last + 1..=to).take_while(|&k| !figure(k));
    before.chain(after).find_map(|k| {
        let next = w.get(k + 1)?;
        // The adverb grades the figure's own act ("15 were critically
        // wounded"), no other word of the clause.
        let hurt = w[k].after.is_empty()
            && w[k].lower.ends_with("ly")
            && lexicon::outcome_class(&next.lower) == Some("injury")
            && act == Some(next.lower.as_str());
        // "with severe injuries", "suffered serious injuries": the
        // adjective grades the hurt the figure's people have.
        let injuries = k > last
            && w[k].after.is_empty()
            && matches!(
                w[k - 1].lower.as_str(),
                "with" | "suffered" | "sustained" | "suffering" | "sustaining"
            )
            && lexicon::outcome_class(&next.lower) == Some("injury");
        // "in critical condition", "in a serious but stable condition".
        let condition = k > last
            && matches!(w[k - 1].lower.as_str(), "in" | "a")
            && (k + 1..=(k + 3).min(to)).any(|j| w[j].lower.starts_with("condition"));
        (hurt || injuries || condition).then(|| grade(k)).flatten()
    })
}

/// The noun of a partitive figure: "five of the wounded" counts wounded
/// people, "three of the banks" banks. A word of injury or death used as a
/// noun counts people, as "15 people were wounded" does.
pub(super) fn partitive_noun(v: &StatementView, last: usize) -> Option<String> {
    let w = &v.words;
    if breaks_after(w, last) || w.get(last + 1)?.lower != "of" {
        return None;
    }
    let det = w.get(last + 2)?;
    if !matches!(det.lower.as_str(), "the" | "those" | "these") {
        return None;
    }
    let noun = w.get(last + 3)?;
    // "pick-six of the season", "10 of the team's 17 points", "three of the
    // seven bullets": no partitive of a noun.
    let glued = w[last].text.contains('-') || w[last].before.ends_with('-');
    if glued
        || !noun.text.chars().all(|c| c.is_lowercase())
        || crate::align::words::is_stop(&noun.lower)
        || written_figure(noun)
        || !noun.after.is_empty() && !noun.after.starts_with([',', '.', ';'])
    {
        return None;
    }
    let hurt = matches!(
        lexicon::outcome_class(&noun.lower),
        Some("injury" | "death")
    ) && (noun.lower.ends_with("ed") || noun.lower == "dead" || noun.lower == "hurt");
    if hurt {
        return Some("people".into());
    }
    (!lexicon::mostly_verb(&noun.lower)).then(|| crate::extract::quantity::lemma(&noun.lower))
}

/// Women or men someone married are wives or husbands: "charged with
/// marrying 20 women" counts what "alleged to have 19 wives" counts.
pub(super) fn spouses(what: String, act: Option<&str>) -> String {
    let married = act.is_some_and(|a| a.starts_with("marr") || a.starts_with("wed"));
    match what.as_str() {
        "woman" if married => "wife".into(),
        "man" if married => "husband".into(),
        _ => what,
    }
}

/// A bare figure a toll reaches, the toll named before it in its clause:
/// "the death toll in the blaze rose to 67", "the toll stood at 40", "the
/// toll has reached 90". No figure may stand between ("the toll of 37 rose
/// to 40": the 37 is the toll's own).
pub(super) fn toll_reached(v: &StatementView, first: usize) -> Option<String> {
    let w = &v.words;
    let prev = w.get(first.checked_sub(1)?)?.lower.as_str();
    if !matches!(
        prev,
        "to" | "at" | "reached" | "hit" | "topped" | "passed" | "is" | "was"
    ) {
        return None;
    }
    let from = clause_start(w, first).max(first.saturating_sub(12));
    let toll = (from..first - 1).find(|&k| w[k].lower == "toll")?;
    (!(toll + 1..first - 1).any(|k| written_figure(&w[k]))).then(|| "toll".to_string())
}

/// The noun a figure is "of" ("a crowd of 5,000", "a toll of 37", "a
/// turnout of 62%"): a content noun right before "of" right before the
/// figure (or its qualifier).
pub(super) fn noun_of(v: &StatementView, first: usize) -> Option<String> {
    let w = &v.words;
    let of = (first.saturating_sub(2)..first)
        .rev()
        .find(|&k| w[k].lower == "of")?;
    if (of + 1..first).any(|k| {
        !matches!(
            w[k].lower.as_str(),
            "about"
                | "around"
                | "some"
                | "nearly"
                | "almost"
                | "over"
                | "more"
                | "than"
                | "at"
                | "least"
                | "roughly"
                | "approximately"
        )
    }) {
        return None;
    }
    let noun = w.get(of.checked_sub(1)?)?;
    // "a mother of 12" counts her children, whatever name the words around
    // seem to make ("Brooklyn Mother of 13").
    if let Some(counted) = offspring(&noun.lower) {
        return (!breaks_after(w, of - 1)).then(|| counted.to_string());
    }
    if breaks_after(w, of - 1)
        || crate::align::words::is_stop(&noun.lower)
        || noun.text.chars().any(|c| c.is_ascii_digit())
        || lexicon::mostly_verb(&noun.lower)
        || v.names
            .iter()
            .any(|n| n.start <= noun.start && noun.end <= n.end)
    {
        return None;
    }
    Some(crate::extract::quantity::lemma(&noun.lower))
}

/// The person a "mother of 12" is, named beside the phrase: after it
/// ("Brooklyn Mother of 13 Zurana Horton"), before it with a comma
/// ("Horton, a mother of 12") or as the subject of "was" ("Horton was the
/// mother of 12 children"). Her children are hers as an age is.
pub(super) fn parent_named(v: &StatementView, first: usize, last: usize) -> Option<String> {
    let w = &v.words;
    let of = first.checked_sub(1).filter(|&k| w[k].lower == "of")?;
    let parent = of.checked_sub(1)?;
    offspring(&w[parent].lower)?;
    let person = |n: &&Name| n.kind == crate::extract::entity::EntityKind::Person;
    // After: within the counted noun's reach.
    let limit = w.get(last + 2).map_or(usize::MAX, |x| x.end);
    if let Some(n) = v
        .names
        .iter()
        .filter(person)
        .find(|n| n.start >= w[last].end && n.start <= limit && !breaks_after(w, last))
    {
        return Some(n.canonical.clone());
    }
    // Before: a name ending a word or three before the parent noun, glued by
    // a comma or "was"/"is".
    let from = parent.saturating_sub(4);
    (from..parent).rev().find_map(|k| {
        let glue = w[k].after.trim_start().starts_with(',')
            || w.get(k + 1)
                .is_some_and(|x| matches!(x.lower.as_str(), "was" | "is"));
        if !glue {
            return None;
        }
        v.names
            .iter()
            .filter(person)
            .find(|n| n.end == w[k].end)
            .map(|n| n.canonical.clone())
    })
}

/// What a parent "of N" has N of.
fn offspring(noun: &str) -> Option<&'static str> {
    match noun {
        "mother" | "father" | "parent" | "mom" | "mum" | "dad" => Some("child"),
        "grandmother" | "grandfather" | "grandparent" | "grandma" | "grandpa" => Some("grandchild"),
        _ => None,
    }
}

/// How many words after a game clock are its own: "left", "remaining",
/// "to go", "to play", then "in the first half" or "of the sixth round".
pub(super) fn clock_words(words: &[Word], last: usize) -> usize {
    let at = |k: usize| words.get(last + 1 + k).map_or("", |w| w.lower.as_str());
    let mut n = match at(0) {
        "left" | "remaining" => 1,
        "to" if matches!(at(1), "go" | "play") => 2,
        _ => return 0,
    };
    if matches!(at(n), "in" | "of") && at(n + 1) == "the" {
        n += 4;
    }
    n.min(words.len().saturating_sub(last + 1))
}

/// Outcomes a count of people is told by, alone or two at once ("dead or
/// missing"); not the means ("shot and killed" is a killing).
const COUNTED_OUTCOMES: &[&str] = &["death", "injury", "missing"];

/// Whether the clause of a figure joins two different outcomes with "or"
/// or "and" ("killed or injured", "dead and wounded"): a count of both.
pub(super) fn combined_outcomes(w: &[Word], first: usize, last: usize) -> bool {
    let from = clause_start(w, first).max(first.saturating_sub(4));
    let to = clause_end(w, last).min(last + 5);
    (from..to).any(|k| {
        k + 2 <= to
            && k + 2 < w.len()
            && matches!(w[k + 1].lower.as_str(), "or" | "and")
            && !breaks_after(w, k)
            && matches!(
                (lexicon::outcome_class(&w[k].lower), lexicon::outcome_class(&w[k + 2].lower)),
                (Some(x), Some(y)) if x != y && [x, y].iter().all(|c| COUNTED_OUTCOMES.contains(c))
            )
    })
}

/// Whether a word is a number from 21 to 99 written in words with a
/// hyphen ("twenty-seven"), not a figure glued to a noun ("86-yard").
pub(super) fn hyphenated_number(word: &str) -> bool {
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const UNITS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    matches!(word.split_once('-'), Some((t, u)) if TENS.contains(&t) && UNITS.contains(&u))
}

/// Whether a share's clause, before it and after any other figure, says
/// it is a turnout: the share of those who could vote who did ("turnout
/// was nearly 62 percent"; not the 55 percent of "with turnout over 80%,
/// 55% backed the union").
pub(super) fn turnout(v: &StatementView, first: usize) -> bool {
    let from = clause_start(&v.words, first);
    v.words[from..first]
        .iter()
        .rev()
        .take_while(|w| !w.text.chars().any(|c| c.is_ascii_digit()))
        .any(|w| matches!(w.lower.as_str(), "turnout" | "participation"))
}

#[cfg(test)]
mod tests {
    use super::super::act::act;
    use super::*;
    use crate::facts::holder::Antecedents;
    use crate::facts::text::covering;

    /// The grade of hurt the figure `figure` of `text` is given.
    fn grade_of(text: &str, figure: &str) -> Option<&'static str> {
        let v = StatementView::new(text, Vec::new(), Vec::new(), Antecedents::default());
        let at = text.find(figure).unwrap();
        let (first, last) = covering(&v.words, at, at + figure.len()).unwrap();
        let skip = usize::from(v.words.get(last + 1).is_some_and(|w| w.lower == "people"));
        severity(&v, first, last, act(&v.words, first, last, skip).as_deref())
    }

    /// The noun joined to the counted noun of `figure` in `text`.
    fn joined(text: &str, figure: &str) -> Option<String> {
        let v = StatementView::new(text, Vec::new(), Vec::new(), Antecedents::default());
        let at = text.find(figure).unwrap();
        let (_, last) = covering(&v.words, at, at + figure.len()).unwrap();
        joined_noun(&v, last, 1)
    }

    #[test]
    fn a_count_of_two_kinds_joined_by_and_is_not_of_the_first() {
        let t = "The jet, carrying 189 passengers and crew, crashed into the sea.";
        assert_eq!(joined(t, "189").as_deref(), Some("crew"));
        let t = "The ferry had 476 students and teachers on board.";
        assert_eq!(joined(t, "476").as_deref(), Some("teacher"));
        // A verb, an outcome or a figure of its own after "and".
        let t = "The blast killed 30 people and injured 50 more.";
        assert_eq!(joined(t, "30"), None);
        let t = "There were 181 passengers and eight crew aboard.";
        assert_eq!(joined(t, "181"), None);
        let t = "It left 40 people dead and wounded dozens.";
        assert_eq!(joined(t, "40"), None);
    }

    #[test]
    fn a_grade_of_hurt_is_the_figure_s_own() {
        assert_eq!(
            grade_of("Doctors said 15 people were critically wounded.", "15"),
            Some("critical")
        );
        assert_eq!(
            grade_of(
                "Five of the wounded were in critical condition, doctors said.",
                "Five"
            ),
            Some("critical")
        );
        assert_eq!(
            grade_of("Three of the injured are in a serious condition.", "Three"),
            Some("serious")
        );
        assert_eq!(
            grade_of("The blast left 94 people with severe injuries.", "94"),
            Some("severe")
        );
        assert_eq!(
            grade_of(
                "Twelve workers suffered minor injuries in the fire.",
                "Twelve"
            ),
            Some("minor")
        );
        // The injuries of no grade are all the hurt.
        assert_eq!(
            grade_of("The blast left 640 people with injuries.", "640"),
            None
        );
        // Another figure's grade: "killing four and critically injuring
        // one" grades the one, not the four.
        assert_eq!(
            grade_of(
                "The blast hit the convoy, killing four and critically injuring one.",
                "four"
            ),
            None
        );
        // An adverb of another act: "badly damaged".
        assert_eq!(grade_of("The storm badly damaged 40 homes.", "40"), None);
    }
}
