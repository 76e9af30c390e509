//! The generated dataset's text layout: every bilingual text is a slice of one English and one
//! Chinese string, and the slices give back the texts.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::data::dataset;
use xhs_explainer::model::codegen::generate;
use xhs_explainer::model::records::slice;
use xhs_explainer::model::validate::{read_dir, validate};

#[test]
fn slice_cuts_on_character_boundaries() {
    const BLOB: &str = "TikTok小红书";
    assert_eq!(slice(BLOB, 0, 6), "TikTok");
    assert_eq!(slice(BLOB, 6, 15), "小红书");
    assert_eq!(slice(BLOB, 6, 6), "");
    let off_boundary = std::panic::catch_unwind(|| slice(BLOB, 7, 9));
    assert!(off_boundary.is_err(), "a cut inside 小 must fail");
}

#[test]
fn texts_are_grouped_by_language_and_read_back_whole() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let files = read_dir(&dir);
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let code = generate(&validate(&borrowed).expect("the real data is valid"));
    let blob = |name: &str| -> String {
        let line = code
            .lines()
            .find(|l| l.starts_with(&format!("const {name}: &str = ")))
            .unwrap_or_else(|| panic!("no const {name}"));
        line.trim_start_matches(&format!("const {name}: &str = "))
            .trim_end_matches(';')
            .to_string()
    };
    let (en, zh) = (blob("EN"), blob("ZH"));
    // The blobs are one language each: English names a Chinese term now and then (小红书), but
    // under 1% of its characters are CJK; the Chinese blob is mostly CJK.
    let cjk = |s: &str| {
        s.chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count()
    };
    assert!(
        cjk(&en) * 100 < en.chars().count(),
        "the English blob is English"
    );
    assert!(
        cjk(&zh) > zh.chars().count() / 3,
        "the Chinese blob is mostly Chinese"
    );
    assert!(!code.contains("Text { en:"), "a text written inline");
    // The compiled dataset reads whole texts back through the slices.
    for event in dataset().events {
        assert!(en.contains(&escaped(event.title.en)), "{}", event.id);
        assert!(zh.contains(&escaped(event.summary.zh)), "{}", event.id);
    }
}

/// `s` as `{:?}` writes it inside a string literal.
fn escaped(s: &str) -> String {
    let literal = format!("{s:?}");
    literal[1..literal.len() - 1].to_string()
}
