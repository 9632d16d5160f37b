//! Typed view state that lives in the URL fragment (`#/cards?q=un&theme=…`).
//!
//! The fragment is the single source of truth for what is on screen, so deep
//! links, reload, back/forward, iframes and zip packages all work with no
//! server. Parsing never fails: unknown views, ids and values are dropped and
//! reported as notices the page shows politely.

use crate::i18n::{self, ui};
use crate::model::*;
use std::fmt::Write;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum View {
    #[default]
    Cards,
    Timeline,
    Map,
    Scenarios,
    Quiz,
    About,
    Teachers,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Cards,
        View::Timeline,
        View::Map,
        View::Scenarios,
        View::Quiz,
        View::About,
        View::Teachers,
    ];
    /// Whether the header lists the view; the teacher's pack is linked
    /// from the Self-check, About and the footer instead.
    pub const fn in_nav(self) -> bool {
        !matches!(self, View::Teachers)
    }
    pub const fn slug(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Timeline => "timeline",
            View::Map => "map",
            View::Scenarios => "scenarios",
            View::Quiz => "self-check",
            View::About => "about",
            View::Teachers => "teachers",
        }
    }
    pub fn label(self) -> &'static str {
        use crate::i18n::ui::view;
        match self {
            View::Cards => view::CARDS,
            View::Timeline => view::TIMELINE,
            View::Map => view::MAP,
            View::Scenarios => view::SCENARIOS,
            View::Quiz => view::SELF_CHECK,
            View::About => view::ABOUT,
            View::Teachers => view::TEACHERS,
        }
    }
    pub fn from_slug(s: &str) -> Option<Self> {
        View::ALL.into_iter().find(|v| v.slug() == s)
    }
    /// The bundle's page that has this view drawn whole ahead of time:
    /// the timeline and the map each have their own, so that a phone loads
    /// one long view's HTML, not three; the rest are in the start page
    /// (`""`, the bundle's directory: `index.html`). Every page runs the
    /// whole app, so any of them opens any view once scripts run.
    pub const fn page(self) -> &'static str {
        match self {
            View::Timeline => "timeline.html",
            View::Map => "map.html",
            _ => "",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Sort {
    /// Relevance when searching, otherwise the dataset's reading order.
    #[default]
    Relevance,
    Theme,
    Title,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Theme, Sort::Title];
    pub const fn slug(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Theme => "theme",
            Sort::Title => "title",
        }
    }
    pub fn label(self) -> &'static str {
        use crate::i18n::ui::sort;
        match self {
            Sort::Relevance => sort::RELEVANCE,
            Sort::Theme => sort::THEME,
            Sort::Title => sort::TITLE,
        }
    }
    pub fn from_slug(s: &str) -> Option<Self> {
        Sort::ALL.into_iter().find(|v| v.slug() == s)
    }
}

/// Earliest and latest years a range may take.
pub const YEAR_MIN: i32 = 1900;
pub const YEAR_MAX: i32 = 2030;

/// Card facets, shared by the Cards, Timeline and Map views.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Facets {
    pub themes: Vec<Theme>,
    pub kinds: Vec<CardKind>,
    pub actors: Vec<ActorId>,
    pub regions: Vec<Region>,
    pub sources: Vec<SourceId>,
}

impl Facets {
    pub fn is_empty(&self) -> bool {
        self.themes.is_empty()
            && self.kinds.is_empty()
            && self.actors.is_empty()
            && self.regions.is_empty()
            && self.sources.is_empty()
    }

    /// Values chosen across all facets.
    pub fn len(&self) -> usize {
        self.themes.len()
            + self.kinds.len()
            + self.actors.len()
            + self.regions.len()
            + self.sources.len()
    }
}

