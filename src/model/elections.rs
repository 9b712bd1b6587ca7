//! Pure electoral-cycle computations: the next elections each office is due
//! to hold, computed from the term rule in force and the last election; the
//! periods when both countries vote within a year of each other; leaders'
//! ages over time.

use super::dataset::Dataset;
use super::date::Date;
use super::lang::Lang;
use super::types::{Country, Election, ElectionKind, Id, OfficeKind, Status, Term, TermRule};

/// Computed elections are listed up to the end of this year.
pub const COMPUTE_UNTIL_YEAR: i32 = 2030;
/// Two votes at most this far apart (in years) are "within 12 months".
pub const CLOSE_VOTE_YEARS: f64 = 1.0;

/// The electoral queries the panels draw from, computed once per load
/// (not per frame): the elections the rules say are due and the periods
/// when both countries vote within 12 months.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ElectoralCycles {
    pub computed: Vec<ComputedElection>,
    pub close_votes: Vec<CloseVotes>,
}

impl ElectoralCycles {
    pub fn new(ds: &Dataset) -> Self {
        let computed = computed_elections(ds, COMPUTE_UNTIL_YEAR);
        let close_votes = close_votes(ds, &computed, CLOSE_VOTE_YEARS);
        Self {
            computed,
            close_votes,
        }
    }

    /// The computed election with pseudo-id `id`.
    pub fn computed(&self, id: &str) -> Option<&ComputedElection> {
        self.computed.iter().find(|c| c.id == id)
    }

    /// The computed election that confirms the scheduled election `id`.
    pub fn confirming(&self, election: &str) -> Option<&ComputedElection> {
        self.computed
            .iter()
            .find(|c| c.matches.as_deref() == Some(election))
    }
}

/// The term rule of `office` in force on `date`: the one with the latest
/// `applies_from` not after `date`.
pub fn rule_in_force<'a>(rules: &'a [TermRule], office: &str, date: &Date) -> Option<&'a TermRule> {
    rules
        .iter()
        .filter(|r| {
            r.office == office && r.applies_from.start_year_frac() <= date.start_year_frac()
        })
        .max_by(|a, b| a.applies_from.cmp(&b.applies_from))
}

/// The office row an election is drawn on: its office, or for a referendum
/// with no office, its country's presidential row.
pub fn election_row<'a>(ds: &'a Dataset, e: &'a Election) -> Option<&'a str> {
    match &e.office {
        Some(o) => Some(o.as_str()),
        None => ds
            .offices
            .iter()
            .find(|o| o.country == e.country && o.kind == OfficeKind::President)
            .map(|o| o.id.as_str()),
    }
}

/// A term's bar label: the holder's surname (short bars stay readable:
/// "Kassym-Jomart Tokayev" → "Tokayev"), else the party or convocation,
/// else the body, in `lang` where the data has it; "(acting)" for acting
/// holders.
pub fn term_label(ds: &Dataset, term: &Term, lang: Lang) -> String {
    let holder = term.holder.as_deref().and_then(|h| ds.person(h)).map(|p| {
        let name = lang.pick(&p.name, p.name_ru.as_deref());
        name.rsplit(' ').next().unwrap_or(name).to_owned()
    });
    let label = term
        .label
        .as_deref()
        .map(|l| lang.pick(l, term.label_ru.as_deref()).to_owned());
    let body = || {
        term.body.as_deref().map_or_else(String::new, |b| {
            lang.pick(b, term.body_ru.as_deref()).to_owned()
        })
    };
    let mut label = holder.or(label).unwrap_or_else(body);
    if term.acting {
        label.push_str(lang.choose(" (acting)", " (и. о.)"));
    }
    label
}

/// The title of a computed election: its scheduled twin's, or the office's.
pub fn computed_title(ds: &Dataset, c: &ComputedElection, lang: Lang) -> String {
    if let Some(e) = c.matches.as_deref().and_then(|m| ds.election(m)) {
        return lang.pick(&e.title, e.title_ru.as_deref()).to_owned();
    }
    let office = ds.office(&c.office).map_or(c.office.as_str(), |o| {
        lang.pick(&o.title, o.title_ru.as_deref())
    });
    match lang {
        Lang::En => format!("{office} election (computed)"),
        Lang::Ru => format!("{office}: выборы (расчёт)"),
        Lang::Kk => format!("{office}: сайлау (есептелген)"),
    }
}

