//! Scenario toggles: each scenario to 2030 with its colour and a checkbox
//! that overlays its projected events on the timeline.

use eframe::egui::{self, Sense};

use super::context::{Panel, ViewerContext};
use super::details::SCENARIO_NOTE;
use super::theme::scenario_color;
use crate::command::Command;

#[derive(Default)]
pub struct ScenariosPanel;

impl Panel for ScenariosPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        ui.weak(ctx.tr("Facts are always shown; tick a scenario to overlay its projections."));
        for s in &ctx.ds.scenarios {
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), Sense::hover());
                ui.painter().rect_filled(rect, 2.0, scenario_color(s));
                if ui
                    .small_button(ctx.tr("about"))
                    .on_hover_text(ctx.tr("Show this scenario's assumptions and reasoning"))
                    .clicked()
                {
                    ctx.send(Command::Select(Some(s.id.clone())));
                }
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
            });
        }
    }
}
