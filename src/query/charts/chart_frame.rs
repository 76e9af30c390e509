//! The frame a downloaded chart is drawn in: the title and the key (each series' mark and name)
//! above, the chart's notes and the source line with its date below, each wrapped to the chart's
//! width, and the size of the whole image.
//!
//! Widths are [`approx_text_width`]'s estimates, so lines break a little early rather than run
//! past the edge; the same frame serves the SVG and the PNG.

use crate::query::charts::bar_scale::approx_text_width;

/// Space around the chart and between its parts, in the chart's user units.
pub const MARGIN: f64 = 12.0;
/// The title's font size and line height.
pub const TITLE_FONT: f64 = 14.0;
pub const TITLE_LINE: f64 = 19.0;
/// How much wider bold text runs than [`approx_text_width`]'s estimate.
pub const BOLD: f64 = 1.1;
/// The font size and line height of the key, the notes and the source line.
pub const CREDIT_FONT: f64 = 11.0;
pub const CREDIT_LINE: f64 = 15.0;
/// A key item's mark is centred this far right of the item's start and above its baseline; its
/// name starts at [`KEY_NAME`].
pub const KEY_MARK: (f64, f64) = (6.0, 4.0);
pub const KEY_NAME: f64 = 15.0;
/// Space between two key items on a row.
pub const KEY_GAP: f64 = 16.0;

/// What is drawn around the chart: its title, the names in its key, its notes (one text) and
/// its source line.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    pub title: &'a str,
    pub key: &'a [String],
    pub notes: &'a str,
    pub credit: &'a str,
}

/// Where each part goes. The chart keeps its own coordinates: the image's viewBox starts at
/// (`-MARGIN`, `-top`), so the chart's (0, 0) needs no shift.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Title lines with their baselines (negative: above the chart).
    pub title: Vec<(String, f64)>,
    /// Key items, in order: the name, where the item starts (x) and its baseline (above the
    /// chart, under the title).
    pub key: Vec<(String, f64, f64)>,
    /// Note lines with their baselines (below the chart).
    pub notes: Vec<(String, f64)>,
    /// Source-line lines with their baselines (below the notes).
    pub credit: Vec<(String, f64)>,
    /// The height above the chart's top edge.
    pub top: f64,
    /// The whole image.
    pub width: f64,
    pub height: f64,
}

/// Lays out `parts` around a chart of `width` × `height`.
pub fn frame(parts: Parts, width: f64, height: f64) -> Frame {
    // The title is bold, whose glyphs run about a tenth wider than the estimate's.
    let title_lines = wrap(parts.title, TITLE_FONT * BOLD, width);
    let (key, key_rows) = key_rows(parts.key, width);
    // The key's rows and the notes' lines are small-text blocks with half a margin after them;
    // an empty block takes no room.
    let block = |rows: usize| {
        if rows == 0 {
            0.0
        } else {
            rows as f64 * CREDIT_LINE + MARGIN / 2.0
        }
    };
    let top = MARGIN + title_lines.len() as f64 * TITLE_LINE + block(key_rows) + MARGIN;
    let baselines = |lines: Vec<String>, first: f64, step: f64| {
        lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| (l, first + i as f64 * step))
            .collect::<Vec<_>>()
    };
    let title = baselines(title_lines, MARGIN - top + TITLE_FONT, TITLE_LINE);
    let key_top = -MARGIN - key_rows as f64 * CREDIT_LINE + CREDIT_FONT;
    let key = key
        .into_iter()
        .map(|(name, x, row)| (name, x, key_top + row as f64 * CREDIT_LINE))
        .collect();
    let note_lines = wrap(parts.notes, CREDIT_FONT, width);
    let notes_height = block(note_lines.len());
    let notes = baselines(note_lines, height + MARGIN + CREDIT_FONT, CREDIT_LINE);
    let credit_lines = wrap(parts.credit, CREDIT_FONT, width);
    let credit_top = height + MARGIN + notes_height;
    let credit_height = credit_lines.len() as f64 * CREDIT_LINE;
    let credit = baselines(credit_lines, credit_top + CREDIT_FONT, CREDIT_LINE);
    Frame {
        title,
        key,
        notes,
        credit,
        top,
        width: width + 2.0 * MARGIN,
        height: top + credit_top + credit_height + MARGIN,
    }
}

/// The key's items placed left to right, a new row when the next would pass `width`: each
/// name with its start and row, and the number of rows.
fn key_rows(names: &[String], width: f64) -> (Vec<(String, f64, usize)>, usize) {
    let (mut x, mut row) = (0.0, 0);
    let mut placed = Vec::new();
    for name in names {
        let item = KEY_NAME + approx_text_width(name, CREDIT_FONT);
        if x > 0.0 && x + item > width {
            (x, row) = (0.0, row + 1);
        }
        placed.push((name.clone(), x, row));
        x += item + KEY_GAP;
    }
    let rows = if placed.is_empty() { 0 } else { row + 1 };
    (placed, rows)
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
            fit = Some((line.len(), line.len() + c.len_utf8()));
        } else if is_cjk(c) && !is_closing(c) && !line.ends_with(is_opening) && !line.is_empty() {
            fit = Some((line.len(), line.len()));
        }
        line.push(c);
        if approx_text_width(line.trim_end(), font) > width {
            if let Some((end, next)) = fit.take() {
                let rest = line[next..].trim_start().to_string();
                line.truncate(end);
                let done = std::mem::replace(&mut line, rest);
                if !done.trim().is_empty() {
                    lines.push(done.trim().to_string());
                }
            }
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim().to_string());
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
