//! What the app derives from the dataset and keeps between frames: the
//! search index, the timeline index (with the toggled scenarios'
//! projections and the filter applied), the search's results and the
//! electoral cycles. Rebuilt when the data, the toggled scenarios or the
//! filter change — never per frame.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

use super::dataset::{Dataset, ItemRef};
use super::elections::ElectoralCycles;
use super::layout::AxisLimits;
use super::search::{SearchIndex, SearchResults};
use super::timeline::{Filter, TimelineIndex};
use super::types::Id;

#[derive(Debug, Default)]
pub struct Derived {
    pub index: TimelineIndex,
    pub cycles: ElectoralCycles,
    /// The dataset's axis limits and full view.
    pub axis: AxisLimits,
    /// Bumped on every rebuild of `index`, so caches keyed on it (label
    /// widths) know to start again.
    pub generation: usize,
    /// Every searchable item folded and keyed: built once per load, on
    /// another thread for a large dataset.
    search: LazySearch,
    /// The filter's search text run by the search engine: the results
    /// list, and the text part of the timeline's filter.
    pub results: SearchResults,
    /// A query waits for the index being built on another thread (the
    /// timeline is not filtered by its text meanwhile; see `poll_search`).
    pending: bool,
}

impl Derived {
    /// Rebuilds everything from new data, the toggled scenarios and the filter.
    /// The search index of a large dataset is built on another thread:
    /// neither the first view nor a search waits for it (a query waits,
    /// pending, until `poll_search` finds the index built).
    pub fn rebuild(&mut self, ds: &Arc<Dataset>, scenarios_on: &BTreeSet<Id>, filter: &Filter) {
        self.rebuild_with(ds, scenarios_on, filter, None);
    }

    /// [`Self::rebuild`], taking the timeline index built with the data
    /// on the load's thread when it was built for the scenarios on now
    /// (else building it here).
    pub fn rebuild_with(
        &mut self,
        ds: &Arc<Dataset>,
        scenarios_on: &BTreeSet<Id>,
        filter: &Filter,
        ready: Option<ReadyIndex>,
    ) {
        let old = std::mem::replace(&mut self.search, LazySearch::new(ds));
        let large = old.large;
        let_go(old, large);
        self.cycles = ElectoralCycles::new(ds);
        // Whichever scenarios are on: the limits span them all.
        self.axis = ready.as_ref().map_or_else(|| ds.axis_limits(), |r| r.axis);
        (self.results, self.pending) = self.run_search(&filter.query);
        match ready.filter(|r| r.scenarios_on == *scenarios_on) {
            Some(ready) => {
                self.index = ready.index;
                self.generation += 1;
                // Built with every item shown.
                if filter.is_active() {
                    let text_ok = text_ok(&self.search, &self.results);
                    self.index.apply_filter(ds, filter, text_ok);
                }
            }
            None => self.reindex(ds, scenarios_on, filter),
        }
    }

    /// Whether a query waits for the search index being built.
    pub fn search_pending(&self) -> bool {
        self.pending
    }

    /// Runs the waiting query once the index is built, and filters by it.
    /// Returns whether it ran (call it every frame while one waits).
    pub fn poll_search(&mut self, ds: &Dataset, filter: &Filter) -> bool {
        if !self.pending || !self.search.is_ready() {
            return false;
        }
        self.refilter(ds, filter);
        true
    }

    /// The search index (waiting for it when it is still being built: ask
    /// `search_ready` first on the window's thread).
    pub fn search(&self) -> &SearchIndex {
        self.search.get()
    }

    /// Whether the search index is built (a search would not wait).
    pub fn search_ready(&self) -> bool {
        self.search.is_ready()
    }

    /// Runs a query, and says whether it must wait for the index (then
    /// the results are empty and let everything through). An empty query
    /// needs no index.
    fn run_search(&self, query: &str) -> (SearchResults, bool) {
        if query.trim().is_empty() {
            (SearchResults::default(), false)
        } else if !self.search.is_ready() {
            (SearchResults::default(), true)
        } else {
            (self.search().search(query), false)
        }
    }

