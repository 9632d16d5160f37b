//! Explainer cards: the essays restated in our own words, one idea per card,
//! with a note wherever an essay is loose or wrong about the public record.
//!
//! The records live in `content/en/cards.toml` (text in every language in
//! `content/<lang>/cards.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/cards.rs"));