#[derive(Clone, PartialEq, Debug, Default)]
pub struct Route {
    pub view: View,
    /// Compact layout for iframes (no site header).
    pub embed: bool,
    pub query: String,
    pub facets: Facets,
    pub sort: Sort,
    pub card: Option<CardId>,
    pub event: Option<EventId>,
    /// Inclusive year range shared by all views.
    pub range: Option<(i32, i32)>,
    /// Visible window of the timeline axis, in years.
    pub window: Option<(i32, i32)>,
    /// Text-alternative ("list") mode of the timeline or map.
    pub list: bool,
    pub node: Option<NodeId>,
    /// Relation kinds shown on the map (empty = all).
    pub relations: Vec<RelationKind>,
    /// Guided-tour stop being shown (0-based; `tour=1` in the URL).
    pub tour: Option<usize>,
    /// The case scenario being played, and the choices taken in it
    /// (`case=money-trail&path=ab`).
    pub case: Option<ScenarioId>,
    pub path: String,
}

/// The outcome of reading a fragment: a usable route plus what was ignored.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Parsed {
    pub route: Route,
    pub notices: Vec<String>,
}

impl Route {
    /// How many filters the collapsed filter panel of a view reports: the
    /// timeline's themes, actors and years; the map's relation kinds (one
    /// filter however many are off), themes and years; every facet value
    /// and the years for the cards.
    pub fn active_filters(&self) -> usize {
        let f = &self.facets;
        let years = usize::from(self.range.is_some());
        match self.view {
            View::Timeline => f.themes.len() + f.actors.len() + years,
            View::Map => usize::from(!self.relations.is_empty()) + f.themes.len() + years,
            _ => f.len() + years,
        }
    }

    pub fn new(view: View) -> Self {
        Route {
            view,
            ..Route::default()
        }
    }

    /// Same filters, another view; selections that belong to one view are
    /// dropped so the target view opens clean.
    pub fn to_view(&self, view: View) -> Route {
        Route {
            view,
            card: None,
            event: None,
            node: None,
            list: false,
            case: None,
            path: String::new(),
            window: if view == View::Timeline {
                self.window
            } else {
                None
            },
            ..self.clone()
        }
    }

    /// Clear every card filter (query and facets), keeping the view.
    pub fn cleared(&self) -> Route {
        Route {
            query: String::new(),
            facets: Facets::default(),
            range: None,
            ..self.clone()
        }
    }

