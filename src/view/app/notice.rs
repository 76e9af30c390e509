//! What an instance tells its host as the reader uses it: ready, a new filter state, a new
//! section, a new language. The view only emits them; the embed layer turns them into DOM events.

use crate::model::records::Lang;
use crate::query::filters::counts::ResultCounts;
use crate::query::section::Section;

/// One change worth telling the host about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The first render is in the DOM.
    Ready,
    /// The filters changed: their compact form (as in the URL hash) and the counts shown.
    FilterChange {
        state: String,
        counts: ResultCounts,
    },
    SectionChange(Section),
    LangChange(Lang),
}
