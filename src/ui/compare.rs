//! Scenarios compared on the time axis: two to four scenarios one above
//! another — each one's projected events, and the number of road-map
//! institutions operating year by year — with the year they start to differ
//! marked and what only one of them projects lit up. Beside it, the list of
//! differences between two of them, each a link.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke};

use super::context::{Panel, ViewerContext};
use super::theme::{self, scenario_color, stage_alpha};
use super::widgets::time_axis::TimeAxis;
use super::widgets::{
    fitted_lines, paint_fitted, paint_fitted_on_plate, paint_on_plate, projected_point, readable,
    text_width, truncate,
};
use crate::command::Command;
use crate::model::Lang;
use crate::model::layout::{LaneItem, Placement, item_extents, layout_lane};
use crate::model::queries::short_title;
use crate::model::scenarios::{
    counterparts, diff, divergence_year, operating_count, stage_in, stages_text,
};
use crate::model::types::Stage;
use crate::model::types::{ProjectedEvent, Scenario};
use crate::state::Tab;

/// Rows of projected events per scenario before they are counted in a badge.
const EVENT_ROWS: usize = 5;
const ROW_PX: f32 = 18.0;
/// A row of events where the band has the height for labels of two lines.
const TALL_ROW_PX: f32 = 30.0;
const HEADER_PX: f32 = 20.0;
const INDICATOR_PX: f32 = 44.0;
/// Below this width the differences list goes under the axis.
const WIDE_PX: f32 = 760.0;
/// The indicator runs over these years.
const YEARS: std::ops::RangeInclusive<i32> = 2023..=2030;

#[derive(Default)]
pub struct ComparePanel;

/// The scenarios drawn: the ones chosen here (two or more), else the
/// toggled ones, else the data's first two. Never fewer than two when the
/// data has two.
pub fn compared<'a>(ctx: &ViewerContext<'a>) -> Vec<&'a Scenario> {
    let pick = |ids: &std::collections::BTreeSet<String>| -> Vec<&'a Scenario> {
        ctx.ds
            .scenarios
            .iter()
            .filter(|s| ids.contains(&s.id))
            .collect()
    };
    let chosen = pick(&ctx.state.compared);
    if chosen.len() >= 2 {
        return chosen;
    }
    let toggled = ctx.toggled_scenarios();
    if toggled.len() >= 2 {
        return toggled;
    }
    ctx.ds.scenarios.iter().take(2).collect()
}

impl Panel for ComparePanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let shown = compared(ctx);
        chooser_ui(ui, ctx, &shown);
        // The differences list beside the axis in a wide window, under it
        // in a narrow one, so the axis keeps its room.
        let beside = ui.available_width() >= WIDE_PX;
        if beside {
            egui::Panel::right("compare_list")
                .resizable(true)
                .default_size(300.0)
                .min_size(200.0)
                .max_size(480.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("compare_scroll")
                        .show(ui, |ui| list_ui(ui, ctx, &shown));
                });
        }
        egui::ScrollArea::vertical()
            .id_salt("compare_axis")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if shown.len() >= 2 {
                    // The bands take the height for more rows of events
                    // (more of them labelled; at 1000×700 the 2029–2030
                    // ones had none), and beside the list for rows of two
                    // lines too.
                    let height = ui.available_height();
                    let rows = BandRows {
                        most: event_rows(height, shown.len()),
                        budget: beside.then(|| band_budget(height, shown.len())),
                    };
                    axis_ui(ui, ctx, &shown, rows);
                } else {
                    ui.weak(ctx.tr("Choose two scenarios to see what differs between them."));
                }
                if !beside {
                    ui.add_space(8.0);
                    ui.spacing_mut().item_spacing.y = 4.0;
                    list_ui(ui, ctx, &shown);
                }
            });
    }
}

