#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Sharing and polish: CSV and Markdown exports (in the app's model and on
//! the command line), the Russian interface, the help overlay. Deep links
//! are in deep_links.rs.

use std::collections::BTreeSet;
use std::process::Command as Process;

mod common;

use eframe::egui;
use egui_kittest::kittest::Queryable;
use rk_roadmap::command::Command;
use rk_roadmap::model::export::{rows, to_csv, to_markdown};
use rk_roadmap::model::timeline::Filter;
use rk_roadmap::state::{AppState, Lang};

#[test]
fn csv_of_a_known_filter_has_the_expected_rows_and_parses_back() {
    let ds = common::ds();
    let filter = Filter {
        query: "forum".into(),
        ..Filter::default()
    };
    let exported = rows(&ds, &BTreeSet::new(), &filter, 2003.0, 2004.999);
    let titles: Vec<&str> = exported.iter().map(|r| r.title.as_str()).collect();
    assert!(
        titles
            .iter()
            .any(|t| t.contains("1st Forum of Interregional Cooperation")),
        "{titles:?}"
    );
    assert!(
        exported
            .iter()
            .all(|r| r.date.starts_with("2003") || r.date.starts_with("2004")),
        "{titles:?}"
    );
    let csv_text = to_csv(&exported).unwrap();
    assert!(csv_text.contains("\r\n"), "RFC 4180 line ends");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "id", "title", "date", "end", "lane", "status", "scenario", "summary", "sources"
        ]
    );
    let parsed: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(parsed.len(), exported.len());
    for (record, row) in parsed.iter().zip(&exported) {
        assert_eq!(&record[0], row.id);
        assert_eq!(&record[1], row.title);
        assert_eq!(&record[7], row.summary, "quotes and commas survive");
    }
}

#[test]
fn the_markdown_brief_links_its_sources() {
    let ds = common::ds();
    let on: BTreeSet<String> = ["sc_institutional_alliance".to_owned()].into();
    let exported = rows(&ds, &on, &Filter::default(), 2022.0, 2030.999);
    let md = to_markdown(&ds, &exported, &on, 2022.0, 2031.0);
    assert!(md.starts_with("# Russia–Kazakhstan relations, 2022–2030"));
    assert!(md.contains("## Scenarios shown") && md.contains("Institutional alliance"));
    assert!(
        md.contains("](https://caspian.institute/"),
        "footnote links"
    );
    assert!(md.matches("### ").count() == exported.len());
    // A projection's own section names it and the scenario that projects
    // it; the header's list of statuses cannot satisfy this.
    let title = "First Forum for Strategic Cooperation at the presidential level (projected)";
    let section = section_of(&md, title).unwrap_or_else(|| panic!("no section for {title}: {md}"));
    assert!(
        section.contains(
            " · projected, scenario “Institutional alliance: the Road Map implemented by 2030”*"
        ),
        "{section}"
    );
    // A fact's section says neither.
    let fact = section_of(&md, "Tokayev asks the CSTO for help")
        .unwrap_or_else(|| panic!("no fact section: {md}"));
    assert!(
        !fact.contains("projected") && !fact.contains("scenario"),
        "{fact}"
    );
    // Without the scenario toggled on, its projection is not exported.
    let none = BTreeSet::new();
    let plain = to_markdown(
        &ds,
        &rows(&ds, &none, &Filter::default(), 2022.0, 2030.999),
        &none,
        2022.0,
        2031.0,
    );
    assert!(section_of(&plain, title).is_none(), "{plain}");
}

/// The Markdown section headed `### title`, up to the next heading.
fn section_of<'a>(md: &'a str, title: &str) -> Option<&'a str> {
    let start = md.find(&format!("### {title}\n"))?;
    let body = &md[start + 4..];
    Some(body.find("\n#").map_or(body, |end| &body[..end]))
}

