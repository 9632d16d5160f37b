//! For teachers: choose what counts as complete, and get the link or the
//! SCORM launch data that carries the choice.

use crate::completion::and_list;
use crate::i18n::{self, ui};
use crate::model::ScenarioId;
use crate::views::learn::use_learner;
use leptos::prelude::*;

/// The page address without query or fragment (empty when drawn ahead).
fn page_base() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let href = window().location().href().unwrap_or_default();
        href.split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "index.html".to_string()
    }
}

#[component]
pub fn CompletionSettings() -> impl IntoView {
    let learner = use_learner();
    let now = learner.rule;
    let (rule, set_rule) = signal(now);
    let link = move || format!("{}?{}#/cards", page_base(), rule.get().format());
    let data = move || rule.get().format();
    let make = move || format!("COMPLETION='{}' make packages", rule.get().format());
    let says = move || {
        let r = and_list(&rule.get().requirements());
        if r.is_empty() {
            ui::completion_settings::COMPLETE_AT_ONCE.to_string()
        } else {
            i18n::fill(ui::completion_settings::COMPLETE_WHEN, &[("list", &r)])
        }
    };
    view! {
        <section class="completion-settings no-print" aria-labelledby="cs-title">
            <h2 id="cs-title">{ui::completion_settings::WHAT_COUNTS_AS_COMPLETE}</h2>
            <p>
                {i18n::fill(ui::completion_settings::NOW_MUST, &[("list", &and_list(&now.requirements()))])}
                {ui::completion_settings::CHOOSE_ANOTHER_RULE_BELOW_THEN}
            </p>
            <div class="cs-fields">
                <label class="cs-check">
                    <input type="checkbox" prop:checked=move || rule.get().tour
                        on:change=move |ev| set_rule.update(|r| r.tour = event_target_checked(&ev)) />
                    {ui::completion_settings::THE_WHOLE_GUIDED_TOUR}
                </label>
                <label>
                    {ui::completion_settings::PASS_MARK}
                    <select prop:value=move || rule.get().pass.to_string()
                        on:change=move |ev| {
                            if let Ok(p) = event_target_value(&ev).parse() {
                                set_rule.update(|r| r.pass = p);
                            }
                        }>
                        {[0u8, 50, 60, 70, 80, 90, 100].into_iter().map(|p| view! {
                            <option value=p.to_string()>{if p == 0 { ui::completion_settings::NO_PASS_MARK.to_string() } else { format!("{p}%") }}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    {ui::completion_settings::CASE_SCENARIOS_PLAYED_TO_THE}
                    <select prop:value=move || rule.get().scenarios.to_string()
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).parse() {
                                set_rule.update(|r| r.scenarios = n);
                            }
                        }>
                        {(0..=ScenarioId::ALL.len() as u8).map(|n| view! { <option value=n.to_string()>{n.to_string()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="cs-says" role="status">{says}</p>
            <dl class="cs-out">
                <dt>{ui::completion_settings::LINK_FOR_LEARNERS_ANY_LMS}</dt>
                <dd><code class="cs-link">{link}</code></dd>
                <dt>{ui::completion_settings::SCORM_LAUNCH_DATA}</dt>
                <dd><code class="cs-data">{data}</code></dd>
                <dt>{ui::completion_settings::PACKAGES_WITH_THIS_RULE}</dt>
                <dd><code>{make}</code></dd>
            </dl>
        </section>
    }
}
