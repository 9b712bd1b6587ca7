#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Hostile input never crashes or hangs the loader: every case gives a
//! located, readable error, `check` exits 1, a failed reload keeps the last
//! good data, and the app never writes to the data directory.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use rk_roadmap::App;
use rk_roadmap::model::load::{DATA_FILES, EMBEDDED, MAX_FILE_BYTES};
use rk_roadmap::model::{DataTexts, LoadError, load_dir, load_texts};
use rk_roadmap::state::AppState;

/// A fresh copy of the embedded data in a temporary directory.
fn data_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rk-robust-{}-{name}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in EMBEDDED {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

fn errors_in(dir: &Path) -> Vec<LoadError> {
    match load_dir(dir) {
        Ok(_) => panic!("{} loaded", dir.display()),
        Err(e) => e.0,
    }
}

/// `check --data dir` exits 1 and prints `expected` on stderr.
fn check_fails(dir: &Path, expected: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_rk-roadmap"))
        .args(["check", "--data"])
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(expected), "`{expected}` not in {stderr}");
}

#[test]
fn empty_file() {
    let dir = data_dir("empty");
    std::fs::write(dir.join("events.ron"), "  \n").unwrap();
    let errors = errors_in(&dir);
    assert!(
        matches!(&errors[0], LoadError::Syntax { file, line: 1, message, .. } if file == "events.ron" && message.contains("empty")),
        "{errors:?}"
    );
    check_fails(&dir, "events.ron:1:1: the file is empty");
}

#[test]
fn an_absent_kind_is_empty_and_references_to_it_are_named() {
    let dir = data_dir("missing");
    std::fs::remove_file(dir.join("elections.ron")).unwrap();
    let errors = errors_in(&dir);
    // Terms name their elections; a signpost may cite one as evidence.
    assert!(
        errors
            .iter()
            .all(|e| matches!(e, LoadError::Semantic { file, field, .. }
            if file == "terms.ron" || (file == "scenarios.ron" && field == "evidence"))),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, LoadError::Semantic { file, .. } if file == "terms.ron"))
    );
    check_fails(&dir, "not among the elections");
}

#[test]
fn non_utf8_bytes() {
    let dir = data_dir("utf8");
    let mut bytes = EMBEDDED[3].1.as_bytes().to_vec();
    let at = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    bytes.insert(at + 3, 0xFF);
    std::fs::write(dir.join(EMBEDDED[3].0), bytes).unwrap();
    let errors = errors_in(&dir);
    assert_eq!(
        errors,
        vec![LoadError::NotUtf8 {
            file: EMBEDDED[3].0.into(),
            line: 2,
            col: 4
        }]
    );
    check_fails(&dir, &format!("{}:2:4: not valid UTF-8", EMBEDDED[3].0));
}

#[test]
fn a_file_of_hundreds_of_megabytes() {
    let dir = data_dir("huge");
    let file = std::fs::File::create(dir.join("figures.ron")).unwrap();
    file.set_len(300 * 1024 * 1024).unwrap(); // sparse: no disk used
    let started = Instant::now();
    let errors = errors_in(&dir);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(
        matches!(&errors[0], LoadError::TooLarge { file, bytes, limit } if file == "figures.ron" && *bytes == 300 * 1024 * 1024 && *limit == MAX_FILE_BYTES),
        "{errors:?}"
    );
    check_fails(&dir, "figures.ron: file is 314572800 bytes, more than the");
}

#[test]
fn deeply_nested_values() {
    let dir = data_dir("nested");
    let deep = format!("[{}{}]", "[".repeat(100_000), "]".repeat(100_000));
    std::fs::write(dir.join("lanes.ron"), deep).unwrap();
    let started = Instant::now();
    let errors = errors_in(&dir);
    // The typed parser stops at the first value of the wrong shape, so depth
    // never builds up (and RON's own recursion limit is set as well).
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        matches!(&errors[0], LoadError::Syntax { file, line: 1, col: 2, .. } if file == "lanes.ron"),
        "{errors:?}"
    );
    check_fails(&dir, "lanes.ron:1:2: Expected opening `(`");
    // Nesting where a field's value should be.
    let deep = format!("[(id: {}\"x\"{})]", "(".repeat(50_000), ")".repeat(50_000));
    std::fs::write(dir.join("lanes.ron"), deep).unwrap();
    let errors = errors_in(&dir);
    assert!(
        matches!(&errors[0], LoadError::Syntax { file, line: 1, .. } if file == "lanes.ron"),
        "{errors:?}"
    );
}

