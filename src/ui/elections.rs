//! Electoral cycles: one row per elected office, with its terms as bars
//! labelled by holder or party, its elections and referendums as markers,
//! the elections the term rules say are due (computed, not typed in), the
//! 2029–2030 cusp and every period when both countries vote within 12
//! months, on the shared time axis.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};

use super::context::{Panel, ViewerContext};
use super::past_due;
use super::theme::{self, country_color};
use super::widgets::time_axis::{CUSP_YEARS, GUTTER_PX, TimeAxis};
use super::widgets::{clickable, fitted_lines, paint_disclosure, paint_fitted, readable, truncate};
use crate::command::Command;
use crate::model::elections::{
    ComputedElection, computed_explanation, computed_title, election_row, term_label, vote_title,
};
use crate::model::types::{Election, ElectionKind, Office, Term};
use crate::model::{Lang, Status};

/// Height of an office's row.
pub const ROW_PX: f32 = 34.0;
/// The least an office's row is given in a short window: the term's chip
/// still holds its label, the markers their own strip below it.
pub const COMPACT_ROW_PX: f32 = 28.0;
const HEADER_PX: f32 = 22.0;
const CLOSE_ROW_PX: f32 = 18.0;
/// Height of the markers' strip at the bottom of an office's row.
const MARKER_STRIP_PX: f32 = 13.0;

/// Total height of the panel with office rows `row_px` high.
pub fn panel_px(row_px: f32) -> f32 {
    HEADER_PX + 4.0 * row_px + CLOSE_ROW_PX
}

/// Height of the panel folded to its heading.
pub const FOLDED_PX: f32 = HEADER_PX;
/// The cusp's explanation, from the white paper.
pub const CUSP_TEXT: &str = "The 2029–2030 electoral cusp: Tokayev's single 7-year term ends in 2029 and \
Putin's term runs to 2030. The white paper warns that \"at the electoral cusp between 2029 and 2030, \
the values-related and generational gap may appear between the leaders of our two countries\", and \
proposes moving from «leadership diplomacy» to an institutional system before it.";

/// The same in Russian; the white paper's words are translated from the
/// English text.
pub const CUSP_TEXT_RU: &str = "Электоральный рубеж 2029–2030 годов: единственный семилетний срок Токаева \
истекает в 2029 году, срок Путина — в 2030 году. Доклад предупреждает (перевод с английского), что «на \
электоральном рубеже 2029–2030 годов между лидерами двух стран может возникнуть ценностный и \
поколенческий разрыв», и предлагает до этого перейти от «дипломатии лидеров» к институциональной системе.";
/// The same in Kazakh; the white paper's words are translated from the
/// English text.
pub const CUSP_TEXT_KK: &str = "2029–2030 жылдардағы сайлау шебі: Тоқаевтың жеті жылдық жалғыз мерзімі \
2029 жылы, Путиннің мерзімі 2030 жылы аяқталады. Баяндама «2029–2030 жылдар аралығындағы сайлау шебінде екі \
еліміздің басшылары арасында құндылықтық және буындық алшақтық пайда болуы мүмкін» деп ескертеді (ағылшын \
тілінен аударма) және оған дейін «көшбасшылар дипломатиясынан» институционалдық жүйеге көшуді ұсынады.";

/// The cusp's explanation in `lang`.
pub fn cusp_text(lang: Lang) -> &'static str {
    match lang {
        Lang::En => CUSP_TEXT,
        Lang::Ru => CUSP_TEXT_RU,
        Lang::Kk => CUSP_TEXT_KK,
    }
}

/// The source the cusp comes from: the white paper.
const WHITE_PAPER: &str = "ciss_2030_roadmap";

pub struct ElectionsPanel {
    row_px: f32,
}

impl Default for ElectionsPanel {
    fn default() -> Self {
        Self { row_px: ROW_PX }
    }
}

impl ElectionsPanel {
    /// Draw the office rows `row_px` high (the axis area shares its height).
    pub fn set_row_px(&mut self, row_px: f32) {
        self.row_px = row_px;
    }
}

