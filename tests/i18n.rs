//! The Russian and the Kazakh interface are complete: every interface
//! string the panels ask for on the screens a user can reach has a Russian
//! and a Kazakh translation, every fixed word the model chooses by language
//! has Kazakh, and the Kazakh tables are Kazakh (Cyrillic, not a copy of the
//! Russian).

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use eframe::egui;
use egui_kittest::kittest::Queryable as _;
use rk_roadmap::command::Command;
use rk_roadmap::model::{Lang, kk};
use rk_roadmap::state::{AppState, FigureTrack, Tab};
use rk_roadmap::ui::i18n::{TABLE, tr, untranslated};
use rk_roadmap::ui::i18n_kk;

/// The Rust string literal starting just after its opening quote in
/// `body`, with its escapes and line continuations resolved as the
/// compiler does; `None` if it does not end.
fn literal(body: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                'u' => {
                    let rest = &body[i + 2..];
                    let end = rest.find('}')?;
                    let code = u32::from_str_radix(&rest[1..end], 16).ok()?;
                    out.push(char::from_u32(code)?);
                    for _ in 0..=end {
                        chars.next();
                    }
                }
                // A line continuation: the newline and the next line's
                // leading white space are dropped.
                '\n' => {
                    let rest = &body[i + 2..];
                    let skip = rest.len() - rest.trim_start().len();
                    for _ in rest[..skip].chars() {
                        chars.next();
                    }
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// The literal arguments of every call `name(` in `text` whose first
/// argument is a string literal; with `two`, only calls whose second
/// argument is a literal too, as pairs.
fn literal_calls(text: &str, name: &str, two: bool) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let call = format!("{name}(");
    for (at, _) in text.match_indices(&call) {
        // `tr(`, not the end of another name such as `push_str(`.
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = text[at + call.len()..].trim_start();
        let Some(body) = rest.strip_prefix('"') else {
            continue;
        };
        let Some((first, after)) = literal(body) else {
            continue;
        };
        if !two {
            found.push((first, None));
            continue;
        }
        let after = after.trim_start();
        let Some(second) = after
            .strip_prefix(',')
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix('"'))
            .and_then(literal)
        else {
            continue;
        };
        found.push((first, Some(second.0)));
    }
    found
}

/// `text` without its comment lines (doc comments show calls too).
fn code_only(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every string literal passed straight to `tr(` in the interface code.
fn literal_tr_arguments() -> Vec<String> {
    common::sources_under(&["src/ui", "src/app"])
        .iter()
        .flat_map(|(_, text)| literal_calls(&code_only(text), "tr", false))
        .map(|(en, _)| en)
        .collect()
}

fn russian(en: &str) -> Option<&'static str> {
    TABLE.iter().find(|(e, _)| *e == en).map(|(_, ru)| *ru)
}

fn kazakh(en: &str) -> Option<&'static str> {
    i18n_kk::TABLE
        .iter()
        .find(|(e, _)| *e == en)
        .map(|(_, kk)| *kk)
}

#[test]
fn the_scan_reads_literals_as_the_compiler_does() {
    let text =
        "x.tr(\"a \\\n    b \\\"c\\\" d\\u{a0}e\") + push_str(\"no\") + choose(\"en\", \"ru\")";
    assert_eq!(
        literal_calls(text, "tr", false),
        vec![("a b \"c\" d\u{a0}e".to_owned(), None)]
    );
    assert_eq!(
        literal_calls(text, "choose", true),
        vec![("en".to_owned(), Some("ru".to_owned()))]
    );
}

#[test]
fn every_literal_interface_string_has_russian_and_kazakh() {
    let strings = literal_tr_arguments();
    assert!(
        strings.len() > 150,
        "the scan found only {} strings",
        strings.len()
    );
    let no_russian: BTreeSet<&String> = strings.iter().filter(|s| russian(s).is_none()).collect();
    assert!(no_russian.is_empty(), "no Russian for {no_russian:#?}");
    let no_kazakh: BTreeSet<&String> = strings.iter().filter(|s| kazakh(s).is_none()).collect();
    assert!(no_kazakh.is_empty(), "no Kazakh for {no_kazakh:#?}");
}

