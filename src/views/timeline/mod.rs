//! The Timeline view: one readable event at a time (the current-event
//! panel) above a navigator band on wide screens or a vertical list on
//! phones; filters shared with the other views in a collapsible panel; a
//! sortable table as the text alternative and for print.

mod band;
mod controls;
mod current;
mod filters;
mod legend;
mod marks;
mod measure;
mod nav;
mod table;
mod vertical;

use crate::content;
use crate::i18n::{self, ui};
use crate::model::*;
use crate::route::{Facets, Route};
use crate::state::use_app;
use crate::timeline_layout as tl;
use crate::views::budget;
use crate::views::later::Later;
use crate::views::widgets::{DisplayToggle, FiltersToggle};
use leptos::prelude::*;

/// Below this width the band gives way to the vertical list.
const NARROW_PX: f64 = 640.0;

/// What the timeline's parts share.
#[derive(Clone, Copy)]
struct TimelineCtx {
    /// Events passing the shared filters, in date order.
    events: Memo<Vec<&'static Event>>,
    /// Width of the band's plot in pixels.
    width: RwSignal<f64>,
    /// The event last walked to (keys, previous/next, a click): it stands
    /// alone in the band, labelled, and holds the band's tab stop.
    walk: RwSignal<Option<EventId>>,
    /// Label lanes the band has room for.
    lanes: Memo<usize>,
}

fn use_timeline() -> TimelineCtx {
    use_context::<TimelineCtx>().expect("inside the Timeline view")
}

fn visible_events(f: &Facets, range: Option<(i32, i32)>) -> Vec<&'static Event> {
    content::EVENTS
        .iter()
        .filter(|e| tl::event_passes(e, f, range))
        .collect()
}

pub fn event_dom_id(id: EventId) -> String {
    format!("ev-{}", id.slug())
}

/// The id of an event's row in the table of events.
pub fn event_row_id(id: EventId) -> String {
    format!("row-{}", event_dom_id(id))
}

fn event_href(r: &Route, id: EventId) -> String {
    let mut to = r.clone();
    to.event = Some(id);
    to.format()
}

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let events = Memo::new(move |_| route.with(|r| visible_events(&r.facets, r.range)));
    // measured in the browser; drawn ahead of time, the band of a laptop
    let width = RwSignal::new(1216.0_f64);
    let (vp, set_vp) = signal(crate::platform::viewport());
    crate::platform::on_resize(move || set_vp.set(crate::platform::viewport()));
    let narrow = Memo::new(move |_| vp.get().0 < NARROW_PX);
    let lanes = Memo::new(move |_| nav::lanes_for(vp.get().1));
    provide_context(TimelineCtx {
        events,
        width,
        walk: RwSignal::new(None),
        lanes,
    });
    let list = Memo::new(move |_| route.with(|r| r.list));
    let filters_open = RwSignal::new(false);

    view! {
        <div class="view timeline-view">
            <div class="view-head">
                <h1>{ui::timeline::TIMELINE}</h1>
                <div class="view-tools">
                    <FiltersToggle open=filters_open controls="tl-filters" />
                    <DisplayToggle picture=ui::timeline::TIMELINE list=ui::timeline::LIST_TABLE />
                    <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                        {move || i18n::count(&ui::timeline::SHOWN, events.with(|e| e.len()))}
                    </p>
                </div>
            </div>
            <Later><filters::TimelineFilters open=filters_open /></Later>
            <div class="tl-stage" class:listing=list data-primary="">
                {move || if list.get() {
                    let rows = budget::screenful(crate::platform::viewport().1, 40.0);
                    view! { <table::EventTable first=rows /> }.into_any()
                } else if !crate::platform::IN_BROWSER {
                    // drawn ahead of time for any screen: CSS picks one
                    view! { <current::Current /> <band::Band /> <vertical::Vertical /> }.into_any()
                } else if narrow.get() {
                    view! { <current::Current /> <Later><vertical::Vertical /></Later> }.into_any()
                } else {
                    view! { <current::Current /> <Later><band::Band /></Later> }.into_any()
                }}
            </div>
            <Show when=move || !list.get()>
                <Later><legend::Legend /></Later>
                <div class="print-only">
                    <table::EventTable first=0 />
                </div>
            </Show>
        </div>
    }
}
