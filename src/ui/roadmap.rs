//! The road map: for each institution the white paper proposes, its
//! lifecycle under every toggled scenario as a Gantt bar on the shared time
//! axis, and below it the indicators derived from the lifecycles.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind};
use egui_plot::{Line, Span};

use super::context::{Panel, ViewerContext};
use super::theme::{self, scenario_color, stage_alpha};
use super::widgets::time_axis::{CUSP_YEARS, GUTTER_PX, TimeAxis, named_point_label};
use super::widgets::{clickable, paint_fitted, readable, text_width, truncate};
use crate::model::Lang;
use crate::model::scenarios::{behind, operating_count, risk_share, stages_text};
use crate::model::types::{Institution, Lifecycle, Scenario, Stage};

/// Lifecycles are drawn up to the end of this year.
pub const ROADMAP_END_YEAR: i32 = 2030;
/// How the indicators are computed, shown on hover.
pub const OPERATING_HOW: &str = "Operating institutions: for each year, the number of the road map's proposed institutions \
whose lifecycle under the scenario has reached the stage 'operating' by that year (stalled or abandoned ones do not count).";
pub const RISKS_HOW: &str = "Risks answered: for each year, the share of the white paper's risks (the factors of kind Risk) \
that at least one road-map institution operating in that year answers, per the institutions' 'answers' links.";

/// The lifecycle Gantt, filling the height `ui` offers: a stage legend,
/// then one row per proposed institution (scrolling with the wheel; the
/// time zooms with Ctrl+wheel), each with a bar per toggled scenario.
#[derive(Default)]
pub struct RoadmapPanel;

/// Height of a lifecycle bar.
const BAR_H: f32 = 14.0;
/// Space between two bars of a row.
const BAR_GAP: f32 = 3.0;
/// Height of the stage legend above the rows.
const LEGEND_H: f32 = 22.0;
/// Lines of an institution's name before it is cut with an ellipsis.
const NAME_LINES: usize = 4;

impl Panel for RoadmapPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(axis) = ctx.axis else { return };
        let height = ui.available_height();
        let on = ctx.toggled_scenarios();
        let legend_h = stage_legend_ui(ui, ctx, &axis);
        let proposed: Vec<&Institution> =
            ctx.ds.institutions.iter().filter(|i| i.proposed).collect();
        egui::ScrollArea::vertical()
            .id_salt("roadmap_rows")
            .max_height((height - legend_h).max(40.0))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.spacing_mut().item_spacing.y = 0.0;
                if on.is_empty() {
                    ui.add_space(6.0);
                    ui.weak(ctx.tr("Tick one or more scenarios (left, or keys 1–9) to see when each proposed institution is agreed, established and operating."));
                    ui.add_space(6.0);
                }
                for (r, inst) in proposed.iter().enumerate() {
                    row_ui(ui, ctx, &axis, (r, inst), &on);
                }
            });
    }
}

