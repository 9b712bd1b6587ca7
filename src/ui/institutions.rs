//! Institutions of the road map: the proposed ones and the existing ones
//! they build on, each clickable to its details.

use eframe::egui;

use crate::command::Command;
use crate::model::Dataset;
use crate::model::types::Level;
use crate::state::AppState;

#[derive(Default)]
pub struct InstitutionsPanel;

pub fn level_label(level: Level) -> &'static str {
    match level {
        Level::Presidential => "presidential",
        Level::Intergovernmental => "intergovernmental",
        Level::Departmental => "departmental",
        Level::Expert => "expert",
        Level::Public => "public",
        Level::Regional => "regional",
        Level::Multilateral => "multilateral",
    }
}

impl InstitutionsPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, ds: &Dataset, state: &AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        for (heading, proposed) in [
            ("Proposed by the road map", true),
            ("Existing institutions", false),
        ] {
            let id = ui.make_persistent_id(("institutions", proposed));
            egui::collapsing_header::CollapsingState::load_with_default_open(ui.ctx(), id, true)
                .show_header(ui, |ui| {
                    let n = ds
                        .institutions
                        .iter()
                        .filter(|i| i.proposed == proposed)
                        .count();
                    ui.strong(format!("{heading} ({n})"));
                })
                .body(|ui| {
                    for inst in ds.institutions.iter().filter(|i| i.proposed == proposed) {
                        let selected = state.selected.as_deref() == Some(inst.id.as_str());
                        let response = ui
                            .add(egui::Button::selectable(selected, inst.name.as_str()).truncate())
                            .on_hover_text(format!(
                                "{}\n{} level · {}\n{}",
                                inst.name,
                                level_label(inst.level),
                                inst.status.label(),
                                inst.purpose
                            ));
                        if response.clicked() {
                            commands.push(Command::Select(Some(inst.id.clone())));
                        }
                    }
                });
        }
        commands
    }
}
