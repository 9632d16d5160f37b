//! Long lists are drawn a few rows per task. The app's mount draws what
//! fills a screen (nothing, for what only prints); the rest follows in small
//! tasks, so the takeover never blocks a slow phone for long (Lighthouse's
//! Total Blocking Time), while the page drawn ahead of time has already
//! shown every row. A print asked for meanwhile gets every row at once.

use crate::platform::IN_BROWSER;
use leptos::prelude::*;

/// How many rows the next task may show, or None when all are shown.
pub fn next(shown: usize, total: usize, step: usize) -> Option<usize> {
    (shown < total).then(|| (shown + step.max(1)).min(total))
}

/// Rows a `h` CSS px tall window shows of rows at least `row_px` tall,
/// plus one screen more for a quick scroll.
pub fn screenful(h: f64, row_px: f64) -> usize {
    ((h / row_px.max(1.0)).ceil() as usize).max(1) * 2
}

/// How many of `total` rows a list shows now: `first` at once, then `step`
/// more per task. Drawn ahead of time (natively): every row.
pub fn use_budget(total: usize, first: usize, step: usize) -> ReadSignal<usize> {
    let (shown, set_shown) = signal(if IN_BROWSER { first.min(total) } else { total });
    if IN_BROWSER && first < total {
        grow(set_shown, total, step);
        let print = window_event_listener_untyped("beforeprint", move |_| {
            set_shown.try_set(total);
        });
        on_cleanup(move || print.remove());
    }
    shown
}

/// `use_budget` for a list whose rows are all in another form as well (the
/// timeline's table holds every event the vertical list shows): drawn
/// ahead of time, only the `first`, its first visual state until the app
/// takes over, which keeps `index.html` small.
pub fn use_budget_first(total: usize, first: usize, step: usize) -> ReadSignal<usize> {
    if IN_BROWSER {
        use_budget(total, first, step)
    } else {
        signal(first.min(total)).0
    }
}

fn grow(set: WriteSignal<usize>, total: usize, step: usize) {
    set_timeout(
        move || {
            // None once the view is gone: stop.
            let more = set.try_update(|n| match next(*n, total, step) {
                Some(m) => {
                    *n = m;
                    m < total
                }
                None => false,
            });
            if more == Some(true) {
                grow(set, total, step);
            }
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_reach_every_row_and_stop() {
        let (total, first, step) = (71, 12, 6);
        let mut shown = first;
        let mut tasks = 0;
        while let Some(n) = next(shown, total, step) {
            assert!(n > shown && n - shown <= step);
            shown = n;
            tasks += 1;
        }
        assert_eq!(shown, total);
        assert_eq!(tasks, (total - first).div_ceil(step));
        assert_eq!(next(total, total, step), None);
        assert_eq!(next(3, 5, 6), Some(5));
        // a step of 0 would never finish: it counts as 1
        assert_eq!(next(0, 2, 0), Some(1));
    }

    #[test]
    fn a_screenful_covers_the_window_twice() {
        assert_eq!(screenful(844.0, 40.0), 44);
        assert_eq!(screenful(500.0, 1000.0), 2);
        assert_eq!(screenful(0.0, 40.0), 2);
    }

    #[test]
    fn native_drawing_shows_every_row_at_once() {
        let owner = Owner::new();
        owner.set();
        assert_eq!(use_budget(71, 0, 6).get_untracked(), 71);
        // a list with another full form: its first visual state only
        assert_eq!(use_budget_first(71, 38, 6).get_untracked(), 38);
        assert_eq!(use_budget_first(5, 38, 6).get_untracked(), 5);
    }
}
