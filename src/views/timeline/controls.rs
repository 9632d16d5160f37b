//! The band's toolbar: zoom, pan, zoom to fit or to an era, and the years
//! in view.

use super::nav::to_url_window;
use super::use_timeline;
use crate::i18n::{self, ui};
use crate::state::use_app;
use crate::timeline_layout::{Window, ERAS};
use leptos::prelude::*;

#[component]
pub fn Controls(win: Memo<Window>) -> impl IntoView {
    let state = use_app();
    let ctx = use_timeline();
    let set_window =
        move |w: Window| state.update(false, |r| r.window = to_url_window(r, w.rounded()));
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
        <div class="tl-controls" role="group" aria-label=ui::timeline::ZOOM_AND_PAN>
            <button type="button" class="btn" on:click=move |_| zoom(1.5)>{ui::timeline::ZOOM_IN}</button>
            <button type="button" class="btn" on:click=move |_| zoom(1.0 / 1.5)>{ui::timeline::ZOOM_OUT}</button>
            <button type="button" class="btn" on:click=move |_| pan(-0.3)><span aria-hidden="true" class="arrow-back">"← "</span>{ui::timeline::EARLIER}</button>
            <button type="button" class="btn" on:click=move |_| pan(0.3)>{ui::timeline::LATER}<span aria-hidden="true" class="arrow-forward">" →"</span></button>
            <button type="button" class="btn" on:click=fit>{ui::timeline::ZOOM_TO_FIT}</button>
            // the label and its menu wrap together (at 768 px "Era" ended one row, its menu began the next)
            <span class="tl-era-pick">
                <label for="tl-era" class="inline-label">{ui::timeline::ERA}</label>
                <select id="tl-era" on:change=era_select>
                    <option value="">{ui::timeline::CHOOSE}</option>
                    <option value="all">{ui::timeline::ALL_YEARS}</option>
                    {ERAS.iter().map(|e| view! { <option value=e.slug>{format!("{} ({}–{})", e.label, e.from, e.to)}</option> }).collect_view()}
                </select>
            </span>
            <span class="tl-window" aria-live="polite">
                {move || {
                    let w = win.get();
                    i18n::fill(ui::timeline::SHOWING, &[("from", &(w.from.round() as i64).to_string()), ("to", &(w.to.round() as i64).to_string())])
                }}
            </span>
        </div>
    }
}
