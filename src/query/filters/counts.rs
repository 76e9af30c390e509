//! Facet counts for disjunctive faceting ("Courts (7)"), and result counts for the live region
//! ("12 of 48 events").
//!
//! A term's count is the number of items that carry it and pass every *other* facet, the date
//! range and the search: a facet's own selection is ignored when counting its terms, so the
//! counts beside selected and unselected terms alike say how many items that term stands for
//! under the rest of the query. Items whose kind does not carry a facet are never counted for it.

use crate::model::records::{Dataset, VocabIx};

use crate::query::filters::facet::Facet;
use crate::query::filters::item::Kind;
use crate::query::filters::search::SearchIndex;
use crate::query::filters::state::Query;
use crate::query::filters::visible::Visible;

/// Per facet, per term, how many events, figures and voices the term would show.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct FacetCounts {
    /// Indexed by [`Facet::index`], then by term index; sized to the vocabulary.
    counts: [Vec<u32>; 5],
}

impl FacetCounts {
    /// One pass over all items. An item failing two or more facets counts for none; one failing
    /// exactly one facet counts only for that facet's terms; one failing none counts for all.
    pub fn compute(query: &Query, data: &Dataset, index: &SearchIndex) -> FacetCounts {
        let mut counts: [Vec<u32>; 5] = Default::default();
        for facet in Facet::ALL {
            counts[facet.index()] = vec![0; facet.vocab_len(data)];
        }
        for kind in Kind::ALL {
            for ix in 0..kind.len(data) {
                let item = kind.item(data, ix);
                if !query.admits_dates(item) || !query.admits_text(kind, ix, index) {
                    continue;
                }
                let mut failing = Facet::ALL.into_iter().filter(|&f| !query.admits(f, item));
                let only_failing = match (failing.next(), failing.next()) {
                    (None, _) => None,
                    (Some(f), None) => Some(f),
                    (Some(_), Some(_)) => continue,
                };
                for facet in Facet::ALL {
                    if only_failing.is_some_and(|f| f != facet) {
                        continue;
                    }
                    let Some(terms) = facet.terms(item) else {
                        continue;
                    };
                    let row = &mut counts[facet.index()];
                    for term in terms.distinct() {
                        if let Some(n) = row.get_mut(term as usize) {
                            *n += 1;
                        }
                    }
                }
            }
        }
        FacetCounts { counts }
    }

    /// The count of term `ix` of `facet`; 0 beyond the vocabulary.
    pub fn get(&self, facet: Facet, ix: VocabIx) -> u32 {
        self.counts[facet.index()]
            .get(ix as usize)
            .copied()
            .unwrap_or(0)
    }

    /// The counts of all of `facet`'s terms, indexed by term.
    pub fn of(&self, facet: Facet) -> &[u32] {
        &self.counts[facet.index()]
    }
}

/// "`shown` of `total`" for one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ResultCount {
    pub shown: usize,
    pub total: usize,
}

impl ResultCount {
    /// Whether the query hides some items of this kind.
    pub fn is_filtered(self) -> bool {
        self.shown < self.total
    }
}

/// Result counts of every kind, for the live region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ResultCounts {
    pub events: ResultCount,
    pub figures: ResultCount,
    pub voices: ResultCount,
}

impl ResultCounts {
    pub fn new(visible: &Visible, data: &Dataset) -> ResultCounts {
        let count = |kind: Kind| ResultCount {
            shown: visible.of(kind).len(),
            total: kind.len(data),
        };
        ResultCounts {
            events: count(Kind::Event),
            figures: count(Kind::Figure),
            voices: count(Kind::Voice),
        }
    }

    pub fn of(&self, kind: Kind) -> ResultCount {
        match kind {
            Kind::Event => self.events,
            Kind::Figure => self.figures,
            Kind::Voice => self.voices,
        }
    }

    /// All kinds together.
    pub fn total(&self) -> ResultCount {
        ResultCount {
            shown: self.events.shown + self.figures.shown + self.voices.shown,
            total: self.events.total + self.figures.total + self.voices.total,
        }
    }
}
