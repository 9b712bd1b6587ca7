//! Moving through the timeline: stepping from event to event and bringing
//! an item into view. Called from command application only.

use super::App;
use crate::model::layout::TimeView;
use crate::model::queries::item_extent;
use crate::state::Tab;

impl App {
    /// Selects an item, shows the timeline and brings the item into view
    /// (turning on the scenario that projects it, if needed).
    pub(super) fn show_on_timeline(&mut self, id: String) {
        if let Some((scenario, _)) = self.source.dataset.projected(&id)
            && !self.state.scenarios_on.contains(&scenario.id)
        {
            let sid = scenario.id.clone();
            self.state.scenarios_on.insert(sid);
            self.reindex();
        }
        self.state.tab = Tab::Timeline;
        self.state.selected = Some(id.clone());
        if let Some(i) = self.derived.index.position(&self.source.dataset, &id) {
            self.bring_into_view(self.derived.index.items[i].extent());
        } else if let Some(extent) = item_extent(&self.source.dataset, &id) {
            self.bring_into_view(extent);
        }
    }

    /// Selects the next (or previous) search result and brings it into view.
    pub(super) fn step_result(&mut self, forward: bool) {
        if self.derived.search_pending() {
            // No results yet (the window does not wait for the index).
            return;
        }
        let (search, results) = (self.derived.search(), &self.derived.results);
        let current = self.state.selected.as_deref();
        let ds = &self.source.dataset;
        if let Some(hit) = results.step((search, ds), current, forward) {
            let id = search.id(ds, hit.doc).to_owned();
            self.show_on_timeline(id);
        }
    }

    /// Pans (keeping the zoom) so that `(lo, hi)` is visible.
    fn bring_into_view(&mut self, (lo, hi): (f64, f64)) {
        let view = self.state.view;
        if hi < view.start_year || lo > view.end_year {
            let half = view.span_years() / 2.0;
            let center = 0.5 * (lo + hi);
            self.state.view = TimeView {
                start_year: center - half,
                end_year: center + half,
            }
            .clamped_in(&self.derived.axis);
        }
    }

    /// Selects the previous or next shown event in date order (with
    /// nothing selected, the first or last in view) and brings it into
    /// view.
    pub(super) fn step(&mut self, forward: bool) {
        let (index, ds) = (&self.derived.index, &self.source.dataset);
        let view = self.state.view;
        let Some(i) = index.step(ds, self.state.selected.as_deref(), forward, view) else {
            return;
        };
        let item = &index.items[i];
        let extent = item.extent();
        self.state.selected = Some(item.id(ds).to_owned());
        self.bring_into_view(extent);
    }
}
