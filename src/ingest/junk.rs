//! Web junk: the lines of a scraped page that are not the article.
//!
//! General rules, not a list of one site's strings, checked on the seeds and
//! on the ECB+ stories (where no annotated sentence may be lost):
//!
//! * **line shape**: datelines (only a date and labels), bylines, photo
//!   captions ending in a credit, payment-logo lines, social-media embeds;
//! * **a boilerplate lexicon** by kind (navigation, newsletter, membership
//!   and donation, cookies, app and channel promotion, audio/AI notices,
//!   legal) in two tiers. Phrases no article uses ("skip to content", "all
//!   rights reserved") drop a short line outright. Words that news also
//!   writes ("cookies", "subscription", "membership", "Telegram") drop a
//!   line only in the *shape* of boilerplate: a button, label or row of
//!   links (a few words, not a sentence), a prompt opening with a web verb
//!   ("Subscribe now"), or the page speaking of itself ("this site uses").
//!   Either tier drops a sentence-long line only when it addresses the
//!   reader ("you", "our") outside quotes, because reporting can mention a
//!   newsletter but rarely talks to the reader;
//! * **repetition**: a line already seen in the document;
//! * **position**: everything after an end-of-article marker ("Other News",
//!   "MORE NEWS") when little article text follows it, related-article
//!   teasers ("Name: headline") inside the body, and the blurb glued to them.
//!
//! Headlines are not junk: ECB+ annotates them as statements, so the title
//! line is kept (as [`LineRole::Title`]) and so are sub-headings.

use super::{Line, LineRole, Metadata};
use crate::calendar::{find_date, is_dateline};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

/// Why a line is not part of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DropReason {
    /// A metadata header or front matter line.
    Metadata,
    /// A line that only gives the publication date and time.
    Dateline,
    /// "By Name, date, N min read".
    Byline,
    /// A photo caption or credit.
    Caption,
    /// Site navigation ("Skip to content").
    Navigation,
    /// Newsletter and subscription prompts.
    Newsletter,
    /// Membership and donation appeals.
    Donation,
    /// Cookie and privacy notices.
    Cookie,
    /// Promotion of the outlet's apps, channels and social accounts.
    Promotion,
    /// Audio, reading-time and similar page furniture.
    PageFurniture,
    /// Copyright and legal lines.
    Legal,
    /// A row of payment-provider logos.
    Payment,
    /// An embedded social-media post.
    SocialEmbed,
    /// A related-article teaser inside the article.
    Teaser,
    /// An end-of-article marker and everything after it.
    AfterArticle,
    /// A line already seen earlier in the document.
    Repeated,
}

impl DropReason {
    /// A short explanation for `segment --show-dropped`.
    pub fn describe(self) -> &'static str {
        match self {
            DropReason::Metadata => "metadata header",
            DropReason::Dateline => "dateline (publication date only)",
            DropReason::Byline => "byline",
            DropReason::Caption => "photo caption or credit",
            DropReason::Navigation => "site navigation",
            DropReason::Newsletter => "newsletter or subscription prompt",
            DropReason::Donation => "membership or donation appeal",
            DropReason::Cookie => "cookie or privacy notice",
            DropReason::Promotion => "promotion of the outlet's channels",
            DropReason::PageFurniture => "page furniture (audio, reading time)",
            DropReason::Legal => "copyright or legal notice",
            DropReason::Payment => "payment logos",
            DropReason::SocialEmbed => "embedded social-media post",
            DropReason::Teaser => "related-article teaser",
            DropReason::AfterArticle => "after the end of the article",
            DropReason::Repeated => "repeated line",
        }
    }
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("junk patterns are valid")
}

