//! The loaded dataset: one vector per item kind, plus an id index.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::date::Date;
use super::lang::Lang;
use super::layout::AxisLimits;
use super::settings::Settings;
use super::timeline::PROJECTED_TAG;
use super::types::{
    Election, Era, Event, Factor, Figure, Id, Institution, Lane, Office, Organisation, Person,
    ProjectedEvent, Scenario, Source, Status, Term, TermRule,
};

/// Where an id points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Source(usize),
    Lane(usize),
    Era(usize),
    Event(usize),
    Person(usize),
    Organisation(usize),
    Figure(usize),
    Factor(usize),
    Institution(usize),
    Office(usize),
    TermRule(usize),
    Term(usize),
    Election(usize),
    Scenario(usize),
    /// A scenario's projected event: (scenario index, event index).
    Projected(usize, usize),
}

/// All items of the dataset, validated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub sources: Vec<Source>,
    pub lanes: Vec<Lane>,
    pub eras: Vec<Era>,
    pub events: Vec<Event>,
    pub people: Vec<Person>,
    pub organisations: Vec<Organisation>,
    pub figures: Vec<Figure>,
    pub factors: Vec<Factor>,
    pub institutions: Vec<Institution>,
    pub offices: Vec<Office>,
    pub term_rules: Vec<TermRule>,
    pub terms: Vec<Term>,
    pub elections: Vec<Election>,
    pub scenarios: Vec<Scenario>,
    /// The dataset's own settings (`settings.ron`).
    pub settings: Settings,
    index: IdIndex,
}

/// Every id's item: the first item with that id, in load order. Derived
/// from the lists, so two datasets with the same lists are equal whether
/// or not either has built it yet.
#[derive(Clone, Default)]
struct IdIndex(OnceLock<FxHashMap<Id, ItemRef>>);

impl PartialEq for IdIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for IdIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.get() {
            Some(index) => write!(f, "IdIndex({} ids)", index.len()),
            None => f.write_str("IdIndex(not built)"),
        }
    }
}

impl Dataset {
    /// What the interface calls `tag` in `lang`: its Russian name from
    /// `settings.ron` in Russian and Kazakh (the data has no Kazakh), the
    /// word "projected" for the tag the timeline gives projections, else
    /// the tag as written.
    pub fn tag_name<'a>(&'a self, tag: &'a str, lang: Lang) -> &'a str {
        if tag == PROJECTED_TAG {
            return Status::Projected.label(lang);
        }
        lang.pick(tag, self.settings.tags_ru.get(tag).map(String::as_str))
    }

    /// Rebuilds the id index (after a change to the lists).
    pub(crate) fn build_index(&mut self) {
        self.index = IdIndex(OnceLock::from(self.index_map()));
    }

    /// The id index, built on first use: the loader builds it on a thread
    /// of its own while the id checks run (they do not look ids up), and a
    /// lookup made before it is done waits for it.
    pub(crate) fn index(&self) -> &FxHashMap<Id, ItemRef> {
        self.index.0.get_or_init(|| self.index_map())
    }

    fn index_map(&self) -> FxHashMap<Id, ItemRef> {
        // Room for every id at once: grown by doubling, a million events'
        // index was rehashed twenty times, each into fresh memory.
        let projected: usize = self.scenarios.iter().map(|s| s.projected.len()).sum();
        let items = [
            self.sources.len(),
            self.lanes.len(),
            self.eras.len(),
            self.events.len(),
            self.people.len(),
            self.organisations.len(),
            self.figures.len(),
            self.factors.len(),
            self.institutions.len(),
            self.offices.len(),
            self.term_rules.len(),
            self.terms.len(),
            self.elections.len(),
            self.scenarios.len(),
            projected,
        ];
        let mut index = FxHashMap::with_capacity_and_hasher(items.iter().sum(), Default::default());
        let mut put = |id: &Id, item: ItemRef| {
            index.entry(id.clone()).or_insert(item);
        };
        for (i, x) in self.sources.iter().enumerate() {
            put(&x.id, ItemRef::Source(i));
        }
        for (i, x) in self.lanes.iter().enumerate() {
            put(&x.id, ItemRef::Lane(i));
        }
        for (i, x) in self.eras.iter().enumerate() {
            put(&x.id, ItemRef::Era(i));
        }
        for (i, x) in self.events.iter().enumerate() {
            put(&x.id, ItemRef::Event(i));
        }
        for (i, x) in self.people.iter().enumerate() {
            put(&x.id, ItemRef::Person(i));
        }
        for (i, x) in self.organisations.iter().enumerate() {
            put(&x.id, ItemRef::Organisation(i));
        }
        for (i, x) in self.figures.iter().enumerate() {
            put(&x.id, ItemRef::Figure(i));
        }
        for (i, x) in self.factors.iter().enumerate() {
            put(&x.id, ItemRef::Factor(i));
        }
        for (i, x) in self.institutions.iter().enumerate() {
            put(&x.id, ItemRef::Institution(i));
        }
        for (i, x) in self.offices.iter().enumerate() {
            put(&x.id, ItemRef::Office(i));
        }
        for (i, x) in self.term_rules.iter().enumerate() {
            put(&x.id, ItemRef::TermRule(i));
        }
        for (i, x) in self.terms.iter().enumerate() {
            put(&x.id, ItemRef::Term(i));
        }
        for (i, x) in self.elections.iter().enumerate() {
            put(&x.id, ItemRef::Election(i));
        }
        for (s, scenario) in self.scenarios.iter().enumerate() {
            put(&scenario.id, ItemRef::Scenario(s));
            for (i, p) in scenario.projected.iter().enumerate() {
                put(&p.id, ItemRef::Projected(s, i));
            }
        }
        index
    }

