//! The frame a downloaded chart is drawn in: the title above, the source line and date below,
//! each wrapped to the chart's width, and the size of the whole image.
//!
//! Widths are [`approx_text_width`]'s estimates, so lines break a little early rather than run
//! past the edge; the same frame serves the SVG and the PNG.

use crate::query::bar_scale::approx_text_width;

/// Space around the chart and between its parts, in the chart's user units.
pub const MARGIN: f64 = 12.0;
/// The title's font size and line height.
pub const TITLE_FONT: f64 = 14.0;
pub const TITLE_LINE: f64 = 19.0;
/// How much wider bold text runs than [`approx_text_width`]'s estimate.
pub const BOLD: f64 = 1.1;
/// The source line's font size and line height.
pub const CREDIT_FONT: f64 = 11.0;
pub const CREDIT_LINE: f64 = 15.0;

/// Where each part goes. The chart keeps its own coordinates: the image's viewBox starts at
/// (`-MARGIN`, `-top`), so the chart's (0, 0) needs no shift.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Title lines with their baselines (negative: above the chart).
    pub title: Vec<(String, f64)>,
    /// Source-line lines with their baselines (below the chart).
    pub credit: Vec<(String, f64)>,
    /// The height above the chart's top edge.
    pub top: f64,
    /// The whole image.
    pub width: f64,
    pub height: f64,
}

/// Lays out `title` and `credit` around a chart of `width` × `height`.
pub fn frame(title: &str, credit: &str, width: f64, height: f64) -> Frame {
    // The title is bold, whose glyphs run about a tenth wider than the estimate's.
    let title_lines = wrap(title, TITLE_FONT * BOLD, width);
    let credit_lines = wrap(credit, CREDIT_FONT, width);
    let top = MARGIN + title_lines.len() as f64 * TITLE_LINE + MARGIN;
    let baselines = |lines: Vec<String>, first: f64, step: f64| {
        lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| (l, first + i as f64 * step))
            .collect::<Vec<_>>()
    };
    let title = baselines(title_lines, MARGIN - top + TITLE_FONT, TITLE_LINE);
    let credit_top = height + MARGIN;
    let credit_height = credit_lines.len() as f64 * CREDIT_LINE;
    let credit = baselines(credit_lines, credit_top + CREDIT_FONT, CREDIT_LINE);
    Frame {
        title,
        credit,
        top,
        width: width + 2.0 * MARGIN,
        height: top + credit_top + credit_height + MARGIN,
    }
}

/// `text` in lines no wider than `width` at `font`, breaking at spaces (Latin or ideographic)
/// and, in Chinese, between any two characters (but never before closing punctuation or after
/// opening punctuation). A word
/// wider than the line stands alone. Nothing is dropped but the spaces the lines break at.
pub fn wrap(text: &str, font: f64, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    // Where `line` may break: its length before the break, and where the next line starts.
    let mut fit: Option<(usize, usize)> = None;
    for c in text.chars() {
        if c == ' ' || c == '\u{3000}' {
            fit = Some((line.len(), line.len() + 1));
        } else if is_cjk(c) && !is_closing(c) && !line.ends_with(is_opening) && !line.is_empty() {
            fit = Some((line.len(), line.len()));
        }
        line.push(c);
        if approx_text_width(line.trim_end(), font) > width {
            if let Some((end, next)) = fit.take() {
                let rest = line[next..].to_string();
                line.truncate(end);
                let done = std::mem::replace(&mut line, rest);
                lines.push(done.trim_end().to_string());
            }
        }
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines
}

fn is_cjk(c: char) -> bool {
    c as u32 >= 0x2E80
}

/// Punctuation that must not end a line (opening brackets and quotes).
fn is_opening(c: char) -> bool {
    "（「『《〈【“‘(".contains(c)
}

/// Punctuation that must not start a line (中文 closing marks, and Latin ones after CJK).
fn is_closing(c: char) -> bool {
    "，。、；：！？）」』》〉】”’·,.;:!?)".contains(c)
}
