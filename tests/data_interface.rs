//! `data/interface.toml`, the interface's words: the build's check names table, key and field; the
//! real file passes; templates become typed functions that fill their placeholders in both
//! languages; every entry is used by the view file its table names.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/tree.rs"]
mod tree;

use xhs_explainer::model::interface::{check, generate};
use xhs_explainer::model::records::Lang;
use xhs_explainer::strings::{labels, source_label, Count};

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
fn malformed_templates_name_the_entry_the_language_and_the_brace() {
    let entry = |en: &str, zh: &str| format!("[clock]\nnote.en = {en:?}\nnote.zh-Hans = {zh:?}\n");
    let at = "data/interface.toml: clock.note: field";
    let cases = [
        (
            entry("At {time", "{time}"),
            format!("{at} `en`: has a `{{` that is never closed: \"{{time\""),
        ),
        (
            entry("At time}", "{time}"),
            format!("{at} `en`: has a `}}` that closes nothing at \"At time}}\""),
        ),
        (
            entry("At {Time}", "{time}"),
            format!("{at} `en`: has a placeholder {{Time}} whose name is not snake_case (placeholders are {{name}}, {{name:n}} or {{name|one|other}})"),
        ),
        (
            entry("{n|day} later", "{n}天后"),
            format!("{at} `en`: has a placeholder {{n|day}} that is not {{name}}, {{name:n}} or {{name|one|other}}"),
        ),
        (
            entry("At {time} on {day}", "{time}"),
            format!("{at} `zh-Hans`: lacks the placeholder {{day}} that `en` has"),
        ),
        (
            entry("At noon", "{time}"),
            format!("{at} `en`: lacks the placeholder {{time}} that `zh-Hans` has"),
        ),
        (
            // TOML has control characters only as escapes.
            "[clock]\nnote.en = \"At\\u0010{time}\"\nnote.zh-Hans = \"{time}\"\n".to_string(),
            format!("{at} `en`: has the control character U+0010, which generated code uses to mark a placeholder"),
        ),
        (
            entry(
                &(0..17).map(|i| format!("{{a{i}}}")).collect::<String>(),
                &(0..17).map(|i| format!("{{a{i}}}")).collect::<String>(),
            ),
            format!("{at} `en`: has 17 placeholders and plural words; a template may have 16"),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(problems(&text), vec![expected], "for {text:?}");
    }
    // A count may be absent from one language: languages count differently.
    assert_eq!(
        problems(&entry(
            "{name} and {others} {others|other|others}",
            "{name}等{all:n}个来源"
        )),
        Vec::<String>::new()
    );
}

#[test]
fn templates_fill_their_placeholders_and_choose_the_english_word_by_count() {
    for (n, want) in [
        (0, "0 sources"),
        (1, "1 source"),
        (2, "2 sources"),
        (21, "21 sources"),
    ] {
        let text = n.to_string();
        assert_eq!(labels::sources_count(Lang::En, Count::new(n, &text)), want);
        assert_eq!(
            labels::sources_count(Lang::Zh, Count::new(n, &text)),
            format!("{n}个来源")
        );
    }
    assert_eq!(
        labels::in_brackets(Lang::Zh, "3"),
        "（3）",
        "full-width and unspaced"
    );
    assert_eq!(labels::in_brackets(Lang::En, "3"), " (3)");
    // English counts the others, Chinese every source.
    let lead = |lang, n: usize| {
        let (others, all) = ((n - 1).to_string(), n.to_string());
        source_label::lead_and_others(lang, "AP", Count::new(n - 1, &others), Count::new(n, &all))
    };
    assert_eq!(lead(Lang::En, 2), "AP and 1 other");
    assert_eq!(lead(Lang::En, 4), "AP and 3 others");
    assert_eq!(lead(Lang::Zh, 4), "AP等4个来源");
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
    let templates = words
        .values()
        .flat_map(|t| t.values())
        .filter(|t| t.en.as_deref().is_some_and(|en| en.contains('{')))
        .count();
    assert!(
        templates > 40,
        "expected the real templates, got {templates}"
    );
    assert_eq!(code.matches(": Text = Text {").count(), entries - templates);
    assert_eq!(code.matches("pub fn ").count(), templates);
    assert!(code.contains("pub fn sources_count(lang: Lang, count: Count) -> String {"));
    assert!(code.contains(
        "pub const MEANING_HEADING: Text = Text { en: \"What the phrase means\", zh: \"这个说法是什么意思\" };"
    ));
}

/// A table names a view file; each of its entries is used in that file or in one of its family
/// (`clock_strip.rs` for `[clock]`, anywhere under `src/view/` or `src/query/`), or for `[labels]` anywhere
/// in the view, so a string cannot outlive the code that showed it. A constant is used by its
/// name in capitals, a template by its function's name.
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
        let family: Vec<(&str, &str)> = view
            .iter()
            .filter(|(stem, _)| match table.as_str() {
                "labels" => true,
                _ => *stem == table || stem.starts_with(&format!("{table}_")),
            })
            .map(|(stem, code)| (stem.as_str(), code.as_str()))
            .collect();
        if family.is_empty() {
            unused.push(format!("[{table}]: no {table}.rs under src/view/"));
            continue;
        }
        for (key, text) in &entries {
            let template = text.en.as_deref().is_some_and(|en| en.contains('{'));
            // A template is used where its function is named, other than by a `fn` of the
            // same name; a constant by its name in capitals, beyond the one naming in its
            // import (`labels::NAME` needs none, and labels.rs only re-exports them).
            let (name, imported) = if template {
                (key.clone(), 0)
            } else {
                (key.to_ascii_uppercase(), usize::from(table != "labels"))
            };
            let uses = |code: &str| {
                code.match_indices(name.as_str())
                    .filter(|(i, _)| is_word(code, *i, name.len()))
                    .filter(|(i, _)| !code[..*i].ends_with("fn "))
                    .count()
            };
            let used = family
                .iter()
                .filter(|(stem, _)| template || table != "labels" || *stem != "labels")
                .any(|(_, code)| uses(code) > imported);
            if !used {
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
