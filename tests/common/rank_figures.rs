//! The real dataset's rank figures (the App Store chart positions), keyed A, B… in data order as
//! the Numbers section keys them; shared by the rank-chart and chart-summary tests.
#![allow(dead_code)]

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{Figure, GroupKind, Unit};

/// The rank figures of the series group, each with its key.
pub fn real_rank_figures() -> Vec<(char, &'static Figure)> {
    let data = dataset();
    let group = data
        .groups
        .iter()
        .position(|g| g.kind == GroupKind::Series)
        .expect("a series group");
    data.figures_in(group as u16)
        .filter(|f| f.unit == Unit::Rank)
        .zip('A'..)
        .map(|(f, k)| (k, f))
        .collect()
}
