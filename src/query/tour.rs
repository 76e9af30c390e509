//! The guided tour as filter states: the query each step applies (its section is on the step),
//! and moving between steps by key.

use crate::model::records::TourStep;

use super::action::Action;
use super::facet::Facet;
use super::state::Query;

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

/// The step a key press moves to from step `current` of `count`: the arrow keys step back and
/// forward, Home and End jump to the ends. `None` for other keys and past either end.
pub fn next_step(current: usize, count: usize, key: &str) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" if current < last => Some(current + 1),
        "ArrowLeft" | "ArrowUp" if current > 0 => Some(current - 1),
        "Home" if current > 0 => Some(0),
        "End" if current < last => Some(last),
        _ => None,
    }
}
