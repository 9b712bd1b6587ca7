//! The panels that share the time axis, one above another: the ticks, the
//! timeline (or the road map's Gantt), the electoral cycles and the
//! generation-gap plot (or the road map's indicators). Mouse navigation
//! over the whole area moves the one shared view.

use eframe::egui;

use super::context::{Panel, ViewerContext};
use super::elections::{self, ElectionsPanel};
use super::figures::{FIGURES_PX, FiguresPanel, MIN_PLOT_PX, plot_heights};
use super::generation::GenerationPanel;
use super::roadmap::{IndicatorsPanel, RoadmapPanel};
use super::timeline::TimelinePanel;
use super::widgets::time_axis::{TimeAxis, TodayLabel};
use crate::command::Command;
use crate::model::Date;
use crate::state::Tab;

/// Height of the generation-gap plot and of the indicator plots, at most;
/// in a short window they get a quarter of the area (at least 90 px) so the
/// timeline keeps its room.
pub const GENERATION_PLOT_PX: f32 = 170.0;
/// Height of the tick strip.
pub const TICKS_PX: f32 = 22.0;
/// The timeline never gets less than this.
const MIN_TIMELINE_PX: f32 = 160.0;
/// The share of the area under the ticks that the timeline keeps before the
/// panels below it give up room (their rows made compact, the plots shrunk).
const TIMELINE_SHARE: f32 = 0.5;
/// The share of the timeline's height the toggled scenarios' signposts
/// take at most before their rows are squeezed.
const SIGNPOST_SHARE: f32 = 0.25;
/// The toggles' row and the separator between the timeline and the cycles.
const BETWEEN_PX: f32 = 32.0;

/// How the area under the tick strip is shared, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisHeights {
    /// The timeline (or the road map's Gantt), signposts included.
    pub main: f32,
    /// An office's row in the electoral cycles.
    pub election_row: f32,
    /// The electoral cycles' panel: its rows, or its heading alone when
    /// folded.
    pub cycles: f32,
    /// The generation plot (or the indicators) and the figures track.
    pub plots: [f32; 2],
}

impl AxisHeights {
    /// The first plot at least `least` pixels high (the road map's two
    /// indicators, each with its heading), taken from the timeline down to
    /// its minimum.
    pub fn with_least_first_plot(mut self, least: f32) -> Self {
        let more = (least - self.plots[0]).clamp(0.0, (self.main - MIN_TIMELINE_PX).max(0.0));
        self.plots[0] += more;
        self.main -= more;
        self
    }
}

/// The least height of the road map's indicators: two plots of about 40 px
/// with their headings and no year axis (at 30 px each their headings
/// overprinted the axis).
const INDICATORS_MIN_PX: f32 = 116.0;

/// Shares `room` pixels between the timeline, the electoral cycles (with
/// their rows if `cycles_open`, else their heading alone) and the plots
/// that want `plots` (0 = hidden). While the timeline would get less than
/// half of `room` (and less than the comfortable minimum), the cycles'
/// rows are made compact first, then the plots shrink (to no less than
/// [`MIN_PLOT_PX`]); the timeline never gets less than its minimum.
pub fn axis_heights(room: f32, plots: [f32; 2], cycles_open: bool) -> AxisHeights {
    let comfortable = (TIMELINE_SHARE * room).max(super::figures::COMFORTABLE_TIMELINE_PX);
    let least_plots: f32 = plots.iter().map(|&h| h.min(MIN_PLOT_PX)).sum();
    let natural = elections::panel_px(elections::ROW_PX) + BETWEEN_PX;
    let election_row = if room - natural - least_plots < comfortable {
        elections::COMPACT_ROW_PX
    } else {
        elections::ROW_PX
    };
    // The plots get what they would with the rows open: folding them gives
    // their room to the timeline (the road map's rows), which is why one
    // folds them.
    let open_px = elections::panel_px(election_row);
    let plots = plot_heights(room - open_px - BETWEEN_PX, plots, comfortable);
    let cycles = if cycles_open {
        open_px
    } else {
        elections::FOLDED_PX
    };
    let main = (room - cycles - BETWEEN_PX - plots[0] - plots[1]).max(MIN_TIMELINE_PX);
    AxisHeights {
        main,
        election_row,
        cycles,
        plots,
    }
}

