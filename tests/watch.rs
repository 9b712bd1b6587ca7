//! The scenario watch: signpost states computed at dates, tallies, located
//! validation errors, the as-of replay in the app, and the board.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{ds, errors_of, semantic};
use egui_kittest::kittest::Queryable;
use rk_roadmap::model::types::{Evidence, Signpost, Window};
use rk_roadmap::model::watch::{SignpostState, change_points, state_at, tally};
use rk_roadmap::model::{DataTexts, Dataset, Date, LoadError, load_texts};

/// The 12 Nov 2025 declaration on alliance, a fact in the shipped data.
const DECLARATION: &str = "ev_alliance_declaration_2025";
/// The 2025 Rosatom decision, a fact.
const ROSATOM: &str = "ev_rosatom_npp";

fn year(text: &str) -> f64 {
    Date::parse(text).unwrap().start_year_frac()
}

fn signpost(id: &str, window: Window, evidence: Vec<Evidence>) -> Signpost {
    Signpost {
        id: id.into(),
        text: format!("test signpost {id}"),
        text_ru: None,
        window,
        indicates: "a test".into(),
        indicates_ru: None,
        consistent: vec!["sc_institutional_alliance".into()],
        inconsistent: vec!["sc_multivector_drift".into()],
        evidence,
    }
}

fn evidence(item: &str, against: bool) -> Evidence {
    Evidence {
        item: item.into(),
        against,
        reason: "test".into(),
        reason_ru: None,
    }
}

/// The shipped data with its signposts replaced by `signposts` on the
/// first scenario.
fn with_signposts(signposts: Vec<Signpost>) -> Dataset {
    let mut d = ds();
    for s in &mut d.scenarios {
        s.signposts.clear();
    }
    d.scenarios[0].signposts = signposts;
    d
}

#[test]
fn a_signpost_is_pending_until_its_evidence_and_observed_from_its_date() {
    let d = with_signposts(vec![signpost(
        "sp_test",
        Window::By(Date::parse("2026-12").unwrap()),
        vec![evidence(DECLARATION, false)],
    )]);
    let sp = &d.scenarios[0].signposts[0];
    assert_eq!(state_at(&d, sp, year("2024-01")), SignpostState::Pending);
    assert_eq!(state_at(&d, sp, year("2025-11-11")), SignpostState::Pending);
    assert_eq!(
        state_at(&d, sp, year("2025-11-12")),
        SignpostState::Observed
    );
    assert_eq!(state_at(&d, sp, year("2026-06")), SignpostState::Observed);
    // Still observed after its window closed.
    assert_eq!(state_at(&d, sp, year("2028")), SignpostState::Observed);
}

#[test]
fn a_signpost_without_evidence_is_missed_once_its_window_closes() {
    let d = with_signposts(vec![signpost(
        "sp_test",
        Window::Between(Date::year(2024), Date::parse("2025-06").unwrap()),
        vec![],
    )]);
    let sp = &d.scenarios[0].signposts[0];
    assert_eq!(state_at(&d, sp, year("2023-10-12")), SignpostState::Pending);
    assert_eq!(state_at(&d, sp, year("2025-06-30")), SignpostState::Pending);
    assert_eq!(state_at(&d, sp, year("2025-07-01")), SignpostState::Missed);
}

#[test]
fn evidence_against_contradicts_and_the_latest_evidence_decides() {
    let d = with_signposts(vec![signpost(
        "sp_test",
        Window::By(Date::year(2027)),
        vec![evidence(ROSATOM, false), evidence(DECLARATION, true)],
    )]);
    let sp = &d.scenarios[0].signposts[0];
    let rosatom = d.events.iter().find(|e| e.id == ROSATOM).unwrap();
    assert!(rosatom.date < Date::parse("2025-11-12").unwrap());
    assert_eq!(
        state_at(&d, sp, rosatom.date.start_year_frac()),
        SignpostState::Observed
    );
    assert_eq!(
        state_at(&d, sp, year("2025-12")),
        SignpostState::Contradicted
    );
}

