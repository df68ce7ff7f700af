//! What a figure or a date measures, read from its statement: the thing
//! counted or the unit, the act it is the figure or time of, whose it is,
//! its role (a part, a change, a rate, a target…), the place or reference
//! point it is measured at, and the words around it.

use super::holder::{holder, Antecedents, Name};
use super::lexicon;
use super::text::{breaks_after, clause_end, clause_start, covering, words, Word};
use crate::extract::quantity::Quantity;
use serde::Serialize;

/// What kind of value a fact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// A count, an amount or a measurement.
    Quantity,
    /// A day, month or year, or a weekday.
    Date,
}

/// The part a value plays in its statement. Values of different roles are
/// never the same measure: a part is not the whole, a change is not the
/// level, a target is not a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The measure itself.
    Level,
    /// A part of a larger figure ("including $281 million in cash", "47
    /// of 56").
    Part,
    /// A total ("a total of 12", "in all").
    Total,
    /// A change ("rose by 5", "up 3%").
    Change,
    /// An earlier value ("up from 12", "from 65 to 125": 65).
    Old,
    /// A rate ("$21 million a year", "per game").
    Rate,
    /// An increment ("another 3 people", "five more").
    Increment,
    /// A value not reached: needed, expected, planned, sought, possible.
    Target,
    /// A value of an earlier period ("last year's 4,000").
    Past,
    /// What is left of a running count ("120,000 customers were still
    /// without power", "41 remain missing").
    Remaining,
    /// A running count's highest point ("at the peak, 300,000 customers").
    Peak,
}

/// What a fact measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    pub kind: FactKind,
    /// The counted thing (lemma of the counted noun's head) or the unit;
    /// "age" for ages, "date" for dates; empty when nothing says it.
    pub what: String,
    /// The counted noun's other words ("career" in "career points").
    pub modifiers: Vec<String>,
    /// The noun a figure written as a modifier describes ("run" in "an
    /// 86-yard touchdown run").
    pub object: Option<String>,
    /// The word saying what happened, as written, lower case ("killed",
    /// "fell", "signed"): the act the value is the figure or time of.
    pub act: Option<String>,
    /// Whose it is: a person or organization's canonical name.
    pub holder: Option<String>,
    /// Where: a place named with "in" or "at" right after the value.
    pub place: Option<String>,
    /// What a distance is measured from ("6 miles from Palmer").
    pub reference: Option<String>,
    /// The phrase right after the value and its counted words that narrows
    /// what it counts: a preposition and its head ("with 76ers", "as
    /// director", "in Germany").
    pub scope: Option<(String, String)>,
    /// The stretch of time a count covers when its clause names one: "since
    /// week", "last 2 game", "first half", "career", "2008". The story's
    /// own season or year ("this season") is no period of its own.
    pub period: Option<String>,
    pub role: Role,
    /// Inside a quotation.
    pub quoted: bool,
    /// Stemmed content words around the value, weighted by closeness.
    pub context: Vec<(String, f64)>,
    /// The senses of the act words around the value in its clause (verbs
    /// and nouns, not names, not its counted words): two values of one act
    /// share one.
    #[serde(skip)]
    pub acts: lexicon::SenseSet,
    /// For a date: the content words, lower case, of what its act was done
    /// to, names left out ("signed the bill on Monday" → "bill"). Two dates
    /// of acts done to unrelated things are two moments.
    #[serde(skip)]
    pub done_to: Vec<String>,
    /// The words of the names in what a date's act was done to ("checked
    /// into Morningside" → "morningside"): two different names, two
    /// moments. Kept apart from [`Measure::done_to`], since a name on one
    /// side and a description on the other ("Promises", "a Malibu clinic")
    /// may be one thing.
    #[serde(skip)]
    pub done_to_names: Vec<String>,
    /// The age its statement gives the person it tells of, when it gives
    /// one ("On Friday, a 29-year-old climber died"): two facts told of
    /// persons of different ages are of two persons, whatever else they
    /// share.
    #[serde(skip)]
    pub aged: Option<u64>,
    /// The common noun its clause's subject is, lemma ("the county has
    /// spent $1.2 million" → "county"), when a noun stands right before
    /// the verb: two figures of unrelated subjects are of two holders.
    #[serde(skip)]
    pub subject: Option<String>,
    /// The subject is someone's ("his co-defendant received three years",
    /// "her husband"): another person than one a name on the other side
    /// gives.
    #[serde(skip)]
    pub subject_possessed: bool,
    /// The name its clause's subject is, of any kind, canonical, lower
    /// case ("Gravity was made on a production budget of $100 million",
    /// "Chandrayaan-2, which had a budget of $96.5 million"): when no
    /// holder is read on either side, two different subjects named are two
    /// holders, whatever kind of name the entity reader gave them.
    #[serde(skip)]
    pub subject_name: Option<String>,
    /// Its clause's subject is an event its document's opening does not
    /// tell ("…aid to those caught up in the powerful earthquake that
    /// struck on New Year's Day, killing at least 48 people", in a story
    /// of a runway collision): a figure of another event than the story's.
    #[serde(skip)]
    pub other_event: bool,
    /// Its clause's subject is an event: the verb says only that it
    /// happened ("the earthquake that struck", "the storm hit").
    #[serde(skip)]
    pub subject_event: bool,
    /// Its act is the act its document's lead tells ("Two trains collided
    /// near Larissa late on Monday" → "the collision happened at 11:20
    /// pm"): the story's one event, which happens once.
    pub lead: bool,
    /// The persons its statement names, canonical, lower case, with the
    /// names of no known kind (a lone "Neymar" in a headline; figures
    /// only): a figure "for" one person ("a 98 million euro deal for Paul
    /// Pogba") is not one told of others ("PSG sign Neymar in €222m deal").
    #[serde(skip)]
    pub persons: Vec<String>,
    /// For a rate, the days its statement names (ISO dates, or the words
    /// when unresolved): a rate is of a moment, and a storm's winds of 185
    /// mph on Sunday and of 145 mph on Monday are two readings.
    #[serde(skip)]
    pub days: Vec<String>,
    /// A share its statement gives as an estimate, a projection or a
    /// partial count ("according to estimates from Ipsos", "with 97
    /// percent of votes counted"): a figure of its hour and its source,
    /// which a later or another count may differ from without either
    /// being wrong.
    #[serde(skip)]
    pub provisional: bool,
}

