//! The relationship timeline: era bands, and one lane per lane of the data,
//! collapsible, with its events (and toggled scenarios' projections) laid
//! out so nothing overlaps: labels where there is room, markers alone where
//! only they fit, cluster badges (click to zoom, hover to list) for the rest.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};

use super::widgets::time_axis::{GUTTER_PX, TimeAxis};
use super::widgets::{lane_color, truncate};
use crate::command::Command;
use crate::model::layout::{
    LaneItem, LaneLayout, Placement, TimeView, allocate_rows, dense_items, layout_lane,
};
use crate::model::timeline::{IndexedItem, TimelineIndex};
use crate::model::{Dataset, Status};
use crate::state::AppState;

pub const ERA_ROW_PX: f32 = 30.0;
const ROW_PX: f32 = 20.0;
const LANE_PAD_PX: f32 = 4.0;
const MARKER_R: f32 = 4.5;
const LABEL_MAX_CHARS: usize = 30;
const LABEL_FONT: f32 = 12.0;
const GAP_PX: f32 = 6.0;
const BADGE_PX: f32 = 26.0;
/// Rows a lane asks for at most before its items are clustered.
const MAX_ROWS_PER_LANE: usize = 12;

/// Era band colours, cycled.
const ERA_COLORS: [Color32; 4] = [
    Color32::from_rgb(120, 150, 200),
    Color32::from_rgb(120, 180, 140),
    Color32::from_rgb(200, 170, 110),
    Color32::from_rgb(190, 120, 130),
];

/// Cached label widths, per indexed item (NaN = not measured yet).
#[derive(Default)]
pub struct TimelinePanel {
    label_widths: Vec<f32>,
    /// Identifies the index and language the widths belong to.
    widths_for: (usize, crate::state::Lang),
}

/// Pixel cells for the density pre-pass: about a marker and a gap.
const CELL_PX: f32 = 16.0;
/// A cell holding more items than this starts too many events at one spot
/// to be worth showing one by one: they become a block (cluster) at once.
const CELL_CAPACITY: usize = 4;

/// What a laid-out entry stands for.
#[derive(Clone, Debug)]
enum Entry {
    /// One indexed item.
    Item(usize),
    /// A run of shown items of the lane (positions), too dense to show one
    /// by one, starting within `years`.
    Block {
        positions: std::ops::Range<usize>,
        years: (f64, f64),
    },
}

/// A lane's visible items and their layout.
struct LaneView {
    entries: Vec<Entry>,
    lane_items: Vec<LaneItem>,
    /// Whether an item's label sits left of its marker (near the right edge).
    label_left: Vec<bool>,
    /// Items too dense to show one by one (clustered without measuring).
    dense: Vec<bool>,
    layout: LaneLayout,
}

impl TimelinePanel {
    /// Forgets measured label widths (call when the index is rebuilt).
    pub fn reset(&mut self, index: &TimelineIndex, generation: usize, lang: crate::state::Lang) {
        self.label_widths = vec![f32::NAN; index.len()];
        self.widths_for = (generation, lang);
    }

