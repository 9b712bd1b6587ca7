//! Builds the poster's [`Scene`] from the dataset and the view.

use std::collections::BTreeSet;

use super::{Anchor, Rgb, Scene, Shape, fit_text, text_width};
use crate::model::dataset::Dataset;
use crate::model::elections::{election_row, term_label};
use crate::model::layout::{
    AxisMap, LaneItem, Placement, TimeView, allocate_rows, item_extents, layout_lane, ticks,
};
use crate::model::scenarios::stage_in;
use crate::model::timeline::TimelineIndex;
use crate::model::types::{Country, Id, Source, Stage, Status};
use crate::model::{Date, Lang};

/// PDF paper sizes, landscape, in points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    A4,
    #[default]
    A3,
}

impl Paper {
    pub fn size(self) -> (f32, f32) {
        match self {
            Self::A4 => (841.89, 595.28),
            Self::A3 => (1190.55, 841.89),
        }
    }
}

/// What to draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PosterOptions {
    /// The view to draw; `None` for the full-range poster.
    pub view: Option<TimeView>,
    /// The toggled scenarios: their projections and road map are drawn.
    pub scenarios: BTreeSet<Id>,
    pub paper: Paper,
}

const MARGIN: f32 = 28.0;
const GUTTER: f32 = 100.0;
const ROW: f32 = 11.0;
const SMALL: f32 = 6.5;
const INK: Rgb = (30, 30, 30);
const WEAK: Rgb = (110, 110, 110);
const GRID: Rgb = (225, 225, 225);
const LANE_COLOURS: [Rgb; 6] = [
    (200, 60, 50),
    (40, 110, 190),
    (120, 80, 170),
    (30, 140, 100),
    (200, 130, 20),
    (90, 90, 90),
];

/// The page being drawn: background and foreground shapes, the axis, the
/// numbered sources and the vertical cursor.
struct Page<'a> {
    ds: &'a Dataset,
    back: Vec<Shape>,
    front: Vec<Shape>,
    map: AxisMap,
    notes: Vec<&'a Source>,
    y: f32,
}

impl Page<'_> {
    fn text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        text: impl Into<String>,
        color: Rgb,
        anchor: Anchor,
    ) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.front.push(Shape::Text {
                x,
                y,
                size,
                text,
                color,
                anchor,
            });
        }
    }

    /// ` [1, 3]`: the note numbers of `sources`.
    fn cite(&self, sources: &[Id]) -> String {
        let numbers: Vec<String> = sources
            .iter()
            .filter_map(|id| self.notes.iter().position(|s| s.id == *id))
            .map(|n| (n + 1).to_string())
            .collect();
        if numbers.is_empty() {
            String::new()
        } else {
            format!(" [{}]", numbers.join(","))
        }
    }

    fn x(&self, year: f64) -> f32 {
        self.map
            .x_from_year(year)
            .clamp(self.map.left, self.map.right)
    }

    /// A section header in the gutter, with a rule across the page.
    fn section(&mut self, title: &str) {
        self.y += 4.0;
        self.text(MARGIN, self.y + 8.0, 8.5, title, INK, Anchor::Start);
        self.back.push(Shape::Line {
            x1: MARGIN,
            y1: self.y + 10.5,
            x2: self.map.right,
            y2: self.y + 10.5,
            color: (180, 180, 180),
            width: 0.5,
            dashed: false,
        });
        self.y += 13.0;
    }
}

/// The view drawn: the given one within the data's axis, or the full range.
fn view_of(ds: &Dataset, opts: &PosterOptions) -> TimeView {
    let limits = ds.axis_limits();
    opts.view
        .map_or_else(|| TimeView::full_in(&limits), |v| v.clamped_in(&limits))
}

