//! One headless frame of the timeline panel — egui's pass plus tessellation,
//! the whole CPU cost of a frame — for 1 000, 10 000 and 100 000 generated
//! events, with the same visible window (2010–2012).

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::egui;
use rk_roadmap::App;
use rk_roadmap::model::generate::with_generated_events;
use rk_roadmap::model::layout::TimeView;
use rk_roadmap::state::AppState;

fn frame(ctx: &egui::Context, app: &mut App) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1200.0, 600.0),
        )),
        ..Default::default()
    };
    let output = ctx.run_ui(input, |ui| app.timeline_only_ui(ui));
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    primitives.len()
}

fn timeline_frame(c: &mut Criterion) {
    let base = match rk_roadmap::model::load_embedded() {
        Ok(ds) => ds,
        Err(e) => panic!("{e}"),
    };
    let mut group = c.benchmark_group("timeline_frame");
    for n in [1_000usize, 10_000, 100_000] {
        let ds = with_generated_events(&base, n, 42);
        let state = AppState {
            view: TimeView {
                start_year: 2010.0,
                end_year: 2012.0,
            },
            ..AppState::default()
        };
        let mut app = App::new(Ok(ds), None, state).with_today(2026.9);
        let ctx = egui::Context::default();
        // Warm up: fonts, label widths.
        frame(&ctx, &mut app);
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| frame(&ctx, &mut app));
        });
    }
    group.finish();
}

criterion_group!(benches, timeline_frame);
criterion_main!(benches);
