//! Scheduled items whose date has passed: the shipped data marks them held,
//! and the checker warns (file, line, item) about any that are not — and
//! about terms still Ongoing after their due end — without failing.

mod common;

use common::{ds, line_containing, with_replaced};
use rk_roadmap::model::past_due::{Due, election_due, event_due, term_due, warnings};
use rk_roadmap::model::{DataTexts, Date, LoadError, Status, load_texts};

/// "Today" for these tests: the day the 2026 items were reviewed.
fn today() -> f64 {
    Date::ymd(2026, 12, 1).map_or(2026.92, |d| d.start_year_frac())
}

fn warnings_of(texts: &DataTexts) -> Vec<LoadError> {
    match load_texts(texts) {
        Ok(ds) => warnings(&ds, texts, today()),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn no_item_is_still_scheduled_after_its_date_unless_marked_held() {
    let ds = ds();
    let mut past_due: Vec<&str> = Vec::new();
    past_due.extend(
        ds.events
            .iter()
            .filter(|e| event_due(e, today()) == Some(Due::PastDue))
            .map(|e| e.id.as_str()),
    );
    past_due.extend(
        ds.elections
            .iter()
            .filter(|e| election_due(e, today()) == Some(Due::PastDue))
            .map(|e| e.id.as_str()),
    );
    past_due.extend(
        ds.terms
            .iter()
            .filter(|t| term_due(t, today()) == Some(Due::PastDue))
            .map(|t| t.id.as_str()),
    );
    assert!(past_due.is_empty(), "past due: {past_due:?}");
    assert!(
        warnings(&ds, &DataTexts::embedded(), today()).is_empty(),
        "{:?}",
        warnings(&ds, &DataTexts::embedded(), today())
    );
    // The three items the sources leave without a result are held, not facts.
    for id in ["el_ru_duma_2026", "el_kz_parl_2026"] {
        let e = ds.elections.iter().find(|e| e.id == id).expect(id);
        assert_eq!((e.status, e.held), (Status::Scheduled, true), "{id}");
    }
    let forum = ds.events.iter().find(|e| e.id == "ev_forum_22_omsk");
    assert!(forum.is_some_and(|e| e.held && e.status == Status::Scheduled));
    // A term whose successor's voting day has passed is not Ongoing.
    let duma_8 = ds.terms.iter().find(|t| t.id == "term_ru_duma_8");
    assert!(duma_8.is_some_and(|t| t.ended != rk_roadmap::model::TermEnd::Ongoing));
}

#[test]
fn a_past_due_election_is_a_warning_naming_file_line_and_item() {
    let texts = with_replaced(
        "elections.ron",
        "        status: Scheduled,\n        held: true,\n        sources: [\"chronology\"],\n        urls: [\n            \"https://lenta.ru",
        "        status: Scheduled,\n        sources: [\"chronology\"],\n        urls: [\n            \"https://lenta.ru",
    );
    // Not an error: the data still loads.
    let found = warnings_of(&texts);
    assert_eq!(found.len(), 1, "{found:?}");
    let line = line_containing(&texts, "elections.ron", "id: \"el_ru_duma_2026\"");
    assert_eq!(
        found[0].to_string(),
        format!(
            "elections.ron:{line}: item `el_ru_duma_2026`, field `status`: still Scheduled, \
             but its date (20 Sep 2026) has passed; enter the result from a source and set it \
             to Fact, or mark it `held: true` while the sources report no result"
        )
    );
    // Before its date it is not due.
    let ds = load_texts(&texts).expect("loads");
    let before = Date::ymd(2026, 9, 1).map_or(2026.6, |d| d.start_year_frac());
    assert!(warnings(&ds, &texts, before).is_empty());
}

#[test]
fn a_term_ongoing_after_its_end_is_a_warning() {
    let texts = with_replaced(
        "terms.ron",
        "ended: FullTerm,\n        election: \"el_ru_duma_2021\"",
        "ended: Ongoing,\n        election: \"el_ru_duma_2021\"",
    );
    let found = warnings_of(&texts);
    assert_eq!(found.len(), 1, "{found:?}");
    let line = line_containing(&texts, "terms.ron", "id: \"term_ru_duma_8\"");
    let shown = found[0].to_string();
    assert!(
        shown.starts_with(&format!(
            "terms.ron:{line}: item `term_ru_duma_8`, field `ended`: still Ongoing"
        )),
        "{shown}"
    );
}

#[test]
fn held_on_an_item_that_is_not_scheduled_is_an_error() {
    let texts = with_replaced(
        "events.ron",
        "    status: Scheduled,\n        held: true,",
        "    status: Fact,\n        held: true,",
    );
    let errors = common::errors_of(&texts);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let line = line_containing(&texts, "events.ron", "id: \"ev_forum_22_omsk\"");
    assert!(
        errors[0].to_string().starts_with(&format!(
            "events.ron:{line}: item `ev_forum_22_omsk`, field `held`: only a Scheduled item"
        )),
        "{}",
        errors[0]
    );
}

#[test]
fn check_prints_warnings_and_still_exits_0() {
    let dir = std::env::temp_dir().join(format!("rk-roadmap-past-due-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (name, text) in rk_roadmap::model::load::EMBEDDED {
        let text = if name == "events.ron" {
            text.replacen("        held: true,\n", "", 1)
        } else {
            text.to_owned()
        };
        std::fs::write(dir.join(name), text).expect("write");
    }
    // A year-only date is due once its year is over.
    let (code, out) = rk_roadmap::cli::check_at(Some(&dir), 2027.0);
    let (code_before, out_before) = rk_roadmap::cli::check_at(Some(&dir), today());
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(": valid\n"), "{out}");
    assert!(out.contains("1 warning(s)\n"), "{out}");
    assert!(
        out.contains("warning: events.ron:") && out.contains("`ev_forum_22_omsk`"),
        "{out}"
    );
    assert_eq!(code_before, 0);
    assert!(!out_before.contains("warning"), "{out_before}");
}