/// The sources cited by what the view shows, in the dataset's order.
fn cited_sources<'a>(ds: &'a Dataset, index: &TimelineIndex, view: TimeView) -> Vec<&'a Source> {
    let (from, to) = (view.start_year, view.end_year);
    let overlaps = |a: &Date, b: &Date| b.end_year_frac() >= from && a.start_year_frac() <= to;
    let mut cited: BTreeSet<&str> = BTreeSet::new();
    for lane in 0..ds.lanes.len() {
        for i in index.visible(lane, from, to) {
            cited.extend(index.items[i].sources(ds).iter().map(String::as_str));
        }
    }
    for e in ds.eras.iter().filter(|e| overlaps(&e.start, &e.end)) {
        cited.extend(e.sources.iter().map(String::as_str));
    }
    for t in ds.terms.iter().filter(|t| overlaps(&t.start, &t.end)) {
        cited.extend(t.sources.iter().map(String::as_str));
    }
    for e in ds.elections.iter().filter(|e| overlaps(&e.date, &e.date)) {
        cited.extend(e.sources.iter().map(String::as_str));
    }
    ds.sources
        .iter()
        .filter(|s| cited.contains(s.id.as_str()))
        .collect()
}

/// Builds the page: header, axis, eras and lanes, electoral cycles, the
/// road map, legend and notes.
pub fn scene(ds: &Dataset, opts: &PosterOptions) -> Scene {
    let (width, height) = opts.paper.size();
    let view = view_of(ds, opts);
    // Built with every item shown (the poster takes no filter).
    let index = TimelineIndex::build(ds, &opts.scenarios);
    let mut page = Page {
        ds,
        back: Vec::new(),
        front: Vec::new(),
        map: AxisMap::new(view, MARGIN + GUTTER, width - MARGIN),
        notes: cited_sources(ds, &index, view),
        y: MARGIN,
    };
    header_ui(&mut page, opts, view);
    let notes_h = notes_height(&page, width);
    let legend_h = 22.0;
    let offices_h = if ds.offices.is_empty() {
        0.0
    } else {
        17.0 + ds.offices.len() as f32 * ROW
    };
    let roadmap_rows = roadmap_rows(ds, opts);
    let roadmap_h = if roadmap_rows == 0 {
        0.0
    } else {
        17.0 + roadmap_rows as f32 * 9.0
    };
    let bottom = height - MARGIN - notes_h - legend_h;
    let axis_top = page.y;
    axis_ui(&mut page);
    let timeline_h = (bottom - page.y - offices_h - roadmap_h).max(ROW * 2.0);
    timeline_ui(&mut page, &index, timeline_h);
    if offices_h > 0.0 {
        elections_ui(&mut page);
    }
    if roadmap_h > 0.0 {
        roadmap_ui(&mut page, opts, bottom);
    }
    let content_bottom = page.y.min(bottom);
    gridlines(&mut page, axis_top, content_bottom);
    page.y = bottom + 6.0;
    legend_ui(&mut page, opts, width);
    notes_ui(&mut page, width);
    let Page {
        mut back, front, ..
    } = page;
    back.extend(front);
    Scene {
        width,
        height,
        title: ds.title().to_owned(),
        shapes: back,
    }
}

fn header_ui(page: &mut Page<'_>, opts: &PosterOptions, view: TimeView) {
    let ds = page.ds;
    page.text(MARGIN, page.y + 16.0, 17.0, ds.title(), INK, Anchor::Start);
    let (from, to) = (view.start_year, view.end_year);
    let dates = format!("{} – {}", year_month(from), year_month(to));
    let kind = if opts.view.is_some() {
        "View"
    } else {
        "Full range"
    };
    let scenarios: Vec<&str> = ds
        .scenarios
        .iter()
        .filter(|s| opts.scenarios.contains(&s.id))
        .map(|s| s.title.as_str())
        .collect();
    let scenarios = if scenarios.is_empty() {
        "none".to_owned()
    } else {
        scenarios.join("; ")
    };
    let line = format!("{kind}: {dates}  ·  Scenarios: {scenarios}");
    page.text(MARGIN, page.y + 29.0, 8.0, line, WEAK, Anchor::Start);
    page.y += 38.0;
}

/// `Mar 2030` or `2030` for a fractional year.
fn year_month(year: f64) -> String {
    let y = year.floor();
    let month = ((year - y) * 12.0).round() as usize;
    if month == 0 || month >= 12 {
        format!("{}", if month >= 12 { y + 1.0 } else { y })
    } else {
        format!("{} {y}", crate::model::date::MONTH_ABBR[month])
    }
}

