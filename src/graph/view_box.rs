//! The part of the map a screen starts with: all of it where its labels
//! are readable there, otherwise a readable area around the node that
//! matters (the selected one, or the UN), with "Show whole map" one press
//! away.

use super::Layout;
use super::Point;

/// Font size of node labels in layout units (style/map.css agrees).
pub const NODE_FONT: f64 = 15.0;
/// Smallest label size, in screen pixels, a default view may show.
pub const MIN_LABEL_PX: f64 = 12.0;
/// Screen pixels per layout unit at which labels are `MIN_LABEL_PX`: the
/// scale a zoomed first view opens at, and the page drawn ahead keeps
/// without scripts (`shell::static_page::map_rules`).
pub const READABLE_SCALE: f64 = MIN_LABEL_PX / NODE_FONT;
/// Share of `MIN_LABEL_PX` at which the whole map still opens whole: a
/// view 4% larger would cut its edges off for labels a hair bigger (the
/// Arabic map's labels are 11.6 px whole on a laptop).
pub const NEARLY: f64 = 0.96;
/// The map's box on a 1280 × 800 laptop, in pixels: the width less the
/// page's margins, the height below the header and the view's heading row.
/// The layout is chosen to show whole in it with labels of `MIN_LABEL_PX`,
/// or at least `NEARLY` of that.
pub const LAPTOP_BOX: (f64, f64) = (1216.0, 668.0);

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl ViewBox {
    pub fn whole(l: &Layout) -> ViewBox {
        ViewBox {
            x: 0.0,
            y: 0.0,
            w: l.width,
            h: l.height,
        }
    }

    /// Screen pixels per layout unit in a box `bw` × `bh` pixels
    /// (preserveAspectRatio "meet").
    pub fn scale(&self, bw: f64, bh: f64) -> f64 {
        (bw / self.w).min(bh / self.h)
    }

    pub fn contains(&self, p: Point) -> bool {
        (self.x..=self.x + self.w).contains(&p.x) && (self.y..=self.y + self.h).contains(&p.y)
    }
}

/// The view for a box of `bw` × `bh` pixels, centred on `focus` when the
/// whole map would be too small to read; `rtl` where lines are read from
/// the right.
pub fn initial(l: &Layout, bw: f64, bh: f64, focus: Point, rtl: bool) -> ViewBox {
    let whole = ViewBox::whole(l);
    if bw <= 0.0 || bh <= 0.0 || whole.scale(bw, bh) * NODE_FONT >= MIN_LABEL_PX * NEARLY {
        return whole;
    }
    let (w, h) = (bw / READABLE_SCALE, bh / READABLE_SCALE);
    // centred on the focus, but not past the drawing's edges; a drawing
    // shorter than the box starts at its top, so the spare room is at the
    // foot, under the zoom buttons, not a blank band above the map
    let place = |c: f64, size: f64, total: f64, spare: f64| {
        if size >= total {
            (total - size) * spare
        } else {
            crate::bounds::clamp(c - size / 2.0, 0.0, total - size)
        }
    };
    let mut x = place(focus.x, w, l.width, 0.5);
    let mut y = place(focus.y, h, l.height, 0.0);
    // The focus's group whole, title and all, where the box has room for
    // it: centred on the UN, an LMS frame cut the UN family's title off.
    if let Some(g) = l
        .groups
        .iter()
        .find(|g| (g.x0..=g.x1).contains(&focus.x) && (g.y0..=g.y1).contains(&focus.y))
    {
        // Wider than the box (a 360 px phone): from the edge its title
        // starts at, as a page is read, rather than cut on both sides.
        x = if g.x1 - g.x0 > w {
            let s = from_reading_start(w, g.x0, g.x1, focus.x, rtl);
            crate::bounds::clamp(s, 0.0, (l.width - w).max(0.0))
        } else {
            keep(x, w, g.x0, g.x1)
        };
        // Above the band at the foot where the buttons float, where there is
        // room: an Arabic phone showed the UN family's foot under them.
        let clear = h - BUTTONS_PX / READABLE_SCALE;
        let room = if g.y1 - g.y0 + 2.0 * FRAME_MARGIN <= clear {
            clear
        } else {
            h
        };
        y = keep(y, room, g.y0, g.y1);
    }
    // All that is drawn in the box's columns fits its height: start at its
    // top, where reading starts. Centred, a phone showed a blank band above
    // the UN family and hid its foot under the zoom buttons; now the room
    // to spare is below, where they float.
    if let Some(top) = column(l, x, w).and_then(|(lo, hi)| from_top(lo, hi, h)) {
        y = top;
    }
    ViewBox { x, y, w, h }
}

