//! Scenario toggles: each scenario to 2030 with its colour and a checkbox
//! that overlays its projected events on the timeline.

use eframe::egui::{self, Color32, Sense};

use crate::command::Command;
use crate::model::Dataset;
use crate::state::AppState;

#[derive(Default)]
pub struct ScenariosPanel;

impl ScenariosPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, ds: &Dataset, state: &AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.weak(crate::ui::i18n::tr(
            state.lang,
            "Facts are always shown; tick a scenario to overlay its projections.",
        ));
        for s in &ds.scenarios {
            ui.horizontal(|ui| {
                let (r, g, b) = s.rgb();
                let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, Color32::from_rgb(r, g, b));
                if ui
                    .small_button(crate::ui::i18n::tr(state.lang, "about"))
                    .on_hover_text("Show this scenario's assumptions and reasoning")
                    .clicked()
                {
                    commands.push(Command::Select(Some(s.id.clone())));
                }
                let mut on = state.scenarios_on.contains(&s.id);
                let response = ui
                    .add(egui::Checkbox::new(
                        &mut on,
                        state.lang.pick(&s.title, s.title_ru.as_deref()),
                    ))
                    .on_hover_text(format!(
                        "{}\n\n{}\n\n{} projected events",
                        s.title,
                        s.summary,
                        s.projected.len()
                    ));
                if response.changed() {
                    commands.push(Command::ToggleScenario(s.id.clone()));
                }
            });
        }
        commands
    }
}
