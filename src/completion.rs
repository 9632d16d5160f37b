//! What counts as complete, as the teacher sets it. The setting travels as
//! `tour=1&pass=70&scenarios=1`: in a SCORM package as launch data (the
//! manifest's `datafromlms`, read as `cmi.launch_data`), or on a plain link
//! in the page's query string (`index.html?scenarios=2#/cards`). Plain data,
//! tested natively.

use crate::i18n::{self, ui};
use crate::model::ScenarioId;

/// Keys the setting understands, in the order they are written.
pub const KEYS: [&str; 3] = ["tour", "pass", "scenarios"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Completion {
    /// Whether every stop of the guided tour must be seen.
    pub tour: bool,
    /// Share of all questions to answer correctly, in percent.
    pub pass: u8,
    /// How many case scenarios must be played to an ending.
    pub scenarios: u8,
}

impl Default for Completion {
    /// The tour, 70% right, and one case played through.
    fn default() -> Self {
        Completion {
            tour: true,
            pass: 70,
            scenarios: 1,
        }
    }
}

/// A setting read back, with what in it was not understood.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Read {
    pub completion: Completion,
    pub notices: Vec<String>,
}

impl Completion {
    /// The pass mark as a share, 0..=1.
    pub fn pass_share(self) -> f64 {
        f64::from(self.pass) / 100.0
    }

    /// Reads `key=value` pairs separated by `&` or `;` (a leading `?` is
    /// fine). Keys it does not know are left alone, since a host or LMS may
    /// add its own; values out of range are clamped and reported.
    pub fn parse(s: &str) -> Read {
        let mut c = Completion::default();
        let mut notices = Vec::new();
        let s = s.trim().trim_start_matches('?');
        for pair in s.split(['&', ';']).map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim());
            match k.as_str() {
                "tour" => match v {
                    "1" | "yes" | "true" => c.tour = true,
                    "0" | "no" | "false" => c.tour = false,
                    _ => notices.push(i18n::fill(ui::completion::BAD_TOUR, &[("value", v)])),
                },
                "pass" => match v.trim_end_matches('%').parse::<u32>() {
                    Ok(p) if p <= 100 => c.pass = p as u8,
                    Ok(_) => {
                        c.pass = 100;
                        notices.push(ui::completion::PASS_MAX.into());
                    }
                    Err(_) => notices.push(i18n::fill(ui::completion::BAD_PASS, &[("value", v)])),
                },
                "scenarios" => match v.parse::<u32>() {
                    Ok(n) if n as usize <= ScenarioId::ALL.len() => c.scenarios = n as u8,
                    Ok(_) => {
                        c.scenarios = ScenarioId::ALL.len() as u8;
                        notices.push(i18n::count(
                            &ui::completion::ONLY_SCENARIOS,
                            ScenarioId::ALL.len(),
                        ));
                    }
                    Err(_) => {
                        notices.push(i18n::fill(ui::completion::BAD_SCENARIOS, &[("value", v)]))
                    }
                },
                _ => {}
            }
        }
        Read {
            completion: c,
            notices,
        }
    }

    /// Whether the text names any of the keys (so that a query string with
    /// only a host's own parameters falls through to the default).
    pub fn mentioned_in(s: &str) -> bool {
        s.trim_start_matches('?')
            .split(['&', ';'])
            .filter_map(|p| p.split('=').next())
            .any(|k| KEYS.contains(&k.trim().to_ascii_lowercase().as_str()))
    }

    /// The setting in the form `parse` reads, every key written.
    pub fn format(self) -> String {
        format!(
            "tour={}&pass={}&scenarios={}",
            u8::from(self.tour),
            self.pass,
            self.scenarios
        )
    }

    /// What a learner must do, as one phrase per requirement.
    pub fn requirements(self) -> Vec<String> {
        let mut out = Vec::new();
        if self.tour {
            out.push(ui::completion::REQ_TOUR.to_string());
        }
        if self.pass > 0 {
            out.push(i18n::fill(
                ui::completion::REQ_PASS,
                &[("pass", &self.pass.to_string())],
            ));
        }
        if self.scenarios > 0 {
            out.push(i18n::count(
                &ui::completion::REQ_SCENARIOS,
                self.scenarios.into(),
            ));
        }
        out
    }
}

/// Joins phrases as prose in the bundle's language: `a`, `a and b`,
/// `a, b and c`.
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [rest @ .., last] => i18n::fill(
            ui::completion::AND_LIST,
            &[
                ("list", &rest.join(ui::completion::LIST_SEP)),
                ("last", last),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reads_what_format_writes() {
        for c in [
            Completion::default(),
            Completion {
                tour: false,
                pass: 0,
                scenarios: 0,
            },
            Completion {
                tour: true,
                pass: 100,
                scenarios: ScenarioId::ALL.len() as u8,
            },
        ] {
            assert_eq!(
                Completion::parse(&c.format()),
                Read {
                    completion: c,
                    notices: vec![]
                }
            );
        }
    }

    #[test]
    fn parse_is_lenient_and_says_what_it_fixed() {
        let r = Completion::parse("?scoid=7; TOUR=no ;pass=85%&scenarios=99&x");
        assert_eq!(
            r.completion,
            Completion {
                tour: false,
                pass: 85,
                scenarios: ScenarioId::ALL.len() as u8
            }
        );
        assert_eq!(r.notices.len(), 1, "{:?}", r.notices);
        let r = Completion::parse("pass=abc&tour=maybe&pass=250");
        assert_eq!(r.completion.pass, 100);
        assert_eq!(r.notices.len(), 3, "{:?}", r.notices);
        assert_eq!(Completion::parse("").completion, Completion::default());
        assert!(Completion::mentioned_in("?scenarios=2"));
        assert!(!Completion::mentioned_in("?scoid=2&lang=en"));
    }

    #[test]
    fn requirements_read_as_prose() {
        let d = Completion::default();
        assert_eq!(
            and_list(&d.requirements()),
            "see every stop of the guided tour, answer at least 70% of the self-check questions correctly and play one case scenario to its end"
        );
        let none = Completion {
            tour: false,
            pass: 0,
            scenarios: 0,
        };
        assert!(none.requirements().is_empty());
    }
}
