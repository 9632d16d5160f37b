//! The timeline's navigator band, laid out so nothing collides: markers too
//! close to tell apart merge into a cluster with a count, and a label goes
//! only where it has room, in the lowest free lane above its marker, with a
//! stem that no other label crosses. Zooming in spreads the markers, so more
//! of them get labels. Pure geometry in pixels, tested natively.

use crate::timeline_layout::{Window, MIN_SPAN};

/// Sizes of the band's parts, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandSpec {
    /// Width of the plot.
    pub width: f64,
    /// Label lanes above the markers.
    pub lanes: usize,
    /// Diameter of a single event's marker.
    pub marker: f64,
    /// Diameter of a cluster's marker.
    pub cluster: f64,
    /// Least free space between two markers or two labels.
    pub gap: f64,
}

/// A label's box: its lane (0 = nearest the markers) and horizontal extent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    pub lane: usize,
    pub left: f64,
    pub width: f64,
}

/// One mark on the band. `first..=last` index the input items.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub first: usize,
    pub last: usize,
    /// Centre of the marker.
    pub x: f64,
    /// Only single events get a label, and only where it fits.
    pub label: Option<LabelBox>,
}

impl Mark {
    pub fn count(&self) -> usize {
        self.last - self.first + 1
    }
    pub fn is_cluster(&self) -> bool {
        self.first != self.last
    }
    fn size(&self, spec: &BandSpec) -> f64 {
        if self.is_cluster() {
            spec.cluster
        } else {
            spec.marker
        }
    }
}

/// Lay out items at positions `xs` (ascending, inside `0..=spec.width`)
/// whose labels are `widths` wide. `first` (the current or focused event)
/// always stands alone, even among events of the same week: its
/// neighbours step aside by a marker's width, and it is labelled first.
pub fn layout(xs: &[f64], widths: &[f64], spec: &BandSpec, first: Option<usize>) -> Vec<Mark> {
    let xs = match first {
        Some(f) if f < xs.len() => make_room(xs, f, spec),
        _ => xs.to_vec(),
    };
    let mut marks = cluster(&xs, spec);
    place_labels(&mut marks, widths, spec, first);
    marks
}

/// Move the neighbours of item `f` that would touch its marker to just
/// clear of it (and `f` in from the edge if they need the room), keeping
/// the order.
fn make_room(xs: &[f64], f: usize, spec: &BandSpec) -> Vec<f64> {
    let room = (spec.marker + spec.cluster) / 2.0 + spec.gap;
    let edge = room + spec.cluster / 2.0;
    // where its marker will be drawn
    let mut x = crate::bounds::clamp(xs[f], spec.marker / 2.0, spec.width - spec.marker / 2.0);
    if xs[..f].iter().any(|&a| a > x - room) {
        x = x.max(edge.min(spec.width / 2.0));
    }
    if xs[f + 1..].iter().any(|&b| b < x + room) {
        x = x.min((spec.width - edge).max(spec.width / 2.0));
    }
    xs.iter()
        .enumerate()
        .map(|(j, &a)| match j.cmp(&f) {
            std::cmp::Ordering::Less => a.min(x - room),
            std::cmp::Ordering::Equal => x,
            std::cmp::Ordering::Greater => a.max(x + room),
        })
        .collect()
}

fn centre(xs: &[f64], first: usize, last: usize, spec: &BandSpec, size: f64) -> f64 {
    let x = (xs[first] + xs[last]) / 2.0;
    crate::bounds::clamp(x, size / 2.0, spec.width - size / 2.0)
}

/// Merge neighbours whose markers would touch, until none do.
fn cluster(xs: &[f64], spec: &BandSpec) -> Vec<Mark> {
    let mut marks: Vec<Mark> = (0..xs.len())
        .map(|i| Mark {
            first: i,
            last: i,
            x: centre(xs, i, i, spec, spec.marker),
            label: None,
        })
        .collect();
    loop {
        let clash = marks.windows(2).position(|w| {
            let room = (w[0].size(spec) + w[1].size(spec)) / 2.0 + spec.gap;
            w[1].x - w[0].x < room
        });
        let Some(i) = clash else { break };
        let (first, last) = (marks[i].first, marks[i + 1].last);
        marks[i] = Mark {
            first,
            last,
            x: centre(xs, first, last, spec, spec.cluster),
            label: None,
        };
        marks.remove(i + 1);
    }
    marks
}