#[test]
fn duplicate_ids_across_files() {
    let dir = data_dir("dupes");
    let texts = common::with_item(
        "figures.ron",
        "(id: \"tokayev\", title: \"x\", value: 1.0, unit: \"km\", qualifier: Exactly, wording: \"x\", as_of: \"2020\", status: Fact, sources: [\"chronology\"])",
    );
    std::fs::write(dir.join("figures.ron"), texts.get("figures.ron").unwrap()).unwrap();
    let errors = errors_in(&dir);
    assert!(
        errors.iter().any(|e| e
            .to_string()
            .contains("item `tokayev`, field `id`: duplicate id")),
        "{errors:?}"
    );
    check_fails(&dir, "duplicate id, first defined in people.ron:");
}

#[test]
fn dangling_references() {
    let dir = data_dir("dangling");
    let texts = common::with_item(
        "events.ron",
        &common::event("ev_dangling_lane", "").replace("\"bilateral\"", "\"atlantis\""),
    );
    std::fs::write(dir.join("events.ron"), texts.get("events.ron").unwrap()).unwrap();
    check_fails(
        &dir,
        "item `ev_dangling_lane`, field `lane`: unknown id `atlantis`",
    );
}

#[test]
fn impossible_years() {
    let dir = data_dir("years");
    let texts = common::with_item(
        "events.ron",
        &common::event("ev_far", "").replace("\"2001-02-03\"", "\"99999\""),
    );
    std::fs::write(dir.join("events.ron"), texts.get("events.ron").unwrap()).unwrap();
    let errors = errors_in(&dir);
    assert!(
        matches!(&errors[0], LoadError::Syntax { file, message, .. } if file == "events.ron" && message.contains("99999")),
        "{errors:?}"
    );
    check_fails(&dir, "date `99999` is not of the form YYYY");
}

