//! Latin-script runs inside right-to-left text (document symbols such as
//! "S/RES/1373 (2001)", names such as "Egmont Group") are isolated, so
//! that their slashes, brackets and digits do not jump around the Arabic
//! sentence they sit in. In a left-to-right bundle nothing is isolated.

/// Byte ranges of the runs to isolate: from a Latin letter to the last
/// Latin letter, digit or closing bracket before the next letter of
/// another script, taking in the digits, spaces and punctuation between.
pub fn latin_runs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let latin = c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c);
        let joins = c.is_ascii_digit() || " /().,:;-–&'’§".contains(c);
        if latin {
            if start.is_none() {
                start = Some(i);
            }
            end = i + c.len_utf8();
        } else if start.is_some() && joins {
            if c.is_ascii_digit() || c == ')' {
                end = i + c.len_utf8();
            }
        } else if let Some(s) = start.take() {
            out.push((s, end));
        }
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}

/// The text cut into (piece, isolate) pairs covering all of it, isolating
/// only in a right-to-left bundle.
pub fn segments(text: &str, rtl: bool) -> Vec<(&str, bool)> {
    if !rtl {
        return vec![(text, false)];
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in latin_runs(text) {
        if s > at {
            out.push((&text[at..s], false));
        }
        out.push((&text[s..e], true));
        at = e;
    }
    if at < text.len() || out.is_empty() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_symbols_and_names_are_isolated_whole() {
        let t = "اعتمد القرار S/RES/1373 (2001) بعد هجمات 11 سبتمبر، ومجموعة Egmont Group أيضا.";
        let runs: Vec<&str> = latin_runs(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(runs, vec!["S/RES/1373 (2001)", "Egmont Group"]);
    }

    #[test]
    fn segments_cover_the_text_and_do_nothing_left_to_right() {
        let t = "قرار S/RES/2178 (2014)";
        let segs = segments(t, true);
        assert_eq!(segs.iter().map(|s| s.0).collect::<String>(), t);
        assert_eq!(segs, vec![("قرار ", false), ("S/RES/2178 (2014)", true)]);
        assert_eq!(segments(t, false), vec![(t, false)]);
    }
}
