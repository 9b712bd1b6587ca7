//! Electoral cycles: one row per elected office, with its terms as bars
//! labelled by holder or party and its elections and referendums as markers,
//! on the shared time axis.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};

use super::widgets::time_axis::{GUTTER_PX, TimeAxis};
use super::widgets::{country_color, truncate};
use crate::command::Command;
use crate::model::types::{Election, ElectionKind, Office, OfficeKind, Term};
use crate::model::{Dataset, Status};
use crate::state::AppState;

const ROW_PX: f32 = 34.0;
const HEADER_PX: f32 = 22.0;

#[derive(Default)]
pub struct ElectionsPanel;

impl ElectionsPanel {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        axis: &TimeAxis,
        ds: &Dataset,
        state: &AppState,
        today: f64,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let (header, response) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), HEADER_PX), Sense::hover());
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, "Electoral cycles"));
        ui.painter().text(
            Pos2::new(header.left() + 6.0, header.center().y),
            Align2::LEFT_CENTER,
            "Electoral cycles",
            FontId::proportional(14.0),
            ui.visuals().strong_text_color(),
        );
        ui.painter().text(
            Pos2::new(
                axis.x_from_year(2029.0).max(axis.map.left) + 3.0,
                header.center().y,
            ),
            Align2::LEFT_CENTER,
            "2029–2030 electoral cusp",
            FontId::proportional(11.0),
            Color32::from_rgb(200, 140, 20),
        );
        for office in &ds.offices {
            self.office_ui(ui, axis, ds, state, today, office, &mut commands);
        }
        commands
    }

    #[allow(clippy::too_many_arguments)]
    fn office_ui(
        &self,
        ui: &mut egui::Ui,
        axis: &TimeAxis,
        ds: &Dataset,
        state: &AppState,
        today: f64,
        office: &Office,
        commands: &mut Vec<Command>,
    ) {
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), ROW_PX), Sense::hover());
        let painter = ui.painter_at(rect);
        axis.background_ui(&painter, rect, ui.visuals(), today);
        painter.line_segment(
            [rect.left_bottom(), rect.right_bottom()],
            Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        );
        let color = country_color(&office.country);
        painter.rect_filled(
            Rect::from_min_size(rect.min, egui::vec2(4.0, rect.height())),
            0.0,
            color,
        );
        let short = match (&office.country, office.kind) {
            (c, OfficeKind::President) => format!("{} president", c.label()),
            (c, OfficeKind::Parliament) => format!("{} parliament", c.label()),
        };
        painter.text(
            Pos2::new(rect.left() + 10.0, rect.center().y),
            Align2::LEFT_CENTER,
            truncate(&short, 22),
            FontId::proportional(12.5),
            ui.visuals().strong_text_color(),
        );
        let gutter = Rect::from_min_size(rect.min, egui::vec2(GUTTER_PX, rect.height()));
        let response = ui
            .interact(
                gutter,
                egui::Id::unique(("office", &office.id)),
                Sense::hover(),
            )
            .on_hover_text(&office.title);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &office.title));
        let plot = Rect::from_x_y_ranges(axis.map.left..=axis.map.right, rect.y_range());
        let painter = painter.with_clip_rect(plot);
        let bar_y = rect.top() + 5.0..=rect.bottom() - 13.0;
        for term in ds.terms.iter().filter(|t| t.office == office.id) {
            term_ui(
                ui,
                &painter,
                axis,
                ds,
                state,
                today,
                term,
                color,
                bar_y.clone(),
                commands,
            );
        }
        let marker_y = rect.bottom() - 7.0;
        for election in ds
            .elections
            .iter()
            .filter(|e| election_row(ds, e) == Some(office.id.as_str()))
        {
            election_ui(
                ui, &painter, axis, state, election, color, marker_y, commands,
            );
        }
    }
}

/// The office row an election is drawn on: its office, or for a referendum
/// with no office, its country's presidential row.
fn election_row<'a>(ds: &'a Dataset, e: &'a Election) -> Option<&'a str> {
    match &e.office {
        Some(o) => Some(o.as_str()),
        None => ds
            .offices
            .iter()
            .find(|o| o.country == e.country && o.kind == OfficeKind::President)
            .map(|o| o.id.as_str()),
    }
}

fn term_label(ds: &Dataset, term: &Term) -> String {
    // Surnames keep short bars readable: "Kassym-Jomart Tokayev" → "Tokayev".
    let holder = term
        .holder
        .as_deref()
        .and_then(|h| ds.person(h))
        .map(|p| p.name.rsplit(' ').next().unwrap_or(&p.name).to_owned());
    let mut label = holder
        .or_else(|| term.label.clone())
        .unwrap_or_else(|| term.body.clone().unwrap_or_default());
    if term.acting {
        label.push_str(" (acting)");
    }
    label
}

