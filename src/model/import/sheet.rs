//! The TimelineJS Google-sheet template, exported as CSV: one row a slide,
//! columns `Year, Month, Day, Time, End Year, End Month, End Day, End Time,
//! Display Date, Headline, Text, Media, Media Credit, Media Caption, Media
//! Thumbnail, Type, Group, Background`. `Type` is `title`, `era`, or empty
//! for an event. Columns are found by their header, in any order.

use super::{At, Builder, Format, ImportError, ImportErrors, Imported, NewItem};
use crate::model::date::Date;
use crate::model::load::MAX_ITEMS_PER_FILE;

/// The template's columns, as the sheet names them.
pub const COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The cells of one row, by column name.
struct Row<'a> {
    headers: &'a [String],
    record: &'a csv::StringRecord,
    row: usize,
}

impl Row<'_> {
    fn get(&self, column: &str) -> &str {
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(column))
            .and_then(|i| self.record.get(i))
            .map_or("", str::trim)
    }

    fn at(&self, column: &str) -> At {
        At::Cell {
            row: self.row,
            column: column.to_owned(),
        }
    }

    fn number(&self, b: &mut Builder, column: &str) -> Result<Option<i64>, ()> {
        let cell = self.get(column);
        if cell.is_empty() {
            return Ok(None);
        }
        cell.parse::<i64>().map(Some).map_err(|_| {
            b.error(self.at(column), format!("`{cell}` is not a whole number"));
        })
    }

    /// The date in columns `prefix`Year, Month, Day, if the year is given.
    fn date(&self, b: &mut Builder, prefix: &str) -> Result<Option<Date>, ()> {
        let col = |name: &str| format!("{prefix}{name}");
        let year = self.number(b, &col("Year"))?;
        let month = self.number(b, &col("Month"))?;
        let day = self.number(b, &col("Day"))?;
        let Some(year) = year else {
            if month.is_some() || day.is_some() {
                b.error(self.at(&col("Year")), "a month or day without a year");
                return Err(());
            }
            return Ok(None);
        };
        super::date_from_parts(year, month, day)
            .map(Some)
            .map_err(|(part, e)| {
                b.error(self.at(&col(part.column())), e);
            })
    }
}

/// Imports the sheet's CSV text.
pub fn import(file: &str, text: &str) -> Result<Imported, ImportErrors> {
    let mut b = Builder::new(file, Format::Sheet);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_owned()).collect(),
        Err(e) => return Err(ImportErrors(vec![csv_error(file, &e)])),
    };
    for needed in ["Year", "Headline"] {
        if !headers.iter().any(|h| h.eq_ignore_ascii_case(needed)) {
            b.error(
                At::Cell {
                    row: 1,
                    column: needed.to_owned(),
                },
                format!(
                    "the header row has no `{needed}` column; the template's columns are {}",
                    COLUMNS.join(", ")
                ),
            );
        }
    }
    if !b.errors.is_empty() {
        return b.finish();
    }
    let mut record = csv::StringRecord::new();
    for index in 0.. {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                b.errors.push(csv_error(file, &e));
                break;
            }
        }
        if index >= MAX_ITEMS_PER_FILE {
            b.error(At::File, format!("more than {MAX_ITEMS_PER_FILE} rows"));
            break;
        }
        let row = Row {
            headers: &headers,
            record: &record,
            row: index + 2,
        };
        read_row(&mut b, &row);
    }
    b.finish()
}

fn read_row(b: &mut Builder, row: &Row<'_>) {
    if row.record.iter().all(|c| c.trim().is_empty()) {
        return;
    }
    let kind = row.get("Type").to_ascii_lowercase();
    let mut links = Vec::new();
    let headline = super::plain_text(row.get("Headline"), &mut links);
    let body = super::plain_text(row.get("Text"), &mut links);
    if kind == "title" {
        if !headline.is_empty() {
            b.out.settings.title = Some(headline);
        }
        if let Some(source) = &mut b.out.source
            && !body.is_empty()
        {
            source.note = Some(body);
        }
        return;
    }
    if !matches!(kind.as_str(), "" | "era" | "event") {
        b.error(
            row.at("Type"),
            format!(
                "`{}` is not a slide type: use title, era, or leave it empty",
                row.get("Type")
            ),
        );
        return;
    }
    let (Ok(start), Ok(end)) = (row.date(b, ""), row.date(b, "End ")) else {
        return;
    };
    let Some(start) = start else {
        b.error(row.at("Year"), "an event or era needs its year");
        return;
    };
    if let Some(end) = &end
        && super::ends_before(&start, end)
    {
        b.error(
            row.at("End Year"),
            format!(
                "ends ({}) before it starts ({})",
                end.display(),
                start.display()
            ),
        );
        return;
    }
    let mut note = None;
    super::media_link(row.get("Media"), &mut links, &mut note);
    let mut start = start;
    start.approx = row.get("Display Date").starts_with("c.");
    let title = if headline.is_empty() {
        format!("Untitled ({})", start.display())
    } else {
        headline
    };
    let group = Some(row.get("Group")).filter(|g| !g.is_empty());
    let item = NewItem {
        id: None,
        title,
        text: body,
        start,
        end,
        lane: String::new(),
        links,
        note,
    };
    if kind == "era" {
        if item.end.is_none() {
            b.error(row.at("End Year"), "an era needs an end date");
            return;
        }
        b.era(item);
    } else {
        let lane = b.lane(group, group);
        b.event(NewItem { lane, ..item });
    }
}

fn csv_error(file: &str, e: &csv::Error) -> ImportError {
    let at = match e.position() {
        Some(p) => At::Cell {
            row: usize::try_from(p.record()).unwrap_or(0) + 1,
            column: "-".to_owned(),
        },
        None => At::File,
    };
    ImportError::new(file, at, e.to_string())
}
