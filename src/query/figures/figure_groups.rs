//! How the visible figures are arranged for reading: by figure group, each figure keyed by a
//! letter that its card, chart mark and table row share; by unit within a group, one chart per
//! unit worth comparing; and by platform, for the platform table.

use crate::model::records::{Dataset, Unit, VocabIx};

/// A figure with the letter that names it within its group ("A", "B"…), shared by the group's
/// cards, chart marks and table rows so a reader can match them up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyedFigure {
    pub key: char,
    /// Index into `Dataset::figures`.
    pub ix: usize,
}

/// The letter of the `n`th figure of a group: A–Z, then a–z (no group comes near that), then `?`.
pub fn key_letter(count: usize) -> char {
    const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    LETTERS.get(count).map_or('?', |&b| b as char)
}

/// A group's figures (indices into `Dataset::figures`) keyed by their letters, in the order given.
pub fn keyed(figures: &[usize]) -> Vec<KeyedFigure> {
    figures
        .iter()
        .enumerate()
        .map(|(n, &ix)| KeyedFigure {
            key: key_letter(n),
            ix,
        })
        .collect()
}

/// The groups that have visible figures, in data order, each with its visible figures (indices
/// into `Dataset::figures`, in the order of `visible_figures`).
pub fn visible_groups(data: &Dataset, visible_figures: &[usize]) -> Vec<(VocabIx, Vec<usize>)> {
    (0..data.groups.len())
        .filter_map(|g| {
            let g = g as VocabIx;
            let figures: Vec<usize> = visible_figures
                .iter()
                .copied()
                .filter(|&ix| data.figures.get(ix).is_some_and(|f| f.group == g))
                .collect();
            (!figures.is_empty()).then_some((g, figures))
        })
        .collect()
}

/// The charts a group gets: one per unit with at least two figures, in order of first
/// appearance. A unit with a single figure has nothing to compare, so it only gets its card.
pub fn chart_plan(data: &Dataset, figures: &[KeyedFigure]) -> Vec<(Unit, Vec<KeyedFigure>)> {
    let mut plan: Vec<(Unit, Vec<KeyedFigure>)> = Vec::new();
    for k in figures {
        let Some(f) = data.figures.get(k.ix) else {
            continue;
        };
        match plan.iter_mut().find(|(u, _)| *u == f.unit) {
            Some((_, ks)) => ks.push(*k),
            None => plan.push((f.unit, vec![*k])),
        }
    }
    plan.retain(|(_, ks)| ks.len() >= 2);
    plan
}

/// The visible figures (indices into `Dataset::figures`) that concern platform `platform`.
pub fn figures_of(data: &Dataset, visible_figures: &[usize], platform: usize) -> Vec<usize> {
    visible_figures
        .iter()
        .copied()
        .filter(|&ix| {
            data.figures
                .get(ix)
                .is_some_and(|f| f.platform as usize == platform)
        })
        .collect()
}
