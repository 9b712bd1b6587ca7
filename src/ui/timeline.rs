//! The relationship timeline: era bands, and one lane per lane of the data,
//! collapsible, with its events (and toggled scenarios' projections) laid
//! out so nothing overlaps: labels where there is room, markers alone where
//! only they fit, cluster badges (click to zoom, hover to list) for the rest.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};

use super::context::{Panel, ViewerContext};
use super::density_strip::DensityStrip;
use super::past_due;
use super::theme::{self, ERA_COLORS, lane_color, scenario_color};
use super::widgets::glyph_widths::GlyphWidths;
use super::widgets::time_axis::{GUTTER_PX, TimeAxis};
use super::widgets::{
    clickable, dashed_circle, fitted_lines, paint_disclosure, paint_fitted, projected_point,
    readable, text_width, truncate,
};
use crate::command::Command;
use crate::model::density::{CELL_PX, DenseLane, ItemGeometry, bare_extent, is_crowded};
use crate::model::layout::{
    LABEL_GAP_PX, LABEL_IN_BAR_PAD_PX, LaneItem, LaneLayout, Placement, RowBudget, TimeView,
    allocate_rows, dense_items, item_extents, label_after_bar, layout_lane,
};
use crate::model::queries::short_title;
use crate::model::timeline::{IndexedItem, TimelineIndex};
use crate::model::{Dataset, Lang, Status};

pub const ERA_ROW_PX: f32 = 30.0;
/// The strip naming the toggled scenarios' colours.
const LEGEND_PX: f32 = 18.0;
const ROW_PX: f32 = 20.0;
const LANE_PAD_PX: f32 = 4.0;
const MARKER_R: f32 = 4.5;
/// Labels get at most this much room; longer titles end in an ellipsis
/// (the tooltip shows them whole).
const LABEL_CAP_PX: f32 = 280.0;
/// A label is drawn only with at least this much room.
const MIN_LABEL_ROOM_PX: f32 = 24.0;
const LABEL_FONT: f32 = 12.0;
const GAP_PX: f32 = 6.0;
const BADGE_PX: f32 = 26.0;
/// Rows a lane asks for at most before its items are clustered.
const MAX_ROWS_PER_LANE: usize = 12;
/// Label widths summed in the frame that takes new data (or a language)
/// in: about 6 ms on this machine, so that up to this many items have
/// them all at once; beyond, the rest are summed when first placed (a
/// share in each frame after it, 25 000 of a million, made every pan
/// step of the next 36 frames 1–2 ms slower than summing those placed).
const FIRST_WIDTHS: usize = 100_000;

/// The timeline's era row and lanes. It keeps, between frames, the glyph
/// advances its label widths are summed from, the widths found (per
/// indexed item), and each lane's buffers.
#[derive(Default)]
pub struct TimelinePanel {
    /// The height to fill, when the panel is drawn in a scroll area.
    height: Option<f32>,
    widths: LabelWidths,
    /// One per track drawn, top to bottom; reused every frame.
    lanes: Vec<LaneView>,
    /// The selection last scrolled into view (the lanes scroll vertically:
    /// a selection from a search or a link may sit below the fold).
    scrolled_to: Option<String>,
    /// The selection's place in the index, found once per selection and
    /// index (id, the index's generation, the place).
    selected_at: Option<(String, usize, Option<usize>)>,
}

/// The geometry of a lane's items.
const GEOMETRY: ItemGeometry = ItemGeometry {
    marker_r: MARKER_R,
    gap: GAP_PX,
    label_cap: LABEL_CAP_PX,
};

/// A lane's visible items and their layout, kept between frames.
#[derive(Default)]
struct LaneView {
    track: usize,
    /// Crowded: drawn from `crowded` (rows of labelled items and a density
    /// strip), not from the fields below.
    is_crowded: bool,
    crowded: DenseLane,
    /// Pixels the density strip gets beyond its row.
    strip_extra: f32,
    /// The items in view (into the index's items), spans from before the
    /// view first.
    entries: Vec<usize>,
    lane_items: Vec<LaneItem>,
    /// Whether an item's label sits left of its marker (near the right edge).
    label_left: Vec<bool>,
    /// The width each item's label was laid out with.
    label_w: Vec<f32>,
    /// Spans piling up at the left edge (clustered at once).
    dense: Vec<bool>,
    layout: LaneLayout,
}

/// The label width of every indexed item, summed from glyph advances
/// (no text layout). When the data or the language changes they are
/// forgotten; the first `FIRST_WIDTHS` are summed again in that frame,
/// the others when a label is first placed.
struct LabelWidths {
    glyphs: GlyphWidths,
    /// Per indexed item; NaN until measured.
    widths: Vec<f32>,
    /// Identifies the index and language the widths belong to.
    key: (usize, Lang),
    /// How many are summed in the frame after a change.
    first: usize,
}

impl Default for LabelWidths {
    fn default() -> Self {
        Self {
            glyphs: GlyphWidths::new(FontId::proportional(LABEL_FONT)),
            widths: Vec::new(),
            key: (0, Lang::En),
            first: FIRST_WIDTHS,
        }
    }
}

impl LabelWidths {
    /// Forgets the widths if `key` (the index's generation and the
    /// language) changed, and then sums the first ones.
    fn measure_first(
        &mut self,
        ui: &egui::Ui,
        (index, ds): (&TimelineIndex, &Dataset),
        key: (usize, Lang),
    ) {
        if self.key == key && self.widths.len() == index.len() {
            return;
        }
        self.widths.clear();
        self.widths.resize(index.len(), f32::NAN);
        self.key = key;
        for (i, item) in index.items.iter().enumerate().take(self.first) {
            self.get(ui, ds, i, item);
        }
    }

