//! Three branching cases in which the learner decides. The people and the
//! states are invented; the rules, bodies and instruments are real, and each
//! consequence cites the cards, events and instruments that say so.
//!
//! The records live in `content/en/scenarios.toml` (text in every language in
//! `content/<lang>/scenarios.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/scenarios.rs"));