#[test]
fn tallies_count_by_state_and_bearing() {
    let d = with_signposts(vec![
        signpost(
            "sp_a",
            Window::By(Date::year(2026)),
            vec![evidence(DECLARATION, false)],
        ),
        signpost("sp_b", Window::By(Date::year(2024)), vec![]),
        signpost("sp_c", Window::By(Date::year(2029)), vec![]),
        signpost(
            "sp_d",
            Window::By(Date::year(2029)),
            vec![evidence(ROSATOM, true)],
        ),
    ]);
    let at = year("2026-06");
    let ia = tally(&d, "sc_institutional_alliance", at);
    assert_eq!(
        (
            ia.observed_consistent,
            ia.missed,
            ia.pending,
            ia.contradicted
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(ia.observed_inconsistent, 0);
    let drift = tally(&d, "sc_multivector_drift", at);
    assert_eq!(
        (drift.observed_inconsistent, drift.observed_consistent),
        (1, 0)
    );
    // Not diagnostic for the fourth scenario: nothing counted.
    let bridge = tally(&d, "sc_expert_bridge", at);
    assert_eq!(bridge, Default::default());
    // Before the declaration, sp_a was pending.
    let earlier = tally(&d, "sc_institutional_alliance", year("2025-01"));
    assert_eq!((earlier.observed_consistent, earlier.pending), (0, 3));
    // The replay steps through the evidence dates and window ends.
    let points = change_points(&d);
    assert!(points.contains(&year("2025-11-12")), "{points:?}");
    assert!(points.windows(2).all(|w| w[0] < w[1]));
}

/// The shipped texts with `signpost` (RON) added to the first scenario.
fn with_ron_signpost(signpost: &str) -> DataTexts {
    with_ron_in_first_scenario("signposts", signpost)
}

/// Adds `entry` to the list `field` of the first scenario in the
/// shipped `scenarios.ron`, creating the list if it has none.
fn with_ron_in_first_scenario(field: &str, entry: &str) -> DataTexts {
    let mut texts = DataTexts::embedded();
    let text = texts.get("scenarios.ron").unwrap().to_owned();
    let second = text
        .find("\n        id: \"sc_leadership_diplomacy\"")
        .unwrap();
    let (first, rest) = text.split_at(second);
    let open = format!("\n        {field}: [\n");
    let patched = match first.find(&open) {
        Some(at) => {
            let at = at + open.len();
            format!("{}{entry},\n{}", &first[..at], &first[at..])
        }
        None => {
            let sources = first.rfind("\n        sources: [").unwrap();
            format!(
                "{}{open}{entry},\n        ],{}",
                &first[..sources],
                &first[sources..]
            )
        }
    };
    texts.set("scenarios.ron", format!("{patched}{rest}"));
    texts
}

fn ron_signpost(id: &str, window: &str, evidence: &str) -> String {
    format!(
        r#"            (
                id: "{id}",
                text: "A test signpost",
                window: {window},
                indicates: "a test",
                consistent: ["sc_institutional_alliance"],
                evidence: [{evidence}],
            )"#
    )
}

fn line_of(texts: &DataTexts, needle: &str) -> usize {
    texts
        .get("scenarios.ron")
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}

#[test]
fn unknown_evidence_is_a_located_error() {
    let texts = with_ron_signpost(&ron_signpost(
        "sp_test_unknown",
        "By(\"2027\")",
        "(item: \"ev_no_such_event\", reason: \"x\")",
    ));
    let errors = semantic(&errors_of(&texts));
    let line = line_of(&texts, "\"sp_test_unknown\"");
    assert!(
        errors
            .iter()
            .any(|(file, l, item, field, message)| file == "scenarios.ron"
                && *l == Some(line)
                && item == "sp_test_unknown"
                && field == "evidence"
                && message.contains("ev_no_such_event")),
        "{errors:?}"
    );
}

#[test]
fn evidence_must_be_a_dated_fact() {
    // A scheduled election is not a fact.
    let d = ds();
    let scheduled = d
        .elections
        .iter()
        .find(|e| e.status == rk_roadmap::model::Status::Scheduled)
        .unwrap();
    let texts = with_ron_signpost(&ron_signpost(
        "sp_test_scheduled",
        "By(\"2027\")",
        &format!("(item: \"{}\", reason: \"x\")", scheduled.id),
    ));
    let errors = semantic(&errors_of(&texts));
    assert!(
        errors
            .iter()
            .any(|(_, _, item, field, m)| item == "sp_test_scheduled"
                && field == "evidence"
                && m.contains("not recorded as a fact")),
        "{errors:?}"
    );
}

#[test]
fn a_window_ending_before_it_starts_is_a_located_error() {
    let texts = with_ron_signpost(&ron_signpost(
        "sp_test_window",
        "Between(\"2027-06\", \"2026\")",
        "",
    ));
    let errors = semantic(&errors_of(&texts));
    let line = line_of(&texts, "\"sp_test_window\"");
    assert!(
        errors
            .iter()
            .any(|(file, l, item, field, m)| file == "scenarios.ron"
                && *l == Some(line)
                && item == "sp_test_window"
                && field == "window"
                && m.contains("before it starts")),
        "{errors:?}"
    );
}

#[test]
fn a_signpost_consistent_with_no_scenario_is_an_error() {
    let texts = with_ron_signpost(&ron_signpost("sp_test_none", "By(\"2027\")", "").replace(
        "consistent: [\"sc_institutional_alliance\"]",
        "consistent: [], inconsistent: [\"sc_no_such\"]",
    ));
    let errors = semantic(&errors_of(&texts));
    let fields: Vec<(&str, &str)> = errors
        .iter()
        .filter(|e| e.2 == "sp_test_none")
        .map(|e| (e.3.as_str(), e.4.as_str()))
        .collect();
    assert!(
        fields
            .iter()
            .any(|(f, m)| *f == "consistent" && m.contains("at least one")),
        "{fields:?}"
    );
    assert!(
        fields
            .iter()
            .any(|(f, m)| *f == "inconsistent" && m.contains("sc_no_such")),
        "{fields:?}"
    );
}

fn ron_judgement(date: &str, likelihood: &str) -> String {
    format!(
        r#"            (
                date: "{date}",
                likelihood: {likelihood},
                confidence: Low,
                rationale: "This dataset's own assessment, for a test.",
                sources: ["src_white_paper"],
            )"#
    )
}

