//! The sentence tables: seeds and ECB+ sentences with every field of
//! their quantities, kept from before the module was split.

use super::*;

/// (sentence, span, qualifier, value, low, high, unit, counted, total)
type Row = (
    &'static str,
    &'static str,
    Qualifier,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<&'static str>,
    Option<&'static str>,
    Option<f64>,
);

use Qualifier::{Approximate, AtLeast, AtMost, Exact, LessThan, Majority, MoreThan, Vague};
const N: Option<f64> = None;
fn s(v: f64) -> Option<f64> {
    Some(v)
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(y.abs()).max(1.0),
        _ => false,
    }
}

fn find<'a>(text: &str, span: &str, got: &'a [(Range<usize>, Quantity)]) -> &'a Quantity {
    match got.iter().find(|(r, _)| &text[r.clone()] == span) {
        Some((_, q)) => q,
        None => panic!(
            "no span {span:?} in {text:?}; got {:?}",
            got.iter()
                .map(|(r, _)| &text[r.clone()])
                .collect::<Vec<_>>()
        ),
    }
}

fn check(rows: &[Row]) {
    for &(text, span, qual, value, low, high, unit, counted, total) in rows {
        let got = extract(text);
        let q = find(text, span, &got);
        let ctx = format!("{span:?} in {text:?}: {q:?}");
        assert_eq!(q.qualifier, qual, "qualifier of {ctx}");
        assert!(close(q.value, value), "value of {ctx}");
        assert!(close(q.low, low), "low of {ctx}");
        assert!(close(q.high, high), "high of {ctx}");
        assert_eq!(q.unit.as_deref(), unit, "unit of {ctx}");
        assert_eq!(q.counted.as_deref(), counted, "counted of {ctx}");
        assert!(close(q.total, total), "total of {ctx}");
    }
}

#[test]
fn seeds_nato() {
    check(&[
        (
            "The text received the backing of 47 out of 56 countries or institutions that are part of the assembly, which serves as a link between NATO and the parliaments of member countries.",
            "47 out of 56",
            Exact,
            s(47.0),
            s(47.0),
            s(47.0),
            None,
            Some("country or institution"),
            s(56.0),
        ),
        (
            "The declaration was approved by a majority of the 281 lawmakers in the NATO Parliamentary Assembly and received support from NATO Secretary General Jens Stoltenberg.",
            "a majority of the 281",
            Majority,
            N,
            s(140.5),
            s(281.0),
            None,
            Some("lawmaker"),
            s(281.0),
        ),
        (
            "At the plenary session, the declaration was approved by a majority of more than 200 lawmakers from all 32 Allies.",
            "a majority of more than 200",
            Majority,
            N,
            s(100.0),
            N,
            None,
            Some("lawmaker"),
            N,
        ),
        (
            "At the plenary session, the declaration was approved by a majority of more than 200 lawmakers from all 32 Allies.",
            "32",
            Exact,
            s(32.0),
            s(32.0),
            s(32.0),
            None,
            Some("ally"),
            N,
        ),
        (
            "Earlier, the NATO secretary-general said that it was necessary to create a permanent military fund worth 100 billion euros a year.",
            "100 billion euros",
            Exact,
            s(1e11),
            s(1e11),
            s(1e11),
            Some("EUR"),
            None,
            N,
        ),
        (
            "Stoltenberg also complained that the EU was \u{201c}not even close to fulfilling its promise\u{201d} to supply Ukraine with 1 million shells.",
            "1 million",
            Exact,
            s(1e6),
            s(1e6),
            s(1e6),
            None,
            Some("shell"),
            N,
        ),
        (
            "\u{201c}Russia is preparing for offensive actions also 90 kilometers northwest from here \u{2013} they gather another group of troops near our border.",
            "90 kilometers",
            Exact,
            s(90.0),
            s(90.0),
            s(90.0),
            Some("km"),
            None,
            N,
        ),
        (
            "The Kyiv Independent doesn\u{2019}t depend on a wealthy owner or an oligarch \u{2014} in 2023, 80% of our revenue was from reader contributions.",
            "80%",
            Exact,
            s(80.0),
            s(80.0),
            s(80.0),
            Some("percent"),
            None,
            N,
        ),
        (
            "The initiative should be approved by 32 members of the North Atlantic alliance.",
            "32",
            Exact,
            s(32.0),
            s(32.0),
            s(32.0),
            None,
            Some("member"),
            N,
        ),
        (
            "\"They need our help. Not in two years. Not in two months.\"",
            "two",
            Exact,
            s(2.0),
            s(2.0),
            s(2.0),
            None,
            Some("year"),
            N,
        ),
    ]);
}

