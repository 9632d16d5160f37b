//! The guided tour: view states that walk a learner through the Cards,
//! Timeline and Map views, the self-check and the About page. Every fragment
//! must parse without notices (checked in `tests/questions.rs`).
//!
//! The records live in `content/en/tour.toml` (text in every language in
//! `content/<lang>/tour.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/tour.rs"));
