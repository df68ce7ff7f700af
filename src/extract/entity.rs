//! Entities: names of people, organizations and places, with the titles
//! attached to people ("NATO Secretary General Jens Stoltenberg"), and
//! aliases resolved across the corpus ("Stoltenberg" = "Jens Stoltenberg",
//! "NATO PA" = "NATO Parliamentary Assembly", "U.S." = "United States").
//!
//! A capitalization-based recognizer: runs of capitalized words (with "of",
//! "the", "for", "and" inside), split into a leading title and a trailing
//! name. It needs no model and is fast; its kinds are heuristics (title →
//! person, organization words or acronyms → organization, countries and
//! demonyms → place).

use crate::calendar::{month_number, weekday_number};
use crate::segment::Segmented;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A named entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityValue {
    /// The name as written, without its title.
    pub name: String,
    /// The name all its aliases resolve to.
    pub canonical: String,
    pub entity: EntityKind,
    /// The title written before a person's name ("Secretary General").
    pub title: Option<String>,
}

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

/// Capitalized words that do not start a name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "To",
    "For",
    "From",
    "By",
    "With",
    "However",
    "According",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "Some",
    "Other",
    "Others",
    "Several",
    "Earlier",
    "Additionally",
    "Otherwise",
    "Speaking",
    "Only",
    "Even",
    "Now",
    "Not",
    "If",
    "Because",
    "Since",
    "As",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "Also",
    "Then",
    "Meanwhile",
    "After",
    "Before",
    "While",
    "When",
    "Where",
    "What",
    "Why",
    "How",
    "Who",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "My",
    "Your",
    "There",
    "Here",
    "Allies",
    "Especially",
    "Together",
    "Give",
    "Temporary",
    "Military",
    "Many",
    "Most",
    "All",
    "No",
    "Any",
    "Each",
    "Every",
    "One",
    "Two",
    "Three",
    "Both",
    "Last",
    "Next",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Read",
    "Please",
    "Yes",
    "Still",
    "Just",
    "Despite",
    "During",
    "Under",
    "Over",
    "Asked",
    "Yesterday",
    "Today",
    "Tonight",
    "Tomorrow",
    "Instead",
    "Later",
    "Overall",
    "Again",
    "Nevertheless",
    "Nonetheless",
    "Moreover",
    "Furthermore",
    "Thus",
    "Therefore",
    "Indeed",
    "Besides",
    "Afterwards",
    "Afterward",
    "Perhaps",
    "Everyone",
    "Everybody",
    "Someone",
    "Somebody",
    "Anyone",
    "Nobody",
    "Nothing",
    "Everything",
    "Something",
    "Another",
    "Such",
    "Neither",
    "Either",
    "Among",
    "About",
    "Around",
    "Through",
    "Between",
    "Against",
    "Without",
    "Within",
    "Until",
    "Unless",
    "Although",
    "Though",
    "Whether",
    "Which",
    "Once",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
];

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
const DIRECTIONS: &[&str] = &[
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

/// Places known by name (lower case, `|`-separated): countries without a
/// demonym in `COUNTRIES`, US states, continents and regions, capitals and
/// large cities.
const PLACES: &str = "albania|algeria|andorra|angola|armenia|azerbaijan|bahamas|bahrain|bangladesh|barbados|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brunei|burkina faso|burundi|cambodia|cameroon|chad|chile|colombia|congo|costa rica|cuba|cyprus|djibouti|dominican republic|ecuador|el salvador|eritrea|ethiopia|fiji|gabon|gambia|ghana|guatemala|guinea|guyana|haiti|honduras|iceland|ivory coast|jamaica|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|lebanon|lesotho|liberia|libya|liechtenstein|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nepal|new zealand|nicaragua|niger|nigeria|north macedonia|macedonia|oman|palestine|panama|paraguay|peru|philippines|qatar|rwanda|senegal|sierra leone|singapore|slovenia|somalia|south africa|south sudan|sri lanka|sudan|suriname|tajikistan|tanzania|thailand|togo|tunisia|turkmenistan|uganda|united arab emirates|uae|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe|taiwan|tibet|hong kong|macau|greenland|england|scotland|wales|northern ireland|crimea|donbas|donbass|gaza|gaza strip|west bank|kashmir|chechnya|siberia|kurdistan|catalonia|europe|asia|africa|antarctica|oceania|arctic|caribbean|balkans|baltics|scandinavia|middle east|latin america|north america|south america|central america|central asia|east asia|southeast asia|alps|andes|himalayas|rockies|sahara|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|ontario|quebec|british columbia|alberta|bavaria|kyiv|kiev|kharkiv|kharkov|odesa|odessa|lviv|dnipro|zaporizhzhia|mariupol|kherson|donetsk|luhansk|bakhmut|avdiivka|sumy|chernihiv|mykolaiv|moscow|st. petersburg|saint petersburg|belgorod|kursk|minsk|warsaw|krakow|vilnius|riga|tallinn|helsinki|stockholm|oslo|copenhagen|berlin|munich|frankfurt|hamburg|paris|marseille|lyon|london|manchester|liverpool|birmingham|edinburgh|glasgow|dublin|belfast|brussels|amsterdam|the hague|rotterdam|luxembourg|geneva|zurich|bern|vienna|prague|bratislava|budapest|bucharest|sofia|belgrade|zagreb|ljubljana|sarajevo|skopje|tirana|athens|rome|milan|naples|venice|florence|madrid|barcelona|lisbon|ankara|istanbul|tbilisi|yerevan|baku|chisinau|tehran|baghdad|damascus|beirut|amman|jerusalem|tel aviv|riyadh|jeddah|doha|dubai|abu dhabi|muscat|sanaa|kabul|islamabad|karachi|lahore|new delhi|delhi|mumbai|kolkata|dhaka|kathmandu|colombo|beijing|shanghai|hong kong|guangzhou|shenzhen|wuhan|taipei|tokyo|osaka|seoul|pyongyang|manila|jakarta|bangkok|hanoi|ho chi minh city|kuala lumpur|sydney|melbourne|canberra|auckland|wellington|cairo|alexandria|tripoli|tunis|algiers|rabat|casablanca|khartoum|addis ababa|nairobi|mogadishu|lagos|abuja|accra|dakar|kinshasa|johannesburg|cape town|pretoria|ottawa|toronto|montreal|vancouver|mexico city|havana|caracas|bogota|lima|quito|santiago|buenos aires|sao paulo|rio de janeiro|brasilia|montevideo|washington|new york city|los angeles|chicago|houston|philadelphia|phoenix|san antonio|san diego|dallas|san francisco|seattle|boston|miami|atlanta|detroit|denver|baltimore|las vegas|new orleans|nashville|memphis|portland|minneapolis|st. louis|pittsburgh|cleveland|cincinnati|indianapolis|milwaukee|kansas city|sacramento|honolulu|anchorage|brooklyn|manhattan|queens|bronx|hollywood|jacksonville|tampa|orlando|charlotte|austin|columbus|oakland|buffalo|newark|silicon valley|wall street|midwest|new england|mediterranean|pacific|atlantic";

/// US state abbreviations as written after a city ("Jacksonville, Fla.").
const STATE_ABBREVIATIONS: &str = "ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|n.h|n.j|n.m|n.y|n.c|n.d|okla|ore|pa|r.i|s.c|s.d|tenn|tex|vt|va|wash|w.va|wis|wyo|d.c";

/// Newspapers, magazines and agencies whose names are common words.
const MEDIA: &[&str] = &[
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

/// Time zones, not organizations.
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT", "ET", "PT", "MSK", "IST", "JST",
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
const PERSON_VERBS: &[&str] = &[
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

/// Words that start a road name completed by a number ("Interstate 75").
const NUMBERED: &[&str] = &["Interstate", "Highway", "Route", "Hwy"];

/// Continents and regions an organization's name may end with
/// ("Organization for Security and Cooperation in Europe").
const REGIONS: &[&str] = &[
    "Europe", "Asia", "Africa", "America", "Americas", "Pacific", "Atlantic", "Arctic",
];

static PLACE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| PLACES.split('|').collect());

static STATE_ABBR_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STATE_ABBREVIATIONS.split('|').collect());

/// Countries with their demonyms and other names (lower case), so that
/// "Italian" links to Italy and "U.S." to the United States.
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "United States",
        &[
            "american",
            "us",
            "usa",
            "united states of america",
            "america",
        ],
    ),
    (
        "United Kingdom",
        &["british", "uk", "britain", "great britain"],
    ),
    ("Russia", &["russian", "russian federation"]),
    ("Ukraine", &["ukrainian"]),
    ("Germany", &["german"]),
    ("France", &["french"]),
    ("Italy", &["italian"]),
    ("Spain", &["spanish"]),
    ("Poland", &["polish"]),
    ("Bulgaria", &["bulgarian"]),
    ("Lithuania", &["lithuanian"]),
    ("Latvia", &["latvian"]),
    ("Estonia", &["estonian"]),
    ("Romania", &["romanian"]),
    ("Hungary", &["hungarian"]),
    ("Czech Republic", &["czech", "czechia"]),
    ("Slovakia", &["slovak"]),
    ("Netherlands", &["dutch", "holland"]),
    ("Belgium", &["belgian"]),
    ("Sweden", &["swedish"]),
    ("Norway", &["norwegian"]),
    ("Finland", &["finnish"]),
    ("Denmark", &["danish"]),
    ("Greece", &["greek"]),
    ("Turkey", &["turkish", "turkiye", "türkiye"]),
    ("Canada", &["canadian"]),
    ("Mexico", &["mexican"]),
    ("China", &["chinese"]),
    ("Japan", &["japanese"]),
    ("India", &["indian"]),
    ("Pakistan", &["pakistani"]),
    ("Iran", &["iranian"]),
    ("Iraq", &["iraqi"]),
    ("Israel", &["israeli"]),
    ("Egypt", &["egyptian"]),
    ("Indonesia", &["indonesian"]),
    ("Australia", &["australian"]),
    ("Brazil", &["brazilian"]),
    ("Argentina", &["argentine", "argentinian"]),
    ("Ireland", &["irish"]),
    ("Portugal", &["portuguese"]),
    ("Austria", &["austrian"]),
    ("Switzerland", &["swiss"]),
    ("Belarus", &["belarusian"]),
    ("Georgia", &["georgian"]),
    ("Serbia", &["serbian"]),
    ("Croatia", &["croatian"]),
    ("Afghanistan", &["afghan"]),
    ("Syria", &["syrian"]),
    ("Saudi Arabia", &["saudi"]),
    ("South Korea", &["south korean"]),
    ("North Korea", &["north korean"]),
];

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*").expect("valid word pattern")
});

