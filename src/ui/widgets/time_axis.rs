//! The shared time axis: a per-frame painter context (`TimeAxis`) built from
//! the persisted `TimeView` and the rect it is drawn in, plus the mouse
//! navigation every panel on the axis shares.

use eframe::egui::{self, Align2, FontId, Pos2, Rect, Stroke};

use crate::ui::theme;

use crate::model::Lang;
use crate::model::layout::{AxisLimits, AxisMap, TimeView, ticks, ticks_in, value_marks};

/// Width of the lane-name gutter left of every panel on the axis.
pub const GUTTER_PX: f32 = 150.0;
/// Minimum spacing of tick labels.
pub const TICK_LABEL_PX: f32 = 46.0;
/// How fast the wheel zooms: the span shrinks by e^(k·pixels scrolled).
pub const WHEEL_ZOOM_PER_PX: f64 = 0.003;
/// The 2029–2030 electoral cusp the white paper highlights.
pub const CUSP_YEARS: (f64, f64) = (2029.0, 2031.0);

/// Per-frame context for drawing on the time axis.
#[derive(Clone, Copy, Debug)]
pub struct TimeAxis {
    /// The whole area, gutter included.
    pub rect: Rect,
    pub map: AxisMap,
    /// How far the dataset's axis pans and zooms out.
    pub limits: AxisLimits,
}

impl TimeAxis {
    pub fn new(rect: Rect, view: TimeView) -> Self {
        let map = AxisMap::new(view, rect.left() + GUTTER_PX, rect.right() - 8.0);
        Self {
            rect,
            map,
            limits: AxisLimits::SHIPPED,
        }
    }

    /// The same axis within a dataset's limits.
    pub fn with_limits(self, limits: AxisLimits) -> Self {
        Self { limits, ..self }
    }

    pub fn x_from_year(&self, year: f64) -> f32 {
        self.map.x_from_year(year)
    }

    pub fn year_from_x(&self, x: f32) -> f64 {
        self.map.year_from_x(x)
    }

    /// The plotting columns of `row`: its part right of the gutter.
    pub fn plot_in(&self, row: Rect) -> Rect {
        Rect::from_x_y_ranges(self.map.left..=self.map.right, row.y_range())
    }

    /// Whether `[x0, x1]` (pixels) overlaps the plotting columns.
    pub fn shows_px(&self, x0: f32, x1: f32) -> bool {
        x1 >= self.map.left && x0 <= self.map.right
    }

    /// Vertical gridlines at the ticks, the cusp band and the "today" line,
    /// over `rect`'s height.
    pub fn background_ui(
        &self,
        painter: &egui::Painter,
        rect: Rect,
        visuals: &egui::Visuals,
        today: f64,
    ) {
        let painter = painter.with_clip_rect(self.plot_in(rect));
        let (_, ts) = ticks(&self.map, TICK_LABEL_PX);
        let grid = visuals
            .widgets
            .noninteractive
            .bg_stroke
            .color
            .gamma_multiply(0.6);
        for t in &ts {
            let x = self.x_from_year(t.year);
            painter.line_segment(
                [Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
                Stroke::new(1.0, grid),
            );
        }
        let cusp = Rect::from_x_y_ranges(
            self.x_from_year(CUSP_YEARS.0)..=self.x_from_year(CUSP_YEARS.1),
            rect.y_range(),
        );
        painter.rect_filled(cusp, 0.0, theme::CUSP_BAND);
        let x = self.x_from_year(today);
        painter.line_segment(
            [Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
            Stroke::new(1.5, theme::TODAY),
        );
    }

    /// An egui_plot plot whose x axis lines up with this axis (its y axis
    /// fills the gutter) and which leaves navigation to the shared axis.
    pub fn aligned_plot<'a>(
        &self,
        id_salt: impl egui::AsIdSalt,
        height: f32,
    ) -> egui_plot::Plot<'a> {
        egui_plot::Plot::new(id_salt)
            .height(height)
            .width(self.rect.width() - 4.0)
            .y_axis_min_width(GUTTER_PX + 1.0)
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .show_x(false)
    }

