//! A sorted set of selected vocabulary indices for one facet.
//!
//! A small sorted `Vec` rather than a `HashSet`: selections hold a handful of terms, iteration
//! order is deterministic (so URL fragments and equality are stable), and it costs little wasm.

use crate::model::records::VocabIx;

/// The selected terms of one facet, sorted ascending and without duplicates.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Selection(Vec<VocabIx>);

impl Selection {
    /// An empty selection, which constrains nothing.
    pub const fn new() -> Selection {
        Selection(Vec::new())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn contains(&self, ix: VocabIx) -> bool {
        self.0.binary_search(&ix).is_ok()
    }

    /// The selected indices, ascending.
    pub fn as_slice(&self) -> &[VocabIx] {
        &self.0
    }

    pub fn iter(&self) -> impl Iterator<Item = VocabIx> + '_ {
        self.0.iter().copied()
    }

    /// Adds `ix` if absent, removes it if present.
    pub fn toggle(&mut self, ix: VocabIx) {
        match self.0.binary_search(&ix) {
            Ok(at) => {
                self.0.remove(at);
            }
            Err(at) => self.0.insert(at, ix),
        }
    }

    /// Adds `ix` if absent; does nothing if present.
    pub fn insert(&mut self, ix: VocabIx) {
        crate::query::filters::sorted_set::insert(&mut self.0, ix);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl FromIterator<VocabIx> for Selection {
    fn from_iter<I: IntoIterator<Item = VocabIx>>(iter: I) -> Selection {
        Selection(crate::query::filters::sorted_set::sorted_distinct(iter))
    }
}
