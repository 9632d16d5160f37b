//! Small pieces shared by the views: marked-up text with glossary terms,
//! links into other views, and chips.

use crate::content;
use crate::i18n::ui;
use crate::markup;
use crate::model::*;
use crate::route::View;
use crate::state::use_app;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Text with search hits (the matched words) highlighted and glossary terms
/// that explain themselves on hover or focus (Escape hides the explanation).
#[component]
pub fn Rich(
    #[prop(into)] text: String,
    #[prop(into)] hits: Signal<Vec<String>>,
    #[prop(optional)] terms: bool,
) -> impl IntoView {
    // Memoised: a keystroke that does not change this text's highlights
    // leaves its DOM alone.
    let runs = Memo::new(move |_| hits.with(|h| markup::runs(&text, h, terms)));
    move || {
        runs.get()
            .into_iter()
            .map(|r| match r.term {
                Some(t) => view! { <Term id=t text=r.text hit=r.hit /> }.into_any(),
                None if r.hit => view! { <mark>{r.text}</mark> }.into_any(),
                None => view! { <Isolated text=r.text /> }.into_any(),
            })
            .collect_view()
    }
}

/// Text with its Latin-script runs in `<bdi>` when the page reads right to
/// left (see `i18n::bidi`); plain text otherwise.
#[component]
pub fn Isolated(#[prop(into)] text: String) -> impl IntoView {
    if !crate::i18n::RTL {
        return text.into_any();
    }
    crate::i18n::bidi::segments(&text, true)
        .into_iter()
        .map(|(s, iso)| {
            let s = s.to_string();
            if iso {
                view! { <bdi>{s}</bdi> }.into_any()
            } else {
                s.into_any()
            }
        })
        .collect_view()
        .into_any()
}

#[component]
fn Term(id: TermId, text: String, hit: bool) -> impl IntoView {
    let t = content::term(id);
    let (hidden, set_hidden) = signal(false);
    let tip_id = format!("tip-{}-{}", id.slug(), next_uid());
    let described_by = tip_id.clone();
    view! {
        <span
            class="term"
            class:dismissed=hidden
            tabindex="0"
            aria-describedby=described_by
            on:keydown=move |ev| {
                // first Escape hides the explanation; a second one reaches
                // the panel (e.g. closes the card)
                if ev.key() == "Escape" && !hidden.get_untracked() {
                    ev.stop_propagation();
                    set_hidden.set(true);
                }
            }
            on:blur=move |_| set_hidden.set(false)
            on:mouseleave=move |_| set_hidden.set(false)
        >
            {if hit { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() }}
            <span class="term-tip" role="tooltip" id=tip_id>
                <strong>{t.term}</strong>
                ": "
                {t.definition}
            </span>
        </span>
    }
}

fn next_uid() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

/// A link to a card in the Cards view, keeping shared filters.
#[component]
pub fn CardLink(id: CardId) -> impl IntoView {
    let state = use_app();
    let href = move || {
        state.route.with(|r| {
            let mut to = r.to_view(View::Cards);
            to.card = Some(id);
            to.format()
        })
    };
    view! { <a href=href>{content::card(id).title}</a> }
}

/// A link to an event on the Timeline.
#[component]
pub fn EventLink(id: EventId) -> impl IntoView {
    let state = use_app();
    let e = content::event(id);
    let href = move || {
        state.route.with(|r| {
            let mut to = r.to_view(View::Timeline);
            to.event = Some(id);
            to.format()
        })
    };
    view! {
        <a href=href>
            <time datetime=e.date.iso()>{e.date.human()}</time>
            " — "
            {e.title}
        </a>
    }
}

/// What a list of references points at.
#[derive(Clone, Copy)]
pub enum Cite {
    Card(CardId),
    Event(EventId),
    Node(NodeId),
}

/// A label and its links, kept apart by a dot written as text (it prints
/// and copies): with a space alone, and no underline on paper, two titles
/// read as one. The dot is held to the link before it (a no-break space),
/// so a wrapped line never starts with it. The scenarios, the self-check
/// and the lesson plan share it.
#[component]
pub fn Cites(label: &'static str, cites: Vec<Cite>) -> impl IntoView {
    let links = cites.into_iter().enumerate().map(|(i, c)| {
        let link = match c {
            Cite::Card(id) => view! { <CardLink id /> }.into_any(),
            Cite::Event(id) => view! { <EventLink id /> }.into_any(),
            Cite::Node(node) => view! { <NodeLink node /> }.into_any(),
        };
        view! { {(i > 0).then(|| view! { <span class="cite-sep">"\u{a0}· "</span> })}{link} }
    });
    view! { <span class="cites-label">{label}</span>{links.collect_view()} }
}

/// A link to a node of the Map.
#[component]
pub fn NodeLink(node: NodeId) -> impl IntoView {
    let state = use_app();
    let href = move || {
        state.route.with(|r| {
            let mut to = r.to_view(View::Map);
            to.node = Some(node);
            to.format()
        })
    };
    view! { <a href=href>{content::node_name(node)}</a> }
}