    /// Rebuilds the timeline index for other toggled scenarios (the data
    /// and its search index are the same).
    pub fn reindex(&mut self, ds: &Dataset, scenarios_on: &BTreeSet<Id>, filter: &Filter) {
        let text_ok = text_ok(&self.search, &self.results);
        self.index = TimelineIndex::build_filtered(ds, scenarios_on, filter, text_ok);
        self.generation += 1;
    }

    /// Applies a new filter: runs its search text, then filters the index.
    pub fn refilter(&mut self, ds: &Dataset, filter: &Filter) {
        (self.results, self.pending) = self.run_search(&filter.query);
        let text_ok = text_ok(&self.search, &self.results);
        self.index.apply_filter(ds, filter, text_ok);
    }
}

/// The text part of the timeline's filter: whether the search's results
/// let an item through. An inactive search lets everything through
/// without waiting for the index.
fn text_ok<'a>(
    search: &'a LazySearch,
    results: &'a SearchResults,
) -> impl Fn(ItemRef) -> bool + 'a {
    let index = results.is_active().then(|| search.get());
    move |item| index.is_none_or(|index| results.lets_through(index, item))
}

/// A timeline index built beside a load, on the load's thread, for the
/// scenarios toggled when the load began, and the data's axis limits:
/// the window takes them with the data rather than working them out in a
/// frame (a million events: 0.6–1.3 s of a frozen window for the index,
/// 14 ms for the limits).
#[derive(Debug)]
pub struct ReadyIndex {
    scenarios_on: BTreeSet<Id>,
    index: TimelineIndex,
    axis: AxisLimits,
}

impl ReadyIndex {
    /// `ds`'s index with `scenarios_on`'s projections, every item shown.
    pub fn build(ds: &Dataset, scenarios_on: BTreeSet<Id>) -> Self {
        Self {
            index: TimelineIndex::build(ds, &scenarios_on),
            scenarios_on,
            axis: ds.axis_limits(),
        }
    }
}

/// Datasets with at least this many events get their search index built
/// on another thread.
const BACKGROUND_EVENTS: usize = 5_000;

/// Whether a dataset is large: its search index is built on another
/// thread, and when new data replaces it, it is let go there.
pub fn is_large(ds: &Dataset) -> bool {
    ds.events.len() >= BACKGROUND_EVENTS
}

/// Lets go of data that new data replaced: when `large`, on a thread of
/// its own (`background::dispose`: a million events took 230 ms to free,
/// the window frozen meanwhile), else here. Meant for what was built on
/// another thread (a load, the search index), as the window's data is:
/// memory freed by a thread other than the one that allocated it goes
/// back to that one, to be taken back in its own calls (a large dataset
/// loaded on the window's thread, in tests and scripts or where no thread
/// could be had, is let go the same way).
pub fn let_go<T: Send + 'static>(old: T, large: bool) {
    if large {
        crate::background::dispose(old);
    }
}

/// A search index built now, or on another thread and waited for when
/// first needed.
#[derive(Debug, Default)]
struct LazySearch {
    ready: OnceLock<SearchIndex>,
    building: Mutex<Option<Building>>,
    /// Tells that thread the index is no longer wanted (new data came).
    stop: Arc<AtomicBool>,
    /// Built on another thread, for a large dataset.
    large: bool,
}

/// The thread building an index, and the dataset to build it from again
/// if that thread fails.
#[derive(Debug)]
struct Building {
    thread: JoinHandle<Option<SearchIndex>>,
    ds: Arc<Dataset>,
}

impl Drop for LazySearch {
    /// Stops the thread and waits for it (it looks at the stop flag every
    /// 1 024 events), so that the dataset is never freed there: freeing a
    /// large dataset on another thread hands the window's thread the work
    /// of taking its memory back, in the middle of later frames (steps of
    /// 10 ms in the pan sweep).
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let pending = self
            .building
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(Building { thread, ds }) = pending {
            // Its answer is not wanted; a panic there was its own.
            let _ = thread.join();
            drop(ds);
        }
    }
}

