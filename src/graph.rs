//! The organisation map as a graph: nodes, typed edges, neighbour queries,
//! filtering by relation kind, theme and year, and a deterministic layout
//! (force-directed, then label overlaps removed). No randomness: the same
//! data gives the same picture on every load and build.

use crate::content;
use crate::model::*;
use crate::route::Route;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Pixel size of a node's label box (approximate text width).
pub fn label_size(n: NodeId) -> (f64, f64) {
    let chars = content::node_short(n).chars().count() as f64;
    (chars * 9.0 + 24.0, 30.0)
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
    out.sort();
    out.dedup();
    out
}

/// A relation as a sentence: "NATO is a member of the Global Coalition".
pub fn sentence(r: &Relation) -> String {
    let since = r.since.map(|y| format!(" (since {y})")).unwrap_or_default();
    format!(
        "{} {} {}{}.",
        content::node_name(r.from),
        r.kind.label(),
        content::node_name(r.to),
        since
    )
}

/// From `from`, the neighbour lying most nearly in direction (dx, dy).
pub fn neighbour_towards(
    from: NodeId,
    dir: (f64, f64),
    candidates: &[NodeId],
    layout: &Layout,
) -> Option<NodeId> {
    let p = layout.pos(from)?;
    candidates
        .iter()
        .filter_map(|&c| {
            let q = layout.pos(c)?;
            let (vx, vy) = (q.x - p.x, q.y - p.y);
            let len = (vx * vx + vy * vy).sqrt().max(1e-9);
            let cos = (vx * dir.0 + vy * dir.1) / len;
            // within 80° of the arrow's direction; nearest angle, then distance
            (cos > 0.17).then_some((c, cos, len))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.2.total_cmp(&a.2)))
        .map(|t| t.0)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub nodes: Vec<NodeId>,
    pub pos: Vec<Point>,
    pub width: f64,
    pub height: f64,
}

impl Layout {
    pub fn pos(&self, n: NodeId) -> Option<Point> {
        self.nodes.iter().position(|&m| m == n).map(|i| self.pos[i])
    }

    /// Label boxes (x0, y0, x1, y1) centred on the nodes.
    pub fn boxes(&self) -> Vec<(f64, f64, f64, f64)> {
        self.nodes
            .iter()
            .zip(&self.pos)
            .map(|(&n, p)| {
                let (w, h) = label_size(n);
                (p.x - w / 2.0, p.y - h / 2.0, p.x + w / 2.0, p.y + h / 2.0)
            })
            .collect()
    }
}

fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64), pad: f64) -> bool {
    a.0 < b.2 + pad && b.0 < a.2 + pad && a.1 < b.3 + pad && b.1 < a.3 + pad
}

