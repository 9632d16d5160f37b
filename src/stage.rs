//! The takeover in steps. Where a page drawn ahead of time is on screen,
//! the app is built hidden beside it, one `Later` part per task, so no
//! single task blocks a slow phone for long (Lighthouse's Total Blocking
//! Time); then one task swaps the app in. Without such a page (natively,
//! or served unrendered) nothing waits.

use leptos::prelude::*;
use std::cell::RefCell;

#[derive(Default)]
struct Steps {
    /// Building hidden: the swap has not happened yet.
    staging: bool,
    /// Tickets handed out to `Later` parts; each is drawn on its turn.
    issued: usize,
    turn: Option<RwSignal<usize>>,
    /// What waits for the app to be on screen (focus, say).
    after: Vec<Box<dyn FnOnce()>>,
}

thread_local! {
    static STEPS: RefCell<Steps> = RefCell::default();
}

fn turn_signal(s: &mut Steps) -> RwSignal<usize> {
    *s.turn.get_or_insert_with(|| RwSignal::new(0))
}

/// Build hidden from now on, until `run` swaps the app in.
pub fn begin() {
    STEPS.with(|s| {
        let mut s = s.borrow_mut();
        s.staging = true;
        turn_signal(&mut s);
    });
}

/// Whether the app is still being built hidden.
pub fn staging() -> bool {
    STEPS.with(|s| s.borrow().staging)
}

/// A part to draw later: the turn on which it is drawn, and the signal that
/// counts turns. None: draw it now.
pub fn ticket() -> Option<(usize, ReadSignal<usize>)> {
    STEPS.with(|s| {
        let mut s = s.borrow_mut();
        if !s.staging {
            return None;
        }
        s.issued += 1;
        Some((s.issued, turn_signal(&mut s).read_only()))
    })
}

/// Run `f` once the app is on screen: now, or right after the swap.
pub fn when_shown(f: impl FnOnce() + 'static) {
    let now = STEPS.with(|s| {
        let mut s = s.borrow_mut();
        if s.staging {
            s.after.push(Box::new(f));
            None
        } else {
            Some(f)
        }
    });
    if let Some(f) = now {
        f();
    }
}

/// What the next task does: draw the part whose turn it is, or swap.
#[derive(Debug, PartialEq)]
pub enum Next {
    Draw(usize),
    Swap,
}

/// Parts drawn so far and tickets handed out (parts drawn late can hand out
/// more) decide the next step.
pub fn next(turn: usize, issued: usize) -> Next {
    if turn < issued {
        Next::Draw(turn + 1)
    } else {
        Next::Swap
    }
}

/// Draw the parts one task each, then call `swap` and what waited for it.
pub fn run(swap: impl FnOnce() + 'static) {
    set_timeout(
        move || {
            let (step, turn) = STEPS.with(|s| {
                let mut s = s.borrow_mut();
                let turn = turn_signal(&mut s);
                (next(turn.get_untracked(), s.issued), turn)
            });
            match step {
                // the parts' effects draw them before this task ends
                Next::Draw(t) => {
                    turn.set(t);
                    run(swap);
                }
                Next::Swap => {
                    swap();
                    let after = STEPS.with(|s| {
                        let mut s = s.borrow_mut();
                        s.staging = false;
                        std::mem::take(&mut s.after)
                    });
                    for f in after {
                        f();
                    }
                }
            }
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_drawn_in_turn_then_swapped() {
        assert_eq!(next(0, 3), Next::Draw(1));
        assert_eq!(next(2, 3), Next::Draw(3));
        assert_eq!(next(3, 3), Next::Swap);
        // nothing to draw later: swap at once
        assert_eq!(next(0, 0), Next::Swap);
    }

    #[test]
    fn without_staging_everything_is_drawn_and_run_now() {
        let owner = Owner::new();
        owner.set();
        assert!(ticket().is_none());
        let ran = std::rc::Rc::new(std::cell::Cell::new(false));
        let r = ran.clone();
        when_shown(move || r.set(true));
        assert!(ran.get());
    }

    #[test]
    fn while_staging_parts_wait_their_turn_and_focus_waits_for_the_swap() {
        let owner = Owner::new();
        owner.set();
        begin();
        let (a, turn) = ticket().expect("staging");
        let (b, _) = ticket().expect("staging");
        assert_eq!((a, b), (1, 2));
        assert_eq!(turn.get_untracked(), 0);
        let ran = std::rc::Rc::new(std::cell::Cell::new(false));
        let r = ran.clone();
        when_shown(move || r.set(true));
        assert!(!ran.get(), "waits for the swap");
        assert!(staging());
    }
}