/// Boilerplate phrases, by reason: no article prose uses them, so a line
/// holding one is junk when it is short or speaks to the reader.
/// Case-insensitive, matched anywhere.
static PHRASES: LazyLock<Vec<(DropReason, Regex)>> = LazyLock::new(|| {
    vec![
        (
            DropReason::Navigation,
            re(
                r"(?i)(?-u:\b)skip to (main )?content(?-u:\b)|(?-u:\b)edit post(?-u:\b)|^main menu$|(?-u:\b)toggle navigation(?-u:\b)|^(menu|home|search|share|tweet|close|print|comments?|advertisement|sponsored( content)?)$|(?-u:\b)back to top(?-u:\b)|(?-u:\b)(next|previous) (article|story)(?-u:\b)",
            ),
        ),
        (
            DropReason::Newsletter,
            re(
                r"(?i)(?-u:\b)indicates required(?-u:\b)|(?-u:\b)enter (your|correct) email|(?-u:\b)in your inbox(?-u:\b)|(?-u:\b)confirmation email(?-u:\b)",
            ),
        ),
        (
            DropReason::Donation,
            re(
                r"(?i)(?-u:\b)become a (member|subscriber|supporter|patron)(?-u:\b)|(?-u:\b)support (independent|our) journalism(?-u:\b)",
            ),
        ),
        (
            DropReason::Cookie,
            re(r"(?i)(?-u:\b)manage (your )?consent(?-u:\b)"),
        ),
        (
            DropReason::Promotion,
            re(
                r"(?i)(?-u:\b)follow us(?-u:\b)|(?-u:\b)download (our|the) app(?-u:\b)|(?-u:\b)our (app|channel|podcast)(?-u:\b)|(?-u:\b)fall for fakes(?-u:\b)|(?-u:\b)turn on notifications(?-u:\b)",
            ),
        ),
        (
            DropReason::PageFurniture,
            re(
                r"(?i)(?-u:\b)audio is (created|generated)(?-u:\b)|(?-u:\b)listen to (this|the) (article|story)(?-u:\b)|(?-u:\b)\d+ min(ute)?s? read(?-u:\b)|(?-u:\b)click here(?-u:\b)",
            ),
        ),
        (
            DropReason::Legal,
            re(r"(?i)(?-u:\b)all rights reserved(?-u:\b)|©|(?-u:\b)copyright (©|\d{4})"),
        ),
    ]
});

/// Words and phrases of boilerplate that news also writes ("The recipe
/// requires 1/2 pound of chocolate chips for the cookies."; "NATO
/// membership"; "a donation"; "Telegram's founder"; "the terms of
/// service"): a line holding one is junk only in a boilerplate shape
/// ([`boilerplate_shape`]), never on the word alone. Every rule here that
/// one word can trigger is tested on a sentence of news that must stay and
/// a line of boilerplate that must go (`tests::each_word_rule_needs_a_shape`).
static WORDS: LazyLock<Vec<(DropReason, Regex)>> = LazyLock::new(|| {
    vec![
        (
            DropReason::Navigation,
            re(r"(?i)^(log ?in|sign ?in)(?-u:\b)|(?-u:\b)share (this|on) |(?-u:\b)jump to(?-u:\b)"),
        ),
        (
            DropReason::Newsletter,
            re(
                r"(?i)(?-u:\b)subscri(be|bed|ption|bers?)(?-u:\b)|(?-u:\b)newsletters?(?-u:\b)|(?-u:\b)sign(ed|ing)? up(?-u:\b)|(?-u:\b)email address(?-u:\b)|(?-u:\b)unsubscribe(?-u:\b)",
            ),
        ),
        (
            DropReason::Donation,
            re(
                r"(?i)(?-u:\b)membership(?-u:\b)|(?-u:\b)support us(?-u:\b)|(?-u:\b)donat(e|ion|ing)(?-u:\b)|(?-u:\b)join us(?-u:\b)|(?-u:\b)contributions?(?-u:\b)|(?-u:\b)this banner(?-u:\b)|(?-u:\b)paywall(?-u:\b)|(?-u:\b)patreon(?-u:\b)|(?-u:\b)independent model(?-u:\b)|(?-u:\b)just once(?-u:\b)",
            ),
        ),
        (
            DropReason::Cookie,
            re(
                r"(?i)(?-u:\b)cookies?(?-u:\b)|(?-u:\b)accept all(?-u:\b)|(?-u:\b)privacy (policy|settings|notice)(?-u:\b)|(?-u:\b)gdpr(?-u:\b)|(?-u:\b)terms of (use|service)(?-u:\b)",
            ),
        ),
        (
            DropReason::Promotion,
            re(
                r"(?i)(?-u:\b)telegram(?-u:\b)|(?-u:\b)viber(?-u:\b)|(?-u:\b)whatsapp channel(?-u:\b)|(?-u:\b)push notifications(?-u:\b)",
            ),
        ),
        (
            DropReason::PageFurniture,
            re(
                r"(?i)(?-u:\b)reading time(?-u:\b)|(?-u:\b)ai assistance(?-u:\b)|(?-u:\b)text size(?-u:\b)",
            ),
        ),
    ]
});

