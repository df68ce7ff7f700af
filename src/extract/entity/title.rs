//! Titles: the words of a capitalized title ("Secretary General", "Lt.")
//! and the lower-case offices written before a name or in an appositive
//! after it ("former finance minister Marta Ilves", "Holt, the club's
//! sporting director,").

use super::kind::{is_org_word, is_place_word};
use super::words::{capitalized, is_possessive, key, Word};

/// Words that make up titles and roles (lower case). The last of them in a
/// run of capitalized words ends the title, unless it is a modifier
/// (`MODIFIERS`); whatever capitalized words come before it qualify the
/// title ("Alaska Gov.", "Los Angeles County Sheriff's Deputy", "Health
/// Minister").
const TITLE_WORDS: &[&str] = &[
    "secretary",
    "general",
    "secretary-general",
    "president",
    "president-elect",
    "vice-president",
    "vice",
    "minister",
    "prime",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "chancellor",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "mayor",
    "governor",
    "senator",
    "representative",
    "ambassador",
    "envoy",
    "king",
    "queen",
    "prince",
    "princess",
    "duke",
    "duchess",
    "pope",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "sheikh",
    "emir",
    "sultan",
    "judge",
    "justice",
    "officer",
    "chief",
    "commander",
    "admiral",
    "colonel",
    "lieutenant",
    "sergeant",
    "captain",
    "constable",
    "detective",
    "detectives",
    "inspector",
    "superintendent",
    "trooper",
    "marshal",
    "former",
    "acting",
    "state",
    "speaker",
    "premier",
    "attorney",
    "prosecutor",
    "sheriff",
    "coach",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "gm",
    "vp",
    "surgeon",
    "executive",
    "chairperson",
    "lawyer",
    "actress",
    "actor",
    "star",
    "host",
    "commissioner",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "treasurer",
    "professor",
    "reverend",
    "manager",
    "founder",
    "staff",
    "affairs",
    "sir",
    "dame",
    "lord",
    // Abbreviations, with and without their period.
    "gen.",
    "gen",
    "col.",
    "col",
    "lt.",
    "lt",
    "sgt.",
    "sgt",
    "capt.",
    "capt",
    "adm.",
    "adm",
    "cmdr.",
    "maj.",
    "cpl.",
    "const.",
    "det.",
    "insp.",
    "supt.",
    "gov.",
    "gov",
    "sen.",
    "sen",
    "rep.",
    "rep",
    "atty.",
    "prof.",
    "rev.",
    "dr.",
    "dr",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
];

/// Title words that qualify a title but do not end one ("Vice Adm.",
/// "Foreign Minister", "Secretary of State").
const MODIFIERS: &[&str] = &[
    "vice",
    "prime",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "former",
    "acting",
    "state",
    "affairs",
    "staff",
    "detectives",
    "executive",
];

pub(super) fn is_title_word(w: &str) -> bool {
    TITLE_WORDS.contains(&key(w).as_str())
}

/// A title word that can end a title ("Minister", "Adm.", not "Vice").
fn is_core_title(w: &str) -> bool {
    let k = key(w);
    TITLE_WORDS.contains(&k.as_str()) && !MODIFIERS.contains(&k.trim_end_matches('.'))
}

/// Whether a run of words is a person's name after a title ("Lt. Bob
/// Rifkin", "President Joe Biden").
pub(super) fn titled_person(run: &[Word]) -> bool {
    run.iter()
        .rposition(|w| is_core_title(w.2))
        .is_some_and(|t| {
            t + 1 < run.len()
                && run[t + 1..]
                    .iter()
                    .all(|w| capitalized(w.2) && !is_title_word(w.2))
                && !is_org_word(run[run.len() - 1].2)
                && !is_place_word(run[run.len() - 1].2)
        })
}

/// How many leading words of a run are its title: 0 for none, the run's
/// length when it is a title alone ("Prime Minister").
pub(super) fn title_len(run: &[Word]) -> usize {
    let last = run[run.len() - 1].2;
    if is_org_word(last) || is_place_word(last) {
        return 0;
    }
    let Some(t) = run.iter().rposition(|w| is_core_title(w.2)) else {
        return 0;
    };
    if t + 1 == run.len() {
        // "Texas Department of Criminal Justice" is an organization.
        if run[..t].iter().any(|w| is_org_word(w.2)) {
            return 0;
        }
        return run.len();
    }
    // "Chief of Detectives Charlie Beck", "Secretary of State Blinken".
    if run[t + 1].2 == "of" {
        return match run.len() - t {
            0..=3 => run.len(),
            4 => run.len() - 1,
            _ => run.len() - 2,
        };
    }
    if !capitalized(run[t + 1].2) {
        return 0;
    }
    t + 1
}

/// Offices that a lower-case title ends with ("finance minister", "chief
/// executive"). Roles that describe rather than appoint (actress, star,
/// lawyer, host, leader) are left out: sources word those freely, and two
/// of them are no disagreement about an office.
const LOWER_OFFICES: &[&str] = &[
    "minister",
    "president",
    "vice-president",
    "director",
    "executive",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "secretary",
    "secretary-general",
    "governor",
    "mayor",
    "senator",
    "ambassador",
    "commissioner",
    "judge",
    "prosecutor",
    "chief",
    "commander",
    "coach",
    "manager",
    "ceo",
    "treasurer",
    "premier",
    "chancellor",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "superintendent",
    "inspector",
    "sheriff",
];

