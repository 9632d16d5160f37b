//! The map's deterministic layout. Each group (the UN family, the EU, ...)
//! is laid out on its own and framed; the frames and the remaining nodes
//! are then placed as one spring graph, pushed apart until nothing
//! overlaps; parts not connected to the rest are packed beside it; and the
//! whole is stretched to the shape of a wide screen so it fills its box.

use super::force::{bounds, place, rect, separate, Point};
use super::groups::{group_of, Group};
use super::{label_size, nodes};
use crate::content;
use crate::model::*;

/// Width over height of the drawing: a laptop's map box.
pub const ASPECT: f64 = 1.85;
/// Space inside a group's frame around its members, and its title strip.
const GROUP_PAD: f64 = 10.0;
pub const GROUP_TITLE: f64 = 22.0;
const MARGIN: f64 = 8.0;
/// Spring lengths inside groups and between parts, and the least space
/// between parts: as tight as keeps it legible, so that the whole map
/// fits a laptop's box with labels of 12 px or more (in Arabic, whose
/// labels are longest, `view_box::NEARLY` of that).
const GROUP_K: f64 = 70.0;
const PART_K: f64 = 80.0;
const PART_PAD: f64 = 16.0;
const COMPACT_ROUNDS: usize = 8;
const SQUASH: f64 = 1.6;

/// A group's frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupBox {
    pub group: Group,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub nodes: Vec<NodeId>,
    pub pos: Vec<Point>,
    pub width: f64,
    pub height: f64,
    pub groups: Vec<GroupBox>,
}

impl Layout {
    pub fn pos(&self, n: NodeId) -> Option<Point> {
        self.nodes.iter().position(|&m| m == n).map(|i| self.pos[i])
    }

    /// The label box (x0, y0, x1, y1) of node `n`, where it is drawn.
    pub fn label_box(&self, n: NodeId) -> Option<(f64, f64, f64, f64)> {
        self.pos(n).map(|p| rect(p, label_size(n)))
    }

    /// Label boxes (x0, y0, x1, y1) centred on the nodes.
    pub fn boxes(&self) -> Vec<(f64, f64, f64, f64)> {
        self.nodes
            .iter()
            .zip(&self.pos)
            .map(|(&n, &p)| rect(p, label_size(n)))
            .collect()
    }
}

/// What the second stage places: a framed group or a single node.
struct Part {
    members: Vec<usize>,
    /// Member centres relative to the part's centre.
    offsets: Vec<Point>,
    size: (f64, f64),
    group: Option<Group>,
}

fn framed_group(g: Group, all: &[NodeId], edges: &[(usize, usize)]) -> Part {
    let members: Vec<usize> = g
        .members()
        .iter()
        .filter_map(|m| all.iter().position(|n| n == m))
        .collect();
    let local = |i: usize| members.iter().position(|&m| m == i);
    let sub: Vec<(usize, usize)> = edges
        .iter()
        .filter_map(|&(a, b)| Some((local(a)?, local(b)?)))
        .collect();
    let sizes: Vec<(f64, f64)> = members.iter().map(|&i| label_size(all[i])).collect();
    let mut pos = place(members.len(), &sub, GROUP_K, 300);
    separate(&mut pos, &sizes, 10.0);
    let b = bounds(&pos, &sizes);
    let (x0, y0, x1, y1) = (
        b.0 - GROUP_PAD,
        b.1 - GROUP_PAD - GROUP_TITLE,
        b.2 + GROUP_PAD,
        b.3 + GROUP_PAD,
    );
    let c = Point {
        x: (x0 + x1) / 2.0,
        y: (y0 + y1) / 2.0,
    };
    Part {
        offsets: pos
            .iter()
            .map(|p| Point {
                x: p.x - c.x,
                y: p.y - c.y,
            })
            .collect(),
        members,
        size: (x1 - x0, y1 - y0),
        group: Some(g),
    }
}

