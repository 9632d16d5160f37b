//! Native checks of the classroom content: self-check questions and the
//! guided tour.

use std::collections::{BTreeMap, HashSet};

use ct_explainer::content::{card, event, questions::QUESTIONS, tour::TOUR};
use ct_explainer::model::*;
use ct_explainer::route::{Route, View};

const PROMPT_MAX: usize = 200;
const OPTION_MAX: usize = 120;
const FEEDBACK_MAX: usize = 400;
const TOUR_TITLE_MAX: usize = 60;
const CAPTION_MAX: usize = 500;

fn chars(s: &str) -> usize {
    s.chars().count()
}

#[test]
fn question_ids_are_one_to_one() {
    let mut seen = HashSet::new();
    for q in QUESTIONS.iter() {
        assert!(seen.insert(q.id), "duplicate question {:?}", q.id);
    }
    for id in QuestionId::ALL {
        assert!(seen.contains(id), "no question for {id:?}");
    }
    assert_eq!(QuestionId::ALL.len(), QUESTIONS.len());
    let mut slugs = HashSet::new();
    for id in QuestionId::ALL {
        let s = id.slug();
        assert!(slugs.insert(s), "duplicate slug {s}");
        assert!(
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "slug {s} is not kebab-case"
        );
        assert_eq!(QuestionId::from_slug(s), Some(*id));
    }
}

#[test]
fn every_theme_has_three_questions_and_there_are_order_questions() {
    let mut per_theme: BTreeMap<Theme, usize> = BTreeMap::new();
    for q in QUESTIONS.iter() {
        *per_theme.entry(q.theme).or_default() += 1;
    }
    for t in Theme::ALL {
        let n = per_theme.get(t).copied().unwrap_or(0);
        assert!(n >= 3, "theme {t:?} has only {n} questions");
    }
    let orders = QUESTIONS
        .iter()
        .filter(|q| matches!(q.answer, Answer::Order { .. }))
        .count();
    assert!(orders >= 5, "only {orders} order questions");
}

#[test]
fn choice_answers_are_well_formed() {
    let mut correct_seen = HashSet::new();
    for q in QUESTIONS.iter() {
        if let Answer::Choice { options, correct } = q.answer {
            assert!(
                (3..=4).contains(&options.len()),
                "{:?}: {} options",
                q.id,
                options.len()
            );
            assert!(
                (correct as usize) < options.len(),
                "{:?}: correct index {correct} out of range",
                q.id
            );
            correct_seen.insert(correct);
            let mut distinct = HashSet::new();
            for o in options {
                assert!(!o.trim().is_empty(), "{:?}: empty option", q.id);
                assert!(
                    distinct.insert(o.trim().to_lowercase()),
                    "{:?}: repeated option {o}",
                    q.id
                );
                assert!(
                    chars(o) <= OPTION_MAX,
                    "{:?}: option too long ({}): {o}",
                    q.id,
                    chars(o)
                );
            }
        }
    }
    assert!(
        correct_seen.len() >= 3,
        "the right answer sits at too few positions: {correct_seen:?}"
    );
}

#[test]
fn order_answers_are_chronological() {
    for q in QUESTIONS.iter() {
        if let Answer::Order { events } = q.answer {
            assert!(
                (3..=4).contains(&events.len()),
                "{:?}: {} events",
                q.id,
                events.len()
            );
            let distinct: HashSet<_> = events.iter().collect();
            assert_eq!(distinct.len(), events.len(), "{:?}: repeated event", q.id);
            for w in events.windows(2) {
                let (a, b) = (event(w[0]).date, event(w[1]).date);
                assert!(a < b, "{:?}: {:?} is not before {:?}", q.id, w[0], w[1]);
                assert!(
                    b.year > a.year,
                    "{:?}: {:?} and {:?} fall in the same year",
                    q.id,
                    w[0],
                    w[1]
                );
            }
            assert!(!q.events.is_empty(), "{:?}: cites no events", q.id);
            assert_eq!(
                q.events, events,
                "{:?}: cited events differ from the answer",
                q.id
            );
        }
    }
}