#[derive(Default)]
pub struct AxisArea {
    pub timeline: TimelinePanel,
    /// Where the area was drawn last (the chart a PNG export pictures).
    last_rect: Option<egui::Rect>,
    /// Drawn for a picture: no buttons.
    picture: bool,
    roadmap: RoadmapPanel,
    elections: ElectionsPanel,
    generation: GenerationPanel,
    indicators: IndicatorsPanel,
    figures: FiguresPanel,
}

impl AxisArea {
    /// The area as drawn in an exported picture: without its buttons.
    pub fn for_picture() -> Self {
        Self {
            picture: true,
            ..Self::default()
        }
    }

    /// Where the area was drawn in the last frame, if it was.
    pub fn last_rect(&self) -> Option<egui::Rect> {
        self.last_rect
    }
}

/// Runs `panel` in a strip of exactly `height` pixels below the cursor.
fn strip(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, height: f32, panel: &mut dyn Panel) {
    let size = egui::vec2(ui.available_width(), height.max(0.0));
    ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_min_size(size);
        panel.ui(ui, ctx);
    });
}

impl Panel for AxisArea {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Self {
            timeline,
            last_rect,
            picture,
            roadmap,
            elections,
            generation,
            indicators,
            figures,
        } = self;
        let full = ui.available_rect_before_wrap();
        *last_rect = Some(full);
        let axis = TimeAxis::new(full, ctx.state.active_view()).with_limits(ctx.derived.axis);
        let ctx = &ctx.on_axis(axis);
        ui.spacing_mut().item_spacing.y = 0.0;
        let ticks = ticks_ui(ui, ctx, &axis);
        if !*picture {
            as_of_handle_ui(ui, ctx, &axis, ticks.rect);
        }
        let road_map = ctx.state.tab == Tab::RoadMap;
        let show_generation = ctx.state.show_generation || road_map;
        let heights = area_heights(ctx, full.height(), ui.available_height());
        let (main_height, plots) = (heights.main, heights.plots);
        elections.set_row_px(heights.election_row);
        let rows = road_map.then(|| {
            egui::Rect::from_min_size(
                egui::pos2(full.left(), ticks.rect.bottom()),
                egui::vec2(full.width(), main_height),
            )
        });
        navigation_ui(ui, ctx, &axis, (ticks.rect.min, rows));
        if road_map {
            strip(ui, ctx, main_height, roadmap);
        } else {
            lanes_ui(ui, ctx, timeline, main_height);
        }
        ui.separator();
        strip(ui, ctx, heights.cycles, elections);
        later_veil(ui, ctx, &axis, ticks.rect.bottom());
        ui.add_space(4.0);
        if road_map {
            // The height budgeted for the generation plot, which it replaces.
            strip(ui, ctx, plots[0] + 20.0, indicators);
            return;
        }
        if *picture {
            ui.add_space(6.0);
        } else {
            ui.horizontal(|ui| {
                // The short toggle first: the long one is cut in a narrow window.
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                super::figures::toggle_ui(ui, ctx);
                generation_toggle_ui(ui, ctx);
            });
        }
        if show_generation {
            strip(ui, ctx, plots[0], generation);
        }
        if plots[1] > 0.0 {
            strip(ui, ctx, plots[1], figures);
        }
    }
}

/// How the area (`full` pixels high, `room` of them under the ticks) is
/// shared in this tab: in a short window the panels below give up room
/// before the timeline.
fn area_heights(ctx: &ViewerContext<'_>, full: f32, room: f32) -> AxisHeights {
    let road_map = ctx.state.tab == Tab::RoadMap;
    let plot_px = (0.25 * full).clamp(90.0, GENERATION_PLOT_PX);
    let want = [
        if ctx.state.show_generation || road_map {
            plot_px
        } else {
            0.0
        },
        if ctx.state.figures.show && !road_map {
            FIGURES_PX
        } else {
            0.0
        },
    ];
    let heights = axis_heights(room, want, ctx.state.show_cycles);
    if road_map {
        heights.with_least_first_plot(INDICATORS_MIN_PX)
    } else {
        heights
    }
}

/// The tick strip, with the today (or as-of) line's label.
fn ticks_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, axis: &TimeAxis) -> egui::Response {
    let (today, word) = today_text(ctx);
    let label = TodayLabel {
        at: ctx.today,
        full: &today,
        short: word,
    };
    axis.ticks_ui(ui, (TICKS_PX, ctx.lang), Some(label))
}

