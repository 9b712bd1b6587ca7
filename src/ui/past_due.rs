//! How the panels show a Scheduled item whose date has passed: a held item
//! (date passed, no result in the sources) gets a half-filled marker; a
//! past-due one (still only Scheduled, not marked held) a red "!" mark.
//! Both get a line in the tooltip and in the details panel.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, RichText};

use super::context::ViewerContext;
use super::theme;
use crate::model::ItemRef;
pub use crate::model::past_due::Due;
use crate::model::past_due::{election_due, event_due, term_due};

/// The state of the item `id` (an event, election or term) against today.
pub fn due_of(ctx: &ViewerContext<'_>, id: &str) -> Option<Due> {
    let ds = ctx.ds;
    match ds.get(id)? {
        ItemRef::Event(i) => event_due(ds.events.get(i)?, ctx.today),
        ItemRef::Election(i) => election_due(ds.elections.get(i)?, ctx.today),
        ItemRef::Term(i) => term_due(ds.terms.get(i)?, ctx.today),
        _ => None,
    }
}

/// What "held" and "past due" mean, for the details line's tooltip.
const DUE_EXPLANATION: &str = "Its date has passed. Held: the sources consulted report no \
result, and none is entered. Past due: the data still calls it scheduled; check the sources.";

/// One line saying what the state means.
pub fn due_text(ctx: &ViewerContext<'_>, due: Due) -> &'static str {
    match due {
        Due::Held => ctx.tr("Date passed: held, the result is not in the sources"),
        Due::PastDue => ctx.tr("Past due: still scheduled after its date; the data needs review"),
    }
}

/// The line in a tooltip.
pub fn tooltip_line_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, due: Option<Due>) {
    match due {
        Some(Due::Held) => {
            ui.label(RichText::new(due_text(ctx, Due::Held)).italics());
        }
        Some(Due::PastDue) => {
            ui.colored_label(theme::ERROR, due_text(ctx, Due::PastDue));
        }
        None => {}
    }
}

/// The line under the status badge in the details panel.
pub fn details_line_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, due: Option<Due>) {
    let Some(due) = due else { return };
    let color = match due {
        Due::Held => ui.visuals().strong_text_color(),
        Due::PastDue => theme::ERROR,
    };
    let text = match due {
        Due::Held => due_text(ctx, due).to_owned(),
        Due::PastDue => format!("! {}", due_text(ctx, due)),
    };
    ui.label(RichText::new(text).color(color))
        .on_hover_text(ctx.tr(DUE_EXPLANATION));
}

/// A painter for the left half of `marker` (within `painter`'s clip): a
/// held item's marker is drawn again through it, filled.
pub fn left_half(painter: &egui::Painter, marker: Rect) -> egui::Painter {
    let half = Rect::from_min_max(marker.min, Pos2::new(marker.center().x, marker.max.y));
    painter.with_clip_rect(
        half.expand2(egui::vec2(0.0, 1.0))
            .intersect(painter.clip_rect()),
    )
}

/// A past-due item's red "!" at the upper right of its marker.
pub fn past_due_mark_ui(painter: &egui::Painter, marker: Rect, due: Option<Due>) {
    if due != Some(Due::PastDue) {
        return;
    }
    let at = marker.right_top() + egui::vec2(1.0, -1.0);
    painter.circle_filled(at, 4.5, theme::ERROR);
    painter.text(
        at,
        Align2::CENTER_CENTER,
        "!",
        FontId::proportional(8.5),
        Color32::WHITE,
    );
}

/// A timeline item's mark: `marker` is its point (a circle) or its bar.
pub fn timeline_mark_ui(
    painter: &egui::Painter,
    marker: Rect,
    point: bool,
    color: Color32,
    due: Option<Due>,
) {
    if due == Some(Due::Held) {
        let half = left_half(painter, marker);
        if point {
            half.circle_filled(marker.center(), 0.5 * marker.width(), color);
        } else {
            half.rect_filled(marker, 3.0, color.gamma_multiply(0.35));
        }
    }
    past_due_mark_ui(painter, marker, due);
}
