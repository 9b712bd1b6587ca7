//! Colours: one place for every colour the panels use, data-driven
//! scenario colours included; and the one text size the app sets.

use eframe::egui::{self, Color32};

use crate::model::types::{Country, Scenario};
use crate::model::{Stage, Status};

/// Era band colours, cycled.
pub const ERA_COLORS: [Color32; 4] = [
    Color32::from_rgb(120, 150, 200),
    Color32::from_rgb(120, 180, 140),
    Color32::from_rgb(200, 170, 110),
    Color32::from_rgb(190, 120, 130),
];

/// The 2029–2030 electoral cusp and the "votes within 12 months" marks.
pub const CUSP_GOLD: Color32 = Color32::from_rgb(200, 140, 20);
/// The cusp band behind the axis panels.
pub const CUSP_BAND: Color32 = Color32::from_rgba_unmultiplied_const(230, 170, 40, 28);
/// The cusp band in egui_plot plots.
pub const CUSP_PLOT_FILL: Color32 = Color32::from_rgba_unmultiplied_const(230, 170, 40, 35);
/// The "today" line.
pub const TODAY: Color32 = Color32::from_rgba_unmultiplied_const(220, 60, 60, 204);
/// The hover cursor shared by the axis panels.
pub const CURSOR: Color32 = Color32::from_rgba_unmultiplied_const(150, 150, 150, 170);
/// Errors and warnings in the top bar and the errors panel.
pub const ERROR: Color32 = Color32::from_rgb(220, 80, 60);
/// Search matches' highlight.
pub const MATCH: Color32 = Color32::from_rgba_unmultiplied_const(240, 200, 60, 50);
/// Stalled and abandoned stages.
pub const TERMINAL_STAGE: Color32 = Color32::from_gray(140);
/// Reference lines in plots.
pub const REFERENCE_LINE: Color32 = Color32::from_gray(150);

/// Signpost states on the watch board and the timeline (observed and
/// consistent share the green, contradicted and inconsistent the red).
pub const WATCH_OBSERVED: Color32 = Color32::from_rgb(40, 150, 80);
pub const WATCH_MISSED: Color32 = Color32::from_rgb(200, 130, 20);
pub const WATCH_CONTRADICTED: Color32 = Color32::from_rgb(200, 60, 50);

/// How much of its colour a fact from after the as-of date keeps.
pub const LATER_FACT_ALPHA: f32 = 0.25;

/// Colour of a timeline lane, by lane id; unknown lanes are grey.
pub fn lane_color(lane: &str) -> Color32 {
    match lane {
        "russia" => Color32::from_rgb(205, 72, 72),
        "kazakhstan" => Color32::from_rgb(30, 150, 190),
        "bilateral" => Color32::from_rgb(140, 95, 200),
        "regional" => Color32::from_rgb(215, 140, 40),
        _ => Color32::from_rgb(120, 130, 140),
    }
}

/// Colour of a country's electoral items.
pub fn country_color(country: &Country) -> Color32 {
    match country {
        Country::Russia => lane_color("russia"),
        Country::Kazakhstan => lane_color("kazakhstan"),
        Country::Other(_) => lane_color("global"),
    }
}

/// A scenario's colour, from its data.
pub fn scenario_color(s: &Scenario) -> Color32 {
    let (r, g, b) = s.rgb();
    Color32::from_rgb(r, g, b)
}

/// A colour for a status badge.
pub fn status_color(status: Status) -> Color32 {
    match status {
        Status::Fact => Color32::from_rgb(70, 160, 90),
        Status::Scheduled => Color32::from_rgb(60, 130, 200),
        Status::Proposed => Color32::from_rgb(200, 150, 40),
        Status::Projected => Color32::from_rgb(170, 90, 190),
        Status::Unconfirmed => Color32::from_rgb(200, 90, 60),
    }
}

/// How strongly a lifecycle stage is filled: later stages stronger.
pub fn stage_alpha(stage: Stage) -> f32 {
    match stage {
        Stage::Proposed => 0.18,
        Stage::Agreed => 0.4,
        Stage::Established => 0.65,
        Stage::Operating => 1.0,
        Stage::Stalled | Stage::Abandoned => 0.0,
    }
}

/// The colour of person number `index` of `country` in the generation plot:
/// shades of red for Russians, of blue and green for Kazakhs.
pub fn person_color(country: Option<&Country>, index: usize) -> Color32 {
    const RU: [Color32; 3] = [
        Color32::from_rgb(230, 110, 100),
        Color32::from_rgb(200, 60, 60),
        Color32::from_rgb(240, 160, 140),
    ];
    const KZ: [Color32; 5] = [
        Color32::from_rgb(70, 170, 220),
        Color32::from_rgb(40, 120, 200),
        Color32::from_rgb(90, 200, 170),
        Color32::from_rgb(140, 200, 240),
        Color32::from_rgb(60, 150, 130),
    ];
    match country {
        Some(Country::Russia) => RU[index % RU.len()],
        _ => KZ[index % KZ.len()],
    }
}

/// The size of `TextStyle::Small` (egui's 9 px was hard to read: signposts'
/// windows, the indicators' headings, the details panel's captions).
pub const SMALL_TEXT_PX: f32 = 10.5;

/// Sets the text sizes the interface uses, in both themes.
pub fn apply_text_sizes(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles.insert(
            egui::TextStyle::Small,
            egui::FontId::proportional(SMALL_TEXT_PX),
        );
    });
}
