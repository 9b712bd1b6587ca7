//! The figures track (kittest): the trade-turnover series has a point per
//! figure, each an accessible button that opens the figure's details; and
//! how items past their date and an unconfirmed birth year are shown.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::kittest::Queryable;
use rk_roadmap::App;
use rk_roadmap::command::Command;
use rk_roadmap::model::figures::series;
use rk_roadmap::model::load_texts;
use rk_roadmap::state::{AppState, FigureTrack};

const TRADE_TRACK: &str = "Figure track: Russia–Kazakhstan trade turnover (US$ bn)";

#[test]
fn the_trade_series_holds_every_trade_turnover_figure_in_date_order() {
    let ds = common::ds();
    let all = series(&ds.figures);
    let trade = all
        .iter()
        .find(|s| s.key == "trade_turnover")
        .expect("trade series");
    let mut ids: Vec<&str> = trade.figures.iter().map(|f| f.id.as_str()).collect();
    let mut expected: Vec<&str> = ds
        .figures
        .iter()
        .filter(|f| f.id.starts_with("fig_trade_"))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(ids.len(), expected.len());
    assert!(trade.figures.windows(2).all(|w| w[0].as_of <= w[1].as_of));
    ids.sort_unstable();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    assert_eq!(trade.unit, "US$ bn");
    // The white paper's transit shares and diaspora figures are series too.
    for key in [
        "kz_exports_transit_russia",
        "oil_share_of_transit",
        "russians_in_kazakhstan",
        "kazakhs_in_russia",
    ] {
        assert!(all.iter().any(|s| s.key == key), "{key}");
    }
}

#[test]
fn the_figures_panel_shows_the_trade_track_with_a_point_per_figure() {
    let mut h = common::app_harness();
    h.run();
    assert!(h.query_by_label(TRADE_TRACK).is_none(), "hidden by default");
    h.get_by_label("Show figures").click();
    h.run();
    assert!(h.state().state().figures.show);
    assert!(h.query_by_label(TRADE_TRACK).is_some());
    let ds = h.state().dataset().clone();
    let trade: Vec<_> = ds
        .figures
        .iter()
        .filter(|f| f.series.as_deref() == Some("trade_turnover"))
        .collect();
    assert_eq!(trade.len(), 15);
    for f in &trade {
        assert_eq!(
            h.query_all_by_label(&f.title).count(),
            1,
            "point for {}",
            f.id
        );
    }
    let f = trade[0];
    h.get_by_label(&f.title).click();
    h.run();
    assert_eq!(h.state().state().selected.as_deref(), Some(f.id.as_str()));
    // The details heading and the point.
    assert_eq!(h.query_all_by_label(&f.title).count(), 2);
}

#[test]
fn another_series_is_chosen_by_command_and_persists() {
    let mut h = common::app_harness();
    let track = FigureTrack {
        show: true,
        series: Some("russians_in_kazakhstan (people)".to_owned()),
    };
    h.state_mut()
        .run_command(Command::SetFigures(track.clone()));
    h.run();
    assert!(h.query_by_label(TRADE_TRACK).is_none());
    assert!(
        h.query_by_label("Figure track: Russians living in Kazakhstan (people)")
            .is_some()
    );
    let (saved, problem) = AppState::from_ron(&ron::to_string(h.state().state()).unwrap());
    assert!(problem.is_none());
    assert_eq!(saved.figures, track);
}

#[test]
fn a_held_election_and_a_past_due_one_are_marked_in_the_details() {
    let mut h = common::app_harness();
    h.state_mut()
        .run_command(Command::Select(Some("el_kz_parl_2026".to_owned())));
    h.run();
    assert!(
        h.query_by_label("Date passed: held, the result is not in the sources")
            .is_some()
    );
    // The same election, not marked held, is past due.
    let texts = common::with_replaced(
        "elections.ron",
        "        result_ru: \"В изученных источниках итоги не найдены.\",\n        status: Scheduled,\n        held: true,",
        "        result_ru: \"В изученных источниках итоги не найдены.\",\n        status: Scheduled,",
    );
    let app = App::new(load_texts(&texts), None, AppState::default()).with_today(common::TODAY);
    let mut h = common::harness_of(app, common::WINDOW);
    h.state_mut()
        .run_command(Command::Select(Some("el_kz_parl_2026".to_owned())));
    h.run();
    assert!(
        h.query_by_label("! Past due: still scheduled after its date; the data needs review")
            .is_some()
    );
}

#[test]
fn an_unconfirmed_birth_year_says_so() {
    let mut h = common::app_harness();
    h.state_mut()
        .run_command(Command::Select(Some("karin".to_owned())));
    h.run();
    assert!(
        h.query_by_label("Born c. 1976 (year only), approximate, unconfirmed")
            .is_some()
    );
}

/// At 1000×700 in Russian the track's key names each marker in full
/// beside the series menu (as one sentence it ran past the panel's edge,
/// cut at «не подтвер…»).
#[test]
fn the_markers_key_fits_a_small_window() {
    let mut h = common::harness_of(common::app(), eframe::egui::vec2(1000.0, 700.0));
    h.state_mut()
        .run_command(Command::SetLang(rk_roadmap::model::Lang::Ru));
    h.state_mut().run_command(Command::SetFigures(FigureTrack {
        show: true,
        series: Some("trade_turnover".to_owned()),
    }));
    h.run();
    let track = h.get_by_label_contains("Figure track:").rect();
    for word in ["подтверждено", "не подтверждено"] {
        let r = h.get_by_label(word).rect();
        assert!(
            r.right() <= track.right() + 1.0,
            "{word} at {r:?}, the track {track:?}"
        );
        assert!(r.width() >= 40.0, "{word} cut to {r:?}");
    }
}