    /// Draws the era row and the lanes into `height` pixels; returns commands.
    #[allow(clippy::too_many_arguments)]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        axis: &TimeAxis,
        ds: &Dataset,
        index: &TimelineIndex,
        generation: usize,
        state: &AppState,
        today: f64,
        height: f32,
    ) -> Vec<Command> {
        if self.widths_for != (generation, state.lang) || self.label_widths.len() != index.len() {
            self.reset(index, generation, state.lang);
        }
        let mut commands = Vec::new();
        eras_ui(ui, axis, ds, state, &mut commands);
        let view = axis.map.view;
        // Lay out every lane with a generous cap to learn how many rows each wants.
        let mut lanes: Vec<LaneView> = (0..ds.lanes.len())
            .map(|lane| self.lane_view(ui, axis, index, lane, view, state.lang))
            .collect();
        let collapsed = |lane: usize| {
            ds.lanes
                .get(lane)
                .is_some_and(|l| state.collapsed_lanes.contains(&l.id))
        };
        let desired: Vec<usize> = lanes
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if collapsed(i) {
                    1
                } else {
                    l.layout.rows.max(1)
                }
            })
            .collect();
        let padding = ds.lanes.len() as f32 * 2.0 * LANE_PAD_PX;
        let budget = ((height - ERA_ROW_PX - padding) / ROW_PX).max(0.0) as usize;
        let allocated = allocate_rows(&desired, budget);
        for (i, lane) in lanes.iter_mut().enumerate() {
            let rows = allocated[i];
            if rows != lane.layout.rows {
                lane.layout = layout_lane(&lane.lane_items, &lane.dense, rows, GAP_PX, BADGE_PX);
            }
        }
        let total_rows: usize = lanes.iter().map(|l| l.layout.rows.max(1)).sum();
        let spare = (height
            - ERA_ROW_PX
            - total_rows as f32 * ROW_PX
            - ds.lanes.len() as f32 * 2.0 * LANE_PAD_PX)
            .max(0.0);
        for (i, lane) in lanes.iter().enumerate() {
            let extra = if i + 1 == lanes.len() { spare } else { 0.0 };
            lane_ui(
                ui,
                axis,
                ds,
                index,
                state,
                today,
                i,
                lane,
                collapsed(i),
                extra,
                &mut commands,
            );
        }
        commands
    }

    /// The visible items of a lane, measured and laid out with the default
    /// cap. The plot is cut into pixel cells; a cell holding more items than
    /// can be shown becomes one block, counted by binary search without
    /// touching its items, so the cost follows the width of the view, not
    /// the number of events. Spans starting before the view come first.
    fn lane_view(
        &mut self,
        ui: &egui::Ui,
        axis: &TimeAxis,
        index: &TimelineIndex,
        lane: usize,
        view: TimeView,
        lang: crate::state::Lang,
    ) -> LaneView {
        let mut entries: Vec<Entry> = index
            .overlapping_before(lane, view.start_year)
            .into_iter()
            .map(Entry::Item)
            .collect();
        let cells = ((axis.map.right - axis.map.left) / CELL_PX).ceil().max(1.0) as usize;
        for k in 0..cells {
            let x0 = axis.map.left + k as f32 * CELL_PX;
            let y0 = if k == 0 {
                view.start_year
            } else {
                axis.year_from_x(x0)
            };
            // The last cell includes the view's end.
            let y1 = if k + 1 == cells {
                view.end_year + 1e-9
            } else {
                axis.year_from_x(x0 + CELL_PX)
            };
            let positions = index.start_range(lane, y0, y1);
            if positions.len() > CELL_CAPACITY {
                entries.push(Entry::Block {
                    positions,
                    years: (y0, y1),
                });
            } else {
                entries.extend(
                    positions
                        .filter_map(|pos| index.shown_item(lane, pos))
                        .map(Entry::Item),
                );
            }
        }
        let mut lane_items = Vec::with_capacity(entries.len());
        let mut label_left = Vec::with_capacity(entries.len());
        let mut dense = Vec::with_capacity(entries.len());
        let font = FontId::proportional(LABEL_FONT);
        for entry in &entries {
            let i = match entry {
                Entry::Block { years, .. } => {
                    let x0 = axis.x_from_year(years.0);
                    let bare = (x0, x0 + CELL_PX - 1.0);
                    lane_items.push(LaneItem { full: bare, bare });
                    label_left.push(false);
                    dense.push(true);
                    continue;
                }
                Entry::Item(i) => *i,
            };
            let item = &index.items[i];
            let width = match self.label_widths.get(i) {
                Some(w) if !w.is_nan() => *w,
                _ => {
                    let label = truncate(
                        lang.pick(&item.title, item.title_ru.as_deref()),
                        LABEL_MAX_CHARS,
                    );
                    let w = ui.fonts_mut(|f| {
                        f.layout_no_wrap(label, font.clone(), Color32::WHITE)
                            .size()
                            .x
                    });
                    if let Some(slot) = self.label_widths.get_mut(i) {
                        *slot = w;
                    }
                    w
                }
            };
            let (lane_item, left) = measure(axis, item, width);
            lane_items.push(lane_item);
            label_left.push(left);
            dense.push(false);
        }
        // Spans piling up at the left edge are dense too.
        let xs: Vec<f32> = lane_items.iter().map(|l| l.bare.0).collect();
        for (d, crowded) in dense
            .iter_mut()
            .zip(dense_items(&xs, CELL_PX, MAX_ROWS_PER_LANE))
        {
            *d |= crowded;
        }
        let layout = layout_lane(&lane_items, &dense, MAX_ROWS_PER_LANE, GAP_PX, BADGE_PX);
        LaneView {
            entries,
            lane_items,
            label_left,
            dense,
            layout,
        }
    }
}

/// How many events a lane view holds (blocks counted in full).
fn in_view(view: &LaneView) -> usize {
    entries_count(view.entries.iter())
}

fn entries_count<'a>(entries: impl Iterator<Item = &'a Entry>) -> usize {
    entries
        .map(|e| match e {
            Entry::Item(_) => 1,
            Entry::Block { positions, .. } => positions.len(),
        })
        .sum()
}

