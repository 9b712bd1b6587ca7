//! The app starts on the embedded dataset and shows its title, the four
//! eras and the panels, or its data errors (kittest, headless). Clicking
//! through to details is in `timeline.rs`, scenario overlays in
//! `scenarios.rs`.

mod common;

use common::{app_harness, harness_of};
use egui_kittest::kittest::Queryable;
use rk_roadmap::App;
use rk_roadmap::model::{self, LoadErrors};
use rk_roadmap::state::AppState;

#[test]
fn starts_with_title_eras_and_panels() {
    let mut h = app_harness();
    h.run();
    h.get_by_label(rk_roadmap::app::TITLE);
    let eras = &h.state().dataset().eras;
    assert_eq!(eras.len(), 4);
    for era in eras.clone() {
        h.get_by_label(&era.title);
    }
    for heading in [
        "Scenarios to 2030",
        "Road-map institutions",
        "Details",
        "Electoral cycles",
    ] {
        assert!(h.query_by_label(heading).is_some(), "missing {heading}");
    }
    for lane in [
        "Lane: Russia",
        "Lane: Kazakhstan",
        "Lane: Bilateral",
        "President of Russia",
        "State Duma",
    ] {
        assert!(h.query_by_label(lane).is_some(), "missing {lane}");
    }
    assert!(h.state().errors().is_empty());
}

#[test]
fn a_broken_dataset_shows_errors_instead_of_crashing() {
    let broken = model::load_texts(&model::DataTexts::new(vec![(
        "eras.ron".into(),
        "[(".into(),
    )]));
    assert!(broken.is_err());
    let mut h = harness_of(App::new(broken, None, AppState::default()), common::WINDOW);
    h.run();
    assert!(h.query_all_by_label_contains("data error(s)").count() >= 1);
    assert!(h.query_by_label_contains("eras.ron:1:").is_some());
}

#[test]
fn a_failed_reload_keeps_the_last_good_data() {
    let mut app = App::default();
    let events = app.dataset().events.len();
    app.apply_load(Err(LoadErrors(vec![model::LoadError::Missing {
        file: "events.ron".into(),
    }])));
    assert_eq!(app.dataset().events.len(), events);
    assert_eq!(app.errors().len(), 1);
    let mut h = harness_of(app, common::WINDOW);
    h.run();
    assert!(
        h.query_by_label_contains("showing the last good data")
            .is_some()
    );
}

#[test]
fn full_view_snapshot() {
    let mut h = common::snapshot_harness();
    h.run();
    h.snapshot("full_view");
}
