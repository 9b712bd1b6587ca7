//! The timeline panel (kittest): click-through to details, arrow keys in
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! date order, search, zoom and tick labels, clusters, collapsing lanes,
//! no idle repaint, and a snapshot.

mod common;

use eframe::egui;
use egui_kittest::{Harness, kittest::NodeT, kittest::Queryable};
use rk_roadmap::App;
use rk_roadmap::command::Command;
use rk_roadmap::model::layout::TimeView;

use common::app_harness as harness;

#[test]
fn clicking_an_event_shows_title_and_source_in_details() {
    let mut h = harness();
    h.run();
    let title = "Kazakhstan declares independence";
    assert!(h.query_by_label_contains(title).is_some());
    h.get_by_label_contains(title).click();
    h.run();
    let selected = h.state().state().selected.clone().expect("selected");
    let event = h
        .state()
        .dataset()
        .events
        .iter()
        .find(|e| e.id == selected)
        .cloned()
        .expect("event");
    assert!(event.title.starts_with(title));
    // Heading in the details panel plus the marker on the timeline.
    assert!(h.query_all_by_label(&event.title).count() >= 2);
    // The checked-against link of the chronology row.
    let url = event.urls.first().expect("a url");
    assert!(h.query_by_label(url).is_some(), "source link {url}");
}

#[test]
fn arrow_keys_step_through_events_in_date_order() {
    let mut h = harness();
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let first = h.state().state().selected.clone().expect("first event");
    let start = |h: &Harness<'static, App>, id: &str| {
        let (index, ds) = (h.state().index(), h.state().dataset());
        index.items[index.position(ds, id).unwrap()].extent().0
    };
    let mut previous = start(&h, &first);
    for _ in 0..10 {
        h.key_press(egui::Key::ArrowRight);
        h.run();
        let id = h.state().state().selected.clone().unwrap();
        let at = start(&h, &id);
        assert!(at >= previous, "{id} at {at} comes before {previous}");
        previous = at;
    }
    let before_left = h.state().state().selected.clone();
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_ne!(h.state().state().selected, before_left);
    let now = h.state().state().selected.clone().unwrap();
    assert!(start(&h, &now) <= previous);
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().state().selected, None);
}

#[test]
fn stepping_brings_the_event_into_view() {
    let mut h = harness();
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 2025.0,
        end_year: 2026.0,
    }));
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let view = h.state().state().view;
    let id = h.state().state().selected.clone().unwrap();
    let (index, ds) = (h.state().index(), h.state().dataset());
    let (lo, hi) = index.items[index.position(ds, &id).unwrap()].extent();
    assert!(
        hi >= view.start_year && lo <= view.end_year,
        "{id} {lo}–{hi} not in {view:?}"
    );
}

#[test]
fn search_narrows_what_is_shown_and_counts_matches() {
    let mut h = harness();
    h.run();
    let total = h.state().index().len();
    assert!(
        h.query_by_label_contains("Kazakhstan declares independence")
            .is_some()
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Search events").type_text("forum");
    h.run();
    let shown = h.state().index().match_count();
    assert!(shown > 3 && shown < total, "{shown} of {total}");
    assert!(h.query_by_label(&format!("{shown} of {total}")).is_some());
    assert!(
        h.query_by_label_contains("Kazakhstan declares independence")
            .is_none()
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().index().match_count(), total);
    assert!(
        h.query_by_label_contains("Kazakhstan declares independence")
            .is_some()
    );
}

#[test]
fn zooming_to_one_year_turns_tick_labels_into_months() {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month_ticks = |h: &Harness<'static, App>| {
        MONTHS
            .iter()
            .filter(|m| h.query_by_label(&format!("Tick {m}")).is_some())
            .count()
    };
    let mut h = harness();
    h.run();
    assert!(h.query_by_label("Tick 2000").is_some());
    assert!(h.query_by_label("Tick 2010").is_some());
    assert_eq!(month_ticks(&h), 0);
    // Zoom in with the keyboard until about a year is left.
    for _ in 0..40 {
        if h.state().state().view.span_years() <= 1.2 {
            break;
        }
        h.key_press(egui::Key::Plus);
        h.run();
    }
    let view = h.state().state().view;
    assert!(view.span_years() <= 1.2, "{view:?}");
    assert!(month_ticks(&h) >= 6, "month ticks at {view:?}");
    assert!(h.query_by_label("Tick 2000").is_none());
    h.key_press(egui::Key::Home);
    h.run();
    assert_eq!(h.state().state().view, TimeView::full());
    assert_eq!(month_ticks(&h), 0);
}