/// Draw the parts together (a tenth closer, then apart again where they
/// overlap) a few times: springs leave gaps that screens cannot spare.
fn compact(pos: &mut [Point], sizes: &[(f64, f64)]) {
    // big synthetic graphs (the ×20 benchmark) skip it: each round is a
    // full overlap removal
    if pos.len() > 150 {
        return;
    }
    for _ in 0..COMPACT_ROUNDS {
        let b = bounds(pos, sizes);
        let (cx, cy) = ((b.0 + b.2) / 2.0, (b.1 + b.3) / 2.0);
        for p in pos.iter_mut() {
            p.x = cx + (p.x - cx) * 0.9;
            p.y = cy + (p.y - cy) * 0.9;
        }
        separate(pos, sizes, PART_PAD);
    }
}

/// Connected parts of the graph of parts, largest first.
fn components(n: usize, edges: &[(usize, usize)], sizes: &[(f64, f64)]) -> Vec<Vec<usize>> {
    let mut comp: Vec<usize> = (0..n).collect();
    fn root(c: &mut [usize], i: usize) -> usize {
        let mut r = i;
        while c[r] != r {
            r = c[r];
        }
        c[i] = r;
        r
    }
    for &(a, b) in edges {
        let (ra, rb) = (root(&mut comp, a), root(&mut comp, b));
        comp[ra.max(rb)] = ra.min(rb);
    }
    let roots: Vec<usize> = (0..n).map(|i| root(&mut comp, i)).collect();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        match out.iter_mut().find(|c| roots[c[0]] == roots[i]) {
            Some(c) => c.push(i),
            None => out.push(vec![i]),
        }
    }
    let area = |c: &Vec<usize>| c.iter().map(|&i| sizes[i].0 * sizes[i].1).sum::<f64>();
    crate::order::sort_by(&mut out, |a, b| area(b).total_cmp(&area(a)));
    out
}

/// Put every smaller component beside the ones placed so far: to the right
/// or below, whichever keeps the whole nearer the target shape.
fn pack(pos: &mut [Point], sizes: &[(f64, f64)], comps: &[Vec<usize>], aspect: f64) {
    const GAP: f64 = 28.0;
    let sub = |pos: &[Point], c: &[usize]| {
        let p: Vec<Point> = c.iter().map(|&i| pos[i]).collect();
        let s: Vec<(f64, f64)> = c.iter().map(|&i| sizes[i]).collect();
        bounds(&p, &s)
    };
    let mut placed: Vec<usize> = comps[0].clone();
    for c in &comps[1..] {
        let b = sub(pos, &placed);
        let own = sub(pos, c);
        let (w, h) = (own.2 - own.0, own.3 - own.1);
        // beside, level with the top; or below, centred: the bottom
        // corners of the map's box hold the key and the zoom buttons
        let right = (b.2 + GAP - own.0, b.1 - own.1);
        let below = (b.0 + ((b.2 - b.0) - w) / 2.0 - own.0, b.3 + GAP - own.1);
        let shape = |bw: f64, bh: f64| ((bw / bh) / aspect).ln().abs();
        let r_shape = shape(b.2 - b.0 + GAP + w, (b.3 - b.1).max(h));
        let b_shape = shape((b.2 - b.0).max(w), b.3 - b.1 + GAP + h);
        let (dx, dy) = if r_shape <= b_shape { right } else { below };
        for &i in c {
            pos[i].x += dx;
            pos[i].y += dy;
        }
        placed.extend(c);
    }
}

/// Spread the centres along the short side until the drawing has the
/// target shape (boxes keep their size, so nothing comes to overlap).
fn stretch(pos: &mut [Point], sizes: &[(f64, f64)], target: f64) {
    for _ in 0..6 {
        let b = bounds(pos, sizes);
        let aspect = (b.2 - b.0) / (b.3 - b.1);
        let (cx, cy) = ((b.0 + b.2) / 2.0, (b.1 + b.3) / 2.0);
        if (aspect / target - 1.0).abs() < 0.02 {
            return;
        }
        let s = crate::bounds::clamp(target / aspect, 0.5, 1.5);
        for p in pos.iter_mut() {
            if s > 1.0 {
                p.x = cx + (p.x - cx) * s;
            } else {
                p.y = cy + (p.y - cy) / s;
            }
        }
    }
}

