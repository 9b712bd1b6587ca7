//! A seeded generator of large datasets, for benchmarks and stress tests:
//! the shipped dataset with its events replaced by `n` synthetic ones spread
//! over 1990–2030 in every lane (about one in ten a span).

use super::dataset::Dataset;
use super::date::Date;
use super::types::{Event, Status};

/// SplitMix64: a small, well-known seeded generator (deterministic across
/// platforms), enough for synthetic test data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const WORDS: [&str; 16] = [
    "summit",
    "treaty",
    "forum",
    "visit",
    "agreement",
    "consultations",
    "pipeline",
    "railway",
    "customs",
    "border",
    "election",
    "declaration",
    "commission",
    "exercise",
    "talks",
    "report",
];

/// `base` with its events replaced by `n` generated events (seeded).
pub fn with_generated_events(base: &Dataset, n: usize, seed: u64) -> Dataset {
    let mut rng = SplitMix64(seed);
    let lanes: Vec<String> = base.lanes.iter().map(|l| l.id.clone()).collect();
    let mut ds = base.clone();
    ds.events = (0..n)
        .map(|i| {
            let year = 1990 + rng.below(41) as i32;
            let month = 1 + rng.below(12) as u32;
            let day = 1 + rng.below(28) as u32;
            let date = Date::ymd(year, month, day).unwrap_or(Date::year(year));
            let end = (rng.below(10) == 0).then(|| {
                let months = 1 + rng.below(24) as i32;
                let total = year * 12 + month as i32 - 1 + months;
                Date::ym(total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
                    .unwrap_or(Date::year(year + 1))
            });
            let word = WORDS[rng.below(WORDS.len() as u64) as usize];
            let lane = lanes
                .get(rng.below(lanes.len() as u64) as usize)
                .cloned()
                .unwrap_or_default();
            Event {
                summary_ru: None,
                note_ru: None,
                id: format!("gen_{i}"),
                title: format!("Generated {word} no. {i}"),
                title_ru: None,
                date,
                end,
                lane,
                status: if year > 2026 {
                    Status::Scheduled
                } else {
                    Status::Fact
                },
                held: false,
                summary: format!("A synthetic {word} for benchmarks."),
                tags: vec![word.to_owned()],
                people: Vec::new(),
                organisations: Vec::new(),
                figures: Vec::new(),
                institutions: Vec::new(),
                factors: Vec::new(),
                sources: vec!["chronology".to_owned()],
                urls: Vec::new(),
                note: None,
            }
        })
        .collect();
    ds.build_index();
    ds
}
