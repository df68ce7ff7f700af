//! The kind of a name (person, organization, place or other): from the
//! words of the name itself, or from the words around it.

use super::places::{is_demonym, is_known_place, STATE_ABBR_SET};
use super::runs::NUMBERED;
use super::words::{
    bare, capitalized, is_acronym, is_possessive, key, next_word, prev_word, strip_possessive, Word,
};
use super::{EntityKind, EntityValue};
use std::ops::Range;

/// Words that make a name an organization.
const ORG_WORDS: &[&str] = &[
    "Assembly",
    "Organization",
    "Organisation",
    "Council",
    "Union",
    "Alliance",
    "Party",
    "Ministry",
    "Department",
    "Agency",
    "Court",
    "Center",
    "Centre",
    "University",
    "Bank",
    "Company",
    "Inc",
    "Ltd",
    "Corporation",
    "Corp",
    "Group",
    "Committee",
    "Commission",
    "Parliament",
    "Senate",
    "Congress",
    "Police",
    "Army",
    "Forces",
    "Force",
    "Institute",
    "Association",
    "Foundation",
    "Service",
    "Office",
    "Times",
    "News",
    "Radio",
    "Press",
    "Post",
    "Academy",
    "Club",
    "Team",
    "Federation",
    "League",
    "Treaty",
    "Rada",
    "Session",
    "Delegation",
    "Hospital",
    "School",
    "College",
    "Board",
    "Authority",
    "Administration",
    "Government",
    "Network",
    "Channel",
    "Economist",
    "Independent",
    "Reuters",
    "Guardian",
    "Journal",
    "Tribune",
    "Church",
    "Cathedral",
    "Mosque",
    "Synagogue",
    "Temple",
    "Nations",
    "Conference",
    "Bureau",
    "Society",
    "Museum",
    "Commonwealth",
    "Motors",
    "Airlines",
    "Airways",
    "Industries",
    "Holdings",
    "Technologies",
    "Systems",
    "Partners",
    "Enterprises",
    "Co",
    "LLC",
    "Plc",
    "Clinic",
    "Brigade",
    "Battalion",
    "Regiment",
    "Navy",
    "Guard",
    "Cabinet",
    "Tribunal",
    "Fund",
    "Trust",
    "Unit",
    "Squad",
    "Coalition",
    "Movement",
    "Magazine",
    "Gazette",
    "Herald",
    "Telegraph",
    "Agencies",
    "Sox",
    "Reporter",
    "Review",
    "Observer",
    "Chronicle",
    "Examiner",
    "Inquirer",
    "Bulletin",
    "Courier",
    "Daily",
    "Patrol",
];

/// Words that make a name a place ("Pacific Coast Highway", "High Street").
const PLACE_WORDS: &[&str] = &[
    "Street",
    "Road",
    "Avenue",
    "Ave",
    "Boulevard",
    "Blvd",
    "Lane",
    "Highway",
    "Freeway",
    "Expressway",
    "Motorway",
    "Interstate",
    "Route",
    "Bridge",
    "River",
    "Lake",
    "Mountain",
    "Mountains",
    "Mount",
    "Valley",
    "Bay",
    "Gulf",
    "Sea",
    "Ocean",
    "Island",
    "Islands",
    "Isle",
    "Peninsula",
    "Coast",
    "Beach",
    "Desert",
    "Forest",
    "Canyon",
    "County",
    "Province",
    "Region",
    "Oblast",
    "City",
    "Village",
    "Square",
    "Plaza",
    "Park",
    "Gardens",
    "Heights",
    "Hills",
    "Springs",
    "Falls",
    "Airport",
    "Stadium",
    "Arena",
    // Venues: "Qwest Field", "Carrier Dome".
    "Field",
    "Dome",
    "Coliseum",
    "Ballpark",
    "Speedway",
    "Raceway",
    "Fieldhouse",
    "Harbor",
    "Harbour",
    "Port",
    "Strait",
    "District",
    "Territory",
    "Territories",
    "Republic",
    "Kingdom",
    "Emirates",
    "Borough",
    "Township",
    "Parish",
    "Courthouse",
    "Building",
    "Tower",
    "Glacier",
    "Volcano",
    "Creek",
    "Canal",
    "Reservoir",
];

