//! Each answered question and each decision in a case scenario as a SCORM
//! interaction: the values to write for SCORM 1.2 and 2004, in each
//! version's data-model formats. Plain data, tested natively; `lms` writes
//! them, each attempt once.

use crate::content::questions::QUESTIONS;
use crate::model::*;
use crate::progress::ScormVersion;
use crate::scenario::scenario;

/// What was answered: a self-check question, or one decision of a case.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item {
    Question(QuestionId),
    Decision {
        case: ScenarioId,
        step: &'static str,
    },
}

/// How the answer is judged. A decision that is defensible at a cost is
/// neither right nor wrong: both versions call that `neutral`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judged {
    Correct,
    Incorrect,
    Neutral,
}

impl Judged {
    pub fn of(right: bool) -> Judged {
        if right {
            Judged::Correct
        } else {
            Judged::Incorrect
        }
    }
    pub fn of_verdict(v: Verdict) -> Judged {
        match v {
            Verdict::Sound => Judged::Correct,
            Verdict::Arguable => Judged::Neutral,
            Verdict::Unsound => Judged::Incorrect,
        }
    }
}

/// What the learner gave: the option picked, or the events in their order.
#[derive(Clone, Debug, PartialEq)]
pub enum Response {
    Choice(usize),
    Order(Vec<EventId>),
}

/// A wall-clock time (UTC), as the browser reports it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stamp {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// One answer to one question or decision, as it is reported.
#[derive(Clone, Debug, PartialEq)]
pub struct Attempt {
    pub item: Item,
    pub response: Response,
    pub result: Judged,
    pub at: Option<Stamp>,
    /// Seconds from showing the question to checking the answer.
    pub latency_s: f64,
}

/// Stable across content editions: question slugs, case slugs and step
/// keys never change.
pub fn interaction_id(item: Item) -> String {
    match item {
        Item::Question(q) => format!("q-{}", q.slug()),
        Item::Decision { case, step } => format!("sc-{}-{step}", case.slug()),
    }
}

fn letter(k: usize) -> String {
    // options and order items are few (at most 4): a, b, c, ...
    char::from(b'a' + (k.min(25) as u8)).to_string()
}

fn question(q: QuestionId) -> &'static Question {
    QUESTIONS
        .iter()
        .find(|x| x.id == q)
        .expect("every QuestionId has a question")
}

fn decision(case: ScenarioId, step: &str) -> Option<&'static Step> {
    scenario(case).step(step)
}

/// Response and correct patterns as identifiers: options by letter; order
/// items by the letter of their place in the right order (so the right
/// order always reads a, b, c, ...). A decision has one pattern per
/// well-founded option.
fn identifiers(a: &Attempt) -> (Vec<String>, Vec<Vec<String>>) {
    let q = match a.item {
        Item::Question(q) => q,
        Item::Decision { case, step } => {
            let given = match &a.response {
                Response::Choice(k) => vec![letter(*k)],
                Response::Order(o) => o.iter().map(|_| "z".into()).collect(),
            };
            let right = decision(case, step)
                .map(|s| {
                    s.choices
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.verdict == Verdict::Sound)
                        .map(|(k, _)| vec![letter(k)])
                        .collect()
                })
                .unwrap_or_default();
            return (given, right);
        }
    };
    match (&a.response, &question(q).answer) {
        (Response::Choice(k), Answer::Choice { correct, .. }) => {
            (vec![letter(*k)], vec![vec![letter(*correct as usize)]])
        }
        (Response::Order(given), Answer::Order { events }) => {
            let of = |e: &EventId| {
                events
                    .iter()
                    .position(|x| x == e)
                    .map_or_else(|| "z".to_string(), letter)
            };
            (
                given.iter().map(of).collect(),
                vec![events.iter().map(of).collect()],
            )
        }
        // a response that does not fit its question: report it, unmatched
        (Response::Choice(k), _) => (vec![letter(*k)], vec![]),
        (Response::Order(given), _) => (given.iter().map(|_| "z".into()).collect(), vec![]),
    }
}

fn kind(item: Item) -> &'static str {
    match item {
        Item::Question(q) => match question(q).answer {
            Answer::Choice { .. } => "choice",
            Answer::Order { .. } => "sequencing",
        },
        Item::Decision { .. } => "choice",
    }
}

/// CMITimespan of SCORM 1.2: `HHHH:MM:SS.SS`.
pub fn timespan_12(secs: f64) -> String {
    let cs = (secs.max(0.0) * 100.0).round() as u64;
    let (h, rest) = (cs / 360_000, cs % 360_000);
    let (m, rest) = (rest / 6_000, rest % 6_000);
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        h.min(9999),
        m,
        rest / 100,
        rest % 100
    )
}

