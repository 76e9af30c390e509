//! PLACEHOLDER: the Timeline section, being written now.

use yew::prelude::*;

#[function_component(Timeline)]
pub fn timeline_placeholder() -> Html {
    html! {}
}
