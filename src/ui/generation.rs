//! The generation gap: leaders' and named successors' ages over time
//! (egui_plot), from their birth dates, with the 2029–2030 cusp and the
//! white paper's reference ages.

use eframe::egui::{self, Color32};
use egui_plot::{HLine, Line, LineStyle, PlotPoint, Span, Text};

use super::context::{Panel, ViewerContext};
use super::theme::{self, person_color};
use super::widgets::time_axis::{CUSP_YEARS, named_point_label, with_value_axis};
use crate::model::date::month_abbr;
use crate::model::elections::age_series;
use crate::model::layout::{TimeView, spread_labels};
use crate::model::types::{Country, Person};
use crate::model::{Dataset, ItemRef, Lang};

/// People drawn, in order: leaders of both countries, then the successors the
/// white paper names.
pub const PEOPLE: [&str; 8] = [
    "yeltsin",
    "putin",
    "medvedev",
    "nazarbayev",
    "tokayev",
    "m_ashimbayev",
    "nurtleu",
    "karin",
];

/// The white paper's reference ages: (age, label).
pub const REFERENCE_AGES: [(f64, &str); 2] = [
    (43.0, "Vice-Premiers' average age (43), per the white paper"),
    (
        50.0,
        "Top politicians \"in the age of about 50\", per the white paper",
    ),
];

/// The height of an end label's line of text (11 px type, its backing
/// whole: at 13 px the next name's backing cut a descender), in pixels.
const LABEL_LINE_PX: f32 = 14.0;
/// What the plot's year labels take below the ages.
const X_AXIS_PX: f32 = 20.0;

#[derive(Default)]
pub struct GenerationPanel;

/// The people drawn, with a birth date, each with a colour.
fn people_with_colors(ds: &Dataset) -> Vec<(&Person, Color32)> {
    let (mut ru, mut kz) = (0, 0);
    PEOPLE
        .iter()
        .filter_map(|id| match ds.get(id) {
            Some(ItemRef::Person(i)) => ds.people.get(i),
            _ => None,
        })
        .filter(|p| p.born.is_some())
        .map(|p| {
            let n = if p.country == Some(Country::Russia) {
                ru += 1;
                ru
            } else {
                kz += 1;
                kz
            };
            (p, person_color(p.country.as_ref(), n))
        })
        .collect()
}

impl Panel for GenerationPanel {
    /// The plot, filling the height `ui` offers.
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(axis) = ctx.axis else { return };
        let view = axis.map.view;
        let lang = ctx.lang;
        let people = people_with_colors(ctx.ds);
        let plot_px = ui.available_height() - X_AXIS_PX;
        let (labels, ages) = placed_labels(&people, view, ctx.lang, plot_px);
        let plot = axis.aligned_plot("generation_gap", ui.available_height());
        // Ages at round steps that stay labelled at the plot's least height.
        let plot = with_value_axis(
            plot,
            ctx.tr("age"),
            ((*ages.start(), *ages.end()), plot_px),
            // A reference age is named at its line: not twice («50 50»).
            |age| {
                if REFERENCE_AGES.iter().any(|(r, _)| (r - age).abs() < 0.5) {
                    String::new()
                } else {
                    format!("{age:.0}")
                }
            },
        )
        .x_axis_formatter(move |mark, range| {
            year_label(mark.value, range.end() - range.start(), lang)
        })
        .label_formatter(named_point_label(move |x, y| {
            age_in(y.floor(), x.floor(), lang)
        }));
        plot.show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x(view.start_year..=view.end_year);
            plot_ui.set_plot_bounds_y(ages);
            plot_ui.add(Span::new("", CUSP_YEARS.0..=CUSP_YEARS.1).fill(theme::CUSP_PLOT_FILL));
            for (age, label) in REFERENCE_AGES {
                plot_ui.add(
                    HLine::new(ctx.tr(label), age)
                        .color(theme::REFERENCE_LINE)
                        .style(LineStyle::dashed_loose()),
                );
            }
            // Earlier lines are drawn wider, so a line that runs along
            // another (Putin's and Tokayev's) still shows as its outline.
            let n = people.len();
            for (k, (p, color)) in people.iter().enumerate() {
                let width = 1.8 + 1.6 * (n - k) as f32 / n.max(1) as f32;
                if let Some(line) = age_line(p, *color, view, ctx.lang) {
                    plot_ui.line(line.width(width));
                }
            }
            // The names on a backing of the plot's colour: spread apart,
            // some sit on another person's line.
            let backing = plot_ui.ctx().global_style().visuals.extreme_bg_color;
            for (x, y, text, color) in &labels {
                plot_ui.text(
                    Text::new(
                        text.clone(),
                        PlotPoint::new(*x, *y),
                        egui::RichText::new(text)
                            .size(11.0)
                            .color(*color)
                            .background_color(backing.gamma_multiply(0.85)),
                    )
                    .anchor(egui::Align2::RIGHT_CENTER),
                );
            }
            reference_numbers_ui(plot_ui, ctx, view, backing);
        });
    }
}

