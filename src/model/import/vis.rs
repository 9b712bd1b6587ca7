//! vis-timeline JSON: an array of items, or `{ "items": [...], "groups":
//! [...] }`. Items have `id`, `content` (HTML), `start`, `end`, `group`,
//! `type` (`box`, `point`, `range`, `background`) and `title` (a tooltip,
//! HTML). Groups (`id`, `content`) become lanes in their order;
//! `background` items become eras. Dates are ISO strings (`2014-04-20`,
//! `2014-04`, `2014`, `2014-04-20T10:00:00Z`) or milliseconds since 1970.

use serde_json::Value;

use super::{At, Builder, Format, ImportErrors, Imported, NewItem};
use crate::model::date::Date;

/// A JSON id (number or string) as text.
fn id_text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A vis date value, or why not.
pub fn parse_date(v: &Value) -> Result<Date, String> {
    match v {
        Value::Number(n) => {
            let ms = n
                .as_f64()
                .filter(|f| f.is_finite() && f.abs() < 1e15)
                .ok_or_else(|| format!("{n} is not a time in milliseconds"))?;
            let days = (ms / 86_400_000.0).floor() as i64;
            let (y, m, d) = crate::model::date::civil_from_days(days);
            super::date_from_parts(y, Some(m), Some(d)).map_err(|(_, e)| e)
        }
        Value::String(s) => {
            let s = s.trim();
            let day_part = s.split(['T', ' ']).next().unwrap_or("");
            let mut parts = day_part.split('-');
            let number = |p: Option<&str>, what: &str| -> Result<Option<i64>, String> {
                let len_ok = |p: &str| {
                    if what == "year" {
                        p.len() == 4
                    } else {
                        (1..=2).contains(&p.len())
                    }
                };
                match p {
                    None => Ok(None),
                    Some(p) if len_ok(p) && p.bytes().all(|b| b.is_ascii_digit()) => p
                        .parse()
                        .map(Some)
                        .map_err(|_| format!("bad {what} in `{s}`")),
                    Some(_) => Err(format!(
                        "`{s}` is not a date such as 2014-04-20, 2014-04 or 2014"
                    )),
                }
            };
            let year =
                number(parts.next(), "year")?.ok_or_else(|| format!("`{s}` is not a date"))?;
            let month = number(parts.next(), "month")?;
            let day = number(parts.next(), "day")?;
            if parts.next().is_some() {
                return Err(format!("`{s}` is not a date such as 2014-04-20"));
            }
            super::date_from_parts(year, month, day).map_err(|(_, e)| e)
        }
        other => Err(format!(
            "expected a date string or a number of milliseconds, found {}",
            match other {
                Value::Null => "null",
                Value::Bool(_) => "true or false",
                Value::Array(_) => "an array",
                _ => "an object",
            }
        )),
    }
}

fn html_field(v: &Value, key: &str, links: &mut Vec<String>) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .map(|h| super::plain_text(h, links))
        .unwrap_or_default()
}

fn item(b: &mut Builder, v: &Value, path: &str, groups: &[(String, String)]) {
    if !v.is_object() {
        b.error(At::Path(path.to_owned()), "expected an item object");
        return;
    }
    let date_at = |b: &mut Builder, key: &str| -> Result<Option<Date>, ()> {
        match v.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(d) => parse_date(d).map(Some).map_err(|e| {
                b.error(At::Path(format!("{path}.{key}")), e);
            }),
        }
    };
    let (Ok(mut start), Ok(mut end)) = (date_at(b, "start"), date_at(b, "end")) else {
        return;
    };
    // rk-roadmap's exports mark approximate dates with these classes.
    let classes = v.get("className").and_then(Value::as_str).unwrap_or("");
    for class in classes.split_whitespace() {
        match (class, &mut start, &mut end) {
            ("approx-start", Some(d), _) | ("approx-end", _, Some(d)) => d.approx = true,
            _ => {}
        }
    }
    let Some(start) = start else {
        b.error(
            At::Path(format!("{path}.start")),
            "missing: every item needs a start",
        );
        return;
    };
    if let Some(end) = &end
        && super::ends_before(&start, end)
    {
        b.error(
            At::Path(format!("{path}.end")),
            format!(
                "ends ({}) before it starts ({})",
                end.display(),
                start.display()
            ),
        );
        return;
    }
    let mut links = Vec::new();
    let content = html_field(v, "content", &mut links);
    let tooltip = html_field(v, "title", &mut links);
    let kind = v.get("type").and_then(Value::as_str).unwrap_or("");
    let title = if content.trim().is_empty() {
        format!("Untitled ({})", start.display())
    } else {
        content.lines().collect::<Vec<_>>().join(" ")
    };
    let id = id_text(v.get("id"));
    let new = NewItem {
        id: id.filter(|i| !i.bytes().all(|c| c.is_ascii_digit())),
        title,
        text: tooltip,
        start,
        end,
        lane: String::new(),
        links,
        note: None,
    };
    if kind == "background" {
        b.era(new);
        return;
    }
    let group = id_text(v.get("group"));
    let name = group
        .as_ref()
        .and_then(|g| groups.iter().find(|(id, _)| id == g))
        .map(|(_, name)| name.clone())
        .or_else(|| group.clone());
    let lane = b.lane(group.as_deref(), name.as_deref());
    b.event(NewItem { lane, ..new });
}

/// Imports a vis-timeline document.
pub fn import(file: &str, json: &Value) -> Result<Imported, ImportErrors> {
    let mut b = Builder::new(file, Format::Vis);
    let (items, items_path) = match json {
        Value::Array(items) => (items.as_slice(), ""),
        other => match other.get("items") {
            Some(Value::Array(items)) => (items.as_slice(), "items"),
            _ => {
                b.error(At::Path("items".to_owned()), "expected an array of items");
                return b.finish();
            }
        },
    };
    let mut groups = Vec::new();
    match json.get("groups") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for (i, g) in list.iter().enumerate() {
                let Some(id) = id_text(g.get("id")) else {
                    b.error(At::Path(format!("groups[{i}].id")), "a group needs an id");
                    continue;
                };
                let mut ignored = Vec::new();
                let name = html_field(g, "content", &mut ignored);
                let name = if name.is_empty() { id.clone() } else { name };
                b.lane(Some(&id), Some(&name));
                groups.push((id, name));
            }
        }
        Some(_) => b.error(At::Path("groups".to_owned()), "expected an array of groups"),
    }
    if let Some(title) = json.get("title").and_then(Value::as_str) {
        b.out.settings.title = Some(title.to_owned());
    }
    for (i, v) in items.iter().enumerate() {
        let path = if items_path.is_empty() {
            format!("[{i}]")
        } else {
            format!("{items_path}[{i}]")
        };
        item(&mut b, v, &path, &groups);
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_strings_and_milliseconds() {
        let d = |v: Value| parse_date(&v).map(|d| d.to_string());
        assert_eq!(
            d(Value::from("2014-04-20T10:00:00Z")),
            Ok("2014-04-20".into())
        );
        assert_eq!(d(Value::from("1815-06")), Ok("1815-06".into()));
        assert_eq!(d(Value::from(0)), Ok("1970-01-01".into()));
        assert_eq!(d(Value::from(-86_400_000_i64)), Ok("1969-12-31".into()));
        assert!(d(Value::from("20 April")).is_err());
        assert!(d(Value::from(f64::MAX)).is_err());
    }
}
