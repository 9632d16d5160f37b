//! Full-text search over cards: tolerant of case, accents and small typos,
//! ranked by where the words match. Plain data in, plain data out, so it is
//! tested and benchmarked natively.
//!
//! The index maps each distinct word to where it occurs; a query word is
//! compared with the vocabulary once (not with every document), which keeps a
//! keystroke cheap even for thousands of cards.

use std::collections::HashMap;

/// Where a word occurs in a document; weights rank title hits first.
#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord, Hash)]
pub enum Field {
    Title = 0,
    Actor = 1,
    Term = 2,
    Point = 3,
    Summary = 4,
}

impl Field {
    pub const fn weight(self) -> f32 {
        match self {
            Field::Title => 4.0,
            Field::Actor => 3.0,
            Field::Term => 2.5,
            Field::Point => 2.0,
            Field::Summary => 1.0,
        }
    }
}

/// The searchable text of one document.
#[derive(Clone, Debug, Default)]
pub struct DocText {
    pub title: String,
    pub summary: String,
    pub points: Vec<String>,
    pub actors: Vec<String>,
    pub terms: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Index {
    vocab: Vec<String>,
    /// For each vocabulary word: (document, field) pairs, deduplicated.
    postings: Vec<Vec<(u32, Field)>>,
    docs: usize,
    /// Whether any word is Cyrillic (the Russian bundle): only then is a
    /// Latin query word also looked for in Cyrillic.
    cyrillic: bool,
}

/// Lower-case and strip the common Latin diacritics, so "Interpol",
/// "INTERPOL" and "ïnterpol" are one word; fold the Cyrillic ё into е and
/// the Arabic letter variants (hamza seats, alef maqsura, teh marbuta) into
/// their base letters. `None` for a character that separates words.
pub fn fold(c: char) -> Option<char> {
    let c = match c {
        'À'..='Å' | 'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'Ç' | 'ç' | 'ć' | 'č' => 'c',
        'È'..='Ë' | 'è'..='ë' | 'ē' | 'ę' | 'ě' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' | 'ī' => 'i',
        'Ñ' | 'ñ' | 'ń' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'ō' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' | 'ū' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        'ß' => 's',
        'š' | 'Š' => 's',
        'ž' | 'Ž' => 'z',
        'ё' | 'Ё' => 'е',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ئ' | 'ی' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        c if c.is_alphanumeric() => lower(c),
        _ => return None,
    };
    Some(c)
}

/// The blocks whose capitals `lower` knows: Basic Latin, Latin-1, Latin
/// Extended-A, the Greek letters U+0386–U+03CE and Cyrillic. Arabic and
/// Han have no case; other cased letters (Latin Extended-B, full-width
/// Latin) are left as typed.
#[cfg(test)]
const CASED: &[(char, char)] = &[
    ('\u{0000}', '\u{017F}'),
    ('\u{0386}', '\u{03CE}'),
    ('\u{0400}', '\u{04FF}'),
];

/// The lower-case letter of a capital in `CASED` (the first letter of
/// std's `to_lowercase`, which a test compares over every one of them);
/// any other character as it is. std's version carries the whole of
/// Unicode's case table, about 11 KB of the wasm, for these few blocks.
fn lower(c: char) -> char {
    let n = c as u32;
    let even = n.is_multiple_of(2);
    let to = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => n + 32,
        0x130 => 'i' as u32,
        0x100..=0x137 | 0x14A..=0x177 if even => n + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => n + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => n + 32,
        0x400..=0x40F => n + 80,
        0x410..=0x42F => n + 32,
        0x4C0 => 0x4CF,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if even => n + 1,
        0x4C1..=0x4CE if !even => n + 1,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Marks that sit on a letter and change nothing a search should see: the
/// Arabic short vowels and shadda, the dagger alef and the tatweel.
fn ignorable(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// Chinese (and Japanese kanji) characters: written without spaces, so
/// they are matched as single characters and overlapping pairs.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// The Arabic article and the particles that fuse with it ("the", "and
/// the", "with the"...), dropped from longer words so that a search for
/// مجلس also finds المجلس.
fn strip_article(w: &mut String) {
    for p in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                *w = rest.to_string();
            }
            return;
        }
    }
}

