//! The content compiler, shared by `build.rs`, the `i18n-status` tool and the
//! native tests. English files in `content/en/` hold every record whole;
//! the files of another language hold only its text, keyed by the same ids,
//! and are laid over the English at build time. The result is Rust source
//! for the same typed statics the app always had.
//!
//! Every problem is reported with the file and the entry it is in, so that
//! an editor who does not read Rust knows where to look.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use toml::Value;

/// The six official UN languages: code, own name, direction.
pub const LANGUAGES: &[(&str, &str, &str)] = &[
    ("en", "English", "ltr"),
    ("fr", "Français", "ltr"),
    ("es", "Español", "ltr"),
    ("ru", "Русский", "ltr"),
    ("zh", "中文", "ltr"),
    ("ar", "العربية", "rtl"),
];

/// How a field is read from TOML and written as Rust.
#[derive(Clone, Copy)]
pub enum Ty {
    Str,
    OptStr,
    Strs,
    /// A list of strings whose length may differ per language (aliases).
    FreeStrs,
    Int(&'static str),
    OptInt(&'static str),
    Enum(&'static str),
    Enums(&'static str),
    Date,
    Node,
    Next,
    Answer,
    Obj(&'static Schema),
    OptObj(&'static Schema),
    Objs(&'static Schema),
}

/// One field: its name, type, and whether a translation supplies it.
pub struct F(pub &'static str, pub Ty, pub bool);

/// How the entries of a list are matched between languages.
#[derive(Clone, Copy)]
pub enum Key {
    /// By the value of this field (an id or a key).
    Field(&'static str),
    /// By position.
    Index,
    /// A relation: `from`, `kind` and `to` together.
    Relation,
}

pub struct Schema {
    pub rust: &'static str,
    pub key: Key,
    pub fields: &'static [F],
}

use Ty::*;

const DEBATE: Schema = Schema {
    rust: "Debate",
    key: Key::Index,
    fields: &[
        F("practice", Str, true),
        F("practice_ref", Str, false),
        F("critique", Str, true),
        F("critique_ref", Str, false),
        F("answer", Str, true),
        F("answer_ref", Str, false),
    ],
};
pub const CARD: Schema = Schema {
    rust: "Card",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("CardId"), false),
        F("title", Str, true),
        F("summary", Str, true),
        F("points", Strs, true),
        F("kind", Enum("CardKind"), false),
        F("themes", Enums("Theme"), false),
        F("actors", Enums("ActorId"), false),
        F("instruments", Enums("InstrumentId"), false),
        F("regions", Enums("Region"), false),
        F("sections", Enums("SectionId"), false),
        F("bullets", Enums("BulletId"), false),
        F("references", Strs, false),
        F("note", OptStr, true),
        F("debate", OptObj(&DEBATE), true),
    ],
};
pub const ACTOR: Schema = Schema {
    rust: "Actor",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("ActorId"), false),
        F("name", Str, true),
        F("short", Str, true),
        F("kind", Enum("ActorKind"), false),
        F("founded", OptInt("i32"), false),
        F("founded_ref", OptStr, false),
        F("role", Str, true),
        F("region", Enum("Region"), false),
        F("sections", Enums("SectionId"), false),
    ],
};
pub const INSTRUMENT: Schema = Schema {
    rust: "Instrument",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("InstrumentId"), false),
        F("name", Str, true),
        F("short", Str, true),
        F("kind", Enum("InstrumentKind"), false),
        F("year", OptInt("i32"), false),
        F("reference", Str, false),
        F("summary", Str, true),
        F("region", Enum("Region"), false),
        F("sections", Enums("SectionId"), false),
    ],
};
pub const RELATION: Schema = Schema {
    rust: "Relation",
    key: Key::Relation,
    fields: &[
        F("from", Node, false),
        F("kind", Enum("RelationKind"), false),
        F("to", Node, false),
        F("text", Str, true),
        F("since", OptInt("i32"), false),
        F("sections", Enums("SectionId"), false),
        F("reference", OptStr, false),
    ],
};
pub const EVENT: Schema = Schema {
    rust: "Event",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("EventId"), false),
        F("date", Date, false),
        F("title", Str, true),
        F("text", Str, true),
        F("actors", Enums("ActorId"), false),
        F("instruments", Enums("InstrumentId"), false),
        F("cards", Enums("CardId"), false),
        F("reference", Str, false),
        F("sections", Enums("SectionId"), false),
    ],
};
pub const TERM: Schema = Schema {
    rust: "Term",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("TermId"), false),
        F("term", Str, true),
        F("aliases", FreeStrs, true),
        F("definition", Str, true),
    ],
};
pub const QUESTION: Schema = Schema {
    rust: "Question",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("QuestionId"), false),
        F("theme", Enum("Theme"), false),
        F("prompt", Str, true),
        F("answer", Answer, true),
        F("feedback", Str, true),
        F("cards", Enums("CardId"), false),
        F("events", Enums("EventId"), false),
    ],
};
pub const STOP: Schema = Schema {
    rust: "TourStop",
    key: Key::Index,
    fields: &[
        F("title", Str, true),
        F("fragment", Str, false),
        F("caption", Str, true),
    ],
};
const LESSON_STEP: Schema = Schema {
    rust: "LessonStep",
    key: Key::Index,
    fields: &[
        F("minutes", Int("u8"), false),
        F("title", Str, true),
        F("fragment", Str, false),
        F("activity", Str, true),
        F("cards", Enums("CardId"), false),
    ],
};
const PROMPT: Schema = Schema {
    rust: "Prompt",
    key: Key::Index,
    fields: &[
        F("theme", Enum("Theme"), false),
        F("question", Str, true),
        F("cards", Enums("CardId"), false),
    ],
};
const HOMEWORK: Schema = Schema {
    rust: "Homework",
    key: Key::Index,
    fields: &[
        F("task", Str, true),
        F("good_answer", Strs, true),
        F("cards", Enums("CardId"), false),
    ],
};
pub const LESSON: Schema = Schema {
    rust: "LessonPlan",
    key: Key::Index,
    fields: &[
        F("objectives", Strs, true),
        F("steps", Objs(&LESSON_STEP), true),
        F("prompts", Objs(&PROMPT), true),
        F("homework", Objs(&HOMEWORK), true),
    ],
};
const CHOICE: Schema = Schema {
    rust: "Choice",
    key: Key::Index,
    fields: &[
        F("label", Str, true),
        F("consequence", Str, true),
        F("verdict", Enum("Verdict"), false),
        F("next", Next, false),
        F("cards", Enums("CardId"), false),
        F("events", Enums("EventId"), false),
        F("instruments", Enums("InstrumentId"), false),
    ],
};
const STEP: Schema = Schema {
    rust: "Step",
    key: Key::Field("key"),
    fields: &[
        F("key", Str, false),
        F("situation", Str, true),
        F("question", Str, true),
        F("choices", Objs(&CHOICE), true),
    ],
};
const ENDING: Schema = Schema {
    rust: "Ending",
    key: Key::Field("key"),
    fields: &[
        F("key", Str, false),
        F("title", Str, true),
        F("text", Str, true),
    ],
};
pub const SCENARIO: Schema = Schema {
    rust: "Scenario",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("ScenarioId"), false),
        F("title", Str, true),
        F("theme", Enum("Theme"), false),
        F("teaser", Str, true),
        F("role", Str, true),
        F("setting", Str, true),
        F("steps", Objs(&STEP), true),
        F("endings", Objs(&ENDING), true),
        F("debrief", Str, true),
        F("cards", Enums("CardId"), false),
    ],
};
pub const SOURCE: Schema = Schema {
    rust: "Source",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("SourceId"), false),
        F("file", Str, false),
        F("title", Str, true),
    ],
};
/// An essay's own heading is a citation anchor: it stays in English.
pub const SECTION: Schema = Schema {
    rust: "Section",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("SectionId"), false),
        F("source", Enum("SourceId"), false),
        F("heading", Str, false),
    ],
};
pub const BULLET: Schema = Schema {
    rust: "Bullet",
    key: Key::Field("id"),
    fields: &[
        F("id", Enum("BulletId"), false),
        F("section", Enum("SectionId"), false),
        F("label", Str, true),
    ],
};

