//! What the app derives from the dataset and keeps between frames: the
//! search index, the timeline index (with the toggled scenarios'
//! projections and the filter applied), the search's results and the
//! electoral cycles. Rebuilt when the data, the toggled scenarios or the
//! filter change — never per frame.

use std::collections::BTreeSet;

use super::dataset::Dataset;
use super::elections::ElectoralCycles;
use super::layout::AxisLimits;
use super::search::{SearchIndex, SearchResults};
use super::timeline::{Filter, TimelineIndex};
use super::types::Id;

#[derive(Clone, Debug, Default)]
pub struct Derived {
    pub index: TimelineIndex,
    pub cycles: ElectoralCycles,
    /// The dataset's axis limits and full view.
    pub axis: AxisLimits,
    /// Bumped on every rebuild of `index`, so caches keyed on it (label
    /// widths) know to start again.
    pub generation: usize,
    /// Every searchable item folded and keyed: built once per load.
    pub search: SearchIndex,
    /// The filter's search text run by the search engine: the results
    /// list, and the text part of the timeline's filter.
    pub results: SearchResults,
}

impl Derived {
    /// Rebuilds everything from new data, the toggled scenarios and the filter.
    pub fn rebuild(&mut self, ds: &Dataset, scenarios_on: &BTreeSet<Id>, filter: &Filter) {
        self.search = SearchIndex::build(ds);
        self.cycles = ElectoralCycles::new(ds);
        self.axis = ds.axis_limits();
        self.results = self.search.search(&filter.query);
        self.reindex(ds, scenarios_on, filter);
    }

    /// Rebuilds the timeline index for other toggled scenarios (the data
    /// and its search index are the same).
    pub fn reindex(&mut self, ds: &Dataset, scenarios_on: &BTreeSet<Id>, filter: &Filter) {
        self.index = TimelineIndex::build(ds, scenarios_on);
        self.generation += 1;
        self.apply_filter(ds, filter);
    }

    /// Applies a new filter: runs its search text, then filters the index.
    pub fn refilter(&mut self, ds: &Dataset, filter: &Filter) {
        self.results = self.search.search(&filter.query);
        self.apply_filter(ds, filter);
    }

    fn apply_filter(&mut self, ds: &Dataset, filter: &Filter) {
        let lane_ids: Vec<Id> = ds.lanes.iter().map(|l| l.id.clone()).collect();
        let (search, results) = (&self.search, &self.results);
        self.index
            .apply_filter(filter, &lane_ids, |id| results.lets_through(search, id));
    }
}