/// A word of the statement: byte start, byte end, text.
type Word<'a> = (usize, usize, &'a str);

/// A word without its possessive ending, lower case.
fn key(w: &str) -> String {
    let l = w.to_lowercase();
    l.strip_suffix("'s")
        .or_else(|| l.strip_suffix("’s"))
        .unwrap_or(&l)
        .to_string()
}

fn is_title_word(w: &str) -> bool {
    TITLE_WORDS.contains(&key(w).as_str())
}

/// A title word that can end a title ("Minister", "Adm.", not "Vice").
fn is_core_title(w: &str) -> bool {
    let k = key(w);
    TITLE_WORDS.contains(&k.as_str()) && !MODIFIERS.contains(&k.trim_end_matches('.'))
}

fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(&strip_possessive(w))
}

fn is_place_word(w: &str) -> bool {
    PLACE_WORDS.contains(&strip_possessive(w))
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// A word without trailing sentence punctuation.
fn bare(w: &str) -> &str {
    w.trim_end_matches(['.', ',', ';', ':'])
}

/// The country a name or demonym refers to.
pub fn country_of(name: &str) -> Option<&'static str> {
    // Every name and demonym, lower case, to its country: a lookup, not a
    // scan of the table (this runs for every capitalized word).
    static INDEX: LazyLock<std::collections::HashMap<String, &'static str>> = LazyLock::new(|| {
        let mut index = std::collections::HashMap::new();
        for (country, others) in COUNTRIES.iter().rev() {
            for other in others.iter() {
                index.insert(other.to_string(), *country);
            }
        }
        // A country's own name wins over another's alias.
        for (country, _) in COUNTRIES.iter().rev() {
            index.insert(country.to_lowercase(), *country);
        }
        index
    });
    INDEX.get(&name.replace('.', "").to_lowercase()).copied()
}

