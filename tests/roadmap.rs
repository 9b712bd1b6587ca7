//! The road map tab a new user can read: it opens on the scenarios' span,
//! every proposed institution can be scrolled to (the wheel scrolls the rows
//! there and leaves the time alone), names are whole, bars are tall enough
//! to read, and a lagging proposal is marked.

mod common;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rk_roadmap::App;
use rk_roadmap::command::Command;
use rk_roadmap::model::Lang;
use rk_roadmap::state::{ROADMAP_VIEW, Tab};

/// The data's scenario ids, in order.
fn scenario_ids(h: &Harness<'_, App>) -> Vec<String> {
    h.state()
        .dataset()
        .scenarios
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

fn road_map_with_all_scenarios() -> Harness<'static, App> {
    let mut h = common::app_harness();
    let ids = scenario_ids(&h);
    for id in ids {
        h.state_mut().run_command(Command::ToggleScenario(id));
    }
    h.state_mut().run_command(Command::SetTab(Tab::RoadMap));
    h.run();
    h
}

#[test]
fn the_tab_opens_on_the_scenarios_span() {
    let h = road_map_with_all_scenarios();
    assert_eq!(h.state().state().active_view(), ROADMAP_VIEW);
    assert!(h.query_by_label("Tick 2023").is_some());
    assert!(h.query_by_label("Tick 2030").is_some());
    assert!(h.query_by_label("Tick 1995").is_none());
    // The timeline keeps its own view.
    assert_eq!(
        h.state().state().view,
        rk_roadmap::model::layout::TimeView::full()
    );
}

#[test]
fn every_proposed_institution_can_be_scrolled_to() {
    let mut h = road_map_with_all_scenarios();
    let names: Vec<String> = h
        .state()
        .dataset()
        .institutions
        .iter()
        .filter(|i| i.proposed)
        .map(|i| i.name.clone())
        .collect();
    assert_eq!(names.len(), 14);
    // Where rows are visible: between the stage legend and the electoral cycles.
    let top = h.get_by_label("Road map legend").rect().bottom();
    let bottom = h.get_by_label("Electoral cycles").rect().top();
    let view_before = h.state().state().active_view();
    let mut seen = std::collections::BTreeSet::new();
    let over_rows = egui::pos2(700.0, (top + bottom) / 2.0);
    for _ in 0..40 {
        for name in &names {
            let label = format!("Road map: {name}");
            if let Some(node) = h.query_by_label(&label) {
                let r = node.rect();
                if r.top() >= top - 1.0 && r.bottom() <= bottom + 1.0 {
                    seen.insert(name.clone());
                }
            }
        }
        if seen.len() == names.len() {
            break;
        }
        h.event(egui::Event::PointerMoved(over_rows));
        common::wheel(&mut h, -60.0);
        h.run_steps(6);
    }
    let missing: Vec<&String> = names.iter().filter(|n| !seen.contains(*n)).collect();
    assert!(missing.is_empty(), "never scrolled into view: {missing:?}");
    assert_eq!(
        h.state().state().active_view(),
        view_before,
        "the wheel over the rows scrolls them and leaves the time alone"
    );
}

#[test]
fn names_are_whole_and_bars_readable() {
    let h = road_map_with_all_scenarios();
    let ds = h.state().dataset().clone();
    let inst = ds
        .institutions
        .iter()
        .find(|i| i.name.starts_with("Special envoy"))
        .expect("the special envoy");
    // The row's name is drawn whole (wrapped), not cut: its label is the full name.
    assert!(
        h.query_by_label(&format!("Road map: {}", inst.name))
            .is_some()
    );
    let s = &ds.scenarios[0];
    let bar = h
        .get_by_label_contains(&format!("{} under “{}”", inst.name, s.title))
        .rect();
    assert!(
        bar.height() >= 10.0,
        "a lifecycle bar is {} px high",
        bar.height()
    );
}