#[test]
fn ecb_casualties_and_courts() {
    check(&[
        ("Ten people are killed and about 50 hurt.", "Ten", Exact, s(10.0), s(10.0), s(10.0), None, Some("people"), N),
        ("Ten people are killed and about 50 hurt.", "about 50", Approximate, s(50.0), s(45.0), s(55.0), None, None, N),
        (
            "A fire-bomb attack on a bank in Greece killed at least three people Wednesday as police fought pitched battles with striking protestors.",
            "at least three",
            AtLeast,
            N,
            s(3.0),
            N,
            None,
            Some("people"),
            N,
        ),
        (
            "A 5. 9 magnitude earthquake has leveled seven villages in Iran's southern area, killing 10 persons and wounding other 70, Iranian officials were quoted by AP as saying.",
            "10",
            Exact,
            s(10.0),
            s(10.0),
            s(10.0),
            None,
            Some("person"),
            N,
        ),
        (
            "A 5. 9 magnitude earthquake has leveled seven villages in Iran's southern area, killing 10 persons and wounding other 70, Iranian officials were quoted by AP as saying.",
            "seven",
            Exact,
            s(7.0),
            s(7.0),
            s(7.0),
            None,
            Some("village"),
            N,
        ),
        (
            "He was found dead in a cell in Palermo's Pagliarelli prison late on Tuesday night, just hours after being picked up during raids by 1,200 police backed up by helicopters and sniffer dogs.",
            "1,200",
            Exact,
            s(1200.0),
            s(1200.0),
            s(1200.0),
            None,
            Some("police"),
            N,
        ),
        (
            "Weinstein said in sentencing Gigante to 12 years in prison.",
            "12",
            Exact,
            s(12.0),
            s(12.0),
            s(12.0),
            None,
            Some("year"),
            N,
        ),
        (
            "If convicted, he faces up to 55 years in prison, a $60,000 fine, or both.",
            "up to 55",
            AtMost,
            N,
            s(0.0),
            s(55.0),
            None,
            Some("year"),
            N,
        ),
        (
            "If convicted, he faces up to 55 years in prison, a $60,000 fine, or both.",
            "$60,000",
            Exact,
            s(60000.0),
            s(60000.0),
            s(60000.0),
            Some("USD"),
            None,
            N,
        ),
        (
            "Fulton Courthouse killer Brian Nichols was sentenced Saturday morning to seven life sentences and four sentences of life without parole plus 485 years.",
            "seven",
            Exact,
            s(7.0),
            s(7.0),
            s(7.0),
            None,
            Some("life sentence"),
            N,
        ),
        (
            "Fulton Courthouse killer Brian Nichols was sentenced Saturday morning to seven life sentences and four sentences of life without parole plus 485 years.",
            "485",
            Exact,
            s(485.0),
            s(485.0),
            s(485.0),
            None,
            Some("year"),
            N,
        ),
        (
            "The 7-strength quake killed more than 26,000 people in the ancient city.",
            "more than 26,000",
            MoreThan,
            N,
            s(26000.0),
            N,
            None,
            Some("people"),
            N,
        ),
        (
            "Lindsay Lohan has checked into a rehab facility to begin a 90-day court-ordered stint.",
            "90",
            Exact,
            s(90.0),
            s(90.0),
            s(90.0),
            None,
            Some("day"),
            N,
        ),
        (
            "Yesterday, the police explained that officers shot and killed a 16-year-old Kimani Gray in Brooklyn.",
            "16",
            Exact,
            s(16.0),
            s(16.0),
            s(16.0),
            None,
            Some("year-old"),
            N,
        ),
        (
            "Police said two women and one man died at a branch of the Marfin bank which caught fire.",
            "two",
            Exact,
            s(2.0),
            s(2.0),
            s(2.0),
            None,
            Some("woman"),
            N,
        ),
        (
            "Police said two women and one man died at a branch of the Marfin bank which caught fire.",
            "one",
            Exact,
            s(1.0),
            s(1.0),
            s(1.0),
            None,
            Some("man"),
            N,
        ),
        (
            "Kenneth Dorsey says the woman accused of killing two co-workers and critically injuring a third is a good person.",
            "two",
            Exact,
            s(2.0),
            s(2.0),
            s(2.0),
            None,
            Some("co-worker"),
            N,
        ),
        (
            "Police intervened when more than a hundred people joined in a candlelit vigil.",
            "more than a hundred",
            MoreThan,
            N,
            s(100.0),
            N,
            None,
            Some("people"),
            N,
        ),
        (
            "A powerful earthquake has hit southern Iran, killing at least 10 people, injuring dozens more and damaging several villages, officials say.",
            "dozens",
            Vague,
            N,
            s(24.0),
            s(144.0),
            None,
            None,
            N,
        ),
        (
            "A powerful earthquake has hit southern Iran, killing at least 10 people, injuring dozens more and damaging several villages, officials say.",
            "several",
            Vague,
            N,
            s(3.0),
            s(9.0),
            None,
            Some("village"),
            N,
        ),
        (
            "Nichols fled downtown Atlanta and managed to evade hundreds of police officers overnight.",
            "hundreds",
            Vague,
            N,
            s(200.0),
            s(1000.0),
            None,
            Some("police officer"),
            N,
        ),
        (
            "An Athens bank went up in flames Wednesday as tens of thousands of Greeks took to the streets.",
            "tens of thousands",
            Vague,
            N,
            s(20000.0),
            s(100000.0),
            None,
            Some("greek"),
            N,
        ),
        (
            "Manning completed 29 of 34 passes for 364 yards and 3 touchdowns in the Colts ' 31-24 victory over the Jaguars.",
            "29 of 34",
            Exact,
            s(29.0),
            s(29.0),
            s(29.0),
            None,
            Some("pass"),
            s(34.0),
        ),
        (
            "Three or four robbers burst into the store on ritzy Avenue Montaigne near the Champs-Elysees.",
            "Three or four",
            Qualifier::Range,
            s(3.5),
            s(3.0),
            s(4.0),
            None,
            Some("robber"),
            N,
        ),
        (
            "Harry Winston's prestigious Paris jewellery store was stormed by as many as four robbers on Thursday afternoon.",
            "as many as four",
            AtMost,
            N,
            s(0.0),
            s(4.0),
            None,
            Some("robber"),
            N,
        ),
        (
            "Yesterday in Los Angeles, pin-up icon Bettie Page succumbed to complications from a heart attack suffered almost three weeks ago.",
            "almost three",
            Approximate,
            s(3.0),
            s(2.7),
            s(3.0),
            None,
            Some("week"),
            N,
        ),
    ]);
}

