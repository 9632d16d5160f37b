//! Playing a case scenario. A path is the letters of the choices taken, one
//! per decision (`abc`: the first option, then the second, then the third);
//! it lives in the URL and in the learner's progress. Walking a path never
//! fails: it stops at the first letter that names no option. Plain
//! functions, tested natively.

use crate::content::scenarios::SCENARIOS;
use crate::model::*;

/// Decisions a path may hold: no case is longer.
pub const MAX_PATH: usize = 8;

pub fn scenario(id: ScenarioId) -> &'static Scenario {
    SCENARIOS
        .iter()
        .find(|s| s.id == id)
        .expect("every ScenarioId has a scenario")
}

/// `a`, `b`, `c`, … for option 0, 1, 2, …
pub fn letter(i: usize) -> char {
    char::from(b'a' + i.min(25) as u8)
}

pub fn index(c: char) -> Option<usize> {
    c.is_ascii_lowercase().then(|| (c as u8 - b'a') as usize)
}

/// Where a walk stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    Step(&'static Step),
    End(&'static Ending),
}

/// One decision taken on the way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Taken {
    pub step: &'static Step,
    pub choice: usize,
}

impl Taken {
    pub fn chosen(&self) -> &'static Choice {
        &self.step.choices[self.choice]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Walk {
    pub taken: Vec<Taken>,
    pub at: At,
    /// The part of the path that was followed.
    pub path: String,
    /// Whether some of the path was left over (a wrong letter, or letters
    /// past an ending).
    pub cut: bool,
}

impl Walk {
    pub fn finished(&self) -> bool {
        matches!(self.at, At::End(_))
    }
}

/// Follows a path from the first decision.
pub fn walk(sc: &'static Scenario, path: &str) -> Walk {
    let mut at = At::Step(&sc.steps[0]);
    let mut taken = Vec::new();
    let mut followed = String::new();
    let mut cut = false;
    for c in path.chars() {
        let At::Step(step) = at else {
            cut = true;
            break;
        };
        let Some(choice) = index(c).filter(|&i| i < step.choices.len()) else {
            cut = true;
            break;
        };
        let next = match step.choices[choice].next {
            Next::Step(k) => sc.step(k).map(At::Step),
            Next::End(k) => sc.ending(k).map(At::End),
        };
        // a dangling key is a content error the native tests rule out
        let Some(next) = next else {
            cut = true;
            break;
        };
        taken.push(Taken { step, choice });
        followed.push(c);
        at = next;
    }
    Walk {
        taken,
        at,
        path: followed,
        cut,
    }
}

/// Every path from the first decision to an ending, as choice indices.
/// Stops descending past `MAX_PATH` decisions so a cycle cannot hang it.
pub fn all_paths(sc: &'static Scenario) -> Vec<Vec<usize>> {
    fn go(
        sc: &'static Scenario,
        step: &'static Step,
        path: &mut Vec<usize>,
        out: &mut Vec<Vec<usize>>,
    ) {
        if path.len() > MAX_PATH {
            out.push(path.clone());
            return;
        }
        for (i, c) in step.choices.iter().enumerate() {
            path.push(i);
            match c.next {
                Next::End(_) => out.push(path.clone()),
                Next::Step(k) => match sc.step(k) {
                    Some(s) => go(sc, s, path, out),
                    None => out.push(path.clone()),
                },
            }
            path.pop();
        }
    }
    let mut out = Vec::new();
    go(sc, &sc.steps[0], &mut Vec::new(), &mut out);
    out
}

/// A path as letters.
pub fn letters(path: &[usize]) -> String {
    path.iter().map(|&i| letter(i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walking_stops_at_what_does_not_exist() {
        for sc in SCENARIOS.iter() {
            let w = walk(sc, "");
            assert_eq!(w.at, At::Step(&sc.steps[0]));
            assert!(!w.cut && w.taken.is_empty());
            let w = walk(sc, "z");
            assert!(w.cut && w.path.is_empty());
            let first = letters(&all_paths(sc)[0]);
            let w = walk(sc, &first);
            assert!(w.finished() && !w.cut, "{first}");
            let w = walk(sc, &format!("{first}a"));
            assert!(w.finished() && w.cut && w.path == first);
            let w = walk(sc, "A1");
            assert!(w.cut && w.path.is_empty());
        }
    }

    #[test]
    fn letters_and_indices_agree() {
        for i in 0..5 {
            assert_eq!(index(letter(i)), Some(i));
        }
        assert_eq!(index('!'), None);
    }
}