/// The two tables have the same keys, each once: a string with Russian has
/// Kazakh, and the Kazakh table holds nothing the Russian one lacks.
#[test]
fn the_russian_and_kazakh_tables_have_the_same_keys_once() {
    for (name, table) in [("TABLE", TABLE), ("i18n_kk::TABLE", i18n_kk::TABLE)] {
        let mut seen = BTreeSet::new();
        for (en, _) in table {
            assert!(seen.insert(*en), "{name} has `{en}` twice");
        }
    }
    let ru: BTreeSet<&str> = TABLE.iter().map(|(en, _)| *en).collect();
    let kk: BTreeSet<&str> = i18n_kk::TABLE.iter().map(|(en, _)| *en).collect();
    let no_kazakh: Vec<&&str> = ru.difference(&kk).collect();
    assert!(no_kazakh.is_empty(), "no Kazakh for {no_kazakh:#?}");
    let stale: Vec<&&str> = kk.difference(&ru).collect();
    assert!(
        stale.is_empty(),
        "Kazakh for strings with no Russian: {stale:#?}"
    );
}

/// Words in Latin letters a Kazakh or Russian string may keep.
const LATIN_WORDS: &[&str] = &[
    "rk", "roadmap", "check", "Ctrl", "PNG", "CSV", "SVG", "PDF", "Markdown", "Home", "Esc", "F",
    "YYYY", "MM", "DD", "Enter", "Shift", "x",
];

fn latin_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty() && !LATIN_WORDS.contains(w))
        .collect()
}

#[test]
fn kazakh_is_cyrillic_and_not_a_copy_of_the_russian() {
    for (en, kk) in i18n_kk::TABLE {
        assert!(latin_words(kk).is_empty(), "`{en}`: {kk}");
        let ru = russian(en).unwrap_or_default();
        // A loanword may be spelt alike ("Институт"); a phrase may not.
        if kk.split_whitespace().count() > 1 {
            assert_ne!(*kk, ru, "`{en}`: the Kazakh is the Russian");
        }
    }
    for (en, ru) in TABLE {
        assert!(latin_words(ru).is_empty(), "`{en}`: {ru}");
    }
    for (en, word) in kk::WORDS {
        assert!(latin_words(word).is_empty(), "`{en}`: {word}");
    }
}

/// Every `choose("English", "Русский")` in the sources (model and
/// interface) has its English in the Kazakh word table.
#[test]
fn every_literal_choice_has_kazakh() {
    let calls: Vec<(String, Option<String>)> = common::sources_under(&["src"])
        .iter()
        .flat_map(|(_, text)| literal_calls(&code_only(text), "choose", true))
        .collect();
    assert!(
        calls.len() > 10,
        "the scan found only {} choices",
        calls.len()
    );
    let missing: BTreeSet<&String> = calls
        .iter()
        .map(|(en, _)| en)
        .filter(|en| kk::word(en).is_none())
        .collect();
    assert!(missing.is_empty(), "no Kazakh for {missing:#?}");
}

#[test]
fn tab_names_and_explanations_have_russian_and_kazakh() {
    for tab in Tab::ALL {
        for lang in [Lang::Ru, Lang::Kk] {
            assert_ne!(tr(lang, tab.label()), tab.label(), "{lang:?}");
            assert_ne!(tr(lang, tab.explanation()), tab.explanation(), "{lang:?}");
        }
        assert_ne!(tr(Lang::Kk, tab.label()), tr(Lang::Ru, tab.label()));
    }
}

