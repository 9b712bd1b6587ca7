//! The toggled scenarios' signposts on the timeline: a strip above the
//! lanes with one band per scenario; each signpost is its window (a thin
//! bar, coloured by its state at the as-of date) and, once resolved, a
//! diamond at its evidence's date joined to the window.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, StrokeKind};

use super::context::ViewerContext;
use super::theme::{self, scenario_color};
use super::widgets::paint_fitted;
use super::widgets::time_axis::{GUTTER_PX, TimeAxis};
use crate::command::Command;
use crate::model::Date;
use crate::model::queries::{display_name, short_title};
use crate::model::types::{Evidence, Scenario, Signpost};
use crate::model::watch::{
    SignpostState, deciding_evidence, first_judgement, pack_rows, state_at, window_years,
};

/// Height of one row of signposts.
const ROW_PX: f32 = 11.0;
/// The least a row is made when the strip is squeezed.
const MIN_ROW_PX: f32 = 6.0;
/// Padding above and below a scenario's band.
const PAD_PX: f32 = 3.0;
/// A band's height is at least its title's.
const TITLE_PX: f32 = 14.0;

/// The toggled scenarios that have signposts, with each signpost's row.
pub struct SignpostBands<'a> {
    bands: Vec<(&'a Scenario, Vec<usize>, usize)>,
    watch_start: f64,
    /// Height of a row of signposts (squeezed by [`Self::fit`]).
    row_px: f32,
}

/// The row height at which bands of `rows` rows each fit in `max_px`,
/// between [`MIN_ROW_PX`] and [`ROW_PX`]: the strip may then be taller than
/// `max_px` (it then scrolls in `max_px`, by its own bar).
fn fitting_row_px(rows: &[usize], max_px: f32) -> f32 {
    let total: usize = rows.iter().sum();
    if total == 0 {
        return ROW_PX;
    }
    let pads = 2.0 * PAD_PX * rows.len() as f32;
    ((max_px - pads) / total as f32).clamp(MIN_ROW_PX, ROW_PX)
}

/// The height of a band of `rows` rows `row_px` high.
fn band_px(rows: usize, row_px: f32) -> f32 {
    (2.0 * PAD_PX + row_px * rows as f32).max(TITLE_PX)
}

impl<'a> SignpostBands<'a> {
    pub fn new(ctx: &ViewerContext<'a>) -> Self {
        let watch_start = first_judgement(ctx.ds).unwrap_or(ctx.today);
        let bands = ctx
            .toggled_scenarios()
            .into_iter()
            .filter(|s| !s.signposts.is_empty())
            .map(|s| {
                let windows: Vec<(f64, f64)> = s
                    .signposts
                    .iter()
                    .map(|sp| window_years(sp, watch_start))
                    .collect();
                let (rows, n) = pack_rows(&windows, 0.15);
                (s, rows, n)
            })
            .collect();
        Self {
            bands,
            watch_start,
            row_px: ROW_PX,
        }
    }

    /// Squeezes the rows (down to [`MIN_ROW_PX`]) so that the strip takes
    /// no more than `max_px` where it can.
    pub fn fit(&mut self, max_px: f32) {
        let rows: Vec<usize> = self.bands.iter().map(|(_, _, n)| *n).collect();
        self.row_px = fitting_row_px(&rows, max_px);
    }

    /// The strip's height; 0 when no toggled scenario has signposts.
    pub fn height(&self) -> f32 {
        self.bands
            .iter()
            .map(|(_, _, n)| band_px(*n, self.row_px))
            .sum()
    }

