//! The scenario watch board (its own tab): each scenario's judgement in
//! force and tally, its likelihood over time, and the signposts ×
//! scenarios grid with each signpost's state at the as-of date and its
//! evidence. Everything here is the dataset's own analysis.

use eframe::egui::{self, Color32, RichText};
use egui_plot::{Line, Plot, VLine};

use super::axis_area::today_word;
use super::context::{Panel, ViewerContext};
use super::theme::{self, scenario_color};
use super::widgets::text_width;
use crate::command::Command;
use crate::model::date::day_in;
use crate::model::queries::short_title;
use crate::model::types::{Likelihood, Scenario, Signpost};
use crate::model::watch::{self, SignpostState, bearing, deciding_evidence, state_at};

/// Width of one scenario's mark column in the grid.
const MARK_COL_PX: f32 = 34.0;
/// Below this width the board's evidence goes under each signpost.
const NARROW_BOARD_PX: f32 = 760.0;
/// Width of the evidence column.
const EVIDENCE_COL_PX: f32 = 210.0;
/// The signpost's text is never narrower than this.
const MIN_TEXT_COL_PX: f32 = 160.0;
/// Height of the likelihood plot.
const PLOT_PX: f32 = 190.0;
/// A scenario card's width, at least and at most.
const CARD_MIN_PX: f32 = 210.0;
const CARD_MAX_PX: f32 = 320.0;

#[derive(Default)]
pub struct WatchPanel;

impl Panel for WatchPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let out = egui::ScrollArea::vertical()
            .id_salt("watch_board")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                heading_ui(ui, ctx);
                cards_ui(ui, ctx);
                ui.add_space(8.0);
                likelihood_plot_ui(ui, ctx);
                ui.add_space(8.0);
                grid_ui(ui, ctx)
            });
        pinned_header_ui(ui, &out.inner, out.inner_rect);
    }
}

/// The grid's column headings as drawn: each one's rect, text and colour,
/// and where the grid ends.
struct GridHeader {
    cells: Vec<(egui::Rect, String, Color32)>,
    bottom: f32,
}

/// While the grid's heading row has scrolled above the board's `view` and
/// its rows are still in it, the headings again at the view's top, over the
/// rows (a long grid's columns were codes nobody could place).
fn pinned_header_ui(ui: &egui::Ui, header: &GridHeader, view: egui::Rect) {
    let Some(top) = header
        .cells
        .iter()
        .map(|(r, _, _)| r.top())
        .reduce(f32::min)
    else {
        return;
    };
    let height = header
        .cells
        .iter()
        .map(|(r, _, _)| r.height())
        .fold(0.0, f32::max)
        + 6.0;
    if top >= view.top() || header.bottom < view.top() + 2.0 * height {
        return;
    }
    let strip = egui::Rect::from_min_size(view.min, egui::vec2(view.width(), height));
    let painter = ui.painter().with_clip_rect(view);
    painter.rect_filled(strip, 0.0, ui.visuals().panel_fill);
    let line = ui.visuals().widgets.noninteractive.bg_stroke;
    painter.line_segment([strip.left_bottom(), strip.right_bottom()], line);
    let font = egui::TextStyle::Body.resolve(ui.style());
    for (r, text, color) in &header.cells {
        let at = egui::pos2(r.left(), strip.center().y);
        painter.text(at, egui::Align2::LEFT_CENTER, text, font.clone(), *color);
    }
    ui.interact(
        strip,
        egui::Id::unique("watch_pinned_header"),
        egui::Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, "Pinned column headings"));
}

fn heading_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let title = format!(
        "{} {}",
        ctx.tr("Scenario watch as of"),
        day_in(ctx.today, ctx.lang)
    );
    ui.label(RichText::new(title).heading());
    ui.label(
        RichText::new(ctx.tr(
            "Signposts, their bearing on each scenario and the likelihoods are this dataset's own analysis; the white paper gives no scenarios and no likelihoods. A signpost's state is computed from its window and the dated facts that resolved it.",
        ))
        .weak(),
    );
    ui.add_space(6.0);
}

/// One card per scenario: its name (click to overlay it), the judgement in
/// force and the tally.
fn cards_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let gap = ui.spacing().item_spacing.x + 14.0;
    let avail = ui.available_width();
    let per_row = (((avail + gap) / (CARD_MIN_PX + gap)).floor() as usize).max(1);
    let per_row = per_row.min(ctx.ds.scenarios.len().max(1));
    let width = ((avail - per_row as f32 * gap) / per_row as f32).min(CARD_MAX_PX);
    for row in ctx.ds.scenarios.chunks(per_row) {
        ui.horizontal(|ui| {
            for s in row {
                card_ui(ui, ctx, s, width);
            }
        });
    }
}

