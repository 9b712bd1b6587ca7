//! Institutions of the road map: the side list of proposed and existing
//! institutions, and in the central area a sortable table and the
//! institutions × factors matrix.

use eframe::egui::{self, FontId, Pos2, Rect, Sense};

use super::context::{Panel, ViewerContext};
use super::widgets::{paint_fitted, readable, text_width};
use crate::command::Command;
use crate::model::Lang;
use crate::model::queries::{
    InstitutionColumn as Col, factor_code, matrix_factors, matrix_institutions, sorted_institutions,
};
use crate::model::types::{Factor, Institution};

/// The side list: proposed and existing institutions, each clickable.
#[derive(Default)]
pub struct InstitutionsPanel;

impl Panel for InstitutionsPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        for (heading, proposed) in [
            ("Proposed by the road map", true),
            ("Existing institutions", false),
        ] {
            let list: Vec<&Institution> = ctx
                .ds
                .institutions
                .iter()
                .filter(|i| i.proposed == proposed)
                .collect();
            let id = ui.make_persistent_id(("institutions", proposed));
            egui::collapsing_header::CollapsingState::load_with_default_open(ui.ctx(), id, true)
                .show_header(ui, |ui| {
                    ui.strong(format!("{} ({})", ctx.tr(heading), list.len()));
                })
                .body(|ui| {
                    for inst in list {
                        institution_button_ui(ui, ctx, inst);
                    }
                });
        }
    }
}

fn institution_button_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, inst: &Institution) {
    let name = ctx.pick(&inst.name, inst.name_ru.as_deref());
    let response = ui
        .add(egui::Button::selectable(ctx.is_selected(&inst.id), name).truncate())
        .on_hover_text(format!(
            "{name}\n{} · {}\n{}",
            inst.level.label(ctx.lang),
            inst.status.label(ctx.lang),
            ctx.pick(&inst.purpose, inst.purpose_ru.as_deref())
        ));
    if response.clicked() {
        ctx.send(Command::Select(Some(inst.id.clone())));
    }
}

/// The institutions table (sortable) and the institutions × factors matrix,
/// shown in the central area.
#[derive(Default)]
pub struct InstitutionsTable;

impl Panel for InstitutionsTable {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let matrix = ctx.state.institutions_matrix;
        ui.horizontal(|ui| {
            if ui
                .selectable_label(!matrix, ctx.tr("Table"))
                .on_hover_text(
                    ctx.tr("Every institution with its level, purpose and the risks it answers"),
                )
                .clicked()
            {
                ctx.send(Command::ShowMatrix(false));
            }
            if ui
                .selectable_label(matrix, ctx.tr("Institutions × risks"))
                .on_hover_text(ctx.tr("Which institution answers which risk or barrier"))
                .clicked()
            {
                ctx.send(Command::ShowMatrix(true));
            }
        });
        ui.separator();
        if matrix {
            ui.weak(ctx.tr("A dot links an institution to a risk or barrier of the white paper it answers. Click a dot for the reasoning."));
            // Solid scroll bars: what lies past an edge shows without a hover.
            ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
            egui::ScrollArea::both()
                .id_salt("matrix_scroll")
                .show(ui, |ui| matrix_ui(ui, ctx));
        } else {
            ui.weak(ctx.tr("The road map's proposed institutions and the existing ones they build on. Click a heading to sort, a name for details."));
            let height = ui.available_height() - 24.0;
            table_ui(ui, ctx, height);
        }
    }
}

