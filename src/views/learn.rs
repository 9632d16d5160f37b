//! The learning activity: guided tour bar, progress badge, and the
//! Self-check view with questions, feedback and the progress summary.

use crate::completion::{and_list, Completion};
use crate::content::{self, questions::QUESTIONS, tour::TOUR};
use crate::i18n::{self, ui};
use crate::interactions::{Attempt, Item, Judged, Response};
use crate::lms::Lms;
use crate::model::*;
use crate::platform;
use crate::progress::Progress;
use crate::route::{Route, View};
use crate::state::use_app;
use crate::storage;
use crate::views::widgets::{focus_selector, Cite, Cites};
use leptos::prelude::*;

const PROGRESS_KEY: &str = "ct-explainer.progress";

/// Progress shared by every view, saved to the LMS (when there is one) and
/// to storage (when it works), in memory otherwise.
#[derive(Clone, Copy)]
pub struct Learner {
    pub progress: RwSignal<Progress>,
    /// Whether progress outlives the page (LMS or working storage).
    pub kept: bool,
    pub in_lms: bool,
    /// Answers not yet written to the LMS as interactions (kept in memory
    /// until the LMS accepts them).
    pub pending: StoredValue<Vec<Attempt>>,
    /// Whether the LMS refused the last report.
    pub lms_refused: RwSignal<bool>,
    /// What counts as complete, as the teacher set it.
    pub rule: Completion,
}

impl Learner {
    /// Records an answer: the progress, and the attempt for the LMS.
    pub fn answer(&self, a: Attempt) {
        let (item, right) = (a.item, a.result == Judged::Correct);
        if self.in_lms {
            self.pending.update_value(|p| p.push(a));
        }
        if let Item::Question(q) = item {
            self.progress.update(|p| p.answer(q, right));
        }
    }

    /// Records a decision in a case: the attempt for the LMS, and where the
    /// case now stands.
    pub fn decide(&self, a: Attempt, case: ScenarioId, path: &str) {
        if self.in_lms {
            self.pending.update_value(|p| p.push(a));
        }
        self.progress.update(|p| p.play(case, path));
    }
}

pub fn use_learner() -> Learner {
    use_context::<Learner>().expect("Learner is provided by App")
}

/// Find the LMS, restore progress, and keep saving it. Called once by App.
pub fn provide_learner() -> Learner {
    let lms = Lms::find().filter(|l| l.initialize());
    let from_lms = lms
        .as_ref()
        .and_then(|l| Progress::decode(&l.get("cmi.suspend_data")));
    let mirror = from_lms.is_some();
    let initial = from_lms
        .or_else(|| storage::get(PROGRESS_KEY).and_then(|s| Progress::decode(&s)))
        .unwrap_or_default();
    let in_lms = lms.is_some();
    // The teacher's completion setting: the package's launch data in an
    // LMS, else the page's query string, else the default.
    let launch = lms
        .as_ref()
        .map(|l| l.get("cmi.launch_data"))
        .filter(|s| Completion::mentioned_in(s))
        .or_else(|| Some(platform::page_query()).filter(|s| Completion::mentioned_in(s)));
    let read = launch.map(|s| Completion::parse(&s)).unwrap_or_default();
    if !read.notices.is_empty() {
        if let Some(app) = use_context::<crate::state::AppState>() {
            app.notices
                .update(|n| n.extend(read.notices.iter().cloned()));
        }
    }
    let learner = Learner {
        progress: RwSignal::new(initial),
        kept: in_lms || storage::persistent(),
        in_lms,
        pending: StoredValue::new(Vec::new()),
        lms_refused: RwSignal::new(false),
        rule: read.completion,
    };
    let started = platform::now_ms();
    let lms = StoredValue::new_local(lms);
    // Saving is a side effect on the outside world, not state copying.
    // Its first run saves nothing new to this browser (what it read, or
    // nothing yet), unless the progress came from the LMS: a copy of it.
    Effect::new(move |ran: Option<()>| {
        let p = learner.progress.get();
        if ran.is_some() || mirror {
            storage::set(PROGRESS_KEY, &p.encode());
        }
        lms.with_value(|l| {
            if let Some(l) = l {
                let ok = learner
                    .pending
                    .try_update_value(|pending| l.report(&p, learner.rule, pending));
                learner.lms_refused.set(ok == Some(false));
            }
        });
    });
    if crate::platform::IN_BROWSER {
        let _ = window_event_listener_untyped("pagehide", move |_| {
            lms.with_value(|l| {
                if let Some(l) = l {
                    l.finish((platform::now_ms() - started) / 1000.0);
                }
            })
        });
    }
    provide_context(learner);
    learner
}

