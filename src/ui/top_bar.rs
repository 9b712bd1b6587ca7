//! The top bar: the title, "fit", the search box with its filters, the
//! Share, View and Help menus, where the data comes from and the last
//! notice; and the help overlay.

use eframe::egui::{self, RichText};

use super::context::{Panel, ViewerContext};
use super::i18n::help_rows;
use super::keyboard::search_box_id;
use super::search_results::ResultsList;
use super::theme;
use super::widgets::text_width;
use crate::command::{Command, ExportKind, SidePanel};
use crate::model::error::error_count;
use crate::model::timeline::Filter;
use crate::model::{Lang, Status};
use crate::state::ThemeChoice;

/// The window title.
pub const TITLE: &str = "rk-roadmap — Russia–Kazakhstan 1990–2030";

#[derive(Default)]
pub struct TopBar {
    /// The search results list under the search box.
    results: ResultsList,
}

impl Panel for TopBar {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Self { results } = self;
        // Wraps onto a second row in a narrow window rather than cutting
        // off what does not fit.
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(ctx.tr(TITLE)).strong().size(15.0));
            ui.separator();
            if ui
                .button(ctx.tr("Fit 1990–2030"))
                .on_hover_text(ctx.tr("Show the whole span (Home, or double-click the timeline)"))
                .clicked()
            {
                ctx.send(Command::FitAll);
            }
            ui.separator();
            search_ui(ui, ctx, results);
            menus_ui(ui, ctx);
            panel_toggles_ui(ui, ctx);
            ui.separator();
            source_ui(ui, ctx);
            if let Some(notice) = &ctx.state.notice {
                // Cut with an ellipsis at the window's edge; hover shows it all.
                ui.add(egui::Label::new(RichText::new(notice).small()).truncate())
                    .on_hover_text(notice);
            }
        });
    }
}

/// Toggles for the side panels.
fn panel_toggles_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    for (side, shown, label, hover) in [
        (
            SidePanel::Left,
            ctx.state.show_left,
            "Scenarios panel",
            "Show or hide the scenarios and institutions panel (key [)",
        ),
        (
            SidePanel::Right,
            ctx.state.show_right,
            "Details panel",
            "Show or hide the details panel (key ])",
        ),
    ] {
        if ui
            .selectable_label(shown, ctx.tr(label))
            .on_hover_text(ctx.tr(hover))
            .clicked()
        {
            ctx.send(Command::ShowSidePanel(side, !shown));
        }
    }
}

/// Where the data comes from, the Reload button and the load's state.
fn source_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let source = ctx.source;
    ui.weak(source.origin(ctx.lang));
    if source.data_dir.is_some() {
        if ui
            .button(ctx.tr("Reload"))
            .on_hover_text(ctx.tr("Read the data files again (they are also reloaded on save)"))
            .clicked()
        {
            ctx.send(Command::Reload);
        }
        // A reload under way says so instead of "watching", or of the
        // error that the folder cannot be watched (it comes back after).
        match (source.reloading_for, source.watch_error) {
            (Some(running), _) => reloading_ui(ui, ctx, running),
            (None, Some(e)) => {
                let text = format!("{} {e}", ctx.tr("cannot watch the folder:"));
                ui.colored_label(theme::ERROR, text);
            }
            (None, None) if source.watching => {
                ui.weak(ctx.tr("watching for changes"));
            }
            (None, None) => {}
        }
    }
    if !source.errors.is_empty() {
        ui.colored_label(theme::ERROR, error_count(source.errors.len(), ctx.lang));
    }
}

/// A reload reading the files: for how long (the data shown is the last
/// good one until it is done). No spinner: an animation repaints the
/// whole window every frame, which on a machine without a GPU takes the
/// cores the reload needs; the seconds are redrawn once a second.
fn reloading_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, running: std::time::Duration) {
    let text = format!(
        "{} ({} {})",
        ctx.tr("reloading…"),
        running.as_secs(),
        ctx.tr("s")
    );
    ui.weak(text).on_hover_text(
        ctx.tr("The files are read again; the data shown is the last good one until then"),
    );
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs(1));
}

/// "12 of 240" matches, in `lang`.
fn match_count(matches: usize, all: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} of {}", lang.number(matches), lang.number(all)),
        Lang::Ru => format!("{} из {}", lang.number(matches), lang.number(all)),
        Lang::Kk => format!("{} ішінен {}", lang.number(all), lang.number(matches)),
    }
}

