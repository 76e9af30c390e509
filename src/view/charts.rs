//! The hand-drawn SVG charts, their tables, and the files a reader downloads, over
//! `query::charts`.
//!
//! Open [`chart_shell`] first: the figure every chart is drawn in, its class names and palette.
//! [`bar_chart`] and [`rank_chart`] draw the marks; [`chart_image`] makes the standalone SVG
//! and [`chart_png`] paints it for the PNG.

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
/// The figure every chart is drawn in and read back from, its ids, classes and palette.
pub mod chart_shell;
/// A chart's data as a table behind a toggle, and the shared text of a figure's cells.
pub mod data_table;
/// A hand-drawn SVG chart of App Store ranks over time, No. 1 at the top.
pub mod rank_chart;
/// A data table's header row.
pub mod table_head;