/// ISO 8601 duration of SCORM 2004: `PT1H2M3.45S`.
pub fn duration_2004(secs: f64) -> String {
    let cs = (secs.max(0.0) * 100.0).round() as u64;
    let (h, rest) = (cs / 360_000, cs % 360_000);
    let (m, rest) = (rest / 6_000, rest % 6_000);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if rest % 100 == 0 {
        out.push_str(&format!("{}S", rest / 100));
    } else {
        out.push_str(&format!("{}.{:02}S", rest / 100, rest % 100));
    }
    out
}

/// The fields of interaction `n`, in an order both versions accept (id
/// first, type before responses).
pub fn fields(a: &Attempt, n: usize, v: ScormVersion) -> Vec<(String, String)> {
    let (given, right) = identifiers(a);
    let key = |f: &str| format!("cmi.interactions.{n}.{f}");
    let mut out = vec![
        (key("id"), interaction_id(a.item)),
        (key("type"), kind(a.item).to_string()),
    ];
    match v {
        ScormVersion::V12 => {
            if let Some(t) = a.at {
                out.push((
                    key("time"),
                    format!("{:02}:{:02}:{:02}", t.hour, t.minute, t.second),
                ));
            }
            for (k, p) in right.iter().enumerate() {
                out.push((key(&format!("correct_responses.{k}.pattern")), p.join(",")));
            }
            out.push((key("student_response"), given.join(",")));
            out.push((
                key("result"),
                match a.result {
                    Judged::Correct => "correct",
                    Judged::Incorrect => "wrong",
                    Judged::Neutral => "neutral",
                }
                .into(),
            ));
            out.push((key("latency"), timespan_12(a.latency_s)));
        }
        ScormVersion::V2004 => {
            if let Some(t) = a.at {
                out.push((
                    key("timestamp"),
                    format!(
                        // SCORM 2004 allows the zone only after a fraction of a second
                        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.0Z",
                        t.year, t.month, t.day, t.hour, t.minute, t.second
                    ),
                ));
            }
            out.push((key("description"), description(a.item)));
            for (k, p) in right.iter().enumerate() {
                out.push((
                    key(&format!("correct_responses.{k}.pattern")),
                    p.join("[,]"),
                ));
            }
            out.push((key("learner_response"), given.join("[,]")));
            out.push((
                key("result"),
                match a.result {
                    Judged::Correct => "correct",
                    Judged::Incorrect => "incorrect",
                    Judged::Neutral => "neutral",
                }
                .into(),
            ));
            out.push((key("latency"), duration_2004(a.latency_s)));
        }
    }
    out
}

