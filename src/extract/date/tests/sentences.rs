//! Whole sentences from the seed articles and from ECB+ news.

use super::*;

#[test]
fn seed_sentences() {
    check(&[
        (
            "On Monday, the Parliamentary Assembly of the North Atlantic Treaty Organization (NATO) approved a declaration stating that Ukraine can attack military targets in Russia.",
            NATO,
            &[("On Monday", "rD 2024-05-27")],
        ),
        (
            "Ukraine should be allowed to use Western weapons to strike military targets inside Russia, the NATO Parliamentary Assembly said in a declaration adopted on May 27.",
            NATO,
            &[("on May 27", "D 2024-05-27")],
        ),
        (
            "Zelensky said in a video address to the world leaders recorded in Kharkiv on May 26.",
            NATO,
            &[("on May 26", "D 2024-05-26")],
        ),
        (
            "Over 11,000 people have been evacuated from Kharkiv Oblast in the renewed Russian offensive that began on May 10.",
            NATO,
            &[("on May 10", "D 2024-05-10")],
        ),
        (
            "Lithuanian Foreign Minister Gabrielius Landsbergis criticized the restrictions on May 20, arguing that they hamper Ukraine's self-defense.",
            NATO,
            &[("on May 20", "D 2024-05-20")],
        ),
        (
            "He said this in an interview with The Economist on May 24.",
            NATO,
            &[("on May 24", "D 2024-05-24")],
        ),
        (
            "On 1 June, the Rossiya Segodnya International Multimedia Centre will hold a press conference to mark International Children's Day.",
            NATO,
            &[("On 1 June", "D 2024-06-01")],
        ),
        (
            "The Kyiv Independent doesn't depend on a wealthy owner or an oligarch — in 2023, 80% of our revenue came from readers.",
            NATO,
            &[("in 2023", "Y 2023")],
        ),
        (
            "Speech during the NATO Parliamentary Assembly Spring Session in Sofia, Bulgaria, on May 27, 2024.",
            NATO,
            &[("on May 27, 2024", "D 2024-05-27")],
        ),
        (
            "Fragments of NATO shells will be presented. — Kalemi Post (@EnkeleidaKalemi) May 25, 2024",
            NATO,
            &[("May 25, 2024", "D 2024-05-25")],
        ),
        (
            "It was approved by 47 out of 56 countries, according to Bulgarian public radio from Sofia, where the Assembly concludes today.",
            NATO,
            &[("today", "rD 2024-05-27")],
        ),
    ]);
}

