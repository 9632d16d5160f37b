//! A learner's progress: cards read, tour stops seen, questions answered,
//! case scenarios played.
//! Plain data with a compact text form that fits SCORM 1.2's 4,096-character
//! `suspend_data` (and is what localStorage keeps), plus the values reported
//! to an LMS. Tested natively.

use crate::completion::Completion;
// Counts, not the tables: reading a table decodes it, and the header's
// progress badge counts at start-up. The tour's stops have no ids to count.
use crate::content::tour::TOUR_LEN;
use crate::decimal::fixed;
use crate::model::*;
use crate::scenario::{scenario, walk, MAX_PATH};
use crate::sorted::{SortedMap, SortedSet};
/// SCORM 1.2 limit for `cmi.suspend_data`.
pub const SUSPEND_LIMIT: usize = 4096;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    pub cards_read: SortedSet<CardId>,
    pub stops_seen: SortedSet<usize>,
    /// Latest answer to each question: right or wrong.
    pub answers: SortedMap<QuestionId, bool>,
    /// Tour stop to resume at.
    pub tour_at: usize,
    /// The path (choice letters) of each case as last left.
    pub paths: SortedMap<ScenarioId, String>,
    /// Cases played to an ending at least once.
    pub finished: SortedSet<ScenarioId>,
}

fn bits_to_hex(bits: &[bool]) -> String {
    bits.chunks(4)
        .map(|c| {
            let v = c
                .iter()
                .enumerate()
                .fold(0u8, |acc, (i, &b)| acc | (u8::from(b) << i));
            char::from_digit(v as u32, 16).unwrap_or('0')
        })
        .collect()
}

fn hex_to_bits(s: &str, n: usize) -> Option<Vec<bool>> {
    let mut out = Vec::with_capacity(n);
    for ch in s.chars() {
        let v = ch.to_digit(16)?;
        for i in 0..4 {
            out.push(v & (1 << i) != 0);
        }
    }
    out.resize(n, false);
    Some(out)
}

impl Progress {
    pub fn read_card(&mut self, id: CardId) -> bool {
        self.cards_read.insert(id)
    }

    pub fn see_stop(&mut self, i: usize) -> bool {
        let new = i < TOUR_LEN && self.stops_seen.insert(i);
        self.tour_at = i;
        new
    }

    pub fn answer(&mut self, q: QuestionId, correct: bool) {
        self.answers.insert(q, correct);
    }

    /// Records where a case now stands; reaching an ending finishes it.
    /// The path is cut to what exists.
    pub fn play(&mut self, id: ScenarioId, path: &str) {
        let w = walk(scenario(id), path);
        if w.finished() {
            self.finished.insert(id);
        }
        if w.path.is_empty() {
            self.paths.remove(&id);
        } else {
            self.paths.insert(id, w.path);
        }
    }

    pub fn path(&self, id: ScenarioId) -> &str {
        self.paths.get(&id).map_or("", String::as_str)
    }

    pub fn correct(&self) -> usize {
        self.answers.values().filter(|&&c| c).count()
    }

    /// Share of all questions answered correctly, 0..=1.
    pub fn score(&self) -> f64 {
        if QuestionId::ALL.is_empty() {
            return 0.0;
        }
        self.correct() as f64 / QuestionId::ALL.len() as f64
    }

    pub fn tour_done(&self) -> bool {
        self.stops_seen.len() == TOUR_LEN
    }

    pub fn passed(&self, rule: Completion) -> bool {
        self.score() + 1e-9 >= rule.pass_share()
    }

    /// Complete once everything the teacher's setting asks for is done.
    pub fn complete(&self, rule: Completion) -> bool {
        (self.tour_done() || !rule.tour)
            && self.passed(rule)
            && self.finished.len() >= usize::from(rule.scenarios)
    }

    /// Every question has an answer and everything else asked for is done,
    /// so that a score under the pass mark is final (until answers change).
    pub fn attempted(&self, rule: Completion) -> bool {
        self.answers.len() == QuestionId::ALL.len()
            && (self.tour_done() || !rule.tour)
            && self.finished.len() >= usize::from(rule.scenarios)
    }