/// A page speaking of itself ("This site uses cookies", "this article").
static SELF_REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(this|our) (web ?site|site|page|article|app)(?-u:\b)"));

/// The verbs web furniture opens with, in the imperative ("Subscribe now",
/// "Sign up for…", "Donate today", "Accept all cookies", "Join us").
static PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(please,? )?(subscribe|sign|donate|give|join|follow|download|accept|allow|manage|read|listen|get|support|click|tap|enable|share|become|register|log|continue|unlock|upgrade|watch|see)(?-u:\b)( (now|today|here|free|to|for|up|in|on|with|our|us|all|the app|this|more)(?-u:\b)|\s*[:!]|$)",
    )
});

/// Lines that end the article: what follows is lists of other stories.
static TAIL_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(read more|more news|other news|latest news|related|related (news|articles|stories|posts|coverage|content)|editors?['’]? picks?|editor['’]s picks?|news feed|most (read|popular|viewed|shared)|trending( now| stories)?|recommended( for you)?|you (may|might) also like|top stories|more stories|more from [\w .'’]+|also read|see also|read also|what to read next|further reading|popular( now| stories)?)\s*:?$",
    )
});

/// A related-article link inside the body: "Read also: …" or "Name: headline".
static TEASER_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(read (also|more)|see also|also read|related|watch|listen)\s*:"));
static KICKER_HEADLINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){0,3}: \p{Lu}"));

static SOCIAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)pic\.twitter\.com/|twitter\.com/\w+/status|x\.com/\w+/status|instagram\.com/(p|reel)/|(?-u:\b)a post shared by(?-u:\b)|[—–-] [^()]{1,60} \(@\w{1,30}\) \w+ \d{1,2}, \d{4}",
    )
});

static CAPTION_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\((?:[^()]*(?:/|(?-u:\b)via(?-u:\b)|getty|afp|reuters|(?-u:\b)ap(?-u:\b)|photo|image|credit|shutterstock|(?-u:\b)epa(?-u:\b)|anadolu|xinhua)[^()]*)\)\s*$|(?:^|[.!?]\s+)(?:photo|source|credit|image|photograph|picture|foto)s?(?: by)?\s*:\s*[^.!?]{1,80}$|^(?:photo|image|credit|picture)s?\s*:",
    )
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?i:by)\s+\p{Lu}"));

const PAYMENT: &[&str] = &[
    "visa",
    "mastercard",
    "americanexpress",
    "amex",
    "paypal",
    "maestro",
    "discover",
    "applepay",
    "googlepay",
    "american",
    "express",
    "apple",
    "google",
    "pay",
    "jcb",
    "unionpay",
    "stripe",
    "klarna",
];

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Whether a text ends as a sentence does: on a full stop, a question or
/// exclamation mark, a closing quotation mark or bracket, or an ellipsis.
pub(crate) fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’', '…', '\'', ')'])
}

