//! Search: `rk-roadmap search` (text and JSON, aliases from a data folder),
//! the results list in the app (Enter and Shift+Enter step through it and
//! the view follows; a click shows a result), entity pages (a person's
//! linked events, each clickable; the person filter), the translations of
//! what the list shows, and a snapshot of the list open.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command as Process;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rk_roadmap::App;
use rk_roadmap::command::Command;
use rk_roadmap::model::links::{LinkKind, linked_to};
use rk_roadmap::model::queries::item_extent;
use rk_roadmap::model::search::{SearchIndex, WHY_LABELS};
use rk_roadmap::model::{DataTexts, Lang};
use rk_roadmap::ui::i18n::tr;

fn bin() -> Process {
    Process::new(env!("CARGO_BIN_EXE_rk-roadmap"))
}

/// Runs `rk-roadmap ARGS`: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = bin().args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const BAIKONUR: [&str; 3] = [
    "ev_baikonur_agreement_1994",
    "ev_baikonur_lease_1994",
    "ev_baikonur_lease_2050",
];

#[test]
fn search_prints_one_line_per_result_with_date_id_title_and_why() {
    let (code, stdout, stderr) = run(&["search", "CSTO"]);
    assert_eq!(code, Some(0), "{stderr}");
    let line = stdout
        .lines()
        .find(|l| l.contains("ev_collective_security_treaty"))
        .unwrap_or_else(|| panic!("the 1992 treaty is not found by CSTO:\n{stdout}"));
    assert!(
        line.starts_with("1992-05-15  ev_collective_security_treaty  "),
        "{line}"
    );
    assert!(
        line.contains("Collective Security Treaty signed (Tashkent)"),
        "{line}"
    );
    assert!(
        line.ends_with("(linked institution: Collective Security Treaty Organization (CSTO))"),
        "{line}"
    );
    // Several words: all must match.
    let (_, narrow, _) = run(&["search", "CSTO", "Tashkent"]);
    assert!(narrow.contains("ev_collective_security_treaty"), "{narrow}");
    assert!(!narrow.contains("ev_csto_mission"), "{narrow}");
    assert!(narrow.lines().count() < stdout.lines().count());
}

#[test]
fn search_finds_baikonur_in_either_script() {
    for query in ["Baikonur", "Байконур", "Baykonur"] {
        let (code, stdout, stderr) = run(&["search", query]);
        assert_eq!(code, Some(0), "{query}: {stderr}");
        for id in BAIKONUR {
            assert!(stdout.contains(id), "{query} misses {id}:\n{stdout}");
        }
    }
}

#[test]
fn search_json_is_a_list_of_results_with_ids() {
    let (code, stdout, stderr) = run(&["search", "--json", "Байконур"]);
    assert_eq!(code, Some(0), "{stderr}");
    let list: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let items = list.as_array().expect("a JSON list");
    let ids: Vec<&str> = items.iter().filter_map(|x| x["id"].as_str()).collect();
    assert_eq!(ids.len(), items.len(), "every result has an id");
    for id in BAIKONUR {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }
    let first = &items[0];
    for key in ["kind", "title", "title_ru", "date", "lane", "score", "why"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert!(
        first["title_ru"].as_str().unwrap().contains("Байконур"),
        "{first}"
    );
    // A person, found by either spelling of the name.
    for query in ["Tokayev", "Токаев"] {
        let (_, stdout, _) = run(&["search", "--json", query]);
        let list: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let person = list
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == "tokayev")
            .unwrap_or_else(|| panic!("{query}: {stdout}"));
        assert_eq!(person["kind"], "Person");
        assert!(person["date"].is_null());
    }
}

#[test]
fn search_with_no_match_exits_1() {
    let (code, stdout, stderr) = run(&["search", "qqzzxxnothing"]);
    assert_eq!(code, Some(1));
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("nothing matches `qqzzxxnothing`"),
        "{stderr}"
    );
    let (code, stdout, _) = run(&["search", "--json", "qqzzxxnothing"]);
    assert_eq!(code, Some(1));
    assert_eq!(stdout.trim(), "[]");
}

