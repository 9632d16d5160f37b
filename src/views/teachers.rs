//! For teachers: the lesson plan, and the worksheet with its answer key
//! generated from the self-check questions, each printable on its own.

use crate::content::{self, teaching::LESSON};
use crate::graph::{self, shared_layout};
use crate::i18n::{self, ui};
use crate::model::CardId;
use crate::route::Route;
use crate::timeline_layout::{era_of, ERAS};
use crate::views::map::drawing::title_x;
use crate::views::map::shape::{class_label, class_slug, shape, CLASSES};
use crate::views::widgets::{Cite, Cites};
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
                <h1>{ui::teachers::FOR_TEACHERS}</h1>
                // the completion settings and the print buttons need
                // scripts: said only where they are (style/ahead.css)
                <p class="lede">
                    {ui::teachers::A_45_MINUTE_LESSON_THAT}
                    <span class="progress-said">{ui::teachers::YOU_ALSO_SET_WHAT_COUNTS}</span>
                </p>
                <p class="print-actions no-print">
                    <button type="button" class="btn" on:click=|_| print_part("plan")>{ui::teachers::PRINT_LESSON_PLAN}</button>
                    " "
                    <button type="button" class="btn" on:click=|_| print_part("worksheet")>{ui::teachers::PRINT_WORKSHEET}</button>
                    " "
                    <button type="button" class="btn" on:click=|_| print_part("key")>{ui::teachers::PRINT_ANSWER_KEY}</button>
                    " "
                    <button type="button" class="btn" on:click=|_| print_part("timeline")>{ui::teachers::PRINT_TIMELINE_HANDOUT}</button>
                    " "
                    <button type="button" class="btn" on:click=|_| print_part("map")>{ui::teachers::PRINT_MAP_HANDOUT}</button>
                </p>
            </div>
            <LessonPlan />
            <crate::views::completion_settings::CompletionSettings />
            <section class="worksheet" aria-labelledby="ws-title">
                <h2 id="ws-title">{ui::teachers::WORKSHEET}</h2>
                <p class="ws-name">{name_date_fields()}</p>
                <p>{ui::teachers::CIRCLE_ONE_LETTER_FOR_EACH}</p>
                <ol class="ws-items">
                    {sheet.into_iter().map(|it| view! { <WorksheetItem it=it /> }).collect_view()}
                </ol>
            </section>
            <section class="answer-key" aria-labelledby="key-title">
                <h2 id="key-title">{ui::teachers::ANSWER_KEY}</h2>
                <ol class="key-items">
                    {key.into_iter().map(|it| view! { <KeyItem it=it /> }).collect_view()}
                </ol>
            </section>
            <TimelineHandout />
            <MapHandout />
        </div>
    }
}