/// The text outside quotation marks: quotes are the people reported on
/// talking, not the outlet talking to its reader.
fn outside_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        match c {
            '"' => inside = !inside,
            '“' => inside = true,
            '”' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// How often the outlet addresses its reader or speaks of itself.
fn reader_address(text: &str) -> usize {
    outside_quotes(text)
        .split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .filter(|w| {
            let w = w.split(['’', '\'']).next().unwrap_or("");
            // "US" is the country; only lower-case "us" is the pronoun.
            matches!(
                w,
                "you" | "You" | "your" | "Your" | "we" | "We" | "our" | "Our" | "us" | "ours"
            )
        })
        .count()
}

/// The shape of boilerplate, whatever its words: a button, menu entry,
/// label or row of links (a few words that are not a sentence), a prompt
/// opening with a
/// web verb in the imperative, or the page speaking to its reader or of
/// itself.
fn boilerplate_shape(text: &str) -> bool {
    // a row of links: "Cookie settings | Privacy policy"
    let row = text.contains(" | ") || text.contains(" · ");
    ((words(text) <= 4 || row) && !ends_sentence(text))
        || PROMPT.is_match(text.trim_start())
        || reader_address(text) >= 1
        || SELF_REFERENCE.is_match(&outside_quotes(text))
}

fn lexicon_reason(text: &str) -> Option<DropReason> {
    let short = words(text) <= 12;
    let addressed = || reader_address(text) >= 1;
    if let Some((r, _)) = PHRASES.iter().find(|(_, re)| re.is_match(text)) {
        return (short || addressed()).then_some(*r);
    }
    let (r, _) = WORDS.iter().find(|(_, re)| re.is_match(text))?;
    ((short && boilerplate_shape(text)) || addressed()).then_some(*r)
}

fn is_payment_row(text: &str) -> bool {
    let tokens: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    tokens.len() >= 2 && tokens.iter().all(|t| PAYMENT.contains(&t.as_str()))
}

/// A sentence of article prose: long enough, ending like a sentence.
fn body_like(text: &str) -> bool {
    words(text) >= 8 && ends_sentence(text)
}

/// Text that starts with a symbol rather than a letter, digit or quote, as
/// embedded posts do (emoji, flags, or the U+FFFD left where they were lost).
fn starts_with_symbol(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        !(c.is_alphanumeric() || c.is_whitespace() || "\"'“‘(«[-—–*#•".contains(c))
    })
}

fn single_line_reason(text: &str, meta: &mut Metadata) -> Option<DropReason> {
    if SOCIAL.is_match(text) {
        return Some(DropReason::SocialEmbed);
    }
    if words(text) <= 16 && is_dateline(text) {
        if meta.date.is_none() {
            meta.date = find_date(text);
        }
        return Some(DropReason::Dateline);
    }
    if BYLINE.is_match(text)
        && words(text) <= 25
        && (!ends_sentence(text) || find_date(text).is_some())
    {
        if meta.author.is_none() {
            let name = text[2..].trim_start();
            let cut = name
                .find(|c: char| c.is_ascii_digit() || c == '|' || c == '·')
                .map(|i| name[..i].trim_end_matches(|c: char| !c.is_alphanumeric()))
                .unwrap_or(name);
            // Drop a trailing month name ("news desk May 27, 2024").
            let cut = match cut.rsplit_once(' ') {
                Some((head, last)) if crate::calendar::month_number(last).is_some() => head,
                _ => cut,
            };
            meta.author = Some(cut.trim().to_string());
        }
        if meta.date.is_none() {
            meta.date = find_date(text);
        }
        return Some(DropReason::Byline);
    }
    if CAPTION_CREDIT.is_match(text) {
        return Some(DropReason::Caption);
    }
    if is_payment_row(text) {
        return Some(DropReason::Payment);
    }
    if TEASER_PREFIX.is_match(text) {
        return Some(DropReason::Teaser);
    }
    lexicon_reason(text)
}

