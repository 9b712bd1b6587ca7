//! Every window size from 900×600 to 2560×1440 (and a 130% interface):
//! the toolbar, the side panels and the lanes stay inside the window and do
//! not overlap; the side panels hide and come back; labels cut to fit end in
//! an ellipsis.

mod common;

use std::path::PathBuf;

use eframe::egui::{self, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rk_roadmap::App;
use rk_roadmap::command::Command;
use rk_roadmap::model::{self, load::EMBEDDED};
use rk_roadmap::state::AppState;

const TOOLBAR: [&str; 6] = [
    "Fit 1990–2030",
    "Search events",
    "Filters",
    "Share",
    "View",
    "Help",
];

/// The app on a copy of the data in a directory, so the top bar also shows
/// the data directory, Reload and the watch.
fn app_on_disk(name: &str) -> App {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("rk-layout-{}-{name}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for (file, text) in EMBEDDED {
        std::fs::write(dir.join(file), text).unwrap_or_else(|e| panic!("{e}"));
    }
    App::new(model::load_dir(&dir), Some(dir), AppState::default()).with_today(common::TODAY)
}

fn rect_of(h: &Harness<'_, App>, label: &str) -> Rect {
    h.get_by_label(label).rect()
}

/// Asserts the top bar, the side panels' headings and the lanes are inside
/// the window and none overlaps another.
fn assert_laid_out(h: &Harness<'_, App>, size: egui::Vec2, with_reload: bool) {
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let mut labels: Vec<String> = TOOLBAR.iter().map(|s| (*s).to_owned()).collect();
    if with_reload {
        labels.push("Reload".to_owned());
    }
    labels.extend(["Scenarios to 2030", "Details", "Timeline"].map(str::to_owned));
    let lanes: Vec<String> = h
        .state()
        .dataset()
        .lanes
        .iter()
        .map(|l| format!("Lane: {}", l.name))
        .collect();
    labels.extend(lanes.iter().cloned());
    let rects: Vec<(String, Rect)> = labels.iter().map(|l| (l.clone(), rect_of(h, l))).collect();
    for (label, r) in &rects {
        assert!(
            window.expand(0.5).contains_rect(*r),
            "{label} at {r:?} is outside the {size:?} window"
        );
        assert!(
            r.width() > 4.0 && r.height() > 4.0,
            "{label} is squashed: {r:?}"
        );
    }
    for (i, (a, ra)) in rects.iter().enumerate() {
        for (b, rb) in &rects[i + 1..] {
            assert!(
                !ra.shrink(0.5).intersects(rb.shrink(0.5)),
                "{a} {ra:?} overlaps {b} {rb:?} in a {size:?} window"
            );
        }
    }
    // The lanes have room to show items: at least a third of the width.
    let lane = rect_of(h, &lanes[0]);
    let details = rect_of(h, "Details");
    assert!(
        details.left() - lane.left() > size.x / 3.0,
        "the timeline is only {} px wide in {size:?}",
        details.left() - lane.left()
    );
}

#[test]
fn small_and_large_windows_keep_everything_in_place() {
    for size in [
        egui::vec2(900.0, 600.0),
        egui::vec2(1000.0, 700.0),
        egui::vec2(1600.0, 1000.0),
        egui::vec2(2560.0, 1440.0),
    ] {
        let mut h = common::harness_of(app_on_disk(&format!("{}", size.x)), size);
        h.run();
        assert_laid_out(&h, size, true);
    }
}

#[test]
fn a_larger_interface_in_a_small_window_still_fits() {
    let size = egui::vec2(1000.0, 700.0);
    let mut h = common::harness_of(common::app(), size);
    h.state_mut().run_command(Command::ScaleUi(1.3));
    h.run();
    // The harness window is in points: at 130% it holds fewer of them.
    let points = size / 1.3;
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    for label in TOOLBAR {
        let r = rect_of(&h, label);
        assert!(
            window.contains_rect(r),
            "{label} at {r:?} outside {points:?}"
        );
    }
}

#[test]
fn side_panels_hide_and_come_back_with_keys_and_toggles() {
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    h.run();
    let lane_before = rect_of(&h, "Lane: Russia");
    h.key_press(egui::Key::OpenBracket);
    h.run();
    assert!(!h.state().state().show_left);
    assert!(h.query_by_label("Scenarios to 2030").is_none());
    let lane_after = rect_of(&h, "Lane: Russia");
    assert!(
        lane_after.left() < lane_before.left() - 100.0,
        "the timeline widens"
    );
    h.key_press(egui::Key::CloseBracket);
    h.run();
    assert!(!h.state().state().show_right);
    assert!(h.query_by_label("Details").is_none());
    // The tab strip's toggles bring them back.
    h.get_by_label("Scenarios panel").click();
    h.run();
    h.get_by_label("Details panel").click();
    h.run();
    assert!(h.state().state().show_left && h.state().state().show_right);
    assert!(h.query_by_label("Scenarios to 2030").is_some());
    // Hidden panels are remembered.
    h.key_press(egui::Key::OpenBracket);
    h.run();
    let saved = ron::to_string(h.state().state()).unwrap_or_else(|e| panic!("{e}"));
    let (back, problem) = AppState::from_ron(&saved);
    assert!(problem.is_none());
    assert!(!back.show_left && back.show_right);
}

#[test]
fn a_hidden_lane_leaves_no_empty_header() {
    let mut h = common::app_harness();
    h.run();
    assert!(h.query_by_label("Lane: Global").is_some());
    let mut filter = h.state().state().filter.clone();
    filter.hidden_lanes.insert("global".to_owned());
    h.state_mut().run_command(Command::SetFilter(filter));
    h.run();
    assert!(h.query_by_label("Lane: Global").is_none());
    assert!(h.query_by_label("Lane: Russia").is_some());
}

#[test]
fn small_window_snapshot() {
    let mut h = common::snapshot_harness_of(common::app(), egui::vec2(1000.0, 700.0));
    h.run();
    h.snapshot("small_window_1000x700");
}

/// In Russian at 1000×700 the long names are wrapped, not cut: each
/// scenario's title (its checkbox takes two or more lines inside the left
/// panel) and the lanes' names (the name's button reaches below the lane's
/// first row).
#[test]
fn long_russian_names_wrap_in_a_small_window() {
    let size = egui::vec2(1000.0, 700.0);
    let mut h = common::harness_of(common::app(), size);
    h.state_mut()
        .run_command(Command::SetLang(rk_roadmap::model::Lang::Ru));
    h.run();
    let panel = rect_of(&h, "Сценарии до 2030 года");
    let ds = h.state().dataset().clone();
    for s in &ds.scenarios {
        let Some(title) = s.title_ru.as_deref() else {
            panic!("{} has no Russian title", s.id);
        };
        let r = rect_of(&h, title);
        assert!(r.height() > 28.0, "{title} is on one line: {r:?}");
        assert!(r.right() <= panel.right() + 24.0, "{title} at {r:?}");
    }
    for name in ["Двусторонние отношения", "Региональные / многосторонние"]
    {
        let r = rect_of(&h, &format!("Lane: {name}"));
        assert!(r.height() > 25.0, "{name} is on one line: {r:?}");
    }
}

/// The Filters menu fits a 1000×700 window: its lists scroll and "Clear
/// all filters" stays inside the window (the tags and the button ran off
/// its bottom).
#[test]
fn the_filters_menu_fits_a_small_window() {
    let size = egui::vec2(1000.0, 700.0);
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let mut h = common::harness_of(common::app(), size);
    h.run();
    h.get_by_label("Filters").click();
    h.run();
    let clear = rect_of(&h, "Clear all filters");
    assert!(window.contains_rect(clear), "{clear:?}");
    h.get_by_label("proposed").click();
    h.run();
    assert!(h.state().state().filter.is_active());
    h.get_by_label("Clear all filters").click();
    h.run();
    assert!(!h.state().state().filter.is_active());
}

/// At 1000×700 with two scenarios toggled, their signposts and the panels
/// below make room for the lanes: the first two fact lanes are in view
/// above the electoral cycles, and a lane squeezed to one row still names
/// an event that has room (they showed the Russia lane alone, as dots).
#[test]
fn two_scenarios_in_a_small_window_leave_the_lanes_in_view() {
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    for s in ["sc_institutional_alliance", "sc_leadership_diplomacy"] {
        h.state_mut()
            .run_command(Command::ToggleScenario(s.to_owned()));
    }
    h.run();
    let cycles = rect_of(&h, "Electoral cycles");
    for lane in ["Lane: Russia", "Lane: Kazakhstan"] {
        let r = rect_of(&h, lane);
        assert!(
            r.bottom() <= cycles.top(),
            "{lane} at {r:?} is below the fold"
        );
    }
    let event = rect_of(&h, "Kazakhstan declares independence");
    assert!(event.bottom() <= cycles.top(), "{event:?}");
    assert!(event.width() > 100.0, "shown without its title: {event:?}");
}

/// In Russian at 1000×700 and the full view: the today label takes the
/// place that hides the fewest year labels (in full it hid 2015 and 2020),
/// and the cusp's band is wide enough for its word (it showed «убе»).
#[test]
fn the_today_and_cusp_labels_fit_a_small_russian_window() {
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    h.state_mut()
        .run_command(Command::SetLang(rk_roadmap::model::Lang::Ru));
    h.run();
    let today = h.get_by_label_contains("сегодня").rect();
    for year in ["1990", "1995", "2000", "2005", "2010", "2015"] {
        let tick = rect_of(&h, &format!("Tick {year}"));
        assert!(!tick.intersects(today), "{year} {tick:?} under {today:?}");
    }
    let cusp = rect_of(&h, "2029–2030 electoral cusp");
    assert!(cusp.width() >= 36.0, "the cusp's band is {cusp:?}");
}

/// The axis's end year is labelled at 1000×700 and 1500×920 in both
/// languages. At 1000 px its label, left of the last tick, had given way to
/// 2025's, which the today label then hid, so the strip ended at 2020 or
/// 2015; at 1500 px the today label hid it rather than 2025.
#[test]
fn the_end_year_is_labelled_beside_today_in_a_small_window() {
    let sizes = [egui::vec2(1000.0, 700.0), egui::vec2(1500.0, 920.0)];
    for (lang, size) in [rk_roadmap::model::Lang::En, rk_roadmap::model::Lang::Ru]
        .into_iter()
        .flat_map(|lang| sizes.map(|size| (lang, size)))
    {
        let mut h = common::harness_of(common::app(), size);
        h.state_mut().run_command(Command::SetLang(lang));
        h.run();
        let end = rect_of(&h, "Tick 2030");
        let today = h
            .get_by_label_contains(rk_roadmap::ui::i18n::tr(lang, "today"))
            .rect();
        assert!(
            !end.intersects(today),
            "{lang:?}: 2030 {end:?} under {today:?}"
        );
        assert!(today.right() <= end.left(), "{lang:?}: {today:?} {end:?}");
        assert!(
            h.query_by_label("Tick 2015").is_some(),
            "{lang:?}: 2015 left out"
        );
    }
}

/// The as-of controls at 1000×700 in Russian: on a row of their own under
/// the tabs, the label beside its date field and the dim/hide pair together
/// (after the tabs, «На дату ‹» ended one row and the date began the next).
#[test]
fn the_as_of_controls_keep_their_groups_in_a_small_window() {
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    h.state_mut()
        .run_command(Command::SetLang(rk_roadmap::model::Lang::Ru));
    h.state_mut().run_command(Command::SetAsOf(Some(2025.5)));
    h.run();
    let same_row = |a: Rect, b: Rect| (a.center().y - b.center().y).abs() < 6.0;
    let label = rect_of(&h, "На дату");
    let field = rect_of(&h, "As-of date");
    assert!(same_row(label, field), "{label:?} and {field:?}");
    let dim = rect_of(&h, "приглушить поздние факты");
    let hide = rect_of(&h, "скрыть поздние факты");
    assert!(same_row(dim, hide), "{dim:?} and {hide:?}");
    let tabs = rect_of(&h, "Наблюдение за сценариями");
    assert!(
        label.top() > tabs.bottom(),
        "{label:?} beside the tabs {tabs:?}"
    );
}

/// A selection below the fold is scrolled into view: at 1000×700 with all
/// four scenarios on, the EAEU treaty (in the regional lane, in a badge at
/// the full view) was selected and nowhere to be seen.
#[test]
fn a_selection_below_the_fold_is_scrolled_into_view() {
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    let ids: Vec<String> = h
        .state()
        .dataset()
        .scenarios
        .iter()
        .map(|s| s.id.clone())
        .collect();
    for id in ids {
        h.state_mut().run_command(Command::ToggleScenario(id));
    }
    h.run();
    let lane = "Lane: Regional / multilateral";
    // The lane's name in its gutter (the details panel names the lane too).
    let lane_rect = |h: &egui_kittest::Harness<'_, App>| {
        h.query_all_by_label(lane)
            .map(|n| n.rect())
            .find(|r| r.left() < 400.0)
            .unwrap_or_else(|| panic!("no {lane}"))
    };
    let cycles = rect_of(&h, "Electoral cycles");
    assert!(lane_rect(&h).top() > cycles.top(), "in view already");
    h.state_mut()
        .run_command(Command::Select(Some("ev_eaeu_treaty_signed".to_owned())));
    h.run();
    let r = lane_rect(&h);
    assert!(
        r.bottom() <= cycles.top(),
        "{lane} at {r:?}, below {cycles:?}"
    );
}

