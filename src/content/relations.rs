//! Typed edges of the organisation map. `since` is set only where a year is
//! on the public record; `reference` is set where the edge rests on it.
//!
//! The records live in `content/en/relations.toml` (text in every language in
//! `content/<lang>/relations.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/relations.rs"));