    /// Item `i`'s label width, measured now if it has not been.
    fn get(&mut self, ui: &egui::Ui, ds: &Dataset, i: usize, item: &IndexedItem) -> f32 {
        match self.widths.get_mut(i) {
            Some(w) if w.is_nan() => {
                *w = self.glyphs.width(ui, item.title(ds, self.key.1));
                *w
            }
            Some(w) => *w,
            None => 0.0,
        }
    }
}

impl LaneView {
    /// The rows the lane takes: a crowded lane's item rows and its strip.
    fn rows(&self) -> usize {
        if self.is_crowded {
            self.crowded.rows + 1
        } else {
            self.layout.rows.max(1)
        }
    }

    /// How many items are in view.
    fn in_view(&self) -> usize {
        if self.is_crowded {
            self.crowded.shown.len() + self.crowded.hidden
        } else {
            self.entries.len()
        }
    }
}

impl Panel for TimelinePanel {
    /// Draws the era row and the lanes, filling the height `ui` offers.
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(axis) = ctx.axis else { return };
        let height = self.height.unwrap_or_else(|| ui.available_height());
        eras_ui(ui, &axis, ctx);
        let legend_px = scenario_legend_ui(ui, &axis, ctx);
        let shown = shown_tracks(ctx);
        self.lay_out_lanes(ui, &axis, ctx, (&shown, height - legend_px));
        let budget = lane_budget(shown.len(), height - legend_px);
        let total_rows: usize = self.lanes.iter().map(LaneView::rows).sum();
        let spare = budget.spare_px(total_rows);
        // Spare height goes to the density strips, or else to the last lane.
        let strips = self.lanes.iter().filter(|l| l.is_crowded).count();
        // A new selection is scrolled into view once, when it is drawn.
        let brought = std::cell::Cell::new(false);
        let bring = ctx.state.selected.is_some() && ctx.state.selected != self.scrolled_to;
        let selected = self.selected_item(ctx);
        for (k, view) in self.lanes.iter_mut().enumerate() {
            view.strip_extra = if view.is_crowded {
                spare / strips as f32
            } else {
                0.0
            };
            let extra = if strips == 0 && k + 1 == shown.len() {
                spare
            } else {
                view.strip_extra
            };
            LaneDraw {
                axis: &axis,
                ctx,
                track: view.track,
                view,
                collapsed: is_collapsed(ctx, view.track),
                bring: (bring, &brought),
                selected,
            }
            .ui(ui, extra);
        }
        if brought.get() || ctx.state.selected.is_none() {
            self.scrolled_to.clone_from(&ctx.state.selected);
        }
    }
}

/// The vertical budget of the lanes under the era row.
fn lane_budget(lanes: usize, height: f32) -> RowBudget {
    RowBudget {
        height,
        fixed_px: ERA_ROW_PX,
        lanes,
        pad_px: LANE_PAD_PX,
        row_px: ROW_PX,
    }
}

/// Whether track `track` is a lane the user collapsed.
fn is_collapsed(ctx: &ViewerContext<'_>, track: usize) -> bool {
    let Some(t) = ctx.derived.index.tracks().get(track) else {
        return false;
    };
    t.scenario.is_none()
        && ctx
            .ds
            .lanes
            .get(t.lane)
            .is_some_and(|l| ctx.state.collapsed_lanes.contains(&l.id))
}

/// The tracks drawn, top to bottom: each lane the filter does not hide,
/// followed (unless it is collapsed) by its toggled scenarios' sub-tracks.
fn shown_tracks(ctx: &ViewerContext<'_>) -> Vec<usize> {
    let tracks = ctx.derived.index.tracks();
    let mut out = Vec::new();
    for (lane, data) in ctx.ds.lanes.iter().enumerate() {
        if ctx.state.filter.hidden_lanes.contains(&data.id) {
            continue;
        }
        out.push(lane);
        if is_collapsed(ctx, lane) {
            continue;
        }
        out.extend(
            tracks
                .iter()
                .enumerate()
                .filter(|(_, t)| t.lane == lane && t.scenario.is_some())
                .map(|(k, _)| k),
        );
    }
    out
}

/// Under the era row, while scenarios are toggled: which colour is which
/// scenario's projections. Returns the height it took.
fn scenario_legend_ui(ui: &mut egui::Ui, axis: &TimeAxis, ctx: &ViewerContext<'_>) -> f32 {
    let on = ctx.toggled_scenarios();
    if on.is_empty() {
        return 0.0;
    }
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(axis.rect.width(), LEGEND_PX), Sense::hover());
    let painter = ui.painter_at(rect);
    let weak = ui.visuals().weak_text_color();
    let font = FontId::proportional(11.0);
    let at = (
        Pos2::new(rect.left() + 6.0, rect.center().y),
        Align2::LEFT_CENTER,
    );
    paint_fitted(
        ui,
        &painter,
        at,
        ctx.tr("Projected by"),
        font.clone(),
        (weak, GUTTER_PX - 10.0),
    );
    // Where the short titles do not all fit, each scenario by its first
    // word (at 1000 px the last ones were cut to «Mul…» or left out).
    let titles: Vec<&str> = on
        .iter()
        .map(|s| short_title(ctx.pick(&s.title, s.title_ru.as_deref())))
        .collect();
    let width = |text: &str| text_width(ui, text, font.clone()) + 27.0;
    let room = axis.map.right - axis.map.left;
    let whole: f32 = titles.iter().map(|t| width(t)).sum();
    let first_words = whole > room;
    let mut x = axis.map.left + 4.0;
    for (s, title) in on.iter().zip(titles) {
        let color = scenario_color(s);
        let c = Pos2::new(x + 5.0, rect.center().y);
        projected_point(&painter, (c, MARKER_R), color, ui.visuals().panel_fill);
        let title = if first_words {
            title.split_whitespace().next().unwrap_or(title)
        } else {
            title
        };
        let at = (Pos2::new(x + 13.0, rect.center().y), Align2::LEFT_CENTER);
        let room = (axis.map.right - x - 13.0).max(0.0);
        let r = paint_fitted(ui, &painter, at, title, font.clone(), (color, room));
        let whole = ctx.pick(&s.title, s.title_ru.as_deref());
        readable(
            ui,
            r,
            ("projected_by", &s.id),
            &format!("Projected by: {}", s.title),
        )
        .on_hover_text(whole);
        x = r.right() + 14.0;
        if x > axis.map.right {
            break;
        }
    }
    LEGEND_PX
}

