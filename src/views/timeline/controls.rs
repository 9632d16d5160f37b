//! The band's toolbar: zoom, pan, zoom to fit or to an era, and the years
//! in view.

use super::nav::to_url_window;
use super::use_timeline;
use crate::state::use_app;
use crate::timeline_layout::{Window, ERAS};
use leptos::prelude::*;

#[component]
pub fn Controls(win: Memo<Window>) -> impl IntoView {
    let state = use_app();
    let ctx = use_timeline();
    let set_window =
        move |w: Window| state.update(false, |r| r.window = to_url_window(w.rounded()));
    let zoom = move |f: f64| {
        let w = win.get_untracked();
        set_window(w.zoom(f, (w.from + w.to) / 2.0));
    };
    let pan = move |by: f64| {
        let w = win.get_untracked();
        set_window(w.pan(w.span() * by));
    };
    let fit = move |_| {
        let w = Window::fit(
            ctx.events
                .get_untracked()
                .iter()
                .map(|e| e.date.as_year_f64()),
        );
        set_window(w);
    };
    let era_select = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some(era) = ERAS.iter().find(|e| e.slug == v) {
            set_window(Window::clamped(era.from as f64 - 1.0, era.to as f64 + 1.0));
        } else if v == "all" {
            set_window(Window::FULL);
        }
    };
    view! {
        <div class="tl-controls" role="group" aria-label="Zoom and pan">
            <button type="button" class="btn" on:click=move |_| zoom(1.5)>"Zoom in"</button>
            <button type="button" class="btn" on:click=move |_| zoom(1.0 / 1.5)>"Zoom out"</button>
            <button type="button" class="btn" on:click=move |_| pan(-0.3)><span aria-hidden="true">"← "</span>"Earlier"</button>
            <button type="button" class="btn" on:click=move |_| pan(0.3)>"Later"<span aria-hidden="true">" →"</span></button>
            <button type="button" class="btn" on:click=fit>"Zoom to fit"</button>
            <label for="tl-era" class="inline-label">"Era"</label>
            <select id="tl-era" on:change=era_select>
                <option value="">"Choose…"</option>
                <option value="all">"All years"</option>
                {ERAS.iter().map(|e| view! { <option value=e.slug>{format!("{} ({}–{})", e.label, e.from, e.to)}</option> }).collect_view()}
            </select>
            <span class="tl-window" aria-live="polite">
                {move || {
                    let w = win.get();
                    format!("Showing {}–{}", w.from.round(), w.to.round())
                }}
            </span>
        </div>
    }
}
