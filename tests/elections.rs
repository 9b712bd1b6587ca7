//! Electoral cycles: the term-rule calculator, computed elections, votes
//! within 12 months, and the panel (kittest).

mod common;

use common::ds;
use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use rk_roadmap::App;
use rk_roadmap::model::Date;
use rk_roadmap::model::elections::rule_in_force;
use rk_roadmap::model::elections::{close_votes, computed_elections};

/// The electoral panel needs a taller window than the other tests.
const WINDOW: egui::Vec2 = egui::vec2(1500.0, 1000.0);

#[test]
fn term_rule_in_force_follows_the_amendments() {
    let ds = ds();
    let years = |office: &str, date: Date| {
        rule_in_force(&ds.term_rules, office, &date).map(|r| r.term_years)
    };
    // Russia: 5 (1991) → 4 (from 1996) → 6 (from 2012); the 2020 reset keeps 6.
    assert_eq!(
        years("ru_president", Date::ymd(1991, 6, 12).unwrap()),
        Some(5)
    );
    assert_eq!(
        years("ru_president", Date::ymd(1996, 6, 16).unwrap()),
        Some(4)
    );
    assert_eq!(
        years("ru_president", Date::ymd(2008, 3, 2).unwrap()),
        Some(4)
    );
    assert_eq!(
        years("ru_president", Date::ymd(2012, 3, 4).unwrap()),
        Some(6)
    );
    assert_eq!(
        years("ru_president", Date::ymd(2024, 3, 15).unwrap()),
        Some(6)
    );
    // Duma: 2 (first Duma) → 4 → 5 (from 2011).
    assert_eq!(years("ru_duma", Date::ymd(1993, 12, 12).unwrap()), Some(2));
    assert_eq!(years("ru_duma", Date::ymd(2007, 12, 2).unwrap()), Some(4));
    assert_eq!(years("ru_duma", Date::ymd(2011, 12, 4).unwrap()), Some(5));
    // Kazakhstan: 5 (1991) → 7 (from 1999) → 5 (from 2011) → single 7 (2022).
    assert_eq!(
        years("kz_president", Date::ymd(1991, 12, 1).unwrap()),
        Some(5)
    );
    assert_eq!(
        years("kz_president", Date::ymd(1999, 1, 10).unwrap()),
        Some(7)
    );
    assert_eq!(
        years("kz_president", Date::ymd(2011, 4, 3).unwrap()),
        Some(5)
    );
    assert_eq!(
        years("kz_president", Date::ymd(2019, 6, 9).unwrap()),
        Some(5)
    );
    assert_eq!(
        years("kz_president", Date::ymd(2022, 11, 20).unwrap()),
        Some(7)
    );
    // The unicameral Kurultai: 5 years from 2026.
    assert_eq!(
        years("kz_parliament", Date::ymd(2026, 8, 23).unwrap()),
        Some(5)
    );
}

#[test]
fn next_elections_are_computed_and_agree_with_the_chronology() {
    let ds = ds();
    let computed = computed_elections(&ds, 2030);
    let find = |office: &str| {
        computed
            .iter()
            .filter(|c| c.office == office)
            .collect::<Vec<_>>()
    };
    // Kazakh presidential: 20 Nov 2022 + the single 7-year term → 2029.
    let kz = find("kz_president");
    assert_eq!(kz.len(), 1, "{kz:?}");
    assert_eq!((kz[0].date.year, kz[0].date.month()), (2029, Some(11)));
    assert_eq!(kz[0].from_election, "el_kz_pres_2022");
    assert!(
        kz[0].matches.is_some(),
        "the scheduled 2029 election in the data"
    );
    // Russian presidential: March 2024 + 6 → March 2030.
    let ru = find("ru_president");
    assert_eq!(ru.len(), 1, "{ru:?}");
    assert_eq!((ru[0].date.year, ru[0].date.month()), (2030, Some(3)));
    assert!(ru[0].matches.is_some());
    // Duma: September 2021 + 5 → September 2026.
    let duma = find("ru_duma");
    assert_eq!(duma.len(), 1, "{duma:?}");
    assert_eq!((duma[0].date.year, duma[0].date.month()), (2026, Some(9)));
    assert!(duma[0].matches.is_some());
    // Kazakh parliament: the Kurultai election set for 23 Aug 2026 supersedes
    // the Mazhilis count; its 5-year term runs past 2030.
    assert!(find("kz_parliament").is_empty(), "{computed:?}");
}

