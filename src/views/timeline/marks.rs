//! What the band draws: era bands, the axis, and the events as labelled
//! markers, bare markers or clusters, from `timeline_band::layout`.

use super::nav;
use super::{event_dom_id, event_href, measure, use_timeline};
use crate::i18n::{self, ui};
use crate::model::*;
use crate::state::use_app;
use crate::timeline_band::{self as band, Mark};
use crate::timeline_layout::{self as tl, Window, ERAS, MIN_SPAN};
use leptos::prelude::*;

/// Vertical geometry of the plot, in pixels; style/timeline.css agrees.
pub const ERA_H: f64 = 24.0;
const LANE_H: f64 = 46.0;
const LABEL_H: f64 = 40.0;

/// Centre line of the markers under `lanes` label lanes.
fn marker_mid(lanes: usize) -> f64 {
    ERA_H + LANE_H * lanes as f64 + 14.0
}

/// A length to a tenth of a pixel, for a style (see `decimal`).
pub fn px(v: f64) -> String {
    format!("{}px", crate::decimal::fixed(v, 1))
}

/// Height of the plot: eras, lanes, markers and the axis.
pub fn plot_height(lanes: usize) -> f64 {
    marker_mid(lanes) + 14.0 + 26.0
}

fn label_top(lane: usize, lanes: usize) -> f64 {
    ERA_H + (lanes - 1 - lane) as f64 * LANE_H + (LANE_H - LABEL_H)
}

#[component]
pub fn Eras(win: Memo<Window>) -> impl IntoView {
    let ctx = use_timeline();
    move || {
        let w = win.get();
        let width = ctx.width.get();
        ERAS.iter()
            .filter(|e| (e.to as f64) > w.from && (e.from as f64) < w.to)
            .enumerate()
            .map(|(i, e)| {
                let l = w.x(e.from as f64, width).max(0.0);
                let r = w.x(e.to as f64, width).min(width);
                // the name only where the visible part of the era holds it
                let name = (r - l >= measure::era_width(e.label) + 8.0).then(|| view! { <span class="tl-era-label">{e.label}</span> });
                view! {
                    <div class=format!("tl-era era-{}", i % 2) style:inset-inline-start=px(l) style:width=px(r - l) title=e.label>
                        {name}
                    </div>
                }
            })
            .collect_view()
    }
}

#[component]
pub fn Axis(win: Memo<Window>) -> impl IntoView {
    let ctx = use_timeline();
    view! {
        <div class="tl-axis" aria-hidden="true">
            {move || {
                let w = win.get();
                let width = ctx.width.get();
                tl::ticks(w, width, 64.0)
                    .into_iter()
                    .map(|y| (y, w.x(y as f64, width)))
                    // a year label half outside the plot would be cut
                    .filter(|&(_, x)| x >= 18.0 && x <= width - 18.0)
                    .map(|(y, x)| view! { <span class="tl-tick" style:inset-inline-start=px(x)>{y}</span> })
                    .collect_view()
            }}
        </div>
    }
}