    /// The hover cursor shared by the panels: a thin line at `year`.
    pub fn cursor_ui(&self, painter: &egui::Painter, rect: Rect, year: Option<f64>) {
        let Some(year) = year else { return };
        let x = self.x_from_year(year);
        if x < self.map.left || x > self.map.right {
            return;
        }
        painter.line_segment(
            [Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
            Stroke::new(1.0, theme::CURSOR),
        );
    }

    /// The tick labels (month and quarter names in `lang`), in a strip of
    /// its own. `today` is labelled at its line ("today, 1 Dec 2026"); tick
    /// labels it would cover are left out.
    pub fn ticks_ui(
        &self,
        ui: &mut egui::Ui,
        (height, lang): (f32, Lang),
        today: Option<TodayLabel<'_>>,
    ) -> egui::Response {
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(self.rect.width(), height), egui::Sense::hover());
        let painter = ui.painter_at(rect);
        let (unit, ts) = ticks_in(&self.map, TICK_LABEL_PX, lang);
        let color = ui.visuals().text_color();
        let mut in_view = Vec::with_capacity(ts.len());
        for t in &ts {
            let x = self.x_from_year(t.year);
            if x < self.map.left - 1.0 || x > self.map.right + 1.0 {
                continue;
            }
            painter.line_segment(
                [
                    Pos2::new(x, rect.bottom() - 5.0),
                    Pos2::new(x, rect.bottom()),
                ],
                Stroke::new(1.0, color),
            );
            let galley = painter.layout_no_wrap(t.label.clone(), FontId::proportional(12.0), color);
            in_view.push((t, x, galley));
        }
        let places = tick_label_places(
            in_view.iter().map(|(_, x, g)| (*x, g.size())),
            (self.map.right, !unit.names_periods()),
            rect.center().y - 2.0,
        );
        let labels: Vec<_> = in_view
            .into_iter()
            .zip(places)
            .filter_map(|((t, _, galley), place)| Some((t, galley, place?)))
            .collect();
        // The axis's end year (the last label, where ticks name moments)
        // counts twice: hiding 2025 beats hiding the 2030 of 1990–2030.
        let last = labels.len().checked_sub(1);
        let obstacles: Vec<(Rect, usize)> = labels
            .iter()
            .enumerate()
            .map(|(k, (_, _, r))| {
                let weight = if Some(k) == last && !unit.names_periods() {
                    2
                } else {
                    1
                };
                (r.expand(4.0), weight)
            })
            .collect();
        let today_rect = today.and_then(|t| self.today_label_ui(ui, &painter, rect, t, &obstacles));
        for (t, galley, label_rect) in labels {
            if today_rect.is_some_and(|r| r.expand(4.0).intersects(label_rect)) {
                continue;
            }
            painter.galley(label_rect.min, galley, color);
            // Tick labels are readable by screen readers (and tests) too.
            let tick = format!("Tick {}", t.label);
            ui.interact(
                label_rect,
                egui::Id::unique(("tick", t.label.as_str())),
                egui::Sense::hover(),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &tick));
        }
        painter.text(
            Pos2::new(rect.left() + 6.0, rect.center().y),
            Align2::LEFT_CENTER,
            format!(
                "{:.0} – {:.0}",
                self.map.view.start_year.floor(),
                self.map.view.end_year.ceil() - 1.0
            ),
            FontId::proportional(11.0),
            ui.visuals().weak_text_color(),
        );
        response
    }

    /// The "today" label beside the today line in the tick strip, if the
    /// line is in view: in full right of the line or left of it, or else in
    /// short, wherever it hides the fewest tick labels (`ticks`); the full
    /// text is its tooltip. Returns where it was drawn.
    fn today_label_ui(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        strip: Rect,
        today: TodayLabel<'_>,
        ticks: &[(Rect, usize)],
    ) -> Option<Rect> {
        let x = self.x_from_year(today.at);
        if x < self.map.left || x > self.map.right {
            return None;
        }
        let font = FontId::proportional(11.0);
        let y = strip.center().y - 2.0;
        let mut candidates = Vec::with_capacity(4);
        for text in [today.full, today.short] {
            let galley = painter.layout_no_wrap(text.to_owned(), font.clone(), theme::TODAY);
            let size = galley.size();
            for (pos, align) in [
                (Pos2::new(x + 4.0, y), Align2::LEFT_CENTER),
                (Pos2::new(x - 4.0, y), Align2::RIGHT_CENTER),
            ] {
                let rect = align.anchor_size(pos, size);
                if rect.left() >= self.map.left && rect.right() <= self.map.right {
                    candidates.push((rect, galley.clone()));
                }
            }
        }
        let rects: Vec<Rect> = candidates.iter().map(|(r, _)| *r).collect();
        let (rect, galley) = candidates.get(least_hiding(&rects, ticks)?)?.clone();
        painter.galley(rect.min, galley, theme::TODAY);
        ui.interact(rect, egui::Id::unique("today_label"), egui::Sense::hover())
            .on_hover_text(today.full)
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, today.full));
        Some(rect)
    }

    /// Mouse navigation over `response`: the wheel (or pinch, Ctrl+wheel)
    /// zooms around the pointer, sideways wheel and drag pan, double-click
    /// fits the full view.
    /// Returns the new view if it changed.
    ///
    /// `full` is what a double-click shows. Over `scroll_rect` (rows that
    /// scroll vertically, like the road map's) the plain wheel is left to
    /// the rows: there Ctrl+wheel and pinch zoom.
    pub fn navigate(
        &self,
        ui: &egui::Ui,
        response: &egui::Response,
        (full, scroll_rect): (TimeView, Option<Rect>),
    ) -> Option<TimeView> {
        let view = self.map.view;
        if response.double_clicked() {
            return Some(full);
        }
        let mut next = view;
        if response.dragged() {
            let dx = response.drag_delta().x;
            next = next.panned_in(-f64::from(dx) * self.map.years_per_px(), &self.limits);
        }
        let (zoom, scroll, pointer) =
            ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
        // Items drawn over the area still let the wheel through to the axis.
        if let Some(pointer) = pointer.filter(|p| response.rect.contains(*p)) {
            let anchor = self.year_from_x(pointer.x.clamp(self.map.left, self.map.right));
            if (zoom - 1.0).abs() > f32::EPSILON {
                next = next.zoomed_in(1.0 / f64::from(zoom), anchor, &self.limits);
            }
            // The wheel zooms around the pointer; sideways scrolling (or
            // Shift+wheel) pans.
            let rows_scroll = scroll_rect.is_some_and(|r| r.contains(pointer));
            if scroll.y.abs() > 0.0 && !rows_scroll {
                next = next.zoomed_in(
                    (-f64::from(scroll.y) * WHEEL_ZOOM_PER_PX).exp(),
                    anchor,
                    &self.limits,
                );
            }
            if scroll.x.abs() > 0.0 {
                next = next.panned_in(-f64::from(scroll.x) * self.map.years_per_px(), &self.limits);
            }
        }
        (next != view).then_some(next)
    }
}

