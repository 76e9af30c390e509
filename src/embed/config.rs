//! Embed attributes (`data-lang`, `data-theme`, …) parsed into an [`EmbedConfig`].
//!
//! A bad value never stops the widget: it becomes one [`AttrWarning`] naming the attribute and the
//! allowed values, and the default is used. Pure, so it is tested natively.

use crate::model::records::Lang;
use std::fmt;

pub use crate::query::section::Section;
pub use crate::view::app::theme::Theme;

/// Everything an embedding page can set: the view's own [`Settings`], filled from attributes.
pub type EmbedConfig = crate::view::app::settings::Settings;

/// One rejected attribute value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrWarning {
    pub attribute: &'static str,
    pub value: String,
    pub allowed: String,
    pub fallback: String,
}

impl fmt::Display for AttrWarning {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            out,
            "xhs-explainer: {}=\"{}\" is not allowed; use one of {}. Using the default \"{}\".",
            self.attribute, self.value, self.allowed, self.fallback
        )
    }
}

/// The attributes read from the host element (or script tag), in the order they are checked.
/// `<xhs-explainer>` takes the same without `data-`.
pub const ATTRIBUTES: [&str; 6] = [
    "data-lang",
    "data-theme",
    "data-section",
    "data-hash-key",
    "data-filter",
    "data-search",
];

/// The language a BCP 47 tag asks for: its primary subtag `en` or `zh` (any region or script:
/// `en-GB`, `zh`, `zh-CN`, `zh-Hans`), in any case; `None` for every other language.
pub fn lang_of_tag(tag: &str) -> Option<Lang> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    if primary.eq_ignore_ascii_case("en") {
        Some(Lang::En)
    } else if primary.eq_ignore_ascii_case("zh") {
        Some(Lang::Zh)
    } else {
        None
    }
}

/// Builds a config from attribute lookups; `get(name)` returns the attribute's value if present.
pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (EmbedConfig, Vec<AttrWarning>) {
    let mut config = EmbedConfig::default();
    let mut warnings = Vec::new();
    if let Some(v) = get("data-lang") {
        match lang_of_tag(&v) {
            Some(lang) => config.lang = lang,
            None => warnings.push(AttrWarning {
                attribute: "data-lang",
                value: v,
                allowed: "en, zh-Hans, or any BCP 47 tag of English or Chinese (en-GB, zh, zh-CN)"
                    .into(),
                fallback: config.lang.tag().into(),
            }),
        }
    }
    if let Some(v) = get("data-theme") {
        pick(
            &mut config.theme,
            "data-theme",
            &v,
            &Theme::ALL,
            &mut warnings,
        );
    }
    if let Some(v) = get("data-section") {
        pick(
            &mut config.section,
            "data-section",
            &v,
            &Section::ALL,
            &mut warnings,
        );
    }
    if let Some(v) = get("data-hash-key") {
        let ok = (1..=16).contains(&v.len())
            && v.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            config.hash_key = v;
        } else {
            warnings.push(AttrWarning {
                attribute: "data-hash-key",
                value: v,
                allowed: "1 to 16 characters of a-z, 0-9 and -".into(),
                fallback: String::new(),
            });
        }
    }
    // Checked when the instance reads them (`query::links::hash::decode`), with one warning per bad part.
    if let Some(v) = get("data-filter") {
        config.filter = v;
    }
    if let Some(v) = get("data-search") {
        config.search = v;
    }
    (config, warnings)
}

/// The attribute value that stands for `config`'s setting, as [`from_attributes`] reads it back.
pub fn attribute_value(config: &EmbedConfig, attribute: &str) -> String {
    match attribute {
        "data-lang" => config.lang.tag().into(),
        "data-theme" => config.theme.name().into(),
        "data-section" => config.section.name().into(),
        "data-hash-key" => config.hash_key.clone(),
        "data-filter" => config.filter.clone(),
        "data-search" => config.search.clone(),
        _ => String::new(),
    }
}

fn pick<T: Copy + PartialEq>(
    slot: &mut T,
    attribute: &'static str,
    value: &str,
    table: &[(&str, T)],
    warnings: &mut Vec<AttrWarning>,
) {
    let trimmed = value.trim();
    match table.iter().find(|(n, _)| n.eq_ignore_ascii_case(trimmed)) {
        Some((_, v)) => *slot = *v,
        None => {
            let fallback = table
                .iter()
                .find(|(_, v)| *v == *slot)
                .map_or("", |(n, _)| n)
                .to_string();
            warnings.push(AttrWarning {
                attribute,
                value: value.to_string(),
                allowed: table.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
                fallback,
            });
        }
    }
}
