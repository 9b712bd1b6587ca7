#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Scenarios: lifecycle ordering, the diff and the indicators (unit), and in
//! the app: toggling overlays, the road map, the comparison, number keys.

mod common;

use common::ds;
use eframe::egui;
use egui_kittest::kittest::{NodeT, Queryable};
use rk_roadmap::command::Command;
use rk_roadmap::model::layout::TimeView;
use rk_roadmap::model::scenarios::{diff, operating_count, risk_share, stage_in};
use rk_roadmap::model::types::{Stage, StageAt};
use rk_roadmap::model::validate::lifecycle_problem;
use rk_roadmap::state::Tab;

fn at(stage: Stage, year: i32) -> StageAt {
    StageAt { stage, year }
}

#[test]
fn lifecycles_must_advance() {
    assert_eq!(
        lifecycle_problem(&[
            at(Stage::Proposed, 2023),
            at(Stage::Agreed, 2027),
            at(Stage::Operating, 2029)
        ]),
        None
    );
    assert!(lifecycle_problem(&[at(Stage::Agreed, 2027), at(Stage::Proposed, 2028)]).is_some());
    assert!(lifecycle_problem(&[at(Stage::Proposed, 2028), at(Stage::Agreed, 2027)]).is_some());
    assert!(lifecycle_problem(&[at(Stage::Stalled, 2027), at(Stage::Operating, 2028)]).is_some());
    assert!(lifecycle_problem(&[]).is_some());
}

#[test]
fn the_diff_lists_what_differs() {
    let ds = ds();
    let a = ds
        .scenarios
        .iter()
        .find(|s| s.id == "sc_institutional_alliance")
        .unwrap();
    let b = ds
        .scenarios
        .iter()
        .find(|s| s.id == "sc_multivector_drift")
        .unwrap();
    let d = diff(a, b);
    assert!(
        d.only_a
            .iter()
            .any(|p| p.title.starts_with("First Forum for Strategic Cooperation"))
    );
    assert!(
        d.only_b
            .iter()
            .any(|p| p.title.starts_with("Spontaneous crisis"))
    );
    // The strategic mechanism operates in one and is abandoned in the other.
    let (_, sa, sb) = d
        .stages
        .iter()
        .find(|(id, ..)| id.as_str() == "inst_strategic_mechanism")
        .expect("differs");
    assert_eq!(sa.last().map(|s| s.stage), Some(Stage::Operating));
    assert_eq!(sb.last().map(|s| s.stage), Some(Stage::Abandoned));
    // A scenario does not differ from itself.
    let same = diff(a, a);
    assert!(same.only_a.is_empty() && same.only_b.is_empty() && same.stages.is_empty());
}

#[test]
fn indicators_are_derived_from_the_lifecycles() {
    let ds = ds();
    let drift = ds
        .scenarios
        .iter()
        .find(|s| s.id == "sc_multivector_drift")
        .unwrap();
    // Under drift nothing reaches "operating".
    for year in 2023..=2030 {
        assert_eq!(operating_count(drift, year), 0);
        assert_eq!(risk_share(&ds, drift, year).0, 0.0);
    }
    let alliance = ds
        .scenarios
        .iter()
        .find(|s| s.id == "sc_institutional_alliance")
        .unwrap();
    // In 2023 everything is only proposed.
    assert_eq!(operating_count(alliance, 2023), 0);
    // The count equals the lifecycles at "operating" by that year, counted by hand.
    let by_hand = alliance
        .lifecycles
        .iter()
        .filter(|l| stage_in(l, 2030) == Some(Stage::Operating))
        .count();
    assert_eq!(operating_count(alliance, 2030), by_hand);
    assert!(by_hand >= 10, "{by_hand}");
    let (share, answered, risks) = risk_share(&ds, alliance, 2030);
    assert!(risks >= 8 && answered <= risks);
    assert!((share - answered as f64 / risks as f64).abs() < 1e-12);
    assert!(share > 0.5, "{share}");
}

use common::app_harness as harness;

#[test]
fn toggling_a_scenario_adds_and_removes_its_projections() {
    let mut h = harness();
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 2026.5,
        end_year: 2031.0,
    }));
    h.run();
    let title =
        "Spontaneous crisis from a misunderstanding, inflated by media hysteria (projected)";
    assert!(h.query_by_label(title).is_none());
    h.get_by_label("Multi-vector drift").click();
    h.run();
    assert!(
        h.state()
            .state()
            .scenarios_on
            .contains("sc_multivector_drift")
    );
    assert!(h.query_by_label(title).is_some());
    h.get_by_label("Multi-vector drift").click();
    h.run();
    assert!(h.state().state().scenarios_on.is_empty());
    assert!(h.query_by_label(title).is_none());
}

