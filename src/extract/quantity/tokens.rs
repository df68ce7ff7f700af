//! The tokenizer: words, numbers, identifiers and punctuation with byte
//! spans.
//!
//! A number token holds its digits with their grouping: `1,200`, `12.5`,
//! `.358` (a batting average), `1 234` with a narrow or no-break space
//! (never an ordinary one: that is how phone numbers are written), Indian
//! grouping `12,34,567`, continental `1.111,11` (dots then a decimal comma,
//! a form English never writes), and the vulgar fractions `½`, `¾`, `2½`.
//! A run of letters and digits is one identifier (`MH17`, `H5N1`), except
//! that a currency code written against its figure is split off it
//! (`USD10m` → `USD` `10` `m`, `$US55` → `$` `US` `55`), so the figure is
//! read as money and not lost inside an identifier.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum K {
    Word,
    Num,
    Ident,
    Punct,
}

#[derive(Debug)]
pub(super) struct Tok<'a> {
    pub(super) k: K,
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) t: &'a str,
    /// Lowercase text for words and identifiers, empty otherwise.
    pub(super) l: String,
    /// Whitespace (or the start of the text) precedes the token.
    pub(super) sp: bool,
    pub(super) cap: bool,
    pub(super) v: f64,
    pub(super) int: bool,
    pub(super) comma: bool,
    pub(super) ndig: usize,
    pub(super) lead0: bool,
}

/// Letters written against a figure that name its currency: ISO codes and
/// the local abbreviations news prints ("RM23.50", "Rs500", "PS2.7m" where
/// a feed lost the "£"), and the country letters of "$US55", "$A20".
fn currency_prefix_word(w: &str) -> bool {
    matches!(
        w,
        "USD"
            | "EUR"
            | "GBP"
            | "JPY"
            | "CNY"
            | "RMB"
            | "INR"
            | "UAH"
            | "RUB"
            | "CHF"
            | "CAD"
            | "AUD"
            | "NZD"
            | "HKD"
            | "SGD"
            | "SEK"
            | "NOK"
            | "DKK"
            | "ZAR"
            | "BRL"
            | "MXN"
            | "KRW"
            | "TRY"
            | "PLN"
            | "IDR"
            | "PHP"
            | "THB"
            | "MYR"
            | "NGN"
            | "KES"
            | "EGP"
            | "SAR"
            | "AED"
            | "QAR"
            | "ILS"
            | "PKR"
            | "BDT"
            | "LKR"
            | "VND"
            | "TWD"
            | "ARS"
            | "CLP"
            | "COP"
            | "HUF"
            | "CZK"
            | "RM"
            | "Rs"
            | "Rp"
            | "PS"
            | "R"
            | "KSh"
            | "Sh"
    )
}

/// Whether the letters `text[i..j]`, followed by a digit, are a currency
/// prefix: a code, or the country letters right after a "$" ("$US55",
/// "$A20"), which elsewhere start identifiers ("A380", "S10").
fn currency_prefix(text: &str, i: usize, j: usize) -> bool {
    let w = &text[i..j];
    currency_prefix_word(w)
        || (matches!(w, "US" | "A" | "C" | "NZ" | "HK" | "S") && text[..i].ends_with('$'))
}

/// The value of a vulgar fraction character.
pub(super) fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅐' => 1.0 / 7.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        '⅑' => 1.0 / 9.0,
        '⅒' => 0.1,
        _ => return None,
    })
}

/// A space that groups digits and never separates words: no-break, narrow
/// no-break and thin spaces.
fn group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

