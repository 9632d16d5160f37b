//! The card grid is drawn a few cards per task. The first task draws what
//! fills a screen; the rest follow in small tasks, so the app's mount never
//! blocks a slow phone for long (Lighthouse's Total Blocking Time), and the
//! page drawn ahead of time has already shown every card meanwhile.

use crate::views::budget;
use leptos::prelude::*;

/// Cards drawn in each later task: about 40 ms on a 4x slowed phone CPU.
pub const STEP: usize = 6;

/// Cards drawn in the first task: at least what a `w`×`h` CSS px window
/// shows. A card is 400 px tall or more and 300 px wide or more (measured
/// from 320 to 3840 px), so this overestimates both rows and columns; a
/// phone draws 3 instead of a desktop's 12, which is most of its mount.
pub fn first(w: f64, h: f64) -> usize {
    let cols = (w / 300.0).floor().max(1.0);
    let rows = (h / 350.0).ceil().max(1.0);
    crate::bounds::clamp(cols * rows, 3.0, 200.0) as usize
}

/// How many cards the grid shows now: `at_least` and the first screen at
/// once, then the rest in steps. Drawn ahead of time: every card.
pub fn use_budget(total: usize, at_least: usize) -> ReadSignal<usize> {
    let (w, h) = crate::platform::viewport();
    budget::use_budget(total, first(w, h).max(at_least), STEP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_task_fills_the_screen_it_is_drawn_on() {
        // cards seen on the page drawn ahead of time, per window
        for (w, h, seen) in [
            (320.0, 568.0, 1),
            (390.0, 844.0, 2),
            (768.0, 1024.0, 4),
            (900.0, 500.0, 2),
            (1280.0, 800.0, 6),
            (1920.0, 1080.0, 8),
            (2560.0, 1440.0, 12),
            (3840.0, 2160.0, 16),
        ] {
            let n = first(w, h);
            assert!(n >= seen, "{w}x{h}: {n} < {seen}");
        }
        assert_eq!(first(390.0, 844.0), 3);
        assert_eq!(first(1280.0, 800.0), 12);
    }

    #[test]
    fn native_drawing_shows_every_card_at_once() {
        let owner = Owner::new();
        owner.set();
        assert_eq!(use_budget(71, 0).get_untracked(), 71);
    }
}