/// A box per scenario: which ones the axis compares.
fn chooser_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, shown: &[&Scenario]) {
    ui.horizontal_wrapped(|ui| {
        ui.strong(ctx.tr("Compare on the time axis:"));
        for s in &ctx.ds.scenarios {
            let mut on = shown.iter().any(|x| x.id == s.id);
            let title = short_title(ctx.pick(&s.title, s.title_ru.as_deref()));
            let text = RichText::new(title).color(scenario_color(s));
            if ui.checkbox(&mut on, text).changed() {
                // Choosing starts from what is shown, so the first click
                // changes exactly one scenario.
                if ctx.state.compared.len() < 2 {
                    for x in shown {
                        if x.id != s.id {
                            ctx.send(Command::ToggleCompared(x.id.clone()));
                        }
                    }
                    if on {
                        ctx.send(Command::ToggleCompared(s.id.clone()));
                    }
                } else {
                    ctx.send(Command::ToggleCompared(s.id.clone()));
                }
            }
        }
    });
    ui.weak(ctx.tr("Scenarios are the dataset's own analysis, not the white paper's."));
    ui.separator();
}

/// The axis with a band per scenario and the divergence marked.
/// Rows of events a band may take when `bands` bands share `height`
/// pixels: at least [`EVENT_ROWS`], at most [`MAX_EVENT_ROWS`].
fn event_rows(height: f32, bands: usize) -> usize {
    let rows = ((band_budget(height, bands) - HEADER_PX - INDICATOR_PX - 8.0) / ROW_PX).floor();
    (rows.max(0.0) as usize).clamp(EVENT_ROWS, MAX_EVENT_ROWS)
}

/// The height each of `bands` bands may take of `height` pixels.
fn band_budget(height: f32, bands: usize) -> f32 {
    (height - 22.0 - DIVERGE_ROW_PX) / bands.max(1) as f32
}

/// A band's rows of events: at most `most`, and where it may take
/// `budget` pixels, rows tall enough for labels of two lines if they fit.
#[derive(Clone, Copy, Debug)]
struct BandRows {
    most: usize,
    budget: Option<f32>,
}

impl BandRows {
    /// The height of each of `rows` rows: tall where the budget holds
    /// them all.
    fn row_px(self, rows: usize) -> f32 {
        let tall = HEADER_PX + rows as f32 * TALL_ROW_PX + INDICATOR_PX + 8.0;
        if self.budget.is_some_and(|b| tall <= b) {
            TALL_ROW_PX
        } else {
            ROW_PX
        }
    }
}

/// The most rows of events a band takes.
const MAX_EVENT_ROWS: usize = 12;

fn axis_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, shown: &[&Scenario], rows: BandRows) {
    let full = ui.available_rect_before_wrap();
    let axis = TimeAxis::new(full, ctx.state.active_view());
    ui.spacing_mut().item_spacing.y = 0.0;
    let ticks = axis.ticks_ui(ui, (22.0, ctx.lang), None);
    let nav = ui.interact(
        Rect::from_min_max(ticks.rect.min, full.right_bottom()),
        egui::Id::unique("compare_nav"),
        Sense::click_and_drag(),
    );
    if let Some(view) = axis.navigate(ui, &nav, (ctx.state.full_view(&ctx.derived.axis), None)) {
        ctx.send(Command::SetView(view));
    }
    // The divergence's words in a row of their own above the bands (over
    // the first band they hid its title), its line behind the bands' marks.
    let (row, _) = ui.allocate_exact_size(
        egui::vec2(axis.rect.width(), DIVERGE_ROW_PX),
        Sense::hover(),
    );
    let line = ui.painter().add(egui::Shape::Noop);
    for s in shown {
        band_ui(ui, ctx, (&axis, rows), s, shown);
    }
    let bottom = ui.min_rect().bottom();
    if let Some(shape) = divergence_ui(ui, ctx, &axis, shown, (row, bottom)) {
        ui.painter().set(line, shape);
    }
}

/// Height of the row that names the divergence.
const DIVERGE_ROW_PX: f32 = 18.0;