#[test]
fn export_on_the_command_line() {
    let out = Process::new(env!("CARGO_BIN_EXE_rk-roadmap"))
        .args([
            "export", "--format", "csv", "--from", "2022", "--to", "2022",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(records.len() >= 5);
    // Every row overlaps 2022: it starts by then and (spans) ends after it began.
    let year = |s: &str| {
        s.trim_start_matches('~')
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
    };
    for r in &records {
        let start = year(&r[2]).unwrap();
        let end = year(&r[3]).unwrap_or(start);
        assert!(start <= 2022 && end >= 2022, "{r:?}");
    }
    let md = std::env::temp_dir().join(format!("rk-export-{}.md", std::process::id()));
    let out = Process::new(env!("CARGO_BIN_EXE_rk-roadmap"))
        .args([
            "export",
            "--format",
            "md",
            "--scenario",
            "sc_multivector_drift",
            "--from",
            "2027",
            "-o",
        ])
        .arg(&md)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&md).unwrap();
    std::fs::remove_file(&md).ok();
    assert!(text.contains("Spontaneous crisis"), "{text}");
    let bad = Process::new(env!("CARGO_BIN_EXE_rk-roadmap"))
        .args(["export", "--format", "csv", "--scenario", "sc_nope"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown scenario `sc_nope`"));
}

use common::app_harness as harness;

#[test]
fn switching_to_russian_changes_the_panel_titles() {
    let mut h = harness();
    h.run();
    assert!(h.query_by_label("Details").is_some());
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Русский").click();
    h.run();
    assert_eq!(h.state().state().lang, Lang::Ru);
    for title in [
        "Подробности",
        "Сценарии до 2030 года",
        "Хронология",
        "Избирательные циклы",
    ] {
        assert!(h.query_by_label(title).is_some(), "{title}");
    }
    assert!(h.query_by_label("Details").is_none());
}

#[test]
fn the_help_overlay_opens_with_f1_and_closes_with_esc() {
    let mut h = harness();
    h.run();
    assert!(h.query_by_label("Keyboard and mouse").is_none());
    h.key_press(egui::Key::F1);
    h.run();
    assert!(h.query_by_label("Keyboard and mouse").is_some());
    assert!(h.query_by_label("Toggle scenario 1–9").is_some());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Keyboard and mouse").is_none());
}

#[test]
fn the_ui_scale_changes_with_ctrl_plus_and_persists_in_state() {
    let mut h = harness();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    h.run();
    assert!(h.state().state().ui_scale > 1.05);
    let (back, problem) = AppState::from_ron(&ron::to_string(h.state().state()).unwrap());
    assert!(problem.is_none());
    assert_eq!(back.ui_scale, h.state().state().ui_scale);
}

#[test]
fn russian_and_kazakh_cyrillic_snapshot() {
    let mut h = common::snapshot_harness();
    h.state_mut().run_command(Command::SetLang(Lang::Ru));
    h.state_mut()
        .run_command(Command::ToggleScenario("sc_institutional_alliance".into()));
    h.state_mut()
        .run_command(Command::Select(Some("ev_kz_independence".into())));
    h.run();
    h.snapshot("russian_interface");
}

#[test]
fn markdown_links_carry_titles_and_never_a_path_in_the_repository() {
    let ds = common::ds();
    let rows = rows(&ds, &BTreeSet::new(), &Filter::default(), 1990.0, 2031.0);
    let md = to_markdown(&ds, &rows, &BTreeSet::new(), 1990.0, 2031.0);
    assert!(
        !md.contains("checked against"),
        "a link is named «checked against»"
    );
    assert!(
        !md.contains("shared/reference"),
        "the brief cites a path readers cannot open"
    );
    assert!(
        !md.contains(".md)"),
        "a link points at a Markdown file of the repository"
    );
    // A chronology row's page is linked under its site's name.
    assert!(
        md.contains(
            "[en.wikipedia.org/wiki/On_the_State_Independence_of_the_Republic_of_Kazakhstan]("
        ),
        "{}",
        &md[..md.len().min(3000)]
    );
    assert!(md.contains(
        "Russia–Kazakhstan relations, 1990–2030: verified reference chronology (rk-roadmap project)"
    ));
}
