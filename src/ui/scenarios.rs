//! Scenario toggles: each scenario to 2030 with its colour and a checkbox
//! that overlays its projected events on the timeline.

use eframe::egui::{self, Sense};

use super::context::{Panel, ViewerContext};
use super::details::SCENARIO_NOTE;
use super::theme::scenario_color;
use crate::command::Command;
use crate::model::types::Scenario;

#[derive(Default)]
pub struct ScenariosPanel;

impl Panel for ScenariosPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let note = ctx.tr("Facts are always shown; tick a scenario to overlay its projections.");
        ui.add(egui::Label::new(egui::RichText::new(note).weak()).wrap());
        for s in &ctx.ds.scenarios {
            // The title in full, wrapped (the panel cuts its other lines):
            // cut, "Институциональный союз: …" read as "Инст…".
            ui.horizontal_top(|ui| {
                let (slot, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), Sense::hover());
                ui.vertical(|ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    let toggle = toggle_ui(ui, ctx, s);
                    // The colour beside the checkbox, which is centred on
                    // the title's lines.
                    let centre = egui::pos2(slot.center().x, toggle.rect.center().y);
                    let swatch = egui::Rect::from_center_size(centre, egui::vec2(12.0, 12.0));
                    ui.painter().rect_filled(swatch, 2.0, scenario_color(s));
                    if ui
                        .small_button(ctx.tr("about"))
                        .on_hover_text(ctx.tr("Show this scenario's assumptions and reasoning"))
                        .clicked()
                    {
                        ctx.send(Command::Select(Some(s.id.clone())));
                    }
                });
            });
            ui.add_space(2.0);
        }
    }
}

/// The scenario's checkbox, its title beside it.
fn toggle_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, s: &Scenario) -> egui::Response {
    let mut on = ctx.state.scenarios_on.contains(&s.id);
    let title = ctx.pick(&s.title, s.title_ru.as_deref());
    let response = ui
        .add(egui::Checkbox::new(&mut on, title))
        .on_hover_text(format!(
            "{title}\n\n{}\n\n{} {}\n\n{}",
            ctx.pick(&s.summary, s.summary_ru.as_deref()),
            s.projected.len(),
            ctx.tr("projected events"),
            ctx.tr(SCENARIO_NOTE)
        ));
    if response.changed() {
        ctx.send(Command::ToggleScenario(s.id.clone()));
    }
    response
}
