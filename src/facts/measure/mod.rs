//! What a figure or a date measures, read from its statement: the thing
//! counted or the unit, the act it is the figure or time of, whose it is,
//! its role (a part, a change, a rate, a target…), the place or reference
//! point it is measured at, and the words around it.

use super::holder::{Antecedents, Name};
use super::lexicon;
use super::text::{words, Word};
use serde::Serialize;

mod act;
mod counted;
mod date;
mod period;
mod quantity;
mod role;
mod scope;
mod subject;

pub use date::date_measure;
pub use quantity::quantity_measure;
pub use subject::Subject;

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

/// A compass bearing read in a statement: degrees clockwise from north,
/// and the byte range of its word in the statement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bearing {
    pub degrees: f64,
    pub start: usize,
    pub end: usize,
}

impl Bearing {
    /// The turn from this bearing to `other`, 0 to 180 degrees.
    pub fn turn(&self, other: &Bearing) -> f64 {
        let d = (self.degrees - other.degrees).abs() % 360.0;
        d.min(360.0 - d)
    }
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
    /// Where: a place named with "in" or "at" right after the value, or,
    /// for a population, the place a city of that many people is
    /// ("Portoviejo, a city of 300,000 people").
    pub place: Option<String>,
    /// What a distance is measured from ("6 miles from Palmer").
    pub reference: Option<String>,
    /// Which way it lies from there ("80 kilometers northwest of
    /// Kathmandu").
    #[serde(skip)]
    pub bearing: Option<Bearing>,
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
    /// An age told as the age at its clause's act ("founded Theranos at
    /// the age of 19", "died at age 84"): the age at that moment, not the
    /// person's age when the report was written.
    #[serde(skip)]
    pub at_age: bool,
    /// Its clause's subject, named or described (see [`Subject`]).
    #[serde(skip)]
    pub subject: Subject,
    /// Its clause's subject is an event its document's opening does not
    /// tell ("…aid to those caught up in the powerful earthquake that
    /// struck on New Year's Day, killing at least 48 people", in a story
    /// of a runway collision): a figure of another event than the story's.
    #[serde(skip)]
    pub other_event: bool,
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
