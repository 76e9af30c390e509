//! Which figures dispute a headline figure: the others of its conflict group that count the same
//! unit on the same platform, so a headline never stands alone where another source says
//! something else.

use crate::model::records::{Dataset, GroupKind};

/// Indices into [`Dataset::figures`] of the figures disputing figure `ix`: same conflict group,
/// same platform, same unit, and a different value or a different source. Empty outside conflict
/// groups.
pub fn disputing(data: &Dataset, ix: usize) -> Vec<usize> {
    let Some(f) = data.figures.get(ix) else {
        return Vec::new();
    };
    let conflict = data
        .groups
        .get(f.group as usize)
        .is_some_and(|g| g.kind == GroupKind::Conflict);
    if !conflict {
        return Vec::new();
    }
    let sources = |cites: &[crate::model::records::Citation]| -> Vec<u16> {
        cites.iter().map(|c| c.source).collect()
    };
    data.figures
        .iter()
        .enumerate()
        .filter(|&(j, g)| {
            j != ix
                && g.group == f.group
                && g.unit == f.unit
                && g.platform == f.platform
                && (g.value != f.value || sources(g.citations) != sources(f.citations))
        })
        .map(|(j, _)| j)
        .collect()
}
