//! The organisation map as a graph: nodes, typed edges, neighbour queries,
//! filtering by relation kind, theme and year. The deterministic layout is
//! in `layout`, the groups drawn around related bodies in `groups`, and the
//! view box a screen starts with in `view_box`.

/// The layout baked for this bundle's language (`src/graph/baked/<lang>.rs`,
/// written by `EXPLAINER_LANG=<lang> cargo run --bin bake-layout`): each
/// language's labels have their own widths, and one layout for all let
/// longer labels overlap.
mod baked {
    include!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/graph/baked/",
        env!("EXPLAINER_LANG_CODE"),
        ".rs"
    ));
}
mod force;
pub mod groups;
pub mod layout;
pub mod view_box;

pub use groups::Group;
pub use layout::{layout, shared_layout, GroupBox, Layout};

use crate::content;
use crate::i18n::{self, ui};
use crate::model::*;
use crate::route::Route;

pub use force::Point;

/// Pixel size of a node's label box (approximate text width).
pub fn label_size(n: NodeId) -> (f64, f64) {
    (text_width(content::node_short(n)) + 24.0, 30.0)
}

/// Approximate width of a label at the map's 15 px bold font: about 9 px a
/// letter, a full em for the wide characters of Chinese, Japanese and
/// Korean (at 9 px, 25 Chinese labels spilled out of their shapes).
pub fn text_width(s: &str) -> f64 {
    s.chars().map(|c| if is_wide(c) { 15.0 } else { 9.0 }).sum()
}

/// East Asian wide and full-width characters (Unicode's East Asian Width
/// W and F, by block).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// All nodes in a stable order: actors, then instruments.
pub fn nodes() -> Vec<NodeId> {
    ActorId::ALL
        .iter()
        .map(|&a| NodeId::Actor(a))
        .chain(InstrumentId::ALL.iter().map(|&i| NodeId::Instrument(i)))
        .collect()
}

/// Group used for node shape and colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeClass {
    Actor(ActorKind),
    Instrument,
}

pub fn class_of(n: NodeId) -> NodeClass {
    match n {
        NodeId::Actor(a) => NodeClass::Actor(content::actor(a).kind),
        NodeId::Instrument(_) => NodeClass::Instrument,
    }
}

/// Year a node came into being, when known.
pub fn node_year(n: NodeId) -> Option<i32> {
    match n {
        NodeId::Actor(a) => content::actor(a).founded,
        NodeId::Instrument(i) => content::instrument(i).year,
    }
}

/// The map nodes a card or an event names: its actors, then its instruments.
pub fn named_nodes(actors: &[ActorId], instruments: &[InstrumentId]) -> Vec<NodeId> {
    actors
        .iter()
        .map(|&a| NodeId::Actor(a))
        .chain(instruments.iter().map(|&i| NodeId::Instrument(i)))
        .collect()
}

/// Cards that concern a node.
pub fn node_cards(n: NodeId) -> Vec<CardId> {
    content::CARDS
        .iter()
        .filter(|c| match n {
            NodeId::Actor(a) => c.actors.contains(&a),
            NodeId::Instrument(i) => c.instruments.contains(&i),
        })
        .map(|c| c.id)
        .collect()
}

/// Events that involve a node.
pub fn node_events(n: NodeId) -> Vec<EventId> {
    content::EVENTS
        .iter()
        .filter(|e| match n {
            NodeId::Actor(a) => e.actors.contains(&a),
            NodeId::Instrument(i) => e.instruments.contains(&i),
        })
        .map(|e| e.id)
        .collect()
}

/// Relations (indices into RELATIONS) visible under the route's filters:
/// relation kinds, themes (both ends must concern a card of the theme), and
/// the year range (a relation that starts after it is hidden).
pub fn visible_relations(route: &Route) -> Vec<usize> {
    let themes = &route.facets.themes;
    let node_ok = |n: NodeId| {
        let theme_ok = themes.is_empty()
            || node_cards(n)
                .iter()
                .any(|&c| content::card(c).themes.iter().any(|t| themes.contains(t)));
        let year_ok = match (route.range, node_year(n)) {
            (Some((_, to)), Some(y)) => y <= to,
            _ => true,
        };
        theme_ok && year_ok
    };
    content::RELATIONS
        .iter()
        .enumerate()
        .filter(|(_, r)| route.relations.is_empty() || route.relations.contains(&r.kind))
        .filter(|(_, r)| match (route.range, r.since) {
            (Some((_, to)), Some(y)) => y <= to,
            _ => true,
        })
        .filter(|(_, r)| node_ok(r.from) && node_ok(r.to))
        .map(|(i, _)| i)
        .collect()
}

/// Nodes touched by the given relations, in `nodes()` order.
pub fn nodes_of(relations: &[usize]) -> Vec<NodeId> {
    nodes()
        .into_iter()
        .filter(|&n| {
            relations
                .iter()
                .any(|&i| content::RELATIONS[i].from == n || content::RELATIONS[i].to == n)
        })
        .collect()
}

