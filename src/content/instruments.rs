//! Treaties, resolutions, strategies and mechanisms. `year` is the year of
//! adoption or signature, and agrees with the matching timeline event.
//!
//! The records live in `content/en/instruments.toml` (text in every language in
//! `content/<lang>/instruments.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/instruments.rs"));