/// A plot's hover label near a named line's point: the line's name, then
/// `value(x, y)` of the point; none elsewhere or for unnamed items.
pub fn named_point_label<'a>(
    value: impl Fn(f64, f64) -> String + 'a,
) -> impl Fn(&egui_plot::HoverPosition<'_>) -> Option<String> + 'a {
    move |hover| match hover {
        egui_plot::HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } if !plot_name.is_empty() => {
            Some(format!("{plot_name}\n{}", value(position.x, position.y)))
        }
        _ => None,
    }
}

/// How far apart a value axis's labels are at least (px).
pub const VALUE_GAP_PX: f32 = 20.0;

/// `plot`'s y axis (in the gutter, named `label`) labelled at round values
/// of `bounds` at least [`VALUE_GAP_PX`] apart for a plot area `px` tall
/// ([`value_marks`]), each written by `fmt` and in full strength (egui_plot
/// fades labels under 30 px apart: a short plot kept only its 0).
pub fn with_value_axis<'a>(
    plot: egui_plot::Plot<'a>,
    label: &str,
    (bounds, px): ((f64, f64), f32),
    fmt: impl Fn(f64) -> String + 'a,
) -> egui_plot::Plot<'a> {
    let (step, marks) = value_marks(bounds.0, bounds.1, px, VALUE_GAP_PX);
    let hints = egui_plot::AxisHints::new_y()
        .label(label)
        .formatter(move |mark, _| fmt(mark.value))
        .min_thickness(GUTTER_PX + 1.0)
        .label_spacing(VALUE_GAP_PX - 4.0..=VALUE_GAP_PX - 1.0);
    plot.custom_y_axes(vec![hints]).y_grid_spacer(move |_| {
        marks
            .iter()
            .map(|&value| egui_plot::GridMark {
                value,
                step_size: step,
            })
            .collect()
    })
}

