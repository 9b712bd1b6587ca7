//! Crowded lanes at any scale. When a lane's items in view cannot all be
//! shown one by one (there are more than one per [`CROWDED_PX_PER_ITEM`]
//! pixels of the plot), the lane shows as many items as its rows allow, each
//! with its label — facts before projections, then by importance
//! ([`rank_of`](super::timeline::rank_of)) — and counts the rest per pixel
//! column in a density strip (after Rerun's time-panel density graph): a
//! point in the column it falls in, a span in every column it covers.
//!
//! Everything is found by binary search in the timeline index, so the cost
//! follows the width of the view and the number of rows, not the number of
//! items; the buffers live in [`DenseLane`] and are reused between frames.

use super::layout::{AxisMap, LaneItem, item_extents};
use super::timeline::{IndexedItem, TimelineIndex};

/// Pixel cells the candidates are taken from: about a marker and a gap.
pub const CELL_PX: f32 = 16.0;
/// A lane holding more items in view than one per this many pixels of the
/// plot is crowded: beyond that, rows of markers and cluster badges would
/// show little but badges.
pub const CROWDED_PX_PER_ITEM: f32 = 8.0;
/// How many spans starting before the view a crowded lane looks at to show
/// them (the others that reach into the view are counted in the strip).
const SPANS_BEFORE_SCAN: usize = 64;
/// Candidates a cell gives per row: more than one, so that gaps left
/// between labels placed by rank can be filled.
const CANDIDATES_PER_ROW: usize = 3;

/// How a lane's items are drawn, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemGeometry {
    /// A point marker's radius.
    pub marker_r: f32,
    /// The least room between two items in a row.
    pub gap: f32,
    /// The widest a label is laid out (longer ones end in an ellipsis).
    pub label_cap: f32,
}

/// An item's marker or bar alone, in pixels; bars are clipped to the plot
/// so that spans starting before the view begin at its left edge.
pub fn bare_extent(map: &AxisMap, item: &IndexedItem, marker_r: f32) -> (f32, f32) {
    let extent = item.extent();
    bare_of(map, (extent, item.end.is_some()), marker_r)
}

/// [`bare_extent`] of an extent (a point's is its marker's instant twice),
/// for a span or a point.
fn bare_of(map: &AxisMap, ((start, end), span): ((f64, f64), bool), marker_r: f32) -> (f32, f32) {
    if span {
        let x0 = map.x_from_year(start).max(map.left);
        (x0, map.x_from_year(end).max(x0 + 3.0))
    } else {
        let x = map.x_from_year(start);
        (x - marker_r, x + marker_r)
    }
}

/// An item a crowded lane may show, with its extent (read from the rank
/// list, not the item).
#[derive(Clone, Copy, Debug)]
struct Candidate {
    item: usize,
    extent: (f64, f64),
    span: bool,
    /// The order tried in: rank, then [`shuffle_key`].
    key: u64,
}