#[test]
fn a_likelihood_word_off_the_scale_is_a_located_syntax_error() {
    let texts = with_ron_in_first_scenario("judgements", &ron_judgement("2024", "Probable"));
    let errors = errors_of(&texts);
    let line = line_of(&texts, "likelihood: Probable");
    let found = errors.iter().find_map(|e| match e {
        LoadError::Syntax {
            file,
            line: l,
            col,
            message,
            ..
        } => Some((file.clone(), *l, *col, message.clone())),
        _ => None,
    });
    let (file, l, col, message) = found.unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!((file.as_str(), l), ("scenarios.ron", line));
    assert!(col > 1);
    assert!(message.contains("Probable"), "{message}");
    // The error lists the scale's words.
    assert!(message.contains("RoughlyEven"), "{message}");
}

#[test]
fn judgements_out_of_date_order_are_a_located_error() {
    let mut texts = with_ron_in_first_scenario("judgements", &ron_judgement("2025", "Likely"));
    let text = texts.get("scenarios.ron").unwrap().to_owned();
    // A second, earlier judgement after it.
    let entry = ron_judgement("2024", "Unlikely");
    let first = text.find("likelihood: Likely").unwrap();
    let close = first + text[first..].find("\n            )").unwrap() + "\n            )".len();
    texts.set(
        "scenarios.ron",
        format!("{},\n{entry}{}", &text[..close], &text[close..]),
    );
    let errors = semantic(&errors_of(&texts));
    assert!(
        errors
            .iter()
            .any(|(f, _, item, field, m)| f == "scenarios.ron"
                && item == "sc_institutional_alliance"
                && field == "judgements"
                && m.contains("date order")),
        "{errors:?}"
    );
}