/// One table of a content file compiled into one Rust static.
pub struct Table {
    /// File name under `content/<lang>/`, without `.toml`.
    pub file: &'static str,
    /// Its key in the file; `None` when the file is the record itself.
    pub key: Option<&'static str>,
    pub schema: &'static Schema,
    pub static_name: &'static str,
    /// Its text is a file of its own (`parts/`), which the app fetches when
    /// a view first needs it (`src/content/parts.rs`), not in the wasm.
    pub apart: bool,
}

pub const TABLES: &[Table] = &[
    Table {
        file: "sources",
        key: Some("source"),
        schema: &SOURCE,
        static_name: "SOURCES",
        apart: false,
    },
    Table {
        file: "sources",
        key: Some("section"),
        schema: &SECTION,
        static_name: "SECTIONS",
        apart: false,
    },
    Table {
        file: "sources",
        key: Some("bullet"),
        schema: &BULLET,
        static_name: "BULLETS",
        apart: false,
    },
    Table {
        file: "cards",
        key: Some("card"),
        schema: &CARD,
        static_name: "CARDS",
        apart: false,
    },
    Table {
        file: "actors",
        key: Some("actor"),
        schema: &ACTOR,
        static_name: "ACTORS",
        apart: false,
    },
    Table {
        file: "instruments",
        key: Some("instrument"),
        schema: &INSTRUMENT,
        static_name: "INSTRUMENTS",
        apart: false,
    },
    Table {
        file: "relations",
        key: Some("relation"),
        schema: &RELATION,
        static_name: "RELATIONS",
        apart: true,
    },
    Table {
        file: "events",
        key: Some("event"),
        schema: &EVENT,
        static_name: "EVENTS",
        apart: false,
    },
    Table {
        file: "glossary",
        key: Some("term"),
        schema: &TERM,
        static_name: "TERMS",
        apart: false,
    },
    Table {
        file: "questions",
        key: Some("question"),
        schema: &QUESTION,
        static_name: "QUESTIONS",
        apart: true,
    },
    Table {
        file: "tour",
        key: Some("stop"),
        schema: &STOP,
        static_name: "TOUR",
        apart: false,
    },
    Table {
        file: "lesson",
        key: None,
        schema: &LESSON,
        static_name: "LESSON",
        apart: true,
    },
    Table {
        file: "scenarios",
        key: Some("scenario"),
        schema: &SCENARIO,
        static_name: "SCENARIOS",
        apart: true,
    },
];