/// The timeline in `height` pixels. Many toggled scenarios can need more
/// rows than fit: the lanes then scroll by their scroll bar (the wheel keeps
/// zooming time).
fn lanes_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, timeline: &mut TimelinePanel, height: f32) {
    // The toggled scenarios' signposts above the lanes.
    let mut bands = super::watch_marks::SignpostBands::new(ctx);
    let cap = SIGNPOST_SHARE * height;
    bands.fit(cap);
    // Squeezed to their least rows and still taller (three or four
    // scenarios): they scroll in their share, by their own bar.
    let bands_px = bands.height().min(cap);
    timeline.set_height(height - bands_px);
    let size = egui::vec2(ui.available_width(), height);
    ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_min_size(size);
        // When lanes are below the fold, the scroll bar shows it without a
        // hover (egui's floating bar is invisible until then; a solid one
        // would narrow the lanes off the shared axis).
        let scroll = &mut ui.spacing_mut().scroll;
        scroll.dormant_handle_opacity = 0.7;
        scroll.dormant_background_opacity = 0.4;
        scroll.floating_width = 4.0;
        egui::ScrollArea::vertical()
            .id_salt("timeline_lanes")
            .max_height(height)
            .auto_shrink([false, true])
            .scroll_source(bar_only())
            .show(ui, |ui| {
                if let Some(axis) = ctx.axis {
                    if bands.height() > cap {
                        let out = egui::ScrollArea::vertical()
                            .id_salt("signpost_bands")
                            .max_height(cap)
                            .auto_shrink([false, true])
                            .scroll_bar_visibility(
                                egui::scroll_area::ScrollBarVisibility::AlwaysVisible,
                            )
                            .scroll_source(bar_only())
                            .show(ui, |ui| bands.ui(ui, ctx, &axis));
                        more_below_ui(ui, ctx, &out);
                    } else {
                        bands.ui(ui, ctx, &axis);
                    }
                }
                timeline.ui(ui, ctx);
            });
    });
}

/// While the squeezed signposts strip has bands below its fold, says so at
/// its bottom right (its thin bar alone went unseen).
fn more_below_ui<R>(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    out: &egui::scroll_area::ScrollAreaOutput<R>,
) {
    let shown = out.state.clamped_offset().y + out.inner_rect.height();
    if shown + 1.0 >= out.content_size.y {
        return;
    }
    let text = ctx
        .tr("More signposts below: drag the scroll bar on the right")
        .to_owned();
    let font = egui::FontId::proportional(10.5);
    let color = ui.visuals().strong_text_color();
    let galley = ui.painter().layout_no_wrap(text, font, color);
    let at = out.inner_rect.right_bottom() - egui::vec2(14.0, 2.0);
    let r = egui::Align2::RIGHT_BOTTOM.anchor_size(at, galley.size());
    let fill = ui.visuals().panel_fill.gamma_multiply(0.9);
    ui.painter().rect_filled(r.expand(2.0), 3.0, fill);
    ui.painter().galley(r.min, galley, color);
}

/// Scrolled by the scroll bar alone: the wheel zooms time, a drag pans it.
fn bar_only() -> egui::containers::scroll_area::ScrollSource {
    egui::containers::scroll_area::ScrollSource {
        scroll_bar: true,
        drag: egui::containers::scroll_area::DragScroll::Never,
        mouse_wheel: false,
    }
}

