//! The printable worksheet and its answer key, generated from the
//! self-check questions (never copied by hand): options lettered A, B, C…,
//! order questions as a list to number, each in a fixed scrambled order.

use crate::content::{self, questions::QUESTIONS};
use crate::model::*;

/// What the learner sees of one question on paper.
#[derive(Clone, Debug, PartialEq)]
pub enum Sheet {
    /// Lettered options: (letter, text).
    Choice(Vec<(char, &'static str)>),
    /// Events to number in date order, in a scrambled order that is never
    /// the right one.
    Order(Vec<&'static str>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub number: usize,
    pub theme: Theme,
    pub prompt: &'static str,
    pub sheet: Sheet,
    /// The answer as the key prints it: "B", or the titles in date order,
    /// numbered, each with its date.
    pub answer: Vec<String>,
    pub feedback: &'static str,
}

pub fn letter(k: usize) -> char {
    char::from(b'A' + (k.min(25) as u8))
}

/// Every question, numbered in the order of the self-check (by theme).
pub fn items() -> Vec<Item> {
    let mut out = Vec::new();
    for t in Theme::ALL {
        for q in QUESTIONS.iter().filter(|q| q.theme == *t) {
            let number = out.len() + 1;
            let (sheet, answer) = match q.answer {
                Answer::Choice { options, correct } => (
                    Sheet::Choice(
                        options
                            .iter()
                            .enumerate()
                            .map(|(k, o)| (letter(k), *o))
                            .collect(),
                    ),
                    vec![letter(correct as usize).to_string()],
                ),
                Answer::Order { events } => {
                    // rotate by 1..n-1 places: distinct items never land
                    // in their right order
                    let n = events.len();
                    let by = 1 + number % (n - 1).max(1);
                    let shown = (0..n)
                        .map(|i| content::event(events[(i + by) % n]).title)
                        .collect();
                    let key = events
                        .iter()
                        .enumerate()
                        .map(|(k, &e)| {
                            let e = content::event(e);
                            format!("{}. {} ({})", k + 1, e.title, e.date.human())
                        })
                        .collect();
                    (Sheet::Order(shown), key)
                }
            };
            out.push(Item {
                number,
                theme: q.theme,
                prompt: q.prompt,
                sheet,
                answer,
                feedback: q.feedback,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_once_numbered_in_order() {
        let items = items();
        assert_eq!(items.len(), QUESTIONS.len());
        for (i, it) in items.iter().enumerate() {
            assert_eq!(it.number, i + 1);
        }
        for q in QUESTIONS.iter() {
            assert_eq!(items.iter().filter(|it| it.prompt == q.prompt).count(), 1);
        }
    }

    #[test]
    fn choices_are_lettered_and_orders_are_scrambled() {
        for it in items() {
            let q = QUESTIONS.iter().find(|q| q.prompt == it.prompt).unwrap();
            match (&it.sheet, &q.answer) {
                (Sheet::Choice(opts), Answer::Choice { options, correct }) => {
                    assert_eq!(opts.len(), options.len());
                    assert_eq!(opts[0].0, 'A');
                    assert_eq!(it.answer, vec![letter(*correct as usize).to_string()]);
                }
                (Sheet::Order(shown), Answer::Order { events }) => {
                    let right: Vec<&str> =
                        events.iter().map(|&e| content::event(e).title).collect();
                    assert_ne!(
                        shown, &right,
                        "question {} is printed already in order",
                        it.number
                    );
                    let mut a = shown.clone();
                    let mut b = right.clone();
                    crate::order::sort(&mut a);
                    crate::order::sort(&mut b);
                    assert_eq!(a, b);
                    assert!(it.answer[0].starts_with(&format!("1. {}", right[0])));
                }
                _ => panic!("question {}: sheet does not match its answer", it.number),
            }
        }
    }
}
