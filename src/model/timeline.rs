//! The timeline index: every drawable item (events, and the projected
//! events of toggled scenarios) per lane, sorted by start, so that the items
//! in a time window are found by binary search and a frame's cost does not
//! depend on how many items are off screen. Also the text/tag filter.

use std::collections::BTreeSet;

use super::dataset::{Dataset, ItemRef};
use super::layout::TimeView;
use super::types::{Id, Status};

/// One indexed item.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexedItem {
    /// Index into the dataset's lanes.
    pub lane: usize,
    /// The track the item is laid out in: its lane's, or for a projection
    /// its scenario's sub-track of that lane (see [`Track`]).
    pub track: usize,
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
    /// What it is in the dataset (an event, or a scenario's projection),
    /// where its tags and people are read.
    pub item: ItemRef,
    /// Which items a crowded lane shows first, lowest first (see
    /// [`rank_of`]).
    pub rank: u8,
}

/// An item's rank for a crowded lane, lowest shown first: facts, then
/// scheduled, proposed, unconfirmed and projected items; within a status,
/// items with more links (to people, organisations, institutions, figures
/// and factors; three or more count alike) first.
pub fn rank_of(status: Status, links: usize) -> u8 {
    let status_rank: u8 = match status {
        Status::Fact => 0,
        Status::Scheduled => 1,
        Status::Proposed => 2,
        Status::Unconfirmed => 3,
        Status::Projected => 4,
    };
    status_rank * 4 + (3 - links.min(3) as u8)
}

impl IndexedItem {
    /// The first and last instants the item covers.
    pub fn extent(&self) -> (f64, f64) {
        match self.end {
            Some(end) => (self.start, end),
            None => (self.at, self.at),
        }
    }

    /// Its sources: the event's, or for a projection its scenario's.
    pub fn sources<'d>(&self, ds: &'d Dataset) -> &'d [Id] {
        let sources = match self.item {
            ItemRef::Event(i) => ds.events.get(i).map(|e| &e.sources),
            ItemRef::Projected(s, _) => ds.scenarios.get(s).map(|s| &s.sources),
            _ => None,
        };
        sources.map_or(&[], Vec::as_slice)
    }

    /// Its tags: the event's, or for a projection the one tag `projected`.
    pub fn tags<'d>(&self, ds: &'d Dataset) -> impl Iterator<Item = &'d str> {
        let (event, projected) = match self.item {
            ItemRef::Event(i) => (ds.events.get(i), None),
            _ => (None, Some(PROJECTED_TAG)),
        };
        event
            .into_iter()
            .flat_map(|e| e.tags.iter().map(String::as_str))
            .chain(projected)
    }

    /// Its id (read from the dataset; "" if `ds` is not the dataset it
    /// was indexed from).
    pub fn id<'d>(&self, ds: &'d Dataset) -> &'d str {
        match self.item {
            ItemRef::Event(i) => ds.events.get(i).map_or("", |e| e.id.as_str()),
            ItemRef::Projected(s, p) => projection(ds, s, p).map_or("", |p| p.id.as_str()),
            _ => "",
        }
    }

    /// Its title and, when the data gives one, its Russian title.
    pub fn titles<'d>(&self, ds: &'d Dataset) -> (&'d str, Option<&'d str>) {
        match self.item {
            ItemRef::Event(i) => ds
                .events
                .get(i)
                .map_or(("", None), |e| (e.title.as_str(), e.title_ru.as_deref())),
            ItemRef::Projected(s, p) => projection(ds, s, p)
                .map_or(("", None), |p| (p.title.as_str(), p.title_ru.as_deref())),
            _ => ("", None),
        }
    }

    /// Its title in `lang` (the English one where there is no Russian).
    pub fn title<'d>(&self, ds: &'d Dataset, lang: super::Lang) -> &'d str {
        let (en, ru) = self.titles(ds);
        lang.pick(en, ru)
    }

    /// The people it is linked to (a projection links none).
    pub fn people<'d>(&self, ds: &'d Dataset) -> &'d [Id] {
        match self.item {
            ItemRef::Event(i) => ds.events.get(i).map_or(&[], |e| e.people.as_slice()),
            _ => &[],
        }
    }
}

/// Scenario `s`'s projection `p`.
fn projection(ds: &Dataset, s: usize, p: usize) -> Option<&super::types::ProjectedEvent> {
    ds.scenarios.get(s)?.projected.get(p)
}

