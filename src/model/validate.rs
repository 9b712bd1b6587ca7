//! Semantic validation of a parsed dataset. Every rule is checked on every
//! item and every failure is collected; each error names the file, the
//! item's id (and the line it is defined on) and the field.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::dataset::Dataset;
use super::date::{Date, is_http_url};
use super::elections::rule_in_force;
use super::error::LoadError;
use super::lang::Lang;
use super::load::DataTexts;
use super::types::{Id, Qualifier, SourceKind, TermEnd};

/// The shipped dataset's range of years for timeline items (its
/// `settings.ron` sets it; other datasets set their own or none).
pub const TIMELINE_YEARS: (i32, i32) = (1985, 2040);
/// The shipped dataset's range of years for people's lives and roles.
pub const LIFE_YEARS: (i32, i32) = (1880, 2040);
/// How far, in years, a full term may differ from the term rule's length
/// (terms are dated from inaugurations or election days).
pub const TERM_LENGTH_TOLERANCE_YEARS: f64 = 0.75;

use super::load::file::{
    ELECTIONS, ERAS, EVENTS, FACTORS, FIGURES, INSTITUTIONS, LANES, OFFICES, ORGANISATIONS, PEOPLE,
    SCENARIOS, SETTINGS, SOURCES, TERM_RULES, TERMS,
};

/// Finds the 1-based line on which `id: "<id>"` is written in `text`.
pub fn line_of_id(text: &str, id: &str) -> Option<usize> {
    lines_of_id(text, id).next()
}

/// Every 1-based line on which `id: "<id>"` is written in `text`.
pub fn lines_of_id<'a>(text: &'a str, id: &str) -> impl Iterator<Item = usize> + 'a {
    let needle = format!("\"{id}\"");
    text.lines().enumerate().filter_map(move |(i, line)| {
        line.find(&needle)
            .is_some_and(|at| line[..at].trim_end().ends_with("id:"))
            .then_some(i + 1)
    })
}

/// The id sets hash every id of the dataset twice; their keys come from
/// the data files, not from an adversary, so rustc's fast Fx hash serves.
type Fx = rustc_hash::FxBuildHasher;
type IdSet<'a> = HashSet<&'a str, Fx>;

struct Checker<'a> {
    texts: &'a DataTexts,
    errors: Vec<LoadError>,
    ids: HashMap<&'a str, IdSet<'a>>,
    /// The dataset's year limits (`settings.ron`), if it sets them.
    timeline_years: Option<(i32, i32)>,
    life_years: Option<(i32, i32)>,
}

impl<'a> Checker<'a> {
    /// Where item `item` of `kind` is written: its file and `id:` line, or
    /// the kind's first file when the id is not found.
    fn locate(&self, kind: &str, item: &str) -> (String, Option<usize>) {
        match self.texts.locate(kind, item).into_iter().next() {
            Some((file, line)) => (file, Some(line)),
            None => (self.texts.first_file_of(kind), None),
        }
    }

    fn err(&mut self, kind: &str, item: &str, field: &str, message: impl Into<String>) {
        let (file, line) = self.locate(kind, item);
        self.errors.push(LoadError::Semantic {
            file,
            line,
            item: item.to_owned(),
            field: field.to_owned(),
            message: message.into(),
        });
    }

