//! Embed attributes → config: good values apply, each bad one is one warning plus the default.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use xhs_explainer::embed::config::{
    attribute_value, from_attributes, lang_of_tag, EmbedConfig, Section, Theme, ATTRIBUTES,
};
use xhs_explainer::model::records::Lang;

fn parse(attrs: &[(&str, &str)]) -> (EmbedConfig, Vec<String>) {
    let map: HashMap<&str, &str> = attrs.iter().copied().collect();
    let (config, warnings) = from_attributes(|name| map.get(name).map(|v| v.to_string()));
    (config, warnings.iter().map(ToString::to_string).collect())
}

#[test]
fn no_attributes_give_the_defaults() {
    assert_eq!(parse(&[]), (EmbedConfig::default(), vec![]));
}

/// (attributes, expected lang, theme, section, hash key)
type Case = (
    &'static [(&'static str, &'static str)],
    Lang,
    Theme,
    Section,
    &'static str,
);

#[test]
fn good_values_apply() {
    let cases: &[Case] = &[
        (
            &[("data-lang", "zh-Hans")],
            Lang::Zh,
            Theme::Auto,
            Section::Overview,
            "",
        ),
        (
            &[("data-theme", "dark")],
            Lang::En,
            Theme::Dark,
            Section::Overview,
            "",
        ),
        (
            &[("data-theme", " Light ")],
            Lang::En,
            Theme::Light,
            Section::Overview,
            "",
        ),
        (
            &[("data-section", "voices")],
            Lang::En,
            Theme::Auto,
            Section::Voices,
            "",
        ),
        (
            &[("data-hash-key", "xhs-2")],
            Lang::En,
            Theme::Auto,
            Section::Overview,
            "xhs-2",
        ),
    ];
    for (attrs, lang, theme, section, key) in cases {
        let (c, w) = parse(attrs);
        assert_eq!(w, Vec::<String>::new(), "{attrs:?}");
        assert_eq!(
            (c.lang, c.theme, c.section, c.hash_key.as_str()),
            (*lang, *theme, *section, *key)
        );
    }
}

#[test]
fn each_bad_value_is_one_warning_naming_attribute_and_allowed_values() {
    let (c, w) = parse(&[
        ("data-lang", "fr"),
        ("data-theme", "blue"),
        ("data-section", "intro"),
        ("data-hash-key", "Has Spaces"),
    ]);
    assert_eq!(c, EmbedConfig::default());
    assert_eq!(
        w,
        vec![
            r#"xhs-explainer: data-lang="fr" is not allowed; use one of en, zh-Hans, or any BCP 47 tag of English or Chinese (en-GB, zh, zh-CN). Using the default "en"."#,
            r#"xhs-explainer: data-theme="blue" is not allowed; use one of auto, light, dark. Using the default "auto"."#,
            r#"xhs-explainer: data-section="intro" is not allowed; use one of overview, timeline, numbers, platforms, voices, clock, sources. Using the default "overview"."#,
            r#"xhs-explainer: data-hash-key="Has Spaces" is not allowed; use one of 1 to 16 characters of a-z, 0-9 and -. Using the default ""."#,
        ]
    );
}

#[test]
fn a_bad_value_does_not_spoil_the_good_ones() {
    let (c, w) = parse(&[("data-lang", "zh-Hans"), ("data-theme", "neon")]);
    assert_eq!((c.lang, c.theme), (Lang::Zh, Theme::Auto));
    assert_eq!(w.len(), 1);
}

#[test]
fn any_bcp47_tag_of_english_or_chinese_picks_that_language() {
    let cases = [
        ("en", Some(Lang::En)),
        ("en-GB", Some(Lang::En)),
        ("EN-us", Some(Lang::En)),
        ("zh", Some(Lang::Zh)),
        ("zh-CN", Some(Lang::Zh)),
        ("zh-Hans", Some(Lang::Zh)),
        ("zh_Hans_CN", Some(Lang::Zh)),
        (" zh-SG ", Some(Lang::Zh)),
        ("fr", None),
        ("english", None),
        ("", None),
        ("zhx", None),
    ];
    for (tag, lang) in cases {
        assert_eq!(lang_of_tag(tag), lang, "{tag:?}");
    }
}

#[test]
fn filter_and_search_are_carried_as_written() {
    let (c, w) = parse(&[
        ("data-filter", "t=surge;p=lemon8"),
        ("data-search", "refugee"),
    ]);
    assert_eq!(
        (c.filter.as_str(), c.search.as_str()),
        ("t=surge;p=lemon8", "refugee")
    );
    assert!(w.is_empty());
}

#[test]
fn a_config_reads_back_from_its_attribute_values() {
    let (config, _) = parse(&[
        ("data-lang", "zh-CN"),
        ("data-theme", "dark"),
        ("data-section", "numbers"),
        ("data-hash-key", "a-1"),
        ("data-filter", "t=surge"),
        ("data-search", "小红书"),
    ]);
    let (again, warnings) = from_attributes(|name| Some(attribute_value(&config, name)));
    assert_eq!(again, config);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        ATTRIBUTES.map(|a| attribute_value(&config, a)),
        ["zh-Hans", "dark", "numbers", "a-1", "t=surge", "小红书",]
    );
}