/// The tag every projected item carries.
pub const PROJECTED_TAG: &str = "projected";

/// What the user filters the timeline by. Persisted.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Text searched by the search engine (`model::search`) in both
    /// languages and in linked items' names; every word must match.
    pub query: String,
    /// When not empty, only items with at least one of these tags.
    pub tags: BTreeSet<String>,
    /// Lanes (by id) whose items are hidden.
    pub hidden_lanes: BTreeSet<Id>,
    /// Statuses whose items are hidden.
    pub hidden_statuses: BTreeSet<Status>,
    /// When not empty, only items linked to at least one of these people.
    pub people: BTreeSet<Id>,
    /// Facts that start after this fractional year are hidden (the as-of
    /// replay with later facts hidden). Not persisted.
    #[serde(skip)]
    pub known_by: Option<f64>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
            || !self.tags.is_empty()
            || !self.hidden_lanes.is_empty()
            || !self.hidden_statuses.is_empty()
            || !self.people.is_empty()
            || self.known_by.is_some()
    }
}

/// A row group of the timeline: a lane's facts, or one toggled scenario's
/// projections in that lane (drawn under the lane, so scenarios never mix
/// with the facts or with each other).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Track {
    /// Index into the dataset's lanes.
    pub lane: usize,
    /// The projecting scenario's index, for a scenario's sub-track.
    pub scenario: Option<usize>,
}

/// A track's shown items of one rank (see [`rank_of`]), sorted by start,
/// with their extents alongside (for binary search, and so that a crowded
/// lane places them without reading the items).
#[derive(Clone, Debug, Default)]
pub struct RankList {
    pub rank: u8,
    pub items: Vec<usize>,
    /// Where each starts (a point: where its marker is).
    pub starts: Vec<f64>,
    /// Where each ends (a point: where it starts).
    pub ends: Vec<f64>,
    /// Whether each is a span.
    pub spans: Vec<bool>,
}

/// Items per track sorted by start, with the longest span per track so a
/// window query knows how far back to look. The per-"lane" queries below
/// take a track index; tracks `0..lanes` are the data's lanes.
#[derive(Clone, Debug, Default)]
pub struct TimelineIndex {
    pub items: Vec<IndexedItem>,
    /// The data's lanes first (in order), then each toggled scenario's
    /// sub-tracks, scenario by scenario, lanes in order.
    tracks: Vec<Track>,
    /// For each lane, indices into `items`, sorted by extent start.
    lanes: Vec<Vec<usize>>,
    /// For each lane, the longest extent, in years.
    longest: Vec<f64>,
    /// Every tag in use, sorted.
    tags: Vec<String>,
    /// Everyone an item names, by id, sorted.
    people: Vec<Id>,
    /// For each lane, the items passing the filter, sorted by extent start,
    /// with their starts alongside for binary search.
    shown: Vec<Vec<usize>>,
    shown_starts: Vec<Vec<f64>>,
    /// The same for spans only: the only items that can start before a
    /// window and still cover it.
    shown_spans: Vec<Vec<usize>>,
    shown_span_starts: Vec<Vec<f64>>,
    /// The shown items' ends (a point's is its start), ascending: with the
    /// starts, how many items overlap a stretch of time, by two binary
    /// searches.
    shown_ends: Vec<Vec<f64>>,
    /// The shown items split by rank, ranks ascending.
    shown_by_rank: Vec<Vec<RankList>>,
    /// Whether each item passes the current filter.
    matches: Vec<bool>,
    match_count: usize,
    /// All items in date order (by extent start, then id), for stepping.
    by_date: Vec<usize>,
}

/// The dataset's events, each in its lane's track.
/// Room is made for the projections of `scenarios_on` too, so that adding
/// them does not double the list.
fn fact_items(ds: &Dataset, scenarios_on: &BTreeSet<Id>) -> Vec<IndexedItem> {
    let lane_of = |id: &str| ds.lanes.iter().position(|l| l.id == id);
    let projections: usize = ds
        .scenarios
        .iter()
        .filter(|s| scenarios_on.contains(&s.id))
        .map(|s| s.projected.len())
        .sum();
    let mut items = Vec::with_capacity(ds.events.len() + projections);
    for (ei, e) in ds.events.iter().enumerate() {
        let Some(lane) = lane_of(&e.lane) else {
            continue;
        };
        items.push(IndexedItem {
            lane,
            track: lane,
            start: e.date.start_year_frac(),
            end: e.end.map(|d| d.end_year_frac()),
            at: e.date.mid_year_frac(),
            status: e.status,
            approx: e.date.approx,
            scenario: None,
            item: ItemRef::Event(ei),
            rank: rank_of(
                e.status,
                e.people.len()
                    + e.organisations.len()
                    + e.institutions.len()
                    + e.figures.len()
                    + e.factors.len(),
            ),
        });
    }
    items
}

