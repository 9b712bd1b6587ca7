//! Scheduled items whose date has passed. An item stays `Scheduled` until a
//! source reports what happened; once its date is behind "today" it is
//! either marked `held: true` (the date has passed and the sources report
//! no result) or it is *past due*: the data needs review. The checker warns
//! about past-due items, and about terms still `Ongoing` after their due end.
//!
//! "Today" is always a parameter (a fractional year), so tests pin it.

use super::dataset::Dataset;
use super::date::Date;
use super::error::LoadError;
use super::load::DataTexts;
use super::load::file::{ELECTIONS, ERAS, EVENTS, FIGURES, INSTITUTIONS, TERM_RULES, TERMS};
use super::types::{Election, Event, Status, Term, TermEnd};
use super::validate::line_of_id;

/// Where a Scheduled item stands once its date has passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Marked `held`: its date has passed and the sources report no result.
    Held,
    /// Still only Scheduled after its date: the data needs review.
    PastDue,
}

/// Today, from the system clock, as a fractional year (the app and `check`
/// use it; tests pass a pinned day instead).
pub fn today_year_frac() -> f64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    super::date::year_frac_of_unix_secs(secs)
}

/// Whether the whole period `last` names lies before `today`.
pub fn has_passed(last: &Date, today: f64) -> bool {
    last.end_year_frac() <= today
}

/// A Scheduled item's state, given the last date it covers; `None` for an
/// item that is not Scheduled, or whose date lies ahead and is not held.
pub fn due(status: Status, held: bool, last: &Date, today: f64) -> Option<Due> {
    if status != Status::Scheduled {
        None
    } else if held {
        Some(Due::Held)
    } else {
        has_passed(last, today).then_some(Due::PastDue)
    }
}

/// An event's state: its last day is its `end`, or its date.
pub fn event_due(e: &Event, today: f64) -> Option<Due> {
    due(e.status, e.held, e.end.as_ref().unwrap_or(&e.date), today)
}

/// An election's state: its last voting day, runoffs included.
pub fn election_due(e: &Election, today: f64) -> Option<Due> {
    let last = e.runoffs.iter().max().or(e.end.as_ref()).unwrap_or(&e.date);
    due(e.status, e.held, last, today)
}

/// A scheduled term's state: it is due once its start has passed.
pub fn term_due(t: &Term, today: f64) -> Option<Due> {
    due(t.status, t.held, &t.start, today)
}

/// `held` only qualifies a Scheduled item: an error for any other status.
pub fn held_errors(ds: &Dataset, texts: &DataTexts) -> Vec<LoadError> {
    let held = ds
        .events
        .iter()
        .map(|e| (EVENTS, e.id.as_str(), e.held, e.status))
        .chain(
            ds.elections
                .iter()
                .map(|e| (ELECTIONS, e.id.as_str(), e.held, e.status)),
        )
        .chain(
            ds.terms
                .iter()
                .map(|t| (TERMS, t.id.as_str(), t.held, t.status)),
        );
    held.filter(|(_, _, held, status)| *held && *status != Status::Scheduled)
        .map(|(file, id, _, status)| {
            located(
                texts,
                file,
                id,
                "held",
                format!(
                    "only a Scheduled item can be marked held (this one is {status:?}); \
                     remove `held`"
                ),
            )
        })
        .collect()
}

/// Warnings, not errors: every Scheduled item dated before `today` that is
/// not marked held, and every term still Ongoing after its due end.
pub fn warnings(ds: &Dataset, texts: &DataTexts, today: f64) -> Vec<LoadError> {
    let mut out = Vec::new();
    let mut past = |file: &str, id: &str, date: &Date, has_held: bool| {
        let fix = if has_held {
            "enter the result from a source and set it to Fact, \
             or mark it `held: true` while the sources report no result"
        } else {
            "set its status from a source that reports what happened"
        };
        let message = format!(
            "still Scheduled, but its date ({}) has passed; {fix}",
            date.display()
        );
        out.push(located(texts, file, id, "status", message));
    };
    for e in &ds.events {
        if event_due(e, today) == Some(Due::PastDue) {
            past(EVENTS, &e.id, &e.date, true);
        }
    }
    for e in &ds.elections {
        if election_due(e, today) == Some(Due::PastDue) {
            past(ELECTIONS, &e.id, &e.date, true);
        }
    }
    for t in &ds.terms {
        if term_due(t, today) == Some(Due::PastDue) {
            past(TERMS, &t.id, &t.start, true);
        }
    }
    let unheld = |status: Status, last: &Date| due(status, false, last, today).is_some();
    for x in ds.eras.iter().filter(|x| unheld(x.status, &x.end)) {
        past(ERAS, &x.id, &x.end, false);
    }
    for x in ds
        .term_rules
        .iter()
        .filter(|x| unheld(x.status, &x.applies_from))
    {
        past(TERM_RULES, &x.id, &x.applies_from, false);
    }
    for x in ds.figures.iter().filter(|x| unheld(x.status, &x.as_of)) {
        past(FIGURES, &x.id, &x.as_of, false);
    }
    for x in &ds.institutions {
        if let Some(founded) = x.founded.filter(|d| unheld(x.status, d)) {
            past(INSTITUTIONS, &x.id, &founded, false);
        }
    }
    for t in ds.terms.iter().filter(|t| t.ended == TermEnd::Ongoing) {
        if has_passed(&t.end, today) {
            let message = format!(
                "still Ongoing, but the term was due to end by {}; say how it ended \
                 (FullTerm, EarlyElection, …) as far as the sources confirm",
                t.end.display()
            );
            out.push(located(texts, TERMS, &t.id, "ended", message));
        }
    }
    out
}

fn located(texts: &DataTexts, file: &str, id: &str, field: &str, message: String) -> LoadError {
    LoadError::Semantic {
        file: file.to_owned(),
        line: texts.get(file).and_then(|t| line_of_id(t, id)),
        item: id.to_owned(),
        field: field.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_date_has_passed_only_when_its_whole_period_has() {
        let autumn_day = 2026.9;
        assert!(has_passed(&date("2026-09-20"), autumn_day));
        assert!(has_passed(&date("2026-09"), autumn_day));
        // A year-only date covers the whole year.
        assert!(!has_passed(&date("2026"), autumn_day));
        assert!(has_passed(&date("2026"), 2027.0));
        assert!(!has_passed(&date("2030-03"), autumn_day));
    }

    #[test]
    fn only_scheduled_items_are_due_and_held_ones_are_held() {
        let d = date("2026-08-23");
        assert_eq!(
            due(Status::Scheduled, false, &d, 2026.9),
            Some(Due::PastDue)
        );
        assert_eq!(due(Status::Scheduled, true, &d, 2026.9), Some(Due::Held));
        assert_eq!(due(Status::Scheduled, false, &d, 2026.5), None);
        assert_eq!(due(Status::Fact, false, &d, 2026.9), None);
        assert_eq!(due(Status::Unconfirmed, false, &d, 2026.9), None);
    }
}