/// A sortable column heading, with its sort marker.
fn header_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, title: &'static str, col: Col) {
    let (sort, ascending) = ctx.state.institution_sort;
    let cyrillic = ctx.lang != Lang::En;
    // Kind sorts the proposed first (ascending), not by its word.
    let kind_order = match (sort == col && col == Col::Kind, ascending) {
        (false, _) => None,
        (true, true) => Some(ctx.tr("proposed first")),
        (true, false) => Some(ctx.tr("existing first")),
    };
    let arrow = match (sort == col, ascending, col.is_numeric()) {
        _ if kind_order.is_some() => "",
        (false, ..) => "",
        (true, true, true) => " (0–9)",
        (true, false, true) => " (9–0)",
        (true, true, false) if cyrillic => " (а–я)",
        (true, false, false) if cyrillic => " (я–а)",
        (true, true, false) => " (a–z)",
        (true, false, false) => " (z–a)",
    };
    let title = ctx.tr(title);
    let text = match kind_order {
        Some(order) => egui::RichText::new(format!("{title} ({order})")).strong(),
        None => egui::RichText::new(format!("{title}{arrow}")).strong(),
    };
    let hint = match ctx.lang {
        Lang::En => format!("Sort by {}", title.to_lowercase()),
        Lang::Ru => format!("Сортировать: {}", title.to_lowercase()),
        Lang::Kk => format!("Сұрыптау: {}", title.to_lowercase()),
    };
    if ui
        .add(egui::Button::new(text).frame(false))
        .on_hover_text(hint)
        .clicked()
    {
        ctx.send(Command::SortInstitutions(col));
    }
}

fn table_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, height: f32) {
    use egui_extras::{Column, TableBuilder};
    let (sort, ascending) = ctx.state.institution_sort;
    let rows = sorted_institutions(ctx.ds, sort, ascending, ctx.lang);
    // The long columns share what the short ones leave, so that all six are
    // in view from a 1000 px window up; in a narrower one the table scrolls
    // sideways by its bar.
    let name_px = (0.24 * ui.available_width()).clamp(140.0, 300.0);
    let long = || Column::remainder().at_least(LONG_COLUMN_PX).clip(true);
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    egui::ScrollArea::horizontal()
        .id_salt("institutions_table_x")
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded)
        .show(ui, |ui| {
            // A cut cell ends in "…" (its tooltip has the whole text).
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            TableBuilder::new(ui)
                .id_salt("institutions_table")
                .striped(true)
                .max_scroll_height(height)
                .column(Column::initial(name_px).resizable(true).clip(true))
                // As wide as "existing" in the language shown (long in Kazakh).
                .column(Column::auto().at_least(80.0))
                // As wide as its longest level: «межправительственный» was
                // broken mid-word at 110 px.
                .column(Column::auto().at_least(80.0))
                .column(long())
                .column(long())
                .column(long())
                .header(22.0, |row| header_row_ui(row, ctx))
                .body(|body| body_ui(body, ctx, &rows));
        });
}

/// The least width of the purpose, risks and sources columns.
const LONG_COLUMN_PX: f32 = 72.0;

fn header_row_ui(mut row: egui_extras::TableRow<'_, '_>, ctx: &ViewerContext<'_>) {
    row.col(|ui| header_ui(ui, ctx, "Institution", Col::Name));
    row.col(|ui| header_ui(ui, ctx, "Kind", Col::Kind));
    row.col(|ui| header_ui(ui, ctx, "Level", Col::Level));
    row.col(|ui| plain_header_ui(ui, ctx.tr("Purpose")));
    row.col(|ui| header_ui(ui, ctx, "Risks answered", Col::Answers));
    row.col(|ui| plain_header_ui(ui, ctx.tr("Sources")));
}

/// A heading that does not sort, on the sorting ones' line (as a label it
/// sat 3 px higher than the buttons beside it).
fn plain_header_ui(ui: &mut egui::Ui, title: &str) {
    let text = egui::RichText::new(title).strong();
    ui.add(
        egui::Button::new(text)
            .frame(false)
            .sense(egui::Sense::hover()),
    );
}