/// A fixed pseudo-random order of the items (SplitMix64's finaliser of the
/// item's index), so that no stretch of time is favoured among equals and
/// the choice does not change as the view moves.
fn shuffle_key(i: usize) -> u64 {
    let mut z = (i as u64).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The end of the view as the last column's exclusive bound: an item
/// starting right at the view's end is in view.
fn view_end(map: &AxisMap) -> f64 {
    map.view.end_year + 1e-9
}

/// Whether `track` is crowded in the view of `map` (see
/// [`CROWDED_PX_PER_ITEM`]): three binary searches.
pub fn is_crowded(index: &TimelineIndex, track: usize, map: &AxisMap) -> bool {
    count_in_view(index, track, map) as f32 > map.width() / CROWDED_PX_PER_ITEM
}

/// How many items of `track` are in the view of `map`: starting in it, or
/// spans starting before and reaching into it.
pub fn count_in_view(index: &TimelineIndex, track: usize, map: &AxisMap) -> usize {
    in_view_between(index, track, map.view.start_year, view_end(map))
}

/// How many items of `track` start in `from..to` or start before and
/// reach `from`.
fn in_view_between(index: &TimelineIndex, track: usize, from: f64, to: f64) -> usize {
    let starts = index.starts(track);
    let first = starts.partition_point(|&s| s < from);
    let last = starts.partition_point(|&s| s < to);
    last.saturating_sub(first) + index.covering_count(track, from)
}

/// The first position at or after `from` in `starts` (ascending) whose
/// start is not below `bound`: a galloping search, cheap when the answer is
/// near `from`.
fn gallop(starts: &[f64], from: usize, bound: f64) -> usize {
    // Most steps move a few items: look at those first.
    let near = (from + 8).min(starts.len());
    let mut at = from.min(near);
    while at < near && starts[at] < bound {
        at += 1;
    }
    if at < near || at == starts.len() {
        return at;
    }
    let from = at;
    let rest = &starts[from..];
    let mut step = 1;
    while step < rest.len() && rest[step - 1] < bound {
        step *= 2;
    }
    let lo = step / 2;
    let hi = step.min(rest.len());
    from + lo + rest[lo..hi].partition_point(|&s| s < bound)
}

/// One item a crowded lane shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShownItem {
    /// The item (into the index's items).
    pub item: usize,
    pub row: usize,
    /// Its extents with and without its label.
    pub extent: LaneItem,
    /// Whether the label sits left of the marker (near the right edge).
    pub label_left: bool,
    /// The width the label was laid out with.
    pub label_w: f32,
}

/// A crowded lane's layout: the items shown, each with its label, in at
/// most `rows` rows, and the density strip of the others. Keeps its buffers
/// between frames.
#[derive(Clone, Debug, Default)]
pub struct DenseLane {
    /// The items shown, in the order they were placed (by rank).
    pub shown: Vec<ShownItem>,
    /// The items not shown, per pixel column of the plot: points in the
    /// column they fall in, spans in every column they cover.
    pub strip: Vec<u32>,
    /// How many items in view are not shown.
    pub hidden: usize,
    /// The rows items were placed in.
    pub rows: usize,
    /// Column `j` holds the starts in `bounds[j]..bounds[j + 1]` (years).
    bounds: Vec<f64>,
    candidates: Vec<Candidate>,
    /// Spans from before the view that reach into it (at most a scan's worth).
    before: Vec<usize>,
    /// Candidates a cell may still give.
    quota: Vec<usize>,
    /// Per column, the change in shown items covering it (a difference
    /// array).
    shown_diff: Vec<i64>,
    /// Per row, the extents placed, sorted and apart.
    row_spans: Vec<Vec<(f32, f32)>>,
}

impl DenseLane {
    /// Lays out `track` in the view of `map` in `rows` rows; `label_w`
    /// gives an item's label width (from its index and itself) (asked only of the candidates, at most
    /// `rows` per pixel cell).
    pub fn lay_out(
        &mut self,
        index: &TimelineIndex,
        (track, map): (usize, &AxisMap),
        rows: usize,
        geometry: ItemGeometry,
        label_w: impl FnMut(usize, &IndexedItem) -> f32,
    ) {
        self.rows = rows;
        self.bounds.clear();
        let columns = map.width().ceil().max(1.0) as usize;
        self.bounds.push(map.view.start_year);
        self.bounds
            .extend((1..columns).map(|j| map.year_from_x(map.left + j as f32)));
        self.bounds.push(view_end(map));
        self.gather(index, track, map);
        self.pack(index, map, geometry, label_w);
        self.count(index, track);
    }