    fn set(&self, file: &str) -> Option<&IdSet<'a>> {
        self.ids.get(file)
    }

    /// Every id in `refs` must name an item of `target` (a file name).
    fn refs(&mut self, file: &str, item: &str, field: &str, refs: &[Id], target: &str) {
        for r in refs {
            let known = self.set(target).is_some_and(|s| s.contains(r.as_str()));
            if !known {
                let kind = target.trim_end_matches(".ron").replace('_', " ");
                self.err(
                    file,
                    item,
                    field,
                    format!("unknown id `{r}` (not among the {kind})"),
                );
            }
        }
    }

    fn opt_ref(&mut self, file: &str, item: &str, field: &str, r: Option<&Id>, target: &str) {
        if let Some(r) = r {
            self.refs(file, item, field, std::slice::from_ref(r), target);
        }
    }

    fn cites(&mut self, file: &str, item: &str, sources: &[Id], urls: &[String]) {
        if sources.is_empty() {
            self.err(
                file,
                item,
                "sources",
                "every item must cite at least one source",
            );
        }
        self.refs(file, item, "sources", sources, SOURCES);
        for url in urls {
            self.url(file, item, "urls", url);
        }
    }

    fn url(&mut self, file: &str, item: &str, field: &str, url: &str) {
        if !is_http_url(url) {
            self.err(file, item, field, format!("`{url}` is not an http(s) URL"));
        }
    }

    fn date_in(
        &mut self,
        file: &str,
        item: &str,
        field: &str,
        date: &Date,
        years: Option<(i32, i32)>,
    ) {
        let Some(years) = years else { return };
        if date.year < years.0 || date.year > years.1 {
            self.err(
                file,
                item,
                field,
                format!("date {} is outside {}–{}", date.display(), years.0, years.1),
            );
        }
    }

    fn timeline_date(&mut self, file: &str, item: &str, field: &str, date: &Date) {
        self.date_in(file, item, field, date, self.timeline_years);
    }

    /// `end` must not end before `start` begins.
    fn span(&mut self, file: &str, item: &str, field: &str, start: &Date, end: &Date) {
        if end.end_year_frac() <= start.start_year_frac() {
            self.err(
                file,
                item,
                field,
                format!(
                    "ends ({}) before it starts ({})",
                    end.display(),
                    start.display()
                ),
            );
        }
    }

    fn text(&mut self, file: &str, item: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.err(file, item, field, "must not be empty");
        }
    }
}

/// Validates `ds`; `texts` are used to find the line of each item.
pub fn validate(ds: &Dataset, texts: &DataTexts) -> Vec<LoadError> {
    let mut c = Checker {
        texts,
        errors: Vec::new(),
        ids: HashMap::new(),
        timeline_years: ds.settings.timeline_years,
        life_years: ds.settings.life_years,
    };
    check_settings(&mut c, ds);
    check_ids(&mut c, ds);
    check_sources(&mut c, ds);
    check_timeline(&mut c, ds);
    check_people_and_orgs(&mut c, ds);
    check_analysis(&mut c, ds);
    check_elections(&mut c, ds);
    check_terms(&mut c, ds);
    check_scenarios(&mut c, ds);
    check_watch(&mut c, ds);
    c.errors.extend(super::past_due::held_errors(ds, texts));
    c.errors
}

/// All ids in file order, for the uniqueness check.
fn all_ids(ds: &Dataset) -> Vec<(&'static str, &str)> {
    let mut out: Vec<(&'static str, &str)> = Vec::new();
    out.extend(ds.sources.iter().map(|x| (SOURCES, x.id.as_str())));
    out.extend(ds.lanes.iter().map(|x| (LANES, x.id.as_str())));
    out.extend(ds.eras.iter().map(|x| (ERAS, x.id.as_str())));
    out.extend(ds.events.iter().map(|x| (EVENTS, x.id.as_str())));
    out.extend(ds.people.iter().map(|x| (PEOPLE, x.id.as_str())));
    out.extend(
        ds.organisations
            .iter()
            .map(|x| (ORGANISATIONS, x.id.as_str())),
    );
    out.extend(ds.figures.iter().map(|x| (FIGURES, x.id.as_str())));
    out.extend(ds.factors.iter().map(|x| (FACTORS, x.id.as_str())));
    out.extend(
        ds.institutions
            .iter()
            .map(|x| (INSTITUTIONS, x.id.as_str())),
    );
    out.extend(ds.offices.iter().map(|x| (OFFICES, x.id.as_str())));
    out.extend(ds.term_rules.iter().map(|x| (TERM_RULES, x.id.as_str())));
    out.extend(ds.terms.iter().map(|x| (TERMS, x.id.as_str())));
    out.extend(ds.elections.iter().map(|x| (ELECTIONS, x.id.as_str())));
    for s in &ds.scenarios {
        out.push((SCENARIOS, s.id.as_str()));
        out.extend(s.projected.iter().map(|p| (SCENARIOS, p.id.as_str())));
        out.extend(s.signposts.iter().map(|p| (SCENARIOS, p.id.as_str())));
    }
    out
}

fn check_ids<'a>(c: &mut Checker<'a>, ds: &'a Dataset) {
    let ids = all_ids(ds);
    let mut seen: HashMap<&str, &str, Fx> =
        HashMap::with_capacity_and_hasher(ids.len(), Fx::default());
    c.ids.entry(EVENTS).or_default().reserve(ds.events.len());
    for (file, id) in ids {
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !well_formed {
            c.err(
                file,
                id,
                "id",
                "ids use lowercase letters, digits and `_` only",
            );
        }
        if let Some(first) = seen.get(id) {
            let first = *first;
            let (first_file, first_line) = c.locate(first, id);
            // A second copy of the same kind is reported where it stands.
            let (here_file, line) = if first == file {
                match c.texts.locate(file, id).into_iter().nth(1) {
                    Some((f, l)) => (f, Some(l)),
                    None => (c.texts.first_file_of(file), None),
                }
            } else {
                c.locate(file, id)
            };
            let at = first_line.map_or(String::new(), |l| format!(":{l}"));
            let first = first_file;
            c.errors.push(LoadError::Semantic {
                file: here_file,
                line,
                item: id.to_owned(),
                field: "id".to_owned(),
                message: format!("duplicate id, first defined in {first}{at}"),
            });
        } else {
            seen.insert(id, file);
        }
        c.ids.entry(file).or_default().insert(id);
    }
}

