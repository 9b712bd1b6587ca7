//! Figures as a track on the shared axis: one series of the dataset's
//! figures (trade turnover by year, …), chosen from a menu, drawn with
//! egui_plot under the other panels. Unconfirmed values are hollow, ranges
//! are vertical bars; each point is an accessible button that shows the
//! figure's value with the source's qualifier, its wording and its sources
//! on hover, and opens the figure's details when clicked.

use eframe::egui::{self, Color32, Pos2, Rect, RichText};
use egui_plot::{Line, LineStyle, MarkerShape, PlotPoint, PlotTransform, Points, Span};

use super::context::{Panel, ViewerContext};
use super::theme;
use super::widgets::time_axis::CUSP_YEARS;
use super::widgets::{clickable, readable, truncate};
use crate::command::Command;
use crate::model::figures::{Series, is_confirmed, number_text, point, series, value_text};
use crate::model::types::Figure;
use crate::state::FigureTrack;

/// Height of the track at its fullest (header included).
pub const FIGURES_PX: f32 = 130.0;
/// Height of the track's header row (title and series menu).
const HEADER_PX: f32 = 22.0;
/// The smallest a plot below the timeline is made when the window is short.
pub const MIN_PLOT_PX: f32 = 80.0;
/// The timeline keeps at least this much before the plots below it shrink.
pub const COMFORTABLE_TIMELINE_PX: f32 = 230.0;
/// The points' and the line's colour.
const SERIES_COLOR: Color32 = Color32::from_rgb(40, 140, 110);

/// Heights of the generation plot and of the figures track when both want
/// room: their full heights while `room` (what the timeline and the plots
/// share) leaves the timeline `comfortable` pixels, else shrunk alike, to no
/// less than [`MIN_PLOT_PX`] each. A height of 0 stays 0 (that plot is hidden).
pub fn plot_heights(room: f32, want: [f32; 2], comfortable: f32) -> [f32; 2] {
    let total: f32 = want.iter().sum();
    let spare = (room - comfortable).max(0.0);
    if total <= spare || total <= 0.0 {
        return want;
    }
    let scale = spare / total;
    want.map(|h| {
        if h > 0.0 {
            (h * scale).max(MIN_PLOT_PX)
        } else {
            0.0
        }
    })
}

/// The "show figures" toggle, next to the generation gap's.
pub fn toggle_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let show = ctx.state.figures.show;
    let label = ctx.tr(if show { "Hide figures" } else { "Show figures" });
    if ui
        .add(egui::Button::new(label).frame(false))
        .on_hover_text(ctx.tr(
            "Show or hide a track of the dataset's figures over time: trade turnover, transit, diaspora",
        ))
        .clicked()
    {
        ctx.send(Command::SetFigures(FigureTrack {
            show: !show,
            series: ctx.state.figures.series.clone(),
        }));
    }
}

#[derive(Default)]
pub struct FiguresPanel;

impl Panel for FiguresPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(axis) = ctx.axis else { return };
        let all = series(&ctx.ds.figures);
        let chosen = ctx
            .state
            .figures
            .series
            .as_deref()
            .and_then(|id| all.iter().find(|s| s.id() == id))
            .or(all.first());
        header_ui(ui, ctx, &all, chosen);
        let Some(s) = chosen else {
            ui.weak(ctx.tr("The data has no figure series."));
            return;
        };
        let height = (ui.available_height() - 2.0).max(40.0);
        let view = axis.map.view;
        let lang = ctx.lang;
        let top = s
            .figures
            .iter()
            .map(|f| f.value_high.unwrap_or(f.value).max(f.value))
            .fold(0.0_f64, f64::max);
        let plot = axis
            .aligned_plot(("figures", s.id()), height)
            .show_y(false)
            .show_axes([false, true])
            .y_axis_formatter(move |mark, _| number_text(mark.value, lang))
            .label_formatter(|_| None);
        let response = plot.show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x(view.start_year..=view.end_year);
            plot_ui.set_plot_bounds_y(0.0..=(top * 1.2).max(1.0));
            plot_ui.add(Span::new("", CUSP_YEARS.0..=CUSP_YEARS.1).fill(theme::CUSP_PLOT_FILL));
            series_items_ui(plot_ui, s);
        });
        let track = format!(
            "Figure track: {} ({})",
            s.title(crate::model::Lang::En),
            s.unit
        );
        readable(ui, response.response.rect, ("figure_track", s.id()), &track);
        points_ui(ui, ctx, s, &response.transform, response.response.rect);
    }
}

