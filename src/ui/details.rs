//! Details of the selected item: title, date with its precision, status,
//! description, linked people, institutions and factors, and its sources as
//! links (only http and https links are shown as links).

use eframe::egui::{self, RichText};

use super::elections::{COMPUTE_UNTIL_YEAR, computed_explanation, computed_title, kind_label};
use super::institutions::level_label;
use super::widgets::status_badge_ui;
use crate::command::Command;
use crate::model::elections::{COMPUTED_PREFIX, computed_elections};
use crate::model::types::{FactorKind, Id, TermEnd};
use crate::model::validate::rule_in_force;
use crate::model::{Dataset, Date, ItemRef, Precision, Status};

#[derive(Default)]
pub struct DetailsPanel {
    /// The interface language, set by the app each frame.
    pub lang: crate::state::Lang,
}

/// "20 Nov 2022 (day)", "2029 (year only)", "c. 1976 (approximate year)".
pub fn date_with_precision(d: &Date) -> String {
    let precision = match d.precision() {
        Precision::Day => "",
        Precision::Month => " (month only)",
        Precision::Year => " (year only)",
    };
    let approx = if d.approx { ", approximate" } else { "" };
    format!("{}{precision}{approx}", d.display())
}

fn span_text(start: &Date, end: Option<&Date>) -> String {
    match end {
        Some(end) => format!(
            "{} – {}",
            date_with_precision(start),
            date_with_precision(end)
        ),
        None => date_with_precision(start),
    }
}

/// True for links the app may open: http and https only.
pub fn is_openable_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

fn link_ui(ui: &mut egui::Ui, text: &str, url: &str) {
    if is_openable_url(url) {
        ui.hyperlink_to(text, url).on_hover_text(url);
    } else {
        ui.label(format!("{text} ({url})"));
    }
}

/// The item's sources: each cited source with its link, then the pages the
/// item was checked against.
fn sources_ui(ui: &mut egui::Ui, ds: &Dataset, sources: &[Id], urls: &[String]) {
    ui.add_space(6.0);
    ui.strong("Sources");
    for id in sources {
        let Some(s) = ds.source(id) else { continue };
        let prefix = s.footnote.map_or(String::new(), |n| format!("[{n}] "));
        let date = s
            .date
            .map_or(String::new(), |d| format!(", {}", d.display()));
        let text = format!("{prefix}{} — {}{date}", s.title, s.publisher);
        match &s.url {
            Some(url) => link_ui(ui, &text, url),
            None => {
                ui.label(text);
            }
        }
    }
    if !urls.is_empty() {
        ui.label(RichText::new("Checked against:").small());
        for url in urls {
            link_ui(ui, url, url);
        }
    }
}

fn refs_ui(
    ui: &mut egui::Ui,
    ds: &Dataset,
    heading: &str,
    ids: &[Id],
    commands: &mut Vec<Command>,
) {
    if ids.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.strong(heading);
    ui.horizontal_wrapped(|ui| {
        for id in ids {
            let name = display_name(ds, id);
            if ui.link(name).clicked() {
                commands.push(Command::Select(Some(id.clone())));
            }
        }
    });
}

/// A short human name for any item id.
pub fn display_name(ds: &Dataset, id: &str) -> String {
    let name = match ds.get(id) {
        Some(ItemRef::Source(i)) => ds.sources.get(i).map(|x| x.title.clone()),
        Some(ItemRef::Lane(i)) => ds.lanes.get(i).map(|x| x.name.clone()),
        Some(ItemRef::Era(i)) => ds.eras.get(i).map(|x| x.title.clone()),
        Some(ItemRef::Event(i)) => ds.events.get(i).map(|x| x.title.clone()),
        Some(ItemRef::Person(i)) => ds.people.get(i).map(|x| x.name.clone()),
        Some(ItemRef::Organisation(i)) => ds.organisations.get(i).map(|x| x.name.clone()),
        Some(ItemRef::Figure(i)) => ds.figures.get(i).map(|x| x.title.clone()),
        Some(ItemRef::Factor(i)) => ds.factors.get(i).map(|x| x.title.clone()),
        Some(ItemRef::Institution(i)) => ds.institutions.get(i).map(|x| x.name.clone()),
        Some(ItemRef::Office(i)) => ds.offices.get(i).map(|x| x.title.clone()),
        Some(ItemRef::TermRule(i)) => ds.term_rules.get(i).map(|x| {
            format!(
                "{}-year term rule adopted {}",
                x.term_years,
                x.adopted.display()
            )
        }),
        Some(ItemRef::Term(i)) => ds.terms.get(i).map(|t| {
            let who = t
                .holder
                .as_deref()
                .and_then(|h| ds.person(h))
                .map(|p| p.name.clone())
                .or_else(|| t.label.clone())
                .unwrap_or_default();
            format!("{who}, {}–{}", t.start.year, t.end.year)
        }),
        Some(ItemRef::Election(i)) => ds.elections.get(i).map(|x| x.title.clone()),
        Some(ItemRef::Scenario(i)) => ds.scenarios.get(i).map(|x| x.title.clone()),
        Some(ItemRef::Projected(s, i)) => ds
            .scenarios
            .get(s)
            .and_then(|s| s.projected.get(i))
            .map(|x| x.title.clone()),
        None => None,
    };
    name.unwrap_or_else(|| id.to_owned())
}