#[component]
fn LessonPlan() -> impl IntoView {
    view! {
        <section class="lesson-plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{ui::teachers::LESSON_PLAN_45_MINUTES}</h2>
            <h3>{ui::teachers::OBJECTIVES}</h3>
            <p>{ui::teachers::BY_THE_END_STUDENTS_CAN}</p>
            <ul>{LESSON.objectives.iter().map(|o| view! { <li>{*o}</li> }).collect_view()}</ul>
            <h3>{ui::teachers::SEQUENCE}</h3>
            <ol class="plan-steps">
                {LESSON.steps.iter().map(|s| {
                    let href = Route::parse(s.fragment).route.format();
                    view! {
                        <li class="plan-step">
                            <p class="plan-step-head">
                                <span class="minutes">{i18n::fill(ui::teachers::MINUTES, &[("n", &s.minutes.to_string())])}</span>" "
                                <a href=href>{s.title}</a>
                            </p>
                            <p>{s.activity}</p>
                            <p class="ref">{card_refs(s.cards)}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <h3>{ui::teachers::DISCUSSION_PROMPTS}</h3>
            <ul class="plan-prompts">
                {LESSON.prompts.iter().map(|p| view! {
                    <li>
                        <strong>{p.theme.label()}": "</strong>{p.question}
                        <span class="ref">" "{card_refs(p.cards)}</span>
                    </li>
                }).collect_view()}
            </ul>
            <h3>{ui::teachers::HOMEWORK_AND_ESSAY_TASKS}</h3>
            <ol class="plan-homework">
                {LESSON.homework.iter().map(|h| view! {
                    <li>
                        <p>{h.task}</p>
                        <p>{ui::teachers::A_GOOD_ANSWER_COVERS}</p>
                        <ul>{h.good_answer.iter().map(|g| view! { <li>{*g}</li> }).collect_view()}</ul>
                        <p class="ref">{card_refs(h.cards)}</p>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// The cards a step, prompt or task rests on, after their label.
fn card_refs(cards: &'static [CardId]) -> impl IntoView {
    view! { <Cites label=ui::teachers::CARDS_LABEL cites=cards.iter().map(|&c| Cite::Card(c)).collect() /> }
}

/// What parts "Name: ____" from "Date: ____" in every catalogue's
/// `teachers.name_date` (checked by a native test below).
const NAME_DATE_GAP: &str = "   ";

/// "Name: ____" and "Date: ____", each kept whole: a narrow screen puts
/// Date under Name, never its blank on a line of its own.
fn name_date_fields() -> impl IntoView {
    ui::teachers::NAME_DATE
        .split(NAME_DATE_GAP)
        .map(|field| view! { <span>{field.trim()}</span> })
        .collect_view()
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

/// Every event on one or two pages, by era: date and title.
#[component]
fn TimelineHandout() -> impl IntoView {
    view! {
        <section class="handout timeline-handout" aria-labelledby="th-title">
            <h2 id="th-title">{ui::teachers::HANDOUT_THE_TIMELINE}</h2>
            <div class="th-eras">
                {ERAS.iter().map(|era| {
                    let events: Vec<_> = content::EVENTS
                        .iter()
                        .filter(|e| era_of(e.date.year).map(|x| x.slug) == Some(era.slug))
                        .collect();
                    view! {
                        <section class="th-era">
                            <h3>{format!("{} ({}–{})", era.label, era.from, era.to)}</h3>
                            <ul>
                                {events.into_iter().map(|e| view! {
                                    <li><time datetime=e.date.iso()>{e.date.human()}</time>" "{e.title}</li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

/// The whole map, drawn flat (no interaction), with its key; prints in
/// black and white.
#[component]
fn MapHandout() -> impl IntoView {
    let l = shared_layout();
    let pos = |n| l.pos(n).unwrap_or(graph::Point { x: 0.0, y: 0.0 });
    let n1 = |v: f64| crate::decimal::short(v, 1);
    view! {
        <section class="handout map-handout" aria-labelledby="mh-title">
            <h2 id="mh-title">{ui::teachers::HANDOUT_THE_ORGANISATION_MAP}</h2>
            <svg class="mh-svg" viewBox=format!("0 0 {} {}", n1(l.width), n1(l.height)) role="img" aria-labelledby="mh-title">
                {l.groups.iter().map(|g| view! {
                    <g class="mh-group">
                        <rect x=n1(g.x0) y=n1(g.y0) width=n1(g.x1 - g.x0) height=n1(g.y1 - g.y0) rx="10" />
                        // from the frame's right edge in Arabic, as on the map (drawing::title_x)
                        <text x=n1(title_x(g.x0, g.x1, i18n::RTL)) y=n1(g.y0 + 15.0)>{g.group.label()}</text>
                    </g>
                }).collect_view()}
                {content::RELATIONS.iter().map(|r| {
                    let (a, b) = (pos(r.from), pos(r.to));
                    view! { <line class="mh-edge" x1=n1(a.x) y1=n1(a.y) x2=n1(b.x) y2=n1(b.y) /> }
                }).collect_view()}
                {l.nodes.iter().map(|&n| {
                    let p = pos(n);
                    let (w, h) = graph::label_size(n);
                    let c = graph::class_of(n);
                    view! {
                        <g class=format!("mh-node cls-{}", class_slug(c)) transform=format!("translate({} {})", n1(p.x), n1(p.y))>
                            {shape(c, w, h)}
                            <text text-anchor="middle" dy="0.35em">{content::node_short(n)}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <ul class="mh-key">
                {CLASSES.iter().map(|&c| view! {
                    <li>
                        <svg class=format!("cls-{}", class_slug(c)) width="46" height="22" viewBox="-23 -11 46 22" aria-hidden="true">{shape(c, 44.0, 20.0)}</svg>
                        " "{class_label(c)}
                    </li>
                }).collect_view()}
            </ul>
            <p class="ref">{ui::teachers::EACH_LINE_IS_ONE_OF}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    /// The worksheet's name line is two fields `NAME_DATE_GAP` apart in
    /// every catalogue (`name_date_fields`): as one field it could not wrap,
    /// and scrolled a phone's page sideways.
    #[test]
    fn every_catalogue_has_name_and_date_apart() {
        let mut seen = 0;
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/content")).unwrap() {
            let path = entry.unwrap().path().join("ui.toml");
            if !path.exists() {
                continue;
            }
            let table: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
            let line = table["teachers"]["name_date"].as_str().unwrap();
            let fields: Vec<&str> = line.split(super::NAME_DATE_GAP).collect();
            assert_eq!(fields.len(), 2, "{}: {line:?}", path.display());
            for f in fields {
                assert!(
                    f.trim().ends_with("____"),
                    "{}: {f:?} has no blank",
                    path.display()
                );
            }
            seen += 1;
        }
        assert!(seen >= 6, "{seen} catalogues");
    }
}
