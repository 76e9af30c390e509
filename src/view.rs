//! The thin Yew view: components that render what `query` computes, one component per file.

/// The root component, and the shell around every section: context, settings, tabs, theme.
pub mod app;
/// The SVG charts, their data tables and their downloads.
pub mod charts;
/// Section: 早C晚A, when Chinese and US users are awake at once.
pub mod clock;
/// The 早C晚A hour-by-hour table.
pub mod clock_strip;
/// The 早C晚A zones at the chosen hour.
pub mod clock_zones;
/// Saving a file the widget made through a temporary link.
pub mod download;
/// Section: figures by group, with their values and definitions.
pub mod figures;
/// The filter bar's controls and the live count.
pub mod filters;
/// Browser `Intl` formatting of numbers, dates and clock times.
pub mod intl;
/// The interface's own words in both languages.
pub mod labels;
/// The URL hash kept in step with the view, Copy link and Share.
pub mod links;
/// Section: lede, headline figures, as-of stamp.
pub mod overview;
/// Section: the six platforms compared.
pub mod platforms;
/// Arrow-key focus within a list of controls.
pub mod roving;
/// Section: every source and the items that cite it.
pub mod sources;
/// The interface's words, generated from `data/interface.toml`.
pub use crate::strings;
/// Section: events on a time axis, grouped by day.
pub mod timeline;
/// The guided tour's panel: progress, cited caption, Previous, Next and the way out.
pub mod tour;
/// Section: quotes by perspective, original or translated.
pub mod voices;
