//! The timeline strip's geometry, without drawing: where a point of the time axis sits across
//! the strip, how wide a span of days is, and how tall a day's mark stands. The view only puts
//! these numbers into SVG attributes.

use super::filters::span::DaySpan;
use super::svg_number::fixed;
use super::timeline::Axis;

/// Where the axis starts and ends across the strip, in percent, leaving room for the end labels.
pub const AXIS_LEFT: f64 = 3.0;
pub const AXIS_RIGHT: f64 = 97.0;
/// The strip's baseline, in CSS px from its top. keep in sync with .xhs-axis in 20-timeline.css
pub const BASELINE: u32 = 54;
/// The narrowest a span is drawn, in percent, so a one-day range stays visible.
pub const MIN_WIDTH: f64 = 0.4;

/// `fraction` (0..=1 along the axis) as an SVG percentage coordinate: "3.000%" to "97.000%".
pub fn x_at(fraction: f64) -> String {
    percent(AXIS_LEFT + fraction * (AXIS_RIGHT - AXIS_LEFT))
}

/// The percentage width of the days of `span` on `axis`, at least [`MIN_WIDTH`].
pub fn width_of(axis: Axis, span: DaySpan) -> String {
    let (f, g) = axis.span_fractions(span);
    percent(((g - f) * (AXIS_RIGHT - AXIS_LEFT)).max(MIN_WIDTH))
}

fn percent(value: f64) -> String {
    fixed(value, 3) + "%"
}

/// The y of the top of a day's mark: 5 px taller per event, from 15 px for one event to 35 px
/// for five or more.
pub fn mark_top(events: usize) -> u32 {
    BASELINE.saturating_sub(10 + 5 * events.min(5) as u32)
}