impl TimelinePanel {
    /// The selected item's place in the index (looked up once per selection
    /// and index: the lookup reads every item).
    fn selected_item(&mut self, ctx: &ViewerContext<'_>) -> Option<usize> {
        let id = ctx.state.selected.as_deref()?;
        let generation = ctx.derived.generation;
        match &self.selected_at {
            Some((at, g, place)) if at == id && *g == generation => *place,
            _ => {
                let place = ctx.derived.index.position(ctx.ds, id);
                self.selected_at = Some((id.to_owned(), generation, place));
                place
            }
        }
    }

    /// Fill `height` pixels (where the panel sits in a scroll area, whose
    /// own height is unbounded).
    pub fn set_height(&mut self, height: f32) {
        self.height = Some(height);
    }

    /// Lays out every lane with a generous cap to learn how many rows each
    /// wants (a crowded lane wants them all), shares the rows that fit, and
    /// lays out again where a lane got fewer.
    fn lay_out_lanes(
        &mut self,
        ui: &egui::Ui,
        axis: &TimeAxis,
        ctx: &ViewerContext<'_>,
        (shown, height): (&[usize], f32),
    ) {
        let Self { widths, lanes, .. } = self;
        let index = &ctx.derived.index;
        let key = (ctx.derived.generation, ctx.lang);
        widths.measure_first(ui, (index, ctx.ds), key);
        let budget = lane_budget(shown.len(), height).rows();
        lanes.resize_with(shown.len(), LaneView::default);
        let mut label_w = |i: usize, item: &IndexedItem| widths.get(ui, ctx.ds, i, item);
        let desired: Vec<usize> = shown
            .iter()
            .zip(lanes.iter_mut())
            .map(|(&track, lane)| {
                lane.track = track;
                lane.is_crowded = is_crowded(index, track, &axis.map);
                if is_collapsed(ctx, track) {
                    1
                } else if lane.is_crowded {
                    budget
                } else {
                    lane.fill_sparse(axis, index, &mut label_w);
                    lane.layout.rows.max(1)
                }
            })
            .collect();
        let allocated = allocate_rows(&desired, budget);
        for (lane, rows) in lanes.iter_mut().zip(allocated) {
            if lane.is_crowded {
                let at = (lane.track, &axis.map);
                lane.crowded
                    .lay_out(index, at, rows.saturating_sub(1), GEOMETRY, &mut label_w);
            } else {
                if is_collapsed(ctx, lane.track) {
                    lane.fill_sparse(axis, index, &mut label_w);
                }
                if rows != lane.layout.rows {
                    lane.layout =
                        layout_lane(&lane.lane_items, &lane.dense, rows, GAP_PX, BADGE_PX);
                }
            }
        }
    }
}

impl LaneView {
    /// The visible items of a lane that is not crowded, measured and laid
    /// out with the default cap. Spans starting before the view come first.
    fn fill_sparse(
        &mut self,
        axis: &TimeAxis,
        index: &TimelineIndex,
        label_width: &mut impl FnMut(usize, &IndexedItem) -> f32,
    ) {
        let view = axis.map.view;
        self.entries.clear();
        self.entries
            .extend(index.overlapping_before(self.track, view.start_year));
        let range = index.start_range(self.track, view.start_year, view.end_year + 1e-9);
        self.entries
            .extend(range.filter_map(|pos| index.shown_item(self.track, pos)));
        self.lane_items.clear();
        self.label_left.clear();
        self.label_w.clear();
        for &i in &self.entries {
            let item = &index.items[i];
            let width = label_width(i, item).min(LABEL_CAP_PX);
            let bare = bare_extent(&axis.map, item, MARKER_R);
            let edges = (axis.map.left, axis.map.right);
            let (li, left, width) = item_extents(bare, item.end.is_some(), width, edges);
            self.lane_items.push(li);
            self.label_left.push(left);
            self.label_w.push(width);
        }
        // Spans piling up at the left edge are dense.
        let xs: Vec<f32> = self.lane_items.iter().map(|l| l.bare.0).collect();
        self.dense = dense_items(&xs, CELL_PX, MAX_ROWS_PER_LANE);
        self.layout = layout_lane(
            &self.lane_items,
            &self.dense,
            MAX_ROWS_PER_LANE,
            GAP_PX,
            BADGE_PX,
        );
    }
}

