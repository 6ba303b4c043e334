//! Throughput of `annotate` over our own sample articles (`www/samples/*.txt`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use standpoint_core::{annotate, Options};

const SAMPLES: &[(&str, &str)] = &[
    ("harbour-pact", include_str!("../../www/samples/harbour-pact.txt")),
    ("water-rights", include_str!("../../www/samples/water-rights.txt")),
    ("transit-strike", include_str!("../../www/samples/transit-strike.txt")),
];

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("annotate");
    for (name, text) in SAMPLES {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| annotate(std::hint::black_box(text), &Options::default()))
        });
    }
    let corpus: String = SAMPLES.iter().map(|(_, t)| *t).collect::<Vec<_>>().join("\n\n");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function("corpus", |b| {
        b.iter(|| annotate(std::hint::black_box(&corpus), &Options::default()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