fn axis_ui(page: &mut Page<'_>) {
    let (_, ticks) = ticks(&page.map, 34.0);
    for t in ticks {
        let x = page.map.x_from_year(t.year);
        page.text(x, page.y + 8.0, 7.5, t.label, WEAK, Anchor::Middle);
    }
    page.y += 12.0;
}

/// Tick gridlines from `top` to `bottom`, behind everything.
fn gridlines(page: &mut Page<'_>, top: f32, bottom: f32) {
    let (_, ticks) = ticks(&page.map, 34.0);
    for t in ticks {
        let x = page.map.x_from_year(t.year);
        page.back.insert(
            0,
            Shape::Line {
                x1: x,
                y1: top + 11.0,
                x2: x,
                y2: bottom,
                color: GRID,
                width: 0.5,
                dashed: false,
            },
        );
    }
}

/// Fill and dash of an item's marker by its status.
fn status_style(status: Status, color: Rgb) -> (Option<Rgb>, bool) {
    match status {
        Status::Fact => (Some(color), false),
        Status::Scheduled => (None, false),
        Status::Proposed | Status::Projected | Status::Unconfirmed => (None, true),
    }
}

/// One lane's items as laid out: extents, labels, colours and statuses.
struct LaneDraw {
    items: Vec<LaneItem>,
    left_label: Vec<bool>,
    labels: Vec<String>,
    spans: Vec<bool>,
    styles: Vec<(Rgb, Status)>,
}

fn lane_items(page: &Page<'_>, index: &TimelineIndex, lane: usize) -> LaneDraw {
    let view = page.map.view;
    let mut shown = index.visible(lane, view.start_year, view.end_year);
    shown.sort_by(|a, b| {
        index.items[*a]
            .extent()
            .0
            .total_cmp(&index.items[*b].extent().0)
    });
    let lane_colour = LANE_COLOURS[lane % LANE_COLOURS.len()];
    let mut draw = LaneDraw {
        items: Vec::new(),
        left_label: Vec::new(),
        labels: Vec::new(),
        spans: Vec::new(),
        styles: Vec::new(),
    };
    for i in shown {
        let item = &index.items[i];
        let colour = item
            .scenario
            .and_then(|s| page.ds.scenarios.get(s))
            .map_or(lane_colour, |s| s.rgb());
        let label = format!(
            "{}{}",
            item.titles(page.ds).0,
            page.cite(item.sources(page.ds))
        );
        let bare = match item.end {
            Some(end) => (
                page.x(item.start),
                page.x(end).max(page.x(item.start) + 2.0),
            ),
            None => {
                let x = page.map.x_from_year(item.at);
                (x - 2.5, x + 2.5)
            }
        };
        // Labels keep their whole text and citation here: none is
        // narrowed to the room left of the plot's edge.
        let (extent, left, _) = item_extents(
            bare,
            item.end.is_some(),
            text_width(&label, SMALL),
            (f32::NEG_INFINITY, page.map.right),
        );
        draw.items.push(extent);
        draw.left_label.push(left);
        draw.labels.push(label);
        draw.spans.push(item.end.is_some());
        draw.styles.push((colour, item.status));
    }
    draw
}

fn timeline_ui(page: &mut Page<'_>, index: &TimelineIndex, height: f32) {
    page.section("Timeline");
    let top = page.y;
    let lanes: Vec<LaneDraw> = (0..page.ds.lanes.len())
        .map(|l| lane_items(page, index, l))
        .collect();
    let desired: Vec<usize> = lanes
        .iter()
        .map(|d| {
            layout_lane(&d.items, &vec![false; d.items.len()], 40, 4.0, 24.0)
                .rows
                .max(1)
        })
        .collect();
    let budget = ((height - 13.0) / ROW).floor().max(lanes.len() as f32) as usize;
    let rows = allocate_rows(&desired, budget);
    eras_ui(
        page,
        top,
        top + rows.iter().sum::<usize>() as f32 * ROW + 2.0,
    );
    for ((lane, draw), rows) in page.ds.lanes.iter().zip(&lanes).zip(rows) {
        let layout = layout_lane(&draw.items, &vec![false; draw.items.len()], rows, 4.0, 24.0);
        let name = fit_text(&lane.name, 7.5, GUTTER - 6.0);
        page.text(MARGIN, page.y + 8.0, 7.5, name, INK, Anchor::Start);
        for p in &layout.placements {
            placement_ui(page, draw, p);
        }
        page.y += rows as f32 * ROW;
        page.back.push(Shape::Line {
            x1: MARGIN,
            y1: page.y,
            x2: page.map.right,
            y2: page.y,
            color: GRID,
            width: 0.4,
            dashed: false,
        });
    }
}

