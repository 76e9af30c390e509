//! PLACEHOLDER: the Sources section, being written now.

use yew::prelude::*;

#[function_component(Sources)]
pub fn sources_placeholder() -> Html {
    html! {}
}
