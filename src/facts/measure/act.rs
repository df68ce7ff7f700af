//! The act a figure or a date is of: the word in its clause saying what
//! happened ("killed", "arrested", "collision"), and the senses of the act
//! words around it.

use super::subject::OCCURRED;
use super::StatementView;
use crate::facts::lexicon;
use crate::facts::text::{breaks_after, clause_end, clause_start, Word};

/// Whether a word can say what happened: a verb, mostly used as one, and
/// not a light or reporting verb; or a verb of an outcome class
/// ("killed", "injured").
pub(super) fn act_word(w: &Word) -> bool {
    if w.text.chars().any(|c| c.is_ascii_digit()) || w.text.len() < 3 {
        return false;
    }
    if lexicon::outcome_class(&w.lower).is_some() && lexicon::can_be_verb(&w.lower) {
        return true;
    }
    if crate::align::words::is_stop(&w.lower)
        || w.text.chars().next().is_some_and(char::is_uppercase)
        || PREPOSITIONS_NOT_ACTS.contains(&w.lower.as_str())
    {
        return false;
    }
    lexicon::mostly_verb(&w.lower) && !light(&w.lower)
}

/// Prepositions WordNet also knows as verbs ("to near", "to round"): after
/// a figure they open a place, not an act ("at 2:45 a.m. near the bridge").
/// And "aged", which says a figure is an age ("the woman, aged 43, will
/// appear"), not what was done.
pub(super) const PREPOSITIONS_NOT_ACTS: &[&str] = &[
    "near", "past", "round", "behind", "outside", "inside", "aged",
];

/// A light or reporting verb, or a word too common to name an act.
pub(super) fn light(word: &str) -> bool {
    LIGHT.contains(&word)
        || lexicon::lemmas(word)
            .iter()
            .any(|(_, l)| LIGHT.contains(&l.as_str()))
}

/// Light verbs and reporting verbs: too common to say which act a value
/// belongs to.
const LIGHT: &[&str] = &[
    "be",
    "have",
    "do",
    "get",
    "make",
    "take",
    "give",
    "go",
    "come",
    "say",
    "tell",
    "include",
    "put",
    "see",
    "become",
    "show",
    "report",
    "add",
    "note",
    "state",
    "confirm",
    "announce",
    "according",
    "bring",
    "keep",
    "believe",
    "fear",
    "let",
    "seem",
    "use",
    "call",
    "find",
    "know",
    "think",
    "want",
    "need",
    "set",
    "mark",
    "come",
    "like",
    "way",
    "time",
    "last",
    "early",
    "late",
    "first",
    "total",
    "about",
    "more",
    "less",
    "than",
    "least",
    "most",
    "nearly",
    "almost",
    "around",
    "some",
    "approximately",
    "roughly",
    "only",
    "just",
    "over",
    "under",
    "each",
    "per",
];

/// The act words around words `first..=last` in their clause: verbs and
/// nouns of acts, up to four words before and three after the counted
/// words, names and numbers left out.
pub(super) fn act_words(
    v: &StatementView,
    first: usize,
    last: usize,
    skip: usize,
) -> lexicon::SenseSet {
    let w = &v.words;
    let from = spliced_start(w, first).max(first.saturating_sub(4));
    let to = clause_end(w, last)
        .min(last + skip + 3)
        .min(w.len().saturating_sub(1));
    let named = |x: &Word| v.names.iter().any(|n| n.start <= x.start && x.end <= n.end);
    lexicon::SenseSet::of(
        (from..first)
            .chain(last + skip + 1..=to)
            .map(|k| &w[k])
            .filter(|x| {
                x.text.len() >= 3
                    && !x.text.chars().any(|c| c.is_ascii_digit())
                    && !crate::align::words::is_stop(&x.lower)
                    && !light(&x.lower)
                    && !named(x)
                    && (lexicon::mostly_verb(&x.lower)
                        || lexicon::event_noun(&x.lower)
                        || lexicon::outcome_class(&x.lower).is_some())
            })
            .map(|x| x.lower.as_str()),
    )
}

/// The word that makes the thing of the figure at word `first` another
/// one than the story's ("a second 7.6 magnitude tremor", "another 5.9
/// quake", "a separate 120-car pile-up"), lower case.
pub(super) fn another_one(words: &[Word], first: usize) -> Option<String> {
    let k = first.checked_sub(1)?;
    let w = &words[k];
    let article = k >= 1 && matches!(words[k - 1].lower.as_str(), "a" | "an" | "the");
    let other = w.lower == "another"
        || article
            && matches!(
                w.lower.as_str(),
                "second" | "third" | "fourth" | "fifth" | "separate" | "later"
            );
    (other && w.after.is_empty()).then(|| w.lower.clone())
}