    /// Parse `#/view?k=v&…` (with or without the leading `#`).
    pub fn parse(fragment: &str) -> Parsed {
        let mut notices = Vec::new();
        let frag = fragment.strip_prefix('#').unwrap_or(fragment);
        let frag = frag.strip_prefix('/').unwrap_or(frag);
        let (path, query) = frag.split_once('?').unwrap_or((frag, ""));
        let path = path.trim_end_matches('/');
        let view = if path.is_empty() {
            View::Cards
        } else if let Some(v) = View::from_slug(&decode(path).to_ascii_lowercase()) {
            v
        } else {
            notices.push(i18n::fill(
                ui::route::NO_VIEW,
                &[("value", &clip(&decode(path)))],
            ));
            View::Cards
        };
        let mut r = Route::new(view);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let k = decode(k);
            let v = decode(v);
            match k.as_str() {
                "q" => r.query = v.chars().take(200).collect(),
                "theme" => list_into(
                    &v,
                    ui::route::WHAT_THEME,
                    Theme::from_slug,
                    &mut r.facets.themes,
                    &mut notices,
                ),
                "kind" => list_into(
                    &v,
                    ui::route::WHAT_KIND,
                    CardKind::from_slug,
                    &mut r.facets.kinds,
                    &mut notices,
                ),
                "actor" => list_into(
                    &v,
                    ui::route::WHAT_ACTOR,
                    ActorId::from_slug,
                    &mut r.facets.actors,
                    &mut notices,
                ),
                "region" => list_into(
                    &v,
                    ui::route::WHAT_REGION,
                    Region::from_slug,
                    &mut r.facets.regions,
                    &mut notices,
                ),
                "source" => list_into(
                    &v,
                    ui::route::WHAT_SOURCE,
                    SourceId::from_slug,
                    &mut r.facets.sources,
                    &mut notices,
                ),
                "rel" => list_into(
                    &v,
                    ui::route::WHAT_RELATION,
                    RelationKind::from_slug,
                    &mut r.relations,
                    &mut notices,
                ),
                "sort" => match Sort::from_slug(&v) {
                    Some(s) => r.sort = s,
                    None => {
                        notices.push(i18n::fill(ui::route::UNKNOWN_SORT, &[("value", &clip(&v))]))
                    }
                },
                "card" => one_into(
                    &v,
                    ui::route::WHAT_CARD,
                    CardId::from_slug,
                    &mut r.card,
                    &mut notices,
                ),
                "event" => one_into(
                    &v,
                    ui::route::WHAT_EVENT,
                    EventId::from_slug,
                    &mut r.event,
                    &mut notices,
                ),
                "node" => one_into(
                    &v,
                    ui::route::WHAT_NODE,
                    NodeId::from_slug,
                    &mut r.node,
                    &mut notices,
                ),
                "range" => match parse_years(&v) {
                    Some(y) => r.range = Some(y),
                    None => notices.push(i18n::fill(ui::route::BAD_RANGE, &[("value", &clip(&v))])),
                },
                "win" => match parse_years(&v) {
                    Some(y) if y.1 > y.0 => r.window = Some(y),
                    _ => notices.push(i18n::fill(ui::route::BAD_WINDOW, &[("value", &clip(&v))])),
                },
                "list" => r.list = v == "1",
                "tour" => match v.parse::<usize>() {
                    Ok(n) if (1..=crate::content::tour::TOUR.len()).contains(&n) => {
                        r.tour = Some(n - 1)
                    }
                    _ => notices.push(i18n::fill(ui::route::NO_STOP, &[("value", &clip(&v))])),
                },
                "embed" => r.embed = v == "1",
                "case" => one_into(
                    &v,
                    ui::route::WHAT_CASE,
                    ScenarioId::from_slug,
                    &mut r.case,
                    &mut notices,
                ),
                "path" => r.path = v.chars().take(crate::scenario::MAX_PATH + 1).collect(),
                _ => notices.push(i18n::fill(
                    ui::route::UNKNOWN_SETTING,
                    &[("value", &clip(&k))],
                )),
            }
        }
        // a path is only meaningful within its case, and only as far as
        // the case goes
        if !r.path.is_empty() {
            match r.case {
                None => {
                    notices.push(ui::route::PATH_WITHOUT_CASE.into());
                    r.path.clear();
                }
                // letters, as many as a case can take: whether the case
                // has those choices, the view that plays it checks
                // (`CasePlay`), since that reads the cases' text, which is
                // fetched with the view (`content::parts`)
                Some(_) => {
                    let ok: String = r
                        .path
                        .chars()
                        .take_while(char::is_ascii_lowercase)
                        .take(crate::scenario::MAX_PATH)
                        .collect();
                    if ok != r.path {
                        notices.push(path_cut(&r.path));
                        r.path = ok;
                    }
                }
            }
        }
        Parsed { route: r, notices }
    }

    /// The canonical fragment, parameters in a fixed order, defaults omitted.
    pub fn format(&self) -> String {
        let mut out = format!("#/{}", self.view.slug());
        let mut params: Vec<(&str, String)> = Vec::new();
        if !self.query.is_empty() {
            params.push(("q", self.query.clone()));
        }
        push_list(&mut params, "theme", &self.facets.themes, |t| t.slug());
        push_list(&mut params, "kind", &self.facets.kinds, |t| t.slug());
        push_list(&mut params, "actor", &self.facets.actors, |t| t.slug());
        push_list(&mut params, "region", &self.facets.regions, |t| t.slug());
        push_list(&mut params, "source", &self.facets.sources, |t| t.slug());
        if self.sort != Sort::Relevance {
            params.push(("sort", self.sort.slug().into()));
        }
        if let Some(c) = self.card {
            params.push(("card", c.slug().into()));
        }
        if let Some(e) = self.event {
            params.push(("event", e.slug().into()));
        }
        if let Some((a, b)) = self.range {
            params.push(("range", format!("{a}-{b}")));
        }
        if let Some((a, b)) = self.window {
            params.push(("win", format!("{a}-{b}")));
        }
        if let Some(n) = self.node {
            params.push(("node", n.slug()));
        }
        push_list(&mut params, "rel", &self.relations, |t| t.slug());
        if self.list {
            params.push(("list", "1".into()));
        }
        if let Some(t) = self.tour {
            params.push(("tour", (t + 1).to_string()));
        }
        if let Some(c) = self.case {
            params.push(("case", c.slug().into()));
            if !self.path.is_empty() {
                params.push(("path", self.path.clone()));
            }
        }
        if self.embed {
            params.push(("embed", "1".into()));
        }
        for (i, (k, v)) in params.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(k);
            out.push('=');
            out.push_str(&encode(v));
        }
        out
    }

    /// The link to any card from here, split around the card's slug: the grid
    /// formats the route once per change, not once per card.
    pub fn card_link_parts(&self) -> (String, String) {
        let probe = CardId::ALL[0];
        let mut to = self.clone();
        to.card = Some(probe);
        let link = to.format();
        let marker = format!("card={}", probe.slug());
        let at = link.find(&marker).expect("format writes the card") + "card=".len();
        let (head, tail) = link.split_at(at);
        (head.to_string(), tail[probe.slug().len()..].to_string())
    }
}

