#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Importing TimelineJS3 JSON, the TimelineJS sheet CSV and vis-timeline
//! JSON, written to the published formats; located errors; the CLI's
//! `import` and `--data FILE`; and import(export(x)) keeping every event's
//! title, dates, lane and links.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use rk_roadmap::model::import::{At, import_file, import_text, load_path};
use rk_roadmap::model::{Dataset, Status, load_embedded, web};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn load_fixture(name: &str) -> Dataset {
    load_path(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn event<'a>(ds: &'a Dataset, title: &str) -> &'a rk_roadmap::model::Event {
    ds.events
        .iter()
        .find(|e| e.title == title)
        .unwrap_or_else(|| panic!("no event `{title}` in {:?}", ds.events))
}

fn lane_name<'a>(ds: &'a Dataset, id: &str) -> &'a str {
    &ds.lanes.iter().find(|l| l.id == id).unwrap().name
}

#[test]
fn timelinejs_json_imports_with_text_links_groups_and_eras() {
    let ds = load_fixture("timelinejs.json");
    assert_eq!(ds.title(), "Europe after Napoleon");
    assert_eq!(ds.events.len(), 3);
    let waterloo = event(&ds, "Battle of Waterloo");
    assert_eq!(waterloo.id, "waterloo", "unique_id is the id");
    assert_eq!(waterloo.date.to_string(), "1815-06-18", "string years");
    assert_eq!(
        waterloo.summary,
        "Napoleon is defeated near Waterloo; see the article (https://en.wikipedia.org/wiki/Battle_of_Waterloo)."
    );
    assert_eq!(
        waterloo.urls,
        vec![
            "https://en.wikipedia.org/wiki/Battle_of_Waterloo",
            "https://example.org/waterloo.jpg"
        ],
        "the text's link and the media"
    );
    assert_eq!(lane_name(&ds, &waterloo.lane), "Wars");
    assert_eq!(waterloo.status, Status::Fact);
    assert_eq!(waterloo.sources, vec!["imported_file"]);
    assert_eq!(ds.sources[0].title, "timelinejs.json");
    let vienna = event(&ds, "Congress of Vienna");
    assert_eq!(vienna.date.to_string(), "1814-09", "a missing day");
    assert_eq!(vienna.end.unwrap().to_string(), "1815-06");
    assert_eq!(vienna.summary, "Delegates redraw the map & the balance.");
    assert_eq!(lane_name(&ds, &vienna.lane), "Diplomacy");
    let revolutions = event(&ds, "Revolutions");
    assert_eq!(
        revolutions.id, "revolutions_1848",
        "an unusable unique_id is made an id"
    );
    assert_eq!(
        revolutions.summary, "Revolutions",
        "an empty text gives the title"
    );
    assert_eq!(ds.lanes.len(), 2);
    assert_eq!(ds.eras.len(), 1);
    assert_eq!(ds.eras[0].title, "Concert of Europe");
    assert_eq!(ds.eras[0].end.to_string(), "1848");
    assert_eq!(ds.axis_limits().full, (1814.0, 1849.0));
}

#[test]
fn the_timelinejs_sheet_csv_imports_title_era_and_events() {
    let ds = load_fixture("sheet.csv");
    assert_eq!(ds.title(), "Europe after Napoleon");
    assert_eq!(ds.events.len(), 3);
    assert_eq!(ds.eras.len(), 1);
    assert_eq!(ds.eras[0].start.to_string(), "1815");
    let waterloo = event(&ds, "Battle of Waterloo");
    assert_eq!(waterloo.date.to_string(), "1815-06-18");
    assert_eq!(
        waterloo.summary,
        "Napoleon is defeated; see the article (https://en.wikipedia.org/wiki/Battle_of_Waterloo)."
    );
    assert!(
        waterloo
            .urls
            .contains(&"https://example.org/waterloo.jpg".to_owned())
    );
    let vienna = event(&ds, "Congress of Vienna");
    assert_eq!(vienna.date.to_string(), "1814-09");
    assert_eq!(vienna.end.unwrap().to_string(), "1815-06");
    assert_eq!(vienna.summary, "Delegates redraw the map, & more.");
    assert_eq!(lane_name(&ds, &vienna.lane), "Diplomacy");
    let revolutions = event(&ds, "Revolutions");
    assert!(revolutions.date.approx, "Display Date `c. 1848`");
    assert_eq!(ds.lanes.len(), 2);
    assert!(
        ds.sources[0]
            .note
            .as_deref()
            .unwrap()
            .contains("From Vienna to 1848")
    );
}

#[test]
fn vis_items_and_groups_import_with_lanes_and_background_eras() {
    let ds = load_fixture("vis-items.json");
    assert_eq!(ds.events.len(), 3);
    assert_eq!(ds.eras.len(), 1, "the background item");
    assert_eq!(ds.eras[0].title, "Concert of Europe");
    let waterloo = event(&ds, "Battle of Waterloo");
    assert_eq!(
        waterloo.urls,
        vec!["https://en.wikipedia.org/wiki/Battle_of_Waterloo"]
    );
    assert_eq!(lane_name(&ds, &waterloo.lane), "wars");
    let vienna = event(&ds, "Congress of Vienna");
    assert_eq!(vienna.id, "vienna");
    assert_eq!(vienna.end.unwrap().to_string(), "1815-06");
    assert_eq!(event(&ds, "Revolutions").date.to_string(), "1848-01-01");

    let grouped = load_fixture("vis-groups.json");
    let names: Vec<&str> = grouped.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["Diplomacy", "Wars"],
        "groups become lanes, in order"
    );
    let vienna = event(&grouped, "Congress of Vienna");
    assert_eq!(
        vienna.date.to_string(),
        "1814-11-01",
        "milliseconds since 1970"
    );
    assert_eq!(lane_name(&grouped, &vienna.lane), "Diplomacy");
    assert_eq!(
        lane_name(&grouped, &event(&grouped, "Battle of Waterloo").lane),
        "Wars"
    );
}