fn card_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, s: &Scenario, width: f32) {
    let color = scenario_color(s);
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, color))
        .show(ui, |ui| {
            ui.set_width(width);
            ui.vertical(|ui| {
                let on = ctx.state.scenarios_on.contains(&s.id);
                let title = short_title(ctx.pick(&s.title, s.title_ru.as_deref()));
                let text = RichText::new(title).strong().color(color);
                let hint = ctx.tr("Overlay this scenario on the timeline, or remove it");
                if ui.selectable_label(on, text).on_hover_text(hint).clicked() {
                    ctx.send(Command::ToggleScenario(s.id.clone()));
                }
                judgement_ui(ui, ctx, s);
                tally_ui(ui, ctx, s);
            });
        });
}

fn tally_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, s: &Scenario) {
    let t = watch::tally(ctx.ds, &s.id, ctx.today);
    ui.label(format!(
        "√ {} {}   × {} {}",
        t.observed_consistent,
        ctx.tr("observed for"),
        t.observed_inconsistent,
        ctx.tr("observed against"),
    ));
    ui.label(
        RichText::new(format!(
            "{} {} · {} {} · {} {}",
            t.missed,
            ctx.tr("missed"),
            t.contradicted,
            ctx.tr("contradicted"),
            t.pending,
            ctx.tr("pending"),
        ))
        .weak(),
    );
}

fn judgement_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, s: &Scenario) {
    match watch::judgement_at(s, ctx.today) {
        Some(j) => {
            let words = j.likelihood.with_range(ctx.lang);
            let confidence = j.confidence.label(ctx.lang);
            ui.label(RichText::new(words).strong());
            // The date whole on one line («оценка от 15 | марта 2026» broke
            // between day and month).
            let date = j.date.display_in(ctx.lang).replace(' ', "\u{a0}");
            ui.label(format!(
                "{} {} · {} {date}",
                ctx.tr("confidence"),
                confidence,
                ctx.tr("judged"),
            ))
            .on_hover_text(ctx.pick(&j.rationale, j.rationale_ru.as_deref()));
        }
        None => {
            ui.label(RichText::new(ctx.tr("no judgement yet at this date")).weak());
        }
    }
}

/// Each scenario's likelihood over time from its judgement log: step lines
/// in the scenario colours, the likelihood words on the y axis, the as-of
/// date as a line.
fn likelihood_plot_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let lang = ctx.lang;
    let dates = || {
        ctx.ds
            .scenarios
            .iter()
            .flat_map(|s| &s.judgements)
            .map(|j| j.date.start_year_frac())
    };
    let first = dates().fold(ctx.today, f64::min);
    let last = dates().fold(ctx.today, f64::max);
    let until = ctx.today;
    ui.label(RichText::new(ctx.tr("Likelihood over time (the dataset's own judgements)")).strong());
    legend_ui(ui, ctx);
    Plot::new("watch_likelihood")
        .height(PLOT_PX)
        .y_axis_min_width(140.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_y(false)
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [0.25, 1.0, 1.0]))
        .y_axis_formatter(move |mark, _| {
            let rank = mark.value.round();
            if (mark.value - rank).abs() > 1e-6 || !(0.0..=6.0).contains(&rank) {
                return String::new();
            }
            Likelihood::ALL
                .get(rank as usize)
                .map_or_else(String::new, |l| l.label(lang).to_owned())
        })
        .x_axis_formatter(|mark, _| {
            let year = mark.value.round();
            if (mark.value - year).abs() < 1e-6 {
                format!("{year:.0}")
            } else {
                String::new()
            }
        })
        .show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x((first - 0.3)..=(last.max(until) + 0.4));
            plot_ui.set_plot_bounds_y(-0.5..=6.5);
            let n = ctx.ds.scenarios.len() as f64;
            for (k, s) in ctx.ds.scenarios.iter().enumerate() {
                // Scenarios judged alike stay apart by a hair, so each shows.
                let offset = (k as f64 - (n - 1.0) / 2.0) * 0.07;
                let points: Vec<[f64; 2]> = watch::likelihood_steps(s, until)
                    .into_iter()
                    .map(|[x, y]| [x, y + offset])
                    .collect();
                if points.is_empty() {
                    continue;
                }
                let name = short_title(ctx.pick(&s.title, s.title_ru.as_deref())).to_owned();
                let line = Line::new(name, points)
                    .color(scenario_color(s))
                    .width(2.5)
                    .allow_band(false);
                plot_ui.line(line);
            }
            plot_ui.vline(VLine::new(today_word(ctx), until).color(theme::TODAY));
        });
}