/// Adjectives of regions and peoples that are not countries' demonyms.
const REGION_ADJECTIVES: &[&str] = &[
    "asian",
    "european",
    "african",
    "arab",
    "arabic",
    "latin",
    "alaskan",
    "texan",
    "californian",
    "kurdish",
    "chechen",
    "sicilian",
    "bavarian",
    "siberian",
    "scottish",
    "welsh",
    "english",
    "somali",
    "somalian",
    "yemeni",
    "ethiopian",
    "kenyan",
    "nigerian",
    "lebanese",
    "jordanian",
    "libyan",
    "moroccan",
    "algerian",
    "tunisian",
    "sudanese",
    "vietnamese",
    "thai",
    "filipino",
    "malaysian",
    "cuban",
    "venezuelan",
    "colombian",
    "chilean",
    "peruvian",
    "palestinian",
    "qatari",
    "kuwaiti",
    "emirati",
    "armenian",
    "azerbaijani",
    "azeri",
    "moldovan",
    "slovenian",
    "turkmen",
    "kazakh",
    "uzbek",
    "tajik",
    "kyrgyz",
    "bosnian",
    "albanian",
    "macedonian",
    "montenegrin",
    "icelandic",
    "luxembourgish",
    "nepali",
    "bangladeshi",
    "sri lankan",
    "cambodian",
    "burmese",
    "mongolian",
    "tibetan",
    "taiwanese",
    "korean",
    "hawaiian",
    "soviet",
    "western",
    "eastern",
    "northern",
    "southern",
];

/// Whether a word is a nationality adjective or noun ("Russian",
/// "Americans"), as opposed to a country's name ("U.S.", "Britain").
pub fn is_demonym(w: &str) -> bool {
    if is_acronym(w) {
        return false;
    }
    let k = w.replace('.', "").to_lowercase();
    // Demonyms (lower case) from the country table, computed once.
    static DEMONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        let all: Vec<&'static str> = COUNTRIES
            .iter()
            .flat_map(|(_, others)| others.iter().copied())
            .collect();
        all.into_iter().filter(|k| is_demonym_key(k)).collect()
    });
    let is = |k: &str| DEMONYMS.contains(k);
    let region = |k: &str| REGION_ADJECTIVES.contains(&k);
    is(&k)
        || k.strip_suffix('s').is_some_and(is)
        || region(&k)
        || k.strip_suffix('s').is_some_and(region)
}

/// The table's rule for a demonym: another name of a country that is not
/// itself a country's name nor one of its short forms.
fn is_demonym_key(k: &str) -> bool {
    let is = |k: &str| {
        COUNTRIES.iter().any(|(country, others)| {
            country.to_lowercase() != k
                && others.contains(&k)
                && !matches!(
                    k,
                    "america"
                        | "britain"
                        | "great britain"
                        | "holland"
                        | "czechia"
                        | "turkiye"
                        | "türkiye"
                )
        })
    };
    is(k)
}

/// Whether a name is a known place: a country, a US state, a continent or
/// region, a capital or large city.
pub fn is_known_place(name: &str) -> bool {
    let k = name.to_lowercase();
    PLACE_SET.contains(k.as_str()) || (country_of(name).is_some() && !is_demonym(name))
}

/// Strips a possessive ending.
fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
        .trim_end_matches(['.', '\''])
}

/// The word before word `a`, when only spaces separate them.
fn prev_word<'a>(text: &str, words: &[Word<'a>], a: usize) -> Option<&'a str> {
    (a > 0 && text[words[a - 1].1..words[a].0] == *" ").then(|| words[a - 1].2)
}

/// The word at `b` (after a name ending at word `b - 1`), when only a space
/// separates them.
fn next_word<'a>(text: &str, words: &[Word<'a>], b: usize) -> Option<&'a str> {
    (b < words.len() && b > 0 && text[words[b - 1].1..words[b].0] == *" ").then(|| words[b].2)
}

