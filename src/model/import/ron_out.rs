//! Writes imported items as RON data files, one field a line, leaving out
//! empty optional fields, so the result reads like a hand-written file.

use crate::model::settings::Settings;
use crate::model::types::{Era, Event, Lane, Source};

/// A RON string literal.
fn s(text: &str) -> String {
    ron::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// A RON list of strings.
fn list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|i| s(i)).collect();
    format!("[{}]", inner.join(", "))
}

/// One item: `(field: value, …)`, a field a line.
fn item(fields: &[(&str, Option<String>)]) -> String {
    let mut out = String::from("    (\n");
    for (name, value) in fields {
        if let Some(value) = value {
            out.push_str(&format!("        {name}: {value},\n"));
        }
    }
    out.push_str("    ),\n");
    out
}

fn file(header: &str, items: &[String]) -> String {
    format!("// {header}\n[\n{}]\n", items.concat())
}

fn opt(text: Option<&String>) -> Option<String> {
    text.map(|t| s(t))
}

fn nonempty(items: &[String]) -> Option<String> {
    (!items.is_empty()).then(|| list(items))
}

pub fn settings(x: &Settings) -> String {
    let years = |y: Option<(i32, i32)>| y.map(|(a, b)| format!("({a}, {b})"));
    let range = |y: Option<(f64, f64)>| y.map(|(a, b)| format!("({a:?}, {b:?})"));
    let body = item(&[
        ("title", opt(x.title.as_ref())),
        ("title_ru", opt(x.title_ru.as_ref())),
        ("timeline_years", years(x.timeline_years)),
        ("life_years", years(x.life_years)),
        ("axis_years", range(x.axis_years)),
        ("full_view", range(x.full_view)),
    ]);
    format!(
        "// The imported timeline's settings (docs/DATA.md, 4.0).\n{}\n",
        body.trim_start().trim_end().trim_end_matches(',')
    )
}

pub fn sources(items: &[Source]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|x| {
            item(&[
                ("id", Some(s(&x.id))),
                ("kind", Some(format!("{:?}", x.kind))),
                ("title", Some(s(&x.title))),
                ("publisher", Some(s(&x.publisher))),
                ("date", x.date.map(|d| s(&d.to_string()))),
                ("url", opt(x.url.as_ref())),
                ("note", opt(x.note.as_ref())),
            ])
        })
        .collect();
    file("The file this timeline was imported from.", &items)
}

pub fn lanes(items: &[Lane]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|x| {
            item(&[
                ("id", Some(s(&x.id))),
                ("name", Some(s(&x.name))),
                ("summary", opt(x.summary.as_ref())),
            ])
        })
        .collect();
    file("Lanes: the imported file's groups, top to bottom.", &items)
}

pub fn eras(items: &[Era]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|x| {
            item(&[
                ("id", Some(s(&x.id))),
                ("title", Some(s(&x.title))),
                ("start", Some(s(&x.start.to_string()))),
                ("end", Some(s(&x.end.to_string()))),
                ("summary", Some(s(&x.summary))),
                ("status", Some(format!("{:?}", x.status))),
                ("sources", Some(list(&x.sources))),
                ("urls", nonempty(&x.urls)),
                ("note", opt(x.note.as_ref())),
            ])
        })
        .collect();
    file("Eras: periods drawn as background bands.", &items)
}

pub fn events(items: &[Event]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|x| {
            item(&[
                ("id", Some(s(&x.id))),
                ("title", Some(s(&x.title))),
                ("date", Some(s(&x.date.to_string()))),
                ("end", x.end.map(|d| s(&d.to_string()))),
                ("lane", Some(s(&x.lane))),
                ("status", Some(format!("{:?}", x.status))),
                ("summary", Some(s(&x.summary))),
                ("tags", nonempty(&x.tags)),
                ("sources", Some(list(&x.sources))),
                ("urls", nonempty(&x.urls)),
                ("note", opt(x.note.as_ref())),
            ])
        })
        .collect();
    file("Events.", &items)
}