/// Side panels sized in a wide window give way when it narrows: opened at
/// 1500×920 and narrowed to 1000×700 they kept 280 and 310 px and left the
/// time axis about 240 px.
#[test]
fn side_panels_give_way_when_the_window_narrows() {
    let mut h = common::harness_of(common::app(), egui::vec2(1500.0, 920.0));
    h.run();
    h.set_size(egui::vec2(1000.0, 700.0));
    h.run();
    h.run();
    let details = rect_of(&h, "Details");
    assert!(
        details.left() >= 1000.0 - 0.25 * 1000.0 - 12.0,
        "{details:?}"
    );
    let lane = rect_of(&h, "Lane: Russia");
    assert!(lane.left() <= 0.22 * 1000.0 + 16.0, "{lane:?}");
}

/// With all four scenarios on at 1000×700 the "Projected by" legend names
/// each one inside the plot (by its first word where the titles do not all
/// fit; the last ones were cut to «Mul…» or left out).
#[test]
fn the_projected_by_legend_names_every_scenario_in_a_small_window() {
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    let scenarios = h.state().dataset().scenarios.clone();
    for s in &scenarios {
        h.state_mut()
            .run_command(Command::ToggleScenario(s.id.clone()));
    }
    h.run();
    let edge = rect_of(&h, "Details").left();
    for s in &scenarios {
        let r = rect_of(&h, &format!("Projected by: {}", s.title));
        assert!(r.width() > 30.0 && r.right() <= edge, "{}: {r:?}", s.id);
    }
}