fn body_ui(mut body: egui_extras::TableBody<'_>, ctx: &ViewerContext<'_>, rows: &[&Institution]) {
    for inst in rows {
        body.row(20.0, |mut row| {
            row.set_selected(ctx.is_selected(&inst.id));
            row.col(|ui| name_cell_ui(ui, ctx, inst));
            // One line each, so that the columns take their width.
            let one_line = |ui: &mut egui::Ui, text: &str| {
                ui.add(egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend));
            };
            row.col(|ui| {
                let kind = if inst.proposed {
                    "proposed"
                } else {
                    "existing"
                };
                one_line(ui, ctx.tr(kind));
            });
            row.col(|ui| one_line(ui, inst.level.label(ctx.lang)));
            row.col(|ui| {
                let purpose = ctx.pick(&inst.purpose, inst.purpose_ru.as_deref());
                // One tooltip: egui's own one for a cut label is off.
                ui.add(egui::Label::new(purpose).show_tooltip_when_elided(false))
                    .on_hover_text(purpose);
            });
            row.col(|ui| answers_cell_ui(ui, ctx, inst));
            row.col(|ui| sources_cell_ui(ui, ctx, inst));
        });
    }
}

fn name_cell_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, inst: &Institution) {
    let name = ctx.pick(&inst.name, inst.name_ru.as_deref());
    // On the line of the cells beside it (a button's padding set it 3 px
    // lower).
    ui.spacing_mut().button_padding.y = 0.0;
    ui.spacing_mut().interact_size.y = 0.0;
    if ui
        .add(egui::Button::new(name).frame(false).truncate())
        .on_hover_text(name)
        .clicked()
    {
        ctx.send(Command::Select(Some(inst.id.clone())));
    }
}

fn answers_cell_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, inst: &Institution) {
    let names: Vec<String> = inst
        .answers
        .iter()
        .map(|a| {
            ctx.ds.factor(a).map_or(a.clone(), |f| {
                ctx.pick(&f.title, f.title_ru.as_deref()).to_owned()
            })
        })
        .collect();
    let text = format!("{} — {}", inst.answers.len(), names.join("; "));
    ui.add(egui::Label::new(text).show_tooltip_when_elided(false))
        .on_hover_text(names.join("\n"));
}

fn sources_cell_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, inst: &Institution) {
    let titles: Vec<String> = inst
        .sources
        .iter()
        .map(|id| {
            ctx.ds.source(id).map_or(id.clone(), |s| {
                let title = ctx.pick(&s.title, s.title_ru.as_deref());
                match s.footnote {
                    Some(n) => format!("[{n}] {title}"),
                    None => title.to_owned(),
                }
            })
        })
        .collect();
    ui.add(egui::Label::new(titles.join("; ")).show_tooltip_when_elided(false))
        .on_hover_text(titles.join("\n"));
}

/// Width of a factor's column in the matrix.
const CELL_PX: f32 = 28.0;
/// The least width of a factor's column, in a narrow window ("B13" fits).
const MIN_CELL_PX: f32 = 24.0;
/// Height of a matrix row and of the header.
const MATRIX_ROW_PX: f32 = 22.0;

