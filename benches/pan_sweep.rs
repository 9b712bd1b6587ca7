//! The pan sweep: what a user feels when panning into new territory.
//!
//! For N = 500, 3 500, 10 000 and 100 000 generated events (half points,
//! half spans of 1–180 days, starting uniformly over 1990–2030, in the five
//! lanes: `model::generate::with_sweep_events`), the whole app in a
//! 1600×900 window:
//!
//! - `load_ms`: parse + validate the dataset from its RON text
//!   (`model::load_texts`; the events serialised first, not timed);
//! - `first_view_ms`: from the loaded dataset to the end of the first
//!   full-view frame (the app's index built, the frame drawn and
//!   tessellated; egui's fonts loaded before the clock starts, as they are
//!   at start-up whatever the data);
//! - `pan_median_ms` / `pan_max_ms`: a 4-year window swept from 1990 to
//!   2031 in 20 steps, one frame each (the whole app's egui pass plus
//!   tessellation), every sweep in a fresh app (the apps of a size share
//!   its dataset, `App::on_shared`) so no label has been
//!   measured before. Eight sweeps per size, the sizes taking turns; the
//!   median and the maximum are over all their steps.
//!
//! Prints one line per N:
//! `pan_sweep n=N pan_median_ms=X pan_max_ms=Y first_view_ms=Z load_ms=W`,
//! and on Unix a second that tells the app's work from the machine's
//! moods: `n=N on_cpu_median_ms=X on_cpu_max_ms=Y steps_off_core=K/M`,
//! the steps' CPU time on the window's thread (the allocator's included)
//! and how many steps waited over half a millisecond for a core.
//!
//! The window's thread does only what the window's does: the data is
//! loaded on a thread of its own, which gives what it frees back to the
//! system, and each sweep's app is kept to the end. Freed on the window's
//! thread, that memory was given back from inside a pan step a second
//! later (perf: a 14 ms step, 11 ms of it in mimalloc's `madvise`).
//!
//! `cargo bench --bench pan_sweep -- --million` also loads and pans a
//! million events (split over several files in `events/`, as a data folder
//! must hold them); `-- --write DIR N` writes a data folder of N events
//! for the real window (`rk-roadmap --data DIR`); `-- --only N` runs one
//! size, `-- --sweeps K` sweeps K times, `-- --steps` prints every
//! step's time; `-- --reload` measures, instead of the sweeps, a reload
//! of 100,000 events (and with `--million` of a million):
//! `pan_sweep reload n=N swap_ms=X after_median_ms=Y after_max_ms=Z`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use rk_roadmap::App;
use rk_roadmap::app::load_on_thread;
use rk_roadmap::background::purge_when_due;
use rk_roadmap::command::Command;
use rk_roadmap::model::generate::with_sweep_events;
use rk_roadmap::model::layout::{FULL_VIEW, TimeView};
use rk_roadmap::model::{DataTexts, Dataset, Event, load_embedded, load_texts};
use rk_roadmap::state::AppState;

const SIZES: [usize; 4] = [500, 3_500, 10_000, 100_000];
const WINDOW: egui::Vec2 = egui::vec2(1600.0, 900.0);
const STEPS: usize = 20;
const SPAN_YEARS: f64 = 4.0;
const SEED: u64 = 42;
/// Sweeps per size.
const SWEEPS: usize = 8;
/// Events per file when a kind is split over a folder (each file stays
/// well under the loader's 64 MiB limit).
const EVENTS_PER_FILE: usize = 100_000;
/// A step whose thread waited longer than this for a core is counted
/// as one the machine slowed (ms).
const OFF_CORE_MS: f64 = 0.5;