#[test]
fn a_valid_signpost_loads() {
    let texts = with_ron_signpost(&ron_signpost(
        "sp_test_valid",
        "Between(\"2024\", \"2027\")",
        &format!("(item: \"{DECLARATION}\", reason: \"the declaration\")"),
    ));
    let d = load_texts(&texts).unwrap_or_else(|e| panic!("{e}"));
    let sp = d.scenarios[0]
        .signposts
        .iter()
        .find(|s| s.id == "sp_test_valid")
        .unwrap();
    assert_eq!(state_at(&d, sp, year("2026")), SignpostState::Observed);
}

#[test]
fn the_shipped_data_has_five_signposts_and_two_judgements_per_scenario() {
    let d = ds();
    for s in &d.scenarios {
        assert!(
            s.signposts.len() >= 5,
            "{} has {} signposts",
            s.id,
            s.signposts.len()
        );
        assert!(
            s.judgements.len() >= 2,
            "{} has {} judgements",
            s.id,
            s.judgements.len()
        );
        let first = &s.judgements[0];
        assert_eq!(first.date, Date::parse("2023-10-12").unwrap(), "{}", s.id);
        for j in &s.judgements {
            assert!(
                j.rationale.contains("own assessment"),
                "{}: a judgement must say it is the dataset's own assessment",
                s.id
            );
        }
    }
    // Replaying from the white paper to today, signposts resolve.
    let start = year("2023-10-12");
    let today = year("2026-12-01");
    let resolved = |at: f64| {
        rk_roadmap::model::watch::all_signposts(&d)
            .filter(|(_, sp)| state_at(&d, sp, at) != SignpostState::Pending)
            .count()
    };
    assert!(
        resolved(today) > resolved(start),
        "nothing resolves between 2023 and today"
    );
}

fn harness_with(d: Dataset) -> egui_kittest::Harness<'static, rk_roadmap::App> {
    use rk_roadmap::model::layout::TimeView;
    let state = rk_roadmap::state::AppState {
        view: TimeView {
            start_year: 2024.5,
            end_year: 2026.6,
        },
        ..Default::default()
    };
    let app = rk_roadmap::App::new(Ok(d), None, state).with_today(common::TODAY);
    common::harness_of(app, common::WINDOW)
}

#[test]
fn moving_the_as_of_date_changes_the_board_and_hides_later_facts() {
    use eframe::egui;
    let d = with_signposts(vec![signpost(
        "sp_kittest",
        Window::By(Date::parse("2026-12").unwrap()),
        vec![evidence(DECLARATION, false)],
    )]);
    let title = d
        .events
        .iter()
        .find(|e| e.id == DECLARATION)
        .unwrap()
        .title
        .clone();
    let mut h = harness_with(d);
    h.run();
    assert!(h.query_by_label_contains(&title).is_some());
    h.get_by_label("Scenario watch").click();
    h.run();
    // Today the declaration has happened: the signpost is observed.
    assert!(h.query_by_label("observed").is_some());
    assert!(h.query_by_label("pending").is_none());
    h.get_by_label("As of a date…").click();
    h.run();
    h.get_by_label("As-of date").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("As-of date").type_text("2025-01");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().state().as_of, Some(year("2025-01")));
    assert!(h.query_by_label("pending").is_some());
    assert!(h.query_by_label("observed").is_none());
    // The heading says the date.
    assert!(
        h.query_by_label_contains("Scenario watch as of 1 Jan 2025")
            .is_some()
    );
    // Later facts hidden on the timeline, then only dimmed.
    h.get_by_label("hide later facts").click();
    h.run();
    h.get_by_label("Timeline").click();
    h.run();
    assert!(h.query_by_label_contains(&title).is_none());
    h.get_by_label("dim later facts").click();
    h.run();
    assert!(h.query_by_label_contains(&title).is_some());
    // Back to today, by its button; and by Esc, once nothing is selected.
    h.get_by_label("Back to today").click();
    h.run();
    assert_eq!(h.state().state().as_of, None);
    h.state_mut()
        .run_command(rk_roadmap::command::Command::SetAsOf(Some(year("2025-01"))));
    h.state_mut()
        .run_command(rk_roadmap::command::Command::Select(Some(
            ROSATOM.to_owned(),
        )));
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().state().selected, None);
    assert!(h.state().state().as_of.is_some(), "the first Esc unselects");
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().state().as_of, None);
}

