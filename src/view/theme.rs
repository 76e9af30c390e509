//! The colour theme a reader or host picks: light, dark, or following the system.

use crate::query::section::name_of;

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