/// `text` with `item` added at the end of its list.
fn appended(text: &str, item: &str) -> String {
    let close = text.rfind(']').unwrap();
    let head = text[..close].trim_end();
    let comma = if head.ends_with(',') || head.ends_with('[') {
        ""
    } else {
        ","
    };
    format!("{head}{comma}\n{item},\n]\n")
}

#[test]
fn search_finds_items_by_a_linked_institutions_alias_from_a_data_folder() {
    let mut texts = DataTexts::embedded();
    let institution = r#"(
        id: "inst_test_alias",
        name: "Test institution",
        aliases: ["QQTESTALIAS", "ЩТЕСТ"],
        proposed: false,
        level: Multilateral,
        purpose: "A test.",
        status: Fact,
        sources: ["chronology"],
    )"#;
    let event = common::event("ev_test_alias", r#"institutions: ["inst_test_alias"],"#);
    for (file, item) in [("institutions.ron", institution), ("events.ron", &event)] {
        let text = appended(texts.get(file).unwrap(), item);
        texts.set(file, text);
    }
    let dir = std::env::temp_dir().join(format!("rk-search-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in texts.files() {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let data = dir.to_str().unwrap();
    let (code, stdout, stderr) = run(&["search", "--data", data, "ЩТЕСТ"]);
    let (_, latin, _) = run(&["search", "--data", data, "shchtest"]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, Some(0), "{stderr}");
    let line = stdout
        .lines()
        .find(|l| l.contains("ev_test_alias"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        line.ends_with("(linked institution: Test institution = ЩТЕСТ)"),
        "{line}"
    );
    assert!(stdout.contains("inst_test_alias"), "{stdout}");
    // The alias in Latin letters, through the transliteration key.
    assert!(latin.contains("ev_test_alias"), "{latin}");
}

#[test]
fn every_label_the_results_and_entity_pages_show_has_russian() {
    let kinds = [
        "Event",
        "Projected event",
        "Election",
        "Person",
        "Organisation",
        "Institution",
        "Factor",
        "Figure",
        "Term",
        "Item",
    ];
    for label in WHY_LABELS.iter().chain(&kinds) {
        assert_ne!(tr(Lang::Ru, label), *label, "no Russian for {label}");
    }
    for kind in [
        LinkKind::Event,
        LinkKind::Projection,
        LinkKind::Election,
        LinkKind::Term,
        LinkKind::Figure,
        LinkKind::Factor,
        LinkKind::Institution,
        LinkKind::Organisation,
        LinkKind::Person,
    ] {
        assert_ne!(tr(Lang::Ru, kind.label()), kind.label(), "{kind:?}");
    }
}

/// The ids `query` finds, best first (the engine on the embedded data).
fn expected_ids(query: &str) -> Vec<String> {
    let ds = common::ds();
    let index = SearchIndex::build(&ds);
    let results = index.search(query);
    results
        .hits
        .iter()
        .map(|h| index.id(&ds, h.doc).to_owned())
        .collect()
}

/// Types `query` into the search box (Ctrl+F first).
fn type_query(h: &mut Harness<'static, App>, query: &str) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Search events").type_text(query);
    h.run();
}

fn selected(h: &Harness<'static, App>) -> String {
    h.state().state().selected.clone().unwrap_or_default()
}

/// The selected item (an event, a figure …) is in the shown time window.
fn assert_in_view(h: &Harness<'static, App>) {
    let id = selected(h);
    let view = h.state().state().view;
    let (lo, hi) = item_extent(h.state().dataset(), &id).expect("a dated item");
    assert!(
        hi >= view.start_year && lo <= view.end_year,
        "{id} {lo}–{hi} not in {view:?}"
    );
}

#[test]
fn enter_and_shift_enter_step_through_the_results_and_the_view_follows() {
    let expected = expected_ids("Baikonur");
    assert!(expected.len() >= 3, "{expected:?}");
    let mut h = common::app_harness();
    // A view far from Baikonur's years, so following is seen.
    h.state_mut()
        .run_command(Command::SetView(rk_roadmap::model::layout::TimeView {
            start_year: 2024.0,
            end_year: 2026.0,
        }));
    h.run();
    type_query(&mut h, "Baikonur");
    assert!(
        h.query_by_label_contains(&format!("Result 1 of {}:", expected.len()))
            .is_some(),
        "the results list is open"
    );
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(selected(&h), expected[0]);
    assert_in_view(&h);
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(selected(&h), expected[1]);
    assert_in_view(&h);
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Enter);
    h.run();
    assert_eq!(selected(&h), expected[0]);
    // Back from the first goes round to the last (a person: undated).
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Enter);
    h.run();
    assert_eq!(&selected(&h), expected.last().unwrap());
    // The search box kept the focus, so typing goes on narrowing.
    h.get_by_label("Search events").type_text(" lease");
    h.run();
    assert_eq!(h.state().state().filter.query, "Baikonur lease");
    // The × closes the list; typing opens it again.
    assert!(h.query_by_label_contains("Result 1 of").is_some());
    h.get_by_label("Close the results list").click();
    h.run();
    assert!(h.query_by_label_contains("Result 1 of").is_none());
    h.get_by_label("Search events").type_text(" ");
    h.run();
    assert!(h.query_by_label_contains("Result 1 of").is_some());
}

#[test]
fn the_list_follows_enter_and_a_click_shows_a_result_on_the_timeline() {
    // A Russian word finds the 1992 treaty, named only in English and
    // Russian without it, through its linked institution.
    let expected = expected_ids("ОДКБ");
    let n = expected.len();
    let treaty = expected
        .iter()
        .position(|id| id == "ev_collective_security_treaty")
        .expect("ОДКБ finds the 1992 treaty through its linked institution");
    let mut h = common::app_harness();
    h.run();
    type_query(&mut h, "ОДКБ");
    for _ in 0..=treaty {
        h.key_press(egui::Key::Enter);
        h.run();
    }
    assert_eq!(selected(&h), "ev_collective_security_treaty");
    // The list scrolled to it; its row says why it matched.
    let label = format!("Result {} of {n}:", treaty + 1);
    let text = h
        .get_by_label_contains(&label)
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(
        text.contains("Collective Security Treaty signed")
            && text.contains("linked institution: Collective Security Treaty Organization (CSTO)"),
        "the row names the result and why: {text}"
    );
    // A click on another row in sight (the one above) shows that one.
    let other = if treaty == 0 { 1 } else { treaty - 1 };
    h.get_by_label_contains(&format!("Result {} of {n}:", other + 1))
        .click();
    h.run();
    assert_eq!(selected(&h), expected[other]);
    // The timeline shows the treaty among the matches.
    let (index, ds) = (h.state().index(), h.state().dataset());
    assert!(index.is_match(index.position(ds, "ev_collective_security_treaty").unwrap()));
    // Esc clears the search; the list goes with it.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label_contains("Result 1 of").is_none());
}

#[test]
fn a_persons_page_lists_the_linked_events_and_each_is_clickable() {
    let ds = common::ds();
    let linked = linked_to(&ds, "tokayev");
    let event = linked
        .iter()
        .find(|l| l.kind == LinkKind::Event)
        .expect("events linked to Tokayev");
    let e = ds.events.iter().find(|e| e.id == event.id).unwrap();
    let mut h = common::app_harness();
    h.state_mut()
        .run_command(Command::Select(Some("tokayev".to_owned())));
    h.run();
    let count = linked.len();
    assert!(
        h.query_by_label(&format!("Everything linked, by date ({count})"))
            .is_some()
    );
    for l in linked.iter().filter(|l| l.kind == LinkKind::Event) {
        let e = ds.events.iter().find(|e| e.id == l.id).unwrap();
        let row = format!("{} · Event · {}", e.date.display(), e.title);
        assert!(h.query_by_label(&row).is_some(), "{row}");
    }
    let row = format!("{} · Event · {}", e.date.display(), e.title);
    h.get_by_label(&row).click();
    h.run();
    assert_eq!(selected(&h), e.id);
    assert_in_view(&h);
}

#[test]
fn a_persons_page_filters_the_timeline_to_them_and_back() {
    let ds = common::ds();
    let events = ds
        .events
        .iter()
        .filter(|e| e.people.iter().any(|p| p == "tokayev"))
        .count();
    let mut h = common::app_harness();
    h.state_mut()
        .run_command(Command::Select(Some("tokayev".to_owned())));
    h.run();
    let all = h.state().index().match_count();
    h.get_by_label("Show only this person on the timeline")
        .click();
    h.run();
    assert_eq!(
        h.state().state().filter.people,
        ["tokayev".to_owned()].into()
    );
    assert_eq!(h.state().index().match_count(), events);
    h.get_by_label("Show everyone on the timeline").click();
    h.run();
    assert!(h.state().state().filter.people.is_empty());
    assert_eq!(h.state().index().match_count(), all);
}

#[test]
fn results_list_snapshot_1000x700() {
    let mut h = common::snapshot_harness_of(common::app(), egui::vec2(1000.0, 700.0));
    h.run();
    type_query(&mut h, "CSTO");
    h.key_press(egui::Key::Enter);
    h.run();
    // A fresh build once drew two pixels of the lanes behind the list a
    // shade apart (antialiasing); a handful of pixels may differ.
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(0.6)
        .max_failed_pixels(12);
    h.snapshot_options("search_results_1000x700", &options);
}

/// Steps `h` until the results list no longer says that the query waits for
/// the search index (two minutes at most).
fn wait_for_the_index(h: &mut Harness<'static, App>, lang: Lang) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let pending = tr(lang, "Indexing the events for search…");
    h.run_steps(1);
    while h.query_by_label(pending).is_some() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    h.run_steps(2);
}

#[test]
fn the_key_hint_is_whole_and_clear_of_the_close_button_in_a_small_window() {
    // Five-digit counts («Найдено: 12 000») leave the hint the least room.
    let ds = rk_roadmap::model::generate::with_sweep_events(&common::ds(), 12_000, 3);
    for lang in [Lang::En, Lang::Ru, Lang::Kk] {
        let state = rk_roadmap::state::AppState {
            lang,
            ..Default::default()
        };
        let app = App::new(Ok(ds.clone()), None, state).with_today(common::TODAY);
        let mut h = common::harness_of(app, egui::vec2(1000.0, 700.0));
        h.run();
        type_query(&mut h, "generated");
        wait_for_the_index(&mut h, lang);
        let count = format!("{}: {}", tr(lang, "Results"), lang.number(12_000));
        assert!(h.query_by_label(&count).is_some(), "{lang:?}: {count}");
        let text = tr(lang, "Enter: next · Shift+Enter: previous · Esc: clear");
        let hint = h.get_by_label(text).rect();
        // Not cut short («… Esc: очисти…»): as wide as the whole text.
        let body = egui::TextStyle::Body.resolve(&h.ctx.global_style());
        let whole = h.ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), body, egui::Color32::WHITE)
                .size()
                .x
        });
        assert!(
            hint.width() >= whole - 0.5,
            "{lang:?}: {hint:?}, text {whole}"
        );
        let close = h.get_by_label(tr(lang, "Close the results list")).rect();
        assert!(
            !hint.intersects(close),
            "{lang:?}: hint {hint:?}, × {close:?}"
        );
        // Inside the window, on one line.
        assert!(
            hint.right() <= 1000.0 && hint.left() >= 0.0,
            "{lang:?}: {hint:?}"
        );
        assert!(hint.height() < 20.0, "{lang:?}: {hint:?}");
        // The first result comes under the header, not over it.
        let first = h
            .get_by_label_contains(&format!("{} 1 ", tr(lang, "Result")))
            .rect();
        assert!(
            first.top() >= hint.bottom(),
            "{lang:?}: {first:?} under {hint:?}"
        );
    }
}