/// Whether a run of words is a person's name after a title ("Lt. Bob
/// Rifkin", "President Joe Biden").
fn titled_person(run: &[Word]) -> bool {
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

/// Whether a run of words looks like a plain person's name ("Mike
/// Turner"): two or three capitalized words, none an acronym, a title, an
/// organization or a place word.
fn plain_name(run: &[Word]) -> bool {
    (2..=3).contains(&run.len())
        && run.iter().all(|w| {
            capitalized(w.2)
                && !is_acronym(w.2)
                && !is_title_word(w.2)
                && !is_org_word(w.2)
                && !is_place_word(w.2)
                && !DIRECTIONS.contains(&w.2)
        })
        && !is_known_place(&run.iter().map(|w| w.2).collect::<Vec<_>>().join(" "))
}

/// Where the run of name words starting at `i` ends (exclusive), and
/// whether it stopped before "of" followed by the person's organization
/// ("Lt. Bob Rifkin of Operation Safe Streets").
fn run_end(text: &str, words: &[Word], i: usize) -> (usize, bool) {
    let mut j = i + 1;
    while j < words.len() {
        let (ws, _, wj) = words[j];
        let prev = words[j - 1].2;
        // A comma, bracket or quote between two words ends the name.
        if text[words[j - 1].1..ws] != *" " {
            break;
        }
        // A possessive ends it too, unless it is a title's or an
        // organization's ("Los Angeles County Sheriff's Deputy").
        if is_possessive(prev) && !(is_title_word(prev) || is_org_word(prev)) {
            break;
        }
        // "Philadelphia 76ers"
        let team_number = wj.starts_with(|c: char| c.is_ascii_digit()) && bare(wj).ends_with("ers");
        if capitalized(wj) && !NOT_NAMES.contains(&wj) || team_number {
            j += 1;
            continue;
        }
        // "Interstate 75"
        if NUMBERED.contains(&prev) && bare(wj).bytes().all(|b| b.is_ascii_digit()) {
            return (j + 1, false);
        }
        let cap_at = |k: usize| {
            k < words.len() && capitalized(words[k].2) && text[words[k - 1].1..words[k].0] == *" "
        };
        if !cap_at(j + 1) {
            break;
        }
        let run = &words[i..j];
        // "Vincent Jackson for Sunday's game": a day or a month after a
        // joining word is not more of the name.
        if day_or_month(words[j + 1].2) {
            break;
        }
        match wj {
            "of" => {
                // "the Social Democrats of Prime Minister Joren Haas": a
                // title after "of" starts a person, not more of the name.
                let mut k = j + 1;
                while k < words.len()
                    && capitalized(words[k].2)
                    && text[words[k - 1].1..words[k].0] == *" "
                {
                    k += 1;
                }
                if title_len(run) < run.len() && titled_person(&words[j + 1..k]) {
                    break;
                }
                if titled_person(run) {
                    return (j, true);
                }
                j += 2;
            }
            "and" => {
                let right_name = cap_at(j + 2) && !NOT_NAMES.contains(&words[j + 2].2);
                if titled_person(run) || plain_name(run) && right_name {
                    break;
                }
                // "Somalia and Yemen" are two places; "Trinidad and Tobago"
                // is one.
                let two_places = || {
                    let left = run.iter().map(|w| w.2).collect::<Vec<_>>().join(" ");
                    let right = bare(words[j + 1].2);
                    is_known_place(&left)
                        && is_known_place(right)
                        && !is_known_place(&format!("{left} and {right}"))
                };
                if !cap_at(j + 2) && two_places() {
                    break;
                }
                j += 2;
            }
            "for" | "the" | "de" | "von" | "van" | "al" => j += 2,
            "in" if is_org_word(run[0].2)
                && run.iter().any(|w| matches!(w.2, "of" | "for"))
                && REGIONS.contains(&bare(words[j + 1].2))
                && !cap_at(j + 2) =>
            {
                j += 2
            }
            _ => break,
        }
    }
    (j, false)
}

/// A weekday or a month written out ("Sunday's", "March"; not "May").
fn day_or_month(w: &str) -> bool {
    let w = strip_possessive(bare(w));
    w.len() >= 4 && (weekday_number(w).is_some() || month_number(w).is_some())
}

/// How many leading words of a run are its title: 0 for none, the run's
/// length when it is a title alone ("Prime Minister").
fn title_len(run: &[Word]) -> usize {
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

/// Whether a lone word at the start of the statement is a name: a known
/// place, an acronym, a name with an inner capital ("LaCalamita"), or a
/// word followed by a person's verb ("Heller told", "Reid checked herself")
/// or by an appositive ("Felt, the No. 2 official").
fn initial_name(text: &str, words: &[Word], n: usize, name: &str) -> bool {
    if is_acronym(name) {
        return !TIME_ZONES.contains(&name);
    }
    // "Ilves, a former finance minister, ..." (even a name ending in "s").
    // Not one without an article: "Meanwhile, deputy director …" names
    // no one.
    if is_known_place(name) || lower_title_after(text, words[n].1, false).is_some() {
        return true;
    }
    if is_org_word(name)
        || is_place_word(name)
        || MEDIA.contains(&name)
        || name.ends_with("ly")
        || name.ends_with('s')
    {
        return false;
    }
    let inner_capital = name.chars().skip(1).any(char::is_uppercase)
        && name.chars().any(char::is_lowercase)
        && !name.contains('-');
    if inner_capital {
        return true;
    }
    if let Some(next) = next_word(text, words, n + 1) {
        let next = bare(next);
        if PERSON_VERBS.contains(&next) {
            return true;
        }
        let pronoun_later = text[words[n].1..]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| {
                matches!(
                    w,
                    "he" | "his" | "him" | "himself" | "she" | "her" | "herself"
                )
            });
        if next.ends_with("ed") && pronoun_later {
            return true;
        }
    }
    // An appositive: "Felt, the ...", "Smith, 45, ...".
    let rest = &text[words[n].1..];
    if let Some(r) = rest.strip_prefix(", ") {
        let first = r.split(' ').next().unwrap_or("");
        return matches!(first, "the" | "a" | "an" | "who")
            || first.len() > 1
                && first.ends_with(',')
                && first[..first.len() - 1].bytes().all(|b| b.is_ascii_digit());
    }
    false
}

/// Whether a lone word or run should not be an entity at all: demonyms and
/// compass adjectives before a noun ("Russian soil", "Western weapons"),
/// time zones, the month "May" in a date.
fn not_an_entity(text: &str, words: &[Word], a: usize, b: usize, name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    if ws.len() > 1 {
        // "Somali and Yemeni", "Central Asian"
        return ws
            .iter()
            .all(|w| is_demonym(w) || DIRECTIONS.contains(w) || matches!(*w, "and" | "or"))
            && ws.iter().any(|w| is_demonym(w));
    }
    if b - a != 1 {
        return false;
    }
    // "Ethiopian-flagged"
    if let Some((head, tail)) = name.split_once('-') {
        if is_demonym(head) && tail.chars().all(|c| c.is_lowercase() || c == '-') {
            return true;
        }
    }
    if is_demonym(name) || DIRECTIONS.contains(&name) || TIME_ZONES.contains(&name) {
        return true;
    }
    if name == "May" {
        let next_num = next_word(text, words, b)
            .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()));
        let prev_date = prev_word(text, words, a).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "in" | "on"
                    | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "from"
                    | "through"
                    | "of"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "between"
                    | "and"
                    | "to"
                    | "before"
                    | "after"
                    | "during"
            )
        });
        return next_num || prev_date;
    }
    false
}

