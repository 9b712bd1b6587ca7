//! Institutions of the road map: the side list of proposed and existing
//! institutions, and in the central area a sortable table and the
//! institutions × factors matrix.

use eframe::egui;

use super::context::{Panel, ViewerContext};
use super::widgets::truncate;
use crate::command::Command;
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
            inst.purpose
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
    let arrow = match (sort == col, ascending, col.is_numeric()) {
        (false, ..) => "",
        (true, true, true) => " (0–9)",
        (true, false, true) => " (9–0)",
        (true, true, false) => " (a–z)",
        (true, false, false) => " (z–a)",
    };
    let title = ctx.tr(title);
    let text = egui::RichText::new(format!("{title}{arrow}")).strong();
    if ui
        .add(egui::Button::new(text).frame(false))
        .on_hover_text(format!("{} {}", ctx.tr("Sort by"), title.to_lowercase()))
        .clicked()
    {
        ctx.send(Command::SortInstitutions(col));
    }
}

fn table_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, height: f32) {
    use egui_extras::{Column, TableBuilder};
    let (sort, ascending) = ctx.state.institution_sort;
    let rows = sorted_institutions(ctx.ds, sort, ascending);
    TableBuilder::new(ui)
        .id_salt("institutions_table")
        .striped(true)
        .max_scroll_height(height)
        .column(Column::initial(250.0).resizable(true).clip(true))
        .column(Column::initial(80.0))
        .column(Column::initial(110.0))
        .column(Column::initial(300.0).resizable(true).clip(true))
        .column(Column::initial(260.0).resizable(true).clip(true))
        .column(Column::remainder().clip(true))
        .header(22.0, |mut row| {
            row.col(|ui| header_ui(ui, ctx, "Institution", Col::Name));
            row.col(|ui| header_ui(ui, ctx, "Kind", Col::Kind));
            row.col(|ui| header_ui(ui, ctx, "Level", Col::Level));
            row.col(|ui| {
                ui.strong(ctx.tr("Purpose"));
            });
            row.col(|ui| header_ui(ui, ctx, "Risks answered", Col::Answers));
            row.col(|ui| {
                ui.strong(ctx.tr("Sources"));
            });
        })
        .body(|mut body| {
            for inst in rows {
                body.row(20.0, |mut row| {
                    row.set_selected(ctx.is_selected(&inst.id));
                    row.col(|ui| name_cell_ui(ui, ctx, inst));
                    row.col(|ui| {
                        ui.label(ctx.tr(if inst.proposed {
                            "proposed"
                        } else {
                            "existing"
                        }));
                    });
                    row.col(|ui| {
                        ui.label(inst.level.label(ctx.lang));
                    });
                    row.col(|ui| {
                        ui.label(inst.purpose.as_str()).on_hover_text(&inst.purpose);
                    });
                    row.col(|ui| answers_cell_ui(ui, ctx, inst));
                    row.col(|ui| sources_cell_ui(ui, ctx, inst));
                });
            }
        });
}

fn name_cell_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, inst: &Institution) {
    let name = ctx.pick(&inst.name, inst.name_ru.as_deref());
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
    ui.label(format!("{} — {}", inst.answers.len(), names.join("; ")))
        .on_hover_text(names.join("\n"));
}

fn sources_cell_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, inst: &Institution) {
    let titles: Vec<String> = inst
        .sources
        .iter()
        .map(|id| {
            ctx.ds.source(id).map_or(id.clone(), |s| match s.footnote {
                Some(n) => format!("[{n}] {}", s.title),
                None => s.title.clone(),
            })
        })
        .collect();
    ui.label(titles.join("; ")).on_hover_text(titles.join("\n"));
}

/// The matrix: a row per institution, a column per factor it may answer.
fn matrix_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let factors = matrix_factors(ctx.ds);
    egui::Grid::new("risk_matrix")
        .striped(true)
        .spacing([4.0, 2.0])
        .show(ui, |ui| {
            ui.label("");
            for (k, f) in factors.iter().enumerate() {
                ui.label(egui::RichText::new(factor_code(f.kind, k)).small().strong())
                    .on_hover_text(ctx.pick(&f.title, f.title_ru.as_deref()));
            }
            ui.end_row();
            for inst in matrix_institutions(ctx.ds) {
                let name = ctx.pick(&inst.name, inst.name_ru.as_deref());
                ui.add(egui::Label::new(truncate(name, 44)).truncate())
                    .on_hover_text(name);
                for f in &factors {
                    matrix_cell_ui(ui, ctx, inst, f);
                }
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.label(egui::RichText::new(ctx.tr("Codes:")).small());
    ui.horizontal_wrapped(|ui| {
        for (k, f) in factors.iter().enumerate() {
            let title = ctx.pick(&f.title, f.title_ru.as_deref());
            ui.label(egui::RichText::new(format!("{} {title}", factor_code(f.kind, k))).small());
        }
    });
    link_explanation_ui(ui, ctx);
}

fn matrix_cell_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, inst: &Institution, f: &Factor) {
    if !inst.answers.contains(&f.id) {
        ui.label("");
        return;
    }
    let chosen = ctx
        .state
        .matrix_cell
        .as_ref()
        .is_some_and(|(i, r)| *i == inst.id && *r == f.id);
    let label = format!("{} answers {}", inst.name, f.title);
    let response = ui
        .add(
            egui::Button::new(if chosen { "(o)" } else { "o" })
                .small()
                .frame(chosen),
        )
        .on_hover_text(&label);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        ctx.send(Command::ExplainLink(Some((inst.id.clone(), f.id.clone()))));
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
        ui.label(format!("{}: {}", ctx.tr("The institution"), inst.purpose));
        ui.label(format!("{}: {}", f.kind.label(ctx.lang), f.summary));
        let mut sources: Vec<&String> = inst.sources.iter().collect();
        for s in &f.sources {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        let titles: Vec<String> = sources
            .iter()
            .map(|s| ds.source(s).map_or((*s).clone(), |x| x.title.clone()))
            .collect();
        let text = format!("{}: {}", ctx.tr("Sources"), titles.join("; "));
        ui.label(egui::RichText::new(text).small());
        if ui.button(ctx.tr("Close")).clicked() {
            ctx.send(Command::ExplainLink(None));
        }
    });
}
