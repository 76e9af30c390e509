//! Which figures dispute a headline figure: the others of its conflict group that count the same
//! unit on the same platform, and, in any group, those whose source disputes its date or
//! definition (`disputes` in figures.toml), so a headline never stands alone where another
//! source says something else.

use crate::model::records::{Citation, Dataset, Figure, GroupKind};

/// How far apart two counts of a conflict group may be and still dispute each other.
const DAYS_APART: i32 = 365;

/// Indices into [`Dataset::figures`] of the figures disputing figure `ix`: in a conflict group,
/// those of the same platform and unit with a different value or a different source, counted
/// within a year of it (a count a year later is a later count, not a dispute); in any
/// group, those that name `ix` in their `disputes`, or that `ix` names. In data order.
pub fn disputing(data: &Dataset, ix: usize) -> Vec<usize> {
    let Some(f) = data.figures.get(ix) else {
        return Vec::new();
    };
    let named = |j: usize, g: &Figure| {
        g.disputes.contains(&(ix as u16)) || f.disputes.contains(&(j as u16))
    };
    let conflict = data
        .groups
        .get(f.group as usize)
        .is_some_and(|g| g.kind == GroupKind::Conflict);
    let sources = |cites: &[Citation]| -> Vec<u16> { cites.iter().map(|c| c.source).collect() };
    let counts_otherwise = |g: &Figure| {
        conflict
            && g.group == f.group
            && g.unit == f.unit
            && g.platform == f.platform
            && (g.as_of.date.days_since_epoch() - f.as_of.date.days_since_epoch()).abs()
                <= DAYS_APART
            && (g.value != f.value || sources(g.citations) != sources(f.citations))
    };
    data.figures
        .iter()
        .enumerate()
        .filter(|&(j, g)| j != ix && (named(j, g) || counts_otherwise(g)))
        .map(|(j, _)| j)
        .collect()
}
