//! Fetching a view's code module in the browser, once, and announcing it
//! through one signal that the shell's view reads, as `content::parts`
//! does for text.
// Each entry crosses into its module by the C ABI (the split's import and
// export); both sides are this crate, built by one compiler, so a Rust
// function pointer and `Result` cross it intact.
#![allow(improper_ctypes, improper_ctypes_definitions)]

use crate::route::View;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

type Draw = fn() -> AnyView;

#[wasm_split(cards, fallible)]
fn cards() -> Result<Draw, SplitLoaderError> {
    Ok(super::draw_cards)
}
#[wasm_split(timeline, fallible)]
fn timeline() -> Result<Draw, SplitLoaderError> {
    Ok(super::draw_timeline)
}
#[wasm_split(map, fallible)]
fn map() -> Result<Draw, SplitLoaderError> {
    Ok(super::draw_map)
}
#[wasm_split(learn, fallible)]
fn scenarios() -> Result<Draw, SplitLoaderError> {
    Ok(super::draw_scenarios)
}
#[wasm_split(learn, fallible)]
fn quiz() -> Result<Draw, SplitLoaderError> {
    Ok(super::draw_quiz)
}
#[wasm_split(learn, fallible)]
fn about() -> Result<Draw, SplitLoaderError> {
    Ok(super::draw_about)
}
#[wasm_split(learn, fallible)]
fn teachers() -> Result<Draw, SplitLoaderError> {
    Ok(super::draw_teachers)
}

async fn entry(v: View) -> Result<Draw, SplitLoaderError> {
    match v {
        View::Cards => cards().await,
        View::Timeline => timeline().await,
        View::Map => map().await,
        View::Scenarios => scenarios().await,
        View::Quiz => quiz().await,
        View::About => about().await,
        View::Teachers => teachers().await,
    }
}

#[derive(Clone, Copy)]
enum Status {
    Asked,
    Failed,
    Here(Draw),
}

/// Callbacks, each with the view whose module it waits on.
type Waiting = Vec<(View, Box<dyn FnOnce()>)>;

thread_local! {
    /// Each view's module, by its place in `View::ALL`: not asked for yet
    /// (`None`), on its way, failed, or here.
    static STATUS: RefCell<[Option<Status>; View::ALL.len()]> = const { RefCell::new([None; View::ALL.len()]) };
    /// Bumped when a module arrives or fails: what `ready` and `failed` track.
    static CHANGED: ArcRwSignal<u32> = ArcRwSignal::new(0);
    /// Callbacks waiting on a view's module (`when_ready`).
    static WAITING: RefCell<Waiting> = RefCell::new(Vec::new());
}

fn slot(v: View) -> usize {
    View::ALL.iter().position(|&x| x == v).unwrap_or(0)
}

fn status(v: View) -> Option<Status> {
    STATUS.with(|s| s.borrow()[slot(v)])
}

fn set_status(v: View, to: Option<Status>) {
    STATUS.with(|s| s.borrow_mut()[slot(v)] = to);
}

fn here(v: View) -> bool {
    matches!(status(v), Some(Status::Here(_)))
}

/// Whether the view's code is here (tracked).
pub fn ready(v: View) -> bool {
    CHANGED.with(|c| c.track());
    here(v)
}

/// Whether the view's code failed to arrive (tracked).
pub fn failed(v: View) -> bool {
    CHANGED.with(|c| c.track());
    matches!(status(v), Some(Status::Failed))
}

/// Asks for the view's module unless it is here or on its way; one that
/// failed is asked again.
pub fn load(v: View) {
    let failed = match status(v) {
        Some(Status::Here(_) | Status::Asked) => return,
        Some(Status::Failed) => true,
        None => false,
    };
    set_status(v, Some(Status::Asked));
    // the failure message gives way to the loading line
    if failed {
        CHANGED.with(|c| c.update(|n| *n += 1));
    }
    leptos::task::spawn_local(async move {
        let got = entry(v).await;
        set_status(v, Some(got.map_or(Status::Failed, Status::Here)));
        settle();
        CHANGED.with(|c| c.update(|n| *n += 1));
    });
}

/// Calls `f` once the view's code is here, or has failed (the view then
/// says so).
pub fn when_ready(v: View, f: impl FnOnce() + 'static) {
    load(v);
    if matches!(status(v), Some(Status::Here(_) | Status::Failed)) {
        f();
    } else {
        WAITING.with(|w| w.borrow_mut().push((v, Box::new(f))));
    }
}

fn settle() {
    let due: Vec<Box<dyn FnOnce()>> = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let (due, keep): (Waiting, Waiting) = std::mem::take(&mut *w)
            .into_iter()
            .partition(|(v, _)| !matches!(status(*v), Some(Status::Asked)));
        *w = keep;
        due.into_iter().map(|(_, f)| f).collect()
    });
    for f in due {
        f();
    }
}

/// The view, whose code the shell has waited for (`ready`).
pub fn draw(v: View) -> AnyView {
    match status(v) {
        Some(Status::Here(d)) => d(),
        _ => {
            web_sys::console::error_1(&format!("{v:?}: drawn before its code arrived").into());
            ().into_any()
        }
    }
}
