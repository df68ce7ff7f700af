//! One rule at a time: tense, resolution, separators, ordinal words and
//! pairs, a day of the month alone, and pairs and ordinals that are no
//! dates.

use super::*;

/// The tense of the clause picks the year of a day without one, and
/// the future moves a weekday or a bare month forward.
#[test]
fn tense() {
    check(&[
        (
            "Teixeira, who turns 29 on April 11, has averaged more than 30 home runs and 100 RBIs in his six big-league seasons.",
            Some("2008-12-19"),
            &[("on April 11", "D 2009-04-11")],
        ),
        (
            "Her latest stay at Betty Ford comes after Lohan rear-ended a truck with her Porsche on Pacific Coast Highway on June 8, and then lied to police.",
            Some("2013-05-03"),
            &[("on June 8", "D 2012-06-08")],
        ),
        // unclear tense: the default (within six months ahead: this year)
        (
            "The union said the first 24-hour walkout would take place on April 23.",
            Some("2024-04-10"),
            &[("on April 23", "D 2024-04-23")],
        ),
        (
            "The festival opens on June 8, organizers said.",
            Some("2024-07-10"),
            &[("on June 8", "D 2025-06-08")],
        ),
        (
            "Police said the man was arrested on June 8.",
            Some("2024-04-10"),
            &[("on June 8", "D 2023-06-08")],
        ),
        // a present passive is no past: the next May 7, not the last
        (
            "He faces up to 25 years in prison when he's sentenced May 7.",
            Some("2013-04-12"),
            &[("May 7", "D 2013-05-07")],
        ),
        (
            "The two men are charged with arson and are arraigned on June 3.",
            Some("2024-05-20"),
            &[("on June 3", "D 2024-06-03")],
        ),
        (
            "The vote was scheduled for May 20 but was postponed.",
            Some("2024-04-10"),
            &[("May 20", "D 2024-05-20")],
        ),
        (
            "On March 3, he will turn 30.",
            Some("2024-04-10"),
            &[("On March 3", "D 2025-03-03")],
        ),
        (
            "The trial starts Monday.",
            Some("2024-04-10"),
            &[("Monday", "rD 2024-04-15")],
        ),
        (
            "The suspect will appear in court on Monday after being arrested on Saturday.",
            Some("2024-04-10"),
            &[("on Monday", "rD 2024-04-15"), ("on Saturday", "rD 2024-04-06")],
        ),
        (
            "The summit will be held in March.",
            Some("2024-04-10"),
            &[("in March", "M 2025-03")],
        ),
        (
            "The summit was held in March.",
            Some("2024-04-10"),
            &[("in March", "M 2024-03")],
        ),
    ]);
    assert_eq!(
        clause_tense("He will be sentenced on Friday.", 23, 32),
        Some(Tense::Future)
    );
    assert_eq!(
        clause_tense("He was sentenced on Friday.", 17, 26),
        Some(Tense::Past)
    );
    assert_eq!(clause_tense("On Friday.", 0, 9), None);
    // "before" a noun is a preposition; "before" a clause opens another.
    let s = "The woman will appear before magistrates on Monday.";
    assert_eq!(clause_tense(s, 41, 50), Some(Tense::Future));
    let s = "He will travel to Paris after they meet on Monday.";
    assert_eq!(clause_tense(s, 40, 49), None);
}