#[test]
fn questions_cite_cards_that_carry_their_theme() {
    for q in QUESTIONS.iter() {
        assert!(!q.cards.is_empty(), "{:?}: cites no card", q.id);
        let distinct: HashSet<_> = q.cards.iter().collect();
        assert_eq!(distinct.len(), q.cards.len(), "{:?}: repeated card", q.id);
        assert!(
            q.cards.iter().any(|&c| card(c).themes.contains(&q.theme)),
            "{:?}: no cited card has theme {:?}",
            q.id,
            q.theme
        );
        let distinct: HashSet<_> = q.events.iter().collect();
        assert_eq!(distinct.len(), q.events.len(), "{:?}: repeated event", q.id);
        // every cited event links back to at least one cited card
        for &e in q.events {
            assert!(
                event(e).cards.iter().any(|c| q.cards.contains(c)),
                "{:?}: event {e:?} is not explained by any cited card",
                q.id
            );
        }
    }
}

#[test]
fn question_texts_fit() {
    for q in QUESTIONS.iter() {
        for (what, s, max) in [
            ("prompt", q.prompt, PROMPT_MAX),
            ("feedback", q.feedback, FEEDBACK_MAX),
        ] {
            assert!(!s.trim().is_empty(), "{:?}: empty {what}", q.id);
            assert!(
                chars(s) <= max,
                "{:?}: {what} too long ({} > {max})",
                q.id,
                chars(s)
            );
            assert_eq!(s, s.trim(), "{:?}: {what} has outer whitespace", q.id);
        }
    }
}

#[test]
fn tour_fragments_parse_cleanly() {
    assert!(
        (6..=10).contains(&TOUR.len()),
        "tour has {} stops",
        TOUR.len()
    );
    let mut views = HashSet::new();
    for stop in TOUR.iter() {
        assert!(!stop.title.trim().is_empty(), "empty tour title");
        assert!(
            chars(stop.title) <= TOUR_TITLE_MAX,
            "tour title too long: {}",
            stop.title
        );
        assert!(
            !stop.caption.trim().is_empty(),
            "{}: empty caption",
            stop.title
        );
        assert!(
            chars(stop.caption) <= CAPTION_MAX,
            "{}: caption too long",
            stop.title
        );
        assert!(
            stop.fragment.starts_with("#/"),
            "{}: fragment {} does not start with #/",
            stop.title,
            stop.fragment
        );
        let parsed = Route::parse(stop.fragment);
        assert!(
            parsed.notices.is_empty(),
            "{}: {} gives notices {:?}",
            stop.title,
            stop.fragment,
            parsed.notices
        );
        let path = stop.fragment[2..]
            .split('?')
            .next()
            .unwrap_or("")
            .trim_end_matches('/');
        let expected =
            View::from_slug(path).unwrap_or_else(|| panic!("{}: unknown view {path}", stop.title));
        assert_eq!(
            parsed.route.view, expected,
            "{}: {} opens the wrong view",
            stop.title, stop.fragment
        );
        views.insert(parsed.route.view.slug());
    }
    for v in [View::Cards, View::Timeline, View::Map, View::About] {
        assert!(views.contains(v.slug()), "the tour never visits {v:?}");
    }
}

#[test]
fn the_lesson_plan_fills_45_minutes_and_cites_its_cards() {
    use ct_explainer::content::teaching::LESSON;
    let total: u32 = LESSON.steps.iter().map(|s| u32::from(s.minutes)).sum();
    assert_eq!(total, 45, "the sequence lasts a 45-minute lesson");
    assert!(LESSON.objectives.len() >= 3);
    for s in LESSON.steps {
        let parsed = Route::parse(s.fragment);
        assert!(
            parsed.notices.is_empty(),
            "{}: {:?}",
            s.fragment,
            parsed.notices
        );
        assert!(!s.cards.is_empty(), "step {:?} cites no card", s.title);
    }
    for t in Theme::ALL {
        assert!(
            LESSON.prompts.iter().any(|p| p.theme == *t),
            "no discussion prompt for {t:?}"
        );
    }
    for p in LESSON.prompts {
        assert!(
            p.cards.iter().any(|&c| card(c).themes.contains(&p.theme)),
            "prompt {:?}: no cited card has its theme",
            p.question
        );
    }
    for h in LESSON.homework {
        assert!(
            !h.cards.is_empty() && h.good_answer.len() >= 3,
            "{:?}",
            h.task
        );
    }
}