    /// Overall progress 0..=1 over everything there is to do.
    pub fn measure(&self) -> f64 {
        let total = CardId::ALL.len() + TOUR_LEN + QuestionId::ALL.len() + ScenarioId::ALL.len();
        let done = self.cards_read.len()
            + self.stops_seen.len()
            + self.answers.len()
            + self.finished.len();
        (done as f64 / total as f64).min(1.0)
    }

    pub fn is_empty(&self) -> bool {
        *self == Progress::default()
    }

    /// `p2.<cards>.<stops>.<answered>.<correct>.<tour_at>.<cases>`, each set
    /// a hex bitset over the dataset's order, and `<cases>` each case's path
    /// in `ScenarioId::ALL` order, joined by `-`, with `!` after a case
    /// played to an end. Ids that vanish in a later version are dropped on
    /// decode; `p1` (before the cases) still reads.
    pub fn encode(&self) -> String {
        let cards: Vec<bool> = CardId::ALL
            .iter()
            .map(|c| self.cards_read.contains(c))
            .collect();
        let stops: Vec<bool> = (0..TOUR_LEN)
            .map(|i| self.stops_seen.contains(&i))
            .collect();
        let answered: Vec<bool> = QuestionId::ALL
            .iter()
            .map(|q| self.answers.contains_key(q))
            .collect();
        let right: Vec<bool> = QuestionId::ALL
            .iter()
            .map(|q| self.answers.get(q) == Some(&true))
            .collect();
        let cases: Vec<String> = ScenarioId::ALL
            .iter()
            .map(|id| {
                let done = if self.finished.contains(id) { "!" } else { "" };
                format!("{}{done}", self.path(*id))
            })
            .collect();
        format!(
            "p2.{}.{}.{}.{}.{}.{}",
            bits_to_hex(&cards),
            bits_to_hex(&stops),
            bits_to_hex(&answered),
            bits_to_hex(&right),
            self.tour_at,
            cases.join("-")
        )
    }

    /// Reads `encode`'s form; anything else (or an empty string) is `None`.
    pub fn decode(s: &str) -> Option<Progress> {
        let parts: Vec<&str> = s.trim().split('.').collect();
        match (parts.len(), parts.first()) {
            (6, Some(&"p1")) | (7, Some(&"p2")) => {}
            _ => return None,
        }
        let cards = hex_to_bits(parts[1], CardId::ALL.len())?;
        let stops = hex_to_bits(parts[2], TOUR_LEN)?;
        let answered = hex_to_bits(parts[3], QuestionId::ALL.len())?;
        let right = hex_to_bits(parts[4], QuestionId::ALL.len())?;
        let tour_at: usize = parts[5].parse().ok()?;
        let mut cases = Progress::default();
        if let Some(tokens) = parts.get(6) {
            for (id, t) in ScenarioId::ALL.iter().zip(tokens.split('-')) {
                if !t.chars().all(|c| c.is_ascii_lowercase() || c == '!') {
                    return None;
                }
                let done = t.ends_with('!');
                // kept as written: the cases' text is not read at start-up
                // (`content::parts`), and a view walks a path before using
                // it, which stops at the first letter that names no choice
                let path: String = t.trim_end_matches('!').chars().take(MAX_PATH).collect();
                if !path.is_empty() {
                    cases.paths.insert(*id, path);
                }
                if done {
                    cases.finished.insert(*id);
                }
            }
        }
        Some(Progress {
            cards_read: CardId::ALL
                .iter()
                .zip(&cards)
                .filter(|(_, &b)| b)
                .map(|(c, _)| *c)
                .collect(),
            stops_seen: (0..TOUR_LEN).filter(|&i| stops[i]).collect(),
            answers: QuestionId::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| answered[*i])
                .map(|(i, q)| (*q, right[i]))
                .collect(),
            tour_at: tour_at.min(TOUR_LEN.saturating_sub(1)),
            paths: cases.paths,
            finished: cases.finished,
        })
    }
}

/// Which SCORM data model the LMS speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScormVersion {
    V12,
    V2004,
}