/// One institution's row: its name (wrapped, in full where it fits) and a
/// bar per toggled scenario.
fn row_ui(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    axis: &TimeAxis,
    (r, inst): (usize, &Institution),
    on: &[&Scenario],
) {
    let name = ctx.pick(&inst.name, inst.name_ru.as_deref());
    let color = if ctx.is_selected(&inst.id) {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let mut job = egui::text::LayoutJob::simple(
        name.to_owned(),
        FontId::proportional(11.5),
        color,
        GUTTER_PX - 14.0,
    );
    job.wrap.max_rows = NAME_LINES;
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let bars_h = on.len() as f32 * (BAR_H + BAR_GAP);
    let row_h = (galley.size().y + 10.0).max(bars_h + 10.0).max(26.0);
    let (row, _) = ui.allocate_exact_size(egui::vec2(axis.rect.width(), row_h), Sense::hover());
    let painter = ui.painter_at(row);
    if r % 2 == 1 {
        painter.rect_filled(row, 0.0, ui.visuals().faint_bg_color);
    }
    axis.background_ui(&painter, row, ui.visuals(), ctx.today);
    axis.cursor_ui(&painter, row, ctx.state.hover_year);
    let name_rect = Rect::from_min_size(
        row.min + egui::vec2(6.0, (row_h - galley.size().y) / 2.0),
        galley.size(),
    );
    painter.galley(name_rect.min, galley, color);
    let label = format!("Road map: {}", inst.name);
    let hit = Rect::from_min_size(row.min, egui::vec2(GUTTER_PX, row_h));
    clickable(ui, ctx, hit, ("roadmap_inst", &inst.id), &label, &inst.id).on_hover_text(format!(
        "{name}\n{}",
        ctx.pick(&inst.purpose, inst.purpose_ru.as_deref())
    ));
    let plot = painter.with_clip_rect(axis.plot_in(row));
    let top = row.center().y - bars_h / 2.0 + BAR_GAP / 2.0;
    for (k, s) in on.iter().enumerate() {
        let Some(l) = s.lifecycles.iter().find(|l| l.institution == inst.id) else {
            continue;
        };
        let y = top + k as f32 * (BAR_H + BAR_GAP);
        let bar = LifecycleBar {
            scenario: s,
            institution: inst,
            lifecycle: l,
            named: on.len() > 1,
        };
        bar.ui(ui, ctx, (axis, &plot), y..=y + BAR_H);
    }
}

/// The stages the legend shows, in order.
const LEGEND_STAGES: [Stage; 5] = [
    Stage::Proposed,
    Stage::Agreed,
    Stage::Established,
    Stage::Operating,
    Stage::Stalled,
];

/// What the bars' shades and marks mean: one row, or two where the words
/// (Russian and Kazakh are longer) do not fit in one. Returns its height.
fn stage_legend_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, axis: &TimeAxis) -> f32 {
    let text = ui.visuals().text_color();
    let font = FontId::proportional(11.0);
    let width = |label: &str| text_width(ui, label, font.clone());
    let behind_label = ctx.tr("behind this scenario");
    // Each piece: its stage (none for the "behind" mark), label and width.
    let mut pieces: Vec<(Option<Stage>, &str, f32)> = LEGEND_STAGES
        .iter()
        .map(|&st| {
            (
                Some(st),
                st.label(ctx.lang),
                22.0 + width(st.label(ctx.lang)) + 12.0,
            )
        })
        .collect();
    pieces.push((None, behind_label, 13.0 + width(behind_label)));
    let (left, right) = (axis.map.left + 2.0, axis.map.right);
    let total: f32 = pieces.iter().map(|p| p.2).sum();
    let rows = if left + total > right { 2.0 } else { 1.0 };
    let size = egui::vec2(axis.rect.width(), LEGEND_H * rows);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let mut y = rect.top() + LEGEND_H / 2.0;
    let at = (Pos2::new(rect.left() + 6.0, y), Align2::LEFT_CENTER);
    let weak = ui.visuals().weak_text_color();
    let room = (weak, GUTTER_PX - 12.0);
    paint_fitted(ui, &painter, at, ctx.tr("Stages"), font.clone(), room);
    let mut x = left;
    // In the one scenario's colour where only one is on (its bars are), else
    // neutral.
    let ink = match ctx.toggled_scenarios().as_slice() {
        [only] => scenario_color(only),
        _ => theme::REFERENCE_LINE,
    };
    for (stage, label, w) in pieces {
        if x + w > right && x > left && y < rect.top() + LEGEND_H {
            x = left;
            y += LEGEND_H;
        }
        let text_x = match stage {
            Some(stage) => {
                let swatch = Rect::from_min_size(Pos2::new(x, y - 5.0), egui::vec2(18.0, 10.0));
                if stage.is_terminal() {
                    terminal_stage(&painter, swatch, stage);
                } else {
                    painter.rect_filled(swatch, 1.0, ink.gamma_multiply(stage_alpha(stage)));
                    painter.rect_stroke(swatch, 1.0, Stroke::new(0.8, ink), StrokeKind::Inside);
                }
                swatch.right() + 4.0
            }
            None => {
                behind_mark(&painter, Pos2::new(x + 5.0, y));
                x + 13.0
            }
        };
        let at = (Pos2::new(text_x, y), Align2::LEFT_CENTER);
        let room = (text, (right - text_x).max(0.0));
        x = paint_fitted(ui, &painter, at, label, font.clone(), room).right() + 12.0;
    }
    readable(ui, rect, "roadmap_legend", "Road map legend").on_hover_text(ctx.tr(
        "Shades: later stages are drawn stronger. Grey dashes: stalled or abandoned (x). The red mark: today has passed a stage the scenario projected, and the data records no such step. Scenarios are the dataset's own analysis.",
    ));
    rect.height()
}