#[test]
fn a_replay_steps_to_each_change_and_ends_at_today() {
    let d = with_signposts(vec![
        signpost(
            "sp_a",
            Window::By(Date::year(2026)),
            vec![evidence(ROSATOM, false)],
        ),
        signpost(
            "sp_b",
            Window::By(Date::year(2027)),
            vec![evidence(DECLARATION, false)],
        ),
    ]);
    let points = change_points(&d);
    let mut app = rk_roadmap::App::new(Ok(d), None, Default::default()).with_today(common::TODAY);
    app.run_command(rk_roadmap::command::Command::SetAsOf(Some(2024.0)));
    app.run_command(rk_roadmap::command::Command::Replay(true));
    let mut h = common::harness_of(app, common::WINDOW);
    let mut seen = Vec::new();
    for _ in 0..40 {
        h.step();
        let at = h.state().state().as_of;
        if seen.last() != Some(&at) {
            seen.push(at);
        }
        if at.is_none() {
            break;
        }
    }
    assert!(seen.len() >= 3, "{seen:?}");
    assert!(!points.is_empty());
    assert_eq!(seen.first(), Some(&Some(2024.0)));
    assert_eq!(seen.last(), Some(&None), "{seen:?}");
}

/// The board today and the timeline replayed to mid-2025 with two
/// scenarios' signposts, at 1600×1000 and (the board) 1000×700.
#[test]
fn watch_board_and_replay_snapshots() {
    use eframe::egui;
    use rk_roadmap::command::Command;
    use rk_roadmap::model::layout::TimeView;
    use rk_roadmap::state::Tab;
    let mut results = egui_kittest::SnapshotResults::new();
    for (w, hgt) in [(1000.0, 700.0), (1600.0, 1000.0)] {
        let mut h = common::snapshot_harness_of(common::app(), egui::vec2(w, hgt));
        h.state_mut().run_command(Command::SetTab(Tab::Watch));
        h.run();
        // Every signpost of the shipped data is on the board.
        let n = h.state().dataset().signpost_count();
        assert!(n >= 20, "{n}");
        h.snapshot(format!("watch_board_{w}x{hgt}"));
        results.extend_harness(&mut h);
    }
    let mut h = common::snapshot_harness_of(common::app(), egui::vec2(1600.0, 1000.0));
    for id in ["sc_institutional_alliance", "sc_multivector_drift"] {
        h.state_mut()
            .run_command(Command::ToggleScenario(id.into()));
    }
    h.state_mut().run_command(Command::SetView(TimeView {
        start_year: 2023.4,
        end_year: 2027.4,
    }));
    h.state_mut()
        .run_command(Command::SetAsOf(Some(year("2025-07-01"))));
    h.run();
    assert!(h.query_all_by_label_contains("Signpost: ").count() >= 10);
    h.snapshot("watch_replay_2025");
    results.extend_harness(&mut h);
}

fn rk(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rk-roadmap"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn signposts_csv_gives_each_signposts_state_as_of_a_date() {
    let d = ds();
    let n = d.signpost_count();
    let state_of = |csv: &str, id: &str| {
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let col = headers.iter().position(|h| h == "state").unwrap();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), n);
        rows.iter()
            .find(|r| &r[0] == id)
            .map(|r| r[col].to_owned())
            .unwrap()
    };
    // Resolved by the 12 Nov 2025 declaration.
    let id = "sp_ia_alliance_mandate_2028";
    let before = rk(&[
        "export",
        "--format",
        "signposts-csv",
        "--as-of",
        "2024-01-01",
    ]);
    assert_eq!(state_of(&before, id), "pending");
    let after = rk(&[
        "export",
        "--format",
        "signposts-csv",
        "--as-of",
        "2026-01-01",
    ]);
    assert_eq!(state_of(&after, id), "observed");
    assert!(after.contains(DECLARATION));
}