/// The kind of a name from its own words, when they tell.
fn kind_from_name(name: &str) -> Option<EntityKind> {
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
    if words.len() >= 2
        && team_word(last)
        && (1..words.len()).any(|k| is_known_place(&words[..k].join(" ")))
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
fn kind_in_context(
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

/// A word, cut where a dash stands for a double dash before a lower-case
/// function word ("Zurana Horton-who was a mother of 12-another mom"): the
/// name ends at the dash.
fn dash_split(start: usize, w: &str) -> Vec<Word<'_>> {
    const FUNCTION: &[&str] = &[
        "who", "which", "that", "and", "but", "or", "the", "a", "an", "was", "is", "were", "as",
        "in", "on", "at", "for", "with", "another", "his", "her", "their",
    ];
    if let Some((head, tail)) = w.split_once('-') {
        let mut pieces = tail.split('-');
        let first = pieces.next().unwrap_or("");
        // "Southend-on-Sea", "Henley-on-Thames": a name that goes on after
        // its function word is one name.
        let name_goes_on = pieces.any(|p| p.chars().next().is_some_and(char::is_uppercase));
        if !head.is_empty() && FUNCTION.contains(&first) && !name_goes_on {
            let t = start + head.len() + 1;
            return vec![(start, start + head.len(), head), (t, t + tail.len(), tail)];
        }
    }
    vec![(start, start + w.len(), w)]
}

/// Every entity in a statement, with its byte range (title included).
pub fn extract(text: &str) -> Vec<(Range<usize>, EntityValue)> {
    let words: Vec<Word> = WORD
        .find_iter(text)
        .flat_map(|m| dash_split(m.start(), m.as_str()))
        .collect();
    let mut out: Vec<(Range<usize>, EntityValue)> = Vec::new();
    let mut i = 0;
    // The first word of a person's organization ("of Operation Safe Streets").
    let mut affiliation: Option<usize> = None;
    while i < words.len() {
        let w = words[i].2;
        if !capitalized(w) || NOT_NAMES.contains(&strip_possessive(w)) && !is_title_word(w) {
            i += 1;
            continue;
        }
        let (j, before_of) = run_end(text, &words, i);
        let affiliated = affiliation == Some(i);
        affiliation = before_of.then_some(j + 1);
        let run = &words[i..j];
        let mut a = i;
        i = j;
        let k = title_len(run);
        // A nationality before a name is not part of it ("American Hasim
        // Rahman").
        if k == 0 && run.len() >= 3 && is_demonym(run[0].2) && plain_name(&run[1..]) {
            a += 1;
        }
        if k == run.len() {
            // A title alone: what qualifies it may still be a name ("the
            // NATO Secretary General", "the Alaska Governor").
            let f = run.iter().position(|w| is_title_word(w.2)).unwrap_or(0);
            let prefix = &text[words[a].0..words[a + f.max(1) - 1].1];
            if f > 0 && kind_from_name(strip_possessive(prefix)).is_some() {
                if let Some(e) = entity(text, &words, a, a, a + f, false, out.last()) {
                    out.push(e);
                }
            }
            continue;
        }
        if let Some(e) = entity(text, &words, a, a + k, j, affiliated, out.last()) {
            out.push(e);
        }
    }
    out
}

/// The entity of run `a..b` whose name starts at word `n` (words `a..n` are
/// its title).
fn entity(
    text: &str,
    words: &[Word],
    a: usize,
    n: usize,
    b: usize,
    affiliated: bool,
    prev_entity: Option<&(Range<usize>, EntityValue)>,
) -> Option<(Range<usize>, EntityValue)> {
    // "Typically Microsoft released …": a statement's opening adverb is
    // capitalized only because it opens the statement.
    let (a, n) = if a == n
        && b - n >= 2
        && !text[..words[n].0].chars().any(char::is_alphanumeric)
        && crate::facts::lexicon::is_adverb(&text[words[n].0..words[n].1].to_lowercase())
    {
        (a + 1, n + 1)
    } else {
        (a, n)
    };
    let s = words[a].0;
    let name_start = words[n].0;
    let end = words[b - 1].1;
    let name = strip_possessive(text[name_start..end].trim_end_matches(['.', ','])).to_string();
    if name.len() < 2 {
        return None;
    }
    let has_title = n > a;
    if !has_title && not_an_entity(text, words, n, b, &name) {
        return None;
    }
    // A lone statement-initial word is usually not a name.
    let initial = !text[..s].chars().any(char::is_alphanumeric);
    if initial && b - n == 1 && !has_title && !initial_name(text, words, n, &name) {
        return None;
    }
    let mut title = has_title.then(|| text[s..words[n - 1].1].to_string());
    // News style writes most offices in lower case, before the name or in
    // an appositive after it ("former finance minister Marta Ilves",
    // "Holt, the club's sporting director,").
    let mut s = s;
    if !has_title {
        if let Some(t) = lower_title_before(text, words, a) {
            s = words[t].0;
            title = Some(text[s..words[a - 1].1].to_string());
        } else {
            title = lower_title_after(text, name_start + name.len(), true);
        }
    }
    let has_title = title.is_some();
    let kind = if has_title {
        kind_from_name(&name)
            .filter(|k| *k == EntityKind::Organization)
            .unwrap_or(EntityKind::Person)
    } else {
        match kind_in_context(text, words, n, b, &name, affiliated, prev_entity) {
            // A lone initial word accepted as a name by its verb or its
            // appositive ("Felt, the No. 2 official at the FBI, ...").
            EntityKind::Other if initial && b - n == 1 => EntityKind::Person,
            k => k,
        }
    };
    let canonical = match kind {
        EntityKind::Place => country_of(&name).unwrap_or(&name).to_string(),
        _ => name.replace('.', "").trim().to_string(),
    };
    let range_end = name_start + name.len();
    Some((
        s..range_end.max(s),
        EntityValue {
            name,
            canonical,
            entity: kind,
            title,
        },
    ))
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
fn lower_title_before(text: &str, words: &[Word], a: usize) -> Option<usize> {
    let spaced = |k: usize| text[words[k].1..words[k + 1].0] == *" ";
    if a == 0 || !spaced(a - 1) {
        return None;
    }
    let office = words[a - 1].2;
    if capitalized(office) || !LOWER_OFFICES.contains(&office) {
        return None;
    }
    let mut t = a - 1;
    // A capitalized title word still qualifies ("Chief executive Omar
    // Said" opening a sentence).
    while t > 0
        && a - 1 - t < 3
        && spaced(t - 1)
        && (qualifies_office(words[t - 1].2)
            || is_title_word(words[t - 1].2)
            // A rank word opening the sentence is capitalized only for
            // that ("Assistant general manager Tony DiLeo").
            || t == 1 && SENTENCE_START_RANKS.contains(&words[0].2.to_lowercase().as_str()))
    {
        t -= 1;
    }
    Some(t)
}

/// An office in an appositive right after a name ending at byte `end`
/// (", a former finance minister," or ", the club's sporting director."),
/// without the owner's possessive. Without an article, the office may be
/// followed by its employer (", security research and communications
/// director at McAfee Labs,"; ", spokeswoman for the Texas Department of
/// Criminal Justice"), when `bare` allows one without an article.
fn lower_title_after(text: &str, end: usize, bare: bool) -> Option<String> {
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

/// Letters that identify a name for acronym matching: an acronym's letters,
/// or the initials of the other words ("NATO Parliamentary Assembly" and
/// "NATO PA" both give "NATOPA").
fn acronym_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "for" | "and"))
        .map(|w| {
            let clean: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            if is_acronym(w) {
                clean
            } else {
                clean
                    .chars()
                    .next()
                    .map(|c| c.to_uppercase().to_string())
                    .unwrap_or_default()
            }
        })
        .collect()
}