/// The "behind this scenario" mark: a small red triangle.
fn behind_mark(painter: &egui::Painter, c: Pos2) {
    let pts = vec![
        c + egui::vec2(0.0, -6.0),
        c + egui::vec2(5.5, 4.0),
        c + egui::vec2(-5.5, 4.0),
    ];
    painter.add(Shape::convex_polygon(pts, theme::ERROR, Stroke::NONE));
}

/// One lifecycle bar: a segment per stage in the scenario's colour, stronger
/// as the institution advances, with the stage's name inside where it fits;
/// stalled and abandoned as grey dashes; the scenario's name before it
/// where several scenarios' bars share a row.
struct LifecycleBar<'a> {
    scenario: &'a Scenario,
    institution: &'a Institution,
    lifecycle: &'a Lifecycle,
    /// Whether to name the scenario (with one on, every row repeated its
    /// name, cut to «Institu…»).
    named: bool,
}

impl LifecycleBar<'_> {
    fn ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        (axis, painter): (&TimeAxis, &egui::Painter),
        y: std::ops::RangeInclusive<f32>,
    ) {
        let Self {
            scenario: s,
            institution: inst,
            lifecycle,
            ..
        } = self;
        let stages = lifecycle.stages.as_slice();
        let color = scenario_color(s);
        let end_x = axis.x_from_year(f64::from(ROADMAP_END_YEAR + 1));
        for (i, st) in stages.iter().enumerate() {
            let x0 = axis.x_from_year(f64::from(st.year));
            let x1 = stages
                .get(i + 1)
                .map_or(end_x, |n| axis.x_from_year(f64::from(n.year)));
            if x1 > x0 {
                let seg = Rect::from_x_y_ranges(x0..=x1, y.clone());
                segment_ui(ui, painter, seg, st.stage, (color, ctx));
            }
        }
        let Some(first) = stages.first() else { return };
        let x0 = axis.x_from_year(f64::from(first.year));
        let whole = Rect::from_x_y_ranges(x0..=end_x, y.clone());
        if self.named {
            self.name_ui(ui, ctx, (axis, painter), whole);
        }
        let text = format!(
            "{} under “{}”: {}",
            inst.name,
            s.title,
            stages_text(stages, Lang::En)
        );
        // Quoted as the language quotes: «…» in Russian and Kazakh.
        let (open, close) = match ctx.lang {
            Lang::En => ("“", "”"),
            Lang::Ru | Lang::Kk => ("«", "»"),
        };
        let mut hover = format!(
            "{} — {open}{}{close}: {}",
            ctx.pick(&inst.name, inst.name_ru.as_deref()),
            ctx.pick(&s.title, s.title_ru.as_deref()),
            stages_text(stages, ctx.lang)
        );
        if let Some(note) = self.behind_ui(ui, ctx, (axis, painter), whole) {
            hover.push_str("\n\n");
            hover.push_str(&note);
        }
        clickable(
            ui,
            ctx,
            whole,
            ("lifecycle", &s.id, &inst.id),
            &text,
            &inst.id,
        )
        .on_hover_text(hover);
    }

    /// The "behind this scenario" mark at today, when the data has not kept
    /// pace with the scenario; returns what it means.
    fn behind_ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        (axis, painter): (&TimeAxis, &egui::Painter),
        bar: Rect,
    ) -> Option<String> {
        let late = behind(self.institution, self.lifecycle, ctx.today)?;
        let at = Pos2::new(axis.x_from_year(ctx.today).min(bar.right()), bar.center().y);
        behind_mark(painter, at);
        let stage = late.stage.label(ctx.lang);
        let note = match ctx.lang {
            Lang::En => format!(
                "Behind this scenario: it projected «{stage}» by {}; the data records no such step yet.",
                late.year
            ),
            Lang::Ru => format!(
                "Отставание от сценария: он предполагал этап «{stage}» к {} году; в данных такого шага пока нет.",
                late.year
            ),
            Lang::Kk => format!(
                "Сценарийден артта қалу: ол {} жылға қарай «{stage}» кезеңін болжаған; деректерде мұндай қадам әзірге жоқ.",
                late.year
            ),
        };
        let mark = Rect::from_center_size(at, egui::vec2(12.0, 12.0));
        let label = format!("Behind this scenario: {}", self.institution.name);
        let salt = ("behind", &self.scenario.id, &self.institution.id);
        readable(ui, mark, salt, &label).on_hover_text(&note);
        Some(note)
    }

    /// The scenario's colour and short name just before the bar, where
    /// there is room.
    fn name_ui(
        &self,
        ui: &egui::Ui,
        ctx: &ViewerContext<'_>,
        (axis, painter): (&TimeAxis, &egui::Painter),
        bar: Rect,
    ) {
        let room = bar.left() - axis.map.left - 18.0;
        if room < 24.0 {
            return;
        }
        let s = self.scenario;
        let color = scenario_color(s);
        let title = crate::model::queries::short_title(ctx.pick(&s.title, s.title_ru.as_deref()));
        let at = (
            Pos2::new(bar.left() - 4.0, bar.center().y),
            Align2::RIGHT_CENTER,
        );
        let r = paint_fitted(
            ui,
            painter,
            at,
            title,
            FontId::proportional(10.5),
            (color, room),
        );
        let chip = Rect::from_center_size(
            Pos2::new(r.left() - 7.0, bar.center().y),
            egui::vec2(8.0, 8.0),
        );
        painter.rect_filled(chip, 2.0, color);
    }
}