/// Compass words that make the next name a place ("Northeast Philly").
pub(super) const DIRECTIONS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Greater",
];

/// Newspapers, magazines and agencies whose names are common words.
pub(super) const MEDIA: &[&str] = &[
    "People",
    "Time",
    "Variety",
    "Newsweek",
    "Forbes",
    "Fortune",
    "Vogue",
    "Billboard",
    "Politico",
    "Axios",
    "Bloomberg",
    "Interfax",
    "Xinhua",
    "Ukrinform",
];

/// Lowercase words before a name that make it a person ("her husband
/// Todd", "spokesman Tim Mead", "party girl Tara Reid").
const PERSON_BEFORE: &[&str] = &[
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "dad",
    "mom",
    "mum",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "boyfriend",
    "girlfriend",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    "partner",
    "widow",
    "widower",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "girl",
    "boy",
    "man",
    "woman",
    "actress",
    "actor",
    "singer",
    "rapper",
    "star",
    "pitcher",
    "quarterback",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "coach",
    "player",
    "captain",
    "lawyer",
    "attorney",
    "judge",
    "officer",
    "deputy",
    "detective",
    "suspect",
    "victim",
    "gunman",
    "defendant",
    "analyst",
    "economist",
    "professor",
    "author",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "chief",
    "leader",
    "lead",
    "minister",
    "president",
    "senator",
    "governor",
    "manager",
    "founder",
    "candidate",
    "colleague",
    "friend",
    "teammate",
    "mr",
    "mrs",
    "ms",
];

/// Lowercase words after a name that make it an organization ("the Kraft
/// plant", "the Morningside Recovery rehab facility").
const ORG_AFTER: &[&str] = &[
    "plant",
    "factory",
    "facility",
    "company",
    "corporation",
    "firm",
    "group",
    "store",
    "stores",
    "shop",
    "restaurant",
    "hotel",
    "clinic",
    "center",
    "centre",
    "headquarters",
    "offices",
    "warehouse",
    "mill",
    "brand",
    "shares",
    "stock",
    "employees",
    "workers",
    "executives",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "agency",
    "network",
    "newspaper",
    "magazine",
    "website",
    "lawmakers",
    "team",
    "club",
];

/// Lowercase words after a name that make it a place ("Troy police").
const PLACE_AFTER: &[&str] = &[
    "police",
    "residents",
    "mayor",
    "county",
    "area",
    "neighborhood",
    "neighbourhood",
    "suburb",
    "region",
    "province",
];

/// Words before "of" that make the name after it a place ("the island of
/// Qeshm", "the city of Troy").
const PLACE_OF: &[&str] = &[
    "island",
    "city",
    "town",
    "village",
    "province",
    "region",
    "state",
    "county",
    "district",
    "capital",
    "port",
    "suburb",
    "republic",
    "streets",
    "outskirts",
    "centre",
    "center",
];

/// Verbs after a lone name that make it a person ("Heller told",
/// "Manning threw"), besides regular past tenses in "-ed".
pub(super) const PERSON_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "wrote",
    "writes",
    "tweeted",
    "argued",
    "insisted",
    "testified",
    "pleaded",
    "admitted",
    "confessed",
    "recalled",
    "explained",
    "emphasized",
    "emphasised",
    "stressed",
    "asserted",
    "threw",
    "drove",
    "became",
    "ran",
    "took",
    "gave",
    "made",
    "met",
    "spoke",
    "thinks",
    "thought",
    "believes",
    "knew",
    "knows",
    "felt",
    "sang",
    "married",
    "resigned",
    "quit",
    "died",
    "scored",
    "led",
];

/// Past-tense-like words that follow a name but are not verbs with a
/// human subject.
const AUXILIARIES: &[&str] = &[
    "had", "has", "was", "is", "will", "would", "could", "should", "might", "must", "also",
];

pub(super) fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(&strip_possessive(w))
}

pub(super) fn is_place_word(w: &str) -> bool {
    PLACE_WORDS.contains(&strip_possessive(w))
}