/// Where the clause of the figure at word `first` starts, a clause spliced
/// on with a comma or joined with a conjunction included: a figure right
/// after a comma, "and" or "but" whose own words go on to a tensed verb
/// opens a clause of its own ("At least four people are believed to have
/// died, three people with serious injuries have been taken to hospital";
/// "At least 79 people have died and more than 104 have been rescued": the
/// three and the 104 were not killed).
fn spliced_start(words: &[Word], first: usize) -> usize {
    let from = clause_start(words, first);
    let opens = first > from
        && (words[first - 1].after.trim() == ","
            || matches!(words[first - 1].lower.as_str(), "and" | "but"));
    // Its own verb, before another comma or conjunction ("two touchdowns
    // and also had 52 catches": "had" is another clause's).
    let tensed = || {
        (first..clause_end(words, first).min(first + 8))
            .take_while(|&k| {
                k == first
                    || !words[k - 1].after.contains(',')
                        && !matches!(words[k].lower.as_str(), "and" | "but" | "or")
            })
            .any(|k| {
                matches!(
                    words[k].lower.as_str(),
                    "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will"
                )
            })
    };
    if opens && tensed() {
        first
    } else {
        from
    }
}

/// The act nearest the value in its clause: up to five words before it, or
/// up to `skip + 3` after it (its counted words skipped), the words after
/// first at equal distance ("12 workers were hurt").
pub(super) fn act(words: &[Word], first: usize, last: usize, skip: usize) -> Option<String> {
    let from = spliced_start(words, first);
    let to = clause_end(words, last);
    // The counted words themselves ("games", "punches") are not the act.
    let after = (last + 1 + skip..=to.min(last + skip + 3))
        .filter(|&k| k < words.len())
        .map(|k| (k - last - 1 - skip, 0, k));
    // A value in a list of things done to ("attacked a government
    // building, four shops and two banks") hangs on the verb before the
    // list.
    let listed =
        first > 0 && (words[first - 1].lower == "and" || words[first - 1].after.starts_with(','));
    let reach = if listed { 10 } else { 5 };
    let before = (from.max(first.saturating_sub(reach))..first)
        .rev()
        .enumerate()
        .map(|(d, k)| (d, 1, k));
    // "his first Masters in 14 years", "the first rate cut in a decade":
    // the span is the time since the last such thing, and that thing is
    // its act, whatever verb the clause has.
    if let Some(head) = first_in(words, from, first) {
        return Some(head);
    }
    // "deliberated for three days before reaching", "raised by 8 percent":
    // a figure after "for" or "by" measures the verb right before it.
    if first >= 2
        && first - 1 > from
        && matches!(words[first - 1].lower.as_str(), "for" | "by")
        && act_word(&words[first - 2])
        && !thing_after_determiner(words, first - 2)
    {
        return Some(words[first - 2].lower.clone());
    }
    // "The gunman shot three co-workers, killing two": a verb right before
    // the figure takes it as its object; the participle after the comma is
    // another figure's act.
    // Not "left": "leaving at least 70 people injured" is of "injured".
    let resultative = |w: &Word| lexicon::lemmas(&w.lower).iter().any(|(_, l)| l == "leave");
    // A word after a preposition is a noun ("stopped for speeding at 2:30
    // a.m."): the verb before the phrase is the act.
    let object_of_preposition =
        |k: usize| k > from && PREPOSITION_BEFORE_NOUN.contains(&words[k - 1].lower.as_str());
    if first > from
        && act_word(&words[first - 1])
        && !resultative(&words[first - 1])
        && !object_of_preposition(first - 1)
        && !thing_after_determiner(words, first - 1)
    {
        return Some(deadly(words, first - 1));
    }
    let counted_end = (last + skip).min(words.len().saturating_sub(1));
    if let Some(k) = verb_after_participle(words, counted_end, to) {
        return Some(deadly(words, k));
    }
    if let Some(state) = state_after(words, counted_end + 1) {
        return Some(state);
    }
    // The words after the figure stop at a comma after its counted words
    // that opens a participle ("three co-workers, killing two"): what
    // follows is a clause of its own.
    let cut = words[last..=counted_end]
        .iter()
        .any(|x| x.after.starts_with(','))
        && words
            .get(counted_end + 1)
            .is_some_and(|n| n.lower.ends_with("ing"));
    after
        .filter(|_| !cut)
        .chain(before.filter(|&(_, _, k)| !object_of_preposition(k)))
        .filter(|&(_, _, k)| act_word(&words[k]) && !thing_after_determiner(words, k))
        .min()
        .map(|(_, _, k)| deadly(words, event_subject(words, from, k)))
}