/// One id of every kind of item the details panel shows.
fn one_of_each(ds: &rk_roadmap::model::Dataset) -> Vec<String> {
    let mut ids = vec![
        ds.eras[0].id.clone(),
        ds.events[0].id.clone(),
        ds.people[0].id.clone(),
        ds.organisations[0].id.clone(),
        ds.figures[0].id.clone(),
        ds.factors[0].id.clone(),
        ds.institutions[0].id.clone(),
        ds.offices[0].id.clone(),
        ds.term_rules[0].id.clone(),
        ds.terms[0].id.clone(),
        ds.elections[0].id.clone(),
        ds.scenarios[0].id.clone(),
        ds.scenarios[0].projected[0].id.clone(),
        ds.sources[0].id.clone(),
        ds.lanes[0].id.clone(),
    ];
    ids.extend(
        ds.institutions
            .iter()
            .find(|i| !i.proposed)
            .map(|i| i.id.clone()),
    );
    // A computed election the data does not hold.
    let cycles = rk_roadmap::model::elections::ElectoralCycles::new(ds);
    ids.extend(
        cycles
            .computed
            .iter()
            .find(|c| c.matches.is_none())
            .map(|c| c.id.clone()),
    );
    ids
}

/// Visits every screen, item kind, menu and overlay in `lang`.
fn tour(lang: Lang, menus: [&str; 3]) {
    let mut h = common::app_harness();
    let run = |h: &mut egui_kittest::Harness<'_, rk_roadmap::App>, c: Command| {
        h.state_mut().run_command(c);
        h.run();
    };
    run(&mut h, Command::SetLang(lang));
    let ds = h.state().dataset().clone();
    for id in one_of_each(&ds) {
        run(&mut h, Command::Select(Some(id)));
    }
    // Items past their date (held), a birth year less certain than its
    // person, and the figures track.
    for id in [
        "el_ru_duma_2026",
        "ev_forum_22_omsk",
        "term_ru_duma_9",
        "karin",
    ] {
        run(&mut h, Command::Select(Some(id.to_owned())));
    }
    let figures = FigureTrack {
        show: true,
        series: None,
    };
    run(&mut h, Command::SetFigures(figures));
    run(&mut h, Command::ShowGeneration(true));
    for s in &ds.scenarios {
        run(&mut h, Command::ToggleScenario(s.id.clone()));
    }
    for tab in Tab::ALL {
        run(&mut h, Command::SetTab(tab));
    }
    run(&mut h, Command::SetTab(Tab::Institutions));
    run(&mut h, Command::ShowMatrix(true));
    let Some(inst) = ds.institutions.iter().find(|i| !i.answers.is_empty()) else {
        panic!("no institution answers a factor");
    };
    run(
        &mut h,
        Command::ExplainLink(Some((inst.id.clone(), inst.answers[0].clone()))),
    );
    run(&mut h, Command::SetTab(Tab::Compare));
    run(
        &mut h,
        Command::SetCompare(0, Some(ds.scenarios[0].id.clone())),
    );
    run(
        &mut h,
        Command::SetCompare(1, Some(ds.scenarios[1].id.clone())),
    );
    run(&mut h, Command::SetTab(Tab::Timeline));
    run(&mut h, Command::ShowHelp(true));
    run(&mut h, Command::ShowHelp(false));
    for menu in menus {
        h.get_by_label(menu).click();
        h.run();
        h.key_press(egui::Key::Escape);
        h.run();
    }
}

#[test]
fn a_tour_of_the_russian_interface_meets_no_untranslated_string() {
    tour(Lang::Ru, ["Поделиться", "Вид", "Фильтры"]);
    let missing = untranslated(Lang::Ru);
    assert!(missing.is_empty(), "shown in English: {missing:#?}");
}

#[test]
fn a_tour_of_the_kazakh_interface_meets_no_untranslated_string() {
    tour(Lang::Kk, ["Бөлісу", "Көрініс", "Сүзгілер"]);
    let missing = untranslated(Lang::Kk);
    assert!(
        missing.is_empty(),
        "shown in Russian or English: {missing:#?}"
    );
    let words = kk::missing();
    assert!(words.is_empty(), "model words with no Kazakh: {words:#?}");
}