pub fn layout() -> Layout {
    let all = nodes();
    let edges: Vec<(usize, usize)> = content::RELATIONS
        .iter()
        .filter_map(|r| {
            Some((
                all.iter().position(|&x| x == r.from)?,
                all.iter().position(|&x| x == r.to)?,
            ))
        })
        .collect();
    let mut parts: Vec<Part> = Group::ALL
        .iter()
        .map(|&g| framed_group(g, &all, &edges))
        .collect();
    parts.extend(
        (0..all.len())
            .filter(|&i| group_of(all[i]).is_none())
            .map(|i| Part {
                members: vec![i],
                offsets: vec![Point { x: 0.0, y: 0.0 }],
                size: label_size(all[i]),
                group: None,
            }),
    );
    let part_of = |i: usize| {
        parts
            .iter()
            .position(|p| p.members.contains(&i))
            .expect("every node is in a part")
    };
    let mut part_edges: Vec<(usize, usize)> = edges
        .iter()
        .map(|&(a, b)| (part_of(a), part_of(b)))
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    crate::order::sort(&mut part_edges);
    part_edges.dedup();
    let spring = place(parts.len(), &part_edges, PART_K, 400);
    let as_drawn = arrange(spring.clone(), SQUASH, &parts, &part_edges, all.clone());
    // Big synthetic graphs (the ×20 benchmark) take the drawing as it is.
    if parts.len() > 150 || reads_whole_on_a_laptop(&as_drawn) {
        return as_drawn;
    }
    // A spring drawing's turn is arbitrary, but the shape it is packed and
    // stretched into is not: longer labels (French, Arabic) made a tall
    // drawing that the stretch to a wide one left half empty, too big to
    // read whole on a laptop. Try it turned, mirrored and squashed more or
    // less; keep the one that shows largest.
    let mut best = as_drawn;
    for squash in SQUASHES {
        for mirror in [false, true] {
            for step in 0..TURNS {
                let a = std::f64::consts::PI * step as f64 / TURNS as f64;
                let (c, s) = (a.cos(), a.sin());
                let turned = spring
                    .iter()
                    .map(|p| {
                        let x = if mirror { -p.x } else { p.x };
                        Point {
                            x: x * c - p.y * s,
                            y: x * s + p.y * c,
                        }
                    })
                    .collect();
                let l = arrange(turned, squash, &parts, &part_edges, all.clone());
                if laptop_scale(&l) > laptop_scale(&best) {
                    best = l;
                }
            }
        }
    }
    best
}

/// Turns of the spring drawing tried, over half a circle: a half turn
/// more gives the same outline, which is what is packed.
const TURNS: usize = 24;
/// How much more a unit of height counts while parts are pushed apart
/// (`SQUASH` first, as the drawing comes).
const SQUASHES: [f64; 3] = [SQUASH, 1.3, 2.0];

/// Screen pixels per layout unit of the whole map in a laptop's map box.
fn laptop_scale(l: &Layout) -> f64 {
    let (bw, bh) = super::view_box::LAPTOP_BOX;
    super::view_box::ViewBox::whole(l).scale(bw, bh)
}

fn reads_whole_on_a_laptop(l: &Layout) -> bool {
    laptop_scale(l) >= super::view_box::READABLE_SCALE
}