/// The matrix: a row per institution (its full name), a column per factor
/// it may answer (the code shared with the legend below); hovering lights up
/// the row and the column, a click on a dot explains the link.
fn matrix_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let factors = matrix_factors(ctx.ds);
    let insts = matrix_institutions(ctx.ds);
    let font = FontId::proportional(13.0);
    let text = ui.visuals().text_color();
    let widest = insts
        .iter()
        .map(|i| text_width(ui, ctx.pick(&i.name, i.name_ru.as_deref()), font.clone()))
        .fold(0.0_f32, f32::max);
    // The columns' room first: the names are cut (with their tooltips)
    // before a column goes past the panel's edge.
    // The columns' room first (narrowed down to MIN_CELL_PX): the names are
    // cut, with their tooltips, before a column goes past the panel's edge.
    // Less the vertical bar's room, which the first frame does not know of.
    let avail = ui.available_width() - ui.spacing().scroll.allocated_width();
    let cols = factors.len().max(1) as f32;
    let cell = ((avail - 0.3 * avail) / cols).clamp(MIN_CELL_PX, CELL_PX);
    let names_room = (avail - cols * cell - 8.0).max(0.3 * avail);
    let label_w = widest.min(names_room).max(120.0) + 8.0;
    let size = egui::vec2(
        label_w + factors.len() as f32 * cell,
        MATRIX_ROW_PX * (insts.len() + 1) as f32,
    );
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let grid = MatrixGrid {
        rect,
        label_w,
        cell,
    };
    let hovered = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| rect.contains(*p))
        .map(|p| grid.cell_at(p));
    grid.highlight(ui, hovered, (insts.len(), factors.len()));
    for (k, f) in factors.iter().enumerate() {
        grid.header_ui(ui, ctx, k, f);
    }
    for (r, inst) in insts.iter().enumerate() {
        grid.row_name_ui(ui, ctx, r, inst, (font.clone(), text));
        for (k, f) in factors.iter().enumerate() {
            if inst.answers.contains(&f.id) {
                grid.dot_ui(ui, ctx, (r, k), (inst, f));
            }
        }
    }
    ui.add_space(8.0);
    ui.strong(ctx.tr("Codes:"));
    for (k, f) in factors.iter().enumerate() {
        let title = ctx.pick(&f.title, f.title_ru.as_deref());
        ui.label(format!(
            "{} — {}: {title}",
            factor_code(f.kind, k),
            f.kind.label(ctx.lang)
        ));
    }
    link_explanation_ui(ui, ctx);
}

/// Where the matrix's rows, columns and cells are.
struct MatrixGrid {
    rect: Rect,
    label_w: f32,
    /// A column's width.
    cell: f32,
}

impl MatrixGrid {
    fn column_x(&self, k: usize) -> f32 {
        self.rect.left() + self.label_w + (k as f32 + 0.5) * self.cell
    }

    fn row_y(&self, r: usize) -> f32 {
        self.rect.top() + (r as f32 + 1.5) * MATRIX_ROW_PX
    }

    /// (row, column) under `p`; `None` in the names or the header.
    fn cell_at(&self, p: Pos2) -> (Option<usize>, Option<usize>) {
        let row = ((p.y - self.rect.top()) / MATRIX_ROW_PX).floor() as i64 - 1;
        let col = ((p.x - self.rect.left() - self.label_w) / self.cell).floor() as i64;
        (usize::try_from(row).ok(), usize::try_from(col).ok())
    }

    /// Stripes, and the hovered row and column lit up.
    fn highlight(
        &self,
        ui: &egui::Ui,
        hovered: Option<(Option<usize>, Option<usize>)>,
        (rows, cols): (usize, usize),
    ) {
        let painter = ui.painter();
        for r in (1..rows).step_by(2) {
            let y = self.row_y(r);
            let band = Rect::from_x_y_ranges(
                self.rect.x_range(),
                y - MATRIX_ROW_PX / 2.0..=y + MATRIX_ROW_PX / 2.0,
            );
            painter.rect_filled(band, 0.0, ui.visuals().faint_bg_color);
        }
        let light = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
        let Some((row, col)) = hovered else { return };
        if let Some(r) = row.filter(|r| *r < rows) {
            let y = self.row_y(r);
            let band = Rect::from_x_y_ranges(
                self.rect.x_range(),
                y - MATRIX_ROW_PX / 2.0..=y + MATRIX_ROW_PX / 2.0,
            );
            painter.rect_filled(band, 0.0, light);
        }
        if let Some(k) = col.filter(|k| *k < cols) {
            let x = self.column_x(k);
            let band = Rect::from_x_y_ranges(
                x - self.cell / 2.0..=x + self.cell / 2.0,
                self.rect.y_range(),
            );
            painter.rect_filled(band, 0.0, light);
        }
    }

