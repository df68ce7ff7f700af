//! The regular expressions the scanners run, one per kind of date
//! phrase ([`PATTERNS`]), and the word tables that tell a date from a
//! verb, a name or a count ("May be", "negotiated by May", "2000 people").

use regex::Regex;
use std::sync::LazyLock;

use crate::calendar::{MONTHS, WEEKDAYS};

pub(super) struct Patterns {
    pub(super) iso: Regex,
    pub(super) numeric: Regex,
    pub(super) attributive_year: Regex,
    pub(super) month_day: Regex,
    pub(super) day_month: Regex,
    pub(super) ordinal_day: Regex,
    pub(super) second_year: Regex,
    pub(super) second_month: Regex,
    pub(super) month_year: Regex,
    pub(super) month: Regex,
    pub(super) year: Regex,
    pub(super) unit: Regex,
    pub(super) ago: Regex,
    pub(super) day_word: Regex,
    pub(super) weekday: Regex,
    pub(super) weekend: Regex,
    pub(super) week_of: Regex,
    pub(super) bare_day: Regex,
}

/// "Name|NAME" alternatives, longest first so that "September" beats
/// "Sep".
fn alternatives<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<String> = names
        .flat_map(|n| {
            let mut cap = n.to_string();
            if let Some(f) = cap.get_mut(0..1) {
                f.make_ascii_uppercase();
            }
            [cap, n.to_ascii_uppercase()]
        })
        .collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    v.join("|")
}

/// The longest (full) name for each number in a calendar word table.
fn full_names(table: &'static [(&'static str, i8)]) -> impl Iterator<Item = &'static str> {
    table.iter().filter_map(move |&(name, n)| {
        let longest = table
            .iter()
            .filter(|&&(_, k)| k == n)
            .map(|&(w, _)| w.len())
            .max()?;
        (name.len() == longest).then_some(name)
    })
}

/// Days of the month written as ordinal words, longest first so that
/// "twenty-first" beats "twenty".
const ORDINALS: &str = "(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";

/// The day of an ordinal word ("fourth" → 4, "twenty-third" → 23).
pub(super) fn ordinal_day(word: &str) -> Option<i8> {
    const UNITS: [&str; 9] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 11] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let w = word.to_ascii_lowercase().replace(' ', "-");
    let unit = |u: &str| UNITS.iter().position(|&x| x == u).map(|i| i as i8 + 1);
    if let Some(i) = TEENS.iter().position(|&x| x == w) {
        return Some(i as i8 + 10);
    }
    match w.split_once('-') {
        Some(("twenty", u)) => unit(u).map(|d| 20 + d),
        Some(("thirty", u)) => unit(u).map(|d| 30 + d).filter(|&d| d == 31),
        Some(_) => None,
        None if w == "thirtieth" => Some(30),
        None => unit(&w),
    }
}

