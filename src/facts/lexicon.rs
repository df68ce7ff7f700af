//! Which words name the same act or thing: WordNet senses (`concepts.txt`,
//! made by `scripts/wordnet_concepts.py` from WordNet 3.0) and a short list
//! of the outcome classes news counts in ("killed", "dead", "death toll").
//!
//! Two words are *related* when they share a lemma, or when the first sense
//! of one (with what it derives and causes: "death" → "die", "kill" →
//! "die") is among the first three senses of the other. WordNet links "dead"
//! to no death sense and "arrest" to no "detain" sense, so the outcome
//! classes add what news writes every day.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// The senses of one lemma in one part of speech.
#[derive(Debug, Default, Clone)]
struct Senses {
    /// First sense, with what it derives and causes.
    keys: Vec<u32>,
    /// The first three senses.
    senses: Vec<u32>,
    /// How often SemCor tags the lemma in this part of speech.
    count: u32,
    /// A noun of an act or event (its first sense derives from a verb).
    event: bool,
}

/// The table, by lemma; each lemma with its senses by part of speech
/// (`n`, `v`, `a`).
struct Table {
    lemmas: HashMap<String, Vec<(char, Senses)>>,
    /// Inflections WordNet lists apart ("fell" → "fall").
    exceptions: HashMap<String, Vec<(char, String)>>,
    /// Direct antonyms of first senses, both ways ("open" ↔ "shut",
    /// "approve" ↔ "disapprove"), by part of speech.
    antonyms: HashMap<String, Vec<(char, String)>>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| parse(include_str!("concepts.txt")));

fn parse(text: &str) -> Table {
    let mut lemmas: HashMap<String, Vec<(char, Senses)>> = HashMap::default();
    let mut exceptions: HashMap<String, Vec<(char, String)>> = HashMap::default();
    let mut antonyms: HashMap<String, Vec<(char, String)>> = HashMap::default();
    let ids = |s: &str| -> Vec<u32> {
        s.split(',')
            .filter_map(|x| u32::from_str_radix(x, 36).ok())
            .collect()
    };
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split(' ').collect();
        match f.as_slice() {
            ["=", form, pos, lemma] => exceptions
                .entry(form.to_string())
                .or_default()
                .push((pos.chars().next().unwrap_or('n'), lemma.to_string())),
            ["!", lemma, pos, other] => antonyms
                .entry(lemma.to_string())
                .or_default()
                .push((pos.chars().next().unwrap_or('a'), other.to_string())),
            [lemma, pos, keys, senses, count, event] => {
                lemmas.entry(lemma.to_string()).or_default().push((
                    pos.chars().next().unwrap_or('n'),
                    Senses {
                        keys: ids(keys),
                        senses: ids(senses),
                        count: count.parse().unwrap_or(0),
                        event: *event == "1",
                    },
                ))
            }
            _ => {}
        }
    }
    Table {
        lemmas,
        exceptions,
        antonyms,
    }
}

/// WordNet's detachment rules (morphy): suffix → replacement, by part of
/// speech.
const RULES: &[(char, &str, &str)] = &[
    ('n', "s", ""),
    ('n', "ses", "s"),
    ('n', "xes", "x"),
    ('n', "zes", "z"),
    ('n', "ches", "ch"),
    ('n', "shes", "sh"),
    ('n', "men", "man"),
    ('n', "ies", "y"),
    ('v', "s", ""),
    ('v', "ies", "y"),
    ('v', "es", "e"),
    ('v', "es", ""),
    ('v', "ed", "e"),
    ('v', "ed", ""),
    ('v', "ing", "e"),
    ('v', "ing", ""),
    ('a', "er", ""),
    ('a', "est", ""),
    ('a', "er", "e"),
    ('a', "est", "e"),
];

/// The lemmas a word form can be, with their part of speech, as WordNet's
/// morphy finds them: the form itself, its listed exceptions, and the
/// detachment rules; a doubled consonant before "-ed"/"-ing" is undone
/// ("stopped" → "stop").
pub fn lemmas(word: &str) -> Vec<(char, String)> {
    let w = word.to_lowercase().replace('’', "'");
    let w = w
        .trim_end_matches("'s")
        .trim_matches(|c: char| !c.is_alphanumeric());
    let t = &*TABLE;
    let mut out: Vec<(char, String)> = Vec::new();
    let mut push = |pos: char, lemma: &str| {
        if t.lemmas
            .get(lemma)
            .is_some_and(|v| v.iter().any(|(p, _)| *p == pos))
            && !out.iter().any(|(p, l)| *p == pos && l == lemma)
        {
            out.push((pos, lemma.to_string()));
        }
    };
    for pos in ['n', 'v', 'a'] {
        push(pos, w);
    }
    // "re-signed", "re-elected": the act without its prefix.
    if let Some(rest) = w.strip_prefix("re-") {
        for (pos, lemma) in lemmas(rest) {
            push(pos, &lemma);
        }
    }
    if let Some(list) = t.exceptions.get(w) {
        for (pos, lemma) in list {
            push(*pos, lemma);
        }
    }
    for &(pos, suffix, with) in RULES {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() >= 2 {
                push(pos, &format!("{stem}{with}"));
                // "stopped", "planning": the doubled consonant undone.
                let b = stem.as_bytes();
                if (suffix == "ed" || suffix == "ing")
                    && with.is_empty()
                    && b.len() >= 3
                    && b[b.len() - 1] == b[b.len() - 2]
                {
                    push(pos, &stem[..stem.len() - 1]);
                }
            }
        }
    }
    out
}

