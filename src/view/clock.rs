//! PLACEHOLDER: the Clock section, being written now.

use yew::prelude::*;

#[function_component(Clock)]
pub fn clock_placeholder() -> Html {
    html! {}
}