/// The first year the scenarios differ: its words in `row`, and the line
/// from `row` down to `bottom` (returned, to be drawn behind the bands).
fn divergence_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    axis: &TimeAxis,
    shown: &[&Scenario],
    (row, bottom): (Rect, f32),
) -> Option<egui::Shape> {
    let Some(year) = divergence_year(shown) else {
        let at = Pos2::new(axis.map.left + 6.0, row.center().y);
        let text = ctx.tr("These scenarios do not differ.");
        let r = ui.painter().text(
            at,
            Align2::LEFT_CENTER,
            text,
            FontId::proportional(12.0),
            theme::CUSP_GOLD,
        );
        readable(ui, r, "divergence", "Divergence: none");
        return None;
    };
    let x = axis.x_from_year(f64::from(year));
    if x < axis.map.left || x > axis.map.right {
        return None;
    }
    let line = [Pos2::new(x, row.top()), Pos2::new(x, bottom)];
    let shape = egui::Shape::dashed_line(&line, Stroke::new(2.0, theme::CUSP_GOLD), 6.0, 4.0);
    let text = match ctx.lang {
        Lang::En => format!("they diverge in {year}"),
        Lang::Ru => format!("расхождение с {year} года"),
        Lang::Kk => format!("{year} жылдан бастап алшақтайды"),
    };
    // Right of the line, or left of it where it would run past the plot.
    let galley =
        ui.painter()
            .layout_no_wrap(text.clone(), FontId::proportional(12.0), theme::CUSP_GOLD);
    let align = if x + 4.0 + galley.size().x <= axis.map.right {
        (Pos2::new(x + 4.0, row.center().y), Align2::LEFT_CENTER)
    } else {
        (Pos2::new(x - 4.0, row.center().y), Align2::RIGHT_CENTER)
    };
    let r = align.1.anchor_size(align.0, galley.size());
    ui.painter().galley(r.min, galley, theme::CUSP_GOLD);
    readable(ui, r, "divergence", &format!("Divergence: {year}")).on_hover_text(ctx.tr(
        "The first year in which these scenarios project a different event or a different stage for a road-map institution.",
    ));
    Some(egui::Shape::Vec(shape))
}

/// Whether `p` (of `s`) has no counterpart in the other shown scenarios.
fn only_here(p: &ProjectedEvent, s: &Scenario, shown: &[&Scenario]) -> bool {
    shown
        .iter()
        .filter(|o| o.id != s.id)
        .all(|o| !o.projected.iter().any(|q| counterparts(p, q)))
}

/// One scenario's band: its name, its projected events, its indicator.
fn band_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    (axis, band_rows): (&TimeAxis, BandRows),
    s: &Scenario,
    shown: &[&Scenario],
) {
    let color = scenario_color(s);
    let events: Vec<&ProjectedEvent> = s.projected.iter().collect();
    let (items, left) = band_items(ui, ctx, axis, &events);
    let layout = layout_lane(&items, &vec![false; items.len()], band_rows.most, 6.0, 26.0);
    let rows = layout.rows.max(1);
    let row_px = band_rows.row_px(rows);
    let height = HEADER_PX + rows as f32 * row_px + INDICATOR_PX + 8.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(axis.rect.width(), height), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, color.gamma_multiply(0.06));
    axis.background_ui(&painter, rect, ui.visuals(), ctx.today);
    painter.line_segment(
        [rect.left_bottom(), rect.right_bottom()],
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
    );
    band_title_ui(ui, ctx, &painter, rect, s);
    let plot = painter.with_clip_rect(axis.plot_in(rect));
    let events_top = rect.top() + HEADER_PX;
    for p in &layout.placements {
        let y = events_top + row_px * (p.row() as f32 + 0.5);
        match p {
            Placement::Item { index, label, .. } => {
                let e = events[*index];
                let it = items[*index];
                let room =
                    (it.full.1 - it.full.0) - (it.bare.1 - it.bare.0) - 3.0 - layout.cut_of(*index);
                let lines = if row_px > ROW_PX { 2 } else { 1 };
                let label = label.then_some((room, left[*index], lines));
                event_ui(
                    ui,
                    ctx,
                    &plot,
                    (e, label),
                    (axis, y),
                    (color, only_here(e, s, shown)),
                );
            }
            Placement::Cluster {
                x0, x1, members, ..
            } => {
                let badge = Rect::from_x_y_ranges(*x0..=*x1, y - 7.0..=y + 7.0);
                plot.rect_filled(badge, 4.0, color.gamma_multiply(0.5));
                let n = members.len().to_string();
                plot.text(
                    badge.center(),
                    Align2::CENTER_CENTER,
                    n,
                    FontId::proportional(11.0),
                    ui.visuals().strong_text_color(),
                );
            }
        }
    }
    let strip = Rect::from_x_y_ranges(
        rect.x_range(),
        rect.bottom() - INDICATOR_PX - 4.0..=rect.bottom() - 4.0,
    );
    indicator_ui(ui, ctx, (axis, &plot), s, strip);
}