impl Panel for ElectionsPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(axis) = ctx.axis else { return };
        let (header, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), HEADER_PX), Sense::hover());
        let open = ctx.state.show_cycles;
        let title_rect = heading_ui(ui, ctx, header, open);
        let cusp_left = cusp_label_ui(ui, ctx, &axis, header);
        if !open {
            return;
        }
        // The legend stops before the cusp's band (widened for its word).
        let header_end = Rect::from_x_y_ranges(
            header.left()..=cusp_left.unwrap_or(header.right()).min(header.right()),
            header.y_range(),
        );
        legend_ui(ui, ctx, &axis, header_end, title_rect.right() + 12.0);
        for office in &ctx.ds.offices {
            OfficeRow {
                axis: &axis,
                ctx,
                office,
                row_px: self.row_px,
            }
            .ui(ui);
        }
        close_votes_ui(ui, ctx, &axis);
    }
}

/// The panel's heading in `header`: a disclosure triangle and the title,
/// which fold the rows away or show them again (in a short window the
/// road map's rows get their room). Returns where the title is.
fn heading_ui(ui: &egui::Ui, ctx: &ViewerContext<'_>, header: Rect, open: bool) -> Rect {
    let title = ctx.tr("Electoral cycles");
    let painter = ui.painter();
    let color = ui.visuals().strong_text_color();
    let c = Pos2::new(header.left() + 10.0, header.center().y);
    paint_disclosure(painter, c, open, ui.visuals().text_color());
    let title_rect = painter.text(
        Pos2::new(header.left() + 20.0, header.center().y),
        Align2::LEFT_CENTER,
        title,
        FontId::proportional(14.0),
        color,
    );
    let hit = Rect::from_min_max(header.left_top(), title_rect.right_bottom())
        .expand2(egui::vec2(4.0, 0.0));
    let response = ui
        .interact(hit, egui::Id::unique("cycles_heading"), Sense::click())
        .on_hover_text(ctx.tr(if open {
            "click to collapse"
        } else {
            "click to expand"
        }));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, title));
    if response.clicked() {
        ctx.send(Command::ShowCycles(!open));
    }
    title_rect
}

/// One office's row.
struct OfficeRow<'a, 'c> {
    axis: &'a TimeAxis,
    ctx: &'a ViewerContext<'c>,
    office: &'a Office,
    row_px: f32,
}