/// The search box with its results list, the match count and the lane,
/// status, person and tag filters.
fn search_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, results: &mut ResultsList) {
    let mut filter = ctx.state.filter.clone();
    let index = &ctx.derived.index;
    let response = ui.add(
        egui::TextEdit::singleline(&mut filter.query)
            .id(search_box_id())
            .hint_text(ctx.tr("Search events (Ctrl+F)"))
            .desired_width(200.0),
    );
    let response = response.on_hover_text(ctx.tr(
        "Search titles, summaries, notes, tags and linked names in English and Russian, in either script; Enter and Shift+Enter step through the results; Esc clears",
    ));
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Search events"));
    results.ui(ui, ctx, &response);
    // The count in a slot as wide as its widest text, so that the buttons
    // after it (and an open Filters menu) stay put as the count changes.
    let widest = [
        match_count(index.len(), index.len(), ctx.lang),
        format!("{} {}", ctx.lang.number(index.len()), ctx.tr("events")),
    ]
    .map(|t| text_width(ui, &t, egui::TextStyle::Body.resolve(ui.style())));
    let slot = egui::vec2(widest[0].max(widest[1]), ui.spacing().interact_size.y);
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(slot, layout, |ui| {
        ui.set_min_width(slot.x);
        if filter.is_active() {
            ui.label(match_count(index.match_count(), index.len(), ctx.lang));
        } else {
            ui.weak(format!(
                "{} {}",
                ctx.lang.number(index.len()),
                ctx.tr("events")
            ));
        }
    });
    // The filters stay open while boxes are ticked; a click outside closes them.
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let (response, _) = egui::containers::menu::MenuButton::new(ctx.tr("Filters"))
        .config(config)
        .ui(ui, |ui| {
            // Scrolls where the window is too short for all of it (the tags
            // ran off a 700 px window); "Clear all filters" stays in sight.
            let room = ui.ctx().content_rect().bottom() - ui.cursor().top() - 48.0;
            // One width, whatever is ticked: the menu does not jump.
            ui.set_width(FILTERS_PX);
            egui::ScrollArea::vertical()
                .id_salt("filters_menu")
                .auto_shrink([false, true])
                .max_height(room.max(120.0))
                .show(ui, |ui| filters_ui(ui, ctx, &mut filter));
            ui.separator();
            if ui.button(ctx.tr("Clear all filters")).clicked() {
                filter = Filter::default();
            }
        });
    response.on_hover_text(ctx.tr("Show only some lanes, statuses or tags"));
    if filter != ctx.state.filter {
        ctx.send(Command::SetFilter(filter));
    }
}

/// The Filters menu's width: its longest lines (a Russian lane's name, the
/// people's heading) and the scroll bar.
const FILTERS_PX: f32 = 270.0;

fn filters_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, filter: &mut Filter) {
    menu_heading(ui, ctx.tr("Lanes"));
    for lane in &ctx.ds.lanes {
        let mut shown = !filter.hidden_lanes.contains(&lane.id);
        let name = ctx.pick(&lane.name, lane.name_ru.as_deref());
        if ui.checkbox(&mut shown, name).changed() {
            if shown {
                filter.hidden_lanes.remove(&lane.id);
            } else {
                filter.hidden_lanes.insert(lane.id.clone());
            }
        }
    }
    ui.separator();
    menu_heading(ui, ctx.tr("Status"));
    for status in Status::ALL {
        let mut shown = !filter.hidden_statuses.contains(status);
        if ui.checkbox(&mut shown, status.label(ctx.lang)).changed() {
            if shown {
                filter.hidden_statuses.remove(status);
            } else {
                filter.hidden_statuses.insert(*status);
            }
        }
    }
    ui.separator();
    people_filter_ui(ui, ctx, filter);
    ui.separator();
    menu_heading(ui, ctx.tr("Tags (none ticked = all)"));
    // By the name shown (Russian names from settings.ron), not the tag.
    let mut tags: Vec<(&String, &str)> = (ctx.derived.index.tags().iter())
        .map(|t| (t, ctx.ds.tag_name(t, ctx.lang)))
        .collect();
    tags.sort_by_cached_key(|(_, name)| name.to_lowercase());
    for (tag, name) in tags {
        let mut on = filter.tags.contains(tag);
        if ui.checkbox(&mut on, name).changed() {
            if on {
                filter.tags.insert(tag.clone());
            } else {
                filter.tags.remove(tag);
            }
        }
    }
}

