//! One case being played: the brief, the decisions taken so far with their
//! consequences, then the next decision or the ending and its debrief. The
//! path of choices is in the URL; each decision is saved to the learner's
//! progress and reported to an LMS.

use super::cites::ChoiceCites;
use crate::i18n::{self, ui};
use crate::interactions::{Attempt, Item, Judged, Response};
use crate::model::*;
use crate::platform;
use crate::route::View;
use crate::scenario::{letter, scenario, walk, At, Taken};
use crate::state::use_app;
use crate::views::learn::use_learner;
use crate::views::widgets::{focus_selector, Cite, Cites};
use leptos::prelude::*;

/// Marks and words for a verdict; the colour is only a third cue.
fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Sound => "verdict-tag sound",
        Verdict::Arguable => "verdict-tag arguable",
        Verdict::Unsound => "verdict-tag unsound",
    }
}
fn verdict_mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Sound => "✓",
        Verdict::Arguable => "≈",
        Verdict::Unsound => "✗",
    }
}

#[component]
pub fn CasePlay(id: ScenarioId) -> impl IntoView {
    let sc = scenario(id);
    let state = use_app();
    let learner = use_learner();
    let walked = Memo::new(move |_| state.route.with(|r| walk(sc, &r.path)));
    // A link's path past the case's end, or naming no choice (an older or
    // edited link), is cut to what the case has, and the learner told;
    // the URL is the state, so it is put right in place.
    Effect::new(move |_| {
        let w = walked.get();
        if w.cut {
            let was = state.route.with_untracked(|r| r.path.clone());
            state.correct(crate::route::path_cut(&was), |r| r.path = w.path);
        }
    });
    // when the current decision was put in front of the learner
    let shown = StoredValue::new(platform::now_ms());

    let go_to = move |path: String, focus: &'static str| {
        learner.progress.update(|p| p.play(id, &path));
        state.update(true, |r| r.path = path);
        shown.set_value(platform::now_ms());
        request_animation_frame(move || focus_selector(focus));
    };
    let decide = move |step: &'static Step, k: usize| {
        let path = format!("{}{}", walked.get_untracked().path, letter(k));
        learner.decide(
            Attempt {
                item: Item::Decision {
                    case: id,
                    step: step.key,
                },
                response: Response::Choice(k),
                result: Judged::of_verdict(step.choices[k].verdict),
                at: platform::utc_now(),
                latency_s: ((platform::now_ms() - shown.get_value()) / 1000.0).max(0.0),
            },
            id,
            &path,
        );
        state.update(true, |r| r.path = path);
        shown.set_value(platform::now_ms());
        request_animation_frame(|| focus_selector("#case-latest"));
    };
    let back = move |_| {
        let mut path = walked.get_untracked().path;
        path.pop();
        let focus = if path.is_empty() {
            "#case-title"
        } else {
            "#case-latest"
        };
        go_to(path, focus);
    };
    let restart = move |_| go_to(String::new(), "#case-title");
    let list_href = move || state.route.with(|r| r.to_view(View::Scenarios).format());

    view! {
        <div class="view case-view">
            <p class="case-back no-print"><a href=list_href>{ui::scenarios::ALL_SCENARIOS}</a></p>
            <div class="view-head">
                <h1 id="case-title" tabindex="-1">{sc.title}</h1>
            </div>
            <section class="case-brief" aria-label=ui::scenarios::THE_SITUATION>
                <p class="case-role"><strong>{ui::scenarios::YOUR_ROLE}</strong>{sc.role}</p>
                <p>{sc.setting}</p>
                <p class="case-read">
                    <Cites label=ui::scenarios::BACKGROUND cites=sc.cards.iter().map(|&c| Cite::Card(c)).collect() />
                </p>
            </section>
            // keyed by the path: each decision draws a fresh form (a plain
            // closure would patch the old one in place, keeping its state)
            <For each=move || std::iter::once(walked.get()) key=|w| w.path.clone() let:w>
                {
                    let n = w.taken.len();
                    view! {
                        <ol class="case-trail" aria-label=ui::scenarios::YOUR_DECISIONS_SO_FAR>
                            {w.taken.iter().enumerate().map(|(k, t)| view! { <TakenItem t=*t k=k last=k + 1 == n /> }).collect_view()}
                        </ol>
                        {match w.at {
                            At::Step(step) => view! { <DecisionForm step=step k=n decide=decide /> }.into_any(),
                            At::End(end) => view! { <EndingView sc=sc end=end /> }.into_any(),
                        }}
                        <p class="case-controls no-print">
                            {(n > 0).then(|| view! {
                                <button type="button" class="btn" on:click=back>
                                    <span aria-hidden="true">"↶ "</span>{ui::scenarios::BACK_ONE_DECISION}
                                </button>
                            })}
                            {(n > 0).then(|| view! { <button type="button" class="btn-quiet" on:click=restart>{ui::scenarios::START_OVER}</button> })}
                        </p>
                    }
                }
            </For>
        </div>
    }
}

