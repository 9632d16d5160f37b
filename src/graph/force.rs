//! Deterministic force-directed placement of boxes, and the removal of
//! overlaps between them. Generic over what the boxes are: labels of single
//! nodes, or whole groups.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A box of size (w, h) centred on `p`, as (x0, y0, x1, y1).
pub fn rect(p: Point, (w, h): (f64, f64)) -> (f64, f64, f64, f64) {
    (p.x - w / 2.0, p.y - h / 2.0, p.x + w / 2.0, p.y + h / 2.0)
}

pub fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64), pad: f64) -> bool {
    a.0 < b.2 + pad && b.0 < a.2 + pad && a.1 < b.3 + pad && b.1 < a.3 + pad
}

/// Spring layout of `n` items with `edges` as springs of ideal length `k`,
/// started from a circle (so it is deterministic). Repulsion acts only
/// within 4k, so a separate part is not pushed off to the horizon.
pub fn place(n: usize, edges: &[(usize, usize)], k: f64, iterations: usize) -> Vec<Point> {
    let radius = k * 0.5 * n as f64 / std::f64::consts::PI;
    let mut pos: Vec<Point> = (0..n)
        .map(|i| {
            let t = i as f64 / n.max(1) as f64 * std::f64::consts::TAU;
            Point {
                x: radius * t.cos(),
                y: radius * t.sin(),
            }
        })
        .collect();
    for it in 0..iterations {
        let temp = k / 3.0 * (1.0 - it as f64 / iterations as f64) + 0.5;
        let mut disp = vec![Point { x: 0.0, y: 0.0 }; n];
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
        for &(a, b) in edges {
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
            // a gentle pull to the centre keeps the drawing together
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
    pos
}

/// For each point, the other points that may lie within `cutoff` of it (all
/// that do, and some that do not), in ascending order: those in the same or
/// a neighbouring square of side `cutoff`. Ascending order keeps the force
/// sums the same as a loop over every pair, and big graphs cheap.
pub fn near_pairs(pos: &[Point], cutoff: f64) -> Vec<Vec<usize>> {
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
            crate::order::sort(&mut near);
            near
        })
        .collect()
}

/// Push overlapping boxes apart along the axis of least overlap until no
/// two are closer than `pad`. Only boxes in neighbouring grid cells can
/// touch, which keeps big graphs (the ×20 benchmark) from costing n² per
/// round.
pub fn separate(pos: &mut [Point], sizes: &[(f64, f64)], pad: f64) {
    let reach = sizes.iter().fold(1.0_f64, |m, &(w, h)| m.max(w).max(h)) + pad;
    for _ in 0..2000 {
        let mut moved = false;
        let near = near_pairs(pos, reach);
        for i in 0..pos.len() {
            for &j in near[i].iter().filter(|&&j| j > i) {
                let (a, b) = (rect(pos[i], sizes[i]), rect(pos[j], sizes[j]));
                if !overlap(a, b, pad) {
                    continue;
                }
                moved = true;
                let ox = (a.2.min(b.2) - a.0.max(b.0)) + pad;
                let oy = (a.3.min(b.3) - a.1.max(b.1)) + pad;
                if oy <= ox {
                    let s = if pos[i].y <= pos[j].y { -1.0 } else { 1.0 };
                    pos[i].y += s * (oy / 2.0 + 0.5);
                    pos[j].y -= s * (oy / 2.0 + 0.5);
                } else {
                    let s = if pos[i].x <= pos[j].x { -1.0 } else { 1.0 };
                    pos[i].x += s * (ox / 2.0 + 0.5);
                    pos[j].x -= s * (ox / 2.0 + 0.5);
                }
            }
        }
        if !moved {
            return;
        }
    }
}

/// Bounding box of boxes.
pub fn bounds(pos: &[Point], sizes: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    pos.iter().zip(sizes).fold(
        (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ),
        |b, (&p, &s)| {
            let r = rect(p, s);
            (b.0.min(r.0), b.1.min(r.1), b.2.max(r.2), b.3.max(r.3))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn separate_leaves_no_overlap() {
        let mut pos: Vec<Point> = (0..40)
            .map(|i| Point {
                x: (i % 5) as f64 * 3.0,
                y: (i / 5) as f64 * 2.0,
            })
            .collect();
        let sizes: Vec<(f64, f64)> = (0..40)
            .map(|i| (40.0 + (i % 7) as f64 * 20.0, 30.0))
            .collect();
        separate(&mut pos, &sizes, 8.0);
        for i in 0..40 {
            for j in i + 1..40 {
                assert!(!overlap(
                    rect(pos[i], sizes[i]),
                    rect(pos[j], sizes[j]),
                    7.9
                ));
            }
        }
    }
}
