//! Embed attributes → config: good values apply, each bad one is one warning plus the default.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use xhs_explainer::embed::config::{from_attributes, EmbedConfig, Section, Theme};
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
            r#"xhs-explainer: data-lang="fr" is not allowed; use one of en, zh-Hans. Using the default "en"."#,
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
