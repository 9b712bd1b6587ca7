//! A [`Scene`] as an SVG document (the `svg` crate), its texts as `<text>`
//! elements so they stay searchable and selectable.

use svg::Document;
use svg::node::element::{Circle, Line, Rectangle, Text, Title};

use super::{Anchor, Rgb, Scene, Shape};

fn colour((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn paint(c: Option<Rgb>) -> String {
    c.map_or_else(|| "none".to_owned(), colour)
}

/// The SVG text of `scene`.
pub fn to_svg(scene: &Scene) -> String {
    let mut doc = Document::new()
        .set("width", format!("{}pt", scene.width))
        .set("height", format!("{}pt", scene.height))
        .set("viewBox", (0.0, 0.0, scene.width, scene.height))
        .set(
            "font-family",
            "Ubuntu, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
        )
        .add(Title::new(scene.title.clone()))
        .add(
            Rectangle::new()
                .set("width", scene.width)
                .set("height", scene.height)
                .set("fill", "#ffffff"),
        );
    for shape in &scene.shapes {
        doc = match shape {
            Shape::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
                dashed,
            } => doc.add(dash(
                Rectangle::new()
                    .set("x", *x)
                    .set("y", *y)
                    .set("width", w.max(0.0))
                    .set("height", h.max(0.0))
                    .set("fill", paint(*fill))
                    .set("stroke", paint(*stroke))
                    .set("stroke-width", 0.6),
                *dashed,
            )),
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                color,
                width,
                dashed,
            } => doc.add(dash(
                Line::new()
                    .set("x1", *x1)
                    .set("y1", *y1)
                    .set("x2", *x2)
                    .set("y2", *y2)
                    .set("stroke", colour(*color))
                    .set("stroke-width", *width),
                *dashed,
            )),
            Shape::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
                dashed,
            } => doc.add(dash(
                Circle::new()
                    .set("cx", *cx)
                    .set("cy", *cy)
                    .set("r", *r)
                    .set("fill", paint(*fill))
                    .set("stroke", paint(*stroke))
                    .set("stroke-width", 0.7),
                *dashed,
            )),
            Shape::Text {
                x,
                y,
                size,
                text,
                color,
                anchor,
            } => doc.add(
                Text::new(text.clone())
                    .set("x", *x)
                    .set("y", *y)
                    .set("font-size", *size)
                    .set("fill", colour(*color))
                    .set(
                        "text-anchor",
                        match anchor {
                            Anchor::Start => "start",
                            Anchor::Middle => "middle",
                            Anchor::End => "end",
                        },
                    ),
            ),
        };
    }
    doc.to_string()
}

fn dash<T: svg::Node>(mut node: T, dashed: bool) -> T {
    if dashed {
        node.assign("stroke-dasharray", "2 1.5");
    }
    node
}