/// The route of a tour stop, marked as that stop.
pub fn stop_route(i: usize, embed: bool) -> Route {
    let mut r = Route::parse(TOUR[i].fragment).route;
    r.tour = Some(i);
    r.embed = embed;
    r
}

/// Header control: start or resume the tour.
#[component]
pub fn TourButton() -> impl IntoView {
    let state = use_app();
    let learner = use_learner();
    // On a stop the bar below says where the tour is; "Resume tour (stop
    // 5)" there resumed nothing, and the longer label moved the nav.
    let touring = move || state.route.with(|r| r.tour.is_some());
    let label = move || {
        let p = learner.progress.get();
        if p.tour_at > 0 && !p.tour_done() && !touring() {
            i18n::fill(
                ui::learn::RESUME_TOUR,
                &[("n", &(p.tour_at + 1).to_string())],
            )
        } else {
            ui::learn::GUIDED_TOUR.to_string()
        }
    };
    let start = move |_| {
        if state.route.with_untracked(|r| r.tour.is_some()) {
            // already on the tour: to its bar's next step
            focus_selector(".tour-bar .btn-primary");
            return;
        }
        let p = learner.progress.get_untracked();
        let at = if p.tour_done() { 0 } else { p.tour_at };
        state.go(stop_route(at, state.route.get_untracked().embed), true);
    };
    view! { <button type="button" class="btn tour-button" on:click=start>{label}</button> }
}

/// Compact progress indicator linking to the Self-check view.
#[component]
pub fn ProgressBadge() -> impl IntoView {
    let state = use_app();
    let learner = use_learner();
    let pct = move || (learner.progress.with(|p| p.measure()) * 100.0).round() as u32;
    view! {
        <a class="progress-badge" href=move || state.route.with(|r| r.to_view(View::Quiz).format())>
            <span class="progress-track" aria-hidden="true">
                <span class="progress-fill" style:width=move || format!("{}%", pct())></span>
            </span>
            <span class="progress-word">{ui::learn::PROGRESS}</span>
            {move || format!("{}%", pct())}
        </a>
    }
}

/// Shown while a tour stop is open: what to notice, back and next.
#[component]
pub fn TourBar() -> impl IntoView {
    let state = use_app();
    let learner = use_learner();
    let stop = Memo::new(move |_| state.route.with(|r| r.tour));
    // Seeing a stop is progress.
    Effect::new(move |_| {
        if let Some(i) = stop.get() {
            learner.progress.update(|p| {
                p.see_stop(i);
            });
        }
    });
    let go = move |i: usize| state.go(stop_route(i, state.route.get_untracked().embed), true);
    let finish = move |_| {
        let mut r = state.route.get_untracked().to_view(View::Quiz);
        r.tour = None;
        state.go(r, true);
    };
    let leave = move |_| state.update(true, |r| r.tour = None);
    move || {
        let Some(i) = stop.get() else {
            return ().into_any();
        };
        let s = &TOUR[i];
        let last = i + 1 == TOUR.len();
        view! {
            <aside class="tour-bar" aria-labelledby="tour-title">
                <p class="tour-step">{i18n::fill(ui::learn::TOUR_STOP_OF, &[("n", &(i + 1).to_string()), ("total", &TOUR.len().to_string())])}</p>
                <h2 id="tour-title">{s.title}</h2>
                <p>{s.caption}</p>
                <div class="tour-actions">
                    <button type="button" class="btn" disabled=i == 0 on:click=move |_| go(i.saturating_sub(1))>
                        <span aria-hidden="true" class="arrow-back">"← "</span>{ui::learn::BACK}
                    </button>
                    {if last {
                        view! { <button type="button" class="btn btn-primary" on:click=finish>{ui::learn::FINISH_TRY_THE_SELF_CHECK}</button> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="btn btn-primary" on:click=move |_| go(i + 1)>
                                {ui::learn::NEXT}<span aria-hidden="true" class="arrow-forward">" →"</span>
                            </button>
                        }
                        .into_any()
                    }}
                    <button type="button" class="btn-quiet" on:click=leave>{ui::learn::LEAVE_THE_TOUR}</button>
                </div>
            </aside>
        }
        .into_any()
    }
}

