//! The typed shape of the explainer's content. Plain data, no views: the
//! dataset in `content` is written against these types, checked natively by
//! `tests/integrity.rs`, and exported to JSON/CSV by `src/bin/export.rs`.

use serde::Serialize;

/// Declares a typed id: a fieldless enum with a stable URL slug per variant,
/// `ALL` in declaration order, and parsing back from the slug. Slugs are what
/// links and exports carry, so they must never change once published.
#[macro_export]
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            // A search over `ALL`, not a `match` on strings: the match
            // compiles to a string comparison per variant, inlined into
            // every caller (the route parser held all of them).
            pub fn from_slug(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.slug() == s)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.slug())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.slug())
            }
        }
    };
}

/// A labelled, typed vocabulary (facet values). Same as `id_enum!` plus a
/// human label, in the bundle's language, from the interface catalogue
/// (`[label.<Name>]` in `content/<lang>/ui.toml`).
#[macro_export]
macro_rules! label_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $slug:literal),+ $(,)? }) => {
        $crate::id_enum!($(#[$meta])* $name { $($variant = $slug),+ });
        impl $name {
            pub fn label(self) -> &'static str {
                $crate::i18n::ui::label(stringify!($name), self.slug())
            }
        }
    };
}

pub use crate::content::ids::*;

label_enum!(
    /// What a card is about.
    CardKind {
        Organisation = "organisation",
        Instrument = "instrument",
        Partnership = "partnership",
        Practice = "practice",
        Challenge = "challenge",
        CaseStudy = "case-study",
        FutureDirection = "future-direction",
        Concept = "concept",
        Debate = "debate",
    }
);

label_enum!(
    Theme {
        IntelligenceSharing = "intelligence-sharing",
        TerroristFinancing = "terrorist-financing",
        ForeignFighters = "foreign-terrorist-fighters",
        LegalFrameworks = "legal-frameworks",
        MilitaryDiplomacy = "military-diplomacy",
        CapacityBuilding = "capacity-building",
        TechnologyCyber = "technology-cyber",
        HumanitarianLegal = "humanitarian-legal",
        RegionalCooperation = "regional-cooperation",
    }
);

label_enum!(
    Region {
        Global = "global",
        Europe = "europe",
        NorthAtlantic = "north-atlantic",
        NorthAmerica = "north-america",
        SoutheastAsia = "southeast-asia",
        AsiaPacific = "asia-pacific",
        MiddleEast = "middle-east",
        Africa = "africa",
    }
);

label_enum!(
    /// Where a record's facts come from: the two essays, the public record
    /// (each fact with its primary reference), or both.
    Provenance {
        Essays = "essays",
        EssaysAndRecord = "essays-and-record",
        Record = "record",
    }
);

label_enum!(
    /// Node kinds of the organisation map.
    ActorKind {
        GlobalOrganisation = "global-organisation",
        UnBody = "un-body",
        RegionalBody = "regional-body",
        Alliance = "alliance",
        Partnership = "partnership",
        AgencyNetwork = "agency-network",
        Country = "country",
    }
);

label_enum!(
    InstrumentKind {
        Treaty = "treaty",
        Resolution = "resolution",
        Strategy = "strategy",
        Mechanism = "mechanism",
        Legislation = "legislation",
    }
);

label_enum!(
    /// Typed edges of the map. The label reads "<from> <label> <to>".
    RelationKind {
        Adopted = "adopted",
        MemberOf = "member-of",
        CoordinatesWith = "coordinates-with",
        SharesIntelligenceWith = "shares-intelligence-with",
        Issues = "issues",
        Implements = "implements",
        Supports = "supports",
        PartOf = "part-of",
    }
);

impl RelationKind {
    /// Whether the edge reads the same both ways (no arrow on the map).
    pub const fn symmetric(self) -> bool {
        matches!(
            self,
            RelationKind::CoordinatesWith | RelationKind::SharesIntelligenceWith
        )
    }
}

/// A node of the organisation map.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize)]
#[serde(tag = "type", content = "id", rename_all = "lowercase")]
pub enum NodeId {
    Actor(ActorId),
    Instrument(InstrumentId),
}

