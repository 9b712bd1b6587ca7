//! Small widgets and drawing helpers shared by the panels.

pub mod glyph_widths;
pub mod time_axis;

use std::hash::Hash;

use eframe::egui::{self, Rect, Sense};

use super::context::ViewerContext;
use super::theme::status_color;
use crate::command::Command;
use crate::model::date::is_http_url;
use crate::model::{Lang, Status};

/// A clickable marker drawn with the painter: registers `rect` as a button
/// named `label` for screen readers and tests, and selects `item` when it is
/// clicked. The caller adds its hover text to the returned response.
pub fn clickable(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    rect: Rect,
    salt: impl Hash + std::fmt::Debug,
    label: &str,
    item: &str,
) -> egui::Response {
    let response = ui.interact(rect, egui::Id::unique(salt), Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    if response.clicked() {
        ctx.send(Command::Select(Some(item.to_owned())));
    }
    response
}

/// A painted area that is only read (hover text, screen-reader label).
pub fn readable(
    ui: &egui::Ui,
    rect: Rect,
    salt: impl Hash + std::fmt::Debug,
    label: &str,
) -> egui::Response {
    let response = ui.interact(rect, egui::Id::unique(salt), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, label));
    response
}

/// A ring drawn in dashes (proposed, projected and unconfirmed items).
pub fn dashed_circle(painter: &egui::Painter, center: egui::Pos2, r: f32, stroke: egui::Stroke) {
    let points: Vec<egui::Pos2> = (0..=16)
        .map(|k| {
            let a = k as f32 / 16.0 * std::f32::consts::TAU;
            center + r * egui::vec2(a.cos(), a.sin())
        })
        .collect();
    painter.add(egui::Shape::dashed_line(&points, stroke, 2.5, 2.0));
}

/// A projection's marker of radius `r`: a dashed ring with a dot in the
/// middle, which tells it from a scheduled item (plain ring) or a fact
/// (filled) even in greyscale print. The timeline, the comparison and the
/// legends all draw it with this.
pub fn projected_point(
    painter: &egui::Painter,
    (center, r): (egui::Pos2, f32),
    color: egui::Color32,
    fill: egui::Color32,
) {
    painter.circle_filled(center, r, fill);
    dashed_circle(painter, center, r - 0.5, egui::Stroke::new(1.5, color));
    painter.circle_filled(center, 1.8, color);
}

/// A small coloured "fact" / "scheduled" … badge.
pub fn status_badge_ui(ui: &mut egui::Ui, status: Status, lang: Lang) {
    let color = status_color(status);
    egui::Frame::new()
        .fill(color.gamma_multiply(0.25))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(status.label(lang))
                    .small()
                    .color(ui.visuals().strong_text_color()),
            );
        })
        .response
        .on_hover_text(status_explanation(status, lang));
}

/// What a status means, for its badge's tooltip.
pub fn status_explanation(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Fact => lang.choose(
            "Fact: happened, confirmed by the cited source.",
            "Факт: произошло, подтверждено указанным источником.",
        ),
        Status::Scheduled => lang.choose(
            "Scheduled: set by law or an official decision; no result in the sources yet.",
            "Запланировано: установлено законом или официальным решением; результата в источниках пока нет.",
        ),
        Status::Proposed => lang.choose(
            "Proposed: put forward by the white paper or an official; not adopted.",
            "Предложено: выдвинуто в докладе или официальным лицом; не принято.",
        ),
        Status::Projected => lang.choose(
            "Projected: part of a scenario, not a fact or a plan.",
            "Прогноз: часть сценария, не факт и не план.",
        ),
        Status::Unconfirmed => lang.choose(
            "Unconfirmed: believed, but not confirmed by a checked source.",
            "Не подтверждено: предполагается, но не подтверждено проверенным источником.",
        ),
    }
}

/// A link to `url` labelled `text`; only http(s) links are clickable.
pub fn link_ui(ui: &mut egui::Ui, text: &str, url: &str) {
    if is_http_url(url) {
        ui.hyperlink_to(text, url).on_hover_text(url);
    } else {
        ui.label(format!("{text} ({url})"));
    }
}

/// `text` laid out on one line, cut with an ellipsis where it would be wider
/// than `max_width` (egui's own elision; the galley's `elided` says whether
/// it was cut).
pub fn fitted(
    ui: &egui::Ui,
    text: &str,
    font: egui::FontId,
    color: egui::Color32,
    max_width: f32,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = egui::text::TextWrapping::truncate_at_width(max_width.max(0.0));
    ui.fonts_mut(|f| f.layout_job(job))
}

/// `text` wrapped at spaces onto at most `max_rows` lines of `max_width`,
/// the last cut with an ellipsis where it still does not fit (a lane's or
/// an office's name in a gutter with room for two lines).
pub fn fitted_lines(
    ui: &egui::Ui,
    text: &str,
    (font, color): (egui::FontId, egui::Color32),
    max_width: f32,
    max_rows: usize,
) -> std::sync::Arc<egui::Galley> {
    let width = max_width.max(0.0);
    let mut job = egui::text::LayoutJob::simple(text.to_owned(), font, color, width);
    job.wrap = egui::text::TextWrapping {
        max_width: width,
        max_rows: max_rows.max(1),
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    ui.fonts_mut(|f| f.layout_job(job))
}

/// Paints `text` cut to `max_width` with `align` at `pos`; returns the rect.
pub fn paint_fitted(
    ui: &egui::Ui,
    painter: &egui::Painter,
    (pos, align): (egui::Pos2, egui::Align2),
    text: &str,
    font: egui::FontId,
    (color, max_width): (egui::Color32, f32),
) -> Rect {
    let galley = fitted(ui, text, font, color, max_width);
    let rect = align.anchor_size(pos, galley.size());
    painter.galley(rect.min, galley, color);
    rect
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
