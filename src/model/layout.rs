//! Pure layout maths for the shared time axis: the visible time window,
//! time ↔ x mapping, tick choice and packing of labelled items into rows.
//! No egui here: positions are plain `f32`/`f64` screen coordinates.

use serde::{Deserialize, Serialize};

use super::date::month_abbr;
use super::lang::Lang;

/// The earliest and latest year the axis can show.
pub const AXIS_LIMITS: (f64, f64) = (1985.0, 2035.0);
/// The full view: 1990 to 2030 (and a little margin for the last items).
pub const FULL_VIEW: (f64, f64) = (1990.0, 2031.0);
/// The narrowest window the axis zooms to: one month.
pub const MIN_SPAN_YEARS: f64 = 1.0 / 12.0;

/// How far a dataset's axis pans and zooms out, and what "fit" shows, in
/// fractional years. The shipped dataset's are [`AXIS_LIMITS`] and
/// [`FULL_VIEW`]; another dataset sets its own in `settings.ron` or gets
/// them from its dates ([`AxisLimits::around`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisLimits {
    pub min_year: f64,
    pub max_year: f64,
    /// The full view: what "fit" shows.
    pub full: (f64, f64),
}

impl Default for AxisLimits {
    fn default() -> Self {
        Self::SHIPPED
    }
}

impl AxisLimits {
    /// The shipped dataset's limits.
    pub const SHIPPED: Self = Self {
        min_year: AXIS_LIMITS.0,
        max_year: AXIS_LIMITS.1,
        full: FULL_VIEW,
    };

    /// Limits wide enough for any dataset, for checking a saved view before
    /// the data is known.
    pub const ANY: Self = Self {
        min_year: 0.0,
        max_year: 10_000.0,
        full: FULL_VIEW,
    };

    /// The view kept when new data arrives: `view` if it lies within these
    /// limits, else the full view (a view of another dataset's years).
    pub fn keep_or_fit(&self, view: TimeView) -> TimeView {
        let kept = view.clamped_in(self);
        let moved = (kept.start_year - view.start_year).abs() > 1e-9
            || (kept.end_year - view.end_year).abs() > 1e-9;
        if moved { TimeView::full_in(self) } else { kept }
    }

    /// Limits for data from `first` to `last` (fractional years): the full
    /// view is the whole years they touch, and the axis reaches an eighth
    /// of that (at least a year) further on each side.
    pub fn around(first: f64, last: f64) -> Self {
        if !first.is_finite() || !last.is_finite() || last < first {
            return Self::SHIPPED;
        }
        let lo = first.floor();
        let hi = last.ceil().max(lo + 1.0);
        let pad = ((hi - lo) / 8.0).max(1.0);
        Self {
            min_year: lo - pad,
            max_year: hi + pad,
            full: (lo, hi),
        }
    }

    /// `axis` and `full` as given (either may be missing), completed from
    /// the data's dates and made consistent: the full view lies inside the
    /// axis, and both span at least a month.
    pub fn with(axis: Option<(f64, f64)>, full: Option<(f64, f64)>, data: Self) -> Self {
        let sane =
            |r: (f64, f64)| r.0.is_finite() && r.1.is_finite() && r.1 - r.0 >= MIN_SPAN_YEARS;
        let full = full.filter(|r| sane(*r)).unwrap_or(data.full);
        let (min_year, max_year) = axis
            .filter(|r| sane(*r))
            .unwrap_or((data.min_year.min(full.0), data.max_year.max(full.1)));
        let full_lo = full.0.clamp(min_year, max_year - MIN_SPAN_YEARS);
        let full_hi = full.1.clamp(full_lo + MIN_SPAN_YEARS, max_year);
        Self {
            min_year,
            max_year,
            full: (full_lo, full_hi),
        }
    }

    pub fn span_years(&self) -> f64 {
        self.max_year - self.min_year
    }
}

/// The visible time window, in fractional years. Persisted.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeView {
    pub start_year: f64,
    pub end_year: f64,
}

impl Default for TimeView {
    fn default() -> Self {
        Self::full()
    }
}

impl TimeView {
    /// The shipped dataset's full view.
    pub fn full() -> Self {
        Self::full_in(&AxisLimits::SHIPPED)
    }

    /// The full view of a dataset's axis.
    pub fn full_in(limits: &AxisLimits) -> Self {
        Self {
            start_year: limits.full.0,
            end_year: limits.full.1,
        }
    }

    pub fn span_years(&self) -> f64 {
        self.end_year - self.start_year
    }

    /// A sane view: finite, ordered, at least a month, within the shipped
    /// dataset's axis limits.
    pub fn clamped(self) -> Self {
        self.clamped_in(&AxisLimits::SHIPPED)
    }

    /// A sane view within a dataset's axis limits.
    pub fn clamped_in(self, limits: &AxisLimits) -> Self {
        let (lo, hi) = (limits.min_year, limits.max_year);
        if !self.start_year.is_finite() || !self.end_year.is_finite() {
            return Self::full_in(limits);
        }
        let span = (self.end_year - self.start_year).clamp(MIN_SPAN_YEARS, hi - lo);
        let start = self.start_year.clamp(lo, hi - span);
        Self {
            start_year: start,
            end_year: start + span,
        }
    }

    /// Zooms by `factor` (< 1 zooms in) keeping `anchor_year` at the same x.
    pub fn zoomed(self, factor: f64, anchor_year: f64) -> Self {
        self.zoomed_in(factor, anchor_year, &AxisLimits::SHIPPED)
    }

    /// [`Self::zoomed`] within a dataset's axis limits.
    pub fn zoomed_in(self, factor: f64, anchor_year: f64, limits: &AxisLimits) -> Self {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let new_span = (self.span_years() * factor).clamp(MIN_SPAN_YEARS, limits.span_years());
        let t = if self.span_years() > 0.0 {
            ((anchor_year - self.start_year) / self.span_years()).clamp(0.0, 1.0)
        } else {
            0.5
        };
        let start = anchor_year - t * new_span;
        Self {
            start_year: start,
            end_year: start + new_span,
        }
        .clamped_in(limits)
    }

    /// Zooms by `factor` around the middle of the view, within `limits`.
    pub fn zoomed_centred_in(self, factor: f64, limits: &AxisLimits) -> Self {
        self.zoomed_in(factor, 0.5 * (self.start_year + self.end_year), limits)
    }