/// The kind of a name from its own words, when they tell.
pub(super) fn kind_from_name(name: &str) -> Option<EntityKind> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = *words.last()?;
    if NUMBERED.contains(&words[0]) && words.len() == 2 && last.bytes().all(|b| b.is_ascii_digit())
    {
        return Some(EntityKind::Place);
    }
    if is_known_place(name) {
        return Some(EntityKind::Place);
    }
    // "Soviet Turkmenistan": a place after words that
    // only say whose it is.
    if words.len() >= 2
        && is_known_place(bare(last))
        && words[..words.len() - 1]
            .iter()
            .all(|w| is_demonym(w) || *w == "Soviet")
    {
        return Some(EntityKind::Place);
    }
    if is_org_word(last) {
        return Some(EntityKind::Organization);
    }
    if is_place_word(last) {
        return Some(EntityKind::Place);
    }
    if words.iter().any(|w| is_org_word(w)) {
        return Some(EntityKind::Organization);
    }
    if words.len() >= 2
        && (DIRECTIONS.contains(&words[0])
            || matches!(
                words[0],
                "Mount"
                    | "Mt."
                    | "Mt"
                    | "Lake"
                    | "Gulf"
                    | "Bay"
                    | "Cape"
                    | "Fort"
                    | "Port"
                    | "Isle"
                    | "Avenue"
                    | "Rue"
                    | "Place"
                    | "Piazza"
                    | "Plaza"
                    | "Boulevard"
            ))
    {
        return Some(EntityKind::Place);
    }
    if words.iter().all(|w| is_acronym(w))
        && (words.len() == 1 || words.len() <= 3 && words.iter().all(|w| w.len() <= 5))
    {
        return Some(EntityKind::Organization);
    }
    // Laws: "Endangered Species Act".
    if words.len() >= 2 && matches!(last, "Act" | "Amendment" | "Accord" | "Accords") {
        return Some(EntityKind::Other);
    }
    // Teams: "San Diego Padres", "Philadelphia 76ers".
    let team_word = |w: &str| {
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !is_possessive(w)
            || w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("ers")
    };
    // Clubs, whatever place they are of: "Manchester United", "Leeds
    // United", "Wigan Athletic", "Blackburn Rovers", "Bolton Wanderers".
    let club_word = |w: &str| {
        matches!(
            w,
            "United" | "Athletic" | "Rovers" | "Wanderers" | "Albion" | "Hotspur" | "FC" | "AFC"
        )
    };
    if words.len() >= 2
        && (club_word(last)
            || team_word(last) && (1..words.len()).any(|k| is_known_place(&words[..k].join(" "))))
    {
        return Some(EntityKind::Organization);
    }
    if words.len() == 1 && MEDIA.contains(&last) {
        return Some(EntityKind::Organization);
    }
    None
}