impl NodeId {
    /// `a:un` / `i:icsft`, used in URLs.
    pub fn slug(self) -> String {
        match self {
            NodeId::Actor(a) => format!("a:{}", a.slug()),
            NodeId::Instrument(i) => format!("i:{}", i.slug()),
        }
    }
    pub fn from_slug(s: &str) -> Option<Self> {
        let (tag, rest) = s.split_once(':')?;
        match tag {
            "a" => ActorId::from_slug(rest).map(NodeId::Actor),
            "i" => InstrumentId::from_slug(rest).map(NodeId::Instrument),
            _ => None,
        }
    }
}

/// A calendar date with optional month and day. Ordering is chronological
/// (a bare year sorts before any dated day of that year).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Serialize)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    pub const fn y(year: i32) -> Self {
        Date {
            year,
            month: None,
            day: None,
        }
    }
    pub const fn ym(year: i32, month: u8) -> Self {
        Date {
            year,
            month: Some(month),
            day: None,
        }
    }
    pub const fn ymd(year: i32, month: u8, day: u8) -> Self {
        Date {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Whether month and day exist in the calendar (Gregorian).
    pub fn is_valid(self) -> bool {
        match (self.month, self.day) {
            (None, None) => true,
            (Some(m), None) => (1..=12).contains(&m),
            (Some(m), Some(d)) => {
                (1..=12).contains(&m) && d >= 1 && d <= days_in_month(self.year, m)
            }
            (None, Some(_)) => false,
        }
    }

    /// ISO 8601 form for `<time datetime>`: `2001`, `2001-09`, `2001-09-28`.
    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// Human form in the bundle's language: `28 September 2001`,
    /// `September 2014`, `1923`.
    pub fn human(self) -> String {
        crate::i18n::format::date(self.year, self.month, self.day)
    }

    /// Fractional year (mid-month, mid-day) used to place events on an axis.
    pub fn as_year_f64(self) -> f64 {
        let m = self.month.map_or(6.5, |m| m as f64 - 0.5);
        let d = self.day.map_or(0.0, |d| (d as f64 - 15.0) / 30.0);
        self.year as f64 + (m + d) / 12.0
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[derive(Debug, PartialEq, Serialize)]
pub struct Source {
    pub id: SourceId,
    /// File name in the seeds folder.
    pub file: &'static str,
    /// Our own short title.
    pub title: &'static str,
}

#[derive(Debug, PartialEq, Serialize)]
pub struct Section {
    pub id: SectionId,
    pub source: SourceId,
    /// The essay's own heading, kept exactly (a citation anchor). The untitled
    /// opening of each essay is called "Introduction".
    pub heading: &'static str,
}

/// A bullet-list item of an essay, restated as a short label of our own.
#[derive(Debug, PartialEq, Serialize)]
pub struct Bullet {
    pub id: BulletId,
    pub section: SectionId,
    pub label: &'static str,
}

#[derive(Debug, PartialEq, Serialize)]
pub struct Card {
    pub id: CardId,
    pub title: &'static str,
    /// 2-5 sentences in our own words.
    pub summary: &'static str,
    pub points: &'static [&'static str],
    pub kind: CardKind,
    pub themes: &'static [Theme],
    pub actors: &'static [ActorId],
    pub instruments: &'static [InstrumentId],
    pub regions: &'static [Region],
    /// The source sections this card restates.
    pub sections: &'static [SectionId],
    /// Bullet-list items of the essays this card represents.
    pub bullets: &'static [BulletId],
    /// Primary references for what the card says beyond the essays (dates,
    /// names, numbers); required when it restates no essay section.
    pub references: &'static [&'static str],
    /// Where the essay disagrees with, or overstates, the public record: the
    /// correction with its reference.
    pub note: Option<&'static str>,
    /// For a card of kind Debate: the practice, the critique and the answer.
    pub debate: Option<Debate>,
}

/// Both sides of a contested practice, each with its own primary reference,
/// so that no side stands unanswered or unsourced.
#[derive(Debug, PartialEq, Serialize)]
pub struct Debate {
    pub practice: &'static str,
    pub practice_ref: &'static str,
    pub critique: &'static str,
    pub critique_ref: &'static str,
    pub answer: &'static str,
    pub answer_ref: &'static str,
}

#[derive(Debug, PartialEq, Serialize)]
pub struct Actor {
    pub id: ActorId,
    pub name: &'static str,
    pub short: &'static str,
    pub kind: ActorKind,
    pub founded: Option<i32>,
    /// Primary reference for the founding year, or for the body itself when
    /// the essays do not name it.
    pub founded_ref: Option<&'static str>,
    pub role: &'static str,
    pub region: Region,
    /// Essay sections that name the body; empty when it comes from beyond
    /// the essays.
    pub sections: &'static [SectionId],
}

#[derive(Debug, PartialEq, Serialize)]
pub struct Instrument {
    pub id: InstrumentId,
    pub name: &'static str,
    pub short: &'static str,
    pub kind: InstrumentKind,
    /// Year adopted or created, when public.
    pub year: Option<i32>,
    /// Primary reference (document symbol, treaty title and date).
    pub reference: &'static str,
    pub summary: &'static str,
    pub region: Region,
    /// Essay sections that name the instrument; empty when it comes from
    /// beyond the essays.
    pub sections: &'static [SectionId],
}

#[derive(Debug, PartialEq, Serialize)]
pub struct Relation {
    pub from: NodeId,
    pub kind: RelationKind,
    pub to: NodeId,
    /// One sentence in our own words.
    pub text: &'static str,
    pub since: Option<i32>,
    /// Essay sections that state or imply the relation (may be empty when the
    /// relation comes only from the public record, then `reference` is set).
    pub sections: &'static [SectionId],
    pub reference: Option<&'static str>,
}

#[derive(Debug, PartialEq, Serialize)]
pub struct Event {
    pub id: EventId,
    pub date: Date,
    pub title: &'static str,
    pub text: &'static str,
    pub actors: &'static [ActorId],
    pub instruments: &'static [InstrumentId],
    pub cards: &'static [CardId],
    /// Primary reference: UN document symbol, treaty title and date, or the
    /// official body's own record.
    pub reference: &'static str,
    /// Essay sections that speak of the event (they never date it); empty
    /// when the event comes from beyond the essays.
    pub sections: &'static [SectionId],
}

#[derive(Debug, PartialEq, Serialize)]
pub struct Term {
    pub id: TermId,
    pub term: &'static str,
    /// Other spellings that mark the term in card text (abbreviations).
    pub aliases: &'static [&'static str],
    pub definition: &'static str,
}