    /// Moves the window by `delta_years`.
    pub fn panned(self, delta_years: f64) -> Self {
        self.panned_in(delta_years, &AxisLimits::SHIPPED)
    }

    /// [`Self::panned`] within a dataset's axis limits.
    pub fn panned_in(self, delta_years: f64, limits: &AxisLimits) -> Self {
        Self {
            start_year: self.start_year + delta_years,
            end_year: self.end_year + delta_years,
        }
        .clamped_in(limits)
    }
}

/// Maps years to x between `left` and `right` screen coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisMap {
    pub view: TimeView,
    pub left: f32,
    pub right: f32,
}

impl AxisMap {
    pub fn new(view: TimeView, left: f32, right: f32) -> Self {
        Self { view, left, right }
    }

    pub fn width(&self) -> f32 {
        (self.right - self.left).max(1.0)
    }

    pub fn x_from_year(&self, year: f64) -> f32 {
        let t = (year - self.view.start_year) / self.view.span_years();
        self.left + (t as f32) * self.width()
    }

    pub fn year_from_x(&self, x: f32) -> f64 {
        let t = f64::from((x - self.left) / self.width());
        self.view.start_year + t * self.view.span_years()
    }

    /// Years per pixel.
    pub fn years_per_px(&self) -> f64 {
        self.view.span_years() / f64::from(self.width())
    }
}

/// The unit of a tick step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    Decade,
    FiveYears,
    Year,
    Quarter,
    Month,
}

/// One tick mark: where it is and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub year: f64,
    pub label: String,
    /// Major ticks get a gridline and a label.
    pub major: bool,
}

impl TickUnit {
    fn months(self) -> u32 {
        match self {
            Self::Decade => 120,
            Self::FiveYears => 60,
            Self::Year => 12,
            Self::Quarter => 3,
            Self::Month => 1,
        }
    }

    /// Whether a tick's label names the period that starts at it (the
    /// year 2030, its second quarter, May) rather than a moment on a
    /// longer axis (1995 of 1990–2030 in five-year steps). A period's
    /// label at the view's end names what lies beyond it.
    pub fn names_periods(self) -> bool {
        self.months() <= 12
    }
}

/// Chooses the finest tick unit whose labels, each `label_px` wide, fit
/// without overlapping, and lists the ticks in the view, labelled in
/// English.
pub fn ticks(map: &AxisMap, label_px: f32) -> (TickUnit, Vec<Tick>) {
    ticks_in(map, label_px, Lang::En)
}

/// A quarter's tick label: "Q2", "2-й кв.", "2-тоқсан".
fn quarter_label(quarter: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Q{quarter}"),
        Lang::Ru => format!("{quarter}-й кв."),
        Lang::Kk => format!("{quarter}-тоқсан"),
    }
}

/// [`ticks`] with the labels in `lang` (month and quarter names).
pub fn ticks_in(map: &AxisMap, label_px: f32, lang: Lang) -> (TickUnit, Vec<Tick>) {
    let px_per_year = 1.0 / map.years_per_px();
    let units = [
        TickUnit::Month,
        TickUnit::Quarter,
        TickUnit::Year,
        TickUnit::FiveYears,
        TickUnit::Decade,
    ];
    let unit = units
        .into_iter()
        .find(|u| f64::from(u.months()) / 12.0 * px_per_year >= f64::from(label_px))
        .unwrap_or(TickUnit::Decade);
    let step = unit.months() as i64;
    let first = (map.view.start_year.floor() as i64) * 12;
    let last = (map.view.end_year.ceil() as i64) * 12;
    let mut out = Vec::new();
    let mut m = first - first.rem_euclid(step);
    while m <= last {
        let year = m.div_euclid(12);
        let month = m.rem_euclid(12) as usize;
        let at = year as f64 + month as f64 / 12.0;
        if at >= map.view.start_year && at <= map.view.end_year {
            let label = match unit {
                TickUnit::Decade | TickUnit::FiveYears | TickUnit::Year => format!("{year}"),
                TickUnit::Quarter | TickUnit::Month if month == 0 => format!("{year}"),
                TickUnit::Quarter => quarter_label(month / 3 + 1, lang),
                TickUnit::Month => month_abbr(month, lang).to_owned(),
            };
            out.push(Tick {
                year: at,
                label,
                major: true,
            });
        }
        m += step;
    }
    // Even decades can be too dense on a very narrow axis: keep every k-th.
    let step_px = (step as f64 / 12.0 * px_per_year) as f32;
    if step_px < label_px && step_px > 0.0 {
        let keep = (label_px / step_px).ceil() as i64;
        out.retain(|t| (t.year.round() as i64).div_euclid(10).rem_euclid(keep) == 0);
    }
    (unit, out)
}