/// The values to report for a progress state, in the order to set them.
pub fn lms_values(p: &Progress, rule: Completion, v: ScormVersion) -> Vec<(&'static str, String)> {
    let raw = fixed(p.score() * 100.0, 0);
    match v {
        ScormVersion::V12 => {
            let status = if p.complete(rule) {
                "passed"
            } else if p.attempted(rule) && !p.passed(rule) {
                "failed"
            } else {
                "incomplete"
            };
            vec![
                ("cmi.core.score.min", "0".into()),
                ("cmi.core.score.max", "100".into()),
                ("cmi.core.score.raw", raw),
                ("cmi.core.lesson_status", status.into()),
                ("cmi.suspend_data", p.encode()),
                ("cmi.core.exit", "suspend".into()),
            ]
        }
        ScormVersion::V2004 => vec![
            ("cmi.score.min", "0".into()),
            ("cmi.score.max", "100".into()),
            ("cmi.score.raw", raw),
            ("cmi.score.scaled", fixed(p.score(), 2)),
            ("cmi.progress_measure", fixed(p.measure(), 2)),
            (
                "cmi.completion_status",
                if p.complete(rule) {
                    "completed"
                } else {
                    "incomplete"
                }
                .into(),
            ),
            (
                "cmi.success_status",
                if p.passed(rule) {
                    "passed"
                } else if p.answers.len() == QuestionId::ALL.len() {
                    "failed"
                } else {
                    "unknown"
                }
                .into(),
            ),
            ("cmi.suspend_data", p.encode()),
            ("cmi.exit", "suspend".into()),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, questions::QUESTIONS, scenarios::SCENARIOS, tour::TOUR};
    use crate::scenario::{all_paths, letters};

    #[test]
    fn the_counts_are_the_tables_lengths() {
        assert_eq!(CardId::ALL.len(), content::CARDS.len());
        assert_eq!(TOUR_LEN, TOUR.len());
        assert_eq!(QuestionId::ALL.len(), QUESTIONS.len());
        assert_eq!(ScenarioId::ALL.len(), SCENARIOS.len());
    }

    const RULE: Completion = Completion {
        tour: true,
        pass: 70,
        scenarios: 1,
    };

    /// Everything done, every case played to an end along its longest path.
    pub(crate) fn full() -> Progress {
        let mut p = Progress::default();
        for c in CardId::ALL {
            p.read_card(*c);
        }
        for i in 0..TOUR.len() {
            p.see_stop(i);
        }
        for q in QuestionId::ALL {
            p.answer(*q, true);
        }
        for sc in SCENARIOS.iter() {
            let longest = all_paths(sc).into_iter().max_by_key(Vec::len).unwrap();
            p.play(sc.id, &letters(&longest));
        }
        p
    }

    #[test]
    fn encode_round_trips_and_fits_suspend_data() {
        let mut p = Progress::default();
        assert_eq!(Progress::decode(&p.encode()), Some(p.clone()));
        p.read_card(CardId::ALL[3]);
        p.see_stop(1);
        p.answer(QuestionId::ALL[0], true);
        p.answer(QuestionId::ALL[2], false);
        p.play(ScenarioId::ALL[0], "a");
        assert_eq!(Progress::decode(&p.encode()), Some(p.clone()));
        // the worst case: everything answered, every case played out
        let f = full();
        assert_eq!(f.finished.len(), SCENARIOS.len());
        assert_eq!(Progress::decode(&f.encode()), Some(f.clone()));
        assert!(
            f.encode().len() < SUSPEND_LIMIT / 20,
            "{} chars",
            f.encode().len()
        );
    }

    #[test]
    fn start_up_reads_no_content_kept_apart() {
        // what a page does with saved progress before any view is drawn
        let saved = full().encode();
        crate::content::parts::take_read();
        let p = Progress::decode(&saved).unwrap();
        let _ = (p.encode(), p.complete(Completion::default()), p.measure());
        assert_eq!(crate::content::parts::take_read(), Vec::<&str>::new());
        assert_eq!(p, full());
    }

    #[test]
    fn older_progress_still_reads() {
        let p = Progress::decode("p1.3.1.1.1.0").expect("p1 reads");
        assert_eq!(p.cards_read.len(), 2);
        assert!(p.paths.is_empty() && p.finished.is_empty());
    }

    #[test]
    fn a_finished_case_stays_finished_when_played_again() {
        let sc = &SCENARIOS[0];
        let end = letters(&all_paths(sc)[0]);
        let mut p = Progress::default();
        p.play(sc.id, &end);
        assert!(p.finished.contains(&sc.id));
        p.play(sc.id, "");
        assert!(p.finished.contains(&sc.id) && p.path(sc.id).is_empty());
        assert_eq!(Progress::decode(&p.encode()), Some(p.clone()));
        // a path past the end, or a letter that names nothing, is cut
        p.play(sc.id, &format!("{end}zz"));
        assert_eq!(p.path(sc.id), end);
    }

    #[test]
    fn garbage_decodes_to_none() {
        for s in [
            "",
            "p2.0.0.0.0.0",
            "p3.0.0.0.0.0.",
            "p1.zz.0.0.0.0",
            "p1.0.0.0.0",
            "p1.0.0.0.0.x",
            "p2.0.0.0.0.0.a?-b",
            "{\"a\":1}",
        ] {
            assert_eq!(Progress::decode(s), None, "{s}");
        }
    }

    #[test]
    fn completion_follows_the_teachers_setting() {
        let mut p = full();
        assert!(p.complete(RULE) && p.passed(RULE) && p.tour_done());
        assert_eq!(p.measure(), 1.0);
        p.stops_seen.remove(&0);
        assert!(!p.complete(RULE));
        assert!(p.complete(Completion {
            tour: false,
            ..RULE
        }));
        let mut q = full();
        let wrong = (QUESTIONS.len() as f64 * (1.0 - RULE.pass_share())).floor() as usize + 1;
        for id in QuestionId::ALL.iter().take(wrong) {
            q.answer(*id, false);
        }
        assert!(!q.passed(RULE) && !q.complete(RULE));
        assert!(q.complete(Completion { pass: 0, ..RULE }));
        let mut s = full();
        s.finished.clear();
        assert!(!s.complete(RULE));
        assert!(s.complete(Completion {
            scenarios: 0,
            ..RULE
        }));
        s.finished.insert(ScenarioId::ALL[1]);
        assert!(s.complete(RULE));
        assert!(!s.complete(Completion {
            scenarios: 2,
            ..RULE
        }));
    }

    #[test]
    fn lms_values_follow_the_state() {
        let get = |v: &[(&str, String)], k: &str| {
            v.iter().find(|e| e.0 == k).map(|e| e.1.clone()).unwrap()
        };
        let p = Progress::default();
        let v = lms_values(&p, RULE, ScormVersion::V12);
        assert_eq!(get(&v, "cmi.core.lesson_status"), "incomplete");
        assert_eq!(get(&v, "cmi.core.score.raw"), "0");
        let f = full();
        let v = lms_values(&f, RULE, ScormVersion::V12);
        assert_eq!(get(&v, "cmi.core.lesson_status"), "passed");
        assert_eq!(get(&v, "cmi.core.score.raw"), "100");
        let v = lms_values(&f, RULE, ScormVersion::V2004);
        assert_eq!(get(&v, "cmi.completion_status"), "completed");
        assert_eq!(get(&v, "cmi.success_status"), "passed");
        assert_eq!(get(&v, "cmi.score.scaled"), "1.00");
        assert_eq!(
            Progress::decode(&get(&v, "cmi.suspend_data")),
            Some(f.clone())
        );
        // no case played: not complete, while the score still passes
        let mut g = f;
        g.finished.clear();
        let v = lms_values(&g, RULE, ScormVersion::V12);
        assert_eq!(get(&v, "cmi.core.lesson_status"), "incomplete");
        let v = lms_values(&g, RULE, ScormVersion::V2004);
        assert_eq!(get(&v, "cmi.completion_status"), "incomplete");
        assert_eq!(get(&v, "cmi.success_status"), "passed");
    }
}