/// The parts, their spring centres given, pushed apart, drawn together,
/// packed and stretched to a wide screen's shape; then every node placed.
fn arrange(
    mut centres: Vec<Point>,
    squash: f64,
    parts: &[Part],
    part_edges: &[(usize, usize)],
    all: Vec<NodeId>,
) -> Layout {
    let sizes: Vec<(f64, f64)> = parts.iter().map(|p| p.size).collect();
    // Springs make round drawings; screens are wide. Lay out where a unit
    // of height counts `squash` times a unit of width, then scale back: the
    // round drawing there is a wide one here, evenly filled.
    let tall: Vec<(f64, f64)> = sizes.iter().map(|&(w, h)| (w, h * squash)).collect();
    separate(&mut centres, &tall, PART_PAD);
    compact(&mut centres, &tall);
    let comps = components(parts.len(), part_edges, &sizes);
    pack(&mut centres, &tall, &comps, ASPECT / squash);
    stretch(&mut centres, &tall, ASPECT / squash);
    for c in &mut centres {
        c.y /= squash;
    }
    separate(&mut centres, &sizes, PART_PAD);

    let b = bounds(&centres, &sizes);
    let shift = |p: Point| Point {
        x: (p.x - b.0 + MARGIN).round(),
        y: (p.y - b.1 + MARGIN).round(),
    };
    let mut pos = vec![Point { x: 0.0, y: 0.0 }; all.len()];
    let mut groups = Vec::new();
    for (part, &c) in parts.iter().zip(&centres) {
        let c = shift(c);
        for (&m, o) in part.members.iter().zip(&part.offsets) {
            pos[m] = Point {
                x: (c.x + o.x).round(),
                y: (c.y + o.y).round(),
            };
        }
        if let Some(group) = part.group {
            let r = rect(c, part.size);
            groups.push(GroupBox {
                group,
                x0: r.0,
                y0: r.1,
                x1: r.2,
                y1: r.3,
            });
        }
    }
    Layout {
        nodes: all,
        pos,
        width: (b.2 - b.0 + 2.0 * MARGIN).ceil(),
        height: (b.3 - b.1 + 2.0 * MARGIN).ceil(),
        groups,
    }
}

/// The layout of the real dataset, computed at build time
/// (`cargo run --bin bake-layout` writes `graph/baked/<lang>.rs`), when it is for
/// the nodes there are: the spring layout costs a phone most of a second.
pub fn baked() -> Option<Layout> {
    use super::baked;
    let all = nodes();
    if all.len() != baked::NODES.len() || all.iter().zip(baked::NODES).any(|(n, s)| n.slug() != *s)
    {
        return None;
    }
    Some(Layout {
        nodes: all,
        pos: baked::POS.iter().map(|&(x, y)| Point { x, y }).collect(),
        width: baked::SIZE.0,
        height: baked::SIZE.1,
        groups: baked::GROUPS
            .iter()
            .map(|&(g, x0, y0, x1, y1)| {
                let group = Group::ALL.into_iter().find(|x| x.slug() == g)?;
                Some(GroupBox {
                    group,
                    x0,
                    y0,
                    x1,
                    y1,
                })
            })
            .collect::<Option<Vec<_>>>()?,
    })
}

/// Source of `graph/baked/<lang>.rs` for the layout computed now.
pub fn bake_source() -> String {
    let l = layout();
    let mut out = format!(
        "// Generated by `EXPLAINER_LANG={0} cargo run --bin bake-layout` from `layout()`;\n\
         // `cargo run --bin bake-layout -- --check` fails when it is stale.\n\n",
        crate::i18n::LANG
    );
    out.push_str("pub const NODES: &[&str] = &[\n");
    for n in &l.nodes {
        out.push_str(&format!("    {:?},\n", n.slug()));
    }
    out.push_str("];\n\npub const POS: &[(f64, f64)] = &[\n");
    for p in &l.pos {
        out.push_str(&format!("    ({:?}, {:?}),\n", p.x, p.y));
    }
    out.push_str(&format!(
        "];\n\npub const SIZE: (f64, f64) = ({:?}, {:?});\n\n",
        l.width, l.height
    ));
    out.push_str("pub const GROUPS: &[(&str, f64, f64, f64, f64)] = &[\n");
    for g in &l.groups {
        out.push_str(&format!(
            "    ({:?}, {:?}, {:?}, {:?}, {:?}),\n",
            g.group.slug(),
            g.x0,
            g.y0,
            g.x1,
            g.y1
        ));
    }
    out.push_str("];\n");
    out
}

