//! Light and dark themes: follow the system unless the user chose; the
//! choice is kept only where storage works.

use crate::i18n::ui;
use crate::storage;
use leptos::prelude::*;

const THEME_KEY: &str = "ct-explainer.theme";

/// The user's choice, if any ("light" or "dark").
#[derive(Clone, Copy)]
struct Chosen(RwSignal<Option<String>>);

/// Put the chosen theme on `<html data-theme>`; called once by the shell.
pub fn follow_theme() {
    let chosen = RwSignal::new(storage::get(THEME_KEY).filter(|t| t == "light" || t == "dark"));
    provide_context(Chosen(chosen));
    Effect::new(move |_| {
        if let Some(el) = document().document_element() {
            let _ = match chosen.get() {
                Some(t) => el.set_attribute("data-theme", &t),
                None => el.remove_attribute("data-theme"),
            };
        }
    });
}

fn system_dark() -> bool {
    if !crate::platform::IN_BROWSER {
        return false;
    }
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let Chosen(chosen) = use_context::<Chosen>().expect("follow_theme ran");
    let is_dark = move || chosen.get().map_or_else(system_dark, |t| t == "dark");
    let toggle = move |_| {
        let next = if is_dark() { "light" } else { "dark" };
        storage::set(THEME_KEY, next);
        chosen.set(Some(next.to_string()));
    };
    view! {
        <button type="button" class="btn theme-toggle" on:click=toggle aria-pressed=move || is_dark().to_string()>
            <span aria-hidden="true" class="icon">{move || if is_dark() { "☾" } else { "☀" }}</span>
            <span class="theme-label">{ui::shell::DARK_THEME}</span>
        </button>
    }
}
