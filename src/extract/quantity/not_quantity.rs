//! What is not a quantity: years, dates, clock times, identifiers, phone
//! numbers, list markers, addresses.

use super::change::change_verb;
use super::counted::is_stop;
use super::parser::{Core, CK, P};
use super::qualifiers::QUALS;
use super::tokens::K;
use super::units::{currency_symbol, unit_word};
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

/// Capitalized road words after a number that make it a road's name.
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
            | "street"
            | "avenue"
            | "boulevard"
            | "route"
            | "lane"
            | "drive"
    )
}

impl P<'_, '_> {
    pub(super) fn cap_name(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            let acronym = t.t.len() >= 2 && t.t.bytes().all(|b| b.is_ascii_uppercase());
            t.k == K::Word
                && t.cap
                && (acronym || !is_stop(&t.l))
                && !is_weekday(&t.l)
                && !QUALS.iter().any(|(p, _)| p[0] == t.l)
                && small_num(&t.l).is_none()
                && change_verb(&t.l).is_none()
        })
    }

    pub(super) fn year_range(&self, c: &Core) -> bool {
        let CK::Range(..) = c.kind else { return false };
        c.unit.is_none()
            && c.mult == 1.0
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

    /// Why a digit token is not a quantity: returns where to resume.
    pub(super) fn blocked(&self, j: usize) -> Option<usize> {
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
        if nums >= 3 || (nums == 2 && odd) {
            return Some(chain_end);
        }
        // identifiers: F-16, COVID-19, MS08-078, Su-34
        if j >= 2
            && self.dash(j - 1)
            && !t[j].sp
            && !t[j - 1].sp
            && matches!(t[j - 2].k, K::Word | K::Ident)
            && t[j - 2].l != "magnitude"
        {
            return Some(chain_end);
        }
        if j >= 1 && !t[j].sp && matches!(t[j - 1].t, "+" | "#" | "№") {
            let mut k = j;
            while k < t.len() && (t[k].k == K::Num || matches!(t[k].t, "-" | "." | "(" | ")")) {
                k += 1;
            }
            return Some(k);
        }
        if j >= 1 && matches!(t[j - 1].k, K::Ident) && !t[j].sp {
            return Some(chain_end);
        }
        // "No. 10", "No 10"
        let p = if j >= 1 && t[j - 1].t == "." {
            j.checked_sub(2)
        } else {
            j.checked_sub(1)
        };
        if let Some(p) = p {
            if matches!(t[p].t, "No" | "no" | "Nos" | "nos" | "NO" | "Nr" | "nr")
                && (t[p].t != "no" || p + 1 < j)
            {
                return Some(chain_end);
            }
            if t[p].k == K::Word && t[p].cap && is_month(&t[p].l) {
                return Some(chain_end);
            }
        }
        // attached suffix
        if let Some(n) = t.get(j + 1) {
            if !n.sp && matches!(n.k, K::Word | K::Ident) {
                let s = n.t;
                let known = matches!(
                    s,
                    "bn" | "Bn"
                        | "BN"
                        | "mn"
                        | "Mn"
                        | "mln"
                        | "tn"
                        | "trn"
                        | "m"
                        | "M"
                        | "MM"
                        | "b"
                        | "B"
                        | "k"
                        | "K"
                        | "p"
                        | "bps"
                        | "bp"
                        | "pc"
                ) || unit_word(&n.l).is_some()
                    || matches!(n.l.as_str(), "km²" | "sq" | "percent" | "pct");
                let money = j >= 1 && currency_symbol(t[j - 1].t).is_some();
                if !known || (matches!(s, "k" | "K" | "b" | "B" | "M" | "MM") && !money) {
                    return Some(j + 2);
                }
            }
        }
        // clock times
        let n1 = self.l(j + 1);
        if n1 == ":" && self.att(j + 1) && self.num(j + 2) {
            return Some(j + 3);
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
        ) || (matches!(n1, "a" | "p") && self.l(j + 2) == "." && self.l(j + 3) == "m")
        {
            return Some(j + 2);
        }
        // "27 May", "1 June"
        if let Some(n) = t.get(j + 1) {
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
        if t[j].lead0 && t[j].int {
            return Some(groups(chain_end).max(chain_end));
        }
        if nums == 1 && t[j].int && !t[j].comma && groups(j + 1) >= j + 3 {
            return Some(groups(j + 1));
        }
        // list markers at the start
        if j == 0
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
}