/// The track's title, the series menu and what the markers mean.
fn header_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    all: &[Series<'_>],
    chosen: Option<&Series<'_>>,
) {
    let size = egui::vec2(ui.available_width(), HEADER_PX);
    ui.allocate_ui_with_layout(
        size,
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(size);
            ui.add_space(6.0);
            ui.strong(ctx.tr("Figures"));
            let name = |s: &Series<'_>| format!("{} ({})", s.title(ctx.lang), s.unit_in(ctx.lang));
            let selected = chosen.map_or_else(String::new, name);
            egui::ComboBox::from_id_salt("figure_series")
                .selected_text(truncate(&selected, 60))
                .width((ui.available_width() * 0.45).clamp(120.0, 300.0))
                .show_ui(ui, |ui| {
                    for s in all {
                        let points = s.figures.len();
                        let on = chosen.is_some_and(|c| c.id() == s.id());
                        let text = format!("{} — {points}", name(s));
                        if ui.selectable_label(on, text).clicked() {
                            ctx.send(Command::SetFigures(FigureTrack {
                                show: true,
                                series: Some(s.id()),
                            }));
                        }
                    }
                })
                .response
                .on_hover_text(ctx.tr("Choose the series of figures drawn on the axis"));
            if chosen.is_some_and(Series::has_unconfirmed) {
                let legend = ctx.tr("filled = confirmed · hollow = unconfirmed · bar = range");
                ui.add(egui::Label::new(RichText::new(legend).weak()).truncate());
            }
        },
    );
}

/// The series' line, range bars and points (filled when confirmed).
fn series_items_ui(plot_ui: &mut egui_plot::PlotUi<'_>, s: &Series<'_>) {
    let all: Vec<[f64; 2]> = s.figures.iter().map(|f| point(f)).collect();
    if all.len() > 1 {
        plot_ui.line(
            Line::new("", all)
                .color(SERIES_COLOR.gamma_multiply(0.6))
                .style(LineStyle::dashed_loose())
                .allow_band(false)
                .allow_hover(false),
        );
    }
    for f in &s.figures {
        if let Some(high) = f.value_high {
            let x = point(f)[0];
            plot_ui.line(
                Line::new("", vec![[x, f.value], [x, high]])
                    .color(SERIES_COLOR)
                    .width(3.0)
                    .allow_band(false)
                    .allow_hover(false),
            );
        }
    }
    for confirmed in [true, false] {
        let pts: Vec<[f64; 2]> = s
            .figures
            .iter()
            .filter(|f| is_confirmed(f) == confirmed)
            .map(|f| point(f))
            .collect();
        plot_ui.points(
            Points::new("", pts)
                .shape(MarkerShape::Circle)
                .radius(4.5)
                .filled(confirmed)
                .color(SERIES_COLOR)
                .allow_hover(false),
        );
    }
}

/// Each point as a button over the plot: hover for its value, wording and
/// sources; click for its details.
fn points_ui(
    ui: &egui::Ui,
    ctx: &ViewerContext<'_>,
    s: &Series<'_>,
    transform: &PlotTransform,
    frame: Rect,
) {
    for f in &s.figures {
        let [x, y] = point(f);
        let at: Pos2 = transform.position_from_point(&PlotPoint::new(x, y));
        if !frame.contains(at) {
            continue;
        }
        let hit = Rect::from_center_size(at, egui::vec2(14.0, 14.0));
        if ctx.is_selected(&f.id) {
            let stroke = egui::Stroke::new(2.0, ui.visuals().strong_text_color());
            ui.painter().circle_stroke(at, 8.0, stroke);
        }
        clickable(ui, ctx, hit, ("figure", &f.id), &f.title, &f.id)
            .on_hover_ui(|ui| figure_tooltip_ui(ui, ctx, f));
    }
}

/// A figure's title, value with its qualifier, date, status, the source's
/// wording and the sources cited.
fn figure_tooltip_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, f: &Figure) {
    ui.strong(ctx.pick(&f.title, f.title_ru.as_deref()));
    ui.label(format!(
        "{} · {} {} · {}",
        value_text(f, ctx.lang),
        ctx.tr("as of"),
        f.as_of.display_in(ctx.lang),
        f.status.label(ctx.lang)
    ));
    ui.label(RichText::new(format!("“{}”", truncate(&f.wording, 200))).italics());
    for id in &f.sources {
        if let Some(source) = ctx.ds.source(id) {
            let title = ctx.pick(&source.title, source.title_ru.as_deref());
            ui.label(
                RichText::new(format!("{}: {}", ctx.tr("Source"), truncate(title, 90))).small(),
            );
        }
    }
    ui.weak(ctx.tr("Click for details and sources"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plots_keep_their_height_while_the_timeline_has_room() {
        assert_eq!(
            plot_heights(800.0, [170.0, 130.0], COMFORTABLE_TIMELINE_PX),
            [170.0, 130.0]
        );
        assert_eq!(
            plot_heights(800.0, [0.0, 130.0], COMFORTABLE_TIMELINE_PX),
            [0.0, 130.0]
        );
        // Short of room: both shrink alike, never below the minimum.
        let [g, f] = plot_heights(
            COMFORTABLE_TIMELINE_PX + 200.0,
            [170.0, 130.0],
            COMFORTABLE_TIMELINE_PX,
        );
        assert!(g < 170.0 && f < 130.0 && g >= MIN_PLOT_PX && f >= MIN_PLOT_PX);
        assert!((g / f - 170.0 / 130.0).abs() < 0.01 || f == MIN_PLOT_PX);
        assert_eq!(
            plot_heights(100.0, [170.0, 130.0], COMFORTABLE_TIMELINE_PX),
            [MIN_PLOT_PX, MIN_PLOT_PX]
        );
    }
}