/// Focus the element a selector finds, if any (after a re-render, say);
/// while the app is still built hidden, once it is on screen.
pub fn focus_selector(sel: &str) {
    let sel = sel.to_string();
    crate::stage::when_shown(move || {
        if let Ok(Some(el)) = document().query_selector(&sel) {
            // SVG elements have focus() too; web-sys calls it structurally.
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// Zoom on ctrl/⌘ + wheel over an element; a plain wheel keeps scrolling the
/// page. Needs a non-passive listener, which Leptos's delegated handlers are
/// not. The listener lives as long as the calling component.
pub fn on_ctrl_wheel<E>(target: NodeRef<E>, zoom: impl Fn(&web_sys::WheelEvent) + Clone + 'static)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let listener = StoredValue::new_local(None::<gloo::events::EventListener>);
    Effect::new(move |_| {
        let Some(el) = target.get() else { return };
        let el: web_sys::EventTarget = el.unchecked_into();
        let zoom = zoom.clone();
        let opts = gloo::events::EventListenerOptions::enable_prevent_default();
        let l = gloo::events::EventListener::new_with_options(&el, "wheel", opts, move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::WheelEvent>() else {
                return;
            };
            if ev.ctrl_key() || ev.meta_key() {
                ev.prevent_default();
                zoom(ev);
            }
        });
        listener.set_value(Some(l));
    });
}

/// The choice between a view's picture and its text alternative (`list=1`
/// in the URL), a history entry each.
#[component]
pub fn DisplayToggle(picture: &'static str, list: &'static str) -> impl IntoView {
    let state = use_app();
    let listing = Memo::new(move |_| state.route.with(|r| r.list));
    view! {
        <div class="tl-mode" role="group" aria-label=ui::widgets::DISPLAY>
            <button type="button" class="btn" aria-pressed=move || (!listing.get()).to_string() on:click=move |_| state.update(true, |r| r.list = false)>
                {picture}
            </button>
            <button type="button" class="btn" aria-pressed=move || listing.get().to_string() on:click=move |_| state.update(true, |r| r.list = true)>
                {list}
            </button>
        </div>
    }
}

/// The button that opens a view's collapsed filter panel; it says how many
/// filters are active, so a collapsed panel hides nothing silently.
#[component]
pub fn FiltersToggle(open: RwSignal<bool>, controls: &'static str) -> impl IntoView {
    let route = use_app().route;
    let active = Memo::new(move |_| route.with(|r| r.active_filters()));
    let any = Memo::new(move |_| active.get() > 0);
    view! {
        <button
            type="button"
            class="btn filters-toggle"
            class:active=any
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {ui::widgets::FILTERS}
            {move || match active.get() {
                0 => String::new(),
                n => format!(" ({n})"),
            }}
        </button>
    }
}

/// Where a record comes from, as a small labelled tag.
#[component]
pub fn ProvenanceTag(p: Provenance) -> impl IntoView {
    view! { <span class=format!("prov prov-{}", p.slug())>{p.label()}</span> }
}

/// The essay sections a record restates and the primary references of what
/// it adds, under its provenance tag.
#[component]
pub fn SourceNote(
    p: Provenance,
    sections: &'static [SectionId],
    references: Vec<&'static str>,
) -> impl IntoView {
    view! {
        <div class="provenance">
            <p><ProvenanceTag p=p /></p>
            {(!sections.is_empty()).then(|| view! {
                <p class="prov-head">{ui::widgets::IN_THE_ESSAYS}</p>
                <ul class="sources">
                    {sections.iter().map(|&s| view! { <li><SectionLabel s /></li> }).collect_view()}
                </ul>
            })}
            {(!references.is_empty()).then(|| view! {
                <p class="prov-head">{if sections.is_empty() { ui::widgets::FROM_RECORD } else { ui::widgets::ADDED_FROM_RECORD }}</p>
                <ul class="sources refs">
                    {references.iter().map(|&r| view! { <li><bdi lang=crate::i18n::REF_LANG>{r}</bdi></li> }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// "Essay title, “Section heading”". The heading, kept in English as
/// cited, is isolated from the page's direction: in Arabic its quotes and
/// words were reordered ("Financing“ … ”Networks").
#[component]
pub fn SectionLabel(s: SectionId) -> impl IntoView {
    let (title, heading) = section_parts(s);
    view! { {title}", "<bdi lang=crate::i18n::REF_LANG>{heading}</bdi> }
}

/// A section's essay title and its heading in quotes, the two parts of
/// `SectionLabel` (the cards' printed sources write them as one string).
pub fn section_parts(s: SectionId) -> (&'static str, String) {
    let sec = content::section(s);
    (
        content::source(sec.source).title,
        format!("“{}”", sec.heading),
    )
}
