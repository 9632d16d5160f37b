//! The cases to choose from, each with where the learner left it.

use crate::content::scenarios::SCENARIOS;
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
    let asked = move || match rule.scenarios {
        0 => "Playing them is up to you.".to_string(),
        1 => "To complete the course, play at least one case to its end.".to_string(),
        n => format!("To complete the course, play at least {n} cases to their end."),
    };
    view! {
        <div class="view scenarios-view">
            <div class="view-head">
                <h1>"Scenarios"</h1>
                <p class="lede">
                    "Three cases in which you decide what to do. Each choice leads somewhere different, and each consequence cites the cards, events and instruments behind it. More than one path can be defended: the debrief at the end says why. "
                    {asked}
                </p>
            </div>
            <ul class="case-list" role="list">
                {SCENARIOS.iter().map(|sc| view! { <CaseItem sc=sc /> }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn CaseItem(sc: &'static Scenario) -> impl IntoView {
    let state = use_app();
    let learner = use_learner();
    let saved = move || {
        learner
            .progress
            .with(|p| (p.path(sc.id).to_string(), p.finished.contains(&sc.id)))
    };
    let status = move || {
        let (path, done) = saved();
        let w = walk(sc, &path);
        match (w.at, done) {
            (At::End(e), _) => format!("Played to an end: “{}”", e.title),
            (_, true) if path.is_empty() => "Played to an end".to_string(),
            (At::Step(_), _) if path.is_empty() => "Not started".to_string(),
            (At::Step(_), _) => format!("In progress: {} decisions taken", w.taken.len()),
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
        let (path, done) = saved();
        let finished_path = walk(sc, &path).finished();
        if path.is_empty() {
            let word = if done { "Play again" } else { "Start the case" };
            view! { <a class="btn btn-primary" href=href(String::new())>{word}</a> }.into_any()
        } else if finished_path {
            view! {
                <a class="btn" href=href(path)>"See your ending"</a>
                <a class="btn btn-primary" href=href(String::new())>"Play again"</a>
            }
            .into_any()
        } else {
            view! {
                <a class="btn btn-primary" href=href(path)>"Resume"</a>
                <a class="btn" href=href(String::new())>"Start over"</a>
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
            <p class="case-role"><strong>"Your role: "</strong>{sc.role}</p>
            <p class="case-status">{status}</p>
            <p class="case-actions">{action}</p>
        </li>
    }
}
