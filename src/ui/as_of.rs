//! The as-of control after the tabs: off, a button that goes back to the
//! first judgement's date; on, the date (type one, or step to the previous
//! or next change of a signpost), a replay towards today, the choice to dim
//! or hide later facts, and a way back to today. The marker on the time
//! axis can be dragged too (see `axis_area`).

use eframe::egui::{self, RichText};

use super::context::ViewerContext;
use super::theme;
use super::widgets::text_width;
use crate::command::Command;
use crate::model::Date;
use crate::model::date::day_in;
use crate::model::watch::{change_points, first_judgement};
use crate::state::LaterFacts;

/// The control's own state: the date being typed.
#[derive(Default)]
pub struct AsOfBar {
    text: String,
    /// The as-of date the text was last filled from.
    shown: Option<f64>,
    bad: bool,
}

impl AsOfBar {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(at) = ctx.state.as_of else {
            let start = first_judgement(ctx.ds).filter(|&y| y < ctx.today);
            let button = ui.button(ctx.tr("As of a date…")).on_hover_text(ctx.tr(
                "See what was known at an earlier date: later facts dimmed or hidden, signposts and judgements as they stood then",
            ));
            if button.clicked() {
                ctx.send(Command::SetAsOf(Some(start.unwrap_or(ctx.today - 1.0))));
            }
            return;
        };
        ui.label(RichText::new(ctx.tr("As of")).color(theme::TODAY).strong());
        let points = change_points(ctx.ds);
        let prev = points.iter().rev().find(|&&y| y < at - 1e-9).copied();
        let next = points.iter().find(|&&y| y > at + 1e-9).copied();
        let back = ctx.tr("Previous change of a signpost");
        if ui
            .add_enabled(prev.is_some(), egui::Button::new("‹"))
            .on_hover_text(back)
            .clicked()
        {
            ctx.send(Command::SetAsOf(prev));
        }
        self.date_field_ui(ui, ctx, at);
        let forward = ctx.tr("Next change of a signpost");
        if ui.button("›").on_hover_text(forward).clicked() {
            ctx.send(Command::SetAsOf(next.filter(|&y| y < ctx.today + 1.0)));
        }
        self.replay_ui(ui, ctx);
        later_facts_ui(ui, ctx);
        // The way out says so (a bare "Today" did not read as one).
        let leave = ctx.tr("Leave the view as of a date (Esc, with nothing selected)");
        if ui
            .button(ctx.tr("Back to today"))
            .on_hover_text(leave)
            .clicked()
        {
            ctx.send(Command::SetAsOf(None));
        }
    }

    fn date_field_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>, at: f64) {
        if self.shown != Some(at) {
            self.text = Date::from_year_frac(at).map_or_else(String::new, |d| d.to_string());
            self.shown = Some(at);
            self.bad = false;
        }
        let edit = egui::TextEdit::singleline(&mut self.text)
            .desired_width(86.0)
            .hint_text("YYYY-MM-DD");
        let response = ui.add(edit).on_hover_text(format!(
            "{}: {}",
            day_in(at, ctx.lang),
            ctx.tr("type a date (YYYY, YYYY-MM or YYYY-MM-DD) and press Enter")
        ));
        if self.bad {
            let stroke = egui::Stroke::new(1.5, theme::ERROR);
            ui.painter()
                .rect_stroke(response.rect, 2.0, stroke, egui::StrokeKind::Outside);
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            match Date::parse(self.text.trim()) {
                Ok(d) => ctx.send(Command::SetAsOf(Some(d.start_year_frac()))),
                Err(_) => self.bad = true,
            }
        }
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "As-of date"));
    }

    fn replay_ui(&self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let (label, hint) = if ctx.state.replaying {
            (ctx.tr("Stop"), ctx.tr("Stop the replay"))
        } else {
            (
                ctx.tr("Replay"),
                ctx.tr("Step towards today, one signpost change at a time"),
            )
        };
        if ui.button(label).on_hover_text(hint).clicked() {
            ctx.send(Command::Replay(!ctx.state.replaying));
        }
    }
}

fn later_facts_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let hint = ctx.tr("Facts dated after the as-of date");
    let choices = [
        (LaterFacts::Dim, ctx.tr("dim later facts")),
        (LaterFacts::Hide, ctx.tr("hide later facts")),
    ];
    // The pair stays together: to the next row if both do not fit here.
    let font = egui::TextStyle::Button.resolve(ui.style());
    let pad = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
    let need: f32 = choices
        .iter()
        .map(|(_, label)| pad + text_width(ui, label, font.clone()))
        .sum();
    if ui.available_size_before_wrap().x < need {
        ui.end_row();
    }
    for (choice, label) in choices {
        if ui
            .selectable_label(ctx.state.later_facts == choice, label)
            .on_hover_text(hint)
            .clicked()
        {
            ctx.send(Command::SetLaterFacts(choice));
        }
    }
}
