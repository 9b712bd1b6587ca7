//! The layering and size rules of ARCHITECTURE.md, checked on the source.

use std::path::{Path, PathBuf};

mod common;

fn src(sub: &str) -> Vec<(PathBuf, String)> {
    common::sources_under(&[&format!("src/{sub}")])
}

/// Code lines (comments dropped).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
}

#[test]
fn the_model_never_uses_egui() {
    for (path, text) in src("model") {
        for (n, line) in code_lines(&text) {
            assert!(
                !line.contains("egui"),
                "{}:{}: {line}",
                path.display(),
                n + 1
            );
        }
    }
}

#[test]
fn panels_never_reach_into_the_app() {
    for (path, text) in src("ui") {
        for (n, line) in code_lines(&text) {
            assert!(
                !line.contains("crate::app") && !line.contains("rk_roadmap::app"),
                "{}:{}: {line}",
                path.display(),
                n + 1
            );
        }
    }
}

#[test]
fn no_lint_is_silenced_in_the_source() {
    for (path, text) in src("") {
        for (n, line) in code_lines(&text) {
            assert!(
                !line.contains("allow(clippy"),
                "{}:{}: {line}",
                path.display(),
                n + 1
            );
        }
    }
}

/// Lengths of the functions in `text`: (name, first line, lines).
fn function_lengths(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        let t = t.strip_prefix("pub(super) ").unwrap_or(t);
        let t = t.strip_prefix("pub(crate) ").unwrap_or(t);
        let t = t.strip_prefix("pub ").unwrap_or(t);
        let Some(rest) = t.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let mut depth = 0i32;
        let mut opened = false;
        for (j, l) in lines.iter().enumerate().skip(i) {
            depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
            opened |= l.contains('{');
            if opened && depth <= 0 {
                out.push((name.clone(), i + 1, j - i + 1));
                break;
            }
            if !opened && l.contains(';') {
                break;
            }
        }
    }
    out
}

#[test]
fn no_function_in_the_ui_or_the_app_is_over_80_lines() {
    let mut long = Vec::new();
    for sub in ["ui", "app"] {
        for (path, text) in src(sub) {
            for (name, line, len) in function_lengths(&text) {
                if len > 80 {
                    long.push(format!("{}:{line} {name} ({len} lines)", path.display()));
                }
            }
        }
    }
    assert!(long.is_empty(), "{long:#?}");
}

#[test]
fn the_function_length_check_measures_functions() {
    let text = "fn a() {\n    x();\n}\n\npub fn b(\n    y: u8,\n) -> u8 {\n    y\n}\n";
    assert_eq!(
        function_lengths(text),
        vec![("a".to_owned(), 1, 3), ("b".to_owned(), 5, 5)]
    );
}

#[test]
fn the_app_module_stays_small() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app/mod.rs");
    let lines = std::fs::read_to_string(path).unwrap().lines().count();
    assert!(lines < 400, "src/app/mod.rs has {lines} lines");
}
