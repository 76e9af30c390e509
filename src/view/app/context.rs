//! What every section reads: language, dataset, the shared filter state and its results.
//!
//! Provided once by [`crate::view::app::App`] through a Yew context, so sections need no props
//! to see the one filter state, and re-render only when it (or the language) changes.

use crate::model::records::{Dataset, Lang};
use crate::query::filters::action::Action;
use crate::query::filters::search::SearchIndex;
use crate::query::filters::state::Query;
use crate::query::filters::visible::Visible;
use crate::query::section::Section;
use crate::view::app::render_count;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone)]
pub struct ViewContext {
    pub lang: Lang,
    pub data: &'static Dataset,
    /// Built once per widget; search haystacks for every item.
    pub index: Rc<SearchIndex>,
    pub query: Rc<Query>,
    /// Index subsets of the dataset that pass `query`; derived, never stored.
    pub visible: Rc<Visible>,
    /// Changes the filter state (the reducer is [`Query::reduce`]).
    pub on_action: Callback<Action>,
    /// Opens an event's detail dialog, by index into `data.events`.
    pub on_open_event: Callback<usize>,
    /// Switches to another section (the overview's link to the numbers, the tour).
    pub on_section: Callback<Section>,
    /// Goes to a tour step (`Some(index into data.tour)`), or leaves the tour (`None`) keeping
    /// the view.
    pub on_tour: Callback<Option<usize>>,
}

/// Compared by pointer where a field is shared. Destructured, so that a field added later fails
/// to compile here until it is compared (or, like `index`, said to follow from another).
impl PartialEq for ViewContext {
    fn eq(&self, other: &Self) -> bool {
        let ViewContext {
            lang,
            data,
            // Built once per widget from `data`: equal whenever `data` is.
            index: _,
            query,
            visible,
            on_action,
            on_open_event,
            on_section,
            on_tour,
        } = self;
        *lang == other.lang
            && std::ptr::eq(*data, other.data)
            && Rc::ptr_eq(query, &other.query)
            && Rc::ptr_eq(visible, &other.visible)
            && *on_action == other.on_action
            && *on_open_event == other.on_open_event
            && *on_section == other.on_section
            && *on_tour == other.on_tour
    }
}

/// The context, in a section's component: also counts the section's render (see
/// [`crate::view::app::render_count`]).
#[hook]
pub fn use_section(section: Section) -> ViewContext {
    render_count::note(section);
    use_view()
}

/// The context, in a component under the App. Panics only if used outside the App (a bug).
#[hook]
pub fn use_view() -> ViewContext {
    use_context::<ViewContext>().expect("section rendered outside the App's context")
}