#[test]
fn resolution_rules() {
    check(&[
        (
            "He arrived yesterday.",
            NATO,
            &[("yesterday", "rD 2024-05-26")],
        ),
        (
            "They will meet tomorrow.",
            NATO,
            &[("tomorrow", "rD 2024-05-28")],
        ),
        (
            "Protests continued tonight.",
            NATO,
            &[("tonight", "rD 2024-05-27")],
        ),
        (
            "Talks collapsed last week.",
            NATO,
            &[("last week", "rW 2024-05-20 2024-05-20..2024-05-26")],
        ),
        (
            "Talks resume next week.",
            NATO,
            &[("next week", "rW 2024-06-03 2024-06-03..2024-06-09")],
        ),
        (
            "The vote took place earlier this month.",
            NATO,
            &[("earlier this month", "rM 2024-05 2024-05-01..2024-05-27")],
        ),
        (
            "The vote took place earlier this week.",
            Some("2024-05-30"),
            &[("earlier this week", "rW 2024-05-27 2024-05-27..2024-05-30")],
        ),
        (
            "Prices rose last month.",
            Some("2024-01-15"),
            &[("last month", "rM 2023-12")],
        ),
        ("Prices rose last year.", NATO, &[("last year", "rY 2023")]),
        ("Prices rose this year.", NATO, &[("this year", "rY 2024")]),
        (
            "It happened two days ago.",
            NATO,
            &[("two days ago", "rD 2024-05-25")],
        ),
        (
            "The deal was signed last Monday.",
            NATO,
            &[("last Monday", "rD 2024-05-20")],
        ),
        (
            "The deal was signed last Tuesday.",
            NATO,
            &[("last Tuesday", "rD 2024-05-21")],
        ),
        (
            "They meet next Monday.",
            NATO,
            &[("next Monday", "rD 2024-06-03")],
        ),
        (
            "They meet this coming Friday.",
            NATO,
            &[("this coming Friday", "rD 2024-05-31")],
        ),
        (
            "Police said on Sunday.",
            NATO,
            &[("on Sunday", "rD 2024-05-26")],
        ),
        (
            "Fighting flared over the weekend.",
            NATO,
            &[("over the weekend", "rW 2024-05-20 2024-05-25..2024-05-26")],
        ),
        (
            "Fighting flared over the weekend.",
            Some("2024-05-26"),
            &[("over the weekend", "rW 2024-05-20 2024-05-25..2024-05-26")],
        ),
        // A month after the publication month is last year's.
        (
            "The plant closed in September.",
            NATO,
            &[("in September", "M 2023-09")],
        ),
        (
            "The plant closed in May 2024.",
            NATO,
            &[("in May 2024", "M 2024-05")],
        ),
        (
            "The plant closed last August.",
            Some("2013-09-26"),
            &[("last August", "rM 2013-08")],
        ),
        // A day more than six months ahead is last year's.
        (
            "The plant closed on December 3.",
            NATO,
            &[("on December 3", "D 2023-12-03")],
        ),
        (
            "The summit opens on 9 July.",
            NATO,
            &[("on 9 July", "D 2024-07-09")],
        ),
        // The weekday picks the year.
        (
            "It began on Friday, December 1.",
            NATO,
            &[("on Friday, December 1", "D 2023-12-01")],
        ),
        (
            "Emissions must halve by 2030.",
            NATO,
            &[("by 2030", "Y 2030")],
        ),
        (
            "Unemployment has doubled since 2010.",
            None,
            &[("since 2010", "Y 2010")],
        ),
        (
            "Ceasefire talks stalled in mid-May.",
            NATO,
            &[("mid-May", "M 2024-05")],
        ),
        (
            "The work must be finished by May.",
            Some("2024-03-01"),
            &[("by May", "M 2023-05")],
        ),
        (
            "The money was spent by the end of May.",
            NATO,
            &[("the end of May", "M 2024-05")],
        ),
        (
            "It was signed on the 27th of May 2024.",
            None,
            &[("on the 27th of May 2024", "D 2024-05-27")],
        ),
        (
            "They met on May 27th.",
            NATO,
            &[("on May 27th", "D 2024-05-27")],
        ),
    ]);
}