fn check_settings(c: &mut Checker<'_>, ds: &Dataset) {
    let s = &ds.settings;
    let mut bad = |field: &str, message: &str| settings_error(c, (field, field), message);
    for (field, years) in [
        ("timeline_years", s.timeline_years),
        ("life_years", s.life_years),
    ] {
        if years.is_some_and(|(lo, hi)| hi < lo) {
            bad(field, "the last year is before the first");
        }
    }
    for (field, years) in [("axis_years", s.axis_years), ("full_view", s.full_view)] {
        if years.is_some_and(|(lo, hi)| !(lo.is_finite() && hi.is_finite() && hi > lo)) {
            bad(field, "two finite years, the second after the first");
        }
    }
    // The events are read until every named tag has been met (at once,
    // in a dataset without mistakes), and all of them only for a mistake.
    let mut unmet: BTreeSet<&str> = s.tags_ru.keys().map(String::as_str).collect();
    for e in &ds.events {
        if unmet.is_empty() {
            break;
        }
        for t in &e.tags {
            unmet.remove(t.as_str());
        }
    }
    if !s.tags_ru.is_empty() {
        let used: BTreeSet<&str> = if unmet.is_empty() {
            BTreeSet::new()
        } else {
            (ds.events.iter())
                .flat_map(|e| e.tags.iter().map(String::as_str))
                .collect()
        };
        for (tag, name) in &s.tags_ru {
            let message = if name.trim().is_empty() {
                format!("the name of `{tag}` must not be empty")
            } else if unmet.contains(tag.as_str()) {
                unused_tag(tag, &used)
            } else {
                continue;
            };
            // At the line of the tag's own entry, `"border": "граница",`.
            settings_error(c, ("tags_ru", &format!("\"{tag}\"")), &message);
        }
    }
}

/// An error in `settings.ron`'s `field`, at the first line that starts
/// with `line_start` (the field's name, or a map entry's key).
fn settings_error(c: &mut Checker<'_>, (field, line_start): (&str, &str), message: &str) {
    c.errors.push(LoadError::Semantic {
        file: SETTINGS.to_owned(),
        line: c
            .texts
            .get(SETTINGS)
            .and_then(|t| {
                t.lines()
                    .position(|l| l.trim_start().starts_with(line_start))
            })
            .map(|i| i + 1),
        item: "settings".to_owned(),
        field: field.to_owned(),
        message: message.to_owned(),
    });
}

/// "`bordr` is no event's tag; did you mean `border`?"
fn unused_tag(tag: &str, used: &BTreeSet<&str>) -> String {
    match super::hints::closest(tag, used.iter().copied()) {
        Some(u) => format!("`{tag}` is no event's tag; did you mean `{u}`?"),
        None => format!("`{tag}` is no event's tag; name only the tags events use"),
    }
}

