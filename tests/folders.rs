#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Flexible data folders: any subset of the kinds, several files per kind
//! (a kind's folder), every `.ron` file loaded or named, BOM and CRLF,
//! dataset settings instead of the shipped year limits, and `new`.

use std::path::{Path, PathBuf};
use std::process::Command;

use rk_roadmap::model::layout::AxisLimits;
use rk_roadmap::model::load::EMBEDDED;
use rk_roadmap::model::{LoadError, load_dir, load_embedded};

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rk-folders-{}-{name}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn embedded_copy(name: &str) -> PathBuf {
    let dir = fresh_dir(name);
    for (file, text) in EMBEDDED {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rk-roadmap"))
}

fn errors_in(dir: &Path) -> Vec<LoadError> {
    match load_dir(dir) {
        Ok(_) => panic!("{} loaded", dir.display()),
        Err(e) => e.0,
    }
}

#[test]
fn every_unknown_ron_file_is_named() {
    let dir = embedded_copy("unknown");
    std::fs::write(dir.join("notes.ron"), "[]").unwrap();
    std::fs::create_dir_all(dir.join("misc")).unwrap();
    std::fs::write(dir.join("misc/old.ron"), "[]").unwrap();
    std::fs::write(dir.join("readme.txt"), "not data").unwrap();
    let errors = errors_in(&dir);
    let named: Vec<&str> = errors.iter().map(LoadError::file).collect();
    assert_eq!(named, vec!["misc/old.ron", "notes.ron"], "{errors:?}");
    assert!(
        errors[1].to_string().contains("not a data file"),
        "{}",
        errors[1]
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_bom_and_crlf_line_ends_load_and_keep_their_lines() {
    let dir = embedded_copy("crlf");
    for (file, text) in EMBEDDED {
        let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        std::fs::write(dir.join(file), windows).unwrap();
    }
    let ds = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        ds,
        load_embedded().unwrap(),
        "the same dataset as the embedded one"
    );
    // A broken line is still reported at its own line and column.
    let events = EMBEDDED.iter().find(|(n, _)| *n == "events.ron").unwrap().1;
    let line = events.lines().position(|l| l.contains("lane:")).unwrap() + 1;
    let broken = events.replacen("lane:", "lanee:", 1).replace('\n', "\r\n");
    std::fs::write(dir.join("events.ron"), format!("\u{feff}{broken}")).unwrap();
    let errors = errors_in(&dir);
    assert!(
        matches!(&errors[0], LoadError::Syntax { file, line: l, .. } if file == "events.ron" && *l == line),
        "{errors:?} (expected line {line})"
    );
    // A text that runs over a CRLF line end keeps a plain line break.
    let multiline = events.replacen("summary: \"", "summary: \"First line\nsecond line. ", 1);
    std::fs::write(dir.join("events.ron"), multiline.replace('\n', "\r\n")).unwrap();
    let ds = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert!(ds.events.iter().all(|e| !e.summary.contains('\r')));
    assert!(
        ds.events
            .iter()
            .any(|e| e.summary.starts_with("First line\nsecond"))
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_kind_may_be_split_into_a_folder_of_files_with_located_errors() {
    let dir = embedded_copy("split");
    let events = std::fs::read_to_string(dir.join("events.ron")).unwrap();
    std::fs::remove_file(dir.join("events.ron")).unwrap();
    // Split the list after its 10th item.
    let items: Vec<&str> = events.split("\n    (\n").collect();
    let head = format!("[\n    (\n{}\n]\n", items[1..11].join("\n    (\n"));
    let tail = format!("[\n    (\n{}", items[11..].join("\n    (\n"));
    std::fs::create_dir_all(dir.join("events/later")).unwrap();
    std::fs::write(dir.join("events/early.ron"), &head).unwrap();
    std::fs::write(dir.join("events/later/rest.ron"), &tail).unwrap();
    let ds = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ds.events.len(), load_embedded().unwrap().events.len());

    // A meaning error in a file of the folder names that file and line.
    let broken = tail.replacen("lane: \"", "lane: \"no_such_", 1);
    std::fs::write(dir.join("events/later/rest.ron"), &broken).unwrap();
    let errors = errors_in(&dir);
    let LoadError::Semantic { file, line, .. } = &errors[0] else {
        panic!("{errors:?}")
    };
    assert_eq!(file, "events/later/rest.ron");
    let id_line = broken
        .lines()
        .position(|l| l.trim_start().starts_with("id:"))
        .unwrap()
        + 1;
    assert_eq!(*line, Some(id_line), "{errors:?}");
    assert!(errors[0].to_string().starts_with("events/later/rest.ron:"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_timeline_of_1815_to_1990_loads_and_is_viewable() {
    let dir = fresh_dir("old");
    std::fs::write(
        dir.join("sources.ron"),
        r#"[(id: "s", kind: Reference, title: "Notes", publisher: "Me")]"#,
    )
    .unwrap();
    std::fs::write(dir.join("lanes.ron"), r#"[(id: "main", name: "Main")]"#).unwrap();
    std::fs::write(
        dir.join("events.ron"),
        r#"[
            (id: "ev_a", title: "Waterloo", date: "1815-06-18", lane: "main", status: Fact, summary: "Battle.", sources: ["s"]),
            (id: "ev_b", title: "Reunification", date: "1990-10-03", lane: "main", status: Fact, summary: "Germany.", sources: ["s"]),
        ]"#,
    )
    .unwrap();
    let ds = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let limits = ds.axis_limits();
    assert_eq!(limits.full, (1815.0, 1991.0));
    assert!(limits.min_year <= 1815.0 && limits.max_year >= 1991.0);

    // The dataset's own settings bring limits back.
    std::fs::write(dir.join("settings.ron"), "(timeline_years: (1900, 2000))").unwrap();
    let errors = errors_in(&dir);
    assert!(
        errors[0].to_string().contains("outside 1900–2000"),
        "{errors:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_embedded_dataset_keeps_its_limits_and_view() {
    let ds = load_embedded().unwrap();
    assert_eq!(ds.axis_limits(), AxisLimits::SHIPPED);
    assert_eq!(ds.title(), "Russia–Kazakhstan relations 1990–2030");
}

#[test]
fn new_writes_a_dataset_that_checks() {
    let dir = fresh_dir("new").join("mine");
    let out = bin().arg("new").arg(&dir).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        dir.join("events").is_dir(),
        "the starter shows a kind's folder"
    );
    let check = bin().args(["check", "--data"]).arg(&dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(stdout.contains("3 events"), "{stdout}");
    // It never overwrites a dataset.
    let again = bin().arg("new").arg(&dir).output().unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds data files"));
    std::fs::remove_dir_all(dir.parent().unwrap()).ok();
}

#[test]
fn the_app_shows_and_fits_an_old_timeline() {
    use rk_roadmap::command::Command as AppCommand;
    use rk_roadmap::model::layout::TimeView;
    let dir = fresh_dir("app");
    rk_roadmap::model::folder::write_starter(&dir).unwrap();
    let ds = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_dir_all(&dir).ok();
    let mut app = rk_roadmap::App::new(Ok(ds), None, rk_roadmap::state::AppState::default());
    let full = app.state().view;
    assert_eq!(
        (full.start_year, full.end_year),
        (1815.0, 1849.0),
        "a saved 1990s view is fitted to the data"
    );
    let view = TimeView {
        start_year: 1820.0,
        end_year: 1825.0,
    };
    app.run_command(AppCommand::SetView(view));
    assert_eq!(
        app.state().view,
        view,
        "an 1820s view is not clamped to the shipped axis"
    );
    app.run_command(AppCommand::Zoom(100.0));
    assert!(app.state().view.start_year < 1815.0);
    app.run_command(AppCommand::FitAll);
    assert_eq!(app.state().view.start_year, 1815.0);
}