fn free(intervals: &[(f64, f64)], a: f64, b: f64) -> bool {
    intervals.iter().all(|&(l, r)| b <= l || a >= r)
}

fn place_labels(marks: &mut [Mark], widths: &[f64], spec: &BandSpec, first: Option<usize>) {
    let mut lanes: Vec<Vec<(f64, f64)>> = vec![Vec::new(); spec.lanes];
    // right to left: a label starts at its marker, so earlier labels stack
    // up and to the left of later ones, their stems clear of them
    let mut order: Vec<usize> = (0..marks.len()).rev().collect();
    if let Some(f) = first.and_then(|f| marks.iter().position(|m| m.first == f && m.last == f)) {
        order.retain(|&i| i != f);
        order.insert(0, f);
    }
    for i in order {
        let m = marks[i];
        if m.is_cluster() {
            continue;
        }
        let w = widths[m.first];
        if w + 2.0 * spec.gap > spec.width {
            continue;
        }
        // start at the marker's left edge, or end at its right edge when
        // that would run past the plot
        let mut left = m.x - spec.marker / 2.0;
        if left + w > spec.width {
            left = m.x + spec.marker / 2.0 - w;
        }
        let left = crate::bounds::clamp(left, 0.0, spec.width - w);
        let (a, b) = (left - spec.gap, left + w + spec.gap);
        let stem = (m.x - 1.5, m.x + 1.5);
        let lane = (0..spec.lanes)
            .find(|&k| free(&lanes[k], a, b) && lanes[..k].iter().all(|l| free(l, stem.0, stem.1)));
        if let Some(k) = lane {
            lanes[k].push((left, left + w));
            for l in &mut lanes[..k] {
                l.push(stem);
            }
            marks[i].label = Some(LabelBox {
                lane: k,
                left,
                width: w,
            });
        }
    }
}

/// Index of the mark that shows item `i`.
pub fn mark_of(marks: &[Mark], i: usize) -> Option<usize> {
    marks.iter().position(|m| m.first <= i && i <= m.last)
}