impl OfficeRow<'_, '_> {
    fn ui(&self, ui: &mut egui::Ui) {
        let Self {
            axis,
            ctx,
            office,
            row_px,
        } = self;
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(axis.rect.width(), *row_px), Sense::hover());
        let painter = ui.painter_at(rect);
        axis.background_ui(&painter, rect, ui.visuals(), ctx.today);
        axis.cursor_ui(&painter, rect, ctx.state.hover_year);
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
        let short = match ctx.lang {
            Lang::Ru | Lang::Kk => ctx
                .pick(&office.title, office.title_ru.as_deref())
                .to_owned(),
            Lang::En => format!(
                "{} {}",
                office.country.label(Lang::En),
                office.kind.label(Lang::En)
            ),
        };
        let at = (
            Pos2::new(rect.left() + 10.0, rect.center().y),
            Align2::LEFT_CENTER,
        );
        let strong = ui.visuals().strong_text_color();
        let font = FontId::proportional(12.5);
        // Two lines where one would cut it ("Парламент Казахстана"), when
        // the row is tall enough for them.
        let lines = if *row_px >= ROW_PX { 2 } else { 1 };
        let galley = fitted_lines(ui, &short, (font, strong), GUTTER_PX - 16.0, lines);
        let name = at.1.anchor_size(at.0, galley.size());
        painter.galley(name.min, galley, strong);
        let gutter = Rect::from_min_size(rect.min, egui::vec2(GUTTER_PX, rect.height()));
        readable(ui, gutter, ("office", &office.id), &office.title)
            .on_hover_text(ctx.pick(&office.title, office.title_ru.as_deref()));
        let painter = painter.with_clip_rect(axis.plot_in(rect));
        // The chip over the markers' strip, with up to 5 px above it.
        let above = (row_px - MARKER_STRIP_PX - 16.0).clamp(1.0, 5.0);
        let bar_y = rect.top() + above..=rect.bottom() - MARKER_STRIP_PX;
        for term in ctx.ds.terms.iter().filter(|t| t.office == office.id) {
            self.term_ui(ui, &painter, term, color, bar_y.clone());
        }
        let marker = Marker {
            y: rect.bottom() - 7.0,
            color,
        };
        let computed = &ctx.derived.cycles.computed;
        for election in ctx
            .ds
            .elections
            .iter()
            .filter(|e| election_row(ctx.ds, e) == Some(office.id.as_str()))
        {
            // A scheduled election the rules confirm is drawn once, at its computed date.
            if ctx.derived.cycles.confirming(&election.id).is_none() {
                marker.election_ui(ui, ctx, axis, &painter, election);
            }
        }
        for c in computed.iter().filter(|c| c.office == office.id) {
            marker.computed_ui(ui, ctx, axis, &painter, c);
        }
    }

    fn term_ui(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        term: &Term,
        color: Color32,
        y: std::ops::RangeInclusive<f32>,
    ) {
        let Self { axis, ctx, .. } = self;
        let x0 = axis.x_from_year(term.start.start_year_frac());
        let x1 = axis.x_from_year(term.end.start_year_frac());
        if !axis.shows_px(x0, x1) {
            return;
        }
        let bar = Rect::from_x_y_ranges(x0..=x1.max(x0 + 2.0), y).shrink2(egui::vec2(1.0, 0.0));
        let projected = term.status != Status::Fact || term.end.start_year_frac() > ctx.today;
        let fill = if term.acting {
            0.15
        } else if projected {
            0.2
        } else {
            0.45
        };
        painter.rect_filled(bar, 3.0, color.gamma_multiply(fill));
        let selected = ctx.is_selected(&term.id);
        let stroke = if selected {
            Stroke::new(2.5, ui.visuals().strong_text_color())
        } else {
            Stroke::new(1.0, color)
        };
        painter.rect_stroke(bar, 3.0, stroke, StrokeKind::Inside);
        let label = term_label(ctx.ds, term, ctx.lang);
        let visible = axis.plot_in(bar).intersect(bar);
        if visible.width() >= 24.0 {
            let at = (
                Pos2::new(visible.left() + 4.0, bar.center().y),
                Align2::LEFT_CENTER,
            );
            let room = (ui.visuals().strong_text_color(), visible.width() - 7.0);
            paint_fitted(ui, painter, at, &label, FontId::proportional(11.5), room);
        }
        let a11y = format!(
            "Term: {label}, {} – {}",
            term.start.display(),
            term.end.display()
        );
        let span = format!(
            "{} – {}",
            term.start.display_in(ctx.lang),
            term.end.display_in(ctx.lang)
        );
        let body = term
            .body
            .as_deref()
            .map_or("", |b| ctx.pick(b, term.body_ru.as_deref()));
        let due = past_due::due_of(ctx, &term.id);
        clickable(ui, ctx, visible, ("term", &term.id), &a11y, &term.id).on_hover_ui(|ui| {
            // No empty line where the term has no text of its own.
            let body = if body.is_empty() {
                String::new()
            } else {
                format!("{body}\n")
            };
            ui.label(format!(
                "{label}\n{body}{span} · {}",
                term.status.label(ctx.lang)
            ));
            past_due::tooltip_line_ui(ui, ctx, due);
        });
    }
}

/// Election markers at one row's height, in the office's colour.
struct Marker {
    y: f32,
    color: Color32,
}