impl LazySearch {
    fn new(ds: &Arc<Dataset>) -> Self {
        let lazy = Self {
            ready: OnceLock::new(),
            building: Mutex::new(None),
            stop: Arc::default(),
            large: is_large(ds),
        };
        if !lazy.large {
            lazy.ready.get_or_init(|| SearchIndex::build(ds));
            return lazy;
        }
        let (theirs, stop) = (Arc::clone(ds), Arc::clone(&lazy.stop));
        let spawned = std::thread::Builder::new()
            .name("search-index".to_owned())
            .spawn(move || {
                crate::background::lower_this_thread();
                let index = SearchIndex::build_unless(&theirs, &stop);
                // The building's own memory, given back from elsewhere.
                crate::background::purge_soon();
                index
            });
        match spawned {
            Ok(handle) => {
                *lazy.building.lock().unwrap_or_else(PoisonError::into_inner) = Some(Building {
                    thread: handle,
                    ds: Arc::clone(ds),
                });
            }
            // No thread to be had: build it here.
            Err(_) => {
                lazy.ready.get_or_init(|| SearchIndex::build(ds));
            }
        }
        lazy
    }

    fn get(&self) -> &SearchIndex {
        self.ready.get_or_init(|| {
            let pending = self
                .building
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            match pending {
                // A thread that panicked is replaced by a build here (which
                // reports the same panic, if it is in the data).
                Some(Building { thread, ds }) => match thread.join() {
                    Ok(Some(index)) => index,
                    _ => SearchIndex::build(&ds),
                },
                None => SearchIndex::default(),
            }
        })
    }

