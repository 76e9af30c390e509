//! The Yew wrapper around the headless reducer: [`Query::reduce`] does the work.

use crate::query::filters::action::Action;
use crate::query::filters::state::Query;
use std::rc::Rc;
use yew::prelude::*;

/// What the App's reducer accepts: a reader's action, or a whole new state when the host changes
/// the instance's starting filter (the URL hash seeds the initial state instead).
pub enum QueryMsg {
    Act(Action),
    Replace(Query),
}

#[derive(Default, PartialEq)]
pub struct QueryReducer(pub Rc<Query>);

impl Reducible for QueryReducer {
    type Action = QueryMsg;

    fn reduce(self: Rc<Self>, msg: QueryMsg) -> Rc<Self> {
        let next = match msg {
            QueryMsg::Act(action) => (*self.0).clone().reduce(action),
            QueryMsg::Replace(query) => query,
        };
        if next == *self.0 {
            self // unchanged: no re-render
        } else {
            Rc::new(QueryReducer(Rc::new(next)))
        }
    }
}