/// A fixed, non-sorted starting order for an ordering question.
fn scrambled(events: &[EventId], seed: usize) -> Vec<EventId> {
    let mut v: Vec<EventId> = events.to_vec();
    v.reverse();
    if seed % 2 == 1 && v.len() > 2 {
        v.swap(0, 1);
    }
    v
}

#[component]
pub fn Quiz() -> impl IntoView {
    let learner = use_learner();
    let state = use_app();
    let p = learner.progress;
    let (confirm, set_confirm) = signal(false);
    let rule = learner.rule;
    let status = move || {
        p.with(|p| {
            let all = and_list(&rule.requirements());
            if p.complete(rule) {
                if all.is_empty() {
                    ui::learn::COMPLETE.to_string()
                } else {
                    i18n::fill(ui::learn::COMPLETE_ALL, &[("all", &all)])
                }
            } else {
                let mut need = Vec::new();
                if rule.tour && !p.tour_done() {
                    need.push(i18n::fill(
                        ui::learn::NEED_TOUR,
                        &[("n", &TOUR.len().to_string())],
                    ))
                }
                if !p.passed(rule) {
                    need.push(i18n::fill(
                        ui::learn::NEED_PASS,
                        &[("pass", &rule.pass.to_string())],
                    ))
                }
                let left = usize::from(rule.scenarios).saturating_sub(p.finished.len());
                if left > 0 {
                    need.push(i18n::count(&ui::learn::NEED_SCENARIOS, left));
                }
                i18n::fill(ui::learn::TO_COMPLETE, &[("list", &and_list(&need))])
            }
        })
    };
    view! {
        <div class="view quiz-view">
            <div class="view-head">
                <h1>{ui::learn::SELF_CHECK}</h1>
                <p class="lede">
                    {ui::learn::QUESTIONS_ON_EACH_THEME_WITH}
                    // the progress is the app's: without scripts it is not shown
                    <span class="progress-said">{ui::learn::PROGRESS_SHOWN_BELOW}</span>
                    {ui::learn::TEACHERS_THE_SAME_QUESTIONS}
                    <a href=move || state.route.with(|r| r.to_view(View::Teachers).format())>{ui::learn::PRINTABLE_WORKSHEET_WITH_AN_ANSWER}</a>
                    "."
                </p>
            </div>
            <section class="progress-summary" aria-labelledby="progress-title">
                <h2 id="progress-title">{ui::learn::YOUR_PROGRESS}</h2>
                <ul>
                    <li>{move || i18n::fill(ui::learn::CARDS_READ, &[("n", &p.with(|p| p.cards_read.len()).to_string()), ("total", &content::CARDS.len().to_string())])}</li>
                    <li>{move || i18n::fill(ui::learn::STOPS_SEEN, &[("n", &p.with(|p| p.stops_seen.len()).to_string()), ("total", &TOUR.len().to_string())])}</li>
                    <li>{move || i18n::fill(ui::learn::ANSWERED, &[("n", &p.with(|p| p.answers.len()).to_string()), ("total", &QuestionId::ALL.len().to_string()), ("right", &p.with(|p| p.correct()).to_string())])}</li>
                    <li>
                        {move || i18n::fill(ui::learn::CASES_PLAYED, &[("n", &p.with(|p| p.finished.len()).to_string()), ("total", &ScenarioId::ALL.len().to_string())]) + " "}
                        <a href=move || state.route.with(|r| r.to_view(View::Scenarios).format())>{ui::learn::PLAY_A_CASE}</a>
                    </li>
                </ul>
                <p class="completion" role="status">{status}</p>
                {move || learner.lms_refused.get().then(|| view! {
                    <p class="lms-notice" role="alert">
                        {ui::learn::YOUR_COURSE_LMS_DID_NOT}
                    </p>
                })}
                <p class="storage-note">
                    {if learner.in_lms {
                        {ui::learn::PROGRESS_IS_REPORTED_TO_YOUR}
                    } else if learner.kept {
                        {ui::learn::PROGRESS_IS_KEPT_IN_THIS}
                    } else {
                        {ui::learn::PROGRESS_CANNOT_BE_KEPT_HERE}
                    }}
                </p>
                {move || if confirm.get() {
                    view! {
                        <p>
                            {ui::learn::ERASE_ALL_PROGRESS}
                            <button type="button" class="btn" on:click=move |_| { p.set(Progress::default()); set_confirm.set(false); }>{ui::learn::YES_RESET}</button>
                            " "
                            <button type="button" class="btn" on:click=move |_| set_confirm.set(false)>{ui::learn::CANCEL}</button>
                        </p>
                    }.into_any()
                } else {
                    view! { <button type="button" class="btn" on:click=move |_| set_confirm.set(true)>{ui::learn::RESET_PROGRESS}</button> }.into_any()
                }}
            </section>
            {Theme::ALL
                .iter()
                .map(|&t| {
                    let qs: Vec<(usize, &'static Question)> = QUESTIONS.iter().enumerate().filter(|(_, q)| q.theme == t).collect();
                    view! {
                        <section class="quiz-theme" aria-labelledby=format!("qt-{}", t.slug())>
                            <h2 id=format!("qt-{}", t.slug())>{t.label()}</h2>
                            {qs.into_iter().map(|(i, q)| view! { <QuestionItem q=q seed=i /> }).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn QuestionItem(q: &'static Question, seed: usize) -> impl IntoView {
    let learner = use_learner();
    let (result, set_result) = signal(None::<bool>);
    let shown = platform::now_ms();
    let record = move |right: bool, response: Response| {
        set_result.set(Some(right));
        learner.answer(Attempt {
            item: Item::Question(q.id),
            response,
            result: Judged::of(right),
            at: platform::utc_now(),
            latency_s: ((platform::now_ms() - shown) / 1000.0).max(0.0),
        });
    };
    let previous = move || learner.progress.with(|p| p.answers.get(&q.id).copied());
    let qid = q.id.slug();
    let body = match &q.answer {
        Answer::Choice { options, correct } => {
            let (picked, set_picked) = signal(None::<usize>);
            let correct = *correct as usize;
            view! {
                <fieldset class="question">
                    <legend>{q.prompt}</legend>
                    {options
                        .iter()
                        .enumerate()
                        .map(|(k, o)| {
                            let id = format!("q-{qid}-{k}");
                            view! {
                                <div class="option">
                                    <input type="radio" id=id.clone() name=format!("q-{qid}") on:change=move |_| set_picked.set(Some(k)) />
                                    <label for=id>{*o}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                    <button type="button" class="btn" disabled=move || picked.get().is_none() on:click=move |_| {
                        if let Some(k) = picked.get_untracked() {
                            record(k == correct, Response::Choice(k));
                        }
                    }>
                        {ui::learn::CHECK_ANSWER}
                    </button>
                </fieldset>
            }
            .into_any()
        }
        Answer::Order { events } => {
            let (order, set_order) = signal(scrambled(events, seed));
            let right: Vec<EventId> = events.to_vec();
            let mv = move |k: usize, up: bool| {
                let n = events.len();
                let j = if up {
                    k.checked_sub(1)
                } else {
                    (k + 1 < n).then_some(k + 1)
                };
                let Some(j) = j else { return };
                set_order.update(|o| o.swap(k, j));
                // Focus follows the item moved, on the same arrow unless it
                // has reached that end: it stayed on the row, so a second
                // press moved the item back.
                let same = if up { j > 0 } else { j + 1 < n };
                let nth = if up == same { 1 } else { 2 };
                focus_selector(&format!(
                    "#q-{qid} .order-list > li:nth-child({}) > .order-move:nth-of-type({nth})",
                    j + 1
                ));
            };
            view! {
                <fieldset class="question">
                    <legend>{q.prompt}</legend>
                    <ol class="order-list">
                        {move || {
                            let o = order.get();
                            let n = o.len();
                            o.into_iter()
                                .enumerate()
                                .map(|(k, e)| {
                                    let title = content::event(e).title;
                                    view! {
                                        <li>
                                            <span class="order-num" aria-hidden="true">{format!("{}.", k + 1)}</span>
                                            <span class="order-title">{title}</span>
                                            <button type="button" class="btn order-move" disabled=k == 0 on:click=move |_| mv(k, true) aria-label=i18n::fill(ui::learn::MOVE_EARLIER, &[("title", title)])>"↑"</button>
                                            <button type="button" class="btn order-move" disabled=k + 1 == n on:click=move |_| mv(k, false) aria-label=i18n::fill(ui::learn::MOVE_LATER, &[("title", title)])>"↓"</button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ol>
                    <button type="button" class="btn" on:click=move |_| {
                        let given = order.get_untracked();
                        record(given == right, Response::Order(given));
                    }>{ui::learn::CHECK_ORDER}</button>
                </fieldset>
            }
            .into_any()
        }
    };
    #[cfg(not(target_arch = "wasm32"))]
    let ahead = Some(view! { <AnswerAhead q=q /> });
    #[cfg(target_arch = "wasm32")]
    let ahead = None::<()>;
    view! {
        <div class="question-item" id=format!("q-{qid}")>
            {body}
            {ahead}
            <div class="feedback" role="status">
                {move || result.get().or_else(previous).map(|right| view! {
                    <p class=if right { "verdict right" } else { "verdict wrong" }>
                        {if right { ui::learn::RIGHT } else { ui::learn::NOT_QUITE }}
                        {q.feedback}
                    </p>
                    <ReadMore q=q />
                })}
            </div>
        </div>
    }
}

/// The cards and events that explain a question's answer.
#[component]
fn ReadMore(q: &'static Question) -> impl IntoView {
    view! {
        <p class="read-more">
            <Cites
                label=ui::learn::READ_MORE
                cites=q.cards.iter().map(|&c| Cite::Card(c)).chain(q.events.iter().map(|&e| Cite::Event(e))).collect()
            />
        </p>
    }
}

/// Drawn ahead of time only: without scripts nothing checks an answer, so
/// the plain page has it behind a disclosure, as the paper key has it
/// (style/ahead.css shows it only then). The app checks answers instead,
/// and its wasm carries none of this.
#[cfg(not(target_arch = "wasm32"))]
#[component]
fn AnswerAhead(q: &'static Question) -> impl IntoView {
    let answer = match &q.answer {
        Answer::Choice { options, correct } => view! {
            <p>{ui::learn::ANSWER_IS}<strong>{options[*correct as usize]}</strong></p>
        }
        .into_any(),
        Answer::Order { events } => view! {
            <p>{ui::learn::IN_DATE_ORDER}</p>
            <ol>
                {events.iter().map(|&e| {
                    let e = content::event(e);
                    view! { <li><strong>{e.title}</strong>" ("<time datetime=e.date.iso()>{e.date.human()}</time>")"</li> }
                }).collect_view()}
            </ol>
        }
        .into_any(),
    };
    view! {
        <details class="answer-ahead">
            <summary>{ui::learn::SHOW_ANSWER}</summary>
            {answer}
            <p>{q.feedback}</p>
            <ReadMore q=q />
        </details>
    }
}
