//! Shared state: the route, derived from the URL fragment and written back
//! to it, and the notices about URL state that was ignored. Views read it
//! with `use_app`; only the shell creates it.

use crate::route::Route;
use leptos::prelude::*;

/// Shared state. The route is derived from the URL, never the other way
/// round: views change it through `go`, which writes the URL first.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: ReadSignal<Route>,
    set_route: WriteSignal<Route>,
    pub notices: RwSignal<Vec<String>>,
}

impl AppState {
    /// Move to a new state. `push` adds a history entry (discrete actions);
    /// otherwise the current entry is replaced (typing in a search box), a
    /// moment later: `history.replaceState` costs about a millisecond, too
    /// much to pay on every keystroke.
    pub fn go(&self, route: Route, push: bool) {
        if push {
            // the entry we leave keeps what was typed into it
            flush_fragment();
            write_fragment(&route.format(), true);
        } else {
            write_fragment_soon(route.format());
        }
        self.set_route.set(route);
    }

    /// Change part of the current state.
    pub fn update(&self, push: bool, f: impl FnOnce(&mut Route)) {
        let mut r = self.route.get_untracked();
        f(&mut r);
        self.go(r, push);
    }

    /// Put right what the URL names but a view finds cannot be (a case's
    /// path past its end): the URL is replaced at once, as `listen` does
    /// for what `Route::parse` drops, so the second event of a fragment
    /// navigation sees the corrected URL; and the reader is told.
    pub fn correct(&self, notice: String, f: impl FnOnce(&mut Route)) {
        let mut r = self.route.get_untracked();
        f(&mut r);
        drop_pending_fragment();
        write_fragment(&r.format(), false);
        self.notices.update(|n| n.push(notice));
        self.set_route.set(r);
    }

    pub fn notify(&self, msg: impl Into<String>) {
        self.notices.update(|n| n.push(msg.into()));
    }
}

pub fn use_app() -> AppState {
    use_context::<AppState>().expect("AppState is provided by App")
}

#[cfg(target_arch = "wasm32")]
fn read_fragment() -> String {
    window().location().hash().unwrap_or_default()
}
#[cfg(not(target_arch = "wasm32"))]
fn read_fragment() -> String {
    String::new()
}

thread_local! {
    /// A replaced fragment not yet written, and the timer that writes it.
    static PENDING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    #[cfg(target_arch = "wasm32")]
    static PENDING_TIMER: std::cell::RefCell<Option<gloo::timers::callback::Timeout>> =
        const { std::cell::RefCell::new(None) };
}

#[cfg(target_arch = "wasm32")]
const WRITE_DELAY_MS: u32 = 200;

fn write_fragment_soon(fragment: String) {
    PENDING.with(|p| *p.borrow_mut() = Some(fragment));
    #[cfg(target_arch = "wasm32")]
    {
        let timer = gloo::timers::callback::Timeout::new(WRITE_DELAY_MS, flush_fragment);
        // replacing the old timer cancels it
        PENDING_TIMER.with(|t| *t.borrow_mut() = Some(timer));
    }
}

/// Write the pending replaced fragment now.
fn flush_fragment() {
    if let Some(f) = PENDING.with(|p| p.borrow_mut().take()) {
        write_fragment(&f, false);
    }
}

/// Forget the pending fragment: the URL changed under us (back, forward,
/// an edited address) and wins.
fn drop_pending_fragment() {
    PENDING.with(|p| p.borrow_mut().take());
}

#[cfg(target_arch = "wasm32")]
fn write_fragment(fragment: &str, push: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let url = wasm_bindgen::JsValue::NULL;
    // A fragment-only URL keeps whatever path and query the host gave us.
    let res = if push {
        history.push_state_with_url(&url, "", Some(fragment))
    } else {
        history.replace_state_with_url(&url, "", Some(fragment))
    };
    if res.is_err() {
        // Some sandboxes refuse history changes; the hash still works.
        let _ = window().location().set_hash(fragment);
    }
}
#[cfg(not(target_arch = "wasm32"))]
fn write_fragment(_: &str, _: bool) {}

/// Create the shared state from the URL and keep it in step with
/// back/forward and hand-edited fragments. Called once, by the shell.
pub fn provide_app() -> AppState {
    let parsed = Route::parse(&read_fragment());
    if !crate::platform::IN_BROWSER {
        return provide_app_at(parsed.route);
    }
    let (route, set_route) = signal(parsed.route.clone());
    let notices = RwSignal::new(parsed.notices.clone());
    let state = AppState {
        route,
        set_route,
        notices,
    };
    provide_context(state);
    if !parsed.notices.is_empty() {
        // show the corrected link, so copying it shares what is on screen
        write_fragment(&parsed.route.format(), false);
    }

    listen(state);
    state
}

/// The shared state for a fixed route: the page drawn ahead of time.
pub fn provide_app_at(route: Route) -> AppState {
    let (route, set_route) = signal(route);
    let state = AppState {
        route,
        set_route,
        notices: RwSignal::new(Vec::new()),
    };
    provide_context(state);
    state
}

fn listen(state: AppState) {
    let AppState {
        route,
        set_route,
        notices,
    } = state;
    let on_nav = move || {
        drop_pending_fragment();
        let p = Route::parse(&read_fragment());
        // A fragment navigation fires both popstate and hashchange; the
        // second sees the already-corrected URL and must not clear notices.
        if p.notices.is_empty() && route.with_untracked(|r| *r == p.route) {
            return;
        }
        if !p.notices.is_empty() {
            write_fragment(&p.route.format(), false);
        }
        notices.set(p.notices);
        set_route.set(p.route);
    };
    let _ = window_event_listener(leptos::ev::hashchange, move |_| on_nav());
    let _ = window_event_listener(leptos::ev::popstate, move |_| on_nav());
    let _ = window_event_listener_untyped("pagehide", |_| flush_fragment());
    // A link followed right after typing must leave the typed state in the
    // entry it leaves: write it before the browser navigates.
    gloo::events::EventListener::new_with_options(
        &window(),
        "click",
        gloo::events::EventListenerOptions::run_in_capture_phase(),
        |_| flush_fragment(),
    )
    .forget();
}
