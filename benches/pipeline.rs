//! Per-stage benchmarks on real text: the ECB+ dev stories (4 MB of news)
//! and the seeds. `cargo bench`; throughput is reported in bytes/s.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crosscheck::ingest::{ingest, IngestOptions, Input};
use crosscheck::Options;

fn ecbplus() -> crosscheck::ingest::Corpus {
    ingest(
        &[Input::Path("tests/fixtures/ecbplus/stories".into())],
        &IngestOptions::default(),
    )
    .expect("ECB+ stories")
}

fn stages(c: &mut Criterion) {
    let corpus = ecbplus();
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    let segmented = crosscheck::segment::segment(corpus.clone(), &Default::default());
    let statement_bytes: u64 = segmented
        .statements
        .iter()
        .map(|s| s.text.len() as u64)
        .sum();

    let mut g = c.benchmark_group("ecbplus");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("ingest", |b| b.iter(ecbplus));
    g.bench_function("segment", |b| {
        b.iter_batched(
            || corpus.clone(),
            |c| crosscheck::segment::segment(c, &Default::default()),
            BatchSize::LargeInput,
        )
    });
    g.throughput(Throughput::Bytes(statement_bytes));
    // One core: extraction is the per-statement work rayon spreads.
    g.bench_function("extract (1 core)", |b| {
        b.iter(|| {
            segmented
                .statements
                .iter()
                .map(|s| crosscheck::extract::extract_statement(&s.text, s.start, None).len())
                .sum::<usize>()
        })
    });
    let extracted = crosscheck::extract::extract(segmented.clone());
    g.bench_function("align", |b| {
        b.iter_batched(
            || extracted.clone(),
            |e| crosscheck::align::align(e, &Default::default()),
            BatchSize::LargeInput,
        )
    });
    let graph = crosscheck::align::align(extracted.clone(), &Default::default());
    g.bench_function("facts", |b| {
        b.iter_batched(
            || graph.clone(),
            crosscheck::facts::facts,
            BatchSize::LargeInput,
        )
    });
    let facts = crosscheck::facts::facts(graph);
    g.bench_function("compare", |b| {
        b.iter_batched(
            || facts.clone(),
            crosscheck::compare::compare,
            BatchSize::LargeInput,
        )
    });
    g.finish();

    let mut g = c.benchmark_group("seeds");
    g.bench_function("end to end", |b| {
        b.iter(|| {
            crosscheck::run(&crosscheck::seed_inputs(), &Options::default())
                .map(|c| c.findings.len())
        })
    });
    g.finish();
}

/// A synthetic story of 1,000 articles about one event, written to a
/// temporary folder: each article is an ECB+ report of the Lindsay Lohan
/// rehab story (topic 1, "ecbplus") with its sentences shuffled, its figures
/// shifted, and forty sentences of another report of the same event (about
/// 30 statements an article), as agencies' rewrites of one another look.
fn large_story() -> crosscheck::extract::Extracted {
    let source = std::path::Path::new("tests/fixtures/ecbplus/stories/1-ecbplus");
    let mut reports: Vec<Vec<String>> = std::fs::read_dir(source)
        .expect("ECB+ topic 1")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            std::fs::read_to_string(&p)
                .expect("report")
                .lines()
                .filter(|l| {
                    !l.trim().is_empty() && !l.starts_with("source ") && !l.starts_with("url ")
                })
                .map(String::from)
                .collect()
        })
        .collect();
    reports.sort();
    let dir = std::env::temp_dir().join(format!("crosscheck-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // A fixed linear congruential sequence: the same story on every run.
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n.max(1)
    };
    for k in 0..1000 {
        let mut lines = reports[k % reports.len()].clone();
        let other = &reports[(k / reports.len() + k + 1) % reports.len()];
        for _ in 0..40 {
            lines.push(other[next(other.len())].clone());
        }
        let (head, body) = lines.split_at_mut(1);
        for i in (1..body.len()).rev() {
            body.swap(i, next(i + 1));
        }
        let shift = (k % 7) as u64;
        let text: String = head
            .iter()
            .chain(body.iter())
            .map(|l| {
                l.split(' ')
                    .map(|w| match w.parse::<u64>() {
                        Ok(v) if v > 9 => (v + shift).to_string(),
                        _ => w.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(dir.join(format!("a{k:04}.txt")), text).expect("write article");
    }
    let corpus = ingest(&[Input::Path(dir.clone())], &IngestOptions::default()).expect("story");
    let _ = std::fs::remove_dir_all(&dir);
    crosscheck::extract::extract(crosscheck::segment::segment(corpus, &Default::default()))
}

fn align_large(c: &mut Criterion) {
    let extracted = large_story();
    let graph = crosscheck::align::align(extracted.clone(), &Default::default());
    eprintln!(
        "large story: {} articles, {} statements, {} stories, {} claims, {} events",
        extracted.segmented.corpus.documents.len(),
        extracted.segmented.statements.len(),
        graph.stories.len(),
        graph.claims.len(),
        graph.events.len()
    );
    let mut g = c.benchmark_group("large story");
    g.sample_size(10);
    g.bench_function("align 1,000 articles", |b| {
        b.iter_batched(
            || extracted.clone(),
            |e| crosscheck::align::align(e, &Default::default()),
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group!(benches, stages, align_large);
criterion_main!(benches);