fn placement_ui(page: &mut Page<'_>, draw: &LaneDraw, p: &Placement) {
    let row_y = page.y + p.row() as f32 * ROW;
    let mid = row_y + ROW / 2.0;
    match p {
        Placement::Item { index, label, .. } => {
            let item = draw.items[*index];
            let (colour, status) = draw.styles[*index];
            let (fill, dashed) = status_style(status, colour);
            if draw.spans[*index] {
                let (x0, x1) = item.bare;
                page.front.push(Shape::Rect {
                    x: x0,
                    y: mid + 1.0,
                    w: x1 - x0,
                    h: 3.5,
                    fill: fill.or(Some((255, 255, 255))),
                    stroke: Some(colour),
                    dashed,
                });
            } else {
                let cx = 0.5 * (item.bare.0 + item.bare.1);
                page.front.push(Shape::Circle {
                    cx,
                    cy: mid,
                    r: 2.5,
                    fill: fill.or(Some((255, 255, 255))),
                    stroke: Some(colour),
                    dashed,
                });
            }
            if *label {
                let text = draw.labels[*index].clone();
                if draw.left_label[*index] {
                    page.text(item.bare.0 - 3.0, mid + 2.3, SMALL, text, INK, Anchor::End);
                } else if draw.spans[*index] {
                    page.text(
                        item.bare.0 + 1.0,
                        mid,
                        SMALL - 0.5,
                        text,
                        INK,
                        Anchor::Start,
                    );
                } else {
                    page.text(
                        item.bare.1 + 3.0,
                        mid + 2.3,
                        SMALL,
                        text,
                        INK,
                        Anchor::Start,
                    );
                }
            }
        }
        Placement::Cluster {
            x0, x1, members, ..
        } => {
            page.front.push(Shape::Rect {
                x: *x0,
                y: mid - 4.0,
                w: x1 - x0,
                h: 8.0,
                fill: Some((235, 235, 235)),
                stroke: Some(WEAK),
                dashed: false,
            });
            page.text(
                0.5 * (x0 + x1),
                mid + 2.3,
                SMALL,
                format!("{} events", members.len()),
                INK,
                Anchor::Middle,
            );
        }
    }
}

fn eras_ui(page: &mut Page<'_>, top: f32, bottom: f32) {
    let view = page.map.view;
    let ds = page.ds;
    for (k, era) in ds.eras.iter().enumerate() {
        let (a, b) = (era.start.start_year_frac(), era.end.end_year_frac());
        if b < view.start_year || a > view.end_year {
            continue;
        }
        let (x0, x1) = (page.x(a), page.x(b));
        let shade = if k % 2 == 0 {
            (246, 242, 232)
        } else {
            (236, 242, 248)
        };
        page.back.push(Shape::Rect {
            x: x0,
            y: top - 12.0,
            w: x1 - x0,
            h: bottom - top + 12.0,
            fill: Some(shade),
            stroke: None,
            dashed: false,
        });
        let title = format!("{}{}", era.title, page.cite(&era.sources));
        let title = fit_text(&title, 7.0, x1 - x0 - 4.0);
        page.text(
            x0 + 2.0,
            top - 3.5,
            7.0,
            title,
            (120, 100, 60),
            Anchor::Start,
        );
    }
}

fn country_colour(c: &Country) -> Rgb {
    match c {
        Country::Russia => (200, 70, 60),
        Country::Kazakhstan => (30, 150, 200),
        Country::Other(_) => (120, 120, 120),
    }
}

