//! The five facets a reader can filter by, their vocabularies, and the terms each item carries.
//!
//! Not every kind carries every facet: events have themes, actors, platforms and sources; figures
//! have themes, one platform and sources; voices have themes, one perspective and sources. A facet
//! a kind does not carry never hides items of that kind, and never counts them.

use crate::model::records::{Citation, Dataset, Lang, VocabIx};

use crate::query::filters::item::{Item, Kind};
use crate::query::filters::selection::Selection;
use crate::query::filters::sorted_set::sorted_distinct;

/// A dimension of the filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    /// Vocabulary: [`Dataset::themes`].
    Theme,
    /// Vocabulary: [`Dataset::actors`].
    Actor,
    /// Vocabulary: [`Dataset::platforms`].
    Platform,
    /// Vocabulary: [`Dataset::sources`]; an item's terms are the sources its citations name.
    Source,
    /// Vocabulary: [`Dataset::perspectives`].
    Perspective,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Theme,
        Facet::Actor,
        Facet::Platform,
        Facet::Source,
        Facet::Perspective,
    ];

    /// Position in [`Facet::ALL`], for per-facet arrays.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The stable short key used in URL fragments. Never change one: links depend on it.
    pub const fn key(self) -> &'static str {
        match self {
            Facet::Theme => "t",
            Facet::Actor => "a",
            Facet::Platform => "p",
            Facet::Source => "s",
            Facet::Perspective => "v",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Whether items of `kind` carry this facet (and so can be hidden and counted by it).
    pub const fn carried_by(self, kind: Kind) -> bool {
        matches!(
            (self, kind),
            (Facet::Theme | Facet::Source, _)
                | (Facet::Actor, Kind::Event)
                | (Facet::Platform, Kind::Event | Kind::Figure)
                | (Facet::Perspective, Kind::Voice)
        )
    }

    /// The number of terms in this facet's vocabulary.
    pub fn vocab_len(self, data: &Dataset) -> usize {
        match self {
            Facet::Theme => data.themes.len(),
            Facet::Actor => data.actors.len(),
            Facet::Platform => data.platforms.len(),
            Facet::Source => data.sources.len(),
            Facet::Perspective => data.perspectives.len(),
        }
    }

    /// The stable id of term `ix`, as written in data files and URL fragments.
    pub fn term_id(self, data: &Dataset, ix: VocabIx) -> Option<&'static str> {
        let ix = ix as usize;
        match self {
            Facet::Theme => data.themes.get(ix).map(|t| t.id),
            Facet::Actor => data.actors.get(ix).map(|t| t.id),
            Facet::Platform => data.platforms.get(ix).map(|p| p.id),
            Facet::Source => data.sources.get(ix).map(|s| s.id),
            Facet::Perspective => data.perspectives.get(ix).map(|t| t.id),
        }
    }

    /// The index of the term whose id is `id`.
    pub fn term_index(self, data: &Dataset, id: &str) -> Option<VocabIx> {
        (0..self.vocab_len(data))
            .find(|&ix| self.term_id(data, ix as VocabIx) == Some(id))
            .map(|ix| ix as VocabIx)
    }

    /// A reader-facing label for term `ix`. Sources have no bilingual label; theirs is the
    /// publisher, in the language it publishes in, or for a page that names no publisher its
    /// title (so that unnamed sites stay distinguishable).
    pub fn term_label(self, data: &Dataset, ix: VocabIx, lang: Lang) -> Option<&'static str> {
        let ix = ix as usize;
        match self {
            Facet::Theme => data.themes.get(ix).map(|t| t.label.get(lang)),
            Facet::Actor => data.actors.get(ix).map(|t| t.label.get(lang)),
            Facet::Platform => data.platforms.get(ix).map(|p| p.name.get(lang)),
            Facet::Source => data.sources.get(ix).map(|s| {
                if s.publisher.is_empty() {
                    crate::query::sources::source_label::title_text(s, lang).0
                } else {
                    s.publisher
                }
            }),
            Facet::Perspective => data.perspectives.get(ix).map(|t| t.label.get(lang)),
        }
    }

    /// The terms `item` carries for this facet, or `None` if its kind does not carry the facet.
    pub fn terms(self, item: Item) -> Option<Terms> {
        Some(match (self, item) {
            (Facet::Theme, Item::Event(e)) => Terms::List(e.themes),
            (Facet::Theme, Item::Figure(f)) => Terms::List(f.themes),
            (Facet::Theme, Item::Voice(v)) => Terms::List(v.themes),
            (Facet::Actor, Item::Event(e)) => Terms::List(e.actors),
            (Facet::Platform, Item::Event(e)) => Terms::List(e.platforms),
            (Facet::Platform, Item::Figure(f)) => Terms::One(f.platform),
            (Facet::Perspective, Item::Voice(v)) => Terms::One(v.perspective),
            (Facet::Source, item) => Terms::Cited(item.citations()),
            _ => return None,
        })
    }

    /// Whether `item` passes this facet's `selection`: true if nothing is selected or the kind
    /// does not carry the facet, else true if the item carries any selected term (OR).
    pub fn admits(self, item: Item, selection: &Selection) -> bool {
        if selection.is_empty() {
            return true;
        }
        match self.terms(item) {
            None => true,
            Some(terms) => terms.any_in(selection),
        }
    }
}

/// The terms an item carries for one facet, borrowed from the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terms {
    /// A list of vocabulary indices (themes, actors, an event's platforms).
    List(&'static [VocabIx]),
    /// Exactly one term (a figure's platform, a voice's perspective).
    One(VocabIx),
    /// The sources named by these citations (possibly with repeats).
    Cited(&'static [Citation]),
}

impl Terms {
    pub fn contains(self, ix: VocabIx) -> bool {
        match self {
            Terms::List(list) => list.contains(&ix),
            Terms::One(one) => one == ix,
            Terms::Cited(cites) => cites.iter().any(|c| c.source == ix),
        }
    }

    /// Whether any of these terms is selected.
    pub fn any_in(self, selection: &Selection) -> bool {
        match self {
            Terms::List(list) => list.iter().any(|&ix| selection.contains(ix)),
            Terms::One(one) => selection.contains(one),
            Terms::Cited(cites) => cites.iter().any(|c| selection.contains(c.source)),
        }
    }

    /// The terms, ascending and each once (an item citing one source twice counts once).
    pub fn distinct(self) -> Vec<VocabIx> {
        match self {
            Terms::List(list) => sorted_distinct(list.iter().copied()),
            Terms::One(one) => vec![one],
            Terms::Cited(cites) => sorted_distinct(cites.iter().map(|c| c.source)),
        }
    }
}