#[test]
fn the_brief_has_the_board_as_of_its_date_and_check_counts_the_watch() {
    let md = rk(&["export", "--format", "md", "--as-of", "2025-07-01"]);
    assert!(
        md.contains("## Scenario watch as of 1 Jul 2025"),
        "{}",
        &md[..200]
    );
    assert!(md.contains("| Scenario | Judgement in force |"));
    // Facts from after the date are left out of the brief's events.
    let d = ds();
    let later = d.events.iter().find(|e| e.id == DECLARATION).unwrap();
    assert!(!md.contains(&format!("### {}", later.title)));
    let now = rk(&["export", "--format", "md"]);
    assert!(now.contains(&format!("### {}", later.title)));
    let check = rk(&["check"]);
    let signposts = d.signpost_count();
    let judgements: usize = d.scenarios.iter().map(|s| s.judgements.len()).sum();
    assert!(
        check.contains(&format!("{signposts} signposts, {judgements} judgements")),
        "{check}"
    );
}

/// At 1000×700 in Kazakh, every signpost's state is in view beside its
/// row (the state column was 104 px and «теріске шығарылды» ran past the
/// panel's edge; a long scenario title widened the text column), and the
/// columns' codes are named in full above the grid.
#[test]
fn the_board_fits_a_small_window_in_kazakh() {
    use eframe::egui;
    use rk_roadmap::command::Command;
    use rk_roadmap::model::Lang;
    let app = common::app();
    let mut h = common::harness_of(app, egui::vec2(1000.0, 700.0));
    h.state_mut().run_command(Command::SetLang(Lang::Kk));
    h.state_mut()
        .run_command(Command::SetTab(rk_roadmap::state::Tab::Watch));
    h.run();
    let edge = h.get_by_label("Толық мәлімет").rect().left() - 12.0;
    let mut states = 0;
    for state in SignpostState::ALL {
        for node in h.query_all_by_label(state.label(Lang::Kk)) {
            let r = node.rect();
            assert!(r.right() <= edge, "{state:?} at {r:?} past {edge}");
            states += 1;
        }
    }
    let shipped = h.state().dataset().signpost_count();
    assert_eq!(states, shipped, "one state per signpost");
    let legend = h
        .state()
        .dataset()
        .scenarios
        .iter()
        .map(|s| s.title_ru.clone().unwrap_or_default())
        .map(|t| t.split(':').next().unwrap_or_default().trim().to_owned())
        .collect::<Vec<_>>();
    for title in legend {
        // The legend's entry: the column's code, then the short title.
        let code: String = title.chars().take(3).collect();
        let entry = format!("{code} {title}");
        assert!(
            h.query_by_label(&entry).is_some(),
            "no legend entry {entry}"
        );
    }
}

/// Scrolled down into the signposts grid at 1000×700, the board pins the
/// grid's column headings at its top (they had scrolled away, leaving
/// columns of codes and marks nobody could place); at the board's top,
/// where the grid's own heading row is in view, nothing is pinned.
#[test]
fn the_grid_keeps_its_column_headings_in_view() {
    use eframe::egui;
    use rk_roadmap::command::Command;
    use rk_roadmap::state::Tab;
    let mut h = common::harness_of(common::app(), egui::vec2(1000.0, 700.0));
    h.state_mut().run_command(Command::SetTab(Tab::Watch));
    h.run();
    assert!(h.query_by_label("Pinned column headings").is_none());
    let board = h.get_by_label("Signposts").rect();
    let over = egui::pos2(500.0, 400.0);
    for _ in 0..60 {
        if h.query_by_label("Pinned column headings").is_some() {
            break;
        }
        h.event(egui::Event::PointerMoved(over));
        common::wheel(&mut h, -80.0);
        h.run_steps(4);
    }
    let pinned = h.get_by_label("Pinned column headings").rect();
    let heading = h.get_by_label("Signpost and window").rect();
    assert!(
        heading.bottom() < pinned.top(),
        "{heading:?} still in view under {pinned:?}"
    );
    assert!(
        pinned.top() < board.top(),
        "{pinned:?} not at the board's top"
    );
    assert!(
        pinned.height() >= 18.0 && pinned.height() < 40.0,
        "{pinned:?}"
    );
}