#[test]
fn ecb_quakes_distances_money_scores() {
    check(&[
        (
            "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings.",
            "5.6 magnitude",
            Exact,
            s(5.6),
            s(5.6),
            s(5.6),
            Some("magnitude"),
            None,
            N,
        ),
        (
            "Tremors from an earthquake registering 6. 1 on the Richter scale 60km south west of Bandar Abbas in Iran were felt in Dubai today.",
            "6. 1",
            Exact,
            s(6.1),
            s(6.1),
            s(6.1),
            Some("magnitude"),
            None,
            N,
        ),
        (
            "Tremors from an earthquake registering 6. 1 on the Richter scale 60km south west of Bandar Abbas in Iran were felt in Dubai today.",
            "60km",
            Exact,
            s(60.0),
            s(60.0),
            s(60.0),
            Some("km"),
            None,
            N,
        ),
        (
            "The 5. 9-magnitude quake struck Qeshm island, home to 120,000 people, and the city of Bandar Abbas.",
            "5. 9-magnitude",
            Exact,
            s(5.9),
            s(5.9),
            s(5.9),
            Some("magnitude"),
            None,
            N,
        ),
        (
            "The 5. 9-magnitude quake struck Qeshm island, home to 120,000 people, and the city of Bandar Abbas.",
            "120,000",
            Exact,
            s(120000.0),
            s(120000.0),
            s(120000.0),
            None,
            Some("people"),
            N,
        ),
        (
            "An earthquake measuring at least magnitude - 5. 9 shook a sparsely populated area of southern Iran on Sunday.",
            "at least magnitude - 5. 9",
            AtLeast,
            N,
            s(5.9),
            N,
            Some("magnitude"),
            None,
            N,
        ),
        (
            "The USGS said the quake was 35 miles southwest of Bandar Abbas.",
            "35 miles",
            Exact,
            s(56.32704),
            // the rounding of the miles: 34.5 to 35.5 miles
            s(34.5 * 1.609344),
            s(35.5 * 1.609344),
            Some("km"),
            None,
            N,
        ),
        (
            "A 36-year-old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook.",
            "about 150 metres",
            Approximate,
            s(150.0),
            s(135.0),
            s(165.0),
            Some("m"),
            None,
            N,
        ),
        (
            "A British man has been killed after falling around 2, 000ft while climbing in New Zealand.",
            "around 2, 000ft",
            Approximate,
            s(609.6),
            s(548.64),
            s(670.56),
            Some("m"),
            None,
            N,
        ),
        (
            "Armed robbers stole diamonds valued at 85 million euros ($108 million) from the Paris branch of jeweler Harry Winston.",
            "$108 million",
            Exact,
            s(1.08e8),
            s(1.08e8),
            s(1.08e8),
            Some("USD"),
            None,
            N,
        ),
        (
            "Jewellery and watches worth \u{a3}1. 7m have been stolen during a heist in an upmarket central Paris shop.",
            "\u{a3}1. 7m",
            Exact,
            s(1.7e6),
            s(1.7e6),
            s(1.7e6),
            Some("GBP"),
            None,
            N,
        ),
        (
            "Four men rammed their car into an upmarket jewellery store, making off with a two-million-euro ($2. 6-million) booty.",
            "two-million-euro",
            Exact,
            s(2e6),
            s(2e6),
            s(2e6),
            Some("EUR"),
            None,
            N,
        ),
        (
            "Four men rammed their car into an upmarket jewellery store, making off with a two-million-euro ($2. 6-million) booty.",
            "$2. 6-million",
            Exact,
            s(2.6e6),
            s(2.6e6),
            s(2.6e6),
            Some("USD"),
            None,
            N,
        ),
        (
            "Four men rammed their car into an upmarket jewellery store, making off with a two-million-euro ($2. 6-million) booty.",
            "Four",
            Exact,
            s(4.0),
            s(4.0),
            s(4.0),
            None,
            Some("man"),
            N,
        ),
        (
            "They made off with 2m euros (\u{a3}1. 7m; $2. 6m) in gems and watches.",
            "2m euros",
            Exact,
            s(2e6),
            s(2e6),
            s(2e6),
            Some("EUR"),
            None,
            N,
        ),
        (
            "Ram-raiders hit Paris jewellery store for \u{20ac}2m",
            "\u{20ac}2m",
            Exact,
            s(2e6),
            s(2e6),
            s(2e6),
            Some("EUR"),
            None,
            N,
        ),
        (
            "An overnight fire caused an estimated $1 million in damage, and investigators say it could be the work of an arsonist.",
            "an estimated $1 million",
            Approximate,
            s(1e6),
            s(9e5),
            s(1.1e6),
            Some("USD"),
            None,
            N,
        ),
        (
            "The Red Sox have made an eight-year offer to Teixeira in excess of $160 million, sources say.",
            "in excess of $160 million",
            MoreThan,
            N,
            s(1.6e8),
            N,
            Some("USD"),
            None,
            N,
        ),
        (
            "Armed robbers stole gems worth 85 million euros (74 million pounds) from luxury jewellers in the heart of Paris.",
            "74 million pounds",
            Exact,
            s(7.4e7),
            s(7.4e7),
            s(7.4e7),
            Some("GBP"),
            None,
            N,
        ),
        (
            "The government of Turkmenistan said 90 per cent of eligible voters had participated in parliamentary elections Sunday.",
            "90 per cent",
            Exact,
            s(90.0),
            s(90.0),
            s(90.0),
            Some("percent"),
            None,
            N,
        ),
        (
            "Quarterback Peyton Manning was nearly perfect as the Colts beat the host Jaguars, 31-24, on Thursday night.",
            "31-24",
            Exact,
            s(31.0),
            s(31.0),
            s(31.0),
            Some("score"),
            None,
            s(24.0),
        ),
        (
            "Colts beat Chiefs 20-13 to clinch playoff berth",
            "20-13",
            Exact,
            s(20.0),
            s(20.0),
            s(20.0),
            Some("score"),
            None,
            s(13.0),
        ),
        (
            "Bush was hurt last Thursday in a 27-24 loss to Chicago.",
            "27-24",
            Exact,
            s(27.0),
            s(27.0),
            s(27.0),
            Some("score"),
            None,
            s(24.0),
        ),
        (
            "Doug McDermott scored 23 points and the top-seeded Bluejays defeated Drake 65-53 on Friday.",
            "23",
            Exact,
            s(23.0),
            s(23.0),
            s(23.0),
            None,
            Some("point"),
            N,
        ),
        (
            "McDermott, a junior, now has 2,129 points - - 13 more than Rodney Buford.",
            "2,129",
            Exact,
            s(2129.0),
            s(2129.0),
            s(2129.0),
            None,
            Some("point"),
            N,
        ),
    ]);
}

