//! The timeline, in date order. Every date rests on the primary reference
//! given with it.
//!
//! The records live in `content/en/events.toml` (text in every language in
//! `content/<lang>/events.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/events.rs"));
