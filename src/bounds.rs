//! Keeping a position inside its room. `f64::clamp` panics when the room
//! is smaller than what it holds (a label wider than the band on a narrow
//! screen), and its panic message formats both
//! bounds with `{:?}`, which alone links float printing into the wasm
//! (about 14 KB of code, 2026-12-03). `clippy.toml` disallows it.

/// `x` within `lo..=hi`; when `lo > hi`, `lo`: the start of the room,
/// so that what does not fit begins where it can be read. A NaN `x` gives
/// `lo` (bounds here are never NaN).
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    let v = if x > hi { hi } else { x };
    if v >= lo {
        v
    } else {
        lo
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_where_std_does_not_panic_and_never_panics() {
        for x in [-5.0f64, -0.5, 0.0, 0.25, 1.0, 7.5, 100.0] {
            for (lo, hi) in [(0.0, 1.0), (-1.0, 10.0), (2.0, 2.0)] {
                #[allow(clippy::disallowed_methods)]
                let std = x.clamp(lo, hi);
                assert_eq!(clamp(x, lo, hi), std, "{x} in {lo}..{hi}");
            }
        }
        // The room is narrower than the box: start at the room's start.
        assert_eq!(clamp(30.0, 0.0, -20.0), 0.0);
        assert_eq!(clamp(f64::NAN, 3.0, 4.0), 3.0);
    }
}
