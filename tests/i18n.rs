//! The content files and their translations: every shipped language
//! compiles, and a broken translation fails with the file and entry named.

#[path = "../build/content.rs"]
#[allow(dead_code)]
mod content;

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_shipped_language_compiles_completely() {
    for lang in content::shipped(root()).unwrap() {
        match content::compile(root(), &lang) {
            Ok((files, report)) => {
                assert_eq!(files.len(), content::files().len(), "{lang}");
                assert!(report.missing.is_empty(), "{lang}: {:?}", report.missing);
                assert!(report.stale.is_empty(), "{lang} stale: {:?}", report.stale);
            }
            Err(r) => panic!("{lang}: {:#?}", r.errors),
        }
    }
}

/// The build writes each id as its position in the enum as it reads the
/// declarations; the app reads it back from `ALL`. The two must agree for
/// every enum, and for `Verdict`, whose order the build spells out itself.
#[test]
fn the_build_numbers_ids_as_the_app_reads_them() {
    use ct_explainer::model::*;
    let enums = content::read_enums(root()).unwrap();
    macro_rules! same {
        ($($e:ident),+) => {$(
            let m = &enums[stringify!($e)];
            assert_eq!(m.len(), $e::ALL.len(), stringify!($e));
            for (i, v) in $e::ALL.iter().enumerate() {
                assert_eq!(m[v.slug()].0, i, "{} {}", stringify!($e), v.slug());
            }
        )+};
    }
    same!(
        CardId,
        EventId,
        ActorId,
        InstrumentId,
        SourceId,
        SectionId,
        BulletId,
        TermId,
        QuestionId,
        ScenarioId,
        CardKind,
        Theme,
        Region,
        Provenance,
        ActorKind,
        InstrumentKind,
        RelationKind
    );
    let m = &enums["Verdict"];
    for (i, v) in Verdict::ALL.iter().enumerate() {
        let slug = serde_json::to_value(v).unwrap();
        assert_eq!(m[slug.as_str().unwrap()].0, i, "Verdict {slug}");
    }
}

/// A scratch copy of what the compiler reads, to break on purpose.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ct-i18n-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["content/en", "content/xx", "src/content"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    for f in [
        "src/content/ids.rs",
        "src/model.rs",
        "content/languages.toml",
    ] {
        std::fs::copy(root().join(f), dir.join(f)).unwrap();
    }
    for f in content::files() {
        let p = format!("content/en/{f}.toml");
        std::fs::copy(root().join(&p), dir.join(&p)).unwrap();
    }
    dir
}