/// The layout baked at build time, for the page drawn ahead of time and
/// the app alike. It is never computed here: `make test` fails first when
/// the bake is stale (`the_baked_layout_is_current`), and the spring
/// layout with its trigonometry would add about 20 KB of code to the wasm
/// for that case alone. Should a stale bake ship anyway, the nodes stand in
/// a plain grid, the same before and after the takeover.
pub fn shared_layout() -> &'static Layout {
    static L: std::sync::OnceLock<Layout> = std::sync::OnceLock::new();
    L.get_or_init(|| baked().unwrap_or_else(grid))
}

/// Every node in rows, in the order of `nodes()`: legible, not laid out.
fn grid() -> Layout {
    const COLS: usize = 6;
    let nodes = nodes();
    // One cell size for all: the widest and the tallest label, with a gap.
    let cell = nodes.iter().fold((0.0f64, 0.0f64), |(w, h), &n| {
        let (x, y) = label_size(n);
        (w.max(x + 10.0), h.max(y + 10.0))
    });
    let pos = (0..nodes.len())
        .map(|i| Point {
            x: MARGIN + cell.0 * ((i % COLS) as f64 + 0.5),
            y: MARGIN + cell.1 * ((i / COLS) as f64 + 0.5),
        })
        .collect();
    let rows = nodes.len().div_ceil(COLS);
    Layout {
        nodes,
        pos,
        width: 2.0 * MARGIN + cell.0 * COLS as f64,
        height: 2.0 * MARGIN + cell.1 * rows as f64,
        groups: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::force::overlap;
    use super::*;

    /// No two labels overlap, and every one is inside the drawing.
    fn assert_legible(l: &Layout) {
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
    fn no_two_labels_overlap_on_the_real_dataset() {
        assert_legible(&layout());
    }

    #[test]
    fn the_grid_fallback_keeps_every_label_apart_and_inside() {
        assert_legible(&grid());
    }

    #[test]
    fn the_baked_layout_is_current() {
        assert!(
            baked() == Some(layout()),
            "graph/baked/{0}.rs is stale: run `EXPLAINER_LANG={0} cargo run --bin bake-layout`",
            crate::i18n::LANG
        );
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
    fn groups_frame_their_members_and_nothing_else() {
        let l = layout();
        let inside = |b: (f64, f64, f64, f64), g: &GroupBox| {
            b.0 >= g.x0 && b.2 <= g.x1 && b.1 >= g.y0 + GROUP_TITLE && b.3 <= g.y1
        };
        let boxes = l.boxes();
        for g in &l.groups {
            for (&n, &b) in l.nodes.iter().zip(&boxes) {
                let member = g.group.members().contains(&n);
                if member {
                    assert!(inside(b, g), "{n:?} outside the {} frame", g.group.label());
                } else {
                    assert!(
                        !overlap(b, (g.x0, g.y0, g.x1, g.y1), 0.0),
                        "{n:?} inside the {} frame",
                        g.group.label()
                    );
                }
            }
            for h in &l.groups {
                if h.group != g.group {
                    assert!(!overlap(
                        (g.x0, g.y0, g.x1, g.y1),
                        (h.x0, h.y0, h.x1, h.y1),
                        0.0
                    ));
                }
            }
        }
        assert_eq!(l.groups.len(), Group::ALL.len());
    }

    #[test]
    fn the_drawing_has_the_shape_of_its_box_and_no_empty_half() {
        let l = layout();
        let aspect = l.width / l.height;
        assert!((aspect / ASPECT - 1.0).abs() < 0.1, "aspect {aspect:.2}");
        // every quarter of the drawing holds some node
        let b = l.boxes();
        for (qx, qy) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
            let (x0, y0) = (qx as f64 * l.width / 2.0, qy as f64 * l.height / 2.0);
            let any = b
                .iter()
                .any(|b| overlap(*b, (x0, y0, x0 + l.width / 2.0, y0 + l.height / 2.0), 0.0));
            assert!(any, "quarter {qx},{qy} is empty");
        }
    }
}
