//! The words of a statement with their byte offsets, and where its clauses
//! break: what the measure readers look around a detail with.

/// One word: its byte range in the statement, the word without surrounding
/// punctuation, lower case, and what punctuation follows it.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    /// The word without leading or trailing punctuation, as written.
    pub text: &'a str,
    pub lower: String,
    /// The characters written right after the word, before the next space
    /// (",", ".", ")", "’s"), with a lone mark or possessive written apart
    /// after a space ("Charles ' 226", "Obama 's") and a dash.
    pub after: String,
    /// The characters written right before it ("(", "“").
    pub before: &'a str,
}

/// The words of `text`, split at white space, punctuation kept apart.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let base = text.as_ptr() as usize;
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let at = raw.as_ptr() as usize - base;
        let inner = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let apart = matches!(raw, "'s" | "’s" | "'" | "’");
        if inner.is_empty() || apart {
            // A dash, a lone mark or a possessive written apart: punctuation
            // of the word before.
            if let Some(prev) = out.last_mut() {
                let prev: &mut Word = prev;
                prev.after.push_str(raw);
            }
            continue;
        }
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        // "Luck's": the possessive is punctuation after the name.
        let inner = inner
            .strip_suffix("'s")
            .or_else(|| inner.strip_suffix("’s"))
            .filter(|w| !w.is_empty())
            .unwrap_or(inner);
        let start = at + lead;
        let end = start + inner.len();
        out.push(Word {
            start,
            end,
            text: inner,
            lower: inner.to_lowercase().replace('’', "'"),
            after: raw[lead + inner.len()..].to_string(),
            before: &raw[..lead],
        });
    }
    out
}

/// Words that open a new clause: what stands before them is not the
/// subject of what follows.
const CLAUSE_WORDS: &[&str] = &[
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "after",
    "before",
    "when",
    "since",
    "until",
    "unless",
    "if",
    "whereby",
    "meanwhile",
];

/// Abbreviations written with a full stop that ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sgt", "Rep", "Sen", "Gov",
    "Prof", "Rev", "Capt", "Mt", "Ft", "No", "vs", "Inc", "Co", "Corp", "Ltd",
];

/// Whether a clause ends between word `i` and word `i + 1`: a semicolon,
/// colon, dash or bracket after word `i`, a sentence end, or a clause word
/// at `i + 1`.
pub fn breaks_after(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    // The full stop of an abbreviation ("the U.K. but living in …", "Mr.
    // Smith") ends nothing.
    let abbreviation = w.after.trim_end() == "."
        && (w.text.contains('.') && w.text.split('.').all(|p| p.chars().count() == 1)
            || ABBREVIATIONS.contains(&w.text));
    if w.after
        .contains([';', ':', '—', '(', ')', '?', '!', '"', '“', '”'])
        || w.after.contains('.') && !abbreviation
        || w.after.contains("--")
    {
        return true;
    }
    // A clause word before a participle keeps the subject: "Rait died
    // after slipping and falling 200 feet".
    let participle = |k: usize| words.get(k).is_some_and(|x| x.lower.ends_with("ing"));
    // "and" before a capitalized word starts a clause with a new subject:
    // "Artino scored 14 points and Echenique had 11".
    let new_subject = |k: usize| {
        words.get(k).is_some_and(|x| {
            x.text.chars().next().is_some_and(char::is_uppercase)
                && !crate::align::words::is_stop(&x.lower)
        })
    };
    words.get(i + 1).is_some_and(|n| {
        n.before.contains(['(', '“', '"'])
            || CLAUSE_WORDS.contains(&n.lower.as_str()) && !participle(i + 2)
            || n.lower == "and" && new_subject(i + 2)
    })
}

/// The index of the first word of the clause that word `i` is in.
pub fn clause_start(words: &[Word], i: usize) -> usize {
    (0..i)
        .rev()
        .find(|&k| breaks_after(words, k))
        .map_or(0, |k| k + 1)
}

/// The index of the last word of the clause that word `i` is in.
pub fn clause_end(words: &[Word], i: usize) -> usize {
    (i..words.len())
        .find(|&k| breaks_after(words, k))
        .unwrap_or(words.len().saturating_sub(1))
}

/// The indices of the words that overlap the byte range `[start, end)`.
pub fn covering(words: &[Word], start: usize, end: usize) -> Option<(usize, usize)> {
    let first = words.iter().position(|w| w.end > start && w.start < end)?;
    let last = words.iter().rposition(|w| w.end > start && w.start < end)?;
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_offsets_and_punctuation() {
        let text = "Buckley, 32, fell (about 2,000 feet) on Saturday.";
        let w = words(text);
        assert_eq!(w[0].text, "Buckley");
        assert_eq!(w[0].after, ",");
        assert_eq!(&text[w[1].start..w[1].end], "32");
        assert_eq!(w[3].before, "(");
        assert_eq!(w[5].text, "feet");
        assert_eq!(w[5].after, ")");
    }

    #[test]
    fn an_abbreviation_ends_no_clause() {
        let w = words("Robert Buckley of the U.K. but living in Christchurch fell 700 meters.");
        let fell = w.iter().position(|x| x.text == "fell").unwrap();
        assert_eq!(clause_start(&w, fell), 0);
        let w = words("He met Mr. Smith. Then he left.");
        let smith = w.iter().position(|x| x.text == "Smith").unwrap();
        assert_eq!(clause_start(&w, smith), 0);
        let then = w.iter().position(|x| x.text == "Then").unwrap();
        assert_eq!(clause_start(&w, then), then);
    }

    #[test]
    fn clauses_break_at_marks_and_clause_words() {
        let w = words("Smith scored 20 points, but Jones had 16 before he left.");
        let jones = w.iter().position(|x| x.text == "Jones").unwrap();
        assert_eq!(clause_start(&w, jones), jones - 1);
        assert_eq!(clause_start(&w, 2), 0);
        assert_eq!(w[clause_end(&w, jones)].text, "16");
    }
}