/// Force-directed layout of all nodes with every relation as a spring,
/// started from a circle (so it is deterministic), then label boxes pushed
/// apart until none overlap, then translated to start at the margin.
pub fn layout() -> Layout {
    let nodes = nodes();
    let n = nodes.len();
    let edges: Vec<(usize, usize)> = content::RELATIONS
        .iter()
        .filter_map(|r| {
            let a = nodes.iter().position(|&x| x == r.from)?;
            let b = nodes.iter().position(|&x| x == r.to)?;
            Some((a, b))
        })
        .collect();
    let radius = 60.0 * n as f64 / std::f64::consts::PI;
    let mut pos: Vec<Point> = (0..n)
        .map(|i| {
            let t = i as f64 / n as f64 * std::f64::consts::TAU;
            Point {
                x: radius * t.cos(),
                y: radius * t.sin(),
            }
        })
        .collect();
    let k = 120.0_f64; // ideal edge length
    let iterations = 400;
    for it in 0..iterations {
        let temp = 40.0 * (1.0 - it as f64 / iterations as f64) + 0.5;
        let mut disp = vec![Point { x: 0.0, y: 0.0 }; n];
        // repulsion only nearby (4k), so a separate cluster is not pushed
        // off to the horizon; only the nodes in neighbouring grid cells can
        // be that near, which keeps big graphs from costing n² per step
        for (i, near) in near_pairs(&pos, 4.0 * k).into_iter().enumerate() {
            for j in near {
                let dx = pos[i].x - pos[j].x;
                let dy = pos[i].y - pos[j].y;
                let d2 = (dx * dx + dy * dy).max(1.0);
                let f = if d2 < 16.0 * k * k { k * k / d2 } else { 0.0 };
                disp[i].x += dx * f;
                disp[i].y += dy * f;
            }
        }
        for &(a, b) in &edges {
            let dx = pos[a].x - pos[b].x;
            let dy = pos[a].y - pos[b].y;
            let d = (dx * dx + dy * dy).sqrt().max(1.0);
            let f = d / k;
            disp[a].x -= dx * f;
            disp[a].y -= dy * f;
            disp[b].x += dx * f;
            disp[b].y += dy * f;
        }
        for i in 0..n {
            // gentle pull to the centre keeps unconnected parts close
            disp[i].x -= pos[i].x * 0.08;
            disp[i].y -= pos[i].y * 0.08;
            let len = (disp[i].x * disp[i].x + disp[i].y * disp[i].y)
                .sqrt()
                .max(1e-9);
            let step = len.min(temp);
            pos[i].x += disp[i].x / len * step;
            pos[i].y += disp[i].y / len * step * 0.8; // a little wider than tall
        }
    }
    let mut l = Layout {
        nodes,
        pos,
        width: 0.0,
        height: 0.0,
    };
    separate_labels(&mut l, 8.0);
    let b = l.boxes();
    let margin = 24.0;
    let minx = b.iter().map(|b| b.0).fold(f64::INFINITY, f64::min);
    let miny = b.iter().map(|b| b.1).fold(f64::INFINITY, f64::min);
    let maxx = b.iter().map(|b| b.2).fold(f64::NEG_INFINITY, f64::max);
    let maxy = b.iter().map(|b| b.3).fold(f64::NEG_INFINITY, f64::max);
    for p in &mut l.pos {
        p.x = (p.x - minx + margin).round();
        p.y = (p.y - miny + margin).round();
    }
    l.width = (maxx - minx + 2.0 * margin).ceil();
    l.height = (maxy - miny + 2.0 * margin).ceil();
    l
}

/// For each point, the other points that may lie within `cutoff` of it (all
/// that do, and some that do not), in ascending order: those in the same or
/// a neighbouring square of side `cutoff`. Ascending order keeps the force
/// sums, and so the layout, the same as a loop over every pair.
fn near_pairs(pos: &[Point], cutoff: f64) -> Vec<Vec<usize>> {
    let cell = |p: &Point| ((p.x / cutoff).floor() as i64, (p.y / cutoff).floor() as i64);
    let mut grid: std::collections::HashMap<(i64, i64), Vec<usize>> = Default::default();
    for (i, p) in pos.iter().enumerate() {
        grid.entry(cell(p)).or_default().push(i);
    }
    pos.iter()
        .enumerate()
        .map(|(i, p)| {
            let (cx, cy) = cell(p);
            let mut near: Vec<usize> = (-1..=1)
                .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
                .filter_map(|c| grid.get(&c))
                .flatten()
                .copied()
                .filter(|&j| j != i)
                .collect();
            near.sort_unstable();
            near
        })
        .collect()
}

/// The layout, computed once per page load.
pub fn shared_layout() -> &'static Layout {
    static L: std::sync::OnceLock<Layout> = std::sync::OnceLock::new();
    L.get_or_init(layout)
}

