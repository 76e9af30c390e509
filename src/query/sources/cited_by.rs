//! Which items cite each source, built once per dataset, and which of them a query leaves
//! visible: the Sources section lists a source when a visible item cites it.

use crate::model::records::{Dataset, VocabIx};

use crate::query::filters::item::Kind;
use crate::query::filters::visible::Visible;

/// Per source (by index into `Dataset::sources`), the items citing it as (kind, index) pairs, in
/// kind order (events, figures, voices) then dataset order, each item once however many of its
/// citations name the source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CitedBy {
    by_source: Vec<Vec<(Kind, usize)>>,
}

impl CitedBy {
    pub fn of(data: &Dataset) -> CitedBy {
        let mut by_source = vec![Vec::new(); data.sources.len()];
        for kind in Kind::ALL {
            for ix in 0..kind.len(data) {
                let mut seen: Vec<VocabIx> = Vec::new();
                for c in kind.item(data, ix).citations() {
                    if !seen.contains(&c.source) {
                        seen.push(c.source);
                        if let Some(list) = by_source.get_mut(c.source as usize) {
                            list.push((kind, ix));
                        }
                    }
                }
            }
        }
        CitedBy { by_source }
    }

    /// Every item citing source `source`, visible or not; empty for an unknown source.
    pub fn all(&self, source: usize) -> &[(Kind, usize)] {
        self.by_source.get(source).map_or(&[], Vec::as_slice)
    }

    /// The items citing source `source` that `visible` holds, in the order of [`CitedBy::all`].
    pub fn visible(&self, source: usize, visible: &Visible) -> Vec<(Kind, usize)> {
        self.all(source)
            .iter()
            .copied()
            .filter(|&(kind, ix)| visible.contains(kind, ix))
            .collect()
    }

    /// The sources (indices into `Dataset::sources`, ascending) cited by at least one item that
    /// `visible` holds.
    pub fn sources(&self, visible: &Visible) -> Vec<usize> {
        (0..self.by_source.len())
            .filter(|&s| {
                self.by_source[s]
                    .iter()
                    .any(|&(kind, ix)| visible.contains(kind, ix))
            })
            .collect()
    }
}
