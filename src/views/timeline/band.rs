//! The navigator band: zoom controls, then a plot of eras, events and the
//! year axis. Drag pans, two pointers pinch, ctrl/⌘ + wheel zooms.

use super::controls::Controls;
use super::marks::{plot_height, px, Axis, Eras, Marks};
use super::nav::{self, window_of};
use super::use_timeline;
use crate::i18n::ui;
use crate::state::use_app;
use crate::timeline_layout::Window;
use crate::views::widgets::on_ctrl_wheel;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Band() -> impl IntoView {
    let state = use_app();
    let ctx = use_timeline();
    let route = state.route;
    let plot = NodeRef::<Div>::new();
    let measure = move || {
        if let Some(el) = plot.get_untracked() {
            let w = el.client_width() as f64;
            if w > 0.0 && (w - ctx.width.get_untracked()).abs() > 0.5 {
                ctx.width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        plot.track();
        measure();
    });
    crate::platform::on_resize(measure);

    // Drag offset in years while a pointer is down; committed on release so
    // the URL is not rewritten on every move.
    let (drag, set_drag) = signal(0.0_f64);
    // the route's window apart: a drag's moves do not filter the events again
    let at_rest = Memo::new(move |_| route.with(window_of));
    let win = Memo::new(move |_| {
        let w = at_rest.get();
        let d = drag.get();
        if d == 0.0 {
            w
        } else {
            w.pan(d)
        }
    });
    let set_window = move |w: Window| state.update(false, |r| r.window = nav::to_url_window(r, w));
    let width = move || ctx.width.get_untracked().max(1.0);

    on_ctrl_wheel(plot, move |ev| {
        let w = win.get_untracked();
        let at = ev.offset_x() as f64 / width();
        let anchor = w.from + w.span() * if crate::i18n::RTL { 1.0 - at } else { at };
        set_window(w.zoom(if ev.delta_y() < 0.0 { 1.25 } else { 0.8 }, anchor));
    });

    // Pointers: one drags, two pinch.
    let pointers = StoredValue::new_local(Vec::<(i32, f64)>::new());
    let drag_start = StoredValue::new_local(None::<f64>);
    let pinch_start = StoredValue::new_local(None::<(f64, Window)>);
    let spread = move |d0: f64| {
        pointers.with_value(|p| {
            if p.len() >= 2 {
                (p[0].1 - p[1].1).abs().max(1.0)
            } else {
                d0
            }
        })
    };
    let on_down = move |ev: leptos::ev::PointerEvent| {
        // clicks on events and clusters go through; drags start elsewhere
        let on_mark = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".tl-event, .tl-cluster").ok().flatten())
            .is_some();
        if ev.button() != 0 || on_mark {
            return;
        }
        pointers.update_value(|p| p.push((ev.pointer_id(), ev.client_x() as f64)));
        match pointers.with_value(|p| p.len()) {
            1 => drag_start.set_value(Some(ev.client_x() as f64)),
            2 => {
                pinch_start.set_value(Some((spread(1.0), win.get_untracked())));
                drag_start.set_value(None);
                set_drag.set(0.0);
            }
            _ => {}
        }
        if let Some(el) = plot.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| {
            if let Some(e) = p.iter_mut().find(|e| e.0 == ev.pointer_id()) {
                e.1 = ev.client_x() as f64;
            }
        });
        if let Some((d0, w0)) = pinch_start.get_value() {
            set_window(w0.zoom(spread(d0) / d0, (w0.from + w0.to) / 2.0));
        } else if let Some(x0) = drag_start.get_value() {
            let span = route.with_untracked(window_of).span();
            // the axis runs the way the page reads: right to left in Arabic
            let sign = if crate::i18n::RTL { 1.0 } else { -1.0 };
            set_drag.set(sign * (ev.client_x() as f64 - x0) / width() * span);
        }
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| p.retain(|e| e.0 != ev.pointer_id()));
        if drag_start.get_value().is_some() && drag.get_untracked() != 0.0 {
            let w = win.get_untracked().rounded();
            set_drag.set(0.0);
            set_window(w);
        }
        drag_start.set_value(None);
        if pointers.with_value(|p| p.len() < 2) {
            pinch_start.set_value(None);
        }
    };

    view! {
        <section class="tl-band" aria-label=ui::timeline::NAVIGATOR>
            <Controls win=win />
            <div
                class="tl-plot"
                node_ref=plot
                style:height=move || px(plot_height(ctx.lanes.get()))
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
            >
                <Eras win=win />
                <Axis win=win />
                <Marks win=win />
            </div>
            <p class="hint">{ui::timeline::DRAG_TO_PAN_CTRL_OR}</p>
        </section>
    }
}