/// `v` moved as little as it takes to hold `near` (the label boxes of a
/// selected node and its neighbours, x0, y0, x1, y1) where they fit in it,
/// each axis on its own and not past the drawing's edges; unmoved along an
/// axis where they do not fit. With the United Nations' panel open, its
/// relation to the EU ran off the map's edge, the EU's label cut to "E".
pub fn take_in(l: &Layout, v: ViewBox, near: &[(f64, f64, f64, f64)]) -> ViewBox {
    let Some((x0, y0, x1, y1)) = span(near) else {
        return v;
    };
    // along one axis: the view's start and size, the part of it the span
    // may use, the drawing's size, the span
    let fit = |start: f64, size: f64, room: f64, total: f64, lo: f64, hi: f64| {
        if size >= total || hi - lo > room {
            start
        } else {
            crate::bounds::clamp(keep(start, room, lo, hi), 0.0, total - size)
        }
    };
    // clear of the buttons at the foot where the span allows (a view that
    // is not whole is at `READABLE_SCALE`)
    let clear = v.h - BUTTONS_PX / READABLE_SCALE;
    let room = if y1 - y0 + 2.0 * FRAME_MARGIN <= clear {
        clear
    } else {
        v.h
    };
    ViewBox {
        x: fit(v.x, v.w, v.w, l.width, x0, x1),
        y: fit(v.y, v.h, room, l.height, y0, y1),
        ..v
    }
}

/// The box around `boxes` (x0, y0, x1, y1); `None` where there are none.
fn span(boxes: &[(f64, f64, f64, f64)]) -> Option<(f64, f64, f64, f64)> {
    boxes
        .iter()
        .copied()
        .reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)))
}

/// Height of the band at the foot of the map's box where the zoom and pan
/// buttons float, in screen pixels: three rows of 36 px, their gaps and
/// their offset from the edge (style/map.css, `.map-zoom`).
pub const BUTTONS_PX: f64 = 3.0 * 36.0 + 2.0 * 4.0 + 8.0;

/// Room kept around a group's frame in the first view, in layout units.
const FRAME_MARGIN: f64 = 8.0;

/// `start` moved as little as it takes for `start..start + size` to hold
/// `lo..hi` and up to `FRAME_MARGIN` around it; unmoved where it cannot.
fn keep(start: f64, size: f64, lo: f64, hi: f64) -> f64 {
    if hi - lo > size {
        return start;
    }
    let m = FRAME_MARGIN.min((size - (hi - lo)) / 2.0);
    if lo - m < start {
        lo - m
    } else if hi + m > start + size {
        hi + m - size
    } else {
        start
    }
}

/// Where a box of `size` starts on a frame `lo..hi` wider than it: at the
/// frame's edge where reading starts (left, or right in `rtl`), with
/// `FRAME_MARGIN` before it, but moved so that `focus` keeps `FOCUS_ROOM`
/// (or a quarter of the box) on both sides.
fn from_reading_start(size: f64, lo: f64, hi: f64, focus: f64, rtl: bool) -> f64 {
    let start = if rtl {
        hi + FRAME_MARGIN - size
    } else {
        lo - FRAME_MARGIN
    };
    let room = FOCUS_ROOM.min(size / 4.0);
    crate::bounds::clamp(start, focus + room - size, focus - room)
}

/// Room kept on each side of the focus when a view starts at a frame's
/// edge, in layout units: a short label's half-width and some air.
const FOCUS_ROOM: f64 = 80.0;