fn elections_ui(page: &mut Page<'_>) {
    page.section("Electoral cycles");
    let ds = page.ds;
    let view = page.map.view;
    for office in &ds.offices {
        page.text(
            MARGIN,
            page.y + 8.0,
            7.0,
            fit_text(&office.title, 7.0, GUTTER - 6.0),
            INK,
            Anchor::Start,
        );
        let colour = country_colour(&office.country);
        for t in ds.terms.iter().filter(|t| t.office == office.id) {
            let (a, b) = (t.start.start_year_frac(), t.end.end_year_frac());
            if b < view.start_year || a > view.end_year {
                continue;
            }
            let (x0, x1) = (page.x(a), page.x(b));
            let (fill, dashed) = status_style(
                t.status,
                (colour.0 / 2 + 127, colour.1 / 2 + 127, colour.2 / 2 + 127),
            );
            page.front.push(Shape::Rect {
                x: x0,
                y: page.y + 2.0,
                w: (x1 - x0 - 1.0).max(0.5),
                h: ROW - 4.0,
                fill,
                stroke: Some(colour),
                dashed,
            });
            let label = fit_text(&term_label(ds, t, Lang::En), SMALL - 0.5, x1 - x0 - 4.0);
            page.text(
                x0 + 2.0,
                page.y + ROW - 3.5,
                SMALL - 0.5,
                label,
                INK,
                Anchor::Start,
            );
        }
        for e in ds
            .elections
            .iter()
            .filter(|e| election_row(ds, e) == Some(office.id.as_str()))
        {
            let at = e.date.mid_year_frac();
            if at < view.start_year || at > view.end_year {
                continue;
            }
            let (fill, dashed) = status_style(e.status, INK);
            page.front.push(Shape::Circle {
                cx: page.map.x_from_year(at),
                cy: page.y + 1.5,
                r: 1.6,
                fill: fill.or(Some((255, 255, 255))),
                stroke: Some(INK),
                dashed,
            });
        }
        page.y += ROW;
    }
}

/// Rows of the road map: the proposed institutions, when a scenario is on.
fn roadmap_rows(ds: &Dataset, opts: &PosterOptions) -> usize {
    if opts.scenarios.is_empty() {
        0
    } else {
        ds.institutions.iter().filter(|i| i.proposed).count()
    }
}

fn stage_shade(stage: Stage, (r, g, b): Rgb) -> Rgb {
    let t = match stage {
        Stage::Proposed => 0.25,
        Stage::Agreed => 0.45,
        Stage::Established => 0.7,
        Stage::Operating => 1.0,
        Stage::Stalled | Stage::Abandoned => 0.1,
    };
    let mix = |c: u8| (255.0 - (255.0 - f32::from(c)) * t) as u8;
    (mix(r), mix(g), mix(b))
}

fn roadmap_ui(page: &mut Page<'_>, opts: &PosterOptions, bottom: f32) {
    page.section("Road map under the toggled scenarios (lighter: proposed, darker: operating)");
    let ds = page.ds;
    let scenarios: Vec<_> = ds
        .scenarios
        .iter()
        .filter(|s| opts.scenarios.contains(&s.id))
        .collect();
    let row_h = 9.0;
    let sub = (row_h - 1.0) / scenarios.len().max(1) as f32;
    let view = page.map.view;
    let (first, last) = (view.start_year.floor() as i32, view.end_year.ceil() as i32);
    for inst in ds.institutions.iter().filter(|i| i.proposed) {
        if page.y + row_h > bottom {
            break;
        }
        page.text(
            MARGIN,
            page.y + 7.0,
            SMALL - 0.5,
            fit_text(&inst.name, SMALL - 0.5, GUTTER - 6.0),
            INK,
            Anchor::Start,
        );
        for (k, s) in scenarios.iter().enumerate() {
            let Some(life) = s.lifecycles.iter().find(|l| l.institution == inst.id) else {
                continue;
            };
            let y = page.y + k as f32 * sub;
            for year in first..last {
                let Some(stage) = stage_in(life, year) else {
                    continue;
                };
                let (x0, x1) = (page.x(f64::from(year)), page.x(f64::from(year + 1)));
                if x1 > x0 {
                    page.back.push(Shape::Rect {
                        x: x0,
                        y,
                        w: x1 - x0,
                        h: sub,
                        fill: Some(stage_shade(stage, s.rgb())),
                        stroke: None,
                        dashed: false,
                    });
                }
            }
        }
        page.y += row_h;
    }
}

