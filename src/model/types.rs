//! The dataset's item types, exactly as they are written in `assets/data/*.ron`.
//!
//! Every struct denies unknown fields, so a misspelt field name in a data
//! file is an error rather than silently ignored. Optional fields may be
//! written bare (`born: "1952-10-07"`): the loader enables RON's
//! `implicit_some` extension.

use serde::{Deserialize, Serialize};

use super::date::Date;

/// Stable identifier of an item, unique across all data files.
pub type Id = String;

/// How certain an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Happened and is confirmed by a cited source.
    Fact,
    /// Set by law or by an official decision but still in the future.
    Scheduled,
    /// Proposed by the source text or by an official; not (yet) adopted.
    Proposed,
    /// Projected by a scenario; not a fact and not a plan.
    Projected,
    /// Believed but not confirmed by a checked source.
    Unconfirmed,
}

/// The two countries this dataset is about, and everyone else.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    Russia,
    Kazakhstan,
    Other(String),
}

/// A publication or document that items cite.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Id,
    pub kind: SourceKind,
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    pub publisher: String,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub url: Option<String>,
    /// The footnote number in the source text, for `Footnote` sources.
    #[serde(default)]
    pub footnote: Option<u32>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    /// The white paper this dataset is built from.
    SourceText,
    /// One of the source text's numbered footnotes.
    Footnote,
    /// A reference work used for facts beyond the source text.
    Reference,
}

/// A horizontal lane of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub name_ru: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub summary_ru: Option<String>,
}

/// A period of the relationship with its own character (a background band).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    pub start: Date,
    pub end: Date,
    pub summary: String,
    #[serde(default)]
    pub summary_ru: Option<String>,
    pub status: Status,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

/// Something that happened (or is scheduled) at a date or over a span.
/// Written (by the generators and the benchmarks) as an analyst writes
/// one: empty and default fields left out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Id,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_ru: Option<String>,
    pub date: Date,
    /// Last day of a span; `None` for a point event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    pub lane: Id,
    pub status: Status,
    /// A Scheduled item whose date has passed with no result in the
    /// sources: `true` records that, so it is not reported as past due.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub held: bool,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_ru: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "tight"
    )]
    pub tags: Vec<String>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "tight"
    )]
    pub people: Vec<Id>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "tight"
    )]
    pub organisations: Vec<Id>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "tight"
    )]
    pub figures: Vec<Id>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "tight"
    )]
    pub institutions: Vec<Id>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "tight"
    )]
    pub factors: Vec<Id>,
    #[serde(deserialize_with = "tight")]
    pub sources: Vec<Id>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "tight"
    )]
    pub urls: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_ru: Option<String>,
}

/// A list as parsed, without room to spare: serde's lists grow from
/// nothing to room for four items however few they get, 14 MB of empty
/// room at 100 000 events that carry a tag and a source. Shrunk here, on
/// the thread that parsed it, while it is still in the cache (shrinking
/// them all after the load took a single core 0.1–0.16 s at a million).
fn tight<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    let mut list = Vec::<T>::deserialize(d)?;
    list.shrink_to_fit();
    Ok(list)
}

/// An age stated in a source at a given date ("M. Nurtleu (47)").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedAge {
    pub age: u32,
    pub as_of: Date,
    pub source: Id,
}

/// A position someone held or holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub to: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub name_ru: Option<String>,
    #[serde(default)]
    pub country: Option<Country>,
    #[serde(default)]
    pub born: Option<Date>,
    /// The status of `born` when it is less certain than the person
    /// (`Unconfirmed` for a birth year no checked source confirms); `None`
    /// means `born` has the person's own `status`.
    #[serde(default)]
    pub born_status: Option<Status>,
    #[serde(default)]
    pub died: Option<Date>,
    /// Ages the source text gives, which may disagree with a birth date.
    #[serde(default)]
    pub stated_ages: Vec<StatedAge>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub organisations: Vec<Id>,
    pub status: Status,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrganisationKind {
    ThinkTank,
    University,
    ResearchCentre,
    DevelopmentBank,
    StateBody,
    Intergovernmental,
    Publisher,
    Media,
    Company,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub name_ru: Option<String>,
    /// Other names and abbreviations search finds it by, in any language (CSTO, ОДКБ).
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: OrganisationKind,
    #[serde(default)]
    pub country: Option<Country>,
    pub summary: String,
    #[serde(default)]
    pub summary_ru: Option<String>,
    #[serde(default)]
    pub people: Vec<Id>,
    pub status: Status,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

/// How a figure's value is qualified in its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    Exactly,
    About,
    AtLeast,
    MoreThan,
    LessThan,
    /// A range from `value` to `value_high`.
    Range,
}