/// The plot's legend as a wrapping row above it, so it never covers a
/// line; each entry whole on its line (the dash ended one line and the
/// name began the next).
fn legend_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 12.0;
        for s in &ctx.ds.scenarios {
            let title = short_title(ctx.pick(&s.title, s.title_ru.as_deref()));
            let text = RichText::new(format!("— {title}")).color(scenario_color(s));
            ui.add(egui::Label::new(text).extend());
        }
        let text = RichText::new(format!("| {}", today_word(ctx))).color(theme::TODAY);
        ui.add(egui::Label::new(text).extend());
    });
}

/// The signposts × scenarios grid, grouped by the scenario that lists them.
fn grid_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) -> GridHeader {
    let n = ctx.ds.scenarios.len() as f32;
    let spacing = 10.0 * (n + 3.0);
    // In a narrow window the evidence goes under the signpost's text.
    let avail = ui.available_width() - ui.spacing().scroll.allocated_width();
    let narrow = avail < NARROW_BOARD_PX;
    let evidence_w = if narrow { 0.0 } else { EVIDENCE_COL_PX };
    // The state and mark columns as wide as their words in this language
    // («теріске шығарылды» ran past the panel's edge at 104 px).
    let strong_w =
        |ui: &egui::Ui, text: &str| text_width(ui, text, egui::TextStyle::Body.resolve(ui.style()));
    let state_w = SignpostState::ALL
        .iter()
        .map(|s| strong_w(ui, s.label(ctx.lang)))
        .fold(strong_w(ui, ctx.tr("State")), f32::max);
    let mark_w = ctx
        .ds
        .scenarios
        .iter()
        .map(|s| strong_w(ui, &column_code(ctx, s)))
        .fold(MARK_COL_PX, f32::max);
    let fixed = state_w + n * mark_w + evidence_w + spacing;
    let text_w = (avail - fixed).max(MIN_TEXT_COL_PX);
    let columns = (text_w, narrow);
    ui.label(RichText::new(ctx.tr("Signposts")).strong());
    columns_legend_ui(ui, ctx);
    let grid = egui::Grid::new("watch_grid")
        .striped(true)
        .spacing(egui::vec2(10.0, 6.0))
        .show(ui, |ui| {
            let cells = grid_header_ui(ui, ctx, columns);
            for s in &ctx.ds.scenarios {
                if s.signposts.is_empty() {
                    continue;
                }
                let title = short_title(ctx.pick(&s.title, s.title_ru.as_deref()));
                // Wrapped to the text column, which it would widen.
                ui.vertical(|ui| {
                    ui.set_max_width(text_w);
                    let text = RichText::new(title).strong().color(scenario_color(s));
                    ui.add(egui::Label::new(text).wrap());
                });
                ui.end_row();
                for sp in &s.signposts {
                    signpost_row_ui(ui, ctx, sp, columns);
                }
            }
            cells
        });
    GridHeader {
        cells: grid.inner,
        bottom: grid.response.rect.bottom(),
    }
}

/// A scenario's column heading in the grid: the first three letters of its
/// short title, named in full in the legend above.
fn column_code(ctx: &ViewerContext<'_>, s: &Scenario) -> String {
    short_title(ctx.pick(&s.title, s.title_ru.as_deref()))
        .chars()
        .take(3)
        .collect()
}

/// What the grid's columns and marks mean: each scenario's code and short
/// title, then the three marks.
fn columns_legend_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    // Each entry whole on its line (the row wraps between entries).
    let entry = |ui: &mut egui::Ui, code: (&str, Color32), text: &str| {
        let style = ui.style().clone();
        let mut job = egui::text::LayoutJob::default();
        let code = RichText::new(code.0).strong().color(code.1);
        code.append_to(
            &mut job,
            &style,
            egui::FontSelection::Default,
            egui::Align::Center,
        );
        RichText::new(format!(" {text}")).weak().append_to(
            &mut job,
            &style,
            egui::FontSelection::Default,
            egui::Align::Center,
        );
        ui.add(egui::Label::new(job).extend());
    };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 14.0;
        for s in &ctx.ds.scenarios {
            let title = short_title(ctx.pick(&s.title, s.title_ru.as_deref()));
            entry(ui, (&column_code(ctx, s), scenario_color(s)), title);
        }
        let weak = ui.visuals().weak_text_color();
        for (mark, word) in [
            ("√", "consistent"),
            ("×", "inconsistent"),
            ("–", "not diagnostic"),
        ] {
            entry(ui, (mark, weak), ctx.tr(word));
        }
    });
}

