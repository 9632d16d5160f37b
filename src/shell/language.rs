//! The language menu: one link per shipped language, to the same view and
//! state in that language's bundle (English at the root, the others in
//! `<lang>/` beside it). A disclosure, so it works without scripts too;
//! following a link records the choice, so that the root stops following
//! the browser's languages (see the head script of `index.html`).

use crate::i18n::{ui, LANG, LANGUAGES, LANG_NAME};
use crate::state::use_app;
use crate::storage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The storage key the head script of `index.html` reads.
pub const CHOICE_KEY: &str = "ct-explainer.lang";

/// Where a language's bundle is, from this one: `../fr/`, `ar/`, `../`.
pub fn bundle_href(from: &str, to: &str) -> String {
    let up = if from == "en" { "" } else { "../" };
    if to == "en" {
        if up.is_empty() {
            "./".into()
        } else {
            up.into()
        }
    } else {
        format!("{up}{to}/")
    }
}

#[component]
pub fn LanguageMenu() -> impl IntoView {
    let route = use_app().route;
    if LANGUAGES.len() < 2 {
        return ().into_any();
    }
    // Like any menu, Escape or focus leaving it closes it: open, it covered
    // the "Sort by" box the next Tab reached.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(d) = menu_of(&ev) else {
            return;
        };
        if ev.key() == "Escape" && d.has_attribute("open") {
            // the language menu's, not the header menu's it may sit in
            ev.prevent_default();
            ev.stop_propagation();
            let _ = d.remove_attribute("open");
            if let Ok(Some(s)) = d.query_selector("summary") {
                let _ = s.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        let Some(d) = menu_of(&ev) else {
            return;
        };
        let to = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if !to.is_some_and(|n| d.contains(Some(&n))) {
            let _ = d.remove_attribute("open");
        }
    };
    view! {
        <details class="lang-menu" on:keydown=on_key on:focusout=on_focusout>
            // the code keeps the header row short in every language; the
            // name is what assistive tech reads
            <summary class="btn" aria-label=format!("{}: {}", ui::lang::MENU, LANG_NAME)>
                <span aria-hidden="true" class="lang-code">{LANG.to_ascii_uppercase()}</span>
            </summary>
            <ul role="list">
                {LANGUAGES
                    .iter()
                    .map(|&(code, name, _)| {
                        // to the page with the view drawn ahead (View::page), or the
                        // other bundle would load its start page only to leave it
                        let href = move || {
                            route.with(|r| format!("{}{}{}", bundle_href(LANG, code), r.view.page(), r.format()))
                        };
                        view! {
                            <li>
                                <a
                                    href=href
                                    lang=code
                                    hreflang=code
                                    aria-current=(code == LANG).then_some("true")
                                    on:click=move |_| storage::set(CHOICE_KEY, code)
                                >
                                    {name}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
    .into_any()
}

/// The `<details>` whose listener an event reached.
fn menu_of(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

#[cfg(test)]
mod tests {
    use super::bundle_href;

    #[test]
    fn bundles_sit_beside_the_english_root() {
        assert_eq!(bundle_href("en", "fr"), "fr/");
        assert_eq!(bundle_href("en", "en"), "./");
        assert_eq!(bundle_href("ar", "en"), "../");
        assert_eq!(bundle_href("ar", "zh"), "../zh/");
    }
}
