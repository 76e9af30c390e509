//! Charts in words, written from their data: one or two sentences that say what a chart shows,
//! for every reader (under the chart's caption) and as the chart's description for assistive
//! technology. "Xiaohongshu rose from No. 11 to No. 1 between January 12, 2025 and January 13,
//! 2025." / "5 figures, from more than 10,000 (Xiaohongshu, …) to …".

use crate::model::records::{Dataset, Figure, Lang, Precision};

use crate::query::charts::rank_series::Series;
use crate::query::figures::figure_text::{bare_value, date, value_text, when, Formats};

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
                match (lang, f.as_of.precision) {
                    (Lang::En, Precision::Approximate | Precision::Before) | (Lang::Zh, _) => {
                        hedged
                    }
                    (Lang::En, _) => format!("on {hedged}"),
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
            Some(match lang {
                _ if points.len() == 1 => match lang {
                    Lang::En => format!("{name} was {r0} {d0}."),
                    Lang::Zh => format!("{d0}，{name}排{r0}。"),
                },
                Lang::En if best_at > 0 => {
                    let still = if held { "still " } else { "" };
                    let then = if later {
                        format!(", and was {still}{rl} {dl}")
                    } else {
                        String::new()
                    };
                    format!(
                        "{name} rose from {r0} {d0} to {} {}{then}.",
                        rank(best),
                        day(best)
                    )
                }
                Lang::Zh if best_at > 0 => {
                    let still = if held { "仍" } else { "" };
                    let then = if later {
                        format!("，{dl}{still}排{rl}")
                    } else {
                        String::new()
                    };
                    format!(
                        "{name}从{d0}的{r0}升至{}的{}{then}。",
                        day(best),
                        rank(best)
                    )
                }
                Lang::En if last.value > first.value => {
                    format!("{name} fell from {r0} {d0} to {rl} {dl}.")
                }
                Lang::Zh if last.value > first.value => {
                    format!("{name}从{d0}的{r0}降至{dl}的{rl}。")
                }
                Lang::En => format!(
                    "{name} was {r0} from {} to {}.",
                    plain_day(first),
                    plain_day(last)
                ),
                Lang::Zh => format!(
                    "{}至{}，{name}一直排{r0}。",
                    plain_day(first),
                    plain_day(last)
                ),
            })
        })
        .collect();
    let sep = match lang {
        Lang::En => " ",
        Lang::Zh => "",
    };
    sentences.join(sep)
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
        match lang {
            Lang::En => format!("{value} ({platform}, {day})"),
            Lang::Zh => format!("{value}（{platform}，{day}）"),
        }
    };
    let by_value = |a: &&&Figure, b: &&&Figure| a.value.total_cmp(&b.value);
    let (Some(low), Some(high)) = (
        figures.iter().min_by(by_value),
        figures.iter().max_by(by_value),
    ) else {
        return String::new();
    };
    match (figures.len(), lang) {
        (1, Lang::En) => format!("One figure: {}.", described(low)),
        (1, Lang::Zh) => format!("一项数据：{}。", described(low)),
        (n, Lang::En) => format!(
            "{n} figures, from {} to {}.",
            described(low),
            described(high)
        ),
        (n, Lang::Zh) => format!(
            "{n}项数据，最低{}，最高{}。",
            described(low),
            described(high)
        ),
    }
}
