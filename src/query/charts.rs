//! Chart geometry and words without the DOM: what the view's charts draw, and the frame a
//! downloaded chart is drawn in.
//!
//! Open [`bar_scale`] and [`rank_scale`] first (each chart's layout and scales), then
//! [`chart_frame`] (the downloaded image's title, key and source lines) and [`chart_summary`]
//! (each chart in words). Every number they put in an attribute goes through
//! [`crate::query::svg_number`].

/// Bar-chart geometry: viewBox layout, value→x scale, nice ticks, label fitting.
pub mod bar_scale;
/// The frame of a downloaded chart: title and source lines wrapped, and the image's size.
pub mod chart_frame;
/// Charts in words, from their data (rank movements, lowest and highest bars).
pub mod chart_summary;
/// Rank-chart geometry: date→x, rank→y with No. 1 on top, rank ticks, label placement.
pub mod rank_scale;
/// Rank-chart series: figures by platform and date, and repeated best ranks to ring.
pub mod rank_series;
