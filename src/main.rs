use crosscheck::ingest::*;
fn main() {
    let inputs: Vec<Input> = std::env::args()
        .skip(1)
        .map(|a| Input::Path(a.into()))
        .collect();
    let c = ingest(&inputs, &IngestOptions::default()).unwrap();
    for p in &c.problems {
        println!("{p}");
    }
    for d in &c.documents {
        println!("=== {} {:?}", d.id, d.meta);
        for l in &d.lines {
            let t = d.line_text(l);
            println!(
                "  {:>3} {:?} {}",
                l.number,
                l.role,
                &t[..t
                    .len()
                    .min(90)
                    .min(t.char_indices().nth(90).map(|x| x.0).unwrap_or(t.len()))]
            );
        }
    }
}