/// Words of a text with their byte spans in the original, folded. A run of
/// Han characters gives each character and each adjacent pair.
pub fn words_with_spans(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let mut end = 0;
    let flush =
        |cur: &mut String, start: usize, end: usize, out: &mut Vec<(usize, usize, String)>| {
            if !cur.is_empty() {
                strip_article(cur);
                out.push((start, end, std::mem::take(cur)));
            }
        };
    let mut han_prev: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        if ignorable(c) {
            continue;
        }
        if is_han(c) {
            flush(&mut cur, start, end, &mut out);
            let e = i + c.len_utf8();
            out.push((i, e, c.to_string()));
            if let Some((pi, pc)) = han_prev {
                out.push((pi, e, format!("{pc}{c}")));
            }
            han_prev = Some((i, c));
            continue;
        }
        han_prev = None;
        match fold(c) {
            Some(f) => {
                if cur.is_empty() {
                    start = i;
                }
                cur.push(f);
                end = i + c.len_utf8();
            }
            None => flush(&mut cur, start, end, &mut out),
        }
    }
    flush(&mut cur, start, end, &mut out);
    out
}

/// What a title sorts by: folded as search folds it (case and accents
/// away, so "État" files under E, not after "Z"), words one space apart.
pub fn sort_key(text: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().filter(|&c| !ignorable(c)) {
        match fold(c) {
            Some(f) => {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(f);
            }
            None => gap = true,
        }
    }
    out
}

pub fn words(text: &str) -> Vec<String> {
    words_with_spans(text)
        .into_iter()
        .map(|(_, _, w)| w)
        .collect()
}

/// Words too common to narrow a search, in the six languages (Chinese and
/// Arabic fold theirs away as single characters and articles).
const STOP: &[&str] = &[
    "a", "an", "and", "the", "of", "in", "on", "to", "for", "by", "with", "is", // en
    "le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "au", "aux", // fr
    "el", "los", "las", "del", "y", "una", // es
    "и", "в", "на", "с", "по", "о", // ru
];

/// Query words worth matching: folded, stop words dropped unless the query is
/// only stop words.
pub fn query_words(query: &str) -> Vec<String> {
    let all = words(query);
    let is_pair = |w: &String| w.chars().count() == 2 && w.chars().all(is_han);
    let pairs: Vec<&String> = all.iter().filter(|w| is_pair(w)).collect();
    // A typed pair already asks for its characters; its single characters
    // would also match (and highlight) every pair they begin.
    let covered = |w: &String| {
        let mut c = w.chars();
        matches!((c.next(), c.next()), (Some(h), None) if is_han(h))
            && pairs.iter().any(|p| p.contains(w.as_str()))
    };
    let kept: Vec<String> = all
        .iter()
        .filter(|w| !STOP.contains(&w.as_str()) && !covered(w))
        .cloned()
        .collect();
    if kept.is_empty() {
        all
    } else {
        kept
    }
}

/// How well a query word matches a text word, 0 for no match.
pub fn match_quality(q: &str, word: &str) -> f32 {
    if q == word {
        return 1.0;
    }
    let ql = q.chars().count();
    // one Han character stands for a word: it may begin a pair
    let han = q.chars().next().is_some_and(is_han);
    if (ql >= 2 || han) && word.starts_with(q) {
        return 0.8;
    }
    // short words get no typo allowance: "nato" must not match "not"; and a
    // typo rarely hits both of the first two letters, which skips most of
    // the vocabulary cheaply
    if ql >= 5 && plausible(q, word) {
        let budget = if ql >= 8 { 2 } else { 1 };
        let wl = word.chars().count();
        if wl.abs_diff(ql) <= budget && edit_distance(q, word, budget) <= budget {
            return 0.6;
        }
        // a typo in a word still being typed: compare with the word's start
        if wl > ql {
            let cut = word.char_indices().nth(ql).map_or(word.len(), |(i, _)| i);
            if edit_distance(q, &word[..cut], 1) <= 1 {
                return 0.5;
            }
        }
    }
    0.0
}