/// The correct answer of a self-check question.
#[derive(Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Answer {
    /// Multiple choice: the options and the index of the right one.
    Choice {
        options: &'static [&'static str],
        correct: u8,
    },
    /// Put these events in date order (listed here in the right order; the
    /// app shuffles them).
    Order { events: &'static [EventId] },
}

/// A self-check question with feedback that cites where to read more.
#[derive(Debug, PartialEq, Serialize)]
pub struct Question {
    pub id: QuestionId,
    pub theme: Theme,
    pub prompt: &'static str,
    pub answer: Answer,
    /// Why the right answer is right, in our own words.
    pub feedback: &'static str,
    pub cards: &'static [CardId],
    pub events: &'static [EventId],
}

/// A stop of the guided tour: a view state and what to notice there.
#[derive(Debug, PartialEq, Serialize)]
pub struct TourStop {
    pub title: &'static str,
    /// A URL fragment (`#/timeline?event=…`) that must parse without notices.
    pub fragment: &'static str,
    pub caption: &'static str,
}

impl Card {
    /// Essays only, essays with referenced outside facts, or outside only.
    pub fn provenance(&self) -> Provenance {
        let outside = !self.references.is_empty() || self.note.is_some() || self.debate.is_some();
        match (self.sections.is_empty(), outside) {
            (true, _) => Provenance::Record,
            (false, true) => Provenance::EssaysAndRecord,
            (false, false) => Provenance::Essays,
        }
    }
}

impl Event {
    /// The essays never date an event, so its date always comes from the
    /// record; the question is whether the essays speak of it at all.
    pub fn provenance(&self) -> Provenance {
        if self.sections.is_empty() {
            Provenance::Record
        } else {
            Provenance::EssaysAndRecord
        }
    }
}

impl Actor {
    pub fn provenance(&self) -> Provenance {
        match (self.sections.is_empty(), self.founded_ref.is_some()) {
            (true, _) => Provenance::Record,
            (false, true) => Provenance::EssaysAndRecord,
            (false, false) => Provenance::Essays,
        }
    }
}

impl Instrument {
    /// An instrument always carries its reference (title and date).
    pub fn provenance(&self) -> Provenance {
        if self.sections.is_empty() {
            Provenance::Record
        } else {
            Provenance::EssaysAndRecord
        }
    }
}