/// The grid's heading row; returns each heading's rect, text and colour
/// (to pin them while the grid scrolls).
fn grid_header_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    (text_w, narrow): (f32, bool),
) -> Vec<(egui::Rect, String, Color32)> {
    let weak = ui.visuals().weak_text_color();
    let mut cells = Vec::new();
    let first = ctx.tr("Signpost and window");
    let r = ui.allocate_ui(egui::vec2(text_w, 18.0), |ui| {
        ui.label(RichText::new(first).weak()).rect
    });
    cells.push((r.inner, first.to_owned(), weak));
    for s in &ctx.ds.scenarios {
        let title = ctx.pick(&s.title, s.title_ru.as_deref());
        let code = column_code(ctx, s);
        let color = scenario_color(s);
        let r = ui
            .label(RichText::new(code.as_str()).strong().color(color))
            .on_hover_text(format!(
                "{title}\n√ {} · × {} · – {}",
                ctx.tr("consistent"),
                ctx.tr("inconsistent"),
                ctx.tr("not diagnostic")
            ))
            .rect;
        cells.push((r, code, color));
    }
    let mut weak_cell = |ui: &mut egui::Ui, text: &str| {
        let r = ui.label(RichText::new(text).weak()).rect;
        cells.push((r, text.to_owned(), weak));
    };
    weak_cell(ui, ctx.tr("State"));
    if !narrow {
        weak_cell(ui, ctx.tr("Evidence"));
    }
    ui.end_row();
    cells
}

fn signpost_row_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    sp: &Signpost,
    (text_w, narrow): (f32, bool),
) {
    ui.vertical(|ui| {
        ui.set_max_width(text_w);
        ui.add(egui::Label::new(ctx.pick(&sp.text, sp.text_ru.as_deref())).wrap());
        let window = window_text(ctx, sp);
        let indicates = ctx.pick(&sp.indicates, sp.indicates_ru.as_deref());
        ui.add(egui::Label::new(RichText::new(window).weak().small()).wrap())
            .on_hover_text(indicates);
        if narrow {
            evidence_ui(ui, ctx, sp, text_w);
        }
    });
    for s in &ctx.ds.scenarios {
        let b = bearing(sp, &s.id);
        let color = match b {
            watch::Bearing::Consistent => theme::WATCH_OBSERVED,
            watch::Bearing::Inconsistent => theme::WATCH_CONTRADICTED,
            watch::Bearing::NotDiagnostic => ui.visuals().weak_text_color(),
        };
        ui.label(RichText::new(b.mark()).color(color).strong());
    }
    let state = state_at(ctx.ds, sp, ctx.today);
    ui.label(
        RichText::new(state.label(ctx.lang))
            .color(state_color(state, ui))
            .strong(),
    )
    .on_hover_text(ctx.tr(state_explanation(state)));
    if !narrow {
        evidence_ui(ui, ctx, sp, EVIDENCE_COL_PX);
    }
    ui.end_row();
}

/// "by Dec 2027" or "Jan 2027 – Jun 2028".
fn window_text(ctx: &ViewerContext<'_>, sp: &Signpost) -> String {
    match sp.window.opens() {
        Some(from) => format!(
            "{} {} – {}",
            ctx.tr("expected"),
            from.display_in(ctx.lang),
            sp.window.closes().display_in(ctx.lang)
        ),
        None => format!(
            "{} {}",
            ctx.tr("expected by"),
            sp.window.closes().display_in(ctx.lang)
        ),
    }
}

/// The deciding evidence as a link that opens it on the timeline.
fn evidence_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, sp: &Signpost, width: f32) {
    let Some((e, date)) = deciding_evidence(ctx.ds, sp, ctx.today) else {
        ui.label(RichText::new("—").weak());
        return;
    };
    let title = crate::model::queries::display_name(ctx.ds, &e.item, ctx.lang);
    let text = format!("{} {}", date.display_in(ctx.lang), title);
    let reason = ctx.pick(&e.reason, e.reason_ru.as_deref());
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        let link = ui.link(&text).on_hover_text(format!("{text}\n{reason}"));
        if link.clicked() {
            ctx.send(Command::ShowOnTimeline(e.item.clone()));
        }
    });
}

fn state_color(state: SignpostState, ui: &egui::Ui) -> Color32 {
    match state {
        SignpostState::Pending => ui.visuals().weak_text_color(),
        SignpostState::Observed => theme::WATCH_OBSERVED,
        SignpostState::Missed => theme::WATCH_MISSED,
        SignpostState::Contradicted => theme::WATCH_CONTRADICTED,
    }
}

fn state_explanation(state: SignpostState) -> &'static str {
    match state {
        SignpostState::Pending => {
            "Its window is open (or not yet open) and no fact resolves it yet"
        }
        SignpostState::Observed => "A dated fact on or before this date shows it happened",
        SignpostState::Missed => "Its window closed before this date with no fact showing it",
        SignpostState::Contradicted => "A dated fact on or before this date speaks against it",
    }
}