/// The kind of a name without a title, from the words around it: name
/// words `n..b`, of a run starting at word `a`.
#[allow(clippy::too_many_arguments)]
pub(super) fn kind_in_context(
    text: &str,
    words: &[Word],
    n: usize,
    b: usize,
    name: &str,
    affiliated: bool,
    prev_entity: Option<&(Range<usize>, EntityValue)>,
) -> EntityKind {
    // "Rancho Mirage, Calif.", "Newport Beach, CA"
    let after_place = n > 0
        && text[words[n - 1].1..words[n].0] == *", "
        && prev_entity.is_some_and(|(r, e)| {
            e.entity == EntityKind::Place && r.end <= words[n - 1].1 && r.end > words[n - 1].0
        });
    if after_place && b - n == 1 && STATE_ABBR_SET.contains(name.to_lowercase().as_str())
        || after_place && name.len() == 2 && is_acronym(name)
    {
        return EntityKind::Place;
    }
    // A name wholly inside quotation marks is the title of a work: the
    // “American Pie” actress, the TV show "Scrubs". Not a nickname between
    // a first name and a surname: Mark “Deep Throat” Felt.
    let quoted = text[..words[n].0].ends_with(['“', '"', '‘'])
        && text[words[b - 1].1..].starts_with(['”', '"', '’']);
    let nickname = n > 0
        && b < words.len()
        && capitalized(words[n - 1].2)
        && !matches!(
            words[n - 1].2.to_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their" | "its" | "in" | "on"
        )
        && capitalized(words[b].2)
        // Nor a nickname told as one: "also known as “Crazy T”".
        || n > 0
            && matches!(
                words[n - 1].2.to_lowercase().as_str(),
                "as" | "alias" | "nicknamed" | "dubbed" | "called"
            );
    if quoted && !nickname {
        return EntityKind::Other;
    }
    if let Some(k) = kind_from_name(name) {
        return k;
    }
    let prev = prev_word(text, words, n).map(str::to_lowercase);
    let prev = prev.as_deref();
    let next = next_word(text, words, b).map(bare);
    let single = b - n == 1;
    if prev.is_some_and(|p| PERSON_BEFORE.contains(&p.trim_end_matches('.'))) {
        return EntityKind::Person;
    }
    if affiliated {
        return EntityKind::Organization;
    }
    // "the Kraft plant", "the Morningside Recovery rehab facility" (but
    // "a Malibu rehab center" is a place's).
    let org_after = next.is_some_and(|w| ORG_AFTER.contains(&w))
        || prev == Some("the")
            && next.is_some_and(|w| !capitalized(w))
            && next_word(text, words, b + 1).is_some_and(|w| ORG_AFTER.contains(&bare(w)));
    if org_after {
        return EntityKind::Organization;
    }
    let plural = name.ends_with('s') && !name.ends_with("ss") && !is_possessive(name);
    if prev == Some("the") && plural {
        return EntityKind::Organization;
    }
    if next.is_some_and(|w| PLACE_AFTER.contains(&w)) {
        return EntityKind::Place;
    }
    let next_is_number = next.is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()));
    if matches!(prev, Some("in" | "near")) && !next_is_number {
        return EntityKind::Place;
    }
    if prev == Some("of")
        && n >= 2
        && prev_word(text, words, n - 1).is_some_and(|w| PLACE_OF.contains(&key(w).as_str()))
    {
        return EntityKind::Place;
    }
    // "Wasilla, Alaska", "Jacksonville, Fla."
    let end = words[b - 1].1;
    if b < words.len() && text[end..words[b].0] == *", " {
        let w = words[b].2;
        let abbr = w.trim_end_matches('.').to_lowercase();
        let two = (b + 1 < words.len() && text[words[b].1..words[b + 1].0] == *" ")
            .then(|| format!("{} {}", w, bare(words[b + 1].2)));
        if STATE_ABBR_SET.contains(abbr.as_str())
            || is_known_place(bare(w))
            || two.is_some_and(|t| is_known_place(&t))
        {
            return EntityKind::Place;
        }
    }
    // "High Street, Banstead, ..."
    if n > 0
        && text[words[n - 1].1..words[n].0] == *", "
        && prev_entity.is_some_and(|(r, e)| {
            e.entity == EntityKind::Place && r.end <= words[n - 1].1 && r.end > words[n - 1].0
        })
        && text[words[b - 1].1..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | ';'))
    {
        return EntityKind::Place;
    }
    if single {
        // A verb of people ("Heller told"); an auxiliary or a past tense
        // only with a personal pronoun later ("Lohan rear-ended a truck
        // with her Porsche"): companies do things too ("Microsoft fixed").
        let pronoun_later = text[end..].split(|c: char| !c.is_alphabetic()).any(|w| {
            matches!(
                w,
                "he" | "his" | "him" | "himself" | "she" | "her" | "herself"
            )
        });
        let determiner = matches!(
            prev,
            Some("her" | "his" | "their" | "its" | "our" | "my" | "your" | "a" | "an" | "the")
        );
        let verb = !determiner
            && next.is_some_and(|w| {
                PERSON_VERBS.contains(&w)
                    || pronoun_later
                        && (AUXILIARIES.contains(&w)
                            || w.len() >= 5
                                && w.ends_with("ed")
                                && !w.ends_with("eed")
                                && !capitalized(w))
            });
        let after_said = matches!(prev, Some("said" | "says"))
            && text[words[b - 1].1..]
                .trim_start_matches(['.', ','])
                .is_empty()
            || matches!(prev, Some("said" | "says")) && text[end..].starts_with([',', '.', ';']);
        let according = prev == Some("to")
            && n >= 2
            && prev_word(text, words, n - 1).is_some_and(|w| w.eq_ignore_ascii_case("according"));
        if verb || after_said || according {
            return EntityKind::Person;
        }
    }
    let ws: Vec<&str> = name.split_whitespace().collect();
    if (2..=4).contains(&ws.len()) && ws.iter().all(|w| capitalized(w) && !is_acronym(w)) {
        return EntityKind::Person;
    }
    EntityKind::Other
}
