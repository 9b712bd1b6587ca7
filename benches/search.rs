//! Search over 100 000 generated events (the shipped data with its events
//! replaced, so linked people, organisations and institutions are the
//! shipped ones): each query must answer in under 50 ms.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rk_roadmap::model::generate::with_generated_events;
use rk_roadmap::model::load_embedded;
use rk_roadmap::model::search::SearchIndex;

fn search(c: &mut Criterion) {
    let base = match load_embedded() {
        Ok(ds) => ds,
        Err(e) => panic!("{e}"),
    };
    let ds = with_generated_events(&base, 100_000, 42);
    let index = SearchIndex::build(&ds);
    let mut group = c.benchmark_group("search_100k");
    group.sample_size(20);
    // A rare word, a common one (a sixteenth of the events), both scripts,
    // a linked name, two words, a word in every event and one letter.
    for query in [
        "Baikonur",
        "Байконур",
        "treaty",
        "CSTO",
        "Tokayev summit",
        "Generated",
        "a",
    ] {
        let found = index.search(query).hits.len();
        if matches!(query, "treaty" | "Generated") {
            assert!(found > 5_000, "{query}: {found}");
        }
        group.bench_with_input(BenchmarkId::from_parameter(query), query, |b, q| {
            b.iter(|| index.search(q).hits.len());
        });
    }
    group.finish();
    c.bench_function("search_index_build_100k", |b| {
        b.iter(|| SearchIndex::build(&ds).len());
    });
}

criterion_group!(benches, search);
criterion_main!(benches);