/// The era row: a band per era, clickable.
fn eras_ui(ui: &mut egui::Ui, axis: &TimeAxis, ctx: &ViewerContext<'_>) {
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(axis.rect.width(), ERA_ROW_PX), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.text(
        Pos2::new(rect.left() + 6.0, rect.center().y),
        Align2::LEFT_CENTER,
        ctx.tr("Eras"),
        FontId::proportional(13.0),
        ui.visuals().strong_text_color(),
    );
    let painter = painter.with_clip_rect(axis.plot_in(rect));
    for (i, era) in ctx.ds.eras.iter().enumerate() {
        let x0 = axis
            .x_from_year(era.start.start_year_frac())
            .max(axis.map.left);
        let x1 = axis
            .x_from_year(era.end.end_year_frac())
            .min(axis.map.right);
        if x1 <= x0 {
            continue;
        }
        let band = Rect::from_x_y_ranges(x0..=x1, rect.top() + 2.0..=rect.bottom() - 2.0);
        let selected = ctx.is_selected(&era.id);
        let color = ERA_COLORS[i % ERA_COLORS.len()];
        painter.rect_filled(
            band,
            3.0,
            color.gamma_multiply(if selected { 0.75 } else { 0.45 }),
        );
        if selected {
            let stroke = Stroke::new(2.0, ui.visuals().strong_text_color());
            painter.rect_stroke(band, 3.0, stroke, StrokeKind::Inside);
        }
        let title = ctx.pick(&era.title, era.title_ru.as_deref());
        if band.width() >= 30.0 {
            let at = (
                Pos2::new(band.left() + 5.0, band.center().y),
                Align2::LEFT_CENTER,
            );
            let room = (ui.visuals().strong_text_color(), band.width() - 9.0);
            paint_fitted(ui, &painter, at, title, FontId::proportional(12.5), room);
        }
        clickable(ui, ctx, band, ("era", &era.id), &era.title, &era.id).on_hover_text(format!(
            "{title} ({} – {})\n{}",
            era.start.display_in(ctx.lang),
            era.end.display_in(ctx.lang),
            ctx.pick(&era.summary, era.summary_ru.as_deref())
        ));
    }
}

/// Faint era bands behind a lane.
fn era_background(painter: &egui::Painter, axis: &TimeAxis, ds: &Dataset, rect: Rect) {
    for (i, era) in ds.eras.iter().enumerate() {
        let x0 = axis
            .x_from_year(era.start.start_year_frac())
            .max(axis.map.left);
        let x1 = axis
            .x_from_year(era.end.end_year_frac())
            .min(axis.map.right);
        if x1 > x0 {
            let band = Rect::from_x_y_ranges(x0..=x1, rect.y_range());
            painter.rect_filled(
                band,
                0.0,
                ERA_COLORS[i % ERA_COLORS.len()].gamma_multiply(0.06),
            );
        }
    }
}