/// The reference ages' numbers at the plot's left, on a backing: they sit
/// on the age lines there.
fn reference_numbers_ui(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    ctx: &ViewerContext<'_>,
    view: TimeView,
    backing: Color32,
) {
    // The lower one under its line, the higher over it: in a short plot
    // the two numbers had overprinted each other.
    let lowest = REFERENCE_AGES
        .iter()
        .map(|(a, _)| *a)
        .fold(f64::INFINITY, f64::min);
    for (age, label) in REFERENCE_AGES {
        let anchor = if age <= lowest {
            egui::Align2::LEFT_TOP
        } else {
            egui::Align2::LEFT_BOTTOM
        };
        plot_ui.text(
            Text::new(
                ctx.tr(label),
                PlotPoint::new(view.start_year + 0.01 * view.span_years(), age),
                egui::RichText::new(format!("{age:.0}"))
                    .size(10.0)
                    .background_color(backing.gamma_multiply(0.85)),
            )
            .anchor(anchor),
        );
    }
}

/// The ages shown: from a little under the youngest age in view to a little
/// over the highest, so no line runs off the plot (the end labels are
/// placed inside them).
fn age_bounds(people: &[(&Person, Color32)], view: TimeView) -> std::ops::RangeInclusive<f64> {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for (p, _) in people {
        let Some(born) = p.born else { continue };
        let end = p
            .died
            .map_or(view.end_year, |d| d.mid_year_frac())
            .min(view.end_year);
        for [_, age] in age_series(&born, view.start_year, end) {
            lo = lo.min(age);
            hi = hi.max(age);
        }
    }
    for (age, _) in REFERENCE_AGES {
        lo = lo.min(age);
        hi = hi.max(age);
    }
    if !lo.is_finite() || !hi.is_finite() {
        return 20.0..=100.0;
    }
    (lo - 3.0).max(0.0)..=hi + 4.0
}

/// A person's age over the view, dashed when the birth year is approximate.
fn age_line<'a>(p: &Person, color: Color32, view: TimeView, lang: Lang) -> Option<Line<'a>> {
    let born = p.born?;
    let end = p
        .died
        .map_or(view.end_year, |d| d.mid_year_frac())
        .min(view.end_year);
    let points = age_series(&born, view.start_year, end);
    if points.is_empty() {
        return None;
    }
    let name = lang.pick(&p.name, p.name_ru.as_deref());
    let unconfirmed = match p.born_status {
        Some(status) if status != p.status => format!(", {}", status.label(lang)),
        _ => String::new(),
    };
    let year = born.year;
    let name = match (born.approx, lang) {
        (true, Lang::En) => format!("{name} (born c. {year}{unconfirmed})"),
        (true, Lang::Ru) => format!("{name} (род. ок. {year}{unconfirmed})"),
        (true, Lang::Kk) => format!("{name} (туған жылы: шамамен {year}{unconfirmed})"),
        (false, Lang::En) => format!("{name} (born {year}{unconfirmed})"),
        (false, Lang::Ru) => format!("{name} (род. {year}{unconfirmed})"),
        (false, Lang::Kk) => format!("{name} (туған жылы: {year}{unconfirmed})"),
    };
    let line = Line::new(name, points).color(color).width(2.0);
    Some(if born.approx {
        line.style(LineStyle::dashed_dense())
    } else {
        line
    })
}

/// An x-axis label: the year, or month and year when zoomed in.
fn year_label(value: f64, span_years: f64, lang: Lang) -> String {
    let year = value.floor();
    if span_years >= 3.0 {
        return format!("{year:.0}");
    }
    let month = (((value - year) * 12.0).round() as usize).min(11);
    match lang {
        Lang::Kk => format!("{year:.0} ж. {}", month_abbr(month, lang)),
        Lang::En | Lang::Ru => format!("{} {year:.0}", month_abbr(month, lang)),
    }
}

/// "age 71 in 2023", on hover.
fn age_in(age: f64, year: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("age {age:.0} in {year:.0}"),
        Lang::Ru => format!("возраст {age:.0} в {year:.0} г."),
        Lang::Kk => format!("{year:.0} жылы жасы {age:.0}"),
    }
}

