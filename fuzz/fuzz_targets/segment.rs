//! Sentence splitting of one arbitrary line, with limits taken from the
//! input: spans are in order, disjoint, trimmed, non-empty, within the
//! line and no longer than the statement limit allows.
#![no_main]

use crosscheck::segment::{sentences, SegmentOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, u8, &str)| {
    let (quote, line_max, line) = input;
    let options = SegmentOptions {
        max_quote_bytes: quote as usize * 8,
        max_statement_bytes: 4096,
        max_line_bytes: line_max as usize * 4,
    };
    let mut last = 0;
    for (s, e) in sentences(line, &options) {
        assert!(
            last <= s && s < e && e <= line.len(),
            "{s}..{e} after {last}"
        );
        let piece = &line[s..e];
        assert_eq!(piece.trim(), piece);
        last = e;
    }
});
