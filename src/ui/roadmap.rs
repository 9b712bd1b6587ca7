//! The road map: for each institution the white paper proposes, its
//! lifecycle under every toggled scenario as a Gantt bar on the shared time
//! axis, and below it the indicators derived from the lifecycles.

use eframe::egui::{self, Align2, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};
use egui_plot::{HoverPosition, Line, Span};

use super::context::{Panel, ViewerContext};
use super::theme::{self, scenario_color, stage_alpha};
use super::widgets::time_axis::{CUSP_YEARS, GUTTER_PX, TimeAxis};
use super::widgets::{clickable, paint_fitted, truncate};
use crate::model::scenarios::{operating_count, risk_share, stages_text};
use crate::model::types::{Institution, Scenario, Stage, StageAt};

const BAR_PX: f32 = 9.0;
const ROW_PAD_PX: f32 = 5.0;
/// Lifecycles are drawn up to the end of this year.
pub const ROADMAP_END_YEAR: i32 = 2030;
/// How the indicators are computed, shown on hover.
pub const OPERATING_HOW: &str = "Operating institutions: for each year, the number of the road map's proposed institutions \
whose lifecycle under the scenario has reached the stage 'operating' by that year (stalled or abandoned ones do not count).";
pub const RISKS_HOW: &str = "Risks answered: for each year, the share of the white paper's risks (the factors of kind Risk) \
that at least one road-map institution operating in that year answers, per the institutions' 'answers' links.";

/// The scenarios toggled on, in data order.
fn toggled<'a>(ctx: &ViewerContext<'a>) -> Vec<&'a Scenario> {
    ctx.ds
        .scenarios
        .iter()
        .filter(|s| ctx.state.scenarios_on.contains(&s.id))
        .collect()
}

/// The lifecycle Gantt, filling the height `ui` offers.
#[derive(Default)]
pub struct RoadmapPanel;

impl Panel for RoadmapPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(axis) = ctx.axis else { return };
        let height = ui.available_height();
        let on = toggled(ctx);
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), height), Sense::hover());
        let painter = ui.painter_at(rect);
        axis.background_ui(&painter, rect, ui.visuals(), ctx.today);
        axis.cursor_ui(&painter, rect, ctx.state.hover_year);
        let proposed: Vec<&Institution> =
            ctx.ds.institutions.iter().filter(|i| i.proposed).collect();
        if on.is_empty() {
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                ctx.tr("Tick one or more scenarios (left, or keys 1–9) to see when each proposed institution is agreed, established and operating."),
                FontId::proportional(13.0),
                ui.visuals().weak_text_color(),
            );
        }
        let row_px = ((height - 4.0) / proposed.len().max(1) as f32)
            .max(on.len() as f32 * BAR_PX + ROW_PAD_PX);
        for (r, inst) in proposed.iter().enumerate() {
            let top = rect.top() + 2.0 + r as f32 * row_px;
            let row = Rect::from_x_y_ranges(rect.x_range(), top..=top + row_px);
            if row.bottom() > rect.bottom() + 0.5 {
                break;
            }
            if r % 2 == 1 {
                painter.rect_filled(row, 0.0, ui.visuals().faint_bg_color);
            }
            row_name_ui(ui, ctx, &painter, row, inst);
            let bars_top = row.center().y - on.len() as f32 * BAR_PX / 2.0;
            for (k, s) in on.iter().enumerate() {
                let Some(l) = s.lifecycles.iter().find(|l| l.institution == inst.id) else {
                    continue;
                };
                let y = bars_top + k as f32 * BAR_PX;
                let bar = LifecycleBar {
                    scenario: s,
                    institution: inst,
                    stages: &l.stages,
                };
                let painter = painter.with_clip_rect(axis.plot_in(rect));
                bar.ui(ui, ctx, &axis, &painter, y + 1.0..=y + BAR_PX - 1.0);
            }
        }
    }
}

/// An institution's name in the row's gutter.
fn row_name_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    painter: &egui::Painter,
    row: Rect,
    inst: &Institution,
) {
    let name_rect = Rect::from_min_size(
        row.min + egui::vec2(6.0, 0.0),
        egui::vec2(GUTTER_PX - 10.0, row.height()),
    );
    let color = if ctx.is_selected(&inst.id) {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let name = ctx.pick(&inst.name, inst.name_ru.as_deref());
    let at = (
        Pos2::new(name_rect.left(), name_rect.center().y),
        Align2::LEFT_CENTER,
    );
    let room = (color, name_rect.width() - 2.0);
    paint_fitted(ui, painter, at, name, FontId::proportional(11.5), room);
    let label = format!("Road map: {}", inst.name);
    clickable(
        ui,
        ctx,
        name_rect,
        ("roadmap_inst", &inst.id),
        &label,
        &inst.id,
    )
    .on_hover_text(format!("{name}\n{}", inst.purpose));
}

/// One lifecycle bar: a segment per stage in the scenario's colour, stronger
/// as the institution advances; stalled and abandoned as grey dashes.
struct LifecycleBar<'a> {
    scenario: &'a Scenario,
    institution: &'a Institution,
    stages: &'a [StageAt],
}