fn push_list<T: Copy>(
    params: &mut Vec<(&str, String)>,
    key: &'static str,
    items: &[T],
    slug: impl Fn(T) -> &'static str,
) {
    if !items.is_empty() {
        let joined: Vec<&str> = items.iter().map(|&t| slug(t)).collect();
        params.push((key, joined.join(",")));
    }
}

fn list_into<T: PartialEq>(
    v: &str,
    what: &str,
    parse: impl Fn(&str) -> Option<T>,
    into: &mut Vec<T>,
    notices: &mut Vec<String>,
) {
    for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match parse(part) {
            Some(t) if !into.contains(&t) => into.push(t),
            Some(_) => {}
            None => notices.push(i18n::fill(
                ui::route::UNKNOWN_VALUE,
                &[("what", what), ("value", &clip(part))],
            )),
        }
    }
}

fn one_into<T>(
    v: &str,
    what: &str,
    parse: impl Fn(&str) -> Option<T>,
    into: &mut Option<T>,
    notices: &mut Vec<String>,
) {
    match parse(v) {
        Some(t) => *into = Some(t),
        None => notices.push(i18n::fill(
            ui::route::NO_SUCH,
            &[("what", what), ("value", &clip(v))],
        )),
    }
}

/// `1990-2005` → (1990, 2005), clamped and ordered; a single year is a
/// one-year range.
pub fn parse_years(v: &str) -> Option<(i32, i32)> {
    let (a, b) = v.split_once('-').unwrap_or((v, v));
    let a: i32 = a.trim().parse().ok()?;
    let b: i32 = b.trim().parse().ok()?;
    let (a, b) = (a.min(b), a.max(b));
    if b < YEAR_MIN || a > YEAR_MAX {
        return None;
    }
    Some((a.clamp(YEAR_MIN, YEAR_MAX), b.clamp(YEAR_MIN, YEAR_MAX)))
}

/// The notice for a case's path cut to what it can be.
pub fn path_cut(path: &str) -> String {
    i18n::fill(ui::route::PATH_CUT, &[("value", &clip(path))])
}

/// Keep hostile input short in notices.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Percent-encode everything but unreserved characters and `,` `:` (kept
/// readable in lists and node ids).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                out.push(b as char)
            }
            b' ' => out.push_str("%20"),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Percent-decode (and `+` as space); invalid escapes are kept literally and