fn check_sources(c: &mut Checker<'_>, ds: &Dataset) {
    let mut footnotes: HashMap<u32, &str> = HashMap::new();
    for s in &ds.sources {
        c.text(SOURCES, &s.id, "title", &s.title);
        if let Some(url) = &s.url {
            c.url(SOURCES, &s.id, "url", url);
        }
        if let Some(d) = &s.date {
            c.timeline_date(SOURCES, &s.id, "date", d);
        }
        match (s.kind, s.footnote) {
            (SourceKind::Footnote, None) => {
                c.err(
                    SOURCES,
                    &s.id,
                    "footnote",
                    "a Footnote source needs its footnote number",
                );
            }
            (SourceKind::Footnote, Some(n)) => {
                if let Some(other) = footnotes.insert(n, &s.id) {
                    c.err(
                        SOURCES,
                        &s.id,
                        "footnote",
                        format!("footnote {n} is also `{other}`"),
                    );
                }
                if s.url.is_none() {
                    c.err(SOURCES, &s.id, "url", "a footnote source needs its URL");
                }
            }
            (_, Some(_)) => {
                c.err(
                    SOURCES,
                    &s.id,
                    "footnote",
                    "only Footnote sources carry a footnote number",
                );
            }
            _ => {}
        }
    }
}

fn check_timeline(c: &mut Checker<'_>, ds: &Dataset) {
    for l in &ds.lanes {
        c.text(LANES, &l.id, "name", &l.name);
    }
    for e in &ds.eras {
        c.text(ERAS, &e.id, "title", &e.title);
        c.timeline_date(ERAS, &e.id, "start", &e.start);
        c.timeline_date(ERAS, &e.id, "end", &e.end);
        c.span(ERAS, &e.id, "end", &e.start, &e.end);
        c.cites(ERAS, &e.id, &e.sources, &e.urls);
    }
    for e in &ds.events {
        c.text(EVENTS, &e.id, "title", &e.title);
        c.text(EVENTS, &e.id, "summary", &e.summary);
        c.timeline_date(EVENTS, &e.id, "date", &e.date);
        if let Some(end) = &e.end {
            c.timeline_date(EVENTS, &e.id, "end", end);
            c.span(EVENTS, &e.id, "end", &e.date, end);
        }
        c.refs(EVENTS, &e.id, "lane", std::slice::from_ref(&e.lane), LANES);
        c.refs(EVENTS, &e.id, "people", &e.people, PEOPLE);
        c.refs(
            EVENTS,
            &e.id,
            "organisations",
            &e.organisations,
            ORGANISATIONS,
        );
        c.refs(EVENTS, &e.id, "figures", &e.figures, FIGURES);
        c.refs(EVENTS, &e.id, "institutions", &e.institutions, INSTITUTIONS);
        c.refs(EVENTS, &e.id, "factors", &e.factors, FACTORS);
        c.cites(EVENTS, &e.id, &e.sources, &e.urls);
    }
}

fn check_people_and_orgs(c: &mut Checker<'_>, ds: &Dataset) {
    for p in &ds.people {
        c.text(PEOPLE, &p.id, "name", &p.name);
        if let Some(b) = &p.born {
            c.date_in(PEOPLE, &p.id, "born", b, c.life_years);
        }
        if let Some(d) = &p.died {
            c.date_in(PEOPLE, &p.id, "died", d, c.life_years);
            if let Some(b) = &p.born {
                c.span(PEOPLE, &p.id, "died", b, d);
            }
        }
        for a in &p.stated_ages {
            c.timeline_date(PEOPLE, &p.id, "stated_ages", &a.as_of);
            c.refs(
                PEOPLE,
                &p.id,
                "stated_ages",
                std::slice::from_ref(&a.source),
                SOURCES,
            );
        }
        for r in &p.roles {
            for d in [&r.from, &r.to].into_iter().flatten() {
                c.date_in(PEOPLE, &p.id, "roles", d, c.life_years);
            }
            if let (Some(from), Some(to)) = (&r.from, &r.to) {
                c.span(PEOPLE, &p.id, "roles", from, to);
            }
        }
        c.refs(
            PEOPLE,
            &p.id,
            "organisations",
            &p.organisations,
            ORGANISATIONS,
        );
        c.cites(PEOPLE, &p.id, &p.sources, &p.urls);
    }
    for o in &ds.organisations {
        c.text(ORGANISATIONS, &o.id, "name", &o.name);
        c.refs(ORGANISATIONS, &o.id, "people", &o.people, PEOPLE);
        c.cites(ORGANISATIONS, &o.id, &o.sources, &o.urls);
    }
}

