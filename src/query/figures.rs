//! Figures as a reader reads them: their values and dates in words, their groups, and which
//! ones dispute each other.
//!
//! Open [`figure_text`] first (the wording, through the `Formats` trait), then [`figure_groups`]
//! (how the Numbers section arranges them). [`plain_format`] is `Formats` without a browser,
//! for the text written at build time.

/// Which figures of a conflict group dispute a headline figure.
pub mod disputed;
/// Visible figures by group (keyed A, B…), by unit for charts, and by platform.
pub mod figure_groups;
/// A figure's value and a date in words ("more than 700,000", "around January 13, 2025").
pub mod figure_text;
/// Whether a count is written in words ("170 million", "70万") or digits, per language.
pub mod number_form;
/// Digits and dates as `Intl` writes them, without a browser (for build-time text).
pub mod plain_format;