/// One frame of the whole app: egui's pass plus tessellation.
fn frame(ctx: &egui::Context, app: &mut App) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, WINDOW)),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.show(ui));
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The events as RON text, in files of at most [`EVENTS_PER_FILE`]: the
/// one `events.ron`, or `events/part-NN.ron` when there are more.
fn texts_of(generated: &Dataset) -> DataTexts {
    let events = &generated.events;
    let mut texts = DataTexts::embedded();
    // The generated scenarios and settings: their signposts' evidence and
    // their tags' Russian names named the shipped events, which are gone.
    let scenarios =
        ron::ser::to_string_pretty(&generated.scenarios, ron::ser::PrettyConfig::default())
            .unwrap_or_else(|e| panic!("{e}"));
    texts.set("scenarios.ron", scenarios);
    let settings =
        ron::ser::to_string_pretty(&generated.settings, ron::ser::PrettyConfig::default())
            .unwrap_or_else(|e| panic!("{e}"));
    texts.set("settings.ron", settings);
    let ron = |chunk: &[Event]| events_ron(chunk);
    if events.len() <= EVENTS_PER_FILE {
        texts.set("events.ron", ron(events));
    } else {
        texts.set("events.ron", "[]".to_owned());
        for (k, chunk) in events.chunks(EVENTS_PER_FILE).enumerate() {
            texts.set(&format!("events/part-{k:02}.ron"), ron(chunk));
        }
    }
    texts
}

/// Events as RON, written as the shipped `events.ron` is: one item after
/// another, indented, each field on its line, lists on one line.
fn events_ron(events: &[Event]) -> String {
    let pretty = ron::ser::PrettyConfig::default().compact_arrays(true);
    let mut out = String::from("[\n");
    for e in events {
        let item = ron::ser::to_string_pretty(e, pretty.clone()).unwrap_or_else(|e| panic!("{e}"));
        for line in item.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.pop();
        out.push_str(",\n");
    }
    out.push_str("]\n");
    out
}

/// A fresh app on `ds` at the full view, "today" pinned.
fn app_on(ds: Arc<Dataset>) -> App {
    let state = AppState {
        view: TimeView {
            start_year: FULL_VIEW.0,
            end_year: FULL_VIEW.1,
        },
        ..AppState::default()
    };
    App::on_shared(ds, state).with_today(2026.9)
}

/// One pan step's times: the wall clock's, and the window thread's own
/// CPU time in it (where the system tells: on Unix).
#[derive(Clone, Copy, Debug)]
struct Step {
    wall_ms: f64,
    cpu_ms: Option<f64>,
}

impl Step {
    /// How long the thread waited for a core in the step (the machine
    /// ran something else).
    fn off_core_ms(self) -> Option<f64> {
        self.cpu_ms.map(|cpu| self.wall_ms - cpu)
    }
}

/// The CPU time this thread has used.
#[cfg(unix)]
fn thread_cpu() -> Option<Duration> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Some(Duration::new(
        u64::try_from(t.tv_sec).ok()?,
        u32::try_from(t.tv_nsec).ok()?,
    ))
}

#[cfg(not(unix))]
fn thread_cpu() -> Option<Duration> {
    None
}

/// The median and the maximum of `values`.
fn median_max(mut values: Vec<f64>) -> (f64, f64) {
    values.sort_by(f64::total_cmp);
    (values[values.len() / 2], values[values.len() - 1])
}

/// Times the 20 steps of one sweep, `pause` between them (never inlined,
/// so that a profile tells its frames from the first view's).
#[inline(never)]
fn sweep(ctx: &egui::Context, app: &mut App, pause: Duration) -> Vec<Step> {
    let last_start = FULL_VIEW.1 - SPAN_YEARS;
    (0..STEPS)
        .map(|k| {
            let start = FULL_VIEW.0 + (last_start - FULL_VIEW.0) * k as f64 / (STEPS - 1) as f64;
            app.run_command(Command::SetView(TimeView {
                start_year: start,
                end_year: start + SPAN_YEARS,
            }));
            let cpu = thread_cpu();
            let t = Instant::now();
            std::hint::black_box(frame(ctx, app));
            let wall_ms = ms(t.elapsed());
            let cpu_ms = thread_cpu()
                .zip(cpu)
                .map(|(after, before)| ms(after - before));
            std::thread::sleep(pause);
            Step { wall_ms, cpu_ms }
        })
        .collect()
}

/// One size: its dataset, its egui context and what was measured.
struct Measured {
    n: usize,
    /// Shared by the size's apps, as the window's threads share theirs.
    ds: Arc<Dataset>,
    ctx: egui::Context,
    load_ms: f64,
    first_view_ms: f64,
    pan: Vec<Step>,
    /// The apps that have swept, kept to the end: a window never drops
    /// its app, and an app dropped here was given back to the system in
    /// the next size's pan steps.
    swept: Vec<App>,
}