    fn is_ready(&self) -> bool {
        if self.ready.get().is_some() {
            return true;
        }
        let building = self.building.lock().unwrap_or_else(PoisonError::into_inner);
        building.as_ref().is_none_or(|b| b.thread.is_finished())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::with_sweep_events;
    use crate::model::load_embedded;

    fn big() -> Arc<Dataset> {
        let base = load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let ds = with_sweep_events(&base, BACKGROUND_EVENTS + 500, 7);
        assert!(ds.events.len() >= BACKGROUND_EVENTS);
        Arc::new(ds)
    }

    /// Polls as the window does until the waiting query has run.
    fn run_when_ready(derived: &mut Derived, ds: &Dataset, filter: &Filter) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while derived.search_pending() && std::time::Instant::now() < deadline {
            if !derived.poll_search(ds, filter) {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
        assert!(!derived.search_pending(), "the index was never built");
    }

    fn query(q: &str) -> Filter {
        Filter {
            query: q.to_owned(),
            ..Filter::default()
        }
    }

    #[test]
    fn a_background_index_finds_what_one_built_here_finds() {
        let ds = big();
        let mut derived = Derived::default();
        derived.rebuild(&ds, &BTreeSet::new(), &Filter::default());
        assert!(!derived.results.is_active());
        assert_eq!(derived.index.match_count(), derived.index.len());
        // A search typed while the thread works waits, not the window:
        // the timeline is not yet filtered by it.
        let pipeline = query("pipeline 1");
        derived.refilter(&ds, &pipeline);
        if derived.search_pending() {
            assert!(!derived.results.is_active());
            assert_eq!(derived.index.match_count(), derived.index.len());
        }
        run_when_ready(&mut derived, &ds, &pipeline);
        assert!(derived.search_ready());
        let here = SearchIndex::build(&ds).search("pipeline 1");
        assert!(!here.hits.is_empty());
        assert_eq!(derived.results.hits, here.hits);
        assert_eq!(derived.search().len(), SearchIndex::build(&ds).len());
        assert!(derived.index.match_count() < derived.index.len());
    }

    #[test]
    fn a_saved_query_filters_the_first_index_as_a_later_one_would() {
        let ds = big();
        let mut at_load = Derived::default();
        at_load.rebuild(&ds, &BTreeSet::new(), &query("summit"));
        // Just built: the index is still being made, and the query waits.
        assert!(at_load.search_pending());
        run_when_ready(&mut at_load, &ds, &query("summit"));
        let mut later = Derived::default();
        later.rebuild(&ds, &BTreeSet::new(), &Filter::default());
        later.refilter(&ds, &query("summit"));
        run_when_ready(&mut later, &ds, &query("summit"));
        assert!(at_load.index.match_count() > 0);
        assert_eq!(at_load.index.match_count(), later.index.match_count());
        assert_eq!(at_load.results.hits, later.results.hits);
    }

    /// What an index shows: its size, and every track's shown items.
    fn shown(index: &TimelineIndex) -> (usize, usize, Vec<Vec<usize>>) {
        let lanes = (0..index.tracks().len())
            .map(|lane| index.visible(lane, f64::NEG_INFINITY, f64::INFINITY))
            .collect();
        (index.len(), index.match_count(), lanes)
    }

    fn rebuilt_with(
        ds: &Arc<Dataset>,
        on: &BTreeSet<Id>,
        filter: &Filter,
        ready: Option<ReadyIndex>,
    ) -> Derived {
        let mut derived = Derived::default();
        derived.rebuild_with(ds, on, filter, ready);
        derived
    }

    #[test]
    fn an_index_built_with_the_load_is_the_one_built_here() {
        let ds = Arc::new(load_embedded().unwrap_or_else(|e| panic!("{e}")));
        let on: BTreeSet<Id> = ds.scenarios.iter().take(1).map(|s| s.id.clone()).collect();
        assert_eq!(on.len(), 1, "the dataset has scenarios");
        for filter in [Filter::default(), no_facts_filter()] {
            let here = rebuilt_with(&ds, &on, &filter, None);
            let ready = Some(ReadyIndex::build(&ds, on.clone()));
            let taken = rebuilt_with(&ds, &on, &filter, ready);
            assert_eq!(shown(&taken.index), shown(&here.index), "{filter:?}");
            assert_eq!(taken.generation, here.generation);
            assert_eq!(taken.axis, here.axis);
        }
        // The filter is applied to a ready index.
        let all = rebuilt_with(&ds, &on, &Filter::default(), None);
        let some = rebuilt_with(&ds, &on, &no_facts_filter(), None);
        assert!(some.index.match_count() < all.index.match_count());
    }

    fn no_facts_filter() -> Filter {
        Filter {
            hidden_statuses: [crate::model::types::Status::Fact].into(),
            ..Filter::default()
        }
    }

    #[test]
    fn an_index_built_for_other_scenarios_is_not_taken() {
        let ds = Arc::new(load_embedded().unwrap_or_else(|e| panic!("{e}")));
        let all: BTreeSet<Id> = ds.scenarios.iter().map(|s| s.id.clone()).collect();
        let none = BTreeSet::new();
        let here = rebuilt_with(&ds, &none, &Filter::default(), None);
        let other = Some(ReadyIndex::build(&ds, all.clone()));
        let taken = rebuilt_with(&ds, &none, &Filter::default(), other);
        assert_eq!(shown(&taken.index), shown(&here.index));
        // The scenarios' projections make the two indexes differ.
        let with_all = rebuilt_with(&ds, &all, &Filter::default(), None);
        assert!(with_all.index.len() > here.index.len());
    }

    #[test]
    fn new_data_stops_the_old_index_being_built() {
        let ds = big();
        let stop = AtomicBool::new(true);
        assert!(SearchIndex::build_unless(&ds, &stop).is_none());
        stop.store(false, Ordering::Relaxed);
        assert!(SearchIndex::build_unless(&ds, &stop).is_some());
        // A dropped index tells its thread to stop.
        let lazy = LazySearch::new(&ds);
        let flag = Arc::clone(&lazy.stop);
        drop(lazy);
        assert!(flag.load(Ordering::Relaxed));
        // ... and waits for it: the dataset is not freed there.
        assert_eq!(Arc::strong_count(&ds), 1);
    }
}