/// The files, in order, each once.
pub fn files() -> Vec<&'static str> {
    let mut out: Vec<&str> = Vec::new();
    for t in TABLES {
        if !out.contains(&t.file) {
            out.push(t.file);
        }
    }
    out
}

/// Slug → (position in `ALL`, variant name), per id enum, read from the
/// Rust declarations so that the ids have one home.
pub type Enums = HashMap<String, HashMap<String, (usize, String)>>;

pub fn read_enums(root: &Path) -> Result<Enums, String> {
    let mut out: Enums = HashMap::new();
    for file in ["src/content/ids.rs", "src/model.rs"] {
        let text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
        let mut current: Option<String> = None;
        let mut in_macro = false;
        for line in text.lines() {
            let l = line.trim();
            if l.contains("id_enum!(") || l.contains("label_enum!(") {
                in_macro = !l.starts_with("macro_rules!") && !l.starts_with("$");
                continue;
            }
            if !in_macro {
                continue;
            }
            if let Some(name) = l.strip_suffix(" {") {
                let name = name.trim_start_matches("pub ").trim();
                if name.chars().all(|c| c.is_ascii_alphanumeric()) {
                    current = Some(name.to_string());
                    out.entry(name.to_string()).or_default();
                }
                continue;
            }
            if l.starts_with('}') {
                current = None;
                in_macro = false;
                continue;
            }
            if let (Some(e), Some((variant, rest))) = (&current, l.split_once(" = \"")) {
                if let Some(slug) = rest.split('"').next() {
                    let m = out.get_mut(e).unwrap();
                    let at = m.len();
                    // A slug twice would shift every later id's position.
                    if m.insert(slug.to_string(), (at, variant.trim().to_string()))
                        .is_some()
                    {
                        return Err(format!("{file}: {e} has the slug `{slug}` twice"));
                    }
                }
            }
        }
    }
    out.insert(
        "Verdict".into(),
        [
            ("sound", "Sound"),
            ("arguable", "Arguable"),
            ("unsound", "Unsound"),
        ]
        .iter()
        .enumerate()
        .map(|(i, (a, b))| (a.to_string(), (i, b.to_string())))
        .collect(),
    );
    Ok(out)
}

/// A short, stable fingerprint of the English text of an entry: a
/// translation records it, and differs from it once the English changes.
pub fn fingerprint(schema: &Schema, en: &Value) -> String {
    let mut text = String::new();
    collect_text(schema, en, &mut text);
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{:08x}", h as u32 ^ (h >> 32) as u32)
}

fn collect_text(schema: &Schema, v: &Value, out: &mut String) {
    for F(name, ty, tr) in schema.fields {
        if !tr {
            continue;
        }
        let Some(x) = v.get(*name) else { continue };
        match ty {
            Obj(s) | OptObj(s) => collect_text(s, x, out),
            Objs(s) => {
                for e in x.as_array().into_iter().flatten() {
                    collect_text(s, e, out);
                }
            }
            Answer => {
                if let Some(o) = x.get("options") {
                    push_text(o, out);
                }
            }
            _ => push_text(x, out),
        }
        out.push('\u{1f}');
    }
}

fn push_text(v: &Value, out: &mut String) {
    match v {
        Value::String(s) => out.push_str(s),
        Value::Array(a) => {
            for x in a {
                push_text(x, out);
                out.push('\u{1e}');
            }
        }
        _ => {}
    }
}