/// One lane being drawn: what it needs from the frame and its layout.
struct LaneDraw<'a, 'c> {
    axis: &'a TimeAxis,
    ctx: &'a ViewerContext<'c>,
    /// Index of the track drawn.
    track: usize,
    view: &'a LaneView,
    collapsed: bool,
    /// Whether to scroll the selected item into view, and whether it was.
    bring: (bool, &'a std::cell::Cell<bool>),
    /// The selected item's place in the index, if it is one of its items.
    selected: Option<usize>,
}

impl LaneDraw<'_, '_> {
    /// Draws the lane, `extra_px` taller than its rows need.
    fn ui(&self, ui: &mut egui::Ui, extra_px: f32) {
        let Self {
            axis,
            ctx,
            track,
            view,
            collapsed,
            ..
        } = self;
        let Some(info) = ctx.derived.index.tracks().get(*track).copied() else {
            return;
        };
        let Some(lane_data) = ctx.ds.lanes.get(info.lane) else {
            return;
        };
        let scenario = info.scenario.and_then(|s| ctx.ds.scenarios.get(s));
        let height = LANE_PAD_PX * 2.0 + ROW_PX * view.rows() as f32 + extra_px;
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), height), Sense::hover());
        let painter = ui.painter_at(rect);
        let color = scenario.map_or_else(|| lane_color(&lane_data.id), scenario_color);
        painter.rect_filled(rect, 0.0, color.gamma_multiply(0.05));
        era_background(&painter, axis, ctx.ds, rect);
        painter.line_segment(
            [rect.left_bottom(), rect.right_bottom()],
            Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        );
        axis.background_ui(&painter, rect, ui.visuals(), ctx.today);
        axis.cursor_ui(&painter, rect, ctx.state.hover_year);
        match scenario {
            Some(s) => sub_gutter_ui(ui, ctx, &painter, rect, s),
            None => {
                let name = ctx.pick(&lane_data.name, lane_data.name_ru.as_deref());
                let gutter = Gutter {
                    lane_id: &lane_data.id,
                    name,
                    color,
                    collapsed: *collapsed,
                    visible: view.in_view(),
                };
                gutter.ui(ui, ctx, &painter, rect);
            }
        }
        let painter = painter.with_clip_rect(axis.plot_in(rect));
        if view.is_crowded {
            self.crowded_ui(ui, &painter, rect, color);
        } else {
            self.placements_ui(ui, &painter, rect, color);
        }
    }

    /// The y of row `row`'s middle in a lane drawn in `rect`.
    fn row_y(rect: Rect, row: usize) -> f32 {
        rect.top() + LANE_PAD_PX + ROW_PX * (row as f32 + 0.5)
    }

    /// A lane that is not crowded: its items, and badges for what does not
    /// fit.
    fn placements_ui(&self, ui: &egui::Ui, painter: &egui::Painter, rect: Rect, color: Color32) {
        let view = self.view;
        for p in &view.layout.placements {
            let y = Self::row_y(rect, p.row());
            match p {
                Placement::Item {
                    index: k, label, ..
                } => {
                    let label = label.then_some(view.label_w[*k] - view.layout.cut_of(*k));
                    let i = view.entries[*k];
                    self.item_ui(ui, painter, i, (label, view.label_left[*k]), y, color);
                }
                Placement::Cluster {
                    x0, x1, members, ..
                } => {
                    // A lone item is never a badge: its marker, without a label,
                    // in the room its badge took (a long span's bar ran on
                    // under the next badge).
                    if let [k] = members.as_slice() {
                        let room = Rect::from_x_y_ranges(*x0..=*x1, rect.y_range());
                        let clipped = painter.with_clip_rect(painter.clip_rect().intersect(room));
                        self.item_ui(ui, &clipped, view.entries[*k], (None, false), y, color);
                        continue;
                    }
                    let badge = Rect::from_x_y_ranges(*x0..=*x1, y - 8.0..=y + 8.0);
                    self.selection_in_badge(ui, painter, members, badge);
                    let members = (self.track, view.entries.as_slice(), members.as_slice());
                    cluster_ui(ui, self.ctx, painter, members, badge, color);
                }
            }
        }
    }

    /// A badge that holds the selected item is ringed like a selected item
    /// (it was shown nowhere), and scrolled into view once.
    fn selection_in_badge(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        members: &[usize],
        badge: Rect,
    ) {
        let Some(selected) = self.selected else {
            return;
        };
        if !members.iter().any(|&k| self.view.entries[k] == selected) {
            return;
        }
        let stroke = Stroke::new(2.0, ui.visuals().strong_text_color());
        painter.rect_stroke(badge.expand(3.0), 5.0, stroke, StrokeKind::Outside);
        self.bring_into_view(ui, badge);
    }

    /// Scrolls the lanes to `rect`, where the selection is drawn, once per
    /// new selection.
    fn bring_into_view(&self, ui: &egui::Ui, rect: Rect) {
        let (bring, brought) = self.bring;
        if bring && !brought.get() {
            ui.scroll_to_rect(rect, Some(egui::Align::Center));
            brought.set(true);
        }
    }

    /// A crowded lane: rows of labelled items, and under them the density
    /// strip of the others.
    fn crowded_ui(&self, ui: &egui::Ui, painter: &egui::Painter, rect: Rect, color: Color32) {
        let lane = &self.view.crowded;
        for s in &lane.shown {
            let y = Self::row_y(rect, s.row);
            let label = (Some(s.label_w), s.label_left);
            self.item_ui(ui, painter, s.item, label, y, color);
        }
        let top = rect.top() + LANE_PAD_PX + ROW_PX * lane.rows as f32;
        let strip = Rect::from_x_y_ranges(
            self.axis.map.left..=self.axis.map.right,
            top..=rect.bottom() - LANE_PAD_PX,
        );
        DensityStrip {
            lane,
            map: &self.axis.map,
            track: self.track,
            rect: strip,
            color,
        }
        .ui(ui, self.ctx, painter);
    }

    /// One item with its label (`label.0`: the label's room when it is
    /// shown, `label.1`: left of the marker).
    fn item_ui(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        i: usize,
        label: (Option<f32>, bool),
        y: f32,
        lane_color: Color32,
    ) {
        let ctx = self.ctx;
        let item = &ctx.derived.index.items[i];
        let color = item
            .scenario
            .and_then(|s| ctx.ds.scenarios.get(s))
            .map_or(lane_color, scenario_color);
        let text = label.0.map(|room| (item.title(ctx.ds, ctx.lang), room));
        let id = item.id(ctx.ds);
        // In an as-of replay, facts from after the date are dimmed.
        let later = ctx
            .state
            .as_of
            .is_some_and(|at| item.status == Status::Fact && item.start > at);
        let color = if later {
            color.gamma_multiply(theme::LATER_FACT_ALPHA)
        } else {
            color
        };
        let look = ItemLook {
            color,
            dimmed: later,
            selected: ctx.is_selected(id),
            searching: !ctx.state.filter.query.trim().is_empty(),
            label_left: label.1,
        };
        // Clickable where it is drawn.
        let hit = look
            .paint(ui, painter, self.axis, item, text, y)
            .intersect(painter.clip_rect());
        // Only scheduled items can be held or past due.
        let due = (item.status == Status::Scheduled)
            .then(|| past_due::due_of(ctx, id))
            .flatten();
        if due.is_some() {
            let x = |year| self.axis.x_from_year(year);
            let marker = match item.end {
                Some(end) => Rect::from_x_y_ranges(x(item.start)..=x(end), y - 8.0..=y + 8.0),
                None => Rect::from_center_size(
                    Pos2::new(x(item.at), y),
                    egui::Vec2::splat(2.0 * MARKER_R),
                ),
            };
            past_due::timeline_mark_ui(painter, marker, item.end.is_none(), color, due);
        }
        if look.selected {
            self.bring_into_view(ui, hit);
        }
        clickable(ui, ctx, hit, ("event", id), item.titles(ctx.ds).0, id)
            .on_hover_ui(|ui| item_tooltip_ui(ui, ctx, item));
    }
}

/// A scenario's sub-track in the gutter: its colour and short name,
/// indented under the lane; click for the scenario's details.
fn sub_gutter_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    painter: &egui::Painter,
    rect: Rect,
    s: &crate::model::types::Scenario,
) {
    let color = scenario_color(s);
    let bar = Rect::from_min_size(
        rect.min + egui::vec2(12.0, 3.0),
        egui::vec2(3.0, rect.height() - 6.0),
    );
    painter.rect_filled(bar, 1.0, color);
    let title = ctx.pick(&s.title, s.title_ru.as_deref());
    let row = Rect::from_min_size(
        rect.min + egui::vec2(20.0, 0.0),
        egui::vec2(GUTTER_PX - 28.0, ROW_PX + LANE_PAD_PX),
    );
    let at = (Pos2::new(row.left(), row.center().y), Align2::LEFT_CENTER);
    let room = (color, row.width());
    paint_fitted(
        ui,
        painter,
        at,
        short_title(title),
        FontId::proportional(11.5),
        room,
    );
    let label = format!("Projections of {}", s.title);
    clickable(
        ui,
        ctx,
        row,
        ("subtrack", &s.id, rect.top().to_bits()),
        &label,
        &s.id,
    )
    .on_hover_text(format!(
        "{title}\n{}",
        ctx.tr("Projected by this scenario: the dataset's own analysis, not a fact")
    ));
}

