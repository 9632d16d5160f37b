//! Self-check questions for the classroom: at least three per theme, each
//! answerable from the cards and events it cites. Order questions list their
//! events in the right order; the app shuffles them.
//!
//! The records live in `content/en/questions.toml` (text in every language in
//! `content/<lang>/questions.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/questions.rs"));