/// Push overlapping label boxes apart along the axis of least overlap.
fn separate_labels(l: &mut Layout, pad: f64) {
    for _ in 0..500 {
        let boxes = l.boxes();
        let mut moved = false;
        for i in 0..boxes.len() {
            for j in i + 1..boxes.len() {
                let (a, b) = (boxes[i], boxes[j]);
                if overlap(a, b, pad) {
                    moved = true;
                    let ox = (a.2.min(b.2) - a.0.max(b.0)) + pad;
                    let oy = (a.3.min(b.3) - a.1.max(b.1)) + pad;
                    let (pi, pj) = (l.pos[i], l.pos[j]);
                    if oy <= ox {
                        let s = if pi.y <= pj.y { -1.0 } else { 1.0 };
                        l.pos[i].y += s * oy / 2.0 + s * 0.5;
                        l.pos[j].y -= s * oy / 2.0 + s * 0.5;
                    } else {
                        let s = if pi.x <= pj.x { -1.0 } else { 1.0 };
                        l.pos[i].x += s * ox / 2.0 + s * 0.5;
                        l.pos[j].x -= s * ox / 2.0 + s * 0.5;
                    }
                }
            }
        }
        if !moved {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::View;

    #[test]
    fn near_pairs_finds_every_pair_within_the_cutoff() {
        // a deterministic scatter, with clusters and far outliers
        let pos: Vec<Point> = (0..300)
            .map(|i| {
                let t = i as f64 * 2.399;
                let r = (i % 37) as f64 * 41.0 + if i % 50 == 0 { 9000.0 } else { 0.0 };
                Point {
                    x: r * t.cos() - 13.0,
                    y: r * t.sin() + 7.0,
                }
            })
            .collect();
        let cutoff = 480.0;
        let near = near_pairs(&pos, cutoff);
        for i in 0..pos.len() {
            assert!(
                near[i].windows(2).all(|w| w[0] < w[1]),
                "ascending, no repeats"
            );
            for j in 0..pos.len() {
                let d = ((pos[i].x - pos[j].x).powi(2) + (pos[i].y - pos[j].y).powi(2)).sqrt();
                if i != j && d < cutoff {
                    assert!(
                        near[i].contains(&j),
                        "{j} is {d:.0} from {i} but not listed"
                    );
                }
            }
            assert!(!near[i].contains(&i));
        }
    }

    #[test]
    fn no_two_labels_overlap_on_the_real_dataset() {
        let l = layout();
        let b = l.boxes();
        for i in 0..b.len() {
            for j in i + 1..b.len() {
                assert!(
                    !overlap(b[i], b[j], 0.0),
                    "labels of {:?} and {:?} overlap",
                    l.nodes[i],
                    l.nodes[j]
                );
            }
        }
        assert!(b
            .iter()
            .all(|b| b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= l.width && b.3 <= l.height));
    }

    #[test]
    fn layout_is_deterministic() {
        assert_eq!(layout(), layout());
    }

    #[test]
    fn related_nodes_sit_closer_than_average() {
        let l = layout();
        let dist = |a: NodeId, b: NodeId| {
            let (p, q) = (l.pos(a).unwrap(), l.pos(b).unwrap());
            ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt()
        };
        let edges: Vec<f64> = content::RELATIONS
            .iter()
            .map(|r| dist(r.from, r.to))
            .collect();
        let all: Vec<f64> = l
            .nodes
            .iter()
            .flat_map(|&a| {
                l.nodes
                    .iter()
                    .filter(move |&&b| b != a)
                    .map(move |&b| (a, b))
            })
            .map(|(a, b)| dist(a, b))
            .collect();
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!(
            mean(&edges) < mean(&all) * 0.8,
            "edges {} vs all {}",
            mean(&edges),
            mean(&all)
        );
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
    fn arrow_navigation_picks_the_neighbour_in_that_direction() {
        let l = Layout {
            nodes: nodes().into_iter().take(3).collect(),
            pos: vec![
                Point { x: 0.0, y: 0.0 },
                Point { x: 100.0, y: 0.0 },
                Point { x: 0.0, y: 100.0 },
            ],
            width: 100.0,
            height: 100.0,
        };
        let (a, b, c) = (l.nodes[0], l.nodes[1], l.nodes[2]);
        assert_eq!(neighbour_towards(a, (1.0, 0.0), &[b, c], &l), Some(b));
        assert_eq!(neighbour_towards(a, (0.0, 1.0), &[b, c], &l), Some(c));
        assert_eq!(neighbour_towards(a, (-1.0, 0.0), &[b, c], &l), None);
    }

    #[test]
    fn sentences_read_well() {
        for r in content::RELATIONS {
            let s = sentence(r);
            assert!(s.ends_with('.') && s.len() > 10);
        }
    }
}