    fn header_ui(&self, ui: &egui::Ui, ctx: &ViewerContext<'_>, k: usize, f: &Factor) {
        let code = factor_code(f.kind, k);
        let at = Pos2::new(self.column_x(k), self.rect.top() + MATRIX_ROW_PX / 2.0);
        let r = ui.painter().text(
            at,
            egui::Align2::CENTER_CENTER,
            &code,
            FontId::proportional(12.0),
            ui.visuals().strong_text_color(),
        );
        let title = ctx.pick(&f.title, f.title_ru.as_deref());
        readable(
            ui,
            r.expand(3.0),
            ("matrix_col", &f.id),
            &format!("Column {code}: {}", f.title),
        )
        .on_hover_text(format!("{code} — {}: {title}", f.kind.label(ctx.lang)));
    }

    fn row_name_ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        r: usize,
        inst: &Institution,
        (font, color): (FontId, egui::Color32),
    ) {
        let name = ctx.pick(&inst.name, inst.name_ru.as_deref());
        let at = (
            Pos2::new(self.rect.left() + 4.0, self.row_y(r)),
            egui::Align2::LEFT_CENTER,
        );
        let drawn = paint_fitted(
            ui,
            ui.painter(),
            at,
            name,
            font,
            (color, self.label_w - 8.0),
        );
        readable(ui, drawn, ("matrix_row", &inst.id), &inst.name).on_hover_text(name);
    }

    fn dot_ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        (r, k): (usize, usize),
        (inst, f): (&Institution, &Factor),
    ) {
        let c = Pos2::new(self.column_x(k), self.row_y(r));
        let chosen = ctx
            .state
            .matrix_cell
            .as_ref()
            .is_some_and(|(i, x)| *i == inst.id && *x == f.id);
        let ink = ui.visuals().strong_text_color();
        ui.painter()
            .circle_filled(c, if chosen { 6.0 } else { 4.5 }, ink);
        if chosen {
            ui.painter()
                .circle_stroke(c, 8.5, egui::Stroke::new(1.5, ink));
        }
        let label = format!("{} answers {}", inst.name, f.title);
        let hover = format!(
            "{} {} “{}”",
            ctx.pick(&inst.name, inst.name_ru.as_deref()),
            ctx.tr("answers"),
            ctx.pick(&f.title, f.title_ru.as_deref())
        );
        let hit = Rect::from_center_size(c, egui::vec2(self.cell - 4.0, MATRIX_ROW_PX - 4.0));
        let response = ui
            .interact(
                hit,
                egui::Id::unique(("matrix_dot", &inst.id, &f.id)),
                Sense::click(),
            )
            .on_hover_text(hover);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if response.clicked() {
            ctx.send(Command::ExplainLink(Some((inst.id.clone(), f.id.clone()))));
        }
    }
}

/// Why the chosen institution answers the chosen factor: both sides' text
/// and their sources.
fn link_explanation_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let ds = ctx.ds;
    let Some((inst_id, factor_id)) = &ctx.state.matrix_cell else {
        return;
    };
    let (Some(inst), Some(f)) = (ds.institution(inst_id), ds.factor(factor_id)) else {
        return;
    };
    ui.add_space(6.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let name = ctx.pick(&inst.name, inst.name_ru.as_deref());
        let title = ctx.pick(&f.title, f.title_ru.as_deref());
        ui.strong(format!("{name} {} “{title}”", ctx.tr("answers")));
        let purpose = ctx.pick(&inst.purpose, inst.purpose_ru.as_deref());
        ui.label(format!("{}: {purpose}", ctx.tr("The institution")));
        let summary = ctx.pick(&f.summary, f.summary_ru.as_deref());
        ui.label(format!("{}: {summary}", f.kind.label(ctx.lang)));
        let mut sources: Vec<&String> = inst.sources.iter().collect();
        for s in &f.sources {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        let titles: Vec<String> = sources
            .iter()
            .map(|s| {
                ds.source(s).map_or((*s).clone(), |x| {
                    ctx.pick(&x.title, x.title_ru.as_deref()).to_owned()
                })
            })
            .collect();
        let text = format!("{}: {}", ctx.tr("Sources"), titles.join("; "));
        ui.label(egui::RichText::new(text).small());
        if ui.button(ctx.tr("Close")).clicked() {
            ctx.send(Command::ExplainLink(None));
        }
    });
}
