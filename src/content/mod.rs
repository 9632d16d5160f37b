//! The dataset: both essays restated in our own words, as typed data compiled
//! into the app. One file per kind of record; `ids` declares every typed id.

pub mod actors;
pub mod cards;
pub mod codec;
pub mod events;
pub mod glossary;
pub mod ids;
pub mod instruments;
pub mod parts;
pub mod questions;
pub mod relations;
pub mod scenarios;
pub mod sources;
pub mod teaching;
pub mod tour;

use crate::model::*;

pub use actors::ACTORS;
pub use cards::CARDS;
pub use events::EVENTS;
pub use glossary::TERMS;
pub use instruments::INSTRUMENTS;
pub use relations::RELATIONS;
pub use sources::{BULLETS, SECTIONS, SOURCES};

/// Bumped whenever the exported JSON changes shape.
pub const SCHEMA_VERSION: u32 = 3;

pub fn source(id: SourceId) -> &'static Source {
    SOURCES
        .iter()
        .find(|s| s.id == id)
        .expect("every SourceId has a record")
}
pub fn section(id: SectionId) -> &'static Section {
    SECTIONS
        .iter()
        .find(|s| s.id == id)
        .expect("every SectionId has a record")
}
pub fn card(id: CardId) -> &'static Card {
    CARDS
        .iter()
        .find(|c| c.id == id)
        .expect("every CardId has a record")
}
pub fn actor(id: ActorId) -> &'static Actor {
    ACTORS
        .iter()
        .find(|a| a.id == id)
        .expect("every ActorId has a record")
}
pub fn instrument(id: InstrumentId) -> &'static Instrument {
    INSTRUMENTS
        .iter()
        .find(|i| i.id == id)
        .expect("every InstrumentId has a record")
}
pub fn event(id: EventId) -> &'static Event {
    EVENTS
        .iter()
        .find(|e| e.id == id)
        .expect("every EventId has a record")
}
pub fn term(id: TermId) -> &'static Term {
    TERMS
        .iter()
        .find(|t| t.id == id)
        .expect("every TermId has a record")
}

/// Display name of a map node.
pub fn node_name(n: NodeId) -> &'static str {
    match n {
        NodeId::Actor(a) => actor(a).name,
        NodeId::Instrument(i) => instrument(i).name,
    }
}

/// Short label of a map node (abbreviation where one is common).
pub fn node_short(n: NodeId) -> &'static str {
    match n {
        NodeId::Actor(a) => actor(a).short,
        NodeId::Instrument(i) => instrument(i).short,
    }
}

/// The full dataset, as exported to `data/content.json`.
#[derive(serde::Serialize)]
pub struct Dataset {
    pub schema_version: u32,
    pub sources: &'static [Source],
    pub sections: &'static [Section],
    pub bullets: &'static [Bullet],
    pub cards: &'static [Card],
    pub actors: &'static [Actor],
    pub instruments: &'static [Instrument],
    pub relations: &'static [Relation],
    pub events: &'static [Event],
    pub glossary: &'static [Term],
    pub questions: &'static [Question],
    pub tour: &'static [TourStop],
    pub lesson: &'static LessonPlan,
    pub scenarios: &'static [Scenario],
}

pub fn dataset() -> Dataset {
    Dataset {
        schema_version: SCHEMA_VERSION,
        sources: &SOURCES,
        sections: &SECTIONS,
        bullets: &BULLETS,
        cards: &CARDS,
        actors: &ACTORS,
        instruments: &INSTRUMENTS,
        relations: &RELATIONS,
        events: &EVENTS,
        glossary: &TERMS,
        questions: &questions::QUESTIONS,
        tour: &tour::TOUR,
        lesson: &teaching::LESSON,
        scenarios: &scenarios::SCENARIOS,
    }
}
