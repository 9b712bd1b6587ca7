//! The data-error panel: every error of the last failed load, with its
//! location and (for syntax errors) the offending line and a caret.

use eframe::egui::{self, RichText};

use super::context::{Panel, ViewerContext};
use super::theme;
use crate::model::Lang;
use crate::model::error::error_count;

#[derive(Default)]
pub struct ErrorsPanel;

impl Panel for ErrorsPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let errors = ctx.source.errors;
        ui.horizontal(|ui| {
            let count = error_count(errors.len(), ctx.lang);
            ui.label(RichText::new(count).strong().color(theme::ERROR));
            ui.weak(ctx.tr(if ctx.source.have_data {
                "— showing the last good data."
            } else {
                "— no valid data could be loaded; showing nothing."
            }));
        });
        if ctx.lang != Lang::En {
            ui.weak(
                ctx.tr(
                    "The messages are in English, as the checker (rk-roadmap check) prints them.",
                ),
            );
        }
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
