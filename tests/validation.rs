//! One test per validation rule: each breaks the shipped dataset in one
//! place and checks that the error names the file and the line or the item.

mod common;

use common::{errors_of, event, line_containing, with_item, with_replaced};
use rk_roadmap::model::{DataTexts, LoadError, load_dir};

fn only_semantic(errors: &[LoadError]) -> Vec<common::Located> {
    let found = common::semantic(errors);
    assert_eq!(
        found.len(),
        errors.len(),
        "expected only semantic errors: {errors:?}"
    );
    found
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let texts = with_item("events.ron", "(id: \"ev_broken\" title: \"x\")");
    let errors = errors_of(&texts);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let line = line_containing(&texts, "events.ron", "ev_broken");
    match &errors[0] {
        LoadError::Syntax {
            file,
            line: l,
            col,
            message,
            line_text,
        } => {
            assert_eq!(file, "events.ron");
            assert_eq!(*l, line);
            assert!(*col > 1, "column {col}");
            assert!(message.to_lowercase().contains("comma"), "{message}");
            assert!(line_text.contains("ev_broken"));
        }
        other => panic!("{other:?}"),
    }
    let shown = errors[0].to_string();
    assert!(shown.starts_with(&format!("events.ron:{line}:")), "{shown}");
    assert!(errors[0].caret_excerpt().is_some_and(|c| c.ends_with('^')));
}

