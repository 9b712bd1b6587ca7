//! A seeded generator of large datasets, for benchmarks and stress tests:
//! the shipped dataset with its events replaced by `n` synthetic ones spread
//! over 1990–2030 in every lane — about one in ten a span
//! ([`with_generated_events`]), or half points and half spans of 1–180 days
//! ([`with_sweep_events`], the pan-sweep benchmark's items).

use super::dataset::Dataset;
use super::date::{Date, civil_from_days, days_from_civil};
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

/// `base` with its events replaced by `n` generated events (seeded): dates
/// to the day over 1990–2030, about one in ten a span of 1–24 months.
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
            let lane = pick_lane(&mut rng, &lanes);
            event(i, word, date, end, lane)
        })
        .collect();
    drop_evidence(&mut ds);
    ds.build_index();
    ds
}

/// `base` with its events replaced by `n` generated events (seeded), as the
/// pan-sweep benchmark and the comparison with vis-timeline use them: half
/// points, half spans of 1–180 days, starting on a day drawn uniformly
/// from 1990-01-01 to 2030-12-31, in a lane drawn uniformly from the
/// dataset's (five in the shipped data).
pub fn with_sweep_events(base: &Dataset, n: usize, seed: u64) -> Dataset {
    let mut rng = SplitMix64(seed);
    let lanes: Vec<String> = base.lanes.iter().map(|l| l.id.clone()).collect();
    let first = days_from_civil(1990, 1, 1);
    let days = (days_from_civil(2031, 1, 1) - first) as u64;
    let date_of = |d: i64| {
        let (y, m, day) = civil_from_days(d);
        let (y, m, day) = (y as i32, m as u32, day as u32);
        Date::ymd(y, m, day).unwrap_or(Date::year(y))
    };
    let mut ds = base.clone();
    ds.events = (0..n)
        .map(|i| {
            let start = first + rng.below(days) as i64;
            let end = (rng.below(2) == 1).then(|| date_of(start + 1 + rng.below(180) as i64));
            let word = WORDS[rng.below(WORDS.len() as u64) as usize];
            let lane = pick_lane(&mut rng, &lanes);
            event(i, word, date_of(start), end, lane)
        })
        .collect();
    drop_evidence(&mut ds);
    ds.build_index();
    ds
}

/// The shipped events are gone, so the signposts' evidence (which names
/// them) goes too, and so do the Russian names of the tags no generated
/// event has: the generated dataset still validates.
fn drop_evidence(ds: &mut Dataset) {
    for sp in ds.scenarios.iter_mut().flat_map(|s| s.signposts.iter_mut()) {
        sp.evidence.clear();
    }
    let used: std::collections::BTreeSet<&str> = ds
        .events
        .iter()
        .flat_map(|e| e.tags.iter().map(String::as_str))
        .collect();
    ds.settings
        .tags_ru
        .retain(|tag, _| used.contains(tag.as_str()));
}

fn pick_lane(rng: &mut SplitMix64, lanes: &[String]) -> String {
    lanes
        .get(rng.below(lanes.len() as u64) as usize)
        .cloned()
        .unwrap_or_default()
}

/// Generated event no. `i`: a fact up to 2026, scheduled after.
fn event(i: usize, word: &str, date: Date, end: Option<Date>, lane: String) -> Event {
    Event {
        summary_ru: None,
        note_ru: None,
        id: format!("gen_{i}"),
        title: format!("Generated {word} no. {i}"),
        title_ru: None,
        date,
        end,
        lane,
        status: if date.year > 2026 {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load_embedded, validate::validate};

    #[test]
    fn sweep_events_follow_the_issue_distribution() {
        let base = load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let ds = with_sweep_events(&base, 4000, 42);
        assert_eq!(ds.events.len(), 4000);
        let spans: Vec<i64> = ds
            .events
            .iter()
            .filter_map(|e| {
                let end = e.end?;
                let day = |d: &Date| Some(days_from_civil(d.year, d.month()?, d.day()?));
                Some(day(&end)? - day(&e.date)?)
            })
            .collect();
        // Half spans (± a few percent), each 1–180 days long.
        assert!((1800..2200).contains(&spans.len()), "{}", spans.len());
        assert!(spans.iter().all(|d| (1..=180).contains(d)));
        assert!(spans.iter().any(|&d| d > 150) && spans.iter().any(|&d| d < 30));
        let years: Vec<i32> = ds.events.iter().map(|e| e.date.year).collect();
        assert!(years.iter().all(|y| (1990..=2030).contains(y)));
        // Every lane and every decade used.
        for lane in &base.lanes {
            assert!(ds.events.iter().filter(|e| e.lane == lane.id).count() > 600);
        }
        for decade in [1990, 2000, 2010, 2020, 2030] {
            assert!(years.iter().any(|y| y / 10 * 10 == decade));
        }
        // The same seed, the same items; the dataset validates.
        assert_eq!(with_sweep_events(&base, 4000, 42).events, ds.events);
        assert!(validate(&ds, &crate::model::DataTexts::embedded()).is_empty());
        // The Russian names of the tags generated events share with the
        // shipped ones stay.
        assert_eq!(
            ds.settings.tags_ru.get("border").map(String::as_str),
            Some("граница")
        );
        assert!(!ds.settings.tags_ru.contains_key("energy"));
    }
}
