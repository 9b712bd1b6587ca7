//! What the app derives from the dataset and keeps between frames: the
//! timeline index (with the toggled scenarios' projections and the filter
//! applied) and the electoral cycles. Rebuilt when the data, the toggled
//! scenarios or the filter change — never per frame.

use std::collections::BTreeSet;

use super::dataset::Dataset;
use super::elections::ElectoralCycles;
use super::layout::AxisLimits;
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
}

impl Derived {
    /// Rebuilds everything from the data, the toggled scenarios and the filter.
    pub fn rebuild(&mut self, ds: &Dataset, scenarios_on: &BTreeSet<Id>, filter: &Filter) {
        self.index = TimelineIndex::build(ds, scenarios_on);
        self.cycles = ElectoralCycles::new(ds);
        self.axis = ds.axis_limits();
        self.generation += 1;
        self.refilter(ds, filter);
    }

    /// Applies a new filter to the index.
    pub fn refilter(&mut self, ds: &Dataset, filter: &Filter) {
        let lane_ids: Vec<Id> = ds.lanes.iter().map(|l| l.id.clone()).collect();
        self.index.apply_filter(filter, &lane_ids);
    }
}