#[test]
fn a_directory_without_data() {
    let dir = std::env::temp_dir().join(format!("rk-robust-{}-none", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "no data here").unwrap();
    let errors = errors_in(&dir);
    assert!(matches!(&errors[0], LoadError::NoData { .. }), "{errors:?}");
    check_fails(&dir, "holds none of the data files");
    check_fails(&dir.join("does-not-exist"), "is not a directory");
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_broken_save_keeps_the_last_good_data_until_fixed() {
    let dir = data_dir("reload");
    let before = snapshot(&dir);
    let mut app = App::new(load_dir(&dir), Some(dir.clone()), AppState::default());
    let events = app.dataset().events.len();
    assert!(app.errors().is_empty());
    // A half-saved file.
    let good = std::fs::read_to_string(dir.join("events.ron")).unwrap();
    std::fs::write(dir.join("events.ron"), &good[..good.len() / 2]).unwrap();
    app.reload();
    assert!(!app.errors().is_empty());
    assert!(
        app.errors()[0].to_string().starts_with("events.ron:"),
        "{}",
        app.errors()[0]
    );
    assert_eq!(
        app.dataset().events.len(),
        events,
        "the last good data stays"
    );
    // Fixed, with one more event.
    let fixed = common::with_item("events.ron", &common::event("ev_added_live", ""));
    std::fs::write(dir.join("events.ron"), fixed.get("events.ron").unwrap()).unwrap();
    app.reload();
    assert!(app.errors().is_empty(), "{:?}", app.errors());
    assert_eq!(app.dataset().events.len(), events + 1);
    // The app never wrote to the data directory.
    std::fs::write(dir.join("events.ron"), &good).unwrap();
    assert_eq!(snapshot(&dir), before);
}

/// How long the watch test waits for a reload before it gives up. Generous:
/// the test checks that a save leads to a reload, not how fast (the quiet
/// period before a reload is unit-tested with synthetic instants in
/// `src/watch.rs`).
const RELOAD_TIMEOUT: Duration = Duration::from_secs(30);

#[test]
fn saving_a_file_leads_to_a_reload() {
    let dir = data_dir("watch");
    let ctx = eframe::egui::Context::default();
    let mut app = App::new(load_dir(&dir), Some(dir.clone()), AppState::default());
    app.start_watching(&ctx);
    let loads = app.successful_loads();
    assert!(!app.dataset().events.iter().any(|e| e.id == "ev_watched"));
    let fixed = common::with_item("events.ron", &common::event("ev_watched", ""));
    std::fs::write(dir.join("events.ron"), fixed.get("events.ron").unwrap()).unwrap();
    let deadline = Instant::now() + RELOAD_TIMEOUT;
    while app.successful_loads() == loads && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        app.poll_watch(&ctx);
    }
    assert!(
        app.successful_loads() > loads,
        "no reload within {RELOAD_TIMEOUT:?} of the save"
    );
    assert!(app.dataset().events.iter().any(|e| e.id == "ev_watched"));
}

#[test]
fn a_corrupt_saved_ui_state_falls_back_to_defaults() {
    let (state, problem) =
        AppState::from_ron("(selected: Some(\"x\"), view: (start_year: \"oops\"");
    assert_eq!(state, AppState::default());
    assert!(problem.is_some_and(|p| p.contains("could not be read")));
    // An older state without the newer fields still loads.
    let (state, problem) = AppState::from_ron("(selected: Some(\"ev_kz_independence\"))");
    assert!(problem.is_none());
    assert_eq!(state.selected.as_deref(), Some("ev_kz_independence"));
}

/// One random edit of one file: delete a range, insert text, or duplicate a line.
fn mutate(text: &str, op: u8, at: usize, len: usize, insert: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    let end = (at + len).min(chars.len());
    match op % 3 {
        0 => chars[..at].iter().chain(&chars[end..]).collect(),
        1 => chars[..at]
            .iter()
            .copied()
            .chain(insert.chars())
            .chain(chars[at..].iter().copied())
            .collect(),
        _ => {
            let lines: Vec<&str> = text.lines().collect();
            let i = at % lines.len().max(1);
            let mut out: Vec<&str> = lines.clone();
            if let Some(line) = lines.get(i) {
                out.insert(i, line);
            }
            out.join("\n")
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn mutated_files_load_or_give_located_errors(
        file in 0usize..14,
        op in any::<u8>(),
        at in any::<usize>(),
        len in 0usize..40,
        insert in "[ -~\\n«»é]{0,12}",
    ) {
        let (name, text) = EMBEDDED[file];
        let mut texts = DataTexts::embedded();
        let mutated = mutate(text, op, at, len, &insert);
        let lines = mutated.lines().count().max(1);
        texts.set(name, mutated);
        if let Err(errors) = load_texts(&texts) {
            prop_assert!(!errors.0.is_empty());
            for e in &errors.0 {
                prop_assert!(DATA_FILES.contains(&e.file()), "{e}");
                match e {
                    LoadError::Syntax { line, col, .. } => {
                        prop_assert!(*line >= 1 && *line <= lines + 1 && *col >= 1, "{e}");
                    }
                    LoadError::Semantic { file, line, item, field, .. } => {
                        prop_assert!(!field.is_empty(), "{e}");
                        prop_assert!(
                            e.to_string().contains(&format!("item `{item}`, field `{field}`")),
                            "{e}"
                        );
                        // A line, when given, is the one holding the item's id.
                        if let Some(line) = line {
                            let text = texts.get(file).unwrap_or_default();
                            let at = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
                            prop_assert!(at.contains(&format!("\"{item}\"")), "{e}: line {line} is `{at}`");
                        }
                    }
                    other => prop_assert!(false, "unexpected {other}"),
                }
            }
        }
    }
}
