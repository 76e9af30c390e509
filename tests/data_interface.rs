//! `data/interface.toml`, the interface's words: the build's check names table, key and field; the
//! real file passes; every entry is used by the view file its table names.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/tree.rs"]
mod tree;

use xhs_explainer::model::interface::{check, generate};

const REAL: &str = include_str!("../data/interface.toml");

fn problems(text: &str) -> Vec<String> {
    match check(text) {
        Ok(_) => vec![],
        Err(p) => p.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn malformed_entries_name_file_item_and_field() {
    let cases = [
        (
            "[clock]\nheading.en = \"Heading\"\n",
            "data/interface.toml: clock.heading: field `zh-Hans`: is missing",
        ),
        (
            "[clock]\nheading.en = \" \"\nheading.zh-Hans = \"标题\"\n",
            "data/interface.toml: clock.heading: field `en`: is empty",
        ),
        (
            "[clock]\nheading.en = \"<b>Heading</b>\"\nheading.zh-Hans = \"标题\"\n",
            "data/interface.toml: clock.heading: field `en`: contains raw markup \"<b>\"",
        ),
        (
            "[clock]\nHeading.en = \"Heading\"\nHeading.zh-Hans = \"标题\"\n",
            "data/interface.toml: clock.Heading: field `-`: keys are snake_case (they become constant names)",
        ),
        (
            "[Clock]\nheading.en = \"Heading\"\nheading.zh-Hans = \"标题\"\n",
            "data/interface.toml: [Clock]: field `-`: table names are a view file's name in snake_case",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(problems(text), vec![expected.to_string()], "for {text:?}");
    }
}

#[test]
fn an_unknown_language_or_broken_toml_fails_with_its_line() {
    let unknown = problems("[clock]\nheading.en = \"Heading\"\nheading.zh = \"标题\"\n");
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert!(
        unknown[0].starts_with("data/interface.toml: -: field `-`: TOML parse error at line 3"),
        "{unknown:?}"
    );
    assert!(unknown[0].contains("unknown field `zh`"), "{unknown:?}");
}

#[test]
fn the_real_file_passes_and_generates_one_constant_per_entry() {
    let words = check(REAL).unwrap_or_else(|p| panic!("{p:?}"));
    let entries: usize = words.values().map(|t| t.len()).sum();
    assert!(
        entries > 100,
        "expected the real file, got {entries} entries"
    );
    let code = generate(&words);
    assert_eq!(code.matches("pub const ").count(), entries);
    assert!(code.contains(
        "pub const MEANING_HEADING: Text = Text { en: \"What the phrase means\", zh: \"这个说法是什么意思\" };"
    ));
}

/// A table names a view file; each of its entries is used in that file or in one of its family
/// (`clock_strip.rs` for `[clock]`, anywhere under `src/view/` or `src/query/`), or for `[labels]` anywhere
/// in the view, so a string cannot outlive the code that showed it.
#[test]
fn every_entry_is_used_where_its_table_says() {
    let view: Vec<(String, String)> = tree::files_under(&["view", "query"])
        .into_iter()
        .filter(|p| p.file_stem().is_some_and(|s| s != "strings"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            (stem, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    let mut unused = Vec::new();
    for (table, entries) in check(REAL).unwrap() {
        let family: Vec<&str> = view
            .iter()
            .filter(|(stem, _)| match table.as_str() {
                "labels" => stem != "labels",
                _ => *stem == table || stem.starts_with(&format!("{table}_")),
            })
            .map(|(_, code)| code.as_str())
            .collect();
        if family.is_empty() {
            unused.push(format!("[{table}]: no {table}.rs under src/view/"));
            continue;
        }
        for key in entries.keys() {
            let name = key.to_ascii_uppercase();
            let uses = |code: &str| {
                code.match_indices(name.as_str())
                    .filter(|(i, _)| is_word(code, *i, name.len()))
                    .count()
            };
            // A family file names the constant once in its import; `labels::NAME` needs none.
            let imported = usize::from(table != "labels");
            if !family.iter().any(|code| uses(code) > imported) {
                unused.push(format!("{table}.{key}"));
            }
        }
    }
    assert!(
        unused.is_empty(),
        "unused interface words:\n{}",
        unused.join("\n")
    );
}

fn is_word(code: &str, at: usize, len: usize) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    !code[..at].ends_with(ident) && !code[at + len..].starts_with(ident)
}
