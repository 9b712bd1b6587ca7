//! The road map: for each institution the white paper proposes, its
//! lifecycle under every toggled scenario as a Gantt bar on the shared time
//! axis, and below it the indicators derived from the lifecycles.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};
use egui_plot::{HoverPosition, Line, Span};

use super::widgets::time_axis::{CUSP_YEARS, GUTTER_PX, TimeAxis};
use super::widgets::truncate;
use crate::command::Command;
use crate::model::Dataset;
use crate::model::scenarios::{operating_count, risk_share};
use crate::model::types::{Scenario, Stage, StageAt};
use crate::state::AppState;

const BAR_PX: f32 = 9.0;
const ROW_PAD_PX: f32 = 5.0;
/// Lifecycles are drawn up to the end of this year.
pub const ROADMAP_END_YEAR: i32 = 2030;
/// How the indicators are computed, shown on hover.
pub const OPERATING_HOW: &str = "Operating institutions: for each year, the number of the road map's proposed institutions \
whose lifecycle under the scenario has reached the stage 'operating' by that year (stalled or abandoned ones do not count).";
pub const RISKS_HOW: &str = "Risks answered: for each year, the share of the white paper's risks (the factors of kind Risk) \
that at least one road-map institution operating in that year answers, per the institutions' 'answers' links.";

#[derive(Default)]
pub struct RoadmapPanel;

/// The scenario's colour.
pub fn scenario_color(s: &Scenario) -> Color32 {
    let (r, g, b) = s.rgb();
    Color32::from_rgb(r, g, b)
}

fn stage_alpha(stage: Stage) -> f32 {
    match stage {
        Stage::Proposed => 0.18,
        Stage::Agreed => 0.4,
        Stage::Established => 0.65,
        Stage::Operating => 1.0,
        Stage::Stalled | Stage::Abandoned => 0.0,
    }
}

/// "proposed 2023, agreed 2027, operating 2029".
pub fn stages_text(stages: &[StageAt]) -> String {
    stages
        .iter()
        .map(|s| format!("{} {}", s.stage.label(), s.year))
        .collect::<Vec<_>>()
        .join(", ")
}

impl RoadmapPanel {
    /// The Gantt, in `height` pixels.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        axis: &TimeAxis,
        ds: &Dataset,
        state: &AppState,
        today: f64,
        height: f32,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let on: Vec<&Scenario> = ds
            .scenarios
            .iter()
            .filter(|s| state.scenarios_on.contains(&s.id))
            .collect();
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), height), Sense::hover());
        let painter = ui.painter_at(rect);
        axis.background_ui(&painter, rect, ui.visuals(), today);
        axis.cursor_ui(&painter, rect, state.hover_year);
        let proposed: Vec<_> = ds.institutions.iter().filter(|i| i.proposed).collect();
        if on.is_empty() {
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                "Tick one or more scenarios (left, or keys 1–9) to see when each proposed institution is agreed, established and operating.",
                FontId::proportional(13.0),
                ui.visuals().weak_text_color(),
            );
        }
        let row_px = ((height - 4.0) / proposed.len().max(1) as f32)
            .max(on.len() as f32 * BAR_PX + ROW_PAD_PX);
        let plot = Rect::from_x_y_ranges(axis.map.left..=axis.map.right, rect.y_range());
        for (r, inst) in proposed.iter().enumerate() {
            let top = rect.top() + 2.0 + r as f32 * row_px;
            let row = Rect::from_x_y_ranges(rect.x_range(), top..=top + row_px);
            if row.bottom() > rect.bottom() + 0.5 {
                break;
            }
            if r % 2 == 1 {
                painter.rect_filled(row, 0.0, ui.visuals().faint_bg_color);
            }
            let name = Rect::from_min_size(
                row.min + egui::vec2(6.0, 0.0),
                egui::vec2(GUTTER_PX - 10.0, row_px),
            );
            let selected = state.selected.as_deref() == Some(inst.id.as_str());
            painter.with_clip_rect(name).text(
                Pos2::new(name.left(), name.center().y),
                Align2::LEFT_CENTER,
                &inst.name,
                FontId::proportional(11.5),
                if selected {
                    ui.visuals().strong_text_color()
                } else {
                    ui.visuals().text_color()
                },
            );
            let response = ui
                .interact(
                    name,
                    egui::Id::unique(("roadmap_inst", &inst.id)),
                    Sense::click(),
                )
                .on_hover_text(format!("{}\n{}", inst.name, inst.purpose));
            let label = format!("Road map: {}", inst.name);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.clicked() {
                commands.push(Command::Select(Some(inst.id.clone())));
            }
            let bars_top = row.center().y - on.len() as f32 * BAR_PX / 2.0;
            for (k, s) in on.iter().enumerate() {
                let Some(l) = s.lifecycles.iter().find(|l| l.institution == inst.id) else {
                    continue;
                };
                let y = bars_top + k as f32 * BAR_PX;
                let band = y + 1.0..=y + BAR_PX - 1.0;
                lifecycle_ui(
                    ui,
                    &painter.with_clip_rect(plot),
                    axis,
                    s,
                    &inst.name,
                    &l.stages,
                    band,
                    &mut commands,
                    &inst.id,
                );
            }
        }
        commands
    }
}

