//! The scenario watch as text: the board as a Markdown section of the
//! brief, and one CSV record per signpost, both as of a date.

use super::dataset::Dataset;
use super::date::{Date, day_in};
use super::lang::Lang;
use super::queries::display_name;
use super::watch::{all_signposts, bearing, deciding_evidence, judgement_at, state_at, tally};

/// The window in words: "by Dec 2027", "Jan 2027 – Jun 2028".
fn window_words(w: &super::types::Window) -> String {
    match w.opens() {
        Some(from) => format!("{} – {}", from.display(), w.closes().display()),
        None => format!("by {}", w.closes().display()),
    }
}

/// The watch board as a Markdown section (empty when the data has no
/// signposts and no judgements).
pub fn board_markdown(ds: &Dataset, as_of: f64) -> String {
    let any = ds
        .scenarios
        .iter()
        .any(|s| !s.signposts.is_empty() || !s.judgements.is_empty());
    if !any {
        return String::new();
    }
    let mut out = format!(
        "## Scenario watch as of {}\n\nSignposts, their bearing on each scenario and the likelihoods are this dataset's own analysis; the white paper gives no scenarios and no likelihoods.\n\n",
        day_in(as_of, Lang::En)
    );
    out.push_str("| Scenario | Judgement in force | Confidence | Observed for | Observed against | Missed | Contradicted | Pending |\n|---|---|---|---:|---:|---:|---:|---:|\n");
    for s in &ds.scenarios {
        let t = tally(ds, &s.id, as_of);
        let (words, confidence) = judgement_at(s, as_of).map_or_else(
            || ("no judgement yet".to_owned(), String::from("–")),
            |j| {
                (
                    format!(
                        "{} ({})",
                        j.likelihood.with_range(Lang::En),
                        j.date.display()
                    ),
                    j.confidence.label(Lang::En).to_owned(),
                )
            },
        );
        out.push_str(&format!(
            "| {} | {words} | {confidence} | {} | {} | {} | {} | {} |\n",
            cell(&s.title),
            t.observed_consistent,
            t.observed_inconsistent,
            t.missed,
            t.contradicted,
            t.pending
        ));
    }
    out.push_str("\n### Signposts\n\n| Signpost | Window |");
    for s in &ds.scenarios {
        out.push_str(&format!(
            " {} |",
            cell(super::queries::short_title(&s.title))
        ));
    }
    out.push_str(" State | Evidence |\n|---|---|");
    out.push_str(&"---|".repeat(ds.scenarios.len()));
    out.push_str("---|---|\n");
    for (_, sp) in all_signposts(ds) {
        out.push_str(&format!(
            "| {} | {} |",
            cell(&sp.text),
            window_words(&sp.window)
        ));
        for s in &ds.scenarios {
            out.push_str(&format!(" {} |", bearing(sp, &s.id).mark()));
        }
        let evidence = deciding_evidence(ds, sp, as_of).map_or_else(String::new, |(e, d)| {
            format!(
                "{} {} — {}",
                d.display(),
                cell(&display_name(ds, &e.item, Lang::En)),
                cell(&e.reason)
            )
        });
        out.push_str(&format!(
            " {} | {evidence} |\n",
            state_at(ds, sp, as_of).code()
        ));
    }
    out.push('\n');
    out
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// One RFC 4180 record per signpost, with its state as of `as_of`.
pub fn signposts_csv(ds: &Dataset, as_of: f64) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record([
        "id",
        "scenario",
        "text",
        "window_from",
        "window_to",
        "consistent",
        "inconsistent",
        "as_of",
        "state",
        "evidence",
        "evidence_date",
        "reason",
    ])?;
    let as_of_text = Date::from_year_frac(as_of).map_or_else(String::new, |d| d.to_string());
    for (s, sp) in all_signposts(ds) {
        let (evidence, date, reason) = deciding_evidence(ds, sp, as_of).map_or_else(
            || (String::new(), String::new(), String::new()),
            |(e, d)| (e.item.clone(), d.to_string(), e.reason.clone()),
        );
        w.write_record([
            sp.id.as_str(),
            s.id.as_str(),
            sp.text.as_str(),
            &sp.window
                .opens()
                .map_or_else(String::new, ToString::to_string),
            &sp.window.closes().to_string(),
            &sp.consistent.join(" "),
            &sp.inconsistent.join(" "),
            &as_of_text,
            state_at(ds, sp, as_of).code(),
            &evidence,
            &date,
            &reason,
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
