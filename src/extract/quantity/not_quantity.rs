//! What is not a quantity: years and years used as modifiers ("2018
//! sales"), dates, clock times, ordinals, identifiers and model numbers
//! ("F-16", "iPhone 15", "Boeing's 787 Dreamliner", "Windows 11 users"),
//! labels ("a category 4 hurricane", "phase 3", "gate 23"), phone numbers,
//! list markers, roads and street addresses ("10 Downing Street", "9 E 71st
//! St").
//!
//! Two stages: [`P::blocked`] rejects a digit token from its surroundings
//! before it is parsed (a chain of joined numbers, a letter glued to it);
//! [`P::not_quantity`] rejects a parsed figure that has no unit, scale or
//! currency (a *bare* figure) from the words around it.

use super::change::change_verb;
use super::counted::{is_stop, is_time_plural};
use super::parser::{Core, Found, Step, CK, P};
use super::qualifiers::QK;
use super::tokens::K;
use super::units::currency_symbol;
use super::words::small_num;

pub(super) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

pub(super) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mondays"
            | "tuesdays"
            | "wednesdays"
            | "thursdays"
            | "fridays"
            | "saturdays"
            | "sundays"
    )
}

/// Road words after a number (and the names between) that make it an
/// address or a road's name.
pub(super) fn is_road_word(w: &str) -> bool {
    matches!(
        w,
        "freeway"
            | "highway"
            | "motorway"
            | "expressway"
            | "parkway"
            | "turnpike"
            | "interstate"
            | "road"
            | "rd"
            | "street"
            | "st"
            | "avenue"
            | "ave"
            | "boulevard"
            | "blvd"
            | "route"
            | "lane"
            | "ln"
            | "drive"
            | "dr"
            | "place"
            | "pl"
            | "court"
            | "ct"
            | "terrace"
            | "plaza"
            | "square"
            | "crescent"
            | "way"
            | "loop"
            | "row"
            | "close"
    )
}

/// Nouns that name the figure after them, which is then a label, not an
/// amount: "category 4", "phase 3", "gate 23", "version 2", "page 20".
/// The strong ones stay labels before a plural noun ("phase 3 trials");
/// the weak ones are also units of time or play ("week 3" but "the
/// season two games short").
fn label(w: &str) -> Option<bool> {
    Some(match w {
        "category" | "level" | "phase" | "type" | "stage" | "grade" | "class" | "tier" | "size"
        | "version" | "model" | "number" | "no" | "nos" | "page" | "chapter" | "article"
        | "section" | "clause" | "paragraph" | "proposition" | "amendment" | "gate"
        | "terminal" | "pier" | "exit" | "junction" | "suite" | "apartment" | "flat" | "lot"
        | "runway" | "ward" | "precinct" | "episode"
        // standards: "ISO 9001", "IEEE 802", "RFC 2616"
        | "iso" | "iec" | "ieee" | "rfc" | "astm" | "ansi" | "din" => true,
        "week" | "day" | "round" | "game" | "season" | "part" | "rule" | "flight" | "route"
        | "highway" | "interstate" | "room" | "platform" | "channel" | "series" | "zone"
        | "district" | "unit" => false,
        _ => return None,
    })
}

/// Words after a bare figure that make a name of it when capitalized,
/// though they are not plural: not months, weekdays or units.
fn names_after(w: &str) -> bool {
    !is_month(w) && !is_weekday(w) && !matches!(w, "percent" | "per" | "am" | "pm")
}

