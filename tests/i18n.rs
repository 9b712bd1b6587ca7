//! The Russian interface is complete: every interface string the panels ask
//! for on the screens a user can reach has a Russian translation.

mod common;

use eframe::egui;
use egui_kittest::kittest::Queryable as _;
use rk_roadmap::command::Command;
use rk_roadmap::model::Lang;
use rk_roadmap::state::{FigureTrack, Tab};
use rk_roadmap::ui::i18n::{TABLE, tr, untranslated};

/// Every string literal passed straight to `tr(` in the interface code.
fn literal_tr_arguments() -> Vec<String> {
    let mut found = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
    let mut files = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/app/mod.rs"
    ))];
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    for path in files {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (at, _) in text.match_indices("tr(") {
            // `tr(`, not the end of another name such as `push_str(`.
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = text[at + 3..].trim_start();
            if let Some(body) = rest.strip_prefix('"')
                && let Some(end) = body.find('"')
            {
                found.push(body[..end].to_owned());
            }
        }
    }
    found
}

#[test]
fn every_literal_interface_string_has_russian() {
    let strings = literal_tr_arguments();
    assert!(
        strings.len() > 50,
        "the scan found only {} strings",
        strings.len()
    );
    let missing: Vec<&String> = strings
        .iter()
        .filter(|s| !TABLE.iter().any(|(en, _)| en == s))
        .collect();
    assert!(missing.is_empty(), "no Russian for {missing:#?}");
}

#[test]
fn tab_names_and_explanations_have_russian() {
    for tab in Tab::ALL {
        assert_ne!(tr(Lang::Ru, tab.label()), tab.label());
        assert_ne!(tr(Lang::Ru, tab.explanation()), tab.explanation());
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
    ids
}

#[test]
fn a_tour_of_the_russian_interface_meets_no_untranslated_string() {
    let mut h = common::app_harness();
    let run = |h: &mut egui_kittest::Harness<'_, rk_roadmap::App>, c: Command| {
        h.state_mut().run_command(c);
        h.run();
    };
    run(&mut h, Command::SetLang(Lang::Ru));
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
    for s in &ds.scenarios {
        run(&mut h, Command::ToggleScenario(s.id.clone()));
    }
    for tab in Tab::ALL {
        run(&mut h, Command::SetTab(tab));
    }
    run(&mut h, Command::SetTab(Tab::Institutions));
    run(&mut h, Command::ShowMatrix(true));
    let inst = ds
        .institutions
        .iter()
        .find(|i| !i.answers.is_empty())
        .unwrap();
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
    for menu in ["Поделиться", "Вид", "Фильтры"] {
        h.get_by_label(menu).click();
        h.run();
        h.key_press(egui::Key::Escape);
        h.run();
    }
    let missing = untranslated();
    assert!(missing.is_empty(), "shown in English: {missing:#?}");
}
