//! Embed attributes (`data-lang`, `data-theme`, …) parsed into an [`EmbedConfig`].
//!
//! A bad value never stops the widget: it becomes one [`AttrWarning`] naming the attribute and the
//! allowed values, and the default is used. Pure, so it is tested natively.

use crate::model::records::Lang;
use std::fmt;

/// Light, dark, or following the reader's `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [(&'static str, Theme); 3] = [
        ("auto", Theme::Auto),
        ("light", Theme::Light),
        ("dark", Theme::Dark),
    ];

    pub fn name(self) -> &'static str {
        name_of(self, &Self::ALL)
    }
}

/// The sections of the explainer, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Section {
    #[default]
    Overview,
    Timeline,
    Numbers,
    Platforms,
    Voices,
    Clock,
    Sources,
}

impl Section {
    pub const ALL: [(&'static str, Section); 7] = [
        ("overview", Section::Overview),
        ("timeline", Section::Timeline),
        ("numbers", Section::Numbers),
        ("platforms", Section::Platforms),
        ("voices", Section::Voices),
        ("clock", Section::Clock),
        ("sources", Section::Sources),
    ];

    pub fn name(self) -> &'static str {
        name_of(self, &Self::ALL)
    }
}

fn name_of<'a, T: PartialEq + Copy>(v: T, table: &[(&'a str, T)]) -> &'a str {
    table
        .iter()
        .find(|(_, x)| *x == v)
        .map(|(n, _)| *n)
        .unwrap_or("")
}

/// Everything an embedding page can set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedConfig {
    pub lang: Lang,
    pub theme: Theme,
    /// The section shown first.
    pub section: Section,
    /// Scopes this instance's filter state in the URL hash, so two widgets on a page don't clash.
    /// Empty: the instance does not touch the URL.
    pub hash_key: String,
}

impl Default for EmbedConfig {
    fn default() -> Self {
        EmbedConfig {
            lang: Lang::En,
            theme: Theme::Auto,
            section: Section::Overview,
            hash_key: String::new(),
        }
    }
}

/// One rejected attribute value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrWarning {
    pub attribute: &'static str,
    pub value: String,
    pub allowed: String,
    pub fallback: String,
}

impl fmt::Display for AttrWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "xhs-explainer: {}={:?} is not allowed; use one of {}. Using the default {:?}.",
            self.attribute, self.value, self.allowed, self.fallback
        )
    }
}

/// The attributes read from the host element (or script tag), in the order they are checked.
pub const ATTRIBUTES: [&str; 4] = ["data-lang", "data-theme", "data-section", "data-hash-key"];

/// Builds a config from attribute lookups; `get(name)` returns the attribute's value if present.
pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (EmbedConfig, Vec<AttrWarning>) {
    let mut config = EmbedConfig::default();
    let mut warnings = Vec::new();
    if let Some(v) = get("data-lang") {
        let langs: Vec<(&str, Lang)> = Lang::ALL.iter().map(|l| (l.tag(), *l)).collect();
        pick(&mut config.lang, "data-lang", &v, &langs, &mut warnings);
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
    (config, warnings)
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
            let fallback = name_of(*slot, table).to_string();
            warnings.push(AttrWarning {
                attribute,
                value: value.to_string(),
                allowed: table.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
                fallback,
            });
        }
    }
}
