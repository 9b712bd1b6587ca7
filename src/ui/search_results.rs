//! The search results list: a popup under the search box, one row per
//! result (title in the interface language; date, lane or kind, and why it
//! matched), best first. A click shows the result on the timeline; Enter
//! and Shift+Enter in the box step through the results (see `keyboard`),
//! and the list follows the selection. Only the rows in sight are built,
//! so a list of 100 000 results costs what eight do.

use eframe::egui::{self, Rect, RichText, Sense};

use super::context::ViewerContext;
use super::keyboard::search_box_id;
use crate::command::Command;
use crate::model::search::{HitRow, SearchResults};

/// Rows shown at most before the list scrolls.
const MAX_ROWS: usize = 8;
/// The list's widest.
const MAX_WIDTH: f32 = 470.0;

/// Whether the list is open, where it was drawn and what it last scrolled
/// to. Panel state (the top bar's); nothing here persists.
#[derive(Default)]
pub struct ResultsList {
    open: bool,
    /// The popup's rectangle last frame: a click inside it does not close it.
    rect: Option<Rect>,
    /// The selection the list last scrolled to.
    followed: Option<String>,
}

impl ResultsList {
    /// Opens, closes and draws the list under the search box `search`.
    pub fn ui(&mut self, ui: &egui::Ui, ctx: &ViewerContext<'_>, search: &egui::Response) {
        // Opens when the box gets the focus or the text changes; closes on
        // a click outside both, on its × and with the search (Esc).
        if search.gained_focus() || search.changed() {
            self.open = true;
        }
        let clicked_outside = ui.input(|i| {
            i.pointer.any_pressed()
                && i.pointer.interact_pos().is_some_and(|p| {
                    !search.rect.contains(p) && !self.rect.is_some_and(|r| r.contains(p))
                })
        });
        if clicked_outside {
            self.open = false;
        }
        let results = &ctx.derived.results;
        let pending = ctx.derived.search_pending();
        if !self.open || !(results.is_active() || pending) {
            self.rect = None;
            return;
        }
        let screen = ui.ctx().content_rect();
        let width = MAX_WIDTH.min(screen.width() - 16.0);
        let x = search
            .rect
            .left()
            .min(screen.right() - width - 8.0)
            .max(8.0);
        let area = egui::Area::new(egui::Id::unique("search_results"))
            .order(egui::Order::Foreground)
            .fixed_pos(egui::pos2(x, search.rect.bottom() + 4.0))
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_width(width);
                    if pending {
                        pending_ui(ui, ctx);
                    } else {
                        self.list_ui(ui, ctx, results);
                    }
                });
            });
        self.rect = Some(area.response.rect);
    }

    /// The header and the rows.
    fn list_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>, results: &SearchResults) {
        let count = results.hits.len();
        // The × at the top right; the count and the key hint share the rest
        // of the line, the hint whole on a line of its own when it does not
        // fit beside the count.
        let side = ui.spacing().interact_size.y;
        let corner = ui.max_rect().right_top();
        ui.horizontal_wrapped(|ui| {
            ui.set_max_width(ui.available_width() - side - ui.spacing().item_spacing.x);
            ui.strong(match count {
                0 => ctx.tr("No results").to_owned(),
                n => format!("{}: {}", ctx.tr("Results"), ctx.lang.number(n)),
            });
            // The results are every kind of item; the top bar's count is the
            // timeline's events only: say how many of these it shows.
            let on_timeline = ctx.derived.index.match_count();
            if count > 0 && on_timeline != count {
                let n = ctx.lang.number(on_timeline);
                ui.label(format!("· {}: {n}", ctx.tr("on the timeline")));
            }
            let hint = ctx.tr("Enter: next · Shift+Enter: previous · Esc: clear");
            let hint = RichText::new(hint).weak();
            ui.add(egui::Label::new(hint).wrap_mode(egui::TextWrapMode::Extend));
        });
        let at = Rect::from_min_size(corner - egui::vec2(side, 0.0), egui::vec2(side, side));
        let close = ui
            .place(at, egui::Button::new("×").small())
            .on_hover_text(ctx.tr("Close the results list"));
        close.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, ctx.tr("Close the results list"))
        });
        if close.clicked() {
            self.open = false;
            // The box keeps the focus: typing opens the list again.
            ui.memory_mut(|m| m.request_focus(search_box_id()));
        }
        if count == 0 {
            ui.weak(ctx.tr(
                "Nothing has every word. Titles, summaries, notes, tags and linked names are searched in English and Russian, in either script.",
            ));
            return;
        }
        ui.separator();
        let row_height = 2.0 * ui.text_style_height(&egui::TextStyle::Body) + 8.0;
        let selected = results.position(
            (ctx.derived.search(), ctx.ds),
            ctx.state.selected.as_deref().unwrap_or(""),
        );
        let stride = row_height + ui.spacing().item_spacing.y;
        let view_height = row_height * MAX_ROWS as f32;
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("search_results_rows")
            .auto_shrink([false, true])
            .max_height(view_height);
        // Follow the selection when it changes (Enter, Shift+Enter): two
        // rows above it stay in sight, and never past the end.
        if self.followed != ctx.state.selected {
            self.followed.clone_from(&ctx.state.selected);
            if let Some(pos) = selected {
                let end = (count as f32 * stride - view_height).max(0.0);
                let top = ((pos as f32 - 2.0) * stride).clamp(0.0, end);
                scroll = scroll.vertical_scroll_offset(top);
            }
        }
        scroll.show_rows(ui, row_height, count, |ui, range| {
            for pos in range {
                if let Some(hit) = results.hits.get(pos) {
                    let row = ctx.derived.search().row(ctx.ds, hit, ctx.lang);
                    row_ui(ui, ctx, &row, (pos, count), row_height);
                }
            }
        });
    }
}