/// The scenario's name at the band's top.
fn band_title_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    painter: &egui::Painter,
    rect: Rect,
    s: &Scenario,
) {
    let title = ctx.pick(&s.title, s.title_ru.as_deref());
    let y = rect.top() + HEADER_PX / 2.0;
    let at = (Pos2::new(rect.left() + 6.0, y), Align2::LEFT_CENTER);
    let room = (scenario_color(s), rect.width() - 12.0);
    let font = FontId::proportional(13.0);
    let head = paint_fitted_on_plate(ui, painter, at, (title, font), room, 3.0);
    let label = format!("Compare band: {}", s.title);
    readable(ui, head, ("compare_band", &s.id), &label);
}

/// The projected events' extents with their labels, and whether each label
/// sits left of its marker.
fn band_items(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    axis: &TimeAxis,
    events: &[&ProjectedEvent],
) -> (Vec<LaneItem>, Vec<bool>) {
    events
        .iter()
        .map(|p| {
            let label = ctx.pick(&p.title, p.title_ru.as_deref());
            let w = text_width(ui, label, FontId::proportional(11.0));
            let x = axis.x_from_year(p.date.mid_year_frac());
            let edges = (axis.map.left, axis.map.right);
            let (extent, left, _) = item_extents((x - 4.5, x + 4.5), false, w.min(240.0), edges);
            (extent, left)
        })
        .unzip()
}

/// One projected event: its marker, its label where there is room, a halo
/// when only this scenario projects it; a click shows it on the timeline.
fn event_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    painter: &egui::Painter,
    (e, label): (&ProjectedEvent, Option<(f32, bool, usize)>),
    (axis, y): (&TimeAxis, f32),
    (color, only): (Color32, bool),
) {
    let x = axis.x_from_year(e.date.mid_year_frac());
    let c = Pos2::new(x, y);
    if only {
        painter.circle_filled(c, 8.5, theme::CUSP_GOLD.gamma_multiply(0.45));
    }
    projected_point(painter, (c, 4.5), color, ui.visuals().panel_fill);
    let mut hit = Rect::from_center_size(c, egui::vec2(12.0, 14.0));
    let title = ctx.pick(&e.title, e.title_ru.as_deref());
    if let Some((room, left, lines)) = label {
        // A label left of its marker stops at the plot's left edge.
        let room = if left {
            room.min(x - 7.5 - axis.map.left)
        } else {
            room
        };
        let at = if left {
            (Pos2::new(x - 7.5, y), Align2::RIGHT_CENTER)
        } else {
            (Pos2::new(x + 7.5, y), Align2::LEFT_CENTER)
        };
        let ink = if only {
            ui.visuals().strong_text_color()
        } else {
            color
        };
        // On a plate, so that the today and divergence lines behind it do
        // not strike through the words.
        let font = FontId::proportional(11.0);
        let drawn = if lines > 1 {
            // Two lines of at most the room: a long title whole, where one
            // line cut it at «…the Strategic mecha…».
            let galley = fitted_lines(ui, title, (font, ink), room, lines);
            paint_on_plate(ui, painter, at, (galley, ink), 2.0)
        } else {
            paint_fitted_on_plate(ui, painter, at, (title, font), (ink, room), 2.0)
        };
        hit = hit.union(drawn);
    }
    let label = format!("Compare: {}", e.title);
    let response = ui
        .interact(
            hit,
            egui::Id::unique(("compare_event", &e.id)),
            Sense::click(),
        )
        .on_hover_text(format!(
            "{title}\n{}{}\n{}",
            e.date.display_in(ctx.lang),
            if only {
                ctx.tr(" · only in this scenario")
            } else {
                ""
            },
            truncate(ctx.pick(&e.summary, e.summary_ru.as_deref()), 240)
        ));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        ctx.send(Command::ShowOnTimeline(e.id.clone()));
    }
}

