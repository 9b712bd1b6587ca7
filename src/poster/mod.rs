//! Vector exports of the timeline: the current view, or a full-range
//! poster, as SVG and PDF with real text. Both draw one [`Scene`] built
//! here from the same layout functions as the screen
//! ([`AxisMap`], [`ticks`], [`item_extents`], [`layout_lane`],
//! [`allocate_rows`]): eras, lanes, electoral cycles, the road map under
//! the toggled scenarios, a title, the view's dates, the active scenarios,
//! a legend and numbered source notes. No egui here.

mod build;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod svg;

pub use build::{Paper, PosterOptions, scene};

/// A colour, `(r, g, b)`.
pub type Rgb = (u8, u8, u8);

/// Where a text's anchor point is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// One drawn shape, in points from the page's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
        dashed: bool,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        color: Rgb,
        width: f32,
        dashed: bool,
    },
    Circle {
        cx: f32,
        cy: f32,
        r: f32,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
        dashed: bool,
    },
    /// One line of text; `y` is its baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        color: Rgb,
        anchor: Anchor,
    },
}

/// A page of shapes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    pub title: String,
    pub shapes: Vec<Shape>,
}

impl Scene {
    /// Every text drawn, in order.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// The width of `text` at `size` points, estimated for the embedded sans
/// font (Ubuntu Light averages about half an em a character).
pub fn text_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!'
            | ' ' => 0.3,
            'm' | 'w' | 'M' | 'W' | 'Ш' | 'Щ' | 'Ж' | 'ш' | 'щ' | 'ж' | 'Ю' | 'ю' | 'Ы' | 'ы' => {
                0.8
            }
            c if c.is_uppercase() => 0.62,
            _ => 0.52,
        })
        .sum::<f32>()
        * size
}

/// `text` cut to fit `width` points at `size`, ending in "…" when cut.
pub fn fit_text(text: &str, size: f32, width: f32) -> String {
    if text_width(text, size) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, size) + text_width("…", size) > width {
            out.pop();
            break;
        }
    }
    let out = out.trim_end().to_owned();
    if out.is_empty() {
        String::new()
    } else {
        format!("{out}…")
    }
}