/// The projections of the toggled scenarios, each in its scenario's
/// sub-track of its lane (added to `tracks` for the lanes it uses).
fn projected_items(
    ds: &Dataset,
    scenarios_on: &BTreeSet<Id>,
    tracks: &mut Vec<Track>,
    items: &mut Vec<IndexedItem>,
) {
    let lane_of = |id: &str| ds.lanes.iter().position(|l| l.id == id);
    for (si, s) in ds.scenarios.iter().enumerate() {
        if !scenarios_on.contains(&s.id) {
            continue;
        }
        for lane in 0..ds.lanes.len() {
            if s.projected.iter().any(|p| lane_of(&p.lane) == Some(lane)) {
                tracks.push(Track {
                    lane,
                    scenario: Some(si),
                });
            }
        }
        for (pi, p) in s.projected.iter().enumerate() {
            let Some(lane) = lane_of(&p.lane) else {
                continue;
            };
            let track = tracks
                .iter()
                .position(|t| t.lane == lane && t.scenario == Some(si))
                .unwrap_or(lane);
            items.push(IndexedItem {
                lane,
                track,
                start: p.date.start_year_frac(),
                end: p.end.map(|d| d.end_year_frac()),
                at: p.date.mid_year_frac(),
                status: Status::Projected,
                approx: p.date.approx,
                scenario: Some(si),
                item: ItemRef::Projected(si, pi),
                rank: rank_of(Status::Projected, p.institutions.len() + p.factors.len()),
            });
        }
    }
}

/// Sorts item indices by start, then id, then data order. The starts are
/// sorted as compact (start, index) pairs; only runs of equal starts
/// (items of one day) look at their ids.
///
/// A run's ids are read once each, not at every comparison: at a million
/// events (runs of about 70 a day) every comparison read two ids from
/// anywhere in the dataset.
fn sort_by_start(list: &mut [usize], items: &[IndexedItem], ds: &Dataset) {
    let mut keyed: Vec<(f64, usize)> = list.iter().map(|&i| (items[i].extent().0, i)).collect();
    keyed.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut ided: Vec<(&str, usize)> = Vec::new();
    for run in keyed.chunk_by_mut(|a, b| a.0.total_cmp(&b.0).is_eq()) {
        if run.len() > 1 {
            ided.clear();
            ided.extend(run.iter().map(|&(_, k)| (items[k].id(ds), k)));
            ided.sort_unstable();
            for (slot, &(_, k)) in run.iter_mut().zip(&ided) {
                slot.1 = k;
            }
        }
    }
    for (slot, (_, i)) in list.iter_mut().zip(keyed) {
        *slot = i;
    }
}

impl TimelineIndex {
    /// Indexes the dataset's events and the projections of `scenarios_on`.
    /// The items sorted into lanes and by date; the shown lists not built.
    fn unfiltered(ds: &Dataset, scenarios_on: &BTreeSet<Id>) -> Self {
        let mut items = fact_items(ds, scenarios_on);
        let mut tracks: Vec<Track> = (0..ds.lanes.len())
            .map(|lane| Track {
                lane,
                scenario: None,
            })
            .collect();
        projected_items(ds, scenarios_on, &mut tracks, &mut items);
        let mut index = Self {
            lanes: vec![Vec::new(); tracks.len()],
            longest: vec![0.0; tracks.len()],
            tracks,
            shown: Vec::new(),
            shown_starts: Vec::new(),
            shown_spans: Vec::new(),
            shown_span_starts: Vec::new(),
            shown_ends: Vec::new(),
            shown_by_rank: Vec::new(),
            matches: vec![true; items.len()],
            match_count: items.len(),
            by_date: (0..items.len()).collect(),
            tags: Vec::new(),
            people: Vec::new(),
            items,
        };
        // Hashed, then sorted: a million inserts into a sorted set compared
        // strings all the way down.
        let mut tags: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        let mut people: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        for item in &index.items {
            tags.extend(item.tags(ds));
            people.extend(item.people(ds).iter().map(String::as_str));
        }
        index.tags = tags.into_iter().map(str::to_owned).collect();
        index.tags.sort_unstable();
        index.people = people.into_iter().map(str::to_owned).collect();
        index.people.sort_unstable();
        sort_by_start(&mut index.by_date, &index.items, ds);
        // The lanes in date order: each is sorted as the whole is (by start,
        // id, data order), without sorting again.
        let mut per_track = vec![0; index.tracks.len()];
        for item in &index.items {
            per_track[item.track] += 1;
        }
        for (lane, n) in index.lanes.iter_mut().zip(per_track) {
            lane.reserve_exact(n);
        }
        for &i in &index.by_date {
            let item = &index.items[i];
            let (lo, hi) = item.extent();
            index.lanes[item.track].push(i);
            index.longest[item.track] = index.longest[item.track].max(hi - lo);
        }
        index
    }