/// An item's marker or bar alone, in pixels; bars are clipped to the plot
/// so that spans starting before the view begin at its left edge.
fn bare_extent(axis: &TimeAxis, item: &IndexedItem) -> (f32, f32) {
    match item.end {
        Some(end) => {
            let x0 = axis.x_from_year(item.start).max(axis.map.left);
            (x0, axis.x_from_year(end).max(x0 + 3.0))
        }
        None => {
            let x = axis.x_from_year(item.at);
            (x - MARKER_R, x + MARKER_R)
        }
    }
}

/// An item's extents with and without its label; labels that would run off
/// the right edge go left of a point marker.
fn measure(axis: &TimeAxis, item: &IndexedItem, label_w: f32) -> (LaneItem, bool) {
    let bare = bare_extent(axis, item);
    if item.end.is_some() {
        let full = (bare.0, bare.1.max(bare.0 + 4.0 + label_w));
        return (LaneItem { full, bare }, false);
    }
    if bare.1 + 3.0 + label_w > axis.map.right {
        (
            LaneItem {
                full: (bare.0 - 3.0 - label_w, bare.1),
                bare,
            },
            true,
        )
    } else {
        (
            LaneItem {
                full: (bare.0, bare.1 + 3.0 + label_w),
                bare,
            },
            false,
        )
    }
}

fn eras_ui(
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
        crate::ui::i18n::tr(state.lang, "Eras"),
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
                truncate(state.lang.pick(&era.title, era.title_ru.as_deref()), chars),
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
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &era.title));
        if response.clicked() {
            commands.push(Command::Select(Some(era.id.clone())));
        }
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

#[allow(clippy::too_many_arguments)]
fn lane_ui(
    ui: &mut egui::Ui,
    axis: &TimeAxis,
    ds: &Dataset,
    index: &TimelineIndex,
    state: &AppState,
    today: f64,
    lane: usize,
    view: &LaneView,
    collapsed: bool,
    extra_px: f32,
    commands: &mut Vec<Command>,
) {
    let Some(lane_data) = ds.lanes.get(lane) else {
        return;
    };
    let height = LANE_PAD_PX * 2.0 + ROW_PX * view.layout.rows.max(1) as f32 + extra_px;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(axis.rect.width(), height), Sense::hover());
    let painter = ui.painter_at(rect);
    let color = lane_color(&lane_data.id);
    painter.rect_filled(rect, 0.0, color.gamma_multiply(0.05));
    era_background(&painter, axis, ds, rect);
    painter.line_segment(
        [rect.left_bottom(), rect.right_bottom()],
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
    );
    axis.background_ui(&painter, rect, ui.visuals(), today);
    axis.cursor_ui(&painter, rect, state.hover_year);
    gutter_ui(
        ui,
        &painter,
        rect,
        &lane_data.id,
        state
            .lang
            .pick(&lane_data.name, lane_data.name_ru.as_deref()),
        color,
        collapsed,
        in_view(view),
        commands,
    );
    let plot = Rect::from_x_y_ranges(axis.map.left..=axis.map.right, rect.y_range());
    let painter = painter.with_clip_rect(plot);
    let searching = !state.filter.query.trim().is_empty();
    for p in &view.layout.placements {
        let y = rect.top() + LANE_PAD_PX + ROW_PX * (p.row() as f32 + 0.5);
        match p {
            Placement::Item {
                index: k, label, ..
            } => {
                let Entry::Item(i) = view.entries[*k] else {
                    continue;
                };
                let item = &index.items[i];
                let item_color = match item.scenario.and_then(|s| ds.scenarios.get(s)) {
                    Some(s) => {
                        let (r, g, b) = s.rgb();
                        Color32::from_rgb(r, g, b)
                    }
                    None => color,
                };
                let selected = state.selected.as_deref() == Some(item.id.as_str());
                let label_text = label.then(|| {
                    truncate(
                        state.lang.pick(&item.title, item.title_ru.as_deref()),
                        LABEL_MAX_CHARS,
                    )
                });
                let text = label_text.as_deref();
                let hit = item_ui(
                    ui,
                    &painter,
                    axis,
                    item,
                    text,
                    view.label_left[*k],
                    y,
                    item_color,
                    selected,
                    searching,
                );
                let response = ui
                    .interact(hit, egui::Id::unique(("event", &item.id)), Sense::click())
                    .on_hover_ui(|ui| item_tooltip_ui(ui, ds, item));
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, &item.title)
                });
                if response.clicked() {
                    commands.push(Command::Select(Some(item.id.clone())));
                }
            }
            Placement::Cluster {
                x0, x1, members, ..
            } => {
                let members: Vec<&Entry> = members.iter().map(|&k| &view.entries[k]).collect();
                cluster_ui(
                    ui, &painter, index, lane, &members, *x0, *x1, y, color, commands,
                );
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn gutter_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    rect: Rect,
    lane_id: &str,
    lane_name: &str,
    color: Color32,
    collapsed: bool,
    visible: usize,
    commands: &mut Vec<Command>,
) {
    painter.rect_filled(
        Rect::from_min_size(rect.min, egui::vec2(4.0, rect.height())),
        0.0,
        color,
    );
    let row = Rect::from_min_size(
        rect.min + egui::vec2(4.0, 0.0),
        egui::vec2(GUTTER_PX - 12.0, ROW_PX + LANE_PAD_PX),
    );
    let c = Pos2::new(row.left() + 10.0, row.center().y);
    let triangle = if collapsed {
        vec![
            c + egui::vec2(-3.0, -5.0),
            c + egui::vec2(4.0, 0.0),
            c + egui::vec2(-3.0, 5.0),
        ]
    } else {
        vec![
            c + egui::vec2(-5.0, -3.0),
            c + egui::vec2(5.0, -3.0),
            c + egui::vec2(0.0, 4.0),
        ]
    };
    painter.add(Shape::convex_polygon(
        triangle,
        ui.visuals().text_color(),
        Stroke::NONE,
    ));
    // The name stays inside the gutter (hover shows it whole).
    painter.with_clip_rect(row).text(
        Pos2::new(row.left() + 20.0, row.center().y),
        Align2::LEFT_CENTER,
        lane_name,
        FontId::proportional(13.0),
        ui.visuals().strong_text_color(),
    );
    if collapsed {
        painter.text(
            Pos2::new(row.left() + 18.0, row.center().y + 14.0),
            Align2::LEFT_CENTER,
            format!("{visible} in view"),
            FontId::proportional(10.5),
            ui.visuals().weak_text_color(),
        );
    }
    let label = format!("Lane: {lane_name}");
    let response = ui
        .interact(row, egui::Id::unique(("lane", lane_id)), Sense::click())
        .on_hover_text(if collapsed {
            format!("{lane_name}: click to expand")
        } else {
            format!("{lane_name}: click to collapse")
        });
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        commands.push(Command::ToggleLane(lane_id.to_owned()));
    }
}

