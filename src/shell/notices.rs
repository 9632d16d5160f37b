//! Polite, dismissible messages about ignored URL state and similar.

use crate::i18n::ui;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <Show when=move || state.notices.with(|n| !n.is_empty())>
                <div class="notice">
                    <ul>
                        {move || state.notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                    <button type="button" class="btn-quiet" on:click=move |_| state.notices.set(Vec::new())>
                        {ui::shell::DISMISS}
                    </button>
                </div>
            </Show>
        </div>
    }
}
