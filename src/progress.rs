//! A learner's progress: cards read, tour stops seen, questions answered.
//! Plain data with a compact text form that fits SCORM 1.2's 4,096-character
//! `suspend_data` (and is what localStorage keeps), plus the values reported
//! to an LMS. Tested natively.

use crate::content::{self, questions::QUESTIONS, tour::TOUR};
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// Share of questions answered correctly needed to pass.
pub const PASS_MARK: f64 = 0.7;
/// SCORM 1.2 limit for `cmi.suspend_data`.
pub const SUSPEND_LIMIT: usize = 4096;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    pub cards_read: BTreeSet<CardId>,
    pub stops_seen: BTreeSet<usize>,
    /// Latest answer to each question: right or wrong.
    pub answers: BTreeMap<QuestionId, bool>,
    /// Tour stop to resume at.
    pub tour_at: usize,
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
        let new = i < TOUR.len() && self.stops_seen.insert(i);
        self.tour_at = i;
        new
    }

    pub fn answer(&mut self, q: QuestionId, correct: bool) {
        self.answers.insert(q, correct);
    }

    pub fn correct(&self) -> usize {
        self.answers.values().filter(|&&c| c).count()
    }

    /// Share of all questions answered correctly, 0..=1.
    pub fn score(&self) -> f64 {
        if QUESTIONS.is_empty() {
            return 0.0;
        }
        self.correct() as f64 / QUESTIONS.len() as f64
    }

    pub fn tour_done(&self) -> bool {
        self.stops_seen.len() == TOUR.len()
    }

    pub fn passed(&self) -> bool {
        self.score() >= PASS_MARK
    }

    /// The activity is complete once the tour is finished and the pass mark
    /// reached.
    pub fn complete(&self) -> bool {
        self.tour_done() && self.passed()
    }

    /// Overall progress 0..=1 over everything there is to do.
    pub fn measure(&self) -> f64 {
        let total = content::CARDS.len() + TOUR.len() + QUESTIONS.len();
        let done = self.cards_read.len() + self.stops_seen.len() + self.answers.len();
        (done as f64 / total as f64).min(1.0)
    }

    pub fn is_empty(&self) -> bool {
        *self == Progress::default()
    }

    /// `p1.<cards>.<stops>.<answered>.<correct>.<tour_at>`, each set a hex
    /// bitset over the dataset's order. Ids that vanish in a later version
    /// are simply dropped on decode.
    pub fn encode(&self) -> String {
        let cards: Vec<bool> = CardId::ALL
            .iter()
            .map(|c| self.cards_read.contains(c))
            .collect();
        let stops: Vec<bool> = (0..TOUR.len())
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
        format!(
            "p1.{}.{}.{}.{}.{}",
            bits_to_hex(&cards),
            bits_to_hex(&stops),
            bits_to_hex(&answered),
            bits_to_hex(&right),
            self.tour_at
        )
    }

    /// Reads `encode`'s form; anything else (or an empty string) is `None`.
    pub fn decode(s: &str) -> Option<Progress> {
        let parts: Vec<&str> = s.trim().split('.').collect();
        if parts.len() != 6 || parts[0] != "p1" {
            return None;
        }
        let cards = hex_to_bits(parts[1], CardId::ALL.len())?;
        let stops = hex_to_bits(parts[2], TOUR.len())?;
        let answered = hex_to_bits(parts[3], QuestionId::ALL.len())?;
        let right = hex_to_bits(parts[4], QuestionId::ALL.len())?;
        let tour_at: usize = parts[5].parse().ok()?;
        Some(Progress {
            cards_read: CardId::ALL
                .iter()
                .zip(&cards)
                .filter(|(_, &b)| b)
                .map(|(c, _)| *c)
                .collect(),
            stops_seen: (0..TOUR.len()).filter(|&i| stops[i]).collect(),
            answers: QuestionId::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| answered[*i])
                .map(|(i, q)| (*q, right[i]))
                .collect(),
            tour_at: tour_at.min(TOUR.len().saturating_sub(1)),
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
pub fn lms_values(p: &Progress, v: ScormVersion) -> Vec<(&'static str, String)> {
    let raw = format!("{:.0}", p.score() * 100.0);
    match v {
        ScormVersion::V12 => {
            let status = if p.complete() {
                "passed"
            } else if p.tour_done() && !p.answers.is_empty() && p.answers.len() == QUESTIONS.len() {
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
            ("cmi.score.scaled", format!("{:.2}", p.score())),
            ("cmi.progress_measure", format!("{:.2}", p.measure())),
            (
                "cmi.completion_status",
                if p.complete() {
                    "completed"
                } else {
                    "incomplete"
                }
                .into(),
            ),
            (
                "cmi.success_status",
                if p.passed() {
                    "passed"
                } else if p.answers.len() == QUESTIONS.len() {
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

    fn full() -> Progress {
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
        assert_eq!(Progress::decode(&p.encode()), Some(p.clone()));
        let f = full();
        assert_eq!(Progress::decode(&f.encode()), Some(f.clone()));
        assert!(
            f.encode().len() < SUSPEND_LIMIT / 20,
            "{} chars",
            f.encode().len()
        );
    }

    #[test]
    fn garbage_decodes_to_none() {
        for s in [
            "",
            "p2.0.0.0.0.0",
            "p1.zz.0.0.0.0",
            "p1.0.0.0.0",
            "p1.0.0.0.0.x",
            "{\"a\":1}",
        ] {
            assert_eq!(Progress::decode(s), None, "{s}");
        }
    }

    #[test]
    fn completion_needs_tour_and_pass_mark() {
        let mut p = full();
        assert!(p.complete() && p.passed() && p.tour_done());
        assert_eq!(p.measure(), 1.0);
        p.stops_seen.remove(&0);
        assert!(!p.complete());
        let mut q = full();
        let wrong = (QUESTIONS.len() as f64 * (1.0 - PASS_MARK)).floor() as usize + 1;
        for id in QuestionId::ALL.iter().take(wrong) {
            q.answer(*id, false);
        }
        assert!(!q.passed() && !q.complete());
    }

    #[test]
    fn lms_values_follow_the_state() {
        let get = |v: &[(&str, String)], k: &str| {
            v.iter().find(|e| e.0 == k).map(|e| e.1.clone()).unwrap()
        };
        let p = Progress::default();
        let v = lms_values(&p, ScormVersion::V12);
        assert_eq!(get(&v, "cmi.core.lesson_status"), "incomplete");
        assert_eq!(get(&v, "cmi.core.score.raw"), "0");
        let f = full();
        let v = lms_values(&f, ScormVersion::V12);
        assert_eq!(get(&v, "cmi.core.lesson_status"), "passed");
        assert_eq!(get(&v, "cmi.core.score.raw"), "100");
        let v = lms_values(&f, ScormVersion::V2004);
        assert_eq!(get(&v, "cmi.completion_status"), "completed");
        assert_eq!(get(&v, "cmi.success_status"), "passed");
        assert_eq!(get(&v, "cmi.score.scaled"), "1.00");
        assert_eq!(Progress::decode(&get(&v, "cmi.suspend_data")), Some(f));
    }
}
