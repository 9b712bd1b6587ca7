//! The timeline at scale (kittest): with 100 000 generated events every
//! lane is crowded and shows rows of labelled items over a density strip,
//! using its whole height; hovering the strip counts, clicking zooms in.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use eframe::egui::{self, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rk_roadmap::App;
use rk_roadmap::command::Command;
use rk_roadmap::model::generate::with_sweep_events;
use rk_roadmap::model::layout::TimeView;
use rk_roadmap::state::AppState;

const SIZE: egui::Vec2 = egui::vec2(1600.0, 900.0);

fn big_app(n: usize) -> App {
    let ds = with_sweep_events(&common::ds(), n, 42);
    App::new(Ok(ds), None, AppState::default()).with_today(common::TODAY)
}

/// Each lane's strip, top to bottom.
fn strips(h: &Harness<'_, App>) -> Vec<(String, Rect)> {
    let mut out: Vec<(String, Rect)> = h
        .query_all_by_label_contains("Density strip: ")
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
        .collect();
    out.sort_by(|a, b| a.1.top().total_cmp(&b.1.top()));
    out
}

/// The clickable items (buttons) inside `area`.
fn items_in(h: &Harness<'_, App>, area: Rect) -> Vec<Rect> {
    h.query_all_by_role(egui::accesskit::Role::Button)
        .map(|n| n.rect())
        .filter(|r| area.contains(r.center()))
        .collect()
}

/// How much of `lane`'s height neither an item's row nor the strip covers.
fn empty_height(lane: Rect, items: &[Rect], strip: Rect) -> f32 {
    let mut bands: Vec<(f32, f32)> = items.iter().map(|r| (r.top(), r.bottom())).collect();
    bands.push((strip.top(), strip.bottom()));
    bands.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut covered = 0.0;
    let mut reach = lane.top();
    for (top, bottom) in bands {
        let top = top.max(reach);
        let bottom = bottom.min(lane.bottom());
        if bottom > top {
            covered += bottom - top;
            reach = bottom;
        }
    }
    lane.height() - covered
}

#[test]
fn at_100k_every_lane_shows_items_over_a_strip_and_wastes_no_height() {
    let mut h = common::harness_of(big_app(100_000), SIZE);
    h.run();
    let strips = strips(&h);
    let names: Vec<String> = h
        .state()
        .dataset()
        .lanes
        .iter()
        .map(|l| format!("Lane: {}", l.name))
        .collect();
    assert_eq!(strips.len(), names.len(), "one strip per lane: {strips:?}");
    let headers: Vec<Rect> = names.iter().map(|n| h.get_by_label(n).rect()).collect();
    let plot_left = strips[0].1.left();
    let plot_right = strips[0].1.right();
    for (k, (label, strip)) in strips.iter().enumerate() {
        let top = headers[k].top();
        // A lane ends where the next begins; the last at its strip's foot
        // and pad.
        let bottom = headers.get(k + 1).map_or(strip.bottom() + 4.0, |r| r.top());
        let lane = Rect::from_x_y_ranges(plot_left..=plot_right, top..=bottom);
        let items = items_in(&h, lane.shrink2(egui::vec2(0.0, 1.0)));
        let rows = ((strip.top() - top) / 20.0).floor().max(1.0);
        assert!(
            items.len() as f32 >= 3.0 * rows,
            "{}: {} items in {rows} rows",
            names[k],
            items.len()
        );
        let empty = empty_height(lane, &items, *strip);
        assert!(
            empty <= 12.0,
            "{}: {empty} px of {} empty",
            names[k],
            lane.height()
        );
        // The rows are used across the plot, not only at one end.
        let used: f32 = items.iter().map(Rect::width).sum();
        assert!(
            used > 0.6 * rows * (plot_right - plot_left),
            "{}: {used} px used in {rows} rows",
            names[k]
        );
        let hidden: usize = label
            .trim_start_matches("Density strip: ")
            .trim_end_matches(" events not shown")
            .parse()
            .expect("a count");
        assert!(hidden > 15_000, "{label}");
    }
}

#[test]
fn hovering_a_strip_counts_and_clicking_zooms_in_there() {
    let mut h = common::harness_of(big_app(100_000), SIZE);
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 2008.0,
        end_year: 2012.0,
    }));
    h.run();
    let (_, strip) = strips(&h)[1];
    let at = strip.center();
    h.hover_at(at);
    h.run();
    assert!(
        h.query_by_label_contains("Not shown here: ").is_some(),
        "the hover counts"
    );
    h.get_all_by_label_contains("Density strip: ")
        .nth(1)
        .unwrap()
        .click();
    h.run();
    let view = h.state().state().view;
    assert!(view.span_years() < 1.0, "{view:?}");
    let middle = 0.5 * (view.start_year + view.end_year);
    assert!(
        (middle - 2010.0).abs() < 0.3,
        "zoomed in around 2010: {view:?}"
    );
}

#[test]
fn full_view_at_100k_snapshot() {
    let mut h = common::snapshot_harness_of(big_app(100_000), SIZE);
    h.run();
    h.snapshot("timeline_100k_full_view");
}

#[test]
fn timeline_at_100k_snapshot() {
    let mut h = common::snapshot_harness_of(big_app(100_000), SIZE);
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 2008.0,
        end_year: 2012.0,
    }));
    h.run();
    h.snapshot("timeline_100k_2008_2012");
}