#[test]
fn number_keys_toggle_scenarios() {
    let mut h = harness();
    h.run();
    h.key_press(egui::Key::Num2);
    h.run();
    assert!(
        h.state()
            .state()
            .scenarios_on
            .contains("sc_leadership_diplomacy")
    );
    h.key_press(egui::Key::Num2);
    h.run();
    assert!(h.state().state().scenarios_on.is_empty());
}

#[test]
fn the_road_map_draws_lifecycles_of_toggled_scenarios() {
    let mut h = harness();
    h.run();
    h.get_by_label("Road map").click();
    h.run();
    assert_eq!(h.state().state().tab, Tab::RoadMap);
    assert!(
        h.query_by_label_contains("under “Institutional alliance")
            .is_none()
    );
    h.key_press(egui::Key::Num1);
    h.run();
    assert!(
        h.query_by_label_contains(
            "Strategic mechanism Russia – Kazakhstan under “Institutional alliance"
        )
        .is_some()
    );
}

#[test]
fn the_comparison_lists_a_known_difference_and_links_to_it() {
    let mut h = harness();
    h.state_mut().run_command(Command::SetTab(Tab::Compare));
    h.state_mut().run_command(Command::SetCompare(
        0,
        Some("sc_institutional_alliance".into()),
    ));
    h.state_mut()
        .run_command(Command::SetCompare(1, Some("sc_multivector_drift".into())));
    h.run();
    let title =
        "Spontaneous crisis from a misunderstanding, inflated by media hysteria (projected)";
    assert!(
        h.query_by_label_contains("Only in B: Multi-vector drift")
            .is_some()
    );
    h.get_by_label(title).click();
    h.run();
    assert_eq!(h.state().state().tab, Tab::Timeline);
    assert!(
        h.state()
            .state()
            .scenarios_on
            .contains("sc_multivector_drift")
    );
    let selected = h.state().state().selected.clone().unwrap();
    assert!(selected.starts_with("proj_"), "{selected}");
}

#[test]
fn the_institutions_table_sorts_and_the_matrix_explains() {
    let mut h = harness();
    h.state_mut()
        .run_command(Command::SetTab(Tab::Institutions));
    h.run();
    h.get_by_label("Level").click();
    h.run();
    assert_eq!(
        h.state().state().institution_sort.0,
        rk_roadmap::state::InstitutionColumn::Level
    );
    h.get_by_label("Institutions × risks").click();
    h.run();
    let cell = h
        .query_all_by_label_contains(" answers ")
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .expect("a matrix dot");
    h.get_all_by_label(&cell).next().unwrap().click();
    h.run();
    assert!(h.state().state().matrix_cell.is_some());
}

#[test]
fn road_map_and_comparison_snapshots() {
    let mut h = common::snapshot_harness();
    h.state_mut().run_command(Command::SetTab(Tab::RoadMap));
    h.state_mut()
        .run_command(Command::ToggleScenario("sc_institutional_alliance".into()));
    h.state_mut()
        .run_command(Command::ToggleScenario("sc_leadership_diplomacy".into()));
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 2022.0,
        end_year: 2031.0,
    }));
    h.run();
    h.snapshot("roadmap_two_scenarios");
    h.state_mut().run_command(Command::SetTab(Tab::Compare));
    h.state_mut().run_command(Command::SetCompare(
        0,
        Some("sc_institutional_alliance".into()),
    ));
    h.state_mut().run_command(Command::SetCompare(
        1,
        Some("sc_leadership_diplomacy".into()),
    ));
    h.run();
    h.snapshot("compare_alliance_vs_leadership");
}

/// The choosers' names («Сценарий A», «Сценарий B») read on one line above
/// their choosers in every language (beside them, in the narrow column, the
/// Russian broke a letter a line).
#[test]
fn the_scenario_choosers_are_named_on_one_line() {
    for lang in rk_roadmap::model::Lang::ALL {
        let state = rk_roadmap::state::AppState {
            lang,
            tab: Tab::Compare,
            ..Default::default()
        };
        let app = rk_roadmap::App::new(rk_roadmap::model::load_embedded(), None, state)
            .with_today(common::TODAY);
        let mut h = common::harness_of(app, egui::vec2(1600.0, 1000.0));
        h.run();
        let word = rk_roadmap::ui::i18n::tr(lang, "Scenario");
        for slot in ["A", "B"] {
            let name = format!("{word} {slot}");
            let label = h
                .get_by(|n| {
                    n.role() == egui::accesskit::Role::Label && n.value().as_deref() == Some(&name)
                })
                .rect();
            assert!(
                label.height() < 24.0 && label.width() > label.height(),
                "{lang:?} {name}: {label:?}"
            );
            // The chooser it names (kittest's label query skips the label).
            let chooser = h.get_by_label(&name).rect();
            assert!(chooser.top() >= label.bottom() - 1.0, "{lang:?} {name}");
        }
    }
}