#[test]
fn forms_and_changes() {
    check(&[
        (
            "Shares rose 5% on Monday.",
            "5%",
            Exact,
            s(5.0),
            s(5.0),
            s(5.0),
            Some("percent"),
            None,
            N,
        ),
        (
            "Petrol was up 19 cents a litre.",
            "19 cents",
            Exact,
            s(19.0),
            s(19.0),
            s(19.0),
            Some("cent"),
            None,
            N,
        ),
        (
            "Exports fell by a third last year.",
            "a third",
            Exact,
            s(1.0 / 3.0),
            s(1.0 / 3.0),
            s(1.0 / 3.0),
            Some("fraction"),
            None,
            N,
        ),
        (
            "About two-thirds of voters backed it.",
            "About two-thirds",
            Approximate,
            s(2.0 / 3.0),
            s(0.6),
            s(2.2 / 3.0),
            Some("fraction"),
            Some("voter"),
            N,
        ),
        (
            "Half of the lawmakers abstained.",
            "Half",
            Exact,
            s(0.5),
            s(0.5),
            s(0.5),
            Some("fraction"),
            Some("lawmaker"),
            N,
        ),
        (
            "One in five adults abstained.",
            "One in five",
            Exact,
            s(0.2),
            s(0.2),
            s(0.2),
            Some("ratio"),
            Some("adult"),
            N,
        ),
        (
            "Between 200 and 250 people attended.",
            "Between 200 and 250",
            Qualifier::Range,
            s(225.0),
            s(200.0),
            s(250.0),
            None,
            Some("people"),
            N,
        ),
        (
            "The convoy drove from 252 to 287 miles a day.",
            "from 252 to 287 miles",
            Qualifier::Range,
            s(269.5 * 1.609344),
            s(252.0 * 1.609344),
            s(287.0 * 1.609344),
            Some("km"),
            None,
            N,
        ),
        (
            "They sent 200-250 troops.",
            "200-250",
            Qualifier::Range,
            s(225.0),
            s(200.0),
            s(250.0),
            None,
            Some("troop"),
            N,
        ),
        (
            "The plan costs between $2 and 3 billion.",
            "between $2 and 3 billion",
            Qualifier::Range,
            s(2.5e9),
            s(2e9),
            s(3e9),
            Some("USD"),
            None,
            N,
        ),
        (
            "Rates rose 5 percentage points.",
            "5 percentage points",
            Exact,
            s(5.0),
            s(5.0),
            s(5.0),
            Some("percentage_point"),
            None,
            N,
        ),
        (
            "The fund holds \u{20ac}100bn and $4.2bn.",
            "$4.2bn",
            Exact,
            s(4.2e9),
            s(4.2e9),
            s(4.2e9),
            Some("USD"),
            None,
            N,
        ),
        (
            "The fund holds \u{20ac}100bn and $4.2bn.",
            "\u{20ac}100bn",
            Exact,
            s(1e11),
            s(1e11),
            s(1e11),
            Some("EUR"),
            None,
            N,
        ),
        (
            "The farm covers 50 acres.",
            "50 acres",
            Exact,
            s(50.0 * 0.404_685_642_24),
            // a round 50: rounding up to 5 % (±1.25 acres)
            s(48.75 * 0.404_685_642_24),
            s(51.25 * 0.404_685_642_24),
            Some("ha"),
            None,
            N,
        ),
        (
            "The parcel weighed 10 pounds.",
            "10 pounds",
            Exact,
            s(4.5359237),
            s(9.5 * 0.453_592_37),
            s(10.5 * 0.453_592_37),
            Some("kg"),
            None,
            N,
        ),
        (
            "He paid a fine of 300 pounds.",
            "300 pounds",
            Exact,
            s(300.0),
            s(300.0),
            s(300.0),
            Some("GBP"),
            None,
            N,
        ),
        (
            "The grant was 5 million hryvnias.",
            "5 million hryvnias",
            Exact,
            s(5e6),
            s(5e6),
            s(5e6),
            Some("UAH"),
            None,
            N,
        ),
        (
            "She won forty-seven medals.",
            "forty-seven",
            Exact,
            s(47.0),
            s(47.0),
            s(47.0),
            None,
            Some("medal"),
            N,
        ),
        (
            // A dozen is a round number: about 12.
            "They bought a dozen boxes.",
            "a dozen",
            Approximate,
            s(12.0),
            s(12.0 * 0.9),
            s(12.0 * 1.1),
            None,
            Some("box"),
            N,
        ),
        (
            "Nearly 3,000 homes were damaged.",
            "Nearly 3,000",
            Approximate,
            s(3000.0),
            s(2700.0),
            s(3000.0),
            None,
            Some("home"),
            N,
        ),
        (
            "Fewer than 30 children were hurt.",
            "Fewer than 30",
            LessThan,
            N,
            s(0.0),
            s(30.0),
            None,
            Some("child"),
            N,
        ),
        (
            "No fewer than 5 ships sank.",
            "No fewer than 5",
            AtLeast,
            N,
            s(5.0),
            N,
            None,
            Some("ship"),
            N,
        ),
        (
            "At most 4 teams qualify.",
            "At most 4",
            AtMost,
            N,
            s(0.0),
            s(4.0),
            None,
            Some("team"),
            N,
        ),
        (
            "Several hundred soldiers left.",
            "Several hundred",
            Vague,
            N,
            s(300.0),
            s(900.0),
            None,
            Some("soldier"),
            N,
        ),
        (
            "A handful of protesters remained.",
            "A handful",
            Vague,
            N,
            s(2.0),
            s(6.0),
            None,
            Some("protester"),
            N,
        ),
        (
            "Scores of homes burned.",
            "Scores",
            Vague,
            N,
            s(40.0),
            s(200.0),
            None,
            Some("home"),
            N,
        ),
        (
            "The raid netted 3m in cash for $3m.",
            "$3m",
            Exact,
            s(3e6),
            s(3e6),
            s(3e6),
            Some("USD"),
            None,
            N,
        ),
        (
            "Some 50 or more injuries were reported.",
            "Some 50 or more",
            AtLeast,
            N,
            s(50.0),
            N,
            None,
            Some("injury"),
            N,
        ),
        (
            "The region has had six earthquakes of magnitude 6.5 or higher since 1990.",
            "magnitude 6.5 or higher",
            AtLeast,
            N,
            s(6.5),
            N,
            Some("magnitude"),
            None,
            N,
        ),
        (
            "Entry is free for visitors aged 70 and over.",
            "70 and over",
            AtLeast,
            N,
            s(70.0),
            N,
            None,
            None,
            N,
        ),
        (
            "The toll has reached 55 and over 1,500 people were moved to camps.",
            "55",
            Exact,
            s(55.0),
            s(55.0),
            s(55.0),
            None,
            None,
            N,
        ),
        (
            "Pupils aged 11 or younger were sent home.",
            "11 or younger",
            AtMost,
            N,
            s(0.0),
            s(11.0),
            None,
            None,
            N,
        ),
        (
            "At least 20 deaths were reported.",
            "At least 20",
            AtLeast,
            N,
            s(20.0),
            N,
            None,
            Some("death"),
            N,
        ),
    ]);
    let got =
        extract("Petrol was up 19 cents a litre; shares rose 5% and exports fell by a third.");
    let changes: Vec<_> = got.iter().map(|(_, q)| q.change).collect();
    assert_eq!(
        changes,
        vec![Some(Change::Up), Some(Change::Up), Some(Change::Down)]
    );
    let got = extract("Turnout increased by 10 this year.");
    assert_eq!(got[0].1.change, Some(Change::Up));
    let got = extract("The climber fell 200ft from a ridge.");
    assert_eq!(got[0].1.change, None, "physical falls are not changes");
}

