//! The settings an instance starts from, and follows when its host changes them; the embed layer
//! parses host attributes into them.

use crate::model::records::Lang;
use crate::query::section::Section;
use crate::view::app::theme::Theme;

/// How one instance starts: language, theme, first section and URL-hash scope. The embed fills
/// it from attributes; the view reads it and owns its types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    pub theme: Theme,
    /// The section shown first.
    pub section: Section,
    /// Scopes this instance's filter state in the URL hash, so two widgets on a page don't clash.
    /// Empty: the instance does not touch the URL.
    pub hash_key: String,
    /// A starting filter in the URL hash's compact form (`t=surge;p=lemon8`, see `query::links::hash`);
    /// the instance's own part of the URL hash, when there is one, takes precedence.
    pub filter: String,
    /// A starting search text, as typed.
    pub search: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::En,
            theme: Theme::Auto,
            section: Section::Overview,
            hash_key: String::new(),
            filter: String::new(),
            search: String::new(),
        }
    }
}
