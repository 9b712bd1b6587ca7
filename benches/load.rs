//! Parse and validate generated datasets of 1 000, 10 000 and 100 000
//! events (the shipped data with its events replaced), from their RON text.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rk_roadmap::model::generate::with_generated_events;
use rk_roadmap::model::{DataTexts, load_embedded, load_texts};

fn load(c: &mut Criterion) {
    let base = match load_embedded() {
        Ok(ds) => ds,
        Err(e) => panic!("{e}"),
    };
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let ds = with_generated_events(&base, n, 42);
        let events = match ron::ser::to_string_pretty(&ds.events, ron::ser::PrettyConfig::default())
        {
            Ok(text) => text,
            Err(e) => panic!("{e}"),
        };
        // The generated scenarios: their signposts' evidence named the
        // shipped events, which are gone.
        let scenarios =
            match ron::ser::to_string_pretty(&ds.scenarios, ron::ser::PrettyConfig::default()) {
                Ok(text) => text,
                Err(e) => panic!("{e}"),
            };
        // And the settings, which name only the generated events' tags.
        let settings =
            match ron::ser::to_string_pretty(&ds.settings, ron::ser::PrettyConfig::default()) {
                Ok(text) => text,
                Err(e) => panic!("{e}"),
            };
        let mut texts = DataTexts::embedded();
        texts.set("events.ron", events);
        texts.set("scenarios.ron", scenarios);
        texts.set("settings.ron", settings);
        if let Err(e) = load_texts(&texts) {
            panic!("the generated dataset is valid: {e}");
        }
        group.bench_with_input(BenchmarkId::from_parameter(n), &texts, |b, texts| {
            b.iter(|| load_texts(texts).map(|ds| ds.events.len()));
        });
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