#[test]
fn ecbplus_sentences() {
    check(&[
        (
            "A friend of the actress told People she went to Promises on Tuesday and that her friends and family supported her decision.",
            LOHAN,
            &[("on Tuesday", "rD 2013-04-30")],
        ),
        (
            "Lohan was previously at Betty Ford from September 2010 to January 2011 after a probation violation in a prior drunk driving case.",
            Some("2013-05-03"),
            &[("from September 2010", "M 2010-09"), ("January 2011", "M 2011-01")],
        ),
        (
            "Her latest stay at Betty Ford comes after Lohan rear-ended a truck with her Porsche on Pacific Coast Highway on June 8, and then lied to police.",
            Some("2013-05-03"),
            // The past tense ("rear-ended") makes it the last June 8
            // before publication: 2012 (the accident was in June 2012).
            &[("on June 8", "D 2012-06-08")],
        ),
        (
            "After skipping out on entering a Newport Beach rehabilitation facility, Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day court-mandated stay in her reckless driving conviction.",
            Some("2013-05-03"),
            &[],
        ),
        (
            "The actress, who shot to fame in 1999 movie American Pie, decided to check in last week.",
            NATO,
            &[("in 1999", "Y 1999"), ("last week", "rW 2024-05-20")],
        ),
        (
            "Ellen DeGeneres will host the Oscars for a second time next year, the Academy announced Friday.",
            Some("2013-08-02"),
            &[("next year", "rY 2014"), ("Friday", "rD 2013-08-02")],
        ),
        (
            "A Michigan man shot to death one person and injured two others Monday at the suburban Detroit accounting firm from which he was fired last week, police said.",
            Some("2012-12-18"),
            &[("Monday", "rD 2012-12-17"), ("last week", "rW 2012-12-10")],
        ),
        (
            "Yesterday in Los Angeles, pin-up icon Bettie Page succumbed to complications from a heart attack suffered almost three weeks ago.",
            Some("2008-12-12"),
            &[("Yesterday", "rD 2008-12-11"), ("three weeks ago", "rD 2008-11-21")],
        ),
        (
            "Page died late yesterday in a Los Angeles hospital after suffering a heart attack more than a week ago, her agent Mark Roesler said in a statement.",
            NATO,
            &[("late yesterday", "rD 2024-05-26"), ("a week ago", "rD 2024-05-20")],
        ),
        (
            "Fresh riots were reported in Greece on Saturday December 13 2008 in protest at the killing by police of a 15-year-old boy, Alexandros Grigoropoulos, eight days ago.",
            Some("2008-12-14"),
            &[("on Saturday December 13 2008", "D 2008-12-13"), ("eight days ago", "rD 2008-12-06")],
        ),
        (
            "A 60-year-old woman charged with killing two young women in a Staunton ice cream shop 41 years ago was released without bail.",
            Some("2008-12-19"),
            &[("41 years ago", "rY 1967")],
        ),
        (
            "Parliamentary elections in Turkmenistan that are scheduled for December 15 of this year will be held on a two-party basis.",
            Some("2013-09-27"),
            &[("December 15 of this year", "rD 2013-12-15")],
        ),
        (
            "The people of Turkmenistan have voted in the first parliamentary election held after the adoption of a new constitution earlier this year.",
            Some("2008-12-15"),
            &[("earlier this year", "rY 2008 2008-01-01..2008-12-15")],
        ),
        (
            "Robert Buckley the second climber to die in the Aoraki - Mount Cook national park at the weekend",
            NATO,
            &[("at the weekend", "rW 2024-05-20 2024-05-25..2024-05-26")],
        ),
        (
            "Sarah Palin's church in Wasilla, Alaska went up in flames this weekend.",
            Some("2008-12-14"),
            &[("this weekend", "rW 2008-12-08 2008-12-13..2008-12-14")],
        ),
        (
            "Lindsay Lohan's lawyer says the actress checked into rehab on Thursday, but the facility has not been officially sanctioned by the court.",
            LOHAN,
            &[("on Thursday", "rD 2013-05-02")],
        ),
        (
            "Lohan checked into California's Betty Ford Center rehab facility late Thursday, dodging arrest after a whirlwind day.",
            Some("2013-05-03"),
            &[("late Thursday", "rD 2013-05-02")],
        ),
        (
            "ET Early Friday morning, around 1:30 a.m., Lohan arrived at the Betty Ford Center.",
            Some("2013-05-03"),
            &[("Early Friday morning", "rD 2013-05-03")],
        ),
        (
            "She hopped on a private jet Wednesday night, headed for Morningside Recovery in Newport Beach.",
            LOHAN,
            &[("Wednesday night", "rD 2013-05-01")],
        ),
        (
            "Lohan caused a stir on Thursday, May 2, after she checked out of Morningside Recovery.",
            Some("2013-05-03"),
            &[("on Thursday, May 2", "D 2013-05-02")],
        ),
        (
            "The start of the campaign for this election will be announced on October 5, 2013, in Turkmenistan.",
            Some("2013-09-26"),
            &[("on October 5, 2013", "D 2013-10-05")],
        ),
        (
            "Nomination of candidates for the national parliament will take place from October 16 to November 14.",
            Some("2013-09-26"),
            &[("October 16", "D 2013-10-16"), ("November 14", "D 2013-11-14")],
        ),
        (
            "A wind-whipped arson fire set by three teenagers destroyed the hardware store in February, 2003.",
            Some("2012-08-07"),
            &[("in February, 2003", "M 2003-02")],
        ),
        (
            "Indian Navy patrolling the Gulf of Aden yesterday thwarted a multi-boat attack by sea brigands on merchant vessels, apprehending 26 Somali pirates.",
            Some("2011-11-12"),
            &[("yesterday", "rD 2011-11-11")],
        ),
        (
            "This anti-piracy action was the fifth successful operation by its crew since September this year.",
            Some("2011-11-11"),
            &[("since September this year", "rM 2011-09")],
        ),
        (
            "The actress checked into the Betty Ford Center in May as part of a plea deal stemming from her June 2012 car accident case.",
            Some("2013-06-13"),
            &[("in May", "M 2013-05"), ("June 2012", "M 2012-06")],
        ),
        (
            "The free-agent first baseman will be 29 on April 11, coinciding with the opening week of the 2009 season.",
            Some("2008-12-11"),
            // "will be": the next April 11 after publication.
            &[("on April 11", "D 2009-04-11"), ("2009", "Y 2009")],
        ),
        (
            "Nationals' Eight - Year Offer to Teixeira Reportedly Bumped as High as $184M December 23, 2008",
            None,
            &[("December 23, 2008", "D 2008-12-23")],
        ),
        (
            "Posted on Tuesday, 16 December 2008 13:45.",
            None,
            &[("on Tuesday, 16 December 2008", "D 2008-12-16")],
        ),
        (
            "Lindsay Lohan Checks Into Rehab at Betty Ford Center Fri., May. 3, 2013 11:45 AM PDT",
            None,
            &[("Fri., May. 3, 2013", "D 2013-05-03")],
        ),
        (
            "Indian Naval Ship Interdicts Three Pirate Vessels In A Single Operation Sat Nov 12 2011, 01:19 hrs",
            None,
            &[("Sat Nov 12 2011", "D 2011-11-12")],
        ),
        (
            "Turkmen election to have 2 parties for 1st time 2013-09-26",
            None,
            &[("2013-09-26", "D 2013-09-26")],
        ),
        (
            "The Academy of Motion Pictures Arts and Sciences announced this morning that Ellen DeGeneres would return to the Academy Awards as emcee.",
            Some("2013-08-02"),
            &[("this morning", "rD 2013-08-02")],
        ),
        (
            "Despite reports last week that said Gary Ross would not be returning, he will be back at the negotiating table with Lionsgate this week.",
            Some("2012-04-11"),
            &[("last week", "rW 2012-04-02"), ("this week", "rW 2012-04-09")],
        ),
        (
            "A man suspected of shooting three people was arrested after a high-speed chase a few hours after the attack this morning, authorities said.",
            Some("2012-12-17"),
            &[("this morning", "rD 2012-12-17")],
        ),
        (
            "A driver has been charged after police say he struck and killed a woman in Queens last night.",
            Some("2013-03-10"),
            &[("last night", "rD 2013-03-09")],
        ),
        (
            "District Attorney Steve Cooley announced today that capital murder charges were filed against a gang member accused of gunning down Deputy Jerry Ortiz a month ago.",
            Some("2005-07-20"),
            &[("today", "rD 2005-07-20"), ("a month ago", "rM 2005-06")],
        ),
        (
            "The warrant was handed down as part of a sentence for a 2012 car crash case.",
            Some("2013-05-02"),
            &[("2012", "Y 2012")],
        ),
        (
            "A co-worker has been charged in the 1967 slayings of two women at an ice cream shop.",
            Some("2008-12-19"),
            &[("1967", "Y 1967")],
        ),
        (
            "Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at a Staunton ice cream store in 1967.",
            Some("2008-12-19"),
            &[("in 1967", "Y 1967")],
        ),
        (
            "Originally published 05 / 03 / 2013 at 10:20 AM EDT",
            None,
            &[("05 / 03 / 2013", "D 2013-05-03")],
        ),
        (
            "27 / 09 / 2013-Turkmenistan to hold first-ever parliamentary elections on a two-party basis",
            None,
            &[("27 / 09 / 2013", "D 2013-09-27")],
        ),
        (
            "DeGeneres first hosted the Oscars in 2007, becoming only the second woman to fill that exalted role alone.",
            Some("2013-08-02"),
            &[("in 2007", "Y 2007")],
        ),
    ]);
}
