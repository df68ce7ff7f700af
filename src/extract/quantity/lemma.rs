//! Singular forms of English nouns, for counted nouns ("countries" →
//! "country").

/// Singular of an English noun, lowercased ("countries" → "country",
/// "children" → "child", "people" → "people", "boxes" → "box").
pub fn lemma(word: &str) -> String {
    // "RBIs", "MPs", "IEDs": an acronym with a plural "s".
    if let Some(stem) = acronym_plural(word) {
        return stem.to_ascii_lowercase();
    }
    let w = word.to_lowercase();
    if let Some(s) = irregular_singular(&w) {
        return s.to_string();
    }
    let n = w.len();
    // "Somalis", "Iraqis", "taxis": plurals of nouns in -i.
    if n > 3 && w.ends_with("is") && I_WORDS.contains(&&w[..n - 1]) {
        return w[..n - 1].to_string();
    }
    // "campuses", "viruses", "bonuses" (but "houses", "causes", "abuses").
    if n > 5 && w.ends_with("uses") && !w.ends_with("ouses") && !w.ends_with("auses") {
        let stem = &w[..n - 1];
        if !USE_WORDS.contains(&stem) {
            return w[..n - 2].to_string();
        }
    }
    if n > 4
        && w.ends_with("men")
        && !matches!(w.as_str(), "specimen" | "abdomen" | "regimen" | "acumen")
    {
        return format!("{}man", &w[..n - 3]);
    }
    if !w.ends_with('s') || n < 3 || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    if matches!(
        w.as_str(),
        "news" | "series" | "species" | "means" | "headquarters" | "aids"
    ) {
        return w;
    }
    if n > 4 && w.ends_with("ies") {
        let stem = &w[..n - 3];
        if IE_WORDS.contains(&&w[..n - 1]) {
            return w[..n - 1].to_string();
        }
        return format!("{stem}y");
    }
    if w.ends_with("sses")
        || w.ends_with("xes")
        || w.ends_with("zzes")
        || ((w.ends_with("ches") || w.ends_with("shes")) && !CHE_WORDS.contains(&&w[..n - 1]))
    {
        return w[..n - 2].to_string();
    }
    w[..n - 1].to_string()
}

pub(super) const IE_WORDS: &[&str] = &[
    "movie", "cookie", "zombie", "calorie", "rookie", "goalie", "hippie", "prairie", "brownie",
    "selfie", "smoothie", "newbie", "auntie", "freebie", "sortie", "genie", "eerie", "birdie",
];

/// Nouns in -i whose plural in -is is not a singular in -is ("tennis").
pub(super) const I_WORDS: &[&str] = &[
    "somali",
    "yemeni",
    "iraqi",
    "israeli",
    "pakistani",
    "saudi",
    "kuwaiti",
    "qatari",
    "omani",
    "bahraini",
    "emirati",
    "afghani",
    "bangladeshi",
    "nepali",
    "azerbaijani",
    "punjabi",
    "bengali",
    "gujarati",
    "marathi",
    "sindhi",
    "baluchi",
    "taxi",
    "ski",
    "kiwi",
    "nazi",
    "safari",
    "alibi",
    "bikini",
    "rabbi",
    "mufti",
    "yogi",
    "swami",
    "alkali",
    "houthi",
    "tutsi",
];

/// Singulars in -use: their plural loses only the "s" ("abuses" → "abuse").
pub(super) const USE_WORDS: &[&str] = &[
    "abuse", "excuse", "refuse", "recluse", "misuse", "disuse", "overuse", "reuse", "accuse",
    "amuse", "confuse", "diffuse", "infuse", "peruse", "enthuse", "defuse", "suffuse", "bemuse",
];

/// The stem of an acronym plural: "RBIs" → "RBI" (two or more capitals, then
/// a lowercase "s").
pub(super) fn acronym_plural(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('s')?;
    (stem.len() >= 2
        && stem
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && stem.bytes().filter(u8::is_ascii_uppercase).count() >= 2)
        .then_some(stem)
}

pub(super) const CHE_WORDS: &[&str] = &[
    "tranche",
    "headache",
    "niche",
    "cache",
    "moustache",
    "avalanche",
    "cliche",
    "psyche",
    "microfiche",
];

pub(super) fn irregular_singular(w: &str) -> Option<&'static str> {
    Some(match w {
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "feet" => "foot",
        "teeth" => "tooth",
        "mice" => "mouse",
        "geese" => "goose",
        "persons" => "person",
        "lives" => "life",
        "wives" => "wife",
        "knives" => "knife",
        "wolves" => "wolf",
        "halves" => "half",
        "thieves" => "thief",
        "leaves" => "leaf",
        "shelves" => "shelf",
        "calves" => "calf",
        "loaves" => "loaf",
        "heroes" => "hero",
        "potatoes" => "potato",
        "tomatoes" => "tomato",
        "echoes" => "echo",
        "vetoes" => "veto",
        "torpedoes" => "torpedo",
        "crises" => "crisis",
        "analyses" => "analysis",
        "theses" => "thesis",
        "diagnoses" => "diagnosis",
        "buses" => "bus",
        "gases" => "gas",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        "indices" => "index",
        "oxen" => "ox",
        _ => return None,
    })
}

pub(super) fn is_plural(w: &str) -> bool {
    if matches!(
        w,
        "people"
            | "police"
            | "men"
            | "women"
            | "children"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "staff"
            | "personnel"
            | "cattle"
            | "livestock"
            | "data"
            | "media"
            | "criteria"
            | "phenomena"
            | "oxen"
            | "clergy"
            | "militia"
            | "infantry"
            | "aircraft"
    ) {
        return true;
    }
    let n = w.len();
    if n > 4 && w.ends_with("men") && lemma(w) != w {
        return true;
    }
    if n > 3 && w.ends_with("is") && I_WORDS.contains(&&w[..n - 1]) {
        return true;
    }
    n >= 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !matches!(
            w,
            "news"
                | "series"
                | "species"
                | "this"
                | "its"
                | "his"
                | "has"
                | "was"
                | "yes"
                | "thus"
                | "plus"
                | "gas"
                | "lens"
                | "always"
                | "perhaps"
                | "whereas"
                | "unless"
                | "across"
                | "besides"
                | "towards"
                | "afterwards"
                | "sometimes"
                | "aids"
                | "hers"
                | "ours"
                | "yours"
                | "theirs"
                | "does"
                | "goes"
                | "says"
                | "means"
                | "whereabouts"
        )
}

pub(super) fn lemma_compound(w: &str) -> String {
    match w.rsplit_once('-') {
        Some((a, b)) => format!("{a}-{}", lemma(b)),
        None => lemma(w),
    }
}
