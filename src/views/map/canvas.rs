//! The map's box: the SVG drawing, zoom and pan buttons laid over its
//! corner, and the compact key. It starts on a view whose labels are
//! readable on this screen.

use super::drawing::{Edges, Groups, Nodes};
use super::legend::Legend;
use super::pan_zoom::PanZoom;
use crate::graph::view_box::{self, ViewBox};
use crate::graph::{Layout, Point};
use crate::i18n::ui;
use crate::model::*;
use crate::state::use_app;
use crate::views::later::Later;
use crate::views::widgets::on_ctrl_wheel;
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn Canvas(layout: &'static Layout, visible: Memo<Vec<usize>>) -> impl IntoView {
    let route = use_app().route;
    let host = NodeRef::<Div>::new();
    let pz = PanZoom::new(ViewBox::whole(layout), host);
    let selected = Memo::new(move |_| route.with(|r| r.node));
    // The box's first view: the whole map where it is readable, else a
    // readable area around the selected node or the UN. Taken again when
    // the box changes size (the panel opens or closes, the window turns)
    // until the learner pans or zooms themself.
    let fit = move || {
        // a frame asked for just before the map was left
        if selected.try_get_untracked().is_none() || pz.touched() {
            return;
        }
        let Some(el) = host.get_untracked() else {
            return;
        };
        let (bw, bh) = (el.client_width() as f64, el.client_height() as f64);
        if bw <= 0.0 || bh <= 0.0 {
            // hidden, still being built: the swap's resize fits it
            return;
        }
        let middle = Point {
            x: layout.width / 2.0,
            y: layout.height / 2.0,
        };
        let focus = selected
            .get_untracked()
            .or(Some(NodeId::Actor(ActorId::Un)))
            .and_then(|n| layout.pos(n))
            .unwrap_or(middle);
        let first = view_box::initial(layout, bw, bh, focus, crate::i18n::RTL);
        // and the selected node's neighbours, which its panel speaks of
        let near: Vec<_> = selected
            .get_untracked()
            .map(|n| {
                let mut ns = crate::graph::neighbours(n, &visible.get_untracked());
                ns.push(n);
                ns
            })
            .unwrap_or_default()
            .into_iter()
            .filter_map(|n| layout.label_box(n))
            .collect();
        pz.vb.set(view_box::take_in(layout, first, &near));
    };
    Effect::new(move |_| {
        host.track();
        selected.track();
        // after the panel has been laid out beside or below the map
        request_animation_frame(fit);
    });
    crate::platform::on_resize(fit);
    on_ctrl_wheel(host, move |ev| pz.wheel(ev));
    let vb_attr = move || {
        let v = pz.vb.get();
        let f = |x| crate::decimal::fixed(x, 1);
        format!("{} {} {} {}", f(v.x), f(v.y), f(v.w), f(v.h))
    };
    view! {
        <div class="map-box">
            // Before the drawing, so that Tab goes from the map's one stop
            // to the key and the node's panel, not through seven buttons;
            // in the order they are seen (style/map.css): row by row
            <div class="map-zoom" role="group" aria-label=ui::map::ZOOM_AND_PAN>
                <button type="button" class="btn whole" on:click=move |_| pz.show_whole(layout)>{ui::map::SHOW_WHOLE_MAP}</button>
                <button type="button" class="btn zoom-in" on:click=move |_| pz.zoom_centre(1.3)><span aria-hidden="true">"+"</span><span class="visually-hidden">{ui::map::ZOOM_IN}</span></button>
                <button type="button" class="btn pan-up" on:click=move |_| pz.pan_by(0.0, -0.2)><span aria-hidden="true">"↑"</span><span class="visually-hidden">{ui::map::PAN_UP}</span></button>
                <button type="button" class="btn zoom-out" on:click=move |_| pz.zoom_centre(1.0 / 1.3)><span aria-hidden="true">"−"</span><span class="visually-hidden">{ui::map::ZOOM_OUT}</span></button>
                <button type="button" class="btn pan-left" on:click=move |_| pz.pan_by(-0.2, 0.0)><span aria-hidden="true">"←"</span><span class="visually-hidden">{ui::map::PAN_LEFT}</span></button>
                <button type="button" class="btn pan-down" on:click=move |_| pz.pan_by(0.0, 0.2)><span aria-hidden="true">"↓"</span><span class="visually-hidden">{ui::map::PAN_DOWN}</span></button>
                <button type="button" class="btn pan-right" on:click=move |_| pz.pan_by(0.2, 0.0)><span aria-hidden="true">"→"</span><span class="visually-hidden">{ui::map::PAN_RIGHT}</span></button>
            </div>
        <div
            class="map-canvas"
            data-primary=""
            node_ref=host
            on:pointerdown=move |ev| pz.down(&ev)
            on:pointermove=move |ev| pz.moved(&ev)
            on:pointerup=move |ev| pz.up(&ev)
            on:pointercancel=move |ev| pz.up(&ev)
        >
            <svg
                viewBox=vb_attr
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-label=ui::map::MAP_OF_BODIES_INSTRUMENTS_AND
                class:has-selection=move || selected.get().is_some()
            >
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z" class="arrow-head" />
                    </marker>
                </defs>
                <Later><Groups layout=layout /></Later>
                <Later><Edges layout=layout visible=visible selected=selected /></Later>
                <Later><Nodes layout=layout visible=visible selected=selected pz=pz /></Later>
            </svg>
        </div>
            <Later><Legend /></Later>
        </div>
    }
}
