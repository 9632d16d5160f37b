//! Glossary of terms used in the essays and cards. Each term, or one of its
//! aliases, appears in the text of at least one card.
//!
//! The records live in `content/en/glossary.toml` (text in every language in
//! `content/<lang>/glossary.toml`); `build.rs` compiles them to this static.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/content/glossary.rs"));
