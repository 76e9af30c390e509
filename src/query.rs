//! The headless query layer: filter state, reducer, search, facet counts, timeline, clock and
//! export, computed from the bundled dataset and never touching the DOM.
//!
//! Pure std Rust, compiled natively (where `tests/query_*.rs` exercise it) and for wasm32 (where
//! the Yew view wraps [`state::Query::reduce`] in a `Reducible` and derives visible lists and
//! counts with `use_memo`). Everything here takes `&Dataset` and returns index subsets or plain
//! values; nothing is cached between calls except the [`search::SearchIndex`], built once.

/// Reducer actions: every way the filter state can change, and the pure reducer.
pub mod action;
/// World-clock arithmetic for "早C晚A": Beijing and US zones with the US DST rule.
pub mod clock;
/// Facet counts for disjunctive faceting, and "12 of 48" result counts.
pub mod counts;
/// CSV and JSON export of the visible items, hand-written (no serde).
pub mod export;
/// The five facets, their vocabularies, and the terms an item carries for each.
pub mod facet;
/// The query state serialised into a URL fragment, and per-instance scoping of the fragment.
pub mod hash;
/// ISO 8601 dates (`YYYY[-MM[-DD]]`) as written in links and exports.
pub mod iso_date;
/// The kinds of filtered item (event, figure, voice) behind one borrowed handle.
pub mod item;
/// Search normalisation: case, width, diacritics, quotes and whitespace folded away.
pub mod normalize;
/// Percent-encoding of UTF-8 text for URL fragments.
pub mod percent;
/// Substring search over folded haystacks built once per dataset.
pub mod search;
/// A sorted set of selected vocabulary indices for one facet.
pub mod selection;
/// Inclusive day spans: how dates, month-precision dates and multi-day events meet a range.
pub mod span;
/// The filter state shared by all sections, and how it matches items.
pub mod state;
/// The timeline model: day groups, axis extent and date-range presets.
pub mod timeline;
/// The index subsets that a query leaves visible.
pub mod visible;