/// Classifies the lines of a document body in place, and completes `meta`
/// (title, date, author) from the lines that carry them.
pub(crate) fn classify(text: &str, lines: &mut [Line], meta: &mut Metadata) {
    let texts: Vec<&str> = lines.iter().map(|l| &text[l.start..l.end]).collect();
    let mut reasons: Vec<Option<DropReason>> = vec![None; lines.len()];
    let mut seen = HashSet::new();

    for (i, t) in texts.iter().enumerate() {
        if let LineRole::Dropped(r) = lines[i].role {
            reasons[i] = Some(r);
            continue;
        }
        let key: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
        // Page furniture repeats ("Subscribe" ten times, a teaser twice);
        // a full sentence repeated is the article repeating itself (ECB+
        // annotates such repeats), so it stays.
        if !seen.insert(key) && !body_like(t) {
            reasons[i] = Some(DropReason::Repeated);
            continue;
        }
        reasons[i] = single_line_reason(t, meta);
    }

    let kept = |reasons: &[Option<DropReason>], i: usize| reasons[i].is_none();
    let body_like_at =
        |reasons: &[Option<DropReason>], i: usize| kept(reasons, i) && body_like(texts[i]);

    // An embedded post often starts a paragraph or two before the line with
    // its link: take in the paragraphs before it that open with a symbol.
    for i in 0..lines.len() {
        if reasons[i] == Some(DropReason::SocialEmbed) {
            let mut j = i;
            while j > 0 && kept(&reasons, j - 1) && starts_with_symbol(texts[j - 1]) {
                reasons[j - 1] = Some(DropReason::SocialEmbed);
                j -= 1;
            }
        }
    }

    // Related-article teasers: a "Name: headline" line inside the body, and
    // the blurb printed on the next line with it (where the article itself
    // separates paragraphs with blank lines).
    let blank_separated = {
        let pairs = lines
            .windows(2)
            .filter(|w| w[1].number > w[0].number)
            .count()
            .max(1);
        let gaps = lines
            .windows(2)
            .filter(|w| w[1].number > w[0].number + 1)
            .count();
        gaps * 2 > pairs
    };
    for i in 0..lines.len() {
        let t = texts[i];
        if !kept(&reasons, i) || ends_sentence(t) || words(t) > 20 || !KICKER_HEADLINE.is_match(t) {
            continue;
        }
        let before = (0..i).any(|j| body_like_at(&reasons, j));
        let after = (i + 1..lines.len()).any(|j| body_like_at(&reasons, j));
        if before && after {
            reasons[i] = Some(DropReason::Teaser);
            if blank_separated
                && i + 1 < lines.len()
                && lines[i + 1].number == lines[i].number + 1
                && kept(&reasons, i + 1)
            {
                reasons[i + 1] = Some(DropReason::Teaser);
            }
        }
    }

    // The end of the article: a marker line with more article text before it
    // than after it, and hardly any after.
    for (i, text) in texts.iter().enumerate() {
        if !kept(&reasons, i) || !TAIL_MARKER.is_match(text.trim()) {
            continue;
        }
        let before = (0..i).filter(|&j| body_like_at(&reasons, j)).count();
        let after = (i + 1..lines.len())
            .filter(|&j| body_like_at(&reasons, j))
            .count();
        if after < 3 && after < before {
            for r in reasons.iter_mut().skip(i) {
                if r.is_none() || *r == Some(DropReason::Repeated) {
                    *r = Some(DropReason::AfterArticle);
                }
            }
            break;
        }
    }

    // A line inside a block of appeals, speaking to the reader, belongs to it
    // ("Before you skip this banner, …").
    for i in 1..lines.len().saturating_sub(1) {
        if kept(&reasons, i) && reader_address(texts[i]) >= 1 {
            let (prev, next) = (reasons[i - 1], reasons[i + 1]);
            let appeal = |r: Option<DropReason>| {
                matches!(
                    r,
                    Some(DropReason::Donation | DropReason::Newsletter | DropReason::Promotion)
                )
            };
            if appeal(prev) || appeal(next) {
                reasons[i] = if appeal(next) { next } else { prev };
            }
        }
    }

    // The title: the first kept line, when it reads as a headline and comes
    // before any article prose.
    if let Some(first) = (0..lines.len()).find(|&i| kept(&reasons, i)) {
        let t = texts[first];
        let headline = !ends_sentence(t) && words(t) <= 30;
        let same_as_meta = meta.title.as_deref().is_some_and(|m| m.trim() == t);
        if headline || same_as_meta {
            lines[first].role = LineRole::Title;
            if meta.title.is_none() {
                meta.title = Some(t.to_string());
            }
        }
    }

    for (line, reason) in lines.iter_mut().zip(reasons) {
        if let Some(r) = reason {
            line.role = LineRole::Dropped(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule that one word (or a phrase news also writes) can
    /// trigger, with a sentence of news that must stay and a line of
    /// boilerplate that must go.
    #[test]
    fn each_word_rule_needs_a_shape() {
        let cases: &[(&str, &str, DropReason)] = &[
            (
                "Login problems kept customers out for hours.",
                "Log in",
                DropReason::Navigation,
            ),
            (
                "Many economists share this view of the market.",
                "Share on Facebook",
                DropReason::Navigation,
            ),
            (
                "Prices jump to a record in the first week.",
                "Jump to comments",
                DropReason::Navigation,
            ),
            (
                "The subscription service lost 2 million users.",
                "Subscribe now",
                DropReason::Newsletter,
            ),
            (
                "The bank's newsletter warned of a slowdown.",
                "Get our newsletter",
                DropReason::Newsletter,
            ),
            (
                "More than 500 patients signed up for the trial.",
                "Sign up for free",
                DropReason::Newsletter,
            ),
            (
                "Police released the suspect's email address on Monday.",
                "Your email address",
                DropReason::Newsletter,
            ),
            (
                "Readers can unsubscribe from the list, the regulator ruled.",
                "Unsubscribe",
                DropReason::Newsletter,
            ),
            (
                "Talks on NATO membership stalled again in Vilnius.",
                "Membership",
                DropReason::Donation,
            ),
            (
                "Unions refused to support US sanctions on the port.",
                "Support us",
                DropReason::Donation,
            ),
            (
                "The billionaire's donation funded a new hospital.",
                "Donate today",
                DropReason::Donation,
            ),
            (
                "\"Join us,\" the protesters chanted at police.",
                "Join us",
                DropReason::Donation,
            ),
            (
                "Pension contributions rose 3% last year.",
                "Make a contribution",
                DropReason::Donation,
            ),
            (
                "They unfurled this banner outside the parliament.",
                "Close this banner",
                DropReason::Donation,
            ),
            (
                "The paper put its archive behind a paywall in 2019.",
                "Paywall",
                DropReason::Donation,
            ),
            (
                "The artist earns most of her income on Patreon.",
                "Patreon",
                DropReason::Donation,
            ),
            (
                "The cooperative's independent model won an award.",
                "Our independent model",
                DropReason::Donation,
            ),
            (
                "The comet passes just once every 76 years.",
                "Support us just once",
                DropReason::Donation,
            ),
            (
                "The recipe requires 1/2 pound of chocolate chips for the cookies.",
                "Cookie settings",
                DropReason::Cookie,
            ),
            (
                "The union did not accept all the terms.",
                "Accept all",
                DropReason::Cookie,
            ),
            (
                "The company changed its privacy policy last week.",
                "Privacy policy",
                DropReason::Cookie,
            ),
            (
                "GDPR fines reached 1.2 billion euros in 2023.",
                "GDPR",
                DropReason::Cookie,
            ),
            (
                "The app violated its own terms of service, a judge ruled.",
                "Terms of use",
                DropReason::Cookie,
            ),
            (
                "Telegram's founder was arrested in France.",
                "Telegram",
                DropReason::Promotion,
            ),
            (
                "Viber was sold to a Japanese group in 2014.",
                "Viber",
                DropReason::Promotion,
            ),
            (
                "The ministry opened a WhatsApp channel for farmers last year.",
                "Join our WhatsApp channel",
                DropReason::Promotion,
            ),
            (
                "Apple changed how push notifications work on the lock screen.",
                "Enable push notifications",
                DropReason::Promotion,
            ),
            (
                "Reading time at schools was cut by half.",
                "Reading time",
                DropReason::PageFurniture,
            ),
            (
                "The lab relied on AI assistance to read the scans.",
                "AI assistance",
                DropReason::PageFurniture,
            ),
            (
                "The text size of the ballots confused older voters.",
                "Text size",
                DropReason::PageFurniture,
            ),
        ];
        for (news, junk, reason) in cases {
            assert_eq!(lexicon_reason(news), None, "news dropped: {news:?}");
            assert_eq!(lexicon_reason(junk), Some(*reason), "junk kept: {junk:?}");
        }
    }

    #[test]
    fn the_page_speaking_of_itself_or_to_its_reader_is_boilerplate() {
        for junk in [
            "Cookie settings | Privacy policy",
            "This site uses cookies.",
            "We use cookies to improve your experience.",
            "Subscribe to our newsletter for daily updates.",
            "By continuing you accept our privacy policy.",
        ] {
            assert!(lexicon_reason(junk).is_some(), "{junk:?}");
        }
    }
}
