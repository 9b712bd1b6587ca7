//! `rk-roadmap check`: a summary and exit 0 on valid data; every error on
//! stderr and exit 1 otherwise.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rk-roadmap"))
}

#[test]
fn check_prints_a_summary_of_the_embedded_dataset() {
    let out = bin().arg("check").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("embedded dataset: valid"), "{stdout}");
    for noun in [
        "4 eras",
        " events",
        " elections",
        " scenarios",
        " institutions",
        "14 sources",
    ] {
        assert!(stdout.contains(noun), "missing {noun}: {stdout}");
    }
    assert!(stdout.contains("dates from 1990 to"), "{stdout}");
}

#[test]
fn check_reports_every_error_with_exit_1() {
    let dir = std::env::temp_dir().join(format!("rk-roadmap-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in rk_roadmap::model::load::EMBEDDED {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let ok = bin().args(["check", "--data"]).arg(&dir).output().unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    let lanes = rk_roadmap::model::load::EMBEDDED[1]
        .1
        .replacen("name:", "nmae:", 1);
    std::fs::write(dir.join("lanes.ron"), lanes).unwrap();
    std::fs::write(dir.join("eras.ron"), "[\n  (id: \"x\",\n]").unwrap();
    let out = bin().args(["check", "--data"]).arg(&dir).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("2 error(s)"), "{stderr}");
    assert!(
        stderr.contains("error: lanes.ron:") && stderr.contains("nmae"),
        "{stderr}"
    );
    assert!(stderr.contains("error: eras.ron:3:"), "{stderr}");
    assert!(stderr.contains('^'), "caret under the column: {stderr}");
}