/// The number of road-map institutions operating, year by year, as a step
/// line across the band's foot.
fn indicator_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    (axis, painter): (&TimeAxis, &egui::Painter),
    s: &Scenario,
    strip: Rect,
) {
    let total = ctx
        .ds
        .institutions
        .iter()
        .filter(|i| i.proposed)
        .count()
        .max(1) as f32;
    let y_of = |n: usize| strip.bottom() - (n as f32 / total) * strip.height();
    stage_bars(painter, axis, s, (strip, total));
    let mut points = Vec::new();
    for year in YEARS {
        let n = operating_count(s, year);
        points.push(Pos2::new(axis.x_from_year(f64::from(year)), y_of(n)));
        points.push(Pos2::new(axis.x_from_year(f64::from(year + 1)), y_of(n)));
    }
    painter.line_segment(
        [
            Pos2::new(axis.map.left, strip.bottom()),
            Pos2::new(axis.map.right, strip.bottom()),
        ],
        Stroke::new(1.0, ui.visuals().weak_text_color().gamma_multiply(0.5)),
    );
    painter.add(egui::Shape::line(
        points,
        Stroke::new(2.0, scenario_color(s)),
    ));
    let last = operating_count(s, *YEARS.end());
    let text = match ctx.lang {
        Lang::En => format!("{last} operating in {}", YEARS.end()),
        Lang::Ru => format!("действуют в {} г.: {last}", YEARS.end()),
        Lang::Kk => format!("{} жылы {last} жұмыс істейді", YEARS.end()),
    };
    let at = (
        Pos2::new(strip.left() + 6.0, strip.center().y),
        Align2::LEFT_CENTER,
    );
    let weak = ui.visuals().weak_text_color();
    let r = paint_fitted(
        ui,
        ui.painter(),
        at,
        &text,
        FontId::proportional(10.5),
        (weak, 140.0),
    );
    readable(ui, r, ("compare_operating", &s.id), &text).on_hover_text(ctx.tr(
        "Road-map institutions under this scenario, year by year: the bars stack them by stage reached (stronger = further on), the line counts those operating (0 at the foot, all of them at the top).",
    ));
}

/// For each year, a bar stacking the road-map institutions by the stage
/// they have reached under `s` (stronger = further on), to the strip's scale.
fn stage_bars(painter: &egui::Painter, axis: &TimeAxis, s: &Scenario, (strip, total): (Rect, f32)) {
    let color = scenario_color(s);
    for year in YEARS {
        let x0 = axis.x_from_year(f64::from(year)) + 3.0;
        let x1 = axis.x_from_year(f64::from(year + 1)) - 3.0;
        if x1 <= x0 {
            continue;
        }
        let mut base = strip.bottom();
        for stage in [
            Stage::Operating,
            Stage::Established,
            Stage::Agreed,
            Stage::Proposed,
        ] {
            let n = s
                .lifecycles
                .iter()
                .filter(|l| stage_in(l, year) == Some(stage))
                .count();
            if n == 0 {
                continue;
            }
            let h = n as f32 / total * strip.height();
            let bar = Rect::from_x_y_ranges(x0..=x1, base - h..=base);
            painter.rect_filled(
                bar,
                0.0,
                color.gamma_multiply(0.15 + 0.45 * stage_alpha(stage)),
            );
            base -= h;
        }
    }
}

/// The list of differences between two of the scenarios (A and B).
fn list_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, shown: &[&Scenario]) {
    ui.heading(ctx.tr("Compare two scenarios"));
    for slot in 0..2 {
        picker_ui(ui, ctx, slot, shown);
    }
    let pick = |slot: usize| {
        ctx.state.compare[slot]
            .as_deref()
            .and_then(|id| ctx.ds.scenarios.iter().find(|s| s.id == id))
            .or_else(|| shown.get(slot).copied())
    };
    let (Some(a), Some(b)) = (pick(0), pick(1)) else {
        ui.weak(ctx.tr("Choose two scenarios to see what differs between them."));
        return;
    };
    if a.id == b.id {
        ui.weak(ctx.tr("Choose two different scenarios."));
        return;
    }
    ui.separator();
    differences_ui(ui, ctx, a, b);
}

