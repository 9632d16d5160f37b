//! Each view's code, a module of its own in the browser: the build splits
//! the wasm at the entries below (`scripts/split.mjs`), so a first visit
//! loads the shell and the one view it opens, and another view's code is
//! fetched when that view first opens. Natively (the page drawn ahead of
//! time, the tests) every view is simply drawn.
//!
//! The shell reaches a view only through its entry: a direct call from the
//! shell would pull that view's code back into the first module.

#[cfg(not(target_arch = "wasm32"))]
use crate::route::View;
use crate::views::{about::About, cards::Cards, learn::Quiz, map::Map, timeline::Timeline};
use leptos::prelude::*;

fn draw_cards() -> AnyView {
    view! { <Cards /> }.into_any()
}
fn draw_timeline() -> AnyView {
    view! { <Timeline /> }.into_any()
}
fn draw_map() -> AnyView {
    view! { <Map /> }.into_any()
}
fn draw_scenarios() -> AnyView {
    view! { <crate::views::scenarios::Scenarios /> }.into_any()
}
fn draw_quiz() -> AnyView {
    view! { <Quiz /> }.into_any()
}
fn draw_about() -> AnyView {
    view! { <About /> }.into_any()
}
fn draw_teachers() -> AnyView {
    view! { <crate::views::teachers::Teachers /> }.into_any()
}

/// A view drawn at once (natively, every view's code is here).
#[cfg(not(target_arch = "wasm32"))]
pub fn draw(v: View) -> AnyView {
    match v {
        View::Cards => draw_cards(),
        View::Timeline => draw_timeline(),
        View::Map => draw_map(),
        View::Scenarios => draw_scenarios(),
        View::Quiz => draw_quiz(),
        View::About => draw_about(),
        View::Teachers => draw_teachers(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::route::View;
    pub fn ready(_: View) -> bool {
        true
    }
    pub fn failed(_: View) -> bool {
        false
    }
    pub fn load(_: View) {}
    pub fn when_ready(_: View, f: impl FnOnce() + 'static) {
        f()
    }
}
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;