fn plausible(q: &str, word: &str) -> bool {
    let mut a = q.chars();
    let mut b = word.chars();
    let (a0, a1, b0, b1) = (a.next(), a.next(), b.next(), b.next());
    a0 == b0 || a1 == b1 || (a0 == b1 && a1 == b0)
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps),
/// returning `limit + 1` as soon as it is exceeded.
pub fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    if a.is_ascii() && b.is_ascii() {
        osa(a.as_bytes(), b.as_bytes(), limit)
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        osa(&a, &b, limit)
    }
}

fn osa<T: PartialEq>(a: &[T], b: &[T], limit: usize) -> usize {
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    // three rolling rows; words are short, so they live on the stack
    const MAX: usize = 48;
    if b.len() >= MAX {
        return limit + 1;
    }
    let w = b.len() + 1;
    let mut prev2 = [0usize; MAX];
    let mut prev = [0usize; MAX];
    let mut cur = [0usize; MAX];
    for (j, p) in prev.iter_mut().enumerate().take(w) {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

impl Index {
    pub fn build<'a>(docs: impl IntoIterator<Item = &'a DocText>) -> Index {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut idx = Index::default();
        for (d, doc) in docs.into_iter().enumerate() {
            idx.docs = d + 1;
            let fields = std::iter::once((Field::Title, doc.title.as_str()))
                .chain(std::iter::once((Field::Summary, doc.summary.as_str())))
                .chain(doc.points.iter().map(|p| (Field::Point, p.as_str())))
                .chain(doc.actors.iter().map(|p| (Field::Actor, p.as_str())))
                .chain(doc.terms.iter().map(|p| (Field::Term, p.as_str())));
            for (field, text) in fields {
                for w in words(text) {
                    let next = idx.vocab.len();
                    let id = *ids.entry(w.clone()).or_insert(next);
                    if id == next {
                        idx.vocab.push(w);
                        idx.postings.push(Vec::new());
                    }
                    let p = &mut idx.postings[id];
                    // documents arrive in order: only this document's tail
                    // entries can repeat
                    let dup = p
                        .iter()
                        .rev()
                        .take_while(|e| e.0 == d as u32)
                        .any(|e| e.1 == field);
                    if !dup {
                        p.push((d as u32, field));
                    }
                }
            }
        }
        idx.cyrillic = idx
            .vocab
            .iter()
            .any(|w| w.chars().any(|c| matches!(c, 'а'..='я')));
        idx
    }

    pub fn len(&self) -> usize {
        self.docs
    }

    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// Relevance of every document for the query: `None` when the query has
    /// no words (everything matches equally); otherwise a score per document,
    /// 0 meaning "does not match". Every query word must match somewhere.
    pub fn scores(&self, query: &str) -> Option<Vec<f32>> {
        self.search(query).map(|s| s.0)
    }

    /// Scores (as `scores`) and the sorted vocabulary words that matched,
    /// which is all highlighting needs.
    pub fn search(&self, query: &str) -> Option<(Vec<f32>, Vec<String>)> {
        self.search_words(&query_words(query))
    }

    /// `search` for a query already split by `query_words`; None when it
    /// has no words.
    pub fn search_words(&self, qs: &[String]) -> Option<(Vec<f32>, Vec<String>)> {
        if qs.is_empty() {
            return None;
        }
        let mut total = vec![0f32; self.docs];
        let mut best = vec![0f32; self.docs];
        let mut hits: Vec<String> = Vec::new();
        for (n, q) in qs.iter().enumerate() {
            best.iter_mut().for_each(|b| *b = 0.0);
            // A Latin word is also looked for in Cyrillic: a learner types
            // "interpol" or "nato" where the text has «Интерпол» and «НАТО»,
            // and the references beside it stay in Latin letters.
            let again = cyrillic(q).filter(|_| self.cyrillic);
            for q in std::iter::once(q).chain(again.as_ref()) {
                for (w, word) in self.vocab.iter().enumerate() {
                    let m = match_quality(q, word);
                    if m > 0.0 {
                        hits.push(word.clone());
                        for &(d, f) in &self.postings[w] {
                            let s = m * f.weight();
                            let b = &mut best[d as usize];
                            if s > *b {
                                *b = s;
                            }
                        }
                    }
                }
            }
            for d in 0..self.docs {
                // AND across query words: a miss zeroes the document
                total[d] = if best[d] > 0.0 && (n == 0 || total[d] > 0.0) {
                    total[d] + best[d]
                } else {
                    0.0
                };
            }
        }
        crate::order::sort(&mut hits);
        hits.dedup();
        Some((total, hits))
    }
}

/// A folded Latin word spelt in Cyrillic as Russian spells borrowed names
/// (`interpol` → `интерпол`, `shanghai` → `шангхаи`); None for any other
/// word, and for one of fewer than three letters (`un` would begin
/// hundreds of Russian words).
fn cyrillic(w: &str) -> Option<String> {
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    const PAIRS: &[(&str, &str)] = &[
        ("shch", "щ"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ts", "ц"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("yu", "ю"),
        ("ya", "я"),
        ("yo", "е"),
        ("ye", "е"),
        ("eu", "ев"),
        ("ph", "ф"),
        ("th", "т"),
        ("x", "кс"),
        ("j", "дж"),
    ];
    const ONE: &str = "абкдефгхийклмнопкрстуввкиз";
    let mut out = String::new();
    let mut rest = w;
    'next: while !rest.is_empty() {
        for (lat, cyr) in PAIRS {
            if let Some(r) = rest.strip_prefix(lat) {
                out.push_str(cyr);
                rest = r;
                continue 'next;
            }
        }
        let c = rest.as_bytes()[0];
        out.extend(ONE.chars().nth((c - b'a') as usize));
        rest = &rest[1..];
    }
    Some(out)
}

/// Byte ranges of the words in `text` that are among `hits` (sorted, as
/// returned by `Index::search`).
pub fn hit_ranges(text: &str, hits: &[String]) -> Vec<(usize, usize)> {
    if hits.is_empty() {
        return Vec::new();
    }
    let mut spans: Vec<(usize, usize)> = words_with_spans(text)
        .into_iter()
        .filter(|(_, _, w)| hits.binary_search(w).is_ok())
        .map(|(s, e, _)| (s, e))
        .collect();
    // Han characters and their pairs overlap: one range per marked stretch,
    // in order, so that callers can cut the text at each range
    crate::order::sort(&mut spans);
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, summary: &str) -> DocText {
        DocText {
            title: title.into(),
            summary: summary.into(),
            ..Default::default()
        }
    }

    #[test]
    fn lower_agrees_with_std_over_every_cased_block() {
        for &(a, b) in CASED {
            for c in a..=b {
                let std = c.to_lowercase().next().unwrap();
                assert_eq!(lower(c), std, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn every_letter_of_the_shipped_text_lowers_as_std_does() {
        // Content and interface text of every language, as a learner may
        // type it: outside `CASED`, a letter must have no case at all.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut seen = std::collections::BTreeSet::new();
        for dir in std::fs::read_dir(&root).unwrap() {
            let dir = dir.unwrap().path();
            if !dir.is_dir() {
                continue;
            }
            for f in std::fs::read_dir(&dir).unwrap() {
                let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
                seen.extend(text.chars().filter(|c| c.is_alphanumeric()));
            }
        }
        assert!(seen.contains(&'Ж') && seen.contains(&'É') && seen.len() > 500);
        for c in seen {
            assert_eq!(
                lower(c),
                c.to_lowercase().next().unwrap(),
                "{c} U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn titles_sort_by_their_folded_letters() {
        let mut t = vec!["Zone franche", "État de droit", "droit pénal", "Éducation"];
        crate::order::sort_by_key(&mut t, |s| sort_key(s));
        assert_eq!(
            t,
            ["droit pénal", "Éducation", "État de droit", "Zone franche"]
        );
        assert_eq!(
            sort_key("  Résolution 1373 (2001) "),
            "resolution 1373 2001"
        );
        assert_eq!(sort_key("Совет Безопасности"), "совет безопасности");
    }

    #[test]
    fn folding_handles_case_and_accents() {
        assert_eq!(
            words("ÉCOLE  Intérpol’s, naïve-CAFÉ"),
            vec!["ecole", "interpol", "s", "naive", "cafe"]
        );
    }

    #[test]
    fn russian_folds_case_and_yo() {
        assert_eq!(
            words("Ещё ЕЩЕ Совет Безопасности"),
            vec!["еще", "еще", "совет", "безопасности"]
        );
    }

    #[test]
    fn arabic_folds_marks_letter_variants_and_the_article() {
        // with and without short vowels; hamza on alef; teh marbuta; article
        assert_eq!(words("مَجْلِسُ الأمن"), words("مجلس امن"));
        assert_eq!(words("الإرهاب"), vec!["ارهاب"]);
        assert_eq!(words("لجنة"), words("لجنه"));
        // a short word keeps its letters
        assert_eq!(words("الا"), vec!["الا"]);
    }

    #[test]
    fn chinese_is_matched_by_characters_and_pairs() {
        assert_eq!(words("安理会"), vec!["安", "理", "安理", "会", "理会"]);
        let idx = Index::build([&doc("联合国反恐怖主义办公室", "安全理事会")]);
        assert!(idx.scores("反恐").unwrap()[0] > 0.0);
        assert!(idx.scores("理事").unwrap()[0] > 0.0);
        assert!(idx.scores("恐").unwrap()[0] > 0.0);
        assert_eq!(idx.scores("恐会").unwrap()[0], 0.0);
        // a typed pair asks for the pair, not each character on its own
        assert_eq!(query_words("通报"), vec!["通报"]);
        assert_eq!(query_words("红色通报"), vec!["红色", "色通", "通报"]);
        assert_eq!(query_words("恐"), vec!["恐"]);
        let idx = Index::build([&doc("红色通报", "通缉人员")]);
        let (_, hits) = idx.search("红色通报").unwrap();
        assert!(!hits.contains(&"通缉".to_string()), "{hits:?}");
    }

    #[test]
    fn chinese_hits_are_ordered_stretches_that_never_overlap() {
        let text = "国际刑警组织：警察网络";
        let hits = {
            let mut h = words("察网警");
            crate::order::sort(&mut h);
            h
        };
        let r = hit_ranges(text, &hits);
        assert!(r.windows(2).all(|w| w[0].1 < w[1].0), "{r:?}");
        let marked: Vec<&str> = r.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(marked, ["警", "警察网"]);
    }

    #[test]
    fn latin_words_find_their_cyrillic_spelling() {
        assert_eq!(cyrillic("interpol").as_deref(), Some("интерпол"));
        assert_eq!(cyrillic("nato").as_deref(), Some("нато"));
        assert_eq!(cyrillic("fatf").as_deref(), Some("фатф"));
        assert_eq!(cyrillic("europol").as_deref(), Some("европол"));
        assert_eq!(cyrillic("asean").as_deref(), Some("асеан"));
        assert_eq!(cyrillic("1373"), None);
        assert_eq!(cyrillic("нато"), None);
        let idx = Index::build([
            &doc("Интерпол и красные уведомления", ""),
            &doc("НАТО после 2001 года", ""),
            &doc("Interpol in the references", "Европол"),
        ]);
        let s = idx.scores("interpol").unwrap();
        // found where it is written in either script
        assert!(s[0] > 0.0 && s[2] > 0.0 && s[1] == 0.0, "{s:?}");
        let (_, hits) = idx.search("interpol").unwrap();
        assert_eq!(hits, ["interpol", "интерпол"]);
        assert_eq!(cyrillic("un"), None);
        assert_eq!(cyrillic("terrorism").as_deref(), Some("террорисм"));
        // a bundle with no Cyrillic word never looks for one
        let en = Index::build([&doc("Interpol notices", "")]);
        assert!(!en.cyrillic && idx.cyrillic);
        // a spelling a letter off is still found, as any typo is
        let ru = Index::build([&doc("Финансирование терроризма", "")]);
        assert!(ru.scores("terrorism").unwrap()[0] > 0.0);
        let s = idx.scores("nato").unwrap();
        assert!(s[1] > 0.0 && s[0] == 0.0 && s[2] == 0.0, "{s:?}");
        assert!(idx.scores("europol").unwrap()[2] > 0.0);
        assert!(idx.scores("nato 2001").unwrap()[1] > 0.0);
    }

    #[test]
    fn typo_tolerance_works_in_cyrillic_and_arabic() {
        let idx = Index::build([&doc("Контртеррористический комитет", "لجنة مكافحة الإرهاب")]);
        assert!(idx.scores("контртерористический").unwrap()[0] > 0.0);
        assert!(idx.scores("مكافحه").unwrap()[0] > 0.0);
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("interpol", "interpol", 2), 0);
        assert_eq!(edit_distance("intepol", "interpol", 2), 1);
        assert_eq!(edit_distance("itnerpol", "interpol", 2), 1);
        assert_eq!(edit_distance("abc", "xyz", 1), 2);
    }

    #[test]
    fn quality_orders_exact_prefix_fuzzy() {
        assert!(match_quality("nato", "nato") > match_quality("nat", "nato"));
        assert!(match_quality("nat", "nato") > match_quality("natp", "nato"));
        assert_eq!(match_quality("un", "nato"), 0.0);
        // short words need exact or prefix matches: no fuzzy noise
        assert_eq!(match_quality("eu", "us"), 0.0);
        // typo in a word still being typed
        assert!(match_quality("finan", "financing") > 0.0);
        assert!(match_quality("fiann", "financing") > 0.0);
    }

    #[test]
    fn search_is_and_across_words_and_ranks_title_first() {
        let docs = vec![
            doc("Terrorist financing", "Money trails and banks."),
            doc(
                "Banks",
                "How terrorist groups move money; financing matters.",
            ),
            doc("Borders", "Checks at the border."),
        ];
        let idx = Index::build(&docs);
        let s = idx.scores("financing").unwrap();
        assert!(s[0] > s[1] && s[1] > 0.0 && s[2] == 0.0);
        let s = idx.scores("financing border").unwrap();
        assert!(s.iter().all(|&x| x == 0.0));
        let s = idx.scores("FINANCNG").unwrap();
        assert!(s[0] > 0.0, "typo tolerated");
        assert!(idx.scores("  ").is_none());
    }

    #[test]
    fn hits_mark_matching_words_in_original_text() {
        let docs = vec![doc("Interpol’s Red Notices", "Wanted persons.")];
        let idx = Index::build(&docs);
        let (_, hits) = idx.search("notice red").unwrap();
        let text = "Interpol’s Red Notices";
        let marked: Vec<&str> = hit_ranges(text, &hits)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(marked, vec!["Red", "Notices"]);
        assert!(hit_ranges(text, &[]).is_empty());
    }
}
