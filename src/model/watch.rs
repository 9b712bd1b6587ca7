//! The scenario watch: each signpost's state at a date, computed from its
//! window and its evidence (never typed), the tallies per scenario, and
//! the likelihood judgement in force at a date.
//!
//! A signpost at a date is
//! - `Observed` when its latest evidence dated on or before that date
//!   speaks for it,
//! - `Contradicted` when that evidence speaks against it,
//! - `Missed` when it has no such evidence and its window closed before
//!   that date,
//! - `Pending` otherwise (the window is still open, or not yet open).

use super::dataset::{Dataset, ItemRef};
use super::date::Date;
use super::lang::Lang;
use super::types::{Evidence, Judgement, Likelihood, Scenario, Signpost, Status};

/// A signpost's computed state at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignpostState {
    Pending,
    Observed,
    Missed,
    Contradicted,
}

impl SignpostState {
    pub const ALL: [Self; 4] = [
        Self::Pending,
        Self::Observed,
        Self::Missed,
        Self::Contradicted,
    ];

    /// The state's name.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Pending => lang.choose("pending", "ожидается"),
            Self::Observed => lang.choose("observed", "наблюдается"),
            Self::Missed => lang.choose("missed", "не произошёл"),
            Self::Contradicted => lang.choose("contradicted", "опровергнут"),
        }
    }

    /// The code used in exports and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Observed => "observed",
            Self::Missed => "missed",
            Self::Contradicted => "contradicted",
        }
    }
}

/// How a signpost bears on a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bearing {
    Consistent,
    Inconsistent,
    /// The signpost does not tell this scenario apart.
    NotDiagnostic,
}

impl Bearing {
    /// The board's mark: √, × or –.
    pub fn mark(self) -> &'static str {
        match self {
            Self::Consistent => "√",
            Self::Inconsistent => "×",
            Self::NotDiagnostic => "–",
        }
    }
}

/// How `signpost` bears on the scenario `scenario_id`.
pub fn bearing(signpost: &Signpost, scenario_id: &str) -> Bearing {
    if signpost.consistent.iter().any(|s| s == scenario_id) {
        Bearing::Consistent
    } else if signpost.inconsistent.iter().any(|s| s == scenario_id) {
        Bearing::Inconsistent
    } else {
        Bearing::NotDiagnostic
    }
}

/// The date of a dated fact item (an event or an election recorded as a
/// fact), or why `id` cannot be evidence.
pub fn fact_date<'a>(ds: &'a Dataset, id: &str) -> Result<&'a Date, &'static str> {
    let (status, date) = match ds.get(id) {
        Some(ItemRef::Event(i)) => {
            let e = &ds.events[i];
            (e.status, &e.date)
        }
        Some(ItemRef::Election(i)) => {
            let e = &ds.elections[i];
            (e.status, &e.date)
        }
        Some(_) => return Err("is not an event or an election"),
        None => return Err("is not an item of the dataset"),
    };
    if status == Status::Fact {
        Ok(date)
    } else {
        Err("is not recorded as a fact")
    }
}

/// The fractional year from which a fact dated `date` counts as known.
pub fn known_from(date: &Date) -> f64 {
    date.start_year_frac()
}

/// The latest evidence of `signpost` known by `as_of` (a fractional
/// year), with its date.
pub fn deciding_evidence<'a>(
    ds: &'a Dataset,
    signpost: &'a Signpost,
    as_of: f64,
) -> Option<(&'a Evidence, &'a Date)> {
    signpost
        .evidence
        .iter()
        .filter_map(|e| fact_date(ds, &e.item).ok().map(|d| (e, d)))
        .filter(|(_, d)| known_from(d) <= as_of)
        .max_by(|a, b| a.1.cmp(b.1).then(a.0.against.cmp(&b.0.against)))
}

/// The state of `signpost` at `as_of` (a fractional year).
pub fn state_at(ds: &Dataset, signpost: &Signpost, as_of: f64) -> SignpostState {
    match deciding_evidence(ds, signpost, as_of) {
        Some((e, _)) if e.against => SignpostState::Contradicted,
        Some(_) => SignpostState::Observed,
        None if signpost.window.closes().end_year_frac() <= as_of => SignpostState::Missed,
        None => SignpostState::Pending,
    }
}