    /// The index of `ds` with the toggled scenarios' projections, every
    /// item shown.
    pub fn build(ds: &Dataset, scenarios_on: &BTreeSet<Id>) -> Self {
        let mut index = Self::unfiltered(ds, scenarios_on);
        index.rebuild_shown();
        index
    }

    /// The index with a filter applied (see [`Self::apply_filter`]), its
    /// shown lists built once.
    pub fn build_filtered(
        ds: &Dataset,
        scenarios_on: &BTreeSet<Id>,
        filter: &Filter,
        text_ok: impl Fn(ItemRef) -> bool,
    ) -> Self {
        let mut index = Self::unfiltered(ds, scenarios_on);
        index.apply_filter(ds, filter, text_ok);
        index
    }

    /// Rebuilds the per-lane lists of items passing the filter.
    fn rebuild_shown(&mut self) {
        self.shown = self
            .lanes
            .iter()
            .map(|lane| {
                let mut shown: Vec<usize> =
                    lane.iter().copied().filter(|&i| self.matches[i]).collect();
                shown.shrink_to_fit();
                shown
            })
            .collect();
        self.shown_starts = self
            .shown
            .iter()
            .map(|lane| lane.iter().map(|&i| self.items[i].extent().0).collect())
            .collect();
        self.shown_spans = self
            .shown
            .iter()
            .map(|lane| {
                let mut spans: Vec<usize> = lane
                    .iter()
                    .copied()
                    .filter(|&i| self.items[i].end.is_some())
                    .collect();
                spans.shrink_to_fit();
                spans
            })
            .collect();
        self.shown_span_starts = self
            .shown_spans
            .iter()
            .map(|lane| lane.iter().map(|&i| self.items[i].start).collect())
            .collect();
        self.shown_ends = self
            .shown
            .iter()
            .map(|lane| {
                let mut ends: Vec<f64> = lane.iter().map(|&i| self.items[i].extent().1).collect();
                ends.sort_by(f64::total_cmp);
                ends
            })
            .collect();
        self.shown_by_rank = self
            .shown
            .iter()
            .map(|lane| {
                let mut lists: Vec<RankList> = Vec::new();
                for &i in lane {
                    let item = &self.items[i];
                    let k = match lists.binary_search_by_key(&item.rank, |l| l.rank) {
                        Ok(k) => k,
                        Err(k) => {
                            lists.insert(
                                k,
                                RankList {
                                    rank: item.rank,
                                    ..RankList::default()
                                },
                            );
                            k
                        }
                    };
                    let (start, end) = item.extent();
                    let list = &mut lists[k];
                    list.items.push(i);
                    list.starts.push(start);
                    list.ends.push(end);
                    list.spans.push(item.end.is_some());
                }
                for list in &mut lists {
                    list.items.shrink_to_fit();
                    list.starts.shrink_to_fit();
                    list.ends.shrink_to_fit();
                    list.spans.shrink_to_fit();
                }
                lists
            })
            .collect();
    }

