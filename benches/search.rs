//! Filter + search cost over the real dataset and a synthetic 5,000-card
//! one. A benchmark, not a test: `cargo bench --bench search` (or
//! `make bench`). Prints the median of many runs per query.

use ct_explainer::filter::{content_catalog, Catalog, Row};
use ct_explainer::model::*;
use ct_explainer::route::{Route, View};
use ct_explainer::search::DocText;
use std::hint::black_box;
use std::time::Instant;

fn median_us(mut f: impl FnMut(), runs: usize) -> f64 {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    ct_explainer::order::sort_by(&mut t, f64::total_cmp);
    t[runs / 2]
}

/// 5,000 cards made by recombining the real cards' text and facets, with
/// the words shuffled a little so the vocabulary grows like real text would.
fn synthetic(n: usize) -> Catalog {
    let real = &ct_explainer::content::CARDS;
    let mut rows = Vec::with_capacity(n);
    let mut docs = Vec::with_capacity(n);
    for i in 0..n {
        let c = &real[i % real.len()];
        let d = &real[(i * 7 + 3) % real.len()];
        rows.push(Row {
            kind: c.kind,
            themes: c.themes.to_vec(),
            actors: c.actors.to_vec(),
            regions: c.regions.to_vec(),
            sources: vec![SourceId::ALL[i % 2]],
            first_year: Some(1920 + (i % 100) as i32),
            sort_title: format!("{} {i}", c.title.to_lowercase()),
        });
        docs.push(DocText {
            title: format!("{} {}", c.title, i),
            summary: format!("{} {} item{}", c.summary, d.summary, i % 997),
            points: c.points.iter().map(|p| p.to_string()).collect(),
            actors: vec![],
            terms: vec![],
        });
    }
    Catalog::new(rows, &docs)
}

fn run(name: &str, cat: &Catalog) {
    println!("\n{name}: {} cards", cat.rows.len());
    let mut facet = Route::new(View::Cards);
    facet.facets.themes = vec![Theme::TerroristFinancing, Theme::IntelligenceSharing];
    facet.facets.kinds = vec![CardKind::Practice];
    let cases: Vec<(&str, Route)> = vec![
        ("no filter", Route::new(View::Cards)),
        (
            "one word",
            Route {
                query: "interpol".into(),
                ..Route::new(View::Cards)
            },
        ),
        (
            "typo",
            Route {
                query: "finacing".into(),
                ..Route::new(View::Cards)
            },
        ),
        (
            "two words, prefix",
            Route {
                query: "intelligence shar".into(),
                ..Route::new(View::Cards)
            },
        ),
        ("facets only", facet.clone()),
        (
            "facets + query",
            Route {
                query: "border".into(),
                ..facet
            },
        ),
    ];
    for (label, r) in cases {
        let runs = if cat.rows.len() > 1000 { 101 } else { 1001 };
        let us = median_us(
            || {
                black_box(cat.results(black_box(&r)));
            },
            runs,
        );
        println!("  {label:<20} {us:>10.1} µs");
    }
}

fn main() {
    let s = Instant::now();
    let real = content_catalog();
    println!(
        "index build (real dataset): {:.2} ms",
        s.elapsed().as_secs_f64() * 1e3
    );
    run("real dataset", &real);
    let s = Instant::now();
    let big = synthetic(5000);
    println!(
        "\nindex build (synthetic): {:.1} ms",
        s.elapsed().as_secs_f64() * 1e3
    );
    run("synthetic dataset", &big);
}
