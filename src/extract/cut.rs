//! A document that stops mid-sentence (a search excerpt, a page cut off by
//! a paywall) may stop mid-word: "…said Israeli Prime Ministe", "…a
//! magnitude of 7" of "7.8". Its last word is no ground for a name, a
//! figure or a speaker, so the details that reach it are dropped.

use super::{Detail, Normalized};
use crate::ingest::junk::ends_sentence;
use crate::segment::Segmented;

/// Marks that close a clause besides those that end a sentence
/// ([`ends_sentence`]): a text ending on one of them was not cut.
const CLAUSE_CLOSERS: &[char] = &[']', ':', ';'];

/// Drops the details of each document's last statement that run to its
/// end when the statement stops without closing its sentence, and the
/// speaker of a quotation when the speaker phrase runs to that end. A
/// quotation left open stays one: the words in it were still quoted.
pub(super) fn drop_cut_words(segmented: &Segmented, details: &mut [Vec<Detail>]) {
    let statements = &segmented.statements;
    for (i, st) in statements.iter().enumerate() {
        let last = statements.get(i + 1).is_none_or(|next| next.doc != st.doc);
        let text = st.text.trim_end();
        if !last
            || st.title
            || text.is_empty()
            || ends_sentence(text)
            || text.ends_with(CLAUSE_CLOSERS)
        {
            continue;
        }
        let end = st.start + text.len();
        details[i].retain(|d| d.end < end || matches!(d.normalized, Normalized::Quote(_)));
        for d in details[i].iter_mut() {
            if let Normalized::Quote(q) = &mut d.normalized {
                if q.speaker.as_deref().is_some_and(|s| text.ends_with(s)) {
                    q.speaker = None;
                    q.speaker_canonical = None;
                }
            }
        }
    }
}