fn check_analysis(c: &mut Checker<'_>, ds: &Dataset) {
    for f in &ds.figures {
        c.text(FIGURES, &f.id, "wording", &f.wording);
        c.text(FIGURES, &f.id, "title", &f.title);
        c.timeline_date(FIGURES, &f.id, "as_of", &f.as_of);
        if !f.value.is_finite() {
            c.err(FIGURES, &f.id, "value", "must be a finite number");
        }
        match (f.qualifier, f.value_high) {
            (Qualifier::Range, None) => {
                c.err(
                    FIGURES,
                    &f.id,
                    "value_high",
                    "a Range figure needs value_high",
                );
            }
            (Qualifier::Range, Some(high)) if high < f.value || high.is_nan() => {
                c.err(
                    FIGURES,
                    &f.id,
                    "value_high",
                    "value_high must not be below value",
                );
            }
            _ => {}
        }
        c.cites(FIGURES, &f.id, &f.sources, &f.urls);
    }
    for f in &ds.factors {
        c.text(FACTORS, &f.id, "summary", &f.summary);
        c.refs(FACTORS, &f.id, "figures", &f.figures, FIGURES);
        c.cites(FACTORS, &f.id, &f.sources, &f.urls);
    }
    for i in &ds.institutions {
        c.text(INSTITUTIONS, &i.id, "purpose", &i.purpose);
        c.text(INSTITUTIONS, &i.id, "name", &i.name);
        c.refs(INSTITUTIONS, &i.id, "answers", &i.answers, FACTORS);
        c.refs(INSTITUTIONS, &i.id, "builds_on", &i.builds_on, INSTITUTIONS);
        if let Some(d) = &i.founded {
            c.timeline_date(INSTITUTIONS, &i.id, "founded", d);
        }
        c.cites(INSTITUTIONS, &i.id, &i.sources, &i.urls);
    }
    for o in &ds.offices {
        c.cites(OFFICES, &o.id, &o.sources, &[]);
    }
}

fn check_elections(c: &mut Checker<'_>, ds: &Dataset) {
    for e in &ds.elections {
        c.timeline_date(ELECTIONS, &e.id, "date", &e.date);
        if let Some(end) = &e.end {
            c.timeline_date(ELECTIONS, &e.id, "end", end);
            c.span(ELECTIONS, &e.id, "end", &e.date, end);
        }
        for r in &e.runoffs {
            c.timeline_date(ELECTIONS, &e.id, "runoffs", r);
            c.span(ELECTIONS, &e.id, "runoffs", &e.date, r);
        }
        c.opt_ref(ELECTIONS, &e.id, "office", e.office.as_ref(), OFFICES);
        if let Some(office) = e
            .office
            .as_deref()
            .and_then(|o| ds.offices.iter().find(|x| x.id == o))
            && office.country != e.country
        {
            c.err(
                ELECTIONS,
                &e.id,
                "office",
                format!(
                    "office `{}` belongs to {}, not {}",
                    office.id,
                    office.country.label(Lang::En),
                    e.country.label(Lang::En)
                ),
            );
        }
        c.opt_ref(ELECTIONS, &e.id, "winner", e.winner.as_ref(), PEOPLE);
        c.text(ELECTIONS, &e.id, "result", &e.result);
        c.text(ELECTIONS, &e.id, "title", &e.title);
        c.cites(ELECTIONS, &e.id, &e.sources, &e.urls);
    }
    for r in &ds.term_rules {
        c.refs(
            TERM_RULES,
            &r.id,
            "office",
            std::slice::from_ref(&r.office),
            OFFICES,
        );
        c.timeline_date(TERM_RULES, &r.id, "adopted", &r.adopted);
        c.timeline_date(TERM_RULES, &r.id, "applies_from", &r.applies_from);
        if !(1..=10).contains(&r.term_years) {
            c.err(
                TERM_RULES,
                &r.id,
                "term_years",
                "a term lasts 1 to 10 years",
            );
        }
        c.cites(TERM_RULES, &r.id, &r.sources, &r.urls);
    }
}