    pub fn ui(&self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>, axis: &TimeAxis) {
        for (s, rows, n) in &self.bands {
            let height = band_px(*n, self.row_px);
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(axis.rect.width(), height), Sense::hover());
            self.band_ui(ui, ctx, axis, (s, rows), rect);
        }
    }

    fn band_ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        axis: &TimeAxis,
        (s, rows): (&Scenario, &[usize]),
        rect: Rect,
    ) {
        let painter = ui.painter_at(rect);
        let color = scenario_color(s);
        painter.rect_filled(rect, 0.0, color.gamma_multiply(0.04));
        axis.background_ui(&painter, rect, ui.visuals(), ctx.today);
        let title = short_title(ctx.pick(&s.title, s.title_ru.as_deref()));
        let label = format!("{}: {title}", ctx.tr("Signposts"));
        let row_px = self.row_px;
        let at = (
            Pos2::new(rect.left() + 8.0, rect.top() + TITLE_PX * 0.5),
            Align2::LEFT_CENTER,
        );
        let weak = (color, GUTTER_PX - 14.0);
        paint_fitted(ui, &painter, at, &label, FontId::proportional(10.5), weak);
        let painter = painter.with_clip_rect(axis.plot_in(rect));
        for (sp, row) in s.signposts.iter().zip(rows) {
            let y = rect.top() + PAD_PX + row_px * (*row as f32 + 0.5);
            let half = (0.5 * row_px - 3.0).clamp(1.5, 2.5);
            let state = state_at(ctx.ds, sp, ctx.today);
            let (from, to) = window_years(sp, self.watch_start);
            let x0 = axis.x_from_year(from);
            let x1 = axis.x_from_year(to).max(x0 + 3.0);
            let bar = Rect::from_x_y_ranges(x0..=x1, y - half..=y + half);
            // Resolved for: the scenario's colour; missed or contradicted: grey.
            let resolved_color = match state {
                SignpostState::Observed => color,
                _ => theme::TERMINAL_STAGE,
            };
            if state == SignpostState::Pending {
                painter.rect_stroke(bar, 1.5, Stroke::new(1.0, color), StrokeKind::Inside);
            } else {
                painter.rect_filled(bar, 1.5, resolved_color);
            }
            if let Some((e, d)) = deciding_evidence(ctx.ds, sp, ctx.today) {
                let x = axis.x_from_year(d.start_year_frac());
                let at = Pos2::new(x, y);
                painter.line_segment(
                    [Pos2::new(x.clamp(x0, x1), y), at],
                    Stroke::new(1.0, resolved_color),
                );
                diamond(
                    &painter,
                    (at, (0.5 * row_px - 1.0).min(4.0)),
                    resolved_color,
                    ui.visuals().strong_text_color(),
                );
                if state == SignpostState::Contradicted {
                    let font = FontId::proportional(11.0);
                    let text_color = ui.visuals().strong_text_color();
                    let at = at + egui::vec2(6.0, 0.0);
                    painter.text(at, Align2::LEFT_CENTER, "×", font, text_color);
                }
                evidence_ui(ui, ctx, (sp, e, d), (at, row_px));
            }
            let label = format!("Signpost: {}", sp.text);
            ui.interact(
                bar.expand2(egui::vec2(0.0, 0.5 * row_px - half)),
                egui::Id::unique(("signpost", &sp.id)),
                Sense::hover(),
            )
            .on_hover_text(format!(
                "{}\n{}: {}",
                ctx.pick(&sp.text, sp.text_ru.as_deref()),
                ctx.tr("State"),
                state.label(ctx.lang)
            ))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
        }
    }
}

/// The evidence's mark: hover for why it resolves the signpost, click to
/// open it on the timeline.
fn evidence_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    (sp, e, d): (&Signpost, &Evidence, &Date),
    (at, row_px): (Pos2, f32),
) {
    let mark = Rect::from_center_size(at, egui::vec2(10.0, row_px));
    let name = display_name(ctx.ds, &e.item, ctx.lang);
    let response = ui
        .interact(mark, egui::Id::unique(("evidence", &sp.id)), Sense::click())
        .on_hover_text(format!(
            "{}\n{} {name}\n{}",
            ctx.pick(&sp.text, sp.text_ru.as_deref()),
            d.display_in(ctx.lang),
            ctx.pick(&e.reason, e.reason_ru.as_deref())
        ));
    let label = format!("Evidence: {name}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        ctx.send(Command::ShowOnTimeline(e.item.clone()));
    }
}

/// A small diamond: the evidence that resolved a signpost.
fn diamond(painter: &egui::Painter, (c, r): (Pos2, f32), color: Color32, outline: Color32) {
    painter.add(egui::Shape::convex_polygon(
        vec![
            c + egui::vec2(0.0, -r),
            c + egui::vec2(r, 0.0),
            c + egui::vec2(0.0, r),
            c + egui::vec2(-r, 0.0),
        ],
        color,
        Stroke::new(1.0, outline),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_keep_their_height_where_the_strip_fits() {
        assert_eq!(fitting_row_px(&[3, 2], 200.0), ROW_PX);
        assert_eq!(fitting_row_px(&[], 10.0), ROW_PX);
    }

    #[test]
    fn a_squeezed_strip_fits_its_room_down_to_the_least_row() {
        let rows = [7, 7];
        let natural: f32 = rows.iter().map(|&n| band_px(n, ROW_PX)).sum();
        let room = 0.6 * natural;
        let row_px = fitting_row_px(&rows, room);
        assert!((MIN_ROW_PX..ROW_PX).contains(&row_px));
        let squeezed: f32 = rows.iter().map(|&n| band_px(n, row_px)).sum();
        assert!((squeezed - room).abs() < 0.01, "{squeezed} in {room}");
        // Far too little room: the least row, and the strip overflows.
        assert_eq!(fitting_row_px(&rows, 20.0), MIN_ROW_PX);
    }

    #[test]
    fn a_band_is_never_shorter_than_its_title() {
        assert_eq!(band_px(1, MIN_ROW_PX), TITLE_PX);
        assert_eq!(band_px(7, ROW_PX), 2.0 * PAD_PX + 7.0 * ROW_PX);
    }
}
