//! Exports for the web: TimelineJS3 JSON (events with `start_date` /
//! `end_date`, `text.headline` and `text.text`, `group` = the lane's name,
//! `unique_id` = the id, eras, and the sources as links in the text) and
//! vis-timeline JSON (`items` and `groups`). Both import back
//! ([`super::import`]) with every event's title, dates, lane and links.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::dataset::Dataset;
use super::date::{Date, is_http_url};
use super::types::{Event, Id};

/// A TimelineJS date object; an approximate date says so in `display_date`.
fn tl_date(d: &Date) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.year));
    if let Some(month) = d.month() {
        m.insert("month".into(), json!(month));
    }
    if let Some(day) = d.day() {
        m.insert("day".into(), json!(day));
    }
    if d.approx {
        m.insert("display_date".into(), json!(d.display()));
    }
    Value::Object(m)
}

/// Escapes text for HTML.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn link(url: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(url), esc(text))
}

/// The summary as HTML paragraphs, then the sources and checked pages as
/// links.
fn text_html(ds: &Dataset, summary: &str, sources: &[Id], urls: &[String]) -> String {
    let mut out: String = summary
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>", esc(l)))
        .collect();
    let cited: Vec<String> = sources
        .iter()
        .filter_map(|id| ds.source(id))
        .map(|s| match s.url.as_deref().filter(|u| is_http_url(u)) {
            Some(url) => link(url, &s.title),
            None => esc(&s.title),
        })
        .collect();
    if !cited.is_empty() {
        out.push_str(&format!("<p>Sources: {}</p>", cited.join("; ")));
    }
    let checked: Vec<String> = urls
        .iter()
        .filter(|u| is_http_url(u))
        .map(|u| link(u, u))
        .collect();
    if !checked.is_empty() {
        out.push_str(&format!("<p>Checked against: {}</p>", checked.join(", ")));
    }
    out
}

fn lane_name<'a>(ds: &'a Dataset, lane: &'a str) -> &'a str {
    ds.lanes
        .iter()
        .find(|l| l.id == lane)
        .map_or(lane, |l| l.name.as_str())
}

/// The events to export: the dataset's, then the projections of the
/// toggled scenarios (as events of status Projected).
fn events(ds: &Dataset, scenarios: &BTreeSet<Id>) -> Vec<Event> {
    let mut out = ds.events.clone();
    for s in ds.scenarios.iter().filter(|s| scenarios.contains(&s.id)) {
        for p in &s.projected {
            out.push(Event {
                summary_ru: None,
                note_ru: None,
                id: p.id.clone(),
                title: p.title.clone(),
                title_ru: p.title_ru.clone(),
                date: p.date,
                end: p.end,
                lane: p.lane.clone(),
                status: super::types::Status::Projected,
                held: false,
                summary: format!("{}\n(Projected by the scenario «{}».)", p.summary, s.title),
                tags: Vec::new(),
                people: Vec::new(),
                organisations: Vec::new(),
                figures: Vec::new(),
                institutions: Vec::new(),
                factors: Vec::new(),
                sources: s.sources.clone(),
                urls: Vec::new(),
                note: None,
            });
        }
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    out
}

/// TimelineJS3 JSON of the dataset (and the toggled scenarios' projections).
pub fn to_timelinejs(ds: &Dataset, scenarios: &BTreeSet<Id>) -> Value {
    let events: Vec<Value> = events(ds, scenarios)
        .iter()
        .map(|e| {
            let mut m = Map::new();
            m.insert("unique_id".into(), json!(e.id));
            m.insert("start_date".into(), tl_date(&e.date));
            if let Some(end) = &e.end {
                m.insert("end_date".into(), tl_date(end));
            }
            m.insert(
                "text".into(),
                json!({
                    "headline": esc(&e.title),
                    "text": text_html(ds, &e.summary, &e.sources, &e.urls),
                }),
            );
            m.insert("group".into(), json!(lane_name(ds, &e.lane)));
            Value::Object(m)
        })
        .collect();
    let eras: Vec<Value> = ds
        .eras
        .iter()
        .map(|e| {
            json!({
                "start_date": tl_date(&e.start),
                "end_date": tl_date(&e.end),
                "text": {
                    "headline": esc(&e.title),
                    "text": text_html(ds, &e.summary, &e.sources, &e.urls),
                },
            })
        })
        .collect();
    json!({
        "title": { "text": { "headline": esc(ds.title()), "text": "" } },
        "events": events,
        "eras": eras,
    })
}

/// A vis-timeline date: the data's own form (`1991-12-16`, `1991-12`, `1991`).
fn vis_date(d: &Date) -> Value {
    let mut exact = *d;
    exact.approx = false;
    json!(exact.to_string())
}

/// `approx-start` / `approx-end` for approximate dates (vis has no such
/// notion; the classes let a page style them and the import restore them).
fn approx_classes(start: &Date, end: Option<&Date>) -> String {
    let mut out = Vec::new();
    if start.approx {
        out.push("approx-start");
    }
    if end.is_some_and(|e| e.approx) {
        out.push("approx-end");
    }
    out.join(" ")
}

/// vis-timeline JSON: `items` (events; eras as `background` items) and
/// `groups` (the lanes, in order). An item's `title` (its tooltip) holds
/// the summary and the source links.
pub fn to_vis(ds: &Dataset, scenarios: &BTreeSet<Id>) -> Value {
    let mut items: Vec<Value> = ds
        .eras
        .iter()
        .map(|e| {
            json!({
                "id": e.id,
                "content": esc(&e.title),
                "start": vis_date(&e.start),
                "end": vis_date(&e.end),
                "type": "background",
                "className": approx_classes(&e.start, Some(&e.end)),
                "title": text_html(ds, &e.summary, &e.sources, &e.urls),
            })
        })
        .collect();
    items.extend(events(ds, scenarios).iter().map(|e| {
        let mut m = Map::new();
        m.insert("id".into(), json!(e.id));
        m.insert("content".into(), json!(esc(&e.title)));
        m.insert("start".into(), vis_date(&e.date));
        if let Some(end) = &e.end {
            m.insert("end".into(), vis_date(end));
        }
        m.insert("group".into(), json!(e.lane));
        let classes = approx_classes(&e.date, e.end.as_ref());
        if !classes.is_empty() {
            m.insert("className".into(), json!(classes));
        }
        m.insert(
            "type".into(),
            json!(if e.end.is_some() { "range" } else { "point" }),
        );
        m.insert(
            "title".into(),
            json!(text_html(ds, &e.summary, &e.sources, &e.urls)),
        );
        Value::Object(m)
    }));
    let groups: Vec<Value> = ds
        .lanes
        .iter()
        .map(|l| json!({ "id": l.id, "content": esc(&l.name) }))
        .collect();
    json!({ "title": ds.title(), "items": items, "groups": groups })
}