/// Replaces the first `from` in a scratch copy's file with `to`; the text
/// must be there, so that a test never breaks nothing.
fn replace_in(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Writes the English text as a translation into `content/fr` of `dir`.
fn english_as(dir: &Path, lang: &str) {
    std::fs::create_dir_all(dir.join("content").join(lang)).unwrap();
    for f in content::files() {
        let t = content::template(dir, f, None).unwrap();
        std::fs::write(dir.join(format!("content/{lang}/{f}.toml")), t).unwrap();
    }
}

#[test]
fn a_template_is_a_complete_translation_and_not_stale() {
    let dir = scratch("template");
    english_as(&dir, "fr");
    let (files, report) =
        content::compile(&dir, "fr").unwrap_or_else(|r| panic!("{:#?}", r.errors));
    assert!(report.stale.is_empty() && report.missing.is_empty());
    // Same Rust as English, since the text is the same.
    let (en, _) = content::compile(&dir, "en").unwrap();
    assert_eq!(files, en);
}

#[test]
fn a_broken_translation_names_the_file_and_the_entry() {
    let dir = scratch("broken");
    english_as(&dir, "fr");
    let cards = "content/fr/cards.toml";
    // an unknown id
    replace_in(
        &dir,
        cards,
        "id = \"why-cooperate\"",
        "id = \"why-cooperat\"",
    );
    // a field a translation may not set
    replace_in(
        &dir,
        cards,
        "id = \"military-diplomacy\"",
        "id = \"military-diplomacy\"\nkind = \"concept\"",
    );
    // one option too few
    replace_in(&dir, "content/fr/questions.toml", "    \"HUMINT\",\n", "");
    let errors = content::compile(&dir, "fr").unwrap_err().errors.join("\n");
    for want in [
        "content/fr/cards.toml: card why-cooperat: is not an entry of the English file",
        "content/fr/cards.toml: card why-cooperate: has no translation",
        "content/fr/cards.toml: card military-diplomacy: `kind` is not a field a translation may set",
        "content/fr/questions.toml: question sigint-meaning.answer.options: has 2 items, the English has 3",
    ] {
        assert!(errors.contains(want), "wanted {want:?} in:\n{errors}");
    }
}

#[test]
fn a_changed_english_entry_makes_its_translation_stale() {
    let dir = scratch("stale");
    english_as(&dir, "fr");
    replace_in(
        &dir,
        "content/en/events.toml",
        "forerunner of today's INTERPOL",
        "forerunner of INTERPOL",
    );
    let (_, report) = content::compile(&dir, "fr").unwrap();
    assert_eq!(
        report.stale,
        vec!["content/fr/events.toml: event 1923-icpc-founded".to_string()]
    );
}

#[test]
fn a_broken_english_reference_is_named() {
    let dir = scratch("ref");
    replace_in(
        &dir,
        "content/en/events.toml",
        "cards = [\"interpol\"]",
        "cards = [\"interpool\"]",
    );
    let errors = content::compile(&dir, "en").unwrap_err().errors.join("\n");
    assert!(
        errors.contains("content/en/events.toml: event 1923-icpc-founded.cards: `interpool` is not a known CardId"),
        "{errors}"
    );
}

#[path = "../build/ui.rs"]
#[allow(dead_code)]
mod ui;

#[test]
fn every_shipped_catalogue_has_every_key_and_plural_form() {
    for lang in content::shipped(root()).unwrap() {
        if let Err(e) = ui::compile_ui(root(), &lang) {
            panic!("{lang}: {e:#?}");
        }
    }
}

#[test]
fn a_broken_catalogue_names_the_key() {
    let dir = scratch("ui");
    let en = std::fs::read_to_string(root().join("content/en/ui.toml")).unwrap();
    std::fs::write(dir.join("content/en/ui.toml"), &en).unwrap();
    let ru = en
        // a plural lacking Russian's `few` and `many`
        .replacen(
            "cards = { one = \"{n} card\", other = \"{n} cards\" }",
            "cards = { one = \"{n} карточка\", other = \"{n} карточки\" }",
            1,
        )
        // a placeholder lost
        .replacen(
            "resume_tour = \"Resume tour (stop {n})\"",
            "resume_tour = \"Продолжить тур\"",
            1,
        )
        // a key the English lacks
        .replacen("[shell]\n", "[shell]\ntitel = \"x\"\n", 1);
    std::fs::create_dir_all(dir.join("content/ru")).unwrap();
    std::fs::write(dir.join("content/ru/ui.toml"), ru).unwrap();
    let errors = ui::compile_ui(&dir, "ru").unwrap_err().join("\n");
    for want in [
        "content/ru/ui.toml: count.cards: lacks the plural form `few`",
        "content/ru/ui.toml: count.cards: lacks the plural form `many`",
        "content/ru/ui.toml: learn.resume_tour: should use the placeholders [\"n\"]",
        "content/ru/ui.toml: shell.titel: is not in the English catalogue",
    ] {
        assert!(errors.contains(want), "wanted {want:?} in:\n{errors}");
    }
    // and the English is complete
    ui::compile_ui(&dir, "en").unwrap();
}

#[test]
fn numbers_and_dates_out_of_range_are_named_not_wrapped() {
    // The app reads numbers back with `as`: 300 minutes would become 44.
    let dir = scratch("range");
    replace_in(
        &dir,
        "content/en/lesson.toml",
        "minutes = 5",
        "minutes = 300",
    );
    replace_in(
        &dir,
        "content/en/events.toml",
        "date = \"1923-09\"",
        "date = \"1923-13\"",
    );
    let errors = content::compile(&dir, "en").unwrap_err().errors.join("\n");
    assert!(errors.contains("300 is out of range for u8"), "{errors}");
    assert!(
        errors.contains("event 1923-icpc-founded.date: has a month or day that does not exist"),
        "{errors}"
    );
}