/// The today (or as-of) line's label in the tick strip: where the line is,
/// the label in full ("today, 4 Dec 2026") and in short ("today").
#[derive(Clone, Copy, Debug)]
pub struct TodayLabel<'a> {
    pub at: f64,
    pub full: &'a str,
    pub short: &'a str,
}

/// Where each tick's label goes (`ticks`: the tick's x and its label's
/// size, left to right), centred on `y`: right of its tick, or left of it
/// where it would cross the plot's `right` edge; `None` for a label left
/// out. Labels keep 6 px apart. Where the one left of the last tick meets
/// the one before, that one gives way if `edge_wins` (the 2030 that ends
/// 1990–2030 is the year a reader looks for, not 2025). Where labels name
/// periods (not `edge_wins`), none goes left of its tick: at the end of
/// 2022–2030, "2031" would name the year after the view.
pub fn tick_label_places(
    ticks: impl IntoIterator<Item = (f32, egui::Vec2)>,
    (right, edge_wins): (f32, bool),
    y: f32,
) -> Vec<Option<Rect>> {
    const GAP: f32 = 6.0;
    let mut places: Vec<Option<Rect>> = Vec::new();
    for (x, size) in ticks {
        let (place, at_edge) = if x + 3.0 + size.x <= right {
            (
                Align2::LEFT_CENTER.anchor_size(Pos2::new(x + 3.0, y), size),
                false,
            )
        } else {
            (
                Align2::RIGHT_CENTER.anchor_size(Pos2::new(x - 3.0, y), size),
                true,
            )
        };
        // A period's label left of the view's last tick would name the
        // period after the view ("2031" at the end of 2022–2030).
        if at_edge && !edge_wins {
            places.push(None);
            continue;
        }
        let clear = |r: &Rect| r.right() + GAP <= place.left();
        let last = places.iter().rposition(Option::is_some);
        match last {
            Some(k) if !places[k].as_ref().is_some_and(clear) => {
                let before_clear = places[..k].iter().flatten().next_back().is_none_or(clear);
                if edge_wins && at_edge && before_clear {
                    places[k] = None;
                    places.push(Some(place));
                } else {
                    places.push(None);
                }
            }
            _ => places.push(Some(place)),
        }
    }
    places
}

