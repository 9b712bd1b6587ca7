//! Deep links reproduce a view: every field of "copy view as command" comes
//! back when the command is run; a deep link opens exactly what it names;
//! unknown ids are reported in the app.

mod common;

use clap::Parser as _;
use rk_roadmap::App;
use rk_roadmap::cli::{Cli, deep_link, shell_word, view_command};
use rk_roadmap::command::{Command, DeepLink};
use rk_roadmap::model::Status;
use rk_roadmap::model::layout::TimeView;
use rk_roadmap::state::{AppState, Lang, Tab};

/// Splits a command line the way a POSIX shell does for the words
/// `view_command` writes: bare words and single-quoted ones.
fn shell_split(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quoted = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('\'', false) => {
                quoted = true;
                in_word = true;
            }
            ('\'', true) => quoted = false,
            (' ', false) => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                }
                in_word = false;
            }
            ('\\', false) => {
                word.extend(chars.next());
                in_word = true;
            }
            _ => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

#[test]
fn shell_words_survive_the_shell() {
    for text in ["plain", "two words", "it's «quoted»", "a'b'c", ""] {
        let line = format!("x {}", shell_word(text));
        assert_eq!(
            shell_split(&line),
            vec!["x".to_owned(), text.to_owned()],
            "{line}"
        );
    }
}

/// An app whose state sets every field a view command carries.
fn every_field_set() -> App {
    let mut app = common::app();
    let ds = app.dataset().clone();
    let mut filter = app.state().filter.clone();
    filter.query = "forum 'summit'".to_owned();
    filter.tags.insert("energy".to_owned());
    filter.hidden_lanes.insert("global".to_owned());
    filter.hidden_statuses.insert(Status::Unconfirmed);
    filter.people.insert("tokayev".to_owned());
    for c in [
        Command::SetView(TimeView {
            start_year: 2021.25,
            end_year: 2023.75,
        }),
        Command::SetTab(Tab::RoadMap),
        Command::SetLang(Lang::Ru),
        Command::ToggleScenario(ds.scenarios[0].id.clone()),
        Command::ToggleScenario(ds.scenarios[2].id.clone()),
        Command::Select(Some("el_kz_pres_2022".to_owned())),
        Command::SetFilter(filter),
        Command::ToggleLane("bilateral".to_owned()),
        Command::SetLaterFacts(rk_roadmap::state::LaterFacts::Hide),
        Command::SetAsOf(Some(2025.5)),
    ] {
        app.run_command(c);
    }
    app
}

/// Runs `command` as the binary would: parsed by clap, opened in a fresh app.
fn reopen(command: &str) -> (App, Vec<String>) {
    let cli =
        Cli::try_parse_from(shell_split(command)).unwrap_or_else(|e| panic!("{command}: {e}"));
    let mut app = common::app();
    let warnings = app.apply_deep_link(deep_link(&cli));
    (app, warnings)
}

#[test]
fn copy_view_as_command_round_trips_every_field() {
    let app = every_field_set();
    let command = app.view_command();
    let (again, warnings) = reopen(&command);
    assert!(warnings.is_empty(), "{warnings:?}");
    let (a, b) = (app.state(), again.state());
    assert!(
        (a.active_view().start_year - b.active_view().start_year).abs() < 1.0 / 365.0,
        "{command}"
    );
    assert!(
        (a.active_view().span_years() - b.active_view().span_years()).abs() < 0.01,
        "{command}"
    );
    assert_eq!(a.tab, b.tab, "tab: {command}");
    assert_eq!(a.lang, b.lang, "language: {command}");
    assert_eq!(a.scenarios_on, b.scenarios_on, "scenarios: {command}");
    assert_eq!(a.selected, b.selected, "selection: {command}");
    assert_eq!(a.filter.query, b.filter.query, "search: {command}");
    assert_eq!(a.filter.tags, b.filter.tags, "tags: {command}");
    assert_eq!(
        a.filter.hidden_lanes, b.filter.hidden_lanes,
        "hidden lanes: {command}"
    );
    assert_eq!(
        a.filter.hidden_statuses, b.filter.hidden_statuses,
        "statuses: {command}"
    );
    assert_eq!(a.filter.people, b.filter.people, "people: {command}");
    assert_eq!(
        a.collapsed_lanes, b.collapsed_lanes,
        "collapsed lanes: {command}"
    );
    let day = |at: Option<f64>| at.and_then(rk_roadmap::model::Date::from_year_frac);
    assert!(a.as_of.is_some());
    assert_eq!(day(a.as_of), day(b.as_of), "as of: {command}");
    assert_eq!(a.later_facts, b.later_facts, "later facts: {command}");
    // And the filter really applies in the reopened app.
    assert_eq!(app.index().match_count(), again.index().match_count());
}