fn legend_ui(page: &mut Page<'_>, opts: &PosterOptions, width: f32) {
    let y = page.y + 4.0;
    let mut x = MARGIN;
    page.text(x, y + 2.5, 7.5, "Legend:", INK, Anchor::Start);
    x += 34.0;
    for (label, status) in [
        ("Fact", Status::Fact),
        ("Scheduled", Status::Scheduled),
        ("Proposed, projected or unconfirmed", Status::Proposed),
    ] {
        let (fill, dashed) = status_style(status, INK);
        page.front.push(Shape::Circle {
            cx: x + 3.0,
            cy: y,
            r: 2.5,
            fill: fill.or(Some((255, 255, 255))),
            stroke: Some(INK),
            dashed,
        });
        page.text(x + 8.0, y + 2.5, 7.0, label, INK, Anchor::Start);
        x += 14.0 + text_width(label, 7.0);
    }
    page.front.push(Shape::Rect {
        x,
        y: y - 3.0,
        w: 14.0,
        h: 6.0,
        fill: Some((246, 242, 232)),
        stroke: None,
        dashed: false,
    });
    page.text(x + 17.0, y + 2.5, 7.0, "Era", INK, Anchor::Start);
    x += 36.0;
    page.front.push(Shape::Rect {
        x,
        y: y - 3.0,
        w: 14.0,
        h: 6.0,
        fill: Some((227, 162, 157)),
        stroke: Some((200, 70, 60)),
        dashed: false,
    });
    page.text(
        x + 17.0,
        y + 2.5,
        7.0,
        "Term (Russia, Kazakhstan in blue); dot: election",
        INK,
        Anchor::Start,
    );
    x += 24.0 + text_width("Term (Russia, Kazakhstan in blue); dot: election", 7.0);
    for s in page
        .ds
        .scenarios
        .iter()
        .filter(|s| opts.scenarios.contains(&s.id))
    {
        if x > width - MARGIN - 60.0 {
            break;
        }
        page.front.push(Shape::Rect {
            x,
            y: y - 3.0,
            w: 10.0,
            h: 6.0,
            fill: Some(s.rgb()),
            stroke: None,
            dashed: false,
        });
        let label = fit_text(&s.title, 7.0, width - MARGIN - x - 14.0);
        x += 18.0 + text_width(&label, 7.0);
        page.text(
            x - 4.0 - text_width(&label, 7.0),
            y + 2.5,
            7.0,
            label,
            INK,
            Anchor::Start,
        );
    }
    page.y += 16.0;
}

const NOTE_SIZE: f32 = 6.0;
const NOTE_COLUMNS: usize = 2;

fn notes_height(page: &Page<'_>, _width: f32) -> f32 {
    let lines = page.notes.len().div_ceil(NOTE_COLUMNS);
    if lines == 0 {
        0.0
    } else {
        12.0 + lines as f32 * (NOTE_SIZE + 2.0)
    }
}

fn notes_ui(page: &mut Page<'_>, width: f32) {
    if page.notes.is_empty() {
        return;
    }
    page.text(MARGIN, page.y + 7.0, 7.5, "Sources", INK, Anchor::Start);
    page.y += 12.0;
    let col_w = (width - 2.0 * MARGIN) / NOTE_COLUMNS as f32;
    let per_col = page.notes.len().div_ceil(NOTE_COLUMNS);
    let notes: Vec<String> = page
        .notes
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let url = s
                .url
                .as_deref()
                .map(|u| format!(" — {u}"))
                .unwrap_or_default();
            format!("[{}] {} — {}{url}", n + 1, s.title, s.publisher)
        })
        .collect();
    for (n, note) in notes.into_iter().enumerate() {
        let (col, line) = (n / per_col, n % per_col);
        let x = MARGIN + col as f32 * col_w;
        let y = page.y + line as f32 * (NOTE_SIZE + 2.0) + NOTE_SIZE;
        page.text(
            x,
            y,
            NOTE_SIZE,
            fit_text(&note, NOTE_SIZE, col_w - 8.0),
            WEAK,
            Anchor::Start,
        );
    }
    page.y += per_col as f32 * (NOTE_SIZE + 2.0);
}