/// The smallest change of window that shows `years[i]` as a single marker
/// with a label: pan it into view, then zoom in around it while it is
/// still part of a cluster or has no room for its label. `label_width`
/// gives each year's label width.
pub fn reveal(w: Window, years: &[f64], i: usize, widths: &[f64], spec: &BandSpec) -> Window {
    let year = years[i];
    let mut w = if year < w.from || year > w.to {
        w.reveal(year).rounded()
    } else {
        w
    };
    for _ in 0..24 {
        let (xs, idx): (Vec<f64>, Vec<usize>) = years
            .iter()
            .enumerate()
            .map(|(j, &y)| (w.x(y, spec.width), j))
            .filter(|&(x, _)| (0.0..=spec.width).contains(&x))
            .unzip();
        let ws: Vec<f64> = idx.iter().map(|&j| widths[j]).collect();
        let Some(me) = idx.iter().position(|&j| j == i) else {
            w = w.reveal(year).rounded();
            continue;
        };
        let marks = layout(&xs, &ws, spec, Some(me));
        let shown = mark_of(&marks, me).is_some_and(|m| marks[m].label.is_some());
        if shown || w.span() <= MIN_SPAN + 1e-9 {
            break;
        }
        // whole years, as the URL keeps them
        w = w.zoom(1.5, year).rounded();
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: BandSpec = BandSpec {
        width: 1000.0,
        lanes: 4,
        marker: 14.0,
        cluster: 26.0,
        gap: 6.0,
    };

    fn rect(m: &Mark, spec: &BandSpec) -> (f64, f64) {
        let s = m.size(spec);
        (m.x - s / 2.0, m.x + s / 2.0)
    }

    /// Everything the band promises, on any input.
    fn check(xs: &[f64], widths: &[f64], spec: &BandSpec, marks: &[Mark]) {
        // every item is shown exactly once, in order
        let mut next = 0;
        for m in marks {
            assert_eq!(m.first, next);
            assert!(m.last >= m.first);
            next = m.last + 1;
        }
        assert_eq!(next, xs.len());
        // markers inside the plot and apart
        for m in marks {
            let (a, b) = rect(m, spec);
            assert!(
                a >= -1e-9 && b <= spec.width + 1e-9,
                "marker {a}..{b} outside"
            );
        }
        for w in marks.windows(2) {
            assert!(rect(&w[0], spec).1 + spec.gap <= rect(&w[1], spec).0 + 1e-9);
        }
        // labels inside the plot, never overlapping, never crossed by a stem
        let labels: Vec<(&Mark, LabelBox)> = marks
            .iter()
            .filter_map(|m| m.label.map(|l| (m, l)))
            .collect();
        for (m, l) in &labels {
            assert!(!m.is_cluster());
            assert!(l.left >= 0.0 && l.left + l.width <= spec.width + 1e-9);
            assert!(l.lane < spec.lanes);
            assert_eq!(l.width, widths[m.first]);
            // the label sits over its own marker
            assert!(l.left <= m.x && m.x <= l.left + l.width);
        }
        for (i, (mi, a)) in labels.iter().enumerate() {
            for (mj, b) in labels.iter().skip(i + 1) {
                if a.lane == b.lane {
                    assert!(
                        a.left + a.width + spec.gap <= b.left + 1e-9
                            || b.left + b.width + spec.gap <= a.left + 1e-9,
                        "labels of {} and {} overlap",
                        mi.first,
                        mj.first
                    );
                }
                // a stem passes through the lanes below its label
                if b.lane < a.lane {
                    assert!(mi.x + 1.5 <= b.left || mi.x - 1.5 >= b.left + b.width);
                }
                if a.lane < b.lane {
                    assert!(mj.x + 1.5 <= a.left || mj.x - 1.5 >= a.left + a.width);
                }
            }
        }
    }

    #[test]
    fn spread_items_all_get_labels() {
        let xs: Vec<f64> = (0..5).map(|i| 20.0 + i as f64 * 200.0).collect();
        let ws = vec![150.0; 5];
        let marks = layout(&xs, &ws, &SPEC, None);
        check(&xs, &ws, &SPEC, &marks);
        assert_eq!(marks.len(), 5);
        assert!(marks.iter().all(|m| m.label.map(|l| l.lane) == Some(0)));
    }

    #[test]
    fn close_items_cluster_with_a_count() {
        let xs = [100.0, 104.0, 109.0, 115.0, 600.0];
        let ws = [120.0; 5];
        let marks = layout(&xs, &ws, &SPEC, None);
        check(&xs, &ws, &SPEC, &marks);
        assert_eq!(marks.len(), 2);
        assert_eq!(marks[0].count(), 4);
        assert!(marks[0].label.is_none());
        assert!(marks[1].label.is_some());
    }

    #[test]
    fn crowded_labels_stack_then_give_way_to_markers() {
        // 20 items 30 px apart: markers fit, four lanes of 200 px labels do not
        let xs: Vec<f64> = (0..20).map(|i| 10.0 + i as f64 * 30.0).collect();
        let ws = vec![200.0; 20];
        let marks = layout(&xs, &ws, &SPEC, None);
        check(&xs, &ws, &SPEC, &marks);
        assert_eq!(marks.len(), 20, "no clusters at 30 px");
        let labelled = marks.iter().filter(|m| m.label.is_some()).count();
        assert!((4..20).contains(&labelled), "{labelled} labelled");
        assert!(marks.iter().any(|m| m.label.is_some_and(|l| l.lane == 3)));
    }

    #[test]
    fn labels_near_the_right_edge_turn_left() {
        let xs = [995.0];
        let ws = [300.0];
        let marks = layout(&xs, &ws, &SPEC, None);
        check(&xs, &ws, &SPEC, &marks);
        let l = marks[0].label.unwrap();
        assert!((l.left + l.width - SPEC.width).abs() < 1e-9);
    }

    #[test]
    fn the_current_item_is_labelled_first() {
        let xs: Vec<f64> = (0..30).map(|i| 10.0 + i as f64 * 22.0).collect();
        let ws = vec![260.0; 30];
        let plain = layout(&xs, &ws, &SPEC, None);
        let target = (0..30)
            .find(|&i| plain[mark_of(&plain, i).unwrap()].label.is_none())
            .unwrap();
        let marks = layout(&xs, &ws, &SPEC, Some(target));
        check(&xs, &ws, &SPEC, &marks);
        assert!(marks[mark_of(&marks, target).unwrap()].label.is_some());
    }

    #[test]
    fn the_current_item_stands_alone_among_same_day_neighbours() {
        for xs in [
            vec![500.0; 5],
            vec![0.0, 0.0, 0.0],
            vec![1000.0, 1000.0],
            vec![3.0, 5.0, 990.0, 999.0, 999.0],
        ] {
            for f in 0..xs.len() {
                let ws = vec![120.0; xs.len()];
                let marks = layout(&xs, &ws, &SPEC, Some(f));
                let m = marks[mark_of(&marks, f).unwrap()];
                assert!(!m.is_cluster(), "{xs:?}, item {f}");
                assert!(m.label.is_some());
                // the promises hold for the positions drawn
                let drawn: Vec<f64> = marks.iter().flat_map(|m| vec![m.x; m.count()]).collect();
                check(&drawn, &ws, &SPEC, &marks);
            }
        }
    }

    #[test]
    fn too_wide_labels_and_empty_input() {
        let marks = layout(&[500.0], &[2000.0], &SPEC, None);
        assert!(marks[0].label.is_none());
        assert!(layout(&[], &[], &SPEC, None).is_empty());
    }

    #[test]
    fn random_inputs_keep_every_promise() {
        // a deterministic pseudo-random sweep of densities and widths
        let mut seed = 7u64;
        let mut rnd = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as f64 / (1u64 << 31) as f64
        };
        for case in 0..300 {
            let n = (rnd() * 60.0) as usize;
            let width = 300.0 + rnd() * 1500.0;
            let spec = BandSpec {
                width,
                lanes: 1 + case % 5,
                ..SPEC
            };
            let mut xs: Vec<f64> = (0..n).map(|_| rnd() * width).collect();
            crate::order::sort_by(&mut xs, f64::total_cmp);
            let ws: Vec<f64> = (0..n).map(|_| 40.0 + rnd() * 300.0).collect();
            let first = (n > 0).then(|| (rnd() * n as f64) as usize % n);
            let marks = layout(&xs, &ws, &spec, first);
            check(&xs, &ws, &spec, &marks);
        }
    }

    #[test]
    fn reveal_pans_an_event_into_view_and_keeps_a_window_that_shows_it() {
        let years: Vec<f64> = (0..20).map(|i| 2000.0 + i as f64 * 0.5).collect();
        let ws = vec![180.0; 20];
        let spec = BandSpec {
            width: 1000.0,
            ..SPEC
        };
        let early = Window {
            from: 1950.0,
            to: 1980.0,
        };
        let w = reveal(early, &years, 7, &ws, &spec);
        assert!(w.from <= years[7] && years[7] <= w.to, "{w:?}");
        assert_eq!(w.span(), early.span());
        // already shown: the window stays
        assert_eq!(reveal(Window::FULL, &years, 7, &ws, &spec), Window::FULL);
        // a label wider than the plot cannot be had: zoom stops at the least span
        let huge = vec![5000.0; 20];
        assert!((reveal(Window::FULL, &years, 7, &huge, &spec).span() - MIN_SPAN).abs() < 1.0);
    }
}
