//! The one filter state that every section shares, and everything that reads or changes it.
//!
//! Open [`state`] first (the state, and how it matches an item), then [`action`] (every change,
//! through the pure reducer). [`counts`] and [`search`] are what a keystroke or a chip costs;
//! [`facet`] and [`selection`] are the vocabularies a chip picks from; [`span`] is how a date
//! meets the date range.

/// Reducer actions: every way the filter state can change, and the pure reducer.
pub mod action;
/// What the reader has filtered by, for the empty state and the date inputs.
pub mod active_filters;
/// Facet counts for disjunctive faceting, and "12 of 48" result counts.
pub mod counts;
/// The five facets, their vocabularies, and the terms an item carries for each.
pub mod facet;
/// The kinds of filtered item (event, figure, voice) behind one borrowed handle.
pub mod item;
/// Search normalisation: case, width, diacritics, quotes and whitespace folded away.
pub mod normalize;
/// Substring search over folded haystacks built once per dataset.
pub mod search;
/// A sorted set of selected vocabulary indices for one facet.
pub mod selection;
/// Small sorted sets by insertion, instead of std's sorts (their wasm cost).
pub mod sorted_set;
/// Inclusive day spans: how dates, month-precision dates and multi-day events meet a range.
pub mod span;
/// The filter state shared by all sections, and how it matches items.
pub mod state;
/// The index subsets that a query leaves visible.
pub mod visible;