/// Round values to label a value axis from `low` to `high` drawn `px`
/// tall: the smallest step of 1, 2, 2.5 or 5 × 10ᵏ whose marks are at
/// least `min_gap_px` apart, and its multiples within the range (so a
/// short plot still names its scale: 0, 10, 20, 30 on a 70 px track of
/// trade figures, where egui_plot's decades faded out to a lone 0).
/// Empty for an empty range or height.
pub fn value_marks(low: f64, high: f64, px: f32, min_gap_px: f32) -> (f64, Vec<f64>) {
    let range = high - low;
    if !(range > 0.0 && range.is_finite() && px > 0.0 && min_gap_px > 0.0) {
        return (0.0, Vec::new());
    }
    let least = range * f64::from(min_gap_px) / f64::from(px);
    let decade = 10f64.powf(least.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * decade)
        .find(|s| *s >= least * (1.0 - 1e-9))
        .unwrap_or(10.0 * decade);
    let first = (low / step).ceil() as i64;
    let last = (high / step).floor() as i64;
    let marks = (first..=last).map(|k| k as f64 * step).collect();
    (step, marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_marks_name_a_short_plots_scale_in_round_steps() {
        // Trade figures up to 34 on 70 px, 20 px apart: 10s.
        let (step, marks) = value_marks(0.0, 34.0, 70.0, 20.0);
        assert_eq!(step, 10.0);
        assert_eq!(marks, [0.0, 10.0, 20.0, 30.0]);
        // Ages 15–95 on 80 px: 20s, each 20 px apart.
        let (step, marks) = value_marks(15.0, 95.0, 80.0, 20.0);
        assert_eq!(step, 20.0);
        assert_eq!(marks, [20.0, 40.0, 60.0, 80.0]);
        // Taller, the step shrinks; never closer than asked.
        for px in [40.0_f32, 80.0, 150.0, 300.0, 900.0] {
            let (step, marks) = value_marks(15.0, 95.0, px, 20.0);
            assert!(step * f64::from(px) / 80.0 >= 20.0 - 1e-6, "{px}: {step}");
            let least = if px >= 80.0 { 2 } else { 1 };
            assert!(marks.len() >= least, "{px}: {marks:?}");
            assert!(marks.iter().all(|m| (15.0..=95.0).contains(m)));
        }
        // 2.5 × 10ᵏ: 0–100 on 90 px wants 22.2 → 25.
        assert_eq!(value_marks(0.0, 100.0, 90.0, 20.0).0, 25.0);
        // Small values: 0–0.12 on 60 px, 20 px apart → 0.05.
        let (step, marks) = value_marks(0.0, 0.12, 60.0, 20.0);
        assert!((step - 0.05).abs() < 1e-12, "{step}");
        assert_eq!(marks.len(), 3);
    }

    #[test]
    fn value_marks_of_nothing_are_none() {
        assert!(value_marks(5.0, 5.0, 80.0, 20.0).1.is_empty());
        assert!(value_marks(0.0, 10.0, 0.0, 20.0).1.is_empty());
        assert!(value_marks(0.0, f64::INFINITY, 80.0, 20.0).1.is_empty());
        assert!(value_marks(10.0, 0.0, 80.0, 20.0).1.is_empty());
    }

    #[test]
    fn x_and_year_round_trip() {
        let map = AxisMap::new(TimeView::full(), 100.0, 1100.0);
        assert_eq!(map.x_from_year(1990.0), 100.0);
        assert!((map.x_from_year(2031.0) - 1100.0).abs() < 1e-3);
        for y in [1990.0, 2000.25, 2029.9] {
            assert!((map.year_from_x(map.x_from_year(y)) - y).abs() < 1e-4);
        }
    }

    #[test]
    fn zoom_keeps_anchor_and_limits() {
        let v = TimeView::full();
        let z = v.zoomed(0.5, 2000.0);
        let before = (2000.0 - v.start_year) / v.span_years();
        let after = (2000.0 - z.start_year) / z.span_years();
        assert!((before - after).abs() < 1e-9);
        assert!((z.span_years() - v.span_years() * 0.5).abs() < 1e-9);
        let tiny = v.zoomed(1e-9, 2000.0);
        assert!((tiny.span_years() - MIN_SPAN_YEARS).abs() < 1e-9);
        let huge = v.zoomed(100.0, 2000.0);
        assert_eq!((huge.start_year, huge.end_year), AXIS_LIMITS);
        let panned = v.panned(-100.0);
        assert_eq!(panned.start_year, AXIS_LIMITS.0);
        assert!((panned.span_years() - v.span_years()).abs() < 1e-9);
        let nan = TimeView {
            start_year: f64::NAN,
            end_year: 1.0,
        }
        .clamped();
        assert_eq!(nan, TimeView::full());
    }

    #[test]
    fn limits_come_from_the_data_or_the_settings() {
        let old = AxisLimits::around(1815.3, 1989.9);
        assert_eq!(old.full, (1815.0, 1990.0));
        assert!(old.min_year < 1815.0 && old.max_year > 1990.0);
        let v = TimeView {
            start_year: 1850.0,
            end_year: 1860.0,
        };
        assert_eq!(
            v.clamped_in(&old),
            v,
            "an 1850s view stays in an 1815–1990 axis"
        );
        assert_eq!(TimeView::full_in(&old).start_year, 1815.0);
        assert!(v.panned_in(-100.0, &old).start_year >= old.min_year);
        assert_eq!(
            AxisLimits::with(Some(AXIS_LIMITS), Some(FULL_VIEW), old),
            AxisLimits::SHIPPED
        );
        let derived = AxisLimits::with(None, Some((1900.0, 1950.0)), old);
        assert_eq!(derived.full, (1900.0, 1950.0));
        assert_eq!(AxisLimits::around(f64::NAN, 1.0), AxisLimits::SHIPPED);
    }

    #[test]
    fn ticks_go_from_decades_to_months() {
        let full = AxisMap::new(TimeView::full(), 0.0, 1000.0);
        let (unit, ticks_full) = ticks(&full, 40.0);
        assert_eq!(unit, TickUnit::FiveYears);
        assert!(ticks_full.iter().any(|t| t.label == "2000"));
        let narrow = AxisMap::new(TimeView::full(), 0.0, 300.0);
        assert_eq!(ticks(&narrow, 40.0).0, TickUnit::Decade);
        let year = AxisMap::new(
            TimeView {
                start_year: 2022.0,
                end_year: 2023.0,
            },
            0.0,
            1000.0,
        );
        let (unit, ticks_year) = ticks(&year, 60.0);
        assert_eq!(unit, TickUnit::Month);
        assert!(ticks_year.iter().any(|t| t.label == "Jun"));
        assert!(
            ticks_year.iter().any(|t| t.label == "2022"),
            "January shows the year"
        );
    }

    #[test]
    fn tick_labels_in_russian_and_kazakh() {
        let view = |span| TimeView {
            start_year: 2022.0,
            end_year: 2022.0 + span,
        };
        let months = AxisMap::new(view(1.0), 0.0, 1000.0);
        let labels = |lang| -> Vec<String> {
            ticks_in(&months, 60.0, lang)
                .1
                .into_iter()
                .map(|t| t.label)
                .collect()
        };
        assert!(labels(Lang::Ru).contains(&"июнь".to_owned()));
        assert!(labels(Lang::Kk).contains(&"мау.".to_owned()));
        assert!(labels(Lang::Kk).contains(&"2022".to_owned()));
        let quarters = AxisMap::new(view(3.0), 0.0, 1000.0);
        let (unit, ts) = ticks_in(&quarters, 60.0, Lang::Ru);
        assert_eq!(unit, TickUnit::Quarter);
        assert!(ts.iter().any(|t| t.label == "2-й кв."), "{ts:?}");
        let (_, ts) = ticks_in(&quarters, 60.0, Lang::Kk);
        assert!(ts.iter().any(|t| t.label == "3-тоқсан"), "{ts:?}");
    }

    #[test]
    fn tick_labels_never_overlap() {
        for width in [60.0_f32, 200.0, 640.0, 1200.0, 2400.0] {
            for span in [40.0, 10.0, 3.0, 1.0, 0.2] {
                let map = AxisMap::new(
                    TimeView {
                        start_year: 2000.0,
                        end_year: 2000.0 + span,
                    },
                    0.0,
                    width,
                );
                let (_, ts) = ticks(&map, 50.0);
                for pair in ts.windows(2) {
                    let dx = map.x_from_year(pair[1].year) - map.x_from_year(pair[0].year);
                    assert!(dx >= 50.0 - 1e-3, "width {width} span {span}: {dx}");
                }
            }
        }
    }
}

/// One item to place in a lane: its horizontal extent with its label
/// (`full`) and without (`bare`, the marker or bar alone), in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaneItem {
    pub full: (f32, f32),
    pub bare: (f32, f32),
}

