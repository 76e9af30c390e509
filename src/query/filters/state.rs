//! The one filter state shared by all sections of an instance, and how it matches items.
//!
//! Semantics: OR within a facet, AND across facets, AND with the date range and the search text.
//! A facet that an item's kind does not carry never hides it (see
//! [`Facet::carried_by`](crate::query::filters::facet::Facet::carried_by)). The state only changes through
//! [`Query::reduce`](crate::query::filters::state::Query::reduce) (in `action.rs`), which keeps its
//! invariants: selections sorted, `from` not after `to`, and the parsed needle in step with the
//! text.

use crate::model::records::{Dataset, Date, VocabIx};

use crate::query::filters::facet::Facet;
use crate::query::filters::item::{Item, Kind};
use crate::query::filters::search::{Needle, SearchIndex};
use crate::query::filters::selection::Selection;
use crate::query::filters::span::{range_span, DaySpan};
use crate::query::filters::visible::Visible;

/// The filter state. Build it with `Query::default()` and [`Query::reduce`] (or
/// [`Query::from_actions`]); read it with the accessors.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Query {
    /// Indexed by [`Facet::index`].
    pub(super) selections: [Selection; 5],
    pub(super) from: Option<Date>,
    pub(super) to: Option<Date>,
    /// Exactly what the reader typed, so the search box can echo it.
    pub(super) text: String,
    /// `text` parsed once when it is set, so matching does not fold per item.
    pub(super) needle: Needle,
}

impl Query {
    pub fn selection(&self, facet: Facet) -> &Selection {
        &self.selections[facet.index()]
    }

    pub fn is_selected(&self, facet: Facet, ix: VocabIx) -> bool {
        self.selection(facet).contains(ix)
    }

    /// The first day of the range, inclusive; `None` is open.
    pub fn from(&self) -> Option<Date> {
        self.from
    }

    /// The last day of the range, inclusive; `None` is open.
    pub fn to(&self) -> Option<Date> {
        self.to
    }

    /// The search text as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn needle(&self) -> &Needle {
        &self.needle
    }

    /// The days the range covers (`i32::MIN`/`i32::MAX` where open).
    pub fn range(&self) -> DaySpan {
        range_span(self.from, self.to)
    }

    /// True when the query hides nothing: no selection, no date bound, and no search term. The
    /// text may still hold whitespace; see [`Query::is_default`].
    pub fn is_empty(&self) -> bool {
        self.selections.iter().all(Selection::is_empty)
            && self.from.is_none()
            && self.to.is_none()
            && self.needle.is_empty()
    }

    /// True when the query equals `Query::default()` (so it serialises to "").
    pub fn is_default(&self) -> bool {
        *self == Query::default()
    }

    /// How many facet terms are selected, over all facets (for a "3 filters" badge).
    pub fn selected_count(&self) -> usize {
        self.selections.iter().map(Selection::len).sum()
    }

    /// Whether `item` passes `facet`'s selection (OR within the facet).
    pub fn admits(&self, facet: Facet, item: Item) -> bool {
        facet.admits(item, self.selection(facet))
    }

    /// Whether `item` overlaps the date range.
    pub fn admits_dates(&self, item: Item) -> bool {
        self.range().overlaps(item.span())
    }

    /// Whether item `ix` of `kind` contains every search term.
    pub fn admits_text(&self, kind: Kind, ix: usize, index: &SearchIndex) -> bool {
        self.needle.is_empty() || self.needle.matches(index.haystack(kind, ix))
    }

    /// Whether item `ix` of `kind` passes the whole query.
    pub fn matches(&self, kind: Kind, ix: usize, data: &Dataset, index: &SearchIndex) -> bool {
        let item = kind.item(data, ix);
        Facet::ALL.into_iter().all(|f| self.admits(f, item))
            && self.admits_dates(item)
            && self.admits_text(kind, ix, index)
    }

    pub fn matches_event(&self, ix: usize, data: &Dataset, index: &SearchIndex) -> bool {
        self.matches(Kind::Event, ix, data, index)
    }

    pub fn matches_figure(&self, ix: usize, data: &Dataset, index: &SearchIndex) -> bool {
        self.matches(Kind::Figure, ix, data, index)
    }

    pub fn matches_voice(&self, ix: usize, data: &Dataset, index: &SearchIndex) -> bool {
        self.matches(Kind::Voice, ix, data, index)
    }

    /// Whether platform `ix` contains every search term. Platforms are reference cards: facets
    /// and dates do not hide them, only search does.
    pub fn matches_platform(&self, ix: usize, index: &SearchIndex) -> bool {
        self.needle.is_empty() || self.needle.matches(index.platform_haystack(ix))
    }

    /// The indices of the items of `kind` that pass, ascending.
    pub fn apply(&self, kind: Kind, data: &Dataset, index: &SearchIndex) -> Vec<usize> {
        (0..kind.len(data))
            .filter(|&ix| self.matches(kind, ix, data, index))
            .collect()
    }

    /// The visible events, figures and voices, as index subsets of the dataset's slices.
    pub fn visible(&self, data: &Dataset, index: &SearchIndex) -> Visible {
        Visible {
            events: self.apply(Kind::Event, data, index),
            figures: self.apply(Kind::Figure, data, index),
            voices: self.apply(Kind::Voice, data, index),
        }
    }

    /// The platforms whose card matches the search text, ascending.
    pub fn visible_platforms(&self, data: &Dataset, index: &SearchIndex) -> Vec<usize> {
        (0..data.platforms.len())
            .filter(|&ix| self.matches_platform(ix, index))
            .collect()
    }
}
