//! The generation gap: leaders' and named successors' ages over time
//! (egui_plot), from their birth dates, with the 2029–2030 cusp and the
//! white paper's reference ages.

use eframe::egui::{self, Color32};
use egui_plot::{HLine, HoverPosition, Line, LineStyle, PlotPoint, Span, Text};

use super::widgets::time_axis::{CUSP_YEARS, TimeAxis};
use crate::model::elections::age_series;
use crate::model::types::{Country, Person};
use crate::model::{Dataset, ItemRef};

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

#[derive(Default)]
pub struct GenerationPanel;

/// Each person with a colour: shades of red for Russians, of blue and green
/// for Kazakhs, in order.
fn with_colors<'a>(people: &[&'a Person]) -> Vec<(&'a Person, Color32)> {
    let (mut ru, mut kz) = (0, 0);
    people
        .iter()
        .map(|p| {
            let index = if p.country == Some(Country::Russia) {
                ru += 1;
                ru
            } else {
                kz += 1;
                kz
            };
            (*p, person_color(p, index))
        })
        .collect()
}

fn person_color(p: &Person, index: usize) -> Color32 {
    let shades_ru = [
        Color32::from_rgb(230, 110, 100),
        Color32::from_rgb(200, 60, 60),
        Color32::from_rgb(240, 160, 140),
    ];
    let shades_kz = [
        Color32::from_rgb(70, 170, 220),
        Color32::from_rgb(40, 120, 200),
        Color32::from_rgb(90, 200, 170),
        Color32::from_rgb(140, 200, 240),
        Color32::from_rgb(60, 150, 130),
    ];
    match p.country {
        Some(Country::Russia) => shades_ru[index % shades_ru.len()],
        _ => shades_kz[index % shades_kz.len()],
    }
}

impl GenerationPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, axis: &TimeAxis, ds: &Dataset, height: f32) {
        let view = axis.map.view;
        let people: Vec<&Person> = PEOPLE
            .iter()
            .filter_map(|id| match ds.get(id) {
                Some(ItemRef::Person(i)) => ds.people.get(i),
                _ => None,
            })
            .filter(|p| p.born.is_some())
            .collect();
        let plot = axis
            .aligned_plot("generation_gap", height)
            .y_axis_label("age")
            .x_axis_formatter(|mark, range| year_label(mark.value, range.end() - range.start()))
            .label_formatter(|hover| match hover {
                HoverPosition::NearDataPoint {
                    plot_name,
                    position,
                    ..
                } if !plot_name.is_empty() => Some(format!(
                    "{plot_name}\nage {:.0} in {:.0}",
                    position.y.floor(),
                    position.x.floor()
                )),
                _ => None,
            });
        let people = with_colors(&people);
        let labels = end_labels(&people, view.end_year);
        plot.show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x(view.start_year..=view.end_year);
            plot_ui.set_plot_bounds_y(20.0..=100.0);
            plot_ui.add(
                Span::new("", CUSP_YEARS.0..=CUSP_YEARS.1)
                    .fill(Color32::from_rgba_unmultiplied(230, 170, 40, 40)),
            );
            for (age, label) in REFERENCE_AGES {
                plot_ui.add(
                    HLine::new(label, age)
                        .color(Color32::from_gray(150))
                        .style(LineStyle::dashed_loose()),
                );
            }
            for (p, color) in &people {
                let Some(born) = p.born else { continue };
                let end = p
                    .died
                    .map_or(view.end_year, |d| d.mid_year_frac())
                    .min(view.end_year);
                let points = age_series(&born, view.start_year, end);
                if points.is_empty() {
                    continue;
                }
                let name = if born.approx {
                    format!("{} (born c. {})", p.name, born.year)
                } else {
                    format!("{} (born {})", p.name, born.year)
                };
                let mut line = Line::new(name, points).color(*color).width(2.0);
                if born.approx {
                    line = line.style(LineStyle::dashed_dense());
                }
                plot_ui.line(line);
            }
            for (x, y, text, color) in &labels {
                plot_ui.text(
                    Text::new(
                        text.clone(),
                        PlotPoint::new(*x, *y),
                        egui::RichText::new(text).size(11.0).color(*color),
                    )
                    .anchor(egui::Align2::RIGHT_CENTER),
                );
            }
            for (age, label) in REFERENCE_AGES {
                plot_ui.text(
                    Text::new(
                        label,
                        PlotPoint::new(view.start_year + 0.01 * view.span_years(), age + 2.5),
                        egui::RichText::new(format!("{age:.0}")).size(10.0),
                    )
                    .anchor(egui::Align2::LEFT_CENTER),
                );
            }
        });
    }
}

/// An x-axis label: the year, or month and year when zoomed in.
fn year_label(value: f64, span_years: f64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let year = value.floor();
    if span_years >= 3.0 {
        return format!("{year:.0}");
    }
    let month = (((value - year) * 12.0).round() as usize).min(11);
    format!("{} {year:.0}", MONTHS[month])
}

/// Surname labels at the right end of each line, nudged apart so they do not
/// overlap: `(x, y, text, colour)` in plot coordinates.
fn end_labels(people: &[(&Person, Color32)], end_year: f64) -> Vec<(f64, f64, String, Color32)> {
    let mut labels: Vec<(f64, f64, String, Color32)> = Vec::new();
    for (p, color) in people {
        let Some(born) = p.born else { continue };
        let end = p.died.map_or(end_year, |d| d.mid_year_frac()).min(end_year);
        if end <= born.mid_year_frac() {
            continue;
        }
        let surname = p.name.rsplit(' ').next().unwrap_or(&p.name).to_owned();
        labels.push((end - 0.3, end - born.mid_year_frac(), surname, *color));
    }
    labels.sort_by(|a, b| a.1.total_cmp(&b.1));
    // Labels at the same end at least 7 years of age (about a text line) apart.
    for i in 1..labels.len() {
        let prev = labels[i - 1].1;
        if (labels[i].0 - labels[i - 1].0).abs() < 1.0 && labels[i].1 - prev < 7.0 {
            labels[i].1 = prev + 7.0;
        }
    }
    labels
}