/// Only items linked to the ticked people (none ticked = all), in a
/// scrolling list of everyone some timeline item names.
fn people_filter_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, filter: &mut Filter) {
    menu_heading(ui, ctx.tr("People (none ticked = all)"));
    let mut people: Vec<(&str, String)> = ctx
        .ds
        .people
        .iter()
        .filter(|p| ctx.derived.index.names_person(&p.id))
        .map(|p| {
            (
                p.id.as_str(),
                ctx.pick(&p.name, p.name_ru.as_deref()).to_owned(),
            )
        })
        .collect();
    people.sort_by(|a, b| a.1.cmp(&b.1));
    egui::ScrollArea::vertical()
        .id_salt("people_filter")
        .max_height(160.0)
        .show(ui, |ui| {
            for (id, name) in people {
                let mut on = filter.people.contains(id);
                if ui.checkbox(&mut on, name).changed() {
                    if on {
                        filter.people.insert(id.to_owned());
                    } else {
                        filter.people.remove(id);
                    }
                }
            }
        });
}

/// The Share, View and Help menus.
fn menus_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    ui.menu_button(ctx.tr("Share"), |ui| share_menu_ui(ui, ctx))
        .response
        .on_hover_text(
            ctx.tr("Copy this view as a command line, or save it as PNG, CSV or Markdown"),
        );
    ui.menu_button(ctx.tr("View"), |ui| view_menu_ui(ui, ctx))
        .response
        .on_hover_text(ctx.tr("Language, theme and size of the interface"));
    if ui
        .button(ctx.tr("Help"))
        .on_hover_text(ctx.tr("Every mouse and keyboard action (F1 or ?)"))
        .clicked()
    {
        ctx.send(Command::ShowHelp(!ctx.state.show_help));
    }
}

fn share_menu_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    if ui
        .button(ctx.tr("Copy view as command"))
        .on_hover_text(
            ctx.tr("Copies a command line that reopens this view: dates, tab, language, scenarios, selection, search, filters and collapsed lanes"),
        )
        .clicked()
    {
        let command = crate::cli::view_command(ctx.source.data_dir, ctx.state);
        ui.ctx().copy_text(command.clone());
        ctx.send(Command::Notice(Some(format!(
            "{} {command}",
            ctx.tr("Copied:")
        ))));
    }
    ui.separator();
    let saved_in = format!("{} {}", ctx.tr("Saved in"), ctx.export_dir.display());
    for (kind, label) in [
        (ExportKind::Png, "Save view as PNG"),
        (ExportKind::Csv, "Save visible events as CSV"),
        (ExportKind::Markdown, "Save brief as Markdown"),
        (ExportKind::Svg, "Save view as SVG"),
        (ExportKind::Pdf, "Save view as PDF"),
        (ExportKind::Poster, "Save full-range poster as PDF"),
    ] {
        if ui.button(ctx.tr(label)).on_hover_text(&saved_in).clicked() {
            ctx.send(Command::Export(kind));
        }
    }
}

fn view_menu_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    menu_heading(ui, ctx.tr("Language"));
    for choice in Lang::ALL {
        if ui.radio(ctx.lang == choice, choice.name()).clicked() {
            ctx.send(Command::SetLang(choice));
        }
    }
    ui.separator();
    menu_heading(ui, ctx.tr("Theme"));
    for (choice, name) in [
        (ThemeChoice::System, "Follow the system"),
        (ThemeChoice::Light, "Light"),
        (ThemeChoice::Dark, "Dark"),
    ] {
        if ui.radio(ctx.state.theme == choice, ctx.tr(name)).clicked() {
            ctx.send(Command::SetTheme(choice));
        }
    }
    ui.separator();
    ui.label(format!("{:.0}%", ctx.state.ui_scale * 100.0));
    if ui.button(ctx.tr("Larger (Ctrl+=)")).clicked() {
        ctx.send(Command::ScaleUi(1.1));
    }
    if ui.button(ctx.tr("Smaller (Ctrl+−)")).clicked() {
        ctx.send(Command::ScaleUi(1.0 / 1.1));
    }
}

/// The help overlay: every mouse and keyboard action.
#[derive(Default)]
pub struct HelpOverlay;

impl Panel for HelpOverlay {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        if !ctx.state.show_help {
            return;
        }
        egui::Window::new(ctx.tr("Keyboard and mouse"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                egui::Grid::new("help_grid")
                    .striped(true)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        for (action, keys) in help_rows(ctx.lang) {
                            ui.label(action);
                            ui.label(RichText::new(keys).strong());
                            ui.end_row();
                        }
                    });
                ui.add_space(6.0);
                if ui.button(ctx.tr("Close")).clicked() {
                    ctx.send(Command::ShowHelp(false));
                }
            });
    }
}

/// A heading in a menu, wrapped flush left: a menu's justified layout
/// stretched the gaps of a heading that wraps («Тұлғалар (ешқайсысы
/// белгіленбесе = барлығы)»).
fn menu_heading(ui: &mut egui::Ui, text: &str) {
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.strong(text);
    });
}
