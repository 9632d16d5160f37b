//! The compact key: node shapes by kind and line styles by relation, in a
//! disclosure laid over the map's corner.

use super::shape::{class_label, class_slug, shape, CLASSES};
use crate::i18n::ui;
use crate::model::*;
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <details class="map-legend">
            <summary>{ui::map::KEY}</summary>
            <ul>
                {CLASSES.iter().map(|&c| view! {
                    <li>
                        <svg class="legend-shape" viewBox="-20 -10 40 20" width="40" height="20" aria-hidden="true">
                            <g class=format!("node cls-{}", class_slug(c))>{shape(c, 36.0, 16.0)}</g>
                        </svg>
                        {class_label(c)}
                    </li>
                }).collect_view()}
            </ul>
            <ul>
                {RelationKind::ALL.iter().map(|k| view! {
                    <li>
                        <svg class="legend-shape" viewBox="0 0 40 10" width="40" height="10" aria-hidden="true">
                            <line class=format!("edge rel-{}", k.slug()) x1="0" y1="5" x2="34" y2="5" marker-end=(!k.symmetric()).then_some("url(#arrow)") />
                        </svg>
                        {k.label()}
                        {(!k.symmetric()).then_some(ui::map::ARROW_POINTS)}
                    </li>
                }).collect_view()}
            </ul>
        </details>
    }
}
