//! The page shell: the header (or the slim embed bar), the current view,
//! notices and the footer. The shared state lives in `crate::state`.

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
use crate::views::{about::About, cards::Cards, learn::Quiz, map::Map, timeline::Timeline};
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

/// The current view, once the parts of the content it reads are here
/// (`content::parts`): until then a line saying it is on its way, or, if
/// they could not be fetched, what to do.
#[component]
fn ViewBody(view: Memo<View>) -> impl IntoView {
    Effect::new(move |_| parts::load(parts::needs(view.get())));
    // a memo: a part arriving for another view draws nothing again
    let shown = Memo::new(move |_| {
        let v = view.get();
        let needs = parts::needs(v);
        if parts::ready(needs) {
            Shown::View(v)
        } else if parts::failed(needs) {
            Shown::Failed(v)
        } else {
            Shown::Waiting
        }
    });
    move || match shown.get() {
        Shown::View(v) => view_body(v),
        Shown::Failed(v) => view! { <PartFailed view=v /> }.into_any(),
        Shown::Waiting => {
            view! { <p class="part-wait" role="status">{ui::page::LOADING}</p> }.into_any()
        }
    }
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
                <button type="button" class="btn btn-primary" on:click=move |_| parts::load(parts::needs(view))>
                    {ui::page::RETRY}
                </button>
                " "
                <a href=plain>{ui::page::APART_LINK}</a>
            </p>
        </div>
    }
}

/// The page of one view.
fn view_body(v: View) -> AnyView {
    match v {
        View::Cards => view! { <Cards /> }.into_any(),
        View::Timeline => view! { <Timeline /> }.into_any(),
        View::Map => view! { <Map /> }.into_any(),
        View::Scenarios => view! { <crate::views::scenarios::Scenarios /> }.into_any(),
        View::Quiz => view! { <Quiz /> }.into_any(),
        View::About => view! { <About /> }.into_any(),
        View::Teachers => view! { <crate::views::teachers::Teachers /> }.into_any(),
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
