//! The Numbers section and the parts that show one figure, over `query::figures`.
//!
//! Open [`numbers`] first (the section), then [`figure_group`].

/// One figure group: note, figure cards (side by side when sources disagree) and charts.
pub mod figure_group;
/// A figure's value with its hedge, formatted by `Intl`.
pub mod figure_value;
/// Section: charts with data-table alternatives, conflicting figures side by side.
pub mod numbers;