/// Neighbours of a node through the given relations, deduplicated.
pub fn neighbours(n: NodeId, relations: &[usize]) -> Vec<NodeId> {
    let mut out: Vec<NodeId> = relations
        .iter()
        .map(|&i| &content::RELATIONS[i])
        .filter_map(|r| {
            if r.from == n {
                Some(r.to)
            } else if r.to == n {
                Some(r.from)
            } else {
                None
            }
        })
        .collect();
    crate::order::sort(&mut out);
    out.dedup();
    out
}

/// A relation as a sentence: "NATO is a member of the Global Coalition".
pub fn sentence(r: &Relation) -> String {
    let since = r
        .since
        .map(|y| i18n::fill(ui::map::RELATION_SINCE, &[("year", &y.to_string())]))
        .unwrap_or_default();
    // word order and the full stop are the language's: one pattern
    i18n::fill(
        ui::map::RELATION,
        &[
            ("from", content::node_name(r.from)),
            ("rel", r.kind.label()),
            ("to", content::node_name(r.to)),
            ("since", &since),
        ],
    )
}

/// From `from`, the candidate an arrow in direction (dx, dy) lands on: of
/// those within 45° of it (else 80°), the nearest, counting a step aside twice a step
/// ahead (as spatial navigation does), so the arrow goes to what lies that
/// way rather than to something far off that lines up exactly.
pub fn nearest_towards(
    from: NodeId,
    dir: (f64, f64),
    candidates: &[NodeId],
    layout: &Layout,
) -> Option<NodeId> {
    let p = layout.pos(from)?;
    candidates
        .iter()
        .filter(|&&c| c != from)
        .filter_map(|&c| {
            let q = layout.pos(c)?;
            let (vx, vy) = (q.x - p.x, q.y - p.y);
            let ahead = vx * dir.0 + vy * dir.1;
            let aside = (vx * dir.1 - vy * dir.0).abs();
            let len = (vx * vx + vy * vy).sqrt().max(1e-9);
            // within 45° first; out to 80° only where nothing is
            let wide = ahead / len <= std::f64::consts::FRAC_1_SQRT_2;
            (ahead / len > 0.17).then_some((c, wide, ahead + 2.0 * aside))
        })
        .min_by(|a, b| a.1.cmp(&b.1).then(a.2.total_cmp(&b.2)))
        .map(|t| t.0)
}

/// One arrow key's move on the map: where it left, where it landed, which way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub from: NodeId,
    pub to: NodeId,
    pub dir: (f64, f64),
}

