//! The series of a rank chart: figures grouped by platform and ordered by date, and the points a
//! series reports at its best rank more than once (Xiaohongshu's "No. 1 on 13 or 14 January"),
//! which the chart rings so that no report is preferred.

use crate::model::records::{Figure, VocabIx};
use crate::query::filters::sorted_set::sort_stable_by_key;

/// The figures of one platform, by date, each with its key letter.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Index into `Dataset::platforms`.
    pub platform: VocabIx,
    pub points: Vec<(char, &'static Figure)>,
}

impl Series {
    /// The points' ranks, in point order.
    pub fn ranks(&self) -> Vec<f64> {
        self.points.iter().map(|(_, f)| f.value).collect()
    }

    /// The point after point `i` as (day, rank), if any: where the series' line goes next.
    pub fn next_point(&self, index: usize) -> Option<(i32, f64)> {
        self.points.get(index + 1).map(|&(_, f)| day_rank(f))
    }
}

/// A figure as a chart point: (days since the epoch of its date, rank).
pub fn day_rank(figure: &Figure) -> (i32, f64) {
    (figure.as_of.date.days_since_epoch(), figure.value)
}

/// Groups figures by platform in first-appearance order; points by date, then data order.
pub fn series_of(figures: &[(char, &'static Figure)]) -> Vec<Series> {
    let mut out: Vec<Series> = Vec::new();
    for &(key, f) in figures {
        match out.iter_mut().find(|s| s.platform == f.platform) {
            Some(s) => s.points.push((key, f)),
            None => out.push(Series {
                platform: f.platform,
                points: vec![(key, f)],
            }),
        }
    }
    for s in &mut out {
        sort_stable_by_key(&mut s.points, |(_, f)| f.as_of.date.days_since_epoch());
    }
    out
}

/// The indices (into `ranks`) of a series' points that share its best rank, when there is more
/// than one; empty otherwise.
pub fn repeated_best(ranks: &[f64]) -> Vec<usize> {
    let best = ranks.iter().copied().fold(f64::INFINITY, f64::min);
    let at_best: Vec<usize> = (0..ranks.len()).filter(|&i| ranks[i] == best).collect();
    if at_best.len() > 1 {
        at_best
    } else {
        Vec::new()
    }
}