/// Where an item, or a cluster of items, goes in a lane.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// Item `index` (into the input slice) in `row`, with or without its label.
    Item {
        index: usize,
        row: usize,
        label: bool,
    },
    /// Items merged into one badge spanning `x0..x1` in `row`.
    Cluster {
        row: usize,
        x0: f32,
        x1: f32,
        members: Vec<usize>,
    },
}

impl Placement {
    pub fn row(&self) -> usize {
        match self {
            Self::Item { row, .. } | Self::Cluster { row, .. } => *row,
        }
    }
}

/// A lane's layout: the placements and the number of rows used.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LaneLayout {
    pub placements: Vec<Placement>,
    pub rows: usize,
    /// Labels cut to fit before their neighbour: (item, pixels cut off the
    /// label's end). Few: only a row of badges cuts labels.
    pub cuts: Vec<(usize, f32)>,
}

impl LaneLayout {
    /// Pixels cut off item `index`'s label (0 when it is whole).
    pub fn cut_of(&self, index: usize) -> f32 {
        self.cuts
            .iter()
            .find(|(i, _)| *i == index)
            .map_or(0.0, |(_, c)| *c)
    }

    /// The drawn extent of a placement, its label as cut.
    pub fn extent(&self, items: &[LaneItem], p: &Placement) -> (f32, f32) {
        let (lo, hi) = placement_extent(items, p);
        match p {
            Placement::Item {
                index, label: true, ..
            } => (lo, hi - self.cut_of(*index)),
            _ => (lo, hi),
        }
    }
}

/// The least a label is cut to (past its marker's end), in a row of badges.
pub const MIN_CUT_LABEL_PX: f32 = 64.0;

/// The drawn extent of a placement.
pub fn placement_extent(items: &[LaneItem], p: &Placement) -> (f32, f32) {
    match p {
        Placement::Item { index, label, .. } => {
            let item = items[*index];
            if *label { item.full } else { item.bare }
        }
        Placement::Cluster { x0, x1, .. } => (*x0, *x1),
    }
}

/// Packs items into at most `rows` rows: each goes into the first row where
/// it fits with its label, else the first where its marker alone fits; the
/// rest overflow. Returns the placements and the overflowing indices.
fn try_pack(
    items: &[LaneItem],
    forced: &[bool],
    rows: usize,
    gap: f32,
) -> (Vec<Placement>, Vec<usize>) {
    let mut row_ends = vec![f32::NEG_INFINITY; rows];
    let mut placed = Vec::with_capacity(items.len());
    let mut overflow = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if forced.get(index).copied().unwrap_or(false) {
            overflow.push(index);
            continue;
        }
        let fits = |lo: f32, ends: &[f32]| ends.iter().position(|&end| lo >= end + gap);
        if let Some(row) = fits(item.full.0, &row_ends) {
            row_ends[row] = item.full.1;
            placed.push(Placement::Item {
                index,
                row,
                label: true,
            });
        } else if let Some(row) = fits(item.bare.0, &row_ends) {
            row_ends[row] = item.bare.1;
            placed.push(Placement::Item {
                index,
                row,
                label: false,
            });
        } else {
            overflow.push(index);
        }
    }
    (placed, overflow)
}

/// In a row of badges and lone markers (`row`, in x order, not
/// overlapping), gives each lone marker not `forced` its label where the
/// label fits between its neighbours, left to right — cut short at the
/// next neighbour where at least [`MIN_CUT_LABEL_PX`] of it fits past the
/// marker (a label on the marker's right only): a lane squeezed to one row
/// still names what it can. Returns the cuts.
fn label_singles(
    items: &[LaneItem],
    forced: &[bool],
    row: &mut [Placement],
    gap: f32,
) -> Vec<(usize, f32)> {
    let mut cuts = Vec::new();
    let mut prev_end = f32::NEG_INFINITY;
    for k in 0..row.len() {
        let next_start = row
            .get(k + 1)
            .map_or(f32::INFINITY, |p| placement_extent(items, p).0);
        let mut end = placement_extent(items, &row[k]).1;
        if let Placement::Item { index, label, .. } = &mut row[k] {
            let LaneItem { full, bare } = items[*index];
            let free = !forced.get(*index).copied().unwrap_or(false) && !*label;
            let room_end = next_start - gap;
            if free && full.0 >= prev_end + gap {
                if full.1 <= room_end {
                    *label = true;
                    end = full.1;
                } else if full.0 >= bare.0 && room_end - bare.1 >= MIN_CUT_LABEL_PX {
                    *label = true;
                    cuts.push((*index, full.1 - room_end));
                    end = room_end;
                }
            }
        }
        prev_end = end;
    }
    cuts
}