/// The fractional years at which any signpost's state may change: its
/// evidence dates and window closings, sorted and deduplicated. A replay
/// steps through these.
pub fn change_points(ds: &Dataset) -> Vec<f64> {
    let mut out: Vec<f64> = all_signposts(ds)
        .flat_map(|(_, sp)| {
            let evidence = sp
                .evidence
                .iter()
                .filter_map(|e| fact_date(ds, &e.item).ok().map(known_from));
            evidence.chain(std::iter::once(sp.window.closes().end_year_frac()))
        })
        .collect();
    out.sort_by(f64::total_cmp);
    out.dedup();
    out
}

/// The date of the earliest judgement of any scenario (the white paper's
/// date in the shipped data): where a replay starts.
pub fn first_judgement(ds: &Dataset) -> Option<f64> {
    ds.scenarios
        .iter()
        .filter_map(|s| s.judgements.first())
        .map(|j| j.date.start_year_frac())
        .min_by(f64::total_cmp)
}

/// Every signpost of the dataset with the scenario that lists it.
pub fn all_signposts(ds: &Dataset) -> impl Iterator<Item = (&Scenario, &Signpost)> {
    ds.scenarios
        .iter()
        .flat_map(|s| s.signposts.iter().map(move |sp| (s, sp)))
}

/// What the signposts say about one scenario at a date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Observed signposts consistent with the scenario.
    pub observed_consistent: usize,
    /// Observed signposts inconsistent with it.
    pub observed_inconsistent: usize,
    /// Signposts consistent with it whose window closed unobserved.
    pub missed: usize,
    /// Signposts consistent with it that the facts contradicted.
    pub contradicted: usize,
    /// Signposts consistent with it still pending.
    pub pending: usize,
}

/// The tally of every signpost in the dataset for `scenario_id` at
/// `as_of`.
pub fn tally(ds: &Dataset, scenario_id: &str, as_of: f64) -> Tally {
    let mut t = Tally::default();
    for (_, sp) in all_signposts(ds) {
        let b = bearing(sp, scenario_id);
        if b == Bearing::NotDiagnostic {
            continue;
        }
        match (state_at(ds, sp, as_of), b) {
            (SignpostState::Observed, Bearing::Consistent) => t.observed_consistent += 1,
            (SignpostState::Observed, _) => t.observed_inconsistent += 1,
            (SignpostState::Missed, Bearing::Consistent) => t.missed += 1,
            (SignpostState::Contradicted, Bearing::Consistent) => t.contradicted += 1,
            (SignpostState::Pending, Bearing::Consistent) => t.pending += 1,
            _ => {}
        }
    }
    t
}

/// The judgement of `scenario` in force at `as_of`: the latest dated on
/// or before it.
pub fn judgement_at(scenario: &Scenario, as_of: f64) -> Option<&Judgement> {
    scenario
        .judgements
        .iter()
        .rfind(|j| j.date.start_year_frac() <= as_of)
}

/// The likelihood of `scenario` over time as a step line: `(year, rank)`
/// points, each judgement held until the next, the last held to `until`.
pub fn likelihood_steps(scenario: &Scenario, until: f64) -> Vec<[f64; 2]> {
    let mut out: Vec<[f64; 2]> = Vec::with_capacity(scenario.judgements.len() * 2 + 1);
    for j in &scenario.judgements {
        let at = j.date.start_year_frac();
        if at > until {
            break;
        }
        // The word before holds until this judgement.
        if let Some(&[_, held]) = out.last() {
            out.push([at, held]);
        }
        out.push([at, j.likelihood.rank() as f64]);
    }
    if let Some(&[x, held]) = out.last()
        && x < until
    {
        out.push([until, held]);
    }
    out
}

impl Likelihood {
    /// The word with its range: "likely (55–80%)".
    pub fn with_range(self, lang: Lang) -> String {
        let (lo, hi) = self.range();
        format!("{} ({lo}–{hi}%)", self.label(lang))
    }
}

/// A signpost's window as fractional years: from its opening (or, for a
/// "by" window, from `watch_start`) to the end of its closing period.
pub fn window_years(signpost: &Signpost, watch_start: f64) -> (f64, f64) {
    let to = signpost.window.closes().end_year_frac();
    let from = signpost
        .window
        .opens()
        .map_or(watch_start, Date::start_year_frac)
        .min(to);
    (from, to)
}