/// Draws one item with its status style; returns its clickable rect.
#[allow(clippy::too_many_arguments)]
fn item_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    axis: &TimeAxis,
    item: &IndexedItem,
    label: Option<&str>,
    label_left: bool,
    y: f32,
    color: Color32,
    selected: bool,
    searching: bool,
) -> Rect {
    // Labels on span bars need the stronger colour to stay readable.
    let text_color = if selected || item.end.is_some() {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let width = if selected { 2.5 } else { 1.5 };
    let stroke = Stroke::new(width, color);
    let dashed = matches!(
        item.status,
        Status::Proposed | Status::Projected | Status::Unconfirmed
    );
    let (marker, label_x) = match item.end {
        Some(end) => {
            let x0 = axis.x_from_year(item.start);
            let x1 = axis.x_from_year(end).max(x0 + 3.0);
            let bar = Rect::from_x_y_ranges(x0..=x1, y - 8.0..=y + 8.0);
            let fill = match item.status {
                Status::Fact => 0.35,
                _ => 0.12,
            };
            painter.rect_filled(bar, 3.0, color.gamma_multiply(fill));
            if dashed {
                dashed_rect(painter, bar, stroke);
            } else {
                painter.rect_stroke(bar, 3.0, stroke, StrokeKind::Inside);
            }
            if item.approx {
                painter.rect_filled(
                    bar.expand2(egui::vec2(4.0, 0.0)),
                    3.0,
                    color.gamma_multiply(0.08),
                );
            }
            (bar, x0.max(axis.map.left) + 4.0)
        }
        None => {
            let x = axis.x_from_year(item.at);
            let center = Pos2::new(x, y);
            if item.approx {
                painter.circle_filled(center, MARKER_R + 3.5, color.gamma_multiply(0.2));
            }
            match item.status {
                Status::Fact => {
                    painter.circle_filled(center, MARKER_R, color);
                }
                _ => {
                    painter.circle_filled(center, MARKER_R, ui.visuals().panel_fill);
                    if dashed {
                        dashed_circle(painter, center, MARKER_R - 0.5, stroke);
                    } else {
                        painter.circle_stroke(center, MARKER_R - 0.5, stroke);
                    }
                }
            }
            let r = Rect::from_center_size(center, egui::vec2(2.0 * MARKER_R, 2.0 * MARKER_R));
            let lx = if label_left {
                x - MARKER_R - 3.0
            } else {
                x + MARKER_R + 3.0
            };
            (r, lx)
        }
    };
    if selected {
        painter.rect_stroke(
            marker.expand(3.0),
            4.0,
            Stroke::new(2.0, text_color),
            StrokeKind::Outside,
        );
    }
    let mut hit = marker.expand2(egui::vec2(2.0, (ROW_PX - marker.height()) / 2.0));
    if let Some(text) = label {
        let align = if label_left {
            Align2::RIGHT_CENTER
        } else {
            Align2::LEFT_CENTER
        };
        let galley_rect = painter.text(
            Pos2::new(label_x, y),
            align,
            text,
            FontId::proportional(LABEL_FONT),
            text_color,
        );
        if searching {
            painter.rect_filled(
                galley_rect.expand(1.0),
                2.0,
                Color32::from_rgba_unmultiplied(240, 200, 60, 50),
            );
        }
        hit = hit.union(galley_rect);
    }
    hit
}

fn dashed_circle(painter: &egui::Painter, center: Pos2, r: f32, stroke: Stroke) {
    let points: Vec<Pos2> = (0..=16)
        .map(|k| {
            let a = k as f32 / 16.0 * std::f32::consts::TAU;
            center + r * egui::vec2(a.cos(), a.sin())
        })
        .collect();
    painter.add(Shape::dashed_line(&points, stroke, 2.5, 2.0));
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

/// A cluster badge: a count; hover lists the items, click zooms to them.
#[allow(clippy::too_many_arguments)]
fn cluster_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    index: &TimelineIndex,
    lane: usize,
    members: &[&Entry],
    x0: f32,
    x1: f32,
    y: f32,
    color: Color32,
    commands: &mut Vec<Command>,
) {
    let count = entries_count(members.iter().copied());
    // Time extent, for zooming: items' own extents, blocks' cells.
    let (lo, hi) = members
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), e| {
            let (a, b) = match e {
                Entry::Item(i) => index.items[*i].extent(),
                Entry::Block { years, .. } => *years,
            };
            (lo.min(a), hi.max(b))
        });
    let badge = Rect::from_x_y_ranges(x0..=x1, y - 8.0..=y + 8.0);
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
        format!("{count}"),
        FontId::proportional(11.5),
        ui.visuals().strong_text_color(),
    );
    let label = format!("Cluster of {count} events");
    let response = ui
        .interact(
            badge,
            egui::Id::unique(("cluster", lane, x0.to_bits())),
            Sense::click(),
        )
        .on_hover_ui(|ui| {
            ui.strong(&label);
            let titles = members
                .iter()
                .flat_map(|e| -> Box<dyn Iterator<Item = usize>> {
                    match e {
                        Entry::Item(i) => Box::new(std::iter::once(*i)),
                        Entry::Block { positions, .. } => {
                            Box::new(positions.clone().filter_map(|p| index.shown_item(lane, p)))
                        }
                    }
                });
            for i in titles.take(15) {
                ui.label(truncate(&index.items[i].title, 60));
            }
            if count > 15 {
                ui.weak(format!("… and {} more", count - 15));
            }
            ui.weak("Click to zoom in");
        });
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        let margin = ((hi - lo) * 0.1).max(1.0 / 24.0);
        commands.push(Command::SetView(TimeView {
            start_year: lo - margin,
            end_year: hi + margin,
        }));
    }
}

/// Tooltip for a timeline item: title, date, status and summary.
fn item_tooltip_ui(ui: &mut egui::Ui, ds: &Dataset, item: &IndexedItem) {
    ui.strong(&item.title);
    if let Some(crate::model::ItemRef::Event(i)) = ds.get(&item.id)
        && let Some(e) = ds.events.get(i)
    {
        let when = match &e.end {
            Some(end) => format!("{} – {}", e.date.display(), end.display()),
            None => e.date.display(),
        };
        ui.label(format!("{when} · {}", e.status.label()));
        ui.label(truncate(&e.summary, 280));
    } else if let Some((s, p)) = ds.projected(&item.id) {
        ui.label(format!("{} · projected by “{}”", p.date.display(), s.title));
        ui.label(truncate(&p.summary, 280));
    }
    ui.weak("Click for details and sources");
}