pub(super) static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let mon = alternatives(MONTHS.iter().map(|&(n, _)| n));
    let mon_full = alternatives(full_names(MONTHS));
    let wd = alternatives(WEEKDAYS.iter().map(|&(n, _)| n));
    let wd_full = alternatives(full_names(WEEKDAYS));
    let re = |s: &str| Regex::new(s).expect("date pattern compiles");
    let wd_prefix = format!(r"(?:(?-u:\b)(?P<wd>{wd})\.?,?\s+)?");
    // Between a day or month and its year: "May 27 2024", "May 27, 2024",
    // "Dec. 31 , 1994", "July 4th of 1995", "April of 1987".
    let year_sep = r"(?:\s*,\s*|\s+(?i:of\s+)?)";
    Patterns {
        iso: re(r"(?:(?-u:\b)(?i:on)\s+)?(?-u:\b)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?-u:\b)"),
        numeric: re(
            r"(?:(?-u:\b)(?i:on)\s+)?(?-u:\b)\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<y>\d{4})(?-u:\b)",
        ),
        attributive_year: re(
            r"(?-u:\b)(?P<ctx>(?i:the|a|an|his|her|their|its|our|my|your|this|that))\s+(?P<span>(?P<y>\d{4}))\s+\pL",
        ),
        month_day: re(&format!(
            r"(?:(?-u:\b)(?i:on)\s+)?{wd_prefix}(?-u:\b)(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?(?-u:\b)(?:{year_sep}(?P<y>\d{{4}})(?-u:\b)|\s+(?i:of)\s+(?P<rel>(?i:this|last|next))\s+(?i:year)(?-u:\b))?"
        )),
        day_month: re(&format!(
            r"(?:(?-u:\b)(?i:on)\s+)?{wd_prefix}(?:(?-u:\b)(?i:the)\s+)?(?-u:\b)(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?P<mon>{mon})(?-u:\b)(?:\.?{year_sep}(?P<y>\d{{4}})(?-u:\b)|\s+(?i:of)\s+(?P<rel>(?i:this|last|next))\s+(?i:year)(?-u:\b))?"
        )),
        ordinal_day: re(&format!(
            r"(?:(?-u:\b)(?i:on)\s+)?(?:(?-u:\b)(?P<the>(?i:the))\s+)?(?-u:\b)(?P<ord>(?i:{ORDINALS}))\s+(?i:of)\s+(?P<mon>{mon})(?-u:\b)(?:\.?{year_sep}(?P<y>\d{{4}})(?-u:\b))?"
        )),
        second_year: re(
            r"(?-u:\b)(?P<ctx>(?i:between|from|in|during))\s+(?P<y1>\d{4})\s*(?P<span>(?:(?P<conj>(?i:and|or|to|till|until|through))\s+|[-–]\s*)(?P<y>\d{4}))(?-u:\b)",
        ),
        second_month: re(&format!(
            r"(?-u:\b)(?i:between|from)\s+(?P<m1>{mon_full})\s+(?P<span>(?i:and|to|till|until|through)\s+(?P<mon>{mon_full}))(?-u:\b)"
        )),
        month_year: re(&format!(
            r"(?:(?-u:\b)(?i:in|since|until|till|by|during|from|before|after|early|late|mid)(?:\s+|-))?(?-u:\b)(?P<mon>{mon})\.?{year_sep}(?P<y>\d{{4}})(?-u:\b)"
        )),
        month: re(&format!(
            r"(?-u:\b)(?P<ctx>(?i:in|since|until|till|by|during|through|from|to|before|after|between|of|early|late|mid|last|this|next|(?:the\s+)?(?:end|beginning|start|middle)\s+of))(?:\s+|-)(?P<mon>{mon_full})(?-u:\b)(?:\s+(?P<rel>(?i:this|last|next))\s+(?i:year)(?-u:\b))?"
        )),
        year: re(
            r"(?-u:\b)(?P<ctx>(?i:in|since|by|until|till|during|through|from|to|before|after|of|early|late|mid|between))(?:\s+|-)(?P<y>\d{4})(?-u:\b)",
        ),
        unit: re(
            r"(?-u:\b)(?P<mod>(?i:(?:earlier|later)\s+this|last|this|next))\s+(?P<unit>(?i:week|month|year))(?-u:\b)",
        ),
        ago: re(
            r"(?-u:\b)(?P<n>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty))\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)(?-u:\b)",
        ),
        day_word: re(
            r"(?-u:\b)(?i:(?:(?:earlier|later|early|late)\s+)?today|tonight|(?:(?:early|late|earlier|later)\s+)?this\s+(?:morning|afternoon|evening)|(?:(?:early|late)\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night|(?:(?:early|late)\s+)?tomorrow(?:\s+(?:morning|afternoon|evening|night))?)(?-u:\b)",
        ),
        weekday: re(&format!(
            r"(?-u:\b)(?:(?P<mod>(?i:on\s+the|on|last|next|this\s+coming|this\s+past|this|early|late))\s+)?(?P<wd>{wd_full})(?:\s+(?i:morning|afternoon|evening|night))?(?-u:\b)"
        )),
        week_of: re(&format!(
            r"(?:(?-u:\b)(?i:in|during|on|for|by|until)\s+)?(?:(?-u:\b)(?i:the)\s+)?(?-u:\b)(?P<ord>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))\s+(?i:week)\s+(?i:of)\s+(?:(?P<mon>{mon_full})(?:{year_sep}(?P<y>\d{{4}}))?|(?P<year>\d{{4}})|(?P<rel>(?i:this|last|next))\s+(?P<unit>(?i:month|year)))(?-u:\b)"
        )),
        weekend: re(
            r"(?-u:\b)(?P<mod>(?i:(?:over|at|during|on)\s+the|this\s+past|last|this|next))\s+(?i:weekend)(?-u:\b)",
        ),
        // "on sale on the 11th.", "available from the 18th, Apple said":
        // a day of the month alone, after a preposition of time and before
        // the clause's end or "of this month" (not "the 11th floor").
        bare_day: re(
            r"(?P<span>(?-u:\b)(?i:on|from|until|till|by|since|before|after|starting)\s+(?i:the)\s+(?P<d>\d{1,2})(?i:st|nd|rd|th)(?:\s+(?i:of)\s+(?i:this|the)\s+(?i:month))?)(?:\s*[.,;:!?)]|\s+(?i:and|when|at|in|with)(?-u:\b)|\s*$)",
        ),
    }
});