/// One timed step of the lesson plan: a view state and what the class does
/// there.
#[derive(Debug, PartialEq, Serialize)]
pub struct LessonStep {
    pub minutes: u8,
    pub title: &'static str,
    /// A URL fragment that must parse without notices.
    pub fragment: &'static str,
    pub activity: &'static str,
    pub cards: &'static [CardId],
}

/// A discussion prompt for one theme, with the cards it draws on.
#[derive(Debug, PartialEq, Serialize)]
pub struct Prompt {
    pub theme: Theme,
    pub question: &'static str,
    pub cards: &'static [CardId],
}

/// A homework or essay task and what a good answer covers.
#[derive(Debug, PartialEq, Serialize)]
pub struct Homework {
    pub task: &'static str,
    pub good_answer: &'static [&'static str],
    pub cards: &'static [CardId],
}

/// The teacher's lesson plan.
#[derive(Debug, PartialEq, Serialize)]
pub struct LessonPlan {
    pub objectives: &'static [&'static str],
    pub steps: &'static [LessonStep],
    pub prompts: &'static [Prompt],
    pub homework: &'static [Homework],
}

/// How a decision in a case scenario stands against law and practice. More
/// than one choice in a step may be defensible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Well founded in the instruments and practice the case cites.
    Sound,
    /// Defensible, with real costs or open questions that the debrief names.
    Arguable,
    /// Breaks a rule the case cites, or defeats its own aim.
    Unsound,
}

impl Verdict {
    /// In the order `build/content.rs` numbers them.
    pub const ALL: &'static [Verdict] = &[Verdict::Sound, Verdict::Arguable, Verdict::Unsound];

    pub fn label(self) -> &'static str {
        use crate::i18n::ui::verdict;
        match self {
            Verdict::Sound => verdict::SOUND,
            Verdict::Arguable => verdict::ARGUABLE,
            Verdict::Unsound => verdict::UNSOUND,
        }
    }
}

/// Where a choice leads: another decision, or an ending (by key).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "type", content = "key", rename_all = "kebab-case")]
pub enum Next {
    Step(&'static str),
    End(&'static str),
}

/// One option of a decision, with what follows from it and where that is
/// grounded.
#[derive(Debug, PartialEq, Serialize)]
pub struct Choice {
    pub label: &'static str,
    /// What happens next and why, in our own words.
    pub consequence: &'static str,
    pub verdict: Verdict,
    pub next: Next,
    pub cards: &'static [CardId],
    pub events: &'static [EventId],
    pub instruments: &'static [InstrumentId],
}

/// A decision point of a case.
#[derive(Debug, PartialEq, Serialize)]
pub struct Step {
    /// Stable key (URL-safe, never renamed): part of the LMS interaction id.
    pub key: &'static str,
    /// What the learner now knows.
    pub situation: &'static str,
    pub question: &'static str,
    pub choices: &'static [Choice],
}

/// Where a path through a case ends.
#[derive(Debug, PartialEq, Serialize)]
pub struct Ending {
    pub key: &'static str,
    pub title: &'static str,
    pub text: &'static str,
}

/// A branching case: a role, a situation and 3 to 5 decisions on any path,
/// each consequence citing the cards, events or instruments that apply. The
/// people and states are invented; the rules and bodies are real.
#[derive(Debug, PartialEq, Serialize)]
pub struct Scenario {
    pub id: ScenarioId,
    pub title: &'static str,
    pub theme: Theme,
    /// One sentence shown in the list of cases.
    pub teaser: &'static str,
    /// Who the learner plays.
    pub role: &'static str,
    /// The situation at the start.
    pub setting: &'static str,
    /// The decisions; the first is where every path starts.
    pub steps: &'static [Step],
    pub endings: &'static [Ending],
    /// Why more than one path can be defended, shown with every ending.
    pub debrief: &'static str,
    /// What to read before or after playing.
    pub cards: &'static [CardId],
}

impl Scenario {
    pub fn step(&'static self, key: &str) -> Option<&'static Step> {
        self.steps.iter().find(|s| s.key == key)
    }
    pub fn ending(&'static self, key: &str) -> Option<&'static Ending> {
        self.endings.iter().find(|e| e.key == key)
    }
}
