//! The counted noun: what a bare figure counts ("47 countries" → "country"),
//! and the function words that end it.

use super::lemma::{acronym_plural, is_plural, lemma, lemma_compound};
use super::not_quantity::{is_month, is_weekday};
use super::parser::P;
use super::tokens::K;
use super::words::is_number_word;

/// Words that never belong to a counted noun phrase (and that do not make a
/// following number an identifier when capitalized).
pub(super) fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "and"
            | "or"
            | "but"
            | "that"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "what"
            | "when"
            | "where"
            | "while"
            | "from"
            | "with"
            | "without"
            | "on"
            | "at"
            | "for"
            | "by"
            | "as"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "them"
            | "their"
            | "his"
            | "her"
            | "him"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "i"
            | "me"
            | "my"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "than"
            | "then"
            | "so"
            | "not"
            | "no"
            | "nor"
            | "also"
            | "only"
            | "just"
            | "more"
            | "most"
            | "less"
            | "least"
            | "other"
            | "others"
            | "another"
            | "each"
            | "every"
            | "all"
            | "some"
            | "any"
            | "such"
            | "same"
            | "after"
            | "before"
            | "since"
            | "until"
            | "till"
            | "during"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "around"
            | "between"
            | "among"
            | "against"
            | "through"
            | "per"
            | "via"
            | "up"
            | "down"
            | "out"
            | "off"
            | "away"
            | "ago"
            | "again"
            | "too"
            | "very"
            | "both"
            | "either"
            | "neither"
            | "if"
            | "because"
            | "though"
            | "although"
            | "whether"
            | "said"
            | "says"
            | "say"
            | "according"
            | "including"
            | "like"
            | "near"
            | "across"
            | "behind"
            | "beyond"
            | "within"
            | "toward"
            | "towards"
            | "upon"
            | "yet"
            | "still"
            | "already"
            | "now"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "last"
            | "next"
            | "first"
            | "later"
            | "earlier"
            | "respectively"
            | "apiece"
            | "alone"
            | "together"
            | "altogether"
            | "instead"
            | "fewer"
            | "plus"
            | "minus"
            | "dead"
            | "injured"
            | "wounded"
            | "hurt"
            | "missing"
            | "killed"
            | "died"
            | "aged"
            | "old"
            | "previously"
            | "overall"
            | "total"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
            | "above"
            | "below"
            | "vs"
            | "versus"
            | "apart"
            | "even"
            | "ever"
            | "never"
            | "once"
            | "twice"
            | "how"
            | "why"
            | "whereas"
            | "unless"
            | "despite"
            | "amid"
            | "along"
            | "beside"
            | "besides"
            | "pm"
            | "gmt"
            | "utc"
            | "o'clock"
    )
}

/// Units of time, singular.
pub(super) fn is_time_noun(w: &str) -> bool {
    matches!(
        w,
        "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century"
    )
}

/// Units of time, plural: "over eight years" is a period.
pub(super) fn is_time_plural(w: &str) -> bool {
    matches!(
        w,
        "seconds"
            | "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "decades"
            | "centuries"
            | "seasons"
            | "quarters"
    )
}

/// Nouns after "one" that make it a pronoun or idiom, not a count.
pub(super) fn is_pronoun_noun(w: &str) -> bool {
    matches!(
        w,
        "thing"
            | "way"
            | "time"
            | "point"
            | "side"
            | "hand"
            | "kind"
            | "sort"
            | "type"
            | "part"
            | "example"
            | "reason"
            | "day"
            | "moment"
            | "instance"
            | "another"
            | "such"
            | "another's"
            | "piece"
            | "bit"
            | "step"
            | "issue"
            | "question"
            | "problem"
            | "aspect"
            | "factor"
    )
}

impl P<'_, '_> {
    /// A candidate word of a counted noun phrase at `k`: (lowercase text
    /// with hyphen compounds, end, plural).
    pub(super) fn cand(&self, k: usize) -> Option<(String, usize, bool)> {
        let t = self.t.get(k)?;
        if t.k != K::Word {
            return None;
        }
        let w = t.l.as_str();
        if is_stop(w)
            || is_number_word(w)
            || is_weekday(w)
            || (t.cap && is_month(w))
            || w.contains('\'')
            || w.contains('’')
            // "one EUR50m": a code glued to the figure after it is that
            // figure's currency, not a noun counted by the one before
            || (super::units::starts_money(t.t)
                && self.t.get(k + 1).is_some_and(|n| !n.sp && n.k == K::Num))
        {
            return None;
        }
        if w.ends_with("ly")
            && !matches!(
                w,
                "family"
                    | "ally"
                    | "rally"
                    | "assembly"
                    | "supply"
                    | "reply"
                    | "monopoly"
                    | "anomaly"
                    | "belly"
                    | "fly"
            )
        {
            return None;
        }
        let mut s = w.to_string();
        let mut e = k + 1;
        while self.dash(e) && self.att(e) && self.att(e + 1) && self.word(e + 1) {
            s.push('-');
            s.push_str(&self.t[e + 1].l);
            e += 2;
        }
        if e == k + 1 {
            if let Some(stem) = acronym_plural(t.t) {
                return Some((stem.to_ascii_lowercase(), e, true));
            }
        }
        let last = s.rsplit('-').next().unwrap_or("");
        let plural = is_plural(last);
        Some((s, e, plural))
    }

    pub(super) fn counted(&self, k: usize, singular: bool) -> Option<String> {
        // hyphen compound right after the number: "90-day", "16-year-old"
        if self.dash(k) && self.att(k) && self.att(k + 1) && self.word(k + 1) {
            let (w, _, _) = self.cand(k + 1)?;
            let mut parts: Vec<&str> = w.split('-').collect();
            let last = lemma(parts.pop().unwrap_or(""));
            parts.push(&last);
            return Some(parts.join("-"));
        }
        let mut cands = Vec::with_capacity(3);
        let mut m = k;
        while cands.len() < 3 {
            match self.cand(m) {
                Some(c) => {
                    m = c.1;
                    cands.push(c);
                }
                None => break,
            }
        }
        if cands.is_empty() {
            return None;
        }
        let head = if singular {
            0
        } else {
            // "for 8 year": a time unit left singular still counts
            match cands
                .iter()
                .rposition(|c| c.2 && self.t[c.1 - 1].k == K::Word)
            {
                Some(h) => h,
                None if is_time_noun(&cands[0].0) => 0,
                None => return None,
            }
        };
        // no capitalized non-plural premodifier-only phrases ("Wednesday")
        let mut out = String::new();
        for (n, c) in cands[..=head].iter().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            if n == head {
                out.push_str(&lemma_compound(&c.0));
            } else {
                out.push_str(&c.0);
            }
        }
        // coordination: "countries or institutions"
        let end = cands[head].1;
        let conj = self.l(end);
        if !singular && matches!(conj, "or" | "and") {
            if let Some((w, e2, true)) = self.cand(end + 1) {
                if self.cand(e2).is_none_or(|x| !x.2) && !self.num(e2) {
                    out.push(' ');
                    out.push_str(conj);
                    out.push(' ');
                    out.push_str(&lemma_compound(&w));
                }
            }
        }
        Some(out)
    }
}
