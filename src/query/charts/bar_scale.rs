//! Bar-chart geometry without the DOM: the layout of the chart's viewBox, a linear value→x scale,
//! "nice" ticks, how many tick labels fit, and whether a bar's value label fits beside the bar.
//!
//! Everything is in viewBox units; `view::charts::bar_chart` only draws what these compute. Colours come
//! from CSS classes and sizes from the viewBox, so the chart scales with its container.

/// Width of the viewBox, in user units. Chosen so 13-unit text stays ≥ 12 px on a 288 px wide
/// phone column; keep in sync with `.xhs-chart__svg { max-width }` in 30-numbers.css.
pub const WIDTH: f64 = 300.0;
/// Font size of chart text in user units; keep in sync with `.xhs-chart__svg text`.
pub const FONT: f64 = 13.0;
/// Font size of tick labels; keep in sync with `.xhs-chart__ticklabel`.
pub const TICK_FONT: f64 = 12.0;
/// Space above the first row.
pub const TOP: f64 = 4.0;
/// Height of one row: a label line above its bar.
pub const ROW: f64 = 46.0;
/// Baseline of a row's label, from the row's top.
pub const LABEL_BASELINE: f64 = 13.0;
/// Top of a row's bar, from the row's top.
pub const BAR_OFFSET: f64 = 19.0;
pub const BAR_HEIGHT: f64 = 16.0;
/// Space below the last row for the tick labels.
pub const AXIS: f64 = 24.0;
/// Margins left and right of the plot.
pub const LEFT: f64 = 1.0;
pub const RIGHT: f64 = 8.0;
/// The gap between a bar's end and its value label, and between neighbouring tick labels.
pub const GAP: f64 = 5.0;
/// Width of the plot, where value 0 to the domain's end maps.
pub const PLOT: f64 = WIDTH - LEFT - RIGHT;

/// The step between ticks for a domain `0..max` with about `count` ticks: 1, 2 or 5 × 10ⁿ,
/// the step nearest the raw step (the rule of d3's `tickIncrement`).
pub fn tick_step(max: f64, count: usize) -> f64 {
    if max.is_nan() || max <= 0.0 || count == 0 {
        return 1.0;
    }
    let raw = max / count as f64;
    let power = 10f64.powf(raw.log10().floor());
    let err = raw / power;
    let factor = if err >= 50f64.sqrt() {
        10.0
    } else if err >= 10f64.sqrt() {
        5.0
    } else if err >= 2f64.sqrt() {
        2.0
    } else {
        1.0
    };
    factor * power
}

/// Ticks from 0 up to the first multiple of the step at or above `max`; the last tick is the
/// domain's end, so the longest bar never touches the edge unless it sits on a tick.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    let step = tick_step(max, count);
    let n = if max > 0.0 {
        (max / step - 1e-9).ceil().max(1.0) as usize
    } else {
        1
    };
    (0..=n).map(|i| i as f64 * step).collect()
}

/// The distance between neighbouring ticks when `ticks` of them span the plot.
pub fn tick_spacing(ticks: usize) -> f64 {
    if ticks > 1 {
        PLOT / (ticks - 1) as f64
    } else {
        PLOT
    }
}

/// Label every `n`th tick, the smallest `n` that leaves `min_gap` between the widest labels
/// (ticks are `spacing` apart). Centred labels need one width between ticks; the last label is
/// end-anchored, so it needs half a width more. The unlabelled ticks keep their gridlines.
pub fn tick_label_stride(spacing: f64, widest_label: f64, min_gap: f64) -> usize {
    if spacing <= 0.0 {
        return 1;
    }
    ((1.5 * widest_label + min_gap) / spacing).ceil().max(1.0) as usize
}

/// A linear scale from `0..domain_max` to `0..range` (pixels); values outside are clamped.
pub fn scale(value: f64, domain_max: f64, range: f64) -> f64 {
    if domain_max.is_nan() || domain_max <= 0.0 {
        return 0.0;
    }
    (value / domain_max).clamp(0.0, 1.0) * range
}

/// A rough rendered width of `text` at font size `font`: CJK characters and the em dash are one
/// em wide, Latin letters and digits about 0.6 em, spaces and punctuation less. Good enough to
/// decide whether a label fits beside a bar or where a line breaks; never used to position text
/// exactly.
pub fn approx_text_width(text: &str, font: f64) -> f64 {
    text.chars()
        .map(|c| {
            if c as u32 >= 0x2E80 || c == '—' {
                1.0
            } else if c == ' ' || c == '.' || c == ',' || c == ':' {
                0.3
            } else if c.is_ascii_uppercase() || c == '×' || c == '%' {
                0.68
            } else {
                0.58
            }
        })
        .sum::<f64>()
        * font
}

/// Where a bar's value label goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LabelFit {
    /// After the bar's end, in the text colour.
    Outside,
    /// Inside the bar's end, in the background colour.
    Inside,
}

/// Outside when the label fits between the bar's end and the right edge (`width`), or when the
/// bar is too short to hold it; otherwise inside.
pub fn label_fit(bar_end: f64, label_width: f64, width: f64) -> LabelFit {
    if bar_end + GAP + label_width <= width || bar_end < label_width + 2.0 * GAP {
        LabelFit::Outside
    } else {
        LabelFit::Inside
    }
}

/// The height of the viewBox for `rows` bars.
pub fn height(rows: usize) -> f64 {
    TOP + rows as f64 * ROW + AXIS
}

/// The top of row `row` (0-based); `row_top(rows)` is where the plot of `rows` bars ends.
pub fn row_top(row: usize) -> f64 {
    TOP + row as f64 * ROW
}

/// The drawn width of a bar for `value` on a domain ending at `domain_max`: at least one unit, so
/// a tiny value still shows a mark.
pub fn bar_width(value: f64, domain_max: f64) -> f64 {
    scale(value, domain_max, PLOT).max(1.0)
}
