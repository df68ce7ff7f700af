fn main() {
    for t in [
        "About 41,000 fans were at Riverside Park.",
        "The attendance at Riverside Park was 38,500.",
        "The death toll rose to 37 on Monday.",
    ] {
        println!(
            "{t}: {:?}",
            crosscheck::extract::quantity::extract(t)
                .iter()
                .map(|(r, q)| (&t[r.clone()], q.counted.clone(), q.unit.clone()))
                .collect::<Vec<_>>()
        );
    }
}