/// A stage's segment, with the stage's name inside where it fits.
fn segment_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    seg: Rect,
    stage: Stage,
    (color, ctx): (Color32, &ViewerContext<'_>),
) {
    if stage.is_terminal() {
        terminal_stage(painter, seg, stage);
        return;
    }
    let alpha = stage_alpha(stage);
    painter.rect_filled(seg, 2.0, color.gamma_multiply(alpha));
    painter.rect_stroke(seg, 2.0, Stroke::new(0.8, color), StrokeKind::Inside);
    let ink = if alpha >= 0.6 {
        Color32::from_gray(15)
    } else {
        ui.visuals().strong_text_color()
    };
    let label = stage.label(ctx.lang);
    let galley = painter.layout_no_wrap(label.to_owned(), FontId::proportional(10.0), ink);
    if galley.size().x + 6.0 <= seg.width() {
        let pos = Pos2::new(seg.left() + 3.0, seg.center().y - galley.size().y / 2.0);
        painter.galley(pos, galley, ink);
    }
}

/// A stalled or abandoned stage: a grey dashed line (with an x when abandoned).
fn terminal_stage(painter: &egui::Painter, seg: Rect, stage: Stage) {
    let mid = seg.center().y;
    let grey = theme::TERMINAL_STAGE;
    painter.add(Shape::dashed_line(
        &[Pos2::new(seg.left(), mid), Pos2::new(seg.right(), mid)],
        Stroke::new(2.0, grey),
        4.0,
        3.0,
    ));
    if stage == Stage::Abandoned {
        painter.text(
            Pos2::new(seg.left() + 2.0, mid),
            Align2::LEFT_CENTER,
            "x",
            FontId::proportional(10.0),
            grey,
        );
    }
}