/// Resolves aliases over the whole corpus: a surname alone to the one full
/// name ending with it, an acronym to the one long name it abbreviates.
pub fn resolve_aliases(segmented: &Segmented, details: &mut [Vec<super::Detail>]) {
    let mut full_names: HashMap<String, Vec<String>> = HashMap::new();
    let mut long_names: HashMap<String, Vec<String>> = HashMap::new();
    // First word of multi-word names → whether they are all organizations
    // ("Microsoft" and "Microsoft Corp.", "Kraft" and "Kraft Foods").
    let mut org_heads: HashMap<String, bool> = HashMap::new();
    for (i, ds) in details.iter().enumerate() {
        let statement = &segmented.statements[i];
        for d in ds {
            if let super::Normalized::Entity(e) = &d.normalized {
                // A line in title case ("Colts Beat Chiefs 20-13") runs verbs
                // into names: no surname resolves to what it reads.
                let text = &statement.text;
                let at = d.start.saturating_sub(statement.start).min(text.len());
                let from = text
                    .get(..at)
                    .and_then(|b| b.rfind('\n'))
                    .map_or(0, |k| k + 1);
                let to = text
                    .get(at..)
                    .and_then(|a| a.find('\n'))
                    .map_or(text.len(), |k| at + k);
                let line = text.get(from..to).unwrap_or("");
                if line.split_whitespace().count() >= 2 && super::quote::title_case(line) {
                    continue;
                }
                let words: Vec<&str> = e.canonical.split_whitespace().collect();
                if e.entity == EntityKind::Person && words.len() >= 2 {
                    let v = full_names
                        .entry(words[words.len() - 1].to_string())
                        .or_default();
                    if !v.contains(&e.canonical) {
                        v.push(e.canonical.clone());
                    }
                }
                if words.len() >= 2 {
                    let all_org = org_heads.entry(words[0].to_string()).or_insert(true);
                    *all_org &= e.entity == EntityKind::Organization;
                }
                if words.len() >= 2 && !words.iter().all(|w| is_acronym(w)) {
                    let v = long_names.entry(acronym_key(&e.canonical)).or_default();
                    if !v.contains(&e.canonical) {
                        v.push(e.canonical.clone());
                    }
                }
            }
        }
    }
    for (i, ds) in details.iter_mut().enumerate() {
        let statement = &segmented.statements[i];
        let verb_after = |end: usize| {
            statement
                .text
                .get(end.saturating_sub(statement.start)..)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| PERSON_VERBS.contains(&bare(w)))
        };
        for d in ds.iter_mut() {
            if let super::Normalized::Entity(e) = &mut d.normalized {
                let words: Vec<&str> = e.canonical.split_whitespace().collect();
                // A known place read as one in its sentence ("between Italy
                // and Egypt") keeps its kind though some person's surname
                // is spelled the same, unless a person's verb follows it
                // ("Washington said", with Leon Washington in the corpus).
                let place = || {
                    e.entity == EntityKind::Place && is_known_place(words[0]) && !verb_after(d.end)
                };
                // "the Colts": a person's surname takes no article, so a
                // team is not the surname of a full name read elsewhere
                // (a fan's "Go Colts" line).
                let article = || {
                    statement
                        .text
                        .get(..d.start.saturating_sub(statement.start))
                        .and_then(|before| before.split_whitespace().next_back())
                        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                };
                if words.len() == 1 && !place() && !article() {
                    if let Some([full]) = full_names.get(words[0]).map(Vec::as_slice) {
                        e.canonical = full.clone();
                        e.entity = EntityKind::Person;
                        continue;
                    }
                }
                if words.len() == 1
                    && matches!(e.entity, EntityKind::Person | EntityKind::Other)
                    && org_heads.get(words[0]) == Some(&true)
                {
                    e.entity = EntityKind::Organization;
                    continue;
                }
                if words.iter().all(|w| is_acronym(w) || w.len() <= 1) {
                    if let Some([long]) = long_names
                        .get(&acronym_key(&e.canonical))
                        .map(Vec::as_slice)
                    {
                        e.canonical = long.clone();
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Option<String>, EntityKind)> {
        extract(text)
            .into_iter()
            .map(|(_, e)| (e.name, e.title, e.entity))
            .collect()
    }

    #[test]
    fn an_opening_adverb_is_not_part_of_a_name() {
        let got = names("Typically Microsoft releases its patches on Tuesdays.");
        assert!(got.iter().any(|(n, _, _)| n == "Microsoft"), "{got:?}");
        // A first name that ends in -ly stays.
        let got = names("Kelly Clarkson sang the anthem.");
        assert!(got.iter().any(|(n, _, _)| n == "Kelly Clarkson"), "{got:?}");
    }

    #[test]
    fn a_dash_before_a_function_word_ends_the_name() {
        let got = names("Besides Maria Lenz-who was a nurse-two more people were hurt.");
        assert!(got.iter().any(|(n, _, _)| n == "Maria Lenz"), "{got:?}");
        // A double-barrelled name, or a place with a function word inside,
        // stays whole.
        let got = names("The ferry from Southend-on-Sea docked late.");
        assert!(
            got.iter().any(|(n, _, _)| n == "Southend-on-Sea"),
            "{got:?}"
        );
        let got = names("Besides Maria Lenz-Wolff two more people were hurt.");
        assert!(
            got.iter().any(|(n, _, _)| n == "Maria Lenz-Wolff"),
            "{got:?}"
        );
    }

    #[test]
    fn titles_split_from_names() {
        let got = names("Italian Foreign Minister Antonio Tajani, as well as Italian Deputy Prime Minister Matteo Salvini spoke against it.");
        assert_eq!(
            got,
            vec![
                (
                    "Antonio Tajani".into(),
                    Some("Italian Foreign Minister".into()),
                    EntityKind::Person
                ),
                (
                    "Matteo Salvini".into(),
                    Some("Italian Deputy Prime Minister".into()),
                    EntityKind::Person
                ),
            ]
        );
        let got = names(
            "NATO Secretary General Jens Stoltenberg has urged allies to allow Kyiv to retaliate.",
        );
        assert_eq!(
            got[0],
            (
                "Jens Stoltenberg".into(),
                Some("NATO Secretary General".into()),
                EntityKind::Person
            )
        );
    }

    fn titled(name: &str, title: &str) -> (String, Option<String>, EntityKind) {
        (name.into(), Some(title.into()), EntityKind::Person)
    }

    #[test]
    fn a_rank_word_opening_the_sentence_stays_in_the_title() {
        let titled_only =
            |t: &str| -> Vec<_> { names(t).into_iter().filter(|n| n.1.is_some()).collect() };
        let got = titled_only("Assistant general manager Tony DiLeo will replace Cheeks.");
        assert_eq!(got, vec![titled("Tony DiLeo", "Assistant general manager")]);
        let got = titled_only("Deputy head coach Mira Lund took over on Sunday.");
        assert_eq!(got, vec![titled("Mira Lund", "Deputy head coach")]);
    }

    #[test]
    fn lower_case_offices_are_titles() {
        let got = names("The bill was drafted by former defence minister Anna Berg and two aides.");
        assert_eq!(got, vec![titled("Anna Berg", "former defence minister")]);
        // The employer before the office is not part of it.
        let got = names("Harbour Trust chief executive Dana Moss said the wards would reopen.");
        assert_eq!(got.last(), Some(&titled("Dana Moss", "chief executive")));
        // An appositive after the name, even a surname ending in "s".
        let got = names("Jonas, a former finance minister, is expected to lead the talks.");
        assert_eq!(got, vec![titled("Jonas", "former finance minister")]);
        // Without an article, the employer after the office ends it; a
        // lone opening word is still no name.
        let got = names("said Priya Nair, network security and privacy director at Veltrix Labs.");
        assert_eq!(
            got.first(),
            Some(&titled(
                "Priya Nair",
                "network security and privacy director"
            ))
        );
        let got = names("Owen Pratt, spokesman for the Harbour Police, declined to comment.");
        assert_eq!(got.first(), Some(&titled("Owen Pratt", "spokesman")));
        let got = names("Meanwhile, deputy director Lars Holm resigned.");
        assert_eq!(got, vec![titled("Lars Holm", "deputy director")]);
        // A verb before the office, and roles that are not offices, stay out.
        let got = names("The club named coach Ben Ortiz and thanked lawyer Mark Heller.");
        assert_eq!(
            got,
            vec![
                titled("Ben Ortiz", "coach"),
                ("Mark Heller".into(), None, EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_titled_person_after_of_is_not_part_of_the_name_before() {
        let got = names("The Liberal Party of Prime Minister Ola Dahl lost ten seats.");
        assert_eq!(
            got,
            vec![
                ("Liberal Party".into(), None, EntityKind::Organization),
                titled("Ola Dahl", "Prime Minister"),
            ]
        );
        let got = names("Secretary of State Antony Blinken arrived in Kyiv.");
        assert_eq!(got[0].0, "Antony Blinken");
    }

    #[test]
    fn acronyms_match_long_names() {
        assert_eq!(
            acronym_key("NATO PA"),
            acronym_key("NATO Parliamentary Assembly")
        );
        assert_eq!(acronym_key("U.S."), acronym_key("United States"));
        assert_eq!(country_of("Italian"), Some("Italy"));
        assert_eq!(country_of("U.S."), Some("United States"));
    }

    fn kinds(text: &str) -> Vec<(String, EntityKind)> {
        extract(text)
            .into_iter()
            .map(|(_, e)| (e.name, e.entity))
            .collect()
    }

    #[test]
    fn titles_with_qualifiers_and_abbreviations() {
        let got = names(
            "U.S. Vice Adm. Bill Gortney told reporters that it is difficult to identify pirates.",
        );
        assert_eq!(
            got[0],
            (
                "Bill Gortney".into(),
                Some("U.S. Vice Adm.".into()),
                EntityKind::Person
            )
        );
        let got = names("Alaska Gov. Sarah Palin, her husband Todd and up to 1,000 fellow parishioners will worship in a local school.");
        assert_eq!(
            got,
            vec![
                (
                    "Sarah Palin".into(),
                    Some("Alaska Gov.".into()),
                    EntityKind::Person
                ),
                ("Todd".into(), None, EntityKind::Person),
            ]
        );
        let got = names("The charges were filed, said Chief of Detectives Charlie Beck.");
        assert_eq!(
            got[0],
            (
                "Charlie Beck".into(),
                Some("Chief of Detectives".into()),
                EntityKind::Person
            )
        );
        let got = names("He was identified as Los Angeles County Sheriff's Deputy Jerry Ortiz, according to officials.");
        assert_eq!(
            got[0],
            (
                "Jerry Ortiz".into(),
                Some("Los Angeles County Sheriff's Deputy".into()),
                EntityKind::Person
            )
        );
        // An organization's name is not a title and a name.
        assert_eq!(
            kinds("The Texas Department of Criminal Justice made changes."),
            vec![(
                "Texas Department of Criminal Justice".into(),
                EntityKind::Organization
            )]
        );
    }

    #[test]
    fn runs_split_at_persons() {
        let got =
            names("Lt. Bob Rifkin of Operation Safe Streets, the department's gang unit, said so.");
        assert_eq!(
            got,
            vec![
                ("Bob Rifkin".into(), Some("Lt.".into()), EntityKind::Person),
                (
                    "Operation Safe Streets".into(),
                    None,
                    EntityKind::Organization
                ),
            ]
        );
        assert_eq!(
            kinds("The delegation led by Mike Turner and Gerald Connolly."),
            vec![
                ("Mike Turner".into(), EntityKind::Person),
                ("Gerald Connolly".into(), EntityKind::Person),
            ]
        );
        assert_eq!(
            kinds("Observers from the Organization for Security and Cooperation in Europe and the Commonwealth of Independent States."),
            vec![
                ("Organization for Security and Cooperation in Europe".into(), EntityKind::Organization),
                ("Commonwealth of Independent States".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn places_from_gazetteer_and_context() {
        assert_eq!(
            kinds("Firefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 p.m."),
            vec![
                ("Wasilla Bible Church".into(), EntityKind::Organization),
                ("Wasilla".into(), EntityKind::Place),
                ("Alaska".into(), EntityKind::Place),
            ]
        );
        assert_eq!(
            kinds("The blaze at the store in High Street, Banstead, broke out at about 2045 GMT on Friday."),
            vec![
                ("High Street".into(), EntityKind::Place),
                ("Banstead".into(), EntityKind::Place),
            ]
        );
        assert_eq!(
            kinds("Lindsay Lohan checked into the Betty Ford Clinic in Rancho Mirage, Calif., on Thursday night."),
            vec![
                ("Lindsay Lohan".into(), EntityKind::Person),
                ("Betty Ford Clinic".into(), EntityKind::Organization),
                ("Rancho Mirage".into(), EntityKind::Place),
                ("Calif".into(), EntityKind::Place),
            ]
        );
        assert_eq!(
            kinds("An earthquake shook the southern Iranian island of Qeshm on Sunday, ISNA news agency reported."),
            vec![
                ("Qeshm".into(), EntityKind::Place),
                ("ISNA".into(), EntityKind::Organization),
            ]
        );
        assert_eq!(
            kinds("He was arrested on Interstate 75 in Saginaw."),
            vec![
                ("Interstate 75".into(), EntityKind::Place),
                ("Saginaw".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn organizations_from_context() {
        assert_eq!(
            kinds("The Philadelphia 76ers fired coach Maurice Cheeks, and the Colts beat the Jaguars."),
            vec![
                ("Philadelphia 76ers".into(), EntityKind::Organization),
                ("Maurice Cheeks".into(), EntityKind::Person),
                ("Colts".into(), EntityKind::Organization),
                ("Jaguars".into(), EntityKind::Organization),
            ]
        );
        assert_eq!(
            kinds("She accused co-workers at the Kraft plant in Northeast Philly."),
            vec![
                ("Kraft".into(), EntityKind::Organization),
                ("Northeast Philly".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn venues_are_places() {
        assert_eq!(
            kinds("The Saints play the Seahawks at 3:30 p.m. Saturday at Qwest Field."),
            vec![
                ("Saints".into(), EntityKind::Organization),
                ("Seahawks".into(), EntityKind::Organization),
                ("Qwest Field".into(), EntityKind::Place)
            ]
        );
    }

    #[test]
    fn places_named_by_their_first_word_and_lists_of_places() {
        // ECB+ 23_1ecbplus, 23_3ecbplus, 30_1ecb (tuning side).
        assert_eq!(
            kinds("He was walking to a hut when he fell in the Tasman Glacier area."),
            vec![("Tasman Glacier".into(), EntityKind::Place)]
        );
        assert_eq!(
            kinds("It took off at 3pm to assist with search and rescue co-ordination at the Mt Cook base."),
            vec![("Mt Cook".into(), EntityKind::Place)]
        );
        assert_eq!(
            kinds("Thieves fled down the Rue de Castiglione towards the Place Vendome."),
            vec![
                ("Rue de Castiglione".into(), EntityKind::Place),
                ("Place Vendome".into(), EntityKind::Place),
            ]
        );
        assert_eq!(
            kinds("Services to Egypt, Taiwan and Pakistan were severely affected."),
            vec![
                ("Egypt".into(), EntityKind::Place),
                ("Taiwan".into(), EntityKind::Place),
                ("Pakistan".into(), EntityKind::Place),
            ]
        );
        assert_eq!(
            kinds("Officers of the California Highway Patrol stopped the car."),
            vec![("California Highway Patrol".into(), EntityKind::Organization)]
        );
        // ECB+ 11_3ecbplus (tuning side): a place after a demonym.
        assert_eq!(
            kinds("Voting began in the former Soviet Turkmenistan on Sunday."),
            vec![("Soviet Turkmenistan".into(), EntityKind::Place)]
        );
        // A day after a joining word is not more of the name.
        assert_eq!(
            kinds("The ruling does not affect receiver Dana Whitlock for Sunday's game."),
            vec![("Dana Whitlock".into(), EntityKind::Person)]
        );
    }

    #[test]
    fn a_place_keeps_its_kind_against_a_surname_spelled_the_same() {
        use crate::ingest::{ingest, IngestOptions, Input};
        let doc = |name: &str, text: &str| Input::Bytes {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        };
        let corpus = ingest(
            &[
                doc("a.txt", "Running back Leon Washington signed a new contract on Monday.\n"),
                doc("b.txt", "The team flew home to Washington on Sunday.\n\nWashington said he was ready.\n"),
            ],
            &IngestOptions::default(),
        )
        .unwrap();
        let extracted =
            crate::extract::extract(crate::segment::segment(corpus, &Default::default()));
        let entities: Vec<(String, String, EntityKind)> = extracted
            .details
            .iter()
            .flatten()
            .filter_map(|d| match &d.normalized {
                crate::extract::Normalized::Entity(e) => {
                    Some((d.text.clone(), e.canonical.clone(), e.entity))
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            entities,
            vec![
                (
                    "Leon Washington".into(),
                    "Leon Washington".into(),
                    EntityKind::Person
                ),
                ("Washington".into(), "Washington".into(), EntityKind::Place),
                (
                    "Washington".into(),
                    "Leon Washington".into(),
                    EntityKind::Person
                ),
            ]
        );
    }

    #[test]
    fn lone_names_and_non_names() {
        // Statement-initial surnames with a person's verb or an appositive.
        assert_eq!(
            kinds("Heller told a judge during a hearing Thursday morning."),
            vec![("Heller".into(), EntityKind::Person)]
        );
        assert_eq!(
            kinds("Felt, the No. 2 official at the FBI, kept his role a secret."),
            vec![
                ("Felt".into(), EntityKind::Person),
                ("FBI".into(), EntityKind::Organization),
            ]
        );
        // Sentence-initial common words stay out.
        assert!(kinds("Firefighters said the blaze was out.").is_empty());
        assert!(kinds("Police said the blaze was out.").is_empty());
        // Dates, time zones, demonyms and compass adjectives are not names.
        assert!(kinds("He said this in an interview on May 24 at 2045 GMT.").is_empty());
        assert!(kinds("It hit targets on Russian soil with Western weapons.").is_empty());
        assert!(kinds("He said Somali and Yemeni pirates were seized.").is_empty());
        // A company with a past tense and no personal pronoun is no person.
        assert_eq!(
            kinds("In record time, Microsoft released a patch."),
            vec![("Microsoft".into(), EntityKind::Other)]
        );
    }
}