/// Each (sentence, needle): no extracted span may touch `needle`.
const NEGATIVE: &[(&str, &str)] = &[
    ("He said this in an interview with The Economist on May 24.", "24"),
    ("NATO Secretary General Jens Stoltenberg gives a speech in Sofia, Bulgaria, on May 27, 2024.", "27, 2024"),
    ("date 2024-05-27 On Monday, the Parliamentary Assembly approved a declaration.", "2024-05-27"),
    ("On 1 June, the Rossiya Segodnya International Multimedia Centre will hold a press conference.", "1"),
    ("by Elsa Court and The Kyiv Independent news desk May 27, 2024 6:47 PM", "6:47"),
    ("The Kyiv Independent doesn\u{2019}t depend on a wealthy owner \u{2014} in 2023, 80% of our revenue was from readers.", "2023"),
    ("The one who does all this doesn\u{2019}t want peace, President Volodymyr Zelensky said in Kharkiv on May 26.", "one"),
    ("He also added that one of the decisive factors was the support of this initiative.", "one"),
    ("I don't want to shift World War III to my children, it is one thing to defend, another to kill.", "one"),
    ("Police apprehended Jackson at about 2:30 a.m. and booked him for the misdemeanour.", "2:30"),
    ("Raj Chohan was hit at 97th Avenue and 117th Street in Richmond Hill at about 7 p. m.", "7 p"),
    ("Raj Chohan was hit at 97th Avenue and 117th Street in Richmond Hill.", "97th"),
    ("Hugh Jackman has been roped in to host the 81st annual Academy Awards ceremony.", "81st"),
    ("A clip from the 2004 Tony telecast of his performance made the rounds.", "2004"),
    ("The cuts happened off the coast of Sicily at 10:00 am (0800 GMT) on Friday.", "0800"),
    ("Microsoft received reports of attacks aimed at Internet Explorer 8 and 9.", "8 and 9"),
    ("The security update for IE, dubbed MS08-078, resolves a vulnerability.", "078"),
    ("27 / 09 / 2013-Turkmenistan to hold first-ever parliamentary elections.", "27 / 09 / 2013"),
    ("Indian Naval Ship Sukanya thwarted a piracy attack on 10 Nov 11.", "10 Nov 11"),
    ("McDermott passed Rodney Buford, who played for the Bluejays from 1995-99.", "1995-99"),
    ("John Jenkin, 23, was arrested near the house where Alice McMeekin, 58, and Katie Jenkin, 20, were discovered.", "20"),
    ("Comeaux, 49, escaped from a prison van in Baytown.", "49"),
    ("Fred LaRue served a 4-1 / 2-month prison term for his role in Watergate.", "4-1 / 2"),
    ("Hasim Rahman, 45-7-2, 36 KO's, lost in the seventh round.", "45-7-2"),
    ("The F-16 and Su-34 jets flew past.", "16"),
    ("The Su-34 jets flew past.", "34"),
    ("COVID-19 cases fell.", "19"),
    ("The G7 leaders met.", "G7"),
    ("A Boeing 737 landed.", "737"),
    ("Article 5 was invoked.", "5"),
    ("He went to No. 10 Downing Street.", "10"),
    ("Flight MH17 was shot down.", "17"),
    ("Under Section 427 of the code, it is legal.", "427"),
    ("The 22nd Amendment limits terms.", "22nd"),
    ("1. The first point matters.", "1"),
    ("Call +44 20 7946 0958 or (212) 555-1234 for details.", "20 7946"),
    ("Call +44 20 7946 0958 or (212) 555-1234 for details.", "555-1234"),
    ("The 1990s were calm.", "1990s"),
    ("The Colts won 10News coverage.", "10"),
    ("Someone called 911 to report a fire.", "911"),
    ("Klitschko retained his titles with a one-sided seventh-round stoppage.", "one"),
    ("A co-worker has been charged in the 1967 slayings of two women.", "1967"),
    ("He was born on 27 May 2024 at 10 o'clock.", "27 May 2024"),
    ("The meeting is at 10 o'clock.", "10"),
    ("That was the second time.", "second"),
];