/// "today", or "as of" in a replay: the date line's word.
pub fn today_word(ctx: &ViewerContext<'_>) -> &'static str {
    if ctx.state.as_of.is_some() {
        ctx.tr("as of")
    } else {
        ctx.tr("today")
    }
}

/// "today, 1 Dec 2026", or "as of, 12 Oct 2023" in a replay; and its word
/// alone, the label's short form.
pub fn today_text(ctx: &ViewerContext<'_>) -> (String, &'static str) {
    let day = Date::from_year_frac(ctx.today).map_or_else(String::new, |d| d.display_in(ctx.lang));
    let word = today_word(ctx);
    (format!("{word}, {day}"), word)
}

/// In an as-of replay, a veil over what lies after the date, down to the
/// cursor: it was not known then.
fn later_veil(ui: &egui::Ui, ctx: &ViewerContext<'_>, axis: &TimeAxis, top: f32) {
    if ctx.state.as_of.is_none() {
        return;
    }
    let x = axis.x_from_year(ctx.today).max(axis.map.left);
    if x >= axis.map.right {
        return;
    }
    let bottom = ui.cursor().top();
    let veil = egui::Rect::from_x_y_ranges(x..=axis.map.right, top..=bottom);
    let fill = ui.visuals().panel_fill.gamma_multiply(0.55);
    ui.painter().rect_filled(veil, 0.0, fill);
}

/// The today (or as-of) line in the tick strip is a handle: drag it back
/// to see what was known at an earlier date, forward to today to end.
fn as_of_handle_ui(ui: &egui::Ui, ctx: &ViewerContext<'_>, axis: &TimeAxis, strip: egui::Rect) {
    let x = axis.x_from_year(ctx.today);
    if x < axis.map.left || x > axis.map.right {
        return;
    }
    let rect = egui::Rect::from_x_y_ranges(x - 6.0..=x + 6.0, strip.y_range());
    let response = ui
        .interact(rect, egui::Id::unique("as_of_handle"), egui::Sense::drag())
        .on_hover_cursor(egui::CursorIcon::ResizeHorizontal)
        .on_hover_text(ctx.tr("Drag the date line to see what was known at an earlier date"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, true, "As-of date line"));
    if response.dragged()
        && let Some(p) = response.interact_pointer_pos()
    {
        ctx.send(Command::SetAsOf(Some(axis.year_from_x(p.x))));
    }
}

/// Navigation over the whole axis area, registered before the items so
/// that items (added later, hence on top) get their clicks; and the shared
/// hover cursor.
/// `rows` is an area whose rows scroll with the plain wheel (the road map).
fn navigation_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    axis: &TimeAxis,
    (top_left, rows): (egui::Pos2, Option<egui::Rect>),
) {
    let full = axis.rect;
    let nav_rect = egui::Rect::from_min_max(top_left, full.right_bottom());
    let nav = ui.interact(
        nav_rect,
        egui::Id::unique("axis_nav"),
        egui::Sense::click_and_drag(),
    );
    if let Some(view) = axis.navigate(ui, &nav, (ctx.state.full_view(&ctx.derived.axis), rows)) {
        ctx.send(Command::SetView(view));
    }
    let hover_year = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| nav_rect.contains(*p) && p.x >= axis.map.left && p.x <= axis.map.right)
        .map(|p| axis.year_from_x(p.x));
    if hover_year != ctx.state.hover_year {
        ctx.send(Command::Hover(hover_year));
    }
}

fn generation_toggle_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let show = ctx.state.show_generation;
    let label = ctx.tr(if show {
        "Hide the generation gap"
    } else {
        "Show the generation gap: ages of leaders and named successors"
    });
    if ui
        .add(egui::Button::new(label).frame(false))
        .on_hover_text(ctx.tr("Show or hide the plot of ages over time, with the 2029–2030 cusp"))
        .clicked()
    {
        ctx.send(Command::ShowGeneration(!show));
    }
}

/// The central area: the tab strip and the chosen tab.
#[derive(Default)]
pub struct CentralArea {
    pub axis_area: AxisArea,
    table: super::institutions::InstitutionsTable,
    compare: super::compare::ComparePanel,
    watch: super::watch::WatchPanel,
    as_of: super::as_of::AsOfBar,
}