#[test]
fn unknown_field_is_an_error_with_its_line() {
    let texts = with_item("events.ron", &event("ev_typo", "lanee: \"russia\","));
    let errors = errors_of(&texts);
    let line = line_containing(&texts, "events.ron", "lanee");
    match &errors[0] {
        LoadError::Syntax {
            file,
            line: l,
            message,
            ..
        } => {
            assert_eq!(file, "events.ron");
            assert_eq!(*l, line);
            assert!(message.contains("lanee"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn impossible_date_is_located() {
    let texts = with_replaced("eras.ron", "start: \"2010\"", "start: \"2010-02-30\"");
    let errors = errors_of(&texts);
    let line = line_containing(&texts, "eras.ron", "2010-02-30");
    match &errors[0] {
        LoadError::Syntax {
            file,
            line: l,
            message,
            ..
        } => {
            assert_eq!(file, "eras.ron");
            assert_eq!(*l, line);
            assert!(message.contains("2010-02-30"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn duplicate_ids_across_files_are_errors() {
    let texts = with_item("events.ron", &event("putin", ""));
    let errors = only_semantic(&errors_of(&texts));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (file, line, item, field, message) = &errors[0];
    assert_eq!(
        (file.as_str(), item.as_str(), field.as_str()),
        ("people.ron", "putin", "id")
    );
    assert!(line.is_some());
    assert!(
        message.contains("duplicate") && message.contains("events.ron"),
        "{message}"
    );
}

#[test]
fn dangling_reference_names_item_and_field() {
    let texts = with_item(
        "events.ron",
        &event("ev_dangling", "people: [\"nobody_at_all\"],"),
    );
    let errors = only_semantic(&errors_of(&texts));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (file, line, item, field, message) = &errors[0];
    assert_eq!(
        (file.as_str(), item.as_str(), field.as_str()),
        ("events.ron", "ev_dangling", "people")
    );
    assert_eq!(
        *line,
        Some(line_containing(&texts, "events.ron", "\"ev_dangling\""))
    );
    assert!(message.contains("nobody_at_all"));
}

#[test]
fn end_before_start_is_an_error() {
    let texts = with_item("events.ron", &event("ev_backwards", "end: \"2000-01-01\","));
    let errors = only_semantic(&errors_of(&texts));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        (errors[0].2.as_str(), errors[0].3.as_str()),
        ("ev_backwards", "end")
    );
    assert!(errors[0].4.contains("before"));
}

#[test]
fn dates_outside_1985_2040_are_errors() {
    let texts = with_item(
        "events.ron",
        &event("ev_far_future", "").replace("2001-02-03", "2099"),
    );
    let errors = only_semantic(&errors_of(&texts));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        (errors[0].2.as_str(), errors[0].3.as_str()),
        ("ev_far_future", "date")
    );
    assert!(errors[0].4.contains("1985") && errors[0].4.contains("2040"));
}

#[test]
fn every_item_needs_a_source_and_http_urls() {
    let item = event("ev_unsourced", "urls: [\"ftp://example.org/x\"],")
        .replace("sources: [\"chronology\"],", "sources: [],");
    let texts = with_item("events.ron", &item);
    let errors = only_semantic(&errors_of(&texts));
    let fields: Vec<&str> = errors.iter().map(|e| e.3.as_str()).collect();
    assert_eq!(fields, vec!["sources", "urls"], "{errors:?}");
    assert!(errors.iter().all(|e| e.2 == "ev_unsourced"));
}

#[test]
fn term_length_must_agree_with_the_rule_in_force() {
    // Tokayev's single 7-year term, stretched to 9 years.
    let texts = with_item(
        "terms.ron",
        r#"(
    id: "term_test_too_long",
    office: "kz_president",
    holder: "tokayev",
    start: "2022-11-26",
    end: "2031-11-26",
    ended: Ongoing,
    status: Fact,
    sources: ["chronology"],
)"#,
    );
    let errors = only_semantic(&errors_of(&texts));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (file, _, item, field, message) = &errors[0];
    assert_eq!(
        (file.as_str(), item.as_str(), field.as_str()),
        ("terms.ron", "term_test_too_long", "end")
    );
    assert!(message.contains("7 years"), "{message}");
}

#[test]
fn scenario_stages_must_be_in_order() {
    let ds = common::ds();
    let scenario = &ds.scenarios[0];
    let lifecycle = &scenario.lifecycles[0];
    let institution = &lifecycle.institution;
    let mut texts = DataTexts::embedded();
    let text = texts.get("scenarios.ron").expect("file").to_owned();
    // Replace the first lifecycle's stage list with one that goes backwards.
    let at = text
        .find(&format!("institution: \"{institution}\""))
        .expect("lifecycle");
    let open = at + text[at..].find('[').expect("stage list");
    let mut depth = 0;
    let mut close = open;
    for (i, ch) in text[open..].char_indices() {
        match ch {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = open + i;
                    break;
                }
            }
            _ => {}
        }
    }
    let patched = format!(
        "{}[(stage: Operating, year: 2028), (stage: Proposed, year: 2023)]{}",
        &text[..open],
        &text[close + 1..]
    );
    texts.set("scenarios.ron", patched);
    let errors = only_semantic(&errors_of(&texts));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (file, _, item, field, message) = &errors[0];
    assert_eq!(
        (file.as_str(), item.as_str(), field.as_str()),
        ("scenarios.ron", scenario.id.as_str(), "lifecycles")
    );
    assert!(
        message.contains(institution.as_str()) && message.contains("advance"),
        "{message}"
    );
}

#[test]
fn every_error_is_collected_not_only_the_first() {
    let mut texts = with_item(
        "events.ron",
        &event("ev_bad_lane", "").replace("\"bilateral\"", "\"atlantis\""),
    );
    let people = texts.get("people.ron").expect("file").to_owned();
    let close = people.rfind(']').expect("list");
    texts.set(
        "people.ron",
        format!(
            "{}\n(id: \"test_person\", name: \"X\", status: Fact, sources: [\"no_such_source\"]),\n]\n",
            people[..close].trim_end()
        ),
    );
    let errors = only_semantic(&errors_of(&texts));
    let items: Vec<&str> = errors.iter().map(|e| e.2.as_str()).collect();
    assert!(
        items.contains(&"ev_bad_lane") && items.contains(&"test_person"),
        "{errors:?}"
    );
}

#[test]
fn broken_files_are_each_reported_with_their_name() {
    let mut texts = with_replaced("lanes.ron", "[", "[[");
    let eras = texts
        .get("eras.ron")
        .expect("file")
        .replacen("id: \"era_", "id \"era_", 1);
    texts.set("eras.ron", eras);
    let errors = errors_of(&texts);
    let files: Vec<&str> = errors.iter().map(LoadError::file).collect();
    assert!(
        files.contains(&"lanes.ron") && files.contains(&"eras.ron"),
        "{errors:?}"
    );
}

#[test]
fn missing_and_non_utf8_files_are_reported() {
    let dir = std::env::temp_dir().join(format!("rk-roadmap-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in rk_roadmap::model::load::EMBEDDED {
        std::fs::write(dir.join(name), text).unwrap();
    }
    assert!(
        load_dir(&dir).is_ok(),
        "a copy of the embedded data loads from disk"
    );
    std::fs::remove_file(dir.join("figures.ron")).unwrap();
    std::fs::write(dir.join("lanes.ron"), b"[\n  (id: \"a\xff\")\n]").unwrap();
    let errors = load_dir(&dir).unwrap_err().0;
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        !errors
            .iter()
            .any(|e| matches!(e, LoadError::Missing { .. })),
        "an absent kind is empty, not missing: {errors:?}"
    );
    assert!(
        errors.contains(&LoadError::NotUtf8 {
            file: "lanes.ron".into(),
            line: 2,
            col: 10
        }),
        "{errors:?}"
    );
}

#[test]
fn a_second_copy_in_the_same_file_is_reported_where_it_stands() {
    let texts = with_item("events.ron", &event("ev_kz_independence", ""));
    let errors = only_semantic(&errors_of(&texts));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (file, line, item, _, message) = &errors[0];
    assert_eq!(
        (file.as_str(), item.as_str()),
        ("events.ron", "ev_kz_independence")
    );
    let first = rk_roadmap::model::validate::line_of_id(
        texts.get("events.ron").unwrap(),
        "ev_kz_independence",
    )
    .unwrap();
    assert!(
        line.is_some_and(|l| l > first),
        "{line:?} should be the copy, after line {first}"
    );
    assert!(
        message.contains(&format!("first defined in events.ron:{first}")),
        "{message}"
    );
}

#[test]
fn tag_names_must_name_a_tag_in_use_and_not_be_empty() {
    let texts = with_replaced(
        "settings.ron",
        "\"border\": \"граница\",",
        "\"bordr\": \"граница\",\n        \"spaces\": \" \",",
    );
    let errors = only_semantic(&errors_of(&texts));
    assert_eq!(errors.len(), 2, "{errors:?}");
    let misspelt = &errors[0];
    assert_eq!(
        (
            misspelt.0.as_str(),
            misspelt.2.as_str(),
            misspelt.3.as_str()
        ),
        ("settings.ron", "settings", "tags_ru")
    );
    // Each at its entry's line, saying what is wrong.
    let at = |e: &common::Located, needle: &str, says: &str| {
        assert_eq!(e.1, Some(line_containing(&texts, "settings.ron", needle)));
        assert!(e.4.contains(says), "{}", e.4);
    };
    at(misspelt, "\"bordr\"", "did you mean `border`");
    at(
        &errors[1],
        "\"spaces\": \" \"",
        "`spaces` must not be empty",
    );
}

#[test]
fn a_tag_named_twice_is_an_error_at_the_second_name() {
    let texts = with_replaced(
        "settings.ron",
        "\"border\": \"граница\",",
        "\"border\": \"граница\",\n        \"border\": \"рубеж\",",
    );
    let errors = errors_of(&texts);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let text = errors[0].to_string();
    let line = line_containing(&texts, "settings.ron", "\"рубеж\"");
    assert!(text.starts_with(&format!("settings.ron:{line}:")), "{text}");
    assert!(text.contains("`border` is named twice"), "{text}");
}
