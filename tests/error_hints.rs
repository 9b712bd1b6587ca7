//! Syntax errors in plain words: file:line:col and the caret stay, and the
//! common hand-editing mistakes get a hint.

mod common;

use common::{errors_of, event, with_item, with_replaced};

fn message_of(texts: &rk_roadmap::model::DataTexts) -> String {
    let errors = errors_of(texts);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].caret_excerpt().is_some(),
        "a caret for {}",
        errors[0]
    );
    errors[0].to_string()
}

#[test]
fn a_missing_parenthesis_is_named() {
    let item = event("ev_paren", "").replacen('(', "", 1);
    let m = message_of(&with_item("events.ron", &item));
    assert!(m.starts_with("events.ron:"), "{m}");
    assert!(m.contains("opening parenthesis `(` is missing"), "{m}");
}

#[test]
fn a_missing_comma_is_named() {
    let item = event("ev_comma", "").replacen("\"Test event\",", "\"Test event\"", 1);
    let m = message_of(&with_item("events.ron", &item));
    assert!(m.contains("a comma is missing"), "{m}");
}

#[test]
fn unquoted_text_is_named() {
    let item = event("ev_quote", "").replacen("\"Test event\"", "Test event", 1);
    let m = message_of(&with_item("events.ron", &item));
    assert!(m.contains("double quotes"), "{m}");
}

#[test]
fn a_misspelt_field_gets_the_closest_name() {
    let item = event("ev_field", "").replacen("summary:", "sumary:", 1);
    let m = message_of(&with_item("events.ron", &item));
    assert!(m.contains("did you mean `summary`?"), "{m}");
}

#[test]
fn a_misspelt_value_gets_the_closest_name() {
    let m = message_of(&with_replaced(
        "events.ron",
        "status: Fact",
        "status: Factt",
    ));
    assert!(m.contains("did you mean `Fact`?"), "{m}");
}

#[test]
fn a_missing_bracket_at_the_end_is_named() {
    let texts = common::with_item("events.ron", &event("ev_end", ""));
    let text = texts
        .get("events.ron")
        .unwrap_or_default()
        .trim_end()
        .trim_end_matches(']')
        .to_owned();
    let mut texts = texts;
    texts.set("events.ron", text);
    let m = message_of(&texts);
    assert!(m.contains("closing bracket `]`"), "{m}");
}
