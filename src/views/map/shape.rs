//! Node shapes by class, so the kind of a node does not rest on colour:
//! documents for instruments, pills for countries, chevrons for alliances
//! and partnerships, boxes for organisations.

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
    let (x, y) = (-w / 2.0, -h / 2.0);
    match c {
        NodeClass::Instrument => {
            // a document with a folded corner
            let d = format!("M{x},{y} h{} l8,8 v{} h{} z", w - 8.0, h - 8.0, -w);
            view! { <path class="shape" d=d /> }.into_any()
        }
        NodeClass::Actor(ActorKind::Country) => {
            view! { <rect class="shape" x=x y=y width=w height=h rx=h / 2.0 /> }.into_any()
        }
        NodeClass::Actor(ActorKind::Alliance) | NodeClass::Actor(ActorKind::Partnership) => {
            let d = format!(
                "M{},{y} h{} l8,{} l-8,{} h{} l-8,{} z",
                x + 8.0,
                w - 16.0,
                h / 2.0,
                h / 2.0,
                -(w - 16.0),
                -h / 2.0
            );
            view! { <path class="shape" d=d /> }.into_any()
        }
        _ => view! { <rect class="shape" x=x y=y width=w height=h rx="3" /> }.into_any(),
    }
}
