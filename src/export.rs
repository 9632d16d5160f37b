//! The downloadable data: `content.json` (the whole dataset) and CSV tables,
//! generated from the same typed data the app renders, at build time.

use crate::content::{self, dataset};

pub fn json() -> String {
    let mut v = serde_json::to_value(dataset()).expect("the dataset serialises");
    // Provenance is derived, not stored: add it beside each record so the
    // export says, like the app, where every record comes from.
    let tag = |kind: &str, provs: Vec<&'static str>, v: &mut serde_json::Value| {
        if let Some(rows) = v[kind].as_array_mut() {
            for (row, p) in rows.iter_mut().zip(provs) {
                row["provenance"] = p.into();
            }
        }
    };
    tag(
        "cards",
        content::CARDS
            .iter()
            .map(|c| c.provenance().slug())
            .collect(),
        &mut v,
    );
    tag(
        "events",
        content::EVENTS
            .iter()
            .map(|e| e.provenance().slug())
            .collect(),
        &mut v,
    );
    tag(
        "actors",
        content::ACTORS
            .iter()
            .map(|a| a.provenance().slug())
            .collect(),
        &mut v,
    );
    tag(
        "instruments",
        content::INSTRUMENTS
            .iter()
            .map(|i| i.provenance().slug())
            .collect(),
        &mut v,
    );
    serde_json::to_string_pretty(&v).expect("the dataset serialises")
}

/// RFC 4180 field: quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for r in rows {
        let fields: Vec<String> = r.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn join<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(|t| t.to_string())
        .collect::<Vec<_>>()
        .join(";")
}

pub fn cards_csv() -> String {
    csv(
        &[
            "id",
            "title",
            "kind",
            "themes",
            "actors",
            "instruments",
            "regions",
            "sections",
            "summary",
            "points",
            "note",
            "provenance",
            "references",
        ],
        content::CARDS.iter().map(|c| {
            vec![
                c.id.to_string(),
                c.title.into(),
                c.kind.to_string(),
                join(c.themes),
                join(c.actors),
                join(c.instruments),
                join(c.regions),
                join(c.sections),
                c.summary.into(),
                c.points.join(" | "),
                c.note.unwrap_or("").into(),
                c.provenance().to_string(),
                c.references.join(" | "),
            ]
        }),
    )
}

pub fn events_csv() -> String {
    csv(
        &[
            "id",
            "date",
            "title",
            "description",
            "actors",
            "instruments",
            "cards",
            "reference",
            "provenance",
            "sections",
        ],
        content::EVENTS.iter().map(|e| {
            vec![
                e.id.to_string(),
                e.date.iso(),
                e.title.into(),
                e.text.into(),
                join(e.actors),
                join(e.instruments),
                join(e.cards),
                e.reference.into(),
                e.provenance().to_string(),
                join(e.sections),
            ]
        }),
    )
}

pub fn relations_csv() -> String {
    csv(
        &[
            "from",
            "relation",
            "to",
            "since",
            "description",
            "sections",
            "reference",
        ],
        content::RELATIONS.iter().map(|r| {
            vec![
                r.from.slug(),
                r.kind.to_string(),
                r.to.slug(),
                r.since.map(|y| y.to_string()).unwrap_or_default(),
                r.text.into(),
                join(r.sections),
                r.reference.unwrap_or("").into(),
            ]
        }),
    )
}

/// (file name, contents) of everything under `data/`.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("content.json", json()),
        ("cards.csv", cards_csv()),
        ("events.csv", events_csv()),
        ("relations.csv", relations_csv()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn json_has_schema_and_every_record() {
        let v: serde_json::Value = serde_json::from_str(&json()).unwrap();
        assert_eq!(v["schema_version"], content::SCHEMA_VERSION);
        assert_eq!(v["cards"].as_array().unwrap().len(), content::CARDS.len());
        assert_eq!(v["events"].as_array().unwrap().len(), content::EVENTS.len());
        assert_eq!(
            v["relations"].as_array().unwrap().len(),
            content::RELATIONS.len()
        );
        assert_eq!(
            v["sections"].as_array().unwrap().len(),
            content::SECTIONS.len()
        );
        // ids are exported as their URL slugs
        assert_eq!(v["cards"][0]["id"], content::CARDS[0].id.slug());
        // every record says where it comes from
        for kind in ["cards", "events", "actors", "instruments"] {
            for row in v[kind].as_array().unwrap() {
                let p = row["provenance"].as_str().unwrap_or_default();
                assert!(
                    crate::model::Provenance::from_slug(p).is_some(),
                    "{kind}: {p:?}"
                );
            }
        }
    }

    #[test]
    fn csv_has_a_line_per_record() {
        // quoted fields never contain CRLF, so lines can be counted
        assert_eq!(
            cards_csv().matches("\r\n").count(),
            content::CARDS.len() + 1
        );
        assert_eq!(
            events_csv().matches("\r\n").count(),
            content::EVENTS.len() + 1
        );
        assert_eq!(
            relations_csv().matches("\r\n").count(),
            content::RELATIONS.len() + 1
        );
    }
}