#[test]
fn a_proposal_the_data_has_not_advanced_is_marked_behind() {
    // By 2028.5 every scenario that projected a step in 2027 or earlier is ahead
    // of the data, which records every road-map institution as a proposal.
    let mut h = common::harness_of(common::app().with_today(2028.5), common::WINDOW);
    let ids = scenario_ids(&h);
    h.state_mut()
        .run_command(Command::ToggleScenario(ids[0].clone()));
    h.state_mut().run_command(Command::SetTab(Tab::RoadMap));
    h.run();
    let marks = h
        .query_all_by_label_contains("Behind this scenario: ")
        .count();
    assert!(marks > 0, "no proposal marked behind the scenario");
    let mut early = common::harness_of(common::app().with_today(2023.5), common::WINDOW);
    early
        .state_mut()
        .run_command(Command::ToggleScenario(ids[0].clone()));
    early.state_mut().run_command(Command::SetTab(Tab::RoadMap));
    early.run();
    assert_eq!(
        early
            .query_all_by_label_contains("Behind this scenario: ")
            .count(),
        0
    );
}

#[test]
fn the_matrix_names_rows_in_full_and_shares_codes_with_its_legend() {
    let mut h = common::app_harness();
    h.state_mut()
        .run_command(Command::SetTab(Tab::Institutions));
    h.state_mut().run_command(Command::ShowMatrix(true));
    h.run();
    let ds = h.state().dataset().clone();
    let inst = ds
        .institutions
        .iter()
        .filter(|i| !i.answers.is_empty())
        .max_by_key(|i| i.name.chars().count())
        .expect("an institution answers a factor");
    // The row is labelled with the whole name, in the central area.
    let details = h.get_by_label("Details").rect();
    let rows: Vec<_> = h
        .query_all_by_label(&inst.name)
        .filter(|n| n.rect().right() < details.left() && n.rect().left() > 250.0)
        .collect();
    assert_eq!(rows.len(), 1, "one matrix row named {}", inst.name);
    // Header codes are the legend's codes.
    let factors = rk_roadmap::model::queries::matrix_factors(&ds);
    for (k, f) in factors.iter().enumerate() {
        let code = rk_roadmap::model::queries::factor_code(f.kind, k);
        assert!(
            h.query_by_label(&format!("Column {code}: {}", f.title))
                .is_some()
        );
        let legend = format!(
            "{code} — {}: {}",
            f.kind.label(rk_roadmap::model::Lang::En),
            f.title
        );
        assert!(h.query_by_label(&legend).is_some(), "legend line {legend}");
    }
}

#[test]
fn the_comparison_draws_the_toggled_scenarios_and_names_their_divergence() {
    let mut h = common::app_harness();
    let ds = h.state().dataset().clone();
    let (a, b) = (&ds.scenarios[0], &ds.scenarios[2]);
    h.state_mut()
        .run_command(Command::ToggleScenario(a.id.clone()));
    h.state_mut()
        .run_command(Command::ToggleScenario(b.id.clone()));
    h.state_mut().run_command(Command::SetTab(Tab::Compare));
    h.run();
    // Never empty: the toggled scenarios are drawn, one band each.
    assert!(
        h.query_by_label(&format!("Compare band: {}", a.title))
            .is_some()
    );
    assert!(
        h.query_by_label(&format!("Compare band: {}", b.title))
            .is_some()
    );
    assert!(
        h.query_by_label(&format!("Compare band: {}", ds.scenarios[1].title))
            .is_none()
    );
    // The divergence is named with its year, in its own row above the
    // bands: over the first band it hid the band's title.
    let year = rk_roadmap::model::scenarios::divergence_year(&[a, b]).expect("they differ");
    let words = h.get_by_label(&format!("Divergence: {year}")).rect();
    let first = h.get_by_label(&format!("Compare band: {}", a.title)).rect();
    assert!(words.bottom() <= first.top(), "{words:?} over {first:?}");
    // Both scenarios' projected events are drawn and link to the timeline.
    let p = &b.projected[0];
    h.get_by_label(&format!("Compare: {}", p.title)).click();
    h.run();
    assert_eq!(h.state().state().tab, Tab::Timeline);
    assert_eq!(h.state().state().selected.as_deref(), Some(p.id.as_str()));
}