#[test]
fn choosing_kazakh_renames_the_tabs_and_is_kept_in_the_saved_state() {
    let mut h = common::app_harness();
    h.run();
    assert!(h.query_by_label("Timeline").is_some());
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Қазақша").click();
    h.run();
    assert_eq!(h.state().state().lang, Lang::Kk);
    for tab in Tab::ALL {
        let name = tr(Lang::Kk, tab.label());
        assert!(h.query_by_label(name).is_some(), "tab {name}");
        assert!(h.query_by_label(tab.label()).is_none(), "{}", tab.label());
    }
    assert!(h.query_by_label("Толық мәлімет").is_some());
    // Persisted: the saved state reads back in Kazakh, and a new app
    // opened on it shows Kazakh tabs.
    let saved = ron::to_string(h.state().state()).unwrap();
    let (back, problem) = AppState::from_ron(&saved);
    assert!(problem.is_none(), "{problem:?}");
    assert_eq!(back.lang, Lang::Kk);
    let app = rk_roadmap::App::new(rk_roadmap::model::load_embedded(), None, back)
        .with_today(common::TODAY);
    let mut again = common::harness_of(app, common::WINDOW);
    again.run();
    assert!(again.query_by_label("Уақыт шкаласы").is_some());
    // And back to English.
    again.get_by_label("Көрініс").click();
    again.run();
    again.get_by_label("English").click();
    again.run();
    assert_eq!(again.state().state().lang, Lang::En);
    assert!(again.query_by_label("Timeline").is_some());
}

/// An event with every Russian field, and the source it cites: a copy of
/// `ev_friendship_treaty_1992` with its Russian text, so the picture does
/// not change as the data's own translations land.
const SNAPSHOT_EVENT: &str = r#"(
    id: "ev_snapshot_treaty_ru",
    title: "Treaty of Friendship, Cooperation and Mutual Assistance",
    title_ru: "Договор о дружбе, сотрудничестве и взаимной помощи",
    date: "1992-05-25",
    lane: "bilateral",
    status: Fact,
    summary: "Signed by Yeltsin and Nazarbayev; in force 9 Oct 1992.",
    summary_ru: "Подписан Ельциным и Назарбаевым; вступил в силу 9 октября 1992 года.",
    people: ["yeltsin", "nazarbayev"],
    sources: ["src_snapshot_treaty_ru"],
    urls: ["https://cis-legislation.com/document.fwx?rgn=8601"],
    note: "Kazakhstan was the first CIS state to sign such a treaty with Russia.",
    note_ru: "Казахстан стал первым государством СНГ, подписавшим такой договор с Россией.",
)"#;

const SNAPSHOT_SOURCE: &str = r#"(
    id: "src_snapshot_treaty_ru",
    kind: Reference,
    title: "Treaty of Friendship, Cooperation and Mutual Assistance between the Russian Federation and the Republic of Kazakhstan",
    title_ru: "Договор о дружбе, сотрудничестве и взаимной помощи между Российской Федерацией и Республикой Казахстан",
    publisher: "CIS Legislation",
    date: "1992-05-25",
    url: "https://cis-legislation.com/document.fwx?rgn=8601",
)"#;