/// The clause's own verb when a participle right after the counted words
/// only describes them: "44 people working at the site at the time of the
/// blast were killed instantly" is a count of the killed, not of those
/// working; "residents living near the plant were evacuated". The verb is
/// the word after an auxiliary ("were", "had been") later in the clause.
fn verb_after_participle(words: &[Word], counted_end: usize, to: usize) -> Option<usize> {
    let participle = words.get(counted_end + 1)?;
    if !words[counted_end].after.is_empty()
        || !participle.lower.ends_with("ing")
        || !act_word(participle)
    {
        return None;
    }
    let aux = (counted_end + 2..=to.min(counted_end + 14)).find(|&j| {
        !words[j - 1].after.contains(',')
            && matches!(
                words[j].lower.as_str(),
                "was" | "were" | "is" | "are" | "had" | "have" | "has"
            )
    })?;
    (aux + 1..=to.min(aux + 3))
        .take_while(|&k| {
            matches!(
                words[k].lower.as_str(),
                "been" | "all" | "also" | "later" | "reportedly"
            ) || act_word(&words[k])
        })
        .find(|&k| act_word(&words[k]) && words[k].lower != "been")
}

/// The state a figure's subject is in, told by "remain" or a copula from
/// word `k` on: "18 people remain in hospital" → "hospital", "more than
/// 70 remain unaccounted for" → "unaccounted", "722 people are in
/// hospital" → "hospital". The state is what is counted, not the verb:
/// those in hospital are not those unaccounted for.
fn state_after(words: &[Word], k: usize) -> Option<String> {
    // The states a copula puts people in: "are in hospital", "were in
    // custody", "is in intensive care".
    const STATES: &[&str] = &[
        "hospital",
        "hospitals",
        "custody",
        "detention",
        "jail",
        "prison",
        "care",
        "condition",
        "shelter",
        "shelters",
        "quarantine",
        "isolation",
        "coma",
    ];
    let verb = words.get(k)?.lower.as_str();
    let remain = matches!(
        verb,
        "remain" | "remains" | "remained" | "stay" | "stays" | "stayed"
    );
    let copula = matches!(verb, "are" | "were" | "is" | "was");
    if !(remain || copula) || !words[k].after.trim().is_empty() {
        return None;
    }
    let mut j = k + 1;
    if words.get(j).is_some_and(|x| x.lower == "still") {
        j += 1;
    }
    let next = words.get(j)?;
    if matches!(next.lower.as_str(), "in" | "at") {
        // "in hospital", "in critical condition", "in custody".
        let mut n = j + 1;
        while words.get(n).is_some_and(|x| {
            matches!(
                x.lower.as_str(),
                "the" | "a" | "critical" | "serious" | "stable"
            )
        }) {
            n += 1;
        }
        let noun = words.get(n)?;
        let plain = noun.text.chars().all(|c| c.is_lowercase());
        // After a copula, only a state ("were at the party" is where).
        let state = remain || STATES.contains(&noun.lower.as_str());
        return (plain && state && !crate::align::words::is_stop(&noun.lower))
            .then(|| noun.lower.clone());
    }
    // "remain unaccounted for", "remain missing": the state word itself.
    (remain
        && next.text.chars().all(|c| c.is_lowercase())
        && !crate::align::words::is_stop(&next.lower)
        && !matches!(
            next.lower.as_str(),
            "to" | "on" | "under" | "open" | "closed"
        ))
    .then(|| next.lower.clone())
}

/// The thing of "first <thing> in <span>" ("first Masters in 14 years",
/// "first major title in 11 years"), lower case, when the figure at word
/// `first` follows it in its clause: one or two words between "first" and
/// "in", not "time" ("for the first time in 14 years" tells of the verb).
fn first_in(words: &[Word], from: usize, first: usize) -> Option<String> {
    let inn = first
        .checked_sub(1)
        .filter(|&k| k > from && words[k].lower == "in")?;
    let head = inn - 1;
    let opening = (head.saturating_sub(2).max(from)..head)
        .rev()
        .find(|&k| words[k].lower == "first")?;
    let between = &words[opening + 1..=head];
    let plain = between.iter().all(|x| {
        x.after.is_empty()
            && x.text.chars().all(|c| c.is_alphabetic() || c == '-')
            && !crate::align::words::is_stop(&x.lower)
    });
    (plain && words[head].lower != "time").then(|| words[head].lower.clone())
}

