//! Details of the selected item: title, date with its precision, status,
//! description, linked people, institutions and factors, and its sources as
//! links (only http and https links are shown as links).

use eframe::egui::{self, RichText};

use super::context::{Panel, ViewerContext};
use super::entity;
use super::past_due;
use super::widgets::{link_ui, status_badge_ui};
use crate::command::Command;
use crate::model::elections::{
    COMPUTED_PREFIX, computed_explanation, computed_title, rule_in_force,
};
use crate::model::figures::number_text;
use crate::model::queries::{NotePart, answered_by, display_name, note_parts};
use crate::model::scenarios::stages_text;
use crate::model::types::{
    Election, ElectionKind, Era, Event, Factor, Figure, Id, Institution, Organisation, Person,
    Scenario, Term, TermRule,
};
use crate::model::{Date, ItemRef, Lang, Precision, Status};

/// Titles longer than this are shown in [`LONG_TITLE_PX`] type.
const LONG_TITLE_CHARS: usize = 60;
/// The size of a long title.
const LONG_TITLE_PX: f32 = 15.0;

#[derive(Default)]
pub struct DetailsPanel;

/// What every scenario is, said where scenarios are shown.
pub const SCENARIO_NOTE: &str = "Scenarios are this dataset's own analysis: the white paper has \
one road map and no scenarios, stage years or outcomes.";

/// "20 November 2022", "2029 (year only)", "c. 1976 (year only),
/// approximate", in `lang` ("31 декабря 1999").
pub fn date_with_precision(d: &Date, lang: Lang) -> String {
    let precision = match d.precision() {
        Precision::Day => "",
        Precision::Month => lang.choose(" (month only)", " (с точностью до месяца)"),
        Precision::Year => lang.choose(" (year only)", " (с точностью до года)"),
    };
    let approx = if d.approx {
        lang.choose(", approximate", ", приблизительно")
    } else {
        ""
    };
    format!("{}{precision}{approx}", d.display_long(lang))
}

fn span_text(start: &Date, end: Option<&Date>, lang: Lang) -> String {
    match end {
        Some(end) => format!(
            "{} – {}",
            date_with_precision(start, lang),
            date_with_precision(end, lang)
        ),
        None => date_with_precision(start, lang),
    }
}

impl Panel for DetailsPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(id) = ctx.state.selected.as_deref() else {
            ui.weak(ctx.tr(
                "Click an era, event, term, election, institution or scenario to see its details and sources.",
            ));
            return;
        };
        // A solid scroll bar takes its own column instead of floating over
        // the text.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let d = Details { ctx };
                if id.starts_with(COMPUTED_PREFIX) {
                    d.computed_ui(ui, id);
                } else if let Some(item) = ctx.ds.get(id) {
                    d.item_ui(ui, item);
                } else {
                    ui.weak(format!("`{id}` {}", ctx.tr("is not in the current data.")));
                    return;
                }
                ui.add_space(8.0);
                if ui.button(ctx.tr("Clear selection")).clicked() {
                    ctx.send(Command::Select(None));
                }
            });
    }
}

/// Draws one item's details.
struct Details<'a, 'c> {
    ctx: &'a ViewerContext<'c>,
}