/// A quantity with its unit, as-of date and the source's own wording.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    pub value: f64,
    #[serde(default)]
    pub value_high: Option<f64>,
    pub unit: String,
    #[serde(default)]
    pub unit_ru: Option<String>,
    /// The series the figure belongs to (`"trade_turnover"`): figures of
    /// one series and one unit are drawn as one track.
    #[serde(default)]
    pub series: Option<String>,
    pub qualifier: Qualifier,
    /// The source's own words for the figure, uncertainty included.
    pub wording: String,
    pub as_of: Date,
    pub status: Status,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

/// What a factor is in the source text's argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FactorKind {
    /// A cause of the two countries' interdependence.
    Interdependence,
    /// A change of recent years the text describes.
    Trend,
    /// A threat to the relationship.
    Risk,
    /// An obstacle to improving it.
    Barrier,
    /// A reason for one side to keep the partnership.
    Incentive,
}

/// Whose risk, barrier or incentive it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    Russia,
    Kazakhstan,
    Both,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sphere {
    Security,
    Economy,
    Politics,
    Society,
    Media,
    Expertise,
}

/// A risk, barrier, incentive, trend or interdependence factor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Factor {
    pub id: Id,
    pub kind: FactorKind,
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    pub side: Side,
    pub sphere: Sphere,
    pub summary: String,
    #[serde(default)]
    pub summary_ru: Option<String>,
    #[serde(default)]
    pub figures: Vec<Id>,
    pub status: Status,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    Presidential,
    Intergovernmental,
    Departmental,
    Expert,
    Public,
    Regional,
    Multilateral,
}

/// A body or mechanism, existing or proposed by the road map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub name_ru: Option<String>,
    /// Other names and abbreviations search finds it by, in any language (CSTO, ОДКБ).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `true` for institutions the road map proposes.
    pub proposed: bool,
    pub level: Level,
    pub purpose: String,
    #[serde(default)]
    pub purpose_ru: Option<String>,
    /// Factors (risks, barriers) the institution answers.
    #[serde(default)]
    pub answers: Vec<Id>,
    /// Existing institutions it builds on or supplements.
    #[serde(default)]
    pub builds_on: Vec<Id>,
    #[serde(default)]
    pub founded: Option<Date>,
    pub status: Status,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OfficeKind {
    President,
    Parliament,
}

/// An elected office or body whose terms are drawn in the electoral panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    pub country: Country,
    pub kind: OfficeKind,
    pub sources: Vec<Id>,
}

/// Limits on how many terms one person may serve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TermLimit {
    /// The sources used do not state the limit.
    Unstated,
    NoLimit,
    TwoConsecutive,
    TwoInTotal,
    Single,
}

/// A rule on an office's term length, in force for elections held on or
/// after `applies_from`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermRule {
    pub id: Id,
    pub office: Id,
    pub term_years: u32,
    pub limit: TermLimit,
    pub adopted: Date,
    pub applies_from: Date,
    pub summary: String,
    #[serde(default)]
    pub summary_ru: Option<String>,
    pub status: Status,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

/// How a term ended (or is due to end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TermEnd {
    /// Served its full length.
    FullTerm,
    /// Still running; `end` is when it is due to end.
    Ongoing,
    /// Cut short by an early election.
    EarlyElection,
    Resignation,
    Dissolution,
    /// Annulled, or ended by a new constitution.
    Annulled,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Id,
    pub office: Id,
    /// The person holding an office; `None` for a parliament.
    #[serde(default)]
    pub holder: Option<Id>,
    /// Shown on the bar: a ruling party or a convocation.
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub label_ru: Option<String>,
    /// The body's name for this term (Supreme Council, Mazhilis, Kurultai).
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub body_ru: Option<String>,
    pub start: Date,
    pub end: Date,
    pub ended: TermEnd,
    /// Acting or interim holder, serving out someone else's term.
    #[serde(default)]
    pub acting: bool,
    #[serde(default)]
    pub election: Option<Id>,
    pub status: Status,
    /// A Scheduled item whose date has passed with no result in the
    /// sources: `true` records that, so it is not reported as past due.
    #[serde(default)]
    pub held: bool,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ElectionKind {
    Regular,
    Early,
    Referendum,
    /// Chosen by a legislature rather than by popular vote.
    Indirect,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Election {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    pub country: Country,
    /// The office elected; `None` for a referendum not tied to one.
    #[serde(default)]
    pub office: Option<Id>,
    pub kind: ElectionKind,
    /// First (or only) voting day.
    pub date: Date,
    /// Last voting day of a multi-day vote.
    #[serde(default)]
    pub end: Option<Date>,
    #[serde(default)]
    pub runoffs: Vec<Date>,
    pub result: String,
    #[serde(default)]
    pub result_ru: Option<String>,
    #[serde(default)]
    pub winner: Option<Id>,
    pub status: Status,
    /// A Scheduled item whose date has passed with no result in the
    /// sources: `true` records that, so it is not reported as past due.
    #[serde(default)]
    pub held: bool,
    pub sources: Vec<Id>,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_ru: Option<String>,
}

/// A stage of an institution's life under a scenario, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stage {
    Proposed,
    Agreed,
    Established,
    Operating,
    Stalled,
    Abandoned,
}

