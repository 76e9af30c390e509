//! The index subsets that a query leaves visible: positions into the dataset's slices, never
//! copies of records, so the view can key list items by index and look records up itself.

use crate::model::records::Dataset;

use crate::query::filters::item::{Item, Kind};

/// Visible items per kind, each list ascending (dataset order).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Visible {
    pub events: Vec<usize>,
    pub figures: Vec<usize>,
    pub voices: Vec<usize>,
}

impl Visible {
    /// Everything in the dataset (what the default query shows).
    pub fn all(data: &Dataset) -> Visible {
        Visible {
            events: (0..data.events.len()).collect(),
            figures: (0..data.figures.len()).collect(),
            voices: (0..data.voices.len()).collect(),
        }
    }

    pub fn of(&self, kind: Kind) -> &[usize] {
        match kind {
            Kind::Event => &self.events,
            Kind::Figure => &self.figures,
            Kind::Voice => &self.voices,
        }
    }

    /// Whether item `ix` of `kind` is visible (the lists are ascending, so a binary search).
    pub fn contains(&self, kind: Kind, ix: usize) -> bool {
        self.of(kind).binary_search(&ix).is_ok()
    }

    /// The number of visible items over all kinds.
    pub fn len(&self) -> usize {
        self.events.len() + self.figures.len() + self.voices.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The visible items in kind order (events, figures, voices), each with its index.
    pub fn items<'a>(&'a self, data: &'a Dataset) -> impl Iterator<Item = (usize, Item)> + 'a {
        Kind::ALL.into_iter().flat_map(move |kind| {
            self.of(kind)
                .iter()
                .map(move |&ix| (ix, kind.item(data, ix)))
        })
    }
}
