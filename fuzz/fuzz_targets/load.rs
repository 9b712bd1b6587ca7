//! Parse + validate with one data file replaced by arbitrary bytes: the
//! loader must return the dataset or located errors, never panic or hang.
//! The other files are small valid ones (a source, a lane, an office), so
//! each run is quick and the validator's cross-references are exercised.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rk_roadmap::model::load::DATA_FILES;
use rk_roadmap::model::{DataTexts, Date, LoadError, load_texts};

const SOURCES: &str = r#"[(id: "s", kind: Reference, title: "T", publisher: "P", url: "https://example.org/")]"#;
const LANES: &str = r#"[(id: "bilateral", name: "Bilateral")]"#;
const OFFICES: &str = r#"[(id: "kz_president", title: "President", country: Kazakhstan, kind: President, sources: ["s"])]"#;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let file = DATA_FILES[usize::from(selector) % DATA_FILES.len()];
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let _ = Date::parse(text);
    let mut texts = DataTexts::new(
        DATA_FILES
            .iter()
            .map(|name| {
                let base = match *name {
                    "sources.ron" => SOURCES,
                    "lanes.ron" => LANES,
                    "offices.ron" => OFFICES,
                    _ => "[]",
                };
                ((*name).to_owned(), base.to_owned())
            })
            .collect(),
    );
    texts.set(file, text.to_owned());
    if let Err(errors) = load_texts(&texts) {
        assert!(!errors.0.is_empty());
        for e in &errors.0 {
            assert!(DATA_FILES.contains(&e.file()), "{e}");
            if let LoadError::Syntax { line, col, .. } = e {
                assert!(*line >= 1 && *col >= 1, "{e}");
            }
            let _ = e.to_string();
            let _ = e.caret_excerpt();
        }
    }
});
