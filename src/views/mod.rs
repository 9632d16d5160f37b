//! One module per view; each reads `AppState` and draws its page.

pub mod about;
pub mod budget;
pub mod cards;
pub mod completion_settings;
pub mod later;
pub mod learn;
pub mod map;
pub mod scenarios;
pub mod teachers;
pub mod timeline;
pub mod widgets;
