//! "Embed this view": a modal dialog with a ready iframe snippet for the
//! current view and state, and a copy button. The button sits in the
//! header's menu; the dialog outside it.

use crate::embed;
use crate::i18n::ui;
use crate::state::use_app;
use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn EmbedButton(dialog: NodeRef<Dialog>) -> impl IntoView {
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
            // Copy first, the code box at its start: focused, the box
            // scrolled to its end, hiding "<iframe src=" (the autofocus
            // attribute would do, but a cross-origin frame logs an error
            // for it at every load)
            crate::views::widgets::focus_selector(".embed-copy");
            if let Some(t) = document().get_element_by_id("embed-code") {
                t.set_scroll_top(0);
            }
        }
    };
    view! {
        <button type="button" class="btn embed-open" on:click=open aria-haspopup="dialog">
            {ui::shell::EMBED}<span class="visually-hidden">{ui::shell::EMBED_THIS}</span>
        </button>
    }
}

/// The dialog itself, outside the header's menu.
#[component]
pub fn EmbedDialog(dialog: NodeRef<Dialog>) -> impl IntoView {
    let state = use_app();
    let (copied, set_copied) = signal(false);
    let snippet = move || {
        let href = window().location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default().to_string();
        embed::iframe_snippet(&base, &state.route.get())
    };
    // a fresh dialog has not copied anything yet
    let reset = move |_| set_copied.set(false);
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
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title" on:close=reset>
            <h2 id="embed-title">{ui::shell::EMBED_HEADING}</h2>
            <p>{ui::shell::EMBED_HELP}</p>
            <label for="embed-code">{ui::shell::EMBED_CODE}</label>
            <textarea id="embed-code" readonly rows="5" prop:value=snippet></textarea>
            <p class="embed-status" role="status">{move || copied.get().then_some(ui::shell::COPIED)}</p>
            <div class="dialog-actions">
                <button type="button" class="btn embed-copy" on:click=copy>{ui::shell::COPY_CODE}</button>
                <button type="button" class="btn" on:click=close>{ui::shell::CLOSE}</button>
            </div>
        </dialog>
    }
}