impl Marker {
    fn election_ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        axis: &TimeAxis,
        painter: &egui::Painter,
        e: &Election,
    ) {
        let x = axis.x_from_year(e.date.mid_year_frac());
        if !axis.shows_px(x - 6.0, x + 6.0) {
            return;
        }
        let c = Pos2::new(x, self.y);
        let r = 5.0;
        let fill = if e.status == Status::Fact {
            self.color
        } else {
            ui.visuals().panel_fill
        };
        marker_shape(painter, c, r, e.kind, fill, Stroke::new(1.5, self.color));
        let due = past_due::due_of(ctx, &e.id);
        self.due_ui(painter, c, r, e.kind, due);
        if ctx.is_selected(&e.id) {
            let stroke = Stroke::new(2.0, ui.visuals().strong_text_color());
            painter.circle_stroke(c, r + 3.0, stroke);
        }
        let hit = Rect::from_center_size(c, egui::vec2(14.0, 14.0));
        clickable(ui, ctx, hit, ("election", &e.id), &e.title, &e.id).on_hover_ui(|ui| {
            ui.label(format!(
                "{}\n{} · {} · {}\n{}",
                ctx.pick(&e.title, e.title_ru.as_deref()),
                e.date.display_in(ctx.lang),
                e.kind.label(ctx.lang),
                e.status.label(ctx.lang),
                truncate(ctx.pick(&e.result, e.result_ru.as_deref()), 200)
            ));
            past_due::tooltip_line_ui(ui, ctx, due);
        });
    }

    /// A held election's marker half filled; a past-due one marked "!".
    fn due_ui(
        &self,
        painter: &egui::Painter,
        c: Pos2,
        r: f32,
        kind: ElectionKind,
        due: Option<past_due::Due>,
    ) {
        let rect = Rect::from_center_size(c, egui::vec2(2.0 * r, 2.0 * r));
        if due == Some(past_due::Due::Held) {
            let half = past_due::left_half(painter, rect.expand(1.5));
            marker_shape(&half, c, r, kind, self.color, Stroke::NONE);
        }
        past_due::past_due_mark_ui(painter, rect, due);
    }

    /// A computed election: a dashed diamond at the computed date.
    fn computed_ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        axis: &TimeAxis,
        painter: &egui::Painter,
        c: &ComputedElection,
    ) {
        let x = axis.x_from_year(c.date.mid_year_frac());
        if !axis.shows_px(x - 6.0, x + 6.0) {
            return;
        }
        let center = Pos2::new(x, self.y);
        let r = 5.5;
        let pts = [
            center + egui::vec2(0.0, -r),
            center + egui::vec2(r, 0.0),
            center + egui::vec2(0.0, r),
            center + egui::vec2(-r, 0.0),
            center + egui::vec2(0.0, -r),
        ];
        let fill = ui.visuals().panel_fill;
        painter.add(Shape::convex_polygon(pts[..4].to_vec(), fill, Stroke::NONE));
        painter.add(Shape::dashed_line(
            &pts,
            Stroke::new(1.5, self.color),
            3.0,
            2.0,
        ));
        // A dot in the middle tells a computed election from a scheduled one
        // (hollow, solid outline) even where dashes are too small to see.
        painter.circle_filled(center, 1.6, self.color);
        let id = c.matches.clone().unwrap_or_else(|| c.id.clone());
        let due = c.matches.as_deref().and_then(|m| past_due::due_of(ctx, m));
        self.due_ui(painter, center, r, ElectionKind::Regular, due);
        if ctx.is_selected(&id) {
            let stroke = Stroke::new(2.0, ui.visuals().strong_text_color());
            painter.circle_stroke(center, r + 3.0, stroke);
        }
        let title = computed_title(ctx.ds, c, Lang::En);
        let hit = Rect::from_center_size(center, egui::vec2(14.0, 14.0));
        clickable(ui, ctx, hit, ("computed", &c.id), &title, &id).on_hover_ui(|ui| {
            ui.label(format!(
                "{}\n{}",
                computed_title(ctx.ds, c, ctx.lang),
                computed_explanation(ctx.ds, c, ctx.lang)
            ));
            past_due::tooltip_line_ui(ui, ctx, due);
        });
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
/// gutter; a piece that does not fit before the cusp band is left out (the
/// header's tooltip has the whole legend).
/// The least room for the legend's second part, cut (px).
const MIN_LEGEND_REST_PX: f32 = 72.0;

fn legend_ui(ui: &egui::Ui, ctx: &ViewerContext<'_>, axis: &TimeAxis, header: Rect, min_x: f32) {
    let limit = axis.x_from_year(CUSP_YEARS.0).min(header.right()) - 8.0;
    let painter = ui.painter_at(header);
    let color = ui.visuals().text_color();
    let font = FontId::proportional(11.0);
    let y = header.center().y;
    let mut x = (axis.map.left + 8.0).max(min_x);
    for (kind, label) in [
        (ElectionKind::Regular, ctx.tr("regular")),
        (ElectionKind::Early, ctx.tr("early")),
        (ElectionKind::Referendum, ctx.tr("referendum")),
    ] {
        let galley = painter.layout_no_wrap(label.to_owned(), font.clone(), color);
        if x + 11.0 + galley.size().x > limit {
            break;
        }
        let stroke = Stroke::new(1.0, color);
        marker_shape(&painter, Pos2::new(x + 4.0, y), 4.0, kind, color, stroke);
        let rect = Align2::LEFT_CENTER.anchor_size(Pos2::new(x + 11.0, y), galley.size());
        painter.galley(rect.min, galley, color);
        x = rect.right() + 12.0;
    }
    let weak = ui.visuals().weak_text_color();
    let rest =
        ctx.tr("hollow = scheduled · half = date passed, no result · dashed with a dot = computed");
    // Cut with "…" where it does not fit whole (in Russian it was left
    // out with 600 px free); the legend's tooltip has it whole.
    if limit - x >= MIN_LEGEND_REST_PX {
        let at = (Pos2::new(x, y), Align2::LEFT_CENTER);
        paint_fitted(ui, &painter, at, rest, font, (weak, limit - x));
    }
    let legend = format!(
        "{} · {} · {}\n{rest}",
        ctx.tr("regular"),
        ctx.tr("early"),
        ctx.tr("referendum")
    );
    let area = Rect::from_x_y_ranges(min_x..=limit.max(min_x + 1.0), header.y_range());
    readable(
        ui,
        area,
        "electoral_legend",
        "Legend of the electoral cycles",
    )
    .on_hover_text(legend);
}

/// The cusp's label in the header, with the white paper's explanation on hover.
/// The cusp's band and word in the heading; returns where its left edge
/// is, if it is in view.
fn cusp_label_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    axis: &TimeAxis,
    header: Rect,
) -> Option<f32> {
    let x0 = axis.x_from_year(CUSP_YEARS.0);
    let x1 = axis.x_from_year(CUSP_YEARS.1);
    if !axis.shows_px(x0, x1) {
        return None;
    }
    let band = Rect::from_x_y_ranges(
        x0.max(axis.map.left)..=x1.min(axis.map.right),
        header.top() + 2.0..=header.bottom() - 2.0,
    );
    // A band too narrow for its word («рубеж» at full view in a small
    // window) widens leftwards to hold it, within the plot.
    let galley = ui.painter().layout_no_wrap(
        ctx.tr("cusp").to_owned(),
        FontId::proportional(11.0),
        theme::CUSP_GOLD,
    );
    let need = galley.size().x + 8.0;
    let left = (band.right() - need).max(axis.map.left).min(band.left());
    let band = Rect::from_x_y_ranges(left..=band.right(), band.y_range());
    ui.painter()
        .rect_filled(band, 2.0, theme::CUSP_GOLD.gamma_multiply(0.25));
    let at = Align2::CENTER_CENTER.anchor_size(band.center(), galley.size());
    ui.painter()
        .with_clip_rect(band)
        .galley(at.min, galley, theme::CUSP_GOLD);
    let text = cusp_text(ctx.lang);
    clickable(
        ui,
        ctx,
        band,
        "electoral_cusp",
        "2029–2030 electoral cusp",
        WHITE_PAPER,
    )
    .on_hover_text(format!("{text}\n\n{}", ctx.tr("Click for the white paper")));
    Some(band.left())
}

