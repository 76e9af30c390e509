//! What the reader has filtered by, as plain values: for the timeline's empty state ("no events
//! match; active filters: …") and the date inputs, which show a month- or year-wide bound as the
//! day it starts or ends on. The view only words and formats these.

use crate::model::records::{Dataset, Date, Lang};
use crate::query::filters::facet::Facet;
use crate::query::filters::item::Kind;
use crate::query::filters::state::Query;

/// The filters that can hide events, in the order the empty state lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveFilters {
    /// The date bounds as set (a bound may be a whole month or year); `None` if neither is set.
    pub dates: Option<(Option<Date>, Option<Date>)>,
    /// The search as typed, trimmed; `None` if there is no search.
    pub search: Option<String>,
    /// Each facet that events carry and that has chosen terms, with the terms' labels in `lang`.
    /// A chosen perspective never hides an event, so it is not listed.
    pub facets: Vec<(Facet, Vec<&'static str>)>,
}

impl ActiveFilters {
    pub fn of(data: &Dataset, query: &Query, lang: Lang) -> ActiveFilters {
        let dates =
            (query.from().is_some() || query.to().is_some()).then(|| (query.from(), query.to()));
        let search = (!query.needle().is_empty()).then(|| query.text().trim().to_string());
        let facets = Facet::ALL
            .into_iter()
            .filter(|f| f.carried_by(Kind::Event))
            .filter_map(|facet| {
                let terms: Vec<&'static str> = query
                    .selection(facet)
                    .iter()
                    .filter_map(|ix| facet.term_label(data, ix, lang))
                    .collect();
                (!terms.is_empty()).then_some((facet, terms))
            })
            .collect();
        ActiveFilters {
            dates,
            search,
            facets,
        }
    }
}

/// The days the two date inputs show for the query's bounds: a bound known only to the month or
/// year ("2025-01" from a link) shows as the first or last day it covers, since a date input
/// holds whole days only. `None` for a bound that is not set.
pub fn input_days(query: &Query) -> (Option<Date>, Option<Date>) {
    let range = query.range();
    (
        query
            .from()
            .map(|_| Date::from_days_since_epoch(range.first)),
        query.to().map(|_| Date::from_days_since_epoch(range.last)),
    )
}
