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
}

impl Derived {
    /// Rebuilds everything from new data, the toggled scenarios and the filter.
    /// The search index of a large dataset is built on another thread:
    /// the first view does not wait for it, the first search does.
    pub fn rebuild(&mut self, ds: &Arc<Dataset>, scenarios_on: &BTreeSet<Id>, filter: &Filter) {
        self.search = LazySearch::new(ds);
        self.cycles = ElectoralCycles::new(ds);
        self.axis = ds.axis_limits();
        self.results = self.run_search(&filter.query);
        self.reindex(ds, scenarios_on, filter);
    }

    /// The search index (waiting for it when it is still being built).
    pub fn search(&self) -> &SearchIndex {
        self.search.get()
    }

    /// Whether the search index is built (a search would not wait).
    pub fn search_ready(&self) -> bool {
        self.search.is_ready()
    }

    /// Runs a query; an empty one needs no index.
    fn run_search(&self, query: &str) -> SearchResults {
        if query.trim().is_empty() {
            SearchResults::default()
        } else {
            self.search().search(query)
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
        self.results = self.run_search(&filter.query);
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

/// Datasets with at least this many events get their search index built
/// on another thread.
const BACKGROUND_EVENTS: usize = 5_000;

/// A search index built now, or on another thread and waited for when
/// first needed.
#[derive(Debug, Default)]
struct LazySearch {
    ready: OnceLock<SearchIndex>,
    building: Mutex<Option<Building>>,
    /// Tells that thread the index is no longer wanted (new data came).
    stop: Arc<AtomicBool>,
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
        let lazy = Self::default();
        if ds.events.len() < BACKGROUND_EVENTS {
            lazy.ready.get_or_init(|| SearchIndex::build(ds));
            return lazy;
        }
        let (theirs, stop) = (Arc::clone(ds), Arc::clone(&lazy.stop));
        let spawned = std::thread::Builder::new()
            .name("search-index".to_owned())
            .spawn(move || {
                crate::background::lower_this_thread();
                SearchIndex::build_unless(&theirs, &stop)
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
        // The first search waits for the thread; then the index is ready.
        derived.refilter(&ds, &query("pipeline 1"));
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
        let mut later = Derived::default();
        later.rebuild(&ds, &BTreeSet::new(), &Filter::default());
        later.refilter(&ds, &query("summit"));
        assert!(at_load.index.match_count() > 0);
        assert_eq!(at_load.index.match_count(), later.index.match_count());
        assert_eq!(at_load.results.hits, later.results.hits);
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