/// A lane's name in the gutter: click to collapse or expand.
struct Gutter<'a> {
    lane_id: &'a str,
    name: &'a str,
    color: Color32,
    collapsed: bool,
    /// Items in view, shown while collapsed.
    visible: usize,
}

impl Gutter<'_> {
    fn ui(&self, ui: &egui::Ui, ctx: &ViewerContext<'_>, painter: &egui::Painter, rect: Rect) {
        let Self {
            lane_id,
            name,
            color,
            collapsed,
            visible,
        } = self;
        painter.rect_filled(
            Rect::from_min_size(rect.min, egui::vec2(4.0, rect.height())),
            0.0,
            *color,
        );
        let row = Rect::from_min_size(
            rect.min + egui::vec2(4.0, 0.0),
            egui::vec2(GUTTER_PX - 12.0, ROW_PX + LANE_PAD_PX),
        );
        let c = Pos2::new(row.left() + 10.0, row.center().y);
        paint_disclosure(painter, c, !*collapsed, ui.visuals().text_color());
        // A collapsed lane shows how many items it holds in view, right of
        // its name on the same line; the name ends in an ellipsis where the
        // gutter is too narrow (hover shows it whole).
        let count_w = if *collapsed {
            let at = (
                Pos2::new(row.right() - 2.0, row.center().y),
                Align2::RIGHT_CENTER,
            );
            let weak = (ui.visuals().weak_text_color(), 60.0);
            let text = ctx.lang.number(*visible);
            paint_fitted(ui, painter, at, &text, FontId::proportional(11.0), weak).width() + 6.0
        } else {
            0.0
        };
        let room = row.width() - 22.0 - count_w;
        let row = row.union(self.paint_name(ui, painter, (rect, row), room));
        let label = format!("Lane: {name}");
        let response = ui
            .interact(row, egui::Id::unique(("lane", lane_id)), Sense::click())
            .on_hover_text(format!(
                "{name}{}: {}",
                if *collapsed {
                    format!(" ({} {})", ctx.lang.number(*visible), ctx.tr("in view"))
                } else {
                    String::new()
                },
                ctx.tr(if *collapsed {
                    "click to expand"
                } else {
                    "click to collapse"
                })
            ));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if response.clicked() {
            ctx.send(Command::ToggleLane((*lane_id).to_owned()));
        }
    }

    /// Paints the name right of the triangle in `row` (the lane's first,
    /// in the lane's `rect`), `room` wide; returns where.
    fn paint_name(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        (rect, row): (Rect, Rect),
        room: f32,
    ) -> Rect {
        let open = !self.collapsed;
        let galley = lane_name(ui, self.name, room, open.then_some(rect.height()));
        let first_line = galley.rows.first().map_or(0.0, |r| r.height());
        // The first line beside the triangle, unless that puts the second
        // below the lane.
        let top = (row.center().y - first_line / 2.0)
            .min(rect.bottom() - 1.0 - galley.size().y)
            .max(rect.top());
        let text = Rect::from_min_size(Pos2::new(row.left() + 20.0, top), galley.size());
        painter.galley(text.min, galley, ui.visuals().strong_text_color());
        text
    }
}

/// A lane's name in `room` pixels: on one line at 13 px, or wrapped onto
/// two lines where an open lane (`height`: its height) has room for them
/// ("Двусторонние | отношения"), at 11 px if the lane has one row; cut
/// with an ellipsis only where neither fits.
fn lane_name(
    ui: &egui::Ui,
    name: &str,
    room: f32,
    height: Option<f32>,
) -> std::sync::Arc<egui::Galley> {
    let strong = ui.visuals().strong_text_color();
    let lines = |px: f32| {
        let font = FontId::proportional(px);
        let line = ui.fonts_mut(|f| f.row_height(&font));
        let fit = height
            .map_or(1.0, |h| ((h - 2.0) / line).floor())
            .clamp(1.0, 2.0);
        fitted_lines(ui, name, (font, strong), room, fit as usize)
    };
    let normal = lines(13.0);
    if !normal.elided || height.is_none() {
        return normal;
    }
    let small = lines(11.0);
    if small.elided { normal } else { small }
}

/// How an item is drawn.
struct ItemLook {
    color: Color32,
    /// A fact from after the as-of date.
    dimmed: bool,
    selected: bool,
    searching: bool,
    label_left: bool,
}

impl ItemLook {
    /// Draws one item with its status style; returns its clickable rect.
    fn paint(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        axis: &TimeAxis,
        item: &IndexedItem,
        label: Option<(&str, f32)>,
        y: f32,
    ) -> Rect {
        // Labels on span bars need the stronger colour to stay readable.
        // A projection's label is in its scenario's colour; labels on span
        // bars need the stronger colour to stay readable.
        let text_color = if item.scenario.is_some() && !self.selected {
            self.color
        } else if self.selected || item.end.is_some() {
            ui.visuals().strong_text_color()
        } else {
            ui.visuals().text_color()
        };
        let text_color = if self.dimmed {
            text_color.gamma_multiply(theme::LATER_FACT_ALPHA)
        } else {
            text_color
        };
        let (marker, label_x) = match item.end {
            Some(end) => {
                let (bar, inside_x) = self.bar(painter, axis, item, end, y);
                // A label that does not fit a short bar follows it.
                let shown_w = bar.right() - bar.left().max(axis.map.left);
                let after = label.is_some_and(|(_, room)| label_after_bar(shown_w, room));
                (
                    bar,
                    if after {
                        bar.right() + LABEL_GAP_PX
                    } else {
                        inside_x
                    },
                )
            }
            None => self.point(ui, painter, axis, item, y),
        };
        if self.selected {
            let stroke = Stroke::new(2.0, text_color);
            painter.rect_stroke(marker.expand(3.0), 4.0, stroke, StrokeKind::Outside);
        }
        let mut hit = marker.expand2(egui::vec2(2.0, (ROW_PX - marker.height()) / 2.0));
        if let Some((text, room)) = label {
            let align = if self.label_left {
                Align2::RIGHT_CENTER
            } else {
                Align2::LEFT_CENTER
            };
            // A span's label stops at the plot's right edge.
            let room = if item.end.is_some() {
                room.min(axis.map.right - label_x - 2.0)
            } else {
                room
            };
            // Less room than a few letters would show a bare "…".
            if room < MIN_LABEL_ROOM_PX {
                return hit;
            }
            let font = FontId::proportional(LABEL_FONT);
            let at = (Pos2::new(label_x, y), align);
            let galley_rect = paint_fitted(ui, painter, at, text, font, (text_color, room + 1.0));
            if self.searching {
                painter.rect_filled(galley_rect.expand(1.0), 2.0, theme::MATCH);
            }
            hit = hit.union(galley_rect);
        }
        hit
    }