/// Words that never qualify an office: function words, verbs that
/// introduce a name ("said", "named", "replaced") and words of time.
const NOT_QUALIFIERS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "by",
    "to",
    "for",
    "with",
    "and",
    "or",
    "as",
    "at",
    "in",
    "on",
    "from",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "who",
    "which",
    "that",
    "this",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "had",
    "have",
    "but",
    "when",
    "after",
    "before",
    "while",
    "under",
    "against",
    "about",
    "than",
    "said",
    "says",
    "told",
    "tells",
    "met",
    "named",
    "names",
    "appointed",
    "hired",
    "fired",
    "sacked",
    "replaced",
    "replaces",
    "thanked",
    "praised",
    "called",
    "asked",
    "joined",
    "including",
    "like",
    "then",
    "now",
    "also",
    "today",
    "yesterday",
];

/// Whether `w` may qualify a lower-case office before it ("former",
/// "finance", "sporting"). A capitalized word there names the employer
/// ("Trust chief executive", "VSA mission director"), which sources word
/// differently without disagreeing about the office, so it is left out.
fn qualifies_office(w: &str) -> bool {
    let lower = w.to_lowercase();
    w.chars().all(|c| c.is_lowercase() || c == '-')
        && !NOT_QUALIFIERS.contains(&lower.as_str())
        && !lower.ends_with("ed")
        && !lower.ends_with("ly")
}

/// Rank words that open a sentence with a capital: they still qualify the
/// lower-case office after them.
const SENTENCE_START_RANKS: &[&str] = &[
    "assistant",
    "associate",
    "deputy",
    "acting",
    "interim",
    "senior",
    "executive",
    "vice",
    "former",
    "chief",
    "head",
    "junior",
];

/// The first word of a lower-case title right before the name starting at
/// word `a` ("former finance minister" before "Marta Ilves"): an office
/// and at most three qualifying words before it, each separated by one
/// space.
pub(super) fn lower_title_before(text: &str, words: &[Word], a: usize) -> Option<usize> {
    let spaced = |k: usize| text[words[k].1..words[k + 1].0] == *" ";
    if a == 0 || !spaced(a - 1) {
        return None;
    }
    let office = words[a - 1].2;
    if capitalized(office) || !LOWER_OFFICES.contains(&office) {
        return None;
    }
    let mut t = a - 1;
    let mut qualifiers = 0;
    while t > 0 && qualifiers < 3 && spaced(t - 1) {
        // A capitalized title word still qualifies ("Chief executive Omar
        // Said" opening a sentence).
        if qualifies_office(words[t - 1].2)
            || is_title_word(words[t - 1].2)
            // A rank word opening the sentence is capitalized only for
            // that ("Assistant general manager Tony DiLeo").
            || t == 1 && SENTENCE_START_RANKS.contains(&words[0].2.to_lowercase().as_str())
        {
            t -= 1;
        } else if words[t - 1].2 == "and"
            && qualifiers > 0
            && t >= 2
            && spaced(t - 2)
            && qualifies_office(words[t - 2].2)
        {
            // Two portfolios of one office: "legal affairs and policy
            // chief Vijaya Gadde".
            t -= 2;
        } else {
            break;
        }
        qualifiers += 1;
    }
    Some(t)
}

/// An office in an appositive right after a name ending at byte `end`
/// (", a former finance minister," or ", the club's sporting director."),
/// without the owner's possessive. Without an article, the office may be
/// followed by its employer (", security research and communications
/// director at McAfee Labs,"; ", spokeswoman for the Texas Department of
/// Criminal Justice"), when `bare` allows one without an article.
pub(super) fn lower_title_after(text: &str, end: usize, bare: bool) -> Option<String> {
    let rest = text.get(end..)?;
    let (rest, article) = match rest
        .strip_prefix(", a ")
        .or_else(|| rest.strip_prefix(", an "))
        .or_else(|| rest.strip_prefix(", the "))
    {
        Some(r) => (r, true),
        None if bare => (rest.strip_prefix(", ")?, false),
        None => return None,
    };
    let mut stop = rest.find([',', '.', ';'])?;
    if !article {
        // The employer after "at", "for", "of" or "with" ends the office.
        let employer = [" at ", " for ", " of ", " with "].iter().filter_map(|p| {
            let k = rest[..stop].find(p)?;
            let next = rest[k + p.len()..].trim_start_matches("the ");
            next.starts_with(char::is_uppercase).then_some(k)
        });
        stop = employer.min().unwrap_or(stop);
    }
    let ws: Vec<&str> = rest[..stop].split(' ').collect();
    let last = *ws.last()?;
    if ws.len() > if article { 4 } else { 6 } || !LOWER_OFFICES.contains(&last) {
        return None;
    }
    let from = ws
        .iter()
        .rposition(|w| is_possessive(w))
        .map_or(0, |p| p + 1);
    let ws = &ws[from..];
    // "security research and communications director": "and" joins the
    // office's portfolios, never its first or last word.
    let qualifiers = &ws[..ws.len() - 1];
    (qualifiers
        .iter()
        .enumerate()
        .all(|(i, w)| qualifies_office(w) || *w == "and" && i > 0))
    .then(|| ws.join(" "))
}
