//! Reducer actions: every way the filter state can change, and the pure reducer that applies them.
//!
//! The Yew view wraps [`Query::reduce`](crate::query::filters::state::Query::reduce) in a `Reducible`;
//! nothing else mutates a [`Query`](crate::query::filters::state::Query).

use crate::model::records::{Date, VocabIx};

use crate::query::filters::facet::Facet;
use crate::query::filters::search::Needle;
use crate::query::filters::selection::Selection;
use crate::query::filters::span::range_span;
use crate::query::filters::state::Query;

/// A change to the filter state.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Action {
    /// Select term `ix` of the facet, or deselect it if selected. Indices beyond the vocabulary
    /// are kept (they select nothing, so they hide every item carrying the facet).
    Toggle(Facet, VocabIx),
    /// Deselect every term of the facet.
    ClearFacet(Facet),
    /// Set the first day of the range (`None`: open). If it falls after `to`, `to` is moved to
    /// it: the bound the reader just set wins, and the other follows.
    SetFrom(Option<Date>),
    /// Set the last day of the range (`None`: open). If it falls before `from`, `from` is moved
    /// to it.
    SetTo(Option<Date>),
    /// Set both bounds at once (presets, links). If reversed, they are swapped, since neither
    /// was set after the other.
    SetRange(Option<Date>, Option<Date>),
    /// Set the search text, kept as typed; its folded terms are parsed once here.
    SetText(String),
    /// Back to the default query, which hides nothing.
    Reset,
}

impl Query {
    /// Applies `action` and returns the new state. Pure: the same state and action always give
    /// the same result.
    pub fn reduce(mut self, action: Action) -> Query {
        match action {
            Action::Toggle(facet, ix) => self.selections[facet.index()].toggle(ix),
            Action::ClearFacet(facet) => self.selections[facet.index()] = Selection::new(),
            Action::SetFrom(from) => {
                self.from = from;
                if is_reversed(self.from, self.to) {
                    self.to = self.from;
                }
            }
            Action::SetTo(to) => {
                self.to = to;
                if is_reversed(self.from, self.to) {
                    self.from = self.to;
                }
            }
            Action::SetRange(from, to) => {
                let (from, to) = if is_reversed(from, to) {
                    (to, from)
                } else {
                    (from, to)
                };
                self.from = from;
                self.to = to;
            }
            Action::SetText(text) => {
                self.needle = Needle::parse(&text);
                self.text = text;
            }
            Action::Reset => self = Query::default(),
        }
        self
    }

    /// The default query with `actions` applied in order.
    pub fn from_actions<I: IntoIterator<Item = Action>>(actions: I) -> Query {
        actions.into_iter().fold(Query::default(), Query::reduce)
    }
}

/// Whether the range from `from` to `to` is empty (both set, and `from` starts after `to` ends).
fn is_reversed(from: Option<Date>, to: Option<Date>) -> bool {
    let span = range_span(from, to);
    span.first > span.last
}