#[test]
fn errors_name_the_json_path_or_the_row_and_column() {
    let bad_year = r#"{"events": [
        {"start_date": {"year": 1815}, "text": {"headline": "ok"}},
        {"start_date": {"year": "18x5"}, "text": {"headline": "bad"}},
        {"start_date": {"year": 1815, "month": 13}},
        {"text": {"headline": "no date"}}
    ]}"#;
    let errors = import_text("t.json", bad_year).unwrap_err().0;
    let paths: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 3, "{paths:?}");
    assert_eq!(errors[0].at, At::Path("events[1].start_date.year".into()));
    assert!(
        paths[0].starts_with("t.json: events[1].start_date.year: `18x5`"),
        "{paths:?}"
    );
    assert!(
        paths[1].contains("events[2].start_date.month: month 13"),
        "{paths:?}"
    );
    assert!(
        paths[2].contains("events[3].start_date: missing"),
        "{paths:?}"
    );

    let syntax = import_text("t.json", "{\n  \"events\": [,]\n}")
        .unwrap_err()
        .0;
    assert!(matches!(syntax[0].at, At::LineCol(2, _)), "{syntax:?}");

    let csv = "Year,Month,Day,Headline,Type\n1815,6,18,ok,\n1815,13,,bad month,\n1816,2,30,bad day,\n,,,no year,\n1817,,,odd,slide\n";
    let errors = import_text("s.csv", csv).unwrap_err().0;
    let texts: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 4, "{texts:?}");
    assert!(
        texts[0].starts_with("s.csv: row 3, column `Month`: month 13"),
        "{texts:?}"
    );
    assert!(
        texts[1].starts_with("s.csv: row 4, column `Day`: 1816-02-30"),
        "{texts:?}"
    );
    assert!(
        texts[2].starts_with("s.csv: row 5, column `Year`"),
        "{texts:?}"
    );
    assert!(
        texts[3].starts_with("s.csv: row 6, column `Type`"),
        "{texts:?}"
    );

    let vis = r#"[{"id": 1, "content": "x", "start": "soon"}]"#;
    let errors = import_text("v.json", vis).unwrap_err().0;
    assert_eq!(errors[0].at, At::Path("[0].start".into()));
}

#[test]
fn deeply_nested_json_is_refused_with_the_ron_limit() {
    let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
    let errors = import_text("deep.json", &deep).unwrap_err().0;
    assert!(
        errors[0].to_string().contains("nest more than 32"),
        "{errors:?}"
    );
    // 32 levels (the object and 31 arrays) are accepted.
    let ok = format!(
        "{{\"events\": [], \"x\": {}{}}}",
        "[".repeat(31),
        "]".repeat(31)
    );
    assert!(import_text("ok.json", &ok).is_ok());
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rk-roadmap"))
}

#[test]
fn import_writes_a_folder_that_checks_and_data_opens_the_file_itself() {
    let dir = std::env::temp_dir().join(format!("rk-import-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    for name in ["timelinejs.json", "sheet.csv", "vis-items.json"] {
        let to = dir.join(name.replace('.', "_"));
        let out = bin()
            .arg("import")
            .arg(fixture(name))
            .arg("--to")
            .arg(&to)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let check = bin().args(["check", "--data"]).arg(&to).output().unwrap();
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stderr)
        );
        assert!(String::from_utf8_lossy(&check.stdout).contains("3 events"));
        let direct = bin()
            .args(["check", "--data"])
            .arg(fixture(name))
            .output()
            .unwrap();
        assert!(
            direct.status.success(),
            "{}",
            String::from_utf8_lossy(&direct.stderr)
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Every event of `before` is in `after` with the same title, dates, lane
/// (by name) and links.
fn assert_kept(before: &Dataset, after: &Dataset) {
    assert_eq!(before.events.len(), after.events.len());
    for e in &before.events {
        let f = after
            .events
            .iter()
            .find(|f| f.id == e.id)
            .unwrap_or_else(|| panic!("`{}` lost", e.id));
        assert_eq!(f.title, e.title, "{}", e.id);
        assert_eq!(f.date, e.date, "{}", e.id);
        assert_eq!(f.end, e.end, "{}", e.id);
        assert_eq!(
            lane_name(after, &f.lane),
            lane_name(before, &e.lane),
            "{}",
            e.id
        );
        for url in &e.urls {
            assert!(
                f.urls.contains(url),
                "{}: {url} lost from {:?}",
                e.id,
                f.urls
            );
        }
    }
}

#[test]
fn import_of_export_keeps_titles_dates_lanes_and_links() {
    let ds = load_embedded().unwrap();
    let none = BTreeSet::new();
    for (name, json) in [
        ("export.json", web::to_timelinejs(&ds, &none)),
        ("export.vis.json", web::to_vis(&ds, &none)),
    ] {
        let path = std::env::temp_dir().join(format!("rk-roundtrip-{}-{name}", std::process::id()));
        std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
        let imported = import_file(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        std::fs::remove_file(&path).ok();
        let back = imported.load().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_kept(&ds, &back);
        assert_eq!(back.eras.len(), ds.eras.len(), "{name}");
        assert_eq!(back.title(), ds.title(), "{name}");
    }
}
