//! The data-error panel: every error of the last failed load, with its
//! location and (for syntax errors) the offending line and a caret.

use eframe::egui::{self, Color32, RichText};

use crate::model::LoadError;

#[derive(Default)]
pub struct ErrorsPanel;

impl ErrorsPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, errors: &[LoadError], showing_last_good: bool) {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!("{} data error(s)", errors.len()))
                    .strong()
                    .color(Color32::from_rgb(220, 80, 60)),
            );
            if showing_last_good {
                ui.weak("— showing the last good data.");
            } else {
                ui.weak("— no valid data could be loaded; showing nothing.");
            }
        });
        egui::ScrollArea::vertical()
            .max_height(180.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for e in errors {
                    ui.label(RichText::new(e.to_string()).monospace());
                    if let Some(excerpt) = e.caret_excerpt() {
                        ui.label(RichText::new(excerpt).monospace().weak());
                    }
                }
            });
    }
}
