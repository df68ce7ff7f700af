//! The gazetteer: places known by name, US state abbreviations, and
//! countries with their demonyms and other names.

use super::words::is_acronym;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Places known by name (lower case, `|`-separated): countries without a
/// demonym in `COUNTRIES`, US states, continents and regions, capitals and
/// large cities.
const PLACES: &str = "albania|algeria|andorra|angola|armenia|azerbaijan|bahamas|bahrain|bangladesh|barbados|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brunei|burkina faso|burundi|cambodia|cameroon|chad|chile|colombia|congo|costa rica|cuba|cyprus|djibouti|dominican republic|ecuador|el salvador|eritrea|ethiopia|fiji|gabon|gambia|ghana|guatemala|guinea|guyana|haiti|honduras|iceland|ivory coast|jamaica|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|lebanon|lesotho|liberia|libya|liechtenstein|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nepal|new zealand|nicaragua|niger|nigeria|north macedonia|macedonia|oman|palestine|panama|paraguay|peru|philippines|qatar|rwanda|senegal|sierra leone|singapore|slovenia|somalia|south africa|south sudan|sri lanka|sudan|suriname|tajikistan|tanzania|thailand|togo|tunisia|turkmenistan|uganda|united arab emirates|uae|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe|taiwan|tibet|hong kong|macau|greenland|england|scotland|wales|northern ireland|crimea|donbas|donbass|gaza|gaza strip|west bank|kashmir|chechnya|siberia|kurdistan|catalonia|europe|asia|africa|antarctica|oceania|arctic|caribbean|balkans|baltics|scandinavia|middle east|latin america|north america|south america|central america|central asia|east asia|southeast asia|alps|andes|himalayas|rockies|sahara|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|ontario|quebec|british columbia|alberta|bavaria|kyiv|kiev|kharkiv|kharkov|odesa|odessa|lviv|dnipro|zaporizhzhia|mariupol|kherson|donetsk|luhansk|bakhmut|avdiivka|sumy|chernihiv|mykolaiv|moscow|st. petersburg|saint petersburg|belgorod|kursk|minsk|warsaw|krakow|vilnius|riga|tallinn|helsinki|stockholm|oslo|copenhagen|berlin|munich|frankfurt|hamburg|paris|marseille|lyon|london|manchester|liverpool|birmingham|edinburgh|glasgow|dublin|belfast|brussels|amsterdam|the hague|rotterdam|luxembourg|geneva|zurich|bern|vienna|prague|bratislava|budapest|bucharest|sofia|belgrade|zagreb|ljubljana|sarajevo|skopje|tirana|athens|rome|milan|naples|venice|florence|madrid|barcelona|lisbon|ankara|istanbul|tbilisi|yerevan|baku|chisinau|tehran|baghdad|damascus|beirut|amman|jerusalem|tel aviv|riyadh|jeddah|doha|dubai|abu dhabi|muscat|sanaa|kabul|islamabad|karachi|lahore|new delhi|delhi|mumbai|kolkata|dhaka|kathmandu|colombo|beijing|shanghai|hong kong|guangzhou|shenzhen|wuhan|taipei|tokyo|osaka|seoul|pyongyang|manila|jakarta|bangkok|hanoi|ho chi minh city|kuala lumpur|sydney|melbourne|canberra|auckland|wellington|cairo|alexandria|tripoli|tunis|algiers|rabat|casablanca|khartoum|addis ababa|nairobi|mogadishu|lagos|abuja|accra|dakar|kinshasa|johannesburg|cape town|pretoria|ottawa|toronto|montreal|vancouver|mexico city|havana|caracas|bogota|lima|quito|santiago|buenos aires|sao paulo|rio de janeiro|brasilia|montevideo|washington|new york city|los angeles|chicago|houston|philadelphia|phoenix|san antonio|san diego|dallas|san francisco|seattle|boston|miami|atlanta|detroit|denver|baltimore|las vegas|new orleans|nashville|memphis|portland|minneapolis|st. louis|pittsburgh|cleveland|cincinnati|indianapolis|milwaukee|kansas city|sacramento|honolulu|anchorage|brooklyn|manhattan|queens|bronx|hollywood|jacksonville|tampa|orlando|charlotte|austin|columbus|oakland|buffalo|newark|silicon valley|wall street|midwest|new england|mediterranean|pacific|atlantic";

/// US state abbreviations as written after a city ("Jacksonville, Fla.").
const STATE_ABBREVIATIONS: &str = "ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|n.h|n.j|n.m|n.y|n.c|n.d|okla|ore|pa|r.i|s.c|s.d|tenn|tex|vt|va|wash|w.va|wis|wyo|d.c";

static PLACE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| PLACES.split('|').collect());

pub(super) static STATE_ABBR_SET: LazyLock<HashSet<&'static str>> =
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