/// A decision already taken: what was asked, the choice and what followed.
#[component]
pub(super) fn TakenItem(t: Taken, k: usize, last: bool) -> impl IntoView {
    let c = t.chosen();
    view! {
        <li class="case-decision" id=last.then_some("case-latest") tabindex=last.then_some("-1")>
            <h2 class="case-step-title">{i18n::fill(ui::scenarios::DECISION_N, &[("n", &(k + 1).to_string())])}</h2>
            <p class="case-situation">{t.step.situation}</p>
            <p class="case-question">{t.step.question}</p>
            <p class="case-chosen"><span class="case-chosen-label">{ui::scenarios::YOU_CHOSE}</span>{c.label}</p>
            <p class=verdict_class(c.verdict)>
                <span aria-hidden="true">{verdict_mark(c.verdict)}" "</span>
                {c.verdict.label()}
            </p>
            <p class="case-consequence">{c.consequence}</p>
            <ChoiceCites choice=c />
        </li>
    }
}

/// The next decision: the situation, the options, and a button to commit.
#[component]
fn DecisionForm(
    step: &'static Step,
    k: usize,
    decide: impl Fn(&'static Step, usize) + Copy + 'static,
) -> impl IntoView {
    let (picked, set_picked) = signal(None::<usize>);
    let name = format!("case-{}", step.key);
    view! {
        <section class="case-now" aria-labelledby="case-now-title">
            <h2 id="case-now-title" class="case-step-title">{i18n::fill(ui::scenarios::DECISION_N, &[("n", &(k + 1).to_string())])}</h2>
            <p class="case-situation">{step.situation}</p>
            <fieldset class="case-options">
                <legend>{step.question}</legend>
                {step
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let id = format!("{name}-{}", letter(i));
                        view! {
                            <div class="option">
                                <input type="radio" id=id.clone() name=name.clone() on:change=move |_| set_picked.set(Some(i)) />
                                <label for=id>{c.label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
                <button
                    type="button"
                    class="btn btn-primary"
                    disabled=move || picked.get().is_none()
                    on:click=move |_| {
                        if let Some(i) = picked.get_untracked() {
                            decide(step, i);
                        }
                    }
                >
                    {ui::scenarios::DECIDE}
                </button>
            </fieldset>
        </section>
    }
}

/// What an ending says: what followed, the debrief, the other endings.
/// The same words in the app and on the page drawn ahead of time.
#[component]
pub(super) fn EndingText(sc: &'static Scenario, end: &'static Ending) -> impl IntoView {
    let others = sc
        .endings
        .iter()
        .filter(|e| e.key != end.key)
        .map(|e| e.title);
    view! {
        <p>{end.text}</p>
        <h3>{ui::scenarios::DEBRIEF}</h3>
        <p>{sc.debrief}</p>
        <p class="case-other-ends">
            {ui::scenarios::OTHER_ENDINGS_OF_THIS_CASE}
            {others.collect::<Vec<_>>().join(" · ")}
        </p>
    }
}

/// Where this path ended, and why other paths can be defended too.
#[component]
fn EndingView(sc: &'static Scenario, end: &'static Ending) -> impl IntoView {
    let state = use_app();
    let list_href = move || state.route.with(|r| r.to_view(View::Scenarios).format());
    view! {
        <section class="case-ending" aria-labelledby="case-end-title">
            <h2 id="case-end-title">{i18n::fill(ui::scenarios::ENDING, &[("title", end.title)])}</h2>
            <EndingText sc=sc end=end />
            <p class="case-done no-print">
                {ui::scenarios::THIS_CASE_NOW_COUNTS_AS}
                <a href=list_href>{ui::scenarios::CHOOSE_ANOTHER_CASE}</a>
            </p>
        </section>
    }
}