/// The text of an entry as a translation file holds it: its key, the
/// fingerprint of the English (`source`) when `top`, and every
/// translatable field, in English, for a translator to replace.
pub fn text_only(schema: &Schema, en: &Value, top: bool) -> Value {
    let mut t = toml::Table::new();
    match schema.key {
        Key::Field(f) => {
            if let Some(k) = en.get(f) {
                t.insert(f.into(), k.clone());
            }
        }
        Key::Relation => {
            for f in ["from", "kind", "to"] {
                if let Some(k) = en.get(f) {
                    t.insert(f.into(), k.clone());
                }
            }
        }
        Key::Index => {}
    }
    if top {
        t.insert("source".into(), Value::String(fingerprint(schema, en)));
    }
    for F(name, ty, tr) in schema.fields {
        let (true, Some(x)) = (*tr, en.get(*name)) else {
            continue;
        };
        let v = match ty {
            Obj(s) | OptObj(s) => text_only(s, x, false),
            Objs(s) => Value::Array(
                x.as_array()
                    .into_iter()
                    .flatten()
                    .map(|e| text_only(s, e, false))
                    .collect(),
            ),
            Answer => match x.get("options") {
                Some(o) => {
                    let mut a = toml::Table::new();
                    a.insert("options".into(), o.clone());
                    Value::Table(a)
                }
                None => continue,
            },
            _ => x.clone(),
        };
        t.insert((*name).into(), v);
    }
    Value::Table(t)
}

/// A whole translation file in English: the starting point for a new
/// language, or the entries a language still lacks.
pub fn template(
    root: &Path,
    file: &str,
    only: Option<&dyn Fn(&str) -> bool>,
) -> Result<String, String> {
    let en = read_toml(&content_dir(root, "en").join(format!("{file}.toml")))?;
    let mut out = toml::Table::new();
    for t in TABLES
        .iter()
        .filter(|t| t.file == file && t.schema.fields.iter().any(|f| f.2))
    {
        match t.key {
            Some(k) => {
                let items: Vec<Value> = en
                    .get(k)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .filter(|(i, v)| only.is_none_or(|f| f(&entry_label(t.schema, v, *i))))
                    .map(|(_, v)| text_only(t.schema, v, true))
                    .collect();
                if !items.is_empty() {
                    out.insert(k.into(), Value::Array(items));
                }
            }
            None => {
                if let Value::Table(x) = text_only(t.schema, &Value::Table(en.clone()), true) {
                    out.extend(x);
                }
            }
        }
    }
    toml::to_string_pretty(&out).map_err(|e| e.to_string())
}

pub fn content_dir(root: &Path, lang: &str) -> PathBuf {
    root.join("content").join(lang)
}

pub fn read_toml(path: &Path) -> Result<toml::Table, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.parse::<toml::Table>()
        .map_err(|e| format!("{}: not valid TOML: {e}", path.display()))
}

/// What a translation lacks or carries that it should not, per file.
#[derive(Default, Debug)]
pub struct Report {
    pub errors: Vec<String>,
    /// Entries whose English changed since they were translated.
    pub stale: Vec<String>,
    /// Entries with no translation at all.
    pub missing: Vec<String>,
}

/// Compiles one language into Rust source, one file per content file.
/// English is complete by definition; another language must translate
/// every entry (missing entries are errors here).
pub fn compile(root: &Path, lang: &str) -> Result<(BTreeMap<String, String>, Report), Report> {
    let enums = read_enums(root).map_err(|e| Report {
        errors: vec![e],
        ..Default::default()
    })?;
    let mut report = Report::default();
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for file in files() {
        let en_path = content_dir(root, "en").join(format!("{file}.toml"));
        let en = match read_toml(&en_path) {
            Ok(t) => t,
            Err(e) => {
                report.errors.push(e);
                continue;
            }
        };
        let tr = if lang == "en" {
            None
        } else {
            let p = content_dir(root, lang).join(format!("{file}.toml"));
            match read_toml(&p) {
                Ok(t) => Some((p, t)),
                Err(e) => {
                    report.errors.push(e);
                    continue;
                }
            }
        };
        let mut rust = String::from("use crate::content::codec::{decode::*, Reader};\n");
        let label = |p: &PathBuf| p.strip_prefix(root).unwrap_or(p).display().to_string();
        for t in TABLES.iter().filter(|t| t.file == file) {
            let mut cx = Cx {
                enums: &enums,
                file: tr
                    .as_ref()
                    .map(|(p, _)| label(p))
                    .unwrap_or_else(|| label(&en_path)),
                report: &mut report,
            };
            let en_v = match t.key {
                Some(k) => en.get(k).cloned(),
                None => Some(Value::Table(en.clone())),
            };
            let Some(en_v) = en_v else {
                cx.report.errors.push(format!(
                    "{}: no [{}] entries",
                    label(&en_path),
                    t.key.unwrap_or("")
                ));
                continue;
            };
            // A table with no text (the essays' headings) is never translated.
            let has_text = t.schema.fields.iter().any(|f| f.2);
            let tr_v = tr.as_ref().filter(|_| has_text).map(|(_, tt)| match t.key {
                Some(k) => tt.get(k).cloned().unwrap_or(Value::Array(vec![])),
                None => Value::Table(tt.clone()),
            });
            let body = match t.key {
                Some(k) => {
                    if let Some((_, tt)) = &tr {
                        for key in tt.keys() {
                            if !TABLES.iter().any(|x| {
                                x.file == file
                                    && x.key == Some(key.as_str())
                                    && x.schema.fields.iter().any(|f| f.2)
                            }) {
                                cx.err(key, "is not a kind of entry this file holds");
                            }
                        }
                    }
                    cx.list(t.schema, &en_v, tr_v.as_ref(), k, true)
                }
                None => cx.object(t.schema, &en_v, tr_v.as_ref(), t.file, true),
            };
            let (n, ty) = (t.static_name, t.schema.rust);
            let text_at = if t.apart {
                // the wasm has only the file's name and length; native code
                // (the prerender, tests) keeps the text, and writes the file
                writeln!(
                    rust,
                    "#[cfg(not(target_arch = \"wasm32\"))]\nstatic {n}_TEXT: &str = {:?};",
                    body.text
                )
                .unwrap();
                let (file, len) = (part_file(t.file, &body.text), body.text.len());
                for (cfg, text) in [
                    ("not(target_arch = \"wasm32\")", format!("{n}_TEXT")),
                    ("target_arch = \"wasm32\"", "\"\"".into()),
                ] {
                    writeln!(
                        rust,
                        "#[cfg({cfg})]\npub static {n}_PART: crate::content::parts::Part = crate::content::parts::Part::new({file:?}, {len}, {text});"
                    )
                    .unwrap();
                }
                format!("{n}_PART.text()")
            } else {
                writeln!(rust, "static {n}_TEXT: &str = {:?};", body.text).unwrap();
                format!("{n}_TEXT")
            };
            writeln!(
                rust,
                "static {n}_SHAPE: &[u8] = {};",
                bytes_lit(&body.shape)
            )
            .unwrap();
            // How many records, for code that counts them without reading
            // (decoding) the table: progress, at start-up.
            if let Some(items) = en_v.as_array() {
                writeln!(rust, "pub const {n}_LEN: usize = {};", items.len()).unwrap();
            }
            let (holder, read) = if t.key.is_some() {
                ("Table", "all")
            } else {
                ("One", "one")
            };
            let part = if t.apart {
                format!("Some(&{n}_PART)")
            } else {
                "None".into()
            };
            writeln!(
                rust,
                "pub static {n}: crate::content::codec::{holder}<{ty}> =\n    crate::content::codec::{holder}::new({part}, || Reader::new({text_at}, {n}_SHAPE).{read}(d_{ty}));"
            )
            .unwrap();
        }
        out.insert(file.to_string(), rust);
    }
    if report.errors.is_empty() {
        Ok((out, report))
    } else {
        Err(report)
    }
}

