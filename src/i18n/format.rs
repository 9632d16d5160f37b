//! Dates and numbers in the bundle's language.

use super::{fill, ui::date, LANG};

const MONTHS: [&str; 12] = [
    date::MONTH_1,
    date::MONTH_2,
    date::MONTH_3,
    date::MONTH_4,
    date::MONTH_5,
    date::MONTH_6,
    date::MONTH_7,
    date::MONTH_8,
    date::MONTH_9,
    date::MONTH_10,
    date::MONTH_11,
    date::MONTH_12,
];
const ALONE: [&str; 12] = [
    date::ALONE_1,
    date::ALONE_2,
    date::ALONE_3,
    date::ALONE_4,
    date::ALONE_5,
    date::ALONE_6,
    date::ALONE_7,
    date::ALONE_8,
    date::ALONE_9,
    date::ALONE_10,
    date::ALONE_11,
    date::ALONE_12,
];

/// `28 September 2001`, `September 2014` or `1923`, per the catalogue's
/// patterns (`2001年9月28日`, `28 сентября 2001 г.`).
pub fn date(year: i32, month: Option<u8>, day: Option<u8>) -> String {
    let y = year.to_string();
    let m = |m: u8, names: &[&'static str; 12]| names[(m.clamp(1, 12) - 1) as usize];
    match (month, day) {
        (Some(mo), Some(d)) => fill(
            date::DAY_MONTH_YEAR,
            &[("d", &d.to_string()), ("month", m(mo, &MONTHS)), ("y", &y)],
        ),
        (Some(mo), None) => fill(date::MONTH_YEAR, &[("month", m(mo, &ALONE)), ("y", &y)]),
        _ => y,
    }
}

/// A whole number with the language's digit grouping (years are not
/// numbers in this sense and are never grouped).
pub fn number(n: i64) -> String {
    group(n, LANG)
}

pub fn group(n: i64, lang: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let (sep, min) = match lang {
        // a narrow no-break space, as French and Russian print it
        "fr" | "ru" => ('\u{202f}', 4),
        // Spanish groups only from five digits
        "es" => ('.', 5),
        _ => (',', 4),
    };
    let mut out = String::new();
    if digits.len() >= min {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
    } else {
        out = digits;
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_follows_the_language() {
        assert_eq!(group(1234567, "en"), "1,234,567");
        assert_eq!(group(4096, "fr"), "4\u{202f}096");
        assert_eq!(group(4096, "es"), "4096");
        assert_eq!(group(12345, "es"), "12.345");
        assert_eq!(group(999, "ru"), "999");
        assert_eq!(group(-1000, "en"), "-1,000");
    }

    #[test]
    fn dates_use_the_catalogue_patterns() {
        if LANG == "en" {
            assert_eq!(date(2001, Some(9), Some(28)), "28 September 2001");
            assert_eq!(date(2014, Some(9), None), "September 2014");
            assert_eq!(date(1923, None, None), "1923");
        }
    }
}