    fn stroke(&self) -> Stroke {
        Stroke::new(if self.selected { 2.5 } else { 1.5 }, self.color)
    }

    /// A span's bar; returns it and where its label starts.
    fn bar(
        &self,
        painter: &egui::Painter,
        axis: &TimeAxis,
        item: &IndexedItem,
        end: f64,
        y: f32,
    ) -> (Rect, f32) {
        let x0 = axis.x_from_year(item.start);
        let x1 = axis.x_from_year(end).max(x0 + 3.0);
        let bar = Rect::from_x_y_ranges(x0..=x1, y - 8.0..=y + 8.0);
        let fill = if item.status == Status::Fact {
            0.35
        } else {
            0.12
        };
        let fill = self.color.gamma_multiply(fill);
        if is_dashed(item.status) {
            painter.rect_filled(bar, 3.0, fill);
            if item.status == Status::Projected {
                let hatching = Stroke::new(1.0, self.color.gamma_multiply(0.7));
                hatch(painter, bar, hatching);
            }
            dashed_rect(painter, bar, self.stroke());
        } else {
            // One shape with its outline: cheap to tessellate.
            let shape =
                egui::epaint::RectShape::new(bar, 3.0, fill, self.stroke(), StrokeKind::Inside);
            painter.add(shape);
        }
        if item.approx {
            let halo = bar.expand2(egui::vec2(4.0, 0.0));
            painter.rect_filled(halo, 3.0, self.color.gamma_multiply(0.08));
        }
        (bar, x0.max(axis.map.left) + LABEL_IN_BAR_PAD_PX)
    }

    /// A point's marker; returns it and where its label starts.
    fn point(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        axis: &TimeAxis,
        item: &IndexedItem,
        y: f32,
    ) -> (Rect, f32) {
        let x = axis.x_from_year(item.at);
        let center = Pos2::new(x, y);
        if item.approx {
            painter.circle_filled(center, MARKER_R + 3.5, self.color.gamma_multiply(0.2));
        }
        if item.status == Status::Fact {
            painter.circle_filled(center, MARKER_R, self.color);
        } else if item.status == Status::Projected {
            projected_point(
                painter,
                (center, MARKER_R),
                self.color,
                ui.visuals().panel_fill,
            );
            if self.selected {
                painter.circle_stroke(center, MARKER_R + 0.5, self.stroke());
            }
        } else {
            painter.circle_filled(center, MARKER_R, ui.visuals().panel_fill);
            if is_dashed(item.status) {
                dashed_circle(painter, center, MARKER_R - 0.5, self.stroke());
            } else {
                painter.circle_stroke(center, MARKER_R - 0.5, self.stroke());
            }
        }
        let r = Rect::from_center_size(center, egui::vec2(2.0 * MARKER_R, 2.0 * MARKER_R));
        let gap = MARKER_R + LABEL_GAP_PX;
        (r, if self.label_left { x - gap } else { x + gap })
    }
}

/// Diagonal hatching over a projected span's bar (survives greyscale too).
fn hatch(painter: &egui::Painter, bar: Rect, stroke: Stroke) {
    let painter = painter.with_clip_rect(painter.clip_rect().intersect(bar));
    let step = 6.0;
    let mut x = bar.left() - bar.height();
    while x < bar.right() {
        painter.line_segment(
            [
                Pos2::new(x, bar.bottom()),
                Pos2::new(x + bar.height(), bar.top()),
            ],
            stroke,
        );
        x += step;
    }
}

fn is_dashed(status: Status) -> bool {
    matches!(
        status,
        Status::Proposed | Status::Projected | Status::Unconfirmed
    )
}

fn dashed_rect(painter: &egui::Painter, rect: Rect, stroke: Stroke) {
    let points = [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
        rect.left_top(),
    ];
    painter.add(Shape::dashed_line(&points, stroke, 5.0, 3.0));
}

/// The time extent of a cluster's members.
fn members_extent(index: &TimelineIndex, members: impl Iterator<Item = usize>) -> (f64, f64) {
    members.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), i| {
        let (a, b) = index.items[i].extent();
        (lo.min(a), hi.max(b))
    })
}

