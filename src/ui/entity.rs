//! Entity pages: under a person's, organisation's or institution's
//! details, everything linked to it by date (events, scenario projections,
//! terms, elections, figures, factors, other entities), each clickable; and
//! for a person, the timeline filtered to them.

use eframe::egui;

use super::context::ViewerContext;
use crate::command::Command;
use crate::model::links::{Linked, linked_to};
use crate::model::queries::display_name;
use crate::model::timeline::Filter;

/// The entity's linked items, by date, each a link: items on the time axis
/// are shown there, the others selected.
pub fn linked_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, id: &str) {
    let linked = linked_to(ctx.ds, id);
    ui.add_space(6.0);
    ui.strong(format!(
        "{} ({})",
        ctx.tr("Everything linked, by date"),
        linked.len()
    ));
    if linked.is_empty() {
        ui.weak(ctx.tr("Nothing in the data is linked to it."));
        return;
    }
    for item in &linked {
        linked_row_ui(ui, ctx, item);
    }
}

fn linked_row_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, item: &Linked) {
    let title = display_name(ctx.ds, &item.id, ctx.lang);
    let date = item
        .date
        .map_or_else(|| "—".to_owned(), |d| d.display_in(ctx.lang));
    let text = format!("{date} · {} · {title}", ctx.tr(item.kind.label()));
    let mut response = ui.add(egui::Link::new(text));
    if let Some(via) = &item.via {
        let through = display_name(ctx.ds, via, ctx.lang);
        response = response.on_hover_text(format!("{} {through}", ctx.tr("Linked through")));
    }
    if response.clicked() {
        ctx.send(if item.kind.is_on_axis() {
            Command::ShowOnTimeline(item.id.clone())
        } else {
            Command::Select(Some(item.id.clone()))
        });
    }
}

/// "Show only on the timeline": the timeline filtered to this person's
/// events (or, when it is, back to everyone).
pub fn person_filter_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, person: &str) {
    if !ctx
        .ds
        .events
        .iter()
        .any(|e| e.people.iter().any(|p| p == person))
    {
        return;
    }
    let filter = &ctx.state.filter;
    let only = filter.people.len() == 1 && filter.people.contains(person);
    let (label, hover) = if only {
        (
            "Show everyone on the timeline",
            "Stop filtering the timeline by this person",
        )
    } else {
        (
            "Show only this person on the timeline",
            "Filter the timeline to the events linked to this person",
        )
    };
    ui.add_space(4.0);
    if ui
        .button(ctx.tr(label))
        .on_hover_text(ctx.tr(hover))
        .clicked()
    {
        let people = if only {
            Default::default()
        } else {
            [person.to_owned()].into()
        };
        ctx.send(Command::SetFilter(Filter {
            people,
            ..filter.clone()
        }));
    }
}