/// Grammar added with the Recognizers-Text evaluation, on wording of
/// its own; each case fails with its rule switched off.
#[test]
fn separators_ordinal_words_and_pairs() {
    check(&[
        // a week of a month or a year: the first seven days and the
        // ISO week together (1 March 2024 is a Friday: its ISO week 1
        // is 4–10 March)
        (
            "Talks resumed in the first week of March.",
            NATO,
            &[(
                "in the first week of March",
                "W 2024-03-04 2024-03-01..2024-03-10",
            )],
        ),
        (
            "Sales peaked during the last week of 2015.",
            NATO,
            &[(
                "during the last week of 2015",
                "W 2015-12-28 2015-12-25..2016-01-03",
            )],
        ),
        (
            "The bill is due the second week of next month.",
            NATO,
            &[(
                "the second week of next month",
                "rW 2024-06-10 2024-06-08..2024-06-16",
            )],
        ),
        // a space before the comma of the year
        (
            "The company was founded on Jan. 9 , 2003.",
            NATO,
            &[("on Jan. 9 , 2003", "D 2003-01-09")],
        ),
        // "of" before the year, after a day or a month
        (
            "She was born on March 3rd of 1961 in Leeds.",
            NATO,
            &[("on March 3rd of 1961", "D 1961-03-03")],
        ),
        (
            "The plant opened in June of 1978.",
            NATO,
            &[("in June of 1978", "M 1978-06")],
        ),
        // a day as an ordinal word
        (
            "The ceasefire began on the twenty-first of March.",
            NATO,
            &[("on the twenty-first of March", "D 2024-03-21")],
        ),
        (
            "Voters go to the polls on the second of June 2025.",
            NATO,
            &[("on the second of June 2025", "D 2025-06-02")],
        ),
        // the second of a pair of years or months
        (
            "Output doubled between 1998 and 2004.",
            NATO,
            &[("between 1998", "Y 1998"), ("and 2004", "Y 2004")],
        ),
        (
            "The museum was shut in 2019 and 2020.",
            NATO,
            &[("in 2019", "Y 2019"), ("and 2020", "Y 2020")],
        ),
        (
            "Prices spiked between August and October.",
            NATO,
            &[
                ("between August", "M 2023-08"),
                ("and October", "M 2023-10"),
            ],
        ),
        (
            "The festival will run from May to July.",
            Some("2024-02-10"),
            &[("from May", "M 2024-05"), ("to July", "M 2024-07")],
        ),
        // two days of a range share a year
        (
            "The tour runs from Dec. 28 to Jan. 3, 2026.",
            NATO,
            &[
                ("Dec. 28", "D 2025-12-28"),
                ("Jan. 3, 2026", "D 2026-01-03"),
            ],
        ),
        // the full stop of "Mr." ends no clause: "will" still rules
        (
            "The law will let Mr. Jones leave on Oct. 22.",
            Some("2024-11-07"),
            &[("on Oct. 22", "D 2025-10-22")],
        ),
        // 29 February without a year: the last leap year's
        (
            "The rule was adopted on Feb 29.",
            Some("2025-03-10"),
            &[("on Feb 29", "D 2024-02-29")],
        ),
    ]);
}

#[test]
fn a_day_of_the_month_alone_takes_the_publication_s_month() {
    let april = Some("2025-04-02");
    check(&[
        (
            "The laptop goes on sale on the 11th.",
            april,
            &[("on the 11th", "rD 2025-04-11")],
        ),
        (
            "It will be available from the 18th, Apple said.",
            april,
            &[("from the 18th", "rD 2025-04-18")],
        ),
        // A past clause and a day still to come: last month's.
        (
            "The sale ended on the 30th and prices rose.",
            april,
            &[("on the 30th", "rD 2025-03-30")],
        ),
        // A future clause and a day already past: next month's.
        (
            "The shop will reopen on the 1st of the month.",
            Some("2025-04-20"),
            &[("on the 1st of the month", "rD 2025-05-01")],
        ),
        // No publication date: a day, unresolved.
        (
            "The laptop goes on sale on the 11th.",
            None,
            &[("on the 11th", "rD ?")],
        ),
        // An ordinal of something else is no date.
        ("She lives on the 11th floor.", april, &[]),
        ("He won on the 18th hole.", april, &[]),
        ("It was his 11th title.", april, &[]),
    ]);
}

#[test]
fn pairs_and_ordinals_that_are_not_dates() {
    check(&[
        // a count after the year's place, not a year
        ("On June 4, 1500 people gathered.", NATO, &[]),
        ("In March 1200 troops arrived.", NATO, &[]),
        ("Staff rose from 1990 to 2050 employees.", NATO, &[]),
        // an ordinal of a share, and May the name
        ("He won a third of May's seats.", NATO, &[]),
        ("A letter from May to Macron was leaked.", NATO, &[]),
        ("It came in the first week of May's premiership.", NATO, &[]),
        ("Rain fell in the first week of the trial.", NATO, &[]),
    ]);
}
