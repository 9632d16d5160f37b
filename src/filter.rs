//! Faceted filtering, counting and sorting of cards: AND across facets, OR
//! within one, plus the search query and the shared year range. Works on plain
//! rows so the real dataset and synthetic benchmark data go through the same
//! code.

use crate::content;
use crate::model::*;
use crate::route::{Facets, Route, Sort};
use crate::search::{self, DocText, Index};

/// The facet-relevant shape of one card.
#[derive(Clone, Debug)]
pub struct Row {
    pub kind: CardKind,
    pub themes: Vec<Theme>,
    pub actors: Vec<ActorId>,
    pub regions: Vec<Region>,
    pub sources: Vec<SourceId>,
    /// Earliest year the card's subject existed or happened (None: timeless).
    pub first_year: Option<i32>,
    /// Folded title, for sorting.
    pub sort_title: String,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Facet {
    Theme,
    Kind,
    Actor,
    Region,
    Source,
}

/// How many cards each facet value would leave, given everything else.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub themes: Vec<(Theme, usize)>,
    pub kinds: Vec<(CardKind, usize)>,
    pub actors: Vec<(ActorId, usize)>,
    pub regions: Vec<(Region, usize)>,
    pub sources: Vec<(SourceId, usize)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// Matching rows, in display order.
    pub rows: Vec<usize>,
    pub counts: Counts,
    /// Words of the text that matched the query (sorted), for highlighting.
    pub hits: Vec<String>,
}

pub struct Catalog {
    pub rows: Vec<Row>,
    /// Built on the first query that has words: an empty search, the way
    /// every visit starts, needs none, and building it is a good part of a
    /// phone's start-up.
    index: std::sync::OnceLock<Index>,
    docs: Box<dyn Fn() -> Vec<DocText> + Send + Sync>,
}

fn any_in<T: PartialEq>(selected: &[T], have: &[T]) -> bool {
    selected.is_empty() || have.iter().any(|h| selected.contains(h))
}

impl Row {
    fn passes(&self, f: &Facets, skip: Option<Facet>) -> bool {
        (skip == Some(Facet::Theme) || any_in(&f.themes, &self.themes))
            && (skip == Some(Facet::Kind) || f.kinds.is_empty() || f.kinds.contains(&self.kind))
            && (skip == Some(Facet::Actor) || any_in(&f.actors, &self.actors))
            && (skip == Some(Facet::Region) || any_in(&f.regions, &self.regions))
            && (skip == Some(Facet::Source) || any_in(&f.sources, &self.sources))
    }

    /// In a year range when it existed by the range's end (timeless cards
    /// always are).
    pub fn in_range(&self, range: Option<(i32, i32)>) -> bool {
        match (range, self.first_year) {
            (Some((_, to)), Some(y)) => y <= to,
            _ => true,
        }
    }
}

fn tally<T: Copy + PartialEq>(all: &[T], hits: impl Iterator<Item = T>) -> Vec<(T, usize)> {
    let mut v: Vec<(T, usize)> = all.iter().map(|&t| (t, 0)).collect();
    for h in hits {
        if let Some(e) = v.iter_mut().find(|e| e.0 == h) {
            e.1 += 1;
        }
    }
    v
}

impl Catalog {
    /// A catalog whose index is built now.
    pub fn new(rows: Vec<Row>, docs: &[DocText]) -> Catalog {
        let c = Catalog::lazy(rows, Vec::new);
        let _ = c.index.set(Index::build(docs));
        c
    }

    /// A catalog whose index is built from `docs()` when first needed.
    pub fn lazy(
        rows: Vec<Row>,
        docs: impl Fn() -> Vec<DocText> + Send + Sync + 'static,
    ) -> Catalog {
        Catalog {
            rows,
            index: std::sync::OnceLock::new(),
            docs: Box::new(docs),
        }
    }

    /// Whether the search index has been built yet.
    pub fn indexed(&self) -> bool {
        self.index.get().is_some()
    }