/// One lifecycle bar: a segment per stage in the scenario's colour, stronger
/// as the institution advances; stalled and abandoned as grey dashes.
#[allow(clippy::too_many_arguments)]
fn lifecycle_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    axis: &TimeAxis,
    s: &Scenario,
    inst_name: &str,
    stages: &[StageAt],
    y: std::ops::RangeInclusive<f32>,
    commands: &mut Vec<Command>,
    inst_id: &str,
) {
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
            let mid = seg.center().y;
            let grey = Color32::from_gray(140);
            painter.add(Shape::dashed_line(
                &[Pos2::new(x0, mid), Pos2::new(x1, mid)],
                Stroke::new(2.0, grey),
                4.0,
                3.0,
            ));
            if st.stage == Stage::Abandoned {
                painter.text(
                    Pos2::new(x0 + 2.0, mid),
                    Align2::LEFT_CENTER,
                    "x",
                    FontId::proportional(10.0),
                    grey,
                );
            }
        } else {
            painter.rect_filled(seg, 1.0, color.gamma_multiply(stage_alpha(st.stage)));
            painter.rect_stroke(seg, 1.0, Stroke::new(0.8, color), StrokeKind::Inside);
        }
    }
    let (Some(first), Some(_)) = (stages.first(), stages.last()) else {
        return;
    };
    let whole = Rect::from_x_y_ranges(axis.x_from_year(f64::from(first.year))..=end_x, y);
    let text = format!("{inst_name} under “{}”: {}", s.title, stages_text(stages));
    let response = ui
        .interact(
            whole,
            egui::Id::unique(("lifecycle", &s.id, inst_id)),
            Sense::click(),
        )
        .on_hover_text(&text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &text));
    if response.clicked() {
        commands.push(Command::Select(Some(inst_id.to_owned())));
    }
}

/// The two derived indicators for the toggled scenarios, as small plots.
pub fn indicators_ui(
    ui: &mut egui::Ui,
    axis: &TimeAxis,
    ds: &Dataset,
    state: &AppState,
    height: f32,
) {
    let on: Vec<&Scenario> = ds
        .scenarios
        .iter()
        .filter(|s| state.scenarios_on.contains(&s.id))
        .collect();
    let years: Vec<i32> = (2023..=ROADMAP_END_YEAR).collect();
    let view = axis.map.view;
    let each = (height - 8.0) / 2.0;
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
            ui.label(egui::RichText::new(title).small().strong())
                .on_hover_text(how);
            ui.label(egui::RichText::new("how is this computed?").small().weak())
                .on_hover_text(how);
        });
        let plot = axis
            .aligned_plot(("indicator", title), each - 18.0)
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
            plot_ui.add(
                Span::new("", CUSP_YEARS.0..=CUSP_YEARS.1)
                    .fill(Color32::from_rgba_unmultiplied(230, 170, 40, 30)),
            );
            for s in &on {
                // A step line: the value holds through each year.
                let mut points = Vec::new();
                for &y in &years {
                    let v = if percent {
                        risk_share(ds, s, y).0 * 100.0
                    } else {
                        operating_count(s, y) as f64
                    };
                    points.push([f64::from(y), v]);
                    points.push([f64::from(y + 1), v]);
                }
                plot_ui.line(
                    Line::new(truncate(&s.title, 60), points)
                        .allow_band(false)
                        .color(scenario_color(s))
                        .width(2.0),
                );
            }
        });
    }
}