fn check_terms(c: &mut Checker<'_>, ds: &Dataset) {
    for t in &ds.terms {
        c.refs(
            TERMS,
            &t.id,
            "office",
            std::slice::from_ref(&t.office),
            OFFICES,
        );
        c.opt_ref(TERMS, &t.id, "holder", t.holder.as_ref(), PEOPLE);
        c.opt_ref(TERMS, &t.id, "election", t.election.as_ref(), ELECTIONS);
        c.timeline_date(TERMS, &t.id, "start", &t.start);
        c.timeline_date(TERMS, &t.id, "end", &t.end);
        c.span(TERMS, &t.id, "end", &t.start, &t.end);
        c.cites(TERMS, &t.id, &t.sources, &t.urls);
        let election = t
            .election
            .as_deref()
            .and_then(|id| ds.elections.iter().find(|e| e.id == id));
        if let Some(e) = election
            && e.office.as_deref() != Some(t.office.as_str())
        {
            c.err(
                TERMS,
                &t.id,
                "election",
                format!("election `{}` is not for office `{}`", e.id, t.office),
            );
        }
        if t.acting || !matches!(t.ended, TermEnd::FullTerm | TermEnd::Ongoing) {
            continue;
        }
        let from = election.map_or(t.start, |e| e.date);
        let Some(rule) = rule_in_force(&ds.term_rules, &t.office, &from) else {
            continue;
        };
        let length = t.end.mid_year_frac() - t.start.mid_year_frac();
        let expected = f64::from(rule.term_years);
        if (length - expected).abs() > TERM_LENGTH_TOLERANCE_YEARS {
            c.err(
                TERMS,
                &t.id,
                "end",
                format!(
                    "a full term of {length:.1} years disagrees with rule `{}` ({} years); mark how it ended (e.g. EarlyElection) or fix the dates",
                    rule.id, rule.term_years
                ),
            );
        }
    }
}

fn check_scenarios(c: &mut Checker<'_>, ds: &Dataset) {
    let proposed: Vec<&str> = ds
        .institutions
        .iter()
        .filter(|i| i.proposed)
        .map(|i| i.id.as_str())
        .collect();
    for s in &ds.scenarios {
        c.text(SCENARIOS, &s.id, "title", &s.title);
        if s.color.len() != 3 {
            c.err(
                SCENARIOS,
                &s.id,
                "color",
                "a colour is three numbers: [r, g, b]",
            );
        }
        c.cites(SCENARIOS, &s.id, &s.sources, &[]);
        for p in &s.projected {
            c.timeline_date(SCENARIOS, &p.id, "date", &p.date);
            if let Some(end) = &p.end {
                c.timeline_date(SCENARIOS, &p.id, "end", end);
                c.span(SCENARIOS, &p.id, "end", &p.date, end);
            }
            c.refs(
                SCENARIOS,
                &p.id,
                "lane",
                std::slice::from_ref(&p.lane),
                LANES,
            );
            c.refs(
                SCENARIOS,
                &p.id,
                "institutions",
                &p.institutions,
                INSTITUTIONS,
            );
            c.refs(SCENARIOS, &p.id, "factors", &p.factors, FACTORS);
        }
        let mut covered: HashSet<&str> = HashSet::new();
        for l in &s.lifecycles {
            c.refs(
                SCENARIOS,
                &s.id,
                "lifecycles",
                std::slice::from_ref(&l.institution),
                INSTITUTIONS,
            );
            if !covered.insert(l.institution.as_str()) {
                c.err(
                    SCENARIOS,
                    &s.id,
                    "lifecycles",
                    format!("two lifecycles for `{}`", l.institution),
                );
            }
            if let Some(problem) = lifecycle_problem(&l.stages) {
                c.err(
                    SCENARIOS,
                    &s.id,
                    "lifecycles",
                    format!("`{}`: {problem}", l.institution),
                );
            }
            for st in &l.stages {
                if let Some((lo, hi)) = c.timeline_years
                    && (st.year < lo || st.year > hi)
                {
                    c.err(
                        SCENARIOS,
                        &s.id,
                        "lifecycles",
                        format!("`{}`: year {} is outside {lo}–{hi}", l.institution, st.year),
                    );
                }
            }
        }
        for id in &proposed {
            if !covered.contains(id) {
                c.err(
                    SCENARIOS,
                    &s.id,
                    "lifecycles",
                    format!("no lifecycle for proposed institution `{id}`"),
                );
            }
        }
    }
}