#[allow(clippy::too_many_arguments)]
fn term_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    axis: &TimeAxis,
    ds: &Dataset,
    state: &AppState,
    today: f64,
    term: &Term,
    color: Color32,
    y: std::ops::RangeInclusive<f32>,
    commands: &mut Vec<Command>,
) {
    let x0 = axis.x_from_year(term.start.start_year_frac());
    let x1 = axis.x_from_year(term.end.start_year_frac());
    if x1 < axis.map.left || x0 > axis.map.right {
        return;
    }
    let bar = Rect::from_x_y_ranges(x0..=x1.max(x0 + 2.0), y).shrink2(egui::vec2(1.0, 0.0));
    let projected = term.status != Status::Fact || term.end.start_year_frac() > today;
    let fill = if term.acting {
        color.gamma_multiply(0.15)
    } else {
        color.gamma_multiply(if projected { 0.2 } else { 0.45 })
    };
    painter.rect_filled(bar, 3.0, fill);
    let selected = state.selected.as_deref() == Some(term.id.as_str());
    let stroke = Stroke::new(
        if selected { 2.5 } else { 1.0 },
        if selected {
            ui.visuals().strong_text_color()
        } else {
            color
        },
    );
    painter.rect_stroke(bar, 3.0, stroke, StrokeKind::Inside);
    let label = term_label(ds, term);
    let visible = Rect::from_x_y_ranges(
        bar.left().max(axis.map.left)..=bar.right().min(axis.map.right),
        bar.y_range(),
    );
    let chars = ((visible.width() - 6.0) / 6.3).max(0.0) as usize;
    if chars >= 3 {
        painter.text(
            Pos2::new(visible.left() + 4.0, bar.center().y),
            Align2::LEFT_CENTER,
            truncate(&label, chars),
            FontId::proportional(11.5),
            ui.visuals().strong_text_color(),
        );
    }
    let body = term.body.as_deref().unwrap_or("");
    let response = ui
        .interact(
            visible,
            egui::Id::unique(("term", &term.id)),
            Sense::click(),
        )
        .on_hover_text(format!(
            "{label}\n{body}\n{} – {} · {}",
            term.start.display(),
            term.end.display(),
            term.status.label()
        ));
    let a11y = format!(
        "Term: {label}, {} – {}",
        term.start.display(),
        term.end.display()
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &a11y));
    if response.clicked() {
        commands.push(Command::Select(Some(term.id.clone())));
    }
}

#[allow(clippy::too_many_arguments)]
fn election_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    axis: &TimeAxis,
    state: &AppState,
    e: &Election,
    color: Color32,
    y: f32,
    commands: &mut Vec<Command>,
) {
    let x = axis.x_from_year(e.date.mid_year_frac());
    if x < axis.map.left - 6.0 || x > axis.map.right + 6.0 {
        return;
    }
    let c = Pos2::new(x, y);
    let r = 5.0;
    let filled = e.status == Status::Fact;
    let stroke = Stroke::new(1.5, color);
    let fill = if filled {
        color
    } else {
        ui.visuals().panel_fill
    };
    match e.kind {
        ElectionKind::Referendum => {
            let rect = Rect::from_center_size(c, egui::vec2(2.0 * r - 1.0, 2.0 * r - 1.0));
            painter.rect_filled(rect, 1.0, fill);
            painter.rect_stroke(rect, 1.0, stroke, StrokeKind::Inside);
        }
        ElectionKind::Early => {
            let pts = vec![
                c + egui::vec2(0.0, -r - 1.0),
                c + egui::vec2(r + 1.0, r),
                c + egui::vec2(-r - 1.0, r),
            ];
            painter.add(Shape::convex_polygon(pts, fill, stroke));
        }
        ElectionKind::Regular | ElectionKind::Indirect => {
            let pts = vec![
                c + egui::vec2(0.0, -r),
                c + egui::vec2(r, 0.0),
                c + egui::vec2(0.0, r),
                c + egui::vec2(-r, 0.0),
            ];
            painter.add(Shape::convex_polygon(pts, fill, stroke));
        }
    }
    if state.selected.as_deref() == Some(e.id.as_str()) {
        painter.circle_stroke(
            c,
            r + 3.0,
            Stroke::new(2.0, ui.visuals().strong_text_color()),
        );
    }
    let kind = match e.kind {
        ElectionKind::Regular => "regular election",
        ElectionKind::Early => "early election",
        ElectionKind::Referendum => "referendum",
        ElectionKind::Indirect => "indirect election",
    };
    let hit = Rect::from_center_size(c, egui::vec2(14.0, 14.0));
    let response = ui
        .interact(hit, egui::Id::unique(("election", &e.id)), Sense::click())
        .on_hover_text(format!(
            "{}\n{} · {kind} · {}\n{}",
            e.title,
            e.date.display(),
            e.status.label(),
            truncate(&e.result, 200)
        ));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &e.title));
    if response.clicked() {
        commands.push(Command::Select(Some(e.id.clone())));
    }
}