impl Stage {
    /// Stalled and abandoned end a lifecycle.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Stalled | Self::Abandoned)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageAt {
    pub stage: Stage,
    pub year: i32,
}

/// One institution's stages under a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lifecycle {
    pub institution: Id,
    pub stages: Vec<StageAt>,
}

/// An event a scenario projects; drawn only while the scenario is on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectedEvent {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    pub date: Date,
    #[serde(default)]
    pub end: Option<Date>,
    pub lane: Id,
    pub summary: String,
    #[serde(default)]
    pub summary_ru: Option<String>,
    #[serde(default)]
    pub institutions: Vec<Id>,
    #[serde(default)]
    pub factors: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub title_ru: Option<String>,
    pub summary: String,
    #[serde(default)]
    pub summary_ru: Option<String>,
    /// The dataset's own reasoning behind the scenario, drawing on the white
    /// paper (which has no scenarios).
    pub reasoning: String,
    #[serde(default)]
    pub reasoning_ru: Option<String>,
    pub assumptions: Vec<String>,
    /// The assumptions in Russian, one for one with `assumptions`.
    #[serde(default)]
    pub assumptions_ru: Vec<String>,
    /// Display colour, `[r, g, b]` (three numbers from 0 to 255).
    pub color: Vec<u8>,
    #[serde(default)]
    pub projected: Vec<ProjectedEvent>,
    pub lifecycles: Vec<Lifecycle>,
    pub status: Status,
    pub sources: Vec<Id>,
    /// What to watch: observable developments that tell this scenario
    /// apart from the others (the dataset's own analysis).
    #[serde(default)]
    pub signposts: Vec<Signpost>,
    /// The dataset's own likelihood judgements of this scenario, in date
    /// order.
    #[serde(default)]
    pub judgements: Vec<Judgement>,
}

impl Scenario {
    /// The display colour as `(r, g, b)`; grey when malformed (validation
    /// reports that).
    pub fn rgb(&self) -> (u8, u8, u8) {
        match self.color.as_slice() {
            [r, g, b] => (*r, *g, *b),
            _ => (128, 128, 128),
        }
    }
}

/// When a signpost is expected: by a date (from the scenario's start), or
/// between two dates. Each bound covers its whole period: `By("2027")`
/// stays open to the end of 2027.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Window {
    By(Date),
    Between(Date, Date),
}

impl Window {
    /// The first date of the window, if it has one.
    pub fn opens(&self) -> Option<&Date> {
        match self {
            Self::By(_) => None,
            Self::Between(from, _) => Some(from),
        }
    }

    /// The last date of the window.
    pub fn closes(&self) -> &Date {
        match self {
            Self::By(to) | Self::Between(_, to) => to,
        }
    }
}

/// A dated fact that resolved a signpost, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The id of a dated fact item (an event, election or term).
    pub item: Id,
    /// `true` when the fact speaks against the signpost.
    #[serde(default)]
    pub against: bool,
    pub reason: String,
    #[serde(default)]
    pub reason_ru: Option<String>,
}

/// An indicator to watch: a development expected in a window that would
/// favour some scenarios over others. Its state at a date is computed
/// from its window and evidence (see `model::watch`), never typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signpost {
    pub id: Id,
    pub text: String,
    #[serde(default)]
    pub text_ru: Option<String>,
    pub window: Window,
    /// What observing it would indicate.
    pub indicates: String,
    #[serde(default)]
    pub indicates_ru: Option<String>,
    /// Scenario ids it is consistent with (its own scenario among them).
    pub consistent: Vec<Id>,
    /// Scenario ids it is inconsistent with.
    #[serde(default)]
    pub inconsistent: Vec<Id>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// The standard likelihood words (ICD 203), each with its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Likelihood {
    AlmostNoChance,
    VeryUnlikely,
    Unlikely,
    RoughlyEven,
    Likely,
    VeryLikely,
    AlmostCertain,
}

impl Likelihood {
    /// The probability range the word stands for, in per cent.
    pub fn range(self) -> (u8, u8) {
        match self {
            Self::AlmostNoChance => (1, 5),
            Self::VeryUnlikely => (5, 20),
            Self::Unlikely => (20, 45),
            Self::RoughlyEven => (45, 55),
            Self::Likely => (55, 80),
            Self::VeryLikely => (80, 95),
            Self::AlmostCertain => (95, 99),
        }
    }

    /// Its place on the scale, 0 (almost no chance) to 6 (almost certain).
    pub fn rank(self) -> usize {
        self as usize
    }
}

/// How well-founded a judgement is, kept apart from its likelihood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// A dated likelihood judgement of a scenario (the dataset's own).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judgement {
    pub date: Date,
    pub likelihood: Likelihood,
    pub confidence: Confidence,
    pub rationale: String,
    #[serde(default)]
    pub rationale_ru: Option<String>,
    pub sources: Vec<Id>,
}