impl P<'_, '_> {
    pub(super) fn cap_name(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            let acronym = t.t.len() >= 2 && t.t.bytes().all(|b| b.is_ascii_uppercase());
            t.k == K::Word
                && (t.cap || camel(t.t))
                && (acronym || !is_stop(&t.l))
                && !is_weekday(&t.l)
                && self.qual(i).is_none()
                && small_num(&t.l).is_none()
                && change_verb(&t.l).is_none()
        })
    }

    pub(super) fn year_range(&self, c: &Core) -> bool {
        let CK::Range(..) = c.kind else { return false };
        // "from 1000 to 2000 hires": a counted noun makes it an amount.
        let counted = c.counted_at.is_some_and(|k| {
            self.t.get(k).is_some_and(|t| {
                t.k == K::Word && !t.cap && super::lemma::is_plural(&t.l) && !is_stop(&t.l)
            }) && !is_time_plural(self.l(k))
        });
        c.unit.is_none()
            && c.mult == 1.0
            && !counted
            && c.digit_tok.is_some_and(|k| self.yearish(k))
            && self.t.get(c.e.saturating_sub(1)).is_some_and(|t| {
                t.k == K::Num
                    && t.int
                    && !t.comma
                    && ((t.ndig == 4 && (1000.0..=2100.0).contains(&t.v)) || t.ndig == 2)
            })
    }

    pub(super) fn yearish(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|t| {
            t.k == K::Num && t.int && !t.comma && t.ndig == 4 && (1000.0..=2100.0).contains(&t.v)
        })
    }

    /// A currency written before the digit token `j` ("$5", "USD10m",
    /// "$US55", "$-5").
    fn money_before(&self, j: usize) -> bool {
        (1..=3).any(|d| j >= d && self.currency_prefix(j - d).is_some_and(|p| p.at == j))
            || (j >= 1 && currency_symbol(self.t[j - 1].t).is_some())
    }

    /// An ordinal suffix glued to the digits at `j`: "22nd", "71st".
    fn ordinal_suffix(&self, j: usize) -> bool {
        let Some(n) = self.t.get(j + 1).filter(|n| !n.sp && n.k == K::Word) else {
            return false;
        };
        let d = self.t[j].t.as_bytes();
        let last = d.last().copied().unwrap_or(b'0');
        let teen = d.len() >= 2 && d[d.len() - 2] == b'1';
        match n.l.as_str() {
            "st" => last == b'1' && !teen,
            "nd" => last == b'2' && !teen,
            "rd" => last == b'3' && !teen,
            "th" => true,
            _ => false,
        }
    }

    /// Why the digit token `j` (its number ending at token `e`) is not a
    /// quantity: returns where to resume.
    pub(super) fn blocked(&self, j: usize, e: usize) -> Option<usize> {
        let t = &self.t;
        // chains of joined numbers: dates, times, versions, lists
        let mut k = j;
        let mut nums = 1;
        let mut odd = false;
        while k + 2 < t.len()
            && t[k + 2].k == K::Num
            && t[k + 1].k == K::Punct
            && matches!(t[k + 1].t, "-" | "–" | "/" | "." | ":" | ",")
            && ((t[k + 1].t == "/") || (!t[k + 1].sp && !t[k + 2].sp))
        {
            odd |= !matches!(t[k + 1].t, "-" | "–");
            nums += 1;
            k += 2;
        }
        let chain_end = k + 1;
        if e == j + 1 && (nums >= 3 || (nums == 2 && odd)) {
            return Some(chain_end);
        }
        // identifiers: F-16, COVID-19, MS08-078, Su-34; not "magnitude-6.1",
        // "sub-7", "minus-5", "to-260,000"
        if j >= 2
            && self.dash(j - 1)
            && !t[j].sp
            && !t[j - 1].sp
            && matches!(t[j - 2].k, K::Word | K::Ident)
            && !matches!(
                t[j - 2].l.as_str(),
                "magnitude" | "sub" | "minus" | "to" | "negative"
            )
            // "5k-20k", "10km-12km": the suffix of a figure before the dash
            && !(j >= 3 && !t[j - 2].sp && t[j - 3].k == K::Num)
        {
            return Some(chain_end.max(e));
        }
        if j >= 1
            && !t[j].sp
            && matches!(t[j - 1].t, "+" | "#" | "№")
            && self.sign_at(j - 1).is_none()
        {
            let mut k = j;
            while k < t.len() && (t[k].k == K::Num || matches!(t[k].t, "-" | "." | "(" | ")")) {
                k += 1;
            }
            return Some(k);
        }
        if j >= 1 && matches!(t[j - 1].k, K::Ident) && !t[j].sp {
            return Some(chain_end);
        }
        // "V2.5", "Kz2.5bn": the decimals of an identifier's figure, not a
        // figure of their own
        if j >= 2 && t[j - 1].t == "." && !t[j - 1].sp && !t[j].sp && matches!(t[j - 2].k, K::Ident)
        {
            return Some(chain_end.max(e));
        }
        // letters glued before the digits: "PS4", unless they are its
        // currency ("RM23.50", "$US55")
        if j >= 1 && t[j - 1].k == K::Word && !t[j].sp && !self.money_before(j) {
            return Some(chain_end.max(e));
        }
        // "No. 10", "No 10"
        let p = if j >= 1 && t[j - 1].t == "." {
            j.checked_sub(2)
        } else {
            j.checked_sub(1)
        };
        if let Some(p) = p {
            if matches!(
                t[p].t,
                "No" | "no" | "Nos" | "nos" | "NO" | "Nr" | "nr" | "Nrs" | "nrs"
            ) && (t[p].t != "no" || p + 1 < j)
            {
                return Some(chain_end);
            }
            if t[p].k == K::Word && t[p].cap && is_month(&t[p].l) {
                return Some(chain_end);
            }
        }
        // attached suffix: a unit or a scale, else a code or an ordinal
        if let Some(n) = t.get(e) {
            if !n.sp && matches!(n.k, K::Word | K::Ident) {
                let money = self.money_before(j);
                let known = !self.ordinal_suffix(e - 1)
                    && (self.scale(e, money).is_some()
                        || (!money && self.attached_unit(e))
                        || (money && matches!(n.t, "m" | "M" | "MM" | "bn" | "mn" | "k" | "K")));
                if !known {
                    return Some(e + 1);
                }
            }
        }
        // clock times
        let n1 = self.l(e);
        if n1 == ":" && self.att(e) && self.num(e + 1) {
            return Some(e + 2);
        }
        if matches!(
            n1,
            "am" | "pm"
                | "gmt"
                | "utc"
                | "bst"
                | "cet"
                | "cest"
                | "est"
                | "edt"
                | "pst"
                | "pdt"
                | "o'clock"
                | "hrs"
                | "a.m"
                | "p.m"
        ) || (matches!(n1, "a" | "p") && self.l(e + 1) == "." && self.l(e + 2) == "m")
        {
            return Some(e + 1);
        }
        // "27 May", "1 June"
        if let Some(n) = t.get(e) {
            if n.k == K::Word && n.cap && is_month(&n.l) && n.t != "Mar" {
                return Some(chain_end);
            }
        }
        // phone numbers: "0845 125 2222", "0800 555111", "1 800 555 1234"
        let groups = |from: usize| {
            let mut k = from;
            while k < t.len()
                && t[k].k == K::Num
                && t[k].sp
                && t[k].int
                && !t[k].comma
                && t[k].ndig >= 2
            {
                k += 1;
            }
            k
        };
        if t[j].lead0 && t[j].int && !(t[j].v == 0.0 && groups(chain_end) == chain_end) {
            return Some(groups(chain_end).max(chain_end));
        }
        if nums == 1 && t[j].int && !t[j].comma && groups(j + 1) >= j + 3 {
            return Some(groups(j + 1));
        }
        // list markers at the start: "1.", "12)"
        if j == 0
            && t[j].ndig <= 2
            && matches!(self.l(1), "." | ")")
            && t.get(2).is_none_or(|x| x.sp)
            && !(self.l(1) == "." && self.num(2) && self.decimal_follow(3))
        {
            return Some(2);
        }
        if j == 1 && self.l(0) == "(" && self.l(2) == ")" {
            return Some(3);
        }
        // "(212) 555-1234"
        if j >= 1
            && self.l(j - 1) == "("
            && self.l(j + 1) == ")"
            && self.num(j + 2)
            && t[j].ndig == 3
        {
            let mut k = j + 2;
            while k < t.len() && (t[k].k == K::Num || matches!(t[k].t, "-" | ".")) {
                k += 1;
            }
            return Some(k);
        }
        None
    }

    /// A street address after the figure ending at `e`: up to three names,
    /// ordinals or compass letters, then a road word ("10 Downing Street",
    /// "9 E 71st St", "1600 Pennsylvania Avenue").
    fn address(&self, e: usize) -> Option<usize> {
        let mut k = e;
        for _ in 0..4 {
            let t = self.t.get(k)?;
            let road = t.k == K::Word && t.cap && is_road_word(&t.l);
            if road && k > e {
                let end = if self.l(k + 1) == "." { k + 2 } else { k + 1 };
                return Some(end);
            }
            let name = (t.k == K::Word && t.cap && !is_stop(&t.l))
                || (t.k == K::Num && t.int && self.ordinal_suffix(k))
                || t.k == K::Ident;
            if !name {
                return None;
            }
            k += if t.k == K::Num { 2 } else { 1 };
        }
        None
    }

    /// A plural noun in the noun phrase starting at `k`, before any
    /// function word but "and" and "or" ("Somali and Yemeni sea brigands").
    fn plural_ahead(&self, k: usize) -> bool {
        for x in k..(k + 6).min(self.t.len()) {
            let t = &self.t[x];
            if t.k != K::Word || (is_stop(&t.l) && !matches!(t.l.as_str(), "and" | "or")) {
                return false;
            }
            if !t.cap && super::lemma::is_plural(&t.l) {
                return true;
            }
        }
        false
    }

    /// Whether the capitalized word before a figure reads as a product's
    /// or a title's name ("Windows 11 users", "the Model 3 owners", "iPhone
    /// 15 handsets") rather than a place or a receiver ("in Gaza 12
    /// people", "gives Congress 60 days").
    fn product_before(&self, s: usize) -> bool {
        let w = &self.t[s - 1];
        if camel(w.t) {
            return true;
        }
        if w.t.ends_with("'s") || w.t.ends_with("’s") {
            return false;
        }
        if s < 2 {
            return true;
        }
        let p = &self.t[s - 2];
        matches!(
            p.l.as_str(),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "this"
                | "these"
                | "those"
                | "and"
                | "or"
                | ","
                | "new"
                | "latest"
                | "older"
        ) || p.l.ends_with("'s")
            || p.l.ends_with("’s")
            || super::words::scale_word(&p.l).is_some()
    }

    /// Why a parsed figure is not a quantity, from the words around it:
    /// returns the step to take instead, or None when it is one.
    pub(super) fn not_quantity(
        &self,
        s: usize,
        c: &Core,
        qk: Option<QK>,
        counted: Option<&str>,
    ) -> Option<Step<Found>> {
        let first = s == c.s;
        // "runway 27L", "Gate 5A", "Route 9W": a label's letter, not a unit
        if first && s > 0 && matches!(c.kind, CK::Plain) {
            let lettered = c.digit_tok.is_some_and(|k| {
                self.t
                    .get(k + 1)
                    .is_some_and(|n| !n.sp && n.k == K::Word && n.t.chars().count() == 1 && n.cap)
            });
            if lettered && label(self.l(s - 1)) == Some(true) {
                return Some(Step::Skip(c.e));
            }
        }
        let bare = c.unit.is_none() && c.mult == 1.0 && !c.currency;
        if !bare || !matches!(c.kind, CK::Plain) {
            return None;
        }
        // labels: "category 4", "phase 3 trial", "round two", "number one seed"
        let grouped = c.digit_tok.is_some_and(|k| self.t[k].comma);
        // not a tally glued to the figure ("the game 17-for-17")
        let tally = self.dash(c.e) && self.att(c.e);
        if first && s > 0 && c.raw.fract() == 0.0 && c.raw >= 0.0 && !grouped && !tally {
            if let Some(strong) = label(self.l(s - 1)) {
                let plural_noun = counted.is_some()
                    && c.counted_at
                        .is_some_and(|k| super::lemma::is_plural(self.l(k)));
                // a number in words is a label only alone ("round two",
                // not "an apartment three doors away")
                let strong = strong && c.digit_tok.is_some();
                if strong || !plural_noun {
                    return Some(Step::Skip(c.e));
                }
            }
        }
        if let Some(dt) = c.digit_tok {
            let t = &self.t[dt];
            let lower_noun = counted.is_some()
                && c.counted_at
                    .is_some_and(|k| self.t.get(k).is_some_and(|x| !x.cap));
            let year_prev = s > 0
                && matches!(
                    self.l(s - 1),
                    "in" | "since"
                        | "the"
                        | "of"
                        | "by"
                        | "until"
                        | "till"
                        | "before"
                        | "after"
                        | "from"
                        | "during"
                        | "early"
                        | "late"
                        | "mid"
                        | "circa"
                        | "through"
                        | "'s"
                        | "’s"
                );
            let year = t.int && !t.comma && t.ndig == 4 && (1000.0..=2100.0).contains(&t.v);
            // "2018 sales", "1990 levels": a recent year, not a round
            // number, before a noun is the year of the noun.
            // A preposition of position is no count ("above 1990 levels").
            let counting = qk.is_some()
                && !(s < c.s && matches!(self.l(s), "above" | "below" | "over" | "under"));
            let modifier = year
                && (1900.0..2040.0).contains(&t.v)
                && t.v % 100.0 != 0.0
                && !counting
                && c.post.is_none()
                && c.raw > 0.0;
            if year && c.raw > 0.0 && (!lower_noun || year_prev || modifier) {
                return Some(Step::Skip(c.e));
            }
            if counted.is_none() && t.int && matches!(t.t, "911" | "999" | "112") {
                return Some(Step::Skip(c.e));
            }
            // identifiers even before a noun: "six AK 47 rifles", "MH 17"
            if t.int && !t.comma && first && s > 0 {
                let p = &self.t[s - 1];
                if p.k == K::Word
                    && (1..=3).contains(&p.t.len())
                    && p.t.bytes().all(|b| b.is_ascii_uppercase())
                    && !matches!(p.t, "A" | "I" | "US" | "UK" | "EU" | "UN" | "AND" | "THE")
                {
                    return Some(Step::Skip(c.e));
                }
            }
            // addresses and roads: "the 605 Freeway", "10 Downing Street",
            // "the 12000 block of"
            if t.int && !t.comma && c.raw > 0.0 {
                let n = self.t.get(c.e);
                let road = n.is_some_and(|n| {
                    n.k == K::Word
                        && ((n.cap && is_road_word(&n.l))
                            || matches!(
                                n.l.as_str(),
                                "freeway" | "highway" | "motorway" | "expressway" | "interstate"
                            ))
                });
                if road || (self.l(c.e) == "block" && self.l(c.e + 1) == "of") {
                    return Some(Step::Skip(c.e + 1));
                }
                if counted.is_none() || !lower_noun {
                    if let Some(end) = self.address(c.e) {
                        return Some(Step::Skip(end));
                    }
                }
            }
            if first && s > 0 && self.cap_name(s - 1) {
                // "Section 427", "Internet Explorer 8 and 9", and a name
                // with its number before a singular noun ("the Pixel 8
                // camera", "the Formula 1 season")
                let singular_after = c.counted_at.is_some_and(|k| {
                    self.t.get(k).is_some_and(|n| {
                        n.k == K::Word
                            && !n.cap
                            && !is_stop(&n.l)
                            && !super::lemma::is_plural(&n.l)
                            && !super::counted::is_time_noun(&n.l)
                    })
                });
                if counted.is_none() || singular_after {
                    let mut e = c.e;
                    while matches!(self.l(e), "and" | "or" | "," | "&") && self.num(e + 1) {
                        e += 2;
                    }
                    return Some(Step::Skip(e));
                }
                // "Boeing's 787 Dreamliners": a name before and after
                let cap_after = self.t.get(c.e).is_some_and(|n| {
                    n.k == K::Word && n.cap && names_after(&n.l) && !acronym(n.t) && !demonym(&n.l)
                });
                // "Windows 11 users", "iPhone 15 handsets": a whole number
                // between a name and a plural noun (not a time: "Posted 1
                // year")
                let noun_after = t.int
                    && c.counted_at.is_some_and(|k| {
                        self.t.get(k).is_some_and(|n| {
                            n.k == K::Word
                                && !n.cap
                                && super::lemma::is_plural(&n.l)
                                && !is_time_plural(&n.l)
                        })
                    });
                if !self.title_case
                    && ((cap_after && !lower_noun) || (noun_after && self.product_before(s)))
                {
                    return Some(Step::Skip(c.e));
                }
            }
            // "787 Dreamliner was grounded": a model number, three digits or
            // more, right before a name, with no plural noun in the phrase
            // it starts ("23 Somali and Yemeni sea brigands" counts
            // brigands; "12 Somali" are people, "51 KO" a count)
            if first
                && counted.is_none()
                && qk.is_none()
                && c.post.is_none()
                && !self.title_case
                && t.int
                && !t.comma
                && t.ndig >= 3
                && self.t.get(c.e).is_some_and(|n| {
                    n.k == K::Word
                        && n.cap
                        && names_after(&n.l)
                        && !is_stop(&n.l)
                        && !acronym(n.t)
                        && !demonym(&n.l)
                })
                && !self.plural_ahead(c.e)
            {
                return Some(Step::Skip(c.e));
            }
            // ages in apposition: "Katie Jenkin, 20,"
            if counted.is_none()
                && qk.is_none()
                && c.post.is_none()
                && t.int
                && t.v <= 120.0
                && s >= 2
            {
                let prev_name = self.l(s - 1) == "," && self.cap_name(s - 2);
                let paren = self.l(s - 1) == "("
                    && self.l(c.e) == ")"
                    && self.cap_name(s.saturating_sub(2));
                let next_ok = matches!(self.l(c.e), "," | "." | ";" | ")" | "and" | "");
                if (prev_name && next_ok) || paren {
                    return Some(Step::Skip(c.e));
                }
            }
        } else if counted.is_none() && first && s > 0 && self.t[s].cap && self.cap_name(s - 1) {
            return Some(Step::No);
        }
        None
    }
}