/// The name of a table's text file: its content's hash in it, so a new
/// text is a new file and what is cached never goes stale. FNV-1a, written
/// out: the name must not change with the compiler's own hasher.
fn part_file(file: &str, text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{file}-{h:016x}.txt")
}

struct Cx<'a> {
    enums: &'a Enums,
    file: String,
    report: &'a mut Report,
}

fn entry_label(schema: &Schema, v: &Value, i: usize) -> String {
    match schema.key {
        Key::Field(f) => v.get(f).and_then(Value::as_str).unwrap_or("?").to_string(),
        Key::Index => format!("#{}", i + 1),
        Key::Relation => relation_key(v),
    }
}

fn relation_key(v: &Value) -> String {
    let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("?").to_string();
    format!("{} {} {}", s("from"), s("kind"), s("to"))
}

/// A record encoded for `src/content/codec.rs`: its text, every string
/// one after another in reading order, and its shape, unsigned LEB128
/// numbers (lengths, counts, ids as positions in `ALL`, tags; signed
/// numbers zigzagged first), read back
/// by decoders generated from the same schemas (`decoders`). Plain text
/// without a table of pointers beside it is what compresses well: the
/// pointer and length of each `&'static str` in a Rust static cost the
/// wasm about a third of its data (2026-12-03).
#[derive(Default)]
pub struct Frag {
    pub text: String,
    pub shape: Vec<u8>,
}

impl Frag {
    fn u(n: u64) -> Frag {
        let mut f = Frag::default();
        f.uint(n);
        f
    }
    fn uint(&mut self, mut n: u64) {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.shape.push(b);
                return;
            }
            self.shape.push(b | 0x80);
        }
    }
    /// Zigzag, so that a small negative number stays short.
    fn int(&mut self, n: i64) {
        self.uint(((n << 1) ^ (n >> 63)) as u64);
    }
    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.text.push_str(s);
    }
    fn add(&mut self, f: Frag) {
        self.text.push_str(&f.text);
        self.shape.extend(f.shape);
    }
}

fn bytes_lit(b: &[u8]) -> String {
    let mut out = String::from("b\"");
    for &c in b {
        match c {
            0x20..=0x7e if c != b'"' && c != b'\\' => out.push(c as char),
            _ => write!(out, "\\x{c:02x}").unwrap(),
        }
    }
    out.push('"');
    out
}

