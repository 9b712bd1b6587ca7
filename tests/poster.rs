#![allow(clippy::unwrap_used, clippy::expect_used)]
//! SVG and PDF exports: the SVG parses as XML and holds the visible titles
//! as text; the PDF's text, extracted by pdftotext, holds them too; both
//! carry the title, the view's dates, the scenarios, a legend and notes.

use std::collections::BTreeSet;
use std::process::Command;

use rk_roadmap::model::layout::TimeView;
use rk_roadmap::model::load_embedded;
use rk_roadmap::poster::{self, Paper, PosterOptions};

fn options(view: Option<TimeView>, scenario: Option<&str>, paper: Paper) -> PosterOptions {
    PosterOptions {
        view,
        scenarios: scenario
            .map(str::to_owned)
            .into_iter()
            .collect::<BTreeSet<_>>(),
        paper,
    }
}

/// Every text node of an SVG document, parsed as XML (trimmed: the `svg`
/// crate puts a text on its own line, and SVG collapses that white space).
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(|t| t.trim().to_owned()))
        .collect()
}

#[test]
fn the_svg_is_xml_and_holds_the_visible_titles_as_text() {
    let ds = load_embedded().unwrap();
    let view = TimeView {
        start_year: 2015.0,
        end_year: 2025.0,
    };
    let scene = poster::scene(
        &ds,
        &options(Some(view), Some("sc_institutional_alliance"), Paper::A3),
    );
    let texts = svg_texts(&poster::svg::to_svg(&scene));
    let joined = texts.join("\n");
    assert!(
        texts
            .iter()
            .any(|t| t == "Russia–Kazakhstan relations 1990–2030"),
        "the title"
    );
    assert!(joined.contains("View: 2015 – 2025"), "the view's dates");
    assert!(
        joined.contains("Scenarios: Institutional alliance"),
        "{joined}"
    );
    assert!(joined.contains("Legend:"));
    assert!(
        joined.contains("Sources") && joined.contains("[1] "),
        "numbered notes"
    );
    // Events of the view are drawn with their titles; events outside are not.
    for title in [
        "Kazakhstan declares independence",
        "Covid pandemic cuts personal contacts",
    ] {
        let event = ds
            .events
            .iter()
            .find(|e| e.title.starts_with(title))
            .unwrap();
        let inside = (2015.0..2025.0).contains(&event.date.start_year_frac());
        assert_eq!(joined.contains(title), inside, "{title}");
    }
    // Text with markup characters stays text.
    let mut tricky = ds.clone();
    tricky.events[0].title = "A <b> & \"C\"".into();
    let svg = poster::svg::to_svg(&poster::scene(&tricky, &options(None, None, Paper::A4)));
    assert!(
        svg_texts(&svg)
            .iter()
            .any(|t| t.starts_with("A <b> & \"C\""))
    );
}

#[test]
fn the_full_range_poster_draws_eras_lanes_cycles_and_the_road_map() {
    let ds = load_embedded().unwrap();
    let scene = poster::scene(
        &ds,
        &options(None, Some("sc_institutional_alliance"), Paper::A3),
    );
    let texts: Vec<&str> = scene.texts().collect();
    let has = |s: &str| texts.iter().any(|t| t.starts_with(s));
    assert!(has("Full range: 1990 – 2031"), "{texts:?}");
    assert!(has("1990s: CIS integration"), "an era");
    for lane in &ds.lanes {
        assert!(has(&lane.name), "lane {}", lane.name);
    }
    assert!(has("Electoral cycles") && has("President of Russia"));
    assert!(has("Road map under the toggled scenarios"));
    let without = poster::scene(&ds, &options(None, None, Paper::A3));
    assert!(!without.texts().any(|t| t.starts_with("Road map")));
}

#[test]
fn the_pdf_has_real_extractable_text() {
    let dir = std::env::temp_dir().join(format!("rk-poster-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("view.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_rk-roadmap"))
        .args([
            "export", "--format", "pdf", "--paper", "a4", "--at", "2015", "--span", "10y",
        ])
        .args(["--scenario", "sc_institutional_alliance", "-o"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = Command::new("pdftotext")
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    std::fs::remove_dir_all(&dir).ok();
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    for expected in [
        "Russia–Kazakhstan relations 1990–2030",
        "View: 2015 – 2025",
        "Institutional alliance",
        "Covid pandemic cuts personal contacts",
        "Legend:",
        "Sources",
    ] {
        let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let wanted = expected.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            squeezed.contains(&wanted),
            "`{expected}` not in the PDF's text:\n{text}"
        );
    }
}

#[test]
fn the_share_menu_saves_the_view_and_the_poster() {
    use rk_roadmap::command::{Command as AppCommand, ExportKind};
    let mut app = rk_roadmap::App::default();
    for (kind, ext) in [
        (ExportKind::Svg, ".svg"),
        (ExportKind::Pdf, ".pdf"),
        (ExportKind::Poster, ".pdf"),
    ] {
        app.run_command(AppCommand::Export(kind));
        let notice = app.state().notice.clone().unwrap_or_default();
        let path = notice
            .strip_prefix("Saved ")
            .unwrap_or_else(|| panic!("{notice}"));
        assert!(path.ends_with(ext), "{notice}");
        let bytes = std::fs::read(path).unwrap();
        std::fs::remove_file(path).ok();
        assert!(bytes.len() > 1000, "{kind:?}");
    }
}
