//! Timeline geometry: date to position, tick spacing, stacking so no event
//! hides another, zoom and pan of the visible window, eras, and which events
//! a filter keeps. Pure functions over numbers, tested natively.

use crate::content;
use crate::i18n::ui;
use crate::model::*;
use crate::route::Facets;

/// The whole span the axis can show.
pub const EXTENT: (f64, f64) = (1920.0, 2026.0);
/// Narrowest window, in years.
pub const MIN_SPAN: f64 = 3.0;

/// A named period shaded on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Era {
    pub slug: &'static str,
    pub label: &'static str,
    pub from: i32,
    pub to: i32,
}

pub const ERAS: &[Era] = &[
    Era {
        slug: "early",
        label: ui::era::EARLY,
        from: 1920,
        to: 1945,
    },
    Era {
        slug: "institutions",
        label: ui::era::INSTITUTIONS,
        from: 1945,
        to: 2001,
    },
    Era {
        slug: "post-2001",
        label: ui::era::POST_2001,
        from: 2001,
        to: 2014,
    },
    Era {
        slug: "isis",
        label: ui::era::ISIS,
        from: 2014,
        to: 2019,
    },
    Era {
        slug: "online",
        label: ui::era::ONLINE,
        from: 2019,
        to: 2026,
    },
];

/// The visible window of the axis, in (fractional) years.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub from: f64,
    pub to: f64,
}

impl Window {
    pub const FULL: Window = Window {
        from: EXTENT.0,
        to: EXTENT.1,
    };

    pub fn span(self) -> f64 {
        self.to - self.from
    }

    /// A window clamped into the extent and at least `MIN_SPAN` wide.
    pub fn clamped(from: f64, to: f64) -> Window {
        let full = EXTENT.1 - EXTENT.0;
        let span = crate::bounds::clamp(to - from, MIN_SPAN, full);
        let mut from = from.max(EXTENT.0);
        if from + span > EXTENT.1 {
            from = EXTENT.1 - span;
        }
        Window {
            from,
            to: from + span,
        }
    }

    /// Zoom by `factor` (>1 zooms in) keeping `anchor` (a year) in place.
    pub fn zoom(self, factor: f64, anchor: f64) -> Window {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let span = crate::bounds::clamp(self.span() / factor, MIN_SPAN, EXTENT.1 - EXTENT.0);
        let t = crate::bounds::clamp((anchor - self.from) / self.span(), 0.0, 1.0);
        let from = anchor - t * span;
        Window::clamped(from, from + span)
    }

    /// The nearest window of whole years (what the URL can hold).
    pub fn rounded(self) -> Window {
        Window::clamped(self.from.round(), self.to.round())
    }

    /// Shift by a number of years (negative = earlier).
    pub fn pan(self, years: f64) -> Window {
        Window::clamped(self.from + years, self.to + years)
    }

    /// Smallest change that brings `year` into view with a margin.
    pub fn reveal(self, year: f64) -> Window {
        let margin = self.span() * 0.1;
        if year < self.from + margin {
            self.pan(year - margin - self.from)
        } else if year > self.to - margin {
            self.pan(year + margin - self.to)
        } else {
            self
        }
    }

    /// Position of a year as a fraction of the width (may be outside 0..1).
    pub fn frac(self, year: f64) -> f64 {
        (year - self.from) / self.span()
    }

    pub fn x(self, year: f64, width: f64) -> f64 {
        self.frac(year) * width
    }

    /// Window around some years with a little room either side.
    pub fn fit(years: impl IntoIterator<Item = f64>) -> Window {
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        for y in years {
            lo = lo.min(y);
            hi = hi.max(y);
        }
        if !lo.is_finite() {
            return Window::FULL;
        }
        let pad = ((hi - lo) * 0.05).max(1.0);
        Window::clamped(lo - pad, hi + pad)
    }
}

/// Tick years for an axis `width` pixels wide: a round step that leaves at
/// least `min_px` between labels.
pub fn ticks(w: Window, width: f64, min_px: f64) -> Vec<i32> {
    const STEPS: [i32; 8] = [1, 2, 5, 10, 20, 25, 50, 100];
    let per_year = width / w.span();
    let step = STEPS
        .into_iter()
        .find(|&s| s as f64 * per_year >= min_px)
        .unwrap_or(100);
    let first = (w.from / step as f64).ceil() as i32 * step;
    (0..)
        .map(|i| first + i * step)
        .take_while(|&y| (y as f64) <= w.to)
        .collect()
}

/// Row of each item when items `item_px` wide sit at the given x positions
/// (sorted ascending): the first row where it does not touch its neighbour.
pub fn stack(xs: &[f64], item_px: f64, gap: f64) -> Vec<usize> {
    let mut row_end: Vec<f64> = Vec::new();
    xs.iter()
        .map(|&x| {
            let row = row_end
                .iter()
                .position(|&end| end + gap <= x)
                .unwrap_or(row_end.len());
            if row == row_end.len() {
                row_end.push(x + item_px);
            } else {
                row_end[row] = x + item_px;
            }
            row
        })
        .collect()
}

/// Themes of an event: those of the cards it explains, in theme order.
pub fn event_themes(e: &Event) -> Vec<Theme> {
    let mut t: Vec<Theme> = e
        .cards
        .iter()
        .flat_map(|&c| content::card(c).themes.iter().copied())
        .collect();
    crate::order::sort(&mut t);
    t.dedup();
    t
}

/// The theme that colours an event: the first theme of its first card.
pub fn event_main_theme(e: &Event) -> Theme {
    e.cards
        .first()
        .and_then(|&c| content::card(c).themes.first().copied())
        .unwrap_or(Theme::LegalFrameworks)
}

