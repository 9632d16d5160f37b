//! Pan and zoom of the map's view box: buttons, a dragging pointer, two
//! pinching pointers, ctrl/⌘ + wheel. The view box is local UI state: not
//! worth a history entry.

use crate::graph::view_box::ViewBox;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy)]
pub struct PanZoom {
    pub vb: RwSignal<ViewBox>,
    pub host: NodeRef<Div>,
    full: ViewBox,
    pointers: StoredValue<Vec<(i32, f64, f64)>, LocalStorage>,
    /// Last pointer centre and pinch distance.
    last: StoredValue<Option<(f64, f64, f64)>, LocalStorage>,
    /// The learner chose this view: resizing no longer refits it.
    touched: StoredValue<bool>,
}

impl PanZoom {
    pub fn new(full: ViewBox, host: NodeRef<Div>) -> Self {
        PanZoom {
            vb: RwSignal::new(full),
            host,
            full,
            pointers: StoredValue::new_local(Vec::new()),
            last: StoredValue::new_local(None),
            touched: StoredValue::new(false),
        }
    }

    pub fn touched(&self) -> bool {
        self.touched.get_value()
    }

    pub fn show_whole(&self, l: &crate::graph::Layout) {
        self.touched.set_value(true);
        self.vb.set(ViewBox::whole(l));
    }

    /// Zoom by `f` (> 1 zooms in) keeping the graph point (cx, cy) in place.
    pub fn zoom_by(&self, f: f64, cx: f64, cy: f64) {
        let full = self.full;
        self.touched.set_value(true);
        self.vb.update(|v| {
            let w = crate::bounds::clamp(v.w / f, full.w / 10.0, full.w * 1.5);
            let h = w * v.h / v.w;
            let (tx, ty) = ((cx - v.x) / v.w, (cy - v.y) / v.h);
            *v = ViewBox {
                x: cx - tx * w,
                y: cy - ty * h,
                w,
                h,
            };
        })
    }

    pub fn zoom_centre(&self, f: f64) {
        let v = self.vb.get_untracked();
        self.zoom_by(f, v.x + v.w / 2.0, v.y + v.h / 2.0);
    }

    /// Pan by fractions of the visible width and height.
    pub fn pan_by(&self, dx: f64, dy: f64) {
        self.touched.set_value(true);
        self.vb.update(|v| {
            v.x += dx * v.w;
            v.y += dy * v.h;
        })
    }

    /// Screen pixels per graph unit, and the offsets of the drawn area.
    fn drawn(&self) -> Option<(web_sys::DomRect, f64, f64, f64)> {
        let rect = self.host.get_untracked()?.get_bounding_client_rect();
        let v = self.vb.get_untracked();
        let s = (rect.width() / v.w).min(rect.height() / v.h).max(1e-6);
        let ox = (rect.width() - v.w * s) / 2.0;
        let oy = (rect.height() - v.h * s) / 2.0;
        Some((rect, s, ox, oy))
    }

    /// A client position in graph coordinates ("xMidYMid meet").
    pub fn graph_point(&self, cx: f64, cy: f64) -> Option<(f64, f64)> {
        let (rect, s, ox, oy) = self.drawn()?;
        let v = self.vb.get_untracked();
        Some((
            v.x + (cx - rect.left() - ox) / s,
            v.y + (cy - rect.top() - oy) / s,
        ))
    }

    pub fn wheel(&self, ev: &web_sys::WheelEvent) {
        if let Some((x, y)) = self.graph_point(ev.client_x() as f64, ev.client_y() as f64) {
            self.zoom_by(if ev.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 }, x, y);
        }
    }

    pub fn down(&self, ev: &web_sys::PointerEvent) {
        // nodes take their own clicks
        let on_control = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".node").ok().flatten())
            .is_some();
        if on_control {
            return;
        }
        self.pointers.update_value(|p| {
            p.push((ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64))
        });
        self.last.set_value(None);
        if let Some(el) = self.host.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    }

    pub fn moved(&self, ev: &web_sys::PointerEvent) {
        let id = ev.pointer_id();
        if !self.pointers.with_value(|p| p.iter().any(|e| e.0 == id)) {
            return;
        }
        self.pointers.update_value(|p| {
            if let Some(e) = p.iter_mut().find(|e| e.0 == id) {
                e.1 = ev.client_x() as f64;
                e.2 = ev.client_y() as f64;
            }
        });
        let pts = self.pointers.get_value();
        let n = pts.len() as f64;
        let (mx, my) = (
            pts.iter().map(|p| p.1).sum::<f64>() / n,
            pts.iter().map(|p| p.2).sum::<f64>() / n,
        );
        let dist = match pts.as_slice() {
            [a, b, ..] => ((a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt(),
            _ => 0.0,
        };
        if let (Some((lx, ly, ld)), Some((_, s, _, _))) = (self.last.get_value(), self.drawn()) {
            self.touched.set_value(true);
            self.vb.update(|v| {
                v.x -= (mx - lx) / s;
                v.y -= (my - ly) / s;
            });
            if ld > 0.0 && dist > 0.0 {
                if let Some((gx, gy)) = self.graph_point(mx, my) {
                    self.zoom_by(dist / ld, gx, gy);
                }
            }
        }
        self.last.set_value(Some((mx, my, dist)));
    }

    pub fn up(&self, ev: &web_sys::PointerEvent) {
        let id = ev.pointer_id();
        self.pointers.update_value(|p| p.retain(|e| e.0 != id));
        self.last.set_value(None);
    }
}