#[test]
fn a_projected_item_carries_its_scenarios_colour() {
    let mut h = common::app_harness();
    let ds = h.state().dataset().clone();
    let s = &ds.scenarios[1];
    h.state_mut()
        .run_command(Command::ToggleScenario(s.id.clone()));
    h.run();
    // Its sub-track under the lane is labelled with the scenario, and the
    // scenario's colour is what the panel draws it in.
    let subtracks = h
        .query_all_by_label(&format!("Projections of {}", s.title))
        .count();
    assert!(subtracks >= 1, "no sub-track for {}", s.title);
    let index = h.state().index();
    let item = index
        .items
        .iter()
        .find(|i| i.scenario.is_some())
        .expect("a projected item");
    assert_eq!(ds.scenarios[item.scenario.unwrap_or(0)].id, s.id);
    assert!(index.tracks()[item.track].scenario == item.scenario);
}

/// The app with two (or all four) scenarios toggled, on `tab`, in a window
/// of `size`, rendered for a snapshot.
fn snapshot_of(tab: Tab, scenarios: usize, size: egui::Vec2) -> Harness<'static, App> {
    let mut h = common::snapshot_harness_of(common::app(), size);
    let ids = scenario_ids(&h);
    for id in ids.into_iter().take(scenarios) {
        h.state_mut().run_command(Command::ToggleScenario(id));
    }
    h.state_mut().run_command(Command::SetTab(tab));
    h.run();
    h
}

#[test]
fn road_map_and_comparison_snapshots_at_two_sizes() {
    let mut results = egui_kittest::SnapshotResults::new();
    for (w, hgt) in [(1000.0, 700.0), (1600.0, 1000.0)] {
        let size = egui::vec2(w, hgt);
        for (tab, name) in [(Tab::RoadMap, "roadmap"), (Tab::Compare, "compare")] {
            let mut h = snapshot_of(tab, 2, size);
            h.snapshot(format!("{name}_{w}x{hgt}"));
            results.extend_harness(&mut h);
        }
    }
}

#[test]
fn four_overlaid_scenarios_snapshot() {
    let mut h = snapshot_of(Tab::Timeline, 4, common::WINDOW);
    h.state_mut()
        .run_command(Command::SetView(rk_roadmap::model::layout::TimeView {
            start_year: 2022.0,
            end_year: 2031.0,
        }));
    h.run();
    h.snapshot("timeline_four_scenarios");
}

/// At 1000×700, with both side panels open, the institutions table shows
/// all six columns and the matrix every factor's column: they ran past the
/// panel's edge (Risks answered and Sources out of sight, the matrix cut
/// after R8).
#[test]
fn the_table_and_the_matrix_fit_a_small_window() {
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    h.state_mut()
        .run_command(Command::SetTab(Tab::Institutions));
    h.run();
    let edge = h.get_by_label("Details").rect().left();
    for header in ["Risks answered", "Sources"] {
        let r = h.get_by_label(header).rect();
        assert!(r.right() <= edge, "{header} at {r:?} past {edge}");
    }
    h.state_mut().run_command(Command::ShowMatrix(true));
    let ds = h.state().dataset().clone();
    let factors = rk_roadmap::model::queries::matrix_factors(&ds);
    let (k, last) = factors
        .iter()
        .enumerate()
        .next_back()
        .expect("the matrix has columns");
    let code = rk_roadmap::model::queries::factor_code(last.kind, k);
    // In Russian too (the panels are narrower), and clear of the matrix's
    // vertical scroll bar (10 px, solid) and the panel's margin beside it.
    for (lang, details) in [(Lang::En, "Details"), (Lang::Ru, "Подробности")] {
        h.state_mut().run_command(Command::SetLang(lang));
        h.run();
        let edge = h.get_by_label(details).rect().left() - 20.0;
        let r = h
            .get_by_label(&format!("Column {code}: {}", last.title))
            .rect();
        assert!(
            r.right() <= edge,
            "{lang:?}: column {code} at {r:?} past {edge}"
        );
    }
}