#[test]
fn the_results_list_and_a_persons_page_speak_russian() {
    let state = rk_roadmap::state::AppState {
        lang: Lang::Ru,
        ..Default::default()
    };
    let app = App::new(rk_roadmap::model::load_embedded(), None, state).with_today(common::TODAY);
    let mut h = common::harness_of(app, common::WINDOW);
    h.run();
    type_query(&mut h, "ОДКБ");
    let n = expected_ids("ОДКБ").len();
    assert!(h.query_by_label(&format!("Найдено: {n}")).is_some());
    // The results are of every kind (the CSTO itself among them); the
    // header says how many the timeline shows, as its top-bar count does.
    let on_timeline = h
        .get_by_label_contains("на хронологии: ")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    let shown: usize = (on_timeline.rsplit(' ').next())
        .and_then(|k| k.parse().ok())
        .unwrap_or_else(|| panic!("{on_timeline}"));
    assert!(0 < shown && shown < n, "{shown} of {n}");
    assert!(
        h.query_by_label(&format!("{shown} из {}", common::ds().events.len()))
            .is_some()
    );
    // The first row: its Russian title and why, in Russian.
    let ds = common::ds();
    let index = SearchIndex::build(&ds);
    let first = index.row(&ds, &index.search("ОДКБ").hits[0], Lang::Ru);
    let why = first.why_text(|s| tr(Lang::Ru, s));
    assert_ne!(why, first.why_text(|s| s));
    let label = format!("Результат 1 из {n}: {}", first.title);
    let text = h
        .get_by_label_contains(&label)
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(text.ends_with(&why), "{text} / {why}");
    h.key_press(egui::Key::Escape);
    h.run();
    h.state_mut()
        .run_command(Command::Select(Some("tokayev".to_owned())));
    h.run();
    let linked = linked_to(h.state().dataset(), "tokayev").len();
    assert!(
        h.query_by_label(&format!("Всё связанное, по дате ({linked})"))
            .is_some()
    );
    h.get_by_label("Показать на хронологии только этого человека")
        .click();
    h.run();
    assert!(h.query_by_label("Показать на хронологии всех").is_some());
    // Nothing these screens asked for in Russian lacked it (the labels
    // chosen at run time are not seen by the scan of literal strings).
    let ours = [
        "Show only this person on the timeline",
        "Filter the timeline to the events linked to this person",
        "Show everyone on the timeline",
        "Stop filtering the timeline by this person",
    ];
    let missing: Vec<&str> = rk_roadmap::ui::i18n::untranslated(rk_roadmap::model::Lang::Ru)
        .into_iter()
        .filter(|s| ours.contains(s) || WHY_LABELS.contains(s) || s.starts_with("Result"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn a_query_typed_while_a_large_index_is_built_says_so_and_runs_when_it_is_done() {
    let base = common::ds();
    // Large enough for the index to be built on another thread.
    let ds = rk_roadmap::model::generate::with_sweep_events(&base, 30_000, 5);
    let app = App::new(Ok(ds), None, rk_roadmap::state::AppState::default()).with_today(2026.9);
    let mut h = common::harness_of(app, egui::vec2(1600.0, 1000.0));
    h.run_steps(2);
    type_query(&mut h, "summit");
    // The window did not wait: the query waits, and the popup says why.
    assert!(
        h.query_by_label("Indexing the events for search…")
            .is_some(),
        "the index was built before the first frame"
    );
    let all = h.state().index().len();
    assert_eq!(h.state().index().match_count(), all);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while h
        .query_by_label("Indexing the events for search…")
        .is_some()
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    h.run_steps(1);
    assert!(
        h.query_by_label("Indexing the events for search…")
            .is_none()
    );
    assert!(h.query_by_label_contains("Results:").is_some());
    let matched = h.state().index().match_count();
    assert!(matched > 0 && matched < all, "{matched} of {all}");
}
