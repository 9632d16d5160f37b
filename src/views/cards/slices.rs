//! The card grid is drawn a few cards per task. The first task draws what
//! fills a screen; the rest follow in small tasks, so the app's mount never
//! blocks a slow phone for long (Lighthouse's Total Blocking Time), and the
//! page drawn ahead of time has already shown every card meanwhile.

use crate::platform::IN_BROWSER;
use leptos::prelude::*;

/// Cards drawn in the first task: more than a large screen shows.
pub const FIRST: usize = 12;
/// Cards drawn in each later task: about 40 ms on a 4x slowed phone CPU.
pub const STEP: usize = 6;

/// How many cards the next task may show, or None when all are shown.
pub fn next(shown: usize, total: usize) -> Option<usize> {
    (shown < total).then(|| (shown + STEP).min(total))
}

/// How many cards the grid shows now: `at_least` and the first screen at
/// once, then the rest in steps. Drawn ahead of time: every card.
pub fn use_budget(total: usize, at_least: usize) -> ReadSignal<usize> {
    let first = if IN_BROWSER {
        FIRST.max(at_least).min(total)
    } else {
        total
    };
    let (shown, set_shown) = signal(first);
    if IN_BROWSER {
        grow(set_shown, total);
    }
    shown
}

fn grow(set: WriteSignal<usize>, total: usize) {
    set_timeout(
        move || {
            // None once the view is gone: stop.
            let more = set.try_update(|n| match next(*n, total) {
                Some(m) => {
                    *n = m;
                    m < total
                }
                None => false,
            });
            if more == Some(true) {
                grow(set, total);
            }
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_reach_every_card_and_stop() {
        let total = 71;
        let mut shown = FIRST;
        let mut tasks = 0;
        while let Some(n) = next(shown, total) {
            assert!(n > shown && n - shown <= STEP);
            shown = n;
            tasks += 1;
        }
        assert_eq!(shown, total);
        assert_eq!(tasks, (total - FIRST).div_ceil(STEP));
        assert_eq!(next(total, total), None);
        assert_eq!(next(3, 5), Some(5));
    }

    #[test]
    fn native_drawing_shows_every_card_at_once() {
        let owner = Owner::new();
        owner.set();
        assert_eq!(use_budget(71, 0).get_untracked(), 71);
    }
}
