//! The relationship timeline: era bands, and one lane per lane of the data
//! with its events (and toggled scenarios' projections) packed into rows so
//! labels never overlap.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, StrokeKind};

use super::widgets::time_axis::{GUTTER_PX, TimeAxis};
use super::widgets::{lane_color, truncate};
use crate::command::Command;
use crate::model::layout::pack_rows;
use crate::model::query::{TimelineItem, overlaps, timeline_items};
use crate::model::{Dataset, Status};
use crate::state::AppState;

const ERA_ROW_PX: f32 = 30.0;
const ROW_PX: f32 = 20.0;
const LANE_PAD_PX: f32 = 6.0;
const MARKER_R: f32 = 4.5;
const LABEL_MAX_CHARS: usize = 30;
const LABEL_FONT: f32 = 12.0;

/// Era band colours, cycled.
const ERA_COLORS: [Color32; 4] = [
    Color32::from_rgb(120, 150, 200),
    Color32::from_rgb(120, 180, 140),
    Color32::from_rgb(200, 170, 110),
    Color32::from_rgb(190, 120, 130),
];

#[derive(Default)]
pub struct TimelinePanel;

/// An item placed on screen.
struct Placed<'a> {
    item: TimelineItem<'a>,
    label: String,
    x0: f32,
    x1: f32,
    row: usize,
    /// The label sits left of a point marker (near the right edge).
    label_left: bool,
}