#[test]
fn negatives() {
    for &(text, needle) in NEGATIVE {
        let at = text
            .find(needle)
            .unwrap_or_else(|| panic!("needle {needle:?} not in {text:?}"));
        let r = at..at + needle.len();
        for (span, q) in extract(text) {
            assert!(
                span.end <= r.start || span.start >= r.end,
                "{:?} in {text:?} should not be a quantity: {q:?}",
                &text[span.clone()]
            );
        }
    }
    assert!(extract("He also added that one of the decisive factors was the support.").is_empty());
    assert!(extract("World War III began in 1939.").is_empty());
}

#[test]
fn spans_sorted_disjoint_and_total() {
    let texts = [
        "Between 200 and 250 people, 47 out of 56 countries, a majority of the 281 lawmakers, 3-1, \u{20ac}100bn.",
        "10^400 and 999999999999999999999999 and 1,2,3,4,5 and 1e400",
        &"9".repeat(500),
        "\u{20ac}\u{a3}$ - -- 5- -5 5.. ..5 , ,5 5, 5% % per cent a few a",
        "\u{1f600} 5 \u{1f600}\u{1f600} five \u{2013} six \u{2014} 7\u{2019}s, \u{d7}3 \u{bd} \u{2153}",
        "a majority of the", "between 5 and", "from 3 to", "one in", "47 out of", "magnitude -",
        "", " ", "5", "five", "a dozen", "half", "$", "5 per", "2, 000",
    ];
    for t in texts {
        let got = extract(t);
        let mut end = 0;
        for (r, q) in &got {
            assert!(
                r.start >= end && r.start < r.end && r.end <= t.len(),
                "{t:?}: {got:?}"
            );
            assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
            for x in [q.value, q.low, q.high, q.total].into_iter().flatten() {
                assert!(x.is_finite(), "{t:?}: {q:?}");
            }
            end = r.end;
        }
    }
    // every char boundary prefix/suffix of a rich sentence: no panic
    let t = "Around 2, 000ft; $2. 6-million \u{2013} a majority of more than 200 lawmakers, 47 out of 56 countries, 6:47 PM, F-16.";
    for (i, _) in t.char_indices() {
        let _ = extract(&t[i..]);
        let _ = extract(&t[..i]);
    }
}