/// Merges `indices` (in x order) into non-overlapping cluster badges in
/// `row`, each at least `badge_px` wide; a badge stops growing at three times
/// that, so a long crowded stretch shows as several badges.
fn clusters(
    items: &[LaneItem],
    indices: &[usize],
    row: usize,
    badge_px: f32,
    gap: f32,
) -> Vec<Placement> {
    let max_px = 3.0 * badge_px;
    let mut out: Vec<Placement> = Vec::new();
    for &i in indices {
        let (lo, hi) = items[i].bare;
        match out.last_mut() {
            Some(Placement::Cluster {
                x0, x1, members, ..
            }) if lo < *x1 + gap && *x1 - *x0 < max_px => {
                *x1 = x1.max(hi.min(*x0 + max_px));
                members.push(i);
            }
            last => {
                let after = match last {
                    Some(p) => placement_extent(items, p).1 + gap,
                    None => f32::NEG_INFINITY,
                };
                let x0 = lo.max(after);
                out.push(Placement::Cluster {
                    row,
                    x0,
                    x1: (x0 + badge_px).max(hi.min(x0 + max_px)),
                    members: vec![i],
                });
            }
        }
    }
    // A "cluster" of one is just the item's marker or bar, where that fits:
    // inside the room its badge reserved, or (a span wider than a badge)
    // before the next badge.
    let next_x0: Vec<f32> = out
        .iter()
        .skip(1)
        .map(|p| placement_extent(items, p).0)
        .chain(std::iter::once(f32::INFINITY))
        .collect();
    out.into_iter()
        .zip(next_x0)
        .map(|(p, next)| match p {
            Placement::Cluster {
                row,
                members,
                x0,
                x1,
            } if members.len() == 1 => {
                let (lo, hi) = items[members[0]].bare;
                if lo >= x0 && (hi <= x1 || hi + gap <= next) {
                    Placement::Item {
                        index: members[0],
                        row,
                        label: false,
                    }
                } else {
                    Placement::Cluster {
                        row,
                        members,
                        x0,
                        x1,
                    }
                }
            }
            other => other,
        })
        .collect()
}

/// Lays out a lane's items (sorted by `bare.0`) in at most `max_rows` rows
/// (at least one) so that nothing overlaps: items with labels where there is
/// room, markers alone where only they fit, and, when even that overflows,
/// the last row holds cluster badges for the rest. Items marked in `forced`
/// (see [`dense_items`]) go straight to clusters. Every item is placed
/// exactly once, alone or in a cluster.
pub fn layout_lane(
    items: &[LaneItem],
    forced: &[bool],
    max_rows: usize,
    gap: f32,
    badge_px: f32,
) -> LaneLayout {
    let max_rows = max_rows.max(1);
    let (placed, overflow) = try_pack(items, forced, max_rows, gap);
    let (mut placements, cluster_row, overflow) = if overflow.is_empty() {
        (placed, None, overflow)
    } else if max_rows == 1 {
        (Vec::new(), Some(0), (0..items.len()).collect())
    } else {
        let (placed, overflow) = try_pack(items, forced, max_rows - 1, gap);
        // Clusters go in the row right under the last one used.
        let row = placed.iter().map(|p| p.row() + 1).max().unwrap_or(0);
        (placed, Some(row), overflow)
    };
    let mut cuts = Vec::new();
    if let Some(row) = cluster_row {
        let start = placements.len();
        placements.extend(clusters(items, &overflow, row, badge_px, gap));
        cuts = label_singles(items, forced, &mut placements[start..], gap);
    }
    let rows = placements.iter().map(|p| p.row() + 1).max().unwrap_or(0);
    LaneLayout {
        placements,
        rows,
        cuts,
    }
}

/// Marks the items (given by their left edges `xs`, ascending) that fall in
/// a pixel cell of width `cell_px` holding more than `capacity` items: they
/// cannot all be shown one by one, so they go straight to cluster badges
/// without their labels being measured. Linear in the number of items.
pub fn dense_items(xs: &[f32], cell_px: f32, capacity: usize) -> Vec<bool> {
    let cell = |x: f32| (x / cell_px.max(1.0)).floor() as i64;
    let mut dense = vec![false; xs.len()];
    let mut start = 0;
    while start < xs.len() {
        let c = cell(xs[start]);
        let mut end = start + 1;
        while end < xs.len() && cell(xs[end]) == c {
            end += 1;
        }
        if end - start > capacity {
            dense[start..end].iter_mut().for_each(|d| *d = true);
        }
        start = end;
    }
    dense
}

/// Shares `budget` rows among lanes wanting `desired[i]` rows: each lane
/// gets at least one, then rows go one at a time to the lane that wants more
/// and has the fewest (water-filling), so no row is left idle while a lane
/// wants more and small lanes are not starved by a crowded one.
pub fn allocate_rows(desired: &[usize], budget: usize) -> Vec<usize> {
    let mut rows: Vec<usize> = desired.iter().map(|_| 1).collect();
    let mut left = budget.saturating_sub(rows.len());
    while left > 0 {
        let neediest = desired
            .iter()
            .zip(&rows)
            .enumerate()
            .filter(|(_, (d, r))| d > r)
            .min_by_key(|(i, (_, r))| (**r, *i));
        let Some((i, _)) = neediest else { break };
        rows[i] += 1;
        left -= 1;
    }
    rows
}

/// Gap between a point marker and its label, in pixels.
pub const LABEL_GAP_PX: f32 = 3.0;

/// A span's bar at least this wide keeps a label that does not fit inside
/// it, cut to it with "…" (px).
pub const LABEL_CUT_IN_BAR_PX: f32 = 120.0;

/// A label inside a span's bar keeps this far from both its ends (px).
pub const LABEL_IN_BAR_PAD_PX: f32 = 4.0;

/// Whether a span's label, `label_w` wide, goes after its bar, `bar_w`
/// wide in view, rather than inside it: where it does not fit inside and
/// the bar is too short to hold a useful part of it. Across the bar's end
/// its outline cut the label's first word («550|th anniversary…» in a
/// 20 px box, «Renewal|of Kazakhstan's…»).
pub fn label_after_bar(bar_w: f32, label_w: f32) -> bool {
    label_w + 2.0 * LABEL_IN_BAR_PAD_PX > bar_w && bar_w < LABEL_CUT_IN_BAR_PX
}