impl Details<'_, '_> {
    fn item_ui(&self, ui: &mut egui::Ui, item: ItemRef) {
        let ds = self.ctx.ds;
        match item {
            ItemRef::Era(i) => ds.eras.get(i).map(|x| self.era_ui(ui, x)),
            ItemRef::Event(i) => ds.events.get(i).map(|x| self.event_ui(ui, x)),
            ItemRef::Person(i) => ds.people.get(i).map(|x| self.person_ui(ui, x)),
            ItemRef::Institution(i) => ds.institutions.get(i).map(|x| self.institution_ui(ui, x)),
            ItemRef::Factor(i) => ds.factors.get(i).map(|x| self.factor_ui(ui, x)),
            ItemRef::Figure(i) => ds.figures.get(i).map(|x| self.figure_ui(ui, x)),
            ItemRef::Term(i) => ds.terms.get(i).map(|x| self.term_ui(ui, x)),
            ItemRef::Election(i) => ds.elections.get(i).map(|x| self.election_ui(ui, x)),
            ItemRef::Scenario(i) => ds.scenarios.get(i).map(|x| self.scenario_ui(ui, x)),
            ItemRef::Projected(s, p) => ds.scenarios.get(s).map(|x| self.projected_ui(ui, x, p)),
            ItemRef::Organisation(i) => {
                ds.organisations.get(i).map(|x| self.organisation_ui(ui, x))
            }
            ItemRef::TermRule(i) => ds.term_rules.get(i).map(|x| self.term_rule_ui(ui, x)),
            ItemRef::Source(i) => ds.sources.get(i).map(|s| {
                self.header_ui(
                    ui,
                    self.ctx.tr("Source"),
                    self.ctx.pick(&s.title, s.title_ru.as_deref()),
                    None,
                );
                self.sources_ui(ui, std::slice::from_ref(&s.id), &[]);
                self.note_ui(ui, s.note.as_ref(), s.note_ru.as_ref());
            }),
            ItemRef::Office(i) => ds.offices.get(i).map(|o| {
                self.header_ui(
                    ui,
                    self.ctx.tr("Office"),
                    self.ctx.pick(&o.title, o.title_ru.as_deref()),
                    None,
                );
            }),
            ItemRef::Lane(i) => ds.lanes.get(i).map(|l| {
                self.header_ui(
                    ui,
                    self.ctx.tr("Lane"),
                    self.ctx.pick(&l.name, l.name_ru.as_deref()),
                    None,
                );
                if let Some(summary) = &l.summary {
                    ui.label(self.ctx.pick(summary, l.summary_ru.as_deref()));
                }
            }),
        };
    }

    fn header_ui(&self, ui: &mut egui::Ui, kind: &str, title: &str, status: Option<Status>) {
        ui.label(RichText::new(kind).small().weak());
        // A long title (a projection's, a figure's) in a smaller heading: in
        // the narrow panel it took seven large lines.
        if title.chars().count() > LONG_TITLE_CHARS {
            ui.label(RichText::new(title).size(LONG_TITLE_PX).strong());
        } else {
            ui.heading(title);
        }
        if let Some(status) = status {
            status_badge_ui(ui, status, self.ctx.lang);
        }
    }

    fn kind_header_ui(&self, ui: &mut egui::Ui, kind: &'static str, title: &str, status: Status) {
        self.header_ui(ui, self.ctx.tr(kind), title, Some(status));
    }

