//! A crowded lane's density strip (after Rerun's time-panel density graph):
//! under the rows of items it shows, a bar per pixel column as tall as the
//! number of the lane's other items there (points where they fall, spans
//! wherever they run). Hover counts them and lists some; a click zooms in
//! there.

use eframe::egui::{self, Color32, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};

use super::context::ViewerContext;
use super::timeline::titles_ui;
use crate::command::Command;
use crate::model::Date;
use crate::model::density::DenseLane;
use crate::model::layout::{AxisMap, TimeView};

/// Hovering counts the columns this far either side of the pointer.
const HOVER_HALF_COLUMNS: usize = 4;
/// A click zooms in by this factor around the point clicked.
const CLICK_ZOOM: f64 = 0.2;
/// The least height of a column's bar, so that one item shows.
const MIN_BAR_PX: f32 = 2.0;

/// One lane's strip, drawn in `rect` (whose left is the plot's left: column
/// `j` is at `rect.left() + j`).
pub struct DensityStrip<'a> {
    pub lane: &'a DenseLane,
    pub map: &'a AxisMap,
    pub track: usize,
    pub rect: Rect,
    pub color: Color32,
}

impl DensityStrip<'_> {
    pub fn ui(&self, ui: &egui::Ui, ctx: &ViewerContext<'_>, painter: &egui::Painter) {
        let Self {
            lane,
            map,
            track,
            rect,
            color,
        } = self;
        painter.rect_filled(*rect, 2.0, color.gamma_multiply(0.08));
        self.bars(painter);
        let label = format!("Density strip: {} events not shown", lane.hidden);
        let response = ui.interact(*rect, egui::Id::unique(("density", track)), Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        let Some(pos) = response.hover_pos() else {
            return;
        };
        if response.clicked() {
            let at = map.year_from_x(pos.x);
            let half = map.view.span_years() * CLICK_ZOOM / 2.0;
            ctx.send(Command::SetView(TimeView {
                start_year: at - half,
                end_year: at + half,
            }));
        }
        let columns = lane.columns();
        let j = ((pos.x - rect.left()).max(0.0) as usize).min(columns.saturating_sub(1));
        let bin = j.saturating_sub(HOVER_HALF_COLUMNS)..(j + HOVER_HALF_COLUMNS + 1).min(columns);
        let bin_rect = Rect::from_x_y_ranges(
            rect.left() + bin.start as f32..=rect.left() + bin.end as f32,
            rect.y_range(),
        );
        let strong = ui.visuals().strong_text_color();
        painter.rect_stroke(bin_rect, 1.0, Stroke::new(1.0, strong), StrokeKind::Inside);
        let (from, _) = lane.column_years(bin.start);
        let (_, to) = lane.column_years(bin.end.saturating_sub(1));
        let index = &ctx.derived.index;
        let count = lane.hidden_between(index, *track, from, to);
        response.on_hover_ui_at_pointer(|ui| {
            ui.strong(format!(
                "{}: {}",
                ctx.tr("Not shown here"),
                ctx.lang.number(count)
            ));
            let day = |y: f64| {
                Date::from_year_frac(y).map_or_else(String::new, |d| d.display_in(ctx.lang))
            };
            ui.label(format!("{} – {}", day(from), day(to)));
            // Spans from before the bin (a bounded look back), then those
            // starting in it.
            let before = index
                .spans_before(*track, from)
                .take(64)
                .filter(|&i| index.items[i].extent().1 >= from);
            let starting = index
                .start_range(*track, from, to)
                .filter_map(|pos| index.shown_item(*track, pos));
            let hidden = before.chain(starting).filter(|&i| !lane.is_shown(i));
            titles_ui(ui, ctx, hidden, count);
            let hidden = ctx.lang.number(lane.hidden);
            ui.weak(format!("{}: {hidden}", ctx.tr("Not shown in view")));
            ui.weak(ctx.tr("Click to zoom in"));
        });
    }

    /// The counts as one filled area (a mesh of two vertices a column).
    fn bars(&self, painter: &egui::Painter) {
        let Self {
            lane, rect, color, ..
        } = self;
        let max = lane.strip.iter().copied().max().unwrap_or(0);
        if max == 0 {
            return;
        }
        let fill = color.gamma_multiply(0.85);
        let h = rect.height();
        let mut mesh = egui::Mesh::default();
        mesh.reserve_vertices(2 * lane.strip.len());
        mesh.reserve_triangles(2 * lane.strip.len());
        for (j, &c) in lane.strip.iter().enumerate() {
            let bar_h = if c == 0 {
                0.0
            } else {
                (h * c as f32 / max as f32).clamp(MIN_BAR_PX.min(h), h)
            };
            let x = rect.left() + j as f32 + 0.5;
            mesh.colored_vertex(Pos2::new(x, rect.bottom() - bar_h), fill);
            mesh.colored_vertex(Pos2::new(x, rect.bottom()), fill);
            if j > 0 {
                let v = 2 * j as u32;
                mesh.add_triangle(v - 2, v - 1, v);
                mesh.add_triangle(v - 1, v + 1, v);
            }
        }
        painter.add(Shape::mesh(mesh));
    }
}
