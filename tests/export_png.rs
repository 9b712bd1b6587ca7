//! The PNG export pictures the chart only — not the side panels or the
//! notices — with a title and a legend, at twice the screen's resolution,
//! under a name that says what it shows.

mod common;

use rk_roadmap::command::{Command, ExportKind};
use rk_roadmap::model::layout::TimeView;
use rk_roadmap::ui::export_view::{FOOTER_PX, HEADER_PX};

#[test]
fn the_picture_is_the_chart_at_twice_the_resolution() {
    let dir = std::env::temp_dir().join(format!("rk-png-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    let mut h = common::harness_of(common::app().with_export_dir(dir.clone()), common::WINDOW);
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 2021.0,
        end_year: 2024.0,
    }));
    let scenario = h.state().dataset().scenarios[0].id.clone();
    h.state_mut()
        .run_command(Command::ToggleScenario(scenario.clone()));
    h.run();
    let chart = h.state().export_input().chart;
    // The chart is the central area: narrower than the window by both side panels.
    assert!(chart.x < common::WINDOW.x - 300.0, "{chart:?}");
    let bytes =
        rk_roadmap::app::png_bytes(&h.state().export_input()).unwrap_or_else(|e| panic!("{e}"));
    let image = image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(image.width(), (2.0 * chart.x).round() as u32);
    assert_eq!(
        image.height(),
        (2.0 * (chart.y + HEADER_PX + FOOTER_PX)).round() as u32
    );
    // Saved under a name that says what it shows.
    h.state_mut().run_command(Command::Export(ExportKind::Png));
    let notice = h.state().state().notice.clone().unwrap_or_default();
    let expected = format!(
        "rk-roadmap_timeline_2021-2023_{}.png",
        scenario.trim_start_matches("sc_")
    );
    assert!(notice.ends_with(&expected), "{notice}");
    assert!(dir.join(&expected).exists());
}
