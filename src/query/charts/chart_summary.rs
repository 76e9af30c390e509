//! Charts in words, written from their data: one or two sentences that say what a chart shows,
//! for every reader (under the chart's caption) and as the chart's description for assistive
//! technology. "Xiaohongshu rose from No. 11 to No. 1 between January 12, 2025 and January 13,
//! 2025." / "5 figures, from more than 10,000 (Xiaohongshu, …) to …".

use crate::model::records::{Dataset, Figure, Lang, Precision};

use crate::query::charts::rank_series::Series;
use crate::query::figures::figure_text::{bare_value, date, value_text, when, Formats};
use crate::query::punctuation;
use crate::strings::chart_summary::{
    described as described_in, figures_range, on_day, one_figure, rank_fell, rank_held, rank_once,
    rank_rose, rank_still, rank_then,
};

/// A rank chart's series in words: for each platform, where it started, its best rank (when it
/// rose to it) and, if reported after that, where it was last.
pub fn rank_summary(
    formats: &impl Formats,
    data: &Dataset,
    series: &[Series],
    lang: Lang,
) -> String {
    let sentences: Vec<String> = series
        .iter()
        .filter_map(|s| {
            let points: Vec<&Figure> = s.points.iter().map(|&(_, f)| f).collect();
            let (first, last) = (*points.first()?, *points.last()?);
            // The first report at the best rank (lowest number).
            let best_at = (0..points.len())
                .min_by(|&a, &b| points[a].value.total_cmp(&points[b].value))
                .unwrap_or(0);
            let best = points[best_at];
            let name = data.platform_name(first, lang);
            let rank = |f: &Figure| bare_value(formats, f.value, f.unit, lang);
            // Each date at the precision and with the hedge its source gives it ("on January 13,
            // 2025", "around January 14, 2025"): a day not given stays not given.
            let day = |f: &Figure| {
                let hedged = when(formats, f.as_of, lang);
                match f.as_of.precision {
                    Precision::Approximate | Precision::Before => hedged,
                    _ => on_day(lang, &hedged),
                }
            };
            let plain_day = |f: &Figure| date(formats, f.as_of.date, f.as_of.precision, lang);
            // "Still" joins two reports only when one source gives both: where a later date
            // comes from another source, it may disagree about when the rank was reached.
            let one_source = last
                .citations
                .iter()
                .any(|c| best.citations.iter().any(|b| b.source == c.source));
            let held = last.value == best.value && one_source;
            let (r0, d0, rl, dl) = (rank(first), day(first), rank(last), day(last));
            let later = best_at + 1 < points.len();
            Some(if points.len() == 1 {
                rank_once(lang, name, &r0, &d0)
            } else if best_at > 0 {
                let then = match (later, held) {
                    (false, _) => String::new(),
                    (true, true) => rank_still(lang, &rl, &dl),
                    (true, false) => rank_then(lang, &rl, &dl),
                };
                rank_rose(lang, name, &r0, &d0, &rank(best), &day(best), &then)
            } else if last.value > first.value {
                rank_fell(lang, name, &r0, &d0, &rl, &dl)
            } else {
                rank_held(lang, name, &r0, &plain_day(first), &plain_day(last))
            })
        })
        .collect();
    sentences.join(punctuation::of(lang).gap)
}

/// A bar chart in words: how many figures, and the lowest and highest with their platform and
/// date (one figure: just it).
pub fn bar_summary(
    formats: &impl Formats,
    data: &Dataset,
    figures: &[&Figure],
    lang: Lang,
) -> String {
    let described = |f: &Figure| {
        let (platform, day) = (
            data.platform_name(f, lang),
            date(formats, f.as_of.date, f.as_of.precision, lang),
        );
        let value = value_text(formats, f, lang);
        described_in(lang, &value, platform, &day)
    };
    let by_value = |a: &&&Figure, b: &&&Figure| a.value.total_cmp(&b.value);
    let (Some(low), Some(high)) = (
        figures.iter().min_by(by_value),
        figures.iter().max_by(by_value),
    ) else {
        return String::new();
    };
    match figures.len() {
        1 => one_figure(lang, &described(low)),
        n => figures_range(lang, &n.to_string(), &described(low), &described(high)),
    }
}
