//! The page shell: the header (or the slim embed bar), the current view,
//! notices and the footer. The shared state lives in `crate::state`.

mod code;
mod embed_dialog;
mod header;
mod language;
mod notices;
pub mod static_page;
mod theme;

use crate::content::parts;
use crate::embed;
use crate::i18n::ui;
use crate::route::View;
use crate::state::{provide_app, use_app};
use crate::storage;
use crate::views::later::Later;
use crate::views::learn::{provide_learner, TourBar};
use header::{EmbedBar, SiteHeader};
use leptos::prelude::*;
use notices::Notices;

#[component]
pub fn App() -> impl IntoView {
    let state = provide_app();
    provide_learner();
    theme::follow_theme();
    embed::start_auto_height();
    let route = state.route;

    // Title per view, so history entries and tabs read well.
    Effect::new(move |_| {
        let v = route.with(|r| r.view);
        document().set_title(&format!("{} · {}", v.label(), ui::shell::EMBED_TITLE));
    });

    let view_now = Memo::new(move |_| route.with(|r| r.view));
    let embed = Memo::new(move |_| route.with(|r| r.embed));

    let skip = move |ev: leptos::ev::MouseEvent| {
        // a plain #main link would overwrite the state fragment
        ev.prevent_default();
        crate::views::widgets::focus_selector("#main");
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>{ui::shell::SKIP}</a>
        <Later>
            <Show when=move || !embed.get() fallback=EmbedBar>
                <SiteHeader />
            </Show>
        </Later>
        <main id="main" tabindex="-1" class:embedded=move || embed.get()>
            <Later><Notices /></Later>
            <Later><TourBar /></Later>
            <Later><ViewBody view=view_now /></Later>
        </main>
        <Show when=move || !embed.get()>
            <Later><SiteFooter /></Later>
        </Show>
    }
}

/// The current view, once its code (`code`) and the parts of the content
/// it reads (`content::parts`) are here: until then a line saying it is on
/// its way, or, if they could not be fetched, what to do.
#[component]
fn ViewBody(view: Memo<View>) -> impl IntoView {
    Effect::new(move |_| load(view.get()));
    // a memo: a module or part arriving for another view draws nothing again
    let shown = Memo::new(move |_| {
        let v = view.get();
        let needs = parts::needs(v);
        if code::ready(v) && parts::ready(needs) {
            Shown::View(v)
        } else if code::failed(v) || parts::failed(needs) {
            Shown::Failed(v)
        } else {
            Shown::Waiting
        }
    });
    move || match shown.get() {
        Shown::View(v) => code::draw(v),
        Shown::Failed(v) => view! { <PartFailed view=v /> }.into_any(),
        Shown::Waiting => {
            view! { <p class="part-wait" role="status">{ui::page::LOADING}</p> }.into_any()
        }
    }
}

/// Asks for what the view needs: its code and its parts.
pub fn load(v: View) {
    code::load(v);
    parts::load(parts::needs(v));
}

/// Calls `f` once all a view needs is here, or something failed (the view
/// then says so): how the takeover waits for the first view.
pub fn when_ready(v: View, f: impl FnOnce() + 'static) {
    // both asked for at once, then waited for in turn
    load(v);
    parts::when_ready(parts::needs(v), move || code::when_ready(v, f));
}

/// What `ViewBody` draws.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    View(View),
    Failed(View),
    Waiting,
}

/// A view whose text did not arrive: a retry, and its plain page.
#[component]
fn PartFailed(view: View) -> impl IntoView {
    let plain = if static_page::APART.contains(&view) {
        static_page::apart_file(view)
    } else {
        static_page::whole_file(view)
    };
    view! {
        <div class="part-failed" role="alert">
            <h1>{view.label()}</h1>
            <p>{ui::page::PART_FAILED}</p>
            <p>
                <button type="button" class="btn btn-primary" on:click=move |_| load(view)>
                    {ui::page::RETRY}
                </button>
                " "
                <a href=plain>{ui::page::APART_LINK}</a>
            </p>
        </div>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    let route = use_app().route;
    // drawn ahead of time, nothing is known about storage yet
    let blocked = crate::platform::IN_BROWSER && !storage::persistent();
    view! {
        <footer class="site-footer">
            <p>
                {ui::shell::FOOTER_BASIS}
                <a href=move || route.with(|r| r.to_view(View::About).format())>{ui::shell::FOOTER_ABOUT}</a>
                " · "
                <a href=move || route.with(|r| r.to_view(View::Teachers).format())>{ui::shell::FOOTER_TEACHERS}</a>
            </p>
            {blocked.then(|| view! { <p class="storage-note">{ui::shell::STORAGE_BLOCKED}</p> })}
        </footer>
    }
}
