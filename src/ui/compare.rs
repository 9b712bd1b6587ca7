//! Compare two scenarios side by side: the projected events only one of them
//! has, and the institutions whose stages or years differ. Every entry is a
//! link to its place on the timeline or the road map.

use eframe::egui::{self, RichText};

use super::context::{Panel, ViewerContext};
use super::widgets::truncate;
use crate::command::Command;
use crate::model::scenarios::{diff, stages_text};
use crate::model::types::{ProjectedEvent, Scenario};
use crate::state::Tab;

#[derive(Default)]
pub struct ComparePanel;

impl Panel for ComparePanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        ui.heading(ctx.tr("Compare two scenarios"));
        ui.horizontal(|ui| {
            for slot in 0..2 {
                picker_ui(ui, ctx, slot);
                ui.add_space(12.0);
            }
        });
        let pick = |slot: usize| {
            ctx.state.compare[slot]
                .as_deref()
                .and_then(|id| ctx.ds.scenarios.iter().find(|s| s.id == id))
        };
        let (Some(a), Some(b)) = (pick(0), pick(1)) else {
            ui.weak(ctx.tr("Choose two scenarios to see what differs between them."));
            return;
        };
        if a.id == b.id {
            ui.weak(ctx.tr("Choose two different scenarios."));
            return;
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("compare_scroll")
            .show(ui, |ui| differences_ui(ui, ctx, a, b));
    }
}

/// The chooser of scenario A (slot 0) or B (slot 1).
fn picker_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, slot: usize) {
    let name = if slot == 0 { "A" } else { "B" };
    let current = ctx.state.compare[slot]
        .as_deref()
        .and_then(|id| ctx.ds.scenarios.iter().find(|s| s.id == id));
    let text = current.map_or(ctx.tr("choose a scenario"), |s| {
        ctx.pick(&s.title, s.title_ru.as_deref())
    });
    egui::ComboBox::from_label(format!("{} {name}", ctx.tr("Scenario")))
        .selected_text(truncate(text, 48))
        .width(330.0)
        .show_ui(ui, |ui| {
            for s in &ctx.ds.scenarios {
                let chosen = ctx.state.compare[slot].as_deref() == Some(s.id.as_str());
                let title = ctx.pick(&s.title, s.title_ru.as_deref());
                if ui.selectable_label(chosen, title).clicked() {
                    ctx.send(Command::SetCompare(slot, Some(s.id.clone())));
                }
            }
        });
}

/// The three columns: only in A, only in B, institutions that differ.
fn differences_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, a: &Scenario, b: &Scenario) {
    let d = diff(a, b);
    ui.columns(3, |cols| {
        let title = |s: &Scenario| ctx.pick(&s.title, s.title_ru.as_deref()).to_owned();
        let only_a = format!("{} A: {}", ctx.tr("Only in"), title(a));
        events_column_ui(&mut cols[0], ctx, &only_a, &d.only_a);
        let only_b = format!("{} B: {}", ctx.tr("Only in"), title(b));
        events_column_ui(&mut cols[1], ctx, &only_b, &d.only_b);
        let col = &mut cols[2];
        col.strong(format!(
            "{} ({})",
            ctx.tr("Institutions whose road map differs"),
            d.stages.len()
        ));
        for (id, sa, sb) in &d.stages {
            let name = ctx
                .ds
                .institution(id)
                .map_or(id.as_str(), |i| ctx.pick(&i.name, i.name_ru.as_deref()));
            let response = col
                .link(name)
                .on_hover_text(ctx.tr("Show it on the road map"));
            if response.clicked() {
                ctx.send(Command::Select(Some((*id).clone())));
                ctx.send(Command::SetTab(Tab::RoadMap));
            }
            col.label(RichText::new(format!("A: {}", stages_text(sa, ctx.lang))).small());
            col.label(RichText::new(format!("B: {}", stages_text(sb, ctx.lang))).small());
            col.add_space(4.0);
        }
    });
}

fn events_column_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    heading: &str,
    events: &[&ProjectedEvent],
) {
    ui.strong(format!("{heading} ({})", events.len()));
    for p in events {
        let response = ui
            .link(ctx.pick(&p.title, p.title_ru.as_deref()))
            .on_hover_text(format!("{}\n{}", p.date.display(), p.summary));
        if response.clicked() {
            ctx.send(Command::ShowOnTimeline(p.id.clone()));
        }
        ui.label(RichText::new(p.date.display()).small().weak());
    }
}
