//! Splits card text into runs for display: search hits are highlighted and
//! the first mention of each glossary term is marked so it can explain
//! itself.

use crate::content;
use crate::model::{Term, TermId};
use crate::search;

#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub text: String,
    pub hit: bool,
    pub term: Option<TermId>,
}

/// Byte span of the first whole-word mention of a term (its name or an
/// alias) among a text's words.
pub fn first_mention(words: &[(usize, usize, String)], t: &Term) -> Option<(usize, usize)> {
    std::iter::once(t.term)
        .chain(t.aliases.iter().copied())
        .find_map(|name| {
            let n = search::words(name);
            if n.is_empty() {
                return None;
            }
            words
                .windows(n.len())
                .find(|w| w.iter().zip(&n).all(|(a, b)| a.2 == *b))
                .map(|w| (w[0].0, w[n.len() - 1].1))
        })
}

/// Byte span of the first whole-word mention of each glossary term.
pub fn term_spans(text: &str) -> Vec<(usize, usize, TermId)> {
    let words = search::words_with_spans(text);
    let mut spans: Vec<(usize, usize, TermId)> = Vec::new();
    for t in content::TERMS.iter() {
        if let Some((s, e)) = first_mention(&words, t) {
            // longest first wins where terms overlap ("Red Notice" vs "Notice")
            if !spans.iter().any(|&(a, b, _)| s < b && a < e) {
                spans.push((s, e, t.id));
            }
        }
    }
    crate::order::sort(&mut spans);
    spans
}

/// Runs covering the whole text, `hits` being the matched words (sorted);
/// `mark_terms` off for titles.
pub fn runs(text: &str, hits: &[String], mark_terms: bool) -> Vec<Run> {
    let hits = search::hit_ranges(text, hits);
    let terms = if mark_terms {
        term_spans(text)
    } else {
        Vec::new()
    };
    // cut points: every boundary of a hit or term
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e) in &hits {
        cuts.extend([s, e]);
    }
    for &(s, e, _) in &terms {
        cuts.extend([s, e]);
    }
    crate::order::sort(&mut cuts);
    cuts.dedup();
    let mut out: Vec<Run> = Vec::new();
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let hit = hits.iter().any(|&(a, b)| a <= s && e <= b);
        let term = terms
            .iter()
            .find(|&&(a, b, _)| a <= s && e <= b)
            .map(|t| t.2);
        match out.last_mut() {
            Some(last) if last.hit == hit && last.term == term && term.is_none() => {
                last.text.push_str(&text[s..e])
            }
            _ => out.push(Run {
                text: text[s..e].to_string(),
                hit,
                term,
            }),
        }
    }
    if out.is_empty() {
        out.push(Run {
            text: String::new(),
            hit: false,
            term: None,
        });
    }
    out
}

/// Text as HTML with the search hits in `<mark>`, everything escaped. The
/// card grid sets this as one `innerHTML` per text: a keystroke then costs one
/// DOM call per changed text instead of a node per run.
pub fn highlight_html(text: &str, hits: &[String]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for (s, e) in search::hit_ranges(text, hits) {
        escape_into(&mut out, &text[at..s]);
        out.push_str("<mark>");
        escape_into(&mut out, &text[s..e]);
        out.push_str("</mark>");
        at = e;
    }
    escape_into(&mut out, &text[at..]);
    out
}

/// Escapes text for HTML, isolating Latin runs in `<bdi>` in a
/// right-to-left bundle.
fn escape_into(out: &mut String, text: &str) {
    for (piece, iso) in crate::i18n::bidi::segments(text, crate::i18n::RTL) {
        if iso {
            out.push_str("<bdi>");
            escape_plain(out, piece);
            out.push_str("</bdi>");
        } else {
            escape_plain(out, piece);
        }
    }
}

/// Escapes text for HTML, as it is.
pub fn escape_plain(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_html_marks_hits_and_escapes() {
        assert_eq!(
            highlight_html(
                "Tom & <Jerry> share intel",
                &["intel".to_string(), "tom".to_string()]
            ),
            "<mark>Tom</mark> &amp; &lt;Jerry&gt; share <mark>intel</mark>"
        );
        assert_eq!(highlight_html("a \"b\"", &[]), "a &quot;b&quot;");
    }

    #[test]
    fn highlight_html_agrees_with_runs() {
        let hits = vec!["intelligence".to_string(), "un".to_string()];
        for c in content::CARDS.iter() {
            let want: String = runs(c.summary, &hits, false)
                .iter()
                .map(|r| {
                    let t = highlight_html(&r.text, &[]);
                    if r.hit {
                        format!("<mark>{t}</mark>")
                    } else {
                        t
                    }
                })
                .collect();
            assert_eq!(highlight_html(c.summary, &hits), want);
        }
    }

    #[test]
    fn runs_reassemble_the_text() {
        for c in content::CARDS.iter() {
            let r = runs(c.summary, &["intelligence".to_string()], true);
            let joined: String = r.iter().map(|r| r.text.as_str()).collect();
            assert_eq!(joined, c.summary);
        }
    }

    #[test]
    fn hits_are_marked() {
        let r = runs(
            "Shared intelligence helps.",
            &["intelligence".to_string()],
            false,
        );
        assert_eq!(
            r.iter()
                .filter(|r| r.hit)
                .map(|r| r.text.as_str())
                .collect::<Vec<_>>(),
            vec!["intelligence"]
        );
    }

    #[test]
    fn every_term_is_marked_somewhere_in_cards() {
        for t in content::TERMS.iter() {
            let found = content::CARDS.iter().any(|c| {
                std::iter::once(c.summary)
                    .chain(c.points.iter().copied())
                    .any(|text| term_spans(text).iter().any(|s| s.2 == t.id))
            });
            assert!(
                found,
                "glossary term {:?} is never marked in a card's summary or points",
                t.term
            );
        }
    }
}