/// Where an arrow key goes from `from` among the map's `nodes`, given the
/// moves that led there (`trail`, updated): the opposite of the last move
/// goes back to where it came from, so Right then Left returns, which the
/// nearest node that way alone does not promise; any other arrow goes to
/// the nearest node that way, related or not. Following relations alone left
/// the UN's family unreachable from the UN (its neighbours lie all round
/// it), and a node's relations are links in its panel anyway.
pub fn walk(
    trail: &mut Vec<Step>,
    from: NodeId,
    dir: (f64, f64),
    nodes: &[NodeId],
    layout: &Layout,
) -> Option<NodeId> {
    // a trail holds only while it ends where the keys are now (a press, a
    // filter or Home moves elsewhere)
    if trail.last().is_some_and(|s| s.to != from) {
        trail.clear();
    }
    if let Some(s) = trail.last().copied() {
        if s.dir == (-dir.0, -dir.1) && nodes.contains(&s.from) {
            trail.pop();
            return Some(s.from);
        }
    }
    let to = nearest_towards(from, dir, nodes, layout)?;
    // a key held down for long must not grow it without end
    if trail.len() == 256 {
        trail.remove(0);
    }
    trail.push(Step { from, to, dir });
    Some(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::View;

    const ARROWS: [(f64, f64); 4] = [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0)];

    /// The nodes reached from `start` by arrow keys alone.
    fn reached_by_arrows(start: NodeId, relations: &[usize], layout: &Layout) -> Vec<NodeId> {
        let nodes = nodes_of(relations);
        let mut seen = vec![start];
        let mut todo = vec![start];
        while let Some(n) = todo.pop() {
            for dir in ARROWS {
                if let Some(t) = walk(&mut Vec::new(), n, dir, &nodes, layout) {
                    if !seen.contains(&t) {
                        seen.push(t);
                        todo.push(t);
                    }
                }
            }
        }
        seen
    }

    #[test]
    fn arrow_keys_reach_every_node_from_the_tab_stop_whatever_the_filter() {
        let layout = shared_layout();
        let mut maps = vec![visible_relations(&Route::new(View::Map))];
        // each kind of relation alone: the map falls apart in pieces
        for k in RelationKind::ALL {
            let mut r = Route::new(View::Map);
            r.relations = vec![*k];
            maps.push(visible_relations(&r));
        }
        for rels in maps {
            let nodes = nodes_of(&rels);
            for &start in &nodes {
                let got = reached_by_arrows(start, &rels, layout);
                let missed: Vec<_> = nodes.iter().filter(|n| !got.contains(n)).collect();
                assert!(
                    missed.is_empty(),
                    "from {start:?}, arrows never reach {missed:?}"
                );
            }
        }
    }

    #[test]
    fn the_opposite_arrow_retraces_every_move() {
        let layout = shared_layout();
        let nodes = nodes_of(&visible_relations(&Route::new(View::Map)));
        for &start in &nodes {
            for dir in ARROWS {
                // up to three moves one way, then as many back: the start again
                let mut trail = Vec::new();
                let mut path = vec![start];
                for _ in 0..3 {
                    match walk(&mut trail, *path.last().unwrap(), dir, &nodes, layout) {
                        Some(t) => path.push(t),
                        None => break,
                    }
                }
                let back = (-dir.0, -dir.1);
                let mut at = *path.last().unwrap();
                for want in path.iter().rev().skip(1) {
                    at = walk(&mut trail, at, back, &nodes, layout).unwrap();
                    assert_eq!(at, *want, "from {start:?} {dir:?}: {path:?}, back");
                }
                assert!(trail.is_empty());
            }
        }
        // a move from elsewhere (a press, Home) starts afresh
        let (a, b) = (nodes[0], nodes[1]);
        let mut trail = vec![Step {
            from: a,
            to: b,
            dir: (1.0, 0.0),
        }];
        let c = nodes.iter().copied().find(|&n| n != a && n != b).unwrap();
        let got = walk(&mut trail, c, (-1.0, 0.0), &nodes, layout);
        assert_eq!(got, nearest_towards(c, (-1.0, 0.0), &nodes, layout));
        // nor does it go back to a node a filter has since hidden
        let mut trail = vec![Step {
            from: a,
            to: b,
            dir: (1.0, 0.0),
        }];
        let rest: Vec<_> = nodes.iter().copied().filter(|&n| n != a).collect();
        assert_ne!(walk(&mut trail, b, (-1.0, 0.0), &rest, layout), Some(a));
    }

    #[test]
    fn filters_narrow_relations() {
        let all = visible_relations(&Route::new(View::Map));
        assert_eq!(all.len(), content::RELATIONS.len());
        let mut r = Route::new(View::Map);
        r.relations = vec![RelationKind::MemberOf];
        let members = visible_relations(&r);
        assert!(!members.is_empty());
        assert!(members
            .iter()
            .all(|&i| content::RELATIONS[i].kind == RelationKind::MemberOf));
        let mut r = Route::new(View::Map);
        r.range = Some((1900, 1950));
        let early = visible_relations(&r);
        assert!(early.len() < all.len());
        for &i in &early {
            let rel = &content::RELATIONS[i];
            assert!(rel.since.is_none_or(|y| y <= 1950));
            assert!(node_year(rel.from).is_none_or(|y| y <= 1950));
        }
    }

    #[test]
    fn neighbours_are_symmetric() {
        let all: Vec<usize> = (0..content::RELATIONS.len()).collect();
        for n in nodes() {
            for m in neighbours(n, &all) {
                assert!(neighbours(m, &all).contains(&n));
            }
        }
    }

    #[test]
    fn arrow_navigation_picks_the_node_that_way() {
        let l = Layout {
            nodes: nodes().into_iter().take(3).collect(),
            pos: vec![
                Point { x: 0.0, y: 0.0 },
                Point { x: 100.0, y: 0.0 },
                Point { x: 0.0, y: 100.0 },
            ],
            width: 100.0,
            height: 100.0,
            groups: Vec::new(),
        };
        let (a, b, c) = (l.nodes[0], l.nodes[1], l.nodes[2]);
        assert_eq!(nearest_towards(a, (1.0, 0.0), &[b, c], &l), Some(b));
        assert_eq!(nearest_towards(a, (0.0, 1.0), &[b, c], &l), Some(c));
        assert_eq!(nearest_towards(a, (-1.0, 0.0), &[b, c], &l), None);
        // a near node a little aside wins over a far one straight ahead
        let l = Layout {
            pos: vec![
                Point { x: 0.0, y: 0.0 },
                Point { x: 400.0, y: 0.0 },
                Point { x: 60.0, y: 30.0 },
            ],
            ..l
        };
        assert_eq!(nearest_towards(a, (1.0, 0.0), &[b, c], &l), Some(c));
    }

    #[test]
    fn sentences_read_well() {
        for r in content::RELATIONS.iter() {
            let s = sentence(r);
            assert!(s.ends_with(['.', '。']) && s.len() > 10 && !s.contains('{'));
        }
    }
}
