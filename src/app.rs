//! The page shell: header with navigation, the current view, notices and the
//! footer. Owns the URL-fragment state every view reads through `AppState`.

use crate::embed;
use crate::route::{Route, View};
use crate::storage;
use crate::views::learn::{provide_learner, ProgressBadge, Quiz, TourBar, TourButton};
use crate::views::{about::About, cards::Cards, map::Map, timeline::Timeline};
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

const THEME_KEY: &str = "ct-explainer.theme";

#[component]
pub fn App() -> impl IntoView {
    let parsed = Route::parse(&read_fragment());
    let (route, set_route) = signal(parsed.route.clone());
    let notices = RwSignal::new(parsed.notices.clone());
    let state = AppState {
        route,
        set_route,
        notices,
    };
    provide_context(state);
    provide_learner();
    if !parsed.notices.is_empty() {
        // show the corrected link, so copying it shares what is on screen
        write_fragment(&parsed.route.format(), false);
    }

    // Back/forward and hand-edited fragments.
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

    // Theme: follow the system unless the user chose; the choice is kept
    // only where storage works.
    let (theme, set_theme) =
        signal(storage::get(THEME_KEY).filter(|t| t == "light" || t == "dark"));
    Effect::new(move |_| {
        let el = document().document_element();
        if let Some(el) = el {
            match theme.get() {
                Some(t) => {
                    let _ = el.set_attribute("data-theme", &t);
                }
                None => {
                    let _ = el.remove_attribute("data-theme");
                }
            }
        }
    });
    let system_dark = move || {
        window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches())
    };
    let is_dark = move || theme.get().map_or_else(system_dark, |t| t == "dark");
    let toggle_theme = move |_| {
        let next = if is_dark() { "light" } else { "dark" };
        storage::set(THEME_KEY, next);
        set_theme.set(Some(next.to_string()));
    };

    embed::start_auto_height();

    // Title per view, so history entries and tabs read well.
    Effect::new(move |_| {
        let v = route.with(|r| r.view);
        document().set_title(&format!(
            "{} · Counterterrorism cooperation explainer",
            v.label()
        ));
    });

    let view_now = Memo::new(move |_| route.with(|r| r.view));
    let embed = Memo::new(move |_| route.with(|r| r.embed));

    let skip = move |ev: leptos::ev::MouseEvent| {
        // a plain #main link would overwrite the state fragment
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(el) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };

    let full_link = move || {
        let mut r = route.get();
        r.embed = false;
        r.format()
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
        <Show
            when=move || !embed.get()
            fallback=move || {
                view! {
                    <div class="embed-bar">
                        <span class="embed-title">"Counterterrorism cooperation explainer"</span>
                        <a href=full_link target="_blank" rel="noopener">"Open full explainer"<span class="visually-hidden">" (opens in a new tab)"</span></a>
                        {(!storage::persistent()).then(|| view! { <span class="storage-note">"Settings are not kept in this frame."</span> })}
                    </div>
                }
            }
        >
            <header class="site-header">
                <div class="brand">
                    <span class="brand-mark" aria-hidden="true">"◎"</span>
                    <span class="brand-text">
                        <span class="brand-title">"Counterterrorism cooperation"</span>
                        <span class="brand-sub">"An interactive explainer"</span>
                    </span>
                </div>
                <nav aria-label="Views" class="site-nav">
                    <ul>
                        {View::ALL
                            .into_iter()
                            .map(|v| {
                                view! {
                                    <li>
                                        <a
                                            href=move || route.with(|r| r.to_view(v).format())
                                            aria-current=move || (view_now.get() == v).then_some("page")
                                        >
                                            {v.label()}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <TourButton />
                <ProgressBadge />
                <EmbedDialog />
                <button type="button" class="theme-toggle" on:click=toggle_theme aria-pressed=move || is_dark().to_string()>
                    <span aria-hidden="true">{move || if is_dark() { "☾ " } else { "☀ " }}</span>
                    "Dark theme"
                </button>
            </header>
        </Show>
        <main id="main" tabindex="-1" class:embedded=move || embed.get()>
            <Notices />
            <TourBar />
            {move || match view_now.get() {
                View::Cards => view! { <Cards /> }.into_any(),
                View::Timeline => view! { <Timeline /> }.into_any(),
                View::Map => view! { <Map /> }.into_any(),
                View::Quiz => view! { <Quiz /> }.into_any(),
                View::About => view! { <About /> }.into_any(),
            }}
        </main>
        <Show when=move || !embed.get()>
            <footer class="site-footer">
                <p>
                    "Based on two overview essays, restated in our own words; dates and facts beyond them cite their primary sources. "
                    <a href=move || route.with(|r| r.to_view(View::About).format())>"About, sources and data"</a>
                </p>
                {(!storage::persistent()).then(|| view! { <p class="storage-note">"Storage is not available here, so settings such as the theme are kept only until the page closes."</p> })}
            </footer>
        </Show>
    }
}

/// Polite, dismissible messages about ignored URL state and similar.
#[component]
fn Notices() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <Show when=move || state.notices.with(|n| !n.is_empty())>
                <div class="notice">
                    <ul>
                        {move || state.notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                    <button type="button" class="btn-quiet" on:click=move |_| state.notices.set(Vec::new())>
                        "Dismiss"
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// "Embed this view": a modal dialog with a ready iframe snippet for the
/// current view and state, and a copy button.
#[component]
fn EmbedDialog() -> impl IntoView {
    let state = use_app();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let (copied, set_copied) = signal(false);
    let snippet = move || {
        let href = window().location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default().to_string();
        embed::iframe_snippet(&base, &state.route.get())
    };
    let open = move |_| {
        set_copied.set(false);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let copy = move |_| {
        let text = snippet();
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&text);
        // also select it, so Ctrl+C works where the clipboard API is blocked
        if let Some(el) = document().get_element_by_id("embed-code") {
            use wasm_bindgen::JsCast;
            if let Ok(t) = el.dyn_into::<web_sys::HtmlTextAreaElement>() {
                t.select();
            }
        }
        set_copied.set(true);
    };
    view! {
        <button type="button" class="btn embed-open" on:click=open aria-haspopup="dialog">"Embed this view"</button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title">
            <h2 id="embed-title">"Embed this view"</h2>
            <p>"Paste this into an LMS page (Moodle, Canvas, Brightspace, Blackboard) or any web page. It opens this view with the current filters, in a compact layout that resizes itself where the LMS supports it."</p>
            <label for="embed-code">"Embed code"</label>
            <textarea id="embed-code" readonly rows="5" prop:value=snippet></textarea>
            <p class="embed-status" role="status">{move || copied.get().then_some("Copied to the clipboard.")}</p>
            <div class="dialog-actions">
                <button type="button" class="btn" on:click=copy>"Copy code"</button>
                <button type="button" class="btn" on:click=close>"Close"</button>
            </div>
        </dialog>
    }
}