pub(super) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    let n = b.len();
    let dig = |k: usize| k < n && b[k].is_ascii_digit();
    // Exactly three digits at `k`, then no digit.
    let three = |k: usize| dig(k) && dig(k + 1) && dig(k + 2) && !dig(k + 3);
    let mut out = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    let mut sp = true;
    while i < n {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            sp = true;
            i += cl;
            continue;
        }
        let mut tok = Tok {
            k: K::Punct,
            s: i,
            e: i + cl,
            t: "",
            l: String::new(),
            sp,
            cap: false,
            v: 0.0,
            int: true,
            comma: false,
            ndig: 0,
            lead0: false,
        };
        // ".358" (a batting average): a decimal without its leading zero,
        // after a space, the start, "(" or a currency sign.
        let lead_dot = c == '.'
            && dig(i + 1)
            && (i == 0 || {
                let p = b[i - 1];
                p.is_ascii_whitespace() || matches!(p, b'(' | b'$' | b'-')
            });
        if lead_dot {
            let mut j = i + 1;
            while dig(j) {
                j += 1;
            }
            // not a version or a chain ("1 .2.3"): the decimal ends here
            let chained = j < n && (b[j] == b'.' || b[j] == b',') && dig(j + 1);
            if !chained {
                tok.v = text[i..j].parse().unwrap_or(f64::INFINITY);
                tok.k = K::Num;
                tok.e = j;
                tok.int = false;
                tok.ndig = j - i - 1;
                tok.t = &text[i..j];
                i = j;
                out.push(tok);
                sp = false;
                continue;
            }
        }
        if let Some(f) = vulgar(c) {
            tok.k = K::Num;
            tok.v = f;
            tok.int = false;
            tok.t = &text[i..i + cl];
            i += cl;
            out.push(tok);
            sp = false;
            continue;
        }
        if c.is_ascii_digit() {
            // right after another number and a space: not a group of it
            let after_digits = out.last().is_some_and(|p: &Tok| p.k == K::Num && sp);
            let mut j = i;
            while dig(j) {
                j += 1;
            }
            let mut ndig = j - i;
            let mut clean: Option<String> = None;
            // Indian grouping: "12,34,567" (pairs, then a final three).
            let indian = ndig <= 2 && {
                let mut k = j;
                let mut pairs = 0;
                while k < n && b[k] == b',' && dig(k + 1) && dig(k + 2) && !dig(k + 3) {
                    k += 3;
                    pairs += 1;
                }
                pairs >= 1 && k < n && b[k] == b',' && three(k + 1)
            };
            // Continental: "1.111,11" (dot groups of three, a decimal comma).
            let continental = ndig <= 3 && {
                let mut k = j;
                let mut groups = 0;
                while k < n && b[k] == b'.' && three(k + 1) {
                    k += 4;
                    groups += 1;
                }
                groups >= 1 && k < n && b[k] == b',' && dig(k + 1) && {
                    let mut m = k + 1;
                    while dig(m) {
                        m += 1;
                    }
                    !(m < n && (b[m] == b',' || b[m] == b'.') && dig(m + 1))
                }
            };
            if indian {
                while j < n && b[j] == b',' && dig(j + 1) && dig(j + 2) {
                    j += 1;
                    while dig(j) {
                        j += 1;
                    }
                }
                tok.comma = true;
                ndig = text[i..j].bytes().filter(u8::is_ascii_digit).count();
                if j < n && b[j] == b'.' && dig(j + 1) {
                    j += 1;
                    while dig(j) {
                        j += 1;
                    }
                    tok.int = false;
                }
            } else if continental {
                while j < n && b[j] == b'.' && three(j + 1) {
                    j += 4;
                }
                let int_end = j;
                j += 1;
                while dig(j) {
                    j += 1;
                }
                tok.comma = true;
                tok.int = false;
                ndig = text[i..int_end].bytes().filter(u8::is_ascii_digit).count();
                clean = Some(text[i..j].replace('.', "").replace(',', "."));
            } else {
                while j < n && b[j] == b',' && three(j + 1) {
                    j += 4;
                    ndig += 3;
                    tok.comma = true;
                }
                // "40 000" with a narrow or no-break space between groups.
                if !tok.comma && ndig <= 3 {
                    let mut k = j;
                    let mut grouped = String::new();
                    while let Some(s) = text[k..].chars().next().filter(|c| group_space(*c)) {
                        if !three(k + s.len_utf8()) {
                            break;
                        }
                        if grouped.is_empty() {
                            grouped.push_str(&text[i..j]);
                        }
                        grouped.push_str(&text[k + s.len_utf8()..k + s.len_utf8() + 3]);
                        k += s.len_utf8() + 3;
                        ndig += 3;
                    }
                    if !grouped.is_empty() {
                        j = k;
                        tok.comma = true;
                        if j < n && b[j] == b'.' && dig(j + 1) {
                            let d = j;
                            j += 1;
                            while dig(j) {
                                j += 1;
                            }
                            grouped.push_str(&text[d..j]);
                            tok.int = false;
                        }
                        clean = Some(grouped);
                    }
                }
                // "1 234 567", "40 000": groups of three after single
                // spaces, all of them, then no other digits — a phone
                // number ("1 800 555 1234") has a group of four, and a
                // year or a leading 0 never starts one.
                if clean.is_none() && !tok.comma && ndig <= 3 && b[i] != b'0' && !after_digits {
                    let mut k = j;
                    let mut groups = 0;
                    while k < n && b[k] == b' ' && three(k + 1) {
                        k += 4;
                        groups += 1;
                    }
                    let clean_end = k >= n
                        || (matches!(b[k], b' ' | b';' | b':' | b'!' | b'?' | b')' | b'%')
                            && !(b[k] == b' ' && dig(k + 1)))
                        || (matches!(b[k], b'.' | b',') && !dig(k + 1));
                    if groups >= 1 && clean_end {
                        clean = Some(text[i..k].replace(' ', ""));
                        ndig += 3 * groups;
                        tok.comma = true;
                        j = k;
                    }
                }
                // "5,00", "1,3": a comma before one or two digits cannot
                // group thousands; it is a continental decimal comma (never
                // seen in the ECB+ news, where commas group thousands)
                if clean.is_none()
                    && !tok.comma
                    && ndig <= 3
                    && j < n
                    && b[j] == b','
                    && dig(j + 1)
                    && !dig(j + 3)
                    && !(j + 2 < n && matches!(b[j + 2], b',' | b'.') && dig(j + 3))
                    && !(j + 3 < n && matches!(b[j + 3], b',' | b'.') && dig(j + 4))
                {
                    let d = if dig(j + 2) { 3 } else { 2 };
                    clean = Some(format!("{}.{}", &text[i..j], &text[j + 1..j + d]));
                    j += d;
                    tok.int = false;
                    tok.comma = true;
                }
                if clean.is_none() && j < n && b[j] == b'.' && dig(j + 1) {
                    j += 1;
                    while dig(j) {
                        j += 1;
                    }
                    tok.int = false;
                }
            }
            let raw = &text[i..j];
            let v: Result<f64, _> = match &clean {
                Some(c) => c.parse(),
                None if tok.comma => raw.replace(',', "").parse(),
                None => raw.parse(),
            };
            tok.v = v.unwrap_or(f64::INFINITY);
            tok.k = K::Num;
            tok.e = j;
            tok.ndig = ndig;
            tok.lead0 = b[i] == b'0' && ndig > 1;
        } else if c.is_alphabetic() {
            let mut j = i + cl;
            let mut has_digit = false;
            while j < n {
                let Some(d) = text[j..].chars().next() else {
                    break;
                };
                if d.is_ascii_digit() && !has_digit && currency_prefix(text, i, j) {
                    // "USD10m", "$US55,931,000": the code, then its figure.
                    break;
                }
                if d.is_alphanumeric() && vulgar(d).is_none() {
                    has_digit |= d.is_ascii_digit();
                    j += d.len_utf8();
                } else if (d == '\'' || d == '’')
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(|x| x.is_alphabetic())
                {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            tok.k = if has_digit { K::Ident } else { K::Word };
            tok.e = j;
            tok.cap = c.is_uppercase();
            let raw = &text[i..j];
            tok.l = if raw.is_ascii() {
                raw.to_ascii_lowercase()
            } else {
                raw.to_lowercase()
            };
        }
        tok.t = &text[tok.s..tok.e];
        i = tok.e;
        out.push(tok);
        sp = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(K, &str, f64)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.k, t.t, t.v))
            .collect()
    }

    #[test]
    fn digit_groupings() {
        assert_eq!(toks("1,234,567")[0], (K::Num, "1,234,567", 1234567.0));
        assert_eq!(toks("Rs 12,34,567.")[1], (K::Num, "12,34,567", 1234567.0));
        assert_eq!(toks("1.111,11 x")[0], (K::Num, "1.111,11", 1111.11));
        assert_eq!(
            toks("40\u{202f}000 fans")[0],
            (K::Num, "40\u{202f}000", 40000.0)
        );
        assert_eq!(toks("1\u{a0}234\u{a0}567.89")[0].2, 1234567.89);
        // Groups of three after single spaces, but not phone numbers.
        assert_eq!(
            toks("1 234 567 people")[0],
            (K::Num, "1 234 567", 1234567.0)
        );
        assert_eq!(toks("0845 125")[0], (K::Num, "0845", 845.0));
        assert_eq!(toks("1 800 555 1234")[0], (K::Num, "1", 1.0));
        assert_eq!(toks("10 100-metre races")[0], (K::Num, "10", 10.0));
        // A version is not continental grouping.
        assert_eq!(toks("1.2.3")[0], (K::Num, "1.2", 1.2));
        // A comma before one or two digits is a decimal comma, but a list
        // of numbers is no number.
        assert_eq!(toks("5,00 euros")[0], (K::Num, "5,00", 5.0));
        assert_eq!(toks("12,34")[0], (K::Num, "12,34", 12.34));
        assert_eq!(toks("22,24,26,31")[0], (K::Num, "22", 22.0));
    }

    #[test]
    fn vulgar_fractions_are_numbers() {
        let t = toks("2½ cups");
        assert_eq!(t[0], (K::Num, "2", 2.0));
        assert_eq!(t[1], (K::Num, "½", 0.5));
        assert_eq!(toks("¾ of")[0].2, 0.75);
    }

    #[test]
    fn currency_codes_split_from_their_figure() {
        let t = toks("USD10m and $US55,931,000 or RM23.50");
        assert_eq!(t[0], (K::Word, "USD", 0.0));
        assert_eq!(t[1], (K::Num, "10", 10.0));
        assert_eq!(t[2].1, "m");
        assert_eq!(t[5], (K::Word, "US", 0.0));
        assert_eq!(t[6], (K::Num, "55,931,000", 55931000.0));
        assert_eq!(t[8], (K::Word, "RM", 0.0));
        assert_eq!(t[9].2, 23.5);
        // Other runs of letters and digits stay identifiers.
        assert_eq!(toks("MH17")[0].0, K::Ident);
        assert_eq!(toks("an A380")[1].0, K::Ident);
        assert_eq!(toks("USB3")[0].0, K::Ident);
    }
}
