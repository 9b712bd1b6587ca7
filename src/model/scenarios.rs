//! Pure scenario computations: an institution's stage in a given year, the
//! indicators derived from the lifecycles, and the difference between two
//! scenarios.

use super::dataset::Dataset;
use super::lang::Lang;
use super::types::{
    FactorKind, Id, Institution, Lifecycle, ProjectedEvent, Scenario, Stage, StageAt, Status,
};

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

/// The latest stage beyond "proposed" that `lifecycle` projects as reached
/// in a year that is over by `today` (a fractional year), when the data
/// records no such step for the institution: it is still a proposal with
/// no founding date. `None` when the data keeps pace with the scenario.
pub fn behind<'a>(inst: &Institution, lifecycle: &'a Lifecycle, today: f64) -> Option<&'a StageAt> {
    let recorded = !inst.proposed || inst.founded.is_some() || inst.status != Status::Proposed;
    if recorded {
        return None;
    }
    lifecycle.stages.iter().rev().find(|s| {
        !s.stage.is_terminal() && s.stage != Stage::Proposed && f64::from(s.year + 1) <= today
    })
}

/// The first year in which the scenarios differ: an institution's stage,
/// or a projected event that only some of them hold (by its year). `None`
/// when they agree throughout (or fewer than two are given).
pub fn divergence_year(scenarios: &[&Scenario]) -> Option<i32> {
    let [first, rest @ ..] = scenarios else {
        return None;
    };
    if rest.is_empty() {
        return None;
    }
    let mut years: Vec<i32> = Vec::new();
    for other in rest {
        let d = diff(first, other);
        years.extend(d.only_a.iter().chain(&d.only_b).map(|p| p.date.year));
        for (id, sa, sb) in &d.stages {
            let lc = |stages: &[StageAt]| Lifecycle {
                institution: (*id).clone(),
                stages: stages.to_vec(),
            };
            let (la, lb) = (lc(sa), lc(sb));
            let span = sa.iter().chain(sb.iter()).map(|s| s.year);
            let (lo, hi) = (span.clone().min().unwrap_or(0), span.max().unwrap_or(0));
            if let Some(y) = (lo..=hi).find(|&y| stage_in(&la, y) != stage_in(&lb, y)) {
                years.push(y);
            }
        }
    }
    years.into_iter().min()
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

    fn shipped() -> crate::model::Dataset {
        crate::model::load_embedded().expect("the embedded dataset loads")
    }

    #[test]
    fn a_proposal_is_behind_a_scenario_whose_stage_year_is_over() {
        let ds = shipped();
        let inst = ds
            .institutions
            .iter()
            .find(|i| i.proposed && i.founded.is_none() && i.status == Status::Proposed)
            .expect("a proposed institution");
        let l = Lifecycle {
            institution: inst.id.clone(),
            stages: vec![
                StageAt {
                    stage: Stage::Proposed,
                    year: 2023,
                },
                StageAt {
                    stage: Stage::Agreed,
                    year: 2025,
                },
                StageAt {
                    stage: Stage::Operating,
                    year: 2027,
                },
            ],
        };
        assert_eq!(behind(inst, &l, 2025.5), None, "2025 is not over yet");
        assert_eq!(
            behind(inst, &l, 2026.9).map(|s| s.stage),
            Some(Stage::Agreed)
        );
        assert_eq!(
            behind(inst, &l, 2028.1).map(|s| s.stage),
            Some(Stage::Operating)
        );
        let mut founded = inst.clone();
        founded.founded = Some(crate::model::Date::year(2025));
        assert_eq!(
            behind(&founded, &l, 2028.1),
            None,
            "the data records a founding"
        );
    }

    #[test]
    fn scenarios_diverge_at_the_first_differing_year() {
        let ds = shipped();
        let s: Vec<&Scenario> = ds.scenarios.iter().collect();
        let year = divergence_year(&s[..2]).expect("the first two scenarios differ");
        assert!((2023..=2031).contains(&year), "{year}");
        assert_eq!(divergence_year(&s[..1]), None);
        assert_eq!(divergence_year(&[s[0], s[0]]), None);
        // No difference earlier than the year found.
        let d = diff(s[0], s[1]);
        assert!(
            d.only_a
                .iter()
                .chain(&d.only_b)
                .all(|p| p.date.year >= year)
        );
    }

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