    /// Build the index now if it is not yet (the search box got focus: the
    /// first word typed then answers as fast as the next).
    pub fn warm(&self) {
        self.index();
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(&(self.docs)()))
    }

    /// Apply query, range, facets and sort.
    pub fn results(&self, route: &Route) -> Results {
        // a query without words needs no index (and builds none)
        let words = search::query_words(&route.query);
        let found = if words.is_empty() {
            None
        } else {
            self.index().search_words(&words)
        };
        let (scores, hits) = match found {
            Some((s, h)) => (Some(s), h),
            None => (None, Vec::new()),
        };
        let base: Vec<usize> = (0..self.rows.len())
            .filter(|&i| {
                scores.as_ref().is_none_or(|s| s[i] > 0.0) && self.rows[i].in_range(route.range)
            })
            .collect();
        let f = &route.facets;
        let within = |skip: Facet| {
            base.iter()
                .map(|&i| &self.rows[i])
                .filter(move |r| r.passes(f, Some(skip)))
        };
        let counts = Counts {
            themes: tally(
                Theme::ALL,
                within(Facet::Theme).flat_map(|r| r.themes.iter().copied()),
            ),
            kinds: tally(CardKind::ALL, within(Facet::Kind).map(|r| r.kind)),
            actors: tally(
                ActorId::ALL,
                within(Facet::Actor).flat_map(|r| r.actors.iter().copied()),
            ),
            regions: tally(
                Region::ALL,
                within(Facet::Region).flat_map(|r| r.regions.iter().copied()),
            ),
            sources: tally(
                SourceId::ALL,
                within(Facet::Source).flat_map(|r| r.sources.iter().copied()),
            ),
        };
        let mut rows: Vec<usize> = base
            .into_iter()
            .filter(|&i| self.rows[i].passes(f, None))
            .collect();
        match route.sort {
            Sort::Relevance => {
                if let Some(s) = &scores {
                    // stable: equal scores keep reading order
                    crate::order::sort_by(&mut rows, |&a, &b| s[b].total_cmp(&s[a]));
                }
            }
            Sort::Theme => crate::order::sort_by(&mut rows, |&a, &b| {
                let ta = self.rows[a].themes.first().copied();
                let tb = self.rows[b].themes.first().copied();
                ta.cmp(&tb)
                    .then_with(|| self.rows[a].sort_title.cmp(&self.rows[b].sort_title))
            }),
            Sort::Title => crate::order::sort_by(&mut rows, |a, b| {
                self.rows[*a].sort_title.cmp(&self.rows[*b].sort_title)
            }),
        }
        Results { rows, counts, hits }
    }
}

/// Events that cite a card, in date order.
pub fn card_events(id: CardId) -> Vec<&'static Event> {
    content::EVENTS
        .iter()
        .filter(|e| e.cards.contains(&id))
        .collect()
}

/// Earliest year among a card's events, actors' founding and instruments.
pub fn card_first_year(c: &Card) -> Option<i32> {
    let ev = card_events(c.id).into_iter().map(|e| e.date.year);
    let ac = c.actors.iter().filter_map(|&a| content::actor(a).founded);
    let ins = c
        .instruments
        .iter()
        .filter_map(|&i| content::instrument(i).year);
    ev.chain(ac).chain(ins).min()
}

/// Glossary terms whose name or alias occurs in a text (whole words).
pub fn terms_in(text: &str) -> Vec<TermId> {
    let words = search::words_with_spans(text);
    content::TERMS
        .iter()
        .filter(|t| crate::markup::first_mention(&words, t).is_some())
        .map(|t| t.id)
        .collect()
}

fn card_text(c: &Card) -> String {
    let mut s = format!("{} {}", c.title, c.summary);
    for p in c.points {
        s.push(' ');
        s.push_str(p);
    }
    s
}

/// Rows and search documents for the compiled-in cards, in dataset order.
pub fn content_catalog() -> Catalog {
    let rows = content::CARDS
        .iter()
        .map(|c| {
            let mut sources: Vec<SourceId> = c
                .sections
                .iter()
                .map(|&s| content::section(s).source)
                .collect();
            sources.dedup();
            crate::order::sort(&mut sources);
            sources.dedup();
            Row {
                kind: c.kind,
                themes: c.themes.to_vec(),
                actors: c.actors.to_vec(),
                regions: c.regions.to_vec(),
                sources,
                first_year: card_first_year(c),
                sort_title: search::sort_key(c.title),
            }
        })
        .collect();
    Catalog::lazy(rows, content_docs)
}

/// The search documents of the compiled-in cards, in dataset order.
fn content_docs() -> Vec<DocText> {
    content::CARDS
        .iter()
        .map(|c| DocText {
            title: c.title.into(),
            summary: c.summary.into(),
            points: c
                .points
                .iter()
                .map(|p| p.to_string())
                .chain(
                    c.debate
                        .iter()
                        .flat_map(|d| [d.practice, d.critique, d.answer].map(String::from)),
                )
                .collect(),
            actors: c
                .actors
                .iter()
                .map(|&a| {
                    let a = content::actor(a);
                    format!("{} {}", a.name, a.short)
                })
                .chain(c.instruments.iter().map(|&i| {
                    let i = content::instrument(i);
                    format!("{} {}", i.name, i.short)
                }))
                .collect(),
            terms: terms_in(&card_text(c))
                .into_iter()
                .map(|t| {
                    let t = content::term(t);
                    format!("{} {}", t.term, t.aliases.join(" "))
                })
                .collect(),
        })
        .collect()
}

/// The catalog of the compiled-in cards, built on first use (only the Cards
/// view needs it) and shared from then on.
pub fn shared_catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(content_catalog)
}

