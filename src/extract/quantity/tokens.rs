//! The tokenizer: words, numbers, identifiers and punctuation with byte spans.

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

pub(super) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    let n = b.len();
    let dig = |k: usize| k < n && b[k].is_ascii_digit();
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
                p.is_ascii_whitespace() || matches!(p, b'(' | b'$')
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
        if c.is_ascii_digit() {
            let mut j = i;
            while dig(j) {
                j += 1;
            }
            let mut ndig = j - i;
            while j < n && b[j] == b',' && dig(j + 1) && dig(j + 2) && dig(j + 3) && !dig(j + 4) {
                j += 4;
                ndig += 3;
                tok.comma = true;
            }
            if j < n && b[j] == b'.' && dig(j + 1) {
                j += 1;
                while dig(j) {
                    j += 1;
                }
                tok.int = false;
            }
            let raw = &text[i..j];
            let v: Result<f64, _> = if tok.comma {
                raw.replace(',', "").parse()
            } else {
                raw.parse()
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
                if d.is_alphanumeric() {
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