/// How a computed election was computed, in words, naming the election and
/// the rule by their titles (no raw ids).
pub fn computed_explanation(ds: &Dataset, c: &ComputedElection, lang: Lang) -> String {
    let from = ds.election(&c.from_election).map_or_else(
        || {
            match lang {
                Lang::En => "the previous computed election",
                Lang::Ru => "предыдущих расчётных выборов",
                Lang::Kk => "алдыңғы есептелген сайлау",
            }
            .to_owned()
        },
        |e| lang.pick(&e.title, e.title_ru.as_deref()).to_owned(),
    );
    let adopted = ds
        .term_rules
        .iter()
        .find(|r| r.id == c.rule)
        .map_or_else(String::new, |r| r.adopted.display_in(lang));
    let (due, years) = (c.date.display_in(lang), c.term_years);
    match lang {
        Lang::En => format!(
            "Due {due} — computed: {from} plus the {years}-year term of the rule adopted {adopted}, in force then."
        ),
        Lang::Ru => format!(
            "Срок — {due}; расчёт: {from} плюс {years} {} по правилу, принятому {adopted} и действовавшему тогда.",
            lang.years_word(years)
        ),
        Lang::Kk => format!(
            "Мерзімі — {due}; есеп: {from} және сол кезде күшінде болған, {adopted} қабылданған ереже бойынша {years} жылдық мерзім."
        ),
    }
}

/// The title of a national vote in `lang`: the election's, or for a
/// computed one, [`computed_title`].
pub fn vote_title(ds: &Dataset, cycles: &ElectoralCycles, vote: &Vote, lang: Lang) -> String {
    if let Some(e) = ds.election(&vote.id) {
        return lang.pick(&e.title, e.title_ru.as_deref()).to_owned();
    }
    cycles
        .computed(&vote.id)
        .map_or_else(|| vote.title.clone(), |c| computed_title(ds, c, lang))
}

/// An election computed from a term rule, not typed in.
#[derive(Clone, Debug, PartialEq)]
pub struct ComputedElection {
    /// A stable pseudo-id, `computed:<office>:<year>`.
    pub id: String,
    pub office: Id,
    /// The last election plus the rule's term, to the month.
    pub date: Date,
    /// The election the term is counted from.
    pub from_election: Id,
    /// The rule in force at that election.
    pub rule: Id,
    pub term_years: u32,
    /// A scheduled election in the data for the same office and year, which
    /// this computation confirms.
    pub matches: Option<Id>,
}

/// Prefix of computed elections' pseudo-ids.
pub const COMPUTED_PREFIX: &str = "computed:";

fn is_office_vote(e: &Election, office: &str) -> bool {
    e.office.as_deref() == Some(office) && e.kind != ElectionKind::Referendum
}

/// For every office, the elections due up to the end of `until_year`:
/// starting from the last election held (status Fact), add the term of the
/// rule in force at that election. A scheduled election in the data that
/// falls in an earlier year than the computed one (a snap election or a
/// decree under a new constitution) supersedes it, and the count restarts
/// from there.
pub fn computed_elections(ds: &Dataset, until_year: i32) -> Vec<ComputedElection> {
    let mut out = Vec::new();
    for office in &ds.offices {
        let held = ds
            .elections
            .iter()
            .filter(|e| is_office_vote(e, &office.id) && e.status == Status::Fact)
            .max_by(|a, b| a.date.cmp(&b.date));
        let Some(mut anchor) = held.map(|e| (e.date, e.id.clone())) else {
            continue;
        };
        let scheduled: Vec<&Election> = ds
            .elections
            .iter()
            .filter(|e| is_office_vote(e, &office.id) && e.status == Status::Scheduled)
            .collect();
        // Each step moves the anchor forward by at least a year, so this ends.
        while anchor.0.year <= until_year {
            let Some(rule) = rule_in_force(&ds.term_rules, &office.id, &anchor.0) else {
                break;
            };
            let year = anchor.0.year + rule.term_years as i32;
            let superseding = scheduled
                .iter()
                .filter(|e| e.date > anchor.0 && e.date.year < year)
                .min_by(|a, b| a.date.cmp(&b.date));
            if let Some(e) = superseding {
                anchor = (e.date, e.id.clone());
                continue;
            }
            if year > until_year {
                break;
            }
            let date = match anchor.0.month() {
                Some(m) => Date::ym(year, m).unwrap_or(Date::year(year)),
                None => Date::year(year),
            };
            let matches = scheduled
                .iter()
                .find(|e| e.date.year == year)
                .map(|e| e.id.clone());
            out.push(ComputedElection {
                id: format!("{COMPUTED_PREFIX}{}:{year}", office.id),
                office: office.id.clone(),
                date,
                from_election: anchor.1.clone(),
                rule: rule.id.clone(),
                term_years: rule.term_years,
                matches,
            });
            anchor = (date, format!("{COMPUTED_PREFIX}{}:{year}", office.id));
        }
    }
    out
}

