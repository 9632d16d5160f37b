//! The page drawn ahead of time. The release build runs this natively
//! (`src/bin/prerender.rs`) and writes the HTML into `dist/index.html`, so
//! every view's content is in the shipped file before any script runs.
//!
//! Each view is drawn by the app's own components, for the route that
//! opens it, inside a `<section>` whose id is that route's fragment
//! (`/timeline`): without JavaScript the view links (`#/timeline`) make
//! their section the CSS `:target`; with it, a small script in the head
//! shows the section the URL names until the app takes over (`main.rs`).

use super::{code, header::SiteHeader, theme, SiteFooter};
use crate::route::{Route, View};
use crate::state::provide_app_at;
use crate::views::cards::card_dom_id;
use crate::views::learn::provide_learner;
use crate::views::map::{node_dom_id, node_relations_id};
use crate::views::scenarios::case_dom_id;
use crate::views::timeline::{event_dom_id, event_row_id};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Id of the element holding the page drawn ahead of time; the app removes
/// it when it mounts.
pub const ROOT_ID: &str = "pre";

/// What needs JavaScript, said where it is missing.
const NO_SCRIPT: &str = crate::i18n::ui::page::TEXT_VERSION;

/// Effects are the browser's business (focus, storage, measuring): drawn
/// ahead of time, the page is what components render before any runs.
#[cfg(not(target_arch = "wasm32"))]
struct NoEffects;

#[cfg(not(target_arch = "wasm32"))]
impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Draw `f` with the shared state of `route`.
fn draw(route: Route, f: impl FnOnce() -> AnyView) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    owner.with(|| {
        provide_app_at(route);
        provide_learner();
        theme::follow_theme();
        // drawn once: reading signals untracked is the point here
        let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        f().to_html()
    })
}