/// Cards most related to one: shared sections weigh most, then actors, then
/// themes. At most `n`, best first.
pub fn related_cards(id: CardId, n: usize) -> Vec<CardId> {
    let c = content::card(id);
    let mut scored: Vec<(usize, usize, CardId)> = content::CARDS
        .iter()
        .enumerate()
        .filter(|(_, o)| o.id != id)
        .map(|(i, o)| {
            let s = 3 * o.sections.iter().filter(|s| c.sections.contains(s)).count()
                + 2 * o.actors.iter().filter(|a| c.actors.contains(a)).count()
                + o.themes.iter().filter(|t| c.themes.contains(t)).count();
            (s, i, o.id)
        })
        .filter(|(s, _, _)| *s > 1)
        .collect();
    crate::order::sort_by(&mut scored, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(n).map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::View;

    fn row(
        kind: CardKind,
        themes: &[Theme],
        regions: &[Region],
        year: Option<i32>,
        title: &str,
    ) -> Row {
        Row {
            kind,
            themes: themes.to_vec(),
            actors: vec![],
            regions: regions.to_vec(),
            sources: vec![SourceId::Military],
            first_year: year,
            sort_title: title.into(),
        }
    }

    #[test]
    fn the_search_index_waits_for_a_query_with_words() {
        let lazy = content_catalog();
        let mut r = Route::new(View::Cards);
        r.query = " · ".into();
        let all = lazy.results(&r);
        assert_eq!(all.rows.len(), content::CARDS.len());
        assert!(!lazy.indexed(), "built for a query without words");
        r.query = "interpol".into();
        let found = lazy.results(&r);
        assert!(lazy.indexed());
        assert!(!found.rows.is_empty() && found.rows.len() < all.rows.len());
        // the same answer as an index built at once
        let eager = Catalog::new(content_catalog().rows, &content_docs());
        assert_eq!(eager.results(&r), found);
    }

    fn small() -> Catalog {
        use CardKind::*;
        use Theme::*;
        let rows = vec![
            row(
                Organisation,
                &[IntelligenceSharing],
                &[Region::Global],
                Some(1923),
                "interpol",
            ),
            row(
                Instrument,
                &[LegalFrameworks, TerroristFinancing],
                &[Region::Global],
                Some(1999),
                "financing convention",
            ),
            row(
                Practice,
                &[TerroristFinancing],
                &[Region::Europe],
                None,
                "asset freezing",
            ),
            row(
                Organisation,
                &[RegionalCooperation],
                &[Region::SoutheastAsia],
                Some(2007),
                "asean",
            ),
        ];
        let docs: Vec<DocText> = rows
            .iter()
            .map(|r| DocText {
                title: r.sort_title.clone(),
                ..Default::default()
            })
            .collect();
        Catalog::new(rows, &docs)
    }

    #[test]
    fn no_filter_shows_all_in_reading_order() {
        let r = small().results(&Route::new(View::Cards));
        assert_eq!(r.rows, vec![0, 1, 2, 3]);
    }

    #[test]
    fn or_within_a_facet_and_across_facets() {
        let c = small();
        let mut route = Route::new(View::Cards);
        route.facets.themes = vec![Theme::TerroristFinancing, Theme::RegionalCooperation];
        assert_eq!(c.results(&route).rows, vec![1, 2, 3]);
        route.facets.regions = vec![Region::Global];
        assert_eq!(c.results(&route).rows, vec![1]);
    }

    #[test]
    fn counts_ignore_own_facet_but_respect_others() {
        let c = small();
        let mut route = Route::new(View::Cards);
        route.facets.themes = vec![Theme::TerroristFinancing];
        let r = c.results(&route);
        let count = |t: Theme| r.counts.themes.iter().find(|e| e.0 == t).unwrap().1;
        // own facet: what each value would add, not zero for unselected ones
        assert_eq!(count(Theme::IntelligenceSharing), 1);
        assert_eq!(count(Theme::TerroristFinancing), 2);
        let region = |g: Region| r.counts.regions.iter().find(|e| e.0 == g).unwrap().1;
        assert_eq!(region(Region::Global), 1);
        assert_eq!(region(Region::Europe), 1);
        assert_eq!(region(Region::SoutheastAsia), 0);
    }

    #[test]
    fn query_and_range_narrow() {
        let c = small();
        let mut route = Route::new(View::Cards);
        route.query = "finacing".into();
        assert_eq!(c.results(&route).rows, vec![1]);
        route.query.clear();
        route.range = Some((1900, 2000));
        // the 2007 card did not exist yet; the timeless one stays
        assert_eq!(c.results(&route).rows, vec![0, 1, 2]);
    }

    #[test]
    fn sorts_by_title_and_theme() {
        let c = small();
        let mut route = Route::new(View::Cards);
        route.sort = Sort::Title;
        assert_eq!(c.results(&route).rows, vec![3, 2, 1, 0]);
        route.sort = Sort::Theme;
        // theme order follows Theme::ALL: intelligence, financing, …, regional
        assert_eq!(c.results(&route).rows, vec![0, 2, 1, 3]);
    }
}