/// Whether a word is in WordNet in any part of speech (as written or by
/// its inflection): an English word, not a name coined for a person.
pub fn is_word(word: &str) -> bool {
    !lemmas(word).is_empty()
}

/// Whether a word is an adverb made from an adjective ("sadly",
/// "typically", "happily", "probably"): WordNet lists no adverbs here, so
/// the adjective is looked up.
pub fn is_adverb(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ly") else {
        return false;
    };
    let adjective = |w: &str| lemmas(w).iter().any(|(p, _)| *p == 'a');
    adjective(stem)
        || stem
            .strip_suffix('i')
            .is_some_and(|s| adjective(&format!("{s}y")))
        || stem
            .strip_suffix("al")
            .is_some_and(|s| s.ends_with("ic") && adjective(s))
        || stem
            .strip_suffix('b')
            .is_some_and(|s| adjective(&format!("{s}ble")))
}

/// Whether two word forms are antonyms in WordNet's first senses ("open"
/// and "closed", "guilty" and "innocent", "approved" and "disapproved").
pub fn antonyms(a: &str, b: &str) -> bool {
    let lb = lemmas(b);
    lemmas(a).iter().any(|(p, l)| {
        TABLE.antonyms.get(l).is_some_and(|list| {
            list.iter()
                .any(|(q, other)| q == p && lb.iter().any(|(r, m)| r == q && m == other))
        })
    })
}

/// Whether a word form has an antonym in the table (see [`antonyms`]).
/// Asked of every word of every claim's statements, so each thread keeps
/// its answers (news repeats its words).
pub fn has_antonym(word: &str) -> bool {
    thread_local! {
        static SEEN: std::cell::RefCell<HashMap<String, bool>> =
            std::cell::RefCell::new(HashMap::default());
    }
    if let Some(known) = SEEN.with(|s| s.borrow().get(word).copied()) {
        return known;
    }
    let found = lemmas(word).iter().any(|(p, l)| {
        TABLE
            .antonyms
            .get(l)
            .is_some_and(|v| v.iter().any(|(q, _)| q == p))
    });
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        // A bound on a long run's memory: start again when full.
        if s.len() > 200_000 {
            s.clear();
        }
        s.insert(word.to_string(), found);
    });
    found
}

/// Whether a word form can be a verb.
pub fn can_be_verb(word: &str) -> bool {
    lemmas(word).iter().any(|(p, _)| *p == 'v')
}

fn senses_of(lemma: &str, pos: char) -> Option<&'static Senses> {
    TABLE
        .lemmas
        .get(lemma)
        .and_then(|v| v.iter().find(|(p, _)| *p == pos))
        .map(|(_, s)| s)
}

/// Whether a word form is most likely a verb: an inflection of a verb
/// ("signed", "killing"), or a lemma used as a verb at least as often as
/// as a noun ("sign", not "summer").
pub fn mostly_verb(word: &str) -> bool {
    let w = word.to_lowercase();
    let found = lemmas(&w);
    found.iter().any(|(p, l)| {
        *p == 'v'
            && (l != &w
                && (w.ends_with("ed") || w.ends_with("ing") || TABLE.exceptions.contains_key(&w))
                || {
                    let verb = senses_of(l, 'v').map_or(0, |s| s.count);
                    let noun = senses_of(l, 'n').map_or(0, |s| s.count);
                    verb >= noun
                })
    })
}

/// Whether a word form is a noun of an act or event ("contract",
/// "injuries", "arrest"; not "day" or "summer").
pub fn event_noun(word: &str) -> bool {
    lemmas(word)
        .iter()
        .any(|(p, l)| *p == 'n' && senses_of(l, 'n').is_some_and(|s| s.event))
}

/// The senses of a set of words, for telling fast whether two sets share
/// an act or thing (see [`related`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SenseSet {
    lemmas: Vec<String>,
    keys: Vec<u32>,
    senses: Vec<u32>,
    outcomes: Vec<&'static str>,
}

