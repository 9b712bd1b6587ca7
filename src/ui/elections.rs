//! Electoral cycles: one row per elected office, with its terms as bars
//! labelled by holder or party, its elections and referendums as markers,
//! the elections the term rules say are due (computed, not typed in), the
//! 2029–2030 cusp and every period when both countries vote within 12
//! months, on the shared time axis.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};

use super::widgets::time_axis::{CUSP_YEARS, GUTTER_PX, TimeAxis};
use super::widgets::{country_color, truncate};
use crate::command::Command;
use crate::model::elections::{ComputedElection, close_votes, computed_elections};
use crate::model::types::{Election, ElectionKind, Office, OfficeKind, Term};
use crate::model::{Dataset, Status};
use crate::state::AppState;

const ROW_PX: f32 = 34.0;
const HEADER_PX: f32 = 22.0;
const CLOSE_ROW_PX: f32 = 18.0;
/// Total height of the panel's rows.
pub const PANEL_PX: f32 = HEADER_PX + 4.0 * ROW_PX + CLOSE_ROW_PX;
/// Computed elections are listed up to the end of this year.
pub const COMPUTE_UNTIL_YEAR: i32 = 2030;
/// Two votes at most this far apart (in years) are "within 12 months".
pub const CLOSE_VOTE_YEARS: f64 = 1.0;
/// The cusp's explanation, from the white paper.
pub const CUSP_TEXT: &str = "The 2029–2030 electoral cusp: Tokayev's single 7-year term ends in 2029 and \
Putin's term runs to 2030. The white paper warns that \"at the electoral cusp between 2029 and 2030, \
the values-related and generational gap may appear between the leaders of our two countries\", and \
proposes moving from «leadership diplomacy» to an institutional system before it.";

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
        let computed = computed_elections(ds, COMPUTE_UNTIL_YEAR);
        let (header, response) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), HEADER_PX), Sense::hover());
        let title = crate::ui::i18n::tr(state.lang, "Electoral cycles");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, title));
        let title_rect = ui.painter().text(
            Pos2::new(header.left() + 6.0, header.center().y),
            Align2::LEFT_CENTER,
            crate::ui::i18n::tr(state.lang, "Electoral cycles"),
            FontId::proportional(14.0),
            ui.visuals().strong_text_color(),
        );
        legend_ui(ui, axis, header, title_rect.right() + 12.0);
        cusp_label_ui(ui, axis, header);
        for office in &ds.offices {
            self.office_ui(ui, axis, ds, state, today, office, &computed, &mut commands);
        }
        close_votes_ui(ui, axis, ds, state, &computed, today);
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
        computed: &[ComputedElection],
        commands: &mut Vec<Command>,
    ) {
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), ROW_PX), Sense::hover());
        let painter = ui.painter_at(rect);
        axis.background_ui(&painter, rect, ui.visuals(), today);
        axis.cursor_ui(&painter, rect, state.hover_year);
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
        let short = match (state.lang, &office.country, office.kind) {
            (crate::state::Lang::Ru, ..) => office
                .title_ru
                .clone()
                .unwrap_or_else(|| office.title.clone()),
            (_, c, OfficeKind::President) => format!("{} president", c.label()),
            (_, c, OfficeKind::Parliament) => format!("{} parliament", c.label()),
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
        let office_computed: Vec<&ComputedElection> =
            computed.iter().filter(|c| c.office == office.id).collect();
        for election in ds
            .elections
            .iter()
            .filter(|e| election_row(ds, e) == Some(office.id.as_str()))
        {
            // A scheduled election the rules confirm is drawn once, at its computed date.
            if office_computed
                .iter()
                .any(|c| c.matches.as_deref() == Some(election.id.as_str()))
            {
                continue;
            }
            election_ui(
                ui, &painter, axis, state, election, color, marker_y, commands,
            );
        }
        for c in office_computed {
            computed_ui(ui, &painter, axis, ds, state, c, color, marker_y, commands);
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
    let fill = if e.status == Status::Fact {
        color
    } else {
        ui.visuals().panel_fill
    };
    marker_shape(painter, c, r, e.kind, fill, Stroke::new(1.5, color));
    if state.selected.as_deref() == Some(e.id.as_str()) {
        painter.circle_stroke(
            c,
            r + 3.0,
            Stroke::new(2.0, ui.visuals().strong_text_color()),
        );
    }
    let kind = kind_label(e.kind);
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

pub fn kind_label(kind: ElectionKind) -> &'static str {
    match kind {
        ElectionKind::Regular => "regular election",
        ElectionKind::Early => "early election",
        ElectionKind::Referendum => "referendum",
        ElectionKind::Indirect => "indirect election",
    }
}

/// Draws an election marker: ◆ regular or indirect, ▲ early, ■ referendum.
fn marker_shape(
    painter: &egui::Painter,
    c: Pos2,
    r: f32,
    kind: ElectionKind,
    fill: Color32,
    stroke: Stroke,
) {
    match kind {
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
}

/// A legend of the marker shapes, left-aligned in the header after the
/// gutter, stopping before the cusp band.
fn legend_ui(ui: &egui::Ui, axis: &TimeAxis, header: Rect, min_x: f32) {
    let limit = axis.x_from_year(CUSP_YEARS.0).min(header.right()) - 8.0;
    let painter = ui.painter_at(Rect::from_x_y_ranges(
        header.left()..=limit,
        header.y_range(),
    ));
    let color = ui.visuals().text_color();
    let font = FontId::proportional(11.0);
    let y = header.center().y;
    let mut x = (axis.map.left + 8.0).max(min_x);
    for (kind, label) in [
        (ElectionKind::Regular, "regular"),
        (ElectionKind::Early, "early"),
        (ElectionKind::Referendum, "referendum"),
    ] {
        marker_shape(
            &painter,
            Pos2::new(x + 4.0, y),
            4.0,
            kind,
            color,
            Stroke::new(1.0, color),
        );
        let r = painter.text(
            Pos2::new(x + 11.0, y),
            Align2::LEFT_CENTER,
            label,
            font.clone(),
            color,
        );
        x = r.right() + 12.0;
    }
    painter.text(
        Pos2::new(x, y),
        Align2::LEFT_CENTER,
        "hollow = scheduled · dashed = computed from the term rules",
        font,
        ui.visuals().weak_text_color(),
    );
}

/// The cusp's label in the header, with the white paper's explanation on hover.
fn cusp_label_ui(ui: &egui::Ui, axis: &TimeAxis, header: Rect) {
    let x0 = axis.x_from_year(CUSP_YEARS.0);
    let x1 = axis.x_from_year(CUSP_YEARS.1);
    if x1 < axis.map.left || x0 > axis.map.right {
        return;
    }
    let band = Rect::from_x_y_ranges(
        x0.max(axis.map.left)..=x1.min(axis.map.right),
        header.top() + 2.0..=header.bottom() - 2.0,
    );
    let gold = Color32::from_rgb(200, 140, 20);
    ui.painter()
        .rect_filled(band, 2.0, gold.gamma_multiply(0.25));
    ui.painter().with_clip_rect(band).text(
        band.center(),
        Align2::CENTER_CENTER,
        "cusp",
        FontId::proportional(11.0),
        gold,
    );
    let response = ui
        .interact(band, egui::Id::unique("electoral_cusp"), Sense::hover())
        .on_hover_text(CUSP_TEXT);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, "2029–2030 electoral cusp")
    });
}