    /// Applies a filter (`ds` is the indexed dataset). The filter's search text is `text_ok`: whether the search engine
    /// lets an item through (see `SearchResults::lets_through`).
    pub fn apply_filter(
        &mut self,
        ds: &Dataset,
        filter: &Filter,
        text_ok: impl Fn(ItemRef) -> bool,
    ) {
        let mut count = 0;
        for (item, ok) in self.items.iter().zip(self.matches.iter_mut()) {
            let lane_shown = ds
                .lanes
                .get(item.lane)
                .is_none_or(|l| !filter.hidden_lanes.contains(&l.id));
            let tag_ok = filter.tags.is_empty() || item.tags(ds).any(|t| filter.tags.contains(t));
            let status_ok = !filter.hidden_statuses.contains(&item.status);
            let person_ok = filter.people.is_empty()
                || item.people(ds).iter().any(|p| filter.people.contains(p));
            let known_ok = filter
                .known_by
                .is_none_or(|at| item.status != Status::Fact || item.start <= at);
            *ok = lane_shown && tag_ok && status_ok && person_ok && known_ok && text_ok(item.item);
            count += usize::from(*ok);
        }
        self.match_count = count;
        self.rebuild_shown();
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The tracks, the data's lanes first.
    pub fn tracks(&self) -> &[Track] {
        &self.tracks
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

    /// Positions, in `lane`'s list of shown items, of those starting in
    /// `[from, to)`. Two binary searches: independent of the lane's size.
    pub fn start_range(&self, lane: usize, from: f64, to: f64) -> std::ops::Range<usize> {
        let Some(starts) = self.shown_starts.get(lane) else {
            return 0..0;
        };
        let first = starts.partition_point(|&s| s < from);
        let last = starts.partition_point(|&s| s < to).max(first);
        first..last
    }

    /// The starts of `lane`'s shown items, ascending (points start where
    /// their marker is).
    pub fn starts(&self, lane: usize) -> &[f64] {
        self.shown_starts.get(lane).map_or(&[], Vec::as_slice)
    }

    /// The ends of `lane`'s shown items, ascending (a point ends where it
    /// starts): `starts` and `ends` count the items overlapping
    /// `[from, to)` as those starting before `to` less those ending before
    /// `from`.
    pub fn ends(&self, lane: usize) -> &[f64] {
        self.shown_ends.get(lane).map_or(&[], Vec::as_slice)
    }

    /// `lane`'s shown items split by rank, ranks ascending.
    pub fn rank_lists(&self, lane: usize) -> &[RankList] {
        self.shown_by_rank.get(lane).map_or(&[], Vec::as_slice)
    }

    /// How many shown items (spans) of `lane` start before `from` and
    /// still cover it: two binary searches.
    pub fn covering_count(&self, lane: usize, from: f64) -> usize {
        // An item ending before `from` also starts before it.
        let started = self.starts(lane).partition_point(|&s| s < from);
        started.saturating_sub(self.ends(lane).partition_point(|&e| e < from))
    }

    /// Shown spans of `lane` starting before `from`, the latest start first
    /// (whether they reach `from` is for the caller to check).
    pub fn spans_before(&self, lane: usize, from: f64) -> impl Iterator<Item = usize> + '_ {
        let (spans, starts) = match (self.shown_spans.get(lane), self.shown_span_starts.get(lane)) {
            (Some(spans), Some(starts)) => (spans.as_slice(), starts.as_slice()),
            _ => (&[][..], &[][..]),
        };
        spans[..starts.partition_point(|&s| s < from)]
            .iter()
            .rev()
            .copied()
    }

    /// The item at `pos` in `lane`'s list of shown items.
    pub fn shown_item(&self, lane: usize, pos: usize) -> Option<usize> {
        self.shown.get(lane)?.get(pos).copied()
    }

    /// Shown items of `lane` that start before `from` but still cover it
    /// (spans), in start order. Only spans, and only the lane's longest span
    /// back, are searched.
    pub fn overlapping_before(&self, lane: usize, from: f64) -> Vec<usize> {
        let (Some(spans), Some(starts)) =
            (self.shown_spans.get(lane), self.shown_span_starts.get(lane))
        else {
            return Vec::new();
        };
        let earliest = from - self.longest.get(lane).copied().unwrap_or(0.0);
        let first = starts.partition_point(|&s| s < earliest);
        let last = starts.partition_point(|&s| s < from);
        spans[first..last.max(first)]
            .iter()
            .copied()
            .filter(|&i| self.items[i].extent().1 >= from)
            .collect()
    }

    /// The shown items of `lane` that overlap `[from, to]`, in start order.
    pub fn visible(&self, lane: usize, from: f64, to: f64) -> Vec<usize> {
        let mut out = self.overlapping_before(lane, from);
        let range = self.start_range(lane, from, to);
        let inclusive_end = self
            .shown_starts
            .get(lane)
            .map_or(range.end, |s| s.partition_point(|&x| x <= to));
        out.extend((range.start..inclusive_end).filter_map(|pos| self.shown_item(lane, pos)));
        out
    }

    /// The filtered item after (or before) `current` in date order. When
    /// `current` is not a visible item, the first that starts in `view`
    /// or after it (going back: the last that
    /// starts in it or before it), so the step starts where the user
    /// looks; if there is none that way, the nearest the other way.
    pub fn step(
        &self,
        ds: &Dataset,
        current: Option<&str>,
        forward: bool,
        view: TimeView,
    ) -> Option<usize> {
        let shown = |p: &usize| self.matches[self.by_date[*p]];
        let n = self.by_date.len();
        let at = current
            .and_then(|id| (0..n).find(|&p| shown(&p) && self.items[self.by_date[p]].id(ds) == id));
        let after = |from: usize| (from..n).find(shown);
        let before = |to: usize| (0..to).rev().find(shown);
        let found = match at {
            Some(p) if forward => after(p + 1).or(Some(p)),
            Some(p) => before(p).or(Some(p)),
            None => {
                let start = |i: &usize| self.items[*i].extent().0;
                if forward {
                    let cut = self.by_date.partition_point(|i| start(i) < view.start_year);
                    after(cut).or_else(|| before(cut))
                } else {
                    let cut = self.by_date.partition_point(|i| start(i) <= view.end_year);
                    before(cut).or_else(|| after(cut))
                }
            }
        };
        found.map(|p| self.by_date[p])
    }

    /// The item with this id.
    pub fn position(&self, ds: &Dataset, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id(ds) == id)
    }