/// A cluster badge: a count; hover lists the items, click zooms to them.
/// `members` is the track, its entries and the positions among them the
/// badge stands for.
fn cluster_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    painter: &egui::Painter,
    (track, entries, members): (usize, &[usize], &[usize]),
    badge: Rect,
    color: Color32,
) {
    let index = &ctx.derived.index;
    let count = members.len();
    let items = || members.iter().map(|&k| entries[k]);
    // One filled shape with its outline: cheap to tessellate.
    painter.add(egui::epaint::RectShape::new(
        badge,
        4.0,
        color.gamma_multiply(0.55),
        Stroke::new(1.0, color),
        StrokeKind::Inside,
    ));
    painter.text(
        badge.center(),
        Align2::CENTER_CENTER,
        ctx.lang.number(count),
        FontId::proportional(11.5),
        ui.visuals().strong_text_color(),
    );
    let label = format!("Cluster of {count} events");
    let salt = ("cluster", track, badge.left().to_bits());
    let response = ui
        .interact(badge, egui::Id::unique(salt), Sense::click())
        .on_hover_ui(|ui| {
            ui.strong(match ctx.lang {
                Lang::En => format!("Cluster of {} events", Lang::En.number(count)),
                Lang::Ru => format!("Событий в группе: {}", Lang::Ru.number(count)),
                Lang::Kk => format!("Топтағы оқиғалар: {}", Lang::Kk.number(count)),
            });
            titles_ui(ui, ctx, items(), count);
            ui.weak(ctx.tr("Click to zoom in"));
        });
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        let (lo, hi) = members_extent(index, items());
        let margin = ((hi - lo) * 0.1).max(1.0 / 24.0);
        ctx.send(Command::SetView(TimeView {
            start_year: lo - margin,
            end_year: hi + margin,
        }));
    }
}

/// The titles of up to 15 of `items`, and how many more of `count` there
/// are.
pub(super) fn titles_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    items: impl Iterator<Item = usize>,
    count: usize,
) {
    let index = &ctx.derived.index;
    let mut listed = 0;
    for i in items.take(15) {
        let item = &index.items[i];
        ui.label(truncate(item.title(ctx.ds, ctx.lang), 60));
        listed += 1;
    }
    if count > listed {
        ui.weak(match ctx.lang {
            Lang::En => format!("… and {} more", Lang::En.number(count - listed)),
            Lang::Ru => format!("… и ещё {}", Lang::Ru.number(count - listed)),
            Lang::Kk => format!("… және тағы {}", Lang::Kk.number(count - listed)),
        });
    }
}

/// Tooltip for a timeline item: title, date, status and summary.
fn item_tooltip_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, item: &IndexedItem) {
    let ds = ctx.ds;
    ui.strong(item.title(ctx.ds, ctx.lang));
    if let crate::model::ItemRef::Event(i) = item.item
        && let Some(e) = ds.events.get(i)
    {
        let lang = ctx.lang;
        let when = match &e.end {
            Some(end) => format!("{} – {}", e.date.display_in(lang), end.display_in(lang)),
            None => e.date.display_in(lang),
        };
        ui.label(format!("{when} · {}", e.status.label(lang)));
        past_due::tooltip_line_ui(ui, ctx, past_due::due_of(ctx, &e.id));
        ui.label(truncate(ctx.pick(&e.summary, e.summary_ru.as_deref()), 280));
    } else if let Some((s, p)) = ds.projected(item.id(ds)) {
        let by = ctx.pick(&s.title, s.title_ru.as_deref());
        ui.label(format!(
            "{} · {} “{by}”",
            p.date.display_in(ctx.lang),
            ctx.tr("projected by")
        ));
        ui.label(truncate(ctx.pick(&p.summary, p.summary_ru.as_deref()), 280));
    }
    ui.weak(ctx.tr("Click for details and sources"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Runs `f` in a frame of `ctx`; says whether it asked for another.
    fn in_frame(ctx: &egui::Context, f: impl FnOnce(&egui::Ui)) -> bool {
        let mut f = Some(f);
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            if let Some(f) = f.take() {
                f(ui);
            }
        });
        out.textures_delta.clear();
        out.viewport_output
            .values()
            .any(|v| v.repaint_delay < std::time::Duration::from_secs(1))
    }

    #[test]
    fn label_widths_are_measured_first_ones_at_once_the_rest_on_demand() {
        let ds = crate::model::load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let index = TimelineIndex::build(&ds, &BTreeSet::new());
        let n = index.len();
        assert!(n > 30, "{n} items");
        let ctx = egui::Context::default();
        // egui's fonts are loaded by the first pass.
        in_frame(&ctx, |_| {});
        let mut widths = LabelWidths {
            first: 20,
            ..LabelWidths::default()
        };
        in_frame(&ctx, |ui| {
            widths.measure_first(ui, (&index, &ds), (1, Lang::En))
        });
        assert!(widths.widths[..20].iter().all(|w| *w > 0.0));
        assert!(widths.widths[20..].iter().all(|w| w.is_nan()));
        // A label placed is measured then.
        in_frame(&ctx, |ui| {
            let w = widths.get(ui, &ds, 25, &index.items[25]);
            assert!(w > 0.0);
        });
        assert!(widths.widths[25] > 0.0 && widths.widths[24].is_nan());
        // The same data again: nothing is forgotten or summed, and no
        // frame is asked for to measure the rest.
        let more = in_frame(&ctx, |ui| {
            widths.measure_first(ui, (&index, &ds), (1, Lang::En))
        });
        assert!(!more);
        assert!(widths.widths[25] > 0.0 && widths.widths[24].is_nan());
        let english = widths.widths.clone();
        // Another language: forgotten, and measured again in its titles.
        in_frame(&ctx, |ui| {
            widths.measure_first(ui, (&index, &ds), (1, Lang::Ru))
        });
        assert!(widths.widths[20..].iter().all(|w| w.is_nan()));
        let ru =
            |i: usize| index.items[i].title(&ds, Lang::Ru) != index.items[i].title(&ds, Lang::En);
        let k = (0..20)
            .find(|&i| ru(i))
            .unwrap_or_else(|| panic!("a Russian title"));
        assert_ne!(widths.widths[k], english[k]);
    }
}