/// "RBI", "KO's": letters all capitals (a count's abbreviation after a
/// figure: "121 RBI", "51 KO").
fn acronym(w: &str) -> bool {
    let stem = w.split(['\'', '’']).next().unwrap_or(w);
    stem.chars().count() >= 2 && stem.chars().all(|c| c.is_uppercase())
}

/// "Somali", "Yemeni", "Chinese", "Afghan", "Taliban": people named by
/// where they come from, counted as such ("12 Somali and 11 Yemeni").
fn demonym(w: &str) -> bool {
    ["i", "ese", "ish", "ian", "an", "ic", "ean", "ch", "ss"]
        .iter()
        .any(|s| w.ends_with(s))
}

/// "iPhone", "iOS", "eBay": a lower-case letter, then capitals — a brand.
fn camel(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(|c| c.is_lowercase()) && cs.any(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    fn spans(text: &str) -> Vec<&str> {
        extract(text).into_iter().map(|(r, _)| &text[r]).collect()
    }

    #[test]
    fn labels_are_not_amounts() {
        assert!(spans("A category 3 storm is coming.").is_empty());
        assert!(spans("The trial reached phase 2 in May.").is_empty());
        assert!(spans("The shooting stopped in round two.").is_empty());
        assert!(spans("The jet turned onto runway 09R.").is_empty());
        assert!(spans("Boarding is at Gate 14B.").is_empty());
        assert!(spans("The X3.5 firmware fixed it.").is_empty());
        assert!(spans("He drove the RS3.2 home.").is_empty());
        // "season" is a weak label: a plural noun after it counts.
        assert_eq!(spans("his season two games short of the record"), ["two"]);
    }

    #[test]
    fn names_around_a_figure() {
        assert!(spans("Users of the iPad 10 liked it.").is_empty());
        assert!(spans("Regulators grounded every 787 Dreamliner.").is_empty());
        assert!(spans("Galaxy 21 owners were angry.").is_empty());
        // A possessive team before a plural count is a count.
        assert_eq!(spans("Davidson's 17 turnovers cost them."), ["17"]);
        // A place or a receiver before a count is not a name of it.
        assert_eq!(spans("In Gaza 12 people died."), ["12"]);
        assert_eq!(spans("The law gives Congress 60 days to act."), ["60"]);
        // Headlines capitalize every word.
        assert_eq!(spans("Quake Kills 40 People In Remote Villages"), ["40"]);
    }

    #[test]
    fn years_and_addresses() {
        assert!(spans("2019 profits rose.").is_empty());
        assert_eq!(
            spans("At least 2019 protesters were held."),
            ["At least 2019"]
        );
        assert!(spans("Emissions fell below 2005 levels.").is_empty());
        // A round number is a count more often than a year.
        assert_eq!(spans("About 2000 workers walked out."), ["About 2000"]);
        assert!(spans("He lived at 221 Baker Street.").is_empty());
        assert!(spans("The shop at 350 W 34th St closed.").is_empty());
    }
}