/// An empty element closing each view's section. The head script holds the
/// first frame until it is parsed (`<link rel="expect" href="#pre-end-…"
/// blocking="render">`): Chromium lets the frame go as soon as the element
/// named is inserted, so naming the section itself let a half-parsed view
/// paint (the timeline's band without its axis, then shifting: 0.01–0.1 in
/// 3 of 10 loads at 4× CPU, 1280 px, 2026-12-03).
pub fn end_marker(v: View) -> String {
    format!(r#"<i id="pre-end-{}"></i>"#, v.slug())
}

/// The fragment (without `#`) that opens a view.
pub fn view_fragment(v: View) -> String {
    Route::new(v).format().trim_start_matches('#').to_string()
}

/// Views whose whole text is a plain page of its own (`about.html`) beside
/// `index.html`, which keeps a short section for each: its heading and a
/// link. A phone must get `index.html` in two round trips (under 43,800
/// bytes compressed on Lighthouse's slow 4G), and these are the longest
/// views, which a first visit seldom opens (the scenarios: every point of
/// every case, played by links). The app draws them from its data as
/// before; the single file keeps every view whole.
pub const APART: [View; 4] = [View::Scenarios, View::Quiz, View::About, View::Teachers];

/// The plain page of a view in `APART`, beside `index.html`.
pub fn apart_file(v: View) -> String {
    format!("{}.html", v.slug())
}

/// The views each drawn whole on a page of its own that runs the app
/// (`View::page`): `index.html` has the cards, `timeline.html` the
/// timeline, `map.html` the map, and each the others' heading and a link.
/// A phone then loads one of the three long views' HTML, not all three
/// (41.9 KB brotli for the lot, 2026-12-03, past the two round trips of
/// slow 4G). The short views are whole in each.
pub const HOMES: [View; 3] = [View::Cards, View::Timeline, View::Map];

/// Views of `HOMES` too long for a phone's first window (14,600 bytes on
/// Lighthouse's slow 4G, README "Content before code"): their page keeps
/// what a first screen shows, with a link to the view whole on a plain page
/// of its own (`whole_file`), which is what a reader without scripts
/// follows. The app draws them whole from its data, as before.
pub const LONG: [View; 3] = [View::Cards, View::Timeline, View::Map];

/// How many cards the start page draws: a first screen on any screen (four
/// rows of the four columns the grid has at its widest, taller than a
/// 1440 px screen), few enough that the start page fits one TCP window
/// (`scripts/sizes.mjs` prints them as served). Russian's longer words
/// leave room for fewer: still four rows of the three columns a 1280 px
/// screen has.
pub const FIRST_CARDS: usize = if matches!(crate::i18n::LANG.as_bytes(), b"ru") {
    12
} else {
    16
};

/// The plain page with a `LONG` view whole.
pub fn whole_file(v: View) -> String {
    match v {
        View::Cards => "all-cards.html".into(),
        View::Map => "all-relations.html".into(),
        _ => "all-events.html".into(),
    }
}

/// `section` (a `LONG` view, drawn whole) as its page keeps it: the cards
/// past `FIRST_CARDS`, the timeline's table of events, or the map's
/// relations in words (each shown without scripts and on paper, where the
/// app draws a picture), give way to a link to `whole_file`. Each anchor
/// of what went stays, as an empty element in that link's paragraph, so
/// that a link to it (`#/cards?card=x`) still lands on the way there;
/// returns the section and those anchors.
fn first_screen(v: View, section: &str) -> (String, Vec<String>) {
    use crate::i18n::ui::page::{
        WHOLE_CARDS, WHOLE_CARDS_LINK, WHOLE_EVENTS, WHOLE_EVENTS_LINK, WHOLE_RELATIONS,
        WHOLE_RELATIONS_LINK,
    };
    let (lead, link) = match v {
        View::Cards => (WHOLE_CARDS, WHOLE_CARDS_LINK),
        View::Map => (WHOLE_RELATIONS, WHOLE_RELATIONS_LINK),
        _ => (WHOLE_EVENTS, WHOLE_EVENTS_LINK),
    };
    let more = |cut: &str, kept: &str| {
        let kept = id_set(kept);
        let anchors: Vec<String> = inner_ids(v, cut)
            .into_iter()
            .filter(|id| !kept.contains(id))
            .map(str::to_string)
            .collect();
        let html = format!(
            r#"<p class="pre-more">{}{lead} <a href="{}">{link}</a></p>"#,
            empty_anchors(&anchors),
            whole_file(v)
        );
        (html, anchors)
    };
    let mut out = section.to_string();
    if v == View::Cards {
        const CARD: &str = "<li><article";
        const CARD_END: &str = "</article></li>";
        let from = section
            .match_indices(CARD)
            .nth(FIRST_CARDS)
            .map(|(i, _)| i)
            .expect("more cards than a first screen");
        let to = section.rfind(CARD_END).expect("the last card") + CARD_END.len();
        let grid_end = to + section[to..].find("</ul>").expect("the card grid's end") + 5;
        let (html, anchors) = more(&section[from..to], "");
        out.insert_str(grid_end, &html);
        out.replace_range(from..to, "");
        (out, anchors)
    } else {
        // what went, in place of the link: the map's groups of sentences
        // (after the list's heading and search), or the timeline's table
        let (from, to) = if v == View::Map {
            const GROUP: &str = r#"<h3 id="/map?node="#;
            let list = section
                .find(r#"class="relation-list""#)
                .expect("the relations in words");
            let from = list + section[list..].find(GROUP).expect("a group of relations");
            (
                from,
                from + section[from..].find("</section>").expect("the list's end"),
            )
        } else {
            const TABLE: &str = r#"<div class="print-only"><table class="event-table""#;
            const TABLE_END: &str = "</table></div>";
            let from = section.find(TABLE).expect("the table of events");
            let to = section[from..].find(TABLE_END).expect("the table's end");
            (from, from + to + TABLE_END.len())
        };
        let rest = format!("{}{}", &section[..from], &section[to..]);
        let (html, anchors) = more(&section[from..to], &rest);
        out.replace_range(from..to, &html);
        if v == View::Timeline {
            // without scripts the list by era is the timeline, and a list
            // of links is one Tab stop each (the app's arrows are not there)
            out = out.replace(r#" tabindex="-1" href=""#, r#" href=""#);
        }
        (out, anchors)
    }
}

/// The ids in `html` of what a link into view `v` names (`/cards?card=x`).
fn inner_ids(v: View, html: &str) -> Vec<&str> {
    let inner = format!("{}?", view_fragment(v));
    id_set(html)
        .into_iter()
        .filter(|id| id.starts_with(&inner))
        .collect()
}

/// An empty element for each id: where a link to what is drawn elsewhere
/// lands without scripts.
fn empty_anchors(ids: &[impl AsRef<str>]) -> String {
    ids.iter()
        .map(|id| format!(r#"<i id="{}"></i>"#, id.as_ref()))
        .collect()
}

/// The file of the page that has `v` drawn whole (`index.html` for the
/// start page).
pub fn page_file(v: View) -> String {
    match v.page() {
        "" => "index.html".into(),
        f => f.into(),
    }
}

/// The page drawn ahead of time, as shipped.
pub struct Pages {
    /// The bodies of the pages that run the app, one per view of `HOMES`
    /// in that order (`index.html` first): its view and the short ones
    /// whole, the other `HOMES` and those `APART` short.
    pub app: Vec<(View, String)>,
    /// The single file's body: every view whole.
    pub whole: String,
    /// Each `APART` view's plain page body.
    pub apart: Vec<(View, String)>,
    /// Each `LONG` view's plain page body, the view whole.
    pub long: Vec<(View, String)>,
}

/// The section shown without scripts when no link names one: each app
/// page's own view.
const HOME_CLASS: &str = r#"class="pre-view pre-home""#;
const VIEW_CLASS: &str = r#"class="pre-view""#;

const MAIN_OPEN: &str = r#"<main id="main" class="pre-main">"#;

/// The body's content: header, one section per view, footer.
pub fn page() -> String {
    let home = Route::new(View::Cards);
    // One header for every view: which one is current is CSS's business
    // (style/ahead.css), as the URL or the link followed says.
    let header = draw(home.clone(), || view! { <SiteHeader /> }.into_any())
        .replace(r#" aria-current="page""#, "");
    let footer = draw(home, || view! { <SiteFooter /> }.into_any());
    let mut sections = String::new();
    for v in View::ALL {
        let s = section(v, &draw(Route::new(v), || code::draw(v)));
        sections.push_str(&if v == View::default() {
            s.replacen(VIEW_CLASS, HOME_CLASS, 1)
        } else {
            s
        });
    }
    let mut page = dedupe_ids(&format!(
        r#"<div id="{ROOT_ID}" class="pre">{header}{MAIN_OPEN}<noscript><p class="pre-note">{NO_SCRIPT}</p></noscript>{sections}</main>{footer}</div>"#
    ));
    let dead = anchor_links(&mut page);
    assert!(
        dead.is_empty(),
        "links to nothing in the page drawn ahead of time: {dead:?}"
    );
    page
}

/// The whole page split as shipped: a page per view of `HOMES`, each
/// with short sections for the other `HOMES` and the views `APART`, and
/// the plain pages of those. A link to what is drawn whole in another file
/// names that file (without scripts, a click then lands on the view, not
/// on its short section); panics on a link to nothing.
pub fn pages() -> Pages {
    use crate::i18n::ui::page::{APART_LEAD, APART_LINK, OWN_PAGE};
    let whole = page();
    let parts = Parts::of(&whole);
    // (file, body, ids standing for a view drawn whole elsewhere)
    let mut files: Vec<(String, String, BTreeSet<String>)> = Vec::new();
    for home in HOMES {
        // the language menu leads to this page's view in the other bundles
        let mut body = parts.head.replace(
            r#"/#/cards" lang=""#,
            &format!(r#"/{}{}" lang=""#, home.page(), Route::new(home).format()),
        );
        let mut elsewhere = BTreeSet::new();
        for (v, s) in &parts.sections {
            if APART.contains(v) {
                body.push_str(&stub(*v, s, APART_LEAD, &apart_file(*v), APART_LINK, ""));
            } else if HOMES.contains(v) && *v != home {
                let to = format!("{}#{}", page_file(*v), view_fragment(*v));
                // Without scripts an older link (`index.html#/map?node=x`)
                // still shows this section, and its link on: each anchor
                // of the view stays, as an empty element. Only the start
                // page had every view; the others' first window is
                // precious (README, "Content before code").
                let anchors = if home == View::default() {
                    inner_ids(*v, s)
                } else {
                    Vec::new()
                };
                body.push_str(&stub(
                    *v,
                    s,
                    OWN_PAGE,
                    &to,
                    &heading(s),
                    &empty_anchors(&anchors),
                ));
                elsewhere.insert(view_fragment(*v));
                elsewhere.extend(anchors.into_iter().map(str::to_string));
            } else if *v == home && LONG.contains(v) {
                let (s, anchors) = first_screen(*v, &s.replacen(VIEW_CLASS, HOME_CLASS, 1));
                body.push_str(&s);
                elsewhere.extend(anchors);
            } else if *v == home {
                body.push_str(&s.replacen(VIEW_CLASS, HOME_CLASS, 1));
            } else {
                body.push_str(&s.replacen(HOME_CLASS, VIEW_CLASS, 1));
            }
        }
        body.push_str(parts.tail);
        files.push((page_file(home), body, elsewhere));
    }
    for v in APART {
        let (_, s) = parts.sections.iter().find(|(w, _)| *w == v).unwrap();
        files.push((apart_file(v), plain_page(v, &parts, s), BTreeSet::new()));
    }
    for v in LONG {
        let (_, s) = parts.sections.iter().find(|(w, _)| *w == v).unwrap();
        let s = s.replacen(HOME_CLASS, VIEW_CLASS, 1);
        files.push((whole_file(v), plain_page(v, &parts, &s), BTreeSet::new()));
    }
    // what each file has drawn whole, by id
    let own: Vec<BTreeSet<&str>> = files
        .iter()
        .map(|(_, html, elsewhere)| {
            let mut ids = id_set(html);
            ids.retain(|id| !elsewhere.contains(*id));
            ids
        })
        .collect();
    let mut dead = Vec::new();
    let linked: Vec<String> = files
        .iter()
        .enumerate()
        .map(|(k, (name, html, _))| {
            rewrite_attr(html, "href", |h| {
                let to = match h.strip_prefix('#') {
                    Some(f) if !own[k].contains(f) => {
                        // a view apart's plain page before its short
                        // section; a long view's page before its plain one
                        let apart = HOMES.len()..HOMES.len() + APART.len();
                        let long = apart.end..files.len();
                        let order = apart.chain(0..HOMES.len()).chain(long);
                        match order.filter(|&o| o != k).find(|&o| own[o].contains(f)) {
                            Some(o) => format!("{}{h}", files[o].0),
                            None => {
                                dead.push(format!("{name}: {h}"));
                                h.to_string()
                            }
                        }
                    }
                    _ => h.to_string(),
                };
                format!(r#" href="{to}""#)
            })
        })
        .collect();
    assert!(dead.is_empty(), "links to nothing: {dead:?}");
    let mut linked = linked.into_iter();
    Pages {
        app: HOMES.into_iter().zip(linked.by_ref()).collect(),
        whole,
        apart: APART.into_iter().zip(linked.by_ref()).collect(),
        long: LONG.into_iter().zip(linked).collect(),
    }
}

/// The whole page cut at its views.
struct Parts<'a> {
    /// up to the first view's section
    head: &'a str,
    /// the header alone
    header: &'a str,
    sections: Vec<(View, &'a str)>,
    /// from the end of the main column: the footer
    tail: &'a str,
}

impl<'a> Parts<'a> {
    fn of(page: &'a str) -> Self {
        // (the home view's section has a second class)
        const OPEN: &str = r#"<section class="pre-view"#;
        let starts: Vec<usize> = page.match_indices(OPEN).map(|(i, _)| i).collect();
        let end = page.rfind("</main>").expect("the main column");
        let main = page.find(MAIN_OPEN).expect("the main column");
        let root = format!(r#"<div id="{ROOT_ID}" class="pre">"#);
        assert_eq!(starts.len(), View::ALL.len(), "one section per view");
        let sections = View::ALL
            .iter()
            .zip(starts.iter().enumerate())
            .map(|(v, (k, &a))| (*v, &page[a..*starts.get(k + 1).unwrap_or(&end)]))
            .collect();
        Parts {
            head: &page[..starts[0]],
            header: &page[root.len()..main],
            sections,
            tail: &page[end..],
        }
    }
}

/// A view's heading, as drawn in its section.
fn heading(whole: &str) -> String {
    whole
        .find("<h1")
        .and_then(|a| Some(a + whole[a..].find('>')? + 1))
        .and_then(|a| Some(whole[a..a + whole[a..].find("</h1>")?].to_string()))
        .expect("each view has its heading")
}

/// The short section of a view drawn whole in another file: its heading,
/// `lead` and a link there, then `more`. With scripts the head script
/// sends a visit to a view of `HOMES` on to its page; one `APART` shows
/// this until the app has drawn the view.
fn stub(v: View, whole: &str, lead: &str, href: &str, link: &str, more: &str) -> String {
    section(
        v,
        &format!(
            r#"<div class="view"><div class="view-head"><h1>{h1}</h1><p class="lede">{lead} <a href="{href}">{link}</a></p></div>{more}</div>"#,
            h1 = heading(whole),
        ),
    )
}

/// A view's section of the page drawn ahead of time, closed by its end
/// marker.
fn section(v: View, body: &str) -> String {
    format!(
        r#"<section class="pre-view" id="{id}" data-view="{slug}">{body}{end}</section>"#,
        id = view_fragment(v),
        slug = v.slug(),
        end = end_marker(v),
    )
}

/// A view `APART` as a page of its own: the header, a note with the link
/// to the interactive explainer, the view whole, the footer.
fn plain_page(v: View, parts: &Parts, section: &str) -> String {
    use crate::i18n::ui::page::{APART_NOTE, APART_OPEN};
    // its own link is the current one; a view shows without being targeted
    let own = format!(r##" href="#{}""##, view_fragment(v));
    let header = parts
        .header
        .replacen(&own, &format!(r#"{own} aria-current="page""#), 1);
    let section = section.replacen(r#"class="pre-view""#, r#"class="pre-view pre-apart""#, 1);
    format!(
        r##"<div id="{ROOT_ID}" class="pre">{header}{MAIN_OPEN}<p class="pre-note">{APART_NOTE} <a href="index.html#{frag}">{APART_OPEN}</a></p>{section}</main>{tail}"##,
        frag = view_fragment(v),
        tail = parts.tail.strip_prefix("</main>").unwrap_or(parts.tail),
    )
}

/// Without scripts, a link to a card, event or node (`#/cards?card=x`)
/// works when some element has that fragment as its id: the readable form
/// of what it names (the card, the event's table row, the node's relations,
/// else its shape on the map) takes the fragment as its id, and its section
/// shows as the `:target`'s. Returns the links that found no element.
pub fn anchor_links(page: &mut String) -> Vec<String> {
    let fragments: BTreeSet<String> = attr_values(page, "href")
        .into_iter()
        .filter_map(|h| h.strip_prefix('#').map(str::to_string))
        .collect();
    let mut dead = Vec::new();
    for f in fragments {
        if page.contains(&format!(r#" id="{f}""#)) {
            continue;
        }
        let r = Route::parse(&f).route;
        let candidates = match (r.card, r.event, r.node) {
            (Some(c), _, _) => vec![card_dom_id(c)],
            (_, Some(e), _) => vec![event_row_id(e), event_dom_id(e)],
            (_, _, Some(n)) => vec![node_relations_id(n), node_dom_id(n)],
            // a point of a case has its link as its id (views/scenarios/ahead.rs);
            // a link to one the walk cuts short shows the case in the list
            _ => r.case.map(|c| vec![case_dom_id(c)]).unwrap_or_default(),
        };
        let found = candidates.iter().find_map(|c| {
            let attr = format!(r#" id="{c}""#);
            page.find(&attr).map(|i| (i, attr.len()))
        });
        match found {
            Some((i, len)) => page.replace_range(i..i + len, &format!(r#" id="{f}""#)),
            None => dead.push(f),
        }
    }
    dead
}

/// Keep the first element of each id: the timeline is drawn for every
/// width (band and list), and only one of them is ever shown.
pub fn dedupe_ids(page: &str) -> String {
    let mut seen = BTreeSet::new();
    rewrite_attr(page, "id", |id| {
        if seen.insert(id.to_string()) {
            format!(r#" id="{id}""#)
        } else {
            String::new()
        }
    })
}

/// Every id of `html`, once each.
fn id_set(html: &str) -> BTreeSet<&str> {
    attr_values(html, "id").into_iter().collect()
}

/// The values of every `name="…"` attribute.
fn attr_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let pat = format!(r#" {name}=""#);
    html.match_indices(&pat)
        .filter_map(|(i, _)| {
            let start = i + pat.len();
            html[start..].find('"').map(|len| &html[start..start + len])
        })
        .collect()
}

/// `html` with each ` name="value"` replaced by what `f` makes of its
/// value: the whole attribute, with its leading space, or nothing.
fn rewrite_attr<'a>(html: &'a str, name: &str, mut f: impl FnMut(&'a str) -> String) -> String {
    let pat = format!(r#" {name}=""#);
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(&pat) {
        let start = i + pat.len();
        let Some(len) = rest[start..].find('"') else {
            break;
        };
        out.push_str(&rest[..i]);
        out.push_str(&f(&rest[start..start + len]));
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The strict CSP forbids `style` attributes in markup (the app sets styles
/// through the CSSOM, which it allows). Drawn ahead of time, each distinct
/// style moves to a rule of its own in a stylesheet: returns the page with
/// `data-s="n"` in place of each `style="…"`, and that stylesheet.
pub fn lift_styles(page: &str) -> (String, String) {
    let mut styles: Vec<&str> = Vec::new();
    let out = rewrite_attr(page, "style", |value| {
        let n = styles.iter().position(|s| *s == value).unwrap_or_else(|| {
            styles.push(value);
            styles.len() - 1
        });
        format!(r#" data-s="{n}""#)
    });
    let css = styles
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let important = s
                .split(';')
                .filter(|d| !d.trim().is_empty())
                .map(|d| format!("{} !important", d.trim()))
                .collect::<Vec<_>>()
                .join("; ");
            format!("#{ROOT_ID} [data-s=\"{n}\"] {{ {important} }}\n")
        })
        .collect();
    (out, css)
}

/// Per view: with scripts, its section shows while the URL names it; its
/// header link is marked current then, and without scripts while its
/// section (or something in it) is the target, or when nothing is and it
/// is the page's own view (`pre-home`). One rule per view from
/// `View::ALL`, so a new view needs no CSS of its own.
pub fn view_rules() -> String {
    let mut css = String::new();
    for v in View::ALL {
        let (slug, href) = (v.slug(), Route::new(v).format());
        let link = format!(r#".site-nav a[href="{href}"]"#);
        let current = [
            format!(r#"html[data-pre="{slug}"] .pre {link}"#),
            format!(
                r#"html:not([data-pre]) .pre:has([data-view="{slug}"]:is(:target, :has(:target))) {link}"#
            ),
            format!(
                r#"html:not([data-pre]) .pre:not(:has(.pre-main :target)):has(.pre-home[data-view="{slug}"]) {link}"#
            ),
        ];
        css.push_str(&format!(
            "html[data-pre=\"{slug}\"] .pre-view[data-view=\"{slug}\"] {{ display: block; }}\n{} {{ background: var(--accent); color: var(--accent-text); }}\n",
            current.join(",\n")
        ));
    }
    css
}

/// Without scripts the map has no zoom: where the app would not open the
/// whole drawing (its labels would be under `NEARLY` × `MIN_LABEL_PX`),
/// it keeps the size the app opens at and its box scrolls. The sizes come
/// from the layout, so they cannot drift.
pub fn map_rules() -> String {
    use crate::graph::view_box::{NEARLY, READABLE_SCALE};
    let l = crate::graph::shared_layout();
    let (w, h) = (l.width * READABLE_SCALE, l.height * READABLE_SCALE);
    let (min_w, min_h) = (w * NEARLY, h * NEARLY);
    format!(
        "html:not([data-pre]) .pre .map-canvas {{ container-type: size; overflow: auto; touch-action: auto; cursor: auto; }}\n\
         @container (width < {min_w:.1}px) or (height < {min_h:.1}px) {{ html:not([data-pre]) .pre .map-canvas svg {{ width: {w:.1}px; height: {h:.1}px; }} }}\n"
    )
}

/// Put `page` into a built `index.html` in place of its loading
/// placeholder (`<div id="boot">` and the `<noscript>` after it).
pub fn insert(html: &str, page: &str) -> Result<String, String> {
    let start = html
        .find(r#"<div id="boot""#)
        .ok_or("no <div id=\"boot\"> placeholder (already drawn?)")?;
    let end = html[start..]
        .find("</noscript>")
        .map(|i| start + i + "</noscript>".len())
        .ok_or("no </noscript> after the placeholder")?;
    Ok(format!("{}{page}{}", &html[..start], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shell draws a view once `parts::needs` is here: a view reading
    /// another part would fetch it blocking (and log an error), and a part
    /// listed but not read would be fetched for nothing. Each view
    /// is drawn plain and with what its URL can open (a card, an event, a
    /// node, a case, a tour stop), with the header and footer around it;
    /// what only a click draws the browser tests cover (`Part::text`).
    #[test]
    fn each_view_reads_the_parts_it_lists_and_no_other() {
        use crate::content::{self, parts};
        let card = content::CARDS[0].id.slug();
        let event = content::EVENTS[0].id.slug();
        let node = crate::model::NodeId::Actor(content::ACTORS[0].id).slug();
        let case = crate::model::ScenarioId::ALL[0].slug();
        for v in View::ALL {
            let mut routes = vec![Route::new(v)];
            for q in [
                format!("card={card}"),
                format!("event={event}"),
                format!("node={node}"),
                format!("case={case}"),
                "list=1".into(),
                "tour=1".into(),
                "tour=9".into(),
            ] {
                // a chosen event draws its panel with the browser's help
                if v == View::Timeline && q.starts_with("event=") {
                    continue;
                }
                let f = format!("#/{}?{q}", v.slug());
                routes.push(crate::route::Route::parse(&f).route);
            }
            let want: Vec<&str> = parts::needs(v).iter().map(|p| p.file).collect();
            let mut read = Vec::new();
            for r in routes {
                parts::take_read();
                draw(r.clone(), || view! { <SiteHeader /> }.into_any());
                draw(r.clone(), || code::draw(v));
                draw(r.clone(), || view! { <SiteFooter /> }.into_any());
                for got in parts::take_read() {
                    assert!(
                        want.contains(&got),
                        "{} reads {got}, which parts::needs does not list",
                        r.format()
                    );
                    read.push(got);
                }
            }
            // and each part listed is read: none is fetched for nothing
            for w in &want {
                assert!(
                    read.contains(w),
                    "{v:?}: parts::needs lists {w}, which it does not read"
                );
            }
        }
    }

    #[test]
    fn styles_move_to_rules_shared_by_equal_values() {
        let (html, css) = lift_styles(
            r#"<b style="left: 1px;">x</b><i style="top: 2px"></i><u style="left: 1px;"></u>"#,
        );
        assert_eq!(
            html,
            r#"<b data-s="0">x</b><i data-s="1"></i><u data-s="0"></u>"#
        );
        assert_eq!(
            css,
            "#pre [data-s=\"0\"] { left: 1px !important }\n#pre [data-s=\"1\"] { top: 2px !important }\n"
        );
    }

    #[test]
    fn every_view_is_drawn_ahead_of_time_without_inline_styles() {
        let page = page();
        for v in View::ALL {
            assert!(
                page.contains(&format!(r#"id="{}""#, view_fragment(v))),
                "{v:?}"
            );
        }
        let (html, _) = lift_styles(&page);
        assert!(!html.contains(" style=\""));
    }

    #[test]
    fn every_link_names_an_element_of_the_page_once() {
        let page = page();
        let ids = attr_values(&page, "id");
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(ids.len(), unique.len(), "duplicate ids");
        for h in attr_values(&page, "href") {
            if let Some(f) = h.strip_prefix('#') {
                assert!(unique.contains(f), "no element for {h}");
            }
        }
        for name in [
            "for",
            "aria-controls",
            "aria-labelledby",
            "aria-describedby",
        ] {
            for v in attr_values(&page, name) {
                for id in v.split_whitespace() {
                    assert!(unique.contains(id), "{name}={v}: no such id");
                }
            }
        }
        // the readable forms took the anchors
        assert!(page.contains(r#"<tr id="/timeline?event="#));
        assert!(page.contains(r#"<article id="/cards?card="#));
        assert!(page.contains(r#"<h3 id="/map?node="#));
    }

    #[test]
    fn views_apart_are_plain_pages_and_every_link_of_every_file_lands() {
        let p = pages();
        let index = &p.app[0].1;
        let mut files: Vec<(String, &str)> = p
            .app
            .iter()
            .map(|(v, h)| (page_file(*v), h.as_str()))
            .collect();
        files.extend(p.apart.iter().map(|(v, h)| (apart_file(*v), h.as_str())));
        files.extend(p.long.iter().map(|(v, h)| (whole_file(*v), h.as_str())));
        let ids: Vec<BTreeSet<&str>> = files.iter().map(|(_, html)| id_set(html)).collect();
        for ((name, html), own) in files.iter().zip(&ids) {
            assert_eq!(
                attr_values(html, "id").len(),
                own.len(),
                "{name}: duplicate ids"
            );
            for h in attr_values(html, "href") {
                let (file, frag) = h.split_once('#').unwrap_or((h, ""));
                // (`./` is the start page, the language menu's own bundle)
                let file = match file {
                    "./" => "index.html",
                    f => f.strip_prefix("./").unwrap_or(f),
                };
                let to = match file {
                    "" => own,
                    f if f.contains('/') => continue, // the other languages' bundles
                    f if f.ends_with(".html") => match files.iter().position(|(n, _)| n == f) {
                        Some(i) => &ids[i],
                        None => panic!("{name}: {h} names no file"),
                    },
                    _ => continue, // the languages' bundles, the data downloads
                };
                assert!(
                    frag.is_empty() || to.contains(frag),
                    "{name}: {h} lands nowhere"
                );
            }
        }
        for v in APART {
            let file = apart_file(v);
            // index.html: the heading and a link, not the view
            let at = index
                .find(&format!(r#"id="{}""#, view_fragment(v)))
                .unwrap();
            let short = &index[at..at + index[at..].find("</section>").unwrap()];
            assert!(
                short.contains("<h1>") && short.contains(&format!(r#"href="{file}""#)),
                "{v:?}"
            );
            // its plain page: the view whole, its link current, the way back
            let (_, plain) = p.apart.iter().find(|(w, _)| *w == v).unwrap();
            assert!(plain.contains(r#"class="pre-view pre-apart""#));
            assert!(
                plain.contains(&format!(r##"href="#/{}" aria-current="page""##, v.slug()))
                    || !v.in_nav()
            );
            assert!(plain.contains(&format!(r##"href="index.html#/{}""##, v.slug())));
            assert!(!index.contains(r#"class="pre-view pre-apart""#));
        }
        let quiz = &p.apart.iter().find(|(v, _)| *v == View::Quiz).unwrap().1;
        for q in crate::content::dataset().questions {
            let prompt = q
                .prompt
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                quiz.contains(&prompt),
                "question on its plain page: {}",
                q.prompt
            );
            assert!(p.whole.contains(&prompt), "and in the single file");
        }
        // a case is played by links on its plain page: every point of it
        // is there under the app's own link, and the link lands (above)
        let cases = &p
            .apart
            .iter()
            .find(|(v, _)| *v == View::Scenarios)
            .unwrap()
            .1;
        for sc in crate::content::scenarios::SCENARIOS.iter() {
            for path in crate::views::scenarios::ahead_paths(sc) {
                let f = crate::views::scenarios::point_href(sc, &path).replace('&', "&amp;");
                assert!(cases.contains(&format!(r#" id="{}""#, &f[1..])), "{f}");
                assert!(
                    cases.contains(&format!(r#" href="{f}""#)),
                    "{f}: a link to it"
                );
            }
        }
        // the point: each page that runs the app is much smaller than
        // every view whole
        for (v, html) in &p.app {
            assert!(
                html.len() * 2 < p.whole.len(),
                "{v:?}: {} of {}",
                html.len(),
                p.whole.len()
            );
        }
        assert_eq!(p.whole, page());
    }

    #[test]
    fn each_long_view_is_whole_in_its_own_page_and_a_link_in_the_others() {
        let p = pages();
        assert_eq!(
            p.app.iter().map(|(v, _)| *v).collect::<Vec<_>>(),
            HOMES.to_vec()
        );
        assert_eq!(page_file(View::Cards), "index.html");
        let section_of = |html: &str, v: View| {
            let at = html
                .find(&format!(r#" id="{}""#, view_fragment(v)))
                .unwrap_or_else(|| panic!("{v:?}: no section"));
            let open = html[..at].rfind("<section").unwrap();
            html[open..at + html[at..].find(&end_marker(v)).unwrap()].to_string()
        };
        for (home, html) in &p.app {
            // its own view whole, and the one shown when no link names one
            let own = section_of(html, *home);
            assert!(
                own.starts_with(r#"<section class="pre-view pre-home""#),
                "{home:?}"
            );
            assert_eq!(html.matches("pre-home").count(), 1, "{home:?}");
            assert!(own.len() > 20_000, "{home:?}: whole");
            for v in HOMES.into_iter().filter(|v| v != home) {
                // the others: a heading and a link to their page
                let short = section_of(html, v);
                let to = format!(r##"href="{}#/{}""##, page_file(v), v.slug());
                assert!(short.contains(&to), "{home:?} → {v:?}");
                assert_eq!(short.matches("<p").count(), 1, "{home:?} → {v:?}: short");
                // an older link's anchor shows it without scripts: older
                // links name the start page only
                let anchor = format!(r#"<i id="/{}?"#, v.slug());
                assert_eq!(
                    short.contains(&anchor),
                    *home == View::Cards,
                    "{home:?} → {v:?}: anchors"
                );
                // and the header goes there directly
                let header = &html[..html.find(MAIN_OPEN).unwrap()];
                assert!(header.contains(&to), "{home:?}: header link to {v:?}");
            }
        }
        // links into a view on another page name that page
        for (home, html) in &p.app {
            for v in HOMES.into_iter().filter(|v| v != home) {
                assert!(
                    !html.contains(&format!(r##"href="#/{}"##, v.slug())),
                    "{home:?} → {v:?}"
                );
            }
        }
        // each page's language menu names that page in the other bundles
        if crate::i18n::LANGUAGES.len() > 1 {
            assert!(p.app[2].1.contains(r#"href="./map.html#/map" lang=""#));
            assert!(!p.app[2].1.contains(r#"/#/cards" lang=""#));
            assert!(p.app[0].1.contains(r#"href="./#/cards" lang=""#));
        }
    }

    #[test]
    fn long_views_keep_a_first_screen_and_are_whole_on_a_plain_page() {
        let p = pages();
        let (index, timeline) = (&p.app[0].1, &p.app[1].1);
        let whole = |v: View| &p.long.iter().find(|(w, _)| *w == v).unwrap().1;
        // the start page: the first cards, then the link to them all
        assert_eq!(index.matches("<li><article").count(), FIRST_CARDS);
        assert_eq!(index.matches(r#"<p class="pre-more">"#).count(), 1);
        assert!(index.contains(&format!(r#"href="{}""#, whole_file(View::Cards))));
        let cards = whole(View::Cards);
        for c in crate::content::dataset().cards {
            let id = format!(r#"<article id="/cards?card={}""#, c.id.slug());
            assert!(cards.contains(&id), "{id}");
            assert!(
                cards.contains(c.summary.split('\'').next().unwrap()),
                "{id}: summary"
            );
        }
        // a link to a card that went still lands, on the way to it
        let last = crate::content::dataset().cards.last().unwrap().id.slug();
        let at = index
            .find(&format!(r#"<i id="/cards?card={last}"></i>"#))
            .unwrap();
        assert!(
            index[..at].rfind("<p").unwrap()
                == index[..at].rfind(r#"<p class="pre-more">"#).unwrap()
        );
        // the timeline's page: the picture, the link, not the table
        assert!(!timeline.contains("<table"));
        assert_eq!(timeline.matches(r#"<p class="pre-more">"#).count(), 1);
        assert!(timeline.contains(&format!(r#"href="{}""#, whole_file(View::Timeline))));
        assert!(
            !timeline.contains(r#"tabindex="-1" href"#),
            "each event a Tab stop"
        );
        let events = whole(View::Timeline);
        for e in crate::content::dataset().events {
            let id = format!(r#"<tr id="/timeline?event={}""#, e.id.slug());
            assert!(events.contains(&id), "{id}");
            let anchor = format!(r#"<i id="/timeline?event={}"></i>"#, e.id.slug());
            assert!(timeline.contains(&anchor), "{anchor}");
        }
        // the map's page: the picture, and the link to the relations in words
        let map = &p.app[2].1;
        assert!(!map.contains(r#"<ul class="sentences">"#));
        assert_eq!(map.matches(r#"<p class="pre-more">"#).count(), 1);
        assert!(map.contains(&format!(r#"href="{}""#, whole_file(View::Map))));
        let relations = whole(View::Map);
        let sentences: usize = relations
            .split(r#"<ul class="sentences">"#)
            .skip(1)
            .map(|list| list[..list.find("</ul>").unwrap()].matches("<li>").count())
            .sum();
        assert_eq!(
            sentences,
            crate::content::dataset().relations.len(),
            "every relation as a sentence"
        );
        for n in crate::graph::nodes() {
            let id = format!(r#"id="/map?node={}""#, n.slug());
            if relations.contains(&format!("<h3 {id}")) {
                // a node's link in the picture leads to its sentences
                assert!(map.contains(&format!(r#"<i {id}></i>"#)), "{id}");
                assert!(
                    map.contains(&format!(
                        r#"href="{}#/map?node={}""#,
                        whole_file(View::Map),
                        n.slug()
                    )),
                    "{id}: its link"
                );
            }
        }
        // plain pages, each view's link current
        for v in LONG {
            assert!(whole(v).contains(r#"class="pre-view pre-apart""#), "{v:?}");
            assert!(whole(v).contains(&format!(r##"href="#/{}" aria-current="page""##, v.slug())));
        }
    }

    #[test]
    fn the_head_script_knows_every_view_and_their_order() {
        // index.html's script picks the section the URL names before the
        // app arrives; its list must be View::ALL, the first the default
        let html = include_str!("../../index.html");
        let slugs: Vec<String> = View::ALL
            .iter()
            .map(|v| format!(r#""{}""#, v.slug()))
            .collect();
        assert!(html.contains(&format!("k=[{}]", slugs.join(","))));
        assert!(html.contains(&format!(r#"<0?"{}":v"#, View::default().slug())));
        // the prerender's marks for each page's own view and the others'
        for mark in [
            r#"D=/*HOME*/"cards""#,
            "O=/*ELSEWHERE*/{}",
            r#"F=/*FILE*/"""#,
        ] {
            assert!(html.contains(mark), "{mark}");
        }
        assert!(html.contains(r#"if(O[v]){F=O[v];location.replace(F+location.search+h);v="away"}"#));
        assert!(View::ALL.iter().all(|v| v.slug() != "away"));
        // it holds the first frame until the end of the section is parsed
        assert!(html.contains(r##"l.rel="expect";l.href="#pre-end-"+v"##));
        let page = page();
        for v in View::ALL {
            let end = end_marker(v);
            let at = page
                .find(&end)
                .unwrap_or_else(|| panic!("{v:?}: no end marker"));
            // the marker closes the view's own section
            assert!(page[at + end.len()..].starts_with("</section>"), "{v:?}");
            let open = page[..at].rfind(r#"<section class="pre-view"#).unwrap();
            let home = if v == View::default() {
                " pre-home"
            } else {
                ""
            };
            assert!(page[open..].starts_with(&format!(
                r#"<section class="pre-view{home}" id="{}""#,
                view_fragment(v)
            )));
        }
        for v in View::ALL {
            assert_eq!(view_fragment(v), format!("/{}", v.slug()));
        }
        let rules = view_rules();
        for v in View::ALL {
            assert!(rules.contains(&format!(
                r#"html[data-pre="{0}"] .pre-view[data-view="{0}"]"#,
                v.slug()
            )));
        }
    }

    #[test]
    fn without_scripts_the_map_keeps_the_apps_readable_size() {
        use crate::graph::view_box::{MIN_LABEL_PX, NEARLY, NODE_FONT};
        let l = crate::graph::shared_layout();
        let css = map_rules();
        // labels at MIN_LABEL_PX: the drawing at that many px per unit; a
        // box that holds it at NEARLY that size or more shows it whole,
        // unscrolled, as the app opens it whole
        let w = format!("{:.1}px", l.width * MIN_LABEL_PX / NODE_FONT);
        let h = format!("{:.1}px", l.height * MIN_LABEL_PX / NODE_FONT);
        let min_w = format!("{:.1}px", l.width * MIN_LABEL_PX / NODE_FONT * NEARLY);
        let min_h = format!("{:.1}px", l.height * MIN_LABEL_PX / NODE_FONT * NEARLY);
        assert!(
            css.contains(&format!("(width < {min_w}) or (height < {min_h})")),
            "{css}"
        );
        assert!(css.contains(&format!("width: {w}; height: {h};")), "{css}");
        // only without scripts: the app's own view needs no scroll box
        for rule in css.lines() {
            assert!(
                rule.starts_with("html:not([data-pre])") || rule.contains("{ html:not([data-pre])"),
                "{rule}"
            );
        }
    }

    #[test]
    fn later_copies_of_an_id_lose_it() {
        assert_eq!(
            dedupe_ids(r#"<a id="x"></a><b id="y"></b><c id="x" class="k"></c>"#),
            r#"<a id="x"></a><b id="y"></b><c class="k"></c>"#
        );
    }

    #[test]
    fn the_page_replaces_the_placeholder_once() {
        let html = r#"<body><div id="boot">Loading</div><noscript>x</noscript></body>"#;
        assert_eq!(insert(html, "P").unwrap(), "<body>P</body>");
        assert!(insert("<body>P</body>", "P").is_err());
    }
}
