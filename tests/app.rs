//! The app starts on the embedded dataset and shows its title, the four
//! eras, the panels and details on click (kittest, headless).

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use rk_roadmap::App;
use rk_roadmap::model::{self, LoadErrors};
use rk_roadmap::state::AppState;

fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1500.0, 920.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

#[test]
fn starts_with_title_eras_and_panels() {
    let mut h = harness(App::default());
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
fn clicking_an_event_shows_its_details_and_source() {
    let mut h = harness(App::default());
    h.run();
    let event = h
        .state()
        .dataset()
        .events
        .iter()
        .find(|e| e.id == "ev_kz_independence")
        .cloned()
        .expect("independence event");
    h.get_by_label(&event.title).click();
    h.run();
    assert_eq!(
        h.state().state().selected.as_deref(),
        Some("ev_kz_independence")
    );
    // The title now appears twice: on the timeline and as the details heading.
    assert!(h.query_all_by_label(&event.title).count() >= 2);
    assert!(h.query_by_label_contains("Sources").is_some());
}

#[test]
fn toggling_a_scenario_overlays_its_projections() {
    let mut h = harness(App::default());
    // The projections' years, where each is drawn on its own.
    h.state_mut()
        .run_command(rk_roadmap::command::Command::SetView(
            rk_roadmap::model::layout::TimeView {
                start_year: 2026.5,
                end_year: 2031.0,
            },
        ));
    h.run();
    let scenario = h.state().dataset().scenarios[0].clone();
    let first = scenario.projected[0].title.clone();
    assert!(h.query_by_label(&first).is_none());
    h.get_by_label(&scenario.title).click();
    h.run();
    assert!(h.state().state().scenarios_on.contains(&scenario.id));
    assert!(h.query_by_label(&first).is_some(), "projected event shown");
    h.get_by_label(&scenario.title).click();
    h.run();
    assert!(
        h.query_by_label(&first).is_none(),
        "projected event removed"
    );
}

#[test]
fn a_broken_dataset_shows_errors_instead_of_crashing() {
    let broken = model::load_texts(&model::DataTexts::new(vec![(
        "eras.ron".into(),
        "[(".into(),
    )]));
    assert!(broken.is_err());
    let mut h = harness(App::new(broken, None, AppState::default()));
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
    let mut h = harness(app);
    h.run();
    assert!(
        h.query_by_label_contains("showing the last good data")
            .is_some()
    );
}

#[test]
fn full_view_snapshot() {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1500.0, 920.0))
        .wgpu()
        .build_ui_state(
            |ui, app: &mut App| app.show(ui),
            App::default().with_today(2026.9),
        );
    h.run();
    h.snapshot("full_view");
}