/// Words after "May" that show it is the verb or the name ("May be", "May
/// I", "May said").
pub(super) const NOT_AFTER_MAY: &[&str] = &[
    "be",
    "have",
    "not",
    "also",
    "well",
    "never",
    "still",
    "just",
    "soon",
    "even",
    "only",
    "need",
    "want",
    "take",
    "make",
    "get",
    "go",
    "come",
    "say",
    "see",
    "know",
    "become",
    "help",
    "lose",
    "win",
    "face",
    "seek",
    "find",
    "give",
    "use",
    "lead",
    "cause",
    "affect",
    "prove",
    "require",
    "result",
    "include",
    "said",
    "says",
    "told",
    "has",
    "had",
    "was",
    "is",
    "did",
    "does",
    "will",
    "would",
    "could",
    "should",
    "might",
    "must",
    "can",
    "I",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "who",
    "herself",
    "himself",
    "government",
    "administration",
];

/// Participles before "by May" that make May a person ("the deal
/// negotiated by May"); "finished by May" stays a date.
pub(super) const BY_MAY_THE_NAME: &[&str] = &[
    "led",
    "negotiated",
    "proposed",
    "backed",
    "appointed",
    "brokered",
    "championed",
    "endorsed",
    "criticised",
    "criticized",
    "sacked",
    "ousted",
    "defeated",
    "chaired",
    "hosted",
    "struck",
    "unveiled",
    "rejected",
    "praised",
    "attacked",
    "replaced",
    "succeeded",
    "said",
    "told",
    "written",
    "signed",
    "pushed",
    "promised",
    "announced",
];

/// Counted nouns that show a four-digit number is not a year.
pub(super) const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "votes",
    "points",
    "homes",
    "houses",
    "troops",
    "soldiers",
    "units",
    "times",
    "meters",
    "metres",
    "feet",
    "miles",
    "km",
    "kilometres",
    "kilometers",
    "dollars",
    "euros",
    "pounds",
    "tons",
    "tonnes",
    "members",
    "residents",
    "jobs",
    "workers",
    "employees",
    "students",
    "cases",
    "deaths",
    "dead",
    "children",
    "men",
    "women",
    "refugees",
    "civilians",
    "km²",
    "hectares",
    "acres",
    "barrels",
    "calories",
    "words",
    "pages",
    "years",
    "days",
    "hours",
    "minutes",
    "seconds",
    "rounds",
    "shells",
    "missiles",
    "drones",
    "vehicles",
    "tanks",
    "cars",
    "beds",
    "pupils",
    "patients",
    "fans",
    "seats",
    "mm",
    "cm",
    "kg",
    "mw",
    "gw",
    "m",
    "ft",
];

/// Words before "by" + number that make it an amount of change.
pub(super) const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falling",
    "increased",
    "increase",
    "decreased",
    "decrease",
    "grew",
    "grown",
    "dropped",
    "drop",
    "declined",
    "decline",
    "up",
    "down",
    "cut",
    "reduced",
    "raised",
    "jumped",
    "climbed",
    "slipped",
    "outnumbered",
    "exceeded",
    "beat",
    "won",
    "lost",
    "led",
    "trailed",
];
