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

/// (text, span, value or None, unit or None, written value, written unit)
type Form = (
    &'static str,
    &'static str,
    Option<f64>,
    Option<&'static str>,
    Option<f64>,
    Option<&'static str>,
);

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-12)
}

/// Each form of issue #19 in fresh wording: the span found, its value
/// (None: a bound), unit, and the figure as written when it was converted.
fn check_forms(rows: &[Form]) {
    let mut failures = Vec::new();
    for &(text, span, value, unit, wvalue, wunit) in rows {
        let got = extract_statement(text, 0, None);
        let Some(d) = got
            .iter()
            .find(|d| d.kind == DetailKind::Quantity && d.text == span)
        else {
            let spans: Vec<&str> = got
                .iter()
                .filter(|d| d.kind == DetailKind::Quantity)
                .map(|d| d.text.as_str())
                .collect();
            failures.push(format!("{text:?}: no {span:?}, found {spans:?}"));
            continue;
        };
        let Normalized::Quantity(q) = &d.normalized else {
            unreachable!("a quantity detail holds a quantity")
        };
        let value_ok = match (q.value, value) {
            (Some(a), Some(b)) => close(a, b),
            (None, None) => true,
            _ => false,
        };
        let written_ok = match (&q.written, wvalue, wunit) {
            (None, None, None) => true,
            (Some(w), v, Some(u)) => {
                w.unit == u && v.is_none_or(|v| w.value.is_some_and(|x| close(x, v)))
            }
            _ => false,
        };
        if !value_ok || q.unit.as_deref() != unit || !written_ok {
            failures.push(format!("{text:?}: {span:?} gave {q:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn units_written_against_the_figure() {
    check_forms(&[
        (
            "The console ships with 825GB of storage.",
            "825GB",
            Some(825e9),
            Some("B"),
            Some(825.0),
            Some("GB"),
        ),
        (
            "The offshore turbine is rated at 15MW.",
            "15MW",
            Some(15e6),
            Some("W"),
            Some(15.0),
            Some("MW"),
        ),
        (
            "A fridge uses about 1.2kWh a day.",
            "about 1.2kWh",
            Some(1200.0),
            Some("Wh"),
            Some(1.2),
            Some("kWh"),
        ),
        (
            "Rural lines now reach 900Mbps.",
            "900Mbps",
            Some(9e8),
            Some("bit/s"),
            Some(900.0),
            Some("Mbit/s"),
        ),
        (
            "Adults may take 250mg twice a day.",
            "250mg",
            Some(2.5e-4),
            Some("kg"),
            Some(250.0),
            Some("mg"),
        ),
        (
            "The penthouse spans 410m2 over two floors.",
            "410m2",
            Some(410.0),
            Some("m2"),
            None,
            None,
        ),
        (
            "The radio listens at 433Mhz.",
            "433Mhz",
            Some(4.33e8),
            Some("Hz"),
            Some(433.0),
            Some("MHz"),
        ),
        (
            "The lamps draw 8-12W each.",
            "8-12W",
            Some(10.0),
            Some("W"),
            None,
            None,
        ),
        (
            "The coating is 0.3mm thick.",
            "0.3mm",
            Some(3e-4),
            Some("m"),
            Some(0.3),
            Some("mm"),
        ),
        (
            "Bats call at up to 110kHz.",
            "up to 110kHz",
            None,
            Some("Hz"),
            None,
            Some("kHz"),
        ),
        (
            "Pour in 75ml of cream.",
            "75ml",
            Some(0.075),
            Some("L"),
            Some(75.0),
            Some("mL"),
        ),
    ]);
}

#[test]
fn currency_codes_before_the_figure() {
    check_forms(&[
        (
            "The buyout values the group at USD3.2bn.",
            "USD3.2bn",
            Some(3.2e9),
            Some("USD"),
            None,
            None,
        ),
        (
            "Brussels fined the bank EUR15m.",
            "EUR15m",
            Some(15e6),
            Some("EUR"),
            None,
            None,
        ),
        (
            "The port will cost RM4.5 billion.",
            "RM4.5 billion",
            Some(4.5e9),
            Some("MYR"),
            None,
            None,
        ),
        (
            "The miner raised AUD2.75m from investors.",
            "AUD2.75m",
            Some(2.75e6),
            Some("AUD"),
            None,
            None,
        ),
        (
            "The winger joined for PS12m in August.",
            "PS12m",
            Some(12e6),
            Some("GBP"),
            None,
            None,
        ),
        (
            "Filings show $US7,450,000 in fees.",
            "$US7,450,000",
            Some(7.45e6),
            Some("USD"),
            None,
            None,
        ),
        (
            "The ministry set aside INR 800 crore.",
            "INR 800 crore",
            Some(8e9),
            Some("INR"),
            None,
            None,
        ),
        (
            "The fund lost $4.6 mil last quarter.",
            "$4.6 mil",
            Some(4.6e6),
            Some("USD"),
            None,
            None,
        ),
        (
            "The club spent £85mn on players.",
            "£85mn",
            Some(85e6),
            Some("GBP"),
            None,
            None,
        ),
    ]);
}

#[test]
fn signs() {
    check_forms(&[
        (
            "Exports changed by -2.7% in March.",
            "-2.7%",
            Some(-2.7),
            Some("percent"),
            None,
            None,
        ),
        (
            "The quarterback was sacked for minus-12 yards.",
            "minus-12",
            Some(-12.0),
            None,
            None,
            None,
        ),
        (
            "Nights there fall to minus 40 Celsius.",
            "minus 40 Celsius",
            Some(-40.0),
            Some("°C"),
            None,
            None,
        ),
        (
            "The insurer booked $-3.1bn in the quarter.",
            "$-3.1bn",
            Some(-3.1e9),
            Some("USD"),
            None,
            None,
        ),
        (
            "The lake froze at -4F last night.",
            "-4F",
            Some(-20.0),
            Some("°C"),
            Some(-4.0),
            Some("°F"),
        ),
    ]);
}

#[test]
fn numbers_in_words() {
    check_forms(&[
        (
            "The hall seats fifty-three thousand two hundred and nine people.",
            "fifty-three thousand two hundred and nine",
            Some(53209.0),
            None,
            None,
            None,
        ),
        (
            "Police expect six to seven hundred marchers.",
            "six to seven hundred",
            Some(650.0),
            None,
            None,
            None,
        ),
        (
            "The region is home to 3 B people.",
            "3 B",
            Some(3e9),
            None,
            None,
            None,
        ),
        (
            "A dozen ministers resigned.",
            "A dozen",
            Some(12.0),
            None,
            None,
            None,
        ),
        (
            "It will take a couple of weeks.",
            "a couple",
            Some(2.0),
            None,
            None,
            None,
        ),
        (
            "Turnout reached one and a half million.",
            "one and a half million",
            Some(1.5e6),
            None,
            None,
            None,
        ),
    ]);
}

#[test]
fn fractions_and_notation() {
    check_forms(&[
        (
            "Whisk in 3/8 of a cup of milk.",
            "3/8 of a cup",
            Some(0.375 * 0.236_588_236_5),
            Some("L"),
            Some(0.375),
            Some("cup"),
        ),
        (
            "The track is 1/4 mile long.",
            "1/4 mile",
            Some(0.402_336),
            Some("km"),
            Some(0.25),
            Some("mi"),
        ),
        (
            "The gap is 1\u{2044}64 inch wide.",
            "1\u{2044}64 inch",
            Some(0.000_396_875),
            Some("m"),
            Some(1.0 / 64.0),
            Some("in"),
        ),
        (
            "A mole holds 6.02\u{d7}10\u{b2}\u{b3} molecules.",
            "6.02\u{d7}10\u{b2}\u{b3}",
            Some(6.02e23),
            None,
            None,
            None,
        ),
        (
            "Two out of five Americans rent.",
            "Two out of five",
            Some(0.4),
            Some("ratio"),
            None,
            None,
        ),
    ]);
}

#[test]
fn ranges_and_bounds() {
    check_forms(&[
        (
            "The carmaker plans from 1200 to 1800 layoffs.",
            "from 1200 to 1800",
            Some(1500.0),
            None,
            None,
            None,
        ),
        (
            "Dogs hear between 20kHz and 40kHz.",
            "between 20kHz and 40kHz",
            Some(30000.0),
            Some("Hz"),
            None,
            Some("kHz"),
        ),
        (
            "The skulls are 150,000 to-180,000 years old.",
            "150,000 to-180,000",
            Some(165000.0),
            None,
            None,
            None,
        ),
        (
            "The fab will make sub-5 nanometre chips.",
            "sub-5 nanometre",
            None,
            Some("m"),
            None,
            Some("nm"),
        ),
        (
            "Micro-flats are often sub-250 sq ft.",
            "sub-250 sq ft",
            None,
            Some("m2"),
            None,
            Some("sq ft"),
        ),
    ]);
}

#[test]
fn a_conversion_in_brackets_is_one_measure() {
    let spans =
        |text: &str| -> Vec<String> { quantities(text).into_iter().map(|(s, _)| s).collect() };
    assert_eq!(
        spans("The route is 12 miles (19 kilometres) long."),
        ["12 miles"]
    );
    assert_eq!(
        spans("The tower is 1,000 feet (305 metres) tall."),
        ["1,000 feet"]
    );
    assert_eq!(spans("Lows hit -5C (23F) overnight."), ["-5C"]);
    // Money in another currency stays: another outlet may give the dollars.
    assert_eq!(spans("He was paid £5m ($6.3m) a year."), ["£5m", "$6.3m"]);
    // The same sign with another value is the outlet's own dollar: a
    // conversion, not a second figure in US dollars.
    assert_eq!(
        spans("The bill came to US$2.4 billion ($3.1 billion), officials said."),
        ["US$2.4 billion"]
    );
    // A bracket that is not the same measure is another figure.
    assert_eq!(
        spans("The bus carried 40 people (12 children)."),
        ["40", "12"]
    );
}

/// The written figure is part of the JSON contract: two reports of one
/// storm in miles and in kilometres give findings whose values carry
/// `written`, and the report still matches `docs/report.schema.json`.
#[test]
fn written_values_in_the_report_match_the_schema() {
    use crosscheck::ingest::Input;
    let doc = |name: &str, text: &str| Input::Bytes {
        name: name.into(),
        bytes: text.as_bytes().to_vec(),
    };
    let inputs = [
        doc(
            "a.txt",
            "source Daily Gazette\ndate 2025-03-02\n\nThe storm flattened homes along a 20-mile stretch of the coast near Port Avery on Sunday, officials said.\n",
        ),
        doc(
            "b.txt",
            "source Coast Herald\ndate 2025-03-02\n\nThe storm flattened homes along a 45-kilometre stretch of the coast near Port Avery on Sunday, officials said.\n",
        ),
    ];
    let cmp = crosscheck::run(&inputs, &Default::default()).expect("the run succeeds");
    let report = serde_json::to_value(crosscheck::report::Report::new(&cmp)).unwrap();
    let written: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|f| f["values"].as_array().into_iter().flatten())
        .filter_map(|v| v["normalized"].get("written"))
        .collect();
    assert!(
        written
            .iter()
            .any(|w| w["unit"] == "mi" && w["value"].as_f64() == Some(20.0)),
        "no written miles in {written:?}"
    );
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("docs/report.schema.json").unwrap()).unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = v.iter_errors(&report).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
