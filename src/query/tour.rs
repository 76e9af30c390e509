//! The guided tour as filter states: the query each step applies (its section is on the step).

use crate::model::records::TourStep;

use super::filters::action::Action;
use super::filters::facet::Facet;
use super::filters::state::Query;

/// The filters `step` shows: its themes and platforms chosen, its days as the range.
pub fn step_query(step: &TourStep) -> Query {
    let mut query = Query::default();
    for (facet, terms) in [
        (Facet::Theme, step.themes),
        (Facet::Platform, step.platforms),
    ] {
        for &ix in terms {
            query = query.reduce(Action::Toggle(facet, ix));
        }
    }
    if step.from.is_some() || step.to.is_some() {
        query = query.reduce(Action::SetRange(step.from, step.to));
    }
    query
}