/// The chooser of scenario A (slot 0) or B (slot 1).
fn picker_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, slot: usize, shown: &[&Scenario]) {
    let name = if slot == 0 { "A" } else { "B" };
    let current = ctx.state.compare[slot]
        .as_deref()
        .and_then(|id| ctx.ds.scenarios.iter().find(|s| s.id == id))
        .or_else(|| shown.get(slot).copied());
    let text = current.map_or(ctx.tr("choose a scenario"), |s| {
        ctx.pick(&s.title, s.title_ru.as_deref())
    });
    // The name above its chooser, which takes the column's width: beside
    // it, in a narrow column, the name broke a letter a line.
    let label = ui.label(format!("{} {name}", ctx.tr("Scenario")));
    egui::ComboBox::from_id_salt(("compare_pick", slot))
        .selected_text(truncate(text, 40))
        .width(ui.available_width().clamp(120.0, 320.0))
        .wrap_mode(egui::TextWrapMode::Truncate)
        .show_ui(ui, |ui| {
            for s in &ctx.ds.scenarios {
                let chosen = current.is_some_and(|c| c.id == s.id);
                let title = ctx.pick(&s.title, s.title_ru.as_deref());
                if ui.selectable_label(chosen, title).clicked() {
                    ctx.send(Command::SetCompare(slot, Some(s.id.clone())));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// Only in A, only in B, institutions whose road map differs.
fn differences_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, a: &Scenario, b: &Scenario) {
    let d = diff(a, b);
    let title = |s: &Scenario| ctx.pick(&s.title, s.title_ru.as_deref()).to_owned();
    let only_a = format!("{} A: {}", ctx.tr("Only in"), title(a));
    events_column_ui(ui, ctx, &only_a, &d.only_a);
    ui.add_space(6.0);
    let only_b = format!("{} B: {}", ctx.tr("Only in"), title(b));
    events_column_ui(ui, ctx, &only_b, &d.only_b);
    ui.add_space(6.0);
    ui.strong(format!(
        "{} ({})",
        ctx.tr("Institutions whose road map differs"),
        d.stages.len()
    ));
    for (id, sa, sb) in &d.stages {
        let name = ctx
            .ds
            .institution(id)
            .map_or(id.as_str(), |i| ctx.pick(&i.name, i.name_ru.as_deref()));
        let response = ui
            .link(name)
            .on_hover_text(ctx.tr("Show it on the road map"));
        if response.clicked() {
            ctx.send(Command::Select(Some((*id).clone())));
            ctx.send(Command::SetTab(Tab::RoadMap));
        }
        ui.label(RichText::new(format!("A: {}", stages_text(sa, ctx.lang))).small());
        ui.label(RichText::new(format!("B: {}", stages_text(sb, ctx.lang))).small());
        ui.add_space(4.0);
    }
}

fn events_column_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    heading: &str,
    events: &[&ProjectedEvent],
) {
    ui.strong(format!("{heading} ({})", events.len()));
    for p in events {
        let date = p.date.display_in(ctx.lang);
        let summary = ctx.pick(&p.summary, p.summary_ru.as_deref());
        let response = ui
            .link(ctx.pick(&p.title, p.title_ru.as_deref()))
            .on_hover_text(format!("{date}\n{summary}"));
        if response.clicked() {
            ctx.send(Command::ShowOnTimeline(p.id.clone()));
        }
        ui.label(RichText::new(date).small().weak());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_take_more_event_rows_where_the_height_allows() {
        assert_eq!(event_rows(300.0, 2), EVENT_ROWS);
        let tall = event_rows(900.0, 2);
        assert!(tall > EVENT_ROWS && tall <= MAX_EVENT_ROWS, "{tall}");
        assert_eq!(event_rows(5000.0, 2), MAX_EVENT_ROWS);
        assert!(event_rows(900.0, 4) < tall);
    }

    #[test]
    fn rows_are_tall_only_where_the_band_holds_them_all() {
        let rows = |budget| BandRows {
            most: MAX_EVENT_ROWS,
            budget,
        };
        // Nine events in a band of 400 px: 20 + 9 × 30 + 44 + 8 = 342.
        assert_eq!(rows(Some(400.0)).row_px(9), TALL_ROW_PX);
        // Of 300 px they would not fit: one line each.
        assert_eq!(rows(Some(300.0)).row_px(9), ROW_PX);
        // Under the list (no budget): one line.
        assert_eq!(rows(None).row_px(1), ROW_PX);
    }
}
