//! Figures as series: figures that share a `series` key and a unit form one
//! series (trade turnover by year, …), in date order, drawn as one track on
//! the time axis. Also the values' text with the source's qualifier.

use super::lang::Lang;
use super::types::{Figure, Qualifier, Status};

/// Figures of one series and one unit, in date order.
#[derive(Clone, Debug, PartialEq)]
pub struct Series<'a> {
    /// The `series` key the figures share.
    pub key: &'a str,
    pub unit: &'a str,
    /// Sorted by `as_of` (ties keep file order).
    pub figures: Vec<&'a Figure>,
}

impl Series<'_> {
    /// The series' id in the interface: `key` and unit (a key may recur with
    /// another unit, which is another series).
    pub fn id(&self) -> String {
        format!("{} ({})", self.key, self.unit)
    }

    /// The series' title: what its figures' titles share ("Russia–Kazakhstan
    /// trade turnover" from "…, 2011", "…, 2018"), or the one figure's title.
    pub fn title(&self, lang: Lang) -> String {
        let titles: Vec<&str> = self
            .figures
            .iter()
            .map(|f| lang.pick(&f.title, f.title_ru.as_deref()))
            .collect();
        let [first, rest @ ..] = titles.as_slice() else {
            return self.key.to_owned();
        };
        if rest.is_empty() {
            return (*first).to_owned();
        }
        let shared = rest.iter().fold(first.chars().count(), |n, t| {
            first
                .chars()
                .zip(t.chars())
                .take(n)
                .take_while(|(a, b)| a == b)
                .count()
        });
        let prefix: String = first.chars().take(shared).collect();
        let trimmed = prefix.trim_end_matches(|c: char| !c.is_alphabetic());
        if trimmed.is_empty() {
            self.key.to_owned()
        } else {
            trimmed.to_owned()
        }
    }

    /// Whether any figure of the series is less than confirmed.
    pub fn has_unconfirmed(&self) -> bool {
        self.figures.iter().any(|f| !is_confirmed(f))
    }
}

/// The figures with a `series` key, grouped by key and unit, each series
/// sorted by date; the longest series first, then in the order each first
/// appears in the file.
/// Figures without a key belong to no series.
pub fn series(figures: &[Figure]) -> Vec<Series<'_>> {
    let mut out: Vec<Series<'_>> = Vec::new();
    for f in figures {
        let Some(key) = f.series.as_deref() else {
            continue;
        };
        match out.iter_mut().find(|s| s.key == key && s.unit == f.unit) {
            Some(s) => s.figures.push(f),
            None => out.push(Series {
                key,
                unit: &f.unit,
                figures: vec![f],
            }),
        }
    }
    for s in &mut out {
        s.figures.sort_by_key(|f| f.as_of);
    }
    // The longest series first (stable: ties keep file order).
    out.sort_by_key(|s| std::cmp::Reverse(s.figures.len()));
    out
}

/// A figure is drawn filled only when it is a Fact.
pub fn is_confirmed(f: &Figure) -> bool {
    f.status == Status::Fact
}

/// Where a figure is drawn: `(year, value)`, a range at its middle.
pub fn point(f: &Figure) -> [f64; 2] {
    let y = match (f.qualifier, f.value_high) {
        (Qualifier::Range, Some(high)) => 0.5 * (f.value + high),
        _ => f.value,
    };
    [f.as_of.mid_year_frac(), y]
}

/// The value as the source qualifies it: "≈ 24 US$ bn", "more than 7,500
/// km", "17.6–18.2 US$ bn".
pub fn value_text(f: &Figure, lang: Lang) -> String {
    let value = number_text(f.value, lang);
    let qualified = match (f.qualifier, f.value_high) {
        (Qualifier::Range, Some(high)) => format!("{value}–{}", number_text(high, lang)),
        (Qualifier::Exactly | Qualifier::Range, _) => value,
        (Qualifier::About, _) => format!("≈ {value}"),
        (Qualifier::AtLeast, _) => format!("{} {value}", lang.choose("at least", "не менее")),
        (Qualifier::MoreThan, _) => format!("{} {value}", lang.choose("more than", "более")),
        (Qualifier::LessThan, _) => format!("{} {value}", lang.choose("less than", "менее")),
    };
    format!("{qualified} {}", f.unit)
}

