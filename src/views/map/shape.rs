//! Node shapes by class, so the kind of a node does not rest on colour:
//! documents for instruments, pills for countries, chevrons for alliances
//! and partnerships, boxes for organisations; where two classes share a
//! shape, the outline's line tells them apart (style/map.css, by the
//! `cls-…` class: solid, dashed, dash-dot, dotted), on the map, in its key
//! and on the printed handout.

use crate::graph::NodeClass;
use crate::model::*;
use leptos::prelude::*;

pub fn class_slug(c: NodeClass) -> &'static str {
    match c {
        NodeClass::Actor(k) => k.slug(),
        NodeClass::Instrument => "instrument",
    }
}

pub fn class_label(c: NodeClass) -> &'static str {
    match c {
        NodeClass::Actor(k) => k.label(),
        NodeClass::Instrument => crate::i18n::ui::map::INSTRUMENT,
    }
}

/// Legend entries, in drawing order.
pub const CLASSES: [NodeClass; 8] = [
    NodeClass::Actor(ActorKind::GlobalOrganisation),
    NodeClass::Actor(ActorKind::UnBody),
    NodeClass::Actor(ActorKind::RegionalBody),
    NodeClass::Actor(ActorKind::Alliance),
    NodeClass::Actor(ActorKind::Partnership),
    NodeClass::Actor(ActorKind::AgencyNetwork),
    NodeClass::Actor(ActorKind::Country),
    NodeClass::Instrument,
];

/// Shape drawn behind a node's label, by class.
pub fn shape(c: NodeClass, w: f64, h: f64) -> AnyView {
    let n = |v: f64| crate::decimal::short(v, 2);
    let (x, y) = (-w / 2.0, -h / 2.0);
    match c {
        NodeClass::Instrument => {
            // a document with a folded corner
            let d = format!(
                "M{},{} h{} l8,8 v{} h{} z",
                n(x),
                n(y),
                n(w - 8.0),
                n(h - 8.0),
                n(-w)
            );
            view! { <path class="shape" d=d /> }.into_any()
        }
        NodeClass::Actor(ActorKind::Country) => {
            view! { <rect class="shape" x=n(x) y=n(y) width=n(w) height=n(h) rx=n(h / 2.0) /> }
                .into_any()
        }
        NodeClass::Actor(ActorKind::Alliance) | NodeClass::Actor(ActorKind::Partnership) => {
            let d = format!(
                "M{},{} h{} l8,{} l-8,{} h{} l-8,{} z",
                n(x + 8.0),
                n(y),
                n(w - 16.0),
                n(h / 2.0),
                n(h / 2.0),
                n(-(w - 16.0)),
                n(-h / 2.0)
            );
            view! { <path class="shape" d=d /> }.into_any()
        }
        _ => {
            view! { <rect class="shape" x=n(x) y=n(y) width=n(w) height=n(h) rx="3" /> }.into_any()
        }
    }
}
