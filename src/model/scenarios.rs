//! Pure scenario computations: an institution's stage in a given year, the
//! indicators derived from the lifecycles, and the difference between two
//! scenarios.

use super::dataset::Dataset;
use super::lang::Lang;
use super::types::{FactorKind, Id, Lifecycle, ProjectedEvent, Scenario, Stage, StageAt};

/// The stage a lifecycle has reached by the end of `year` (the last stage
/// whose year is not after it), or `None` before the first stage.
pub fn stage_in(lifecycle: &Lifecycle, year: i32) -> Option<Stage> {
    lifecycle
        .stages
        .iter()
        .take_while(|s| s.year <= year)
        .last()
        .map(|s| s.stage)
}

/// Proposed institutions operating under `scenario` in `year`.
pub fn operating_in(scenario: &Scenario, year: i32) -> Vec<&Id> {
    scenario
        .lifecycles
        .iter()
        .filter(|l| stage_in(l, year) == Some(Stage::Operating))
        .map(|l| &l.institution)
        .collect()
}

/// The number of road-map institutions operating in `year`.
pub fn operating_count(scenario: &Scenario, year: i32) -> usize {
    operating_in(scenario, year).len()
}

/// The share (0–1) of the white paper's risks (factors of kind Risk) that at
/// least one road-map institution operating in `year` answers, with the
/// counts `(answered, risks)`.
pub fn risk_share(ds: &Dataset, scenario: &Scenario, year: i32) -> (f64, usize, usize) {
    let operating = operating_in(scenario, year);
    let risks: Vec<&Id> = ds
        .factors
        .iter()
        .filter(|f| f.kind == FactorKind::Risk)
        .map(|f| &f.id)
        .collect();
    let answered = risks
        .iter()
        .filter(|risk| {
            operating
                .iter()
                .filter_map(|id| ds.institution(id))
                .any(|inst| inst.answers.iter().any(|a| a == **risk))
        })
        .count();
    let share = if risks.is_empty() {
        0.0
    } else {
        answered as f64 / risks.len() as f64
    };
    (share, answered, risks.len())
}

/// How two scenarios differ.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScenarioDiff<'a> {
    /// Projected events of A with no counterpart in B.
    pub only_a: Vec<&'a ProjectedEvent>,
    /// Projected events of B with no counterpart in A.
    pub only_b: Vec<&'a ProjectedEvent>,
    /// Institutions whose stages or stage years differ: (id, A's, B's).
    pub stages: Vec<(&'a Id, &'a [StageAt], &'a [StageAt])>,
}

/// The lower-cased words of a title, without "(projected)".
fn words(title: &str) -> std::collections::BTreeSet<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && *w != "projected")
        .map(str::to_lowercase)
        .collect()
}

/// Two projected events are counterparts — the same projection in both
/// scenarios — when they fall in the same lane and year and their titles
/// share at least 60% of their words. Events about the same institution with
/// different outcomes are not counterparts.
pub fn counterparts(a: &ProjectedEvent, b: &ProjectedEvent) -> bool {
    if a.lane != b.lane || a.date.year != b.date.year {
        return false;
    }
    let (wa, wb) = (words(&a.title), words(&b.title));
    let union = wa.union(&wb).count();
    union > 0 && wa.intersection(&wb).count() * 10 >= union * 6
}

/// What differs between scenarios `a` and `b`.
pub fn diff<'a>(a: &'a Scenario, b: &'a Scenario) -> ScenarioDiff<'a> {
    let only = |x: &'a Scenario, y: &'a Scenario| -> Vec<&'a ProjectedEvent> {
        x.projected
            .iter()
            .filter(|p| !y.projected.iter().any(|q| counterparts(p, q)))
            .collect()
    };
    let stages = a
        .lifecycles
        .iter()
        .filter_map(|la| {
            let lb = b
                .lifecycles
                .iter()
                .find(|l| l.institution == la.institution)?;
            (la.stages != lb.stages).then_some((
                &la.institution,
                la.stages.as_slice(),
                lb.stages.as_slice(),
            ))
        })
        .collect();
    ScenarioDiff {
        only_a: only(a, b),
        only_b: only(b, a),
        stages,
    }
}

/// "proposed 2023, agreed 2027, operating 2029".
pub fn stages_text(stages: &[StageAt], lang: Lang) -> String {
    stages
        .iter()
        .map(|s| format!("{} {}", s.stage.label(lang), s.year))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lifecycle(stages: &[(Stage, i32)]) -> Lifecycle {
        Lifecycle {
            institution: "inst_x".into(),
            stages: stages
                .iter()
                .map(|&(stage, year)| StageAt { stage, year })
                .collect(),
        }
    }

    #[test]
    fn stages_hold_from_their_year_on() {
        let l = lifecycle(&[
            (Stage::Proposed, 2023),
            (Stage::Agreed, 2027),
            (Stage::Operating, 2029),
        ]);
        assert_eq!(stage_in(&l, 2022), None);
        assert_eq!(stage_in(&l, 2023), Some(Stage::Proposed));
        assert_eq!(stage_in(&l, 2028), Some(Stage::Agreed));
        assert_eq!(stage_in(&l, 2030), Some(Stage::Operating));
        let stalled = lifecycle(&[(Stage::Proposed, 2023), (Stage::Stalled, 2029)]);
        assert_eq!(stage_in(&stalled, 2031), Some(Stage::Stalled));
    }
}