/// A lane item's extents, from its marker or bar and its label's width.
///
/// `bare` is the marker (a point) or the bar (a span, already clipped to the
/// plot's left edge). A span's label runs inside and past its bar; a point's
/// label goes right of the marker, or left of it when it would run past the
/// right edge of `edges` (the plot's left and right). A point's label that
/// fits on neither side takes the side with more room and is made as narrow
/// as that room, so it is cut at its end, never at its beginning by the
/// plot's edge. Returns the extents, whether the label is on the left, and
/// the label's width.
pub fn item_extents(
    bare: (f32, f32),
    is_span: bool,
    label_w: f32,
    (left_edge, right_edge): (f32, f32),
) -> (LaneItem, bool, f32) {
    if is_span {
        let bar_w = bare.1 - bare.0;
        if label_after_bar(bar_w, label_w) {
            let full = (bare.0, bare.1 + LABEL_GAP_PX + label_w);
            return (LaneItem { full, bare }, false, label_w);
        }
        // Inside the bar, cut to it where it is longer.
        let width = label_w.min(bar_w - 2.0 * LABEL_IN_BAR_PAD_PX);
        return (LaneItem { full: bare, bare }, false, width);
    }
    let right_room = right_edge - bare.1 - LABEL_GAP_PX;
    let left_room = bare.0 - LABEL_GAP_PX - left_edge;
    let on_left = label_w > right_room && (label_w <= left_room || left_room > right_room);
    let width = if on_left {
        label_w.min(left_room)
    } else if label_w > right_room {
        right_room.max(0.0)
    } else {
        label_w
    };
    if on_left {
        let full = (bare.0 - LABEL_GAP_PX - width, bare.1);
        (LaneItem { full, bare }, true, width)
    } else {
        let full = (bare.0, bare.1 + LABEL_GAP_PX + width);
        (LaneItem { full, bare }, false, width)
    }
}

/// The vertical space of a stack of lanes: how many rows of `row_px` fit
/// in `height` after `fixed_px` (headers) and `pad_px` above and below each
/// of `lanes` lanes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowBudget {
    pub height: f32,
    pub fixed_px: f32,
    pub lanes: usize,
    pub pad_px: f32,
    pub row_px: f32,
}

impl RowBudget {
    fn chrome(&self) -> f32 {
        self.fixed_px + self.lanes as f32 * 2.0 * self.pad_px
    }

    /// Rows that fit (at least zero).
    pub fn rows(&self) -> usize {
        ((self.height - self.chrome()) / self.row_px).max(0.0) as usize
    }

    /// Pixels left over once `used_rows` rows are drawn.
    pub fn spare_px(&self, used_rows: usize) -> f32 {
        (self.height - self.chrome() - used_rows as f32 * self.row_px).max(0.0)
    }
}

/// Places labels that end lines at the same x near each other so that none
/// overlaps: `ys` are the lines' end values (any order), `within` the
/// values the labels may take. Each label keeps its order by value; labels
/// that collide are moved apart as a group centred on where they wanted to
/// be (by as little as it takes for consecutive ones to be `min_gap`
/// apart), and shifted back inside `within` where that pushes them out; if
/// `within` cannot hold them all `min_gap` apart they share it evenly. A
/// label that collides with none keeps its value. The returned vector is
/// in the input's order.
pub fn spread_labels(ys: &[f64], min_gap: f64, within: (f64, f64)) -> Vec<f64> {
    let (lo, hi) = (within.0.min(within.1), within.0.max(within.1));
    let n = ys.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| ys[a].total_cmp(&ys[b]).then(a.cmp(&b)));
    let gap = if n > 1 {
        min_gap.max(0.0).min((hi - lo) / (n - 1) as f64)
    } else {
        0.0
    };
    // Groups of consecutive labels (by value): (first, count, base), the
    // k-th at base + k·gap; a group's base is the mean of what its labels
    // want, less their offsets, clamped so that the group fits inside.
    let place = |first: usize, count: usize| {
        let want: f64 = (0..count)
            .map(|k| ys[order[first + k]].clamp(lo, hi) - k as f64 * gap)
            .sum::<f64>()
            / count as f64;
        want.clamp(lo, (hi - (count - 1) as f64 * gap).max(lo))
    };
    let mut groups: Vec<(usize, usize, f64)> = Vec::with_capacity(n);
    for i in 0..n {
        let (mut first, mut count) = (i, 1);
        let mut base = place(first, count);
        while let Some(&(f, c, b)) = groups.last() {
            if b + c as f64 * gap <= base + 1e-9 {
                break;
            }
            groups.pop();
            (first, count) = (f, c + count);
            base = place(first, count);
        }
        groups.push((first, count, base));
    }
    let mut out = vec![0.0; n];
    for (first, count, base) in groups {
        for k in 0..count {
            out[order[first + k]] = base + k as f64 * gap;
        }
    }
    out
}

