//! Ingest of arbitrary bytes as a .html file, then segment and extract,
//! checking every span (see src/lib.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck_fuzz::check_file("fuzz.html", data);
});