impl Panel for CentralArea {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Self {
            axis_area,
            table,
            compare,
            watch,
            as_of,
        } = self;
        // The tabs wrap onto a second line in a narrow window, and so does
        // the as-of button after them. Once on, the as-of controls take a
        // row of their own (after the tabs they were split between rows,
        // «As of ‹» on one and the date on the next).
        ui.horizontal_wrapped(|ui| {
            for tab in Tab::ALL {
                if ui
                    .selectable_label(ctx.state.tab == tab, ctx.tr(tab.label()))
                    .on_hover_text(ctx.tr(tab.explanation()))
                    .clicked()
                {
                    ctx.send(Command::SetTab(tab));
                }
            }
            if ctx.state.as_of.is_none() {
                ui.separator();
                as_of.ui(ui, ctx);
            }
        });
        if ctx.state.as_of.is_some() {
            ui.horizontal_wrapped(|ui| as_of.ui(ui, ctx));
        }
        ui.separator();
        match ctx.state.tab {
            Tab::Timeline | Tab::RoadMap => axis_area.ui(ui, ctx),
            Tab::Institutions => table.ui(ui, ctx),
            Tab::Compare => compare.ui(ui, ctx),
            Tab::Watch => watch.ui(ui, ctx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(h: &AxisHeights) -> f32 {
        h.main + h.cycles + BETWEEN_PX + h.plots[0] + h.plots[1]
    }

    #[test]
    fn a_tall_area_keeps_every_panel_at_its_full_height() {
        let h = axis_heights(870.0, [GENERATION_PLOT_PX, 0.0], true);
        assert_eq!(h.election_row, elections::ROW_PX);
        assert_eq!(h.plots, [GENERATION_PLOT_PX, 0.0]);
        assert_eq!(total(&h), 870.0);
        assert!(h.main >= TIMELINE_SHARE * 870.0);
    }

    #[test]
    fn in_a_short_area_the_timeline_keeps_half_and_the_panels_below_give_way() {
        // 1000×700: about 560 px under the ticks.
        let room = 560.0;
        let h = axis_heights(room, [140.0, 0.0], true);
        assert_eq!(h.election_row, elections::COMPACT_ROW_PX);
        assert!(h.plots[0] >= MIN_PLOT_PX && h.plots[0] < 140.0);
        assert!(h.main >= TIMELINE_SHARE * room - 1.0, "{h:?}");
        assert!((total(&h) - room).abs() < 0.01);
        // Both plots on: both at their least, the timeline still has its half
        // less what they cannot give.
        let h = axis_heights(room, [140.0, FIGURES_PX], true);
        assert_eq!(h.plots, [MIN_PLOT_PX, MIN_PLOT_PX]);
        assert!(h.main >= MIN_TIMELINE_PX);
    }

    #[test]
    fn the_road_maps_indicators_take_their_least_from_the_timeline() {
        let h = axis_heights(560.0, [140.0, 0.0], true);
        let r = h.with_least_first_plot(INDICATORS_MIN_PX);
        assert_eq!(r.plots[0], INDICATORS_MIN_PX);
        assert_eq!(r.main + r.plots[0], h.main + h.plots[0]);
        // Never below the timeline's minimum, and never shrinking a plot.
        let tight = axis_heights(200.0, [170.0, 0.0], true).with_least_first_plot(400.0);
        assert_eq!(tight.main, MIN_TIMELINE_PX);
        let tall = axis_heights(900.0, [170.0, 0.0], true);
        assert_eq!(tall.with_least_first_plot(INDICATORS_MIN_PX), tall);
    }

    #[test]
    fn folded_cycles_give_their_rows_room_to_the_timeline() {
        let room = 560.0;
        let open = axis_heights(room, [140.0, 0.0], true).with_least_first_plot(INDICATORS_MIN_PX);
        let folded =
            axis_heights(room, [140.0, 0.0], false).with_least_first_plot(INDICATORS_MIN_PX);
        assert_eq!(folded.cycles, elections::FOLDED_PX);
        assert_eq!(open.cycles, elections::panel_px(open.election_row));
        assert!((total(&folded) - room).abs() < 0.01, "{folded:?}");
        // The rows' room goes to the timeline (the road map's Gantt), not
        // to the plots.
        assert_eq!(
            folded.main - open.main,
            open.cycles - folded.cycles,
            "{open:?} {folded:?}"
        );
        assert_eq!(folded.plots, open.plots);
    }

    #[test]
    fn the_timeline_never_gets_less_than_its_minimum() {
        let h = axis_heights(200.0, [170.0, 130.0], true);
        assert_eq!(h.main, MIN_TIMELINE_PX);
        assert_eq!(h.election_row, elections::COMPACT_ROW_PX);
    }

    #[test]
    fn rows_stay_full_while_the_timeline_has_its_share_without_them() {
        // Room enough for the timeline's half with the full rows and the
        // plot at its least: the rows stay full, the plot shrinks.
        let room = 2.0 * (elections::panel_px(elections::ROW_PX) + BETWEEN_PX + MIN_PLOT_PX);
        let h = axis_heights(room, [GENERATION_PLOT_PX, 0.0], true);
        assert_eq!(h.election_row, elections::ROW_PX);
        assert_eq!(h.plots[0], MIN_PLOT_PX);
        assert_eq!(h.main, room / 2.0);
    }
}