#[component]
pub fn Marks(win: Memo<Window>) -> impl IntoView {
    let state = use_app();
    let ctx = use_timeline();
    let route = state.route;
    // The event walked to with the keys, else the current one, stands alone
    // with its label whatever crowds it.
    let priority = Memo::new(move |_| ctx.walk.get().or(route.with(|r| r.event)));
    // The events in the window, laid out.
    let laid = Memo::new(move |_| {
        let w = win.get();
        let width = ctx.width.get();
        let current = priority.get();
        let evs: Vec<&'static Event> = ctx
            .events
            .get()
            .into_iter()
            .filter(|e| (0.0..=width).contains(&w.x(e.date.as_year_f64(), width)))
            .collect();
        let xs: Vec<f64> = evs
            .iter()
            .map(|e| w.x(e.date.as_year_f64(), width))
            .collect();
        let widths: Vec<f64> = evs.iter().map(|e| measure::label_width(e)).collect();
        let first = current.and_then(|c| evs.iter().position(|e| e.id == c));
        let marks = band::layout(&xs, &widths, &nav::spec(width, ctx.lanes.get()), first);
        (evs, marks)
    });
    let go = move |id: EventId| nav::focus_event(state, ctx, id);
    view! {
        <ol class="tl-marks" aria-label=ui::timeline::EVENTS_IN_VIEW_IN_DATE>
            {move || {
                let (evs, marks) = laid.get();
                let selected = route.with(|r| r.event);
                let singles: Vec<EventId> = marks.iter().filter(|m| !m.is_cluster()).map(|m| evs[m.first].id).collect();
                let roving = priority.get().filter(|f| singles.contains(f)).or(singles.first().copied());
                marks
                    .iter()
                    .map(|m| {
                        if m.is_cluster() {
                            view! { <li><Cluster mark=*m events=evs[m.first..=m.last].to_vec() win=win go=go /></li> }.into_any()
                        } else {
                            let e = evs[m.first];
                            let tab = if roving == Some(e.id) { "0" } else { "-1" };
                            view! { <li><Single mark=*m event=e selected=selected == Some(e.id) tab=tab go=go /></li> }.into_any()
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}

/// One event: its marker, and its label where the layout found room.
#[component]
fn Single(
    mark: Mark,
    event: &'static Event,
    selected: bool,
    tab: &'static str,
    go: impl Fn(EventId) + Copy + 'static,
) -> impl IntoView {
    let state = use_app();
    let ctx = use_timeline();
    let id = event.id;
    let theme = tl::event_main_theme(event);
    let lanes = ctx.lanes.get_untracked();
    let mid = marker_mid(lanes);
    // the link's box is the label's, or the marker's when there is no label
    let (left, top, width, height) = match mark.label {
        Some(l) => (l.left, label_top(l.lane, lanes), l.width, LABEL_H),
        None => (mark.x - 8.0, mid - 8.0, 16.0, 16.0),
    };
    let marker = view! {
        <span class="tl-marker" aria-hidden="true" style:inset-inline-start=px(mark.x - 8.0 - left) style:top=px(mid - 8.0 - top)>
            {super::legend::theme_glyph(theme)}
        </span>
    };
    let body = match mark.label {
        Some(_) => view! {
            <span class="tl-stem" aria-hidden="true" style:inset-inline-start=px(mark.x - 1.0 - left) style:height=px(mid - 8.0 - top - LABEL_H)></span>
            <span class="tl-label">
                <time datetime=event.date.iso()>{event.date.human()}</time>
                <span class="tl-title">{event.title}</span>
            </span>
        }
        .into_any(),
        None => view! {
            <span class="visually-hidden"><time datetime=event.date.iso()>{event.date.human()}</time>" "{event.title}</span>
        }
        .into_any(),
    };
    view! {
        <a
            id=event_dom_id(id)
            class=format!("tl-event theme-{}", theme.slug())
            class:labelled=mark.label.is_some()
            class:selected=selected
            aria-current=selected.then_some("true")
            style:inset-inline-start=px(left)
            style:top=px(top)
            style:width=px(width)
            style:height=px(height)
            tabindex=tab
            href=move || state.route.with(|r| event_href(r, id))
            on:click=move |_| ctx.walk.set(Some(id))
            on:keydown=move |ev| nav::on_event_key(&ev, id, &ctx.events.get_untracked(), go)
        >
            {body}
            {marker}
        </a>
    }
}

/// Events too close to tell apart: a count; pressing it zooms in to them,
/// or opens the first when the band cannot zoom further.
#[component]
fn Cluster(
    mark: Mark,
    events: Vec<&'static Event>,
    win: Memo<Window>,
    go: impl Fn(EventId) + Copy + 'static,
) -> impl IntoView {
    let state = use_app();
    let ctx = use_timeline();
    let n = mark.count();
    let (first, last) = (events[0], events[n - 1]);
    let years = if first.date.year == last.date.year {
        first.date.year.to_string()
    } else {
        format!("{}–{}", first.date.year, last.date.year)
    };
    let name = i18n::fill(
        ui::timeline::CLUSTER,
        &[
            ("events", &i18n::count(&ui::count::EVENTS, n)),
            ("years", &years),
        ],
    );
    let holds = events
        .iter()
        .map(|e| e.id.slug())
        .collect::<Vec<_>>()
        .join(" ");
    let years_f: Vec<f64> = events.iter().map(|e| e.date.as_year_f64()).collect();
    let zoom = move |_| {
        if win.get_untracked().span() <= MIN_SPAN + 1e-9 {
            nav::open_event(state, ctx, first.id);
        } else {
            let w = Window::fit(years_f.iter().copied()).rounded();
            state.update(false, |r| r.window = nav::to_url_window(r, w));
            // on the first of the events it held, not lost to the page
            nav::focus_shown(first.id);
        }
    };
    view! {
        <button
            type="button"
            class="tl-cluster"
            data-count=n
            data-holds=holds
            style:inset-inline-start=px(mark.x - 14.0)
            style:top=px(marker_mid(ctx.lanes.get_untracked()) - 14.0)
            aria-label=name.clone()
            title=name
            on:click=zoom
            on:keydown=move |ev| {
                let evs = ctx.events.get_untracked();
                let from = if nav::arrow_step(&ev.key(), crate::i18n::RTL) == Some(-1) { first.id } else { last.id };
                nav::on_event_key(&ev, from, &evs, go)
            }
        >
            {n}
        </button>
    }
}