/// Loads `n` generated events (timed) and draws the first full view
/// (timed).
fn load_and_open(base: &Dataset, n: usize) -> Measured {
    // On a thread of its own, as the window loads, which gives the memory
    // it frees (the generated events, their text, the parse's) back to the
    // system itself: freed here, it was given back from inside a pan step
    // a second later (one `madvise` of 11 ms in a step).
    let (ds, load_ms) = std::thread::scope(|s| {
        s.spawn(|| {
            let generated = with_sweep_events(base, n, SEED);
            let texts = texts_of(&generated);
            drop(generated);
            let t = Instant::now();
            let loaded = load_texts(&texts);
            let load_ms = ms(t.elapsed());
            drop(texts);
            let ds = loaded.unwrap_or_else(|e| panic!("the generated dataset is valid: {e}"));
            purge_when_due();
            (ds, load_ms)
        })
        .join()
    })
    .unwrap_or_else(|_| panic!("the load thread ran"));
    assert_eq!(ds.events.len(), n);
    let ctx = egui::Context::default();
    // egui loads its fonts on the first pass, whatever the data.
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .textures_delta
        .clear();
    let ds = Arc::new(ds);
    let copy = Arc::clone(&ds);
    let t = Instant::now();
    let mut app = app_on(copy);
    frame(&ctx, &mut app);
    let first_view_ms = ms(t.elapsed());
    let pan = sweep(&ctx, &mut app, Duration::ZERO);
    Measured {
        n,
        ds,
        ctx,
        load_ms,
        first_view_ms,
        pan,
        swept: vec![app],
    }
}

impl Measured {
    /// One more sweep, in a fresh app (nothing measured yet).
    fn sweep_again(&mut self) {
        let mut app = app_on(Arc::clone(&self.ds));
        frame(&self.ctx, &mut app);
        self.pan.extend(sweep(&self.ctx, &mut app, Duration::ZERO));
        self.swept.push(app);
    }
}

/// Loads `texts` on a thread of its own.
fn load_here(texts: &DataTexts) -> Dataset {
    std::thread::scope(|s| s.spawn(|| load_texts(texts)).join())
        .unwrap_or_else(|_| panic!("the load thread ran"))
        .unwrap_or_else(|e| panic!("the generated dataset is valid: {e}"))
}

/// `--reload`: what a reload of `n` events costs the window, a while
/// after the first load: the frame that takes the new data in
/// (`swap_ms`: the old data let go, the timeline index that came with the
/// data from the load's thread taken, the frame drawn), and the pan steps
/// of the three seconds after it, one every 16 ms, as a user goes on
/// panning (the allocator gives the old data's memory back in these
/// seconds: its purge delay is one second).
fn reload(base: &Dataset, n: usize) {
    let texts = texts_of(&with_sweep_events(base, n, SEED));
    let ctx = egui::Context::default();
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .textures_delta
        .clear();
    let mut app = app_on(Arc::new(load_here(&texts)));
    frame(&ctx, &mut app);
    sweep(&ctx, &mut app, Duration::ZERO);
    // A while of use: the search index built, the load's memory settled.
    std::thread::sleep(Duration::from_secs(3));
    sweep(&ctx, &mut app, Duration::ZERO);
    // As the app reloads: on a thread of its own, which builds the
    // timeline index too and then gives the load's memory back.
    let on = app.state().scenarios_on.clone();
    let theirs = texts.clone();
    let new = load_on_thread("reload", &ctx, on, move || load_texts(&theirs))
        .and_then(|arrived| arrived.recv().ok())
        .unwrap_or_else(|| panic!("the load thread ran"));
    let t = Instant::now();
    app.apply_arrived(new);
    let apply_ms = ms(t.elapsed());
    frame(&ctx, &mut app);
    let swap_ms = ms(t.elapsed());
    if std::env::args().any(|a| a == "--steps") {
        println!(
            "  the data taken in {apply_ms:.1} ms, then its frame {:.1} ms",
            swap_ms - apply_ms
        );
    }
    let mut after = Vec::new();
    let swapped = Instant::now();
    while swapped.elapsed() < Duration::from_secs(3) {
        let at = swapped.elapsed();
        let steps = sweep(&ctx, &mut app, Duration::from_millis(16));
        if std::env::args().any(|a| a == "--steps") {
            let worst = steps.iter().map(|s| s.wall_ms).fold(0.0, f64::max);
            println!(
                "  the sweep {:.0} ms after: worst step {worst:.2} ms",
                ms(at)
            );
        }
        after.extend(steps);
    }
    let (median, max) = median_max(after.iter().map(|s| s.wall_ms).collect());
    println!(
        "pan_sweep reload n={n} swap_ms={swap_ms:.1} after_median_ms={median:.2} after_max_ms={max:.2}"
    );
}

