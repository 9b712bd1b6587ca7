//! Small drawing helpers shared by the panels.

pub mod time_axis;

use eframe::egui::{self, Color32};

use crate::model::{Status, types::Country};

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

/// A small coloured "fact" / "scheduled" … badge.
pub fn status_badge_ui(ui: &mut egui::Ui, status: Status) {
    let color = status_color(status);
    egui::Frame::new()
        .fill(color.gamma_multiply(0.25))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(status.label())
                    .small()
                    .color(ui.visuals().strong_text_color()),
            );
        })
        .response
        .on_hover_text(status_explanation(status));
}

pub fn status_explanation(status: Status) -> &'static str {
    match status {
        Status::Fact => "Fact: happened, confirmed by the cited source.",
        Status::Scheduled => {
            "Scheduled: set by law or an official decision; no result in the sources yet."
        }
        Status::Proposed => "Proposed: put forward by the white paper or an official; not adopted.",
        Status::Projected => "Projected: part of a scenario, not a fact or a plan.",
        Status::Unconfirmed => "Unconfirmed: believed, but not confirmed by a checked source.",
    }
}

/// Text truncated to at most `max_chars` characters, with an ellipsis.
pub fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let mut out: String = text.chars().take(max_chars.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}
