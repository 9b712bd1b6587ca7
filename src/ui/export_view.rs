//! The chart as a picture for publication: the panels on the time axis
//! (not the side panels or notices) under a title with the view's dates and
//! the active scenarios, over a legend and a "Source:" line, rendered
//! offscreen at twice the screen's resolution in the light theme.

use eframe::egui::{self, Color32, Pos2, Sense, Stroke};

use super::axis_area::AxisArea;
use super::context::{CommandSink, Panel, SourceStatus, ViewerContext};
use super::theme::scenario_color;
use super::top_bar::TITLE;
use super::widgets::dashed_circle;
use crate::model::derived::Derived;
use crate::model::types::SourceKind;
use crate::model::{Dataset, Status};
use crate::state::{AppState, Tab};

/// Height of the title strip above the chart.
pub const HEADER_PX: f32 = 46.0;
/// Height of the legend and source lines below it.
pub const FOOTER_PX: f32 = 44.0;

/// What the picture shows.
pub struct ChartPicture<'a> {
    pub ds: &'a Dataset,
    pub derived: &'a Derived,
    /// The view as on screen; hover, selection and notices are left out.
    pub state: &'a AppState,
    pub today: f64,
}

impl ChartPicture<'_> {
    /// Renders the chart `chart` points large (the axis area's size on
    /// screen) at `pixels_per_point`.
    pub fn render(
        &self,
        chart: egui::Vec2,
        pixels_per_point: f32,
    ) -> Result<image::RgbaImage, String> {
        let adapters = pollster::block_on(
            eframe::wgpu::Instance::default().enumerate_adapters(eframe::wgpu::Backends::all()),
        );
        if adapters.is_empty() {
            return Err("no graphics adapter to draw the picture with".to_owned());
        }
        let mut state = self.state.clone();
        state.hover_year = None;
        state.selected = None;
        state.notice = None;
        state.show_help = false;
        if !matches!(state.tab, Tab::Timeline | Tab::RoadMap) {
            state.tab = Tab::Timeline;
        }
        let sink = CommandSink::default();
        let source = SourceStatus::embedded();
        let dir = std::path::PathBuf::new();
        let ctx = ViewerContext::new(
            self.ds,
            self.derived,
            &state,
            self.today,
            source,
            &dir,
            &sink,
        );
        let mut axis_area = AxisArea::for_picture();
        let size = chart + egui::vec2(0.0, HEADER_PX + FOOTER_PX);
        let mut harness = egui_kittest::Harness::builder()
            .with_size(size)
            .with_pixels_per_point(pixels_per_point)
            .with_theme(egui::Theme::Light)
            .wgpu()
            .build_ui(|ui| {
                egui::CentralPanel::default().show(ui, |ui| {
                    picture_ui(ui, &ctx, &mut axis_area);
                });
            });
        // Frames until the layout settles (measured labels, plots); a chart
        // that keeps asking for frames is pictured as it is after the limit.
        harness.run_ok();
        harness.render()
    }
}

/// The title, the chart and the legend, filling `ui`.
fn picture_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>, axis_area: &mut AxisArea) {
    header_ui(ui, ctx);
    let body = egui::vec2(ui.available_width(), ui.available_height() - FOOTER_PX);
    ui.allocate_ui_with_layout(body, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_min_size(body);
        axis_area.ui(ui, ctx);
    });
    footer_ui(ui, ctx);
}

/// "rk-roadmap — Russia–Kazakhstan 1990–2030 · Timeline, 2021–2023" and the
/// active scenarios with their colours.
fn header_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    let view = ctx.state.active_view();
    let tab = ctx.tr(ctx.state.tab.label());
    let years = format!(
        "{:.0}–{:.0}",
        view.start_year.floor(),
        (view.end_year - 1e-9).floor()
    );
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(format!("{} · {tab}, {years}", ctx.tr(TITLE)))
                .strong()
                .size(16.0),
        );
    });
    ui.horizontal(|ui| {
        let on = ctx.toggled_scenarios();
        if on.is_empty() {
            ui.weak(ctx.tr("Facts only; no scenario shown."));
        } else {
            ui.weak(ctx.tr("Scenarios (the dataset's own analysis):"));
        }
        for s in on {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, scenario_color(s));
            ui.label(ctx.pick(&s.title, s.title_ru.as_deref()));
        }
    });
}

/// The marker styles, and where the data comes from.
fn footer_ui(ui: &mut egui::Ui, ctx: &ViewerContext<'_>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        for (status, label) in [
            (Status::Fact, ctx.tr("fact")),
            (Status::Scheduled, ctx.tr("scheduled")),
            (
                Status::Projected,
                ctx.tr("proposed, projected or unconfirmed"),
            ),
        ] {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), Sense::hover());
            marker(ui.painter(), rect.center(), status, ui.visuals().panel_fill);
            ui.label(egui::RichText::new(label).small());
            ui.add_space(8.0);
        }
        ui.label(egui::RichText::new(ctx.tr("badge = several items; bar = a span")).small());
    });
    let white_paper = ctx
        .ds
        .sources
        .iter()
        .find(|s| s.kind == SourceKind::SourceText);
    let source = match white_paper {
        Some(s) => format!(
            "{} {} — {}{}; {}",
            ctx.tr("Source:"),
            ctx.pick(&s.title, s.title_ru.as_deref()),
            s.publisher,
            s.date
                .map_or(String::new(), |d| format!(", {}", d.display_in(ctx.lang))),
            ctx.tr("and the references each item cites.")
        ),
        None => format!(
            "{} {}",
            ctx.tr("Source:"),
            ctx.tr("the references each item cites.")
        ),
    };
    ui.label(egui::RichText::new(source).small());
}

/// A status's marker, as the timeline draws it.
fn marker(painter: &egui::Painter, c: Pos2, status: Status, fill: Color32) {
    let ink = Color32::from_gray(90);
    match status {
        Status::Fact => {
            painter.circle_filled(c, 4.5, ink);
        }
        Status::Scheduled => {
            painter.circle_filled(c, 4.5, fill);
            painter.circle_stroke(c, 4.0, Stroke::new(1.5, ink));
        }
        _ => dashed_circle(painter, c, 4.0, Stroke::new(1.5, ink)),
    }
}