impl TimelinePanel {
    /// Draws the era row and the lanes; returns commands for the app.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        axis: &TimeAxis,
        ds: &Dataset,
        state: &AppState,
        today: f64,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        self.eras_ui(ui, axis, ds, state, &mut commands);
        let items = timeline_items(ds, &state.scenarios_on);
        for lane in &ds.lanes {
            let lane_items: Vec<&TimelineItem<'_>> =
                items.iter().filter(|i| i.lane == lane.id).collect();
            self.lane_ui(
                ui,
                axis,
                ds,
                state,
                today,
                &lane.id,
                &lane.name,
                &lane_items,
                &mut commands,
            );
        }
        commands
    }

    fn eras_ui(
        &self,
        ui: &mut egui::Ui,
        axis: &TimeAxis,
        ds: &Dataset,
        state: &AppState,
        commands: &mut Vec<Command>,
    ) {
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), ERA_ROW_PX), Sense::hover());
        let painter = ui.painter_at(rect);
        painter.text(
            Pos2::new(rect.left() + 6.0, rect.center().y),
            Align2::LEFT_CENTER,
            "Eras",
            FontId::proportional(13.0),
            ui.visuals().strong_text_color(),
        );
        let plot = Rect::from_x_y_ranges(axis.map.left..=axis.map.right, rect.y_range());
        let painter = painter.with_clip_rect(plot);
        for (i, era) in ds.eras.iter().enumerate() {
            let x0 = axis
                .x_from_year(era.start.start_year_frac())
                .max(plot.left());
            let x1 = axis.x_from_year(era.end.end_year_frac()).min(plot.right());
            if x1 <= x0 {
                continue;
            }
            let band = Rect::from_x_y_ranges(x0..=x1, rect.top() + 2.0..=rect.bottom() - 2.0);
            let color = ERA_COLORS[i % ERA_COLORS.len()];
            let selected = state.selected.as_deref() == Some(era.id.as_str());
            painter.rect_filled(
                band,
                3.0,
                color.gamma_multiply(if selected { 0.75 } else { 0.45 }),
            );
            if selected {
                painter.rect_stroke(
                    band,
                    3.0,
                    Stroke::new(2.0, ui.visuals().strong_text_color()),
                    StrokeKind::Inside,
                );
            }
            let chars = ((band.width() - 8.0) / 6.5).max(0.0) as usize;
            if chars >= 4 {
                painter.text(
                    Pos2::new(band.left() + 5.0, band.center().y),
                    Align2::LEFT_CENTER,
                    truncate(&era.title, chars),
                    FontId::proportional(12.5),
                    ui.visuals().strong_text_color(),
                );
            }
            let response = ui
                .interact(band, egui::Id::unique(("era", &era.id)), Sense::click())
                .on_hover_text(format!(
                    "{} ({} – {})\n{}",
                    era.title,
                    era.start.display(),
                    era.end.display(),
                    era.summary
                ));
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &era.title));
            if response.clicked() {
                commands.push(Command::Select(Some(era.id.clone())));
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn lane_ui(
        &self,
        ui: &mut egui::Ui,
        axis: &TimeAxis,
        ds: &Dataset,
        state: &AppState,
        today: f64,
        lane_id: &str,
        lane_name: &str,
        items: &[&TimelineItem<'_>],
        commands: &mut Vec<Command>,
    ) {
        let view = axis.map.view;
        let font = FontId::proportional(LABEL_FONT);
        // Measure and pack the visible items.
        let mut placed: Vec<Placed<'_>> = Vec::new();
        for item in items
            .iter()
            .filter(|i| overlaps(i, view.start_year, view.end_year))
        {
            let label = truncate(item.title, LABEL_MAX_CHARS);
            let galley_w = ui.fonts_mut(|f| {
                f.layout_no_wrap(label.clone(), font.clone(), Color32::WHITE)
                    .size()
                    .x
            });
            let mut label_left = false;
            let (x0, x1) = match item.end {
                Some(end) => {
                    let x_start = axis.x_from_year(item.start);
                    (x_start, axis.x_from_year(end).max(x_start + 4.0 + galley_w))
                }
                None => {
                    let x = axis.x_from_year(item.at);
                    if x + MARKER_R + 3.0 + galley_w > axis.map.right {
                        label_left = true;
                        (x - MARKER_R - 3.0 - galley_w, x + MARKER_R)
                    } else {
                        (x - MARKER_R, x + MARKER_R + 3.0 + galley_w)
                    }
                }
            };
            placed.push(Placed {
                item: (*item).clone(),
                label,
                x0,
                x1,
                row: 0,
                label_left,
            });
        }
        placed.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let extents: Vec<(f32, f32)> = placed.iter().map(|p| (p.x0, p.x1)).collect();
        let (rows, n_rows) = pack_rows(&extents, 6.0);
        for (p, row) in placed.iter_mut().zip(rows) {
            p.row = row;
        }
        let height = LANE_PAD_PX * 2.0 + ROW_PX * n_rows.max(1) as f32;
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), height), Sense::hover());
        let painter = ui.painter_at(rect);
        let color = lane_color(lane_id);
        let gutter_hit =
            Rect::from_min_size(rect.min, egui::vec2(GUTTER_PX - 8.0, ROW_PX + LANE_PAD_PX));
        let lane_label = format!("Lane: {lane_name}");
        ui.interact(
            gutter_hit,
            egui::Id::unique(("lane", lane_id)),
            Sense::hover(),
        )
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &lane_label));
        painter.rect_filled(rect, 0.0, color.gamma_multiply(0.06));
        painter.line_segment(
            [rect.left_bottom(), rect.right_bottom()],
            Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        );
        axis.background_ui(&painter, rect, ui.visuals(), today);
        axis.cursor_ui(&painter, rect, state.hover_year);
        let gutter = Rect::from_min_size(rect.min, egui::vec2(GUTTER_PX - 8.0, rect.height()));
        painter.rect_filled(
            Rect::from_min_size(gutter.min, egui::vec2(4.0, gutter.height())),
            0.0,
            color,
        );
        painter.text(
            Pos2::new(
                gutter.left() + 10.0,
                rect.top() + LANE_PAD_PX + ROW_PX / 2.0,
            ),
            Align2::LEFT_CENTER,
            lane_name,
            FontId::proportional(13.0),
            ui.visuals().strong_text_color(),
        );
        let plot = Rect::from_x_y_ranges(axis.map.left..=axis.map.right, rect.y_range());
        let painter = painter.with_clip_rect(plot);
        for p in &placed {
            let y = rect.top() + LANE_PAD_PX + ROW_PX * (p.row as f32 + 0.5);
            let item_color = match p.item.scenario.and_then(|s| ds.scenarios.get(s)) {
                Some(s) => {
                    let (r, g, b) = s.rgb();
                    Color32::from_rgb(r, g, b)
                }
                None => color,
            };
            let selected = state.selected.as_deref() == Some(p.item.id);
            let hit = self.item_ui(ui, &painter, axis, p, y, item_color, selected);
            let response = ui
                .interact(hit, egui::Id::unique(("event", p.item.id)), Sense::click())
                .on_hover_ui(|ui| item_tooltip_ui(ui, ds, &p.item));
            let title = p.item.title.to_owned();
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
            if response.clicked() {
                commands.push(Command::Select(Some(p.item.id.to_owned())));
            }
        }
    }

    /// Draws one item; returns its clickable rect.
    #[allow(clippy::too_many_arguments)]
    fn item_ui(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        axis: &TimeAxis,
        p: &Placed<'_>,
        y: f32,
        color: Color32,
        selected: bool,
    ) -> Rect {
        let text_color = if selected {
            ui.visuals().strong_text_color()
        } else {
            ui.visuals().text_color()
        };
        let solid = p.item.status == Status::Fact;
        let stroke = Stroke::new(if selected { 2.5 } else { 1.5 }, color);
        let label_x = match p.item.end {
            Some(end) => {
                let x0 = axis.x_from_year(p.item.start);
                let x1 = axis.x_from_year(end).max(x0 + 3.0);
                let bar = Rect::from_x_y_ranges(x0..=x1, y - 4.0..=y + 4.0);
                let bar = bar.expand2(egui::vec2(0.0, 4.0));
                painter.rect_filled(
                    bar,
                    3.0,
                    color.gamma_multiply(if solid { 0.35 } else { 0.12 }),
                );
                painter.rect_stroke(bar, 3.0, stroke, StrokeKind::Inside);
                if selected {
                    painter.rect_stroke(
                        bar.expand(2.0),
                        3.0,
                        Stroke::new(2.0, text_color),
                        StrokeKind::Outside,
                    );
                }
                // A span's label starts inside the bar and may run past its end.
                x0 + 4.0
            }
            None => {
                let x = axis.x_from_year(p.item.at);
                let center = Pos2::new(x, y);
                if p.item.approx {
                    painter.circle_filled(center, MARKER_R + 3.0, color.gamma_multiply(0.2));
                }
                if solid {
                    painter.circle_filled(center, MARKER_R, color);
                } else {
                    painter.circle_filled(center, MARKER_R, ui.visuals().panel_fill);
                    painter.circle_stroke(center, MARKER_R - 0.5, stroke);
                }
                if selected {
                    painter.circle_stroke(center, MARKER_R + 3.0, Stroke::new(2.0, text_color));
                }
                if p.label_left {
                    x - MARKER_R - 3.0
                } else {
                    x + MARKER_R + 3.0
                }
            }
        };
        let font = FontId::proportional(LABEL_FONT);
        let align = if p.label_left {
            Align2::RIGHT_CENTER
        } else {
            Align2::LEFT_CENTER
        };
        let text_rect = painter.text(Pos2::new(label_x, y), align, &p.label, font, text_color);
        Rect::from_x_y_ranges(
            p.x0.min(text_rect.left())..=p.x1.max(text_rect.right()),
            y - ROW_PX / 2.0..=y + ROW_PX / 2.0,
        )
    }
}

/// Tooltip for a timeline item: title, date, status and summary.
fn item_tooltip_ui(ui: &mut egui::Ui, ds: &Dataset, item: &TimelineItem<'_>) {
    ui.strong(item.title);
    if let Some(e) = ds.events.iter().find(|e| e.id == item.id) {
        let when = match &e.end {
            Some(end) => format!("{} – {}", e.date.display(), end.display()),
            None => e.date.display(),
        };
        ui.label(format!("{when} · {}", e.status.label()));
        ui.label(super::widgets::truncate(&e.summary, 280));
    } else if let Some((s, p)) = ds.projected(item.id) {
        ui.label(format!("{} · projected by “{}”", p.date.display(), s.title));
        ui.label(super::widgets::truncate(&p.summary, 280));
    }
    ui.weak("Click for details and sources");
}