    /// The item's note, in the interface language where the data has it;
    /// the items it names by id are links with their titles (the raw ids
    /// were shown), the id on hover.
    fn note_ui(&self, ui: &mut egui::Ui, note: Option<&String>, note_ru: Option<&String>) {
        let Some(note) = note else { return };
        let ctx = self.ctx;
        let note = ctx.pick(note, note_ru.map(String::as_str));
        ui.add_space(4.0);
        let parts = note_parts(note, |id| ctx.ds.get(id).is_some());
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 0.0;
            ui.label(RichText::new(format!("{}: ", ctx.tr("Note"))).italics());
            for part in parts {
                match part {
                    NotePart::Text(text) => {
                        ui.label(RichText::new(text).italics());
                    }
                    NotePart::Ref(id) => {
                        let title = display_name(ctx.ds, id, ctx.lang);
                        if ui
                            .link(RichText::new(title).italics())
                            .on_hover_text(id)
                            .clicked()
                        {
                            ctx.send(Command::Select(Some(id.to_owned())));
                        }
                    }
                }
            }
        });
    }

    /// Links to other items, each selecting it.
    fn refs_ui(&self, ui: &mut egui::Ui, heading: &'static str, ids: &[Id]) {
        if ids.is_empty() {
            return;
        }
        ui.add_space(4.0);
        ui.strong(self.ctx.tr(heading));
        // One a line: wrapped side by side, long names ran together into
        // one paragraph.
        for id in ids {
            if ui
                .link(display_name(self.ctx.ds, id, self.ctx.lang))
                .clicked()
            {
                self.ctx.send(Command::Select(Some(id.clone())));
            }
        }
    }

    /// The item's sources: each cited source with its link, then the pages
    /// the item was checked against.
    fn sources_ui(&self, ui: &mut egui::Ui, sources: &[Id], urls: &[String]) {
        let ctx = self.ctx;
        ui.add_space(6.0);
        ui.strong(ctx.tr("Sources"));
        for id in sources {
            let Some(s) = ctx.ds.source(id) else { continue };
            let prefix = s.footnote.map_or(String::new(), |n| format!("[{n}] "));
            let date = s
                .date
                .map_or(String::new(), |d| format!(", {}", d.display_in(ctx.lang)));
            let title = ctx.pick(&s.title, s.title_ru.as_deref());
            let text = format!("{prefix}{title} — {}{date}", s.publisher);
            match &s.url {
                Some(url) => link_ui(ui, &text, url),
                None => {
                    ui.label(text);
                }
            }
        }
        if !urls.is_empty() {
            ui.label(RichText::new(ctx.tr("Checked against:")).small());
            for url in urls {
                link_ui(ui, url, url);
            }
        }
    }

    fn era_ui(&self, ui: &mut egui::Ui, e: &Era) {
        let lang = self.ctx.lang;
        self.kind_header_ui(
            ui,
            "Era",
            lang.pick(&e.title, e.title_ru.as_deref()),
            e.status,
        );
        ui.label(span_text(&e.start, Some(&e.end), lang));
        ui.label(lang.pick(&e.summary, e.summary_ru.as_deref()));
        self.note_ui(ui, e.note.as_ref(), e.note_ru.as_ref());
        self.sources_ui(ui, &e.sources, &e.urls);
    }

    fn event_ui(&self, ui: &mut egui::Ui, e: &Event) {
        let ctx = self.ctx;
        self.kind_header_ui(
            ui,
            "Event",
            ctx.pick(&e.title, e.title_ru.as_deref()),
            e.status,
        );
        ui.label(span_text(&e.date, e.end.as_ref(), ctx.lang));
        past_due::details_line_ui(ui, ctx, past_due::due_of(ctx, &e.id));
        if let Some(lane) = ctx.ds.lanes.iter().find(|l| l.id == e.lane) {
            let name = ctx.pick(&lane.name, lane.name_ru.as_deref());
            ui.label(RichText::new(format!("{}: {name}", ctx.tr("Lane"))).small());
        }
        ui.label(ctx.pick(&e.summary, e.summary_ru.as_deref()));
        if !e.tags.is_empty() {
            let names: Vec<&str> = e
                .tags
                .iter()
                .map(|t| ctx.ds.tag_name(t, ctx.lang))
                .collect();
            let tags = format!("{}: {}", ctx.tr("Tags"), names.join(", "));
            ui.label(RichText::new(tags).small());
        }
        self.refs_ui(ui, "Figures", &e.figures);
        self.refs_ui(ui, "People", &e.people);
        self.refs_ui(ui, "Organisations", &e.organisations);
        self.refs_ui(ui, "Institutions", &e.institutions);
        self.refs_ui(ui, "Risks and factors", &e.factors);
        self.note_ui(ui, e.note.as_ref(), e.note_ru.as_ref());
        self.sources_ui(ui, &e.sources, &e.urls);
    }

    fn person_ui(&self, ui: &mut egui::Ui, p: &Person) {
        let ctx = self.ctx;
        self.kind_header_ui(
            ui,
            "Person",
            ctx.pick(&p.name, p.name_ru.as_deref()),
            p.status,
        );
        if let Some(b) = &p.born {
            let unconfirmed = match p.born_status {
                Some(status) if status != p.status => format!(", {}", status.label(ctx.lang)),
                _ => String::new(),
            };
            ui.label(format!(
                "{} {}{unconfirmed}",
                ctx.tr("Born"),
                date_with_precision(b, ctx.lang)
            ));
        }
        for a in &p.stated_ages {
            let (age, on) = (a.age, a.as_of.display_long(ctx.lang));
            ui.label(match ctx.lang {
                Lang::En => format!("Age {age} as stated on {on}"),
                Lang::Ru => format!("Возраст {age} на {on} по источнику"),
                Lang::Kk => format!("Дереккөзде {on} жағдай бойынша жасы: {age}"),
            });
        }
        for r in &p.roles {
            let from = r.from.map_or(String::new(), |d| d.display_in(ctx.lang));
            let to = r.to.map_or(String::new(), |d| d.display_in(ctx.lang));
            let title = ctx.pick(&r.title, r.title_ru.as_deref());
            ui.label(format!("• {title} {from}–{to}"));
        }
        self.refs_ui(ui, "Organisations", &p.organisations);
        self.note_ui(ui, p.note.as_ref(), p.note_ru.as_ref());
        entity::person_filter_ui(ui, ctx, &p.id);
        entity::linked_ui(ui, ctx, &p.id);
        self.sources_ui(ui, &p.sources, &p.urls);
    }

    fn institution_ui(&self, ui: &mut egui::Ui, x: &Institution) {
        let ctx = self.ctx;
        let kind = if x.proposed {
            "Proposed institution"
        } else {
            "Existing institution"
        };
        self.kind_header_ui(ui, kind, ctx.pick(&x.name, x.name_ru.as_deref()), x.status);
        ui.label(format!("{}: {}", ctx.tr("Level"), x.level.label(ctx.lang)));
        if let Some(f) = &x.founded {
            ui.label(format!(
                "{} {}",
                ctx.tr("Founded"),
                date_with_precision(f, ctx.lang)
            ));
        }
        ui.label(ctx.pick(&x.purpose, x.purpose_ru.as_deref()));
        self.refs_ui(ui, "Answers", &x.answers);
        self.refs_ui(ui, "Builds on", &x.builds_on);
        self.lifecycles_ui(ui, &x.id);
        self.note_ui(ui, x.note.as_ref(), x.note_ru.as_ref());
        entity::linked_ui(ui, ctx, &x.id);
        self.sources_ui(ui, &x.sources, &x.urls);
    }

    fn factor_ui(&self, ui: &mut egui::Ui, f: &Factor) {
        let ctx = self.ctx;
        let kind = format!("{} · {}", f.kind.label(ctx.lang), f.side.label(ctx.lang));
        let title = ctx.pick(&f.title, f.title_ru.as_deref());
        self.header_ui(ui, &kind, title, Some(f.status));
        ui.label(ctx.pick(&f.summary, f.summary_ru.as_deref()));
        self.refs_ui(ui, "Figures", &f.figures);
        let answered: Vec<Id> = answered_by(ctx.ds, &f.id)
            .into_iter()
            .map(|i| i.id.clone())
            .collect();
        self.refs_ui(ui, "Answered by", &answered);
        self.note_ui(ui, f.note.as_ref(), f.note_ru.as_ref());
        self.sources_ui(ui, &f.sources, &f.urls);
    }

    fn figure_ui(&self, ui: &mut egui::Ui, f: &Figure) {
        let ctx = self.ctx;
        self.kind_header_ui(
            ui,
            "Figure",
            ctx.pick(&f.title, f.title_ru.as_deref()),
            f.status,
        );
        ui.label(RichText::new(format!("“{}”", f.wording)).italics());
        let high = f
            .value_high
            .map_or(String::new(), |h| format!("–{}", number_text(h, ctx.lang)));
        ui.label(format!(
            "{}{high} {} ({}), {} {}",
            number_text(f.value, ctx.lang),
            ctx.pick(&f.unit, f.unit_ru.as_deref()),
            f.qualifier.label(ctx.lang),
            ctx.tr("as of"),
            f.as_of.display_long(ctx.lang)
        ));
        self.note_ui(ui, f.note.as_ref(), f.note_ru.as_ref());
        self.sources_ui(ui, &f.sources, &f.urls);
    }

    fn term_ui(&self, ui: &mut egui::Ui, t: &Term) {
        let ctx = self.ctx;
        let holder = t
            .holder
            .as_deref()
            .map(|h| display_name(ctx.ds, h, ctx.lang))
            .or_else(|| {
                let label = t.label.as_deref()?;
                Some(ctx.pick(label, t.label_ru.as_deref()).to_owned())
            })
            .unwrap_or_default();
        let office = display_name(ctx.ds, &t.office, ctx.lang);
        let kind = format!("{} · {office}", ctx.tr("Term"));
        self.header_ui(ui, &kind, &holder, Some(t.status));
        if let Some(body) = &t.body {
            ui.label(ctx.pick(body, t.body_ru.as_deref()));
        }
        ui.label(span_text(&t.start, Some(&t.end), ctx.lang));
        past_due::details_line_ui(ui, ctx, past_due::due_of(ctx, &t.id));
        let ended = t.ended.label(ctx.lang);
        ui.label(if t.acting {
            format!("{}; {ended}", ctx.tr("Acting / interim"))
        } else {
            ended.to_owned()
        });
        if let Some(e) = &t.election {
            self.refs_ui(ui, "Elected at", std::slice::from_ref(e));
        }
        self.note_ui(ui, t.note.as_ref(), t.note_ru.as_ref());
        self.sources_ui(ui, &t.sources, &t.urls);
    }

    fn term_rule_ui(&self, ui: &mut egui::Ui, r: &TermRule) {
        let ctx = self.ctx;
        let years = format!("{} {}", r.term_years, ctx.lang.years_word(r.term_years));
        let title = format!("{years} ({})", r.limit.label(ctx.lang));
        self.kind_header_ui(ui, "Term rule", &title, r.status);
        let adopted = r.adopted.display_long(ctx.lang);
        let from = r.applies_from.display_long(ctx.lang);
        ui.label(match ctx.lang {
            Lang::En => format!("Adopted {adopted}; applies from {from}"),
            Lang::Ru => format!("Принято {adopted}; применяется с {from}"),
            Lang::Kk => format!("{adopted} қабылданған; {from} бастап қолданылады"),
        });
        ui.label(ctx.pick(&r.summary, r.summary_ru.as_deref()));
        self.note_ui(ui, r.note.as_ref(), r.note_ru.as_ref());
        self.sources_ui(ui, &r.sources, &r.urls);
    }

    fn organisation_ui(&self, ui: &mut egui::Ui, o: &Organisation) {
        let ctx = self.ctx;
        let name = ctx.pick(&o.name, o.name_ru.as_deref());
        self.header_ui(ui, o.kind.label(ctx.lang), name, Some(o.status));
        ui.label(ctx.pick(&o.summary, o.summary_ru.as_deref()));
        self.refs_ui(ui, "People", &o.people);
        self.note_ui(ui, o.note.as_ref(), o.note_ru.as_ref());
        entity::linked_ui(ui, ctx, &o.id);
        self.sources_ui(ui, &o.sources, &o.urls);
    }

    fn scenario_ui(&self, ui: &mut egui::Ui, s: &Scenario) {
        let ctx = self.ctx;
        let title = ctx.pick(&s.title, s.title_ru.as_deref());
        self.kind_header_ui(ui, "Scenario to 2030", title, s.status);
        ui.label(RichText::new(ctx.tr(SCENARIO_NOTE)).small().italics());
        ui.label(ctx.pick(&s.summary, s.summary_ru.as_deref()));
        ui.add_space(4.0);
        ui.strong(ctx.tr("Assumptions"));
        for (k, a) in s.assumptions.iter().enumerate() {
            let a = ctx.pick(a, s.assumptions_ru.get(k).map(String::as_str));
            ui.label(format!("• {a}"));
        }
        ui.add_space(4.0);
        ui.strong(ctx.tr("The dataset's reasoning (drawing on the white paper)"));
        ui.label(ctx.pick(&s.reasoning, s.reasoning_ru.as_deref()));
        let projected: Vec<Id> = s.projected.iter().map(|p| p.id.clone()).collect();
        self.refs_ui(ui, "Projected events", &projected);
        self.sources_ui(ui, &s.sources, &[]);
    }

    fn projected_ui(&self, ui: &mut egui::Ui, s: &Scenario, index: usize) {
        let ctx = self.ctx;
        let Some(p) = s.projected.get(index) else {
            return;
        };
        let by = ctx.pick(&s.title, s.title_ru.as_deref());
        let kind = format!("{} “{by}”", ctx.tr("Projected by"));
        let title = ctx.pick(&p.title, p.title_ru.as_deref());
        self.header_ui(ui, &kind, title, Some(Status::Projected));
        ui.label(span_text(&p.date, p.end.as_ref(), ctx.lang));
        ui.label(ctx.pick(&p.summary, p.summary_ru.as_deref()));
        self.refs_ui(ui, "Institutions", &p.institutions);
        self.refs_ui(ui, "Risks and factors", &p.factors);
        self.refs_ui(ui, "Scenario", std::slice::from_ref(&s.id));
        self.sources_ui(ui, &s.sources, &[]);
    }

    /// An institution's stages under each scenario.
    fn lifecycles_ui(&self, ui: &mut egui::Ui, institution: &str) {
        let ctx = self.ctx;
        let rows: Vec<(&str, String)> = ctx
            .ds
            .scenarios
            .iter()
            .filter_map(|s| {
                let l = s.lifecycles.iter().find(|l| l.institution == institution)?;
                let title = ctx.pick(&s.title, s.title_ru.as_deref());
                Some((title, stages_text(&l.stages, ctx.lang)))
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        ui.add_space(4.0);
        ui.strong(ctx.tr("Lifecycle by scenario"));
        for (title, stages) in rows {
            ui.label(RichText::new(title).small().strong());
            ui.label(RichText::new(stages).small());
        }
    }

    /// An election: kind, dates, result, winner, the term it opened with
    /// the rule in force, and how the rules confirm it when it is scheduled.
    fn election_ui(&self, ui: &mut egui::Ui, e: &Election) {
        let ctx = self.ctx;
        let kind = format!("{} · {}", e.kind.label(ctx.lang), e.country.label(ctx.lang));
        self.header_ui(
            ui,
            &kind,
            ctx.pick(&e.title, e.title_ru.as_deref()),
            Some(e.status),
        );
        ui.label(span_text(&e.date, e.end.as_ref(), ctx.lang));
        past_due::details_line_ui(ui, ctx, past_due::due_of(ctx, &e.id));
        for r in &e.runoffs {
            ui.label(format!(
                "{}: {}",
                ctx.tr("Runoff"),
                date_with_precision(r, ctx.lang)
            ));
        }
        ui.label(ctx.pick(&e.result, e.result_ru.as_deref()));
        if let Some(w) = &e.winner {
            self.refs_ui(ui, "Winner", std::slice::from_ref(w));
        }
        if let Some(office) = &e.office
            && let Some(rule) = rule_in_force(&ctx.ds.term_rules, office, &e.date)
            && e.kind != ElectionKind::Referendum
        {
            ui.add_space(4.0);
            let years = rule.term_years;
            ui.strong(format!(
                "{}: {years} {}",
                ctx.tr("Term"),
                ctx.lang.years_word(years)
            ));
            ui.label(ctx.pick(&rule.summary, rule.summary_ru.as_deref()));
            self.refs_ui(ui, "Term rule", std::slice::from_ref(&rule.id));
        }
        let terms: Vec<&Term> = ctx
            .ds
            .terms
            .iter()
            .filter(|t| t.election.as_deref() == Some(e.id.as_str()))
            .collect();
        for t in &terms {
            let (from, to) = (t.start.display_in(ctx.lang), t.end.display_in(ctx.lang));
            ui.label(format!("{}: {from} – {to}", ctx.tr("Term served")));
        }
        let term_ids: Vec<Id> = terms.iter().map(|t| t.id.clone()).collect();
        self.refs_ui(ui, "Terms", &term_ids);
        if let Some(c) = ctx.derived.cycles.confirming(&e.id) {
            ui.add_space(4.0);
            ui.label(RichText::new(computed_explanation(ctx.ds, c, ctx.lang)).italics());
        }
        self.note_ui(ui, e.note.as_ref(), e.note_ru.as_ref());
        self.sources_ui(ui, &e.sources, &e.urls);
    }

    /// A computed election the data does not hold.
    fn computed_ui(&self, ui: &mut egui::Ui, id: &str) {
        let ctx = self.ctx;
        let Some(c) = ctx.derived.cycles.computed(id) else {
            ui.weak(ctx.tr("This election is no longer computed from the current data."));
            return;
        };
        let title = computed_title(ctx.ds, c, ctx.lang);
        self.kind_header_ui(ui, "Computed election", &title, Status::Scheduled);
        ui.label(computed_explanation(ctx.ds, c, ctx.lang));
        if let Some(rule) = ctx.ds.term_rules.iter().find(|r| r.id == c.rule) {
            self.sources_ui(ui, &rule.sources, &rule.urls);
        }
    }
}
