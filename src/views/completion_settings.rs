//! For teachers: choose what counts as complete, and get the link or the
//! SCORM launch data that carries the choice.

use crate::completion::and_list;
use crate::content::scenarios::SCENARIOS;
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
            "Learners are complete as soon as they open the explainer.".to_string()
        } else {
            format!("Learners are complete when they {r}.")
        }
    };
    view! {
        <section class="completion-settings no-print" aria-labelledby="cs-title">
            <h2 id="cs-title">"What counts as complete"</h2>
            <p>
                {format!("Now: learners must {}. ", and_list(&now.requirements()))}
                "Choose another rule below, then share the link or build the SCORM packages with it. In an LMS the rule travels as the package's launch data, so every learner gets the same."
            </p>
            <div class="cs-fields">
                <label class="cs-check">
                    <input type="checkbox" prop:checked=move || rule.get().tour
                        on:change=move |ev| set_rule.update(|r| r.tour = event_target_checked(&ev)) />
                    " The whole guided tour"
                </label>
                <label>
                    "Pass mark "
                    <select prop:value=move || rule.get().pass.to_string()
                        on:change=move |ev| {
                            if let Ok(p) = event_target_value(&ev).parse() {
                                set_rule.update(|r| r.pass = p);
                            }
                        }>
                        {[0u8, 50, 60, 70, 80, 90, 100].into_iter().map(|p| view! {
                            <option value=p.to_string()>{if p == 0 { "none".to_string() } else { format!("{p}%") }}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    "Case scenarios played to the end "
                    <select prop:value=move || rule.get().scenarios.to_string()
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).parse() {
                                set_rule.update(|r| r.scenarios = n);
                            }
                        }>
                        {(0..=SCENARIOS.len() as u8).map(|n| view! { <option value=n.to_string()>{n.to_string()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="cs-says" role="status">{says}</p>
            <dl class="cs-out">
                <dt>"Link for learners (any LMS, or none)"</dt>
                <dd><code class="cs-link">{link}</code></dd>
                <dt>"SCORM launch data"</dt>
                <dd><code class="cs-data">{data}</code></dd>
                <dt>"Packages with this rule"</dt>
                <dd><code>{make}</code></dd>
            </dl>
        </section>
    }
}