/// The scenario watch: signposts name known scenarios and resolve only by
/// dated facts, their windows run forward, judgements are in date order and
/// cite sources.
fn check_watch(c: &mut Checker<'_>, ds: &Dataset) {
    for s in &ds.scenarios {
        for sp in &s.signposts {
            check_signpost(c, ds, sp);
        }
        for pair in s.judgements.windows(2) {
            if pair[1].date < pair[0].date {
                c.err(
                    SCENARIOS,
                    &s.id,
                    "judgements",
                    format!(
                        "judgements must be in date order: {} comes after {}",
                        pair[1].date.display(),
                        pair[0].date.display()
                    ),
                );
            }
        }
        for j in &s.judgements {
            c.timeline_date(SCENARIOS, &s.id, "judgements", &j.date);
            c.text(SCENARIOS, &s.id, "judgements", &j.rationale);
            c.cites(SCENARIOS, &s.id, &j.sources, &[]);
        }
    }
}

fn check_signpost(c: &mut Checker<'_>, ds: &Dataset, sp: &super::types::Signpost) {
    c.text(SCENARIOS, &sp.id, "text", &sp.text);
    c.text(SCENARIOS, &sp.id, "indicates", &sp.indicates);
    if let super::types::Window::Between(from, to) = &sp.window {
        c.span(SCENARIOS, &sp.id, "window", from, to);
    }
    c.timeline_date(SCENARIOS, &sp.id, "window", sp.window.closes());
    if sp.consistent.is_empty() {
        c.err(
            SCENARIOS,
            &sp.id,
            "consistent",
            "a signpost must be consistent with at least one scenario",
        );
    }
    let scenarios: Vec<Id> = ds.scenarios.iter().map(|s| s.id.clone()).collect();
    for (field, ids) in [
        ("consistent", &sp.consistent),
        ("inconsistent", &sp.inconsistent),
    ] {
        for id in ids {
            if !scenarios.contains(id) {
                c.err(SCENARIOS, &sp.id, field, format!("unknown scenario `{id}`"));
            }
        }
    }
    if let Some(both) = sp.consistent.iter().find(|id| sp.inconsistent.contains(id)) {
        c.err(
            SCENARIOS,
            &sp.id,
            "inconsistent",
            format!("`{both}` is listed as both consistent and inconsistent"),
        );
    }
    for e in &sp.evidence {
        if let Err(why) = super::watch::fact_date(ds, &e.item) {
            c.err(
                SCENARIOS,
                &sp.id,
                "evidence",
                format!("`{}` {why}: evidence must be a dated fact", e.item),
            );
        }
        c.text(SCENARIOS, &sp.id, "evidence", &e.reason);
    }
}

/// Why a list of stages is out of order, if it is: stages must strictly
/// advance (proposed → agreed → established → operating, or stalled /
/// abandoned, which end the list) and years must not go back.
pub fn lifecycle_problem(stages: &[super::types::StageAt]) -> Option<String> {
    if stages.is_empty() {
        return Some("no stages".to_owned());
    }
    for pair in stages.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.stage.is_terminal() {
            return Some(format!("nothing may follow `{}`", a.stage.label(Lang::En)));
        }
        if b.stage <= a.stage {
            return Some(format!(
                "stage `{}` comes after `{}`; stages must advance",
                b.stage.label(Lang::En),
                a.stage.label(Lang::En)
            ));
        }
        if b.year < a.year {
            return Some(format!(
                "`{}` in {} is earlier than `{}` in {}",
                b.stage.label(Lang::En),
                b.year,
                a.stage.label(Lang::En),
                a.year
            ));
        }
    }
    None
}