#[test]
fn each_field_alone_round_trips() {
    let base = common::app();
    let default_command = base.view_command();
    let every = every_field_set();
    let full = every.view_command();
    // Every flag of the full command appears in it, and is absent from the
    // default view's command except the always-written ones.
    for flag in [
        "--tab roadmap",
        "--lang ru",
        "--scenario ",
        "--select el_kz_pres_2022",
        "--search ",
        "--tag energy",
        "--hide-lane global",
        "--hide-status unconfirmed",
        "--person tokayev",
        "--collapse bilateral",
    ] {
        assert!(full.contains(flag), "{flag} missing from {full}");
        if !flag.starts_with("--tab") && !flag.starts_with("--lang") {
            assert!(
                !default_command.contains(flag),
                "{flag} in {default_command}"
            );
        }
    }
    let (again, _) = reopen(&default_command);
    assert_eq!(again.state().filter, base.state().filter);
    assert_eq!(again.state().tab, Tab::Timeline);
}

#[test]
fn a_deep_link_opens_exactly_its_view_not_the_saved_one() {
    // What from_creation_context does with a saved state and a link.
    let saved = {
        let app = every_field_set();
        app.state().clone()
    };
    let link = DeepLink {
        scenarios: vec!["sc_multivector_drift".to_owned()],
        ..DeepLink::default()
    };
    assert!(!link.is_empty());
    assert!(DeepLink::default().is_empty());
    let state = rk_roadmap::app::link::opening_state(saved.clone(), &link);
    assert_eq!(state.theme, saved.theme);
    // Without a link the saved state comes back whole.
    assert_eq!(
        rk_roadmap::app::link::opening_state(saved.clone(), &DeepLink::default()),
        saved
    );
    let mut app = App::new(rk_roadmap::model::load_embedded(), None, state);
    let warnings = app.apply_deep_link(link);
    assert!(warnings.is_empty());
    let s = app.state();
    assert_eq!(
        s.scenarios_on.len(),
        1,
        "only the linked scenario: {:?}",
        s.scenarios_on
    );
    assert!(s.collapsed_lanes.is_empty() && s.selected.is_none());
}

#[test]
fn unknown_ids_are_reported_in_the_app_and_skipped() {
    let (app, warnings) =
        reopen("rk-roadmap --scenario sc_x --select nope_id --hide-lane no_lane --person nobody");
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    let notice = app.state().notice.clone().unwrap_or_default();
    assert!(
        notice.contains("nope_id") && notice.contains("sc_x"),
        "{notice}"
    );
    assert!(app.state().selected.is_none());
    assert!(app.state().filter.hidden_lanes.is_empty());
    // The notice is on screen.
    let mut h = common::harness_of(app, common::WINDOW);
    h.run();
    use egui_kittest::kittest::Queryable as _;
    assert!(h.query_by_label_contains("nope_id").is_some());
}

/// In a Russian or Kazakh window the top bar says it in that language, and
/// the terminal in English.
#[test]
fn unknown_ids_are_reported_in_the_interface_language() {
    let (app, warnings) = reopen("rk-roadmap --lang ru --select nope_id --person nobody");
    assert_eq!(
        warnings,
        [
            "No such item to select: `nope_id`",
            "No such person in the data: `nobody`"
        ]
    );
    let notice = app.state().notice.clone().unwrap_or_default();
    assert_eq!(
        notice,
        "Не найден элемент для выбора: `nope_id`; В данных нет персоны: `nobody`"
    );
    let (app, _) = reopen("rk-roadmap --lang kk --scenario sc_x --hide-lane no_lane");
    assert_eq!(
        app.state().notice.as_deref(),
        Some("Деректерде мұндай сценарий жоқ: `sc_x`; Деректерде мұндай жолақ жоқ: `no_lane`")
    );
}

#[test]
fn bad_arguments_are_refused() {
    for args in [
        vec!["rk-roadmap", "--span", "2w"],
        vec!["rk-roadmap", "--at", "2022-13"],
        vec!["rk-roadmap", "--tab", "nowhere"],
        vec!["rk-roadmap", "--lang", "de"],
        vec!["rk-roadmap", "--hide-status", "rumour"],
    ] {
        assert!(Cli::try_parse_from(&args).is_err(), "{args:?}");
    }
    // The default view's command names the full span on the timeline in English.
    let command = view_command(None, &AppState::default());
    assert!(
        command.contains("--tab timeline") && command.contains("--lang en"),
        "{command}"
    );
}

#[test]
fn a_deep_link_opens_the_kazakh_interface_and_its_command_says_so() {
    let (app, warnings) = reopen("rk-roadmap --lang kk --tab compare");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(app.state().lang, Lang::Kk);
    let command = app.view_command();
    assert!(command.contains("--lang kk"), "{command}");
    let (again, _) = reopen(&command);
    assert_eq!(again.state().lang, Lang::Kk);
    assert_eq!(again.state().tab, Tab::Compare);
}
