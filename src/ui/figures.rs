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
use super::widgets::time_axis::{CUSP_YEARS, with_value_axis};
use super::widgets::{clickable, paint_fitted, readable, text_width, truncate};
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
        let high = (top * 1.2).max(1.0);
        let plot = axis
            .aligned_plot(("figures", s.id()), height)
            .show_y(false)
            .show_axes([false, true])
            .label_formatter(|_| None);
        let plot = with_value_axis(plot, "", ((0.0, high), height), move |v| {
            number_text(v, lang)
        });
        let response = plot.show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x(view.start_year..=view.end_year);
            plot_ui.set_plot_bounds_y(0.0..=high);
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
            let legend = chosen.map(|s| legend_entries(ctx, s)).unwrap_or_default();
            let legend_px = legend_width(ui, &legend);
            // The menu gives way to the legend, down to its least.
            let menu_px = (ui.available_width() * 0.45)
                .clamp(120.0, 300.0)
                // The menu's button is its width and its arrow's.
                .min(ui.available_width() - legend_px - 2.0 * ui.spacing().icon_width)
                .max(120.0);
            // The menu is as wide as given: its text is cut to it, with the
            // whole name as tooltip (egui's width is only its least).
            let size = egui::vec2(menu_px, HEADER_PX);
            let layout = egui::Layout::left_to_right(egui::Align::Center);
            ui.allocate_ui_with_layout(size, layout, |ui| {
                ui.set_max_width(menu_px);
                egui::ComboBox::from_id_salt("figure_series")
                    .selected_text(selected.as_str())
                    .width(menu_px)
                    .truncate()
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
                    .on_hover_text(format!(
                        "{selected}\n{}",
                        ctx.tr("Choose the series of figures drawn on the axis")
                    ));
            });
            legend_ui(ui, &legend);
        },
    );
}

/// A marker of the track: a point filled or hollow, or a range's bar.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Marker {
    Confirmed,
    Unconfirmed,
    Range,
}

/// What the series' markers mean, for the markers it has: none when every
/// point is confirmed and none is a range (a lone filled point needs no
/// key).
fn legend_entries(ctx: &ViewerContext<'_>, s: &Series<'_>) -> Vec<(Marker, &'static str)> {
    let ranges = s.figures.iter().any(|f| f.value_high.is_some());
    if !s.has_unconfirmed() && !ranges {
        return Vec::new();
    }
    let mut entries = vec![(Marker::Confirmed, ctx.tr("confirmed"))];
    if s.has_unconfirmed() {
        entries.push((Marker::Unconfirmed, ctx.tr("unconfirmed")));
    }
    if ranges {
        entries.push((Marker::Range, ctx.tr("range")));
    }
    entries
}

/// The marker's room before its word (px).
const LEGEND_MARK_PX: f32 = 14.0;

/// The legend's width: each entry's marker and word, a gap after each.
fn legend_width(ui: &egui::Ui, entries: &[(Marker, &str)]) -> f32 {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let gap = ui.spacing().item_spacing.x;
    entries
        .iter()
        .map(|(_, word)| LEGEND_MARK_PX + text_width(ui, word, font.clone()) + gap)
        .sum()
}

/// Each marker drawn as on the track, with its word; cut at the row's end.
fn legend_ui(ui: &mut egui::Ui, entries: &[(Marker, &str)]) {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let color = ui.visuals().weak_text_color();
    for (marker, word) in entries {
        let want = LEGEND_MARK_PX + text_width(ui, word, font.clone());
        let width = want.min(ui.available_width());
        if width < LEGEND_MARK_PX + 8.0 {
            return;
        }
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(width, HEADER_PX), egui::Sense::hover());
        let c = egui::pos2(rect.left() + LEGEND_MARK_PX / 2.0 - 1.0, rect.center().y);
        let painter = ui.painter();
        match marker {
            Marker::Confirmed => {
                painter.circle_filled(c, 4.0, SERIES_COLOR);
            }
            Marker::Unconfirmed => {
                painter.circle_stroke(c, 3.5, egui::Stroke::new(1.2, SERIES_COLOR));
            }
            Marker::Range => {
                painter.line_segment(
                    [c - egui::vec2(0.0, 6.0), c + egui::vec2(0.0, 6.0)],
                    egui::Stroke::new(3.0, SERIES_COLOR),
                );
            }
        }
        let at = egui::pos2(rect.left() + LEGEND_MARK_PX, rect.center().y);
        let at = (at, egui::Align2::LEFT_CENTER);
        paint_fitted(
            ui,
            painter,
            at,
            word,
            font.clone(),
            (color, width - LEGEND_MARK_PX),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, *word));
    }
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