#[test]
fn crowded_lanes_cluster_and_a_click_zooms_in() {
    let mut h = harness();
    h.run();
    let clusters: Vec<String> = h
        .query_all_by_label_contains("Cluster of ")
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(!clusters.is_empty(), "the full view has clusters");
    let before = h.state().state().view.span_years();
    h.get_all_by_label(&clusters[0]).next().unwrap().click();
    h.run();
    assert!(h.state().state().view.span_years() < before);
}

#[test]
fn lanes_collapse_and_expand() {
    let mut h = harness();
    h.run();
    h.get_by_label("Lane: Bilateral").click();
    h.run();
    assert!(h.state().state().collapsed_lanes.contains("bilateral"));
    h.get_by_label("Lane: Bilateral").click();
    h.run();
    assert!(h.state().state().collapsed_lanes.is_empty());
}

#[test]
fn no_repaint_when_nothing_moves() {
    let mut h = harness();
    h.run();
    // A settled UI takes one frame to confirm and asks for no more.
    let steps = h.run();
    assert!(steps <= 1, "{steps} frames without input");
}

#[test]
fn full_timeline_snapshot_with_a_scenario() {
    let mut h = common::snapshot_harness();
    let scenario = h.state().dataset().scenarios[0].id.clone();
    h.state_mut().run_command(Command::ToggleScenario(scenario));
    h.state_mut().run_command(Command::ShowGeneration(false));
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 2015.0,
        end_year: 2031.0,
    }));
    h.run();
    h.snapshot("timeline_2015_2031_with_scenario");
}

#[test]
fn the_wheel_zooms_around_the_pointer() {
    let mut h = harness();
    h.run();
    let before = h.state().state().view;
    // Over the timeline, right of the gutter.
    let pos = egui::pos2(700.0, 300.0);
    h.event(egui::Event::PointerMoved(pos));
    // Tooltips may fade in under the pointer: step rather than settle.
    h.run_steps(3);
    let year_before = h.state().state().hover_year.expect("pointer over the axis");
    for _ in 0..3 {
        common::wheel(&mut h, 120.0);
        h.run_steps(20);
    }
    let after = h.state().state().view;
    assert!(
        after.span_years() < before.span_years() / 2.0,
        "{before:?} -> {after:?}"
    );
    // The year under the pointer stays where it was: within two pixels' worth
    // of time at the new zoom.
    let year_after = h.state().state().hover_year.expect("pointer over the axis");
    let px = after.span_years() / 700.0;
    assert!(
        (year_after - year_before).abs() < 2.0 * px,
        "{year_before} drifted to {year_after} (one pixel is {px} years)"
    );
}

/// Presses at `from`, moves to `to` in steps and releases there.
fn drag(h: &mut Harness<'_, App>, from: egui::Pos2, to: egui::Pos2) {
    h.event(egui::Event::PointerMoved(from));
    h.run_steps(2);
    h.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(1);
    for k in 1..=10 {
        let t = k as f32 / 10.0;
        h.event(egui::Event::PointerMoved(from + (to - from) * t));
        h.run_steps(1);
    }
    h.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(2);
}

#[test]
fn a_drag_that_starts_on_an_event_pans_and_a_click_still_selects() {
    let mut h = harness();
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 1990.0,
        end_year: 1996.0,
    }));
    h.run();
    let title = "Kazakhstan declares independence";
    let rect = h
        .query_all_by_label_contains(title)
        .next()
        .expect("the event is drawn")
        .rect();
    let before = h.state().state().view;
    drag(
        &mut h,
        rect.center(),
        rect.center() + egui::vec2(150.0, 0.0),
    );
    let after = h.state().state().view;
    assert!(
        after.start_year < before.start_year - 0.5,
        "dragging right pans to earlier years: {before:?} -> {after:?}"
    );
    assert_eq!(h.state().state().selected, None, "a drag is not a click");
    h.query_all_by_label_contains(title)
        .next()
        .expect("the event is drawn")
        .click();
    h.run();
    assert!(h.state().state().selected.is_some());
}

/// A note that cites other items by id shows their titles as links (it
/// showed `ev_kz_mfa_crimea_statement_2014` and three more raw ids); a
/// click selects the item cited.
#[test]
fn a_note_names_the_items_it_cites_by_their_titles() {
    let mut h = common::app_harness();
    h.state_mut()
        .run_command(Command::Select(Some("ev_crimea_incorporated".to_owned())));
    h.run();
    let ds = h.state().dataset().clone();
    let cited = "ev_kz_mfa_crimea_statement_2014";
    let title = rk_roadmap::model::queries::display_name(&ds, cited, rk_roadmap::model::Lang::En);
    assert!(
        h.query_all_by_label_contains(cited).next().is_none(),
        "a raw id is shown"
    );
    // The link in the note: right of the item's marker on the timeline.
    h.get_all_by_label(&title)
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap_or_else(|| panic!("no link named {title}"))
        .click();
    h.run();
    assert_eq!(h.state().state().selected.as_deref(), Some(cited));
}