#[test]
fn lemmas() {
    for (a, b) in [
        ("lawmakers", "lawmaker"),
        ("countries", "country"),
        ("people", "people"),
        ("children", "child"),
        ("men", "man"),
        ("women", "woman"),
        ("shells", "shell"),
        ("injuries", "injury"),
        ("deaths", "death"),
        ("boxes", "box"),
        ("Allies", "ally"),
        ("policemen", "policeman"),
        ("houses", "house"),
        ("churches", "church"),
        ("series", "series"),
        ("movies", "movie"),
        ("lives", "life"),
        ("campuses", "campus"),
        ("viruses", "virus"),
        ("abuses", "abuse"),
        ("causes", "cause"),
        ("classes", "class"),
        ("taxes", "tax"),
        ("branches", "branch"),
        ("tranches", "tranche"),
        ("crashes", "crash"),
        ("RBIs", "rbi"),
        ("Somalis", "somali"),
        ("tennis", "tennis"),
        ("analysis", "analysis"),
        ("crises", "crisis"),
        ("status", "status"),
    ] {
        assert_eq!(lemma(a), b, "{a}");
    }
}

/// Periods, money ranges, changes from X to Y, parts of a whole,
/// magnitudes, leading-dot decimals and counted nouns, from real news
/// sentences (ECB+).
#[test]
fn periods_ranges_changes_parts() {
    let nats = "The Nationals reportedly have bid $160 million over eight years, the Orioles between $140 million and $150 million over seven years.";
    let seats = "Over 2.5 million people were eligible to vote in the election, held under the framework of a new constitution approved in September and intended to increase parliament's powers and raise the number of seats from 65 to 125.";
    check(&[
        (nats, "eight", Exact, s(8.0), s(8.0), s(8.0), None, Some("year"), N),
        (nats, "seven", Exact, s(7.0), s(7.0), s(7.0), None, Some("year"), N),
        (
            "No dollar figures have been released with the offer, but the seven-year offers for Teixeira were in the $140 million to $160 million range.",
            "$140 million to $160 million",
            Qualifier::Range,
            s(150e6),
            s(140e6),
            s(160e6),
            Some("USD"),
            None,
            N,
        ),
        (
            "The offer was worth $140 to $160 million.",
            "$140 to $160 million",
            Qualifier::Range,
            s(150e6),
            s(140e6),
            s(160e6),
            Some("USD"),
            None,
            N,
        ),
        (
            "The team made its offer, reportedly worth about US $160 million, during the winter meetings.",
            "about US $160 million",
            Approximate,
            s(160e6),
            s(144e6),
            s(176e6),
            Some("USD"),
            None,
            N,
        ),
        (seats, "65", Exact, s(65.0), s(65.0), s(65.0), None, None, N),
        (seats, "125", Exact, s(125.0), s(125.0), s(125.0), None, None, N),
        (
            "He said 30 of the 80 wounded remained in hospital after the tremor.",
            "30 of the 80",
            Exact,
            s(30.0),
            s(30.0),
            s(30.0),
            None,
            Some("wounded"),
            s(80.0),
        ),
        (
            "But out of the 288 candidates running for the 125 seats Sunday, more than half are members of the pro-presidential Democratic Party.",
            "more than half",
            MoreThan,
            N,
            s(0.5),
            N,
            Some("fraction"),
            None,
            N,
        ),
        (
            "On Qeshm island, between half and two-thirds of homes in five villages had been damaged, officials said.",
            "between half and two-thirds",
            Qualifier::Range,
            s(7.0 / 12.0),
            s(0.5),
            s(2.0 / 3.0),
            Some("fraction"),
            Some("home"),
            N,
        ),
        (
            "A powerful quake with a magnitude of 6.1 struck southern Iran in September.",
            "6.1",
            Exact,
            s(6.1),
            s(6.1),
            s(6.1),
            Some("magnitude"),
            None,
            N,
        ),
        (
            "The quake has been followed by frequent aftershocks varying from 2.8 to 3.8 degrees on the Richter scale on Monday.",
            "from 2.8 to 3.8",
            Qualifier::Range,
            s(3.3),
            s(2.8),
            s(3.8),
            Some("magnitude"),
            None,
            N,
        ),
        (
            "The television audience numbers several hundred million worldwide.",
            "several hundred million",
            Vague,
            N,
            s(3e8),
            s(9e8),
            None,
            None,
            N,
        ),
        (
            "In 54 games with the Angeles he hit .358 with 13 home runs and 43 RBIs, and had a slugging percentage of .632.",
            ".358",
            Exact,
            s(0.358),
            s(0.358),
            s(0.358),
            None,
            None,
            N,
        ),
        (
            "In 54 games with the Angeles he hit .358 with 13 home runs and 43 RBIs, and had a slugging percentage of .632.",
            "43",
            Exact,
            s(43.0),
            s(43.0),
            s(43.0),
            None,
            Some("rbi"),
            N,
        ),
        (
            "The apprehended included 12 Somalis and 11 Yemenis.",
            "12",
            Exact,
            s(12.0),
            s(12.0),
            s(12.0),
            None,
            Some("somali"),
            N,
        ),
        (
            "The deal is said to be for 8 year and could be up to $180 million.",
            "8",
            Exact,
            s(8.0),
            s(8.0),
            s(8.0),
            None,
            Some("year"),
            N,
        ),
        (
            "One day after Wednesday's massive general strike, at least fifteen university campuses remain occupied by student demonstrators.",
            "One",
            Exact,
            s(1.0),
            s(1.0),
            s(1.0),
            None,
            Some("day"),
            N,
        ),
        (
            "One day after Wednesday's massive general strike, at least fifteen university campuses remain occupied by student demonstrators.",
            "at least fifteen",
            AtLeast,
            N,
            s(15.0),
            N,
            None,
            Some("university campus"),
            N,
        ),
    ]);
    let got = extract(seats);
    let new = got
        .iter()
        .find(|(r, _)| &seats[r.clone()] == "125")
        .unwrap();
    assert_eq!(new.1.change, Some(Change::Up));
    let old = got.iter().find(|(r, _)| &seats[r.clone()] == "65").unwrap();
    assert_eq!(old.1.change, None);
    let t = "Unemployment rose from 5.1% to 5.4% in March, while prices ranged from $5 to $10.";
    let got = extract(t);
    let spans: Vec<&str> = got.iter().map(|(r, _)| &t[r.clone()]).collect();
    assert_eq!(spans, ["5.1%", "5.4%", "from $5 to $10"], "{got:?}");
    assert_eq!(got[1].1.change, Some(Change::Up));
    assert_eq!(got[2].1.qualifier, Qualifier::Range);
    // "over" with no figure before it is still "more than"
    let q = &extract("He worked there for over eight years.")[0].1;
    assert_eq!(q.qualifier, MoreThan);
    let q = &extract("a family with 3 children over 5 years old")[1].1;
    assert_eq!(q.qualifier, MoreThan);
    // an amount given to a count is not a range
    let t = "They gave $5 million to 20 charities.";
    let spans: Vec<&str> = extract(t).iter().map(|(r, _)| &t[r.clone()]).collect();
    assert_eq!(spans, ["$5 million", "20"]);
    let t = "The 2008 telecast delivered 32 million total viewers, a 24% drop compared with the previous year's ceremony.";
    let q = &extract(t)[1].1;
    assert_eq!(
        (q.unit.as_deref(), q.change),
        (Some("percent"), Some(Change::Down))
    );
}