/// "A fire tore through the plant on Tuesday night", "the collision
/// happened at 11:20 pm": a verb that only says an event happened (word
/// `k`, in the clause from word `from`) gives way to the event its subject
/// names, so that "a blaze swept through" the same plant, or "the trains
/// collided", is the same act. Far enough back to reach past a name and an
/// age ("the fatal shooting of Ramon Ortiz, 22, happened").
pub(super) fn event_subject(words: &[Word], from: usize, k: usize) -> usize {
    if !OCCURRED.contains(&words[k].lower.as_str()) {
        return k;
    }
    (from..k)
        .rev()
        .take(8)
        .find(|&j| lexicon::event_noun(&words[j].lower))
        .unwrap_or(k)
}

/// Act word `k` with the word that makes it a death: "shot dead",
/// "fatally stabbed", "fatal shooting" (see `lexicon::outcome_class`).
pub(super) fn deadly(words: &[Word], k: usize) -> String {
    let w = &words[k];
    if w.after.is_empty() && words.get(k + 1).is_some_and(|n| n.lower == "dead") {
        return format!("{} dead", w.lower);
    }
    // "stabbed Lenz to death", "beaten to death": within four words, in
    // its clause.
    let to_death = (k + 1..(k + 5).min(words.len().saturating_sub(1))).any(|j| {
        words[j].lower == "to"
            && words[j + 1].lower == "death"
            && !(k..j).any(|m| breaks_after(words, m))
    });
    if to_death {
        return format!("{} to death", w.lower);
    }
    match k.checked_sub(1).map(|j| &words[j]) {
        Some(p)
            if p.after.is_empty() && matches!(p.lower.as_str(), "fatally" | "fatal" | "deadly") =>
        {
            format!("{} {}", p.lower, w.lower)
        }
        _ => w.lower.clone(),
    }
}

/// Prepositions after which a verb form is a noun ("for speeding", "of
/// killing"), not the act a figure after it is of. Not "after" or
/// "before": "before fleeing on foot at around 9 a.m." times the fleeing.
const PREPOSITION_BEFORE_NOUN: &[&str] = &["for", "of", "without", "by"];