/// A thin row marking every period when both countries hold a national
/// vote within 12 months of each other.
fn close_votes_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, axis: &TimeAxis) {
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(axis.rect.width(), CLOSE_ROW_PX), Sense::hover());
    let painter = ui.painter_at(rect);
    axis.background_ui(&painter, rect, ui.visuals(), ctx.today);
    axis.cursor_ui(&painter, rect, ctx.state.hover_year);
    let gutter = Rect::from_min_size(rect.min, egui::vec2(GUTTER_PX - 4.0, rect.height()));
    let at = (
        Pos2::new(rect.left() + 10.0, rect.center().y),
        Align2::LEFT_CENTER,
    );
    let text = ctx.tr("Votes within 12 months");
    let weak = (ui.visuals().weak_text_color(), gutter.width() - 12.0);
    paint_fitted(ui, &painter, at, text, FontId::proportional(11.0), weak);
    readable(ui, gutter, "close_votes_gutter", text).on_hover_text(text);
    let plot = axis.plot_in(rect);
    let painter = painter.with_clip_rect(plot);
    for (i, w) in ctx.derived.cycles.close_votes.iter().enumerate() {
        let x0 = axis.x_from_year(w.start) - 3.0;
        let x1 = axis.x_from_year(w.end) + 3.0;
        if !axis.shows_px(x0, x1) {
            continue;
        }
        let bar = Rect::from_x_y_ranges(x0..=x1, rect.top() + 5.0..=rect.bottom() - 5.0);
        painter.rect_filled(bar, 3.0, theme::CUSP_GOLD.gamma_multiply(0.8));
        let title = |v| vote_title(ctx.ds, &ctx.derived.cycles, v, ctx.lang);
        let pairs = w
            .pairs
            .iter()
            .map(|(r, k)| format!("• {} / {}", title(r), title(k)))
            .collect::<Vec<_>>()
            .join("\n");
        let years = format!("{:.0}–{:.0}", w.start.floor(), w.end.floor());
        let label = format!("Both countries vote within 12 months, {years}");
        let shown = format!(
            "{}, {years}",
            ctx.tr("Both countries vote within 12 months")
        );
        readable(ui, bar, ("close_votes", i), &label).on_hover_text(format!("{shown}\n{pairs}"));
    }
}
