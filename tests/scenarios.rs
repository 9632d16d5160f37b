//! The case scenarios hold together: every branch reachable, no dead end or
//! loop, 3 to 5 decisions on every path, each choice leading somewhere of
//! its own, more than one defensible way through, and every citation
//! naming a record that exists.

use ct_explainer::content::{self, scenarios::SCENARIOS};
use ct_explainer::model::*;
use ct_explainer::scenario::{all_paths, letters, walk, At, MAX_PATH};
use std::collections::BTreeSet;

fn key_ok(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 24
        && k.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn there_are_at_least_three_cases_one_per_id() {
    assert!(SCENARIOS.len() >= 3);
    let ids: Vec<ScenarioId> = SCENARIOS.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        ScenarioId::ALL.to_vec(),
        "one case per id, in id order"
    );
}

#[test]
fn keys_are_unique_and_url_safe_and_every_target_exists() {
    for sc in SCENARIOS.iter() {
        let steps: BTreeSet<&str> = sc.steps.iter().map(|s| s.key).collect();
        let ends: BTreeSet<&str> = sc.endings.iter().map(|e| e.key).collect();
        assert_eq!(steps.len(), sc.steps.len(), "{}: step keys unique", sc.id);
        assert_eq!(
            ends.len(),
            sc.endings.len(),
            "{}: ending keys unique",
            sc.id
        );
        for k in steps.iter().chain(&ends) {
            assert!(key_ok(k), "{}: key {k:?}", sc.id);
        }
        for s in sc.steps {
            for c in s.choices {
                match c.next {
                    Next::Step(k) => assert!(steps.contains(k), "{}/{}: no step {k}", sc.id, s.key),
                    Next::End(k) => assert!(ends.contains(k), "{}/{}: no ending {k}", sc.id, s.key),
                }
            }
        }
    }
}

#[test]
fn every_step_and_ending_is_reachable_and_every_path_ends() {
    for sc in SCENARIOS.iter() {
        let paths = all_paths(sc);
        let mut steps_seen = BTreeSet::new();
        let mut ends_seen = BTreeSet::new();
        for p in &paths {
            assert!(p.len() <= MAX_PATH, "{}: a loop ({})", sc.id, letters(p));
            let w = walk(sc, &letters(p));
            assert!(!w.cut, "{}: {}", sc.id, letters(p));
            let At::End(e) = w.at else {
                panic!("{}: path {} is a dead end", sc.id, letters(p))
            };
            ends_seen.insert(e.key);
            steps_seen.extend(w.taken.iter().map(|t| t.step.key));
        }
        assert_eq!(
            steps_seen.len(),
            sc.steps.len(),
            "{}: unreachable step",
            sc.id
        );
        assert_eq!(
            ends_seen.len(),
            sc.endings.len(),
            "{}: unreachable ending",
            sc.id
        );
    }
}

#[test]
fn every_path_takes_three_to_five_decisions() {
    for sc in SCENARIOS.iter() {
        for p in all_paths(sc) {
            assert!(
                (3..=5).contains(&p.len()),
                "{}: path {} takes {} decisions",
                sc.id,
                letters(&p),
                p.len()
            );
        }
    }
}

#[test]
fn each_choice_leads_somewhere_of_its_own_and_each_step_weighs_options() {
    for sc in SCENARIOS.iter() {
        for s in sc.steps {
            assert!((2..=4).contains(&s.choices.len()), "{}/{}", sc.id, s.key);
            let nexts: BTreeSet<Next> = s.choices.iter().map(|c| c.next).collect();
            assert_eq!(
                nexts.len(),
                s.choices.len(),
                "{}/{}: two choices lead to the same place",
                sc.id,
                s.key
            );
            assert!(
                s.choices.iter().any(|c| c.verdict == Verdict::Sound),
                "{}/{}: no well-founded option",
                sc.id,
                s.key
            );
            assert!(
                s.choices.iter().any(|c| c.verdict != Verdict::Sound),
                "{}/{}: nothing to weigh",
                sc.id,
                s.key
            );
        }
    }
}

#[test]
fn more_than_one_path_can_be_defended() {
    for sc in SCENARIOS.iter() {
        let defensible: BTreeSet<&str> = all_paths(sc)
            .iter()
            .map(|p| walk(sc, &letters(p)))
            .filter(|w| {
                w.taken
                    .iter()
                    .all(|t| t.chosen().verdict != Verdict::Unsound)
            })
            .filter_map(|w| match w.at {
                At::End(e) => Some(e.key),
                At::Step(_) => None,
            })
            .collect();
        assert!(
            defensible.len() >= 2,
            "{}: only {defensible:?} reached without an unsound choice",
            sc.id
        );
        assert!(
            (2..=4).contains(&sc.endings.len()),
            "{}: {} endings",
            sc.id,
            sc.endings.len()
        );
    }
}

#[test]
fn every_consequence_cites_records_that_exist() {
    for sc in SCENARIOS.iter() {
        assert!(
            (3..=6).contains(&sc.cards.len()),
            "{}: background cards",
            sc.id
        );
        for &c in sc.cards {
            let _ = content::card(c);
        }
        for s in sc.steps {
            for c in s.choices {
                assert!(
                    !c.cards.is_empty(),
                    "{}/{}: “{}” cites no card",
                    sc.id,
                    s.key,
                    c.label
                );
                // typed ids: each must have its record (these panic if not)
                for &id in c.cards {
                    let _ = content::card(id);
                }
                for &id in c.events {
                    let _ = content::event(id);
                }
                for &id in c.instruments {
                    let _ = content::instrument(id);
                }
            }
        }
    }
}

#[test]
fn texts_fit_where_they_are_shown() {
    let sentence = |s: &str| s.trim() == s && s.ends_with(['.', '?', '!', '”', ')']);
    for sc in SCENARIOS.iter() {
        assert!(
            sc.teaser.chars().count() <= 140 && sentence(sc.teaser),
            "{}: teaser",
            sc.id
        );
        assert!(
            sentence(sc.role) && sentence(sc.setting) && sentence(sc.debrief),
            "{}",
            sc.id
        );
        for s in sc.steps {
            assert!(s.question.ends_with('?'), "{}/{}: question", sc.id, s.key);
            assert!(
                s.situation.chars().count() <= 420 && sentence(s.situation),
                "{}/{}",
                sc.id,
                s.key
            );
            for c in s.choices {
                assert!(
                    c.label.chars().count() <= 110,
                    "{}/{}: label “{}”",
                    sc.id,
                    s.key,
                    c.label
                );
                assert!(
                    c.consequence.chars().count() <= 480 && sentence(c.consequence),
                    "{}/{}: consequence of “{}”",
                    sc.id,
                    s.key,
                    c.label
                );
            }
        }
        for e in sc.endings {
            assert!(
                e.title.chars().count() <= 60 && sentence(e.text),
                "{}/{}",
                sc.id,
                e.key
            );
        }
    }
}