/// The first of `candidates` (in order of preference) that overlaps none of
/// `obstacles`, or else the one that overlaps the least of them, each
/// counted by its weight; `None` if there are no candidates.
pub fn least_hiding(candidates: &[Rect], obstacles: &[(Rect, usize)]) -> Option<usize> {
    let hidden = |c: &Rect| -> usize {
        obstacles
            .iter()
            .filter(|(o, _)| o.intersects(*c))
            .map(|(_, weight)| weight)
            .sum()
    };
    candidates
        .iter()
        .enumerate()
        .min_by_key(|(i, c)| (hidden(c), *i))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x0: f32, x1: f32) -> Rect {
        Rect::from_x_y_ranges(x0..=x1, 0.0..=10.0)
    }

    fn shown(places: &[Option<Rect>]) -> Vec<usize> {
        places
            .iter()
            .enumerate()
            .filter_map(|(k, p)| p.map(|_| k))
            .collect()
    }

    #[test]
    fn tick_labels_go_right_of_their_ticks_and_keep_apart() {
        let size = egui::vec2(30.0, 12.0);
        // Ticks 50 px apart: every label fits right of its tick.
        let places = tick_label_places(
            [(0.0, size), (50.0, size), (100.0, size)],
            (400.0, true),
            10.0,
        );
        assert_eq!(shown(&places), [0, 1, 2]);
        let first = places[0].unwrap_or(Rect::NOTHING);
        assert_eq!((first.left(), first.right()), (3.0, 33.0));
        assert_eq!(first.center().y, 10.0);
        // 30 px apart: every other one.
        let places = tick_label_places(
            [(0.0, size), (30.0, size), (60.0, size), (90.0, size)],
            (400.0, true),
            10.0,
        );
        assert_eq!(shown(&places), [0, 2]);
    }

    #[test]
    fn the_end_year_is_labelled_left_of_its_tick_and_its_neighbour_gives_way() {
        let size = egui::vec2(30.0, 12.0);
        // The last tick is at the right edge: its label goes left of it.
        let places = tick_label_places([(0.0, size), (100.0, size)], (100.0, true), 10.0);
        assert_eq!(shown(&places), [0, 1]);
        let end = places[1].unwrap_or(Rect::NOTHING);
        assert_eq!((end.left(), end.right()), (67.0, 97.0));
        // Its neighbour 50 px before runs into it: the neighbour gives way
        // (2025 for 2030), not the end year.
        let places = tick_label_places(
            [(0.0, size), (50.0, size), (100.0, size)],
            (100.0, true),
            10.0,
        );
        assert_eq!(shown(&places), [0, 2]);
        // Where labels name periods, "2031" at the end of the view is the
        // year after it: it gives way to 2030.
        let places = tick_label_places(
            [(0.0, size), (50.0, size), (100.0, size)],
            (100.0, false),
            10.0,
        );
        assert_eq!(shown(&places), [0, 1]);
        // Nor is it drawn where it would meet nothing.
        let places = tick_label_places([(0.0, size), (100.0, size)], (100.0, false), 10.0);
        assert_eq!(shown(&places), [0]);
        // Unless the end label would still meet the one before that.
        let places = tick_label_places(
            [(0.0, size), (36.0, size), (70.0, size)],
            (70.0, true),
            10.0,
        );
        assert_eq!(shown(&places), [0, 1]);
    }

    #[test]
    fn the_first_place_that_hides_nothing_wins() {
        let ticks = [(r(0.0, 20.0), 1), (r(50.0, 70.0), 1)];
        // Full right hides one, full left none: full left.
        assert_eq!(
            least_hiding(&[r(45.0, 90.0), r(22.0, 48.0)], &ticks),
            Some(1)
        );
        // Both places of the full text hide something, the short one
        // nothing: the short one.
        let candidates = [r(15.0, 60.0), r(10.0, 55.0), r(25.0, 45.0)];
        assert_eq!(least_hiding(&candidates, &ticks), Some(2));
    }

    #[test]
    fn where_every_place_hides_some_the_fewest_and_then_the_first() {
        let ticks = [(r(0.0, 20.0), 1), (r(30.0, 40.0), 1), (r(50.0, 70.0), 1)];
        assert_eq!(
            least_hiding(&[r(0.0, 60.0), r(25.0, 45.0)], &ticks),
            Some(1)
        );
        assert_eq!(
            least_hiding(&[r(0.0, 10.0), r(55.0, 60.0)], &ticks),
            Some(0)
        );
        assert_eq!(least_hiding(&[], &ticks), None);
    }

    #[test]
    fn a_heavier_label_is_hidden_last() {
        // Right of the line it hides the end year (weight 2), left of it
        // 2025 (weight 1): left, though right comes first.
        let ticks = [(r(0.0, 20.0), 1), (r(50.0, 70.0), 2)];
        assert_eq!(
            least_hiding(&[r(45.0, 60.0), r(10.0, 25.0)], &ticks),
            Some(1)
        );
        // Two light ones weigh as much: then the first place.
        let ticks = [(r(0.0, 10.0), 1), (r(12.0, 20.0), 1), (r(50.0, 70.0), 2)];
        assert_eq!(
            least_hiding(&[r(5.0, 15.0), r(45.0, 60.0)], &ticks),
            Some(0)
        );
    }
}