impl LifecycleBar<'_> {
    fn ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        axis: &TimeAxis,
        painter: &egui::Painter,
        y: std::ops::RangeInclusive<f32>,
    ) {
        let Self {
            scenario: s,
            institution: inst,
            stages,
        } = self;
        let color = scenario_color(s);
        let end_x = axis.x_from_year(f64::from(ROADMAP_END_YEAR + 1));
        for (i, st) in stages.iter().enumerate() {
            let x0 = axis.x_from_year(f64::from(st.year));
            let x1 = stages
                .get(i + 1)
                .map_or(end_x, |n| axis.x_from_year(f64::from(n.year)));
            if x1 <= x0 {
                continue;
            }
            let seg = Rect::from_x_y_ranges(x0..=x1, y.clone());
            if st.stage.is_terminal() {
                terminal_stage(painter, seg, st.stage);
            } else {
                painter.rect_filled(seg, 1.0, color.gamma_multiply(stage_alpha(st.stage)));
                painter.rect_stroke(seg, 1.0, Stroke::new(0.8, color), StrokeKind::Inside);
            }
        }
        let Some(first) = stages.first() else { return };
        let whole = Rect::from_x_y_ranges(axis.x_from_year(f64::from(first.year))..=end_x, y);
        let text = format!(
            "{} under “{}”: {}",
            inst.name,
            s.title,
            stages_text(stages, crate::model::Lang::En)
        );
        let hover = format!(
            "{} — “{}”: {}",
            ctx.pick(&inst.name, inst.name_ru.as_deref()),
            ctx.pick(&s.title, s.title_ru.as_deref()),
            stages_text(stages, ctx.lang)
        );
        clickable(
            ui,
            ctx,
            whole,
            ("lifecycle", &s.id, &inst.id),
            &text,
            &inst.id,
        )
        .on_hover_text(hover);
    }
}

/// A stalled or abandoned stage: a grey dashed line (with an x when abandoned).
fn terminal_stage(painter: &egui::Painter, seg: Rect, stage: Stage) {
    let mid = seg.center().y;
    let grey = theme::TERMINAL_STAGE;
    painter.add(Shape::dashed_line(
        &[Pos2::new(seg.left(), mid), Pos2::new(seg.right(), mid)],
        Stroke::new(2.0, grey),
        4.0,
        3.0,
    ));
    if stage == Stage::Abandoned {
        painter.text(
            Pos2::new(seg.left() + 2.0, mid),
            Align2::LEFT_CENTER,
            "x",
            FontId::proportional(10.0),
            grey,
        );
    }
}

/// The two derived indicators for the toggled scenarios, as small plots
/// filling the height `ui` offers.
#[derive(Default)]
pub struct IndicatorsPanel;

impl Panel for IndicatorsPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(axis) = ctx.axis else { return };
        let each = (ui.available_height() - 8.0) / 2.0;
        for (title, how, percent) in [
            ("Operating road-map institutions", OPERATING_HOW, false),
            (
                "Share of the white paper's risks answered (%)",
                RISKS_HOW,
                true,
            ),
        ] {
            ui.horizontal(|ui| {
                ui.add_space(6.0);
                ui.label(egui::RichText::new(ctx.tr(title)).small().strong())
                    .on_hover_text(how);
                ui.label(
                    egui::RichText::new(ctx.tr("how is this computed?"))
                        .small()
                        .weak(),
                )
                .on_hover_text(how);
            });
            indicator_plot(ui, ctx, &axis, (title, percent), each - 18.0);
        }
    }
}

/// One indicator's step lines, one per toggled scenario.
fn indicator_plot(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    axis: &TimeAxis,
    (title, percent): (&str, bool),
    height: f32,
) {
    let view = axis.map.view;
    let ds = ctx.ds;
    let plot = axis
        .aligned_plot(("indicator", title), height)
        .label_formatter(move |hover| match hover {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } if !plot_name.is_empty() => Some(if percent {
                format!(
                    "{plot_name}\n{:.0}% in {:.0}",
                    position.y,
                    position.x.floor()
                )
            } else {
                format!(
                    "{plot_name}\n{:.0} operating in {:.0}",
                    position.y,
                    position.x.floor()
                )
            }),
            _ => None,
        });
    plot.show(ui, |plot_ui| {
        plot_ui.set_plot_bounds_x(view.start_year..=view.end_year);
        let top = if percent {
            100.0
        } else {
            ds.institutions.iter().filter(|i| i.proposed).count() as f64
        };
        plot_ui.set_plot_bounds_y(-0.5..=top + 0.5);
        plot_ui.add(Span::new("", CUSP_YEARS.0..=CUSP_YEARS.1).fill(theme::CUSP_PLOT_FILL));
        for s in toggled(ctx) {
            // A step line: the value holds through each year.
            let mut points = Vec::new();
            for y in 2023..=ROADMAP_END_YEAR {
                let v = if percent {
                    risk_share(ds, s, y).0 * 100.0
                } else {
                    operating_count(s, y) as f64
                };
                points.push([f64::from(y), v]);
                points.push([f64::from(y + 1), v]);
            }
            let name = truncate(ctx.pick(&s.title, s.title_ru.as_deref()), 60);
            plot_ui.line(
                Line::new(name, points)
                    .allow_band(false)
                    .color(scenario_color(s))
                    .width(2.0),
            );
        }
    });
}