/// A computed election: a dashed diamond at the computed date.
#[allow(clippy::too_many_arguments)]
fn computed_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    axis: &TimeAxis,
    ds: &Dataset,
    state: &AppState,
    c: &ComputedElection,
    color: Color32,
    y: f32,
    commands: &mut Vec<Command>,
) {
    let x = axis.x_from_year(c.date.mid_year_frac());
    if x < axis.map.left - 6.0 || x > axis.map.right + 6.0 {
        return;
    }
    let center = Pos2::new(x, y);
    let r = 5.5;
    let pts = [
        center + egui::vec2(0.0, -r),
        center + egui::vec2(r, 0.0),
        center + egui::vec2(0.0, r),
        center + egui::vec2(-r, 0.0),
        center + egui::vec2(0.0, -r),
    ];
    painter.add(Shape::convex_polygon(
        pts[..4].to_vec(),
        ui.visuals().panel_fill,
        Stroke::NONE,
    ));
    painter.add(Shape::dashed_line(&pts, Stroke::new(1.5, color), 3.0, 2.0));
    let id = c.matches.clone().unwrap_or_else(|| c.id.clone());
    if state.selected.as_deref() == Some(id.as_str()) {
        painter.circle_stroke(
            center,
            r + 3.0,
            Stroke::new(2.0, ui.visuals().strong_text_color()),
        );
    }
    let title = computed_title(ds, c);
    let response = ui
        .interact(
            Rect::from_center_size(center, egui::vec2(14.0, 14.0)),
            egui::Id::unique(("computed", &c.id)),
            Sense::click(),
        )
        .on_hover_text(format!("{title}\n{}", computed_explanation(c)));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
    if response.clicked() {
        commands.push(Command::Select(Some(id.clone())));
    }
}