/// A number with at most two decimals and thousands grouped: `7,500`,
/// `17.6`, `4,000,000` (Russian: `7 500`, `17,6`).
pub fn number_text(value: f64, lang: Lang) -> String {
    let text = format!("{:.2}", value.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let (group, point) = (lang.choose(",", "\u{a0}"), lang.choose(".", ","));
    let digits: Vec<char> = whole.chars().collect();
    let mut grouped = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(group);
        }
        grouped.push(*c);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;

    fn figure(id: &str, series: Option<&str>, unit: &str, as_of: &str, value: f64) -> Figure {
        Figure {
            id: id.to_owned(),
            title: format!("Trade turnover, {as_of}"),
            title_ru: None,
            value,
            value_high: None,
            unit: unit.to_owned(),
            series: series.map(str::to_owned),
            qualifier: Qualifier::Exactly,
            wording: "w".to_owned(),
            as_of: Date::parse(as_of).unwrap_or(Date::year(2000)),
            status: Status::Fact,
            sources: vec!["chronology".to_owned()],
            urls: Vec::new(),
            note: None,
            note_ru: None,
            unit_ru: None,
        }
    }

    #[test]
    fn figures_group_by_series_key_and_unit_in_date_order() {
        let figures = vec![
            figure("t2018", Some("trade"), "US$ bn", "2018", 17.6),
            figure("border", None, "km", "2023", 7500.0),
            figure("t2011", Some("trade"), "US$ bn", "2011", 24.0),
            figure("share", Some("transit"), "%", "~2023", 75.0),
            figure("t_rub", Some("trade"), "RUB trn", "2020", 1.0),
            figure("t2024", Some("trade"), "US$ bn", "2024", 28.0),
            figure("oil", Some("oil"), "%", "~2023", 80.0),
            figure("oil2", Some("oil"), "%", "2024", 70.0),
        ];
        let s = series(&figures);
        let ids: Vec<Vec<&str>> = s
            .iter()
            .map(|s| s.figures.iter().map(|f| f.id.as_str()).collect())
            .collect();
        // Keyless figures are left out; another unit is another series; the
        // longest series come first.
        assert_eq!(
            ids,
            vec![
                vec!["t2011", "t2018", "t2024"],
                vec!["oil", "oil2"],
                vec!["share"],
                vec!["t_rub"]
            ]
        );
        assert_eq!((s[0].key, s[0].unit), ("trade", "US$ bn"));
        assert_eq!(s[0].id(), "trade (US$ bn)");
        assert_eq!(s[3].unit, "RUB trn");
        assert!(series(&[]).is_empty());
    }

    #[test]
    fn a_series_is_titled_by_what_its_titles_share() {
        let figures = vec![
            figure("a", Some("trade"), "US$ bn", "2011", 24.0),
            figure("b", Some("trade"), "US$ bn", "2018", 17.6),
        ];
        assert_eq!(series(&figures)[0].title(Lang::En), "Trade turnover");
        let one = [figure("a", Some("trade"), "US$ bn", "2011", 24.0)];
        assert_eq!(series(&one)[0].title(Lang::En), "Trade turnover, 2011");
    }

    #[test]
    fn values_keep_the_sources_qualifier() {
        let mut f = figure("a", None, "US$ bn", "2011", 24.0);
        assert_eq!(value_text(&f, Lang::En), "24 US$ bn");
        f.qualifier = Qualifier::About;
        assert_eq!(value_text(&f, Lang::En), "≈ 24 US$ bn");
        f.qualifier = Qualifier::MoreThan;
        f.value = 7500.0;
        assert_eq!(value_text(&f, Lang::En), "more than 7,500 US$ bn");
        assert_eq!(value_text(&f, Lang::Ru), "более 7\u{a0}500 US$ bn");
        f.qualifier = Qualifier::Range;
        f.value = 17.6;
        f.value_high = Some(18.2);
        assert_eq!(value_text(&f, Lang::En), "17.6–18.2 US$ bn");
        assert_eq!(value_text(&f, Lang::Ru), "17,6–18,2 US$ bn");
        assert_eq!(point(&f)[1], 0.5 * (17.6 + 18.2));
        assert_eq!(number_text(4_000_000.0, Lang::En), "4,000,000");
        assert_eq!(number_text(0.25, Lang::En), "0.25");
    }
}
