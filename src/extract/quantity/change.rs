//! Change: the direction words around a figure ("rose 5%", "a 24% drop") and
//! "from X to Y" after a change verb.

use super::parser::{Core, Found, Step, CK, P};
use super::Change;

pub(super) fn change_verb(w: &str) -> Option<Change> {
    Some(match w {
        "rose" | "rise" | "rises" | "rising" | "risen" | "increased" | "increase" | "increases"
        | "increasing" | "grew" | "grow" | "grows" | "growing" | "grown" | "climbed" | "climb"
        | "climbs" | "climbing" | "jumped" | "jump" | "jumps" | "surged" | "surge" | "surges"
        | "soared" | "soar" | "soars" | "boosted" => Change::Up,
        "fell" | "fall" | "falls" | "falling" | "fallen" | "dropped" | "drop" | "drops"
        | "dropping" | "declined" | "decline" | "declines" | "declining" | "decreased"
        | "decrease" | "decreases" | "slid" | "slipped" | "slumped" | "plunged" | "plummeted"
        | "tumbled" | "sank" | "shrank" | "shrunk" | "cut" | "cuts" | "reduced" | "reduction"
        | "lowered" | "dipped" | "dip" | "eased" => Change::Down,
        _ => return None,
    })
}

/// Change nouns after a figure: "a 24% drop".
pub(super) fn change_noun(w: &str) -> Option<Change> {
    Some(match w {
        "rise" | "increase" | "gain" | "jump" | "hike" | "surge" | "climb" | "growth" | "boost"
        | "rebound" => Change::Up,
        "drop" | "fall" | "decline" | "decrease" | "cut" | "reduction" | "dip" | "slump"
        | "plunge" | "slide" | "contraction" => Change::Down,
        _ => return None,
    })
}

/// Verbs of change without a fixed direction, for "from X to Y".
pub(super) fn change_from_verb(w: &str) -> bool {
    matches!(
        w,
        "raise"
            | "raises"
            | "raised"
            | "raising"
            | "reduce"
            | "reduces"
            | "reducing"
            | "lift"
            | "lifts"
            | "lifted"
            | "lifting"
            | "boost"
            | "boosts"
            | "boosting"
            | "expand"
            | "expands"
            | "expanded"
            | "expanding"
            | "lower"
            | "lowers"
            | "lowering"
            | "slash"
            | "slashes"
            | "slashed"
            | "trim"
            | "trims"
            | "trimmed"
            | "hike"
            | "hikes"
            | "hiked"
            | "upped"
            | "revised"
            | "changed"
            | "adjusted"
            | "moved"
            | "went"
            | "doubled"
            | "tripled"
            | "halved"
            | "upgraded"
            | "downgraded"
    )
}

impl P<'_, '_> {
    /// "raise the number of seats from 65 to 125", "rose from 5% to 7%": a
    /// change verb or noun shortly before "from X to Y" makes it a change,
    /// not a range. Returns the old value as written (exact, no change) and
    /// the new value with the direction of the change (up when it is
    /// larger, down when smaller, else the verb's direction).
    pub(super) fn change_from_to(&self, i: usize) -> Option<(Found, Found)> {
        if self.l(i) != "from" {
            return None;
        }
        let mut verb = None;
        let mut k = i;
        while k > 0 && i - k < 7 {
            k -= 1;
            let w = self.l(k);
            if !self.word(k) {
                break;
            }
            if let Some(c) = change_verb(w) {
                verb = Some(Some(c));
                break;
            }
            if change_from_verb(w) {
                verb = Some(None);
                break;
            }
        }
        let verb = verb?;
        let Step::Ok(mut a) = self.core(i + 1, false) else {
            return None;
        };
        if !matches!(a.kind, CK::Plain) || a.post.is_some() || self.l(a.e) != "to" {
            return None;
        }
        let Step::Ok(b) = self.core(a.e + 1, false) else {
            return None;
        };
        if !matches!(b.kind, CK::Plain) || b.one {
            return None;
        }
        let yearish = |c: &Core| c.unit.is_none() && c.digit_tok.is_some_and(|x| self.yearish(x));
        if yearish(&a) || yearish(&b) {
            return None;
        }
        if a.unit.is_none() && b.unit.is_some() {
            a.unit = b.unit;
            a.factor = b.factor;
            a.offset = b.offset;
            a.conv = b.conv;
            a.currency = b.currency;
        }
        if a.mult == 1.0 && b.mult > 1.0 && a.raw < b.raw {
            a.mult = b.mult;
        }
        if a.unit.is_none() {
            a.counted_at = b.counted_at;
        }
        let dir = if b.v() > a.v() {
            Some(Change::Up)
        } else if b.v() < a.v() {
            Some(Change::Down)
        } else {
            verb
        };
        let Step::Ok(fa) = self.finish(a.s, a, None) else {
            return None;
        };
        let Step::Ok(mut fb) = self.finish(b.s, b, None) else {
            return None;
        };
        fb.q.change = dir;
        Some((fa, fb))
    }

    pub(super) fn change(
        &self,
        s: usize,
        unit: Option<&str>,
        counted: Option<&str>,
    ) -> Option<Change> {
        if matches!(unit, Some("km" | "m" | "magnitude" | "score")) {
            return None;
        }
        let mut k = s;
        let mut by = false;
        if k > 0 && self.l(k - 1) == "by" {
            by = true;
            k -= 1;
        }
        if by && k > 0 && self.l(k - 1).ends_with("ly") {
            k -= 1;
        }
        if k == 0 {
            return None;
        }
        let w = self.l(k - 1);
        if let Some(c) = change_verb(w) {
            return Some(c);
        }
        if matches!(w, "up" | "down") {
            let unitish = matches!(unit, Some(u) if u != "ratio" && u != "fraction")
                || counted == Some("point");
            if unitish || by {
                return Some(if w == "up" { Change::Up } else { Change::Down });
            }
        }
        if w == "of" && k >= 2 {
            if let Some(c) = change_verb(self.l(k - 2)) {
                if matches!(self.l(k - 3), "a" | "an" | "the") {
                    return Some(c);
                }
            }
        }
        None
    }
}
