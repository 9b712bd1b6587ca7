//! Pure queries over a dataset: what the timeline shows for a set of
//! toggled scenarios, in date order.

use std::collections::BTreeSet;

use super::dataset::Dataset;
use super::types::{Id, Status};

/// One drawable timeline item: a fact event or a toggled scenario's projection.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub lane: &'a str,
    /// Start, as a fractional year.
    pub start: f64,
    /// End of a span, as a fractional year; `None` for a point.
    pub end: Option<f64>,
    /// Where a point marker goes (the middle of a month/year-precision date).
    pub at: f64,
    pub status: Status,
    pub approx: bool,
    /// Index of the scenario that projects it, for projected events.
    pub scenario: Option<usize>,
}

impl TimelineItem<'_> {
    /// The last instant the item covers.
    pub fn last(&self) -> f64 {
        self.end.unwrap_or(self.at)
    }
}

/// The events, plus the projected events of the scenarios in `scenarios_on`,
/// sorted by start.
pub fn timeline_items<'a>(ds: &'a Dataset, scenarios_on: &BTreeSet<Id>) -> Vec<TimelineItem<'a>> {
    let mut items: Vec<TimelineItem<'a>> = ds
        .events
        .iter()
        .map(|e| TimelineItem {
            id: &e.id,
            title: &e.title,
            lane: &e.lane,
            start: e.date.start_year_frac(),
            end: e.end.map(|d| d.end_year_frac()),
            at: if e.end.is_some() {
                e.date.start_year_frac()
            } else {
                e.date.mid_year_frac()
            },
            status: e.status,
            approx: e.date.approx,
            scenario: None,
        })
        .collect();
    for (si, s) in ds.scenarios.iter().enumerate() {
        if !scenarios_on.contains(&s.id) {
            continue;
        }
        items.extend(s.projected.iter().map(|p| TimelineItem {
            id: &p.id,
            title: &p.title,
            lane: &p.lane,
            start: p.date.start_year_frac(),
            end: p.end.map(|d| d.end_year_frac()),
            at: if p.end.is_some() {
                p.date.start_year_frac()
            } else {
                p.date.mid_year_frac()
            },
            status: Status::Projected,
            approx: p.date.approx,
            scenario: Some(si),
        }));
    }
    items.sort_by(|a, b| a.start.total_cmp(&b.start).then_with(|| a.id.cmp(b.id)));
    items
}

/// Whether an item overlaps the window `[from, to]` (fractional years).
pub fn overlaps(item: &TimelineItem<'_>, from: f64, to: f64) -> bool {
    item.start <= to && item.last() >= from
}