/// Whether an event passes the shared filters (theme, actor, year range).
pub fn event_passes(e: &Event, f: &Facets, range: Option<(i32, i32)>) -> bool {
    let in_range = range.is_none_or(|(a, b)| (a..=b).contains(&e.date.year));
    let themes_ok = f.themes.is_empty() || event_themes(e).iter().any(|t| f.themes.contains(t));
    let actors_ok = f.actors.is_empty()
        || e.actors.iter().any(|a| f.actors.contains(a))
        || e.cards
            .iter()
            .any(|&c| content::card(c).actors.iter().any(|a| f.actors.contains(a)));
    in_range && themes_ok && actors_ok
}

/// The era a year falls in (the later one on a boundary).
pub fn era_of(year: i32) -> Option<&'static Era> {
    ERAS.iter().rev().find(|e| e.from <= year && year <= e.to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_scale_linearly() {
        let w = Window {
            from: 2000.0,
            to: 2010.0,
        };
        assert_eq!(w.x(2005.0, 1000.0), 500.0);
        assert_eq!(w.x(2000.0, 1000.0), 0.0);
        assert!(w.frac(2020.0) > 1.0);
    }

    #[test]
    fn zoom_keeps_anchor_and_limits() {
        let w = Window {
            from: 1950.0,
            to: 2010.0,
        };
        let z = w.zoom(2.0, 1980.0);
        assert!((z.span() - 30.0).abs() < 1e-9);
        assert!((z.frac(1980.0) - w.frac(1980.0)).abs() < 1e-9);
        let tiny = w.zoom(1000.0, 1980.0);
        assert!((tiny.span() - MIN_SPAN).abs() < 1e-9);
        let out = w.zoom(0.001, 1980.0);
        assert_eq!(out, Window::FULL);
        assert_eq!(w.zoom(f64::NAN, 1980.0), w);
    }

    #[test]
    fn pan_stops_at_the_ends() {
        let w = Window {
            from: 2000.0,
            to: 2020.0,
        };
        assert_eq!(
            w.pan(100.0),
            Window {
                from: EXTENT.1 - 20.0,
                to: EXTENT.1
            }
        );
        assert_eq!(
            w.pan(-500.0),
            Window {
                from: EXTENT.0,
                to: EXTENT.0 + 20.0
            }
        );
    }

    #[test]
    fn reveal_brings_year_into_view() {
        let w = Window {
            from: 2000.0,
            to: 2010.0,
        };
        let r = w.reveal(1950.0);
        assert!(r.frac(1950.0) >= 0.0 && r.frac(1950.0) <= 1.0);
        assert_eq!(w.reveal(2005.0), w);
    }

    #[test]
    fn ticks_are_round_and_spaced() {
        let t = ticks(Window::FULL, 1000.0, 60.0);
        assert!(t
            .windows(2)
            .all(|p| (p[1] - p[0]) as f64 * 1000.0 / Window::FULL.span() >= 60.0));
        assert!(t.iter().all(|y| y % 10 == 0), "{t:?}");
        let t = ticks(
            Window {
                from: 2000.0,
                to: 2010.0,
            },
            1000.0,
            60.0,
        );
        assert_eq!(t, (2000..=2010).collect::<Vec<_>>());
    }

    #[test]
    fn stacking_never_overlaps() {
        let xs = [0.0, 10.0, 20.0, 200.0, 205.0, 400.0];
        let rows = stack(&xs, 100.0, 4.0);
        assert_eq!(rows, vec![0, 1, 2, 0, 1, 0]);
        for i in 0..xs.len() {
            for j in i + 1..xs.len() {
                if rows[i] == rows[j] {
                    assert!(xs[j] >= xs[i] + 100.0 + 4.0);
                }
            }
        }
    }

    #[test]
    fn real_events_stack_without_overlap_at_every_zoom() {
        for width in [320.0, 700.0, 1400.0] {
            for w in [
                Window::FULL,
                Window {
                    from: 1995.0,
                    to: 2020.0,
                },
                Window {
                    from: 2000.0,
                    to: 2003.0,
                },
            ] {
                let xs: Vec<f64> = content::EVENTS
                    .iter()
                    .map(|e| w.x(e.date.as_year_f64(), width))
                    .collect();
                let rows = stack(&xs, 150.0, 6.0);
                for i in 0..xs.len() {
                    for j in 0..xs.len() {
                        if i != j && rows[i] == rows[j] {
                            assert!((xs[i] - xs[j]).abs() >= 150.0, "events {i} and {j} overlap");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn filters_by_range_theme_actor() {
        let all = Facets::default();
        let n = |f: &Facets, r| {
            content::EVENTS
                .iter()
                .filter(|e| event_passes(e, f, r))
                .count()
        };
        assert_eq!(n(&all, None), content::EVENTS.len());
        let in_2001 = content::EVENTS
            .iter()
            .filter(|e| e.date.year == 2001)
            .count();
        assert_eq!(n(&all, Some((2001, 2001))), in_2001);
        assert!(in_2001 > 0);
        for t in Theme::ALL {
            let f = Facets {
                themes: vec![*t],
                ..Facets::default()
            };
            assert!(n(&f, None) <= content::EVENTS.len());
        }
    }

    #[test]
    fn eras_cover_the_extent_in_order() {
        assert!(ERAS.windows(2).all(|p| p[0].to == p[1].from));
        assert_eq!(ERAS[0].from as f64, EXTENT.0);
        assert_eq!(ERAS.last().unwrap().to as f64, EXTENT.1);
        assert_eq!(era_of(2001).unwrap().slug, "post-2001");
        assert_eq!(era_of(1960).unwrap().slug, "institutions");
    }
}