impl SenseSet {
    /// The senses of the words (word forms, any case).
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> SenseSet {
        let mut set = SenseSet::default();
        for w in words {
            if let Some(c) = outcome_class(w) {
                set.outcomes.push(c);
            }
            for (pos, l) in lemmas(w) {
                if let Some(s) = senses_of(&l, pos) {
                    set.keys.extend(&s.keys);
                    set.senses.extend(&s.senses);
                }
                set.lemmas.push(l);
            }
        }
        for v in [&mut set.keys, &mut set.senses] {
            v.sort_unstable();
            v.dedup();
        }
        set.lemmas.sort();
        set.lemmas.dedup();
        set.outcomes.sort_unstable();
        set.outcomes.dedup();
        set
    }

    /// Whether the two sets name outcomes, and none in common ("forced to
    /// evacuate" against "died").
    pub fn different_outcomes(&self, other: &SenseSet) -> bool {
        !self.outcomes.is_empty()
            && !other.outcomes.is_empty()
            && !self.outcomes.iter().any(|o| other.outcomes.contains(o))
    }

    /// What the set's senses derive from (its lemmas and outcome
    /// classes): two sets with one signature relate alike to every set.
    pub fn signature(&self) -> String {
        let mut out = self.lemmas.join(" ");
        for o in &self.outcomes {
            out.push('|');
            out.push_str(o);
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.lemmas.is_empty() && self.outcomes.is_empty()
    }

    /// Whether some word of one set names the act or thing of some word of
    /// the other: a shared lemma or outcome class, or a first sense of one
    /// among the first senses of the other.
    pub fn related(&self, other: &SenseSet) -> bool {
        let meets = |a: &[u32], b: &[u32]| {
            let (mut i, mut j) = (0, 0);
            while i < a.len() && j < b.len() {
                match a[i].cmp(&b[j]) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => return true,
                }
            }
            false
        };
        self.outcomes.iter().any(|o| other.outcomes.contains(o))
            || self
                .lemmas
                .iter()
                .any(|l| other.lemmas.binary_search(l).is_ok())
            || meets(&self.keys, &other.senses)
            || meets(&other.keys, &self.senses)
    }
}

/// Whether two word forms name the same act or thing (see the module
/// documentation). Symmetric.
pub fn related(a: &str, b: &str) -> bool {
    // Fact alignment asks this of the same few act words many thousand
    // times; the answer is remembered per thread.
    thread_local! {
        static SEEN: std::cell::RefCell<HashMap<String, HashMap<String, bool>>> =
            std::cell::RefCell::new(HashMap::default());
    }
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    if let Some(known) = SEEN.with(|m| m.borrow().get(a).and_then(|x| x.get(b)).copied()) {
        return known;
    }
    let answer = related_uncached(a, b);
    SEEN.with(|m| {
        let mut m = m.borrow_mut();
        // Bounded: a run over endless distinct words must not grow it
        // without end.
        if m.len() > 100_000 {
            m.clear();
        }
        m.entry(a.to_string())
            .or_default()
            .insert(b.to_string(), answer);
    });
    answer
}

fn related_uncached(a: &str, b: &str) -> bool {
    if let (Some(x), Some(y)) = (outcome_class(a), outcome_class(b)) {
        return x == y;
    }
    let (la, lb) = (lemmas(a), lemmas(b));
    if la.iter().any(|(_, x)| lb.iter().any(|(_, y)| x == y)) {
        return true;
    }
    let t = &*TABLE;
    let senses = |list: &[(char, String)]| -> Vec<&Senses> {
        list.iter()
            .filter_map(|(pos, l)| {
                t.lemmas
                    .get(l)
                    .and_then(|v| v.iter().find(|(p, _)| p == pos))
                    .map(|(_, s)| s)
            })
            .collect()
    };
    let (sa, sb) = (senses(&la), senses(&lb));
    let meets = |x: &Senses, y: &Senses| x.keys.iter().any(|k| y.senses.contains(k));
    sa.iter()
        .any(|x| sb.iter().any(|y| meets(x, y) || meets(y, x)))
}

