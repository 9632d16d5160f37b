//! An interactive explainer of international counterterrorism cooperation.
//!
//! Pure logic (content, routing, search, filtering, layout) lives in plain
//! modules tested natively; `shell` and `views` draw it with Leptos.

#![recursion_limit = "256"]

pub mod bounds;
pub mod completion;
pub mod content;
pub mod decimal;
pub mod embed;
pub mod export;
pub mod fatal;
pub mod filter;
pub mod graph;
pub mod i18n;
pub mod interactions;
pub mod lms;
pub mod markup;
pub mod model;
pub mod order;
pub mod platform;
pub mod progress;
pub mod route;
pub mod scenario;
pub mod search;
pub mod sorted;
pub mod storage;
pub mod timeline_band;
pub mod timeline_layout;
pub mod worksheet;

pub mod shell;
pub mod stage;
pub mod state;
pub mod views;
