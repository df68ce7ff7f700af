//! Tests of entity extraction: names and their titles, kinds, aliases.

use super::alias::acronym_key;
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

#[test]
fn a_name_in_quotation_marks_is_a_works_title_not_a_person() {
    let kind = |text: &str, name: &str| {
        names(text)
            .into_iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, _, k)| k)
    };
    let t = "The “American Pie” actress has entered a rehab clinic in Malibu.";
    assert_eq!(kind(t, "American Pie"), Some(EntityKind::Other));
    let t = "She appeared on the TV show \"Scrubs Season\" last year.";
    assert_eq!(kind(t, "Scrubs Season"), Some(EntityKind::Other));
    // A nickname is still a person's: between a first name and a surname,
    // or told as one.
    let got = names("Mark “Deep Throat” Felt died at 95.");
    assert!(
        got.iter().all(|(_, _, k)| *k != EntityKind::Other),
        "{got:?}"
    );
    let t = "Police said LaSalle, also known as “Crazy Tom”, was arrested.";
    assert_ne!(kind(t, "Crazy Tom"), Some(EntityKind::Other));
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
    // Two portfolios of one office before the name.
    let got = names("The board fired communications and marketing director Ana Ruiz on Friday.");
    assert_eq!(
        got.last(),
        Some(&titled("Ana Ruiz", "communications and marketing director"))
    );
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
        kinds(
            "Firefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 p.m."
        ),
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
    // A club is a place's name and a club's word, not a person.
    assert_eq!(
        kinds("Paul Pogba returned to Manchester United from Juventus, and Leeds United lost."),
        vec![
            ("Paul Pogba".into(), EntityKind::Person),
            ("Manchester United".into(), EntityKind::Organization),
            ("Juventus".into(), EntityKind::Other),
            ("Leeds United".into(), EntityKind::Organization),
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
            doc(
                "a.txt",
                "Running back Leon Washington signed a new contract on Monday.\n",
            ),
            doc(
                "b.txt",
                "The team flew home to Washington on Sunday.\n\nWashington said he was ready.\n",
            ),
        ],
        &IngestOptions::default(),
    )
    .unwrap();
    let extracted = crate::extract::extract(crate::segment::segment(corpus, &Default::default()));
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
