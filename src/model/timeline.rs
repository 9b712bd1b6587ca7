//! The timeline index: every drawable item (events, and the projected
//! events of toggled scenarios) per lane, sorted by start, so that the items
//! in a time window are found by binary search and a frame's cost does not
//! depend on how many items are off screen. Also the text/tag filter.

use std::collections::BTreeSet;

use super::dataset::Dataset;
use super::types::{Id, Status};

/// One indexed item.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexedItem {
    pub id: Id,
    pub title: String,
    /// Index into the dataset's lanes.
    pub lane: usize,
    /// Start, as a fractional year.
    pub start: f64,
    /// End of a span; `None` for a point.
    pub end: Option<f64>,
    /// Where a point marker goes.
    pub at: f64,
    pub status: Status,
    pub approx: bool,
    /// The projecting scenario's index, for projected events.
    pub scenario: Option<usize>,
    pub tags: Vec<String>,
    /// Lower-cased title, summary and tags, for search.
    search_text: String,
}

impl IndexedItem {
    /// The first and last instants the item covers.
    pub fn extent(&self) -> (f64, f64) {
        match self.end {
            Some(end) => (self.start, end),
            None => (self.at, self.at),
        }
    }
}

/// What the user filters the timeline by. Persisted.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Text searched in titles, summaries and tags (case-insensitive; every
    /// word must match).
    pub query: String,
    /// When not empty, only items with at least one of these tags.
    pub tags: BTreeSet<String>,
    /// Lanes (by id) whose items are hidden.
    pub hidden_lanes: BTreeSet<Id>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty() || !self.tags.is_empty() || !self.hidden_lanes.is_empty()
    }
}

/// Items per lane sorted by start, with the longest span per lane so a
/// window query knows how far back to look.
#[derive(Clone, Debug, Default)]
pub struct TimelineIndex {
    pub items: Vec<IndexedItem>,
    /// For each lane, indices into `items`, sorted by extent start.
    lanes: Vec<Vec<usize>>,
    /// For each lane, the longest extent, in years.
    longest: Vec<f64>,
    /// Whether each item passes the current filter.
    matches: Vec<bool>,
    match_count: usize,
    /// All items in date order (by extent start, then id), for stepping.
    by_date: Vec<usize>,
}

impl TimelineIndex {
    /// Indexes the dataset's events and the projections of `scenarios_on`.
    pub fn build(ds: &Dataset, scenarios_on: &BTreeSet<Id>) -> Self {
        let lane_of = |id: &str| ds.lanes.iter().position(|l| l.id == id);
        let mut items = Vec::with_capacity(ds.events.len());
        for e in &ds.events {
            let Some(lane) = lane_of(&e.lane) else {
                continue;
            };
            let mut search_text = format!("{}\n{}\n{}", e.title, e.summary, e.tags.join(" "));
            search_text.make_ascii_lowercase();
            items.push(IndexedItem {
                id: e.id.clone(),
                title: e.title.clone(),
                lane,
                start: e.date.start_year_frac(),
                end: e.end.map(|d| d.end_year_frac()),
                at: e.date.mid_year_frac(),
                status: e.status,
                approx: e.date.approx,
                scenario: None,
                tags: e.tags.clone(),
                search_text: search_text.to_lowercase(),
            });
        }
        for (si, s) in ds.scenarios.iter().enumerate() {
            if !scenarios_on.contains(&s.id) {
                continue;
            }
            for p in &s.projected {
                let Some(lane) = lane_of(&p.lane) else {
                    continue;
                };
                let search_text =
                    format!("{}\n{}\nprojected {}", p.title, p.summary, s.title).to_lowercase();
                items.push(IndexedItem {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    lane,
                    start: p.date.start_year_frac(),
                    end: p.end.map(|d| d.end_year_frac()),
                    at: p.date.mid_year_frac(),
                    status: Status::Projected,
                    approx: p.date.approx,
                    scenario: Some(si),
                    tags: vec!["projected".to_owned()],
                    search_text,
                });
            }
        }
        let mut index = Self {
            lanes: vec![Vec::new(); ds.lanes.len()],
            longest: vec![0.0; ds.lanes.len()],
            matches: vec![true; items.len()],
            match_count: items.len(),
            by_date: (0..items.len()).collect(),
            items,
        };
        for (i, item) in index.items.iter().enumerate() {
            let (lo, hi) = item.extent();
            index.lanes[item.lane].push(i);
            index.longest[item.lane] = index.longest[item.lane].max(hi - lo);
        }
        let items = &index.items;
        let order = |a: &usize, b: &usize| {
            items[*a]
                .extent()
                .0
                .total_cmp(&items[*b].extent().0)
                .then_with(|| items[*a].id.cmp(&items[*b].id))
        };
        for lane in &mut index.lanes {
            lane.sort_by(order);
        }
        index.by_date.sort_by(order);
        index
    }

    /// Applies a filter; `lane_ids` are the dataset's lane ids by index.
    pub fn apply_filter(&mut self, filter: &Filter, lane_ids: &[Id]) {
        let words: Vec<String> = filter
            .query
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let mut count = 0;
        for (item, ok) in self.items.iter().zip(self.matches.iter_mut()) {
            let lane_shown = lane_ids
                .get(item.lane)
                .is_none_or(|id| !filter.hidden_lanes.contains(id));
            let tag_ok =
                filter.tags.is_empty() || item.tags.iter().any(|t| filter.tags.contains(t));
            let text_ok = words.iter().all(|w| item.search_text.contains(w.as_str()));
            *ok = lane_shown && tag_ok && text_ok;
            count += usize::from(*ok);
        }
        self.match_count = count;
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many items pass the filter.
    pub fn match_count(&self) -> usize {
        self.match_count
    }

    pub fn is_match(&self, i: usize) -> bool {
        self.matches.get(i).copied().unwrap_or(false)
    }

    /// The items of `lane` that overlap `[from, to]` and pass the filter, in
    /// start order. Binary search: the cost depends on what is in the window
    /// (and on the lane's longest span), not on what is outside it.
    pub fn visible(&self, lane: usize, from: f64, to: f64) -> Vec<usize> {
        let Some(order) = self.lanes.get(lane) else {
            return Vec::new();
        };
        let earliest = from - self.longest.get(lane).copied().unwrap_or(0.0);
        let first = order.partition_point(|&i| self.items[i].extent().0 < earliest);
        let last = order.partition_point(|&i| self.items[i].extent().0 <= to);
        order[first..last]
            .iter()
            .copied()
            .filter(|&i| self.matches[i] && self.items[i].extent().1 >= from)
            .collect()
    }

    /// The filtered item after (or before) `current` in date order; the first
    /// (or last) when `current` is not a visible item.
    pub fn step(&self, current: Option<&str>, forward: bool) -> Option<usize> {
        let shown: Vec<usize> = self
            .by_date
            .iter()
            .copied()
            .filter(|&i| self.matches[i])
            .collect();
        let pos = current.and_then(|id| shown.iter().position(|&i| self.items[i].id == id));
        match (pos, forward) {
            (None, true) => shown.first().copied(),
            (None, false) => shown.last().copied(),
            (Some(p), true) => shown.get(p + 1).copied().or_else(|| shown.get(p).copied()),
            (Some(p), false) => shown.get(p.saturating_sub(1)).copied(),
        }
    }

    /// The item with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    /// Every tag in use, sorted.
    pub fn tags(&self) -> BTreeSet<String> {
        self.items
            .iter()
            .flat_map(|i| i.tags.iter().cloned())
            .collect()
    }
}