/// The title of a computed election: its scheduled twin's, or the office's.
pub fn computed_title(ds: &Dataset, c: &ComputedElection) -> String {
    let office = ds
        .office(&c.office)
        .map_or(c.office.as_str(), |o| o.title.as_str());
    c.matches
        .as_deref()
        .and_then(|m| ds.election(m))
        .map_or_else(
            || format!("{office} election (computed)"),
            |e| e.title.clone(),
        )
}

/// How a computed election was computed, in words.
pub fn computed_explanation(c: &ComputedElection) -> String {
    format!(
        "Due {} — computed: the last election (`{}`) plus the {}-year term of rule `{}` in force then.",
        c.date.display(),
        c.from_election,
        c.term_years,
        c.rule
    )
}

/// A thin row marking every period when both countries hold a national
/// vote within 12 months of each other.
fn close_votes_ui(
    ui: &mut egui::Ui,
    axis: &TimeAxis,
    ds: &Dataset,
    state: &AppState,
    computed: &[ComputedElection],
    today: f64,
) {
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(axis.rect.width(), CLOSE_ROW_PX), Sense::hover());
    let painter = ui.painter_at(rect);
    axis.background_ui(&painter, rect, ui.visuals(), today);
    axis.cursor_ui(&painter, rect, state.hover_year);
    let gutter = Rect::from_min_size(rect.min, egui::vec2(GUTTER_PX - 4.0, rect.height()));
    painter.with_clip_rect(gutter).text(
        Pos2::new(rect.left() + 10.0, rect.center().y),
        Align2::LEFT_CENTER,
        crate::ui::i18n::tr(state.lang, "Votes within 12 months"),
        FontId::proportional(11.0),
        ui.visuals().weak_text_color(),
    );
    let plot = Rect::from_x_y_ranges(axis.map.left..=axis.map.right, rect.y_range());
    let painter = painter.with_clip_rect(plot);
    let gold = Color32::from_rgb(200, 140, 20);
    for (i, w) in close_votes(ds, computed, CLOSE_VOTE_YEARS)
        .iter()
        .enumerate()
    {
        let x0 = axis.x_from_year(w.start) - 3.0;
        let x1 = axis.x_from_year(w.end) + 3.0;
        if x1 < plot.left() || x0 > plot.right() {
            continue;
        }
        let bar = Rect::from_x_y_ranges(x0..=x1, rect.top() + 5.0..=rect.bottom() - 5.0);
        painter.rect_filled(bar, 3.0, gold.gamma_multiply(0.8));
        let pairs = w
            .pairs
            .iter()
            .map(|(r, k)| format!("• {} / {}", r.title, k.title))
            .collect::<Vec<_>>()
            .join("\n");
        let label = format!(
            "Both countries vote within 12 months, {:.0}–{:.0}",
            w.start.floor(),
            w.end.floor()
        );
        let response = ui
            .interact(bar, egui::Id::unique(("close_votes", i)), Sense::hover())
            .on_hover_text(format!("{label}\n{pairs}"));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    }
}