/// What happened to the people a figure counts, by the words news uses for
/// it: two figures of different classes ("two workers died", "215 workers
/// were evacuated") measure different things.
const OUTCOMES: &[(&str, &[&str])] = &[
    (
        "death",
        &[
            "die",
            "dead",
            "death",
            "kill",
            "fatal",
            "perish",
            "drown",
            "murder",
            "toll",
            "slain",
            "lost their live",
        ],
    ),
    ("injury", &["injur", "hurt", "wound", "hospital", "treated"]),
    // Shot or stabbed counts everyone hit, the dead and the wounded alike:
    // "shot three co-workers" is not "killed two".
    ("shooting", &["shot", "shoot"]),
    ("stabbing", &["stab"]),
    ("evacuation", &["evacu"]),
    // Driven from home, for good or long: not the evacuated, who go back,
    // nor the injured ("6,000 people displaced", "722 people are in
    // hospital").
    ("displacement", &["displac", "homeless"]),
    ("rescue", &["rescu"]),
    ("arrest", &["arrest", "detain", "detention", "custody"]),
    ("missing", &["missing", "unaccounted"]),
    (
        "increase",
        &[
            "rise", "rose", "risen", "rising", "climb", "jump", "gain", "grow", "grew", "increas",
            "surge", "soar",
        ],
    ),
    (
        "decrease",
        &[
            "fell", "fall", "drop", "declin", "decreas", "slip", "slid", "plung", "tumbl",
            "shrank", "shrunk", "sank",
        ],
    ),
];

/// The outcome class (see `OUTCOMES`) of a word, lower case or not. An
/// act of two words is a death when either word is one ("shot dead",
/// "fatal shooting"), else its last word's.
pub fn outcome_class(word: &str) -> Option<&'static str> {
    if let Some((head, tail)) = word.rsplit_once(' ') {
        let death = |w: &str| outcome_class(w) == Some("death");
        return if death(head) || death(tail) {
            Some("death")
        } else {
            outcome_class(tail)
        };
    }
    let starts = |p: &str| {
        word.len() >= p.len()
            && word.is_char_boundary(p.len())
            && word[..p.len()].eq_ignore_ascii_case(p)
    };
    OUTCOMES
        .iter()
        .find(|(_, prefixes)| prefixes.iter().any(|p| starts(p)))
        .map(|(class, _)| *class)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn morphy_finds_lemmas() {
        assert!(lemmas("fell").contains(&('v', "fall".into())));
        assert!(lemmas("stopped").contains(&('v', "stop".into())));
        assert!(lemmas("injuries").contains(&('n', "injury".into())));
        assert!(lemmas("signed").contains(&('v', "sign".into())));
        assert!(lemmas("zzzq").is_empty());
    }

    #[test]
    fn every_verb_and_antonyms_of_first_senses() {
        // Verbs SemCor never tags, and nouns of their acts.
        assert!(can_be_verb("collided"));
        assert!(related("collided", "collision"));
        assert!(related("derailed", "derailment"));
        // Antonyms: states and verbs negated by a prefix, both ways; not
        // one event told from two sides, nor two moments.
        assert!(antonyms("open", "closed"));
        assert!(antonyms("closed", "open"));
        assert!(antonyms("guilty", "innocent"));
        assert!(antonyms("approved", "disapproved"));
        assert!(!antonyms("bought", "sold"));
        assert!(!antonyms("rose", "fell"));
        assert!(!antonyms("open", "opened"));
    }

    #[test]
    fn verbs_by_use() {
        assert!(mostly_verb("signed"));
        assert!(mostly_verb("sign"));
        assert!(mostly_verb("fell"));
        assert!(!mostly_verb("summer"));
        assert!(!mostly_verb("contract"));
    }

    #[test]
    fn sense_sets() {
        let a = SenseSet::of(["signed", "deal", "worth"]);
        let b = SenseSet::of(["contract", "signed", "forward"]);
        assert!(a.related(&b));
        let c = SenseSet::of(["thrown"]);
        let d = SenseSet::of(["landed"]);
        assert!(!c.related(&d));
        assert!(SenseSet::of(["wounded"]).related(&SenseSet::of(["injuries"])));
    }

    #[test]
    fn related_words() {
        // Synonyms, derivations and causes.
        assert!(related("wounded", "injured"));
        assert!(related("killed", "died"));
        assert!(related("death", "died"));
        assert!(related("arrested", "detained"));
        assert!(related("signing", "signed"));
        // Outcome classes apart.
        assert!(!related("killed", "injured"));
        assert!(!related("arrested", "evacuated"));
        assert!(outcome_class("displaced") != outcome_class("evacuated"));
        assert!(outcome_class("homeless") != outcome_class("hospital"));
        assert!(outcome_class("unaccounted") == outcome_class("missing"));
        // Shot counts the dead and the wounded: neither alone; shot dead
        // and a fatal shooting are deaths.
        assert!(!related("shot", "killed"));
        assert!(!related("shot", "wounded"));
        assert!(related("shot dead", "killed"));
        assert!(related("fatal shooting", "killed"));
        // Words that only share a rare sense are not related.
        assert!(!related("killed", "defeated"));
        assert!(!related("scored", "needed"));
        assert!(!related("fell", "paid"));
    }
}