/// The prompt, within SCORM 2004's 250 characters for a description.
fn description(item: Item) -> String {
    let p = match item {
        Item::Question(q) => question(q).prompt.to_string(),
        Item::Decision { case, step } => format!(
            "{}: {}",
            scenario(case).title,
            decision(case, step).map_or("", |s| s.question)
        ),
    };
    if p.chars().count() <= 250 {
        p
    } else {
        let mut s: String = p.chars().take(249).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(f: &[(String, String)], k: &str) -> String {
        f.iter()
            .find(|e| e.0.ends_with(k))
            .map(|e| e.1.clone())
            .unwrap_or_default()
    }

    fn choice_q() -> &'static Question {
        QUESTIONS
            .iter()
            .find(|q| matches!(q.answer, Answer::Choice { .. }))
            .unwrap()
    }
    fn order_q() -> (&'static Question, &'static [EventId]) {
        QUESTIONS
            .iter()
            .find_map(|q| match q.answer {
                Answer::Order { events } => Some((q, events)),
                _ => None,
            })
            .unwrap()
    }
    const AT: Stamp = Stamp {
        year: 2026,
        month: 11,
        day: 23,
        hour: 9,
        minute: 5,
        second: 7,
    };

    #[test]
    fn a_right_choice_in_both_versions() {
        let q = choice_q();
        let Answer::Choice { correct, .. } = q.answer else {
            unreachable!()
        };
        let a = Attempt {
            item: Item::Question(q.id),
            response: Response::Choice(correct as usize),
            result: Judged::Correct,
            at: Some(AT),
            latency_s: 12.5,
        };
        let f12 = fields(&a, 3, ScormVersion::V12);
        assert_eq!(
            f12[0],
            ("cmi.interactions.3.id".into(), format!("q-{}", q.id.slug()))
        );
        assert_eq!(get(&f12, ".type"), "choice");
        assert_eq!(get(&f12, "student_response"), get(&f12, "pattern"));
        assert_eq!(get(&f12, "result"), "correct");
        assert_eq!(get(&f12, "time"), "09:05:07");
        assert_eq!(get(&f12, "latency"), "0000:00:12.50");
        let f04 = fields(&a, 3, ScormVersion::V2004);
        assert_eq!(get(&f04, "learner_response"), get(&f04, "pattern"));
        assert_eq!(get(&f04, "result"), "correct");
        assert_eq!(get(&f04, "timestamp"), "2026-11-23T09:05:07.0Z");
        assert_eq!(get(&f04, "latency"), "PT12.50S");
        assert_eq!(get(&f04, "description"), q.prompt);
    }

    #[test]
    fn a_wrong_order_in_both_versions() {
        let (q, events) = order_q();
        let mut given = events.to_vec();
        given.swap(0, 1);
        let a = Attempt {
            item: Item::Question(q.id),
            response: Response::Order(given),
            result: Judged::Incorrect,
            at: None,
            latency_s: 61.0,
        };
        let f12 = fields(&a, 0, ScormVersion::V12);
        assert_eq!(get(&f12, ".type"), "sequencing");
        let right12 = (0..events.len()).map(letter).collect::<Vec<_>>().join(",");
        assert_eq!(get(&f12, "pattern"), right12);
        assert!(get(&f12, "student_response").starts_with("b,a"));
        assert_eq!(get(&f12, "result"), "wrong");
        assert_eq!(get(&f12, "latency"), "0000:01:01.00");
        assert!(
            !f12.iter().any(|e| e.0.ends_with(".time")),
            "no time without a clock"
        );
        let f04 = fields(&a, 0, ScormVersion::V2004);
        assert!(get(&f04, "learner_response").starts_with("b[,]a"));
        assert_eq!(get(&f04, "result"), "incorrect");
        assert_eq!(get(&f04, "latency"), "PT1M1S");
    }

    #[test]
    fn every_question_gives_values_the_data_models_accept() {
        let id12 = |s: &str| !s.is_empty() && s.len() <= 255 && !s.contains(' ');
        for (i, q) in QUESTIONS.iter().enumerate() {
            let response = match q.answer {
                Answer::Choice { options, .. } => Response::Choice(options.len() - 1),
                Answer::Order { events } => Response::Order(events.iter().rev().copied().collect()),
            };
            let a = Attempt {
                item: Item::Question(q.id),
                response,
                result: Judged::Incorrect,
                at: Some(AT),
                latency_s: 3723.0,
            };
            for v in [ScormVersion::V12, ScormVersion::V2004] {
                let f = fields(&a, i, v);
                assert!(id12(&get(&f, ".id")), "{:?}: id", q.id);
                let resp = get(
                    &f,
                    if v == ScormVersion::V12 {
                        "student_response"
                    } else {
                        "learner_response"
                    },
                );
                let sep = if v == ScormVersion::V12 { "," } else { "[,]" };
                for part in resp.split(sep).chain(get(&f, "pattern").split(sep)) {
                    assert!(
                        part.len() == 1 && part.chars().all(|c| c.is_ascii_lowercase()),
                        "{:?}: {part:?}",
                        q.id
                    );
                }
                assert!(get(&f, "description").chars().count() <= 250);
            }
        }
        assert_eq!(timespan_12(3723.0), "0001:02:03.00");
        assert_eq!(duration_2004(3723.0), "PT1H2M3S");
        assert_eq!(duration_2004(0.0), "PT0S");
    }

    #[test]
    fn every_decision_gives_values_the_data_models_accept() {
        use crate::content::scenarios::SCENARIOS;
        let mut ids = std::collections::BTreeSet::new();
        for sc in SCENARIOS.iter() {
            for (n, step) in sc.steps.iter().enumerate() {
                for (k, c) in step.choices.iter().enumerate() {
                    let a = Attempt {
                        item: Item::Decision {
                            case: sc.id,
                            step: step.key,
                        },
                        response: Response::Choice(k),
                        result: Judged::of_verdict(c.verdict),
                        at: Some(AT),
                        latency_s: 40.0,
                    };
                    let sound: Vec<String> = step
                        .choices
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.verdict == Verdict::Sound)
                        .map(|(k, _)| letter(k))
                        .collect();
                    for v in [ScormVersion::V12, ScormVersion::V2004] {
                        let f = fields(&a, n, v);
                        let id = get(&f, ".id");
                        assert_eq!(id, format!("sc-{}-{}", sc.id.slug(), step.key));
                        assert!(id.len() <= 255 && !id.contains(' '));
                        assert_eq!(get(&f, ".type"), "choice");
                        let patterns: Vec<String> = f
                            .iter()
                            .filter(|e| e.0.contains(".correct_responses."))
                            .map(|e| e.1.clone())
                            .collect();
                        assert_eq!(patterns, sound, "{}", step.key);
                        let result = get(&f, "result");
                        let want = match (c.verdict, v) {
                            (Verdict::Sound, _) => "correct",
                            (Verdict::Arguable, _) => "neutral",
                            (Verdict::Unsound, ScormVersion::V12) => "wrong",
                            (Verdict::Unsound, ScormVersion::V2004) => "incorrect",
                        };
                        assert_eq!(result, want);
                        if v == ScormVersion::V2004 {
                            let d = get(&f, "description");
                            assert!(d.chars().count() <= 250 && d.starts_with(sc.title), "{d:?}");
                        }
                    }
                    ids.insert(interaction_id(a.item));
                }
            }
        }
        let steps: usize = SCENARIOS.iter().map(|s| s.steps.len()).sum();
        assert_eq!(ids.len(), steps, "one id per decision, never shared");
    }
}
