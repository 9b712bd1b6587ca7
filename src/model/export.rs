//! Exports of what the timeline shows: CSV (RFC 4180, via the `csv` crate)
//! and a Markdown brief with the sources as links. Used by the app's menu and
//! by `rk-roadmap export`.

use std::collections::BTreeSet;

use super::dataset::{Dataset, ItemRef};
use super::date::is_http_url;
use super::search::SearchIndex;
use super::timeline::{Filter, TimelineIndex};
use super::types::Id;

/// One exported row: an event or a toggled scenario's projection.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRow {
    pub id: String,
    pub title: String,
    pub date: String,
    pub end: String,
    pub lane: String,
    pub status: String,
    pub scenario: String,
    pub summary: String,
    /// `(title, url)` of each source; the url may be empty.
    pub sources: Vec<(String, String)>,
}

/// A file name (without extension) that says what an export shows:
/// `rk-roadmap_timeline_2021-2023_institutional_alliance+leadership_diplomacy`.
/// `what` is the tab or the kind of export; scenario ids lose their `sc_`
/// prefix; characters a file system may refuse become `-`.
pub fn file_stem(what: &str, from_year: f64, to_year: f64, scenarios: &BTreeSet<Id>) -> String {
    let first = from_year.floor();
    let last = (to_year - 1e-9).floor().max(first);
    let mut stem = format!("rk-roadmap_{what}_{first:.0}-{last:.0}");
    let names: Vec<&str> = scenarios
        .iter()
        .map(|id| id.strip_prefix("sc_").unwrap_or(id))
        .collect();
    if !names.is_empty() {
        stem.push('_');
        stem.push_str(&names.join("+"));
    }
    stem.chars()
        .map(|c| {
            if c.is_alphanumeric() || "_-+.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The events (and projections of `scenarios`) that pass `filter` and
/// overlap the years `[from, to]`, in date order.
pub fn rows(
    ds: &Dataset,
    scenarios: &BTreeSet<Id>,
    filter: &Filter,
    from: f64,
    to: f64,
) -> Vec<ExportRow> {
    let search = if filter.query.trim().is_empty() {
        SearchIndex::default()
    } else {
        SearchIndex::build(ds)
    };
    let results = search.search(&filter.query);
    let index = TimelineIndex::build_filtered(ds, scenarios, filter, |item| {
        results.lets_through(&search, item)
    });
    let mut shown: Vec<usize> = (0..index.tracks().len())
        .flat_map(|track| index.visible(track, from, to))
        .collect();
    shown.sort_by(|&a, &b| {
        let (ia, ib) = (&index.items[a], &index.items[b]);
        ia.extent()
            .0
            .total_cmp(&ib.extent().0)
            .then_with(|| ia.id(ds).cmp(ib.id(ds)))
    });
    shown
        .into_iter()
        .filter_map(|i| row(ds, index.items[i].id(ds)))
        .collect()
}

fn source_links(ds: &Dataset, sources: &[Id], urls: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = sources
        .iter()
        .filter_map(|id| ds.source(id))
        .map(|s| {
            let title = match s.footnote {
                Some(n) => format!("[{n}] {} ({})", s.title, s.publisher),
                None => format!("{} ({})", s.title, s.publisher),
            };
            (title, s.url.clone().unwrap_or_default())
        })
        .collect();
    out.extend(urls.iter().map(|u| (page_title(u), u.clone())));
    out
}

/// A readable name for a page the item was checked against: its site and
/// path (cut at 90 characters), `astanatimes.com/2022/09/kazakhstan-to-hold-…`.
fn page_title(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest
        .strip_prefix("www.")
        .unwrap_or(rest)
        .trim_end_matches('/');
    let mut title: String = rest.chars().take(90).collect();
    if rest.chars().count() > 90 {
        title.push('…');
    }
    title
}

fn row(ds: &Dataset, id: &str) -> Option<ExportRow> {
    let lane_name = |lane: &str| {
        ds.lanes
            .iter()
            .find(|l| l.id == lane)
            .map_or(lane.to_owned(), |l| l.name.clone())
    };
    match ds.get(id)? {
        ItemRef::Event(i) => {
            let e = ds.events.get(i)?;
            Some(ExportRow {
                id: e.id.clone(),
                title: e.title.clone(),
                date: e.date.to_string(),
                end: e.end.map(|d| d.to_string()).unwrap_or_default(),
                lane: lane_name(&e.lane),
                status: e.status.label(crate::model::Lang::En).to_owned(),
                scenario: String::new(),
                summary: e.summary.clone(),
                sources: source_links(ds, &e.sources, &e.urls),
            })
        }
        ItemRef::Projected(s, p) => {
            let scenario = ds.scenarios.get(s)?;
            let e = scenario.projected.get(p)?;
            Some(ExportRow {
                id: e.id.clone(),
                title: e.title.clone(),
                date: e.date.to_string(),
                end: e.end.map(|d| d.to_string()).unwrap_or_default(),
                lane: lane_name(&e.lane),
                status: "projected".to_owned(),
                scenario: scenario.title.clone(),
                summary: e.summary.clone(),
                sources: source_links(ds, &scenario.sources, &[]),
            })
        }
        _ => None,
    }
}

/// RFC 4180 CSV with a header row.
pub fn to_csv(rows: &[ExportRow]) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record([
        "id", "title", "date", "end", "lane", "status", "scenario", "summary", "sources",
    ])?;
    for r in rows {
        let sources = r
            .sources
            .iter()
            .map(|(t, u)| {
                if u.is_empty() {
                    t.clone()
                } else {
                    format!("{t} <{u}>")
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        w.write_record([
            &r.id,
            &r.title,
            &r.date,
            &r.end,
            &r.lane,
            &r.status,
            &r.scenario,
            &r.summary,
            &sources,
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn md_escape(text: &str) -> String {
    text.replace('[', "\\[").replace(']', "\\]")
}

/// A Markdown brief: the toggled scenarios, then each row with its date,
/// status, summary and sources as links.
pub fn to_markdown(
    ds: &Dataset,
    rows: &[ExportRow],
    scenarios: &BTreeSet<Id>,
    from: f64,
    to: f64,
) -> String {
    let mut out = format!(
        "# Russia–Kazakhstan relations, {:.0}–{:.0}\n\nExported from rk-roadmap. Status: fact, scheduled, proposed, projected (scenario) or unconfirmed.\n\n",
        from.floor(),
        to.ceil() - 1.0
    );
    let on: Vec<_> = ds
        .scenarios
        .iter()
        .filter(|s| scenarios.contains(&s.id))
        .collect();
    if !on.is_empty() {
        out.push_str("## Scenarios shown\n\n");
        for s in on {
            out.push_str(&format!("- **{}** — {}\n", md_escape(&s.title), s.summary));
        }
        out.push('\n');
    }
    out.push_str(&format!("## Events ({})\n\n", rows.len()));
    for r in rows {
        let when = if r.end.is_empty() {
            r.date.clone()
        } else {
            format!("{} – {}", r.date, r.end)
        };
        let scenario = if r.scenario.is_empty() {
            String::new()
        } else {
            format!(", scenario “{}”", r.scenario)
        };
        out.push_str(&format!(
            "### {}\n\n*{when} · {} · {}{scenario}*\n\n{}\n\n",
            md_escape(&r.title),
            r.lane,
            r.status,
            r.summary
        ));
        if !r.sources.is_empty() {
            out.push_str("Sources:\n");
            for (title, url) in &r.sources {
                if is_http_url(url) {
                    out.push_str(&format!("- [{}]({url})\n", md_escape(title)));
                } else {
                    out.push_str(&format!("- {}\n", md_escape(title)));
                }
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_say_what_they_show() {
        let mut on = BTreeSet::new();
        assert_eq!(
            file_stem("timeline", 2021.0, 2024.0, &on),
            "rk-roadmap_timeline_2021-2023"
        );
        on.insert("sc_institutional_alliance".to_owned());
        on.insert("odd/id".to_owned());
        assert_eq!(
            file_stem("roadmap", 2022.5, 2031.0, &on),
            "rk-roadmap_roadmap_2022-2030_odd-id+institutional_alliance"
        );
    }
}