/// A national vote (election or referendum) of one country, for the
/// closeness check.
#[derive(Clone, Debug, PartialEq)]
pub struct Vote {
    pub id: String,
    pub title: String,
    pub at: f64,
}

/// A period in which both countries hold a national vote within the window.
#[derive(Clone, Debug, PartialEq)]
pub struct CloseVotes {
    pub start: f64,
    pub end: f64,
    /// `(Russian vote, Kazakh vote)` pairs in the period.
    pub pairs: Vec<(Vote, Vote)>,
}

/// Every national vote of `country`: the data's elections and referendums
/// (held and scheduled) plus computed elections the data does not hold.
pub fn national_votes(ds: &Dataset, computed: &[ComputedElection], country: &Country) -> Vec<Vote> {
    let mut votes: Vec<Vote> = ds
        .elections
        .iter()
        .filter(|e| &e.country == country && matches!(e.status, Status::Fact | Status::Scheduled))
        .filter(|e| e.kind != ElectionKind::Indirect)
        .map(|e| Vote {
            id: e.id.clone(),
            title: e.title.clone(),
            at: e.date.mid_year_frac(),
        })
        .collect();
    for c in computed.iter().filter(|c| c.matches.is_none()) {
        if ds.office(&c.office).is_some_and(|o| &o.country == country) {
            votes.push(Vote {
                id: c.id.clone(),
                title: format!(
                    "{} (computed)",
                    ds.office(&c.office).map_or("", |o| o.title.as_str())
                ),
                at: c.date.mid_year_frac(),
            });
        }
    }
    votes.sort_by(|a, b| a.at.total_cmp(&b.at));
    votes
}

/// Periods where a Russian and a Kazakh national vote are at most
/// `window_years` apart; overlapping periods are merged.
pub fn close_votes(
    ds: &Dataset,
    computed: &[ComputedElection],
    window_years: f64,
) -> Vec<CloseVotes> {
    let ru = national_votes(ds, computed, &Country::Russia);
    let kz = national_votes(ds, computed, &Country::Kazakhstan);
    let mut found: Vec<CloseVotes> = Vec::new();
    for r in &ru {
        for k in kz.iter().filter(|k| (k.at - r.at).abs() <= window_years) {
            found.push(CloseVotes {
                start: r.at.min(k.at),
                end: r.at.max(k.at),
                pairs: vec![(r.clone(), k.clone())],
            });
        }
    }
    found.sort_by(|a, b| a.start.total_cmp(&b.start));
    let mut merged: Vec<CloseVotes> = Vec::new();
    for c in found {
        match merged.last_mut() {
            Some(last) if c.start <= last.end => {
                last.end = last.end.max(c.end);
                last.pairs.extend(c.pairs);
            }
            _ => merged.push(c),
        }
    }
    merged
}

/// `(year, age)` points of someone born on `born`, yearly from `from` to `to`
/// (fractional years), for an age-over-time line.
pub fn age_series(born: &Date, from: f64, to: f64) -> Vec<[f64; 2]> {
    let birth = born.mid_year_frac();
    let start = from.max(birth);
    if to <= start {
        return Vec::new();
    }
    let mut points = vec![[start, start - birth]];
    let mut y = start.floor() + 1.0;
    while y < to {
        points.push([y, y - birth]);
        y += 1.0;
    }
    points.push([to, to - birth]);
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_rise_one_year_per_year() {
        let born = Date::ymd(1952, 10, 7).unwrap();
        let s = age_series(&born, 1990.0, 2030.5);
        assert_eq!(s.first().map(|p| p[0]), Some(1990.0));
        assert_eq!(s.last().map(|p| p[0]), Some(2030.5));
        for p in &s {
            assert!((p[1] - (p[0] - born.mid_year_frac())).abs() < 1e-9);
        }
        assert!(age_series(&born, 2040.0, 2030.0).is_empty());
    }
}
