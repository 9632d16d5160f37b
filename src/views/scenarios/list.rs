//! The cases to choose from, each with where the learner left it.

use crate::content::scenarios::SCENARIOS;
use crate::i18n::{self, ui};
use crate::model::*;
use crate::route::{Route, View};
use crate::scenario::{walk, At};
use crate::state::use_app;
use crate::views::learn::use_learner;
use leptos::prelude::*;

#[component]
pub fn CaseList() -> impl IntoView {
    let learner = use_learner();
    let rule = learner.rule;
    let asked = move || i18n::count(&ui::scenarios::ASKED, rule.scenarios.into());
    #[cfg(not(target_arch = "wasm32"))]
    let ahead = Some(view! { <super::ahead::CasesAhead /> });
    #[cfg(target_arch = "wasm32")]
    let ahead = None::<()>;
    view! {
        <div class="view scenarios-view">
            <div class="view-head">
                <h1>{ui::scenarios::SCENARIOS}</h1>
                <p class="lede">
                    {ui::scenarios::THREE_CASES_IN_WHICH_YOU}
                    // what counts needs progress, which needs scripts
                    <span class="progress-said">{asked}</span>
                </p>
            </div>
            <ul class="case-list" role="list">
                {SCENARIOS.iter().map(|sc| view! { <CaseItem sc=sc /> }).collect_view()}
            </ul>
            {ahead}
        </div>
    }
}

#[component]
fn CaseItem(sc: &'static Scenario) -> impl IntoView {
    let state = use_app();
    let learner = use_learner();
    // walked: a path saved before the case changed is cut to what it has
    // (saved progress is read as written; `Progress::decode`)
    let saved = move || {
        learner
            .progress
            .with(|p| (walk(sc, p.path(sc.id)), p.finished.contains(&sc.id)))
    };
    let status = move || {
        let (w, done) = saved();
        match (w.at, done) {
            (At::End(e), _) => i18n::fill(ui::scenarios::PLAYED_ENDING, &[("title", e.title)]),
            (_, true) if w.path.is_empty() => ui::scenarios::PLAYED.to_string(),
            (At::Step(_), _) if w.path.is_empty() => ui::scenarios::NOT_STARTED.to_string(),
            (At::Step(_), _) => i18n::fill(
                ui::scenarios::IN_PROGRESS,
                &[(
                    "decisions",
                    &i18n::count(&ui::count::DECISIONS, w.taken.len()),
                )],
            ),
        }
    };
    let href = move |path: String| {
        state.route.with(|r| {
            let mut to: Route = r.to_view(View::Scenarios);
            to.case = Some(sc.id);
            to.path = path;
            to.format()
        })
    };
    let action = move || {
        let (w, done) = saved();
        let finished_path = w.finished();
        let path = w.path;
        if path.is_empty() {
            let word = if done {
                ui::scenarios::PLAY_AGAIN
            } else {
                ui::scenarios::START_CASE
            };
            view! { <a class="btn btn-primary" href=href(String::new())>{word}</a> }.into_any()
        } else if finished_path {
            view! {
                <a class="btn" href=href(path)>{ui::scenarios::SEE_YOUR_ENDING}</a>
                <a class="btn btn-primary" href=href(String::new())>{ui::scenarios::PLAY_AGAIN}</a>
            }
            .into_any()
        } else {
            view! {
                <a class="btn btn-primary" href=href(path)>{ui::scenarios::RESUME}</a>
                <a class="btn" href=href(String::new())>{ui::scenarios::START_OVER}</a>
            }
            .into_any()
        }
    };
    let title_id = format!("{}-title", super::case_dom_id(sc.id));
    view! {
        <li class="case-item" id=super::case_dom_id(sc.id)>
            <p class="case-theme">{sc.theme.label()}</p>
            <h2 id=title_id>{sc.title}</h2>
            <p class="case-teaser">{sc.teaser}</p>
            <p class="case-role"><strong>{ui::scenarios::YOUR_ROLE}</strong>{sc.role}</p>
            <p class="case-status">{status}</p>
            <p class="case-actions">{action}</p>
        </li>
    }
}
