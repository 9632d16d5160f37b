//! The site header: one row on wide screens; on narrower ones a compact bar
//! whose menu button discloses the views and the actions. Embed mode gets a
//! slim bar instead.

use super::embed_dialog::{EmbedButton, EmbedDialog};
use super::theme::ThemeToggle;
use crate::i18n::ui;
use crate::platform::IN_BROWSER;
use crate::route::View;
use crate::state::use_app;
use crate::storage;
use crate::views::later::Later;
use crate::views::learn::{ProgressBadge, TourButton};
use crate::views::widgets::focus_selector;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let route = use_app().route;
    let view_now = Memo::new(move |_| route.with(|r| r.view));
    let (open, set_open) = signal(false);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let close_to_button = move || {
        set_open.set(false);
        focus_selector(".menu-toggle");
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        // Escape in the embed dialog (inside the header) is the dialog's:
        // taken here, it closed the menu behind the dialog instead
        let in_dialog = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("dialog").ok().flatten())
            .is_some();
        if ev.key() == "Escape" && open.get_untracked() && !in_dialog {
            ev.prevent_default();
            close_to_button();
        }
    };
    // Following a link or starting the tour is done with the menu.
    let on_menu_click = move |ev: leptos::ev::MouseEvent| {
        let hit = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a, .tour-button").ok().flatten());
        if hit.is_some() {
            set_open.set(false);
        }
    };
    // A click anywhere else closes it too.
    if IN_BROWSER {
        let h = window_event_listener(leptos::ev::click, move |ev| {
            let inside = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest(".site-header").ok().flatten());
            if inside.is_none() && open.get_untracked() {
                set_open.set(false);
            }
        });
        on_cleanup(move || h.remove());
    }

    view! {
        <header class="site-header" on:keydown=on_key>
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">"◎"</span>
                <span class="brand-title">{ui::shell::TITLE}</span>
            </div>
            <button
                type="button"
                class="btn menu-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="site-menu"
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                <span aria-hidden="true" class="icon">{move || if open.get() { "✕" } else { "☰" }}</span>
                <span class="menu-word">{ui::shell::MENU}</span>
            </button>
            <div id="site-menu" class="site-menu" class:open=open on:click=on_menu_click>
                <nav aria-label=ui::shell::VIEWS class="site-nav">
                    <ul>
                        {View::ALL
                            .into_iter()
                            .filter(|v| v.in_nav())
                            .map(|v| {
                                view! {
                                    <li>
                                        <a
                                            href=move || route.with(|r| r.to_view(v).format())
                                            aria-current=move || (view_now.get() == v).then_some("page")
                                        >
                                            {match v.label().split_once(" & ") {
                                                // the tail hides on tight rows; the name stays whole
                                                // one inline box, so the flex link keeps the space before "&"
                                                Some((head, tail)) => view! { <span>{head}<span class="nav-more">" & "{tail}</span></span> }.into_any(),
                                                None => v.label().into_any(),
                                            }}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <div class="site-actions">
                    <Later><TourButton /></Later>
                    <Later><ProgressBadge /></Later>
                    <Later><EmbedButton dialog=dialog /></Later>
                    <Later><super::language::LanguageMenu /></Later>
                    <Later><ThemeToggle /></Later>
                </div>
            </div>
            // outside the menu: a modal inside a hidden parent would not show
            <Later><EmbedDialog dialog=dialog /></Later>
        </header>
    }
}

/// Embed mode: the title, a way out to the full explainer, and a note when
/// settings cannot be kept.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let route = use_app().route;
    let full_link = move || {
        let mut r = route.get();
        r.embed = false;
        r.format()
    };
    view! {
        <div class="embed-bar">
            <span class="embed-title">{ui::shell::EMBED_TITLE}</span>
            {(!storage::persistent()).then(|| view! { <span class="storage-note">{ui::shell::EMBED_STORAGE}</span> })}
            <a href=full_link target="_blank" rel="noopener">{ui::shell::OPEN_FULL}<span class="visually-hidden">{ui::shell::NEW_TAB}</span></a>
        </div>
    }
}
