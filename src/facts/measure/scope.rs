//! Where and of what a figure is: the place after it, the phrase that
//! narrows what it counts ("with 76ers", "in Germany") and the point a
//! distance is measured from.

use super::counted::{written_figure, NUMBER_WORDS};
use super::{Bearing, StatementView};
use crate::facts::text::{breaks_after, clause_end, Word};

/// A place named with "in" or "at" right after the value (within five
/// words, in its clause).
pub(super) fn place_after(v: &StatementView, last: usize) -> Option<String> {
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

/// Nouns of places people live in: the people "a city of" or "a town
/// with" holds are its population.
const SETTLEMENTS: &[&str] = &[
    "city",
    "town",
    "village",
    "country",
    "nation",
    "island",
    "region",
    "province",
    "state",
    "district",
    "municipality",
    "county",
    "capital",
    "metropolis",
    "suburb",
    "port",
];

/// The place whose population a count of people is: the name a
/// settlement noun stands in apposition to ("Portoviejo, a city of 300,000
/// people"; "Guayaquil, Ecuador's biggest city with more than two million
/// people"). Two cities' populations are two figures.
pub(super) fn population_of(v: &StatementView, first: usize, what: &str) -> Option<String> {
    if !matches!(what, "people" | "resident" | "inhabitant" | "person") {
        return None;
    }
    let w = &v.words;
    let settlement = match first.checked_sub(2) {
        Some(k) if matches!(w[k + 1].lower.as_str(), "of" | "with") => k,
        _ => return None,
    };
    if !SETTLEMENTS.contains(&w[settlement].lower.as_str()) {
        return None;
    }
    // The apposition's head: the nearest name before, set off by a comma,
    // within a few words; a place, whatever kind the entity reader gave
    // it, but not a person.
    (settlement.saturating_sub(6)..settlement)
        .rev()
        .find_map(|k| {
            (w[k].after.trim() == ",")
                .then(|| {
                    v.names.iter().find(|n| {
                        n.end == w[k].end && n.kind != crate::extract::entity::EntityKind::Person
                    })
                })
                .flatten()
        })
        .map(|n| n.canonical.clone())
}

/// Prepositions that narrow a count ("19 seasons with the 76ers", "four
/// seasons as director").
pub(super) const SCOPE_PREPOSITIONS: &[&str] = &[
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

/// The scope of a value (see [`Measure::scope`]): the preposition right
/// after its counted words and the name or first content word it governs.
pub(super) fn scope_after(v: &StatementView, last: usize, skip: usize) -> Option<(String, String)> {
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
    while k < w.len() && crate::facts::holder::DETERMINERS.contains(&w[k].lower.as_str()) {
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
        ) || crate::facts::holder::possessive(x)
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
pub(super) fn scope_fronted(v: &StatementView, first: usize) -> Option<(String, String)> {
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

/// Whether a clause ends after word `k`, a conversion in brackets ending
/// none: "72km (44 miles) southwest of Marrakesh".
fn ends_past_brackets(w: &[Word], k: usize) -> bool {
    breaks_after(w, k)
        && !w[k].after.trim_start().starts_with(')')
        && !w.get(k + 1).is_some_and(|n| n.before.contains('('))
}

/// Where a distance is measured from and which way it lies from there,
/// read in one pass over the words after it: the name after "from", "of"
/// or "off" a few words on ("about 6 miles north of Palmer", "10 km from
/// Tehran", "1,150 kilometers (700 miles) southeast of Tehran"), and the
/// compass word right before "of" or "from" ("80 kilometers northwest of
/// Kathmandu"). The first compass word decides: one not followed by "of"
/// or "from" ("30 km inland in the north") gives no bearing.
pub(super) fn point_after(v: &StatementView, last: usize) -> (Option<String>, Option<Bearing>) {
    let w = &v.words;
    let to = (last + 7).min(w.len().saturating_sub(1));
    let mut bearing = None;
    let mut compass_seen = false;
    for k in last + 1..=to {
        if !compass_seen {
            if let Some(degrees) = compass(w[k].text) {
                compass_seen = true;
                let of = w
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "of" | "from"));
                bearing = of.then_some(Bearing {
                    degrees,
                    start: w[k].start,
                    end: w[k].end,
                });
            }
        }
        if matches!(w[k].lower.as_str(), "from" | "of" | "off") {
            return (reference_at(v, k), bearing);
        }
        if ends_past_brackets(w, k) {
            break;
        }
    }
    (None, bearing)
}

/// The name a distance is measured from, after the "from", "of" or "off"
/// at word `k`.
fn reference_at(v: &StatementView, k: usize) -> Option<String> {
    let next = v.words.get(k + 1)?;
    let skip = usize::from(matches!(next.lower.as_str(), "the" | "a" | "an"));
    let next = v.words.get(k + 1 + skip)?;
    if let Some(n) = v.names.iter().find(|n| n.start == next.start) {
        return Some(n.canonical.clone());
    }
    if next.text.chars().next().is_some_and(char::is_uppercase) {
        return Some(next.text.to_string());
    }
    Some(next.lower.clone())
}

/// A compass point as a bearing in degrees: "north" 0, "south-west" 225,
/// "north-northeast" 22.5.
fn compass(word: &str) -> Option<f64> {
    let w: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_lowercase();
    let point = |s: &str| match s {
        "north" => Some(0.0),
        "east" => Some(90.0),
        "south" => Some(180.0),
        "west" => Some(270.0),
        _ => None,
    };
    // The mean of two bearings less than half a turn apart.
    let mean = |x: f64, y: f64| {
        let (x, y) = if (x - y).abs() > 180.0 {
            (x.max(y), x.min(y) + 360.0)
        } else {
            (x, y)
        };
        ((x + y) / 2.0) % 360.0
    };
    let two = |s: &str| {
        ["north", "south"].iter().find_map(|a| {
            let rest = s.strip_prefix(a)?;
            if !matches!(rest, "east" | "west") {
                return None;
            }
            Some(mean(point(a)?, point(rest)?))
        })
    };
    point(&w).or_else(|| two(&w)).or_else(|| {
        ["north", "south", "east", "west"].iter().find_map(|a| {
            let rest = w.strip_prefix(a)?;
            Some(mean(point(a)?, two(rest)?))
        })
    })
}

/// Nouns for children, which a count of travellers may or may not take in.
const CHILDREN: &[&str] = &[
    "infant", "infants", "baby", "babies", "child", "children", "toddler", "toddlers", "minor",
    "minors", "kid", "kids",
];

/// A count listed beside a count of children ("174 passengers, 10 infants,
/// two pilots and five cabin crew") leaves them out: it is not the count
/// of another outlet that takes them in ("184 passengers including 10
/// infants") or does not say. Read as excluding children.
pub(super) fn children_apart(
    v: &StatementView,
    last: usize,
    skip: usize,
) -> Option<(String, String)> {
    let w = &v.words;
    let end = last + skip;
    if skip == 0 || end + 2 >= w.len() {
        return None;
    }
    let listed = w[end].after.contains(',') || w[end + 1].lower == "and";
    let at = if w[end + 1].lower == "and" {
        end + 2
    } else {
        end + 1
    };
    (listed
        && written_figure(w.get(at)?)
        && w.get(at + 1)
            .is_some_and(|n| CHILDREN.contains(&n.lower.as_str())))
    .then(|| ("excluding".to_string(), "child".to_string()))
}

#[cfg(test)]
mod tests {
    use super::{compass, point_after};
    use crate::facts::holder::Antecedents;
    use crate::facts::measure::StatementView;
    use crate::facts::text::covering;

    #[test]
    fn compass_points_are_bearings() {
        assert_eq!(compass("north"), Some(0.0));
        assert_eq!(compass("south-west"), Some(225.0));
        assert_eq!(compass("Northeast"), Some(45.0));
        assert_eq!(compass("north-northwest"), Some(337.5));
        assert_eq!(compass("northern"), None);
    }

    #[test]
    fn a_distance_reads_its_point_and_direction_past_a_conversion() {
        fn read<'t>(text: &'t str, figure: &str) -> (Option<String>, Option<(f64, &'t str)>) {
            let v = StatementView::new(text, Vec::new(), Vec::new(), Antecedents::default());
            let at = text.find(figure).unwrap();
            let (_, last) = covering(&v.words, at, at + figure.len()).unwrap();
            let last = last + 1; // the unit word
            let (point, bearing) = point_after(&v, last);
            (point, bearing.map(|b| (b.degrees, &text[b.start..b.end])))
        }
        let (point, bearing) = read(
            "Qeshm is located 1,150 kilometers (700 miles) southeast of Tehran.",
            "1,150",
        );
        assert_eq!(point.as_deref(), Some("Tehran"));
        assert_eq!(bearing, Some((135.0, "southeast")));
        let (point, bearing) = read("The blast was heard 10 km from Tehran.", "10");
        assert_eq!(point.as_deref(), Some("Tehran"));
        assert_eq!(bearing, None);
        // A direction that is not the distance's ("north" of the country).
        let (_, bearing) = read("It lies 30 km inland in the north.", "30");
        assert_eq!(bearing, None);
    }
}
