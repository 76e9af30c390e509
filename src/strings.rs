//! The interface's own words, compiled by build.rs from `data/interface.toml`: one module per
//! view file (and the query files of its family), one bilingual `Text` constant per entry
//! (`clock.meaning_heading` becomes `strings::clock::MEANING_HEADING`), and one typed function
//! per entry with placeholders (`sources.shown_of_total` becomes
//! `strings::sources::shown_of_total(lang, shown, total)`). Plain data, so the headless query
//! layer may use it too.

include!(concat!(env!("OUT_DIR"), "/interface.rs"));

/// A count for a template: `text` is how the reader's language writes it ("1,234"), `n` picks
/// the English word (`{n|source|sources}`); Chinese counts take a measure word and no plural.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count<'a> {
    pub n: usize,
    pub text: &'a str,
}

impl<'a> Count<'a> {
    pub const fn new(n: usize, text: &'a str) -> Self {
        Count { n, text }
    }

    /// `one` for exactly 1, `other` otherwise (0 included): "1 source", "0 sources".
    pub const fn pick(self, one: &'static str, other: &'static str) -> &'static str {
        if self.n == 1 {
            one
        } else {
            other
        }
    }
}