/// One result: its title over its date, lane (or kind) and why it matched.
fn row_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    row: &HitRow,
    (pos, count): (usize, usize),
    height: f32,
) {
    let selected = ctx.is_selected(&row.id);
    let place = row.lane.as_deref().unwrap_or(ctx.tr(row.kind));
    let mut details = Vec::new();
    if let Some(date) = row.date {
        details.push(date.display_in(ctx.lang));
    }
    details.push(place.to_owned());
    details.push(row.why_text(|s| ctx.tr(s)));
    let details = details.join(" · ");
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), height), Sense::click());
    let label = format!(
        "{} {} {} {count}: {} — {details}",
        ctx.tr("Result"),
        pos + 1,
        ctx.tr("of"),
        row.title
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    let visuals = ui.visuals();
    if selected {
        ui.painter()
            .rect_filled(rect, 3.0, visuals.selection.bg_fill.gamma_multiply(0.6));
    } else if response.hovered() {
        ui.painter()
            .rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
    }
    // Painted, not labels: the row is one accessible button.
    let inner = rect.shrink2(egui::vec2(6.0, 4.0));
    let line = |text: RichText| {
        egui::WidgetText::from(text).into_galley(
            ui,
            Some(egui::TextWrapMode::Truncate),
            inner.width(),
            egui::TextStyle::Body,
        )
    };
    let title = line(RichText::new(&row.title).strong());
    let below = line(RichText::new(&details).small());
    let painter = ui.painter();
    painter.galley(inner.left_top(), title.clone(), visuals.strong_text_color());
    let y = inner.top() + title.size().y + 1.0;
    painter.galley(
        egui::pos2(inner.left(), y),
        below,
        visuals.weak_text_color(),
    );
    let response = response.on_hover_text(format!("{}\n{details}", row.title));
    if response.clicked() {
        ctx.send(Command::ShowOnTimeline(row.id.clone()));
        // Keep typing and stepping in the box.
        ui.memory_mut(|m| m.request_focus(search_box_id()));
    }
}

/// The query waits for the search index, built on another thread after a
/// large dataset loads: the window does not wait with it.
fn pending_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    ui.horizontal(|ui| {
        ui.strong(ctx.tr("Indexing the events for search…"));
        ui.weak(format!(
            "{} {}",
            ctx.lang.number(ctx.ds.events.len()),
            ctx.tr("events")
        ));
    });
    // Two short lines, so that neither leaves a word alone on a line.
    ui.weak(ctx.tr("The results come when the indexing is done."));
    ui.weak(ctx.tr("Until then the timeline shows every event."));
}
