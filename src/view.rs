//! The thin Yew view: components that render what `query` computes, one component per file.

/// The root component: owns the filter state and frames the sections.
pub mod app;
/// A hand-drawn SVG bar chart of figures in one unit, with its data table.
pub mod bar_chart;
/// The line under a chart naming its sources and dates.
pub mod chart_credit;
/// A chart as an SVG or PNG file, with its title, key, notes, sources and date drawn in.
pub mod chart_image;
/// A chart's standalone copy painted onto a canvas for the PNG file.
pub mod chart_png;
/// What a chart's point says when the keyboard reaches it.
pub mod chart_point;
/// Citations with verbatim excerpts and a Copy citation button.
pub mod citation_list;
/// Section: 早C晚A, when Chinese and US users are awake at once.
pub mod clock;
/// The 早C晚A hour-by-hour table.
pub mod clock_strip;
/// The 早C晚A zones at the chosen hour.
pub mod clock_zones;
/// The context every section reads (language, data, query, visible subsets).
pub mod context;
/// Copying a citation, with a fallback when the browser refuses.
pub mod copier;
/// The corrections log at the foot of the Sources section.
pub mod corrections;
/// A chart's data as a table behind a toggle, and the shared text of a figure's cells.
pub mod data_table;
/// From/to date inputs of the shared filter.
pub mod date_range;
/// Saving a file the widget made through a temporary link.
pub mod download;
/// Dialog: one event with its citations.
pub mod event_detail;
/// CSV and JSON download of the current selection.
pub mod export_buttons;
/// One facet's toggle chips with live counts.
pub mod facet_group;
/// One figure group: note, figure cards (side by side when sources disagree) and charts.
pub mod figure_group;
/// A figure's value with its hedge, formatted by `Intl`.
pub mod figure_value;
/// Facet chips, date range, search, reset, live result count and export.
pub mod filter_bar;
/// Mirrors the filter state into the URL hash, per instance.
pub mod hash_sync;
/// Browser `Intl` formatting of numbers, dates and clock times.
pub mod intl;
/// The interface's own words in both languages.
pub mod labels;
/// What an instance tells its host (ready, filter, section and language changes).
pub mod notice;
/// Section: charts with data-table alternatives, conflicting figures side by side.
pub mod numbers;
/// Section: lede, headline figures, as-of stamp.
pub mod overview;
/// Section: the six platforms compared.
pub mod platforms;
/// The Yew `Reducible` around the headless query reducer.
pub mod query_reducer;
/// A hand-drawn SVG chart of App Store ranks over time, No. 1 at the top.
pub mod rank_chart;
/// Per-section render counts for the browser tests (feature `render-count`).
pub mod render_count;
/// The aria-live result count.
pub mod result_status;
/// Arrow-key focus within a list of controls.
pub mod roving;
/// Debounced free-text search input.
pub mod search_box;
/// Keyboard-operable section tabs.
pub mod section_tabs;
/// The settings an instance starts from (language, theme, section, hash scope).
pub mod settings;
/// "Copy link to this view" and "Share…".
pub mod share;
/// Keyboard shortcuts: "/" for search, "?" for their list.
pub mod shortcuts;
/// "Source: …" lines naming the publishers behind citations.
pub mod source_line;
/// Section: every source and the items that cite it.
pub mod sources;
/// The interface's words, generated from `data/interface.toml`.
pub use crate::strings;
/// A data table's header row.
pub mod table_head;
/// The colour theme: light, dark or following the system.
pub mod theme;
/// Section: events on a time axis, grouped by day.
pub mod timeline;
/// One day of the timeline list, with its events.
pub mod timeline_day;
/// The timeline's overview strip (SVG) and its text summary.
pub mod timeline_strip;
/// The guided tour's panel: progress, cited caption, Previous, Next and the way out.
pub mod tour;
/// Section: quotes by perspective, original or translated.
pub mod voices;
