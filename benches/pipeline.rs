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
    g.bench_function("compare", |b| {
        b.iter_batched(
            || graph.clone(),
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

criterion_group!(benches, stages);
criterion_main!(benches);
