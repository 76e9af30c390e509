//! The headless query layer: filter state, reducer, search, facet counts, timeline, clock, chart
//! geometry, citations and export, computed from the bundled dataset and never touching the DOM.
//!
//! Pure std Rust, compiled natively (where `tests/query_*.rs` exercise it) and for wasm32 (where
//! the Yew view wraps [`filters::state::Query::reduce`] in a `Reducible` and derives visible
//! lists and counts with `use_memo`). Everything here takes `&Dataset` and returns index subsets
//! or plain values; nothing is cached between calls except the
//! [`filters::search::SearchIndex`] and the [`sources::cited_by::CitedBy`], each built once per
//! dataset.
//!
//! A folder per concept that has several files ([`filters`], [`charts`], [`figures`],
//! [`sources`], [`links`]); the view has folders of the same names where a concept spans both.

/// Who is awake with whom in "早C晚A": the overlap at one instant, the first shared hour.
pub mod awake;
/// Chart geometry and words without the DOM, and the frame of a downloaded chart.
pub mod charts;
/// World-clock arithmetic for "早C晚A": Beijing and US zones with the US DST rule.
pub mod clock;
/// CSV and JSON export of the visible items, hand-written (no serde).
pub mod export;
/// Figures in words, their groups, and which dispute each other.
pub mod figures;
/// The one filter state, its reducer, facets, search and counts.
pub mod filters;
/// ISO 8601 dates (`YYYY[-MM[-DD]]`) as written in links and exports.
pub mod iso_date;
/// The view in the URL hash, and the iframe form's snippets and oEmbed.
pub mod links;
/// The overview as a static summary (before, or without, the wasm).
pub mod overview_summary;
/// The joints between pieces of text, one set per language.
pub mod punctuation;
/// Moving through a list by arrow keys, Home and End.
pub mod roving;
/// The explainer's sections in reading order, with their stable names.
pub mod section;
/// Sources named for the reader, what cites them, citations and corrections.
pub mod sources;
/// The timeline strip's geometry: positions, widths and mark heights.
pub mod strip;
/// Numbers for SVG and data attributes, without Rust's float formatting.
pub mod svg_number;
/// The timeline model: day groups, axis extent and date-range presets.
pub mod timeline;
/// The guided tour's steps as filter states.
pub mod tour;