/// Phone numbers, letter-number identifiers and addresses (ECB+).
#[test]
fn identifiers_phones_addresses() {
    for t in [
        "At this stage, nobody is thought to have been injured and anybody with information is asked to call police on 0845 125 2222.",
        "Anyone with any information about the fire is asked to contact Surrey Police on 0845 125 2222 or Crimestoppers anonymously on 0800 555111.",
        "Sheriff Deputy Ortiz was killed outside an apartment in the 12000 block of East 223rd Street in Hawaiian Gardens.",
        "Call 1 800 555 1234 today.",
    ] {
        assert!(extract(t).is_empty(), "{t:?}: {:?}", extract(t));
    }
    let t = "The location is about 10 blocks east of the 605 Freeway.";
    let spans: Vec<&str> = extract(t).iter().map(|(r, _)| &t[r.clone()]).collect();
    assert_eq!(spans, ["about 10"]);
    let t = "INS Sukanya nabbed 26 Somali pirates with six AK 47 rifles, 12 magazines and about 300 rounds of ammunition.";
    let spans: Vec<&str> = extract(t).iter().map(|(r, _)| &t[r.clone()]).collect();
    assert_eq!(spans, ["26", "six", "12", "about 300"]);
}

#[test]
fn overlap_helper() {
    let q = |t: &str| extract(t).into_iter().next().unwrap().1;
    assert!(overlaps(&q("about 50 people"), &q("52 people")));
    assert!(!overlaps(
        &q("more than 200 lawmakers"),
        &q("150 lawmakers")
    ));
    assert!(overlaps(
        &q("two-thirds of voters"),
        &q("about 66% of voters")
    ));
    assert!(!overlaps(&q("nearly 100 people"), &q("100 people")));
    assert!(!overlaps(&q("5 km"), &q("5 kg")));
    assert!(!overlaps(&q("won 3-1"), &q("won 3-2")));
    assert!(overlaps(&q("won 3-1"), &q("won 3-1")));
    // one scoreline told from the loser's side
    assert!(overlaps(&q("lost 13-20"), &q("won 20-13")));
    assert!(!overlaps(&q("lost 13-20"), &q("won 20-17")));
    // a converted figure covers the rounding of the original
    assert!(overlaps(&q("75 mph"), &q("120 km/h")));
    assert!(!overlaps(&q("75 mph"), &q("140 km/h")));
    assert!(overlaps(&q("1,000 feet"), &q("300 metres")));
    assert!(overlaps(&q("12,000 hectares"), &q("about 29,650 acres")));
}