/// Rust source of one decoder per schema (`fn d_Card(r: &mut Reader) ->
/// Card`), reading fields in the order `Cx::object` writes them.
pub fn decoders() -> String {
    fn walk(s: &'static Schema, seen: &mut Vec<&'static str>, out: &mut String) {
        if seen.contains(&s.rust) {
            return;
        }
        seen.push(s.rust);
        let mut body = String::new();
        for F(name, ty, _) in s.fields {
            let e = match *ty {
                Str => "r.s()".to_string(),
                OptStr => "r.opt_s()".into(),
                Strs | FreeStrs => "r.strs()".into(),
                Int(t) => format!("r.int() as {t}"),
                OptInt(t) => format!("r.opt_int().map(|n| n as {t})"),
                Enum(e) => format!("r.id({e}::ALL)"),
                Enums(e) => format!("r.ids({e}::ALL)"),
                Date => "r.date()".into(),
                Node => "r.node()".into(),
                Next => "r.next_at()".into(),
                Answer => "r.answer()".into(),
                Obj(o) => format!("d_{}(r)", o.rust),
                OptObj(o) => format!("r.opt(d_{})", o.rust),
                Objs(o) => format!("r.list(d_{})", o.rust),
            };
            writeln!(body, "        {name}: {e},").unwrap();
            if let Obj(o) | OptObj(o) | Objs(o) = *ty {
                walk(o, seen, out);
            }
        }
        writeln!(
            out,
            "pub fn d_{0}(r: &mut Reader) -> {0} {{\n    {0} {{\n{body}    }}\n}}",
            s.rust
        )
        .unwrap();
    }
    let mut out = String::new();
    let mut seen = Vec::new();
    for t in TABLES {
        walk(t.schema, &mut seen, &mut out);
    }
    out
}