/// Rows for intervals so that none overlaps another in its row (first fit
/// in start order, with `gap` years kept between neighbours); returns each
/// interval's row and the number of rows.
pub fn pack_rows(intervals: &[(f64, f64)], gap: f64) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    order.sort_by(|&a, &b| intervals[a].0.total_cmp(&intervals[b].0));
    let mut row_ends: Vec<f64> = Vec::new();
    let mut rows = vec![0; intervals.len()];
    for i in order {
        let (from, to) = intervals[i];
        let row = match row_ends.iter().position(|&end| end + gap <= from) {
            Some(r) => r,
            None => {
                row_ends.push(f64::NEG_INFINITY);
                row_ends.len() - 1
            }
        };
        row_ends[row] = to;
        rows[i] = row;
    }
    (rows, row_ends.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::types::{Confidence, Window};

    fn judgement(date: &str, likelihood: Likelihood) -> Judgement {
        Judgement {
            date: Date::parse(date).unwrap_or(Date::year(2000)),
            likelihood,
            confidence: Confidence::Low,
            rationale: "r".into(),
            rationale_ru: None,
            sources: vec![],
        }
    }

    fn scenario_with(judgements: Vec<Judgement>) -> Scenario {
        let ds = crate::model::load_embedded().unwrap_or_default();
        let mut s = ds
            .scenarios
            .first()
            .cloned()
            .unwrap_or_else(|| panic!("no scenario"));
        s.judgements = judgements;
        s
    }

    #[test]
    fn the_judgement_in_force_is_the_latest_not_after_the_date() {
        let s = scenario_with(vec![
            judgement("2023-10-12", Likelihood::Unlikely),
            judgement("2026-11", Likelihood::RoughlyEven),
        ]);
        assert!(judgement_at(&s, 2023.5).is_none());
        let at = |y| judgement_at(&s, y).map(|j| j.likelihood);
        assert_eq!(at(2024.0), Some(Likelihood::Unlikely));
        assert_eq!(at(2026.9), Some(Likelihood::RoughlyEven));
    }

    #[test]
    fn likelihood_steps_hold_each_word_until_the_next_and_stop_at_until() {
        let s = scenario_with(vec![
            judgement("2024", Likelihood::Unlikely),
            judgement("2026", Likelihood::Likely),
        ]);
        let steps = likelihood_steps(&s, 2027.0);
        assert_eq!(
            steps,
            vec![[2024.0, 2.0], [2026.0, 2.0], [2026.0, 4.0], [2027.0, 4.0]]
        );
        assert_eq!(
            likelihood_steps(&s, 2025.0),
            vec![[2024.0, 2.0], [2025.0, 2.0]]
        );
    }

    #[test]
    fn packed_rows_never_overlap_and_reuse_free_rows() {
        let intervals = [
            (2024.0, 2026.0),
            (2025.0, 2027.0),
            (2026.5, 2028.0),
            (2023.0, 2023.5),
        ];
        let (rows, n) = pack_rows(&intervals, 0.2);
        assert_eq!(n, 2);
        assert_eq!(rows, vec![0, 1, 0, 0]);
        for (i, a) in intervals.iter().enumerate() {
            for (j, b) in intervals.iter().enumerate().skip(i + 1) {
                if rows[i] == rows[j] {
                    assert!(
                        a.1 + 0.2 <= b.0 || b.1 + 0.2 <= a.0,
                        "{a:?} and {b:?} share a row"
                    );
                }
            }
        }
        assert_eq!(pack_rows(&[], 0.1), (vec![], 0));
    }

    #[test]
    fn a_window_closes_at_the_end_of_its_last_period() {
        let w = Window::Between(Date::year(2024), Date::year(2025));
        assert_eq!(w.closes().end_year_frac(), 2026.0);
        assert_eq!(w.opens().map(Date::start_year_frac), Some(2024.0));
        assert!(Window::By(Date::year(2025)).opens().is_none());
    }

    #[test]
    fn the_scale_has_seven_words_in_order_with_the_icd_203_ranges() {
        let ranges: Vec<(u8, u8)> = Likelihood::ALL.iter().map(|l| l.range()).collect();
        assert_eq!(
            ranges,
            [
                (1, 5),
                (5, 20),
                (20, 45),
                (45, 55),
                (55, 80),
                (80, 95),
                (95, 99)
            ]
        );
        assert_eq!(Likelihood::Likely.with_range(Lang::En), "likely (55–80%)");
        for (i, l) in Likelihood::ALL.iter().enumerate() {
            assert_eq!(l.rank(), i);
        }
    }
}