    /// The id of an item (`None` for an item not in this dataset).
    pub fn id_of(&self, item: ItemRef) -> Option<&str> {
        Some(match item {
            ItemRef::Source(i) => &self.sources.get(i)?.id,
            ItemRef::Lane(i) => &self.lanes.get(i)?.id,
            ItemRef::Era(i) => &self.eras.get(i)?.id,
            ItemRef::Event(i) => &self.events.get(i)?.id,
            ItemRef::Person(i) => &self.people.get(i)?.id,
            ItemRef::Organisation(i) => &self.organisations.get(i)?.id,
            ItemRef::Figure(i) => &self.figures.get(i)?.id,
            ItemRef::Factor(i) => &self.factors.get(i)?.id,
            ItemRef::Institution(i) => &self.institutions.get(i)?.id,
            ItemRef::Office(i) => &self.offices.get(i)?.id,
            ItemRef::TermRule(i) => &self.term_rules.get(i)?.id,
            ItemRef::Term(i) => &self.terms.get(i)?.id,
            ItemRef::Election(i) => &self.elections.get(i)?.id,
            ItemRef::Scenario(i) => &self.scenarios.get(i)?.id,
            ItemRef::Projected(s, i) => &self.scenarios.get(s)?.projected.get(i)?.id,
        })
    }

    /// Looks an id up.
    pub fn get(&self, id: &str) -> Option<ItemRef> {
        self.index().get(id).copied()
    }

    /// How many signposts the scenarios list, all told.
    pub fn signpost_count(&self) -> usize {
        self.scenarios.iter().map(|s| s.signposts.len()).sum()
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        match self.get(id)? {
            ItemRef::Source(i) => self.sources.get(i),
            _ => None,
        }
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        match self.get(id)? {
            ItemRef::Person(i) => self.people.get(i),
            _ => None,
        }
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        match self.get(id)? {
            ItemRef::Institution(i) => self.institutions.get(i),
            _ => None,
        }
    }

    pub fn factor(&self, id: &str) -> Option<&Factor> {
        match self.get(id)? {
            ItemRef::Factor(i) => self.factors.get(i),
            _ => None,
        }
    }

    pub fn office(&self, id: &str) -> Option<&Office> {
        match self.get(id)? {
            ItemRef::Office(i) => self.offices.get(i),
            _ => None,
        }
    }

    pub fn election(&self, id: &str) -> Option<&Election> {
        match self.get(id)? {
            ItemRef::Election(i) => self.elections.get(i),
            _ => None,
        }
    }

    pub fn projected(&self, id: &str) -> Option<(&Scenario, &ProjectedEvent)> {
        match self.get(id)? {
            ItemRef::Projected(s, i) => {
                let scenario = self.scenarios.get(s)?;
                Some((scenario, scenario.projected.get(i)?))
            }
            _ => None,
        }
    }