/// The end labels and the ages shown, for a plot whose ages span
/// `plot_px` pixels: the labels at the view's edge a text line
/// ([`LABEL_LINE_PX`]) apart in pixels whatever the plot's height (at
/// 110 px a fixed seven years of age was half a line, and names overlapped),
/// inside the ages shown.
fn placed_labels(
    people: &[(&Person, Color32)],
    view: TimeView,
    lang: Lang,
    plot_px: f32,
) -> (Vec<EndLabel>, std::ops::RangeInclusive<f64>) {
    let ages = age_bounds(people, view);
    let per_px = (ages.end() - ages.start()) / f64::from(plot_px.max(30.0));
    let gap = f64::from(LABEL_LINE_PX) * per_px;
    // Half a line of room above the top label and below the lowest.
    let within = (ages.start() + gap / 2.0, ages.end() - gap / 2.0);
    (end_labels(people, view.end_year, lang, (gap, within)), ages)
}

/// A surname at the end of its line: `(x, y, text, colour)` in plot
/// coordinates.
type EndLabel = (f64, f64, String, Color32);

/// Surname labels at the right end of each line, those at the view's edge
/// spread `gap` years of age apart inside `within` so they do not overlap.
fn end_labels(
    people: &[(&Person, Color32)],
    end_year: f64,
    lang: Lang,
    (gap, within): (f64, (f64, f64)),
) -> Vec<EndLabel> {
    let mut labels: Vec<EndLabel> = Vec::new();
    for (p, color) in people {
        let Some(born) = p.born else { continue };
        let end = p.died.map_or(end_year, |d| d.mid_year_frac()).min(end_year);
        if end <= born.mid_year_frac() {
            continue;
        }
        let name = lang.pick(&p.name, p.name_ru.as_deref());
        let surname = name.rsplit(' ').next().unwrap_or(name).to_owned();
        labels.push((end - 0.3, end - born.mid_year_frac(), surname, *color));
    }
    // Labels ending at the view's edge share one column, `gap` apart.
    // Lines that end earlier keep their place. Where the column cannot
    // hold them all (a short plot), the first people (the leaders) keep
    // theirs and the others' lines are named on hover only: shared
    // evenly, the names overprinted each other.
    let fit = ((within.1 - within.0) / gap.max(1e-9)).floor().max(0.0) as usize + 1;
    let mut at_edge: Vec<usize> = (0..labels.len())
        .filter(|&i| labels[i].0 >= end_year - 1.3)
        .collect();
    let dropped: Vec<usize> = at_edge.split_off(fit.min(at_edge.len()));
    let ys: Vec<f64> = at_edge.iter().map(|&i| labels[i].1).collect();
    for (&i, y) in at_edge.iter().zip(spread_labels(&ys, gap, within)) {
        labels[i].1 = y;
    }
    for i in dropped.into_iter().rev() {
        labels.remove(i);
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::layout::FULL_VIEW;
    use crate::model::load_embedded;

    /// At the heights the plot takes (its least 60–80 px to the full 150
    /// px of ages), the names at the right edge are a text line apart in
    /// pixels, inside the ages shown (fewer of them in a short plot); with
    /// the fixed seven years of age they were not below about 130 px.
    #[test]
    fn end_labels_are_a_line_apart_at_any_plot_height() {
        let Ok(ds) = load_embedded() else {
            panic!("the shipped data loads")
        };
        let people = people_with_colors(&ds);
        let view = TimeView {
            start_year: FULL_VIEW.0,
            end_year: FULL_VIEW.1,
        };
        for plot_px in [60.0, 80.0, 100.0, 110.0, 130.0, 150.0] {
            let (labels, ages) = placed_labels(&people, view, Lang::En, plot_px);
            let px_per_year = f64::from(plot_px) / (ages.end() - ages.start());
            let mut edge: Vec<f64> = (labels.iter())
                .filter(|l| l.0 >= view.end_year - 1.3)
                .map(|l| l.1 * px_per_year)
                .collect();
            assert!(
                edge.len() >= if plot_px < 100.0 { 3 } else { 5 },
                "{edge:?}"
            );
            edge.sort_by(f64::total_cmp);
            for pair in edge.windows(2) {
                let apart = pair[1] - pair[0];
                assert!(
                    apart >= f64::from(LABEL_LINE_PX) - 0.01,
                    "{apart:.1} px apart at {plot_px} px: {labels:?}"
                );
            }
            assert!(labels.iter().all(|l| ages.contains(&l.1)));
        }
    }
}