    /// The number of pixel columns of the strip.
    pub fn columns(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    /// The years column `j` covers.
    pub fn column_years(&self, j: usize) -> (f64, f64) {
        let at = |k: usize| self.bounds.get(k).copied().unwrap_or(f64::NAN);
        (at(j), at(j + 1))
    }

    /// The column an instant falls in (the first for one before the view,
    /// the last for one after).
    pub fn column_of_year(&self, year: f64) -> usize {
        let j = self
            .bounds
            .partition_point(|&b| b <= year)
            .saturating_sub(1);
        j.min(self.columns().saturating_sub(1))
    }

    /// Whether item `i` is shown.
    pub fn is_shown(&self, i: usize) -> bool {
        self.shown.iter().any(|s| s.item == i)
    }

    /// The columns an extent covers (clipped to the view).
    pub fn columns_of(&self, (from, to): (f64, f64)) -> std::ops::RangeInclusive<usize> {
        self.column_of_year(from)..=self.column_of_year(to)
    }

    /// How many items of `track` not shown overlap `from..to` (years).
    pub fn hidden_between(&self, index: &TimelineIndex, track: usize, from: f64, to: f64) -> usize {
        let shown = self
            .shown
            .iter()
            .filter(|s| {
                let (a, b) = index.items[s.item].extent();
                a < to && b >= from
            })
            .count();
        in_view_between(index, track, from, to).saturating_sub(shown)
    }

    /// The candidates, in the order they are tried: rank by rank, and
    /// within a rank in a fixed shuffle (see [`shuffle_key`]). They are the
    /// earliest [`CANDIDATES_PER_ROW`] × `rows` items of each cell of
    /// [`CELL_PX`] (a cell shows at most one a row), and spans from before
    /// the view. The cells are
    /// fixed in time for a zoom level, not to the view's edge, and the
    /// order does not depend on the view either: panning keeps the same
    /// items where the two views overlap.
    fn gather(&mut self, index: &TimelineIndex, track: usize, map: &AxisMap) {
        self.candidates.clear();
        self.before.clear();
        let columns = self.columns();
        if self.rows == 0 || columns == 0 {
            return;
        }
        let (from, to) = (self.bounds[0], self.bounds[columns]);
        let items = &index.items;
        self.before.extend(
            index
                .spans_before(track, from)
                .take(SPANS_BEFORE_SCAN)
                .filter(|&i| items[i].extent().1 >= from),
        );
        let cell_years = f64::from(CELL_PX) * map.years_per_px();
        let first_cell = (from / cell_years).floor();
        let cells = ((to / cell_years).floor() - first_cell).max(0.0) as usize + 1;
        self.quota.clear();
        self.quota.resize(cells, CANDIDATES_PER_ROW * self.rows);
        for list in index.rank_lists(track) {
            let key = |i: usize| (u64::from(list.rank) << 56) | (shuffle_key(i) >> 8);
            for &i in &self.before {
                if items[i].rank == list.rank && self.quota[0] > 0 {
                    self.quota[0] -= 1;
                    self.candidates.push(Candidate {
                        item: i,
                        extent: items[i].extent(),
                        span: true,
                        key: key(i),
                    });
                }
            }
            let mut lo = list.starts.partition_point(|&s| s < from);
            for (k, quota) in self.quota.iter_mut().enumerate() {
                let end = if k + 1 == cells {
                    to
                } else {
                    (first_cell + (k + 1) as f64) * cell_years
                };
                let hi = gallop(&list.starts, lo, end);
                let take = (hi - lo).min(*quota);
                self.candidates.extend((lo..lo + take).map(|p| Candidate {
                    item: list.items[p],
                    extent: (list.starts[p], list.ends[p]),
                    span: list.spans[p],
                    key: key(list.items[p]),
                }));
                *quota -= take;
                lo = hi;
            }
        }
        self.candidates.sort_unstable_by_key(|c| c.key);
    }

    /// Places each candidate, with its label, in the first row where it
    /// fits; the others are left to the strip.
    fn pack(
        &mut self,
        index: &TimelineIndex,
        map: &AxisMap,
        geometry: ItemGeometry,
        mut label_w: impl FnMut(usize, &IndexedItem) -> f32,
    ) {
        self.shown.clear();
        if self.row_spans.len() < self.rows {
            self.row_spans.resize_with(self.rows, Vec::new);
        }
        let rows = &mut self.row_spans[..self.rows];
        rows.iter_mut().for_each(Vec::clear);
        for c in &self.candidates {
            let bare = bare_of(map, (c.extent, c.span), geometry.marker_r);
            // What has no room for its marker has none with its label: the
            // label's width (and the title's memory) is not needed.
            if !rows.iter().any(|spans| fits(spans, bare, geometry.gap)) {
                continue;
            }
            let width = label_w(c.item, &index.items[c.item]).min(geometry.label_cap);
            let (extent, label_left, width) =
                item_extents(bare, c.span, width, (map.left, map.right));
            if let Some(row) = first_fit(rows, extent.full, geometry.gap) {
                self.shown.push(ShownItem {
                    item: c.item,
                    row,
                    extent,
                    label_left,
                    label_w: width,
                });
            }
        }
    }

    /// Counts the items in view per column, less those shown: those
    /// starting before the column's end less those ending before its start
    /// — two galloping searches, one step a column.
    fn count(&mut self, index: &TimelineIndex, track: usize) {
        let columns = self.columns();
        self.strip.clear();
        self.strip.resize(columns, 0);
        let (starts, ends) = (index.starts(track), index.ends(track));
        let b = &self.bounds;
        let mut started = starts.partition_point(|&s| s < b[0]);
        let mut ended = ends.partition_point(|&e| e < b[0]);
        for (j, count) in self.strip.iter_mut().enumerate() {
            // Overlapping column j: started before its end, less those
            // that ended before its start.
            started = gallop(starts, started, b[j + 1]);
            ended = gallop(ends, ended, b[j]);
            *count = started.saturating_sub(ended) as u32;
        }
        self.shown_diff.clear();
        self.shown_diff.resize(columns + 1, 0);
        for k in 0..self.shown.len() {
            let cols = self.columns_of(index.items[self.shown[k].item].extent());
            self.shown_diff[*cols.start()] += 1;
            self.shown_diff[*cols.end() + 1] -= 1;
        }
        let mut covering = 0;
        for (count, diff) in self.strip.iter_mut().zip(&self.shown_diff) {
            covering += diff;
            *count = count.saturating_sub(covering as u32);
        }
        let in_view = in_view_between(index, track, b[0], b[columns]);
        self.hidden = in_view.saturating_sub(self.shown.len());
    }
}

/// Where `(lo, hi)` would go in a row's sorted extents, if it fits at least
/// `gap` from them.
fn slot(spans: &[(f32, f32)], (lo, hi): (f32, f32), gap: f32) -> Option<usize> {
    let pos = spans.partition_point(|s| s.0 < lo);
    let left_ok = pos == 0 || spans[pos - 1].1 + gap <= lo;
    let right_ok = pos == spans.len() || hi + gap <= spans[pos].0;
    (left_ok && right_ok).then_some(pos)
}

fn fits(spans: &[(f32, f32)], extent: (f32, f32), gap: f32) -> bool {
    slot(spans, extent, gap).is_some()
}

/// The first row where `extent` fits at least `gap` from what the row
/// holds; records it there.
fn first_fit(rows: &mut [Vec<(f32, f32)>], extent: (f32, f32), gap: f32) -> Option<usize> {
    for (r, spans) in rows.iter_mut().enumerate() {
        if let Some(pos) = slot(spans, extent, gap) {
            spans.insert(pos, extent);
            return Some(r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;
    use crate::model::Dataset;
    use crate::model::layout::TimeView;

    const GEOMETRY: ItemGeometry = ItemGeometry {
        marker_r: 4.5,
        gap: 6.0,
        label_cap: 280.0,
    };

    /// A dataset of one lane with `events`: (day offset from 2000, span
    /// length in days or 0 for a point, status index).
    fn index_of(events: &[(u32, u32, u8)]) -> TimelineIndex {
        let mut ds = Dataset::default();
        ds.lanes = ron::from_str(r#"[(id: "a", name: "A")]"#).unwrap_or_default();
        let statuses = ["Fact", "Scheduled", "Proposed", "Unconfirmed"];
        let day = |offset: u32| {
            let (y, m, d) = crate::model::date::civil_from_days(10_957 + i64::from(offset));
            format!("{y:04}-{m:02}-{d:02}")
        };
        let items: Vec<String> = events
            .iter()
            .enumerate()
            .map(|(i, &(at, span, status))| {
                let end = if span == 0 {
                    String::new()
                } else {
                    format!(r#"end: Some("{}"),"#, day(at + span))
                };
                format!(
                    r#"(id: "e{i}", title: "Event number {i}", date: "{}", {end} lane: "a", status: {}, summary: "", sources: [])"#,
                    day(at),
                    statuses[usize::from(status) % statuses.len()]
                )
            })
            .collect();
        ds.events = ron::from_str(&format!("[{}]", items.join(","))).unwrap_or_default();
        assert_eq!(ds.events.len(), events.len());
        TimelineIndex::build(&ds, &BTreeSet::new())
    }

    fn map(start: f64, span: f64, width: f32) -> AxisMap {
        AxisMap::new(
            TimeView {
                start_year: start,
                end_year: start + span,
            },
            100.0,
            100.0 + width,
        )
    }

    /// Every item in view shown once or counted once; nothing overlaps in
    /// a row; ranks are respected where they compete.
    fn check(index: &TimelineIndex, map: &AxisMap, rows: usize) -> DenseLane {
        let mut lane = DenseLane::default();
        // The width of the title `index_of` gives item `i` (the items are
        // indexed in data order), at 6 px a letter.
        let width = |i: usize, _: &IndexedItem| 6.0 * format!("Event number {i}").len() as f32;
        lane.lay_out(index, (0, map), rows, GEOMETRY, width);
        let in_view = count_in_view(index, 0, map);
        assert_eq!(lane.shown.len() + lane.hidden, in_view, "shown + counted");
        assert_eq!(lane.strip.len(), lane.columns());
        // The strip counts each item not shown in every column it covers.
        let mut expected = vec![0u32; lane.columns()];
        let visible = index.visible(0, map.view.start_year, map.view.end_year);
        assert_eq!(visible.len(), in_view);
        for &i in &visible {
            if !lane.is_shown(i) {
                for j in lane.columns_of(index.items[i].extent()) {
                    expected[j] += 1;
                }
            }
        }
        assert_eq!(lane.strip, expected, "the strip's counts");
        let mut ids: Vec<usize> = lane.shown.iter().map(|s| s.item).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), lane.shown.len(), "an item shown twice");
        for s in &lane.shown {
            assert!(s.row < rows);
            assert!(visible.contains(&s.item), "item {} is not in view", s.item);
        }
        for row in 0..rows {
            let mut spans: Vec<(f32, f32)> = lane
                .shown
                .iter()
                .filter(|s| s.row == row)
                .map(|s| s.extent.full)
                .collect();
            spans.sort_by(|a, b| a.0.total_cmp(&b.0));
            for pair in spans.windows(2) {
                assert!(
                    pair[1].0 >= pair[0].1 + GEOMETRY.gap - 1e-3,
                    "row {row}: {:?} overlaps {:?}",
                    pair[0],
                    pair[1]
                );
            }
        }
        lane
    }

    #[test]
    fn a_crowded_lane_fills_its_rows_and_counts_the_rest() {
        // 3 000 points over ten years, a tenth of them spans.
        let events: Vec<(u32, u32, u8)> = (0..3000u32)
            .map(|i| {
                (
                    (i * 7919) % 3650,
                    if i % 10 == 0 { 1 + i % 180 } else { 0 },
                    0,
                )
            })
            .collect();
        let index = index_of(&events);
        let m = map(2002.0, 4.0, 900.0);
        assert!(is_crowded(&index, 0, &m));
        let lane = check(&index, &m, 6);
        assert!(lane.shown.len() > 20, "{} shown", lane.shown.len());
        assert!(lane.hidden > 1000);
        // Every row holds items across the width.
        for row in 0..6 {
            let used: f32 = lane
                .shown
                .iter()
                .filter(|s| s.row == row)
                .map(|s| s.extent.full.1 - s.extent.full.0)
                .sum();
            assert!(used > 0.6 * 900.0, "row {row} uses {used} px");
        }
        // In 900 px, 112 items on one day are not crowded, 113 are.
        let mut clump: Vec<(u32, u32, u8)> = vec![(1000, 0, 0); 112];
        assert!(!is_crowded(&index_of(&clump), 0, &m));
        clump.push((1000, 0, 0));
        assert!(is_crowded(&index_of(&clump), 0, &m));
    }

    #[test]
    fn panning_keeps_the_items_shown_where_the_views_overlap() {
        let events: Vec<(u32, u32, u8)> = (0..3000u32)
            .map(|i| {
                (
                    (i * 7919) % 3650,
                    if i % 2 == 0 { 1 + i % 180 } else { 0 },
                    0,
                )
            })
            .collect();
        let index = index_of(&events);
        // Two 4-year views a year and a half apart, 900 px wide.
        let shown_inside = |start: f64| {
            let lane = check(&index, &map(start, 4.0, 900.0), 5);
            let mut ids: Vec<usize> = lane
                .shown
                .iter()
                .map(|s| s.item)
                .filter(|&i| {
                    let (a, _) = index.items[i].extent();
                    (2003.8..2005.7).contains(&a)
                })
                .collect();
            ids.sort_unstable();
            ids
        };
        let (before, after) = (shown_inside(2002.0), shown_inside(2003.5));
        let kept = before.iter().filter(|i| after.contains(i)).count();
        assert!(before.len() > 10, "{before:?}");
        assert!(
            kept * 10 >= before.len() * 9,
            "{kept} of {} kept",
            before.len()
        );
    }

    #[test]
    fn facts_come_before_other_statuses() {
        // Scheduled items first in date order, facts at the same dates.
        let mut events: Vec<(u32, u32, u8)> = (0..400u32).map(|i| (i * 3, 0, 1)).collect();
        events.extend((0..400u32).map(|i| (i * 3, 0, 0)));
        let index = index_of(&events);
        let lane = check(&index, &map(2000.0, 3.5, 900.0), 2);
        let facts = lane
            .shown
            .iter()
            .filter(|s| index.items[s.item].status == crate::model::Status::Fact)
            .count();
        assert_eq!(facts, lane.shown.len(), "only facts win the rows");
    }

    #[test]
    fn spans_from_before_the_view_are_shown_or_counted() {
        let mut events: Vec<(u32, u32, u8)> = (0..200u32).map(|i| (i, 150, 0)).collect();
        events.extend((0..200u32).map(|i| (200 + i, 0, 0)));
        let index = index_of(&events);
        let m = map(2000.55, 1.0, 600.0);
        assert!(index.covering_count(0, 2000.55) > 100);
        let lane = check(&index, &m, 4);
        assert!(lane.strip[0] > 50, "the first column counts them");
        assert!(lane.strip[100] > 50, "and so do the columns they cover");
        assert_eq!(check(&index, &m, 0).shown.len(), 0, "no rows, all counted");
    }

    #[test]
    fn gallop_agrees_with_a_binary_search() {
        let xs: Vec<f64> = (0..100).map(|i| f64::from(i / 3)).collect();
        for from in [0, 1, 5, 50, 99, 100] {
            for bound in [-1.0, 0.0, 0.5, 7.0, 20.0, 33.0, 40.0] {
                let expected = from.max(xs.partition_point(|&x| x < bound));
                assert_eq!(gallop(&xs, from, bound), expected, "{from} {bound}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn every_item_is_shown_once_or_counted(
            events in prop::collection::vec((0u32..2000, prop_oneof![Just(0u32), 1u32..180], 0u8..4), 0..600),
            start in 1999.5f64..2005.0,
            span in 0.05f64..6.0,
            width in 50.0f32..1200.0,
            rows in 0usize..8,
        ) {
            let index = index_of(&events);
            check(&index, &map(start, span, width), rows);
        }
    }
}