/// Sorted by kind the table lists the proposed first, and its heading says
/// so (it said "(a–z)", while "proposed" came before "existing").
#[test]
fn sorting_by_kind_is_named_as_it_sorts() {
    use rk_roadmap::model::queries::InstitutionColumn;
    let mut h = common::app_harness();
    h.state_mut()
        .run_command(Command::SetTab(Tab::Institutions));
    h.state_mut()
        .run_command(Command::SortInstitutions(InstitutionColumn::Kind));
    h.run();
    let (_, ascending) = h.state().state().institution_sort;
    let label = if ascending {
        "Kind (proposed first)"
    } else {
        "Kind (existing first)"
    };
    assert!(h.query_by_label(label).is_some(), "no heading {label}");
    assert!(h.query_by_label("Kind (a–z)").is_none());
}

/// The proposed institutions' rows whole between the road map's legend and
/// the electoral cycles' heading.
fn rows_in_view(h: &Harness<'_, App>) -> usize {
    let top = h.get_by_label("Road map legend").rect().bottom();
    let bottom = h.get_by_label("Electoral cycles").rect().top();
    h.state()
        .dataset()
        .institutions
        .iter()
        .filter(|i| i.proposed)
        .filter(|i| {
            h.query_by_label(&format!("Road map: {}", i.name))
                .is_some_and(|n| n.rect().top() >= top - 1.0 && n.rect().bottom() <= bottom + 1.0)
        })
        .count()
}

/// At 1000×700 the road map showed 4 of its 14 rows above the electoral
/// cycles and the indicators; a click on the cycles' heading folds them to
/// it and the rows get their room (and a second click brings them back).
#[test]
fn folding_the_electoral_cycles_gives_the_road_map_its_rows() {
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    let first = scenario_ids(&h)[0].clone();
    h.state_mut().run_command(Command::ToggleScenario(first));
    h.state_mut().run_command(Command::SetTab(Tab::RoadMap));
    h.run();
    let open = rows_in_view(&h);
    assert!(h.query_by_label("President of Russia").is_some());
    h.get_by_label("Electoral cycles").click();
    h.run();
    assert!(!h.state().state().show_cycles);
    assert!(
        h.query_by_label("President of Russia").is_none(),
        "rows folded"
    );
    let folded = rows_in_view(&h);
    assert!(folded >= open + 2, "{open} rows open, {folded} folded");
    h.get_by_label("Electoral cycles").click();
    h.run();
    assert!(h.state().state().show_cycles);
    assert_eq!(rows_in_view(&h), open);
}

/// Beside the list at 1600×1000 the comparison's bands have the height
/// for labels of two lines: a long projection is named in full, where one
/// line cut it («Presidents agree to set up the Strategic mecha…») over
/// half a window left empty.
#[test]
fn comparison_labels_take_two_lines_where_the_bands_have_room() {
    let h = snapshot_of(Tab::Compare, 2, egui::vec2(1600.0, 1000.0));
    let ds = h.state().dataset().clone();
    let long: Vec<_> = ds.scenarios[0]
        .projected
        .iter()
        .filter(|p| p.title.chars().count() > 60)
        .collect();
    assert!(long.len() >= 3, "{}", long.len());
    let two_lines = long
        .iter()
        .filter(|p| {
            h.query_by_label(&format!("Compare: {}", p.title))
                .is_some_and(|n| n.rect().height() >= 24.0)
        })
        .count();
    assert!(
        two_lines >= 3,
        "{two_lines} of {} long titles on two lines",
        long.len()
    );
    // And at 1000×700, over the list, they keep to one line; the bands
    // take the height for eight rows (they had five: four of the nine
    // projections had only their markers).
    let h = snapshot_of(Tab::Compare, 2, egui::vec2(1000.0, 700.0));
    for p in &long {
        if let Some(n) = h.query_by_label(&format!("Compare: {}", p.title)) {
            assert!(n.rect().height() < 24.0, "{}: {:?}", p.title, n.rect());
        }
    }
    let projected = &ds.scenarios[0].projected;
    let labelled = projected
        .iter()
        .filter(|p| {
            let r = h.get_by_label(&format!("Compare: {}", p.title)).rect();
            r.width() > 40.0
        })
        .count();
    assert!(labelled >= 8, "{labelled} of {} labelled", projected.len());
}
