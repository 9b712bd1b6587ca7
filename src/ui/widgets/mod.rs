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

/// A disclosure triangle centred on `c`: pointing down when `open`, right
/// when not (a lane's, the electoral cycles').
pub fn paint_disclosure(painter: &egui::Painter, c: egui::Pos2, open: bool, color: egui::Color32) {
    let points = if open {
        vec![
            c + egui::vec2(-5.0, -3.0),
            c + egui::vec2(5.0, -3.0),
            c + egui::vec2(0.0, 4.0),
        ]
    } else {
        vec![
            c + egui::vec2(-3.0, -5.0),
            c + egui::vec2(4.0, 0.0),
            c + egui::vec2(-3.0, 5.0),
        ]
    };
    painter.add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
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
///
/// egui caches a galley for as long as each frame asks for the same job, so
/// the job must not change while a label's room does (a bar clipped at the
/// view's edge, panned): a text that fits is laid out without a width, and
/// one that does not is cut from the part of it that reaches past
/// `max_width` (shaping only that).
pub fn fitted(
    ui: &egui::Ui,
    text: &str,
    font: egui::FontId,
    color: egui::Color32,
    max_width: f32,
) -> std::sync::Arc<egui::Galley> {
    let whole = egui::text::LayoutJob::simple_singleline(text.to_owned(), font.clone(), color);
    let whole = ui.fonts_mut(|f| f.layout_job(whole));
    if whole.size().x <= max_width {
        return whole;
    }
    let width = max_width.max(0.0);
    let reach = whole
        .rows
        .first()
        .filter(|row| whole.rows.len() == 1 && row.glyphs.len() == text.chars().count())
        .map(|row| reaching_chars(&row.glyphs, width));
    let part = match reach {
        Some(n) => char_prefix(text, n),
        None => text,
    };
    let mut job = egui::text::LayoutJob::simple_singleline(part.to_owned(), font, color);
    job.wrap = egui::text::TextWrapping::truncate_at_width(width);
    ui.fonts_mut(|f| f.layout_job(job))
}

/// How many of a row's glyphs (one per char) a cut at `width` needs: those
/// starting before it, and one more, so that the part laid out is still
/// wider than `width` and egui cuts it at the same glyph as the whole.
fn reaching_chars(glyphs: &[egui::epaint::text::Glyph], width: f32) -> usize {
    let before = glyphs.iter().take_while(|g| g.pos.x < width).count();
    (before + 1).min(glyphs.len())
}

/// The first `n` chars of `text`.
fn char_prefix(text: &str, n: usize) -> &str {
    text.char_indices()
        .nth(n)
        .map_or(text, |(at, _)| &text[..at])
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

/// The width of `text` on one line in `font` (through egui's galley cache).
pub fn text_width(ui: &egui::Ui, text: &str, font: egui::FontId) -> f32 {
    ui.fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
            .size()
            .x
    })
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

/// [`paint_fitted`] on a plate of the panel's colour, `pad_x` wider than
/// the text each side, so lines drawn earlier do not strike through it.
pub fn paint_fitted_on_plate(
    ui: &egui::Ui,
    painter: &egui::Painter,
    at: (egui::Pos2, egui::Align2),
    (text, font): (&str, egui::FontId),
    (color, max_width): (egui::Color32, f32),
    pad_x: f32,
) -> Rect {
    let galley = fitted(ui, text, font, color, max_width);
    paint_on_plate(ui, painter, at, (galley, color), pad_x)
}

/// `galley` anchored at `at` on a plate of the panel's colour, `pad_x`
/// wider than it each side; returns where the text is.
pub fn paint_on_plate(
    ui: &egui::Ui,
    painter: &egui::Painter,
    (pos, align): (egui::Pos2, egui::Align2),
    (galley, color): (std::sync::Arc<egui::Galley>, egui::Color32),
    pad_x: f32,
) -> Rect {
    let rect = align.anchor_size(pos, galley.size());
    let fill = ui.visuals().panel_fill.gamma_multiply(0.85);
    painter.rect_filled(rect.expand2(egui::vec2(pad_x, 0.0)), 2.0, fill);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `f` in one pass of a fresh context.
    fn in_a_pass(f: impl FnMut(&mut egui::Ui)) {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), f);
        output.textures_delta.clear();
    }

    fn text_of(galley: &egui::Galley) -> String {
        galley
            .rows
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.chr))
            .collect()
    }

    /// A label that fits is the same galley whatever its room (so egui's
    /// cache keeps it while a clipped bar's room changes), and not cut.
    #[test]
    fn a_label_that_fits_does_not_depend_on_its_room() {
        in_a_pass(|ui| {
            let font = egui::FontId::proportional(12.0);
            let white = egui::Color32::WHITE;
            let a = fitted(ui, "Caspian summit", font.clone(), white, 300.0);
            let b = fitted(ui, "Caspian summit", font.clone(), white, 211.0);
            assert!(std::sync::Arc::ptr_eq(&a, &b));
            assert!(!a.elided);
            assert_eq!(text_of(&a), "Caspian summit");
        });
    }

    /// A label cut from the part of it that reaches past its room reads as
    /// egui's cut of the whole text at the same width, and fits the room.
    #[test]
    fn a_cut_label_reads_as_the_whole_text_cut() {
        let texts = [
            "Treaty on Friendship, Cooperation and Mutual Assistance between the two states",
            "Договор о дружбе, сотрудничестве и взаимной помощи между двумя государствами",
            "Қазақстан Республикасы мен Ресей Федерациясы арасындағы келісім",
        ];
        in_a_pass(|ui| {
            let font = egui::FontId::proportional(12.0);
            let white = egui::Color32::WHITE;
            for text in texts {
                for room in [9.0, 40.0, 57.5, 120.0, 203.0] {
                    let cut = fitted(ui, text, font.clone(), white, room);
                    let mut job = egui::text::LayoutJob::simple_singleline(
                        text.to_owned(),
                        font.clone(),
                        white,
                    );
                    job.wrap = egui::text::TextWrapping::truncate_at_width(room);
                    let whole_cut = ui.fonts_mut(|f| f.layout_job(job));
                    assert!(cut.elided, "{text} at {room}");
                    assert_eq!(text_of(&cut), text_of(&whole_cut), "{text} at {room}");
                    // (Below an ellipsis and a glyph, egui still shows them.)
                    if room >= 20.0 {
                        assert!(cut.size().x <= room, "{text} at {room}: {}", cut.size().x);
                    }
                }
            }
        });
    }

    #[test]
    fn prefixes_count_chars_not_bytes() {
        assert_eq!(char_prefix("Қазақстан", 3), "Қаз");
        assert_eq!(char_prefix("abc", 5), "abc");
        assert_eq!(char_prefix("", 0), "");
    }
}
