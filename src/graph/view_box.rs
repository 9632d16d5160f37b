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
/// whole map would be too small to read.
pub fn initial(l: &Layout, bw: f64, bh: f64, focus: Point) -> ViewBox {
    let whole = ViewBox::whole(l);
    if bw <= 0.0 || bh <= 0.0 || whole.scale(bw, bh) * NODE_FONT >= MIN_LABEL_PX {
        return whole;
    }
    let s = MIN_LABEL_PX / NODE_FONT;
    let (w, h) = (bw / s, bh / s);
    // centred on the focus, but not past the drawing's edges
    let place = |c: f64, size: f64, total: f64| {
        if size >= total {
            (total - size) / 2.0
        } else {
            crate::bounds::clamp(c - size / 2.0, 0.0, total - size)
        }
    };
    ViewBox {
        x: place(focus.x, w, l.width),
        y: place(focus.y, h, l.height),
        w,
        h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{layout, shared_layout};
    use crate::model::*;

    #[test]
    fn a_laptop_sees_the_whole_map_at_a_readable_size() {
        let l = shared_layout();
        // the map's box at 1280 × 800: the width less the page margins, the
        // height below the header and the view's heading row
        let v = initial(l, 1216.0, 668.0, Point { x: 0.0, y: 0.0 });
        assert_eq!(v, ViewBox::whole(l));
        assert!(
            v.scale(1216.0, 668.0) * NODE_FONT >= MIN_LABEL_PX,
            "layout {} × {}",
            l.width,
            l.height
        );
    }

    #[test]
    fn a_phone_starts_on_a_readable_area_around_the_focus() {
        let l = layout();
        let un = l.pos(NodeId::Actor(ActorId::Un)).unwrap();
        let v = initial(&l, 358.0, 560.0, un);
        assert!((v.scale(358.0, 560.0) * NODE_FONT - MIN_LABEL_PX).abs() < 1e-9);
        assert!(v.contains(un));
        assert!(v.x >= 0.0 && v.x + v.w <= l.width + 1e-9);
        // a focus in a corner is not centred past the edge
        let corner = initial(&l, 358.0, 560.0, Point { x: 0.0, y: 0.0 });
        assert!(corner.x.abs() < 1e-9);
    }
}
