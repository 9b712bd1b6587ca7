//! The TimelineJS sheet CSV importer on arbitrary text:
//! they return a timeline or located errors, never panic or hang, and what
//! they return loads (or gives located errors) as a data folder.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rk_roadmap::model::import::import_text;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match import_text("fuzz.csv", text) {
        Ok(imported) => {
            if let Err(errors) = imported.load() {
                let _ = errors.to_string();
            }
        }
        Err(errors) => {
            assert!(!errors.0.is_empty());
            for e in &errors.0 {
                assert_eq!(e.file, "fuzz.csv");
                let _ = e.to_string();
            }
        }
    }
});
