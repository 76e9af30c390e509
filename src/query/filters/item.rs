//! The kinds of item a query filters (events, figures, voices) behind one borrowed handle, so that
//! matching, counting and export treat them alike where they are alike.

use crate::model::records::{Citation, Dataset, Event, Figure, Voice};

use crate::query::filters::span::DaySpan;

/// A kind of filtered item. Platforms are not filtered by facets or dates, only searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Event,
    Figure,
    Voice,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Event, Kind::Figure, Kind::Voice];

    /// How many items of this kind the dataset holds.
    pub fn len(self, data: &Dataset) -> usize {
        match self {
            Kind::Event => data.events.len(),
            Kind::Figure => data.figures.len(),
            Kind::Voice => data.voices.len(),
        }
    }

    /// The item at `ix`; panics if `ix` is out of range, like slice indexing.
    pub fn item(self, data: &Dataset, ix: usize) -> Item {
        match self {
            Kind::Event => {
                let all: &'static [Event] = data.events;
                Item::Event(&all[ix])
            }
            Kind::Figure => {
                let all: &'static [Figure] = data.figures;
                Item::Figure(&all[ix])
            }
            Kind::Voice => {
                let all: &'static [Voice] = data.voices;
                Item::Voice(&all[ix])
            }
        }
    }

    /// A stable lowercase name, as used in exports.
    pub const fn key(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Figure => "figure",
            Kind::Voice => "voice",
        }
    }
}

/// One event, figure or voice of the dataset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    Event(&'static Event),
    Figure(&'static Figure),
    Voice(&'static Voice),
}

impl Item {
    pub const fn kind(self) -> Kind {
        match self {
            Item::Event(_) => Kind::Event,
            Item::Figure(_) => Kind::Figure,
            Item::Voice(_) => Kind::Voice,
        }
    }

    pub const fn id(self) -> &'static str {
        match self {
            Item::Event(e) => e.id,
            Item::Figure(f) => f.id,
            Item::Voice(v) => v.id,
        }
    }

    /// The days the item may fall on: an event's `when..=until`, a figure's `as_of`, a voice's
    /// `when`, each widened to a month or year where the date is only that precise.
    pub const fn span(self) -> DaySpan {
        match self {
            Item::Event(e) => DaySpan::of_interval(e.when, e.until),
            Item::Figure(f) => DaySpan::of_when(f.as_of),
            Item::Voice(v) => DaySpan::of_when(v.when),
        }
    }

    pub const fn citations(self) -> &'static [Citation] {
        match self {
            Item::Event(e) => e.citations,
            Item::Figure(f) => f.citations,
            Item::Voice(v) => v.citations,
        }
    }
}
