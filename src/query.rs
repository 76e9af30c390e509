//! The headless query layer: filter state, reducer, search, facet counts, timeline, clock, chart
//! geometry, citations and export, computed from the bundled dataset and never touching the DOM.
//!
//! Pure std Rust, compiled natively (where `tests/query_*.rs` exercise it) and for wasm32 (where
//! the Yew view wraps [`state::Query::reduce`] in a `Reducible` and derives visible lists and
//! counts with `use_memo`). Everything here takes `&Dataset` and returns index subsets or plain
//! values; nothing is cached between calls except the [`search::SearchIndex`] and the
//! [`cited_by::CitedBy`], each built once per dataset.

/// Reducer actions: every way the filter state can change, and the pure reducer.
pub mod action;
/// What the reader has filtered by, for the empty state and the date inputs.
pub mod active_filters;
/// Who is awake with whom in "早C晚A": the overlap at one instant, the first shared hour.
pub mod awake;
/// Bar-chart geometry: viewBox layout, value→x scale, nice ticks, label fitting.
pub mod bar_scale;
/// The frame of a downloaded chart: title and source lines wrapped, and the image's size.
pub mod chart_frame;
/// Charts in words, from their data (rank movements, lowest and highest bars).
pub mod chart_summary;
/// Plain-text citations for copying, and the host a source link shows.
pub mod citation_text;
/// Which items cite each source, and which sources the visible items cite.
pub mod cited_by;
/// World-clock arithmetic for "早C晚A": Beijing and US zones with the US DST rule.
pub mod clock;
/// The corrections log's item references, named for the reader.
pub mod corrections;
/// Facet counts for disjunctive faceting, and "12 of 48" result counts.
pub mod counts;
/// Which figures of a conflict group dispute a headline figure.
pub mod disputed;
/// CSV and JSON export of the visible items, hand-written (no serde).
pub mod export;
/// The five facets, their vocabularies, and the terms an item carries for each.
pub mod facet;
/// Visible figures by group (keyed A, B…), by unit for charts, and by platform.
pub mod figure_groups;
/// A figure's value and a date in words ("more than 700,000", "around January 13, 2025").
pub mod figure_text;
/// The iframe form, written at build time: frame pages, the iframe snippet, oEmbed responses.
pub mod frame_form;
/// The query state serialised into a URL fragment, and per-instance scoping of the fragment.
pub mod hash;
/// ISO 8601 dates (`YYYY[-MM[-DD]]`) as written in links and exports.
pub mod iso_date;
/// The kinds of filtered item (event, figure, voice) behind one borrowed handle.
pub mod item;
/// Search normalisation: case, width, diacritics, quotes and whitespace folded away.
pub mod normalize;
/// Whether a count is written in words ("170 million", "70万") or digits, per language.
pub mod number_form;
/// The overview as a static summary (before, or without, the wasm).
pub mod overview_summary;
/// Percent-encoding of UTF-8 text for URL fragments.
pub mod percent;
/// Digits and dates as `Intl` writes them, without a browser (for build-time text).
pub mod plain_format;
/// The English plural rule (Chinese needs none).
pub mod plural;
/// Rank-chart geometry: date→x, rank→y with No. 1 on top, rank ticks, label placement.
pub mod rank_scale;
/// Rank-chart series: figures by platform and date, and repeated best ranks to ring.
pub mod rank_series;
/// Moving through a list by arrow keys, Home and End.
pub mod roving;
/// Substring search over folded haystacks built once per dataset.
pub mod search;
/// The explainer's sections in reading order, with their stable names.
pub mod section;
/// A sorted set of selected vocabulary indices for one facet.
pub mod selection;
/// Small sorted sets by insertion, instead of std's sorts (their wasm cost).
pub mod sorted_set;
/// How a source is named: outlet or "unnamed", kind of outlet, headline or our description.
pub mod source_label;
/// Inclusive day spans: how dates, month-precision dates and multi-day events meet a range.
pub mod span;
/// The filter state shared by all sections, and how it matches items.
pub mod state;
/// The timeline strip's geometry: positions, widths and mark heights.
pub mod strip;
/// Numbers for SVG and data attributes, without Rust's float formatting.
pub mod svg_number;
/// The timeline model: day groups, axis extent and date-range presets.
pub mod timeline;
/// The guided tour's steps as filter states.
pub mod tour;
/// One instance's whole view in its URL-hash part: filters, section, open event, tour step.
pub mod view_link;
/// The index subsets that a query leaves visible.
pub mod visible;