/// The top and bottom of what is drawn between `x` and `x + w`: the label
/// boxes and group frames that reach into those columns.
fn column(l: &Layout, x: f64, w: f64) -> Option<(f64, f64)> {
    l.boxes()
        .into_iter()
        .chain(l.groups.iter().map(|g| (g.x0, g.y0, g.x1, g.y1)))
        .filter(|&(x0, _, x1, _)| x1 > x && x0 < x + w)
        .map(|(_, y0, _, y1)| (y0, y1))
        .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
}

/// Where a box of `size` starts to show `lo..hi` from its top, with up to
/// `FRAME_MARGIN` above it but not before the drawing starts; `None` where
/// the span does not fit.
fn from_top(lo: f64, hi: f64, size: f64) -> Option<f64> {
    (hi - lo <= size).then(|| (lo - FRAME_MARGIN.min((size - (hi - lo)) / 2.0)).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{layout, shared_layout, Group};
    use crate::model::*;

    #[test]
    fn a_laptop_sees_the_whole_map_at_a_readable_size() {
        let l = shared_layout();
        let (bw, bh) = LAPTOP_BOX;
        let v = initial(l, bw, bh, Point { x: 0.0, y: 0.0 }, false);
        assert_eq!(v, ViewBox::whole(l));
        // 13.8 px in English; 11.6 px in Arabic, whose labels are longest
        assert!(
            v.scale(bw, bh) * NODE_FONT >= MIN_LABEL_PX * NEARLY,
            "layout {} × {}",
            l.width,
            l.height
        );
    }

    /// Every language's baked layout, not only this build's: longer labels
    /// once made a French map too big to read whole on a laptop (9.4 px),
    /// so it opened on a corner of itself, half of it empty.
    #[test]
    fn every_language_s_map_opens_whole_on_a_laptop() {
        let (bw, bh) = LAPTOP_BOX;
        for (lang, src) in [
            ("en", include_str!("baked/en.rs")),
            ("fr", include_str!("baked/fr.rs")),
            ("es", include_str!("baked/es.rs")),
            ("ru", include_str!("baked/ru.rs")),
            ("zh", include_str!("baked/zh.rs")),
            ("ar", include_str!("baked/ar.rs")),
        ] {
            let size = src
                .lines()
                .find_map(|l| l.strip_prefix("pub const SIZE: (f64, f64) = ("))
                .and_then(|l| l.strip_suffix(");"))
                .and_then(|l| l.split_once(", "))
                .map(|(w, h)| (w.parse::<f64>().unwrap(), h.parse::<f64>().unwrap()))
                .unwrap_or_else(|| panic!("{lang}: no SIZE in baked/{lang}.rs"));
            let l = Layout {
                nodes: Vec::new(),
                pos: Vec::new(),
                width: size.0,
                height: size.1,
                groups: Vec::new(),
            };
            let v = initial(&l, bw, bh, Point { x: 0.0, y: 0.0 }, lang == "ar");
            assert_eq!(
                v,
                ViewBox::whole(&l),
                "{lang}: a {} × {} map shows labels of {:.1} px whole on a laptop",
                size.0,
                size.1,
                ViewBox::whole(&l).scale(bw, bh) * NODE_FONT
            );
        }
    }

    /// With a node's panel open beside the map (a 1280 × 800 laptop: an
    /// 818 × 664 box) or in a 900 × 500 frame, wherever a node and its
    /// neighbours fit in the readable view, the first view holds them all.
    #[test]
    fn a_selected_node_s_neighbours_are_in_view_where_they_fit() {
        let l = shared_layout();
        let all = crate::graph::visible_relations(&crate::route::Route::default());
        let mut taken = 0;
        for (bw, bh) in [(818.0, 664.0), (560.0, 390.0)] {
            for &n in &l.nodes {
                let near: Vec<_> = std::iter::once(n)
                    .chain(crate::graph::neighbours(n, &all))
                    .map(|n| l.label_box(n).unwrap())
                    .collect();
                let first = initial(l, bw, bh, l.pos(n).unwrap(), false);
                let v = take_in(l, first, &near);
                // not past the drawing's edges, along an axis it is larger than the view
                if v.w <= l.width {
                    assert!(v.x >= -1e-9 && v.x + v.w <= l.width + 1e-9, "{n:?}: {v:?}");
                }
                if v.h <= l.height {
                    assert!(v.y >= -1e-9 && v.y + v.h <= l.height + 1e-9, "{n:?}: {v:?}");
                }
                let (x0, y0, x1, y1) = span(&near).unwrap();
                if x1 - x0 <= v.w && y1 - y0 <= v.h {
                    for &(a, b, c, d) in &near {
                        assert!(
                            v.contains(Point { x: a, y: b }) && v.contains(Point { x: c, y: d }),
                            "{bw} × {bh}, {n:?}: {v:?} cuts a neighbour ({a}, {b}, {c}, {d})"
                        );
                    }
                }
                taken += usize::from(v != first);
            }
        }
        assert!(taken > 0, "some first view had to move");
    }

    #[test]
    fn a_phone_starts_on_a_readable_area_around_the_focus() {
        let l = layout();
        let un = l.pos(NodeId::Actor(ActorId::Un)).unwrap();
        let v = initial(&l, 358.0, 560.0, un, false);
        assert!((v.scale(358.0, 560.0) * NODE_FONT - MIN_LABEL_PX).abs() < 1e-9);
        assert!(v.contains(un));
        assert!(v.x >= 0.0 && v.x + v.w <= l.width + 1e-9);
        // a focus in a corner is not centred past the edge
        let corner = initial(&l, 358.0, 560.0, Point { x: 0.0, y: 0.0 }, false);
        assert!(corner.x.abs() < 1e-9);
    }

    #[test]
    fn the_focus_group_is_kept_whole_where_it_fits() {
        let l = shared_layout();
        let un = l.pos(NodeId::Actor(ActorId::Un)).unwrap();
        let frame = l.groups.iter().find(|g| g.group == Group::Un).unwrap();
        // a phone, and the map's box in a 900 × 500 LMS frame
        for (bw, bh) in [(358.0, 560.0), (366.0, 600.0), (855.0, 390.0)] {
            let v = initial(l, bw, bh, un, false);
            assert!(v.scale(bw, bh) * NODE_FONT >= MIN_LABEL_PX - 1e-9);
            assert!(v.contains(un), "{bw} × {bh}: {v:?}");
            for (x, y) in [(frame.x0, frame.y0), (frame.x1, frame.y1)] {
                assert!(
                    v.contains(Point { x, y }),
                    "{bw} × {bh}: {v:?} cuts {frame:?}"
                );
            }
        }
        // a phone's column holds the UN family and nothing else: it starts at
        // the frame's title, not below a blank band
        for (bw, bh) in [(358.0, 560.0), (366.0, 600.0)] {
            let v = initial(l, bw, bh, un, false);
            let (top, _) = column(l, v.x, v.w).unwrap();
            assert!(
                (top - frame.y0).abs() < 1e-9,
                "{bw} × {bh}: {top} is not the frame's top"
            );
            let above = frame.y0 - v.y;
            assert!(
                (0.0..=FRAME_MARGIN + 1e-9).contains(&above),
                "{bw} × {bh}: {above} units above the frame"
            );
        }
        // too small a box for the frame: still around the focus
        let v = initial(l, 200.0, 200.0, un, false);
        assert!(v.contains(un));
    }

    #[test]
    fn a_frame_wider_than_the_box_starts_where_it_is_read() {
        let l = shared_layout();
        let un = l.pos(NodeId::Actor(ActorId::Un)).unwrap();
        let frame = l.groups.iter().find(|g| g.group == Group::Un).unwrap();
        // a 360 × 640 phone's map box: narrower than the UN family's frame
        let (bw, bh) = (334.0, 430.0);
        assert!(
            bw / READABLE_SCALE < frame.x1 - frame.x0,
            "the frame fits: {frame:?}"
        );
        let v = initial(l, bw, bh, un, false);
        assert!(v.contains(un), "{v:?}");
        // its left edge, where the title starts, and its title row
        assert!(
            v.contains(Point {
                x: frame.x0,
                y: frame.y0
            }),
            "{v:?} cuts the start of {frame:?}"
        );
        assert!((v.x - (frame.x0 - FRAME_MARGIN).max(0.0)).abs() < 1e-9);
        // read from the right: its right edge
        let r = initial(l, bw, bh, un, true);
        assert!(r.contains(un), "{r:?}");
        assert!(
            r.contains(Point {
                x: frame.x1,
                y: frame.y0
            }),
            "{r:?} cuts the start of {frame:?} read from the right"
        );
    }

    #[test]
    fn the_focus_frame_clears_the_buttons_band() {
        let l = shared_layout();
        let un = l.pos(NodeId::Actor(ActorId::Un)).unwrap();
        let frame = l.groups.iter().find(|g| g.group == Group::Un).unwrap();
        // a focus near the frame's top, in a box a little taller than the
        // frame and the band: centred on the focus and moved the least, the
        // frame's foot fell under the buttons (the Arabic map on a phone)
        let focus = Point {
            x: un.x,
            y: frame.y0 + 20.0,
        };
        let (bw, bh) = (900.0, 448.0);
        let v = initial(l, bw, bh, focus, false);
        let (lo, hi) = column(l, v.x, v.w).unwrap();
        assert!(hi - lo > v.h, "the column fits: {lo}..{hi} in {v:?}");
        let band = v.y + v.h - BUTTONS_PX / READABLE_SCALE;
        assert!(
            frame.y1 <= band + 1e-9,
            "the frame's foot {} is under the buttons' band from {band}",
            frame.y1
        );
        assert!(v.y <= frame.y0, "the frame's top is cut: {v:?}");
        assert!(v.contains(focus));
    }

    #[test]
    fn from_reading_start_keeps_the_focus_in_view() {
        // the frame's start is far from the focus: the box moves toward it
        assert_eq!(
            from_reading_start(400.0, 0.0, 1000.0, 900.0, false),
            900.0 - 400.0 + 80.0
        );
        assert_eq!(from_reading_start(400.0, 0.0, 1000.0, 100.0, true), 20.0);
        // near the start: the frame's edge and its margin
        assert_eq!(
            from_reading_start(400.0, 100.0, 1000.0, 200.0, false),
            100.0 - FRAME_MARGIN
        );
        assert_eq!(
            from_reading_start(400.0, 0.0, 900.0, 800.0, true),
            900.0 + FRAME_MARGIN - 400.0
        );
        // a small box keeps a quarter of itself on each side
        assert_eq!(
            from_reading_start(100.0, 0.0, 1000.0, 500.0, false),
            500.0 - 75.0
        );
    }

    #[test]
    fn from_top_puts_the_span_at_the_top() {
        assert_eq!(from_top(40.0, 80.0, 100.0), Some(40.0 - FRAME_MARGIN));
        // near the drawing's start: not before it
        assert_eq!(from_top(4.0, 80.0, 100.0), Some(0.0));
        // room for the span but not its margin: the margin shrinks
        assert_eq!(from_top(20.0, 116.0, 100.0), Some(18.0));
        // taller than the box
        assert_eq!(from_top(0.0, 200.0, 100.0), None);
    }

    #[test]
    fn keep_moves_the_least_it_takes() {
        assert_eq!(keep(10.0, 100.0, 20.0, 50.0), 10.0);
        assert_eq!(keep(30.0, 100.0, 20.0, 50.0), 20.0 - FRAME_MARGIN);
        assert_eq!(keep(0.0, 100.0, 20.0, 90.0), 0.0);
        assert_eq!(keep(0.0, 100.0, 20.0, 110.0), 15.0);
        // room for the frame but not its margin: the margin shrinks
        assert_eq!(keep(50.0, 100.0, 20.0, 116.0), 18.0);
        // wider than the box: unmoved
        assert_eq!(keep(5.0, 100.0, 0.0, 200.0), 5.0);
    }
}