    /// Every tag in use, sorted (gathered when the index is built).
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// Whether an item names person `id` (gathered when the index is
    /// built).
    pub fn names_person(&self, id: &str) -> bool {
        self.people.binary_search_by(|p| p.as_str().cmp(id)).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::with_generated_events;
    use crate::model::load_embedded;
    use crate::model::search::SearchIndex;

    /// Applies `filter` with its search text run by the search engine.
    fn filter_by(ds: &Dataset, index: &mut TimelineIndex, search: &SearchIndex, filter: &Filter) {
        let results = search.search(&filter.query);
        index.apply_filter(ds, filter, |item| results.lets_through(search, item));
    }

    #[test]
    fn the_index_knows_who_its_items_name() {
        let ds = load_embedded().unwrap();
        let index = TimelineIndex::build(&ds, &BTreeSet::new());
        let named = |id: &str| {
            index
                .items
                .iter()
                .any(|it| it.people(&ds).iter().any(|p| p == id))
        };
        let (some, none): (Vec<&str>, Vec<&str>) = ds
            .people
            .iter()
            .map(|p| p.id.as_str())
            .partition(|id| named(id));
        assert!(!some.is_empty() && !none.is_empty(), "{some:?} / {none:?}");
        assert!(some.iter().all(|id| index.names_person(id)));
        assert!(none.iter().all(|id| !index.names_person(id)));
        assert!(!index.names_person("nobody"));
    }

    #[test]
    fn lanes_and_date_order_go_by_start_then_id_then_data_order() {
        let base = load_embedded().unwrap();
        // 4 000 events over 40 years: many share a day.
        let ds = crate::model::generate::with_sweep_events(&base, 4000, 3);
        let index = TimelineIndex::build(&ds, &BTreeSet::new());
        let key = |i: usize| (index.items[i].extent().0, index.items[i].id(&ds), i);
        let ordered = |list: &[usize]| {
            list.windows(2).all(|w| {
                let (a, b) = (key(w[0]), key(w[1]));
                a.0.total_cmp(&b.0)
                    .then(a.1.cmp(b.1))
                    .then(a.2.cmp(&b.2))
                    .is_lt()
            })
        };
        let ties = index
            .by_date
            .windows(2)
            .filter(|w| key(w[0]).0 == key(w[1]).0)
            .count();
        assert!(ties > 100, "only {ties} ties");
        assert_eq!(index.by_date.len(), index.items.len());
        assert!(ordered(&index.by_date));
        for lane in &index.lanes {
            assert!(ordered(lane));
        }
    }

    #[test]
    fn window_queries_agree_with_a_scan() {
        let base = load_embedded().unwrap();
        let ds = with_generated_events(&base, 3000, 7);
        let mut index = TimelineIndex::build(&ds, &BTreeSet::new());
        let search = SearchIndex::build(&ds);
        for filter in [
            Filter::default(),
            Filter {
                query: "treaty".into(),
                ..Filter::default()
            },
        ] {
            filter_by(&ds, &mut index, &search, &filter);
            for (from, to) in [(2000.0, 2001.5), (1990.0, 2031.0), (2029.9, 2030.1)] {
                for lane in 0..ds.lanes.len() {
                    let mut fast = index.visible(lane, from, to);
                    let mut scan: Vec<usize> = (0..index.len())
                        .filter(|&i| {
                            let (a, b) = index.items[i].extent();
                            index.items[i].lane == lane && index.is_match(i) && a <= to && b >= from
                        })
                        .collect();
                    fast.sort_unstable();
                    scan.sort_unstable();
                    assert_eq!(fast, scan, "lane {lane} {from}–{to} {filter:?}");
                }
            }
        }
    }

    #[test]
    fn start_ranges_count_without_scanning() {
        let base = load_embedded().unwrap();
        let ds = with_generated_events(&base, 1000, 3);
        let index = TimelineIndex::build(&ds, &BTreeSet::new());
        let total: usize = (0..ds.lanes.len())
            .map(|l| index.start_range(l, 1900.0, 2100.0).len())
            .sum();
        assert_eq!(total, index.len());
        let r = index.start_range(0, 2000.0, 2001.0);
        for pos in r {
            let i = index.shown_item(0, pos).unwrap();
            let start = index.items[i].extent().0;
            assert!((2000.0..2001.0).contains(&start));
        }
    }

    /// Five events on two lanes, listed out of date order: `e_1995` (b),
    /// `s_1998` (b, a span 1998–2003), `e_2000a` (b) and `e_2000b` (a) on
    /// the same date, `e_2005` (a).
    fn small_index() -> (TimelineIndex, SearchIndex, Dataset) {
        let mut ds = Dataset::default();
        ds.lanes = ron::from_str(r#"[(id: "a", name: "A"), (id: "b", name: "B")]"#).unwrap();
        let event = |id: &str, lane: &str, date: &str, end: &str| {
            format!(
                r#"(id: "{id}", title: "{id}", date: "{date}", {end} lane: "{lane}", status: Fact, summary: "", sources: [])"#
            )
        };
        let events = [
            event("e_2005", "a", "2005", ""),
            event("e_2000b", "a", "2000", ""),
            event("e_1995", "b", "1995", ""),
            event("e_2000a", "b", "2000", ""),
            event("s_1998", "b", "1998", r#"end: Some("2003"),"#),
        ];
        ds.events = ron::from_str(&format!("[{}]", events.join(","))).unwrap();
        ds.build_index();
        let search = SearchIndex::build(&ds);
        (TimelineIndex::build(&ds, &BTreeSet::new()), search, ds)
    }

    /// A view of the years `from`–`to`.
    fn years(from: f64, to: f64) -> TimeView {
        TimeView {
            start_year: from,
            end_year: to,
        }
    }

    /// A view holding every item.
    const EVERYTHING: TimeView = TimeView {
        start_year: 0.0,
        end_year: 3000.0,
    };

    /// The ids `step` visits from `start`, `n` times in one direction.
    fn walk(
        (index, ds): (&TimelineIndex, &Dataset),
        start: Option<&str>,
        forward: bool,
        n: usize,
    ) -> Vec<String> {
        let mut at: Option<String> = start.map(str::to_owned);
        let mut out = Vec::new();
        for _ in 0..n {
            let next = index
                .step(ds, at.as_deref(), forward, EVERYTHING)
                .expect("a step");
            at = Some(index.items[next].id(ds).to_owned());
            out.extend(at.clone());
        }
        out
    }

    #[test]
    fn step_goes_forward_and_back_in_date_order() {
        let (index, _, ds) = small_index();
        let order = ["e_1995", "s_1998", "e_2000a", "e_2000b", "e_2005"];
        // From no selection: forward starts at the first, back at the last.
        assert_eq!(walk((&index, &ds), None, true, 5), order);
        let mut reversed = order;
        reversed.reverse();
        assert_eq!(walk((&index, &ds), None, false, 5), reversed);
        // From the middle, one step each way.
        assert_eq!(walk((&index, &ds), Some("e_2000a"), true, 1), ["e_2000b"]);
        assert_eq!(walk((&index, &ds), Some("e_2000a"), false, 1), ["s_1998"]);
    }

    #[test]
    fn with_nothing_selected_a_step_starts_in_the_view() {
        let (index, _, ds) = small_index();
        let first = |view: TimeView, forward: bool| {
            let i = index.step(&ds, None, forward, view).expect("a step");
            index.items[i].id(&ds).to_owned()
        };
        // The first that starts in the view, and the last.
        assert_eq!(first(years(1996.0, 2003.0), true), "s_1998");
        assert_eq!(first(years(1996.0, 2003.0), false), "e_2000b");
        // Nothing that way: the nearest the other way.
        assert_eq!(first(years(2006.0, 2010.0), true), "e_2005");
        assert_eq!(first(years(2006.0, 2010.0), false), "e_2005");
        assert_eq!(first(years(1980.0, 1990.0), true), "e_1995");
        assert_eq!(first(years(1980.0, 1990.0), false), "e_1995");
        // A selection that is shown is stepped from, wherever the view is.
        let i = index.step(&ds, Some("e_1995"), true, years(2006.0, 2010.0));
        assert_eq!(i.map(|i| index.items[i].id(&ds)), Some("s_1998"));
    }

    #[test]
    fn step_stays_at_the_ends() {
        let (index, _, ds) = small_index();
        assert_eq!(
            walk((&index, &ds), Some("e_2005"), true, 2),
            ["e_2005", "e_2005"]
        );
        assert_eq!(
            walk((&index, &ds), Some("e_1995"), false, 2),
            ["e_1995", "e_1995"]
        );
        // An id that is not on the timeline counts as no selection.
        assert_eq!(walk((&index, &ds), Some("nope"), true, 1), ["e_1995"]);
        assert_eq!(walk((&index, &ds), Some("nope"), false, 1), ["e_2005"]);
    }

    #[test]
    fn step_skips_what_the_filter_hides() {
        let (mut index, search, ds) = small_index();
        let hide_b = Filter {
            hidden_lanes: ["b".to_owned()].into(),
            ..Filter::default()
        };
        filter_by(&ds, &mut index, &search, &hide_b);
        assert_eq!(
            walk((&index, &ds), None, true, 3),
            ["e_2000b", "e_2005", "e_2005"]
        );
        assert_eq!(walk((&index, &ds), None, false, 2), ["e_2005", "e_2000b"]);
        // From an item the filter now hides, as from no selection.
        assert_eq!(walk((&index, &ds), Some("s_1998"), true, 1), ["e_2000b"]);
        assert_eq!(walk((&index, &ds), Some("s_1998"), false, 1), ["e_2005"]);
        // A text query: only the two events of 2000.
        let query = Filter {
            query: "e_2000".into(),
            ..Filter::default()
        };
        filter_by(&ds, &mut index, &search, &query);
        assert_eq!(
            walk((&index, &ds), Some("e_2000a"), true, 2),
            ["e_2000b", "e_2000b"]
        );
        assert_eq!(
            walk((&index, &ds), Some("e_2000b"), false, 2),
            ["e_2000a", "e_2000a"]
        );
        // Nothing passes: nowhere to step.
        let none = Filter {
            query: "no such words".into(),
            ..Filter::default()
        };
        filter_by(&ds, &mut index, &search, &none);
        assert_eq!(index.step(&ds, None, true, EVERYTHING), None);
        assert_eq!(index.step(&ds, Some("e_2005"), false, EVERYTHING), None);
    }

    #[test]
    fn status_and_person_filters_hide_what_they_say() {
        let ds = crate::model::load_embedded().expect("the embedded dataset loads");
        let mut index = TimelineIndex::build(&ds, &BTreeSet::new());
        let search = SearchIndex::build(&ds);
        let all = index.len();
        let scheduled = index
            .items
            .iter()
            .filter(|i| i.status == Status::Scheduled)
            .count();
        assert!(scheduled > 0, "the shipped data has scheduled items");
        let no_scheduled = Filter {
            hidden_statuses: [Status::Scheduled].into(),
            ..Filter::default()
        };
        filter_by(&ds, &mut index, &search, &no_scheduled);
        assert!(no_scheduled.is_active());
        assert_eq!(index.match_count(), all - scheduled);
        let tokayev = Filter {
            people: ["tokayev".to_owned()].into(),
            ..Filter::default()
        };
        filter_by(&ds, &mut index, &search, &tokayev);
        let linked = ds
            .events
            .iter()
            .filter(|e| e.people.iter().any(|p| p == "tokayev"))
            .count();
        assert!(linked > 0);
        assert_eq!(index.match_count(), linked);
        for (i, item) in index.items.iter().enumerate() {
            assert_eq!(
                index.is_match(i),
                item.people(&ds).iter().any(|p| p == "tokayev")
            );
        }
    }
}