#[test]
fn votes_within_twelve_months_include_the_cusp() {
    let ds = ds();
    let computed = computed_elections(&ds, 2030);
    let windows = close_votes(&ds, &computed, 1.0);
    assert!(!windows.is_empty());
    let cusp = windows
        .iter()
        .find(|w| w.start >= 2029.0 && w.end <= 2030.5)
        .expect("2029–2030 window");
    assert!(
        cusp.pairs
            .iter()
            .any(|(r, k)| r.id.contains("2030") && k.id.contains("2029")),
        "{cusp:?}"
    );
    for w in &windows {
        assert!(w.end >= w.start);
        for (r, k) in &w.pairs {
            assert!((r.at - k.at).abs() <= 1.0);
        }
    }
}

fn harness() -> Harness<'static, App> {
    common::harness_of(common::app(), WINDOW)
}

#[test]
fn panel_shows_the_four_lanes_and_the_cusp() {
    let mut h = harness();
    h.run();
    for office in [
        "President of Russia",
        "State Duma",
        "President of Kazakhstan",
    ] {
        assert!(h.query_by_label(office).is_some(), "{office}");
    }
    assert!(
        h.query_by_label_contains("Parliament of Kazakhstan")
            .is_some()
    );
    assert!(h.query_by_label("2029–2030 electoral cusp").is_some());
    // Several periods: at least 1999 (Duma and Mazhilis in the autumn) and the cusp.
    assert!(
        h.query_all_by_label_contains("Both countries vote within 12 months")
            .count()
            >= 2
    );
}

#[test]
fn selecting_the_2022_kazakh_election_shows_its_single_seven_year_term() {
    let mut h = harness();
    h.run();
    h.get_by_label("Snap Kazakh presidential election, 2022")
        .click();
    h.run();
    assert_eq!(
        h.state().state().selected.as_deref(),
        Some("el_kz_pres_2022")
    );
    assert!(h.query_by_label("Term: 7 years").is_some());
    assert!(
        h.query_by_label_contains("Term served: 26 Nov 2022 – 2029")
            .is_some()
    );
    assert!(h.query_by_label_contains("81.31").is_some());
}

#[test]
fn electoral_cycles_snapshot() {
    let mut h = common::snapshot_harness_of(common::app(), WINDOW);
    h.state_mut()
        .run_command(rk_roadmap::command::Command::SetView(
            rk_roadmap::model::layout::TimeView {
                start_year: 2010.0,
                end_year: 2031.0,
            },
        ));
    h.state_mut()
        .run_command(rk_roadmap::command::Command::Select(Some(
            "el_kz_pres_2022".into(),
        )));
    h.run();
    h.snapshot("electoral_cycles_2010_2031");
}

#[test]
fn hovering_a_date_sets_the_shared_cursor() {
    let mut h = harness();
    h.run();
    assert_eq!(h.state().state().hover_year, None);
    // Somewhere over the electoral rows, right of the gutter.
    h.event(egui::Event::PointerMoved(egui::pos2(760.0, 700.0)));
    h.run();
    let year = h.state().state().hover_year.expect("cursor year");
    assert!((1990.0..=2031.0).contains(&year), "{year}");
    h.event(egui::Event::PointerGone);
    h.run();
    assert_eq!(h.state().state().hover_year, None);
}