#[cfg(test)]
mod helper_tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn point_labels_flip_left_near_the_right_edge() {
        let edges = (0.0, 500.0);
        let (item, left, w) = item_extents((100.0, 109.0), false, 50.0, edges);
        assert!(!left && w == 50.0);
        assert_eq!(item.full, (100.0, 109.0 + LABEL_GAP_PX + 50.0));
        let (item, left, w) = item_extents((480.0, 489.0), false, 50.0, edges);
        assert!(left && w == 50.0);
        assert_eq!(item.full, (480.0 - LABEL_GAP_PX - 50.0, 489.0));
        // A span's label follows a short bar, never left of it.
        let (item, left, w) = item_extents((480.0, 490.0), true, 50.0, edges);
        assert!(!left && w == 50.0);
        assert_eq!(item.full, (480.0, 490.0 + LABEL_GAP_PX + 50.0));
        // So does one that does not fit in a bar under 120 px.
        let (item, _, w) = item_extents((100.0, 160.0), true, 120.0, edges);
        assert_eq!(w, 120.0);
        assert_eq!(item.full, (100.0, 160.0 + LABEL_GAP_PX + 120.0));
        // A longer bar holds it, cut to the bar.
        let (item, _, w) = item_extents((100.0, 250.0), true, 200.0, edges);
        assert_eq!((item.full, w), ((100.0, 250.0), 142.0));
        // And whole where it fits, in a short bar too.
        let (item, _, w) = item_extents((100.0, 300.0), true, 120.0, edges);
        assert_eq!((item.full, w), ((100.0, 300.0), 120.0));
        let (item, _, w) = item_extents((100.0, 150.0), true, 30.0, edges);
        assert_eq!((item.full, w), ((100.0, 150.0), 30.0));
    }

    #[test]
    fn a_label_too_wide_for_either_side_is_narrowed_to_the_wider_room() {
        // 200 px of label, 150 px left of the marker, 97 right of it: on
        // the left, 147 px wide, starting at the plot's edge (the label
        // began 53 px before it, cut off).
        let (item, left, w) = item_extents((150.0, 159.0), false, 200.0, (0.0, 259.0));
        assert!(left);
        assert_eq!(w, 150.0 - LABEL_GAP_PX);
        assert_eq!(item.full.0, 0.0);
        // More room on the right: narrowed there.
        let (item, left, w) = item_extents((50.0, 59.0), false, 200.0, (0.0, 259.0));
        assert!(!left);
        assert_eq!(w, 200.0 - LABEL_GAP_PX);
        assert_eq!(item.full.1, 259.0);
    }

    #[test]
    fn the_row_budget_counts_rows_and_spare_pixels() {
        let b = RowBudget {
            height: 200.0,
            fixed_px: 30.0,
            lanes: 5,
            pad_px: 4.0,
            row_px: 20.0,
        };
        // 200 - 30 - 40 = 130 px: six rows and 10 px over.
        assert_eq!(b.rows(), 6);
        assert_eq!(b.spare_px(6), 10.0);
        assert_eq!(b.spare_px(9), 0.0);
        assert_eq!(RowBudget { height: 10.0, ..b }.rows(), 0);
    }

    #[test]
    fn spread_labels_moves_only_what_collides() {
        let all = (0.0, 100.0);
        assert_eq!(spread_labels(&[10.0, 50.0], 7.0, all), vec![10.0, 50.0]);
        // 73 and 74 move apart about their middle; 90 stays.
        assert_eq!(
            spread_labels(&[74.0, 73.0, 90.0], 7.0, all),
            vec![77.0, 70.0, 90.0]
        );
        assert_eq!(
            spread_labels(&[5.0, 5.0, 5.0], 7.0, all),
            vec![0.0, 7.0, 14.0]
        );
        // Pushed out at the top, a group moves back inside.
        assert_eq!(spread_labels(&[99.0, 100.0], 7.0, all), vec![93.0, 100.0]);
        // Too many for the room: they share it evenly.
        assert_eq!(
            spread_labels(&[50.0, 50.0, 50.0], 7.0, (0.0, 10.0)),
            vec![0.0, 5.0, 10.0]
        );
        // A group grows as the labels it meets join it.
        assert_eq!(
            spread_labels(&[10.0, 20.0, 21.0, 22.0], 5.0, all),
            vec![10.0, 16.0, 21.0, 26.0]
        );
    }

    proptest! {
        #[test]
        fn spread_labels_never_overlap_and_stay_inside(
            ys in proptest::collection::vec(0.0f64..100.0, 0..12),
            gap in 1.0f64..12.0,
            (lo, room) in (-20.0f64..50.0, 0.0f64..150.0),
        ) {
            let hi = lo + room;
            let out = spread_labels(&ys, gap, (lo, hi));
            let fits = ys.len() < 2 || (hi - lo) / (ys.len() - 1) as f64 >= gap;
            let want = if fits { gap } else { (hi - lo) / (ys.len() - 1) as f64 };
            // The order by value holds, `want` apart, inside.
            let mut order: Vec<usize> = (0..ys.len()).collect();
            order.sort_by(|&a, &b| ys[a].total_cmp(&ys[b]).then(a.cmp(&b)));
            for w in order.windows(2) {
                prop_assert!(out[w[1]] - out[w[0]] >= want - 1e-6, "{:?} -> {:?}", ys, out);
            }
            for y in &out {
                prop_assert!(*y >= lo - 1e-6 && *y <= hi + 1e-6, "{:?} -> {:?}", ys, out);
            }
            // A label inside and far from every other (each taken inside)
            // keeps its value.
            let far = 2.0 * gap * ys.len() as f64;
            for (i, y) in ys.iter().enumerate() {
                let alone = (ys.iter().enumerate())
                    .all(|(j, o)| j == i || (o.clamp(lo, hi) - y).abs() >= far);
                if fits && alone && *y >= lo && *y <= hi {
                    prop_assert!((out[i] - y).abs() < 1e-6, "{:?} -> {:?}", ys, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod lane_tests {
    use super::*;
    use proptest::prelude::*;

    fn item(x: f32, label: f32) -> LaneItem {
        LaneItem {
            full: (x - 4.0, x + 4.0 + label),
            bare: (x - 4.0, x + 4.0),
        }
    }

    #[test]
    fn sparse_items_keep_their_labels() {
        let items = [item(0.0, 50.0), item(100.0, 50.0), item(200.0, 50.0)];
        let l = layout_lane(&items, &[], 3, 4.0, 24.0);
        assert_eq!(l.rows, 1);
        assert!(
            l.placements
                .iter()
                .all(|p| matches!(p, Placement::Item { label: true, .. }))
        );
    }

    #[test]
    fn dense_items_cluster_in_the_last_row() {
        let items: Vec<LaneItem> = (0..100).map(|i| item(i as f32, 80.0)).collect();
        let l = layout_lane(&items, &[], 3, 4.0, 24.0);
        assert_eq!(l.rows, 3);
        let clustered: usize = l
            .placements
            .iter()
            .map(|p| match p {
                Placement::Cluster { members, row, .. } => {
                    assert_eq!(*row, 2);
                    members.len()
                }
                Placement::Item { .. } => 0,
            })
            .sum();
        assert!(clustered > 90, "{clustered}");
    }

    #[test]
    fn rows_are_shared_without_waste() {
        assert_eq!(allocate_rows(&[2, 3, 1], 10), vec![2, 3, 1]);
        assert_eq!(allocate_rows(&[10, 10, 1], 9), vec![4, 4, 1]);
        assert_eq!(allocate_rows(&[1, 12, 2], 8), vec![1, 5, 2]);
        // Every lane keeps one row even when the budget is smaller.
        assert_eq!(allocate_rows(&[5, 5], 1), vec![1, 1]);
    }

    fn arb_items() -> impl Strategy<Value = Vec<LaneItem>> {
        prop::collection::vec((0.0f32..2000.0, 0.0f32..300.0, 0.0f32..200.0), 0..300).prop_map(
            |v| {
                let mut items: Vec<LaneItem> = v
                    .into_iter()
                    .map(|(x, span, label)| LaneItem {
                        full: (x, x + span.max(8.0) + label),
                        bare: (x, x + span.max(8.0)),
                    })
                    .collect();
                items.sort_by(|a, b| a.bare.0.total_cmp(&b.bare.0));
                items
            },
        )
    }

    #[test]
    fn clusters_sit_right_under_the_rows_used() {
        // Everything forced: no item rows, so the clusters take the first row.
        let items: Vec<LaneItem> = (0..50).map(|i| item(i as f32 * 3.0, 40.0)).collect();
        let l = layout_lane(&items, &[true; 50], 6, 4.0, 24.0);
        assert_eq!(l.rows, 1);
        assert!(l.placements.iter().all(|p| p.row() == 0));
    }

    /// Whether any item of `l` is shown with its label.
    fn any_labelled(l: &LaneLayout) -> bool {
        l.placements
            .iter()
            .any(|p| matches!(p, Placement::Item { label: true, .. }))
    }

    #[test]
    fn a_lane_squeezed_to_one_row_still_labels_what_has_room() {
        // A lone early item with room for its label, then three that crowd.
        let items = [
            item(0.0, 100.0),
            item(300.0, 100.0),
            item(304.0, 100.0),
            item(308.0, 100.0),
        ];
        let l = layout_lane(&items, &[false; 4], 1, 4.0, 24.0);
        assert_eq!(l.rows, 1);
        assert!(l.placements.contains(&Placement::Item {
            index: 0,
            row: 0,
            label: true
        }));
        assert!(
            l.placements
                .iter()
                .any(|p| matches!(p, Placement::Cluster { members, .. } if members == &[1, 2, 3]))
        );
        // No room before the badge: the marker alone.
        let items = [item(260.0, 100.0), items[1], items[2], items[3]];
        let l = layout_lane(&items, &[false; 4], 1, 4.0, 24.0);
        assert!(!any_labelled(&l), "{:?}", l.placements);
        // A forced item is never labelled.
        let l = layout_lane(&[item(0.0, 100.0)], &[true], 1, 4.0, 24.0);
        assert!(!any_labelled(&l), "{:?}", l.placements);
    }

    #[test]
    fn in_a_row_of_badges_a_label_is_cut_at_its_neighbour() {
        // A point with a 250 px label, then a crowd 150 px on: its label is
        // cut to end a gap before the badge.
        let items = [
            item(0.0, 250.0),
            item(150.0, 100.0),
            item(154.0, 100.0),
            item(158.0, 100.0),
        ];
        let l = layout_lane(&items, &[false; 4], 1, 4.0, 26.0);
        let labelled = Placement::Item {
            index: 0,
            row: 0,
            label: true,
        };
        assert!(l.placements.contains(&labelled), "{:?}", l.placements);
        let (lo, hi) = l.extent(&items, &labelled);
        assert_eq!(lo, -4.0);
        // The badge starts at the crowd's first marker, 146.
        assert!((hi - (146.0 - 4.0)).abs() < 0.01, "{hi}");
        assert!(
            (l.cut_of(0) - (254.0 - 142.0)).abs() < 0.01,
            "{}",
            l.cut_of(0)
        );
        assert_eq!(l.cut_of(1), 0.0);
        // Too little room past the marker for a cut label: none.
        let near = [
            item(0.0, 250.0),
            item(60.0, 100.0),
            item(64.0, 100.0),
            item(68.0, 100.0),
        ];
        let l = layout_lane(&near, &[false; 4], 1, 4.0, 26.0);
        assert!(l.cuts.is_empty());
        assert!(!any_labelled(&l), "{:?}", l.placements);
    }

    #[test]
    fn a_lone_span_wider_than_a_badge_keeps_its_bar_and_label() {
        // A span from the plot's left edge, 120 px, then two points that
        // crowd the single row.
        let span = LaneItem {
            full: (0.0, 210.0),
            bare: (0.0, 120.0),
        };
        let items = [span, item(460.0, 240.0), item(464.0, 240.0)];
        let l = layout_lane(&items, &[false; 3], 1, 4.0, 26.0);
        assert!(
            l.placements.contains(&Placement::Item {
                index: 0,
                row: 0,
                label: true
            }),
            "{:?}",
            l.placements
        );
    }

    #[test]
    fn dense_cells_are_marked() {
        let xs = [0.0, 1.0, 2.0, 3.0, 20.0, 40.0, 41.0];
        assert_eq!(
            dense_items(&xs, 16.0, 3),
            vec![true, true, true, true, false, false, false]
        );
        assert_eq!(dense_items(&xs, 16.0, 4), vec![false; 7]);
        assert!(dense_items(&[], 16.0, 1).is_empty());
    }

    proptest! {
        #[test]
        fn placements_never_overlap_and_cover_every_item(
            items in arb_items(),
            max_rows in 1usize..8,
            capacity in 1usize..6,
        ) {
            let gap = 4.0;
            let xs: Vec<f32> = items.iter().map(|i| i.bare.0).collect();
            let forced = dense_items(&xs, 16.0, capacity);
            let l = layout_lane(&items, &forced, max_rows, gap, 24.0);
            for (i, f) in forced.iter().enumerate() {
                let clustered = l.placements.iter().any(|p| match p {
                    Placement::Cluster { members, .. } => members.contains(&i),
                    Placement::Item { index, label, .. } => *index == i && !*label,
                });
                prop_assert!(!*f || clustered, "forced item {} shown with a label", i);
            }
            prop_assert!(l.rows <= max_rows);
            // Every item exactly once.
            let mut seen = vec![0u32; items.len()];
            for p in &l.placements {
                match p {
                    Placement::Item { index, .. } => seen[*index] += 1,
                    Placement::Cluster { members, .. } => for m in members { seen[*m] += 1 },
                }
            }
            prop_assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
            // No two placements in one row overlap.
            for row in 0..l.rows {
                let mut spans: Vec<(f32, f32)> = l
                    .placements
                    .iter()
                    .filter(|p| p.row() == row)
                    .map(|p| l.extent(&items, p))
                    .collect();
                spans.sort_by(|a, b| a.0.total_cmp(&b.0));
                for pair in spans.windows(2) {
                    prop_assert!(pair[1].0 >= pair[0].1, "row {row}: {:?} overlaps {:?}", pair[0], pair[1]);
                }
            }
        }
    }
}
