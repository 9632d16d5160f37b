//! The key to the markers: a colour and a glyph per main theme, so colour
//! is never the only cue.

use crate::i18n::ui;
use crate::model::Theme;
use leptos::prelude::*;

/// A glyph per theme so the legend does not rely on colour alone.
pub fn theme_glyph(t: Theme) -> &'static str {
    match t {
        Theme::IntelligenceSharing => "◆",
        Theme::TerroristFinancing => "$",
        Theme::ForeignFighters => "✈",
        Theme::LegalFrameworks => "§",
        Theme::MilitaryDiplomacy => "★",
        Theme::CapacityBuilding => "▲",
        Theme::TechnologyCyber => "⌁",
        Theme::HumanitarianLegal => "✚",
        Theme::RegionalCooperation => "●",
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <div class="legend tl-legend">
            <h2 class="legend-title">{ui::timeline::KEY_MAIN_THEME}</h2>
            <ul>
                {Theme::ALL
                    .iter()
                    .map(|t| view! {
                        <li>
                            <span class=format!("tl-dot theme-{}", t.slug()) aria-hidden="true">{theme_glyph(*t)}</span>
                            {t.label()}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
