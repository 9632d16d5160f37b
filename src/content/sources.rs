//! The two source essays, their sections (headings kept exactly, as citation
//! anchors) and their bullet-list items (restated as short labels).
//!
//! The records live in `content/en/sources.toml` (text in every language in
//! `content/<lang>/sources.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/sources.rs"));
