//! The panels that share the time axis, one above another: the ticks, the
//! timeline (or the road map's Gantt), the electoral cycles and the
//! generation-gap plot (or the road map's indicators). Mouse navigation
//! over the whole area moves the one shared view.

use eframe::egui;

use super::context::{Panel, ViewerContext};
use super::elections::{ElectionsPanel, PANEL_PX};
use super::generation::GenerationPanel;
use super::roadmap::{IndicatorsPanel, RoadmapPanel};
use super::timeline::TimelinePanel;
use super::widgets::time_axis::TimeAxis;
use crate::command::Command;
use crate::state::Tab;

/// Height of the generation-gap plot and of the indicator plots.
pub const GENERATION_PLOT_PX: f32 = 170.0;
/// Height of the tick strip.
pub const TICKS_PX: f32 = 22.0;
/// The timeline never gets less than this.
const MIN_TIMELINE_PX: f32 = 160.0;

#[derive(Default)]
pub struct AxisArea {
    pub timeline: TimelinePanel,
    roadmap: RoadmapPanel,
    elections: ElectionsPanel,
    generation: GenerationPanel,
    indicators: IndicatorsPanel,
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
            roadmap,
            elections,
            generation,
            indicators,
        } = self;
        let full = ui.available_rect_before_wrap();
        let axis = TimeAxis::new(full, ctx.state.view).with_limits(ctx.derived.axis);
        let ctx = &ctx.on_axis(axis);
        ui.spacing_mut().item_spacing.y = 0.0;
        let ticks = axis.ticks_ui(ui, TICKS_PX);
        let road_map = ctx.state.tab == Tab::RoadMap;
        let show_generation = ctx.state.show_generation || road_map;
        let below = PANEL_PX
            + 8.0
            + if show_generation {
                GENERATION_PLOT_PX + 24.0
            } else {
                24.0
            };
        let main_height = (ui.available_height() - below).max(MIN_TIMELINE_PX);
        navigation_ui(ui, ctx, &axis, ticks.rect.min);
        let main: &mut dyn Panel = if road_map { roadmap } else { timeline };
        strip(ui, ctx, main_height, main);
        ui.separator();
        strip(ui, ctx, PANEL_PX, elections);
        ui.add_space(4.0);
        if road_map {
            strip(ui, ctx, GENERATION_PLOT_PX + 20.0, indicators);
            return;
        }
        generation_toggle_ui(ui, ctx);
        if show_generation {
            strip(ui, ctx, GENERATION_PLOT_PX, generation);
        }
    }
}

/// Navigation over the whole axis area, registered before the items so
/// that items (added later, hence on top) get their clicks; and the shared
/// hover cursor.
fn navigation_ui(ui: &egui::Ui, ctx: &ViewerContext<'_>, axis: &TimeAxis, top_left: egui::Pos2) {
    let full = axis.rect;
    let nav_rect = egui::Rect::from_min_max(top_left, full.right_bottom());
    let nav = ui.interact(
        nav_rect,
        egui::Id::unique("axis_nav"),
        egui::Sense::click_and_drag(),
    );
    if let Some(view) = axis.navigate(ui, &nav) {
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
}

impl Panel for CentralArea {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Self {
            axis_area,
            table,
            compare,
        } = self;
        ui.horizontal(|ui| {
            for tab in Tab::ALL {
                if ui
                    .selectable_label(ctx.state.tab == tab, ctx.tr(tab.label()))
                    .on_hover_text(ctx.tr(tab.explanation()))
                    .clicked()
                {
                    ctx.send(Command::SetTab(tab));
                }
            }
        });
        ui.separator();
        match ctx.state.tab {
            Tab::Timeline | Tab::RoadMap => axis_area.ui(ui, ctx),
            Tab::Institutions => table.ui(ui, ctx),
            Tab::Compare => compare.ui(ui, ctx),
        }
    }
}
