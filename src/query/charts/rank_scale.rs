//! Rank-chart geometry without the DOM: x is the date, y the chart position with No. 1 at the
//! top (lower is better), rank ticks, and where each point's label sits so labels do not collide.
//!
//! Everything is in viewBox units; `view::charts::rank_chart` only draws what these compute.

/// viewBox width in user units; keep in sync with the bar chart's (same CSS rule).
pub const WIDTH: f64 = 300.0;
/// Margin left of the plot, for the rank tick labels.
pub const LEFT: f64 = 58.0;
pub const RIGHT: f64 = 20.0;
/// Margin above the plot, for the labels of No. 1 points.
pub const TOP: f64 = 30.0;
pub const PLOT_HEIGHT: f64 = 180.0;
/// Margin below the plot, for the date labels.
pub const BOTTOM: f64 = 28.0;
pub const HEIGHT: f64 = TOP + PLOT_HEIGHT + BOTTOM;
/// Width of the plot between the margins.
pub const PLOT_WIDTH: f64 = WIDTH - LEFT - RIGHT;
/// Space kept between the outermost dates and the plot's edges, so labels are not clipped.
pub const X_PAD: f64 = 36.0;
/// Half the size of a point's mark.
pub const POINT: f64 = 5.0;

/// Rank ticks for ranks `1..=max_rank`: every rank up to 5, otherwise 1 and multiples of a step
/// of 5, 10, 25… that keeps about four ticks.
pub fn rank_ticks(max_rank: u32) -> Vec<u32> {
    let max_rank = max_rank.max(1);
    if max_rank <= 5 {
        return (1..=max_rank).collect();
    }
    let step = [5u32, 10, 25, 50, 100, 250, 500, 1000]
        .into_iter()
        .find(|s| max_rank / s <= 3)
        .unwrap_or(1000);
    std::iter::once(1)
        .chain((1..=max_rank / step).map(|i| i * step))
        .collect()
}

/// The bottom of the rank domain: the worst rank shown, at least 2 so rank 1 is not alone.
pub fn rank_domain(max_rank: u32) -> u32 {
    max_rank.max(2)
}

/// y of `rank` in a plot from `top` down `height`: rank 1 at the top, `worst` at the bottom.
pub fn rank_y(rank: f64, worst: u32, top: f64, height: f64) -> f64 {
    let span = (worst.max(2) - 1) as f64;
    top + ((rank - 1.0) / span).clamp(0.0, 1.0) * height
}

/// x of a day (days since the epoch) in a plot from `left` across `width`, the first and last
/// days `pad` in from the edges; a single day sits in the middle.
pub fn day_x(day: i32, first: i32, last: i32, left: f64, width: f64, pad: f64) -> f64 {
    if last <= first {
        return left + width / 2.0;
    }
    left + pad + (day - first) as f64 / (last - first) as f64 * (width - 2.0 * pad)
}

/// The scales of one rank chart, from its points as (day since the epoch, rank).
#[derive(Debug, Clone, PartialEq)]
pub struct RankFrame {
    /// The distinct days of the points, ascending: one date label each.
    pub days: Vec<i32>,
    /// The rank at the bottom of the plot ([`rank_domain`] of the worst rank, rounded up).
    pub worst: u32,
}

impl RankFrame {
    pub fn of(points: &[(i32, f64)]) -> RankFrame {
        let days =
            crate::query::filters::sorted_set::sorted_distinct(points.iter().map(|&(d, _)| d));
        let worst = rank_domain(
            points
                .iter()
                .map(|&(_, r)| r.ceil().max(1.0) as u32)
                .max()
                .unwrap_or(1),
        );
        RankFrame { days, worst }
    }

    /// x of `day` in the chart's viewBox.
    pub fn x(&self, day: i32) -> f64 {
        let first = self.days.first().copied().unwrap_or(0);
        let last = self.days.last().copied().unwrap_or(0);
        day_x(day, first, last, LEFT, PLOT_WIDTH, X_PAD)
    }

    /// y of `rank` in the chart's viewBox.
    pub fn y(&self, rank: f64) -> f64 {
        rank_y(rank, self.worst, TOP, PLOT_HEIGHT)
    }

    /// The ranks that get a gridline and a label.
    pub fn ticks(&self) -> Vec<u32> {
        rank_ticks(self.worst)
    }
}

/// Where a point's label sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelPlace {
    Above,
    /// Another point on the same day sits up to two ranks better: a label above would collide.
    Below,
    /// The series climbs to its next point, so its line leaves the point up and to the right.
    Left,
}

/// The label place of the point (`day`, `rank`), given the series' next point and every point.
pub fn label_place(
    day: i32,
    rank: f64,
    next: Option<(i32, f64)>,
    all: &[(i32, f64)],
) -> LabelPlace {
    if all
        .iter()
        .any(|&(d, r)| d == day && r < rank && rank - r <= 2.0)
    {
        LabelPlace::Below
    } else if next.is_some_and(|(d, r)| d > day && r < rank) {
        LabelPlace::Left
    } else {
        LabelPlace::Above
    }
}
