//! TimelineJS3 JSON: `title` (a slide), `events` and `eras`, each with
//! `start_date` / `end_date` (`year`, `month`, `day`; numbers or strings),
//! `text.headline` / `text.text` (HTML), `group`, `media.url` and
//! `unique_id`. See <https://timeline.knightlab.com/docs/json-format.html>.

use serde_json::Value;

use super::{At, Builder, Format, ImportErrors, Imported, NewItem};
use crate::model::date::Date;

/// A whole number written as a JSON number or a string; `None` when absent
/// or empty.
pub fn whole_number(v: Option<&Value>) -> Result<Option<i64>, String> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Ok(Some(i)),
            (None, Some(f)) if f.fract() == 0.0 && f.abs() < 1e15 => Ok(Some(f as i64)),
            _ => Err(format!("{n} is not a whole number")),
        },
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => s
            .trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|_| format!("`{s}` is not a whole number")),
        Some(other) => Err(format!("expected a number, found {}", kind(other))),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A string field (`None` when absent, null or not a string).
fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// A TimelineJS date object at `path`.
fn date(b: &mut Builder, v: Option<&Value>, path: &str) -> Option<Date> {
    let v = v?;
    if !v.is_object() {
        b.error(
            At::Path(path.to_owned()),
            format!("expected a date object, found {}", kind(v)),
        );
        return None;
    }
    let mut parts = [None; 3];
    for (slot, key) in parts.iter_mut().zip(["year", "month", "day"]) {
        match whole_number(v.get(key)) {
            Ok(n) => *slot = n,
            Err(e) => {
                b.error(At::Path(format!("{path}.{key}")), e);
                return None;
            }
        }
    }
    let [year, month, day] = parts;
    let Some(year) = year else {
        b.error(At::Path(format!("{path}.year")), "a date needs its year");
        return None;
    };
    match super::date_from_parts(year, month, day) {
        Ok(mut d) => {
            d.approx = text(v, "display_date").is_some_and(|s| s.trim_start().starts_with("c."));
            Some(d)
        }
        Err((part, e)) => {
            b.error(At::Path(format!("{path}.{}", part.key())), e);
            None
        }
    }
}

/// The headline and plain text of a slide's `text`, its links collected.
fn slide_text(v: &Value, links: &mut Vec<String>) -> (String, String) {
    let t = v.get("text");
    let headline = t
        .and_then(|t| text(t, "headline"))
        .map(|h| super::plain_text(h, links))
        .unwrap_or_default();
    let body = t
        .and_then(|t| text(t, "text"))
        .map(|h| super::plain_text(h, links))
        .unwrap_or_default();
    (headline, body)
}

/// A title for an item without a headline.
fn title_or(headline: String, body: &str, start: &Date) -> String {
    if !headline.trim().is_empty() {
        return headline;
    }
    let first: String = body.lines().next().unwrap_or("").chars().take(80).collect();
    if first.trim().is_empty() {
        format!("Untitled ({})", start.display())
    } else {
        first
    }
}

fn slide(b: &mut Builder, v: &Value, path: &str, era: bool) -> Option<NewItem> {
    if !v.is_object() {
        b.error(
            At::Path(path.to_owned()),
            format!("expected an object, found {}", kind(v)),
        );
        return None;
    }
    let start_path = format!("{path}.start_date");
    let Some(start_value) = v.get("start_date") else {
        b.error(
            At::Path(start_path),
            "missing: every slide but the title needs a start_date",
        );
        return None;
    };
    let start = date(b, Some(start_value), &start_path)?;
    let end_path = format!("{path}.end_date");
    let end = date(b, v.get("end_date"), &end_path);
    if v.get("end_date").is_some_and(|e| !e.is_null()) && end.is_none() {
        return None;
    }
    if era && end.is_none() {
        b.error(
            At::Path(end_path.clone()),
            "missing: an era needs an end_date",
        );
        return None;
    }
    if let Some(end) = &end
        && super::ends_before(&start, end)
    {
        b.error(
            At::Path(end_path),
            format!(
                "ends ({}) before it starts ({})",
                end.display(),
                start.display()
            ),
        );
        return None;
    }
    let mut links = Vec::new();
    let (headline, body) = slide_text(v, &mut links);
    let mut note = None;
    if let Some(url) = v.get("media").and_then(|m| text(m, "url")) {
        super::media_link(url, &mut links, &mut note);
    }
    let group = text(v, "group").map(str::trim).filter(|g| !g.is_empty());
    let lane = if era {
        String::new()
    } else {
        b.lane(group, group)
    };
    Some(NewItem {
        id: text(v, "unique_id").map(str::to_owned),
        title: title_or(headline, &body, &start),
        text: body,
        start,
        end,
        lane,
        links,
        note,
    })
}

/// Imports a TimelineJS3 JSON document.
pub fn import(file: &str, json: &Value) -> Result<Imported, ImportErrors> {
    let mut b = Builder::new(file, Format::TimelineJs);
    if let Some(title) = json.get("title") {
        let mut links = Vec::new();
        let (headline, body) = slide_text(title, &mut links);
        if !headline.trim().is_empty() {
            b.out.settings.title = Some(headline);
        }
        if let Some(source) = &mut b.out.source {
            if !body.trim().is_empty() {
                source.note = Some(body);
            }
            source.url = links.into_iter().next();
        }
    }
    for (key, era) in [("events", false), ("eras", true)] {
        match json.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for (i, v) in items.iter().enumerate() {
                    let path = format!("{key}[{i}]");
                    if let Some(item) = slide(&mut b, v, &path, era) {
                        if era {
                            b.era(item);
                        } else {
                            b.event(item);
                        }
                    }
                }
            }
            Some(other) => b.error(
                At::Path(key.to_owned()),
                format!("expected an array, found {}", kind(other)),
            ),
        }
    }
    b.finish()
}
