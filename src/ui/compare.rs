//! Compare two scenarios side by side: the projected events only one of them
//! has, and the institutions whose stages or years differ. Every entry is a
//! link to its place on the timeline or the road map.

use eframe::egui::{self, RichText};

use super::roadmap::stages_text;
use crate::command::Command;
use crate::model::Dataset;
use crate::model::scenarios::diff;
use crate::state::{AppState, Tab};

#[derive(Default)]
pub struct ComparePanel;

impl ComparePanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, ds: &Dataset, state: &AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.heading("Compare two scenarios");
        ui.horizontal(|ui| {
            for (slot, name) in [(0, "A"), (1, "B")] {
                let current = state.compare[slot]
                    .as_deref()
                    .and_then(|id| ds.scenarios.iter().find(|s| s.id == id));
                let text = current.map_or("choose a scenario", |s| s.title.as_str());
                egui::ComboBox::from_label(format!("Scenario {name}"))
                    .selected_text(super::widgets::truncate(text, 48))
                    .width(330.0)
                    .show_ui(ui, |ui| {
                        for s in &ds.scenarios {
                            let chosen = state.compare[slot].as_deref() == Some(s.id.as_str());
                            if ui.selectable_label(chosen, &s.title).clicked() {
                                commands.push(Command::SetCompare(slot, Some(s.id.clone())));
                            }
                        }
                    });
                ui.add_space(12.0);
            }
        });
        let pick = |slot: usize| {
            state.compare[slot]
                .as_deref()
                .and_then(|id| ds.scenarios.iter().find(|s| s.id == id))
        };
        let (Some(a), Some(b)) = (pick(0), pick(1)) else {
            ui.weak("Choose two scenarios to see what differs between them.");
            return commands;
        };
        if a.id == b.id {
            ui.weak("Choose two different scenarios.");
            return commands;
        }
        let d = diff(a, b);
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("compare_scroll")
            .show(ui, |ui| {
                ui.columns(3, |cols| {
                    events_column_ui(
                        &mut cols[0],
                        &format!("Only in A: {}", a.title),
                        &d.only_a,
                        &mut commands,
                    );
                    events_column_ui(
                        &mut cols[1],
                        &format!("Only in B: {}", b.title),
                        &d.only_b,
                        &mut commands,
                    );
                    let col = &mut cols[2];
                    col.strong(format!(
                        "Institutions whose road map differs ({})",
                        d.stages.len()
                    ));
                    for (id, sa, sb) in &d.stages {
                        let name = ds.institution(id).map_or(id.as_str(), |i| i.name.as_str());
                        let response = col.link(name).on_hover_text("Show it on the road map");
                        if response.clicked() {
                            commands.push(Command::Select(Some((*id).clone())));
                            commands.push(Command::SetTab(Tab::RoadMap));
                        }
                        col.label(RichText::new(format!("A: {}", stages_text(sa))).small());
                        col.label(RichText::new(format!("B: {}", stages_text(sb))).small());
                        col.add_space(4.0);
                    }
                });
            });
        commands
    }
}

fn events_column_ui(
    ui: &mut egui::Ui,
    heading: &str,
    events: &[&crate::model::types::ProjectedEvent],
    commands: &mut Vec<Command>,
) {
    ui.strong(format!("{heading} ({})", events.len()));
    for p in events {
        let response =
            ui.link(&p.title)
                .on_hover_text(format!("{}\n{}", p.date.display(), p.summary));
        if response.clicked() {
            commands.push(Command::ShowOnTimeline(p.id.clone()));
        }
        ui.label(RichText::new(p.date.display()).small().weak());
    }
}