fn header_ui(ui: &mut egui::Ui, kind: &str, title: &str, status: Option<Status>) {
    ui.label(RichText::new(kind).small().weak());
    ui.heading(title);
    if let Some(status) = status {
        status_badge_ui(ui, status);
    }
}

fn note_ui(ui: &mut egui::Ui, note: Option<&String>) {
    if let Some(note) = note {
        ui.add_space(4.0);
        ui.label(RichText::new(format!("Note: {note}")).italics());
    }
}

impl DetailsPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, ds: &Dataset, selected: Option<&str>) -> Vec<Command> {
        let mut commands = Vec::new();
        let Some(id) = selected else {
            ui.weak(crate::ui::i18n::tr(
                self.lang,
                "Click an era, event, term, election, institution or scenario to see its details and sources.",
            ));
            return commands;
        };
        if id.starts_with(COMPUTED_PREFIX) {
            computed_details_ui(ui, ds, id);
            return commands;
        }
        let Some(item) = ds.get(id) else {
            ui.weak(format!("`{id}` is not in the current data."));
            return commands;
        };
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.item_ui(ui, ds, item, &mut commands);
                ui.add_space(8.0);
                if ui
                    .button(crate::ui::i18n::tr(self.lang, "Clear selection"))
                    .clicked()
                {
                    commands.push(Command::Select(None));
                }
            });
        commands
    }

    fn item_ui(
        &mut self,
        ui: &mut egui::Ui,
        ds: &Dataset,
        item: ItemRef,
        commands: &mut Vec<Command>,
    ) {
        match item {
            ItemRef::Era(_) | ItemRef::Event(_) | ItemRef::Person(_) | ItemRef::Institution(_) => {
                self.timeline_item_ui(ui, ds, item, commands);
            }
            ItemRef::Factor(_) | ItemRef::Figure(_) | ItemRef::Term(_) | ItemRef::Election(_) => {
                self.analysis_item_ui(ui, ds, item, commands);
            }
            _ => self.other_item_ui(ui, ds, item, commands),
        }
    }

    fn timeline_item_ui(
        &mut self,
        ui: &mut egui::Ui,
        ds: &Dataset,
        item: ItemRef,
        commands: &mut Vec<Command>,
    ) {
        match item {
            ItemRef::Era(i) => {
                let Some(e) = ds.eras.get(i) else { return };
                header_ui(
                    ui,
                    "Era",
                    self.lang.pick(&e.title, e.title_ru.as_deref()),
                    Some(e.status),
                );
                ui.label(span_text(&e.start, Some(&e.end)));
                ui.label(&e.summary);
                note_ui(ui, e.note.as_ref());
                sources_ui(ui, ds, &e.sources, &e.urls);
            }
            ItemRef::Event(i) => {
                let Some(e) = ds.events.get(i) else { return };
                header_ui(
                    ui,
                    "Event",
                    self.lang.pick(&e.title, e.title_ru.as_deref()),
                    Some(e.status),
                );
                ui.label(span_text(&e.date, e.end.as_ref()));
                if let Some(lane) = ds.lanes.iter().find(|l| l.id == e.lane) {
                    ui.label(RichText::new(format!("Lane: {}", lane.name)).small());
                }
                ui.label(&e.summary);
                if !e.tags.is_empty() {
                    ui.label(RichText::new(format!("Tags: {}", e.tags.join(", "))).small());
                }
                refs_ui(ui, ds, "Figures", &e.figures, commands);
                refs_ui(ui, ds, "People", &e.people, commands);
                refs_ui(ui, ds, "Organisations", &e.organisations, commands);
                refs_ui(ui, ds, "Institutions", &e.institutions, commands);
                refs_ui(ui, ds, "Risks and factors", &e.factors, commands);
                note_ui(ui, e.note.as_ref());
                sources_ui(ui, ds, &e.sources, &e.urls);
            }
            ItemRef::Person(i) => {
                let Some(p) = ds.people.get(i) else { return };
                header_ui(ui, "Person", &p.name, Some(p.status));
                if let Some(b) = &p.born {
                    ui.label(format!("Born {}", date_with_precision(b)));
                }
                for a in &p.stated_ages {
                    ui.label(format!("Age {} as stated on {}", a.age, a.as_of.display()));
                }
                for r in &p.roles {
                    let from = r.from.map_or(String::new(), |d| d.display());
                    let to = r.to.map_or(String::new(), |d| d.display());
                    ui.label(format!("• {} {from}–{to}", r.title));
                }
                refs_ui(ui, ds, "Organisations", &p.organisations, commands);
                note_ui(ui, p.note.as_ref());
                sources_ui(ui, ds, &p.sources, &p.urls);
            }
            ItemRef::Institution(i) => {
                let Some(x) = ds.institutions.get(i) else {
                    return;
                };
                let kind = if x.proposed {
                    "Proposed institution"
                } else {
                    "Existing institution"
                };
                header_ui(ui, kind, &x.name, Some(x.status));
                ui.label(format!("Level: {}", level_label(x.level)));
                if let Some(f) = &x.founded {
                    ui.label(format!("Founded {}", date_with_precision(f)));
                }
                ui.label(&x.purpose);
                refs_ui(ui, ds, "Answers", &x.answers, commands);
                refs_ui(ui, ds, "Builds on", &x.builds_on, commands);
                self.lifecycles_ui(ui, ds, &x.id);
                note_ui(ui, x.note.as_ref());
                sources_ui(ui, ds, &x.sources, &x.urls);
            }
            _ => {}
        }
    }

    fn analysis_item_ui(
        &mut self,
        ui: &mut egui::Ui,
        ds: &Dataset,
        item: ItemRef,
        commands: &mut Vec<Command>,
    ) {
        match item {
            ItemRef::Factor(i) => {
                let Some(f) = ds.factors.get(i) else { return };
                let kind = match f.kind {
                    FactorKind::Interdependence => "Interdependence factor",
                    FactorKind::Trend => "Trend",
                    FactorKind::Risk => "Risk",
                    FactorKind::Barrier => "Barrier",
                    FactorKind::Incentive => "Incentive",
                };
                header_ui(
                    ui,
                    &format!("{kind} · {:?}", f.side),
                    &f.title,
                    Some(f.status),
                );
                ui.label(&f.summary);
                refs_ui(ui, ds, "Figures", &f.figures, commands);
                let answered_by: Vec<Id> = ds
                    .institutions
                    .iter()
                    .filter(|i| i.answers.contains(&f.id))
                    .map(|i| i.id.clone())
                    .collect();
                refs_ui(ui, ds, "Answered by", &answered_by, commands);
                note_ui(ui, f.note.as_ref());
                sources_ui(ui, ds, &f.sources, &f.urls);
            }
            ItemRef::Figure(i) => {
                let Some(f) = ds.figures.get(i) else { return };
                header_ui(ui, "Figure", &f.title, Some(f.status));
                ui.label(RichText::new(format!("“{}”", f.wording)).italics());
                let high = f.value_high.map_or(String::new(), |h| format!("–{h}"));
                ui.label(format!(
                    "{}{high} {} ({:?}), as of {}",
                    f.value,
                    f.unit,
                    f.qualifier,
                    f.as_of.display()
                ));
                note_ui(ui, f.note.as_ref());
                sources_ui(ui, ds, &f.sources, &f.urls);
            }
            ItemRef::Term(i) => {
                let Some(t) = ds.terms.get(i) else { return };
                let holder = t
                    .holder
                    .as_deref()
                    .map(|h| display_name(ds, h))
                    .or_else(|| t.label.clone())
                    .unwrap_or_default();
                let office = ds
                    .office(&t.office)
                    .map_or(t.office.clone(), |o| o.title.clone());
                header_ui(ui, &format!("Term · {office}"), &holder, Some(t.status));
                if let Some(body) = &t.body {
                    ui.label(body);
                }
                ui.label(span_text(&t.start, Some(&t.end)));
                let ended = match t.ended {
                    TermEnd::FullTerm => "served the full term",
                    TermEnd::Ongoing => "ongoing; the end date is when it is due to end",
                    TermEnd::EarlyElection => "cut short by an early election",
                    TermEnd::Resignation => "ended by resignation",
                    TermEnd::Dissolution => "ended by dissolution",
                    TermEnd::Annulled => "annulled or ended by a new constitution",
                };
                ui.label(if t.acting {
                    format!("Acting / interim; {ended}")
                } else {
                    ended.to_owned()
                });
                if let Some(e) = &t.election {
                    refs_ui(ui, ds, "Elected at", std::slice::from_ref(e), commands);
                }
                note_ui(ui, t.note.as_ref());
                sources_ui(ui, ds, &t.sources, &t.urls);
            }
            ItemRef::Election(i) => {
                if let Some(e) = ds.elections.get(i) {
                    election_details_ui(ui, ds, e, commands);
                }
            }
            _ => {}
        }
    }

    fn other_item_ui(
        &mut self,
        ui: &mut egui::Ui,
        ds: &Dataset,
        item: ItemRef,
        commands: &mut Vec<Command>,
    ) {
        match item {
            ItemRef::Scenario(i) => {
                let Some(s) = ds.scenarios.get(i) else { return };
                header_ui(ui, "Scenario to 2030", &s.title, Some(s.status));
                ui.label(&s.summary);
                ui.add_space(4.0);
                ui.strong("Assumptions");
                for a in &s.assumptions {
                    ui.label(format!("• {a}"));
                }
                ui.add_space(4.0);
                ui.strong("Reasoning from the white paper");
                ui.label(&s.reasoning);
                let projected: Vec<Id> = s.projected.iter().map(|p| p.id.clone()).collect();
                refs_ui(ui, ds, "Projected events", &projected, commands);
                sources_ui(ui, ds, &s.sources, &[]);
            }
            ItemRef::Projected(si, pi) => {
                let Some(s) = ds.scenarios.get(si) else {
                    return;
                };
                let Some(p) = s.projected.get(pi) else { return };
                header_ui(
                    ui,
                    &format!("Projected by “{}”", s.title),
                    &p.title,
                    Some(Status::Projected),
                );
                ui.label(span_text(&p.date, p.end.as_ref()));
                ui.label(&p.summary);
                refs_ui(ui, ds, "Institutions", &p.institutions, commands);
                refs_ui(ui, ds, "Risks and factors", &p.factors, commands);
                refs_ui(ui, ds, "Scenario", std::slice::from_ref(&s.id), commands);
                sources_ui(ui, ds, &s.sources, &[]);
            }
            ItemRef::Organisation(i) => {
                let Some(o) = ds.organisations.get(i) else {
                    return;
                };
                header_ui(ui, &format!("{:?}", o.kind), &o.name, Some(o.status));
                ui.label(&o.summary);
                refs_ui(ui, ds, "People", &o.people, commands);
                note_ui(ui, o.note.as_ref());
                sources_ui(ui, ds, &o.sources, &o.urls);
            }
            ItemRef::TermRule(i) => {
                let Some(r) = ds.term_rules.get(i) else {
                    return;
                };
                header_ui(
                    ui,
                    "Term rule",
                    &format!("{} years ({:?})", r.term_years, r.limit),
                    Some(r.status),
                );
                ui.label(format!(
                    "Adopted {}; applies from {}",
                    r.adopted.display(),
                    r.applies_from.display()
                ));
                ui.label(&r.summary);
                note_ui(ui, r.note.as_ref());
                sources_ui(ui, ds, &r.sources, &r.urls);
            }
            ItemRef::Source(i) => {
                let Some(s) = ds.sources.get(i) else { return };
                header_ui(ui, "Source", &s.title, None);
                sources_ui(ui, ds, std::slice::from_ref(&s.id), &[]);
            }
            ItemRef::Office(i) => {
                let Some(o) = ds.offices.get(i) else { return };
                header_ui(ui, "Office", &o.title, None);
            }
            ItemRef::Lane(i) => {
                let Some(l) = ds.lanes.get(i) else { return };
                header_ui(ui, "Lane", &l.name, None);
            }
            _ => {}
        }
    }

    /// An institution's stages under each scenario.
    fn lifecycles_ui(&self, ui: &mut egui::Ui, ds: &Dataset, institution: &str) {
        let rows: Vec<(String, String)> = ds
            .scenarios
            .iter()
            .filter_map(|s| {
                let l = s.lifecycles.iter().find(|l| l.institution == institution)?;
                let stages = l
                    .stages
                    .iter()
                    .map(|st| format!("{} {}", st.stage.label(), st.year))
                    .collect::<Vec<_>>()
                    .join(", then ");
                Some((s.title.clone(), stages))
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        ui.add_space(4.0);
        ui.strong("Lifecycle by scenario");
        for (title, stages) in rows {
            ui.label(RichText::new(title).small().strong());
            ui.label(RichText::new(stages).small());
        }
    }
}

/// An election: kind, dates, result, winner, the term it opened with the
/// rule in force, and how the rules confirm it when it is scheduled.
fn election_details_ui(
    ui: &mut egui::Ui,
    ds: &Dataset,
    e: &crate::model::types::Election,
    commands: &mut Vec<Command>,
) {
    header_ui(
        ui,
        &format!("{} · {}", kind_label(e.kind), e.country.label()),
        &e.title,
        Some(e.status),
    );
    ui.label(span_text(&e.date, e.end.as_ref()));
    for r in &e.runoffs {
        ui.label(format!("Runoff: {}", date_with_precision(r)));
    }
    ui.label(&e.result);
    if let Some(w) = &e.winner {
        refs_ui(ui, ds, "Winner", std::slice::from_ref(w), commands);
    }
    if let Some(office) = &e.office
        && let Some(rule) = rule_in_force(&ds.term_rules, office, &e.date)
        && e.kind != crate::model::types::ElectionKind::Referendum
    {
        ui.add_space(4.0);
        ui.strong(format!("Term: {} years", rule.term_years));
        ui.label(&rule.summary);
        refs_ui(
            ui,
            ds,
            "Term rule",
            std::slice::from_ref(&rule.id),
            commands,
        );
    }
    let terms: Vec<Id> = ds
        .terms
        .iter()
        .filter(|t| t.election.as_deref() == Some(e.id.as_str()))
        .map(|t| t.id.clone())
        .collect();
    for t in ds.terms.iter().filter(|t| terms.contains(&t.id)) {
        ui.label(format!(
            "Term served: {} – {}",
            t.start.display(),
            t.end.display()
        ));
    }
    refs_ui(ui, ds, "Terms", &terms, commands);
    let computed = computed_elections(ds, COMPUTE_UNTIL_YEAR);
    if let Some(c) = computed
        .iter()
        .find(|c| c.matches.as_deref() == Some(e.id.as_str()))
    {
        ui.add_space(4.0);
        ui.label(RichText::new(computed_explanation(c)).italics());
    }
    note_ui(ui, e.note.as_ref());
    sources_ui(ui, ds, &e.sources, &e.urls);
}

/// A computed election the data does not hold.
fn computed_details_ui(ui: &mut egui::Ui, ds: &Dataset, id: &str) {
    let computed = computed_elections(ds, COMPUTE_UNTIL_YEAR);
    let Some(c) = computed.iter().find(|c| c.id == id) else {
        ui.weak(format!(
            "`{id}` is no longer computed from the current data."
        ));
        return;
    };
    header_ui(
        ui,
        "Computed election",
        &computed_title(ds, c),
        Some(Status::Scheduled),
    );
    ui.label(computed_explanation(c));
    if let Some(rule) = ds.term_rules.iter().find(|r| r.id == c.rule) {
        sources_ui(ui, ds, &rule.sources, &rule.urls);
    }
}
