//! Extraction from one arbitrary statement at an arbitrary offset, with or
//! without a publication date: every detail lies inside the statement and
//! slices its own text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, Option<(i16, u8, u8)>, &str)| {
    let (pad, date, text) = input;
    let offset = pad as usize % 64;
    let published = date.and_then(|(y, m, d)| {
        jiff::civil::Date::new(
            y.rem_euclid(3000) + 1,
            (m % 12 + 1) as i8,
            (d % 28 + 1) as i8,
        )
        .ok()
    });
    let doc = format!("{}{text}", " ".repeat(offset));
    let details = crosscheck::extract::extract_statement(text, offset, published);
    crosscheck_fuzz::check_details(&doc, offset, offset + text.len(), &details);
});
