//! Where the panels go: the top bar, the errors (when there are any), the
//! two side panels and the central area, with the help overlay on top.

use eframe::egui;

use super::Panels;
use crate::command::{Command, SidePanel};
use crate::ui::axis_area::TICKS_PX;
use crate::ui::context::{CommandSink, Panel, ViewerContext};
use crate::ui::details::DetailsPanel;
use crate::ui::institutions::InstitutionsPanel;
use crate::ui::scenarios::ScenariosPanel;
use crate::ui::widgets::time_axis::TimeAxis;

/// The layout: top bar, errors (when there are any), the two side panels,
/// the central area; the help overlay on top.
pub(super) fn lay_out(ui: &mut egui::Ui, panels: &mut Panels, ctx: &ViewerContext<'_>) {
    let Panels {
        top_bar,
        help,
        errors,
        scenarios,
        institutions,
        details,
        central,
    } = panels;
    help.ui(ui, ctx);
    egui::Panel::top("top_bar").show(ui, |ui| top_bar.ui(ui, ctx));
    if !ctx.source.errors.is_empty() {
        egui::Panel::bottom("errors")
            .resizable(true)
            .show(ui, |ui| errors.ui(ui, ctx));
    }
    side_panels_ui(ui, ctx, scenarios, institutions, details);
    egui::CentralPanel::default().show(ui, |ui| central.ui(ui, ctx));
}

/// The left panel (scenarios, institutions) and the right one (details);
/// each can be hidden (keys [ and ], the tab strip's toggles, or by dragging
/// its edge closed).
fn side_panels_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    scenarios: &mut ScenariosPanel,
    institutions: &mut InstitutionsPanel,
    details: &mut DetailsPanel,
) {
    let width = ui.available_width();
    let mut open = ctx.state.show_left;
    egui::Panel::left("roadmap")
        .resizable(true)
        .default_size((0.19 * width).clamp(170.0, 280.0))
        .min_size(150.0)
        // A share of the window, so a panel sized in a wide window gives
        // way when the window narrows (at 1000 px it left the plot 240 px).
        .max_size((0.22 * width).clamp(170.0, 420.0))
        .show_collapsible(ui, &mut open, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            egui::ScrollArea::vertical().show(ui, |ui| {
                // Headings wrap where they are longer than the panel is
                // wide (Kazakh and Russian), rather than being cut.
                let heading = |ui: &mut egui::Ui, text: &str| {
                    ui.add(egui::Label::new(egui::RichText::new(text).heading()).wrap());
                };
                heading(ui, ctx.tr("Scenarios to 2030"));
                scenarios.ui(ui, ctx);
                ui.separator();
                heading(ui, ctx.tr("Road-map institutions"));
                institutions.ui(ui, ctx);
            });
        });
    if open != ctx.state.show_left {
        ctx.send(Command::ShowSidePanel(SidePanel::Left, open));
    }
    let mut open = ctx.state.show_right;
    egui::Panel::right("details")
        .resizable(true)
        .default_size((0.21 * width).clamp(190.0, 310.0))
        .min_size(170.0)
        .max_size((0.25 * width).clamp(190.0, 520.0))
        .show_collapsible(ui, &mut open, |ui| {
            ui.heading(ctx.tr("Details"));
            ui.separator();
            details.ui(ui, ctx);
        });
    if open != ctx.state.show_right {
        ctx.send(Command::ShowSidePanel(SidePanel::Right, open));
    }
}

impl super::App {
    /// Only the time axis and the timeline lanes, filling `ui` (benchmarks).
    pub fn timeline_only_ui(&mut self, ui: &mut egui::Ui) {
        let sink = CommandSink::default();
        let full = ui.available_rect_before_wrap();
        let axis = TimeAxis::new(full, self.state.active_view());
        ui.spacing_mut().item_spacing.y = 0.0;
        axis.ticks_ui(ui, (TICKS_PX, self.state.lang), None);
        self.frame(&sink, |ctx, panels| {
            panels.central.axis_area.timeline.ui(ui, &ctx.on_axis(axis));
        });
        for c in sink.take() {
            self.run_command(c);
        }
    }
}