    /// The earliest and latest dates of timeline items (eras, events,
    /// elections, terms, projections).
    pub fn date_range(&self) -> Option<(Date, Date)> {
        let dates = self
            .eras
            .iter()
            .flat_map(|e| [e.start, e.end])
            .chain(
                self.events
                    .iter()
                    .flat_map(|e| [Some(e.date), e.end])
                    .flatten(),
            )
            .chain(self.elections.iter().map(|e| e.date))
            .chain(self.terms.iter().flat_map(|t| [t.start, t.end]))
            .chain(
                self.scenarios
                    .iter()
                    .flat_map(|s| s.projected.iter().flat_map(|p| [Some(p.date), p.end]))
                    .flatten(),
            );
        let mut range: Option<(Date, Date)> = None;
        for d in dates {
            range = Some(match range {
                None => (d, d),
                Some((lo, hi)) => (lo.min(d), hi.max(d)),
            });
        }
        range
    }

    /// The axis limits and full view: the settings' where they give them,
    /// otherwise from the dates of the timeline items.
    pub fn axis_limits(&self) -> AxisLimits {
        let data = self.date_range().map_or(AxisLimits::SHIPPED, |(lo, hi)| {
            AxisLimits::around(lo.start_year_frac(), hi.end_year_frac())
        });
        AxisLimits::with(self.settings.axis_years, self.settings.full_view, data)
    }

    /// The dataset's title, or "Timeline".
    pub fn title(&self) -> &str {
        self.settings.title.as_deref().unwrap_or("Timeline")
    }

    /// Item counts per kind, as `(count, plural noun)`, for summaries.
    pub fn counts(&self) -> Vec<(usize, &'static str)> {
        vec![
            (self.eras.len(), "eras"),
            (self.events.len(), "events"),
            (self.elections.len(), "elections"),
            (self.terms.len(), "terms"),
            (self.term_rules.len(), "term rules"),
            (self.offices.len(), "offices"),
            (self.people.len(), "people"),
            (self.organisations.len(), "organisations"),
            (self.figures.len(), "figures"),
            (
                self.factors.len(),
                "risks, barriers, incentives and factors",
            ),
            (self.institutions.len(), "institutions"),
            (self.scenarios.len(), "scenarios"),
            (
                self.scenarios.iter().map(|s| s.projected.len()).sum(),
                "projected events",
            ),
            (self.signpost_count(), "signposts"),
            (
                self.scenarios.iter().map(|s| s.judgements.len()).sum(),
                "judgements",
            ),
            (self.sources.len(), "sources"),
            (self.lanes.len(), "lanes"),
        ]
    }

    /// One-paragraph summary: "12 eras, 85 events, … ; dates 1990 – 2030".
    pub fn summary(&self) -> String {
        let counts = self
            .counts()
            .iter()
            .map(|(n, noun)| format!("{n} {noun}"))
            .collect::<Vec<_>>()
            .join(", ");
        match self.date_range() {
            Some((lo, hi)) => format!("{counts}; dates from {} to {}", lo.display(), hi.display()),
            None => counts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_before_the_index_is_built_and_after_a_rebuild() {
        let shipped = crate::model::load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let mut ds = Dataset {
            sources: shipped.sources.clone(),
            events: shipped.events.clone(),
            ..Dataset::default()
        };
        let first = &shipped.events[0].id;
        assert_eq!(ds.get(first), Some(ItemRef::Event(0)));
        assert_eq!(ds.get(&shipped.sources[1].id), Some(ItemRef::Source(1)));
        // The index is derived: a dataset equals the loaded one either way.
        assert_eq!(ds.events, shipped.events);
        ds.events.swap(0, 1);
        ds.build_index();
        assert_eq!(ds.get(first), Some(ItemRef::Event(1)));
        assert_eq!(ds.get("no_such_id"), None);
    }

    #[test]
    fn tags_are_named_in_russian_and_kazakh_where_the_settings_name_them() {
        let mut ds = Dataset::default();
        ds.settings
            .tags_ru
            .insert("border".to_owned(), "граница".to_owned());
        assert_eq!(ds.tag_name("border", Lang::En), "border");
        assert_eq!(ds.tag_name("border", Lang::Ru), "граница");
        assert_eq!(ds.tag_name("border", Lang::Kk), "граница");
        // Unnamed: as written.
        assert_eq!(ds.tag_name("space", Lang::Ru), "space");
        // The projections' tag is the interface's word.
        assert_eq!(ds.tag_name(PROJECTED_TAG, Lang::Ru), "прогноз");
        assert_eq!(ds.tag_name(PROJECTED_TAG, Lang::En), "projected");
        assert_ne!(ds.tag_name(PROJECTED_TAG, Lang::Kk), "projected");
    }
}
