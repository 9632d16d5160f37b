//! The teacher's lesson plan: objectives, a 45-minute sequence through the
//! views, a discussion prompt per theme and homework with what a good
//! answer covers. Every step, prompt and task cites the cards it rests on.
//!
//! The records live in `content/en/lesson.toml` (text in every language in
//! `content/<lang>/lesson.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/lesson.rs"));