impl Cx<'_> {
    fn err(&mut self, at: &str, msg: &str) {
        self.report
            .errors
            .push(format!("{}: {at}: {msg}", self.file));
    }

    /// A list of entries; `top` entries carry the staleness fingerprint.
    fn list(
        &mut self,
        schema: &Schema,
        en: &Value,
        tr: Option<&Value>,
        at: &str,
        top: bool,
    ) -> Frag {
        let Some(items) = en.as_array() else {
            self.err(at, "should be a list of entries");
            return Frag::u(0);
        };
        let tr_items: Option<Vec<&Value>> = match tr {
            None => None,
            Some(Value::Array(a)) => Some(a.iter().collect()),
            Some(_) => {
                self.err(at, "should be a list of entries");
                Some(vec![])
            }
        };
        // Match translated entries to English ones.
        let mut matched: Vec<Option<&Value>> = vec![None; items.len()];
        if let Some(tr_items) = &tr_items {
            let keys: Vec<String> = items
                .iter()
                .enumerate()
                .map(|(i, v)| entry_label(schema, v, i))
                .collect();
            match schema.key {
                Key::Index => {
                    if tr_items.len() != items.len() {
                        self.err(
                            at,
                            &format!(
                                "has {} entries, the English has {}",
                                tr_items.len(),
                                items.len()
                            ),
                        );
                    }
                    for (i, t) in tr_items.iter().enumerate().take(items.len()) {
                        matched[i] = Some(t);
                    }
                }
                _ => {
                    for (j, t) in tr_items.iter().enumerate() {
                        let k = match schema.key {
                            Key::Relation => relation_key(t),
                            _ => entry_label(schema, t, j),
                        };
                        match keys.iter().position(|x| *x == k) {
                            Some(i) if matched[i].is_none() => matched[i] = Some(t),
                            Some(_) => self.err(&format!("{at} {k}"), "is translated twice"),
                            None => self.err(
                                &format!("{at} {k}"),
                                "is not an entry of the English file (unknown id)",
                            ),
                        }
                    }
                }
            }
        }
        let mut out = Frag::u(items.len() as u64);
        for (i, v) in items.iter().enumerate() {
            let name = format!("{at} {}", entry_label(schema, v, i));
            let t = match (&tr_items, matched[i]) {
                (None, _) => None,
                (Some(_), Some(t)) => Some(t),
                (Some(_), None) => {
                    if top {
                        self.report.missing.push(format!("{}: {name}", self.file));
                    }
                    self.err(&name, "has no translation");
                    None
                }
            };
            if top {
                if let Some(t) = t {
                    let now = fingerprint(schema, v);
                    match t.get("source").and_then(Value::as_str) {
                        Some(s) if s == now => {}
                        Some(_) => self.report.stale.push(format!("{}: {name}", self.file)),
                        None => self.err(
                            &name,
                            "lacks `source`, the fingerprint of the English it translates",
                        ),
                    }
                }
            }
            let o = self.object(
                schema,
                v,
                t.or(tr_items.as_ref().map(|_| &Value::Boolean(false))),
                &name,
                top,
            );
            out.add(o);
        }
        out
    }

    /// One record. `tr` is `Some(false)` when the translation is missing
    /// (already reported): the English then fills in so the rest checks.
    fn object(
        &mut self,
        schema: &Schema,
        en: &Value,
        tr: Option<&Value>,
        at: &str,
        top: bool,
    ) -> Frag {
        let tr = match tr {
            Some(Value::Boolean(false)) => None,
            Some(Value::Table(t)) => Some(t),
            Some(_) => {
                self.err(at, "should be a table");
                None
            }
            None => None,
        };
        if let Some(t) = tr {
            for k in t.keys() {
                let known = schema.fields.iter().any(|F(n, _, tr)| n == k && *tr)
                    || (top && k == "source")
                    || matches!(schema.key, Key::Field(f) if f == k)
                    || (matches!(schema.key, Key::Relation)
                        && ["from", "kind", "to"].contains(&k.as_str()));
                if !known {
                    self.err(at, &format!("`{k}` is not a field a translation may set"));
                }
            }
        }
        let Some(en_t) = en.as_table() else {
            self.err(at, "should be a table");
            return Frag::default();
        };
        for k in en_t.keys() {
            if !schema.fields.iter().any(|F(n, ..)| n == k) {
                self.err(at, &format!("unknown field `{k}`"));
            }
        }
        let mut out = Frag::default();
        for F(name, ty, translatable) in schema.fields {
            let e = en_t.get(*name);
            let t = if *translatable {
                tr.map(|t| t.get(*name))
            } else {
                None
            };
            let at_f = format!("{at}.{name}");
            out.add(self.field(*ty, e, t, &at_f));
        }
        out
    }

    /// `t` is `None` when no translation applies, `Some(None)` when the
    /// translation lacks the field.
    fn field(&mut self, ty: Ty, en: Option<&Value>, t: Option<Option<&Value>>, at: &str) -> Frag {
        let optional = matches!(ty, OptStr | OptInt(_) | OptObj(_));
        let Some(en) = en else {
            if optional {
                if let Some(Some(_)) = t {
                    self.err(at, "is translated, but the English has none");
                }
                return Frag::u(0);
            }
            if matches!(ty, Strs | FreeStrs | Enums(_) | Objs(_)) {
                return Frag::u(0);
            }
            self.err(at, "is missing");
            return Frag::default();
        };
        let order = matches!(ty, Answer) && en.get("type").and_then(Value::as_str) == Some("order");
        if let (Some(None), false) = (t, order) {
            self.err(at, "has no translation");
        }
        let t = t.flatten();
        match ty {
            Str | OptStr => {
                let Some(s) = en.as_str() else {
                    self.err(at, "should be text");
                    return Frag::default();
                };
                let s = match t {
                    Some(Value::String(x)) if !x.trim().is_empty() => x.as_str(),
                    Some(_) => {
                        self.err(at, "should be non-empty text");
                        s
                    }
                    None => s,
                };
                let mut out = Frag::default();
                if matches!(ty, OptStr) {
                    out.uint(1);
                }
                out.str(s);
                out
            }
            Strs | FreeStrs => {
                let en_items = self.strs(en, at);
                let items = match t {
                    Some(v) => {
                        let x = self.strs(v, at);
                        if matches!(ty, Strs) && x.len() != en_items.len() {
                            self.err(
                                at,
                                &format!(
                                    "has {} items, the English has {}",
                                    x.len(),
                                    en_items.len()
                                ),
                            );
                        }
                        if x.iter().any(|s| s.trim().is_empty()) {
                            self.err(at, "has an empty item");
                        }
                        x
                    }
                    None => en_items,
                };
                let mut out = Frag::u(items.len() as u64);
                for s in &items {
                    out.str(s);
                }
                out
            }
            Int(_) | OptInt(_) => {
                let Some(n) = en.as_integer() else {
                    self.err(at, "should be a whole number");
                    return Frag::default();
                };
                // The decoder casts with `as`: a number out of the type's
                // range must fail here, not wrap.
                let (Int(t) | OptInt(t)) = ty else {
                    unreachable!()
                };
                let fits = match t {
                    "u8" => u8::try_from(n).is_ok(),
                    _ => i32::try_from(n).is_ok(),
                };
                if !fits {
                    self.err(at, &format!("{n} is out of range for {t}"));
                }
                let mut out = Frag::default();
                if matches!(ty, OptInt(_)) {
                    out.uint(1);
                }
                out.int(n);
                out
            }
            Enum(e) => Frag::u(self.variant(e, en, at)),
            Enums(e) => {
                let Some(a) = en.as_array() else {
                    self.err(at, "should be a list of ids");
                    return Frag::u(0);
                };
                let mut out = Frag::u(a.len() as u64);
                for x in a {
                    out.uint(self.variant(e, x, at));
                }
                out
            }
            Date => {
                let s = en.as_str().unwrap_or("");
                let parts: Vec<&str> = s.split('-').collect();
                let num = |p: Option<&&str>| p.and_then(|x| x.parse::<u32>().ok());
                match (num(parts.first()), parts.len()) {
                    (Some(y), 1..=3) => {
                        let m = num(parts.get(1));
                        let d = num(parts.get(2));
                        if (parts.len() > 1 && m.is_none()) || (parts.len() > 2 && d.is_none()) {
                            self.err(at, "should be a date: YYYY, YYYY-MM or YYYY-MM-DD");
                        }
                        if m.is_some_and(|m| !(1..=12).contains(&m))
                            || d.is_some_and(|d| !(1..=31).contains(&d))
                            || y > 9999
                        {
                            self.err(at, "has a month or day that does not exist");
                        }
                        // 0 stands for "none": months and days count from 1.
                        let mut out = Frag::default();
                        out.int(y as i64);
                        out.uint(m.unwrap_or(0) as u64);
                        out.uint(d.unwrap_or(0) as u64);
                        out
                    }
                    _ => {
                        self.err(at, "should be a date: YYYY, YYYY-MM or YYYY-MM-DD");
                        Frag::default()
                    }
                }
            }
            Node => {
                let s = en.as_str().unwrap_or("");
                let (tag, e) = match s.split_once(':') {
                    Some(("a", id)) => (0, ("ActorId", id)),
                    Some(("i", id)) => (1, ("InstrumentId", id)),
                    _ => {
                        self.err(at, &format!("`{s}` should be a:<actor> or i:<instrument>"));
                        return Frag::default();
                    }
                };
                let mut out = Frag::u(tag);
                out.uint(self.variant(e.0, &Value::String(e.1.into()), at));
                out
            }
            Next => {
                let s = en.as_str().unwrap_or("");
                let (tag, k) = match s.split_once(':') {
                    Some(("step", k)) => (0, k),
                    Some(("end", k)) => (1, k),
                    _ => {
                        self.err(at, &format!("`{s}` should be step:<key> or end:<key>"));
                        return Frag::default();
                    }
                };
                let mut out = Frag::u(tag);
                out.str(k);
                out
            }
            Answer => {
                let kind = en.get("type").and_then(Value::as_str).unwrap_or("");
                match kind {
                    "choice" => {
                        let opts = self.field(
                            Strs,
                            en.get("options"),
                            t.map(|t| t.get("options")),
                            &format!("{at}.options"),
                        );
                        if let Some(tt) = t.and_then(Value::as_table) {
                            for k in tt.keys().filter(|k| *k != "options") {
                                self.err(
                                    at,
                                    &format!("`{k}` is not a field a translation may set"),
                                );
                            }
                        }
                        let correct = en.get("correct").and_then(Value::as_integer);
                        let Some(correct) = correct.and_then(|c| u8::try_from(c).ok()) else {
                            self.err(at, "correct should be the position of the right option");
                            return Frag::default();
                        };
                        let mut out = Frag::u(0);
                        out.add(opts);
                        out.uint(correct as u64);
                        out
                    }
                    "order" => {
                        if t.is_some_and(|t| t.as_table().is_some_and(|x| !x.is_empty())) {
                            self.err(at, "an ordering answer has no text to translate");
                        }
                        let ev = self.field(
                            Enums("EventId"),
                            en.get("events"),
                            None,
                            &format!("{at}.events"),
                        );
                        let mut out = Frag::u(1);
                        out.add(ev);
                        out
                    }
                    _ => {
                        self.err(at, "type should be `choice` or `order`");
                        Frag::default()
                    }
                }
            }
            Obj(s) | OptObj(s) => {
                let mut out = Frag::default();
                if matches!(ty, OptObj(_)) {
                    out.uint(1);
                }
                out.add(self.object(s, en, t, at, false));
                out
            }
            Objs(s) => self.list(s, en, t, at, false),
        }
    }

    fn strs(&mut self, v: &Value, at: &str) -> Vec<String> {
        match v.as_array() {
            Some(a) => a
                .iter()
                .map(|x| match x.as_str() {
                    Some(s) => s.to_string(),
                    None => {
                        self.err(at, "should be a list of text");
                        String::new()
                    }
                })
                .collect(),
            None => {
                self.err(at, "should be a list of text");
                vec![]
            }
        }
    }

    /// The id's position in its enum's `ALL`.
    fn variant(&mut self, e: &str, v: &Value, at: &str) -> u64 {
        let slug = v.as_str().unwrap_or("");
        match self.enums.get(e).and_then(|m| m.get(slug)) {
            Some((i, _)) => *i as u64,
            None => {
                self.err(at, &format!("`{slug}` is not a known {e}"));
                0
            }
        }
    }
}

/// English plus the languages `content/languages.toml` ships.
pub fn shipped(root: &Path) -> Result<Vec<String>, String> {
    let t = read_toml(&root.join("content/languages.toml"))?;
    let mut out = vec!["en".to_string()];
    for v in t
        .get("shipped")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let code = v.as_str().unwrap_or("");
        if !LANGUAGES.iter().any(|l| l.0 == code) {
            return Err(format!(
                "content/languages.toml: `{code}` is not one of the six UN languages"
            ));
        }
        if code != "en" {
            out.push(code.to_string());
        }
    }
    Ok(out)
}