/// Verbs that say only that an event happened or reached a place: the
/// event is named by their subject ("a fire tore through", "the quake
/// struck", "violence broke out").
const OCCURRED: &[&str] = &[
    "struck", "strikes", "hit", "hits", "rocked", "shook", "tore", "swept", "ripped", "erupted",
    "broke", "occurred", "happened", "engulfed", "raged", "spread", "started", "began",
];

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

/// Whether a word puts a figure out of reach (a target or a forecast).
fn out_of_reach(word: &str) -> bool {
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

/// Everything the readers need of one statement.
pub struct StatementView<'a> {
    pub text: &'a str,
    pub words: Vec<Word<'a>>,
    pub names: Vec<Name>,
    /// Byte ranges (in the statement) of its quotations.
    pub quotes: Vec<(usize, usize)>,
    /// Who a pronoun may stand for: the persons its document last named
    /// before it.
    pub antecedent: Antecedents,
}

impl<'a> StatementView<'a> {
    pub fn new(
        text: &'a str,
        names: Vec<Name>,
        quotes: Vec<(usize, usize)>,
        antecedent: Antecedents,
    ) -> Self {
        StatementView {
            text,
            words: words(text),
            names,
            quotes,
            antecedent,
        }
    }
}

/// Stemmed content words around words `first..=last`, up to eight each
/// side, weighted 1/(1 + distance); numbers, names and the value's own
/// counted words left out.
fn context(
    words: &[Word],
    names: &[Name],
    first: usize,
    last: usize,
    own: &[String],
) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = Vec::new();
    let mut add = |w: &Word, distance: usize| {
        // Names are judged apart (holders, places): the context is the
        // rest, what was done to what.
        if names.iter().any(|n| n.start <= w.start && w.end <= n.end) {
            return;
        }
        for stem in crate::align::words::content_stems(w.text) {
            if stem.chars().any(|c| c.is_ascii_digit()) || own.contains(&stem) {
                continue;
            }
            let weight = 1.0 / (1.0 + distance as f64);
            let stem = match lexicon::outcome_class(&w.lower) {
                Some(class) => class.to_string(),
                None => stem,
            };
            match out.iter_mut().find(|(s, _)| *s == stem) {
                Some(slot) => slot.1 = slot.1.max(weight),
                None => out.push((stem, weight)),
            }
        }
    };
    for (d, k) in (first.saturating_sub(8)..first).rev().enumerate() {
        add(&words[k], d);
    }
    for (d, k) in (last + 1..words.len().min(last + 9)).enumerate() {
        add(&words[k], d);
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The cosine of two contexts.
pub fn context_similarity(a: &[(String, f64)], b: &[(String, f64)]) -> f64 {
    let dot = crate::align::score::dot(a, b);
    let norm = |x: &[(String, f64)]| x.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    let n = norm(a) * norm(b);
    if n == 0.0 {
        0.0
    } else {
        dot / n
    }
}

/// Whether a word can say what happened: a verb, mostly used as one, and
/// not a light or reporting verb; or a verb of an outcome class
/// ("killed", "injured").
fn act_word(w: &Word) -> bool {
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
const PREPOSITIONS_NOT_ACTS: &[&str] = &[
    "near", "past", "round", "behind", "outside", "inside", "aged",
];

/// A light or reporting verb, or a word too common to name an act.
fn light(word: &str) -> bool {
    LIGHT.contains(&word)
        || lexicon::lemmas(word)
            .iter()
            .any(|(_, l)| LIGHT.contains(&l.as_str()))
}

/// The act words around words `first..=last` in their clause: verbs and
/// nouns of acts, up to four words before and three after the counted
/// words, names and numbers left out.
fn act_words(v: &StatementView, first: usize, last: usize, skip: usize) -> lexicon::SenseSet {
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
fn another_one(words: &[Word], first: usize) -> Option<String> {
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
/// on with a comma included: a figure right after a comma whose own words
/// go on to a tensed verb opens a clause of its own ("At least four people
/// are believed to have died, three people with serious injuries have
/// been taken to hospital": the three were not killed).
fn spliced_start(words: &[Word], first: usize) -> usize {
    let from = clause_start(words, first);
    let after_comma = first > from && words[first - 1].after.trim() == ",";
    let tensed = || {
        (first..clause_end(words, first).min(first + 8))
            .take_while(|&k| k == first || !words[k - 1].after.contains(','))
            .any(|k| {
                matches!(
                    words[k].lower.as_str(),
                    "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will"
                )
            })
    };
    if after_comma && tensed() {
        first
    } else {
        from
    }
}

/// The act nearest the value in its clause: up to five words before it, or
/// up to `skip + 3` after it (its counted words skipped), the words after
/// first at equal distance ("12 workers were hurt").
fn act(words: &[Word], first: usize, last: usize, skip: usize) -> Option<String> {
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
    // The words after the figure stop at a comma after its counted words
    // that opens a participle ("three co-workers, killing two"): what
    // follows is a clause of its own.
    let counted_end = (last + skip).min(words.len().saturating_sub(1));
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
fn event_subject(words: &[Word], from: usize, k: usize) -> usize {
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
fn deadly(words: &[Word], k: usize) -> String {
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
            || super::holder::possessive(&words[j])
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

/// The role a value plays, from the words around it.
fn role(v: &StatementView, first: usize, last: usize, skip: usize, q: Option<&Quantity>) -> Role {
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
    let target =
        !estimate && (before.iter().any(|b| out_of_reach(b)) || before_text.contains(" up to "));
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
fn rate_per(w: &[Word], first: usize, last: usize, skip: usize) -> Option<&'static str> {
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

/// A place named with "in" or "at" right after the value (within five
/// words, in its clause).
fn place_after(v: &StatementView, last: usize) -> Option<String> {
    let to = clause_end(&v.words, last).min(last + 5);
    for k in last + 1..=to.min(v.words.len().saturating_sub(1)) {
        if matches!(v.words[k].lower.as_str(), "in" | "at") {
            let next = v.words.get(k + 1)?;
            let name = v.names.iter().find(|n| n.start == next.start)?;
            if name.kind == crate::extract::entity::EntityKind::Place {
                return Some(name.canonical.clone());
            }
        }
    }
    None
}

/// Prepositions that narrow a count ("19 seasons with the 76ers", "four
/// seasons as director").
const SCOPE_PREPOSITIONS: &[&str] = &[
    "with",
    "as",
    "in",
    "at",
    "for",
    "against",
    "during",
    "on",
    "under",
    "to",
    "over",
    // "350,000 homes across three states": a sum over places, not one
    // place's count.
    "across",
    "throughout",
    "including",
    "excluding",
];

/// Adverbs of a whole area after a figure, and the head "across" gives it
/// ("across the country" → "country").
const WHOLE_AREA: &[(&str, &str)] = &[
    ("nationwide", "country"),
    ("countrywide", "country"),
    ("statewide", "state"),
    ("worldwide", "world"),
    ("globally", "world"),
    ("overall", "overall"),
];

const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "few", "many", "dozen", "dozens",
];

/// Heads too general to narrow anything ("in the game", "for the season").
const GENERAL_HEADS: &[&str] = &[
    "game",
    "win",
    "victory",
    "loss",
    "season",
    "year",
    "day",
    "week",
    "month",
    "time",
    "total",
    "all",
    "career",
    "period",
    "row",
    "way",
    "past",
    "end",
    "first",
    "second",
    "last",
    "half",
    "area",
    "place",
    "country",
    "world",
    "city",
    "region",
    "state",
    "statement",
    "interview",
    "night",
    "morning",
    "afternoon",
    "evening",
    "part",
    "addition",
    "average",
    "case",
    "favour",
    "favor",
    "support",
    "turnout",
    "ballot",
    "vote",
    "total",
    "today",
    "yesterday",
    "tonight",
];

/// Whether a statement gives its figures as an estimate, a projection or
/// a partial count (see [`Measure::provisional`]).
fn provisional(w: &[Word]) -> bool {
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

/// The scope of a value (see [`Measure::scope`]): the preposition right
/// after its counted words and the name or first content word it governs.
fn scope_after(v: &StatementView, last: usize, skip: usize) -> Option<(String, String)> {
    let w = &v.words;
    if last + skip >= w.len() || breaks_after(w, last + skip) {
        return None;
    }
    // "45 seats nationwide": the whole country's, not one region's.
    if let Some(whole) = w[last + skip + 1..w.len().min(last + skip + 4)]
        .iter()
        .find_map(|x| WHOLE_AREA.iter().find(|(word, _)| *word == x.lower))
    {
        return Some(("across".into(), whole.1.into()));
    }
    // The first preposition within three words ("404 yards rushing on 106
    // carries", "a 27-24 overtime loss at Chicago"), in the clause.
    let mut at = last + skip + 1;
    while at < w.len()
        && at <= last + skip + 3
        && !SCOPE_PREPOSITIONS.contains(&w[at].lower.as_str())
    {
        if breaks_after(w, at)
            || crate::align::words::is_stop(&w[at].lower)
            || w[at].text.chars().any(|c| c.is_ascii_digit())
        {
            return None;
        }
        at += 1;
    }
    let prep = w.get(at)?;
    if !SCOPE_PREPOSITIONS.contains(&prep.lower.as_str()) || breaks_after(w, at) {
        return None;
    }
    let mut k = at + 1;
    while k < w.len() && super::holder::DETERMINERS.contains(&w[k].lower.as_str()) {
        k += 1;
    }
    let head = w.get(k)?;
    // "including debt": what the figure takes in, a measure of its own.
    // Not "including $281 million in cash": that is a part's figure. Nor
    // "missed 10 games, including last Sunday's loss": set off by a comma
    // and naming one member, it lists what was counted and narrows nothing.
    let member = |x: &Word| {
        matches!(
            x.lower.as_str(),
            "the" | "a" | "an" | "last" | "this" | "his" | "her" | "their" | "its"
        ) || super::holder::possessive(x)
    };
    if prep.lower == "including"
        && at > 0
        && w[at - 1].after.contains(',')
        && w.get(at + 1).is_some_and(member)
    {
        return None;
    }
    // Nor "181 passengers, including one child and two babies": a count
    // after it lists members of the figure.
    if matches!(prep.lower.as_str(), "including" | "excluding") {
        let count = head.text.chars().any(|c| c.is_ascii_digit())
            || head.text.starts_with('$')
            || head.lower == "one"
            || NUMBER_WORDS.contains(&head.lower.as_str());
        return (!count).then(|| (prep.lower.clone(), head.lower.clone()));
    }
    // "on Saturday", "in March": a date, compared as a date.
    if crate::calendar::weekday_number(head.text).is_some()
        || crate::calendar::month_number(head.text).is_some()
    {
        return None;
    }
    if let Some(n) = v.names.iter().find(|n| n.start == head.start) {
        return Some((prep.lower.clone(), n.canonical.to_lowercase()));
    }
    if crate::align::words::is_stop(&head.lower) || !head.text.chars().any(char::is_alphabetic) {
        return None;
    }
    // "on six carries", "in 12 games": a count of occasions divides the
    // figure; such a scope is a period of its own.
    if NUMBER_WORDS.contains(&head.lower.as_str())
        || head.text.chars().all(|c| c.is_ascii_digit() || c == ',')
    {
        let unit = w
            .get(k + 1)
            .map(|x| crate::extract::quantity::lemma(&x.lower))
            .unwrap_or_default();
        return Some((format!("{} n", prep.lower), unit));
    }
    let stem = crate::align::words::content_stems(head.text).pop()?;
    if GENERAL_HEADS
        .iter()
        .any(|g| crate::align::words::content_stems(g).first() == Some(&stem))
    {
        return None;
    }
    Some((prep.lower.clone(), stem))
}

/// A whole area put before the statement's clause, as the scope of the
/// figures after it: "Across the province, the Greens won 31 seats" (not
/// "14 seats in the capital's district council"); "Nationwide, 350,000
/// homes lost power"; "Overall turnout was 64%" (not "58% in the town
/// centre").
fn scope_fronted(v: &StatementView, first: usize) -> Option<(String, String)> {
    let w = &v.words;
    let lead = w.first()?;
    // "Overall turnout was 64%", "Nationwide sales fell 3%": the whole
    // area's measure (not "Overall, …", a summing up).
    if let Some(whole) = WHOLE_AREA.iter().find(|(word, _)| *word == lead.lower) {
        let modifies = lead.after.is_empty()
            && first > 1
            && w[1].text.chars().all(char::is_lowercase)
            && !crate::align::words::is_stop(&w[1].lower);
        let fronted = lead.after.starts_with(',') && whole.0 != "overall";
        return (modifies || fronted).then(|| ("across".into(), whole.1.into()));
    }
    let comma = (0..first.min(8)).find(|&k| w[k].after.starts_with(','))?;
    if !matches!(lead.lower.as_str(), "across" | "throughout") {
        return None;
    }
    let head = w[1..=comma]
        .iter()
        .find(|x| !crate::align::words::is_stop(&x.lower))?;
    // "Across the country" is "nationwide".
    if let Some(whole) = WHOLE_AREA.iter().find(|(_, h)| *h == head.lower) {
        return Some(("across".into(), whole.1.into()));
    }
    let stem = crate::align::words::content_stems(head.text).pop()?;
    Some(("across".into(), stem))
}

/// What a distance is measured from: the name after "from" or "of" a few
/// words after it ("about 6 miles north of Palmer", "10 km from Tehran").
fn reference_after(v: &StatementView, last: usize) -> Option<String> {
    let to = (last + 5).min(v.words.len().saturating_sub(1));
    for k in last + 1..=to {
        if matches!(v.words[k].lower.as_str(), "from" | "of" | "off") {
            let next = v.words.get(k + 1)?;
            let skip = usize::from(matches!(next.lower.as_str(), "the" | "a" | "an"));
            let next = v.words.get(k + 1 + skip)?;
            if let Some(n) = v.names.iter().find(|n| n.start == next.start) {
                return Some(n.canonical.clone());
            }
            if next.text.chars().next().is_some_and(char::is_uppercase) {
                return Some(next.text.to_string());
            }
            return Some(next.lower.clone());
        }
        if breaks_after(&v.words, k) {
            break;
        }
    }
    None
}

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
fn prison_term(
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

/// Outcomes a count of people is told by, alone or two at once ("dead or
/// missing"); not the means ("shot and killed" is a killing).
const COUNTED_OUTCOMES: &[&str] = &["death", "injury", "missing"];

/// Whether the clause of a figure joins two different outcomes with "or"
/// or "and" ("killed or injured", "dead and wounded"): a count of both.
fn combined_outcomes(w: &[Word], first: usize, last: usize) -> bool {
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

/// Whether word `k` is the verb "last" ("would last 48 hours", "to last
/// five days"), whose duration the next figure is, not the adjective of a
/// stretch ("the last five days").
fn verb_last(w: &[Word], k: usize) -> bool {
    k >= 1
        && w[k].lower == "last"
        && matches!(
            w[k - 1].lower.as_str(),
            "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "did"
        )
}

/// The period a count covers, from its clause (see [`Measure::period`]).
fn period(w: &[Word], first: usize, last: usize, skip: usize) -> Option<String> {
    let from = clause_start(w, first).max(first.saturating_sub(20));
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
                return Some(format!(
                    "since {}",
                    w.get(k + 1).map_or("", |n| n.lower.as_str())
                ))
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
fn score_kind(v: &StatementView, first: usize, last: usize) -> Option<&'static str> {
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

/// A word that is a whole figure: digits (with thousands commas) or a
/// number word.
fn written_figure(x: &Word) -> bool {
    x.text.chars().all(|c| c.is_ascii_digit() || c == ',')
        || NUMBER_WORDS.contains(&x.lower.as_str())
}

/// The counted noun a bare figure leaves out because its statement said it
/// already: "112 runners were treated, and 9 were taken to hospital"
/// counts runners twice, the 9 among the 112. Only a figure that is the
/// subject of its clause (a verb right after it) and follows a counted
/// figure of the statement.
fn elided_noun(v: &StatementView, first: usize, last: usize) -> Option<String> {
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
fn coordinated_noun(v: &StatementView, first: usize, last: usize) -> Option<String> {
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

/// Units that tell one model of a product from another: a screen or a
/// storage size, a word length ("the 13-inch model", "the 64GB version").
const MODEL_UNITS: &[&str] = &["inch", "in", "cm", "mm", "gb", "tb", "mb", "bit", "core"];

/// The model a price is of, when its clause names one by a size: "the
/// 13-inch model starts at $1,099", "$1,199 for the 13-inch". The size
/// right after "for", else the nearest before the price, else the nearest
/// after it, written "13-inch". Prices of two models of one sentence ("…,
/// while the 15-inch model costs $1,799") are then two measures, and one
/// model's price in two outlets is one.
fn model_label(v: &StatementView, first: usize, last: usize) -> Option<String> {
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
    ("gravely", "grave"),
    ("grave", "grave"),
    ("badly", "bad"),
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
fn severity(
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
        // "in critical condition", "in a serious but stable condition".
        let condition = k > last
            && matches!(w[k - 1].lower.as_str(), "in" | "a")
            && (k + 1..=(k + 3).min(to)).any(|j| w[j].lower.starts_with("condition"));
        (hurt || condition).then(|| grade(k)).flatten()
    })
}

/// The noun of a partitive figure: "five of the wounded" counts wounded
/// people, "three of the banks" banks. A word of injury or death used as a
/// noun counts people, as "15 people were wounded" does.
fn partitive_noun(v: &StatementView, last: usize) -> Option<String> {
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
fn spouses(what: String, act: Option<&str>) -> String {
    let married = act.is_some_and(|a| a.starts_with("marr") || a.starts_with("wed"));
    match what.as_str() {
        "woman" if married => "wife".into(),
        "man" if married => "husband".into(),
        _ => what,
    }
}

/// The noun a figure is "of" ("a crowd of 5,000", "a toll of 37", "a
/// turnout of 62%"): a content noun right before "of" right before the
/// figure (or its qualifier).
fn noun_of(v: &StatementView, first: usize) -> Option<String> {
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
fn parent_named(v: &StatementView, first: usize, last: usize) -> Option<String> {
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
fn clock_words(words: &[Word], last: usize) -> usize {
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

/// The measure of a quantity at byte range `[start, end)` of the statement.
pub fn quantity_measure(
    v: &StatementView,
    start: usize,
    end: usize,
    q: &Quantity,
) -> Option<Measure> {
    let (first, last) = covering(&v.words, start, end)?;
    let counted: Vec<String> = q
        .counted
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_string)
        .collect();
    // The counted noun's words after the value (to skip when looking for
    // the act); a game clock's "left in the first half" likewise.
    let counted_words = if q
        .unit
        .as_deref()
        .is_some_and(crate::extract::clock::is_game_clock)
    {
        clock_words(&v.words, last)
    } else {
        counted.len()
    };
    // "their first five drives", "the last two games": a stretch named,
    // not a count reported. Not "would last 48 hours", "to last five
    // days": there "last" is the verb whose duration the figure is.
    if first > 0
        && !verb_last(&v.words, first - 1)
        && matches!(
            v.words[first - 1].lower.as_str(),
            "first" | "last" | "next" | "final" | "opening" | "previous" | "past" | "top"
        )
    {
        return None;
    }
    // "30 yards on six carries", "four goals in 12 games": a count that
    // divides another figure of its clause is that figure's, not a fact
    // of its own.
    if first > 0
        && matches!(
            v.words[first - 1].lower.as_str(),
            "on" | "in" | "over" | "per" | "from"
        )
    {
        let from = clause_start(&v.words, first);
        let figure_before = (from.max(first.saturating_sub(5))..first - 1).any(|k| {
            v.words[k].text.chars().any(|c| c.is_ascii_digit())
                || NUMBER_WORDS.contains(&v.words[k].lower.as_str())
        });
        if figure_before {
            return None;
        }
    }
    let mut elided = false;
    let mut partitive = false;
    // "He's 80 years old", "aged 81 years old": an age told as a predicate.
    let years_old = {
        let after = |k: usize| v.words.get(last + k).map(|w| w.lower.as_str());
        matches!(after(1), Some("year" | "years")) && after(2) == Some("old")
    };
    let (what, modifiers) = if counted.last().is_some_and(|c| c == "year-old") || years_old {
        ("age".to_string(), Vec::new())
    } else if q.unit.as_deref() == Some("score") {
        (
            score_kind(v, first, last).unwrap_or("").to_string(),
            Vec::new(),
        )
    } else if let Some(unit) = q.measure().filter(|_| q.unit.is_some()) {
        (unit, Vec::new())
    } else if let Some(head) = counted.last() {
        (head.clone(), counted[..counted.len() - 1].to_vec())
    } else if let Some(noun) = noun_of(v, first) {
        // "a crowd of about 5,000", "a death toll of 37", "a turnout of
        // 62%": what the figure counts is named before it.
        (noun, Vec::new())
    } else if let Some(noun) = q
        .unit
        .is_none()
        .then(|| elided_noun(v, first, last))
        .flatten()
    {
        elided = true;
        (noun, Vec::new())
    } else if let Some(noun) = q
        .unit
        .is_none()
        .then(|| coordinated_noun(v, first, last))
        .flatten()
    {
        (noun, Vec::new())
    } else if let Some(noun) = q.unit.is_none().then(|| partitive_noun(v, last)).flatten() {
        partitive = true;
        (noun, Vec::new())
    } else {
        (String::new(), Vec::new())
    };
    // How badly the counted were hurt narrows the count: "15 critically
    // wounded" is not "100 wounded".
    let act = act(&v.words, first, last, counted_words);
    let prison = prison_term(v, first, last, &what, act.as_deref());
    let act = if prison {
        Some("sentenced".to_string())
    } else {
        act
    };
    let grade = q
        .unit
        .is_none()
        .then(|| severity(v, first, last, act.as_deref()))
        .flatten();
    let mut modifiers = modifiers;
    let currency = q
        .unit
        .as_deref()
        .is_some_and(crate::extract::quantity::is_currency_code);
    // A price is its model's, the one thing it is of: the model is its
    // holder (whoever sells it), and a modifier that only the same model
    // matches ("13-inch" and "15-inch" are one letter apart as names).
    let model = currency.then(|| model_label(v, first, last)).flatten();
    if let Some(m) = &model {
        modifiers.push(m.clone());
    }
    // "23 people were killed or injured": one count of two outcomes, the
    // casualties, not the dead ("nine people died and 14 were injured").
    if q.unit.is_none() && what != "age" && combined_outcomes(&v.words, first, last) {
        modifiers.push("casualties".to_string());
    }
    if let Some(g) = grade {
        if !modifiers.iter().any(|m| m == g) {
            modifiers.push(g.to_string());
        }
    }
    // "a second 7.6 magnitude tremor", "another 5.9 quake": the figure is
    // of another one of its thing than the story's, and only a figure
    // said to be of that other one is of it too.
    if let Some(m) = another_one(&v.words, first) {
        modifiers.push(m);
    }
    let own: Vec<String> = counted
        .iter()
        .flat_map(|c| crate::align::words::content_stems(c))
        .collect();
    // "an 86-yard touchdown run": the figure describes the noun after its
    // hyphenated unit.
    // The head of the noun phrase after the compound: the last of up to
    // three words before a function word or a mark ("four-time NBA
    // all-star" → "all-star", "an 86-yard touchdown run" → "run").
    // Not a number written in words ("Twenty-seven people were killed").
    let compound = (v.words[last].after.starts_with('-') || v.words[last].text.contains('-'))
        && !hyphenated_number(&v.words[last].lower);
    // An age's noun is the person's ("a 21-year-old local man" → "man"):
    // a woman is not a man of another age.
    let object = compound
        .then(|| {
            let k = last + 1 + usize::from(v.words[last].after.starts_with('-'));
            let mut head = None;
            for j in k..(k + 3).min(v.words.len()) {
                let w = &v.words[j];
                // Not a preposition WordNet also knows as a noun or verb
                // ("a 25-year-old woman near the scene").
                if crate::align::words::is_stop(&w.lower)
                    || w.text.chars().any(|c| c.is_ascii_digit())
                    || PREPOSITIONS_NOT_ACTS.contains(&w.lower.as_str())
                    || SCOPE_PREPOSITIONS.contains(&w.lower.as_str())
                {
                    break;
                }
                // An age's person is a common noun before any name or verb
                // ("36-year-old Duncan Rait died" has none).
                if what == "age"
                    && (w.text.chars().next().is_some_and(char::is_uppercase)
                        || lexicon::mostly_verb(&w.lower))
                {
                    break;
                }
                // Nor the verb after the noun ("the 74-page manifesto
                // claimed"): a past form that is mostly a verb ends it.
                if head.is_some() && w.lower.ends_with("ed") && lexicon::mostly_verb(&w.lower) {
                    break;
                }
                // Nor an adverb ("a 74-page manifesto online", "a 40-minute
                // drive nearly").
                if head.is_some() && !w.lower.contains('-') {
                    let noun = lexicon::lemmas(&w.lower).iter().any(|(p, _)| *p == 'n');
                    let adverb = w.lower.ends_with("ly") && !noun
                        || matches!(
                            w.lower.as_str(),
                            "online"
                                | "offline"
                                | "ago"
                                | "later"
                                | "earlier"
                                | "nearby"
                                | "overall"
                                | "abroad"
                                | "apiece"
                                | "alone"
                                | "together"
                                | "instead"
                        );
                    if adverb {
                        break;
                    }
                }
                // "version-the 64-bit version": a dash glued to the next
                // word is punctuation.
                let word = match w.lower.split_once('-') {
                    Some((a, b)) if crate::align::words::is_stop(b) => a.to_string(),
                    _ => w.lower.clone(),
                };
                head = Some(word);
                if breaks_after(&v.words, j) || !w.after.is_empty() || w.lower.contains('-') {
                    break;
                }
            }
            head
        })
        .flatten();
    // "a six-year prison term": the noun is the sentence itself.
    let object = object
        .filter(|o| !(prison && matches!(o.as_str(), "term" | "sentence" | "prison" | "jail")));
    let quoted = v.quotes.iter().any(|&(a, b)| a <= start && end <= b);
    // A count of outcomes is a count of the people they befell: "60
    // arrests" is "60 people were arrested", "three deaths" is "three
    // people died".
    // The outcome noun is then the act, among the act words too.
    let (what, act, act_skip) = match what.as_str() {
        "arrest" | "death" | "injury" | "evacuation" | "rescue"
            if modifiers.is_empty() && q.unit.is_none() =>
        {
            ("people".to_string(), Some(what.clone()), 0)
        }
        _ => (what, act, counted_words),
    };
    let (subject, subject_possessed, subject_occurred) = subject_noun(v, first, &what)
        .map_or((None, false, false), |(noun, possessed, occurred)| {
            (Some(noun), possessed, occurred)
        });
    let provisional = what == "share" && provisional(&v.words);
    Some(Measure {
        kind: FactKind::Quantity,
        what: spouses(what, act.as_deref()),
        modifiers,
        object,
        act,
        acts: act_words(v, first, last, act_skip),
        done_to: Vec::new(),
        done_to_names: Vec::new(),
        aged: None,
        subject,
        subject_possessed,
        subject_name: subject_name(v, first),
        other_event: false,
        subject_event: subject_occurred,
        lead: false,
        persons: v
            .names
            .iter()
            .filter(|n| {
                use crate::extract::entity::EntityKind;
                matches!(n.kind, EntityKind::Person | EntityKind::Other)
            })
            .map(|n| n.canonical.to_lowercase())
            .collect(),
        days: Vec::new(),
        provisional,
        holder: model.map(|m| format!("{m} model")).or_else(|| {
            parent_named(v, first, last)
                .or_else(|| holder(&v.words, first, last, &v.names, &v.antecedent))
        }),
        place: place_after(v, last),
        reference: matches!(q.unit.as_deref(), Some("km" | "m"))
            .then(|| reference_after(v, last))
            .flatten(),
        scope: scope_after(v, last, counted_words).or_else(|| scope_fronted(v, first)),
        // A rate is per its unit: "€550,000 per week" is not "€45m a year".
        period: period(&v.words, first, last, counted_words).or_else(|| {
            rate_per(&v.words, first, last, counted_words).map(|u| match u {
                "each" => u.to_string(),
                _ => format!("per {u}"),
            })
        }),
        // A figure that leaves its noun to an earlier one counts some of
        // them ("of the 23 pirates arrested, 12 are Somali"; "112 runners
        // were treated and 9 were taken to hospital"): a part.
        // "Five of the wounded were in critical condition": the count of
        // the critically wounded, a level of its own; without a condition,
        // a part of all the wounded.
        role: if elided {
            Role::Part
        } else if partitive && grade.is_some() {
            Role::Level
        } else {
            role(v, first, last, counted_words, Some(q))
        },
        quoted,
        context: context(&v.words, &v.names, first, last, &own),
    })
}

/// Whether a word is a number from 21 to 99 written in words with a
/// hyphen ("twenty-seven"), not a figure glued to a noun ("86-yard").
fn hyphenated_number(word: &str) -> bool {
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const UNITS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    matches!(word.split_once('-'), Some((t, u)) if TENS.contains(&t) && UNITS.contains(&u))
}

/// Nouns that name what is measured, not whose it is: "the death toll
/// rose to 40" and "the number of dead reached 45" are one measure.
const MEASURE_NOUNS: &[&str] = &[
    "toll",
    "number",
    "total",
    "count",
    "figure",
    "tally",
    "amount",
    "sum",
    "rate",
    "level",
    "price",
    "cost",
    "value",
    "share",
    "percentage",
    "proportion",
    "majority",
    "turnout",
];

/// The common noun right before the verb of the figure's clause, nearest
/// the figure first (see [`Measure::subject`]), as a lemma, and whether a
/// possessive pronoun makes it someone's ("his co-defendant"), and whether
/// its verb only says it happened ("the earthquake that struck"): an
/// event. Not a name,
/// not a word of what the figure counts, not a noun of a measure.
fn subject_noun(v: &StatementView, first: usize, what: &str) -> Option<(String, bool, bool)> {
    let w = &v.words;
    let from = clause_start(w, first);
    let named = |x: &Word| v.names.iter().any(|n| n.start <= x.start && x.end <= n.end);
    // In a relative clause the subject is the clause's own or the noun the
    // pronoun stands for ("the country have been destroyed by the storm,
    // which is packing winds of 145 mph": the storm's), never a noun
    // before it.
    let relative = (from..first)
        .rev()
        .find(|&k| matches!(w[k].lower.as_str(), "which" | "who" | "that"));
    let from = relative.map_or(from, |r| r + 1);
    // A measure's own noun ("the death toll") is no subject.
    let subject = |noun: &Word, possessed: bool| {
        let lemma = crate::extract::quantity::lemma(&noun.lower);
        (lemma != what && !MEASURE_NOUNS.contains(&lemma.as_str())).then_some((lemma, possessed))
    };
    let antecedent = || {
        // "that" is a relative pronoun when a verb follows it ("the
        // earthquake that struck on New Year's Day, killing at least 48").
        let r = relative.filter(|&r| {
            r >= 2
                && (w[r].lower != "that"
                    || w.get(r + 1).is_some_and(|x| {
                        // A tensed verb: "struck", "killed", "hits".
                        OCCURRED.contains(&x.lower.as_str())
                            || lexicon::mostly_verb(&x.lower)
                                && (x.lower.ends_with("ed")
                                    || x.lower.ends_with('s')
                                    || lexicon::lemmas(&x.lower)
                                        .iter()
                                        .any(|(p, l)| *p == 'v' && l != &x.lower))
                    }))
        })?;
        let noun = &w[r - 1];
        let determiner =
            |x: &Word| matches!(x.lower.as_str(), "the" | "a" | "an" | "its" | "their");
        // One plain modifier may stand between ("the powerful earthquake").
        let modifier = |x: &Word| {
            x.after.is_empty()
                && x.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !crate::align::words::is_stop(&x.lower)
        };
        let plain = noun.after.trim().chars().all(|c| c == ',')
            && noun.text.len() >= 3
            && noun.text.chars().all(|c| c.is_lowercase() || c == '-')
            && !named(noun)
            && (determiner(&w[r - 2]) || r >= 3 && modifier(&w[r - 2]) && determiner(&w[r - 3]))
            && !lexicon::mostly_verb(&noun.lower);
        let occurred = w
            .get(r + 1)
            .is_some_and(|x| OCCURRED.contains(&x.lower.as_str()));
        plain
            .then(|| subject(noun, false))
            .flatten()
            .map(|(n, p)| (n, p, occurred))
    };
    (from..first.saturating_sub(1))
        .rev()
        .find_map(|k| {
            let (noun, next) = (&w[k], &w[k + 1]);
            let determiner = |j: usize| {
                matches!(
                    w[j].lower.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
                )
            };
            // The cheap tests first: this runs for every word before every
            // figure.
            let plain = noun.after.is_empty()
                && noun.text.len() >= 3
                && noun.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !crate::align::words::is_stop(&noun.lower)
                && !named(noun);
            // With one modifier between: "the larger model", "the Pro model",
            // and a participle after a determiner is one when the figure is
            // its clause's object ("the ruling coalition won 92 seats"; not "a
            // shocking video captures the moment a mother of 12 was killed").
            let participle = |m: &str| (m.ends_with("ing") || m.ends_with("ed")) && first <= k + 4;
            let determined = k > from && determiner(k - 1)
                || k > from + 1
                    && determiner(k - 2)
                    && w[k - 1].after.is_empty()
                    && !crate::align::words::is_stop(&w[k - 1].lower)
                    && (participle(&w[k - 1].lower) || !lexicon::mostly_verb(&w[k - 1].lower));
            if !(plain && determined) || lexicon::mostly_verb(&noun.lower) {
                return None;
            }
            // Not a word the lexicon knows only as another part of speech: "his
            // decisive move" has no subject "decisive".
            let known = lexicon::lemmas(&noun.lower);
            if !known.is_empty() && !known.iter().any(|(pos, _)| *pos == 'n') {
                return None;
            }
            // A tensed form of a word that is also a noun counts ("the phone
            // costs $799").
            let verb = matches!(
                next.lower.as_str(),
                "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would"
            ) || lexicon::mostly_verb(&next.lower)
                || lexicon::can_be_verb(&next.lower)
                    && (next.lower.ends_with('s') || next.lower.ends_with("ed"));
            if !verb {
                return None;
            }
            let possessed = (k.saturating_sub(2)..k)
                .any(|j| j >= from && matches!(w[j].lower.as_str(), "his" | "her" | "their"));
            let occurred = OCCURRED.contains(&next.lower.as_str());
            subject(noun, possessed).map(|(n, p)| (n, p, occurred))
        })
        .or_else(antecedent)
}

/// The name its clause's subject is, of any kind (see
/// [`Measure::subject_name`]): a name right before the clause's verb
/// ("Gravity was made on a production budget of $100 million"), or the
/// name a relative pronoun stands for ("Chandrayaan-2, which had a budget
/// of $96.5 million"). A name before a verb of saying is the source, not
/// the subject ("Oppal said…").
fn subject_name(v: &StatementView, first: usize) -> Option<String> {
    let w = &v.words;
    let from = clause_start(w, first);
    let ending = |k: usize| {
        v.names
            .iter()
            .find(|n| n.end == w[k].end && n.start >= w[from.min(k)].start)
    };
    let relative = (from..first)
        .rev()
        .find(|&k| matches!(w[k].lower.as_str(), "which" | "who"));
    if let Some(r) = relative {
        // The antecedent ends right before the pronoun, a comma between.
        let antecedent = r.checked_sub(1).filter(|&k| w[k].after.trim() == ",");
        return antecedent
            .and_then(|k| v.names.iter().find(|n| n.end == w[k].end))
            .map(|n| n.canonical.to_lowercase());
    }
    // The cheap tests first: this runs for every word before every figure.
    (from..first.saturating_sub(1)).rev().find_map(|k| {
        let next = &w[k + 1];
        if !w[k].after.trim().is_empty() || REPORTING_VERBS.contains(&next.lower.as_str()) {
            return None;
        }
        let name = ending(k)?;
        let verb = matches!(
            next.lower.as_str(),
            "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would"
        ) || lexicon::mostly_verb(&next.lower);
        verb.then(|| name.canonical.to_lowercase())
    })
}

/// Verbs of saying: the name before one is a source, not a subject.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "stated",
    "confirmed",
    "estimated",
    "added",
    "wrote",
    "claimed",
];

/// The measure of a date at byte range `[start, end)`: the act is the verb
/// the date hangs on, before it in its clause, or after it when the date
/// opens the clause ("On Friday, Rait died").
pub fn date_measure(v: &StatementView, start: usize, end: usize) -> Option<Measure> {
    let (first, last) = covering(&v.words, start, end)?;
    let from = clause_start(&v.words, first);
    // A word before a noun modifies it ("the injured list"): not the act.
    let adjective = |k: usize| {
        v.words.get(k + 1).is_some_and(|n| {
            n.text.chars().all(char::is_lowercase)
                && !lexicon::mostly_verb(&n.lower)
                && !crate::align::words::is_stop(&n.lower)
        }) && v.words[k].after.is_empty()
    };
    // A word after a preposition or a determiner is a noun ("tried for
    // rape in March 2005"): not the act.
    let governs = |k: usize| {
        matches!(
            v.words[k].lower.as_str(),
            "for"
                | "of"
                | "in"
                | "to"
                | "with"
                | "by"
                | "on"
                | "at"
                | "from"
                | "a"
                | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
        )
    };
    // Also with a compound modifier between ("charged with first-degree
    // murder Saturday": the act is the charge). Only a hyphenated one: a
    // plain word between may be the subject ("a quake struck", "hundreds
    // of protesters marched").
    let noun_use = |k: usize| {
        k > 0 && governs(k - 1)
            || k > 1
                && governs(k - 2)
                && v.words[k - 1].lower.contains('-')
                && v.words[k - 1]
                    .text
                    .chars()
                    .all(|c| c.is_lowercase() || c == '-')
    };
    // "Saturday's semifinals": a possessive date is the time of the noun
    // after it.
    if v.words[last].after.starts_with("'s") || v.words[last].after.starts_with("’s") {
        let noun = v.words.get(last + 1).map(|w| w.lower.clone());
        let quoted = v.quotes.iter().any(|&(a, b)| a <= start && end <= b);
        return Some(Measure {
            kind: FactKind::Date,
            what: "date".into(),
            modifiers: Vec::new(),
            object: None,
            acts: lexicon::SenseSet::of(noun.iter().map(String::as_str)),
            done_to: Vec::new(),
            done_to_names: Vec::new(),
            aged: None,
            subject: None,
            subject_possessed: false,
            subject_name: None,
            other_event: false,
            subject_event: false,
            persons: Vec::new(),
            days: Vec::new(),
            provisional: false,
            lead: false,
            act: noun,
            holder: None,
            place: None,
            reference: None,
            scope: None,
            period: None,
            role: Role::Level,
            quoted,
            context: context(&v.words, &v.names, first, last, &[]),
        });
    }
    // A light verb with the noun of an outcome ("was taken into custody",
    // "placed under arrest"): the noun is the act.
    let outcome_noun = |k: usize| {
        k > 0
            && matches!(v.words[k - 1].lower.as_str(), "into" | "under" | "in")
            && lexicon::outcome_class(&v.words[k].lower).is_some()
            && !lexicon::can_be_verb(&v.words[k].lower)
    };
    let verb_before = (from.max(first.saturating_sub(8))..first)
        .rev()
        .find(|&k| act_word(&v.words[k]) && !adjective(k) && !noun_use(k) || outcome_noun(k));
    // "A fire tore through the plant on Tuesday night": a verb that only
    // says an event happened makes the event its subject names the act, so
    // that "a blaze swept through" the same plant is the same act.
    let act_before = verb_before.map(|k| deadly(&v.words, event_subject(&v.words, from, k)));
    // After a date opening the clause, the verb after an auxiliary first
    // ("two officers involved in the shooting were arrested"), else the
    // first act word.
    let act_after = || {
        let to = (last + 12).min(v.words.len());
        let aux = |k: usize| {
            k > 0
                && matches!(
                    v.words[k - 1].lower.as_str(),
                    "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been" | "be"
                )
        };
        (last + 1..to)
            .find(|&k| act_word(&v.words[k]) && aux(k))
            .or_else(|| (last + 1..to).find(|&k| act_word(&v.words[k]) && !adjective(k)))
    };
    // What the act was done to, names included ("checked into
    // Morningside", "arrested Oler"): the words between it and the date,
    // or, after a date that opens the clause, the words after the act up
    // to a second preposition or the clause's end ("On Monday, Hale signed
    // the petition at the town hall": "petition").
    let after = act_before.is_none().then(act_after).flatten();
    let object_words = match (verb_before, after) {
        (Some(k), _) => v.words[k + 1..first].iter().collect::<Vec<_>>(),
        (None, Some(k)) => {
            let rest = &v.words[k + 1..clause_end(&v.words, k).max(k) + 1];
            let preposition = |x: &Word| super::holder::PREPOSITIONS.contains(&x.lower.as_str());
            let skip = usize::from(rest.first().is_some_and(preposition));
            rest.iter()
                .skip(skip)
                .take_while(|x| !preposition(x))
                .take(4)
                .collect()
        }
        (None, None) => Vec::new(),
    };
    let named = |x: &Word| v.names.iter().any(|n| n.start <= x.start && x.end <= n.end);
    let (mut done_to, mut done_to_names) = (Vec::new(), Vec::new());
    for x in object_words {
        if x.text.chars().any(|c| c.is_ascii_digit())
            || crate::align::words::content_stems(x.text).is_empty()
        {
            continue;
        }
        if named(x) {
            done_to_names.push(x.lower.clone());
        } else {
            done_to.push(x.lower.clone());
        }
    }
    let act = act_before.or_else(|| after.map(|k| v.words[k].lower.clone()));
    // The act words: before the date in its clause, and after it when it
    // opens the clause.
    let opens = first <= from + 1;
    let acts = act_words(v, first, last, if opens { 0 } else { usize::MAX / 4 });
    // The holder: as for figures, or the subject after a date opening the
    // clause ("On Friday, 36-year-old Duncan Rait died").
    let holder = holder(&v.words, first, last, &v.names, &v.antecedent).or_else(|| {
        (first <= from + 1)
            .then(|| {
                let limit = v.words.get(last + 6).map_or(usize::MAX, |w| w.end);
                v.names
                    .iter()
                    .find(|n| {
                        n.start >= v.words[last].end
                            && n.end <= limit
                            && n.kind != crate::extract::entity::EntityKind::Place
                    })
                    .map(|n| n.canonical.clone())
            })
            .flatten()
    });
    let quoted = v.quotes.iter().any(|&(a, b)| a <= start && end <= b);
    let act_stems: Vec<String> = act
        .as_deref()
        .map(crate::align::words::content_stems)
        .unwrap_or_default();
    // A date planned, expected or scheduled is not one that happened.
    let planned = (from..first).any(|k| {
        out_of_reach(&v.words[k].lower)
            || matches!(
                v.words[k].lower.as_str(),
                "scheduled" | "set" | "due" | "slated" | "planned"
            )
    });
    Some(Measure {
        kind: FactKind::Date,
        what: "date".into(),
        modifiers: Vec::new(),
        object: None,
        act,
        acts,
        done_to,
        done_to_names,
        aged: None,
        subject: None,
        subject_possessed: false,
        subject_name: subject_name(v, first),
        other_event: false,
        subject_event: false,
        persons: Vec::new(),
        days: Vec::new(),
        provisional: false,
        lead: false,
        holder,
        place: None,
        reference: None,
        scope: None,
        period: None,
        role: if planned { Role::Target } else { Role::Level },
        quoted,
        // The act is judged apart: the context is what it was done to.
        context: context(&v.words, &v.names, first, last, &act_stems),
    })
}

#[cfg(test)]
mod tests {
    use super::super::text::{covering, words};
    use super::*;

    /// The act found for the figure `figure` of `text`, counting `skip`
    /// words after it as its counted noun.
    fn act_of(text: &str, figure: &str, skip: usize) -> Option<String> {
        let w = words(text);
        let at = text.find(figure).unwrap();
        let (first, last) = covering(&w, at, at + figure.len()).unwrap();
        act(&w, first, last, skip)
    }

    /// The grade of hurt the figure `figure` of `text` is given.
    fn grade_of(text: &str, figure: &str) -> Option<&'static str> {
        let v = StatementView::new(text, Vec::new(), Vec::new(), Antecedents::default());
        let at = text.find(figure).unwrap();
        let (first, last) = covering(&v.words, at, at + figure.len()).unwrap();
        let skip = usize::from(v.words.get(last + 1).is_some_and(|w| w.lower == "people"));
        severity(&v, first, last, act(&v.words, first, last, skip).as_deref())
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
