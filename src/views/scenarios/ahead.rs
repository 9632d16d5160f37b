//! The cases played without scripts. Each point a walk can reach is a part
//! of the page whose id is the app's own link to it
//! (`#/scenarios?case=…&path=ab`), and each choice is a plain link to the
//! part it leads to; CSS shows only the part a link names
//! (`style/ahead.css`). So a deep link into a case opens the same point
//! with scripts or without. Drawn ahead of time only: the app plays cases
//! itself, and the wasm carries none of this.

use super::play::{EndingText, TakenItem};
use crate::content::scenarios::SCENARIOS;
use crate::i18n::{self, ui};
use crate::model::*;
use crate::route::{Route, View};
use crate::scenario::{letter, walk, At};
use crate::views::widgets::{Cite, Cites};
use leptos::prelude::*;

/// The app's link to `path` in case `sc`: each point's id, and the links
/// that lead there.
pub fn href(sc: &Scenario, path: &str) -> String {
    let mut r = Route::new(View::Scenarios);
    r.case = Some(sc.id);
    r.path = path.to_string();
    r.format()
}

/// Every path a walk follows whole, the brief's (empty) first, then by
/// length: one part each. A step reached by two paths is drawn in both,
/// each with its own way back.
pub fn paths(sc: &'static Scenario) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut k = 0;
    while k < out.len() {
        let p = out[k].clone();
        if let At::Step(step) = walk(sc, &p).at {
            out.extend((0..step.choices.len()).map(|i| format!("{p}{}", letter(i))));
        }
        k += 1;
    }
    out
}

#[component]
pub fn CasesAhead() -> impl IntoView {
    SCENARIOS
        .iter()
        .flat_map(|sc| paths(sc).into_iter().map(move |path| (sc, path)))
        .map(|(sc, path)| view! { <CasePart sc path /> })
        .collect_view()
}

/// One point of a case: the brief or the decision just taken, then the
/// next decision's choices as links, or the ending.
#[component]
fn CasePart(sc: &'static Scenario, path: String) -> impl IntoView {
    let w = walk(sc, &path);
    let n = w.taken.len();
    let list = Route::new(View::Scenarios).format();
    let opening = (n == 0).then(|| {
        view! {
            <p class="case-role"><strong>{ui::scenarios::YOUR_ROLE}</strong>{sc.role}</p>
            <p>{sc.setting}</p>
            <p class="case-read">
                <Cites label=ui::scenarios::BACKGROUND cites=sc.cards.iter().map(|&c| Cite::Card(c)).collect() />
            </p>
        }
    });
    let last = w.taken.last().map(|t| {
        view! { <ol class="case-trail"><TakenItem t=*t k=n - 1 last=false /></ol> }
    });
    let next = match w.at {
        At::Step(step) => view! {
            <section class="case-now">
                <h2 class="case-step-title">{i18n::fill(ui::scenarios::DECISION_N, &[("n", &(n + 1).to_string())])}</h2>
                <p class="case-situation">{step.situation}</p>
                <p class="case-question">{step.question}</p>
                <ul class="case-choices">
                    {step.choices.iter().enumerate().map(|(i, c)| view! {
                        <li><a href=href(sc, &format!("{path}{}", letter(i)))>{c.label}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any(),
        At::End(end) => view! {
            <section class="case-ending">
                <h2>{i18n::fill(ui::scenarios::ENDING, &[("title", end.title)])}</h2>
                <EndingText sc=sc end=end />
                <p class="case-controls">
                    <a href=href(sc, "")>{ui::scenarios::PLAY_AGAIN}</a>
                    <a href=list.clone()>{ui::scenarios::CHOOSE_ANOTHER_CASE}</a>
                </p>
            </section>
        }
        .into_any(),
    };
    let back = (n > 0).then(|| {
        view! {
            <p class="case-controls">
                <a href=href(sc, &path[..path.len() - 1])>
                    <span aria-hidden="true">"↶ "</span>{ui::scenarios::BACK_ONE_DECISION}
                </a>
            </p>
        }
    });
    view! {
        <article class="case-part case-view" id=href(sc, &path).trim_start_matches('#').to_string()>
            <p class="case-back"><a href=list>{ui::scenarios::ALL_SCENARIOS}</a></p>
            <h2>{sc.title}</h2>
            {opening}
            {last}
            {next}
            {back}
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_point_of_every_case_is_one_part_and_each_choice_leads_to_one() {
        for sc in SCENARIOS.iter() {
            let ps = paths(sc);
            let mut seen = std::collections::BTreeSet::new();
            for p in &ps {
                let w = walk(sc, p);
                assert!(!w.cut, "{}: {p} is walked whole", sc.title);
                assert!(seen.insert(p.clone()), "{p} once");
                if let At::Step(step) = w.at {
                    for i in 0..step.choices.len() {
                        assert!(ps.contains(&format!("{p}{}", letter(i))));
                    }
                }
            }
            // every ending is reached by some path
            for e in sc.endings {
                assert!(
                    ps.iter().any(|p| walk(sc, p).at == At::End(e)),
                    "{}",
                    e.title
                );
            }
        }
    }
}
