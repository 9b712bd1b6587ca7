//! Institutions of the road map: the proposed ones and the existing ones
//! they build on, each clickable to its details.

use eframe::egui;

use super::widgets::truncate;
use crate::command::Command;
use crate::model::Dataset;
use crate::model::types::Level;
use crate::state::AppState;

#[derive(Default)]
pub struct InstitutionsPanel;

pub fn level_label(level: Level) -> &'static str {
    match level {
        Level::Presidential => "presidential",
        Level::Intergovernmental => "intergovernmental",
        Level::Departmental => "departmental",
        Level::Expert => "expert",
        Level::Public => "public",
        Level::Regional => "regional",
        Level::Multilateral => "multilateral",
    }
}

impl InstitutionsPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, ds: &Dataset, state: &AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        for (heading, proposed) in [
            ("Proposed by the road map", true),
            ("Existing institutions", false),
        ] {
            let id = ui.make_persistent_id(("institutions", proposed));
            egui::collapsing_header::CollapsingState::load_with_default_open(ui.ctx(), id, true)
                .show_header(ui, |ui| {
                    let n = ds
                        .institutions
                        .iter()
                        .filter(|i| i.proposed == proposed)
                        .count();
                    ui.strong(format!(
                        "{} ({n})",
                        crate::ui::i18n::tr(state.lang, heading)
                    ));
                })
                .body(|ui| {
                    for inst in ds.institutions.iter().filter(|i| i.proposed == proposed) {
                        let selected = state.selected.as_deref() == Some(inst.id.as_str());
                        let response = ui
                            .add(
                                egui::Button::selectable(
                                    selected,
                                    state.lang.pick(&inst.name, inst.name_ru.as_deref()),
                                )
                                .truncate(),
                            )
                            .on_hover_text(format!(
                                "{}\n{} level · {}\n{}",
                                inst.name,
                                level_label(inst.level),
                                inst.status.label(),
                                inst.purpose
                            ));
                        if response.clicked() {
                            commands.push(Command::Select(Some(inst.id.clone())));
                        }
                    }
                });
        }
        commands
    }
}

/// The institutions table (sortable) and the institutions × risks matrix,
/// shown in the central area.
#[derive(Default)]
pub struct InstitutionsTable;

/// The risks and barriers the matrix shows: every factor some institution
/// answers, risks first.
fn matrix_factors(ds: &Dataset) -> Vec<&crate::model::types::Factor> {
    let mut factors: Vec<_> = ds
        .factors
        .iter()
        .filter(|f| ds.institutions.iter().any(|i| i.answers.contains(&f.id)))
        .collect();
    factors.sort_by_key(|f| (f.kind, f.id.clone()));
    factors
}

impl InstitutionsTable {
    pub fn ui(&mut self, ui: &mut egui::Ui, ds: &Dataset, state: &AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal(|ui| {
            if ui
                .selectable_label(!state.institutions_matrix, "Table")
                .on_hover_text("Every institution with its level, purpose and the risks it answers")
                .clicked()
            {
                commands.push(Command::ShowMatrix(false));
            }
            if ui
                .selectable_label(state.institutions_matrix, "Institutions × risks")
                .on_hover_text("Which institution answers which risk or barrier")
                .clicked()
            {
                commands.push(Command::ShowMatrix(true));
            }
        });
        ui.separator();
        if state.institutions_matrix {
            ui.weak("A dot links an institution to a risk or barrier of the white paper it answers. Click a dot for the reasoning.");
            egui::ScrollArea::both()
                .id_salt("matrix_scroll")
                .show(ui, |ui| {
                    self.matrix_ui(ui, ds, state, &mut commands);
                });
        } else {
            ui.weak("The road map's proposed institutions and the existing ones they build on. Click a heading to sort, a name for details.");
            let height = ui.available_height() - 24.0;
            self.table_ui(ui, ds, state, height, &mut commands);
        }
        commands
    }

    fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        ds: &Dataset,
        state: &AppState,
        height: f32,
        commands: &mut Vec<Command>,
    ) {
        use crate::state::InstitutionColumn as Col;
        use egui_extras::{Column, TableBuilder};
        let (sort, ascending) = state.institution_sort;
        let mut rows: Vec<&crate::model::types::Institution> = ds.institutions.iter().collect();
        rows.sort_by(|a, b| {
            let order = match sort {
                Col::Name => a.name.cmp(&b.name),
                Col::Kind => b
                    .proposed
                    .cmp(&a.proposed)
                    .then_with(|| a.name.cmp(&b.name)),
                Col::Level => a.level.cmp(&b.level).then_with(|| a.name.cmp(&b.name)),
                Col::Answers => a
                    .answers
                    .len()
                    .cmp(&b.answers.len())
                    .then_with(|| a.name.cmp(&b.name)),
            };
            if ascending { order } else { order.reverse() }
        });
        let header = |ui: &mut egui::Ui, title: &str, col: Col, commands: &mut Vec<Command>| {
            let arrow = if sort == col {
                if ascending { " (a–z)" } else { " (z–a)" }
            } else {
                ""
            };
            if ui
                .add(
                    egui::Button::new(egui::RichText::new(format!("{title}{arrow}")).strong())
                        .frame(false),
                )
                .on_hover_text(format!("Sort by {}", title.to_lowercase()))
                .clicked()
            {
                commands.push(Command::SortInstitutions(col));
            }
        };
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
                row.col(|ui| header(ui, "Institution", Col::Name, commands));
                row.col(|ui| header(ui, "Kind", Col::Kind, commands));
                row.col(|ui| header(ui, "Level", Col::Level, commands));
                row.col(|ui| {
                    ui.strong("Purpose");
                });
                row.col(|ui| header(ui, "Risks answered", Col::Answers, commands));
                row.col(|ui| {
                    ui.strong("Sources");
                });
            })
            .body(|mut body| {
                for inst in rows {
                    body.row(20.0, |mut row| {
                        row.set_selected(state.selected.as_deref() == Some(inst.id.as_str()));
                        row.col(|ui| {
                            if ui
                                .add(
                                    egui::Button::new(inst.name.as_str())
                                        .frame(false)
                                        .truncate(),
                                )
                                .on_hover_text(&inst.name)
                                .clicked()
                            {
                                commands.push(Command::Select(Some(inst.id.clone())));
                            }
                        });
                        row.col(|ui| {
                            ui.label(if inst.proposed {
                                "proposed"
                            } else {
                                "existing"
                            });
                        });
                        row.col(|ui| {
                            ui.label(level_label(inst.level));
                        });
                        row.col(|ui| {
                            ui.label(inst.purpose.as_str()).on_hover_text(&inst.purpose);
                        });
                        row.col(|ui| {
                            let names: Vec<String> = inst
                                .answers
                                .iter()
                                .map(|a| ds.factor(a).map_or(a.clone(), |f| f.title.clone()))
                                .collect();
                            ui.label(format!("{} — {}", inst.answers.len(), names.join("; ")))
                                .on_hover_text(names.join("\n"));
                        });
                        row.col(|ui| {
                            let titles: Vec<String> = inst
                                .sources
                                .iter()
                                .map(|id| {
                                    ds.source(id).map_or(id.clone(), |s| match s.footnote {
                                        Some(n) => format!("[{n}] {}", s.title),
                                        None => s.title.clone(),
                                    })
                                })
                                .collect();
                            ui.label(titles.join("; ")).on_hover_text(titles.join("\n"));
                        });
                    });
                }
            });
    }

    fn matrix_ui(
        &mut self,
        ui: &mut egui::Ui,
        ds: &Dataset,
        state: &AppState,
        commands: &mut Vec<Command>,
    ) {
        let factors = matrix_factors(ds);
        let institutions: Vec<_> = ds
            .institutions
            .iter()
            .filter(|i| !i.answers.is_empty())
            .collect();
        egui::Grid::new("risk_matrix")
            .striped(true)
            .spacing([4.0, 2.0])
            .show(ui, |ui| {
                ui.label("");
                for (k, f) in factors.iter().enumerate() {
                    let code = match f.kind {
                        crate::model::types::FactorKind::Barrier => format!("B{}", k + 1),
                        crate::model::types::FactorKind::Risk => format!("R{}", k + 1),
                        _ => format!("F{}", k + 1),
                    };
                    ui.label(egui::RichText::new(code).small().strong())
                        .on_hover_text(&f.title);
                }
                ui.end_row();
                for inst in &institutions {
                    ui.add(egui::Label::new(truncate(&inst.name, 44)).truncate())
                        .on_hover_text(&inst.name);
                    for f in &factors {
                        if inst.answers.contains(&f.id) {
                            let chosen = state
                                .matrix_cell
                                .as_ref()
                                .is_some_and(|(i, r)| *i == inst.id && *r == f.id);
                            let text = if chosen { "(o)" } else { "o" };
                            let label = format!("{} answers {}", inst.name, f.title);
                            let response = ui
                                .add(egui::Button::new(text).small().frame(chosen))
                                .on_hover_text(&label);
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                            });
                            if response.clicked() {
                                commands.push(Command::ExplainLink(Some((
                                    inst.id.clone(),
                                    f.id.clone(),
                                ))));
                            }
                        } else {
                            ui.label("");
                        }
                    }
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        ui.label(egui::RichText::new("Codes:").small());
        ui.horizontal_wrapped(|ui| {
            for (k, f) in factors.iter().enumerate() {
                ui.label(
                    egui::RichText::new(format!(
                        "{}{} {}",
                        if f.kind == crate::model::types::FactorKind::Barrier {
                            "B"
                        } else {
                            "R"
                        },
                        k + 1,
                        f.title
                    ))
                    .small(),
                );
            }
        });
        if let Some((inst_id, factor_id)) = &state.matrix_cell
            && let (Some(inst), Some(f)) = (ds.institution(inst_id), ds.factor(factor_id))
        {
            ui.add_space(6.0);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.strong(format!("{} answers “{}”", inst.name, f.title));
                ui.label(format!("The institution: {}", inst.purpose));
                ui.label(format!(
                    "The {}: {}",
                    format!("{:?}", f.kind).to_lowercase(),
                    f.summary
                ));
                let mut sources: Vec<String> = inst.sources.clone();
                for s in &f.sources {
                    if !sources.contains(s) {
                        sources.push(s.clone());
                    }
                }
                let titles: Vec<String> = sources
                    .iter()
                    .map(|s| ds.source(s).map_or(s.clone(), |x| x.title.clone()))
                    .collect();
                ui.label(egui::RichText::new(format!("Sources: {}", titles.join("; "))).small());
                if ui.button("Close").clicked() {
                    commands.push(Command::ExplainLink(None));
                }
            });
        }
    }
}