/// The details panel alone, showing the snapshot event in `lang`.
fn details_snapshot(lang: Lang, name: &str) {
    use rk_roadmap::model::derived::Derived;
    use rk_roadmap::ui::context::{CommandSink, Panel as _, SourceStatus, ViewerContext};
    use rk_roadmap::ui::details::DetailsPanel;
    let mut texts = common::with_item("events.ron", SNAPSHOT_EVENT);
    let sources = texts.get("sources.ron").unwrap_or_default().to_owned();
    let close = sources.rfind(']').unwrap_or(sources.len());
    texts.set(
        "sources.ron",
        format!(
            "{},\n{SNAPSHOT_SOURCE},\n]\n",
            sources[..close].trim_end().trim_end_matches(',')
        ),
    );
    let ds = rk_roadmap::model::load_texts(&texts).unwrap_or_else(|e| panic!("{e}"));
    let state = AppState {
        lang,
        selected: Some("ev_snapshot_treaty_ru".to_owned()),
        ..AppState::default()
    };
    let mut derived = Derived::default();
    derived.rebuild(
        &std::sync::Arc::new(ds.clone()),
        &state.scenarios_on,
        &state.filter,
    );
    let sink = CommandSink::default();
    let source = SourceStatus::embedded();
    let export_dir = Path::new(".");
    let mut panel = DetailsPanel;
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(340.0, 560.0))
        .wgpu()
        .build_ui(|ui| {
            let ctx = ViewerContext::new(
                &ds,
                &derived,
                &state,
                common::TODAY,
                source,
                export_dir,
                &sink,
            );
            egui::CentralPanel::default().show(ui, |ui| panel.ui(ui, &ctx));
        });
    h.run();
    // Its words are the language's: the English kind, date and headings
    // are gone.
    for english in ["Event", "Sources", "Clear selection", "25 May 1992"] {
        assert!(h.query_by_label(english).is_none(), "{english}");
    }
    h.snapshot(name);
}

#[test]
fn the_details_panel_in_russian() {
    details_snapshot(Lang::Ru, "details_russian");
}

#[test]
fn the_details_panel_in_kazakh() {
    details_snapshot(Lang::Kk, "details_kazakh");
}

#[test]
fn the_russian_filters_name_the_tags_in_russian_and_filter_by_them() {
    // Tall enough for the whole menu (a shorter one scrolls its lists).
    let mut h = common::harness_of(common::app(), egui::vec2(1500.0, 1400.0));
    h.state_mut().run_command(Command::SetLang(Lang::Ru));
    h.run();
    h.get_by_label("Фильтры").click();
    h.run();
    assert!(h.query_by_label("border").is_none());
    assert!(h.query_by_label("treaty").is_none());
    // The menu settles in the frames after it opens.
    h.run_steps(2);
    let before = h.get_by_label("граница").rect();
    h.get_by_label("граница").click();
    h.run();
    // It stays put: the match count before the button takes as much room
    // as "104 событий" did (the menu moved 27 px when a box was ticked).
    assert_eq!(h.get_by_label("граница").rect(), before);
    let tags = &h.state().state().filter.tags;
    assert_eq!(tags.iter().collect::<Vec<_>>(), ["border"]);
    // The details name an event's tags in Russian too.
    let ds = h.state().dataset().clone();
    let Some(e) = ds
        .events
        .iter()
        .find(|e| e.tags.iter().any(|t| t == "border"))
    else {
        panic!("no event is tagged border");
    };
    // Esc closes the menu, even with a box in it just ticked (it went to
    // the app's own Esc, and the menu stayed open).
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("граница").is_none(), "Esc closes the menu");
    assert_eq!(h.state().state().filter.tags.len(), 1, "the filter stays");
    h.state_mut()
        .run_command(Command::Select(Some(e.id.clone())));
    h.run();
    let names: Vec<&str> = e.tags.iter().map(|t| ds.tag_name(t, Lang::Ru)).collect();
    assert!(
        h.query_by_label_contains(&format!("Теги: {}", names.join(", ")))
            .is_some()
    );
}

#[test]
fn the_help_has_the_same_rows_in_every_language() {
    let en = rk_roadmap::ui::i18n::help_rows(Lang::En);
    for lang in [Lang::Ru, Lang::Kk] {
        let rows = rk_roadmap::ui::i18n::help_rows(lang);
        assert_eq!(rows.len(), en.len(), "{lang:?}: {rows:#?}");
        // The same keys, row by row, where the keys are not words.
        for ((_, a), (_, b)) in en.iter().zip(&rows) {
            if a.starts_with("Ctrl") || a.starts_with("Enter") || *a == "Esc" {
                assert_eq!(a, b, "{lang:?}");
            }
        }
    }
}