/// The two derived indicators for the toggled scenarios, as small plots
/// filling the height `ui` offers.
#[derive(Default)]
pub struct IndicatorsPanel;

impl Panel for IndicatorsPanel {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
        let Some(axis) = ctx.axis else { return };
        let each = (ui.available_height() - 8.0) / 2.0;
        for (title, how, percent) in [
            ("Operating road-map institutions", OPERATING_HOW, false),
            (
                "Share of the white paper's risks answered (%)",
                RISKS_HOW,
                true,
            ),
        ] {
            ui.horizontal(|ui| {
                ui.add_space(6.0);
                ui.label(egui::RichText::new(ctx.tr(title)).small().strong())
                    .on_hover_text(ctx.tr(how));
                ui.label(
                    egui::RichText::new(ctx.tr("how is this computed?"))
                        .small()
                        .weak(),
                )
                .on_hover_text(ctx.tr(how));
            });
            indicator_plot(ui, ctx, &axis, (title, percent), each - 18.0);
        }
    }
}

/// An indicator's value on hover: "40% in 2028", "3 operating in 2028".
fn indicator_value(value: f64, year: f64, percent: bool, lang: Lang) -> String {
    match (lang, percent) {
        (Lang::En, true) => format!("{value:.0}% in {year:.0}"),
        (Lang::En, false) => format!("{value:.0} operating in {year:.0}"),
        (Lang::Ru, true) => format!("{value:.0}% в {year:.0} г."),
        (Lang::Ru, false) => format!("действуют в {year:.0} г.: {value:.0}"),
        (Lang::Kk, true) => format!("{year:.0} жылы {value:.0}%"),
        (Lang::Kk, false) => format!("{year:.0} жылы жұмыс істейтіні: {value:.0}"),
    }
}

/// One indicator's step lines, one per toggled scenario.
fn indicator_plot(
    ui: &mut egui::Ui,
    ctx: &ViewerContext<'_>,
    axis: &TimeAxis,
    (title, percent): (&str, bool),
    height: f32,
) {
    let view = axis.map.view;
    let ds = ctx.ds;
    let lang = ctx.lang;
    let plot = axis
        .aligned_plot(("indicator", title), height)
        // The years are the tick strip's above (at 1000 px this axis named
        // only 2030).
        .show_axes([false, true])
        .label_formatter(named_point_label(move |x, y| {
            indicator_value(y, x.floor(), percent, lang)
        }));
    plot.show(ui, |plot_ui| {
        plot_ui.set_plot_bounds_x(view.start_year..=view.end_year);
        let top = if percent {
            100.0
        } else {
            ds.institutions.iter().filter(|i| i.proposed).count() as f64
        };
        plot_ui.set_plot_bounds_y(-0.5..=top + 0.5);
        plot_ui.add(Span::new("", CUSP_YEARS.0..=CUSP_YEARS.1).fill(theme::CUSP_PLOT_FILL));
        for s in ctx.toggled_scenarios() {
            // A step line: the value holds through each year.
            let mut points = Vec::new();
            for y in 2023..=ROADMAP_END_YEAR {
                let v = if percent {
                    risk_share(ds, s, y).0 * 100.0
                } else {
                    operating_count(s, y) as f64
                };
                points.push([f64::from(y), v]);
                points.push([f64::from(y + 1), v]);
            }
            let name = truncate(ctx.pick(&s.title, s.title_ru.as_deref()), 60);
            plot_ui.line(
                Line::new(name, points)
                    .allow_band(false)
                    .color(scenario_color(s))
                    .width(2.0),
            );
        }
    });
}
