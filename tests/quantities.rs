//! Quantities as the news writes them (issue #19), end to end through
//! `extract_statement` (so a number inside a date is the date's).
//!
//! * [`no_false_quantities`]: sentences full of numbers that are not
//!   quantities (model and product numbers, years used as modifiers,
//!   addresses, versions, codes) and sports scores, which are scores. Written
//!   before the extractor was run on them; each lists the genuine quantities
//!   it holds, and nothing else may be found.

use crosscheck::extract::{extract_statement, DetailKind, Normalized};

/// What `extract_statement` finds as quantities: (text, unit).
fn quantities(text: &str) -> Vec<(String, Option<String>)> {
    extract_statement(text, 0, None)
        .into_iter()
        .filter(|d| d.kind == DetailKind::Quantity)
        .map(|d| {
            let unit = match &d.normalized {
                Normalized::Quantity(q) => q.unit.clone(),
                _ => None,
            };
            (d.text, unit)
        })
        .collect()
}

/// Sentences and the genuine quantities in them. `"2-1=score"` means the
/// span "2-1" must be found with the unit "score".
const NOT_QUANTITIES: &[(&str, &[&str])] = &[
    // Model and product numbers
    (
        "Apple unveiled the iPhone 15 at its autumn event in Cupertino.",
        &[],
    ),
    ("Samsung's Galaxy S24 went on sale in Seoul on Friday.", &[]),
    (
        "The Pixel 8 camera impressed reviewers more than its screen.",
        &[],
    ),
    (
        "Microsoft will stop supporting Windows 10 next October.",
        &[],
    ),
    ("Windows 11 users reported crashes after the update.", &[]),
    (
        "Boeing's 737 MAX returned to service after a long grounding.",
        &[],
    ),
    (
        "The airline ordered more Airbus A350 jets for long routes.",
        &[],
    ),
    (
        "Regulators inspected every 787 Dreamliner in the fleet.",
        &[],
    ),
    ("Tesla cut the price of the Model 3 in China.", &[]),
    ("Model 3 owners complained about the heat pump.", &[]),
    (
        "SpaceX launched a Falcon 9 rocket from Cape Canaveral.",
        &[],
    ),
    (
        "The PlayStation 5 remained hard to find before Christmas.",
        &[],
    ),
    ("He drove a Porsche 911 into the river.", &[]),
    ("Ford recalled its F-150 pickups over a brake fault.", &[]),
    ("The startup trained its chatbot on GPT-4 outputs.", &[]),
    ("Nvidia's H100 chips are in short supply.", &[]),
    (
        "Apple sold 10 million iPhone 15 handsets in the first month.",
        &["10 million"],
    ),
    (
        "Tesla delivered 1.8 million Model 3 and Model Y cars last year.",
        &["1.8 million"],
    ),
    // Indexes, categories, labels
    ("The S&P 500 closed at a record high on Wednesday.", &[]),
    ("Shares in the FTSE 100 slipped as oil fell.", &[]),
    ("The Nikkei 225 gained ground in Tokyo trading.", &[]),
    (
        "It is the first Fortune 500 company to be led by a nurse.",
        &[],
    ),
    (
        "Forecasters warned of a category 3 storm by the weekend.",
        &[],
    ),
    (
        "Hurricane Ida made landfall as a Category 4 hurricane.",
        &[],
    ),
    ("The city moved to a level 2 alert after new cases.", &[]),
    ("The vaccine entered a phase 3 trial in the spring.", &[]),
    (
        "Patients with type 2 diabetes were left out of the study.",
        &[],
    ),
    (
        "The retailer filed for Chapter 11 bankruptcy protection.",
        &[],
    ),
    ("Britain triggered Article 50 to leave the bloc.", &[]),
    (
        "The law rests on Section 230 of the Communications Decency Act.",
        &[],
    ),
    ("The Formula 1 season opens in Bahrain.", &[]),
    ("Flight 370 vanished over the Indian Ocean.", &[]),
    ("Passengers waited at gate 23 for three hours.", &["three"]),
    ("The plant meets ISO 9001 and ISO 14001 standards.", &[]),
    ("Health workers need N95 masks.", &[]),
    // Years used as modifiers
    ("2018 sales fell short of the forecast.", &[]),
    (
        "The company said 2023 profits would beat expectations.",
        &[],
    ),
    ("Its 2022 results disappointed investors.", &[]),
    ("Emissions are still above 1990 levels.", &[]),
    ("The 2024 election will be close.", &[]),
    (
        "Officials are preparing for the 2028 Olympics in Los Angeles.",
        &[],
    ),
    ("The bank missed its 2025 targets for lending.", &[]),
    ("Prices are back to 2019 levels, the agency said.", &[]),
    // Addresses and places
    (
        "The prime minister returned to 10 Downing Street on Monday.",
        &[],
    ),
    ("Protesters gathered outside 1600 Pennsylvania Avenue.", &[]),
    ("The gallery at 9 E 71st St reopened.", &[]),
    ("The fire started in a flat at 42 Elm Road.", &[]),
    ("Police closed the 2300 block of Main Street.", &[]),
    ("Traffic backed up on Interstate 95 near the bridge.", &[]),
    ("The shop is on Route 66 outside town.", &[]),
    ("The offices moved to Suite 400 of the tower.", &[]),
    // Versions and codes
    ("The update to version 2.3.1 fixed the bug.", &[]),
    ("iOS 17 adds a new lock screen.", &[]),
    ("The phones support Bluetooth 5.3 and Wi-Fi 6.", &[]),
    ("Carriers are building out their 5G networks.", &[]),
    ("The H5N1 virus was found in dairy cattle.", &[]),
    ("The B-52 bombers flew over the Korean peninsula.", &[]),
    ("Call 0800 555 0199 for help.", &[]),
    ("In an emergency, dial 999.", &[]),
    ("The film Catch-22 was remade for television.", &[]),
    // Sports scores
    (
        "Chelsea beat Arsenal 2-1 at Stamford Bridge.",
        &["2-1=score"],
    ),
    ("The match ended in a 0-0 draw.", &["0-0=score"]),
    ("The Chiefs won 24-17 in overtime.", &["24-17=score"]),
    ("Liverpool's 4-0 victory sent them top.", &["4-0=score"]),
    ("The Celtics took a 3-2 lead in the series.", &["3-2=score"]),
    (
        "They trailed 14-7 at halftime but rallied.",
        &["14-7=score"],
    ),
    (
        "The visitors lost 1-3 to the league leaders.",
        &["1-3=score"],
    ),
    // Genuine quantities next to look-alikes
    ("The 2,000 workers at the plant walked out.", &["2,000"]),
    (
        "About 1,500 people were evacuated from the 20-storey block.",
        &["About 1,500", "20"],
    ),
    ("Route 9 was closed for 12 hours after the crash.", &["12"]),
];

#[test]
fn no_false_quantities() {
    let mut failures = Vec::new();
    let mut total = 0;
    for &(text, genuine) in NOT_QUANTITIES {
        let found = quantities(text);
        total += 1;
        for (span, unit) in &found {
            let ok = genuine.iter().any(|g| match g.split_once('=') {
                Some((s, u)) => s == span && unit.as_deref() == Some(u),
                None => *g == span,
            });
            if !ok {
                failures.push(format!("{text:?}: false quantity {span:?} ({unit:?})"));
            }
        }
        for g in genuine {
            let span = g.split_once('=').map_or(*g, |x| x.0);
            if !found.iter().any(|(s, _)| s == span) {
                failures.push(format!("{text:?}: missed {span:?}; found {found:?}"));
            }
        }
    }
    assert!(total >= 60, "only {total} sentences");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
