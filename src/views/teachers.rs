//! For teachers: the lesson plan, and the worksheet with its answer key
//! generated from the self-check questions, each printable on its own.

use crate::content::teaching::LESSON;
use crate::route::Route;
use crate::views::widgets::CardLink;
use crate::worksheet::{items, Item, Sheet};
use leptos::prelude::*;

/// Prints one part of the pack: `html[data-print]` tells the print styles
/// which, and is removed once the dialog closes.
fn print_part(part: &'static str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(w) = web_sys::window() else { return };
        let Some(html) = w.document().and_then(|d| d.document_element()) else {
            return;
        };
        let _ = html.set_attribute("data-print", part);
        let _ = w.print();
        let _ = html.remove_attribute("data-print");
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = part;
}

#[component]
pub fn Teachers() -> impl IntoView {
    let sheet = items();
    let key = sheet.clone();
    view! {
        <div class="view teachers-view">
            <div class="view-head">
                <h1>"For teachers"</h1>
                <p class="lede">"A 45-minute lesson that uses the views, discussion prompts, homework, and a worksheet with its answer key generated from the self-check. Print each part on its own (A4 or US Letter)."</p>
                <p class="print-actions no-print">
                    <button type="button" class="btn" on:click=|_| print_part("plan")>"Print lesson plan"</button>
                    " "
                    <button type="button" class="btn" on:click=|_| print_part("worksheet")>"Print worksheet"</button>
                    " "
                    <button type="button" class="btn" on:click=|_| print_part("key")>"Print answer key"</button>
                </p>
            </div>
            <LessonPlan />
            <section class="worksheet" aria-labelledby="ws-title">
                <h2 id="ws-title">"Worksheet"</h2>
                <p class="ws-name">"Name: ____________________   Date: ____________"</p>
                <p>"Circle one letter for each multiple-choice question. For the others, number the events in date order, 1 for the earliest."</p>
                <ol class="ws-items">
                    {sheet.into_iter().map(|it| view! { <WorksheetItem it=it /> }).collect_view()}
                </ol>
            </section>
            <section class="answer-key" aria-labelledby="key-title">
                <h2 id="key-title">"Answer key"</h2>
                <ol class="key-items">
                    {key.into_iter().map(|it| view! { <KeyItem it=it /> }).collect_view()}
                </ol>
            </section>
        </div>
    }
}

#[component]
fn LessonPlan() -> impl IntoView {
    view! {
        <section class="lesson-plan" aria-labelledby="plan-title">
            <h2 id="plan-title">"Lesson plan (45 minutes)"</h2>
            <h3>"Objectives"</h3>
            <p>"By the end, students can:"</p>
            <ul>{LESSON.objectives.iter().map(|o| view! { <li>{*o}</li> }).collect_view()}</ul>
            <h3>"Sequence"</h3>
            <ol class="plan-steps">
                {LESSON.steps.iter().map(|s| {
                    let href = Route::parse(s.fragment).route.format();
                    view! {
                        <li class="plan-step">
                            <p class="plan-step-head">
                                <span class="minutes">{format!("{} min", s.minutes)}</span>" "
                                <a href=href>{s.title}</a>
                            </p>
                            <p>{s.activity}</p>
                            <p class="ref">"Cards: "{s.cards.iter().map(|&c| view! { <CardLink id=c />" " }).collect_view()}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <h3>"Discussion prompts"</h3>
            <ul class="plan-prompts">
                {LESSON.prompts.iter().map(|p| view! {
                    <li>
                        <strong>{p.theme.label()}": "</strong>{p.question}
                        <span class="ref">" Cards: "{p.cards.iter().map(|&c| view! { <CardLink id=c />" " }).collect_view()}</span>
                    </li>
                }).collect_view()}
            </ul>
            <h3>"Homework and essay tasks"</h3>
            <ol class="plan-homework">
                {LESSON.homework.iter().map(|h| view! {
                    <li>
                        <p>{h.task}</p>
                        <p>"A good answer covers:"</p>
                        <ul>{h.good_answer.iter().map(|g| view! { <li>{*g}</li> }).collect_view()}</ul>
                        <p class="ref">"Cards: "{h.cards.iter().map(|&c| view! { <CardLink id=c />" " }).collect_view()}</p>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn WorksheetItem(it: Item) -> impl IntoView {
    view! {
        <li class="ws-item" value=it.number.to_string()>
            <p class="ws-prompt">{it.prompt}</p>
            {match it.sheet {
                Sheet::Choice(opts) => view! {
                    <ul class="ws-options">
                        {opts.into_iter().map(|(l, o)| view! { <li><span class="ws-letter">{format!("{l}.")}</span>" "{o}</li> }).collect_view()}
                    </ul>
                }.into_any(),
                Sheet::Order(shown) => view! {
                    <ul class="ws-order">
                        {shown.into_iter().map(|t| view! { <li><span class="ws-blank">"____"</span>" "{t}</li> }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </li>
    }
}

#[component]
fn KeyItem(it: Item) -> impl IntoView {
    view! {
        <li class="key-item" value=it.number.to_string()>
            <p class="key-answer"><strong>{it.answer.join("; ")}</strong></p>
            <p>{it.feedback}</p>
        </li>
    }
}
