//! Organisations, networks and countries. `founded` is set only where the
//! year is backed by the reference in `founded_ref`.
//!
//! The records live in `content/en/actors.toml` (text in every language in
//! `content/<lang>/actors.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/actors.rs"));