/// Whether word `k` follows an article or a possessive, maybe with one
/// modifier between, and names no event: a thing, not an act ("attacked a
/// government building, four shops", "after an evening vigil",
/// "Wednesday's massive strike").
fn thing_after_determiner(words: &[Word], k: usize) -> bool {
    let determines = |j: usize| {
        words[j].after.is_empty()
            && matches!(
                words[j].lower.as_str(),
                "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
            )
            || crate::facts::holder::possessive(&words[j])
    };
    let modifier = |j: usize| {
        words[j].after.is_empty()
            && words[j].text.chars().all(|c| c.is_lowercase() || c == '-')
            && !lexicon::mostly_verb(&words[j].lower)
            && !crate::align::words::is_stop(&words[j].lower)
    };
    // After "the fire", a past or present tense is the verb ("the fire
    // caused", "the bomb detonated"): only a bare form or one in -ing can
    // be the head of the noun phrase.
    let w = &words[k].lower;
    let tensed = || {
        !w.ends_with("ing")
            && (w.ends_with("ed") || lexicon::lemmas(w).iter().any(|(p, l)| *p == 'v' && l != w))
    };
    let determined =
        k >= 1 && determines(k - 1) || k >= 2 && determines(k - 2) && modifier(k - 1) && !tensed();
    determined && !lexicon::event_noun(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::text::{covering, words};

    /// The act found for the figure `figure` of `text`, counting `skip`
    /// words after it as its counted noun.
    fn act_of(text: &str, figure: &str, skip: usize) -> Option<String> {
        let w = words(text);
        let at = text.find(figure).unwrap();
        let (first, last) = covering(&w, at, at + figure.len()).unwrap();
        act(&w, first, last, skip)
    }

    #[test]
    fn a_participle_after_the_counted_noun_describes_it_and_the_verb_is_the_act() {
        let text = "Police said 12 people attending the concert were injured.";
        assert_eq!(act_of(text, "12", 1).as_deref(), Some("injured"));
        let text = "Officials said 300 residents living near the plant had been evacuated.";
        assert_eq!(act_of(text, "300", 1).as_deref(), Some("evacuated"));
        // A participle set off by a comma is a clause of its own.
        let text = "The gunman shot three co-workers, killing two.";
        assert_eq!(act_of(text, "three", 1).as_deref(), Some("shot"));
    }

    #[test]
    fn a_thing_after_an_article_is_no_act_and_a_list_hangs_on_its_verb() {
        // "a government building" is a thing: the act is the verb before
        // the list the figures stand in.
        let text = "Rioters attacked a government building, four shops and two banks.";
        assert_eq!(act_of(text, "four", 1).as_deref(), Some("attacked"));
        assert_eq!(act_of(text, "two", 1).as_deref(), Some("attacked"));
        // An event named after an article is one ("the shooting").
        let text = "Crowds gathered after the shooting of 12 protesters.";
        assert_eq!(act_of(text, "12", 1).as_deref(), Some("shooting"));
        // After "the fire", a past tense is the verb, not a noun.
        let text = "Officials said the fire destroyed 40 homes overnight.";
        assert_eq!(act_of(text, "40", 1).as_deref(), Some("destroyed"));
        // "an evening vigil": no act at all rather than "evening".
        let text = "After an evening vigil, 300 students stayed.";
        assert_ne!(act_of(text, "300", 1).as_deref(), Some("evening"));
    }

    #[test]
    fn a_verb_right_before_a_figure_is_its_act() {
        let text = "The gunman shot three co-workers, killing two, police said.";
        assert_eq!(act_of(text, "three", 1).as_deref(), Some("shot"));
        assert_eq!(act_of(text, "two", 0).as_deref(), Some("killing"));
        // "shot dead" and "fatally shot" are deaths.
        let text = "Police shot dead two gunmen.";
        assert_eq!(act_of(text, "two", 1).as_deref(), Some("shot dead"));
        // Not "leaving": the riots left 70 people injured.
        let text = "The riots spread quickly, leaving at least 70 people injured.";
        assert_eq!(act_of(text, "70", 1).as_deref(), Some("injured"));
        // A verb form after "for" is a noun; "near" is a place.
        let text = "Dunn was stopped for speeding at about 2:30 a.m. near the bridge.";
        assert_eq!(act_of(text, "2:30", 1).as_deref(), Some("stopped"));
    }

    #[test]
    fn a_figure_opening_a_clause_after_and_takes_its_own_verb() {
        // The figure after "and" has its own tensed verb: the rescued were
        // not killed.
        let text = "Eleven climbers were killed and about 40 have been airlifted to safety.";
        assert_eq!(act_of(text, "about 40", 0).as_deref(), Some("airlifted"));
        // Without a verb of its own, a figure after "and" shares the verb
        // before it.
        let text = "The storm flattened 300 homes and 12 schools.";
        assert_eq!(act_of(text, "12", 1).as_deref(), Some("flattened"));
        // A verb after a further "and" is another clause's.
        let text = "She scored 31 points and nine rebounds and also had six assists.";
        assert_eq!(act_of(text, "nine", 1).as_deref(), Some("scored"));
    }

    #[test]
    fn a_state_after_remain_or_a_copula_is_the_act() {
        let text = "Nine miners remain in hospital and 14 remain missing.";
        assert_eq!(act_of(text, "Nine", 1).as_deref(), Some("hospital"));
        assert_eq!(act_of(text, "14", 0).as_deref(), Some("missing"));
        let text = "Some 300 residents are still in shelters, officials said.";
        assert_eq!(act_of(text, "300", 1).as_deref(), Some("shelters"));
    }

    #[test]
    fn an_occurrence_verb_gives_way_to_its_event() {
        let text = "The collision happened at 11:20 pm local time.";
        assert_eq!(act_of(text, "11:20", 1).as_deref(), Some("collision"));
        let text = "The explosion occurred at about 2 a.m.";
        assert_eq!(act_of(text, "2", 1).as_deref(), Some("explosion"));
    }

    #[test]
    fn a_figure_after_for_or_by_measures_the_verb_before() {
        let text = "The panel deliberated for four days before reaching a decision.";
        assert_eq!(act_of(text, "four", 1).as_deref(), Some("deliberated"));
        let text = "Fares were raised by 6 percent on average.";
        assert_eq!(act_of(text, "6", 1).as_deref(), Some("raised"));
    }
}