/// The size's line, and where the system tells the thread's CPU time,
/// a second: the steps' CPU time (the app's own work, the allocator's
/// included) and how many steps waited over [`OFF_CORE_MS`] for a core.
fn report(m: &Measured) {
    let n = m.n;
    let (median, max) = median_max(m.pan.iter().map(|s| s.wall_ms).collect());
    println!(
        "pan_sweep n={n} pan_median_ms={median:.2} pan_max_ms={max:.2} first_view_ms={:.1} load_ms={:.1}",
        m.first_view_ms, m.load_ms
    );
    let cpu: Option<Vec<f64>> = m.pan.iter().map(|s| s.cpu_ms).collect();
    if let Some(cpu) = cpu {
        let (cpu_median, cpu_max) = median_max(cpu);
        let off_core = m
            .pan
            .iter()
            .filter(|s| s.off_core_ms().is_some_and(|off| off > OFF_CORE_MS))
            .count();
        println!(
            "  n={n} on_cpu_median_ms={cpu_median:.2} on_cpu_max_ms={cpu_max:.2} steps_off_core={off_core}/{}",
            m.pan.len()
        );
    }
}

/// Every step's time, a sweep a line (`--steps`: which steps are slow).
fn print_steps(m: &Measured) {
    for sweep in m.pan.chunks(STEPS) {
        let line: Vec<String> = sweep.iter().map(|s| format!("{:.1}", s.wall_ms)).collect();
        println!("  n={} steps_ms: {}", m.n, line.join(" "));
    }
}

/// Writes a data folder of `n` sweep events to `dir`.
fn write_folder(base: &Dataset, dir: &std::path::Path, n: usize) {
    let texts = texts_of(&with_sweep_events(base, n, SEED));
    for (name, text) in texts.files() {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    println!("wrote {n} events to {}", dir.display());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let base = load_embedded().unwrap_or_else(|e| panic!("{e}"));
    if let Some(at) = args.iter().position(|a| a == "--write") {
        match (
            args.get(at + 1),
            args.get(at + 2).and_then(|n| n.parse().ok()),
        ) {
            (Some(dir), Some(n)) => write_folder(&base, std::path::Path::new(dir), n),
            _ => eprintln!("usage: pan_sweep --write DIR N"),
        }
        return;
    }
    if args.iter().any(|a| a == "--reload") {
        reload(&base, 100_000);
        if args.iter().any(|a| a == "--million") {
            reload(&base, 1_000_000);
        }
        return;
    }
    // `--only N`: one size (for profiling).
    let only: Option<usize> = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|at| args.get(at + 1)?.parse().ok());
    // `--sweeps K`: K sweeps per size (for profiling).
    let sweeps_arg: Option<usize> = args
        .iter()
        .position(|a| a == "--sweeps")
        .and_then(|at| args.get(at + 1)?.parse().ok());
    let mut sizes: Vec<Measured> = SIZES
        .into_iter()
        .filter(|n| only.is_none_or(|o| o == *n))
        .map(|n| load_and_open(&base, n))
        .collect();
    // The sizes take turns, sweep by sweep, so that the machine's slower
    // and faster moments fall on all of them alike.
    for _ in 1..sweeps_arg.unwrap_or(SWEEPS) {
        for m in &mut sizes {
            m.sweep_again();
        }
    }
    for m in &sizes {
        report(m);
        if args.iter().any(|a| a == "--steps") {
            print_steps(m);
        }
    }
    // Let go of on a thread of its own that gives the memory back (as the
    // window lets go of replaced data): freed here, it was given back from
    // inside the million's first steps.
    rk_roadmap::background::dispose(sizes);
    if args.iter().any(|a| a == "--million") {
        let mut m = load_and_open(&base, 1_000_000);
        m.sweep_again();
        report(&m);
    }
}
