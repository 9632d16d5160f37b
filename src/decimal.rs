//! Numbers as text, for styles, SVG and SCORM values, by integer
//! arithmetic. Formatting an `f64` with `{}` or `{:.1}` brings core's
//! float printing into the wasm (about 14 KB of code and its tables,
//! 2026-12-03) for what is here a position to a tenth of a pixel.

/// `x` with exactly `places` decimals (at most 9), rounded half away from
/// zero (std rounds an exact tie to even: 0.125 is `0.13` here, `0.12`
/// there): `fixed(0.5, 2)` is `0.50`. Not a number reads as 0, and a
/// negative that rounds to zero has no sign.
pub fn fixed(x: f64, places: u32) -> String {
    let (neg, int, frac) = split(x, places);
    let sign = if neg { "-" } else { "" };
    if places == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac:0w$}", w = places as usize)
    }
}

/// `x` to at most `places` decimals, without trailing zeros or point:
/// `short(12.30, 2)` is `12.3`, `short(4.0, 2)` is `4`.
pub fn short(x: f64, places: u32) -> String {
    let mut s = fixed(x, places);
    if s.contains('.') {
        let keep = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(keep);
    }
    s
}

/// Sign, whole part and decimals (as an integer) of `x` rounded.
fn split(x: f64, places: u32) -> (bool, u64, u64) {
    debug_assert!(places <= 9, "decimal::fixed: at most 9 places");
    let scale = 10u64.pow(places.min(9));
    // `as` saturates, and maps NaN to 0.
    let n = (x * scale as f64).round() as i64;
    let a = n.unsigned_abs();
    (n < 0, a / scale, a % scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_agrees_with_std_away_from_ties() {
        // Values whose next decimal is never a tie, in both signs.
        for i in -20_000..20_000 {
            let x = i as f64 * 0.0137 + 0.00011;
            for p in 0..4 {
                let std = format!("{x:.p$}", p = p as usize);
                // std keeps the sign of a negative that rounds to zero
                let zero = std
                    .trim_start_matches('-')
                    .chars()
                    .all(|c| c == '0' || c == '.');
                let std = if zero {
                    std.trim_start_matches('-')
                } else {
                    &std
                };
                assert_eq!(fixed(x, p), std, "{x} {p}");
            }
        }
        assert_eq!(fixed(0.5, 2), "0.50");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
    }

    #[test]
    fn short_is_std_display_for_numbers_of_few_decimals() {
        for i in -5_000..5_000 {
            let x = i as f64 / 10.0;
            assert_eq!(short(x, 1), format!("{x}"), "{x}");
            assert_eq!(short(x, 2), format!("{x}"), "{x}");
        }
        assert_eq!(short(12.30, 2), "12.3");
        assert_eq!(short(-0.001, 2), "0");
        assert_eq!(short(1234.5678, 2), "1234.57");
    }
}