/// invalid UTF-8 is replaced, never a panic.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_link_parts_build_the_same_link_as_format() {
        let mut r =
            Route::parse("#/cards?q=card%3Dx&theme=legal-frameworks&sort=title&tour=2").route;
        for with_card in [None, CardId::ALL.last().copied()] {
            r.card = with_card;
            let (head, tail) = r.card_link_parts();
            for &id in CardId::ALL {
                let mut to = r.clone();
                to.card = Some(id);
                assert_eq!(format!("{head}{}{tail}", id.slug()), to.format());
            }
        }
    }

    #[test]
    fn empty_fragment_is_cards_without_notice() {
        for f in ["", "#", "#/", "#/cards", "/cards/"] {
            let p = Route::parse(f);
            assert_eq!(p.route, Route::new(View::Cards), "{f}");
            assert!(p.notices.is_empty(), "{f}");
        }
    }

    #[test]
    fn each_view_round_trips() {
        for v in View::ALL {
            let r = Route::new(v);
            assert_eq!(Route::parse(&r.format()).route, r);
        }
    }

    #[test]
    fn full_state_round_trips() {
        let r = Route {
            view: View::Map,
            embed: true,
            query: "red notice & ünïcode/?#".into(),
            facets: Facets {
                themes: vec![Theme::IntelligenceSharing, Theme::LegalFrameworks],
                kinds: vec![CardKind::Organisation],
                actors: ActorId::ALL.iter().copied().take(2).collect(),
                regions: vec![Region::Europe],
                sources: vec![SourceId::Overview],
            },
            sort: Sort::Title,
            card: CardId::ALL.first().copied(),
            event: EventId::ALL.last().copied(),
            range: Some((1990, 2005)),
            window: Some((1980, 2020)),
            list: true,
            node: Some(NodeId::Instrument(InstrumentId::ALL[0])),
            relations: vec![RelationKind::MemberOf],
            tour: Some(1),
            case: Some(ScenarioId::ALL[0]),
            path: String::new(),
        };
        let f = r.format();
        let p = Route::parse(&f);
        assert!(p.notices.is_empty(), "{:?}", p.notices);
        assert_eq!(p.route, r);
        // canonical: formatting the parsed route gives the same string
        assert_eq!(p.route.format(), f);
    }

    #[test]
    fn unknown_view_falls_back_with_notice() {
        let p = Route::parse("#/nowhere?q=x");
        assert_eq!(p.route.view, View::Cards);
        assert_eq!(p.route.query, "x");
        assert_eq!(p.notices.len(), 1);
    }

    #[test]
    fn unknown_values_are_dropped_known_kept() {
        let p = Route::parse(
            "#/cards?theme=bogus,legal-frameworks,legal-frameworks&card=nope&sort=up&zzz=1",
        );
        assert_eq!(p.route.facets.themes, vec![Theme::LegalFrameworks]);
        assert_eq!(p.route.card, None);
        assert_eq!(p.route.sort, Sort::Relevance);
        assert_eq!(p.notices.len(), 4, "{:?}", p.notices);
    }

    #[test]
    fn malformed_input_never_panics() {
        let nasty = [
            "#%",
            "#/map?tour=0",
            "#/map?tour=999",
            "#/map?tour=-1",
            "#/%ZZ",
            "#/cards?%",
            "#/cards?q=%E2%28%A1",
            "#/cards?&&&=&=",
            "#/map?node=a:",
            "#/map?node=:::",
            "#/timeline?range=-",
            "#/timeline?range=99999999999999999999-1",
            "#/timeline?win=2000-2000",
            "#/cards?q=%",
            "#/cards?q=%4",
            "#/\u{0}\u{7f}",
            "#/cards?q=<script>alert(1)</script>",
        ];
        for f in nasty {
            let p = Route::parse(f);
            // whatever came in, formatting and re-parsing is stable
            let again = Route::parse(&p.route.format());
            assert_eq!(again.route, p.route, "{f}");
            assert!(again.notices.is_empty(), "{f}: {:?}", again.notices);
        }
        assert_eq!(
            Route::parse("#/cards?q=%E2%28%A1").route.query,
            "\u{fffd}(\u{fffd}"
        );
    }

    #[test]
    fn a_case_and_its_path_round_trip_and_are_cut_to_what_exists() {
        use crate::scenario::{all_paths, letters, scenario};
        let id = ScenarioId::ALL[0];
        let path = letters(&all_paths(scenario(id))[0]);
        let f = format!("#/scenarios?case={}&path={path}", id.slug());
        let p = Route::parse(&f);
        assert!(p.notices.is_empty(), "{:?}", p.notices);
        assert_eq!(
            (p.route.case, p.route.path.as_str()),
            (Some(id), path.as_str())
        );
        assert_eq!(p.route.format(), f);
        // letters past the end, or naming no option, are the view's to cut
        // (`CasePlay`); here only what is no path at all
        let p = Route::parse(&format!("#/scenarios?case={}&path={path}q", id.slug()));
        assert_eq!(p.route.path, format!("{path}q"));
        assert!(p.notices.is_empty());
        let p = Route::parse(&format!("#/scenarios?case={}&path={path}1", id.slug()));
        assert_eq!((p.route.path.as_str(), p.notices.len()), (path.as_str(), 1));
        let p = Route::parse(&format!("#/scenarios?case={}&path=abcdefghij", id.slug()));
        assert_eq!((p.route.path.as_str(), p.notices.len()), ("abcdefgh", 1));
        let p = Route::parse(&format!("#/scenarios?case={}&path=%F0%9F%98%80", id.slug()));
        assert_eq!((p.route.path.as_str(), p.notices.len()), ("", 1));
        // a path alone, or an unknown case, is dropped with a notice
        let p = Route::parse("#/scenarios?path=ab");
        assert_eq!(
            (p.route.case, p.route.path.as_str(), p.notices.len()),
            (None, "", 1)
        );
        let p = Route::parse("#/scenarios?case=nope&path=ab");
        assert_eq!((p.route.case, p.route.path.as_str()), (None, ""));
        assert_eq!(p.notices.len(), 2);
        // leaving the view leaves the case
        assert_eq!(Route::parse(&f).route.to_view(View::Map).case, None);
        // reading a URL reads no text kept apart: the app reads the URL to
        // learn which to fetch
        crate::content::parts::take_read();
        let _ = Route::parse(&format!("#/self-check?case={}&path=zzz&tour=2", id.slug()));
        assert_eq!(crate::content::parts::take_read(), Vec::<&str>::new());
    }

    #[test]
    fn years_are_ordered_and_clamped() {
        assert_eq!(parse_years("2005-1990"), Some((1990, 2005)));
        assert_eq!(parse_years("2001"), Some((2001, 2001)));
        assert_eq!(parse_years("1800-1950"), Some((YEAR_MIN, 1950)));
        assert_eq!(parse_years("1700-1800"), None);
        assert_eq!(parse_years("abc"), None);
    }

    #[test]
    fn long_query_is_capped() {
        let long = "a".repeat(1000);
        assert_eq!(
            Route::parse(&format!("#/cards?q={long}")).route.query.len(),
            200
        );
    }

    #[test]
    fn switching_view_keeps_filters_drops_selection() {
        let mut r = Route::new(View::Cards);
        r.query = "nato".into();
        r.card = CardId::ALL.first().copied();
        r.range = Some((2000, 2010));
        let t = r.to_view(View::Timeline);
        assert_eq!(t.view, View::Timeline);
        assert_eq!(t.query, "nato");
        assert_eq!(t.range, Some((2000, 2010)));
        assert_eq!(t.card, None);
    }

    #[test]
    fn active_filters_count_what_each_view_filters_by() {
        let p = Route::parse("#/timeline?theme=terrorist-financing&range=1990-2010").route;
        assert_eq!(p.active_filters(), 2);
        assert_eq!(Route::new(View::Timeline).active_filters(), 0);
        let m = Route::parse("#/map?rel=issues,adopted&theme=terrorist-financing").route;
        assert_eq!(m.active_filters(), 2, "several relation kinds count once");
        let c = Route::parse("#/cards?theme=terrorist-financing,legal-frameworks&range=1990-2010")
            .route;
        assert_eq!(c.active_filters(), 3);
    }
}
