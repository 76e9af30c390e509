//! The filter bar's controls and the live count, over `query::filters`.
//!
//! Open [`filter_bar`] first (the compact bar and its panel); [`query_reducer`] is the one place
//! the headless reducer meets Yew.

/// From/to date inputs of the shared filter.
pub mod date_range;
/// CSV and JSON download of the current selection.
pub mod export_buttons;
/// One facet's toggle chips with live counts.
pub mod facet_group;
/// Facet chips, date range, search, reset, live result count and export.
pub mod filter_bar;
/// The Yew `Reducible` around the headless query reducer.
pub mod query_reducer;
/// The aria-live result count.
pub mod result_status;
/// Free-text search; every keystroke filters at once.
pub mod search_box;
